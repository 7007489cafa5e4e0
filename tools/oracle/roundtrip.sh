#!/usr/bin/env bash
# roundtrip.sh — re-checks src-test-fixtures/data/oracle/roundtrip-2026.9.6.tsv against OpenClaw's
# own validator: for every config listed there, OpenClaw 2026.9.6 must give the recorded verdict on
# the original file AND on the effective config clawlint writes back for it
# (`clawlint resolve --format config --show-secrets`), and the written config must still hash to the
# recorded sha256 (so the verdict is about exactly that output; ResolveRoundTripTest checks the hashes
# on every build, this script re-asks OpenClaw). Rows named guide/<snippet> are the guide's snippets:
# OpenClaw rejects most of them as written, and the roundtrip column says whether the canonical
# config clawlint maps them to is accepted.
#
# Usage: tools/oracle/roundtrip.sh [--record]
#   --record   rewrite the TSV from the files it lists (after an intended writer change; review the diff)
# Needs: cli/target/clawlint.jar (./mvnw -q package -pl cli -am -DskipTests) and ../shared/tools/oc-validate
#        (installed once with `oc-validate --install`).
# Exit: 0 every verdict as recorded, 1 a difference (printed), 2 set-up error.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
TSV="$ROOT/src-test-fixtures/data/oracle/roundtrip-2026.9.6.tsv"
CORPUS="$ROOT/src-test-fixtures/data/corpus/real"
ORACLE="${OC_VALIDATE:-$ROOT/../shared/tools/oc-validate}"
RECORD=0
[[ "${1:-}" == "--record" ]] && RECORD=1

[[ -f "$ROOT/cli/target/clawlint.jar" ]] || { echo "roundtrip.sh: build the CLI first (./mvnw -q install -pl cli -am)" >&2; exit 2; }
[[ -x "$ORACLE" ]] || { echo "roundtrip.sh: $ORACLE not found" >&2; exit 2; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

verdict() { # FILE -> "ok" or "invalid: <issues>"
  local line
  line="$("$ORACLE" "$1" || true)"
  local status="${line#*$'\t'}"
  echo "${status//$'\t'/: }"
}

declare -a names=()
while IFS=$'\t' read -r name _; do
  [[ "$name" == "file" || -z "$name" ]] && continue
  names+=("$name")
done < "$TSV"

out="$WORK/new.tsv"
printf 'file\toriginal\troundtrip\tsha256\n' > "$out"
for name in "${names[@]}"; do
  # guide/<snippet> names a guide snippet (golden/resolve/inputs/guide); anything else a real config of the corpus
  if [[ "$name" == guide/* ]]; then src="$ROOT/src-test-fixtures/golden/resolve/inputs/$name"; else src="$CORPUS/$name"; fi
  written="$WORK/${name//\//_}.effective.json"
  # exit 1 means clawlint predicts that OpenClaw rejects the original: the written config is still wanted
  java -jar "$ROOT/cli/target/clawlint.jar" resolve --format config --show-secrets "$src" > "$written" 2>/dev/null \
    || [[ $? == 1 ]]
  sum="$(sha256sum "$written" | cut -d' ' -f1)"
  printf '%s\t%s\t%s\t%s\n' "$name" "$(verdict "$src")" "$(verdict "$written")" "$sum" >> "$out"
done

if [[ $RECORD == 1 ]]; then
  cp "$out" "$TSV"
  echo "recorded $(( $(wc -l < "$TSV") - 1 )) verdicts in $TSV"
  exit 0
fi
if diff -u "$TSV" "$out"; then
  echo "roundtrip: all $(( $(wc -l < "$TSV") - 1 )) verdicts as recorded"
else
  echo "roundtrip: verdicts differ from $TSV (see diff above)" >&2
  exit 1
fi
