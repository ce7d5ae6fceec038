#!/usr/bin/env bash
# Boilerplate-removal score of the cleaner on the HTML pages of the eval set (jsoup DOM + text evidence).
#
# Usage: scripts/eval-boilerplate-html.sh [--eval DIR] [--work DIR]
#   --eval  evaluation set folder with html/, truth/ and manifest.json (default: ../shared/eval/boilerplate)
#   --work  scratch folder for the predictions (default: /tmp/newsnlp-eval-html)
#
# Runs the cleaner (dev.newsnlp.tools.CleanEval --html, the pipeline's PageCleaner) on every html/ID.html
# with its URL from the manifest, writes one prediction per page and runs score_boilerplate.py.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir="../shared/eval/boilerplate"; work="/tmp/newsnlp-eval-html"
while [ $# -gt 0 ]; do
  case "$1" in
    --eval) eval_dir="$2"; shift 2;;
    --work) work="$2"; shift 2;;
    *) echo "unknown argument $1" >&2; exit 2;;
  esac
done
[ -d target/test-classes/dev/newsnlp/tools ] || { echo "build first: mvn -q -DskipTests package (the tools compile with the tests, into target/test-classes)" >&2; exit 1; }
rm -rf "$work"; mkdir -p "$work"
java -cp "target/classes:target/test-classes:target/lib/*" dev.newsnlp.tools.CleanEval "$eval_dir/html" "$work" --html \
  --manifest "$eval_dir/manifest.json"
python3 "$eval_dir/../score_boilerplate.py" --truth "$eval_dir" --pred "$work"
