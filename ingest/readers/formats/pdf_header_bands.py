"""A table printed without ruling lines whose column headers stand on two or three lines above its rows.

    　　　　　　　　　　基準値　　　目標値　　　　実績　　　　達成
    指標（単位）
    　　　　　　　　　（年度）　（令和12年度）（令和６年度）　状況
    図書館の年間貸出冊数（冊）　84,200（R2）　95,000　　88,310　　順調

The header words stand on one line, their years in parentheses on a later one, the row labels' head alone on a line
between (centred on the header's height), and a head may break over lines (「達成」 over 「状況」). pdfplumber's
text-aligned tables cut such a header into rows of their own or miss it; a page's text written line by line loses
where each part stands. Read from the page's printed lines instead: a run of rows whose fields line up in columns
(the first a label, the others holding figures), and above it a band of short lines whose every field stands over
one column. Each column's header is one cell whose lines are its parts top to bottom (「基準値」「（年度）」), as a
ruled table's two-line header cell is, so the reader writes it in print order and the column is headed by the parts
merged (「基準値（年度）」, 「達成状況」).
"""
from __future__ import annotations

from dataclasses import dataclass

import re

from ingest.tables.build import has_value_number, is_header_word_cell
from ingest.vocab.quantities import value_quantities
from ingest.vocab.table_words import UNIT_NOTE

MAX_BAND_LINES = 3       # header lines above the rows
MAX_HEAD_CHARS = 16      # a header part is short; a longer field is a caption or a sentence
LINE_GAP = 2.6           # consecutive lines of one table: tops at most this many line heights apart
FIELD_GAP = 1.0          # a gap this many character sizes wide parts two cells of a row
PART_GAP = 0.3           # … and two header parts (set close over narrow columns: 「（令和４年度）（令和12年度）」)
LABEL_LETTERS = 4        # a row label with a number in it (「市民１人１日当たりの…」) still has this many letters besides
_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fffA-Za-zＡ-Ｚａ-ｚ々]")


@dataclass(frozen=True)
class Field:
    """Text printed together on one line: its characters' text, left and right edges, top and bottom."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(frozen=True)
class BandGrid:
    """A table found on a page: its box, rows of cell keys (None for an empty position), each cell's printed lines and
    their tops — the shape the PDF reader writes a ruled table's cells from."""

    bbox: tuple[float, float, float, float]
    rows: list[list[int | None]]
    lines: dict[int, list[str]]
    tops: dict[int, list[float]]


def _fields(line, gap: float) -> list[Field]:
    """The line's fields: characters apart by less than `gap` character sizes are one field (word spaces inside)."""
    from pdfplumber.utils import extract_text

    fields: list[list] = []
    for ch in sorted(line.get("chars") or [], key=lambda c: c["x0"]):
        if not ch.get("text", "").strip():
            continue
        if fields and ch["x0"] - fields[-1][-1]["x1"] < gap * max(ch.get("size", 10), 1):
            fields[-1].append(ch)
        else:
            fields.append([ch])
    return [Field(" ".join(extract_text(f).split()), f[0]["x0"], max(c["x1"] for c in f), min(c["top"] for c in f),
                  max(c["bottom"] for c in f)) for f in fields]


def _merged(fields: list[Field]) -> Field:
    return Field(" ".join(f.text for f in fields), fields[0].x0, fields[-1].x1, min(f.top for f in fields),
                 max(f.bottom for f in fields))


def _near(upper: list[Field], lower: list[Field], height: float) -> bool:
    return lower[0].top - upper[0].top <= LINE_GAP * height


def _is_label(text: str) -> bool:
    """A row's label, not a figure: no value number, or words beside its numbers (「市民１人１日当たりのごみ排出量（ｇ）」,
    「25～44歳女性の就業率」), where a figure cell holds little besides its number (「84,200（R2）」, 「5.0％」)."""
    if not has_value_number(text):
        return True
    rest = text
    for q in sorted(value_quantities(text), key=lambda q: -q.start):
        rest = rest[:q.start] + rest[q.end:]
    return len(_LETTER.findall(rest)) >= LABEL_LETTERS


def _body(rows: list[list[Field]], i: int) -> tuple[list[list[Field | None]], list[tuple[float, float]]] | None:
    """The table body starting at row `i`, each row's fields by column (None for a blank cell), and each column's
    extent: rows with a label first (no figure) at one left edge and a figure after it; the first row fills three
    columns or more, a later one fewer only where each of its fields stands in a column of its own. None when fewer
    than two rows, or where neighbouring columns overlap."""
    first = rows[i]
    if len(first) < 3 or not _is_label(first[0].text):
        return None
    height = first[0].bottom - first[0].top
    spans = [(f.x0, f.x1) for f in first]
    body: list[list[Field | None]] = [list(first)]
    for n in range(i + 1, len(rows)):
        row = rows[n]
        if len(row) > len(first) or len(row) < 2 or abs(row[0].x0 - first[0].x0) > height \
                or not _is_label(row[0].text) or not any(has_value_number(f.text) for f in row[1:]) \
                or not _near(rows[n - 1], row, height):
            break
        columns = list(range(len(row))) if len(row) == len(first) else [_column_of(f, spans) for f in row]
        if columns[0] != 0 or len(set(columns)) < len(columns):
            break
        placed: list[Field | None] = [None] * len(first)
        for field, k in zip(row, columns):
            placed[k] = field
            spans[k] = (min(spans[k][0], field.x0), max(spans[k][1], field.x1))
        body.append(placed)
    if len(body) < 2 or any(spans[k][1] >= spans[k + 1][0] for k in range(len(spans) - 1)):
        return None
    return body, spans


