"""Where a quote stands in a document without pages: 「第3章 2(1)」 from the numbered headings above it,
or 「シート名!B7」 for a cell of a workbook.

Returned as sorted (source offset, location) anchors; the location of an offset is the last anchor
at or before it (Document.location_at).
"""
from __future__ import annotations

import re
from pathlib import Path

from ingest.text.structure import Line, heading_level
from ingest.text.normalize import MappedText

# Numbering forms of Japanese plans, outermost first: 第3章 / Ⅲ, then 2, then (1), then ア.
_NUMBERING = (
    (0, re.compile(r"^(第[0-9]{1,2}[章部編])")),
    (0, re.compile(r"^([IVX]{1,4})(?=\s|\.|$)")),
    (1, re.compile(r"^(?:第([0-9]{1,2})節|([0-9]{1,2})(?:\s|\.(?![0-9])))")),
    (2, re.compile(r"^[(]([0-9]{1,2})[)]")),
    (3, re.compile(r"^([ア-ン])(?:\s|\.)")),
)
_FORMAT = {0: "{} ", 1: "{}", 2: "({})", 3: " {}"}


def _numbering(text: str) -> tuple[int, str] | None:
    for level, form in _NUMBERING:
        m = form.match(text)
        if m:
            return level, next(g for g in m.groups() if g)
    return None


def _numbering_end(text: str) -> int:
    """Where the numbering of a heading ends (「2 施設の現状」 → 1)."""
    for _, form in _NUMBERING:
        m = form.match(text)
        if m:
            return m.end()
    return 0


def section_anchors(lines: list[Line], mapped: MappedText) -> tuple[tuple[int, str], ...]:
    """(offset, 「第3章 2(1)」) at every numbered heading: the numbers of the headings it stands under."""
    path: dict[int, str] = {}
    anchors: list[tuple[int, str]] = []
    for ln in lines:
        text = ln.text.strip()
        if len(text) > 40 or not heading_level(text):
            continue
        found = _numbering(text)
        if found is None:
            continue
        level, number = found
        path = {k: v for k, v in path.items() if k < level}
        path[level] = number
        label = "".join(_FORMAT[k].format(v) for k, v in sorted(path.items())).strip()
        if not label.startswith("第"):   # a bare 「3」 says little without its heading: 「3 市町村戦略支援」
            label = f"{label} {text[_numbering_end(text):].strip()[:20]}".strip()
        anchors.append((mapped.source_span(ln.start, ln.end)[0], label))
    return tuple(anchors)


def cell_anchors(path: Path, text: str) -> tuple[tuple[int, str], ...]:
    """(offset, 「シート名!B7」) for each workbook cell whose value is found in the text, in reading order."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # the reader already said why the file cannot be read
        return ()
    anchors: list[tuple[int, str]] = []
    cursor = 0
    try:
        for sheet in book.worksheets:
            at = text.find(sheet.title, cursor)
            if at >= 0:
                anchors.append((at, sheet.title))
                cursor = at + len(sheet.title)
            for row in sheet.iter_rows():
                for cell in row:
                    value = getattr(cell, "value", None)
                    if value is None or not str(value).strip():
                        continue
                    needle = str(value).replace("\n", " ").strip()[:40]
                    at = text.find(needle, cursor, cursor + 4000 + len(needle))
                    if at >= 0:
                        anchors.append((at, f"{sheet.title}!{cell.coordinate}"))
                        cursor = at + len(needle)
    finally:
        book.close()
    return tuple(anchors)
