"""From a grid of cells to a `Table`: how many rows are header, the caption, the unit note.

Readers write their text through a `TextWriter`, which records each table cell's span as the cell
is written (rows as cells joined by a tab, one row a line), so every span indexes the final text.
Once the text is complete, `finish_tables` decides, on the text itself, what each table's header
rows, caption (the nearest short line above, not a sentence) and unit note
(「（単位：千円）」 above, in or right below) are.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ingest.vocab.table_words import HEADER_WORDS, UNIT_NOTE, column_role
from ingest.tables.side_by_side import share_title_line, split_side_by_side
from ingest.tables.table import Cell, Table
from ingest.text.outline import heading_style
from ingest.vocab.eras import MONTH_ONLY, duration_spans, read_years
from ingest.vocab.quantities import read_quantities

MAX_HEADER_ROWS = 3
MAX_CAPTION_CHARS = 60
_DIGIT = re.compile(r"[0-9０-９]")


@dataclass
class TableDraft:
    """A grid read by a reader: rows of cells (merged cells repeated), with where it came from."""

    rows: list[list[Cell]]
    page: int | None = None
    sheet: str = ""
    origin: str = ""
    notes: list[str] = field(default_factory=list)
    header_count: int | None = None   # header rows the drawing itself marks (a rule under a box table's first row)


@dataclass(eq=False)
class GridCell:
    """One cell as a reader sees it before writing: text, how far it spans, a stored number."""

    text: str
    row_span: int = 1
    col_span: int = 1
    value: float | None = None


class TextWriter:
    """Builds a document's text piece by piece; `table` writes a grid and records its cells' spans."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self.length = 0
        self.drafts: list[TableDraft] = []

    def write(self, text: str) -> tuple[int, int]:
        start = self.length
        self._parts.append(text)
        self.length += len(text)
        return start, self.length

    def line(self, text: str) -> None:
        self.write(text + "\n")

    def table(self, grid: list[list[GridCell | None]], page: int | None = None, sheet: str = "",
              origin: str = "") -> None:
        """Write `grid` (a merged cell is the same GridCell object at every position it covers; None is
        an empty position) as tab-separated lines, and record it as a table draft."""
        written: dict[int, Cell] = {}
        rows: list[list[Cell]] = []
        for grid_row in grid:
            row: list[Cell] = []
            for col, source in enumerate(grid_row):
                if col:
                    self.write("\t")
                if source is not None and id(source) in written:
                    row.append(written[id(source)])
                    continue
                text = "" if source is None else cell_line(source.text)
                start, end = self.write(text)
                cell = Cell(text, start, end, page, *(1, 1, None) if source is None else
                            (source.row_span, source.col_span, source.value))
                if source is not None:
                    written[id(source)] = cell
                row.append(cell)
            self.write("\n")
            rows.append(row)
        if rows:
            self.drafts.append(TableDraft(rows, page, sheet, origin))

    def text(self) -> str:
        return "".join(self._parts)

    @property
    def mark(self) -> int:
        """A bookmark (the number of pieces written) for `text_since`."""
        return len(self._parts)

    def text_since(self, mark: int) -> str:
        return "".join(self._parts[mark:])


def _filled(row: list[GridCell | None]) -> int:
    return len({id(c) for c in row if c is not None})


def _row_line(row: list[GridCell | None]) -> str:
    """A row outside any table (a title, a unit note) as one line."""
    return " ".join(cell_line(c.text) for c in dict.fromkeys(c for c in row if c))


def write_grid(writer: TextWriter, grid: list[list[GridCell | None]], page: int | None = None, sheet: str = "",
               origin: str = "") -> None:
    """A spreadsheet-like grid (a sheet, a CSV file): blank rows split it into blocks; in each block
    the rows with two or more cells form a table and the one-cell rows before and after it (a title,
    「（単位：千円）」, notes) are lines of their own. Columns empty in the whole table are dropped."""
    blocks: list[list[list[GridCell | None]]] = [[]]
    for row in grid:
        if _filled(row) and blocks[-1] and is_section_row(row):
            blocks.append([row])   # 「２　主な建設改良事業 … （単位：千円）」 under the rows of another table: a new one
        elif _filled(row):
            blocks[-1].append(row)
        elif blocks[-1]:
            blocks.append([])
    for block in blocks:
        multi = [i for i, row in enumerate(block) if _filled(row) >= 2 and not is_section_row(row)]
        if not multi:
            for row in block:
                writer.line(_row_line(row))
            continue
        while len(multi) > 1 and _caption_with_unit(block[multi[0]]):
            multi = multi[1:]   # 「２　主な建設改良事業 … （単位：千円）」: the table's caption and unit note, no row of it
        first, last = multi[0], multi[-1]
        for row in block[:first]:
            writer.line(_row_line(row))
        table = block[first:last + 1]
        width = max(len(row) for row in table)
        table = [row + [None] * (width - len(row)) for row in table]
        used = [k for k in range(width) if any(row[k] is not None for row in table)]
        writer.table([[row[k] for k in used] for row in table], page=page, sheet=sheet, origin=origin)
        for row in block[last + 1:]:
            writer.line(_row_line(row))


