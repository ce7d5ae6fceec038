#!/usr/bin/env bash
# Launch on Dataflow straight from this machine (no template): the runner stages target/newsnlp-dataflow.jar.
# The launcher waits for the job, then prints the run summary and writes run_summary.json.
#
# Usage: pipelines/dataflow/launch-direct.sh PROJECT REGION BUCKET RUN_DATE INPUT_ROOT OUTPUT_ROOT
set -euo pipefail
cd "$(dirname "$0")/../.."
project="$1"; region="$2"; bucket="$3"; run_date="$4"; input_root="$5"; output_root="$6"
[ -f target/newsnlp-dataflow.jar ] || mvn -q -DskipTests -Pdataflow-runner package
java -jar target/newsnlp-dataflow.jar \
  --runner=DataflowRunner \
  --project="$project" --region="$region" \
  --tempLocation="$bucket/temp" \
  --workerMachineType=n2-highmem-4 --maxNumWorkers=10 \
  --jobName="newsnlp-${run_date//-/}" \
  --input="$input_root/$run_date/*" --output="$output_root" --runDate="$run_date" \
  --format=parquet --numShards=16
