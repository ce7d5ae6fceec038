#!/usr/bin/env bash
# Local run on the direct runner over sample-data/ (the README's run command, with its defaults spelled out).
# Usage: pipelines/local/run-sample.sh [OUTPUT_DIR] [extra newsnlp flags...]
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-out}"
shift || true
[ -f target/newsnlp.jar ] || mvn -q -DskipTests package
# 6 GB: NER + parser + coreference models (see README, "Memory").
exec java -Xmx6g -XX:-DontCompileHugeMethods -jar target/newsnlp.jar \
  --input='sample-data/*' \
  --output="$out/" \
  --format=jsonl \
  --targetParallelism=2 \
  "$@"
