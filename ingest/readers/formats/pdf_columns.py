"""Pages set in two text columns, to be read one column at a time.

A 施政方針 or a 議会だより prints its prose in two columns: every printed line then holds a line of the left column
and a line of the right one, and reading the page line by line joins them — a sentence, a 事業 name or an amount
(「１億２，３／００万円」) is broken by the other column's text. Where a page's printed lines part at one vertical
gutter — a band near the middle that no character of theirs covers — and each side's text reaches the gutter (prose
filling its column, not a label beside a figure in a table), the lines between two lines that cross the gutter (a
title across the page, a centred page number) form a block of two columns: the left column is read down to its end,
then the right one. A page without such a gutter is read as before.
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass

CENTRAL = (0.3, 0.7)       # the share of the page's width the gutter stands in
MIN_GUTTER = 6.0           # points: a narrower gap is a space between words
MIN_SPLIT_LINES = 4        # printed lines with text on both sides of the gutter that make a block of two columns
FILLED_SHARE = 0.6         # the share of those lines whose text reaches the gutter from each side (prose, not cells)
NEAR_CHARS = 2.5           # how close to the gutter (in character widths) a filled column's text stands
MIN_SIDE_CHARS = 12        # characters on each side of a split line of prose (an index's 「第４　議案第15号」 has fewer)
LINE_TOLERANCE = 1.5       # points: characters whose tops lie this close stand on one printed line


@dataclass(frozen=True)
class _Line:
    top: float
    bottom: float
    spans: tuple[tuple[float, float], ...]     # the characters' x extents, left to right

    def crosses(self, band: tuple[float, float]) -> bool:
        """Whether the line runs across the gutter's band: a character over its middle, or characters reaching into
        it from both sides (a title whose own space falls at the gutter). A column's line a character too long
        reaches in from one side only."""
        middle = (band[0] + band[1]) / 2
        if any(a < middle < b for a, b in self.spans):
            return True
        from_left = any(band[0] + 1 < b <= middle for _, b in self.spans)
        from_right = any(middle <= a < band[1] - 1 for a, _ in self.spans)
        return from_left and from_right

    def left_edge_before(self, x: float) -> float | None:
        ends = [b for _, b in self.spans if b <= x]
        return max(ends) if ends else None

    def right_start_after(self, x: float) -> float | None:
        starts = [a for a, _ in self.spans if a >= x]
        return min(starts) if starts else None


def _printed_lines(chars) -> list[_Line]:
    lines: list[list] = []
    for ch in sorted((c for c in chars if c["text"].strip()), key=lambda c: (c["top"], c["x0"])):
        if lines and abs(ch["top"] - lines[-1][0]["top"]) <= LINE_TOLERANCE:
            lines[-1].append(ch)
        else:
            lines.append([ch])
    return [_Line(min(c["top"] for c in ln), max(c["bottom"] for c in ln),
                  tuple(sorted((float(c["x0"]), float(c["x1"])) for c in ln))) for ln in lines]


def _gaps(line: _Line, low: float, high: float) -> list[tuple[float, float]]:
    """The gaps of at least MIN_GUTTER between a line's characters whose middle lies in [low, high]."""
    out = []
    for (_, b), (a, _) in zip(line.spans, line.spans[1:]):
        if a - b >= MIN_GUTTER and low <= (a + b) / 2 <= high:
            out.append((b, a))
    return out


def _gutter(lines: list[_Line], width: float) -> tuple[float, float] | None:
    """The band (left, right) of the gutter most printed lines part at: where their gaps typically begin and end (a
    title's own space at the gutter is narrower; None when fewer than MIN_SPLIT_LINES part at one x)."""
    low, high = width * CENTRAL[0], width * CENTRAL[1]
    gaps = [g for ln in lines for g in _gaps(ln, low, high)]
    best, best_count = None, 0
    for a, b in gaps:
        x = (a + b) / 2
        count = sum(1 for c, d in gaps if c <= x <= d)
        if count > best_count:
            best, best_count = x, count
    if best is None or best_count < MIN_SPLIT_LINES:
        return None
    held = [(c, d) for c, d in gaps if c <= best <= d]
    return statistics.median(c for c, _ in held), statistics.median(d for _, d in held)


def _filled(block: list[_Line], x: float, char_width: float) -> bool:
    """Whether the block's split lines are two columns of prose: on most of them each side's text runs unbroken (no
    gap of a table's cells) across most of its column's width, reaching the gutter from the left and starting at it
    on the right — never a list of labels and figures, nor an aligned index whose two sides are short."""
    split = [ln for ln in block if ln.left_edge_before(x) is not None and ln.right_start_after(x) is not None]
    if len(split) < MIN_SPLIT_LINES:
        return False
    near = NEAR_CHARS * char_width
    left_start = min(ln.spans[0][0] for ln in split)
    right_end = max(ln.spans[-1][1] for ln in split)
    lefts = [ln.left_edge_before(x) for ln in split]
    rights = [ln.right_start_after(x) for ln in split]
    left_width, right_width = max(lefts) - left_start, right_end - min(rights)
    full = 0
    for ln, end, start in zip(split, lefts, rights):
        left = [sp for sp in ln.spans if sp[1] <= x]
        right = [sp for sp in ln.spans if sp[0] >= x]
        unbroken = all(b2 - a1 < near for (_, a1), (b2, _) in zip(left, left[1:])) \
            and all(b2 - a1 < near for (_, a1), (b2, _) in zip(right, right[1:]))
        if (unbroken and min(len(left), len(right)) >= MIN_SIDE_CHARS and max(lefts) - end <= near and start - min(rights) <= near
                and end - left[0][0] >= FILLED_SHARE * left_width):
            full += 1
    return full / len(split) >= FILLED_SHARE and right_width > 0 and left_width > 0


def column_regions(page, chars, tables: list) -> list[tuple]:
    """The column regions (x0, top, x1, bottom) of each block of two text columns on `page`, in reading order (the
    left column before the right one, block by block from the top); [] when the page is not set in columns.
    `chars`: the page's characters outside `tables` (the bboxes of its tables, never split)."""
    lines = _printed_lines(chars)
    widths = sorted(c["x1"] - c["x0"] for c in chars if c["text"].strip())
    if len(lines) < MIN_SPLIT_LINES or not widths:
        return []
    band = _gutter(lines, float(page.width))
    if band is None:
        return []
    x = (band[0] + band[1]) / 2
    char_width = widths[len(widths) // 2]
    blocks: list[list[_Line]] = [[]]
    for ln in lines:
        if ln.crosses(band):
            blocks.append([])       # a title or a page number across the gutter ends a block
        else:
            blocks[-1].append(ln)
    regions = []
    for block in blocks:
        if not block or not _filled(block, x, char_width):
            continue
        if any(t[1] < block[-1].bottom and block[0].top < t[3] and t[0] < x < t[2] for t in tables):
            continue       # a table across the gutter inside the block: its rows are no columns
        top, bottom = block[0].top - LINE_TOLERANCE, block[-1].bottom + LINE_TOLERANCE
        regions += [(float(page.bbox[0]), top, x, bottom), (x, top, float(page.bbox[2]), bottom)]
    return regions
