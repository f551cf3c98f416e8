#!/usr/bin/env bash
# A corpus run over SETS (default 1000) constructed sets with 5 % of them
# damaged, on the release build: the real UDHR versions of Sources-Texts/udhr
# copied into sets (en, es; every third also fr), and in every twentieth set one
# damage in turn: binary es.xml, a truncated DOCX (half of a real one) as
# ru.docx, an empty es.xml, English text as fr.xml, a second Spanish file
# spa.xml. Checks that every good set is written, every failing one reported
# on standard error (set, file, reason) and the exit code is 1; prints time,
# throughput and peak memory (/usr/bin/time -v).
#
#   scripts/corpus-damaged-run.sh [SETS] [JOBS]
set -euo pipefail
cd "$(dirname "$0")/.."
sets=${1:-1000}
jobs=${2:-$(nproc)}
swift build -c release --product parity >/dev/null 2>&1
parity=.build/release/parity
work=$(mktemp -d /tmp/parity-damaged-XXXXXX)
trap 'rm -rf "$work"' EXIT
src=$work/corpus
mkdir -p "$src"
udhr=Sources-Texts/udhr
docx=Tests/Fixtures/generated-from-es-txt/es-generated-typed-numbers.docx
damages=(binary truncated-docx empty wrong-language duplicated-language)
expected_failed=0
for ((i = 0; i < sets; i++)); do
    name=$(printf 'set-%04d' "$i")
    mkdir "$src/$name"
    cp "$udhr/udhr_eng.xml" "$src/$name/en.xml"
    cp "$udhr/udhr_spa.xml" "$src/$name/es.xml"
    if ((i % 3 == 0)); then cp "$udhr/udhr_fra.xml" "$src/$name/fr.xml"; fi
    if ((i % 20 == 19)); then
        damage=${damages[$(((i / 20) % 5))]}
        case $damage in
            binary) printf 'PK\0\0\377\0\023\067' >"$src/$name/es.xml"; expected_failed=$((expected_failed + 1)) ;;
            truncated-docx) head -c $(($(stat -c %s "$docx") / 2)) "$docx" >"$src/$name/ru.docx"; expected_failed=$((expected_failed + 1)) ;;
            empty) : >"$src/$name/es.xml"; expected_failed=$((expected_failed + 1)) ;;
            wrong-language) cp "$udhr/udhr_eng.xml" "$src/$name/fr.xml" ;;
            duplicated-language) cp "$udhr/udhr_spa.xml" "$src/$name/spa.xml" ;;
        esac
        echo "$name $damage" >>"$work/damaged.txt"
    fi
done
echo "corpus: $sets sets, $(du -sm "$src" | cut -f1) MB, $(wc -l <"$work/damaged.txt") damaged, $expected_failed expected to fail"
status=0
/usr/bin/time -v "$parity" corpus "$src" -o "$work/out" -j "$jobs" --quiet --summary "$work/summary.json" \
    >"$work/stdout" 2>"$work/stderr" || status=$?
grep -v '^\s' "$work/stderr" | grep -v '^Command' >"$work/reported" || true
grep -E 'Elapsed|Maximum resident|User time|System time' "$work/stderr" | sed 's/^\s*/  /'
echo "exit code: $status (expected 1)"
tail -1 "$work/stdout"
written=$(ls "$work/out" | grep -c '\.xml$' || true)
echo "sets written: $written (expected $((sets - expected_failed)))"
echo "lines on standard error: $(grep -c '^parity: ' "$work/reported" || true) (expected $(wc -l <"$work/damaged.txt"))"
ok=1
[[ $status -eq 1 ]] || ok=0
[[ $written -eq $((sets - expected_failed)) ]] || ok=0
while read -r name damage; do
    grep -q "^parity: $name: " "$work/reported" || { echo "not reported: $name ($damage)"; ok=0; }
done <"$work/damaged.txt"
ls "$work/out" | grep -q 'parity-tmp' && { echo "temporary files left"; ok=0; }
[[ $ok -eq 1 ]] && echo "OK: every good set written, every damaged set reported" || { echo "FAILED"; exit 1; }
