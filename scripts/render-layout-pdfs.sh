#!/usr/bin/env bash
# Renders constructed dev documents into PDFs in several paragraph styles, for the
# metamorphic layout harness on PDFs (Tests/ParityCLITests/LayoutPDFTests.swift):
# every PDF, read by pdftotext in reading order and with -layout, must give the
# outline of its clean text.
#
#   scripts/render-layout-pdfs.sh
#
# Writes Tests/Fixtures/constructed-documents/layout-pdfs/NAME.constructed.LANG.STYLE.pdf
# from Tests/Fixtures/constructed-documents/dev/NAME.constructed.LANG.txt. The PDFs are
# committed: this generator is NOT needed by the tests or CI, only to remake them.
#
# How: scripts/layout-pdf-fodt.py turns the clean text into a flat ODT (every non-blank
# line one paragraph, a label hanging or not, tables of contents with dot-leader tabs,
# the lines below the footnote rule smaller), and LibreOffice (headless) exports it to PDF.
# Styles (see layout-pdf-fodt.py):
#   hanging             number in the margin, text indented
#   indented-justified  first-line indent, justified, no space between paragraphs
#   two-columns-paged   A5, two columns, header with the symbol (from page 2), footer "24-13579 3/7"
#   narrow-paged        A6, one column, the same header and footer (paragraphs run across pages)
#   toc-two-columns     as hanging, the table of contents in two columns (report-migration)
#
# Needs (Debian): apt-get install --no-install-recommends libreoffice-writer-nogui \
#   fonts-freefont-ttf fonts-droid-fallback fonts-hosny-amiri fonts-lohit-deva
# (FreeSerif for Latin and Cyrillic, Droid Sans Fallback for Chinese and Japanese,
# Amiri for Arabic, Lohit Devanagari for Hindi.)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v soffice >/dev/null || { echo "needs soffice (libreoffice-writer-nogui)" >&2; exit 1; }
fonts=$(fc-list : family)
for font in FreeSerif "Droid Sans Fallback" Amiri "Lohit Devanagari"; do
    grep -q "$font" <<<"$fonts" || { echo "needs the font $font" >&2; exit 1; }
done

dev=Tests/Fixtures/constructed-documents/dev
out=Tests/Fixtures/constructed-documents/layout-pdfs
# One of every document type, in ten languages.
documents=(
    report-migration.constructed.ar     # report with a table of contents
    report-migration.constructed.de     # report with a table of contents
    report-water.constructed.zh         # report
    resolution-wetlands.constructed.es  # resolution
    treaty-charter.constructed.fr       # treaty
    treaty-heritage.constructed.hi      # treaty
    goals-health.constructed.ru         # decimal goals
    guidelines-decimal.constructed.ja   # decimal guidelines
    summary-cescr.constructed.en        # summary record
    verbatim-women.constructed.ru       # verbatim record
    letter-water.constructed.pt         # letter
    noteverbale-pledges.constructed.zh  # note verbale
    agenda-conference.constructed.ja    # agenda
    agenda-csw.constructed.ar           # agenda
)
styles=(hanging indented-justified two-columns-paged narrow-paged)
toc_documents=(report-migration.constructed.ar report-migration.constructed.de report-migration.constructed.pt)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
render() { # document style
    local document=$1 style=$2 language symbol
    language=${document##*.}
    symbol=$(sed -n 's/^symbol: //p' "$dev/$document.expect")
    python3 scripts/layout-pdf-fodt.py "$dev/$document.txt" "$style" "$language" "$symbol" "$work/$document.$style.fodt"
}
for document in "${documents[@]}"; do
    for style in "${styles[@]}"; do render "$document" "$style"; done
done
for document in "${toc_documents[@]}"; do render "$document" toc-two-columns; done

mkdir -p "$out"
rm -f "$out"/*.pdf
# A private profile, so that a user's LibreOffice settings do not change the output.
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$out" "$work"/*.fodt >/dev/null
ls "$out"/*.pdf | wc -l | xargs echo "PDFs:"
du -ch "$out"/*.pdf | tail -1
