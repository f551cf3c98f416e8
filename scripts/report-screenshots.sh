#!/usr/bin/env bash
# Writes two HTML reports and their screenshots (headless Chromium) into DIR,
# to look at the report's layout: the UDHR in six languages, and the real
# Spanish UN document against its constructed renumbered revision (paragraph
# 24 deleted, the tail renumbered; Tests/Fixtures/constructed/), whole and
# around the change (--from 23 --to 26). Not used by CI; PNGs are not committed.
#
# Usage: scripts/report-screenshots.sh [DIR]    (default: /tmp/parity-screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/parity-screenshots}
mkdir -p "$out"
swift build --product parity >/dev/null
parity=.build/debug/parity
udhr=Sources-Texts/udhr
$parity report $udhr/udhr_eng.xml $udhr/udhr_fra.xml $udhr/udhr_spa.xml $udhr/udhr_rus.xml \
    $udhr/udhr_arb.xml $udhr/udhr_cmn_hans.xml -o "$out/udhr-six-languages.html"
es=Sources-Texts/un-hearings-2006/es.txt
revision=Tests/Fixtures/constructed/constructed-es-renumbered.txt
$parity report $es $revision -o "$out/es-renumbered-revision.html"
$parity report $es $revision --from 23 --to 26 -o "$out/es-renumbered-revision-23-26.html"
scripts/render-report.sh "$out/udhr-six-languages.html" "$out/udhr-six-languages.png" 1400,1400
scripts/render-report.sh "$out/es-renumbered-revision.html" "$out/es-renumbered-revision.png" 1400,1400
scripts/render-report.sh "$out/es-renumbered-revision-23-26.html" "$out/es-renumbered-revision-23-26.png" 1400,2200
