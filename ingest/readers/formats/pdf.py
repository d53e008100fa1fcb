"""PDF -> text with tables, through pdfplumber.

Per page: overprinted characters (bold headings printed two to four times over) are read once
(`dedupe_chars`, as pdfplumber's but linear); tables are found by their ruling lines, or by text
alignment where a page has no ruled table and the aligned block looks like a table (short cells,
several filled columns, no sentences), and in the text around ruled tables by `ingest.tables.text_tables`;
boxes set side by side (`pdf_boxes`) and stretches set in two text columns (`pdf_columns`) are read one box or
column at a time; each table is written as rows (cells joined by a tab, rows
by a line break) at its place in the reading order, and the text outside tables as lines, with
wide gaps kept as runs of spaces so that columns printed without lines are found by
`ingest.tables.text_tables` afterwards.

A quote taken from one cell or one line must stand in pdfplumber's own `extract_text()` once
whitespace is ignored (that is how quotes are checked): a cell broken over lines is written
joined only when the joined text stands there; otherwise its first line is the cell and the other
lines follow the row on lines of their own (`Cell.tail`).
"""
from __future__ import annotations

import io
import re
import statistics
import unicodedata
from pathlib import Path

from ingest.errors import IngestError
from ingest.records import RawText
from ingest.tables.build import TableDraft, TextWriter, finish_tables, has_value_number
from ingest.tables.table import Cell
from ingest.tables.text_tables import find_text_tables
from ingest.text.normalize import HARD_LINE_END, comparable, strip_invisible
from ingest.readers.file_format import FileFormat
from ingest.readers.formats.pdf_boxes import boxes_to_read_apart
from ingest.readers.formats.pdf_columns import text_columns
from ingest.readers.formats.pdf_header_bands import header_band_tables
from ingest.readers.formats.pdf_rows import join_cell_lines, line_tops, printed_lines, write_printed

PASSWORD_MESSAGE = "パスワードで保護された PDF は読めません。保護を解除してから追加してください。"
TEXT_STRATEGY = {"vertical_strategy": "text", "horizontal_strategy": "text"}
MAX_TEXT_TABLE_CELL = 40     # a text-aligned "table" with longer cells is prose in columns, not a table


class _PageCells:
    """One table on a page: rows of cell keys (a merged cell's key repeated) with the cell's lines."""

    def __init__(self, bbox, rows: list[list[int | None]], lines: dict[int, list[str]], origin: str,
                 tops: dict[int, list[float] | None] | None = None):
        self.bbox, self.rows, self.lines, self.origin = bbox, rows, lines, origin
        self.tops = tops or {}     # each cell's printed lines' tops (None where they could not be told)


def _chars_in(chars, bbox):
    x0, top, x1, bottom = bbox
    return [c for c in chars if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom]


def _cell_lines(chars) -> list[str]:
    from pdfplumber.utils import extract_text

    text = strip_invisible(extract_text(chars) if chars else "")
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def _column_centres(table, boxes) -> list[float]:
    """The middle of each column: of its narrowest cell (a cell of that column alone), since pdfplumber's column box
    spans the whole width where a row merged across the table starts in the column (a group row 「施策１」)."""
    centres = []
    for c, col in enumerate(table.columns):
        spans = [(row[c][0], row[c][2]) for row in boxes if c < len(row) and row[c] is not None]
        x0, x1 = min(spans, key=lambda s: s[1] - s[0]) if spans else (col.bbox[0], col.bbox[2])
        centres.append((x0 + x1) / 2)
    return centres


def _grid_of(table, chars, origin: str) -> _PageCells | None:
    """A pdfplumber table as rows of cell keys; a position a merged cell covers repeats its key."""
    boxes = [[cell for cell in row.cells] for row in table.rows]
    if len(boxes) < 1 or max(len(r) for r in boxes) < 2:
        return None
    centres = _column_centres(table, boxes)
    keyed: dict[tuple, int] = {}
    rows: list[list[int | None]] = []
    for r, row in enumerate(boxes):
        keys: list[int | None] = []
        for c, box in enumerate(row):
            if box is None:
                cx = centres[c] if c < len(centres) else None
                rb = table.rows[r].bbox
                cy = (rb[1] + rb[3]) / 2
                box = next((b for b in keyed if cx is not None and b[0] <= cx <= b[2] and b[1] <= cy <= b[3]), None)
                keys.append(keyed.get(box) if box else None)
                continue
            keys.append(keyed.setdefault(tuple(box), len(keyed)))
        rows.append(keys)
    inside = {key: _chars_in(chars, box) for box, key in keyed.items()}
    lines = {key: _cell_lines(found) for key, found in inside.items()}
    tops = {key: line_tops(found, len(lines[key])) for key, found in inside.items()}
    return _PageCells(table.bbox, rows, lines, origin, tops)


