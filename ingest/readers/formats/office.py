"""DOCX and XLSX -> text with tables (merged cells kept as spans) and the file's own properties.

DOCX: paragraphs and tables in body order; a merged cell (gridSpan across, vMerge down) is one
cell repeated over the grid positions it covers. XLSX: every sheet a page-like unit starting with
「■ sheet name」; rows with two or more filled cells form a table (merged ranges repeated, numbers
kept as numbers and written without float noise), single-cell rows above it (title, 単位) are lines.
Both are ZIP packages: check_office_zip refuses zip bombs and DTDs before a parser sees the bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from ingest.errors import IngestError
from ingest.records import RawText
from ingest.tables.build import GridCell, TextWriter, cell_line, finish_tables, write_grid
from ingest.tables.passages import ROW_SEPARATOR
from ingest.text.normalize import strip_invisible
from ingest.readers.file_format import FileFormat


MAX_UNZIPPED_BYTES = 400 * 1024 * 1024   # an Office file that unpacks to more is refused (zip bomb)
MAX_RATIO = 200                          # members packed tighter than this (and over 1 MB) are refused


def check_office_zip(name: str, data: bytes) -> None:
    """Refuse Office files that are not ZIP, unpack to too much (zip bombs), or carry DTDs (entity expansion).

    Office Open XML never declares a DTD, so any <!DOCTYPE/<!ENTITY in a part is refused before a
    parser sees it (billion laughs, external entities).
    """
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise IngestError(name, "Office ファイルとして壊れています（ZIP 形式ではありません）。")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            total = sum(m.file_size for m in members)
            packed = [m for m in members if m.file_size > 2**20 and m.file_size > MAX_RATIO * max(m.compress_size, 1)]
            if total > MAX_UNZIPPED_BYTES or packed:
                raise IngestError(name, f"展開すると大きくなりすぎるため読みません（展開後 {total / 2**20:.0f} MB）。"
                                        "圧縮爆弾の可能性があります。")
            for member in members:
                if member.filename.lower().endswith((".xml", ".rels")):
                    with archive.open(member) as part:
                        head = part.read(65536).upper()
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise IngestError(name, f"XML に DTD/エンティティ宣言があります（{member.filename}）。"
                                                "不正なファイルの可能性があるため読みません。")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, RuntimeError, NotImplementedError) as exc:
        raise IngestError(name, "Office ファイルとして壊れています（中の ZIP を読めません）。Word や Excel で開けるか確かめてください。") from exc


def _properties(props, names: dict[str, str]) -> dict[str, str]:
    """Plain-string file properties: {our name: str(value)} for the ones set."""
    out = {}
    for ours, theirs in names.items():
        value = getattr(props, theirs, None)
        if value in (None, ""):
            continue
        out[ours] = value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else strip_invisible(str(value))
    return out


MAX_MERGED_CELLS = 10_000   # a merged range covering more grid positions is kept as its top-left cell only

_PROPERTY_NAMES = {"title": "title", "author": "author", "created": "created", "modified": "modified",
                   "subject": "subject", "keywords": "keywords", "last_modified_by": "last_modified_by"}


def read_docx(path: Path, data: bytes) -> RawText:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise IngestError(path.name, f"Word ファイル（.docx）として開けませんでした: {_reason(exc)}") from exc
    writer = TextWriter()
    headings, listed = [], []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            line = strip_invisible(paragraph.text)
            start = writer.length
            writer.line(line)
            level = _heading_level(paragraph)
            if level and line.strip():
                headings.append((start, start + len(line), level))
            elif line.strip() and _numbered(paragraph):
                listed.append((start, start + len(line)))
        elif tag == "tbl":
            grid = _docx_grid(Table(child, document))
            if grid:
                writer.table(grid, origin="docx")
    text = writer.text()
    if text.endswith("\n"):
        text = text[:-1]
    props = _properties(document.core_properties, {**_PROPERTY_NAMES, "author": "author"})
    return RawText(text, tables=finish_tables(path.name, text, writer.drafts), properties=props, headings=headings,
                   list_paragraphs=listed)


def _numbered(paragraph) -> bool:
    """Whether Word numbers or bullets a paragraph (a numbering property on it or on its style, 'List Number'):
    the number is printed, never stored in the paragraph's text."""
    try:
        own = paragraph._p.pPr
        if own is not None and own.numPr is not None:
            return own.numPr.numId is None or own.numPr.numId.val != 0   # numId 0: numbering switched off
        style = paragraph.style
        while style is not None:
            if style.element.pPr is not None and style.element.pPr.numPr is not None:
                return True
            style = style.base_style
    except (KeyError, ValueError, AttributeError):   # a style the styles part does not define
        return False
    return False