def is_section_row(row: list[GridCell | None]) -> bool:
    """A sheet row that titles the table below it, set right under another table with no blank row between: a
    numbered or marked section title (「２　主な建設改良事業」) and the unit note of the table below (「（単位：千円）」),
    nothing else."""
    cells = [c.text.strip() for c in dict.fromkeys(c for c in row if c) if c.text.strip()]
    return len(cells) == 2 and bool(heading_style(cells[0])) and len(cells[0]) <= MAX_CAPTION_CHARS \
        and bool(UNIT_NOTE.fullmatch(cells[1]))


def _caption_with_unit(row: list[GridCell | None]) -> bool:
    """A row of two cells, a title and a unit note alone (「２　主な建設改良事業｜｜｜（単位：千円）」): a sheet's caption
    line above its table, written at the table's right edge."""
    cells = list(dict.fromkeys(c for c in row if c is not None and c.text.strip()))
    if len(cells) != 2:
        return False
    notes = [c for c in cells if (m := UNIT_NOTE.search(c.text)) and len(_comparable(c.text)) <= len(_comparable(m.group(0))) + 2]
    return len(notes) == 1 and not UNIT_NOTE.search(next(c for c in cells if c is not notes[0]).text)


def cell_line(text: str) -> str:
    """A cell's text on one line of the document text: in-cell breaks and tabs become spaces."""
    return re.sub(r"[\t\n\r\v\f]+", " ", text).strip()


def finish_tables(doc: str, text: str, drafts: list[TableDraft]) -> list[Table]:
    """Header rows, caption and unit note for each draft, found on the finished `text`."""
    tables: list[Table] = []
    floor = 0
    for draft in sorted(drafts, key=_draft_start):
        for part, named in _side_by_side(draft):
            table = complete_table(doc, text, part, floor, named)
            if table is not None:
                tables.append(table)
                floor = max(floor, table.end)
    return share_title_line(tables, text)


def _side_by_side(draft: TableDraft) -> list[tuple[TableDraft, dict]]:
    """The draft, or the tables printed side by side in it (`ingest.tables.side_by_side`) with their titles."""
    found = split_side_by_side(draft.rows, lambda t: is_header_word_cell(t) or bool(column_role(t).role))
    if found is None:
        return [(draft, {})]
    parts, names = found
    return [(TableDraft(rows, draft.page, draft.sheet, draft.origin, list(draft.notes)), named)
            for rows, named in zip(parts, names)]


def _draft_start(draft: TableDraft) -> int:
    return min((c.start for row in draft.rows for c in row), default=0)


def complete_table(doc: str, text: str, draft: TableDraft, floor: int = 0, named: dict | None = None) -> Table | None:
    rows = [tuple(r) for r in draft.rows if any(not c.empty for c in r)]
    if not rows:
        return None
    width = max(len(r) for r in rows)
    rows = [r + tuple(Cell("", r[-1].end, r[-1].end, r[-1].page) for _ in range(width - len(r))) for r in rows]
    n_header = header_row_count(rows) if draft.header_count is None else draft.header_count
    rows = [spread_crowded_headers(r, rows[n_header:]) if k < n_header else r for k, r in enumerate(rows)]
    if n_header == len(rows):        # a header with nothing under it is still a table: its rows are body
        n_header = 0
    start = min(c.start for c in rows[0] if not c.empty)
    end = max(c.tail_spans[-1][1] if c.tail_spans else c.end for c in rows[-1] if not c.empty)
    caption, caption_span, unit, unit_span = caption_and_unit(text, start, end, floor, rows[:max(n_header, 1)])
    if named and "caption" in named:     # a title printed over one of two tables side by side
        caption, caption_span = named["caption"].text, (named["caption"].start, named["caption"].end)
    if named and "unit" in named and not unit:
        cell = named["unit"]
        found = _unit_in(text, cell.start, cell.end)
        unit, unit_span = found if found else (cell.text, (cell.start, cell.end))
    return Table(doc=doc, start=start, end=end, header_rows=tuple(rows[:n_header]),
                 body_rows=tuple(rows[n_header:]), caption=caption, caption_span=caption_span,
                 unit_note=unit, unit_span=unit_span, page=draft.page, sheet=draft.sheet,
                 origin=draft.origin, notes=tuple(draft.notes))


