"""Two tables printed side by side in one grid a reader gave as one (a Word or HTML table of 歳入｜金額｜構成比｜歳出｜…),
read as the two tables they are; grids split while they were drafted (ingest.tables.side_by_side) stay as they are.

A 当初予算の概要 sets its 歳入 table beside its 歳出 table (「款｜令和８年度｜令和７年度｜比較｜款｜令和８年度｜…」, often
under a row 「【歳入】｜｜｜｜【歳出】」); a KPI sheet sets two 基本目標 side by side. One row of such a grid holds one row
of each table, so its label column and its amounts belong to two different tables. The header row says so: its labels
repeat (the first of each half may differ — 「歳入｜金額｜構成比｜歳出｜金額｜構成比」). Each half becomes a Table of its own,
its caption the half's group label above the header (【歳入】) where there is one, its cells the same cells (spans
unchanged, so quotes stay verbatim).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from ingest.tables.table import Cell, Table


def _label(cell: Cell) -> str:
    return " ".join(unicodedata.normalize("NFKC", cell.text).split())


def _is_word(label: str) -> bool:
    """A header label: words, not a figure (「1,482,300」, 「-1.3」)."""
    return bool(label) and not re.fullmatch(r"[\d,.\-+△▲%％()（）\s]+", label)


def _half_width(row: tuple[Cell, ...]) -> int | None:
    """The width c of each half when the row's labels repeat after c columns (c ≥ 3: a label and at least two
    columns the halves share, every one a word), the first label of each half a word; None otherwise."""
    labels = [_label(c) for c in row]
    while labels and not labels[-1]:
        labels.pop()
    width = len(labels)
    if width < 6 or width % 2:
        return None
    c = width // 2
    left, right = labels[:c], labels[c:]
    if not (_is_word(left[0]) and _is_word(right[0])):
        return None
    shared = left[1:]
    if shared != right[1:] or not all(_is_word(s) for s in shared):
        return None
    # a header of one table whose columns repeat a pair (「人数｜割合｜人数｜割合」 under years) is no second table:
    # the halves' label columns are the first cells, words that are no repetition of the shared labels
    if left[0] in shared or right[0] in shared:
        return None
    return c


def _part(row: tuple[Cell, ...], first: int, last: int) -> tuple[Cell, ...]:
    cells = row[first:last]
    return cells + tuple(Cell("", cells[-1].end if cells else 0, cells[-1].end if cells else 0)
                         for _ in range(last - first - len(cells)))


def _group_label(rows: tuple[tuple[Cell, ...], ...], first: int, last: int) -> Cell | None:
    """The one labelled cell of rows above the header within columns [first, last): 【歳入】."""
    found = [c for row in rows for c in row[first:last] if not c.empty and c.col_span <= last - first]
    return found[0] if len(found) == 1 else None


def split_side_by_side(table: Table) -> list[Table]:
    """The tables a grid holds side by side (see the module docstring); [table] when it holds one."""
    rows = table.header_rows + table.body_rows
    for at, row in enumerate(rows[:4]):
        c = _half_width(row)
        if c is None:
            continue
        above, header, below = rows[:at], row, rows[at + 1:]
        parts = []
        for first in (0, c):
            last = first + c
            body = tuple(_part(r, first, last) for r in below if any(not x.empty for x in r[first:last]))
            if not body:
                return [table]
            group = _group_label(above, first, last)
            cells = [x for r in (header,) + body for x in r[first:last] if not x.empty]
            parts.append(replace(
                table, start=min(x.start for x in cells), end=max(x.end for x in cells),
                header_rows=(_part(header, first, last),), body_rows=body,
                caption=group.text if group else table.caption,
                caption_span=(group.start, group.end) if group else table.caption_span,
                notes=table.notes + (f"one of two tables side by side (columns {first + 1}–{last})",)))
        return parts
    return [table]


def tables_apart(tables) -> list[Table]:
    """Every table of a document, side-by-side grids split into their tables."""
    return [part for table in tables for part in split_side_by_side(table)]