_HEADING_STYLE = re.compile(r"^(?:Heading|見出し)\s*([1-9])$")


def _heading_level(paragraph) -> int:
    """A paragraph's heading level from its style (「見出し 1」, 'Heading 2', 'Title' as 1); 0 for body text."""
    try:
        name = (paragraph.style.name or "").strip() if paragraph.style is not None else ""
    except (KeyError, ValueError, AttributeError):   # a style id the styles part does not define
        return 0
    if name in ("Title", "表題"):
        return 1
    m = _HEADING_STYLE.match(name)
    return int(m.group(1)) if m else 0


def _docx_grid(table) -> list[list[GridCell]]:
    """The table's grid with merged cells repeated (python-docx resolves gridSpan and vMerge)."""
    cols = len(table.columns)
    cells = table._cells          # row-major, a merged cell repeated; the documented rows[].cells
    if not cols or not cells:     # view skips vMerge continuations in some versions
        return []
    rows = [cells[i:i + cols] for i in range(0, len(cells), cols)]
    by_tc: dict[int, GridCell] = {}
    extent: dict[int, list[int]] = {}
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            key = id(cell._tc)
            if key not in by_tc:
                by_tc[key] = GridCell(strip_invisible(cell.text))
                extent[key] = [r, c, r, c]
            box = extent[key]
            box[2], box[3] = max(box[2], r), max(box[3], c)
    for key, cell in by_tc.items():
        r0, c0, r1, c1 = extent[key]
        cell.row_span, cell.col_span = r1 - r0 + 1, c1 - c0 + 1
    return [[by_tc[id(cell._tc)] for cell in row] for row in rows]


def number_text(value: float | int) -> str:
    """1200.0 -> 「1200」, 0.1 + 0.2 -> 「0.3」: a stored number as people wrote it."""
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return f"{round(float(value), 9):.9f}".rstrip("0").rstrip(".")


def grouped(text: str, number_format: str) -> str:
    """「124800」 as the sheet shows it when its number format groups thousands (「#,##0」): 「124,800」. Only the
    grouping is taken from the format; its literals (「"人"」, 「△」 for negatives) are not added to the text."""
    positive = number_format.split(";")[0]
    if not re.search(r"[#0],[#0]", positive):
        return text
    sign, digits = ("-", text[1:]) if text.startswith("-") else ("", text)
    whole, dot, fraction = digits.partition(".")
    return f"{sign}{int(whole):,}{dot}{fraction}" if whole.isdigit() else text


