#!/usr/bin/env bash
# Measures a learned choice of the speaker among the sieves' proposals (SpeakerRanker, issue 27, item 2) on
# PolNeAR DEV with held-out document folds, and on QuoteLi3 DEV.
#
#   scripts/eval-speaker-ranker.sh
#
# 1. Annotates both DEV files once with the news chain (QuoteDevCache; kept in $CACHE, reused when present).
# 2. SpeakerRankFolds dump: the sieves' predictions and every quote's candidate speakers with their features.
# 3. Labels each candidate with the scorer's own rules (score_quotes.py's matching of predicted to gold quotes
#    and its name tokens): 1 when it shares a name token with the gold speaker, 0 when not, - when the quote
#    matches no gold quote or the gold speaker has no name (as the scorer leaves it out).
# 4. SpeakerRankFolds folds: for each of 5 document folds, a ranker trained on the other 4 chooses the held-out
#    fold's speakers; then the ranker trained on all of DEV, written to $OUT/speaker-ranker.tsv (for reading:
#    the product does not load a ranker, see docs/QUOTES.md), and both choices on QuoteLi3.
# 5. score_quotes.py on each held-out fold, with `speaker` and with `canonical_speaker` (falling back to
#    `speaker`), per fold and the means over folds; QuoteLi3 likewise.
# Environment: RANKER (pointwise, the default: a logistic regression over candidates; listwise: a softmax over
# each quote's candidates), EVAL (default ../shared/eval next to the repository), CACHE (default target/eval-quote-kinds, the
# annotations shared with scripts/eval-quote-kinds.sh), OUT (default target/eval-speaker-ranker).
# Build first (classes and test classes): mvn -q -DskipTests package. Nothing is written outside CACHE and OUT.
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL="${EVAL:-$(cd .. && pwd)/shared/eval}"
CACHE="${CACHE:-target/eval-quote-kinds}"
RANKER="${RANKER:-pointwise}"
OUT="${OUT:-target/eval-speaker-ranker-$RANKER}"
CP="target/classes:target/test-classes:target/lib/*"
JAVA="java -Xmx4g -XX:-DontCompileHugeMethods -cp $CP"
TOOL=dev.newsnlp.annotate.quotes.dev.SpeakerRankFolds
[ -f "$EVAL/quotes/polnear.jsonl" ] || { echo "no gold $EVAL/quotes/polnear.jsonl (set EVAL=...)" >&2; exit 2; }
mkdir -p "$CACHE" "$OUT"
for set in polnear quoteli3; do
  [ -s "$CACHE/$set.cache.jsonl" ] || $JAVA dev.newsnlp.annotate.quotes.dev.QuoteDevCache \
    "$EVAL/quotes/$set.jsonl" "$CACHE/$set.cache.jsonl" 2>"$CACHE/$set.cache.log"
done
$JAVA $TOOL dump "$EVAL/quotes/polnear.jsonl" "$CACHE/polnear.cache.jsonl" "$OUT"
python3 - "$EVAL" "$EVAL/quotes/polnear.jsonl" "$OUT" <<'PY'
import json, sys
sys.path.insert(0, sys.argv[1])
import score_quotes as sq
gold, _ = sq.load_gold(sys.argv[2])
out = sys.argv[3]
preds = {}
for line in open(out + "/sieves.jsonl", encoding="utf-8"):
    p = json.loads(line)
    preds.setdefault(p["doc_id"], []).append(p)
gold_of = {}  # (doc, start, end) of a predicted quote -> name tokens of its gold speaker
for did, doc in gold.items():
    g = [(int(q["start"]), int(q["end"]), q) for q in doc["quotes"]]
    seen, pred = set(), []
    for p in preds.get(did, []):
        key = (int(p["start"]), int(p["end"]))
        if key not in seen:
            seen.add(key)
            pred.append((key[0], key[1], p))
    pred = sq.drop_embedded(pred)
    for gi, pi in sq.match(g, pred, 0.5, False):
        gq = g[gi][2]
        toks = set()
        for name in [gq.get("speaker")] + list(gq.get("speaker_aliases") or []):
            toks |= sq.name_tokens(name, True)
        gold_of[(did, pred[pi][0], pred[pi][1])] = toks
stats = {}
with open(out + "/labels.txt", "w") as w:
    for line in open(out + "/candidates.jsonl", encoding="utf-8"):
        c = json.loads(line)
        toks = gold_of.get((c["doc_id"], c["start"], c["end"]))
        if not toks:
            w.write("-\n")
            continue
        right = bool(toks & sq.name_tokens(c["speaker"], False))
        w.write("1\n" if right else "0\n")
        s = stats.setdefault((c["doc_id"], c["start"]), [0, False, False])
        s[0] += 1
        s[1] |= right
        s[2] |= right and c["chosen"]
