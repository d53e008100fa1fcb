"""Tables in plain text: tab-separated rows, Markdown pipe tables, and columns aligned with spaces.

Works on any text (a .txt/.md file, a PDF page's text) and returns `TableDraft`s whose cell spans
index that text. Space-aligned columns are what pdftotext prints: fields apart by two or more
spaces or a full-width space, in columns that line up over consecutive lines. A column is where no
line of the block has text in the gutters between; a line that only continues the row above (an
item wrapped onto the next line, no numbers) adds its pieces to that row's cells as `tail`.

    指標              現状値(2014年度)    目標値(2019年度)
    短期移住体験者数  ９人                年１２人
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from ingest.table_build import TableDraft, has_value_number, is_header_word_cell
from ingest.tables import Cell

_GAP = re.compile(r"(?: {2,}|[ \u3000]*\u3000[ \u3000]*|\t[ \u3000\t]*)")
_MD_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$|^\s*\|\s*:?-{3,}:?\s*\|\s*$")
_MD_SPLIT = re.compile(r"(?<!\\)\|")
_SPACE = " \u3000"
_NOTE_STARTS = ("※", "注", "資料", "出典", "(注", "（注", "*")


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, pos = [], start
    while pos <= end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        spans.append((pos, stop))
        if nl < 0:
            break
        pos = nl + 1
    return spans


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _SPACE:
        a += 1
    while b > a and text[b - 1] in _SPACE:
        b -= 1
    return a, b


def find_text_tables(text: str, start: int = 0, end: int | None = None,
                     page_of: Callable[[int], int | None] = lambda _: None) -> list[TableDraft]:
    """Every table laid out in `text[start:end]`: Markdown, tab-separated, then space-aligned blocks."""
    end = len(text) if end is None else end
    lines = _line_spans(text, start, end)
    drafts: list[TableDraft] = []
    i = 0
    while i < len(lines):
        for finder in (_markdown_at, _tabbed_at, _aligned_at):
            found = finder(text, lines, i, page_of)
            if found:
                draft, i = found
                drafts.append(draft)
                break
        else:
            i += 1
    return drafts


def _cells(text: str, spans: list[tuple[int, int]], page: int | None) -> list[Cell]:
    cells = []
    for a, b in spans:
        a, b = _trim(text, a, b)
        cells.append(Cell(text[a:b], a, b, page))
    return cells


def _markdown_at(text, lines, i, page_of):
    a, b = lines[i]
    if not text[a:b].lstrip().startswith("|") or i + 1 >= len(lines) or not _MD_SEPARATOR.match(text[slice(*lines[i + 1])]):
        return None
    rows: list[list[Cell]] = []
    j = i
    while j < len(lines) and text[slice(*lines[j])].lstrip().startswith("|"):
        if j != i + 1:
            la, lb = lines[j]
            cuts = [m.start() for m in _MD_SPLIT.finditer(text, la, lb)]
            spans = [(cuts[k] + 1, cuts[k + 1]) for k in range(len(cuts) - 1)]
            if cuts and text[cuts[-1] + 1:lb].strip():
                spans.append((cuts[-1] + 1, lb))
            rows.append(_cells(text, spans, page_of(la)))
        j += 1
    return TableDraft(rows, page_of(a), origin="markdown"), j


def _tabbed_at(text, lines, i, page_of):
    j = i
    while j < len(lines) and "\t" in text[slice(*lines[j])]:
        j += 1
    if j == i:
        return None
    rows = []
    for la, lb in lines[i:j]:
        cuts = [la - 1] + [la + m.start() for m in re.finditer("\t", text[la:lb])] + [lb]
        rows.append(_cells(text, [(cuts[k] + 1, cuts[k + 1]) for k in range(len(cuts) - 1)], page_of(la)))
    if not any(sum(not c.empty for c in row) >= 2 for row in rows):
        return None
    return TableDraft(rows, page_of(lines[i][0]), origin="tab"), j


def _width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _fields(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Field spans of one line: the stretches between column gaps."""
    out, pos = [], a
    line = text[a:b]
    for m in _GAP.finditer(line):
        if m.start() > pos - a:
            out.append((pos, a + m.start()))
        pos = a + m.end()
    if pos < b:
        out.append((pos, b))
    return [(x, y) for x, y in (_trim(text, x, y) for x, y in out) if y > x]


class _Grid:
    """Column positions of a line's characters, counted in characters or in display width."""

    def __init__(self, text: str, display: bool) -> None:
        self.text, self.display = text, display

    def position(self, line_start: int, offset: int) -> int:
        if not self.display:
            return offset - line_start
        return sum(_width(c) for c in self.text[line_start:offset])


def _columns(grid: _Grid, block: list[tuple[tuple[int, int], list[tuple[int, int]]]]) -> list[tuple[int, int]]:
    """Column intervals (in grid positions): stretches covered by some field, split by shared gutters."""
    covered: list[tuple[int, int]] = []
    for (la, _), fields in block:
        covered.extend((grid.position(la, x), grid.position(la, y)) for x, y in fields)
    covered.sort()
    columns: list[list[int]] = []
    for x, y in covered:
        if columns and x <= columns[-1][1]:
            columns[-1][1] = max(columns[-1][1], y)
        else:
            columns.append([x, y])
    return [(x, y) for x, y in columns]