def _cell_text(cell) -> tuple[str, float | None]:
    value = cell.value
    if value is None:
        return "", None
    if isinstance(value, bool):
        return str(value), None
    if isinstance(value, (int, float)):
        fmt = getattr(cell, "number_format", "") or ""
        if "%" in fmt:
            decimals = len(fmt.split(".")[1].split("%")[0]) if "." in fmt else 0
            return f"{float(value) * 100:.{decimals}f}%", float(value)
        return grouped(number_text(value), fmt), float(value)
    if isinstance(value, dt.datetime):
        return (value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")), None
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat(), None
    return strip_invisible(str(value)), None


LARGE_SHEET_COLUMNS = 60          # a sheet this wide or wider is a list of records, not a table to read whole
LARGE_SHEET_CELLS = 200_000       # a sheet this large (rows × columns) is read streaming, whatever its width


def _is_large(sheet) -> bool:
    """A sheet whose stated size makes it a record list (事務事業評価: 400 事業 × 185 columns)."""
    if sheet.max_row is None or sheet.max_column is None:   # no <dimension> stated: count it (one streaming pass)
        sheet.calculate_dimension(force=True)
    rows, columns = sheet.max_row or 0, sheet.max_column or 0
    return columns >= LARGE_SHEET_COLUMNS or rows * columns >= LARGE_SHEET_CELLS


def read_xlsx(path: Path, data: bytes) -> RawText:
    """A workbook's text. Small sheets are read whole (merged cells are spread over their grid positions)
    and written as tables; a large or very wide sheet is read streaming (openpyxl read_only, rows one at a
    time, no merges) and each row written as one line of its labelled, non-empty cells."""
    import openpyxl

    try:
        streaming = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        large = {sheet.title for sheet in streaming.worksheets if _is_large(sheet)}
        book = streaming if large else openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:
        raise IngestError(path.name, f"Excel ファイル（.xlsx）として開けませんでした: {_reason(exc)}") from exc
    writer = TextWriter()
    starts = []
    try:
        whole = None if not large else {sheet.title: sheet for sheet in _small_sheets(data, large)}
        for number, sheet in enumerate(book.worksheets, start=1):
            starts.append((writer.length, number))
            writer.line(f"■ {strip_invisible(sheet.title)}")
            if sheet.title in large:
                write_record_rows(writer, sheet.iter_rows())
            else:
                _write_sheet(writer, whole[sheet.title] if whole is not None else sheet, number)
    except IngestError:
        raise
    except Exception as exc:
        raise IngestError(path.name, f"Excel ファイル（.xlsx）の中身を読めませんでした: {_reason(exc)}") from exc
    finally:
        streaming.close()
    text = writer.text()
    props = _properties(book.properties, {**_PROPERTY_NAMES, "author": "creator", "last_modified_by": "lastModifiedBy"})
    book.close()
    return RawText(text, starts, pages_known=False, tables=finish_tables(path.name, text, writer.drafts),
                   properties=props)


def _reason(exc: Exception) -> str:
    """Why a workbook could not be read, in words: the library's message when it has one, not an exception name."""
    message = " ".join(str(exc).split())[:200]
    return message or "ファイルの形式が正しくありません"


def _small_sheets(data: bytes, large: set[str]):
    """The workbook's small sheets read whole (for their merged cells), when a large sheet stands beside them."""
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    for title in large:      # the large sheets are read streaming; their loaded copy is dropped at once
        del book[title]
    return book.worksheets


def _header_row(texts: list[str], numbers: list[float | None]) -> bool:
    """A row of column labels: two or more filled cells, none of them a number."""
    filled = [t for t in texts if t.strip()]
    return len(filled) >= 2 and all(n is None for t, n in zip(texts, numbers) if t.strip())


def write_record_rows(writer: TextWriter, rows) -> None:
    """Rows of a large sheet, streaming: the lines before the first header row as they are, the header row
    once, then each row as 「事業名 〇〇事業｜総合戦略 〇｜所管課 企画課 …」 — its non-empty cells, each after its
    column's label, so a row reads (and is searched and embedded) as one record without 185 empty columns."""
    labels: list[str] | None = None
    for row in rows:
        cells = [_cell_text(cell) if getattr(cell, "value", None) is not None else ("", None) for cell in row]
        texts = [" ".join(cell_line(t).split()) for t, _ in cells]
        if not any(texts):
            continue
        if labels is None:
            if _header_row(texts, [n for _, n in cells]):
                labels = texts
            writer.line(" ".join(t for t in texts if t))
            continue
        parts = []
        for col, value in enumerate(texts):
            if not value:
                continue
            label = labels[col] if col < len(labels) else ""
            parts.append(f"{label} {value}" if label and label != value else value)
        writer.line(ROW_SEPARATOR.join(parts))


def _sheet_grid(sheet) -> list[list[GridCell | None]]:
    merged: dict[tuple[int, int], GridCell] = {}
    values: dict[tuple[int, int], GridCell] = {}
    for row in sheet.iter_rows():
        for cell in row:
            text, number = _cell_text(cell)
            if text.strip():
                values[(cell.row, cell.column)] = GridCell(text, value=number)
    for rng in sheet.merged_cells.ranges:
        top = values.get((rng.min_row, rng.min_col))
        area = (rng.max_row - rng.min_row + 1) * (rng.max_col - rng.min_col + 1)
        if top is None or area > MAX_MERGED_CELLS:
            continue        # a merge over a whole sheet (hostile or careless) is not spread over its cells
        top.row_span, top.col_span = rng.max_row - rng.min_row + 1, rng.max_col - rng.min_col + 1
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                merged[(r, c)] = top
    cells = {**values, **merged}
    if not cells:
        return []
    used = sorted({r for r, _ in cells})
    cols = sorted({c for _, c in cells})
    grid: list[list[GridCell | None]] = []
    for n, r in enumerate(used):
        if n and r > used[n - 1] + 1:
            grid.append([None] * len(cols))      # blank rows between: one blank row keeps the blocks apart
        grid.append([cells.get((r, c)) for c in cols])
    return grid


def _write_sheet(writer: TextWriter, sheet, page: int) -> None:
    write_grid(writer, _sheet_grid(sheet), page=page, sheet=sheet.title, origin="xlsx")


FORMATS = (FileFormat((".docx",), read_docx, isolated=True, office_zip=True, own_lines=True),
           FileFormat((".xlsx",), read_xlsx, isolated=True, office_zip=True))
