#!/usr/bin/env bash
# Rebuilds the cleaner's line models (src/main/resources/dev/newsnlp/clean/model/lines-{dump,html}.ubj) from
# the training pages, or measures them leave-one-source-out.
#
# Usage: scripts/train-cleaner.sh [train|loso|loso-html]
#   train      trains on ../shared/eval/boilerplate-train and DEV (../shared/eval/boilerplate) and writes the
#              two models into the resources (deterministic: same pages, same model bytes)
#   loso       per source (cleaneval, cleanportal, dragnet, readability, dev): trains the dump model on the
#              other sources, cleans the held-out source's dumps, scores them with score_boilerplate.py
#   loso-html  the same for the HTML model on the pages that have HTML
# Environment: REUSE=1 (loso: reuse the fold models of the last run), EVAL (default ../shared/eval), WORK (default /tmp/newsnlp-train-cleaner), JAVA_OPTS (-Xmx10g).
# Build first: mvn -q -DskipTests package.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-train}"
EVAL="${EVAL:-$(cd .. && pwd)/shared/eval}"
WORK="${WORK:-/tmp/newsnlp-train-cleaner}"
JAVA_OPTS="${JAVA_OPTS:--Xmx10g}"
[ -d target/classes ] && [ -d target/lib ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
cp="target/classes:target/lib/*"
sets=("$EVAL/boilerplate-train" "$EVAL/boilerplate")
score() { # $1 = folder of predictions per held-out source, $2 = truth of the training set
  for s in cleaneval cleanportal dragnet readability; do
    [ -d "$1/$s" ] && python3 "$EVAL/score_boilerplate.py" --truth "$2" --pred "$1/$s" \
      --source "$s" | grep -E "^$s "
  done
  if [ -d "$1/dev" ]; then
    python3 "$EVAL/score_boilerplate.py" --truth "$EVAL/boilerplate" --pred "$1/dev" | grep -E "^(ALL|scrap|trafi)" \
      | sed 's/^ALL /dev /'
  fi
}
case "$mode" in
  train)
    # shellcheck disable=SC2086
    java $JAVA_OPTS -cp "$cp" dev.newsnlp.clean.CleanerTrainer train src/main/resources/dev/newsnlp/clean/model \
      "${sets[@]}"
    sha256sum src/main/resources/dev/newsnlp/clean/model/*.ubj ;;
  loso|loso-html)
    flag=(); [ "$mode" = loso-html ] && flag=(--html)
    [ -n "${REUSE:-}" ] || rm -rf "$WORK/$mode"   # REUSE=1 keeps the fold models of the last run (region changes)
    # shellcheck disable=SC2086
    java $JAVA_OPTS -cp "$cp" dev.newsnlp.clean.CleanerTrainer loso "$WORK/$mode" "${flag[@]}" "${sets[@]}"
    truth="$EVAL/boilerplate-train"
    if [ "$mode" = loso-html ]; then
      # only the pages that have HTML are scored (the set leaves it out for its largest pages)
      truth="$WORK/truth-with-html"; rm -rf "$truth"; mkdir -p "$truth"
      for f in "$EVAL"/boilerplate-train/html/*.html; do
        id=$(basename "$f" .html); ln -s "$EVAL/boilerplate-train/truth/$id.json" "$truth/$id.json"
      done
    fi
    echo "source              pages   with    w/o    TP    FP    FN    TN   prec    rec    acc     F1 |  body b.prec b.rec  b.F1"
    score "$WORK/$mode" "$truth" ;;
  *) echo "unknown mode $mode" >&2; exit 2;;
esac
