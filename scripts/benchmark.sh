#!/usr/bin/env bash
# Speed and memory of newsnlp against CoreNLP's own command line, side by side in one invocation, on the same
# raw dump files (docs/PERFORMANCE.md explains the numbers and shows a run).
#
# Usage: scripts/benchmark.sh            (everything: SIZES=1,10 MODES=ner,quotes)
#        SIZES=1 MODES=ner scripts/benchmark.sh
#
# Environment (all optional):
#   CORPUS=DIR     dump files (default ../shared/eval/boilerplate/dumps: the 101 DEV dumps)
#   SIZES=1,10     corpus multiples; 10 = every file 10 times under distinct names (so distinct doc ids)
#   MODES=ner,quotes
#                  ner:    newsnlp --quotes=false | CoreNLP CLI, same models (tokenize,ssplit,ner: the CoNLL
#                          4-class CRF and our name rules, printed by tools.CoreNlpProperties) | CoreNLP CLI,
#                          its default NER (tokenize,ssplit,pos,lemma,ner)
#                  quotes: newsnlp --quotes=true | CoreNLP CLI, the CoreNLP part of our quote chain
#                          (tokenize,ssplit,pos,lemma,ner + name rules; our attribution is not in CoreNLP) |
#                          CoreNLP CLI, its stock quote chain (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote)
#   SYSTEMS=...    comma-separated subset of: newsnlp, base, cli-same, cli-same-jit, cli-default (default: newsnlp,
#                  cli-same, cli-default)
#   cli-clean      (a system) CoreNLP's CLI with the same models and NEWSNLP_JVM on newsnlp's own cleaned texts (the
#                  documents.text of the kept pages, taken from an untimed newsnlp run): what the NLP alone costs
#                  on our input, so x_faster below 1 is the time newsnlp spends around the NLP
#   BASE_JAR=PATH  a second newsnlp jar (e.g. a build of the previous commit, with its lib/ next to it),
#                  run as system "base" when SYSTEMS names it: before/after in the same paired runs
#   REPEAT=1       runs of each system, alternating (a b c a b c ...); the table gives medians. Use 3 on a
#                  shared machine.
#   SLOW_DOCS=12   the CLI's default NER and its stock quote chain are slow (about 17x and 60x slower than
#                  newsnlp): they run on the first SLOW_DOCS pages only (0 = all), and their time for the
#                  whole corpus is extrapolated by token count (marked "~" in the table). Their tokens are
#                  the same as cli-same's (same tokenizer on the same files), taken from that run.
#   THREADS=2      threads of every system (-threads, --targetParallelism)
#   HEAP=-Xmx6g    heap of every JVM
#   NEWSNLP_JVM=-XX:-DontCompileHugeMethods
#                  JVM flags of the newsnlp (and base) runs, as the README runs the job; CoreNLP's NER feature
#                  extractor is above HotSpot's JIT size limit without it. The CLI runs get none (as users run
#                  it) except system cli-same-jit: the CLI with the same models and these flags.
#   BASE_JVM=...   JVM flags of the base runs (default: NEWSNLP_JVM; "" for the job as run before the README
#                  added the flag)
#   BENCH_DIR=/tmp/newsnlp-bench
#   TABLE=a.tsv,b.tsv
#                  run nothing: print the table of earlier runs' results.tsv files, merged (e.g. NER and
#                  quotes measured in separate invocations)
#   JFR=DIR        record each newsnlp (and base) run with Java Flight Recorder into DIR (settings=profile;
#                  costs those runs a few per cent); docs/PERFORMANCE.md shows how to read the recordings
#
# Wall time and peak RSS come from /usr/bin/time (or bash's time and /proc VmHWM without it). Tokens are
# each system's own: CoreNLP tokenizes the raw dump, newsnlp the cleaned article (that is the point of
# cleaning first), so "x faster" compares wall times on the same input files, and tokens/s is shown too.
#
# The flags of its first version still work: --corpus DIR, --modes M, --scales S (SIZES), --threads N,
# --quote-docs N (SLOW_DOCS).
set -euo pipefail
cd "$(dirname "$0")/.."
while [ $# -gt 0 ]; do
  case "$1" in
    --corpus) CORPUS=$2;; --modes) MODES=$2;; --scales) SIZES=$2;; --threads) THREADS=$2;; --quote-docs) SLOW_DOCS=$2;;
    --cli-max-scale) ;; # the slow CLI chains now always run on a subset (SLOW_DOCS)
    *) echo "unknown argument $1 (see the header of $0)" >&2; exit 2;;
  esac
  shift 2
