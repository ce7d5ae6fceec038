"""Daily newsnlp run, scheduled by Airflow with the Apache Beam provider's Java operator.

Each run processes the dump files of its own date and writes that date's Hive-style partition
(TABLE/run_date=YYYY-MM-DD/). Rerunning a date (clear the task, or a backfill) replaces exactly that
partition; other dates are untouched. Needs: apache-airflow>=2.7, apache-airflow-providers-apache-beam,
and (for Dataflow) apache-airflow-providers-google.

Variables (Admin > Variables):
  newsnlp_runner   FlinkRunner or DataflowRunner (default DataflowRunner)
  newsnlp_jar      the bundle: gs://.../newsnlp-dataflow.jar, or /opt/newsnlp/newsnlp-flink.jar for Flink
  newsnlp_input    input root; the date folder is appended: gs://dumps/news  ->  gs://dumps/news/2026-11-23/*
  newsnlp_output   table root: gs://newsnlp/tables
  newsnlp_project, newsnlp_region, newsnlp_temp   Dataflow project, region and temp location
  newsnlp_flink_master   host:port of the Flink JobManager (Flink only)
"""
from __future__ import annotations

import pendulum
from airflow import DAG
from airflow.models import Variable
from airflow.providers.apache.beam.operators.beam import BeamRunJavaPipelineOperator

RUNNER = Variable.get("newsnlp_runner", default_var="DataflowRunner")

# {{ ds }} is the run's logical date (YYYY-MM-DD): input folder, partition and job name follow it.
PIPELINE_OPTIONS = {
    "input": "{{ var.value.newsnlp_input }}/{{ ds }}/*",
    "output": "{{ var.value.newsnlp_output }}",
    "runDate": "{{ ds }}",
    "format": "parquet",
    "numShards": "16",
    "quotes": "true",
}

if RUNNER == "DataflowRunner":
    RUNNER_OPTIONS = {
        "project": "{{ var.value.newsnlp_project }}",
        "region": "{{ var.value.newsnlp_region }}",
        "tempLocation": "{{ var.value.newsnlp_temp }}",
        # Models need ~4 GB of heap per worker thread: a highmem machine, two threads per vCPU at most.
        "workerMachineType": "n2-highmem-4",
        "numberOfWorkerHarnessThreads": "4",
        "maxNumWorkers": "10",
        "jobName": "newsnlp-{{ ds_nodash }}",
    }
else:
    RUNNER_OPTIONS = {
        "flinkMaster": "{{ var.value.newsnlp_flink_master }}",
        "parallelism": "4",
        "jobName": "newsnlp-{{ ds_nodash }}",
    }

with DAG(
    dag_id="newsnlp_daily",
    description="Read the day's news dumps, drop noise, extract entities and quotes, write the tables.",
    schedule="0 3 * * *",
    start_date=pendulum.datetime(2026, 11, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,  # one writer per partition at a time
    default_args={"retries": 2, "retry_delay": pendulum.duration(minutes=10)},
    tags=["newsnlp", "beam"],
) as dag:
    BeamRunJavaPipelineOperator(
        task_id="run_newsnlp",
        runner=RUNNER,
        jar="{{ var.value.newsnlp_jar }}",
        job_class="dev.newsnlp.NewsNlpPipeline",
        pipeline_options={**PIPELINE_OPTIONS, **RUNNER_OPTIONS},
    )