def _plausible_text_table(cells: _PageCells) -> bool:
    """Text alignment finds "tables" in prose: keep one only when it looks like a table."""
    rows = [[cells.lines.get(k) for k in dict.fromkeys(row) if k is not None] for row in cells.rows]
    filled = [[ln for ln in row if ln] for row in rows]
    multi = sum(1 for row in filled if len(row) >= 2)
    texts = [join_cell_lines(ln) for row in filled for ln in row]
    if len(filled) < 2 or multi < max(2, int(0.6 * len(filled))) or not texts:
        return False
    if any(len(t) > MAX_TEXT_TABLE_CELL or t.endswith("。") for t in texts):
        return False
    return any(has_value_number(t) for t in texts)


def _page_tables(page, chars) -> list[_PageCells]:
    found = []
    for table in page.find_tables():
        grid = _grid_of(table, chars, "pdf-ruled")
        if grid and sum(1 for ln in grid.lines.values() if ln) >= 2:
            found.append(grid)
    if found:
        return found
    found = [_PageCells(b.bbox, b.rows, b.lines, "pdf-text", b.tops)
             for b in header_band_tables(page.extract_text_lines(return_chars=True))]
    for table in page.find_tables(TEXT_STRATEGY):
        grid = _grid_of(table, chars, "pdf-text")
        if grid and _plausible_text_table(grid) and not any(_overlaps(grid.bbox, t.bbox) for t in found):
            found.append(grid)
    return found


def _overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _inside(obj, bboxes) -> bool:
    cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in bboxes)


_ALNUM = re.compile(r"[0-9A-Za-z,.]")


def _spaced_line(line, left: float, density: float) -> str:
    """A text line with its gaps: a word gap of about a character or more becomes spaces reaching the
    word's column (at least two for a wide gap), as pdftotext -layout prints columns."""
    chars = line.get("chars") or []
    if not chars:
        return strip_invisible(line["text"])
    out = ""
    width = 0            # display width so far: a full-width character takes two columns, as in an editor
    prev = None
    for ch in chars:
        text = strip_invisible(ch["text"])
        if prev is not None:
            gap = ch["x0"] - prev["x1"]
            size = max(prev.get("size", 10), 1)
            if gap > 3:
                column = round((ch["x0"] - left) / density)
                pad = max(column - width, 2 if gap >= size * 1.5 else 1)
                out += " " * pad
                width += pad
            elif gap > size * 0.15 and _ALNUM.fullmatch(prev["text"]) and _ALNUM.fullmatch(text) \
                    and not out.endswith(" "):
                # a narrow space between letters and figures (「R6 41人」 in a small font): the words stay apart,
                # never 「R641人」 (spaces between kanji are dropped by the normaliser anyway)
                out += " "
                width += 1
        if text == " " and (prev is None or out.endswith(" ")):
            prev = ch
            continue
        out += text
        width += sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
        prev = ch
    return out.rstrip()


def _write_table(writer: TextWriter, cells: _PageCells, plain: str, page_number: int) -> TableDraft:
    """Rows as tab-separated lines; a multi-line cell joined when the join stands in the plain text."""
    made: dict[int, Cell] = {}
    rows: list[list[Cell]] = []
    notes: list[str] = []
    spans = {}
    for key_row in cells.rows:
        tails: dict[int, list[str]] = {}
        row_keys: list[int | None] = []
        tail_spans: dict[int, list[tuple[int, int, str]]] = {}
        printed = printed_lines(cells.lines, cells.tops, key_row, spans, plain)
        if printed:
            write_printed(writer, printed, spans, tail_spans)
            row_keys = list(key_row)
        for c, key in enumerate(key_row if not printed else ()):
            if c:
                writer.write("\t")
            if key is None or key in spans:
                row_keys.append(key)
                continue
            lines = cells.lines.get(key) or []
            joined = join_cell_lines(lines)
            if len(lines) > 1 and comparable(joined) not in plain:
                tails[key] = lines[1:]
                joined = lines[0]
            spans[key] = (*writer.write(joined), joined)
            row_keys.append(key)
        if not printed:
            writer.write("\n")
        depth = max((len(t) for t in tails.values()), default=0)
        for level in range(depth):
            pieces = [(key, t[level]) for key, t in tails.items() if level < len(t)]
            for i, (key, piece) in enumerate(pieces):
                if i:
                    writer.write("  ")
                tail_spans.setdefault(key, []).append((*writer.write(piece), piece))
            writer.write("\n")
        if tails:
            notes.append("複数行のセルの続きの行は、その行の下に別の行として書かれています。")
        row: list[Cell] = []
        for key in row_keys:
            if key is None:
                pos = writer.length - 1
                row.append(Cell("", pos, pos, page_number))
                continue
            if key not in made:
                start, end, text = spans[key]
                ts = tail_spans.get(key, [])
                made[key] = Cell(text, start, end, page_number, *_extent(cells.rows, key),
                                 tail_spans=tuple((a, b) for a, b, _ in ts), tail="".join(t for _, _, t in ts))
            row.append(made[key])
        rows.append(row)
    return TableDraft(rows, page_number, origin=cells.origin, notes=list(dict.fromkeys(notes)))


