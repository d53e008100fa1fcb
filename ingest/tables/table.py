"""Tables as tables: what every reader returns for a table it meets, with spans into Document.text.

A `Table` is a rectangular grid. A merged cell (a DOCX/XLSX merge, a PDF cell spanning columns)
is repeated in every grid position it covers: the same `Cell` object (same text, same span) with
`row_span`/`col_span` telling how far it reaches. An empty position is a `Cell` with text "" and
an empty span (start == end) at the place the cell would be.

Every non-empty cell's `Document.text[cell.start:cell.end]` is the cell's text as the document
has it (verbatim, possibly with in-cell line breaks); `cell.text` is exactly that slice.
`value` carries a number the file stores as a number (XLSX), else None.

Example (a ruled PDF table under the caption 「重要業績評価指標（KPI）」 and 「（単位：人）」):

    Table(caption="重要業績評価指標（KPI）", unit_note="（単位：人）",
          header_rows=((Cell("指標"), Cell("現状値(2014年度)"), Cell("目標値(2019年度)")),),
          body_rows=((Cell("短期移住体験者数"), Cell("9人(延べ243日)"), Cell("年12人(延べ300日)")),), ...)
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Cell:
    """One grid position: verbatim text and its [start, end) span in Document.text."""

    text: str
    start: int
    end: int
    page: int | None = None      # file page (1-based) where the format has pages
    row_span: int = 1
    col_span: int = 1
    value: float | None = None   # a number stored as a number (XLSX), never parsed from text here
    # A cell whose text the document breaks over lines with other cells' text in between (a wrapped
    # item in pdftotext-style columns, a two-line PDF cell): `text`/`start`/`end` are its first line,
    # `tail_spans` the spans of its other lines, `tail` their text joined (no line breaks).
    tail_spans: tuple[tuple[int, int], ...] = ()
    tail: str = ""

    @property
    def empty(self) -> bool:
        return not self.text.strip()

    @property
    def whole(self) -> str:
        """The cell's full text: its first line and any wrapped lines, joined without the breaks."""
        return self.text + self.tail


@dataclass(frozen=True)
class Table:
    """A table as the document lays it out: caption, unit note, header rows, body rows of cells."""

    doc: str
    start: int                                    # span of the whole table in Document.text
    end: int
    header_rows: tuple[tuple[Cell, ...], ...]     # 0, 1 or 2+ levels; merged header cells repeated
    body_rows: tuple[tuple[Cell, ...], ...]
    caption: str = ""                             # verbatim line(s) naming the table, "" if none
    caption_span: tuple[int, int] | None = None
    unit_note: str = ""                           # verbatim 「（単位：千円）」 / 「単位：百万円」, "" if none
    unit_span: tuple[int, int] | None = None
    page: int | None = None                       # file page of the first row
    sheet: str = ""                               # XLSX sheet name
    origin: str = ""                              # pdf-ruled | pdf-text | docx | xlsx | csv | tsv | html | markdown
    #                                               | text-tab (tab-separated lines) | text-columns (space-aligned)
    notes: tuple[str, ...] = field(default=())    # anything a reader wants to say about how it read the table

    @property
    def width(self) -> int:
        rows = self.header_rows + self.body_rows
        return max((len(r) for r in rows), default=0)

    def column_headers(self) -> list[str]:
        """One label per column: the header levels top to bottom, merged cells once, joined by a space.

        Two levels 「目標値」 over 「2019年度」 give 「目標値 2019年度」.
        """
        labels = []
        for col in range(self.width):
            parts: list[str] = []
            for level, row in enumerate(self.header_rows):
                text = _group_over(self.header_rows, level, col)
                if text:
                    text = " ".join(text.split())
                    if not parts or parts[-1] != text:
                        parts.append(text)
            labels.append(" ".join(parts))
        return labels


def _group_over(header_rows: tuple[tuple[Cell, ...], ...], level: int, col: int) -> str:
    """The text over column `col` at header level `level`. A format without merged cells (CSV, a text export)
    writes a group header once, in the first of its columns, and leaves the rest of its span empty:
    「実績値の推移,,」 over 「R2,R3,R4」. An empty cell whose column has a sub-header below it belongs to the group
    on its left when that group has sub-headers under it too (never a title row: one cell alone in its row)."""
    row = header_rows[level]
    if col < len(row) and not row[col].empty:
        return row[col].whole
    below = header_rows[level + 1:]
    if sum(not c.empty for c in row) < 2:
        return ""

    def has_sub(c: int) -> bool:
        return any(c < len(r) and not r[c].empty for r in below)

    if not below or not has_sub(col):
        return ""
    for left in range(min(col, len(row)) - 1, -1, -1):
        if not row[left].empty:
            return row[left].whole if has_sub(left) else ""
        if not has_sub(left):
            return ""
    return ""
