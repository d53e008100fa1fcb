"""Tables flattened one cell per line: an HTML or PDF table exported as text puts every cell on a line of its
own (often with blank lines between), so the header cells stand on consecutive lines and each row's cells
follow on the next lines, row after row:

    基本目標            <- header cells, one a line
    事業数
    事業費
    1 子育て日本一…     <- then each row's cells, in the same order
    43
    2,121

The header is a run of short lines that each name a column (ingest.table_build.is_header_word_cell); the
body is a run of groups of as many lines, each group a label followed by cells that hold values. The
result is an ordinary `TableDraft` (cell spans into the text), so the records come from the column roles
like any other table's.
"""
from __future__ import annotations

from ingest.table_build import TableDraft, has_value_number, is_header_word_cell
from ingest.tables import Cell

MAX_CELL_CHARS = 40     # a cell on a line of its own; a longer line is prose
MAX_COLUMNS = 8
MIN_ROWS = 2


def _cell_lines(text: str, lines: list[tuple[int, int]], i: int, limit: int) -> list[tuple[int, int]]:
    """Spans of the non-blank lines from line `i` on (blank lines skipped), up to `limit` of them,
    stopping at a line too long to be a cell or ending a sentence."""
    out: list[tuple[int, int]] = []
    j = i
    while j < len(lines) and len(out) < limit:
        a, b = lines[j]
        while a < b and text[a] in " \u3000\t":
            a += 1
        while b > a and text[b - 1] in " \u3000\t":
            b -= 1
        j += 1
        if a == b:
            continue
        piece = text[a:b]
        if len(piece) > MAX_CELL_CHARS or piece.endswith(("。", "．")) or "\t" in piece:
            break
        out.append((a, b))
    return out


def _line_index(lines: list[tuple[int, int]], offset: int, start: int) -> int:
    j = start
    while j < len(lines) and lines[j][1] < offset:
        j += 1
    return j


def stacked_at(text: str, lines: list[tuple[int, int]], i: int, page_of):
    """A table flattened one cell per line starting at line `i`: (TableDraft, next line index), or None."""
    a, b = lines[i]
    first = text[a:b].strip()
    if not first or not is_header_word_cell(first) or has_value_number(first):
        return None
    cells = _cell_lines(text, lines, i, MAX_COLUMNS * 60)
    width = 0
    while width < min(len(cells), MAX_COLUMNS) and is_header_word_cell(text[slice(*cells[width])]) \
            and not has_value_number(text[slice(*cells[width])]):
        width += 1
    if width < 2:
        return None
    rows: list[list[tuple[int, int]]] = [cells[:width]]
    k = width
    while k + width <= len(cells):
        group = cells[k:k + width]
        label, rest = text[slice(*group[0])], [text[slice(*c)] for c in group[1:]]
        if has_value_number(label) and not any(ch.isalpha() and not ch.isascii() for ch in label):
            break       # a number where the row's label should be: the groups no longer line up
        if not any(has_value_number(t) for t in rest) or any(is_header_word_cell(t) for t in rest):
            break
        rows.append(group)
        k += width
    if len(rows) - 1 < MIN_ROWS:
        return None
    draft = TableDraft([[Cell(text[x:y], x, y, page_of(x)) for x, y in row] for row in rows],
                       page_of(a), origin="text-stacked")
    return draft, _line_index(lines, rows[-1][-1][1], i) + 1
