#!/usr/bin/env bash
# JMH benchmarks of core, per stage (StageBenchmark) and the cold schema compile (SchemaCompileBenchmark).
# Usage: bench/run.sh [JMH options], e.g.
#   bench/run.sh StageBenchmark -p input=corpus -prof gc     (the old CorpusBenchmark: parse and check the corpus)
#   bench/run.sh SchemaCompileBenchmark
# bench/compare.sh runs both and writes their figures into BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == -h || "${1:-}" == --help ]]; then
  sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
fi
./mvnw -q -B package -DskipTests -DskipChecker -Dclawlint.skipJsTests -pl bench -am
java -jar bench/target/benchmarks.jar -jvmArgsAppend -Dclawlint.repo="$PWD" "$@"
