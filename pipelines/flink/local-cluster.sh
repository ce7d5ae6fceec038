#!/usr/bin/env bash
# A Flink 1.19 session cluster on this machine, one JVM per process: a JobManager and TaskManagers with
# their own heaps, started from the Flink jars Maven Central serves (pipelines/flink/cluster/pom.xml; the
# flink-dist bundle is not served there). Submit the job to it with --flinkMaster=localhost:REST_PORT.
#
# Usage: pipelines/flink/local-cluster.sh start|stop|status
#        pipelines/flink/local-cluster.sh add-taskmanager        (one more TaskManager, e.g. after a loss)
#        pipelines/flink/local-cluster.sh kill-taskmanager N     (SIGKILL TaskManager N: a lost worker)
#
# Environment (defaults in brackets):
#   FLINK_CLUSTER_DIR   [target/flink-cluster]  conf/, logs/ (one .log, .out and GC log per JVM), pids/, tmp/
#   FLINK_REST_PORT     [8081]   REST API and web UI (job submission)
#   FLINK_RPC_PORT      [6123]   JobManager RPC
#   FLINK_TASKMANAGERS  [2]      TaskManagers started by `start`
#   FLINK_SLOTS         [2]      slots per TaskManager
#   FLINK_TM_MEMORY     [3g]     process memory per TaskManager (heap, metaspace, network, managed, overhead)
#   FLINK_JM_MEMORY     [1g]     process memory of the JobManager
#   FLINK_RESTARTS      [5]      fixed-delay restart attempts of a failed job (5 s apart)
#   MVN                 [mvn]    Maven, to resolve the cluster's classpath the first time
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dir="${FLINK_CLUSTER_DIR:-$root/target/flink-cluster}"
mkdir -p "$dir" && dir="$(cd "$dir" && pwd)"
rest_port="${FLINK_REST_PORT:-8081}"
rpc_port="${FLINK_RPC_PORT:-6123}"
taskmanagers="${FLINK_TASKMANAGERS:-2}"
slots="${FLINK_SLOTS:-2}"
tm_memory="${FLINK_TM_MEMORY:-3g}"
jm_memory="${FLINK_JM_MEMORY:-1g}"
restarts="${FLINK_RESTARTS:-5}"
cluster_pom="$root/pipelines/flink/cluster/pom.xml"
classpath_file="$root/target/flink-cluster.classpath"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# Java 17 needs these for Flink's own serializers (flink-dist's config.yaml sets the same).
java_opens="--add-exports=java.base/sun.net.util=ALL-UNNAMED --add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED \
--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
--add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
--add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.text=ALL-UNNAMED \
--add-opens=java.base/java.time=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED \
--add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED \
--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED"

die() { echo "local-cluster: $*" >&2; exit 1; }

classpath() {
  if [ ! -s "$classpath_file" ] || [ "$cluster_pom" -nt "$classpath_file" ]; then
    mkdir -p "$(dirname "$classpath_file")"
    "${MVN:-mvn}" -B -q -f "$cluster_pom" dependency:build-classpath -Dmdep.outputFile="$classpath_file" >&2 \
      || die "could not resolve the Flink jars with Maven ($cluster_pom)"
  fi
  cat "$classpath_file"
}

write_conf() {
  mkdir -p "$dir/conf" "$dir/logs" "$dir/pids" "$dir/tmp" "$dir/blobs"
  # The legacy flat format; Flink 1.19 reads it when there is no config.yaml.
  cat > "$dir/conf/flink-conf.yaml" <<EOF
jobmanager.rpc.address: localhost
jobmanager.rpc.port: $rpc_port
jobmanager.bind-host: localhost
jobmanager.memory.process.size: $jm_memory
rest.address: localhost
rest.bind-address: localhost
rest.port: $rest_port
taskmanager.host: localhost
taskmanager.bind-host: localhost
taskmanager.numberOfTaskSlots: $slots
taskmanager.memory.process.size: $tm_memory
# Beam's batch translation sorts and groups in managed memory; the pages are small, the models are on heap.
taskmanager.memory.managed.size: 256m
# Beam's translation makes one pipelined region of all vertices (more since the story and corpus steps:
# 256 MB gave "Insufficient number of network buffers: required 512, but only 499 available" at parallelism
# 4); the TaskManager's default 10 % of a 3 GB process is far too few.
taskmanager.memory.network.min: 512m
taskmanager.memory.network.max: 512m
parallelism.default: $((taskmanagers * slots))
restart-strategy.type: fixed-delay
restart-strategy.fixed-delay.attempts: $restarts
restart-strategy.fixed-delay.delay: 5 s
# A killed TaskManager is noticed within seconds rather than the default 50 s.
heartbeat.interval: 2000
heartbeat.timeout: 20000
# TaskManagers started before the ResourceManager is up retry after 2 s, not 10 s.
cluster.registration.error-delay: 2000
# The staged job jar (~700 MB with the models) is shipped through the blob server.
rest.client.max-content-length: 2147483647
rest.server.max-content-length: 2147483647
blob.storage.directory: $dir/blobs
io.tmp.dirs: $dir/tmp
classloader.resolve-order: child-first
# The REST API's per-vertex record counts refresh every second (the tests watch them).
metrics.fetcher.update-interval: 1000
EOF
  cat > "$dir/conf/log4j.properties" <<'EOF'
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = MainAppender
appender.main.name = MainAppender
appender.main.type = File
appender.main.fileName = ${sys:log.file}
appender.main.append = true
appender.main.layout.type = PatternLayout
appender.main.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n
# The job's own lines (models built per JVM, progress) stay at INFO; Flink's and Beam's are chatty.
logger.flink.name = org.apache.flink
logger.flink.level = INFO
logger.beam.name = org.apache.beam
logger.beam.level = WARN
logger.corenlp.name = edu.stanford.nlp
logger.corenlp.level = WARN
logger.newsnlp.name = dev.newsnlp
logger.newsnlp.level = INFO
EOF
}

