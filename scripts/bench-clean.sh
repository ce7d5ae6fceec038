#!/usr/bin/env bash
# Cleaning speed: MB of dump text cleaned per second on one core (the per-core figure uses the thread's CPU
# time, so a busy machine does not distort it).
#
# Usage: scripts/bench-clean.sh [DIR] [ROUNDS]
#   DIR     folder of *.txt dumps (default: ../shared/eval/boilerplate/dumps); set HTML=1 for *.html pages
#   ROUNDS  passes over the folder after one warm-up pass (default: 20)
#   RULES=1 measures the rules-only cleaner (--cleaner=rules) instead of the learned one
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-../shared/eval/boilerplate/dumps}"; rounds="${2:-20}"
[ -d target/test-classes/dev/newsnlp/tools ] || { echo "build first: mvn -q -DskipTests package (the tools compile with the tests, into target/test-classes)" >&2; exit 1; }
java -cp "target/classes:target/test-classes:target/lib/*" dev.newsnlp.tools.CleanBenchmark "$dir" "$rounds" ${HTML:+--html} ${RULES:+--rules}