def _extent(rows: list[list[int | None]], key: int) -> tuple[int, int]:
    where = [(r, c) for r, row in enumerate(rows) for c, k in enumerate(row) if k == key]
    rs = {r for r, _ in where}
    cs = {c for _, c in where}
    return max(rs) - min(rs) + 1, max(cs) - min(cs) + 1


DEDUPE_TOLERANCE = 1.0    # points: overprinted strikes of a bold heading lie within this of each other


def dedupe_chars(page):
    """The page without overprinted copies of a character (same text, font and size within
    `DEDUPE_TOLERANCE` of a character kept before it), as pdfplumber's `dedupe_chars` but in linear
    time (pdfplumber's takes about a second per page of text)."""
    kept: dict[tuple, list] = {}
    dropped: set[int] = set()
    tol = DEDUPE_TOLERANCE
    for ch in sorted(page.chars, key=lambda c: (c["top"], c["x0"])):
        key = (ch["text"], ch.get("fontname"), round(ch.get("size", 0), 1))
        bx, by = int(ch["x0"] // tol), int(ch["top"] // tol)
        duplicate = False
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for other in kept.get((*key, bx + dx, by + dy), ()):
                    if abs(other["x0"] - ch["x0"]) <= tol and abs(other["top"] - ch["top"]) <= tol:
                        duplicate = True
                        break
        if duplicate:
            dropped.add(id(ch))
        else:
            kept.setdefault((*key, bx, by), []).append(ch)
    if not dropped:
        return page
    return page.filter(lambda obj: obj.get("object_type") != "char" or id(obj) not in dropped)


def _write_page(writer: TextWriter, page, page_number: int, styled: list | None = None) -> list[TableDraft]:
    """One page's text in reading order: lines outside tables and tables as rows, by their top."""
    page = dedupe_chars(page)
    chars = page.chars
    plain = comparable(page.extract_text() or "")
    tables = _page_tables(page, chars)
    bboxes = [t.bbox for t in tables]
    outside = page.filter(lambda obj: obj.get("object_type") != "char" or not _inside(obj, bboxes)) if bboxes else page
    boxes = boxes_to_read_apart(outside, outside.chars, bboxes) or text_columns(outside.chars)
    rest = outside.filter(lambda obj: obj.get("object_type") != "char" or not _inside(obj, boxes)) if boxes else outside
    lines = rest.extract_text_lines(return_chars=True)
    sizes = [c["x1"] - c["x0"] for c in chars if c["text"].strip()]
    density = max(statistics.median(sizes) / 2, 2.0) if sizes else 5.0
    left = min((c["x0"] for c in chars), default=0)
    items = [(ln["top"], 0, [ln], left) for ln in lines] + [(t.bbox[1], 1, t, left) for t in tables]
    for box in boxes:    # boxes side by side: each box's lines together, as one block at the box's top
        inner = outside.filter(lambda obj, b=box: obj.get("object_type") != "char" or _inside(obj, [b]))
        box_lines = inner.extract_text_lines(return_chars=True)
        if box_lines:
            items.append((box[1], 2, box_lines, min(c["x0"] for c in inner.chars)))
    drafts = []
    page_start, mark = writer.length, writer.mark
    for _, kind, item, line_left in sorted(items, key=lambda it: (it[0], it[1])):
        if kind == 1:
            drafts.append(_write_table(writer, item, plain, page_number))
            continue
        for text_line in item:
            start = writer.length
            line = _spaced_line(text_line, line_left, density)
            writer.line(line + HARD_LINE_END if kind == 2 else line)   # a box's line: its join stands nowhere in print
            if styled is not None:
                styled.append((start, start + len(line), *_line_style(text_line)))
    taken = [(min(c.start for row in d.rows for c in row),
              max(max((c.end, *(b for _, b in c.tail_spans))) for row in d.rows for c in row)) for d in drafts]
    text = writer.text_since(mark)
    for draft in find_text_tables(text):
        a = min(c.start for row in draft.rows for c in row) + page_start
        b = max(c.end for row in draft.rows for c in row) + page_start
        if any(a < y and x < b for x, y in taken):
            continue            # a ruled table already read, seen again in its tab-separated rows
        for row in draft.rows:
            for i, cell in enumerate(row):
                row[i] = _shifted(cell, page_start, page_number)
        draft.page, draft.origin = page_number, "pdf-text"
        drafts.append(draft)
    return drafts


_BOLD = re.compile(r"bold|black|heavy|W[6-9]|-B$|,B", re.I)


def _line_style(line) -> tuple[float, bool]:
    """A line's print: its characters' median size, and whether every one of them is set in a bold face."""
    chars = [c for c in line.get("chars", ()) if c.get("text", "").strip()]
    if not chars:
        return 0.0, False
    size = statistics.median(c.get("size", 0) for c in chars)
    return size, all(_BOLD.search(c.get("fontname", "") or "") for c in chars)


HEADING_SIZE = 1.2     # a line printed this much larger than the body text is a heading
TITLE_SIZE = 1.6       # … and this much larger, an outermost one


def styled_headings(text: str, styled: list[tuple[int, int, float, bool]]) -> list[tuple[int, int, int]]:
    """(start, end, level) of the lines printed larger or bolder than the body (the size most characters have):
    short lines that are not sentences. Level 1 for the largest print, 2 larger, 3 bold at body size."""
    weights: dict[float, int] = {}
    for a, b, size, _ in styled:
        if size:
            weights[round(size, 1)] = weights.get(round(size, 1), 0) + (b - a)
    if not weights:
        return []
    body = max(weights, key=weights.get)
    found = []
    for a, b, size, bold in styled:
        line = text[a:b].strip()
        if not line or len(line) > 40 or line.endswith(("。", "、")) or "\t" in text[a:b]:
            continue
        if size >= body * TITLE_SIZE:
            found.append((a, b, 1))
        elif size >= body * HEADING_SIZE:
            found.append((a, b, 2))
        elif bold and abs(size - body) < 0.5:
            found.append((a, b, 3))
    return found


def _shifted(cell: Cell, by: int, page: int) -> Cell:
    return Cell(cell.text, cell.start + by, cell.end + by, page, cell.row_span, cell.col_span, cell.value,
                tuple((a + by, b + by) for a, b in cell.tail_spans), cell.tail)


def _metadata(pdf) -> dict[str, str]:
    out = {}
    for ours, theirs in (("title", "Title"), ("author", "Author"), ("created", "CreationDate"),
                         ("modified", "ModDate"), ("subject", "Subject"), ("keywords", "Keywords"),
                         ("creator", "Creator"), ("producer", "Producer")):
        value = (pdf.metadata or {}).get(theirs)
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        if value not in (None, ""):
            out[ours] = strip_invisible(str(value)).strip()
    return out


def read_pdf(path: Path, data: bytes) -> RawText:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    writer = TextWriter()
    starts: list[tuple[int, int]] = []
    drafts: list[TableDraft] = []
    styled: list[tuple[int, int, float, bool]] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            properties = _metadata(pdf)
            for number, page in enumerate(pdf.pages, start=1):
                starts.append((writer.length, number))
                drafts.extend(_write_page(writer, page, number, styled))
    except PDFPasswordIncorrect as exc:
        raise IngestError(path.name, PASSWORD_MESSAGE) from exc
    except IngestError:
        raise
    except Exception as exc:  # pdfminer raises many types for broken files (pdfplumber wraps them)
        wrapped = [exc, *exc.args, exc.__cause__]
        if any(isinstance(e, MemoryError) for e in wrapped):
            raise MemoryError from exc  # the bounded worker reports it as the memory limit
        if any(isinstance(e, PDFPasswordIncorrect) for e in wrapped) or "password" in str(exc).lower() \
                or "encrypt" in str(exc).lower():
            raise IngestError(path.name, PASSWORD_MESSAGE) from exc
        raise IngestError(path.name, "PDF を読めませんでした（壊れているか、PDF ではありません）。PDF として開けるか確かめてください。") from exc
    text = writer.text()
    if not text.strip():
        raise IngestError(path.name, "PDF に文字情報がありません（画像だけの PDF の可能性があります）。OCR には対応していません。")
    return RawText(text, starts or [(0, 1)], pages_known=True, tables=finish_tables(path.name, text, drafts),
                   properties=properties, headings=styled_headings(text, styled))


FORMATS = (FileFormat((".pdf",), read_pdf, isolated=True),)
