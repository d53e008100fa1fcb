"""Tables in plain text: tab rows, Markdown pipes, box-drawn grids (box_tables), aligned columns, stacked cells.

Works on any text (a .txt/.md file, a PDF page's text) and returns `TableDraft`s whose cell spans index that text.
Space-aligned columns are what pdftotext prints: fields apart by two or more spaces (full-width or not), in columns
that line up over consecutive lines. A column is where no line of the block has text in the gutters between; a line
that only continues the row above (an item wrapped onto the next line, no numbers) adds its pieces as `tail`.

    指標              現状値(2014年度)    目標値(2019年度)
    短期移住体験者数  ９人                年１２人
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from ingest.tables.box_tables import boxed_at
from ingest.tables.stacked import stacked_at
from ingest.tables.build import TableDraft, has_value_number, is_header_word_cell
from ingest.tables.table import Cell
from ingest.vocab.table_words import UNIT_NOTE

_GAP = re.compile(r"(?:[ \u3000]{2,}|\t[ \u3000\t]*)")   # one space or one 「　」 separates words, not columns
_MD_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$|^\s*\|\s*:?-{3,}:?\s*\|\s*$")
_MD_SPLIT = re.compile(r"(?<!\\)\|")
_SPACE = " \u3000"
LONG_BLOCK = 50             # aligned lines; a block this long that is no table is skipped whole
MAX_BLOCK = 400             # lines a table candidate may span
_NUMBERED = re.compile(r"^(?:[（(][0-9０-９]{1,2}[）)]|[0-9０-９]{1,2}[.．、]|第[0-9０-９]{1,2}[章節])")
_MARKERS = ("※", "注", "資料", "出典", "(注", "（注", "*", "【", "・", "●", "○", "◆", "■", "◇", "□", "▶", "①", "②", "③")


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
    """Every table laid out in `text[start:end]`: Markdown, tab-separated, box-drawn, then space-aligned blocks."""
    end = len(text) if end is None else end
    lines = _line_spans(text, start, end)
    drafts: list[TableDraft] = []
    i = 0
    while i < len(lines):
        for finder in (_markdown_at, _tabbed_at, boxed_at, _aligned_at, stacked_at):
            found = finder(text, lines, i, page_of)
            if found:
                draft, i = found       # no draft: nothing to find before line i (a long block that is no table)
                if draft is not None:
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
    return TableDraft(rows, page_of(lines[i][0]), origin="text-tab"), j


def _width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _fields(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Field spans of one line: the stretches between column gaps."""
    out, pos = [], a
    for m in _GAP.finditer(text, a, b):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < b:
        out.append((pos, b))
    return [(x, y) for x, y in (_trim(text, x, y) for x, y in out) if y > x]


def _position(text: str, line_start: int, offset: int, display: bool) -> int:
    """Column of `offset` on its line, counted in characters (pdftotext) or display width (an editor)."""
    if not display:
        return offset - line_start
    return sum(_width(c) for c in text[line_start:offset])


@dataclass
class _Line:
    span: tuple[int, int]
    fields: list[tuple[int, int]]
    places: list[tuple[int, int]] = field(default_factory=list)   # fields as column positions


def _candidate_block(text: str, lines, i: int) -> list[_Line]:
    """Lines from `i` that could belong to one table: no prose sentences, no tabs or pipes, at most
    one blank line at a time, short one-field lines (wrapped items, section rows) but not bullets."""
    block: list[_Line] = []
    singles = 0
    j = i
    while j < len(lines) and len(block) < MAX_BLOCK:
        a, b = lines[j]
        line = text[a:b]
        if not line.strip():
            nxt = lines[j + 1] if j + 1 < len(lines) else None
            if block and nxt and len(_fields(text, *nxt)) >= 2 and "\t" not in text[slice(*nxt)]:
                j += 1
                continue
            break
        fields = _fields(text, a, b)
        stripped = line.strip()
        if "\t" in line or stripped.startswith("|") or stripped.endswith(("。", "．")) or \
                any(y - x > 60 for x, y in fields):
            break
        if len(fields) == 1:
            if not block or singles >= 2 or stripped.startswith(_MARKERS) or _NUMBERED.match(stripped) \
                    or len(stripped) > 30:
                break
            singles += 1
        else:
            singles = 0
        block.append(_Line((a, b), fields))
        j += 1
    return block