def _split_ok(grid, block) -> list[tuple[int, int]] | None:
    columns = _columns(grid, block)
    if len(columns) < 2:
        return None
    multi = sum(1 for (la, _), fields in block
                if len({_column_of(columns, grid.position(la, x)) for x, _ in fields}) >= 2)
    return columns if multi >= 2 else None


def _column_of(columns: list[tuple[int, int]], pos: int) -> int:
    for k, (x, y) in enumerate(columns):
        if x <= pos < y:
            return k
    return len(columns) - 1


def _aligned_at(text, lines, i, page_of):
    a, b = lines[i]
    first = _fields(text, a, b)
    if len(first) < 2 or "\t" in text[a:b] or any(y - x > 60 for x, y in first):
        return None
    best = None
    for display in (False, True):
        grid = _Grid(text, display)
        block = [(lines[i], first)]
        width = 0           # columns of the block so far; a line that bridges a gutter ends it
        singles = 0         # consecutive one-field lines (wrapped items) taken in
        j = i + 1
        while j < len(lines):
            la, lb = lines[j]
            line = text[la:lb]
            if not line.strip():
                # one blank line inside a table is spacing; two, or prose after it, end it
                nxt = lines[j + 1] if j + 1 < len(lines) else None
                if nxt and len(_fields(text, *nxt)) >= 2 and "\t" not in text[slice(*nxt)]:
                    j += 1
                    continue
                break
            fields = _fields(text, la, lb)
            if "\t" in line or line.lstrip().startswith("|") or line.rstrip().endswith(("。", "．")) \
                    or any(y - x > 60 for x, y in fields):
                break
            if len(fields) == 1:
                if singles >= 2 or len(block) < 1 or has_value_number(line):
                    break
            trial = block + [((la, lb), fields)]
            columns = _split_ok(grid, trial)
            if columns is None or len(columns) < max(width, 2):
                break
            if len(fields) == 1 and len(block) == 1:
                break
            singles = singles + 1 if len(fields) == 1 else 0
            width = len(columns)
            block = trial
            j += 1
        columns = _split_ok(grid, block) if len(block) >= 2 else None
        if columns and (best is None or len(block) * len(columns) > len(best[1]) * len(best[2])):
            best = (grid, block, columns, j)
    if best is None:
        return None
    grid, block, columns, j = best
    if not _looks_tabular(text, block, columns):
        return None
    while len(block) > 2 and len(block[-1][1]) == 1 and \
            text[block[-1][0][0]:block[-1][0][1]].lstrip().startswith(_NOTE_STARTS):   # a note after the table
        block.pop()
    end_line = block[-1][0]
    j = next(k for k, ln in enumerate(lines) if ln == end_line) + 1
    return _rows_of(text, grid, block, columns, page_of), j


def _looks_tabular(text, block, columns) -> bool:
    """Weak evidence needs support: a wide gap (two or more spaces) or three filled columns somewhere,
    and a number or a header word (「第１章　総論」 over 「第２章　現状」 is a list, not a table)."""
    wide = any(m.end() - m.start() >= 2 for (la, lb), _ in block for m in _GAP.finditer(text, la, lb))
    three = any(len(fields) >= 3 for _, fields in block)
    cells = [text[x:y] for _, fields in block for x, y in fields]
    return (wide or three) and (any(has_value_number(c) for c in cells) or any(is_header_word_cell(c) for c in cells))


def _rows_of(text, grid, block, columns, page_of) -> TableDraft:
    """Fields into cells by column; a line without numbers that fills fewer columns continues the row above."""
    pieces: list[list[list[tuple[int, int]]]] = []     # row -> column -> spans (first line, then tails)
    filled_counts: list[int] = []
    for (la, _), fields in block:
        by_col: dict[int, tuple[int, int]] = {}
        for x, y in fields:
            k = _column_of(columns, grid.position(la, x))
            by_col[k] = (by_col[k][0], y) if k in by_col else (x, y)
        numbers = any(has_value_number(text[x:y]) for x, y in by_col.values())
        continues = pieces and not numbers and len(by_col) < filled_counts[-1]
        if continues:
            for k, span in by_col.items():
                pieces[-1][k].append(span)
            continue
        pieces.append([[by_col[k]] if k in by_col else [] for k in range(len(columns))])
        filled_counts.append(len(by_col))
    rows: list[list[Cell]] = []
    for row in pieces:
        cells: list[Cell] = []
        line_end = max((s[0][1] for s in row if s), default=0)
        for spans in row:
            if not spans:
                cells.append(Cell("", line_end, line_end, page_of(line_end)))
                continue
            (x, y), tails = spans[0], spans[1:]
            cells.append(Cell(text[x:y], x, y, page_of(x), tail_spans=tuple(tails),
                              tail="".join(text[p:q] for p, q in tails)))
        rows.append(cells)
    return TableDraft(rows, page_of(block[0][0][0]), origin="text-columns")
