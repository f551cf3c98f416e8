#!/usr/bin/env python3
"""Reads a TMX file with translate-toolkit (translate.storage.tmx) and prints
what it sees as JSON, so that Parity's tests can compare it with what Parity
wrote: the number of units and, per unit, its id, source and target text and
the text of every language variant.

Usage: check-tmx-with-translate-toolkit.py FILE.tmx [SOURCE_LANG TARGET_LANG]
Exit status: 0 on success, 2 when translate-toolkit is not importable,
1 when the file cannot be read.
"""
import json
import sys

try:
    from translate.misc.xml_helpers import getXMLlang, getXMLspace
    from translate.storage import tmx
except ImportError as error:  # pragma: no cover - reported to the caller
    print(f"translate-toolkit is not importable: {error}", file=sys.stderr)
    sys.exit(2)


def main(argv):
    if len(argv) not in (2, 4):
        print(__doc__, file=sys.stderr)
        return 1
    path = argv[1]
    source_language = argv[2] if len(argv) == 4 else None
    target_language = argv[3] if len(argv) == 4 else None
    try:
        with open(path, "rb") as handle:
            store = tmx.tmxfile(handle, sourcelanguage=source_language, targetlanguage=target_language)
    except Exception as error:  # any parse failure is a failed check
        print(f"{path}: translate-toolkit cannot read it: {error}", file=sys.stderr)
        return 1
    units = []
    for unit in store.units:
        space = getXMLspace(unit.xmlelement, unit._default_xml_space)
        languages = {}
        for node in unit.getlanguageNodes():
            languages[getXMLlang(node)] = unit.getNodeText(node, space)
        units.append({
            "id": unit.getid(),
            "source": unit.source,
            "target": unit.target,
            "languages": languages,
        })
    json.dump({"sourceLanguage": store.sourcelanguage, "units": units}, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
