"""Boxes set side by side on a PDF page, to be read one box at a time.

A 主要事業の概要 or a 施策体系図 prints its 事業 as framed boxes in two (or more) columns: each printed line then
holds the text of two boxes, and reading the page line by line interleaves two 事業 — the title of one, the
amount of the other. Where ruled rectangles stand side by side and their text shares printed lines, each box's
lines are read together, box after box (by their top, then from the left), so a box's title, 担当課, 予算額 and
概要 stay one block. A page without such boxes, and every table pdfplumber finds, is read as before.
"""
from __future__ import annotations

MIN_BOX_WIDTH = 60.0      # points: a narrower rectangle is a mark or a rule, not a box of text
MIN_BOX_HEIGHT = 20.0     # … a lower one a shaded title bar or an underline
MAX_BOX_SHARE = 0.6       # a rectangle wider than this share of the page frames the page, not a column's box
MIN_BOX_LINES = 2         # a box of a 事業 holds a title and its fields; a one-line rectangle is a table's cell
LINE_TOLERANCE = 1.5      # points: two characters whose tops lie this close stand on one printed line


def _contains(outer, inner, slack: float = 1.0) -> bool:
    return (outer[0] - slack <= inner[0] and outer[1] - slack <= inner[1]
            and inner[2] <= outer[2] + slack and inner[3] <= outer[3] + slack)


def _overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _side_by_side(a, b) -> bool:
    """Columns apart (no shared x), rows shared (their heights overlap)."""
    return (a[2] <= b[0] or b[2] <= a[0]) and a[1] < b[3] and b[1] < a[3]


def _candidate_rects(page, tables: list) -> list[tuple]:
    rects = []
    for r in page.rects:
        box = (float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"]))
        w, h = box[2] - box[0], box[3] - box[1]
        if w < MIN_BOX_WIDTH or h < MIN_BOX_HEIGHT or w > page.width * MAX_BOX_SHARE:
            continue
        if any(_overlaps(box, t) for t in tables):
            continue      # a table is read as a table, never box by box
        if box not in rects:
            rects.append(box)
    return [r for r in rects if not any(o != r and _contains(o, r) for o in rects)]


def _tops(chars, box) -> set[int]:
    """The printed lines (tops, in half-tolerance steps) a box has text on."""
    x0, top, x1, bottom = box
    return {round(c["top"] / LINE_TOLERANCE) for c in chars if c["text"].strip()
            and x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom}


def _line_count(tops: set[int]) -> int:
    """How many printed lines the tops make (neighbouring steps are one line printed in mixed sizes)."""
    ordered = sorted(tops)
    return sum(1 for i, t in enumerate(ordered) if i == 0 or t - ordered[i - 1] > 1)


def boxes_to_read_apart(page, chars, tables: list) -> list[tuple]:
    """The boxes of `page` (x0, top, x1, bottom) whose text shares printed lines with a box beside it, in reading
    order (top, then left); [] when the page has none. `tables`: the bboxes of the tables found on the page."""
    rects = _candidate_rects(page, tables)
    if len(rects) < 2:
        return []
    tops = {r: _tops(chars, r) for r in rects}
    chosen: set[tuple] = set()
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            if not _side_by_side(a, b) or _line_count(tops[a]) < MIN_BOX_LINES or _line_count(tops[b]) < MIN_BOX_LINES:
                continue
            near = {t + d for t in tops[a] for d in (-1, 0, 1)}
            if near & tops[b]:
                chosen.update((a, b))
    return sorted(chosen, key=lambda r: (round(r[1]), r[0]))