done
CORPUS=${CORPUS:-../shared/eval/boilerplate/dumps}
SIZES=${SIZES:-1,10}; MODES=${MODES:-ner,quotes}; REPEAT=${REPEAT:-1}; THREADS=${THREADS:-2}
SYSTEMS=${SYSTEMS:-newsnlp,cli-same,cli-default}; SLOW_DOCS=${SLOW_DOCS:-12}; HEAP=${HEAP:--Xmx6g}
NEWSNLP_JVM=${NEWSNLP_JVM--XX:-DontCompileHugeMethods}; BASE_JVM=${BASE_JVM-$NEWSNLP_JVM}
work="${BENCH_DIR:-/tmp/newsnlp-bench}"
results="$work/results.tsv"
if [ -n "${TABLE:-}" ]; then
  SIZES=""; work=$(mktemp -d); results="$work/results.tsv"
  first=1; for t in ${TABLE//,/ }; do if [ $first = 1 ]; then cat "$t"; first=0; else tail -n +2 "$t"; fi; done > "$results"
fi
[ -n "${TABLE:-}" ] || { [ -f target/newsnlp.jar ] && [ -d target/test-classes/dev/newsnlp/tools ] || mvn -q -DskipTests package; rm -rf "$work"; mkdir -p "$work"; }
[ -n "${TABLE:-}" ] || printf "mode\tsize\tsystem\trun\tpages\twall_s\tcpu_s\ttokens\tpeak_rss_mb\tsetup_s\n" > "$results"

# measure LOG CMD...: runs CMD; prints "wall_s cpu_s peak_rss_kb".
measure() {
  local log=$1; shift
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" > "$log" 2>&1 || { tail -20 "$log" >&2; exit 1; }
    read -r e u s m < "$work/time.txt"
    echo "$e $(python3 -c "print($u+$s)") $m"
  else
    local t0 t1 hwm=0 pid; t0=$(date +%s.%N)
    "$@" > "$log" 2>&1 & pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      m=$(awk '/VmHWM/{print $2}' "/proc/$pid/status" 2>/dev/null || echo 0); [ "${m:-0}" -gt "$hwm" ] && hwm=$m
      for c in $(pgrep -P "$pid"); do
        m=$(awk '/VmHWM/{print $2}' "/proc/$c/status" 2>/dev/null || echo 0); [ "${m:-0}" -gt "$hwm" ] && hwm=$m
      done
      sleep 0.2
    done
    wait "$pid" || { tail -20 "$log" >&2; exit 1; }
    t1=$(date +%s.%N); echo "$(python3 -c "print(round($t1-$t0,2))") 0 $hwm"
  fi
}

conll_tokens() { cat "$1"/*.conll 2>/dev/null | grep -c . || true; }

record() { printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" "$@" >> "$results"; }

cli() { # cli MODE SIZE SYSTEM RUN FILELIST PAGES
  local mode=$1 size=$2 system=$3 run=$4 list=$5 pages=$6 props="$work/$3-$1.props" out="$work/cli-out" jvm=""
  local chain=$system # cli-same-jit and cli-clean run cli-same's chain, with newsnlp's JVM flags
  case "$system" in cli-same-jit|cli-clean) chain=cli-same; jvm=$NEWSNLP_JVM;; esac
  case "$chain-$mode" in
    cli-same-ner) java -cp "target/classes:target/test-classes:target/lib/*" dev.newsnlp.tools.CoreNlpProperties accurate none > "$props";;
    cli-same-quotes) java -cp "target/classes:target/test-classes:target/lib/*" dev.newsnlp.tools.CoreNlpProperties accurate news > "$props";;
    cli-default-ner) echo "annotators = tokenize,ssplit,pos,lemma,ner" > "$props";;
    cli-default-quotes) echo "annotators = tokenize,ssplit,pos,lemma,ner,depparse,coref,quote" > "$props";;
  esac
  rm -rf "$out"; mkdir -p "$out"
  read -r wall cpu rss < <(measure "$work/$system-$mode-$size-$run.log" java $HEAP $jvm -cp "target/classes:target/lib/*" \
    edu.stanford.nlp.pipeline.StanfordCoreNLP -props "$props" -threads "$THREADS" -filelist "$list" \
    -outputFormat conll -outputDirectory "$out")
  setup=$(grep -o "Pipeline setup: [0-9.]* sec" "$work/$system-$mode-$size-$run.log" | awk '{s+=$3} END {print s+0}')
  record "$mode" "$size" "$system" "$run" "$pages" "$wall" "$cpu" "$(conll_tokens "$out")" "$((rss / 1024))" "$setup"
}

ours() { # ours MODE SIZE SYSTEM RUN DIR PAGES JAR
  local mode=$1 size=$2 system=$3 run=$4 dir=$5 pages=$6 jar=$7 out="$work/ours-out" jvm=$NEWSNLP_JVM
  [ "$system" = base ] && jvm=$BASE_JVM
  local flags="--quotes=false"; [ "$mode" = quotes ] && flags="--quotes=true"
  rm -rf "$out"
  local jfr=""; [ -n "${JFR:-}" ] && mkdir -p "$JFR" && \
    jfr="-XX:StartFlightRecording=filename=$JFR/$system-$mode-$size-$run.jfr,settings=profile -XX:FlightRecorderOptions=stackdepth=256"
  # --dropDuplicates=false: at 10x every page has nine copies, which would otherwise be dropped as duplicates.
  read -r wall cpu rss < <(measure "$work/$system-$mode-$size-$run.log" java $HEAP $jvm $jfr -jar "$jar" --input="$dir/*" \
    --output="$out/" --targetParallelism="$THREADS" --dropDuplicates=false $flags)
  tokens=$(python3 -c "import json;print(json.load(open('$out/run_summary.json'))['tokens'])")
  record "$mode" "$size" "$system" "$run" "$pages" "$wall" "$cpu" "$tokens" "$((rss / 1024))" 0
}

cleaned_texts() { # cleaned_texts CORPUS_DIR OUT_DIR: one file per kept page's documents.text; prints their paths
  local out=$2
  rm -rf "$out" "$out-run"; mkdir -p "$out"
  java $HEAP $NEWSNLP_JVM -jar target/newsnlp.jar --input="$1/*" --output="$out-run/" --format=jsonl \
    --targetParallelism="$THREADS" --dropDuplicates=false --quotes=false > "$out-run.log" 2>&1
  python3 - "$out-run/documents" "$out" <<'PY'
import glob, json, sys
n = 0
for part in sorted(glob.glob(sys.argv[1] + "/*.jsonl*")):
    for line in open(part, encoding="utf-8"):
        d = json.loads(line)
        if d["status"] == "kept":
            path = "%s/%06d.txt" % (sys.argv[2], n)
            open(path, "w", encoding="utf-8").write(d["text"])
            print(path)
            n += 1
PY
}

[ -n "${TABLE:-}" ] || files=$(ls "$CORPUS" | sort)
for size in ${SIZES//,/ }; do
  dir="$work/corpus-$size"; mkdir -p "$dir"
  for i in $(seq 1 "$size"); do
    for f in $files; do cp "$CORPUS/$f" "$dir/${f%.*}-copy$i.${f##*.}"; done
  done
  pages=$(ls "$dir" | wc -l)
  ls "$dir"/* > "$work/filelist-$size.txt"
  slow_list="$work/filelist-$size.txt"; slow_pages=$pages
  if [ "$SLOW_DOCS" -gt 0 ] && [ "$SLOW_DOCS" -lt "$pages" ]; then
    # The first SLOW_DOCS pages of the original corpus (copy 1), the same at every size.
    ls "$dir"/*-copy1.* | sed -n "1,${SLOW_DOCS}p" > "$work/slow-$size.txt"; slow_list="$work/slow-$size.txt"; slow_pages=$SLOW_DOCS
  fi
  for mode in ${MODES//,/ }; do
    for run in $(seq 1 "$REPEAT"); do
      for system in ${SYSTEMS//,/ }; do
        echo "$(date +%T) $mode x$size $system run $run" >&2
        case "$system" in
          newsnlp) ours "$mode" "$size" newsnlp "$run" "$dir" "$pages" target/newsnlp.jar;;
          base) ours "$mode" "$size" base "$run" "$dir" "$pages" "${BASE_JAR:?BASE_JAR is not set}";;
          cli-same|cli-same-jit) cli "$mode" "$size" "$system" "$run" "$work/filelist-$size.txt" "$pages";;
          cli-clean)
            clean_list="$work/cleaned-$size.txt"
            [ -f "$clean_list" ] || cleaned_texts "$dir" "$work/cleaned-$size" > "$clean_list"
            cli "$mode" "$size" cli-clean "$run" "$clean_list" "$pages";;
          cli-default)
            # Slow: the first SLOW_DOCS pages, once (not repeated), extrapolated below. Those pages are the
            # same files at every size, so a later size reuses the first size's measurement.
            [ "$run" = 1 ] || continue
            prev=$(awk -F'\t' -v m="$mode" '$1 == m && $3 == "cli-default" && $5 == '"$slow_pages"' {print; exit}' "$results")
            if [ "$slow_pages" -lt "$pages" ] && [ -n "$prev" ]; then
              echo "$prev" | awk -F'\t' -v OFS='\t' -v s="$size" '{$2 = s; print}' >> "$results"
            else
              cli "$mode" "$size" cli-default "$run" "$slow_list" "$slow_pages"
            fi;;
          *) echo "unknown system $system" >&2; exit 2;;
        esac
      done
    done
  done
done

python3 - "$results" "$THREADS" "$REPEAT" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
threads, repeat = sys.argv[2], int(sys.argv[3])
groups = {}
for r in rows:
    groups.setdefault((r["mode"], int(r["size"]), r["system"]), []).append(r)
def med(rs, k):
    return statistics.median(float(r[k]) for r in rs)
table = {}
for (mode, size, system), rs in groups.items():
    pages = int(rs[0]["pages"])
    t = dict(pages=pages, wall=med(rs, "wall_s"), cpu=med(rs, "cpu_s"), tokens=int(rs[0]["tokens"]),
             rss=max(int(r["peak_rss_mb"]) for r in rs), runs=len(rs), est=False)
    same = groups.get((mode, size, "cli-same")) or next(
        (g for (m, s, sy), g in groups.items() if s == size and sy == "cli-same"), None)
    full_pages = max(int(r["pages"]) for (m, s, _), g in groups.items() if m == mode and s == size for r in g)
    if system == "cli-default" and pages < full_pages:
        # Extrapolate by tokens: setup once, then the per-token time of the subset over the whole corpus's
        # tokens (cli-same tokenizes the same files the same way), or over pages when cli-same did not run.
        setup = med(rs, "setup_s")
        scale = int(same[0]["tokens"]) / max(1, t["tokens"]) if same else full_pages / pages
        t.update(wall=setup + (t["wall"] - setup) * scale, cpu=t["cpu"] * scale,
                 tokens=int(same[0]["tokens"]) if same else int(t["tokens"] * scale), pages=full_pages, est=True)
    table[(mode, size, system)] = t
print("threads %s; medians of %d paired run(s) per system; ~ = extrapolated from a subset by tokens" % (threads, repeat))
hdr = "%-6s %4s %-12s %6s %9s %8s %9s %10s %8s %9s"
print(hdr % ("mode", "size", "system", "pages", "wall_s", "cpu_s", "tokens", "tokens/s", "rss_MB", "x_faster"))
for (mode, size, system), t in sorted(table.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] != "newsnlp", kv[0][2])):
    ours = table.get((mode, size, "newsnlp"))
    ratio = "%.2f" % (t["wall"] / ours["wall"]) if ours and system != "newsnlp" else ""
    mark = "~" if t["est"] else ""
    print(hdr % (mode, "%dx" % size, system, t["pages"], mark + "%.1f" % t["wall"], mark + "%.1f" % t["cpu"],
                 mark + str(t["tokens"]), "%.0f" % (t["tokens"] / t["wall"]), (">=" if t["est"] else "") + str(t["rss"]), ratio))
print("x_faster: that system's wall time / newsnlp's, same files (>1: newsnlp is faster)")
sizes = sorted({s for (_, s, _) in table})
if len(sizes) > 1:
    for mode in sorted({m for (m, _, _) in table}):
        a, b = table.get((mode, sizes[0], "newsnlp")), table.get((mode, sizes[-1], "newsnlp"))
        if a and b:
            print("%s: newsnlp on %dx the corpus took %.2fx the time" % (mode, sizes[-1] // sizes[0], b["wall"] / a["wall"]))
PY
echo "raw rows: $results; logs: $work/"
