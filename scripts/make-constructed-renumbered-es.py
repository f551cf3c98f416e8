#!/usr/bin/env python3
"""Writes Tests/Fixtures/constructed/constructed-es-renumbered.txt: a
constructed revision of the real Spanish UN document
(Sources-Texts/un-hearings-2006/es.txt) in which paragraph 24 is deleted and
every later numbered paragraph is renumbered one down (25 -> 24, ..., 76 -> 75),
as a reviser who drops a paragraph and renumbers the tail would. The table of
contents is left as it was, so its ranges no longer match the body. Nothing
else changes. Not a real document: for tests and report screenshots only.

Usage: scripts/make-constructed-renumbered-es.py
"""
import re
import sys
from pathlib import Path

DELETED = 24

root = Path(__file__).resolve().parent.parent
source = root / "Sources-Texts/un-hearings-2006/es.txt"
target = root / "Tests/Fixtures/constructed/constructed-es-renumbered.txt"

text = source.read_text(encoding="utf-8")
paragraphs = text.split("\n\n")
numbered = re.compile(r"^(\d+)\. ")
out = []
deleted = False
for paragraph in paragraphs:
    match = numbered.match(paragraph)
    number = int(match.group(1)) if match else None
    if number == DELETED and not deleted:
        deleted = True
        continue
    if deleted and number is not None and number > DELETED:
        paragraph = f"{number - 1}. " + paragraph[match.end():]
    out.append(paragraph)
if not deleted:
    sys.exit(f"paragraph {DELETED}. not found in {source}")
target.write_text("\n\n".join(out), encoding="utf-8")
print(target.relative_to(root))
