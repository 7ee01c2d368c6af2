#!/bin/sh
# Rebuilds data/ner/weights.json.gz (see data/ner/SOURCES.md): word classes and corpus priors
# from the ANT news corpus, then the two-pass tagger on all of ANERcorp's training part.
# SHARED may point elsewhere than ../shared; intermediate files go to a temporary folder.
set -eu
SHARED=${SHARED:-../shared}
ANT="$SHARED/data/ant/ant-news-2018.tar.gz"
TRAIN="$SHARED/data/anercorp/train.txt"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
node --import tsx scripts/ner-clusters.ts --corpus "$ANT" --out "$WORK/clusters.tsv.gz"
node --import tsx scripts/ner-priors.ts --train "$TRAIN" --corpus "$ANT" --clusters "$WORK/clusters.tsv.gz" --out "$WORK/priors.tsv.gz"
node --import tsx scripts/train-ner.ts --train "$TRAIN" --clusters "$WORK/clusters.tsv.gz" --priors "$WORK/priors.tsv.gz" --out data/ner/weights.json.gz
