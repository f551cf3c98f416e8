#!/usr/bin/env bash
# Writes docs/man/parity.1 from the command's own help with swift-argument-parser's
# generate-manual plugin (offline: the plugin and its tool come with the pinned
# argument-parser). With --check, regenerates it and fails when the committed page
# differs (ManPageTests checks its coverage inside swift test), so the page never goes stale.
#
#   scripts/generate-manual.sh          # rewrite docs/man/parity.1
#   scripts/generate-manual.sh --check  # exit 1 when docs/man/parity.1 is stale
set -euo pipefail
cd "$(dirname "$0")/.."

# A fixed date keeps the page the same bytes on every run; change it with the version.
date=2026-11-30
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! swift package plugin generate-manual --configuration debug --date "$date" >"$log" 2>&1; then
    cat "$log" >&2
    exit 2
fi
generated=.build/plugins/GenerateManual/outputs/parity/parity.1
if [ "${1:-}" = --check ]; then
    if ! diff -u docs/man/parity.1 "$generated"; then
        echo "docs/man/parity.1 is stale: run scripts/generate-manual.sh and commit it" >&2
        exit 1
    fi
    echo "docs/man/parity.1 is current"
else
    mkdir -p docs/man
    cp "$generated" docs/man/parity.1
    echo "wrote docs/man/parity.1"
fi
