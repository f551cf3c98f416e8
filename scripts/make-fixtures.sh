#!/usr/bin/env bash
# Generates the PDF, DOCX and HTML fixtures from the real Spanish UN document
# Sources-Texts/un-hearings-2006/es.txt with real tools:
#   scripts/fixtures/es_txt_to_fodt.py  es.txt -> flat OpenDocument (same words, real structure)
#   LibreOffice (headless)              .fodt  -> .pdf, .docx, .html
#   pdftotext (poppler-utils)           .pdf   -> .txt (reading order) and -layout .txt, plain and hyphenated
# Output: Tests/Fixtures/generated-from-es-txt/. Commit what it writes.
# Needs: apt-get install -y libreoffice-writer-nogui poppler-utils hyphen-es
set -euo pipefail
cd "$(dirname "$0")/.."

source_text=Sources-Texts/un-hearings-2006/es.txt
out=Tests/Fixtures/generated-from-es-txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

for tool in soffice pdftotext python3; do
    command -v "$tool" >/dev/null || { echo "make-fixtures: $tool not found (apt-get install -y libreoffice-writer-nogui poppler-utils)" >&2; exit 1; }
done

convert() { # convert FODT FORMAT
    soffice --headless -env:UserInstallation=file://"$work"/profile --convert-to "$2" --outdir "$work" "$1" >/dev/null 2>&1
}

gen=scripts/fixtures/es_txt_to_fodt.py

# PDF: UN page furniture (symbol header, page number and job number footer,
# first-page job number line and barcode text), typed paragraph numbers.
python3 "$gen" "$source_text" "$work/es-generated.fodt"
convert "$work/es-generated.fodt" pdf
cp "$work/es-generated.pdf" "$out/es-generated.pdf"
pdftotext -enc UTF-8 "$out/es-generated.pdf" "$out/es-generated.pdftotext.txt"
pdftotext -enc UTF-8 -layout "$out/es-generated.pdf" "$out/es-generated.pdftotext-layout.txt"

# The same with automatic Spanish hyphenation (left-aligned), for hyphen repair.
python3 "$gen" "$source_text" "$work/es-generated-hyphenated.fodt" --hyphenate
convert "$work/es-generated-hyphenated.fodt" pdf
cp "$work/es-generated-hyphenated.pdf" "$out/es-generated-hyphenated.pdf"
pdftotext -enc UTF-8 "$out/es-generated-hyphenated.pdf" "$out/es-generated-hyphenated.pdftotext.txt"
pdftotext -enc UTF-8 -layout "$out/es-generated-hyphenated.pdf" "$out/es-generated-hyphenated.pdftotext-layout.txt"

# DOCX with typed paragraph numbers, and with Word automatic numbering
# (numbering.xml) for paragraphs and heading styles instead of typed numbers.
python3 "$gen" "$source_text" "$work/es-generated-typed-numbers.fodt" --single-page-style
convert "$work/es-generated-typed-numbers.fodt" docx
cp "$work/es-generated-typed-numbers.docx" "$out/"
python3 "$gen" "$source_text" "$work/es-generated-auto-numbering.fodt" --single-page-style --auto-numbering --auto-headings
convert "$work/es-generated-auto-numbering.fodt" docx
cp "$work/es-generated-auto-numbering.docx" "$out/"

# HTML (no pages, so no page furniture): typed numbers, and <ol> numbering.
python3 "$gen" "$source_text" "$work/es-generated-html.fodt" --single-page-style --no-furniture
convert "$work/es-generated-html.fodt" html
cp "$work/es-generated-html.html" "$out/es-generated.html"
python3 "$gen" "$source_text" "$work/es-generated-html-ol.fodt" --single-page-style --no-furniture --auto-numbering
convert "$work/es-generated-html-ol.fodt" html
cp "$work/es-generated-html-ol.html" "$out/es-generated-ol-numbering.html"

ls -l "$out"
