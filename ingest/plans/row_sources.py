"""Where a table row's record stands: the span of the cells it cites, quoted as the document has it.

A record cites its row's own cells. A group cell merged down beside several rows, or a cell broken over lines
that a reader writes below the row, is left out unless the record reads it: its lines stand beside other rows'
text in print, so a quote holding it would be no verbatim span of the page.
"""
from __future__ import annotations

from ingest.plans.records import Source
from ingest.tables.table import Cell
from ingest.text.normalize import quote_text


def row_source(doc: str, document_text: str, cells: list[Cell]) -> Source | None:
    """The span from the first to the last of the cells' lines (their wrapped lines too); None without text."""
    filled = [c for c in cells if not c.empty and c.end > c.start]
    if not filled:
        return None
    spans = [(c.start, c.end) for c in filled] + [s for c in filled for s in getattr(c, "tail_spans", ())]
    a, b = min(s for s, _ in spans), max(e for _, e in spans)
    return Source(doc, a, b, quote_text(document_text[a:b]))


def own_cells(row: tuple[Cell, ...], used: set[int]) -> list[Cell]:
    """The cells a row's record cites: all but a group cell merged down beside several rows (a 「基本目標１…」 cell
    printed over the rows of its indicators) and a cell broken over lines that a reader writes below the row, unless
    the record reads it. Their lines stand beside other rows' text in print, so a quote holding them is no span of
    the page; nor are they the row's own text."""
    return [c for i, c in enumerate(row) if i in used or (c.row_span <= 1 and not c.tail_spans)]
