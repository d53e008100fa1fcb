"""Two tables printed side by side (a 当初予算の概要's 歳入 table beside its 歳出 table), read as two tables.

Each printed line then carries a row of both (「市税 2,350,000 2,310,000 40,000 ｜ 総務費 1,980,000 …」). Where the
page rules each table, the reader finds two tables already; where it does not, a reader sees one wide table whose
header repeats the same labels (区分｜令和８年度｜令和７年度｜比較｜区分｜令和８年度｜令和７年度｜比較). That header
sequence, repeated, is what splits it: each half becomes a table of its own, a title printed over each half
(「■歳入」「■歳出」) its caption, and a unit note over either half both tables'. A row of the right half whose label
the reader placed in the left half's first column (a line on which only the right table has a row) gets its label
back. Two ruled tables set side by side under one line of titles share that line: each takes its own title, and
the right one the unit note the line states.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from ingest.tables.table import Cell, Table
from ingest.vocab.table_words import UNIT_NOTE

MAX_HEADER_AT = 3      # the repeated header stands within the first rows (titles and a unit note above it)
_WIDE_GAP = re.compile(r"[ \u3000]{2,}")


def _key(text: str) -> str:
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", text))


def _halves(labels: list[str]) -> tuple[int, int] | None:
    """(k, start of the right half) where the row's first k labels repeat from that start (after an empty gutter
    column or none); the widest such k. None where no header sequence repeats."""
    for k in range(len(labels) // 2, 1, -1):
        left = labels[:k]
        if not all(left) or len(set(left)) < k:
            continue
        for start in (k, k + 1):
            if labels[start:start + k] == left and not any(labels[start + k:]) and all(not t for t in labels[k:start]):
                return k, start
    return None


def split_side_by_side(rows: list[list[Cell]], is_header) -> tuple[list[list[list[Cell]]], list[dict]] | None:
    """The rows of the tables set side by side in `rows` (each half's rows from its header down) and, for each,
    the cells above its header that name it ({"caption": Cell, "unit": Cell}); None where no header row repeats.
    `is_header(text)`: whether a label is a column header word (a row of data that happens to repeat is no header)."""
    for h, row in enumerate(rows[:MAX_HEADER_AT + 1]):
        labels = [_key(c.text) for c in row]
        found = _halves(labels)
        if found is None or not any(is_header(c.text) for c in row):
            continue
        k, start = found
        spans = [(0, k), (start, start + k)]
        if any(not c.empty for r in rows[h + 1:] for c in r[start + k:] + r[k:start]):
            return None   # cells outside both halves: not two tables side by side
        names: list[dict] = [{}, {}]
        for above in rows[:h]:
            for side, (a, b) in enumerate(spans):
                for cell in above[a:b]:
                    if cell.empty:
                        continue
                    if UNIT_NOTE.search(cell.text):
                        names[0].setdefault("unit", cell)
                        names[1].setdefault("unit", cell)
                    else:
                        names[side].setdefault("caption", cell)
        left = [list(r[:k]) for r in rows[h:]]
        right = [list(r[start:start + k]) for r in rows[h:]]
        for i in range(1, len(left)):
            lone = [c for c in left[i] if not c.empty]
            if len(lone) == 1 and not left[i][0].empty and right[i][0].empty and any(not c.empty for c in right[i]):
                right[i][0] = left[i][0]     # the right table's label, read into the left's first column
                left[i] = [Cell("", c.start, c.start, c.page) for c in left[i]]
        return [left, right], names
    return None


def share_title_line(tables: list[Table], text: str) -> list[Table]:
    """Two tables side by side, the right one written right after the left one with the same header (a ruled pair):
    the left one's caption line holding a title over each (「【歳入（款別）】　　【歳出（目的別）】　（単位：千円）」)
    gives each its own title, and the right one the left one's unit note."""
    out = list(tables)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if text[a.end:b.start].strip() or not a.header_rows or not b.header_rows or b.caption or b.unit_note:
            continue
        if [_key(c.text) for c in a.header_rows[-1]] != [_key(c.text) for c in b.header_rows[-1]]:
            continue
        out[i] = b = replace(b, unit_note=a.unit_note, unit_span=a.unit_span)
        if not a.caption_span:
            continue
        start, end = a.caption_span
        titles = [(x, y) for x, y in _pieces(text, start, end) if not UNIT_NOTE.search(text[x:y])]
        if len(titles) == 2:
            out[i - 1] = replace(a, caption=text[titles[0][0]:titles[0][1]], caption_span=titles[0])
            out[i] = replace(b, caption=text[titles[1][0]:titles[1][1]], caption_span=titles[1])
    return out


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a line's pieces set apart by wide gaps (two spaces or more)."""
    out, at = [], start
    for m in _WIDE_GAP.finditer(text, start, end):
        if m.start() > at:
            out.append((at, m.start()))
        at = m.end()
    if at < end:
        out.append((at, end))
    return [(x, y) for x, y in out if text[x:y].strip()]
