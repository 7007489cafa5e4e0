#!/usr/bin/env bash
# Regenerates clawlint's per-release OpenClaw data (schemas, verdicts, changes) from the releases themselves.
#
#   tools/releases/generate.sh [SHARED_DIR] [--only 2026.7.1,2026.8.2] [--skip-verdicts] [--sample N]
#
# SHARED_DIR is the team's shared folder (default: ../shared next to the repository root); it holds
# tools/oc-validate, corpus/real/ and seed/examples/. Releases missing on this machine are installed with
# `oc-validate --install` (npm; ~1-2 min and ~650 MB each, under /tmp unless OC_ORACLE_ROOT says otherwise).
# The supported releases are listed in tools/releases/releases.json. Ends with check.mjs (a table).
# See tools/releases/README.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="$repo/../shared"
if [[ $# -gt 0 && "$1" != --* ]]; then shared="$1"; shift; fi
if [[ ! -x "$shared/tools/oc-validate" ]]; then
  echo "generate.sh: no oc-validate in $shared/tools (pass the shared folder as the first argument)" >&2
  exit 2
fi
shared="$(cd "$shared" && pwd)"
if [[ ! -d "$here/node_modules/ajv" || ! -d "$here/node_modules/json5" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund --ignore-scripts >/dev/null)
fi
node "$here/generate.mjs" --shared "$shared" --oc "${OC_VALIDATE:-$shared/tools/oc-validate}" "$@"
node "$here/check.mjs" --shared "$shared"
