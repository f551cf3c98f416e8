#!/usr/bin/env python3
"""Writes a flat ODT (.fodt) rendering of a clean constructed document, for
scripts/render-layout-pdfs.sh (which has LibreOffice turn it into a PDF).

    layout-pdf-fodt.py CLEAN.txt STYLE LANGUAGE SYMBOL OUT.fodt

Every non-blank line of the clean text is one paragraph (the lines are the
blocks); blank lines are dropped, the style alone sets the spacing. A label
at the start of a line (12., IV., (a), a), 1.1, "1 -", "أولا -", "一、",
"（a）") is recognised as in Tests/ParityTestSupport/LayoutRenderer.swift,
widened to the labels of Arabic and Chinese. A table-of-contents line
(text, dot leaders, page) becomes text, a tab with dot leaders and the page.
Lines after the footnote rule (a line of underscores) are set smaller.

STYLE is one of
  hanging              number in the margin, text indented (A4, 12 pt after)
  indented-justified   first-line indent, justified, no space between paragraphs (A4)
  two-columns-paged    A5, two columns, header with the symbol (from page 2), footer
                       with the job number and page of total ("24-13579 3/7")
  narrow-paged         A6, one column, the same header and footer, so that
                       paragraphs run across pages
  toc-two-columns      as hanging, with the table of contents set in two columns
"""
import re
import sys
from xml.sax.saxutils import escape

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
)
JOB_NUMBER = "24-13579"

LABEL = re.compile(
    r"^(?:"
    r"\(?[^\W_]{1,5}(?:\.[^\W_]{1,3})*[.)]"  # 12.  IV.  (a)  a)  1.1.
    r"|\d+(?:\.[^\W_]{1,3})+"  # 1.1  1.a  2.3.1
    r"|[^\W_]{1,6} -"  # 1 -   أولا -   ألف -
    r"|（[^\W_]{1,4}）"  # （a）
    r")(?= )"
    r"|^[一二三四五六七八九十]{1,3}、"  # 一、
)
LEADERS = re.compile(r"^(\s*)(.*?)\s*\.{4,}\s*(\S+)$")


def label_of(line):
    match = LABEL.match(line)
    return match.group(0) if match else None


def inline(text):
    """Text with runs of spaces as text:s."""
    out = []
    for index, piece in enumerate(re.split(r"( {2,})", text)):
        if index % 2:
            out.append('<text:s text:c="%d"/>' % len(piece))
        else:
            out.append(escape(piece))
    return "".join(out)


