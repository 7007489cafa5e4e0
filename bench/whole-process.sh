#!/usr/bin/env bash
# Whole-process timings, clawlint side by side with the incumbent: OpenClaw's own validator
# (../shared/tools/oc-validate, i.e. `openclaw config validate`). Prints one table row per case:
#   case  tool  runs  mean-ms  min-ms  max-RSS-MB
# Needs: GNU time (/usr/bin/time, Debian package 'time'), a built CLI jar (./mvnw -q install -DskipTests) and, for the incumbent, `oc-validate --install`.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-10}"
oc="${OC_VALIDATE:-../shared/tools/oc-validate}"
corpus=(src-test-fixtures/data/corpus/real/*.json src-test-fixtures/data/corpus/real/*.json5)
one=(examples/guide/02-brain-local-ollama.json)

rss_file="$(mktemp)"
trap 'rm -f "$rss_file"' EXIT

measure() { # name tool cmd...
  local name="$1" tool="$2"; shift 2
  "$@" >/dev/null 2>&1 || true # warm-up (also creates the class-data archive on first use)
  local total=0 min=999999999 rss=0
  for _ in $(seq "$runs"); do
    local start end ms peak
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$rss_file" "$@" >/dev/null 2>&1 || true
    peak=$(tail -1 "$rss_file" 2>/dev/null || echo 0)
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    total=$((total + ms)); (( ms < min )) && min=$ms
    [[ "$peak" =~ ^[0-9]+$ ]] && (( peak > rss )) && rss=$peak
  done
  printf '%-28s %-12s %4d %8d %8d %8d\n' "$name" "$tool" "$runs" $((total / runs)) "$min" $((rss / 1024))
}

printf '%-28s %-12s %4s %8s %8s %8s\n' case tool runs mean-ms min-ms maxRSS-MB
measure "one file" clawlint ./clawlint check "${one[@]}"
measure "one file" clawlint-jvm java -jar cli/target/clawlint.jar check "${one[@]}"
measure "corpus (${#corpus[@]} files)" clawlint ./clawlint check --no-source "${corpus[@]}"
if [ -x "$oc" ] && [ -d "${OC_ORACLE_DIR:-/tmp/oc-oracle}/node_modules/openclaw" ]; then
  measure "one file" oc-validate "$oc" "${one[@]}"
  measure "corpus (${#corpus[@]} files)" oc-validate "$oc" "${corpus[@]}"
else
  echo "(oc-validate not installed: run $oc --install to time the incumbent)"
fi
