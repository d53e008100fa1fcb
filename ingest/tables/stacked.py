"""Tables flattened one cell per line: an HTML or PDF table exported as text puts every cell on a line of its
own (often with blank lines between), so the header cells stand on consecutive lines and each row's cells
follow on the next lines, row after row:

    基本目標            <- header cells, one a line
    事業数
    事業費
    1 子育て日本一…     <- then each row's cells, in the same order
    43
    2,121

The header is a run of short lines that each name a column (ingest.tables.build.is_header_word_cell); the
body is a run of groups of as many lines, each group a label followed by cells that hold values. The
result is an ordinary `TableDraft` (cell spans into the text), so the records come from the column roles
like any other table's.
"""
from __future__ import annotations

import re

from ingest.tables.build import TableDraft, has_value_number, is_header_word_cell
from ingest.vocab.table_words import column_role
from ingest.vocab.eras import is_year_only
from ingest.tables.table import Cell

MAX_CELL_CHARS = 40     # a cell on a line of its own; a longer line is prose
MAX_COLUMNS = 8
MIN_ROWS = 2
MAX_ROLE_WORD = 6       # 「達成状況」: a role word alone names a column; 「…成果指標の状況」 (a title) does not
_WRAPPED = re.compile(r"^[(（\[［].{1,12}[)）\]］]$")    # the rest of a header cell the export put on a line below


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


def _names_column(piece: str) -> bool:
    """A header cell: a header word or a word that gives a column its role (「達成状況」), without figures."""
    if has_value_number(piece):
        return False
    return is_header_word_cell(piece) or (len(piece) <= MAX_ROLE_WORD and bool(column_role(piece).role))


def _line_index(lines: list[tuple[int, int]], offset: int, start: int) -> int:
    j = start
    while j < len(lines) and lines[j][1] < offset:
        j += 1
    return j


def _year_of_value_column(piece: str, above: str) -> bool:
    """「令和元年度」 on the line under 「基準値」: the year of that value column, wrapped onto a line of its own."""
    role = column_role(above)
    return is_year_only(piece) and role.role in ("baseline", "actual", "target") and role.year is None


def stacked_at(text: str, lines: list[tuple[int, int]], i: int, page_of):
    """A table flattened one cell per line starting at line `i`: (TableDraft, next line index), or None.
    A year alone under a value column's header (「基準値」 / 「令和元年度」) is first read as that header's second
    line; when the rows do not line up so, as a column of its own."""
    return _stacked_at(text, lines, i, page_of, True) or _stacked_at(text, lines, i, page_of, False)


def _group_heads(text: str, cells: list[tuple[int, int]], k: int, first_header: str) -> set[int] | None:
    """The first column a group (「基本目標」 over 「基本目標１　地域の…」): the export puts the group's cell once, on a
    line of its own before its rows, so the rows below hold one cell less. The cell indexes of those group lines
    (each starting with the column's header word and a number), or None when the body's first line is no such line."""
    numbered = re.compile(re.escape(first_header) + r"\s*[0-9０-９一二三四五六七八九十ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]")
    heads = {j for j in range(k, len(cells)) if numbered.match(text[slice(*cells[j])])}
    return heads if k in heads else None


def _stacked_at(text: str, lines: list[tuple[int, int]], i: int, page_of, wrap_years: bool):
    a, b = lines[i]
    first = text[a:b].strip()
    if not first or not _names_column(first):
        return None
    cells = _cell_lines(text, lines, i, MAX_COLUMNS * 80)
    header: list[list[tuple[int, int]]] = []      # each header cell: its line, and a wrapped 「（令和元年度）」 line
    k = 0
    while k < len(cells) and len(header) < MAX_COLUMNS:
        piece = text[slice(*cells[k])]
        if header and len(header[-1]) == 1 and (_WRAPPED.match(piece) or wrap_years and _year_of_value_column(
                piece, text[slice(*header[-1][0])])):
            header[-1].append(cells[k])          # 「基準値」 over 「（令和元年度）」: one header cell on two lines
        elif _names_column(piece):
            header.append([cells[k]])
        else:
            break
        k += 1
    width = len(header)
    if width < 2:
        return None
    rows: list[list[tuple[int, int]]] = []
    heads = _group_heads(text, cells, k, text[slice(*header[0][0])])
    group_cell = None
    while k + width - (heads is not None) <= len(cells):
        if heads is not None and k in heads:
            group_cell, k = cells[k], k + 1       # 「基本目標２　…」: the group column's cell, on a line before its rows
            continue
        group = cells[k:k + width] if heads is None else [group_cell] + cells[k:k + width - 1]
        if heads is not None and any(c in heads for c in range(k, k + width - 1)):
            break
        at = 0 if heads is None else 1          # the row's label: after the group's cell, when there is one
        label, rest = text[slice(*group[at])], [text[slice(*c)] for c in group[at + 1:]]
        if has_value_number(label) and not any(ch.isalpha() and not ch.isascii() for ch in label):
            break       # a number where the row's label should be: the groups no longer line up
        if not any(has_value_number(t) for t in rest) or sum(map(_names_column, rest)) * 2 > len(rest):
            break       # no figures, or mostly header words: the next table's header
        rows.append(group)
        k += width - (heads is not None)
    if len(rows) < MIN_ROWS:
        return None
    head = [Cell(text[x:y], x, y, page_of(x), tail_spans=tuple(rest), tail="".join(text[p:q] for p, q in rest))
            for (x, y), *rest in header]
    body = [[Cell(text[x:y], x, y, page_of(x)) for x, y in row] for row in rows]
    draft = TableDraft([head] + body, page_of(a), origin="text-stacked")
    return draft, _line_index(lines, rows[-1][-1][1], i) + 1
