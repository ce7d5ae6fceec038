#!/usr/bin/env bash
# Rebuilds the cleaner's line models (src/main/resources/dev/newsnlp/clean/model/lines-{dump,html}.ubj) from
# the training pages, or measures them leave-one-source-out.
#
# Usage: scripts/train-cleaner.sh [train|loso|loso-html|score [loso|loso-html]]
#   train      trains on ../shared/eval/boilerplate-train, boilerplate-modern and DEV (../shared/eval/boilerplate)
#              and writes both kinds' models (line trees, word weights, headline trees, decoder weights) into
#              the resources (deterministic: same pages, same model bytes)
#   loso       per source (cleaneval, cleanportal, dragnet, readability, wcxb, dev): trains the dump models on
#              the other sources, cleans the held-out source's dumps without their URL, and scores them: snippet
#              F1 and body F1 (score_boilerplate.py), headline accuracy (score_titles.py), body-shingle F1
#              (score_body_shingles.py), per source and the mean over the four training sources (mean4)
#   loso-html  the same for the HTML models on the pages that have HTML
#   score      scores the predictions of the last loso (or loso-html) run again
# Ablations (leave-one-source-out only): JAVA_OPTS="-Xmx10g -Dnewsnlp.decoder=region|decoder",
#   -Dnewsnlp.headline=rules, -Dnewsnlp.titleFallback=on|off, -Dnewsnlp.decoderMinGain=G, -Dnewsnlp.dropFeatures=rules,
#   -Dnewsnlp.tightRuns=off, -Dnewsnlp.titleFallbackAnchor=body, -Dnewsnlp.titleFallbackBelow=P,
#   -Dnewsnlp.tightRunTrim=headline|early, -Dnewsnlp.decoderSteps=per-source, -Dnewsnlp.headlineEarlyBody=K,
#   -Dnewsnlp.headlineObjective=rank|point (both kinds; default: rank for dumps, point for HTML),
#   -Dnewsnlp.tightRunStart=fallback;
#   -Dnewsnlp.seed=N retrains with another seed
#   (how far a retraining alone moves the scores);
#   with REUSE=1 a cleaning-time ablation reuses the fold models of the last run.
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
sets=("$EVAL/boilerplate-train" "$EVAL/boilerplate" "$EVAL/boilerplate-modern")
# the truth of one held-out source's predicted pages (symlinks), so that every scorer scores exactly them
truth_of() { # $1 = source, $2 = folder of its predictions ID.txt
  local set="$EVAL/boilerplate-train" t="$WORK/truth/$1"
  case "$1" in dev) set="$EVAL/boilerplate";; wcxb) set="$EVAL/boilerplate-modern";; esac
  rm -rf "$t"; mkdir -p "$t/truth"
  for f in "$2"/*.txt; do id=$(basename "$f" .txt); ln -s "$set/truth/$id.json" "$t/truth/$id.json"; done
  echo "$t"
}
last_num() { tail -1 | grep -oE '[0-9]+\.[0-9]+' | head -1; }
score() { # $1 = folder of predictions per held-out source (SOURCE/ID.txt and documents/SOURCE/)
  printf '%-12s %6s %8s %8s %8s %8s\n' source pages snippetF1 bodyF1 title shingleF1
  for s in cleaneval cleanportal dragnet readability wcxb dev; do
    [ -d "$1/$s" ] || continue
    t=$(truth_of "$s" "$1/$s")
    row=$(python3 "$EVAL/score_boilerplate.py" --truth "$t" --pred "$1/$s" | grep -E '^ALL ')
    read -r -a c <<<"$row"
    ti=$(python3 "$EVAL/score_titles.py" --truth "$t" --documents "$1/documents/$s" | last_num)
    sh=$(python3 "$EVAL/score_body_shingles.py" --truth "$t" --documents "$1/documents/$s" | last_num)
    printf '%-12s %6s %8s %8s %8s %8s\n' "$s" "${c[1]}" "${c[11]}" "${c[16]}" "$ti" "$sh"
  done | tee "$1/table.txt"
  # the mean over the four training sources (the held-out estimate the work is chosen by)
  awk '$1 ~ /^(cleaneval|cleanportal|dragnet|readability)$/ {n++; for (i=3;i<=6;i++) m[i]+=$i}
       END {if (n) printf "%-12s %6s %8.3f %8.3f %8.3f %8.3f\n", "mean4", "", m[3]/n, m[4]/n, m[5]/n, m[6]/n}' "$1/table.txt"
}
case "$mode" in
  train)
    # shellcheck disable=SC2086
    java $JAVA_OPTS -cp "$cp" dev.newsnlp.clean.train.CleanerTrainer train src/main/resources/dev/newsnlp/clean/model \
      "${sets[@]}"
    sha256sum src/main/resources/dev/newsnlp/clean/model/*.ubj ;;
  loso|loso-html)
    flag=(); [ "$mode" = loso-html ] && flag=(--html)
    [ -n "${REUSE:-}" ] || rm -rf "$WORK/$mode"   # REUSE=1 keeps the fold models of the last run (region changes)
    # shellcheck disable=SC2086
    java $JAVA_OPTS -cp "$cp" dev.newsnlp.clean.train.CleanerTrainer loso "$WORK/$mode" "${flag[@]}" "${sets[@]}"
    score "$WORK/$mode" ;;
  score)
    score "$WORK/${2:-loso}" ;;
  *) echo "unknown mode $mode" >&2; exit 2;;
esac