def _column_of(field: Field, spans: list[tuple[float, float]]) -> int:
    """The column a header part stands over: the one whose zone (out to the middles of the gutters) holds its centre."""
    for k in range(len(spans) - 1):
        if field.centre < (spans[k][1] + spans[k + 1][0]) / 2:
            return k
    return len(spans) - 1


def _band_line(pieces: list[Field], spans) -> tuple[list[Field], list[int]] | None:
    """A header line's parts and their columns (pieces over one column are one part), or None where it is no header
    line (a figure, a sentence, a unit note, a long caption, a column's pieces apart) or a part spans columns."""
    texts = [f.text for f in pieces]
    if any(t.endswith("。") or has_value_number(t) or UNIT_NOTE.search(t) for t in texts):
        return None
    fields: list[Field] = []
    columns: list[int] = []
    for piece in pieces:
        column = _column_of(piece, spans)
        if columns and columns[-1] == column:
            fields[-1] = _merged([fields[-1], piece])
        else:
            fields.append(piece)
            columns.append(column)
    if len(set(columns)) < len(columns) or any(len(f.text) > MAX_HEAD_CHARS for f in fields):
        return None
    if any(sum(f.x0 < b and a < f.x1 for a, b in spans) > 1 for f in fields):
        return None     # a group head over two columns (「目標値」 over 「R8」「R12」): which column's, no position says
    return fields, columns


def _band(rows: list[list[Field]], pieces: list[list[Field]], i: int, spans) -> list[tuple[list[Field], list[int]]]:
    """The header lines right above the body starting at row `i`, top first: two or three, the top one naming two
    columns or more."""
    band: list[tuple[list[Field], list[int]]] = []
    height = rows[i][0].bottom - rows[i][0].top
    j = i - 1
    while j >= 0 and len(band) < MAX_BAND_LINES and _near(rows[j], rows[j + 1], height):
        line = _band_line(pieces[j], spans)
        if line is None:
            break
        band.insert(0, line)
        j -= 1
    while band and len(band[0][1]) < 2:
        band.pop(0)
    return band if len(band) >= 2 else []


def _headed(band, width: int) -> dict[int, list[Field]]:
    """Each column's header parts, top to bottom; only where every figure column has one and two name a role."""
    parts: dict[int, list[Field]] = {}
    for fields, columns in band:
        for field, column in zip(fields, columns):
            parts.setdefault(column, []).append(field)
    if any(k not in parts for k in range(1, width)):
        return {}
    named = sum(1 for p in parts.values() if is_header_word_cell("".join(f.text for f in p)))
    return parts if named >= 2 else {}


def header_band_tables(text_lines) -> list[BandGrid]:
    """The tables on a page (its `extract_text_lines(return_chars=True)`) whose header stands on several lines."""
    lines = [line for line in text_lines if _fields(line, FIELD_GAP)]
    rows = [_fields(line, FIELD_GAP) for line in lines]
    pieces = [_fields(line, PART_GAP) for line in lines]
    found: list[BandGrid] = []
    i = 0
    while i < len(rows):
        body, spans = _body(rows, i) or ([], [])
        band = _band(rows, pieces, i, spans) if body else []
        parts = _headed(band, len(spans)) if band else {}
        if not parts:
            i += max(len(body), 1)
            continue
        found.append(_grid(parts, body, len(spans)))
        i += len(body)
    return found


def _grid(parts: dict[int, list[Field]], body: list[list[Field | None]], width: int) -> BandGrid:
    lines: dict[int, list[str]] = {}
    tops: dict[int, list[float]] = {}
    header: list[int | None] = []
    for k in range(width):
        if k not in parts:
            header.append(None)
            continue
        key = len(lines)
        lines[key], tops[key] = [f.text for f in parts[k]], [f.top for f in parts[k]]
        header.append(key)
    rows = [header]
    for row in body:
        keys: list[int | None] = []
        for field in row:
            if field is None:
                keys.append(None)
                continue
            key = len(lines)
            lines[key], tops[key] = [field.text], [field.top]
            keys.append(key)
        rows.append(keys)
    every = [f for p in parts.values() for f in p] + [f for row in body for f in row if f is not None]
    bbox = (min(f.x0 for f in every) - 1, min(f.top for f in every) - 1, max(f.x1 for f in every) + 1,
            max(f.bottom for f in every) + 1)
    return BandGrid(bbox, rows, lines, tops)

