#!/usr/bin/env bash
# fixed-snippets.sh — re-checks that `clawlint fix` turns every guide snippet into a config that
# OpenClaw's own validator accepts (the oracle, /work/shared/tools/oc-validate, or $OC_VALIDATE).
#
#   tools/oracle/fixed-snippets.sh            fix copies of examples/guide/*.json, compare them with the
#                                             golden files (src-test-fixtures/golden/fix/) and the
#                                             oracle's verdicts with src-test-fixtures/data/oracle/fixed-snippets.tsv
#   tools/oracle/fixed-snippets.sh --update   rewrite the golden files and the TSV from this run
#
# 12-merge-mode-fragment.txt is left out: it is a fragment with "..." (not JSON5); clawlint reports
# parse-error on it and `clawlint fix` refuses it (exit 2), which the Java test checks.
# Needs the built CLI (./mvnw -q install -DskipTests) and the oracle (oc-validate --install).
# Exit status: 0 all as recorded, 1 a difference, 2 set-up problem.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
ORACLE="${OC_VALIDATE:-/work/shared/tools/oc-validate}"
GOLDEN="$ROOT/src-test-fixtures/golden/fix"
TSV="$ROOT/src-test-fixtures/data/oracle/fixed-snippets.tsv"
[[ -x "$ORACLE" ]] || { echo "fixed-snippets: oracle not found: $ORACLE" >&2; exit 2; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp "$ROOT"/examples/guide/*.json "$WORK/"
(cd "$WORK" && for f in *.json; do "$ROOT/clawlint" fix "$f" >/dev/null || true; done)
status=0
if [[ "${1:-}" == "--update" ]]; then
  cp "$WORK"/*.json "$GOLDEN/"
else
  for f in "$WORK"/*.json; do
    diff -u "$GOLDEN/$(basename "$f")" "$f" || { echo "fixed-snippets: $(basename "$f") differs from its golden file" >&2; status=1; }
  done
fi
(cd "$WORK" && "$ORACLE" *.json || true) > "$WORK/verdicts.tsv"
if [[ "${1:-}" == "--update" ]]; then
  { echo "# OpenClaw 2026.9.6 (oc-validate) on the output of 'clawlint fix' for each guide snippet: file<TAB>verdict<TAB>issues"; cat "$WORK/verdicts.tsv"; } > "$TSV"
  echo "fixed-snippets: updated $GOLDEN and $TSV"
elif ! diff -u <(grep -v '^#' "$TSV") "$WORK/verdicts.tsv"; then
  echo "fixed-snippets: the oracle's verdicts differ from $TSV" >&2
  status=1
else
  echo "fixed-snippets: $(grep -c $'\tok$' "$WORK/verdicts.tsv") of $(wc -l < "$WORK/verdicts.tsv") fixed snippets accepted by OpenClaw, as recorded"
fi
exit $status
