#!/usr/bin/env bash
# Scores the pipeline's NER on the CoNLL-2003 DEV set with the shared scorer (exact span + type F1).
#
#   scripts/eval-ner.sh [MODE] [EVAL_DIR]
#
# MODE: accurate (default), fast or standard (--ner). EVAL_DIR: the shared eval folder (default
# ../shared/eval). Runs the real pipeline (target/newsnlp.jar; build it with mvn -q -DskipTests package) on
# ner/conll2003_testb.jsonl with --clean=false so offsets index the stored text, then scores
# entity_mentions (its doc_id/start/end/type/text columns are the scorer's prediction format). The last line
# printed is the scorer's "NER F1: X.XXX". Output stays in ${OUT:-/tmp/newsnlp-eval-ner-MODE}/.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${1:-accurate}
EVAL=${2:-../shared/eval}
OUT=${OUT:-/tmp/newsnlp-eval-ner-$MODE}
[ -f target/newsnlp.jar ] || { echo "target/newsnlp.jar missing: mvn -q -DskipTests package" >&2; exit 2; }
rm -rf "$OUT"
java -Xmx5g -XX:-DontCompileHugeMethods -jar target/newsnlp.jar --input="$EVAL/ner/conll2003_testb.jsonl" --output="$OUT/" \
  --clean=false --quotes=false --languages=any --dropDuplicates=false --ner="$MODE" >"$OUT.log" 2>&1 \
  || { tail -20 "$OUT.log" >&2; exit 1; }
grep -E 'tokens|DONE' "$OUT.log" | sed 's/^/# /' || true
cat "$OUT"/entity_mentions/*.jsonl >"$OUT/predictions_ner.jsonl"
python3 "$EVAL/score_ner.py" "$EVAL/ner/" "$OUT/predictions_ner.jsonl"
