"""Tables continued over a page break: the rows on the next page take the header of the page before.

A long KPI or budget table printed over two pages repeats its header row on the second page only sometimes;
when it does not, the second page's grid starts with a body row (often without the group cell beside it, which
stays on the first page). Read alone, that grid has no column roles and its rows would be lost or read as loose
lines. A table continues the one before it when it is the next table in the document, starts on the page after
the one the earlier table ends on, has the same number of columns, comes from the same kind of reader, and has
no header of its own with role words; it then gets the earlier table's header rows (and its caption and unit
note when it has none), its own rows all becoming body rows.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ingest.plans.table_records import header_and_body
from ingest.tables.table import Table
from ingest.vocab.table_words import column_role


def _last_page(table: Table) -> int | None:
    pages = [c.page for row in table.header_rows + table.body_rows for c in row if c.page]
    return max(pages, default=table.page)


def _has_role_header(table: Table) -> bool:
    headers, _, _ = header_and_body(table)
    return any(column_role(h).role for h in headers)


TOP_LINES = 2          # lines a page may print above a continued table (a running header, a page number)


def _at_page_top(table: Table, text: str, page_starts: Sequence[tuple[int, int]]) -> bool:
    start = next((offset for offset, page in page_starts if page == table.page), None)
    if start is None or start > table.start:
        return False
    above = [ln.strip() for ln in text[start:table.start].splitlines() if ln.strip()]
    return len(above) <= TOP_LINES and not any(ln.endswith("。") for ln in above)


def _continues(earlier: Table, table: Table, text: str, page_starts: Sequence[tuple[int, int]]) -> bool:
    """Whether `table` is the rest of `earlier` printed on the next page without a header."""
    last = _last_page(earlier)
    if table.page is None or last is None or table.page != last + 1 or not _at_page_top(table, text, page_starts):
        return False
    if table.width != earlier.width or table.origin != earlier.origin or not earlier.header_rows:
        return False
    return _has_role_header(earlier) and not _has_role_header(table)


def with_continued_headers(tables: Sequence[Table], text: str, page_starts: Sequence[tuple[int, int]]) -> list[Table]:
    """The tables in their order, each headerless continuation given the header of the table it continues
    (`text` and `page_starts`: the document's text and where each page starts in it)."""
    carried: dict[int, Table] = {}
    earlier: Table | None = None
    for i in sorted(range(len(tables)), key=lambda k: tables[k].start):
        table = tables[i]
        if earlier is not None and _continues(earlier, table, text, page_starts):
            table = replace(table, header_rows=earlier.header_rows, body_rows=table.header_rows + table.body_rows,
                            caption=table.caption or earlier.caption,
                            caption_span=table.caption_span if table.caption else earlier.caption_span,
                            unit_note=table.unit_note or earlier.unit_note,
                            unit_span=table.unit_span if table.unit_note else earlier.unit_span)
            carried[i] = table
        earlier = table
    return [carried.get(i, t) for i, t in enumerate(tables)]
