#!/usr/bin/env bash
# Regenerates the recorded OpenClaw verdicts (the "oracle" test data) from OpenClaw's own validator.
#
#   tools/oracle/record.sh [SHARED_DIR]
#
# SHARED_DIR is the team's shared folder (default: ../shared next to the repository root); it holds
# tools/oc-validate, corpus/real/ and seed/examples/. One-time set-up of the validator (~30 s, npm):
#   SHARED_DIR/tools/oc-validate --install
#
# Writes (all committed; tests read them without Node):
#   src-test-fixtures/src/main/resources/dev/clawlint/fixtures/oracle/openclaw-2026.9.6.jsonl
#       corpus/real/*, seed/examples/*, examples/**  (one JSON object per line)
#   src-test-fixtures/src/main/resources/dev/clawlint/fixtures/oracle/snippets-2026.9.6.jsonl
#       every defaultSnippets body of the published schema, wrapped into a minimal config
#   schema/src/test/resources/dev/clawlint/schema/cases/openclaw-2026.9.6.jsonl
#       the schema module's verdict test cases
# Line format: {"file", "valid", "issues": [{"path","message"}], "warnings": [{"path","message"}]}
# (snippets add "snippet", "label", "body", "config").
# Fails when a clean example or a schema snippet is not accepted by OpenClaw.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="${1:-$repo/../shared}"
if [[ ! -x "$shared/tools/oc-validate" ]]; then
  echo "record.sh: no oc-validate in $shared/tools (pass the shared folder as the first argument)" >&2
  exit 2
fi
shared="$(cd "$shared" && pwd)"
exec node "$here/record.mjs" --repo "$repo" --shared "$shared" --oc "${OC_VALIDATE:-$shared/tools/oc-validate}"
