#!/usr/bin/env bash
# NER-only speed: our pipeline (direct runner, --targetParallelism=N) against CoreNLP's own command line
# (-threads N) on the same texts with the same CoreNLP properties, for one or more --ner modes.
#
#   scripts/bench-ner.sh [MODES] [COPIES] [INPUT_JSONL]
#
#   MODES        comma-separated --ner modes (default accurate,fast)
#   COPIES       how many times the corpus is repeated, as distinct documents (default 10)
#   INPUT_JSONL  JSON Lines with "id" and "text" (default ../shared/eval/ner/conll2003_testb.jsonl:
#                74 Reuters articles, 15k tokens; 10 copies = 150k tokens)
#   THREADS=2    parallelism of both (environment variable)
#   EXTRA=...    extra pipeline flags, e.g. EXTRA="--enforceImmutability=false --enforceEncodability=false"
#                (the direct runner's per-bundle checks; see docs/NER.md)
#
# The corpus is written under ${WORK:-/tmp/newsnlp-bench-ner}/ only (eval text never goes into the repo).
# Our side: java -jar target/newsnlp.jar --clean=false --quotes=false --targetParallelism=N, tokens and wall
# time from run_summary.json. CoreNLP side: java -cp 'target/classes:target/lib/*'
# edu.stanford.nlp.pipeline.StanfordCoreNLP -props P -filelist F -threads N -outputFormat conll, with P printed
# by dev.newsnlp.tools.CoreNlpProperties (a tool, compiled into target/test-classes; target/classes is on
# CoreNLP's classpath only so the accurate mode's custom annotator loads). Tokens/s are given for the whole run and without model loading ("steady": wall minus the pipeline
# build time our log reports, minus "Pipeline setup" for CoreNLP); nlp_tok/s is the time spent inside
# CoreNLP in our DoFn (run_summary stage_seconds, divided by THREADS), i.e. without the runner's own cost;
# tokens/cpu_s divides by the process's user+system CPU time, steadier than wall time on a shared machine.
# Run on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
MODES=${1:-accurate,fast}
COPIES=${2:-10}
INPUT=${3:-../shared/eval/ner/conll2003_testb.jsonl}
THREADS=${THREADS:-2}
WORK=${WORK:-/tmp/newsnlp-bench-ner}
[ -f target/newsnlp.jar ] && [ -d target/test-classes/dev/newsnlp/tools ] \
  || { echo "target/newsnlp.jar or the tools (target/test-classes) missing: mvn -q -DskipTests package" >&2; exit 2; }

rm -rf "$WORK" && mkdir -p "$WORK/txt"
python3 - "$INPUT" "$COPIES" "$WORK" <<'PY'
import json, sys, os
src, copies, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]
docs = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
with open(f"{work}/corpus.jsonl", "w", encoding="utf-8") as out, open(f"{work}/filelist", "w") as fl:
    for c in range(copies):
        for d in docs:
            i = f"{d['id']}-c{c}"
            out.write(json.dumps({"id": i, "text": d["text"]}, ensure_ascii=False) + "\n")
            p = f"{work}/txt/{i}.txt"
            open(p, "w", encoding="utf-8").write(d["text"])
            fl.write(p + "\n")
print(f"corpus: {len(docs)} documents x {copies} copies = {len(docs) * copies} documents")
PY

printf '%-9s %-8s %9s %9s %12s %12s %12s %8s %14s\n' mode tool tokens wall_s tokens/s steady_tok/s nlp_tok/s cpu_s tokens/cpu_s >"$WORK/results.txt"
for MODE in ${MODES//,/ }; do
  # Our pipeline.
  OUT="$WORK/out-$MODE"
  /usr/bin/time -f '%e %U %S' -o "$WORK/time-ours-$MODE" \
    java -Xmx5g -jar target/newsnlp.jar --input="$WORK/corpus.jsonl" --output="$OUT/" --ner="$MODE" \
      --clean=false --quotes=false --languages=any --dropDuplicates=false --targetParallelism="$THREADS" \
      ${EXTRA:-} >"$WORK/ours-$MODE.log" 2>&1
  # CoreNLP's command line with the same properties.
  java -cp 'target/classes:target/test-classes:target/lib/*' dev.newsnlp.tools.CoreNlpProperties "$MODE" >"$WORK/$MODE.props"
  mkdir -p "$WORK/cli-$MODE"
  /usr/bin/time -f '%e %U %S' -o "$WORK/time-cli-$MODE" \
    java -Xmx5g -cp 'target/classes:target/lib/*' edu.stanford.nlp.pipeline.StanfordCoreNLP \
      -props "$WORK/$MODE.props" -filelist "$WORK/filelist" -threads "$THREADS" \
      -outputFormat conll -outputDirectory "$WORK/cli-$MODE" >"$WORK/cli-$MODE.log" 2>&1
  python3 - "$WORK" "$MODE" "$THREADS" >>"$WORK/results.txt" <<'PY'
import json, re, sys, glob
work, mode = sys.argv[1], sys.argv[2]
s = json.load(open(f"{work}/out-{mode}/run_summary.json"))
ours_tokens = s["tokens"]
def times(path):
    e, u, s_ = (float(x) for x in open(path).read().split()[-3:])
    return e, u + s_
ours_wall, ours_cpu = times(f"{work}/time-ours-{mode}")
log = open(f"{work}/ours-{mode}.log").read()
built = sum(int(m) for m in re.findall(r"Built CoreNLP pipeline #\d+ .* in (\d+) ms", log)) / 1000
cli_tokens = sum(1 for f in glob.glob(f"{work}/cli-{mode}/*.conll") for l in open(f) if l.strip())
cli_wall, cli_cpu = times(f"{work}/time-cli-{mode}")
clog = open(f"{work}/cli-{mode}.log").read()
m = re.search(r"Pipeline setup: ([\d.]+) sec", clog)
setup = float(m.group(1)) if m else 0.0
threads = int(sys.argv[3])
# Time inside CoreNLP in our DoFn (sum over documents), spread over the threads.
nlp = s["stage_seconds"]["annotate (CoreNLP)"] / threads
row = "%-9s %-8s %9d %9.1f %12.0f %12.0f %12s %8.1f %14.0f"
print(row % (mode, "newsnlp", ours_tokens, ours_wall, ours_tokens / ours_wall, ours_tokens / (ours_wall - built),
             "%.0f" % (ours_tokens / nlp), ours_cpu, ours_tokens / ours_cpu))
print(row % (mode, "corenlp", cli_tokens, cli_wall, cli_tokens / cli_wall, cli_tokens / (cli_wall - setup), "-",
             cli_cpu, cli_tokens / cli_cpu))
print("%-9s ratio newsnlp/corenlp: %.2f (whole run), %.2f (steady)" % (mode, (ours_tokens / ours_wall) / (cli_tokens / cli_wall),
      (ours_tokens / (ours_wall - built)) / (cli_tokens / (cli_wall - setup))))
PY
done
echo "threads/parallelism: $THREADS; corpus: $INPUT x $COPIES; logs in $WORK/"
cat "$WORK/results.txt"