def _columns_from(lines: list[_Line]) -> list[list[int]]:
    covered = sorted(p for ln in lines for p in ln.places)
    columns: list[list[int]] = []
    for x, y in covered:
        if columns and x < columns[-1][1]:
            columns[-1][1] = max(columns[-1][1], y)
        else:
            columns.append([x, y])
    return columns


def _overlap(a: tuple[int, int], b) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def _column_for(columns, place: tuple[int, int]) -> int:
    """The column a field belongs to: the one it overlaps most, else the nearest."""
    best = max(range(len(columns)), key=lambda k: (_overlap(place, columns[k]), -abs(place[0] - columns[k][0])))
    if _overlap(place, columns[best]) > 0:
        return best
    return min(range(len(columns)), key=lambda k: min(abs(place[0] - columns[k][1]), abs(place[1] - columns[k][0])))


def _assigned(line: _Line, columns) -> list[int]:
    """The column of each field; a line with a field for every column fills them in order."""
    if len(line.places) == len(columns):
        return list(range(len(columns)))
    return [_column_for(columns, p) for p in line.places]


def _fits(line: _Line, columns) -> bool:
    """Each field in a column of its own, none reaching over three columns (a title does)."""
    cols = _assigned(line, columns)
    wide = any(sum(1 for c in columns if _overlap(p, c) > 0) >= 3 for p in line.places)
    return len(set(cols)) == len(cols) and not wide


def _filled(line: _Line, columns) -> set[int]:
    return set(_assigned(line, columns))


def _merge_never_together(rows: list[_Line], columns) -> list[list[int]]:
    """Adjacent columns never filled in the same row are one column (a header printed left of
    right-aligned numbers)."""
    merged = [list(c) for c in columns]
    k = 0
    while k < len(merged) - 1:
        together = any(set(_assigned(ln, merged)) >= {k, k + 1} for ln in rows)
        if not together:
            merged[k] = [merged[k][0], merged[k + 1][1]]
            del merged[k + 1]
            continue
        k += 1
    return merged


def _aligned_at(text, lines, i, page_of):
    """A space-aligned table starting at line `i`, or None."""
    a, b = lines[i]
    if len(_fields(text, a, b)) < 2:
        return None
    block = _candidate_block(text, lines, i)
    if len(block) < 2:
        return None
    best = None
    for display in (False, True):
        for ln in block:
            ln.places = [(_position(text, ln.span[0], x, display), _position(text, ln.span[0], y, display))
                         for x, y in ln.fields]
        most = max(len(ln.fields) for ln in block)
        full = [ln for ln in block if len(ln.fields) >= max(2, most - 1)]
        if len(full) < 2:
            continue
        columns = _ordinal_columns(block, most)
        if columns is None:
            valued = [ln for ln in full if any(has_value_number(text[x:y]) for x, y in ln.fields)]
            if len(valued) < 2:     # one full row: the shorter rows with values (説明 items) tell the columns
                valued = [ln for ln in block if len(ln.fields) >= 2 and
                          any(has_value_number(text[x:y]) for x, y in ln.fields)]
            columns = _merge_never_together(full, _columns_from(valued if len(valued) >= 2 else full))
        if len(columns) < 2:
            continue
        kept = _trim_block(text, block, full, columns)
        if len(kept) < 2 or not _looks_tabular(text, kept, columns):
            continue
        score = (len(kept), _edges_shared(kept))      # the metric that lines the columns up
        if best is None or score > best[0]:
            best = (score, display, [(_Line(ln.span, ln.fields, list(ln.places))) for ln in kept],
                    [tuple(c) for c in columns])
    if best is None:
        # a long aligned block that is no table is not searched again from each of its lines
        return (None, bisect_left(lines, block[-1].span) + 1) if len(block) >= LONG_BLOCK else None
    _, _, kept, columns = best
    kept = _first_of_repeated_headers(text, kept, columns)
    first = bisect_left(lines, kept[0].span)
    if first > i:           # the table starts further down (title lines above it): go on from there
        return None, first
    return _rows_of(text, kept, columns, page_of), bisect_left(lines, kept[-1].span) + 1


