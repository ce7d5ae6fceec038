#!/usr/bin/env bash
# Boilerplate-removal score of the real pipeline (target/newsnlp.jar) on the eval dumps.
#
# Usage: scripts/eval-boilerplate.sh [--eval DIR] [--work DIR] [--full-ner] [--per-page]
#   --eval      evaluation set folder with dumps/ and truth/ (default: ../shared/eval/boilerplate)
#   --work      scratch folder (default: /tmp/newsnlp-eval-boilerplate); OUT=WORK/out, PRED=WORK/pred
#   --full-ner  annotate whole articles (default: --maxAnnotateChars=1000, the smallest allowed, since NER
#               output is not scored; documents.text keeps the whole cleaned article either way)
#   --per-page  pass --per-page to the scorer
#
# Runs the pipeline on WORK/dumps/*.txt (a copy of the eval dumps) with --quotes=false --languages=any
# --dropDuplicates=false, writes PRED/ID.txt from documents/*.jsonl (the `text` of each page, matched to
# its id by the `source` file name; dropped or missing pages give an empty prediction) and runs
# score_boilerplate.py. The pipeline sees plain text dumps without URLs, so URL evidence (title slug) is
# not available, unlike `CleanEval --manifest`.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir="../shared/eval/boilerplate"; work="/tmp/newsnlp-eval-boilerplate"; ner_flags="--maxAnnotateChars=1000"
score_flags=()
while [ $# -gt 0 ]; do
  case "$1" in
    --eval) eval_dir="$2"; shift 2;;
    --work) work="$2"; shift 2;;
    --full-ner) ner_flags=""; shift;;
    --per-page) score_flags+=(--per-page); shift;;
    *) echo "unknown argument $1" >&2; exit 2;;
  esac
done
eval_dir=$(cd "$eval_dir" && pwd)
[ -f target/newsnlp.jar ] || { echo "target/newsnlp.jar missing: build it with mvn -q -o -DskipTests package" >&2; exit 1; }
rm -rf "$work"; mkdir -p "$work/dumps" "$work/pred"
cp "$eval_dir"/dumps/*.txt "$work/dumps/"

# shellcheck disable=SC2086
java -Xmx2g -XX:-DontCompileHugeMethods -jar target/newsnlp.jar --input="$work/dumps/*.txt" --output="$work/out" \
  --quotes=false --languages=any --dropDuplicates=false $ner_flags > "$work/pipeline.log" 2>&1 \
  || { tail -30 "$work/pipeline.log" >&2; exit 1; }

python3 - "$work/out" "$work/dumps" "$work/pred" <<'EOF'
import glob, json, os, sys
out, dumps, pred = sys.argv[1:4]
ids = sorted(f[:-4] for f in os.listdir(dumps) if f.endswith(".txt"))
texts, status = {}, {}
for path in glob.glob(os.path.join(out, "documents", "**", "*.jsonl"), recursive=True):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            name = os.path.basename(row.get("source") or "")
            pid = name[:-4] if name.endswith(".txt") else name
            status[pid] = row.get("status")
            if row.get("status") == "kept":
                texts[pid] = row.get("text") or ""
for pid in ids:
    with open(os.path.join(pred, pid + ".txt"), "w", encoding="utf-8") as fh:
        fh.write(texts.get(pid, ""))
counts = {}
for pid in ids:
    s = status.get(pid, "missing")
    counts[s] = counts.get(s, 0) + 1
print(f"{len(ids)} pages: {counts}")
EOF
python3 "$eval_dir/../score_boilerplate.py" --truth "$eval_dir" --pred "$work/pred" "${score_flags[@]}"
