"""Tables drawn with box-drawing characters in plain text (a 広報 or 予算書 typed in a word processor of old):

    ┌──┬──────────┬─────┐
    │区分│事業名              │予算額    │
    ├──┼──────────┼─────┤
    │新規│駅前広場照明更新事業│８００万円│
    │　　│　夜間の歩行者の安全│          │
    │　　│　を確保します。    │          │
    ├──┼──────────┼─────┤

A cell is the text between two vertical bars (│ ┃ ║); a rule line (┌ ├ └ ─ ┼ …) separates rows. Where the table
draws a rule between its body rows, the lines between two rules are one row: the first line holds each cell's
text, the lines below continue it (a description under a name, a word broken at the bar) and become the cell's
`tail` — a line whose first cell is empty, or one without figures that fills fewer cells than the row's first. Where no rule separates the body rows, each line is a row, except a line whose first cell is empty and
that holds no figure: it continues the row above. A rule that starts right of the first bar (「│　　├──┤」)
leaves the first cell merged over the row below it, and that row repeats it. Cell spans index the text verbatim;
the bars are never part of a cell. A box of one column (a ┏━┓ title frame) is no table.
"""
from __future__ import annotations

import re

from ingest.tables.build import TableDraft, has_value_number
from ingest.tables.table import Cell

_BARS = "│┃║"
_RULE_CHARS = "─━═┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋┠┨┯┷┿╂╔╗╚╝╠╣╦╩╬│┃║ \u3000-"
_RULE = re.compile(rf"^[ \u3000]*[┌├└┏┣┗┠╔╠╚][{re.escape(_RULE_CHARS)}]*$")
_CONTENT = re.compile(rf"^[ \u3000]*[{_BARS}]")
_SPACE = " \u3000"


def _is_rule(line: str) -> bool:
    return bool(_RULE.match(line)) and any(ch in line for ch in "─━═")


def _pieces(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The spans between the bars of one content line, trimmed of spaces (an empty cell is an empty span)."""
    bars = [k for k in range(a, b) if text[k] in _BARS]
    spans = []
    for x, y in zip(bars, bars[1:]):
        x += 1
        while x < y and text[x] in _SPACE:
            x += 1
        while y > x and text[y - 1] in _SPACE:
            y -= 1
        spans.append((x, y))
    return spans


def boxed_at(text: str, lines: list[tuple[int, int]], i: int, page_of):
    """A box-drawn table starting at line `i` (its top rule or first bar line): (TableDraft, next line), or None."""
    a, b = lines[i]
    if not (_is_rule(text[a:b]) or _CONTENT.match(text[a:b])):
        return None
    j, groups, current, merged = i, [], [], set()
    while j < len(lines):
        line = text[slice(*lines[j])]
        if _is_rule(line) or _CONTENT.match(line) and any(ch in line for ch in "─━═"):
            if current:
                groups.append(current)
                if not _is_rule(line):   # 「│　　├──┼──┤」: the first cell goes on down, merged over the next row
                    merged.add(len(groups))
            current = []
        elif _CONTENT.match(line) and line.rstrip(_SPACE)[-1:] in _BARS:
            current.append(_pieces(text, *lines[j]))
        else:
            break
        j += 1
    if current:
        groups.append(current)
    if not groups or max(len(p) for g in groups for p in g) < 2:
        return (None, j) if j > i else None   # a one-column frame (a title box): read as text
    rows, firsts = _rows(text, groups)
    page = page_of(a)
    cells = [[_cell(text, spans, page) for spans in row] for row in rows]
    for n in sorted(merged):   # a merged cell is repeated in every grid position it covers (ingest.tables.table)
        r = firsts.get(n)
        if r and cells[r] and cells[r][0].empty and cells[r - 1]:
            cells[r][0] = cells[r - 1][0]
    # the rule under a first row of labels (no figures) marks it as the header
    labels = len(groups) > 1 and len(groups[0]) == 1 and not any(has_value_number(c.whole) for c in cells[0])
    return TableDraft(cells, page, origin="text-box", header_count=1 if labels else None), j


def _rows(text: str, groups: list[list[list[tuple[int, int]]]]):
    """Rows of cells, each cell a list of line spans (its first line, then the lines that continue it), and the
    row each group of lines starts."""
    ruled = len(groups) > 2   # a rule between body rows: the lines between two rules are one row
    rows: list[list[list[tuple[int, int]]]] = []
    firsts: dict[int, int] = {}
    for n, group in enumerate(groups):
        firsts[n] = len(rows)
        started = False
        for pieces in group:
            first_empty = not pieces or pieces[0][0] >= pieces[0][1]
            figures = any(has_value_number(text[x:y]) for x, y in pieces)
            filled = sum(1 for x, y in pieces if y > x)
            head = sum(1 for spans in rows[-1] if spans and spans[0][1] > spans[0][0]) if started else 0
            # a line under a row's first line continues it: its first cell empty (a 区分 printed once), or, between
            # two rules, a line without figures that fills fewer cells (a description under the name)
            goes_on = started and (first_empty and (ruled and n > 0 or not figures)
                                   or ruled and n > 0 and not figures and filled < head)
            if goes_on and len(pieces) <= len(rows[-1]):
                for k, (x, y) in enumerate(pieces):
                    if y > x:
                        rows[-1][k].append((x, y))
                continue
            rows.append([[(x, y)] for x, y in pieces])
            started = True
    return rows, firsts


def _cell(text: str, spans: list[tuple[int, int]], page) -> Cell:
    filled = [(x, y) for x, y in spans if y > x]
    if not filled:
        x = spans[0][0]
        return Cell("", x, x, page)
    (x, y), tails = filled[0], tuple(filled[1:])
    return Cell(text[x:y], x, y, page, tail_spans=tails, tail="".join(text[p:q] for p, q in tails))
