#!/usr/bin/env bash
# Speed and memory of newsnlp against CoreNLP's own command line, side by side in one invocation.
#
# Usage: scripts/benchmark.sh [--corpus DIR] [--modes ner,quotes] [--scales 1,10] [--quote-docs N] [--threads N]
#                             [--cli-max-scale N]
#   --corpus      dump files to process (default: ../shared/eval/boilerplate/dumps, 101 real news-page dumps)
#   --modes       ner: NER only; quotes: NER + quotes (ours: --quotes=true with the default attribution;
#                 CoreNLP: its quote annotator chain with coref)
#   --scales      corpus multiples: 10 means every file 10 times (as distinct files), to check linear scaling
#   --quote-docs  use only the first N files in quotes mode (CoreNLP's coref chain runs at ~70 tokens/s:
#                 the whole corpus takes it ~8 minutes); default: all
#   --threads     threads for both systems (default: number of cores)
#   --cli-max-scale  run CoreNLP's command line only up to this scale (its coref chain is slow); default: all
#
# For each mode and scale it runs (a) CoreNLP's command line on the raw dumps with -threads N and (b) our
# pipeline on the direct runner with --targetParallelism=N over the same files (cleaning included), and
# prints pages/s, tokens/s, wall time, peak RSS and the ratio ours/CoreNLP. Tokens are each system's own:
# CoreNLP tokenizes the raw dump, ours the cleaned article (that is the point of cleaning first).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="../shared/eval/boilerplate/dumps"; modes="ner,quotes"; scales="1"; quote_docs=0; threads=$(nproc)
cli_max_scale=1000000
while [ $# -gt 0 ]; do
  case "$1" in
    --corpus) corpus="$2"; shift 2;;
    --modes) modes="$2"; shift 2;;
    --scales) scales="$2"; shift 2;;
    --quote-docs) quote_docs="$2"; shift 2;;
    --threads) threads="$2"; shift 2;;
    --cli-max-scale) cli_max_scale="$2"; shift 2;;
    *) echo "unknown argument $1" >&2; exit 2;;
  esac
done
[ -f target/newsnlp.jar ] || mvn -q -DskipTests package
work="${BENCH_DIR:-/tmp/newsnlp-bench}"
rm -rf "$work"; mkdir -p "$work"
heap="-Xmx6g"
results="$work/results.tsv"
printf "mode\tscale\tsystem\tpages\twall_s\tpages_per_s\ttokens\ttokens_per_s\tpeak_rss_mb\n" > "$results"

# Runs a command under GNU time; prints "wall_seconds peak_rss_kb".
measure() { /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/last.log" 2>&1 || { tail -20 "$work/last.log"; exit 1; }; cat "$work/time.txt"; }

for mode in ${modes//,/ }; do
  for scale in ${scales//,/ }; do
    dir="$work/corpus-$mode-$scale"; mkdir -p "$dir"
    files=$(ls "$corpus" | sort)
    [ "$mode" = quotes ] && [ "$quote_docs" -gt 0 ] && files=$(echo "$files" | head -n "$quote_docs")
    for i in $(seq 1 "$scale"); do
      for f in $files; do cp "$corpus/$f" "$dir/${f%.*}-$i.${f##*.}"; done
    done
    pages=$(ls "$dir" | wc -l)
    ls "$dir"/* > "$work/filelist.txt"

    if [ "$mode" = ner ]; then
      cli_quotes="none"; ours_flags="--quotes=false"
    else
      cli_quotes="corenlp"; ours_flags="--quotes=true"
    fi

    # (a) CoreNLP's command line, raw dumps, the same CoreNLP properties as ours.
    if [ "$scale" -le "$cli_max_scale" ]; then
    java -cp "target/classes:target/lib/*" dev.newsnlp.tools.CoreNlpProperties accurate "$cli_quotes" > "$work/cli.props"
    rm -rf "$work/corenlp-out"; mkdir -p "$work/corenlp-out"
    read -r wall rss < <(measure java $heap -cp "target/classes:target/lib/*" edu.stanford.nlp.pipeline.StanfordCoreNLP \
      -props "$work/cli.props" -threads "$threads" -filelist "$work/filelist.txt" \
      -outputFormat json -outputDirectory "$work/corenlp-out")
    tokens=$(python3 - "$work/corenlp-out" <<'PY'
import json, os, sys
n = 0
for f in os.listdir(sys.argv[1]):
    with open(os.path.join(sys.argv[1], f), encoding="utf-8") as fh:
        n += sum(len(s["tokens"]) for s in json.load(fh)["sentences"])
print(n)
PY
)
    printf "%s\t%s\tcorenlp-cli\t%s\t%s\t%s\t%s\t%s\t%s\n" "$mode" "$scale" "$pages" "$wall" \
      "$(python3 -c "print(round($pages/$wall,3))")" "$tokens" "$(python3 -c "print(round($tokens/$wall,1))")" \
      "$((rss/1024))" >> "$results"
    fi

    # (b) newsnlp on the direct runner, same files, cleaning included.
    rm -rf "$work/ours-out"
    read -r wall rss < <(measure java $heap -jar target/newsnlp.jar --input="$dir/*" --output="$work/ours-out/" \
      --targetParallelism="$threads" --dropDuplicates=false $ours_flags)
    tokens=$(python3 -c "import json;print(json.load(open('$work/ours-out/run_summary.json'))['tokens'])")
    printf "%s\t%s\tnewsnlp\t%s\t%s\t%s\t%s\t%s\t%s\n" "$mode" "$scale" "$pages" "$wall" \
      "$(python3 -c "print(round($pages/$wall,3))")" "$tokens" "$(python3 -c "print(round($tokens/$wall,1))")" \
      "$((rss/1024))" >> "$results"
  done
done

python3 - "$results" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
print("%-7s %5s %-12s %6s %8s %8s %9s %9s %8s" % ("mode", "scale", "system", "pages", "wall_s", "pages/s", "tokens", "tokens/s", "rss_MB"))
for r in rows:
    print("%-7s %5s %-12s %6s %8s %8s %9s %9s %8s" % (r["mode"], r["scale"], r["system"], r["pages"], r["wall_s"],
          r["pages_per_s"], r["tokens"], r["tokens_per_s"], r["peak_rss_mb"]))
print()
by = {(r["mode"], r["scale"], r["system"]): r for r in rows}
for (mode, scale, system), r in sorted(by.items()):
    if system != "newsnlp":
        continue
    c = by.get((mode, scale, "corenlp-cli"))
    if c:
        print("%s x%s: newsnlp/CoreNLP speed (pages/s) %.2fx, peak RSS %.2fx" % (mode, scale,
              float(r["pages_per_s"]) / float(c["pages_per_s"]), float(r["peak_rss_mb"]) / float(c["peak_rss_mb"])))
scales = sorted({int(r["scale"]) for r in rows})
if len(scales) > 1:
    lo, hi = scales[0], scales[-1]
    for mode in sorted({r["mode"] for r in rows}):
        a, b = by.get((mode, str(lo), "newsnlp")), by.get((mode, str(hi), "newsnlp"))
        if a and b:
            print("%s: %dx the corpus took %.2fx the time (newsnlp)" % (mode, hi // lo, float(b["wall_s"]) / float(a["wall_s"])))
PY
