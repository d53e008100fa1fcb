"""The tables of a document's text as rows of cells (spreadsheets, CSV, Word and HTML tables, ruled PDF tables: every
reader writes a table's cells tab-separated), for the list questions that filter rows (assistant.row_filters): a
header of one or two levels, the tables of one header joined, and rows that go on after a group cell's wrapped lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.tables.text_tables import find_text_tables
from ingest.text.normalize import spaceless

_NUMBER = re.compile(r"^[0-9０-９,，.．%％△▲+＋\-−－ー～〜\s]+$")


def _is_number(cell: str) -> bool:
    return bool(cell.strip()) and bool(_NUMBER.match(cell.strip()))


@dataclass(frozen=True)
class TextRow:
    """One row of a table as its document's text holds it: its cells (verbatim) and its line's span."""

    cells: tuple[str, ...]
    start: int
    end: int
    spans: tuple[tuple[int, int], ...] = ()   # each cell's own span (empty cells: (-1, -1))


@dataclass(frozen=True)
class TextTable:
    """A block of tab-separated lines: its header labels (header rows joined per column) and its data rows."""

    doc: str
    headers: tuple[str, ...]
    rows: tuple[TextRow, ...]


def text_tables(doc: str, text: str) -> list[TextTable]:
    """The tables of a document's text as ingest.tables reads them (tab rows, Markdown, space-aligned columns): the
    first row is the header, and a row below it that opens with an empty cell and holds no number continues it (a
    header of two levels)."""
    tables: list[TextTable] = []
    for draft in find_text_tables(text):
        run = [TextRow(tuple(c.text.strip() for c in row), min(c.start for c in row if c.text.strip()),
                       max(c.end for c in row if c.text.strip()),
                       tuple((c.start, c.end) if c.text.strip() else (-1, -1) for c in row))
               for row in draft.rows if any(c.text.strip() for c in row)]
        run = _without_title_rows(run)
        if run and tables and _continues(tables[-1], run, text):
            tables[-1] = _continued(tables[-1], run)
        elif len(run) >= 2:
            tables.append(_table(doc, run))
    return [t for t in _same_headers_joined(tables) if len(t.rows) >= 2]


def _without_title_rows(run: list[TextRow]) -> list[TextRow]:
    """The rows from the header on: a sheet's title, legend or unit-note row above its header (「区分：◎新規＝新規事業…｜
    （単位：千円）」, two cells or fewer over a header of several) is none of the table's rows."""
    def filled(row: TextRow) -> int:
        return sum(1 for c in row.cells if c)
    while len(run) > 2 and filled(run[0]) <= 2 and filled(run[1]) >= max(4, filled(run[0]) + 2):
        run = run[1:]
    return run


def _continues(table: TextTable, run: list[TextRow], text: str) -> bool:
    """Whether rows go on with the table above: their first cell is empty (a group cell merged down) and only a group
    cell's wrapped lines stand between (「４ 交通施設の整備、」 then 「交通手段の確保」 on a line of its own)."""
    if not table.rows or run[0].cells[0] or not 2 <= len(run[0].cells) <= len(table.headers):
        return False
    between = text[table.rows[-1].end:run[0].start]
    # (the rows' own lines open and close with empty cells)
    gap = [line.strip() for line in between[:between.rfind("\n")].split("\n")[1:]]
    return len(gap) <= 3 and all(len(line) <= 20 and "\t" not in line for line in gap)


def _continued(table: TextTable, run: list[TextRow]) -> TextTable:
    width = len(table.headers)
    rows = tuple(TextRow(r.cells + ("",) * (width - len(r.cells)), r.start, r.end,
                         r.spans + ((-1, -1),) * (width - len(r.spans))) for r in run)
    return TextTable(table.doc, table.headers, table.rows + rows)


def _same_headers_joined(tables: list[TextTable]) -> list[TextTable]:
    """Tables of one header joined (a table per 基本目標, each under its own heading, is one list of rows)."""
    joined: dict[tuple[str, ...], TextTable] = {}
    for table in tables:
        key = tuple(spaceless(h) for h in table.headers)
        if key in joined:
            joined[key] = TextTable(table.doc, joined[key].headers, joined[key].rows + table.rows)
        else:
            joined[key] = table
    return list(joined.values())


def _table(doc: str, run: list[TextRow]) -> TextTable:
    width = max(len(r.cells) for r in run)
    headers = list(run[0].cells) + [""] * (width - len(run[0].cells))
    k = 1
    while k < len(run) and not run[k].cells[0] and not any(_is_number(c) for c in run[k].cells):
        for n, cell in enumerate(run[k].cells):
            headers[n] = f"{headers[n]} {cell}".strip() if cell else headers[n]
        k += 1
    rows = tuple(TextRow(r.cells + ("",) * (width - len(r.cells)), r.start, r.end,
                         r.spans + ((-1, -1),) * (width - len(r.spans))) for r in run[k:])
    return TextTable(doc, tuple(headers), rows)
