#!/usr/bin/env bash
# Build the Dataflow bundle and the Flex Template (container image + template spec in Cloud Storage).
#
# Usage: pipelines/dataflow/build-flex-template.sh PROJECT REGION BUCKET [IMAGE_REPO]
#   PROJECT     GCP project id
#   REGION      Artifact Registry / Dataflow region, e.g. europe-west1
#   BUCKET      gs://bucket (the template spec goes to BUCKET/templates/newsnlp.json)
#   IMAGE_REPO  default REGION-docker.pkg.dev/PROJECT/newsnlp
# Needs: gcloud (authenticated), Cloud Build and Artifact Registry enabled in the project.
set -euo pipefail
cd "$(dirname "$0")/../.."
project="$1"; region="$2"; bucket="$3"
repo="${4:-$region-docker.pkg.dev/$project/newsnlp}"

mvn -q -DskipTests -Pdataflow-runner package          # -> target/newsnlp-dataflow.jar (models included)

gcloud dataflow flex-template build "$bucket/templates/newsnlp.json" \
  --project="$project" \
  --image-gcr-path="$repo/newsnlp-launcher:latest" \
  --sdk-language=JAVA \
  --flex-template-base-image=JAVA17 \
  --metadata-file=pipelines/dataflow/metadata.json \
  --jar=target/newsnlp-dataflow.jar \
  --env=FLEX_TEMPLATE_JAVA_MAIN_CLASS=dev.newsnlp.NewsNlpPipeline