def spread_crowded_headers(row: tuple[Cell, ...], body: list[tuple[Cell, ...]]) -> tuple[Cell, ...]:
    """A header row whose cell holds the names of the columns to its right that print none
    (「現状値（令和５年度） 目標値（令和18年度）」 over two value columns, the second headed by nothing: a text
    layer's column cut fell after both names): each name to its own column, its span the name's. Only when every
    part is a header word and the body fills the columns the names move to."""
    cells = list(row)
    for i, cell in enumerate(row):
        if cell.empty or cell.tail_spans:
            continue
        empties = 0
        while i + 1 + empties < len(row) and row[i + 1 + empties].empty:
            empties += 1
        parts = [(m.start(), m.end()) for m in re.finditer(r"[^ \u3000]+", cell.text)]
        if not empties or len(parts) < 2 or len(parts) > empties + 1:
            continue
        if not all(is_header_word_cell(cell.text[a:b]) for a, b in parts):
            continue
        moved = range(i + 1, i + len(parts))
        if not all(any(k < len(r) and not r[k].empty for r in body) for k in moved):
            continue
        for k, (a, b) in enumerate(parts):
            cells[i + k] = Cell(cell.text[a:b], cell.start + a, cell.start + b, cell.page)
    return tuple(cells)


def _comparable(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _period_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the years and periods in `text`: 「2014年度」, 「R3.」, 「2019」 (bare), 「5年度」, 「第2期」, 「３か年」, a
    month alone (「8月」: the column of a month-by-month table)."""
    spans = [(y.start, y.end) for y in read_years(text)] + duration_spans(text)
    if MONTH_ONLY.fullmatch(text):
        spans.append((0, len(text)))
    spans += [(q.start, q.end) for q in read_quantities(text)
              if q.kind == "marker" and (q.raw.startswith("第") and q.raw.rstrip().endswith("期") or q.qualifier == "年度")]
    return spans


def has_value_number(text: str) -> bool:
    """A digit that is not part of a year or period (「現状値(2014年度)」 has none, 「9人」 has one)."""
    spans = _period_spans(text)
    return any(_DIGIT.match(c) and not any(a <= i < b for a, b in spans) for i, c in enumerate(text))


def _is_period(text: str) -> bool:
    """The whole cell is one year or period (「2019年度」, 「R3」, 「第2期」): a header under a merged header."""
    spans = _period_spans(text)
    return len(spans) == 1 and spans[0] == (0, len(text))


_PARENS = re.compile(r"[(（\[［【〔]([^)）\]］】〕]*)[)）\]］】〕]")
MAX_HEADER_KEY = 12


def is_header_word_cell(text: str) -> bool:
    """A cell that names a column: a header word, alone or as most of a short label.

    「目標値(2019年度)」, 「R3 予算額」, 「平成25 (基準値)」, 「主な評価指標 (KPI)」 are; 「移住定住促進事業費」
    (a name ending in 事業費) and 「計画の推進」 are not.
    """
    key = _comparable(text)
    forms = [_PARENS.sub("", key), *_PARENS.findall(key), key]
    for form in forms:
        if not form or len(form) > MAX_HEADER_KEY:
            continue
        for word in HEADER_WORDS:
            if form == word or ((form.startswith(word) or form.endswith(word)) and len(word) * 2 >= len(form)):
                return True
    return False


def header_row_count(rows: list[tuple[Cell, ...]]) -> int:
    """Leading rows whose cells carry no value numbers and name columns (up to three levels).

    The first header row must hold a header word (指標, 目標値, 予算額…); a further row counts when
    it has no value numbers and either holds a header word or only years/labels under a merged
    header cell (「目標値」 spanning 「2019年度」「2024年度」).
    """
    count = 0
    for row in rows[:MAX_HEADER_ROWS]:
        cells = [c for c in dict.fromkeys(row) if not c.empty]
        if not cells or any(has_value_number(c.whole) for c in cells):
            break
        if any(len(c.whole) > 40 for c in cells):
            break
        if count and _band(row, rows[count - 1]):
            break    # 「【収入】」 merged across the table under its header: a section of the body, no column's name
        if any(is_header_word_cell(c.whole) for c in cells):
            count += 1
            continue
        above_merged = count and any(c.col_span > 1 for c in rows[count - 1])
        first_is_label = count and len(cells) < len(row)
        if above_merged or (first_is_label and all(_is_period(_comparable(c.whole)) for c in cells)):
            count += 1
            continue
        break
    return count


def _band(row: tuple[Cell, ...], above: tuple[Cell, ...]) -> bool:
    """A row whose first cell is its own (not a header cell merged down into it) and is merged across most of the
    table (「【支出】」, 「資本的収入」 over 区分｜予算現額｜決算額): a band naming the rows below it."""
    first = row[0]
    return (not first.empty and first != above[0] and first.col_span >= 3 and first.col_span * 2 > len(row))


def _lines_before(text: str, pos: int, floor: int, limit: int = 4) -> list[tuple[int, int]]:
    """Spans of the up to `limit` non-empty lines ending before `pos` (nearest first), not before `floor`."""
    spans: list[tuple[int, int]] = []
    end = text.rfind("\n", floor, pos) if pos > floor else -1
    while end >= floor and len(spans) < limit:
        start = text.rfind("\n", floor, end) + 1
        if start < floor:
            start = floor
        if text[start:end].strip():
            spans.append(_trimmed(text, start, end))
        if start <= floor:
            break
        end = start - 1
    return spans


def _line_after(text: str, pos: int) -> tuple[int, int] | None:
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip():
            return _trimmed(text, pos, end)
        pos = end + 1
    return None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _unit_in(text: str, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    m = UNIT_NOTE.search(text, start, end)
    return (m.group(0), (m.start(), m.end())) if m else None


_DATED = re.compile(r"(?:年\s*[0-9０-９]{1,2}\s*月(?:\s*[0-9０-９]{1,2}\s*日)?|公表|作成|現在)$")
_LABEL_VALUE = re.compile(r"^(?!表|図)[^:：]{1,12}[:：]\s*\S")


# The top rule of a box-drawn table (「┌──┬──┐」, ingest.tables.box_tables): drawing, never the table's caption.
_BOX_RULE = re.compile(r"^[─━═┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋]+$")


def _is_caption(line: str) -> bool:
    """A short line naming what follows: not a sentence, not a table row, not 「協議事項：…」 (a label and its value)."""
    line = line.strip()
    return (0 < len(" ".join(line.split())) <= MAX_CAPTION_CHARS and "\t" not in line and not line.endswith(("。", "．", "、", "，"))
            and not line.startswith("|") and not _LABEL_VALUE.match(line) and not _BOX_RULE.match(line))


def caption_and_unit(text: str, start: int, end: int, floor: int, header_rows: list[tuple[Cell, ...]]):
    """(caption, caption span, unit note, unit span) for a table at [start, end) of `text`.

    Above the table, nearest first: a line that is only a unit note gives the unit and the search
    goes on; the first other line is the caption when it is short and not a sentence (a unit note
    inside it counts too). Then the header cells, then the line right below the table.
    """
    caption, caption_span, unit, unit_span = "", None, "", None
    for a, b in _lines_before(text, start, floor):
        line = text[a:b]
        found = _unit_in(text, a, b)
        if found and len(_comparable(line)) <= len(_comparable(found[0])) + 2:
            if not unit:
                unit, unit_span = found
            continue
        if caption:
            continue            # above the caption only a unit note is still looked for
        if _DATED.search(line.strip()):
            continue            # 「北海道ニセコ町　企画環境課　令和6年6月」: who and when, not what
        if _is_caption(line):
            caption, caption_span = line, (a, b)
            if found and not unit:
                unit, unit_span = found
        # else a paragraph between a heading and its table: look past it for the heading
    if not unit:
        for row in header_rows:
            for cell in dict.fromkeys(row):
                found = None if cell.empty else _unit_in(text, cell.start, cell.end)
                if found:
                    unit, unit_span = found
                    break
            if unit:
                break
    if not unit:
        after = _line_after(text, end)
        if after:
            found = _unit_in(text, *after)
            if found and len(_comparable(text[after[0]:after[1]])) <= len(_comparable(found[0])) + 2:
                unit, unit_span = found
    return caption, caption_span, unit, unit_span
