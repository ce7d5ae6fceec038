#!/usr/bin/env bash
# Reproduces the quote-attribution table of issue 5: quote F1, speaker accuracy and docs/s per mode on
# PolNeAR DEV (../shared/eval/quotes/polnear.jsonl), with the real pipeline (target/newsnlp.jar).
#
#   scripts/eval-quotes.sh [N]        N = documents in the side-by-side subset (default 25)
#
# 1. news mode on the whole DEV set (320 documents);
# 2. news and corenlp modes, one after the other, on the same subset: the first N documents of the DEV file
#    (CoreNLP's mode runs statistical coreference, about 72 tokens/s, so it gets a subset).
# Each run is scored twice with score_quotes.py: with the `speaker` column (the speaker as written next to the
# quote, the gold's own convention) and with `canonical_speaker` (falling back to `speaker`), the resolved
# name ("he" -> "Donald Trump"). docs/s is given over the whole run (wall clock, model loading included) and
# over annotation alone (the sum of per-document CoreNLP + attribution time, per thread).
#
# RESCORE=1 re-scores the outputs of a previous run without running the pipeline again.
# Environment: EVAL (default ../shared/eval next to the repository), OUT (default /tmp/newsnlp-eval-quotes),
# JAVA_OPTS (default -Xmx5g), NER (the --ner mode of every run, default accurate = the command line's default).
# Build first:
# mvn -q -DskipTests package. Nothing is written into the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-25}"
EVAL="${EVAL:-$(cd .. && pwd)/shared/eval}"
OUT="${OUT:-/tmp/newsnlp-eval-quotes}"
JAVA_OPTS="${JAVA_OPTS:--Xmx5g -XX:-DontCompileHugeMethods}"
NER="${NER:-accurate}"
GOLD="$EVAL/quotes/polnear.jsonl"
SCORER="$EVAL/score_quotes.py"
[ -f target/newsnlp.jar ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
[ -f "$GOLD" ] || { echo "no gold file $GOLD (set EVAL=...)" >&2; exit 2; }
if [ -z "${RESCORE:-}" ]; then
  rm -rf "$OUT"
fi
mkdir -p "$OUT"
head -n "$N" "$GOLD" > "$OUT/subset.jsonl"

run() { # name input mode
  local name="$1" input="$2" mode="$3"
  echo "== $name: --quoteAttribution=$mode --ner=$NER on $(wc -l < "$input") documents" >&2
  java $JAVA_OPTS -jar target/newsnlp.jar --input="$input" --clean=false --languages=any --dropDuplicates=false \
    --quoteAttribution="$mode" --ner="$NER" --output="$OUT/$name/" > "$OUT/$name.log" 2>&1
  # Only quoted speech is scored: title_or_term rows (quoted titles, names, terms) are no quotations.
  cat "$OUT/$name"/speaker_quotes/*.jsonl > "$OUT/$name.all-quotes.jsonl"
  python3 - "$OUT/$name.all-quotes.jsonl" "$OUT/$name.quotes.jsonl" <<'PY'
import json, sys
with open(sys.argv[2], "w") as out:
    for line in open(sys.argv[1]):
        if json.loads(line).get("kind", "speech") == "speech":
            out.write(line)
PY
}

score() { # name gold -> "F1 written-accuracy canonical-accuracy"
  local name="$1" gold="$2"
  python3 - "$OUT/$name.quotes.jsonl" "$OUT/$name.canonical.jsonl" <<'PY'
import json, sys
with open(sys.argv[2], "w") as out:
    for line in open(sys.argv[1]):
        q = json.loads(line)
        q["speaker"] = q.get("canonical_speaker") or q.get("speaker")
        out.write(json.dumps(q) + "\n")
PY
  python3 "$SCORER" "$gold" "$OUT/$name.quotes.jsonl" > "$OUT/$name.score.txt"
  python3 "$SCORER" "$gold" "$OUT/$name.canonical.jsonl" > "$OUT/$name.canonical.score.txt"
  python3 - "$OUT/$name" <<'PY'
import json, re, sys
base = sys.argv[1]
last = open(base + ".score.txt").read().strip().splitlines()[-1]
canon = open(base + ".canonical.score.txt").read().strip().splitlines()[-1]
pat = r"quote F1: ([0-9.]+)\s+speaker accuracy: ([0-9.]+)"
f1, acc = re.search(pat, last).groups()
cacc = re.search(pat, canon).group(2)
s = json.load(open(base + "/run_summary.json"))
docs = s["kept"]
wall = s["wall_seconds"]
ann = s["stage_seconds"]["annotate (CoreNLP)"]
print(f"{docs}\t{f1}\t{acc}\t{cacc}\t{docs / wall:.3f}\t{docs / ann:.3f}\t{wall:.0f}")
PY
}

if [ -z "${RESCORE:-}" ]; then
  run news-dev "$GOLD" news
  run news-subset "$OUT/subset.jsonl" news
  run corenlp-subset "$OUT/subset.jsonl" corenlp
fi

{
  printf "mode\tdocuments\tquote F1\tspeaker acc. (speaker)\tspeaker acc. (canonical_speaker)\tdocs/s (wall)\tdocs/s (annotation)\twall s\n"
  printf "news (whole DEV)\t%s\n" "$(score news-dev "$GOLD")"
  printf "news (first %s)\t%s\n" "$N" "$(score news-subset "$OUT/subset.jsonl")"
  printf "corenlp (first %s)\t%s\n" "$N" "$(score corenlp-subset "$OUT/subset.jsonl")"
} | tee "$OUT/table.tsv" | column -t -s $'\t'
python3 - "$OUT/table.tsv" <<'PY'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])][1:]
news, core = rows[1], rows[2]
print("news / corenlp on the same %s documents: %.1fx docs/s (wall), %.1fx docs/s (annotation)"
      % (news[1], float(news[5]) / float(core[5]), float(news[6]) / float(core[6])))
PY
echo "NER mode of every run: --ner=$NER"
echo
for name in news-dev news-subset corenlp-subset; do
  echo "$name: $(tail -n 1 "$OUT/$name.score.txt")   | canonical_speaker: $(tail -n 1 "$OUT/$name.canonical.score.txt")"
done
echo "(outputs, logs and scorer reports in $OUT)"
