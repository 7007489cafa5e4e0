#!/usr/bin/env bash
# Records OpenClaw's own model resolution (SHARED/tools/oc-models: `openclaw models status --json` and
# `openclaw models list --json`) as test data, so the resolver can be checked against it without Node.
#
#   tools/oracle/record-models.sh [SHARED_DIR]                 OpenClaw 2026.9.6 (/tmp/oc-oracle)
#   OC_VERSION=2026.8.3 tools/oracle/record-models.sh [SHARED]  another installed release (/tmp/oc-oracle-<version>)
#
# SHARED_DIR is the team's shared folder (default: ../shared next to the repository root). Set-up as for
# record.sh: SHARED_DIR/tools/oc-validate --install (OC_VERSION=... for another release).
#
# Inputs: every file that OpenClaw 2026.9.6 accepts according to the recorded verdicts
# (fixtures/oracle/openclaw-2026.9.6.jsonl: corpus/real/*, seed/examples/*, examples/**), every fixture
# config src-test-fixtures/fixtures/**/*.json{,5} that 2026.9.6's validator accepts (asked at the start), and
# the fixed guide snippets src-test-fixtures/golden/fix/*.json that data/oracle/fixed-snippets.tsv marks ok.
# Each is asked once without --agent and once per agent id (agents.entries keys, legacy agents.list[].id).
#
# Writes src-test-fixtures/src/main/resources/dev/clawlint/fixtures/oracle/models-<version>.jsonl, one
# {"file","agent","status","list"} per line, sorted by file then agent (null first). For a release other
# than 2026.9.6 the file is written only when some record differs from models-2026.9.6.jsonl.
# Slow (two OpenClaw processes per record, ~8 s each on a 2-core machine): answers are cached by content in
# /tmp/clawlint-models-cache-<version>.jsonl (OC_MODELS_CACHE), so an interrupted run resumes.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="${1:-$repo/../shared}"
if [[ ! -x "$shared/tools/oc-models" || ! -x "$shared/tools/oc-validate" ]]; then
  echo "record-models.sh: no oc-models/oc-validate in $shared/tools (pass the shared folder as the first argument)" >&2
  exit 2
fi
shared="$(cd "$shared" && pwd)"
exec node "$here/record-models.mjs" --repo "$repo" --shared "$shared" \
  --oc-models "${OC_MODELS:-$shared/tools/oc-models}" --oc-validate "${OC_VALIDATE:-$shared/tools/oc-validate}"
