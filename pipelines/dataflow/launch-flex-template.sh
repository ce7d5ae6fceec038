#!/usr/bin/env bash
# Launch a Flex Template run for one date. Parameters are the job's options (metadata.json lists them all).
#
# Usage: pipelines/dataflow/launch-flex-template.sh PROJECT REGION BUCKET RUN_DATE INPUT_ROOT OUTPUT_ROOT
#   e.g. ... my-project europe-west1 gs://my-bucket 2026-11-23 gs://dumps/news gs://newsnlp/tables
set -euo pipefail
project="$1"; region="$2"; bucket="$3"; run_date="$4"; input_root="$5"; output_root="$6"

gcloud dataflow flex-template run "newsnlp-${run_date//-/}" \
  --project="$project" \
  --region="$region" \
  --template-file-gcs-location="$bucket/templates/newsnlp.json" \
  --temp-location="$bucket/temp" \
  --worker-machine-type=n2-highmem-4 \
  --max-workers=10 \
  --additional-experiments=use_runner_v2 \
  --parameters=input="$input_root/$run_date/*",output="$output_root",runDate="$run_date",format=parquet,numShards=16
