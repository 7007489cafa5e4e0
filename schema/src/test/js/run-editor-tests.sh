#!/usr/bin/env bash
# Runs the editor-side schema tests (Ajv in strict mode, VS Code's JSON language service) under Node.js.
# Without Node.js and npm on the PATH they are skipped with a warning, so that a machine with nothing but
# a JDK can still build and test; CI sets CLAWLINT_REQUIRE_JS_TESTS=1, which makes their absence a failure.
set -euo pipefail
cd "$(dirname "$0")"
node="${CLAWLINT_NODE:-node}"
npm="${CLAWLINT_NPM:-npm}"
if ! command -v "$node" >/dev/null 2>&1 || ! command -v "$npm" >/dev/null 2>&1; then
  if [ -n "${CLAWLINT_REQUIRE_JS_TESTS:-}" ]; then
    echo "editor tests: Node.js or npm not found, and CLAWLINT_REQUIRE_JS_TESTS is set" >&2
    exit 1
  fi
  echo "[WARNING] editor tests skipped: Node.js and npm are not on the PATH (the Ajv strict-mode and"
  echo "[WARNING] VS Code language-service tests of the schema need them; the Java schema tests still ran)"
  exit 0
fi
"$npm" ci --no-audit --no-fund --loglevel=error
exec "$node" --test --test-reporter=dot