def main():
    clean, style, language, symbol, out = sys.argv[1:6]
    lines = [line.rstrip() for line in open(clean, encoding="utf-8").read().splitlines()]
    rtl = language == "ar"
    mode = "rl-tb" if rtl else "lr-tb"
    asian = language in ("zh", "ja")
    complex_font = {"ar": "Amiri", "hi": "Lohit Devanagari"}.get(language, "FreeSerif")
    paged = style in ("two-columns-paged", "narrow-paged")
    two_columns = style == "two-columns-paged"
    size = "10pt" if paged else "11pt"
    page = {"two-columns-paged": ("14.8cm", "21cm", "1.5cm"),
            "narrow-paged": ("10.5cm", "14.8cm", "1.2cm")}.get(style, ("21cm", "29.7cm", "2.2cm"))
    text_width = float(page[0][:-2]) - 2 * float(page[2][:-2])
    column_width = (text_width - 0.6) / 2 if two_columns else text_width
    hang = 1.2

    body_props = {
        "hanging": 'fo:margin-left="%.1fcm" fo:margin-right="0cm" fo:text-indent="0cm" fo:margin-top="0cm" fo:margin-bottom="12pt" fo:text-align="start"' % hang,
        "toc-two-columns": 'fo:margin-left="%.1fcm" fo:margin-right="0cm" fo:text-indent="0cm" fo:margin-top="0cm" fo:margin-bottom="12pt" fo:text-align="start"' % hang,
        "indented-justified": 'fo:margin-left="0cm" fo:margin-right="0cm" fo:text-indent="1cm" fo:margin-top="0cm" fo:margin-bottom="0cm" fo:text-align="justify"',
        "two-columns-paged": 'fo:margin-left="0cm" fo:margin-right="0cm" fo:text-indent="0cm" fo:margin-top="0cm" fo:margin-bottom="4pt" fo:text-align="justify"',
        "narrow-paged": 'fo:margin-left="0cm" fo:margin-right="0cm" fo:text-indent="0cm" fo:margin-top="0cm" fo:margin-bottom="4pt" fo:text-align="start"',
    }[style]

    # Automatic paragraph styles, made on demand.
    automatic = {}

    def paragraph_style(kind, indent_level=0):
        key = (kind, indent_level)
        if key in automatic:
            return automatic[key][0]
        name = "P%d" % (len(automatic) + 1)
        props = ""
        tabs = ""
        if kind == "label" and style in ("hanging", "toc-two-columns"):
            props = 'fo:margin-left="%.1fcm" fo:text-indent="-%.1fcm"' % (hang, hang)
            tabs = '<style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>'
        elif kind == "toc":
            left = (hang if style in ("hanging", "toc-two-columns") else 0) + 0.8 * indent_level
            width = (column_width if style != "toc-two-columns" else (text_width - 0.6) / 2) - left
            props = 'fo:margin-left="%.1fcm" fo:text-indent="0cm" fo:margin-bottom="2pt" fo:text-align="start"' % left
            tabs = ('<style:tab-stops><style:tab-stop style:position="%.2fcm" style:type="right" '
                    'style:leader-style="dotted" style:leader-text="."/></style:tab-stops>' % (width - 0.05))
        elif kind == "right":
            props = 'fo:text-align="end" fo:text-indent="0cm"'
        elif kind == "indent":
            left = (hang if style in ("hanging", "toc-two-columns") else 0) + 0.8 * indent_level
            props = 'fo:margin-left="%.1fcm"' % left
        xml = ('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="%s">'
               '<style:paragraph-properties %s>%s</style:paragraph-properties>%s</style:style>') % (
            name, "Footnote" if kind == "footnote" else "Body", props, tabs,
            "")
        automatic[key] = (name, xml)
        return name

    paragraphs = []
    below_rule = False
    leader_lines = [i for i, line in enumerate(lines) if LEADERS.match(line)]
    toc_range = None
    if style == "toc-two-columns":
        if not leader_lines:
            sys.exit("%s: no table of contents" % clean)
        first, last = leader_lines[0], leader_lines[-1]
        if first > 0 and lines[first - 1].startswith("          "):
            first -= 1  # the right-aligned "Page" line above the entries
        toc_range = (first, last)

    for index, raw in enumerate(lines):
        if toc_range and index == toc_range[0]:
            paragraphs.append('<text:section text:style-name="Sect1" text:name="Contents">')
        if not raw.strip():
            if toc_range and index == toc_range[1]:
                paragraphs.append("</text:section>")
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        line = raw.strip()
        leaders = LEADERS.match(raw)
        if re.fullmatch(r"_{5,}", line):
            below_rule = True
            paragraphs.append('<text:p text:style-name="Body">%s</text:p>' % inline(line))
        elif leaders:
            level = len(leaders.group(1)) // 4
            paragraphs.append('<text:p text:style-name="%s">%s<text:tab/>%s</text:p>' % (
                paragraph_style("toc", level), inline(leaders.group(2)), inline(leaders.group(3))))
        elif indent >= 20:
            paragraphs.append('<text:p text:style-name="%s">%s</text:p>' % (paragraph_style("right"), inline(line)))
        elif below_rule:
            paragraphs.append('<text:p text:style-name="Footnote">%s</text:p>' % inline(line))
        else:
            label = label_of(line)
            if label and style in ("hanging", "toc-two-columns"):
                rest = line[len(label):].lstrip()
                paragraphs.append('<text:p text:style-name="%s">%s<text:tab/>%s</text:p>' % (
                    paragraph_style("label"), inline(label), inline(rest)))
            elif indent:
                paragraphs.append('<text:p text:style-name="%s">%s</text:p>' % (
                    paragraph_style("indent", indent // 4), inline(line)))
            else:
                paragraphs.append('<text:p text:style-name="Body">%s</text:p>' % inline(line))
        if toc_range and index == toc_range[1]:
            paragraphs.append("</text:section>")

    if paged:
        # As in UN documents, the first page has no running header (its masthead
        # carries the symbol) but has the footer with the job number.
        first = paragraphs.index(next(p for p in paragraphs if p.startswith("<text:p")))
        if not paragraphs[first].startswith('<text:p text:style-name="Body">'):
            sys.exit("%s: the first line is not a plain paragraph" % clean)
        paragraphs[first] = paragraphs[first].replace('"Body"', '"PFirst"', 1)
        automatic["first"] = ("PFirst", '<style:style style:name="PFirst" style:family="paragraph" '
                              'style:parent-style-name="Body" style:master-page-name="First"/>')
    columns = '<style:columns fo:column-count="2" fo:column-gap="0.6cm"/>' if two_columns else ""
    header = footer = header_style = footer_style = ""
    if paged:
        header_style = ('<style:header-style><style:header-footer-properties fo:min-height="0cm" '
                        'fo:margin-bottom="0.4cm"/></style:header-style>')
        footer_style = ('<style:footer-style><style:header-footer-properties fo:min-height="0cm" '
                        'fo:margin-top="0.4cm"/></style:footer-style>')
        if symbol:
            header = '<style:header><text:p text:style-name="Header">%s</text:p></style:header>' % escape(symbol)
        footer = ('<style:footer><text:p text:style-name="Footer">%s<text:tab/>'
                  '<text:page-number text:select-page="current">1</text:page-number>/'
                  '<text:page-count>1</text:page-count></text:p></style:footer>') % JOB_NUMBER
    section_style = ('<style:style style:name="Sect1" style:family="section"><style:section-properties>'
                     '<style:columns fo:column-count="2" fo:column-gap="0.6cm"/></style:section-properties></style:style>')
    lang = 'fo:language="%s" fo:country="none" style:language-asian="%s" style:country-asian="none" style:language-complex="%s" style:country-complex="none"' % (
        language if not asian and language not in ("ar", "hi") else "en",
        language if asian else "zh",
        language if language in ("ar", "hi") else "ar")
    document = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
<style:font-face style:name="FreeSerif" svg:font-family="FreeSerif"/>
<style:font-face style:name="Droid Sans Fallback" svg:font-family="&apos;Droid Sans Fallback&apos;"/>
<style:font-face style:name="{complex_font}" svg:font-family="&apos;{complex_font}&apos;"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph">
<style:paragraph-properties style:writing-mode="{mode}" style:tab-stop-distance="1.25cm"/>
<style:text-properties style:font-name="FreeSerif" fo:font-size="{size}" style:font-name-asian="Droid Sans Fallback" style:font-size-asian="{size}" style:font-name-complex="{complex_font}" style:font-size-complex="{size}" {lang}/>
</style:default-style>
<style:style style:name="Body" style:family="paragraph">
<style:paragraph-properties {body_props} style:writing-mode="{mode}"/>
</style:style>
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Body">
<style:paragraph-properties fo:margin-left="0cm" fo:text-indent="0cm" fo:margin-bottom="2pt" fo:text-align="start"/>
<style:text-properties fo:font-size="9pt" style:font-size-asian="9pt" style:font-size-complex="9pt"/>
</style:style>
<style:style style:name="Header" style:family="paragraph">
<style:paragraph-properties fo:text-align="end" style:writing-mode="{mode}"/>
<style:text-properties fo:font-size="9pt"/>
</style:style>
<style:style style:name="Footer" style:family="paragraph">
<style:paragraph-properties style:writing-mode="{mode}"><style:tab-stops><style:tab-stop style:position="{text_width:.2f}cm" style:type="right"/></style:tab-stops></style:paragraph-properties>
<style:text-properties fo:font-size="9pt"/>
</style:style>
</office:styles>
<office:automatic-styles>
{"".join(xml for _, xml in automatic.values())}
{section_style}
<style:page-layout style:name="pm1">
<style:page-layout-properties fo:page-width="{page[0]}" fo:page-height="{page[1]}" fo:margin-top="{page[2]}" fo:margin-bottom="{page[2]}" fo:margin-left="{page[2]}" fo:margin-right="{page[2]}" style:writing-mode="{mode}">{columns}</style:page-layout-properties>
{header_style}{footer_style}
</style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm1">{header}{footer}</style:master-page>
<style:master-page style:name="First" style:page-layout-name="pm1" style:next-style-name="Standard">{footer}</style:master-page>
</office:master-styles>
<office:body><office:text>
{chr(10).join(paragraphs)}
</office:text></office:body>
</office:document>
'''
    if rtl:
        # LibreOffice reads fo:text-align start and end, and the margins, as physical
        # left and right even in a right-to-left paragraph: mirror them.
        for a, b in (('fo:margin-left=', 'fo:margin-right='), ('fo:text-align="start"', 'fo:text-align="end"')):
            document = document.replace(a, "\0").replace(b, a).replace("\0", b)
    with open(out, "w", encoding="utf-8") as handle:
        handle.write(document)


if __name__ == "__main__":
    main()