multi = [s for s in stats.values() if s[0] >= 2]
print("scorable quotes with candidates: %d; with two or more: %d, of which the sieves' choice is right in %d "
      "and some candidate is right in %d" % (len(stats), len(multi), sum(s[2] for s in multi), sum(s[1] for s in multi)))
PY
$JAVA -Dranker="$RANKER" $TOOL folds "$EVAL/quotes/polnear.jsonl" "$CACHE/polnear.cache.jsonl" "$OUT" \
  "$EVAL/quotes/quoteli3.jsonl" "$CACHE/quoteli3.cache.jsonl"
canonical() { # predictions -> the same with speaker := canonical_speaker or speaker
  python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    q = json.loads(line)
    q["speaker"] = q.get("canonical_speaker") or q.get("speaker")
    print(json.dumps(q))' "$1" > "$2"
}
for k in 0 1 2 3 4; do
  for who in sieves ranker; do
    canonical "$OUT/$who-$k.jsonl" "$OUT/$who-$k.canonical.jsonl"
    python3 "$EVAL/score_quotes.py" "$OUT/gold-$k.jsonl" "$OUT/$who-$k.jsonl" > "$OUT/$who-$k.score.txt"
    python3 "$EVAL/score_quotes.py" "$OUT/gold-$k.jsonl" "$OUT/$who-$k.canonical.jsonl" > "$OUT/$who-$k.canonical.score.txt"
  done
done
for who in sieves ranker; do
  canonical "$OUT/other-$who.jsonl" "$OUT/other-$who.canonical.jsonl"
  python3 "$EVAL/score_quotes.py" "$EVAL/quotes/quoteli3.jsonl" "$OUT/other-$who.jsonl" > "$OUT/quoteli3-$who.score.txt"
  python3 "$EVAL/score_quotes.py" "$EVAL/quotes/quoteli3.jsonl" "$OUT/other-$who.canonical.jsonl" \
    > "$OUT/quoteli3-$who.canonical.score.txt"
done
python3 - "$OUT" <<'PY'
import re, sys
d = sys.argv[1]
def parse(path):
    text = open(path).read()
    m = re.search(r"quotes\s+gold=\d+ pred=\d+ matched=\d+\s+P=([0-9.]+) R=([0-9.]+) F1=([0-9.]+)", text)
    s = re.search(r"speaker\s+scorable=(\d+) correct=(\d+) accuracy=([0-9.]+)", text)
    return float(m.group(1)), float(m.group(2)), float(m.group(3)), float(s.group(3)), int(s.group(2)), int(s.group(1))
print("fold  chooser  P      R      F1     acc.(speaker)  acc.(canonical)  correct/scorable (speaker)")
means = {}
for k in range(5):
    for who in ("sieves", "ranker"):
        p, r, f1, acc, c, n = parse(f"{d}/{who}-{k}.score.txt")
        cacc = parse(f"{d}/{who}-{k}.canonical.score.txt")[3]
        means.setdefault(who, []).append((p, r, f1, acc, cacc))
        print(f"{k}     {who:7}  {p:.3f}  {r:.3f}  {f1:.3f}  {acc:.3f}          {cacc:.3f}            {c}/{n}")
for who, rows in means.items():
    cols = [sum(x[i] for x in rows) / len(rows) for i in range(5)]
    print(f"mean  {who:7}  {cols[0]:.3f}  {cols[1]:.3f}  {cols[2]:.3f}  {cols[3]:.4f}         {cols[4]:.4f}")
diffs = [b[3] - a[3] for a, b in zip(means["sieves"], means["ranker"])]
cdiffs = [b[4] - a[4] for a, b in zip(means["sieves"], means["ranker"])]
print("ranker - sieves, speaker acc. per fold:", " ".join(f"{x:+.3f}" for x in diffs))
print("ranker - sieves, canonical acc. per fold:", " ".join(f"{x:+.3f}" for x in cdiffs))
for who in ("sieves", "ranker"):
    p, r, f1, acc, c, n = parse(f"{d}/quoteli3-{who}.score.txt")
    cacc = parse(f"{d}/quoteli3-{who}.canonical.score.txt")[3]
    print(f"quoteli3 {who}: P {p:.3f} R {r:.3f} F1 {f1:.3f} speaker acc. {acc:.3f} ({c}/{n}) canonical {cacc:.3f}")
PY
