#!/usr/bin/env bash
# Build the Flink bundle and submit it to a Flink 1.19 cluster with the `flink` CLI.
# The cluster's Flink minor version must match the runner artifact (beam-runners-flink-1.19).
#
# Usage: pipelines/flink/submit.sh INPUT_GLOB OUTPUT_DIR RUN_DATE [extra newsnlp flags...]
#   e.g. pipelines/flink/submit.sh 's3://dumps/2026-11-23/*' s3://newsnlp/tables 2026-11-23
# Environment: FLINK_HOME (default /opt/flink), PARALLELISM (default 4).
# TaskManager memory: README, "TaskManager memory" (NER only: about 200 MB live heap for two slots; the
# models load once per TaskManager JVM). To submit from your machine without the flink CLI:
# java -jar target/newsnlp-flink.jar --runner=FlinkRunner --flinkMaster=HOST:8081 --filesToStage=target/newsnlp-flink.jar ...
set -euo pipefail
cd "$(dirname "$0")/../.."
input="$1"; output="$2"; run_date="$3"; shift 3
[ -f target/newsnlp-flink.jar ] || mvn -q -DskipTests -Pflink-runner package
"${FLINK_HOME:-/opt/flink}/bin/flink" run \
  -c dev.newsnlp.NewsNlpPipeline \
  target/newsnlp-flink.jar \
  --runner=FlinkRunner \
  --parallelism="${PARALLELISM:-4}" \
  --input="$input" \
  --output="$output" \
  --runDate="$run_date" \
  --format=parquet \
  --numShards=16 \
  "$@"