# Prints "JVM_ARGS|DYNAMIC_CONFIGS" for the JobManager (JM) or a TaskManager (TM), derived from the memory
# settings by Flink's own BashJavaUtils, as flink-dist's jobmanager.sh and taskmanager.sh do.
resource_params() {
  local out
  out="$("$java" -cp "$(classpath)" org.apache.flink.runtime.util.bash.BashJavaUtils "GET_$1_RESOURCE_PARAMS" \
    --configDir "$dir/conf" 2>/dev/null)" || die "BashJavaUtils failed for $1"
  echo "$out" | grep '^BASH_JAVA_UTILS_EXEC_RESULT:' | sed 's/^BASH_JAVA_UTILS_EXEC_RESULT://' | paste -sd'|'
}

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

launch() { # name main-class jvm-args dynamic-configs
  local name="$1" main="$2" jvm="$3" dyn="$4"
  local log="$dir/logs/$name.log"
  # shellcheck disable=SC2086 # word splitting of the JVM options is intended
  # -XX:-DontCompileHugeMethods: CoreNLP's NER feature extractor is above HotSpot's JIT size limit (README, "The two commands").
  setsid nohup "$java" $jvm $java_opens -XX:-DontCompileHugeMethods -XX:+UseG1GC -Xlog:gc*:file="$dir/logs/$name-gc.log":time,uptime \
    -Dnewsnlp.flink.cluster="$dir" -Dlog.file="$log" -Dlog4j.configurationFile="$dir/conf/log4j.properties" \
    -cp "$(classpath)" "$main" --configDir "$dir/conf" $dyn > "$dir/logs/$name.out" 2>&1 < /dev/null &
  echo $! > "$dir/pids/$name.pid"
}

next_taskmanager() {
  local n=1
  while [ -e "$dir/pids/taskmanager-$n.pid" ] || [ -e "$dir/logs/taskmanager-$n.log" ]; do n=$((n + 1)); done
  echo "$n"
}

start_taskmanager() {
  local params n
  params="$(resource_params TM)"
  n="$(next_taskmanager)"
  launch "taskmanager-$n" org.apache.flink.runtime.taskexecutor.TaskManagerRunner "${params%%|*}" "${params#*|}"
  echo "taskmanager-$n pid $(cat "$dir/pids/taskmanager-$n.pid")"
}

overview() { curl -sf "http://localhost:$rest_port/overview" 2>/dev/null; }

wait_for_slots() { # total slots the cluster must offer
  local want="$1" i
  for i in $(seq 1 180); do
    local total
    total="$(overview | sed -n 's/.*"slots-total":\([0-9]*\).*/\1/p' || true)"
    if [ "${total:-0}" -ge "$want" ]; then return 0; fi
    alive "$dir/pids/jobmanager.pid" || die "the JobManager died: see $dir/logs/jobmanager.log and .out"
    sleep 1
  done
  die "no $want slots after 180 s: see $dir/logs/"
}

live_taskmanagers() {
  local n=0 p
  for p in "$dir"/pids/taskmanager-*.pid; do alive "$p" && n=$((n + 1)); done
  echo "$n"
}

start() {
  alive "$dir/pids/jobmanager.pid" && die "already running (pid $(cat "$dir/pids/jobmanager.pid")); stop it first"
  rm -rf "$dir/logs" "$dir/pids" "$dir/tmp"
  write_conf
  classpath > /dev/null
  local params
  params="$(resource_params JM)"
  launch jobmanager org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint \
    "${params%%|*}" "--executionMode cluster ${params#*|}"
  echo "jobmanager pid $(cat "$dir/pids/jobmanager.pid"), REST http://localhost:$rest_port"
  for _ in $(seq 1 "$taskmanagers"); do start_taskmanager; done
  wait_for_slots $((taskmanagers * slots))
  echo "cluster up: $taskmanagers TaskManagers x $slots slots ($tm_memory each), logs in $dir/logs"
}

stop() {
  local p pids=()
  for p in "$dir"/pids/*.pid; do
    [ -f "$p" ] || continue
    alive "$p" && pids+=("$(cat "$p")")
  done
  [ ${#pids[@]} -gt 0 ] && kill "${pids[@]}" 2>/dev/null || true
  for _ in $(seq 1 30); do
    local left=()
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && left+=("$pid"); done
    [ ${#left[@]} -eq 0 ] && break
    sleep 0.5
  done
  for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null; done
  rm -f "$dir"/pids/*.pid
  echo "stopped ${#pids[@]} process(es)"
}

status() {
  local p any=1
  for p in "$dir"/pids/*.pid; do
    [ -f "$p" ] || continue
    if alive "$p"; then echo "$(basename "$p" .pid) running, pid $(cat "$p")"; any=0
    else echo "$(basename "$p" .pid) dead (pid $(cat "$p"))"; fi
  done
  if overview > /dev/null; then echo "REST http://localhost:$rest_port/overview: $(overview)"; fi
  [ $any -eq 0 ] || echo "no cluster running in $dir"
  return $any
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  add-taskmanager)
    alive "$dir/pids/jobmanager.pid" || die "no cluster running in $dir"
    start_taskmanager
    wait_for_slots $(($(live_taskmanagers) * slots)) ;;
  kill-taskmanager)
    p="$dir/pids/taskmanager-${2:?which TaskManager}.pid"
    alive "$p" || die "taskmanager-$2 is not running"
    kill -9 "$(cat "$p")"
    echo "killed taskmanager-$2 (pid $(cat "$p")) with SIGKILL"
    rm -f "$p" ;;
  *) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