def _ordinal_columns(block: list[_Line], most: int) -> list[list[int]] | None:
    """Where two or more lines have the most fields, their k-th fields are the k-th column: a header
    over right-aligned numbers lines up by order, not by position. None when they do not line up."""
    exact = [ln for ln in block if len(ln.fields) == most]
    if len(exact) < 2:
        return None
    columns = [[min(ln.places[k][0] for ln in exact), max(ln.places[k][1] for ln in exact)] for k in range(most)]
    if any(columns[k][0] >= columns[k + 1][0] or columns[k][1] >= columns[k + 1][1] for k in range(most - 1)):
        return None
    return columns


def _edges_shared(lines: list[_Line]) -> int:
    """Fields whose left or right edge another line's field shares: high where the counting
    (characters or display width) is the one the text was aligned in."""
    starts: dict[int, set[int]] = {}
    ends: dict[int, set[int]] = {}
    for n, ln in enumerate(lines):
        for x, y in ln.places:
            starts.setdefault(x, set()).add(n)
            ends.setdefault(y, set()).add(n)
    return sum(1 for ln in lines for x, y in ln.places if len(starts[x]) > 1 or len(ends[y]) > 1)


def _trim_block(text: str, block: list[_Line], full: list[_Line], columns) -> list[_Line]:
    """From the first full row back over header lines that fit (no numbers), to the last line that fits."""
    first = block.index(full[0])
    start = first
    while start > 0 and _fits(block[start - 1], columns) and len(block[start - 1].fields) >= 2 and \
            not any(has_value_number(text[x:y]) for x, y in block[start - 1].fields):
        start -= 1
    end = block.index(full[-1]) + 1
    while end < len(block) and _starts_apart(block[end], columns) and _goes_on(text, block[end], columns):
        end += 1
    return block[start:end]


def _goes_on(text: str, line: _Line, columns) -> bool:
    """A line after the last full row still belongs to the table: it continues a row (no numbers)
    or holds a value beyond the first column (a 説明 item and its amount); 「３  今後の取組」 (a
    numbered heading: a number only in the first column) does not."""
    if _NUMBERED.match(text[line.fields[0][0]:line.fields[-1][1]]):
        return False
    numbered = [k for (x, y), k in zip(line.fields, _assigned(line, columns)) if has_value_number(text[x:y])]
    return not numbered or any(k > 0 for k in numbered)


def _starts_apart(line: _Line, columns) -> bool:
    """Each field starts in a column of its own (a wrapped item may run on into an empty column)."""
    cols = _assigned(line, columns)
    return len(set(cols)) == len(cols)


def _first_of_repeated_headers(text: str, kept: list[_Line], columns) -> list[_Line]:
    """A header row printed again further down starts another table: stop before it (and before
    the section lines right above it, which are that table's caption)."""
    head = [text[x:y] for x, y in kept[0].fields]
    for k in range(2, len(kept)):
        if [text[x:y] for x, y in kept[k].fields] == head:
            cut = k
            while cut > 1 and len(_filled(kept[cut - 1], columns)) <= 2 < len(columns):
                cut -= 1
            return kept[:cut]
    return kept


