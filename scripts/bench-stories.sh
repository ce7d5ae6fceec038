#!/usr/bin/env bash
# Story grouping (clustering only, no cleaning, no CoreNLP) on generated news, on the direct runner:
# time and peak memory for each size, and the pair precision/recall of the stories on a cleaned corpus.
#
# Usage: scripts/bench-stories.sh [SIZES] [RUNNER ARGS]   e.g. scripts/bench-stories.sh 10000,100000 (default)
#        scripts/bench-stories.sh 10000,100000 --runner=FlinkRunner --flinkMaster=[local] --parallelism=2
#        scripts/bench-stories.sh eval [STORIES] [THRESHOLDS]
#   HEAP  -Xmx of the JVM (default 6g)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d target/test-classes/dev/newsnlp/tools ] || { echo "build first: mvn -q -DskipTests package (the tools compile with the tests, into target/test-classes)" >&2; exit 1; }
heap="${HEAP:-6g}"
run() { /usr/bin/time -f "peak RSS %M KB, wall %e s, cpu %U+%S s" java -Xmx"$heap" -cp "target/classes:target/test-classes:target/lib/*" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn dev.newsnlp.tools.StoryBenchmark "$@" 2>&1 | grep -E "^(bench|eval|threshold| +[0-9]|peak)"; }
if [ "${1:-}" = "eval" ]; then
  shift; run eval "$@"
else
  sizes="${1:-10000,100000}"; shift || true
  for n in $(echo "$sizes" | tr , ' '); do run bench "$n" "$@"; done
fi
