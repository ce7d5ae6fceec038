#!/usr/bin/env bash
# Trains and measures the learned quote-kind decision (speech vs title/name/term, QuoteKindModel) on PolNeAR
# DEV with held-out document folds, and on QuoteLi3 DEV (issue 27).
#
#   scripts/eval-quote-kinds.sh
#
# 1. Annotates both DEV files once with the news chain (QuoteDevCache; kept in $OUT, reused when present).
# 2. QuoteKindFolds: for each of 5 document folds of PolNeAR DEV, a model trained on the other 4 decides the
#    kinds of the held-out fold's quotes; the rules alone (QuoteKinds) decide them too; then the model trained on
#    all of DEV, written to $OUT/folds/quote-kinds.tsv (copy it to
#    src/main/resources/dev/newsnlp/annotate/quotes/ to ship it), and both deciders on QuoteLi3.
# 3. score_quotes.py on each held-out fold (speech rows only, the `speaker` column), and the means over folds.
# Environment: EVAL (default ../shared/eval next to the repository), OUT (default target/eval-quote-kinds, under the build folder).
# Build first (classes and test classes): mvn -q -DskipTests package. Nothing is written outside OUT.
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL="${EVAL:-$(cd .. && pwd)/shared/eval}"
OUT="${OUT:-target/eval-quote-kinds}"
CP="target/classes:target/test-classes:target/lib/*"
JAVA="java -Xmx4g -XX:-DontCompileHugeMethods -cp $CP"
[ -f "$EVAL/quotes/polnear.jsonl" ] || { echo "no gold $EVAL/quotes/polnear.jsonl (set EVAL=...)" >&2; exit 2; }
mkdir -p "$OUT"
for set in polnear quoteli3; do
  [ -s "$OUT/$set.cache.jsonl" ] || $JAVA dev.newsnlp.annotate.quotes.dev.QuoteDevCache \
    "$EVAL/quotes/$set.jsonl" "$OUT/$set.cache.jsonl" 2>"$OUT/$set.cache.log"
done
rm -rf "$OUT/folds"
$JAVA dev.newsnlp.annotate.quotes.dev.QuoteKindFolds "$EVAL/quotes/polnear.jsonl" "$OUT/polnear.cache.jsonl" \
  "$OUT/folds" "$EVAL/quotes/quoteli3.jsonl" "$OUT/quoteli3.cache.jsonl"
for k in 0 1 2 3 4; do
  for who in rules model; do
    python3 "$EVAL/score_quotes.py" "$OUT/folds/gold-$k.jsonl" "$OUT/folds/$who-$k.jsonl" > "$OUT/folds/$who-$k.score.txt"
  done
done
for who in rules model; do
  python3 "$EVAL/score_quotes.py" "$EVAL/quotes/quoteli3.jsonl" "$OUT/folds/other-$who.jsonl" > "$OUT/folds/quoteli3-$who.score.txt"
done
python3 - "$OUT/folds" <<'PY'
import re, sys
d = sys.argv[1]
def parse(path):
    text = open(path).read()
    p, r = None, None
    for line in text.splitlines():
        m = re.match(r"\s*(?:strict|quotes?)\b.*?P\s*[=:]?\s*([0-9.]+).*?R\s*[=:]?\s*([0-9.]+)", line)
        if m and p is None:
            p, r = float(m.group(1)), float(m.group(2))
    f1, acc = map(float, re.search(r"quote F1: ([0-9.]+)\s+speaker accuracy: ([0-9.]+)", text).groups())
    return p, r, f1, acc
print("fold  decider  P      R      F1     speaker acc.")
means = {}
for k in range(5):
    for who in ("rules", "model"):
        p, r, f1, acc = parse(f"{d}/{who}-{k}.score.txt")
        means.setdefault(who, []).append((p, r, f1, acc))
        print(f"{k}     {who:7}  {p if p is not None else float('nan'):.3f}  {r if r is not None else float('nan'):.3f}  {f1:.3f}  {acc:.3f}")
for who, rows in means.items():
    cols = [sum(x[i] for x in rows if x[i] is not None) / len(rows) for i in range(4)]
    print(f"mean  {who:7}  {cols[0]:.3f}  {cols[1]:.3f}  {cols[2]:.3f}  {cols[3]:.3f}")
for who in ("rules", "model"):
    last = open(f"{d}/quoteli3-{who}.score.txt").read().strip().splitlines()[-1]
    print(f"quoteli3 {who}: {last}")
PY
