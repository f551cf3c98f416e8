#!/usr/bin/env bash
# Peak memory (resident set, `/usr/bin/time`) of `parity outline`, `check`,
# `align -o x.tmx`, `align -o x.xml`, `align --format xces`, `show` and
# `report -o` on plain-text inputs of the given
# sizes in MB (default 10 100 300), made by repeating the real texts of
# `Sources-Texts/`: `outline` reads the hearings summary (es.txt) repeated
# to the size (`outline-udhr`: the English UDHR text below, repeated to
# the size); the pair commands read the English and French UDHR as plain
# text (titles and paragraphs, a blank line between them, as
# `ParityBenchmarks memory` makes the `udhr` shape), each repeated to half
# the size, so the pair is the size in all. Prints one line per command and
# size: input MB, peak MB (10^6 bytes), peak over input, CPU seconds, exit
# code. PARITY=path runs another build (default .build/release/parity);
# COMMANDS="check align-tmx" runs only the commands named (the labels).
# The figures are in docs/speed.md ("Memory at 10, 100 and 300 MB").
set -euo pipefail
cd "$(dirname "$0")/.."
parity=${PARITY:-.build/release/parity}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 100 300)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" "${sizes[@]}" <<'PY'
import re, sys
work, sizes = sys.argv[1], [int(a) for a in sys.argv[2:]]
def udhr(code):
    xml = open("Sources-Texts/udhr/udhr_%s.xml" % code, encoding="utf-8").read()
    parts, position = [], 0
    while True:
        match = re.compile(r"<(title|para)>").search(xml, position)
        close = xml.find("</", match.end()) if match else -1
        if close < 0:
            break
        parts.append(" ".join(xml[match.end():close].split()))
        position = close + 2
    return "\n\n".join(parts) + "\n\n"
def repeat(text, size, path):
    data = text.encode()
    with open(path, "wb") as out:
        for _ in range(max(1, size // len(data))):
            out.write(data)
hearings = open("Sources-Texts/un-hearings-2006/es.txt", encoding="utf-8").read()
for mb in sizes:
    repeat(hearings, mb * 1000000, "%s/hearings-%d.es.txt" % (work, mb))
    repeat(udhr("eng"), mb * 1000000, "%s/udhr-whole-%d.en.txt" % (work, mb))
    repeat(udhr("eng"), mb * 500000, "%s/udhr-%d.en.txt" % (work, mb))
    repeat(udhr("fra"), mb * 500000, "%s/udhr-%d.fr.txt" % (work, mb))
PY
measure() {
    local label=$1 size=$2 bytes=$3; shift 3
    if [ -n "${COMMANDS:-}" ] && [[ " $COMMANDS " != *" $label "* ]]; then return; fi
    local code=0
    /usr/bin/time -f "%U %S %M" -o "$work/time" "$parity" "$@" >/dev/null 2>&1 || code=$?
    read -r user system kb < <(tail -n 1 "$work/time")
    awk -v l="$label" -v s="$size" -v b="$bytes" -v u="$user" -v y="$system" -v k="$kb" -v c="$code" \
        'BEGIN { printf "%-12s %4d MB  input %8.1f MB  peak %8.1f MB  %5.2fx  %8.1f s CPU  exit %d\n", l, s, b / 1e6, k * 1024 / 1e6, k * 1024 / b, u + y, c }'
    rm -rf "$work/out.tmx" "$work/out.xml" "$work/xces" "$work/out.html"
}
for mb in "${sizes[@]}"; do
    text="$work/hearings-$mb.es.txt" en="$work/udhr-$mb.en.txt" fr="$work/udhr-$mb.fr.txt"
    pair=$(( $(stat -c %s "$en") + $(stat -c %s "$fr") ))
    measure outline "$mb" "$(stat -c %s "$text")" outline "$text"
    measure outline-udhr "$mb" "$(stat -c %s "$work/udhr-whole-$mb.en.txt")" outline "$work/udhr-whole-$mb.en.txt"
    measure check "$mb" "$pair" check "$en" "$fr"
    measure align-tmx "$mb" "$pair" align "$en" "$fr" -o "$work/out.tmx"
    measure align-xml "$mb" "$pair" align "$en" "$fr" -o "$work/out.xml"
    measure align-xces "$mb" "$pair" align "$en" "$fr" --format xces -o "$work/xces/"
    measure show "$mb" "$pair" show "$en" "$fr" --width 100 --color never
    measure report "$mb" "$pair" report "$en" "$fr" -o "$work/out.html"
done
