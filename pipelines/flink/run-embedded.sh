#!/usr/bin/env bash
# The same job on an embedded (in-process) Flink cluster: a quick check of the Flink path without a cluster.
# Usage: pipelines/flink/run-embedded.sh [OUTPUT_DIR] [extra newsnlp flags...]
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-out-flink}"
shift || true
mvn -q -DskipTests -Pflink-runner package
exec java -Xmx6g -XX:-DontCompileHugeMethods -jar target/newsnlp.jar \
  --runner=FlinkRunner --flinkMaster='[local]' --parallelism=2 \
  --input='sample-data/*' --output="$out/" \
  "$@"