def _looks_tabular(text, block: list[_Line], columns) -> bool:
    """Weak evidence needs support: a wide gap (two or more spaces) or three filled columns somewhere,
    and a value beyond the first column or a header word. 「第３章  基本目標と具体的な施策」 over
    「基本目標１  安定した雇用を創出する」 are headings, not a table."""
    wide = any(m.end() - m.start() >= 2 for ln in block for m in _GAP.finditer(text, *ln.span))
    three = any(len(ln.fields) >= 3 for ln in block)
    valued = any(k > 0 and has_value_number(text[x:y]) and not UNIT_NOTE.search(text[x:y])   # 「（単位：千t-CO2）」
                 for ln in block for (x, y), k in zip(ln.fields, _assigned(ln, columns)))
    named = any(is_header_word_cell(text[x:y]) for ln in block[:3] for x, y in ln.fields)
    return (wide or three) and (valued or named)


_LEGEND_KEY = re.compile(r"(?:^|\s)[Ａ-ＥA-E◎○△×●■▲☆★]\s*[:：＝=]")


def _legend_line(text: str, line: "_Line") -> bool:
    """A line that explains marks (「評価 Ａ：目標達成 Ｂ：順調…」, two keys or more) or starts a note (※, 注)."""
    body = text[line.span[0]:line.span[1]].strip()
    return len(_LEGEND_KEY.findall(body)) >= 2 or body.startswith(("※", "＊", "注）", "注)", "(注", "（注"))


def _rows_of(text, block: list[_Line], columns, page_of) -> TableDraft:
    """Fields into cells by column. A line without numbers that fills fewer columns than the rows
    around it is part of a neighbouring row: the head of the next row when that row goes on in the
    same (not first) column with nothing left of it (an item wrapped above its amount, as 説明
    lists print), else the tail of the row above (an item wrapped below)."""
    width = len(columns)
    by_line: list[dict[int, tuple[int, int]]] = []
    for ln in block:
        cols: dict[int, tuple[int, int]] = {}
        for (x, y), k in zip(ln.fields, _assigned(ln, columns)):
            cols[k] = (cols[k][0], y) if k in cols else (x, y)
        by_line.append(cols)
    numbers = [any(has_value_number(text[x:y]) for x, y in cols.values()) for cols in by_line]
    rows: list[list[list[tuple[int, int]]]] = []
    pending_head: dict[int, tuple[int, int]] | None = None
    for n, cols in enumerate(by_line):
        partial = rows and not numbers[n] and len(cols) < max(len(by_line[n - 1]), 2) and \
            any(numbers[m] for m in range(len(by_line)))
        if partial and _legend_line(text, block[n]):
            continue   # 「評価 Ａ：目標達成 Ｂ：…」 under the rows: a note on the table, no wrapped text of a cell
        if partial:
            nxt = by_line[n + 1] if n + 1 < len(by_line) else None
            lead = min(cols)
            if nxt and numbers[n + 1] and lead > 0 and min(nxt) == lead:
                pending_head = cols
                continue
            for k, span in cols.items():
                rows[-1][k].append(span)
            continue
        row = [[cols[k]] if k in cols else [] for k in range(width)]
        if pending_head:
            for k, span in pending_head.items():
                row[k].insert(0, span)
            pending_head = None
        rows.append(row)
    drafts: list[list[Cell]] = []
    for row in rows:
        line_end = max((spans[0][1] for spans in row if spans), default=0)
        cells = []
        for spans in row:
            if not spans:
                cells.append(Cell("", line_end, line_end, page_of(line_end)))
                continue
            (x, y), tails = spans[0], spans[1:]
            cells.append(Cell(text[x:y], x, y, page_of(x), tail_spans=tuple(tails),
                              tail="".join(text[p:q] for p, q in tails)))
        drafts.append(cells)
    return TableDraft(drafts, page_of(block[0].span[0]), origin="text-columns")
