#!/usr/bin/env bash
# Peak memory (resident set) of `parity outline` and `parity check` on 50 MB
# inputs made by repeating real texts: UTF-8, windows-1252 and PDF-extracted
# text (each also at 100 MB, to separate the program's own 21 MB from what
# grows with the input), and 200,000 one-word paragraphs. Prints one line per input:
# file, size, seconds, peak KB, peak per input byte. The figures are in
# docs/inputs.md ("Memory").
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product parity >/dev/null
parity=.build/release/parity
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
es=Sources-Texts/un-hearings-2006/es.txt
pdf=Tests/Fixtures/generated-from-es-txt/es-generated.pdftotext.txt
for _ in $(seq 1 800); do cat "$es"; done > "$work/utf8.txt"
cat "$work/utf8.txt" "$work/utf8.txt" > "$work/utf8-100mb.txt"
iconv -f utf-8 -t latin1//TRANSLIT < "$work/utf8.txt" > "$work/windows-1252.txt" 2>/dev/null || true
cat "$work/windows-1252.txt" "$work/windows-1252.txt" > "$work/windows-1252-100mb.txt"
for _ in $(seq 1 790); do cat "$pdf"; done > "$work/pdf-text.txt"
cat "$work/pdf-text.txt" "$work/pdf-text.txt" > "$work/pdf-text-100mb.txt"
python3 -c "import sys; sys.stdout.write(''.join('palabra%d\n\n' % i for i in range(200000)))" > "$work/tiny-paragraphs.txt"
measure() {
    local label=$1; shift
    local bytes=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$parity" "$@" >/dev/null 2>&1 || true
    read -r seconds kb < "$work/time"
    awk -v l="$label" -v b="$bytes" -v s="$seconds" -v k="$kb" \
        'BEGIN { printf "%-32s %6.1f MB %7.2f s %8d KB %5.1fx\n", l, b / 1e6, s, k, k * 1024 / b }'
}
for name in utf8 utf8-100mb windows-1252 windows-1252-100mb pdf-text pdf-text-100mb tiny-paragraphs; do
    size=$(stat -c %s "$work/$name.txt")
    measure "outline $name" "$size" outline "$work/$name.txt"
done
size=$(stat -c %s "$work/utf8.txt")
measure "check utf8 utf8" $((2 * size)) check "$work/utf8.txt" "$work/utf8.txt"
