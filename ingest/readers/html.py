"""HTML -> text lines and tables: blocks become lines, `<table>` a grid (rowspan/colspan repeated).

Scripts and styles are dropped; a table nested in a cell is read as that cell's text.
"""
from __future__ import annotations

from html.parser import HTMLParser

from ingest.tables.build import GridCell, TextWriter

BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "section", "article",
              "title", "caption", "dt", "dd", "header", "footer", "blockquote", "pre", "hr"}


class _Table:
    def __init__(self) -> None:
        self.rows: list[list[GridCell]] = []
        self.cell: list[str] | None = None
        self.spans = (1, 1)
        self.nested = False


class HtmlBlocks(HTMLParser):
    """Collects ("line", text) and ("table", grid) items in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[tuple[str, object]] = []
        self._line: list[str] = []
        self._skip = 0
        self._tables: list[_Table] = []

    def _target(self) -> list[str]:
        table = self._tables[-1] if self._tables else None
        if table is not None and table.cell is not None:
            return table.cell
        return self._line

    def _break(self) -> None:
        if self._tables and self._tables[-1].cell is not None:
            self._tables[-1].cell.append(" ")
            return
        text = " ".join("".join(self._line).split())
        if text:
            self.items.append(("line", text))
        self._line = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "table":
            if self._tables and self._tables[-1].cell is not None:
                self._tables.append(_Table())   # nested: its text goes into the outer cell
                self._tables[-1].cell = self._tables[-2].cell
                self._tables[-1].nested = True
                return
            self._break()
            self._tables.append(_Table())
        elif tag == "tr" and self._tables and not self._tables[-1].nested:
            self._tables[-1].rows.append([])
        elif tag in ("td", "th") and self._tables and not self._tables[-1].nested:
            table = self._tables[-1]
            attr = dict(attrs)
            table.spans = (_span(attr.get("rowspan")), _span(attr.get("colspan")))
            table.cell = []
            if not table.rows:
                table.rows.append([])
        elif tag in BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag == "table" and self._tables:
            table = self._tables.pop()
            if table.nested:
                return
            self._close_cell(table)
            if table.rows:
                self.items.append(("table", table.rows))
        elif tag in ("td", "th") and self._tables and not self._tables[-1].nested:
            self._close_cell(self._tables[-1])
        elif tag in BLOCK_TAGS:
            self._break()

    def _close_cell(self, table: _Table) -> None:
        if table.cell is None:
            return
        text = " ".join("".join(table.cell).split())
        table.rows[-1].append(GridCell(text, *table.spans))
        table.cell = None

    def handle_data(self, data):
        if not self._skip:
            self._target().append(data)

    def close(self):
        super().close()
        while self._tables:
            self.handle_endtag("table")
        self._break()


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 100))
    except ValueError:
        return 1


MAX_GRID_PER_CELL = 20      # a grid may cover at most this many positions per cell written (hostile spans)


def place_spans(rows: list[list[GridCell]]) -> list[list[GridCell | None]]:
    """Cells with rowspan/colspan placed on a grid: each covers its positions (the same object).

    A rowspan reaching past the last row stops there (as browsers draw it); a table whose spans
    would cover more than `MAX_GRID_PER_CELL` positions per cell (rowspan=100 colspan=100 on every
    cell) is placed with every span 1, so the HTML reader stays linear in the file size."""
    cells = sum(len(row) for row in rows)
    for r, row in enumerate(rows):
        for cell in row:
            cell.row_span = min(cell.row_span, len(rows) - r)
    if sum(c.row_span * c.col_span for row in rows for c in row) > MAX_GRID_PER_CELL * cells + 1000:
        for row in rows:
            for cell in row:
                cell.row_span = cell.col_span = 1
    grid: dict[tuple[int, int], GridCell] = {}
    for r, row in enumerate(rows):
        col = 0
        for cell in row:
            while (r, col) in grid:
                col += 1
            for dr in range(cell.row_span):
                for dc in range(cell.col_span):
                    grid.setdefault((r + dr, col + dc), cell)
            col += cell.col_span
    if not grid:
        return []
    height = len(rows)
    width = max(c for _, c in grid) + 1
    return [[grid.get((r, c)) for c in range(width)] for r in range(height)]


def write_html(html: str, writer: TextWriter) -> None:
    parser = HtmlBlocks()
    parser.feed(html)
    parser.close()
    for kind, item in parser.items:
        if kind == "line":
            writer.line(item)
        else:
            grid = place_spans(item)
            if grid:
                writer.table(grid, origin="html")
