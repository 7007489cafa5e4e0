#!/usr/bin/env bash
# JMH benchmarks of core over the real-world corpus. Usage: bench/run.sh [JMH options, e.g. -f 1 -wi 2]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pbench package -DskipTests -pl bench -am
java -jar bench/target/benchmarks.jar \
  -jvmArgsAppend -Dclawlint.corpus="$PWD/src-test-fixtures/data/corpus/real" -prof gc "$@"
