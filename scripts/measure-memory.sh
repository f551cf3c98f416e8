#!/usr/bin/env bash
# Peak memory (resident set) of `parity outline` and `parity check` on 50 MB
# inputs made by repeating real texts: UTF-8, windows-1252 and PDF-extracted
# text (each also at 100 MB, to separate the program's own 21 MB from what
# grows with the input), and on texts of tiny paragraphs and lines, the
# shapes that cost most for their size: 200,000 one-word paragraphs,
# one-letter paragraphs (`a`, blank line) up to and past `TextShapeLimit`,
# lines of one capital, blank lines, paragraphs of 100 to 136 bytes. Prints one line per input: command and
# input, size, blocks (outline lines; "-" when refused or for check), CPU
# seconds (user + system), wall seconds, peak KB, peak per input byte, exit
# code. The figures are in docs/inputs.md ("Memory").
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
# One-letter paragraphs: 200,000 (within the limit), 204,000 (just within: 200,000 + 612,000 / 136 allowed), 2,000,000 (6 MB, refused).
python3 -c "import sys; sys.stdout.write('a\n\n' * 200000)" > "$work/one-letter-200k.txt"
python3 -c "import sys; sys.stdout.write('a\n\n' * 204000)" > "$work/one-letter-204k.txt"
python3 -c "import sys; sys.stdout.write('a\n\n' * 2000000)" > "$work/one-letter-6mb.txt"
# Lines of one capital, each a unit of its own: 202,000 (just within: 200,000 + 404,000 / 136 allowed), 1,000,000 (refused).
python3 -c "import sys; sys.stdout.write('A\n' * 202000)" > "$work/capital-lines-202k.txt"
python3 -c "import sys; sys.stdout.write('A\n' * 1000000)" > "$work/capital-lines-1m.txt"
# Paragraphs of N bytes (a capital, words, a full stop, a blank line), each a unit and a block: the shapes that cost
# most beyond the allowance. 128 bytes at 30 and 90 MB; 100 bytes at the limit's edge (200,000 / (1 - 100/136) units);
# 136 bytes, the limit's rate, at 100 MB. And the Paris Agreement (227 bytes a unit, the densest long real text) to 100 MB.
paragraphs() {
    python3 - "$1" "$2" <<'PY' > "$3"
import itertools, sys
size, count = int(sys.argv[1]), int(sys.argv[2])
words = "el texto de la reunion sobre los derechos humanos y las libertades fundamentales de todas las personas".split()
for i in range(count):
    body, w = "Parrafo %07d" % i, itertools.cycle(words)
    while len(body) < size - 3:
        body += " " + next(w)
    sys.stdout.write(body[:size - 3] + ".\n\n")
PY
}
paragraphs 128 234375 "$work/paragraphs-128-30mb.txt"
paragraphs 128 700000 "$work/paragraphs-128-90mb.txt"
paragraphs 100 755555 "$work/paragraphs-100-edge.txt"
paragraphs 136 735294 "$work/paragraphs-136-100mb.txt"
for _ in $(seq 1 2024); do cat Tests/Fixtures/real/paris-agreement/en.txt; printf '\n\n'; done > "$work/paris-100mb.txt"
# Blank lines between two paragraphs: 1,000,000 (within), 6,000,000 (refused).
python3 -c "import sys; sys.stdout.write('Texto.\n' + '\n' * 1000000 + 'Fin.\n')" > "$work/blank-lines-1m.txt"
python3 -c "import sys; sys.stdout.write('Texto.\n' + '\n' * 6000000 + 'Fin.\n')" > "$work/blank-lines-6m.txt"
measure() {
    local label=$1; shift
    local bytes=$1; shift
    local blocks=$1; shift
    local code=0
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$parity" "$@" >/dev/null 2>&1 || code=$?
    read -r seconds user system kb < <(tail -n 1 "$work/time")
    awk -v l="$label" -v b="$bytes" -v n="$blocks" -v s="$seconds" -v u="$user" -v y="$system" -v k="$kb" -v c="$code" \
        'BEGIN { printf "%-34s %7.2f MB %9s blocks %7.2f s CPU %7.2f s %8d KB %6.1fx exit %d\n", l, b / 1e6, n, u + y, s, k, k * 1024 / b, c }'
}
blocks() {
    "$parity" outline "$1" 2>/dev/null | wc -l | awk '{ print ($1 == 0 ? "-" : $1) }'
}
for name in utf8 utf8-100mb windows-1252 windows-1252-100mb pdf-text pdf-text-100mb tiny-paragraphs \
    one-letter-200k one-letter-204k one-letter-6mb capital-lines-202k capital-lines-1m blank-lines-1m blank-lines-6m \
    paragraphs-128-30mb paragraphs-128-90mb paragraphs-100-edge paragraphs-136-100mb paris-100mb; do
    size=$(stat -c %s "$work/$name.txt")
    measure "outline $name" "$size" "$(blocks "$work/$name.txt")" outline "$work/$name.txt"
done
size=$(stat -c %s "$work/tiny-paragraphs.txt")
measure "check tiny-paragraphs tiny-paragraphs" $((2 * size)) - check "$work/tiny-paragraphs.txt" "$work/tiny-paragraphs.txt"
size=$(stat -c %s "$work/one-letter-204k.txt")
measure "check one-letter-204k one-letter-204k" $((2 * size)) - check "$work/one-letter-204k.txt" "$work/one-letter-204k.txt"
size=$(stat -c %s "$work/utf8.txt")
measure "check utf8 utf8" $((2 * size)) - check "$work/utf8.txt" "$work/utf8.txt"
