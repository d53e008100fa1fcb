"""Text set in two columns on a PDF page, to be read one column at a time.

A 効果検証報告書 or a newsletter prints its body in two text columns without frames: each printed line then holds a
line of the left column and a line of the right one, and reading the page line by line interleaves two KPI cards or
two paragraphs — the 基準値 of one indicator beside the 目標値 of another. Where a vertical gap runs through every
printed line of a stretch of the page (a title or a rule across the page ends the stretch), and both sides are
wide and hold running text (lines of a sentence's length, in kana and kanji, without a cell gap), the stretch is read as two boxes, the left column before the right one
(`boxes_to_read_apart` then reads each box's lines together). A table printed without rules is not a pair of text
columns: its sides are narrow or its cells short (no column of lines that fill it).
"""
from __future__ import annotations

import re
import statistics

from ingest.vocab.units import VALUE_MARK_UNITS

LINE_TOLERANCE = 1.5       # points: characters whose tops lie this close stand on one printed line
GAP_IN_CHARS = 2.5         # a gutter at least this many character widths wide; narrower gaps are word spacing
MIDDLE = (0.3, 0.7)        # the gutter lies in this share of the text's width
MIN_SIDE_SHARE = 0.3       # each column at least this share of the text's width
MIN_ROWS = 6               # printed lines in a stretch of two columns
MIN_SIDE_ROWS = 3          # printed lines with text on each side
FULL_LINE = 0.6            # a line of running text fills this share of its column
SHORT_LINE = 0.45          # … or this share, in a column of cards (a card's one-line description)
MIN_CARDS = 2              # card lines (a name, then its figure flush right) that make a column of cards
MIN_FULL_LINES = 2         # … and each column holds at least this many
MIN_PROSE_CHARS = 12       # … of at least this many characters, with kana: a sentence, not a cell's label
_KANA = re.compile("[ぁ-ん]")


def _rows(chars) -> list[tuple[float, float, list]]:
    """Printed lines: (top, bottom, characters sorted by x)."""
    rows: list[list] = []
    for ch in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        if rows and abs(ch["top"] - rows[-1][0]["top"]) <= LINE_TOLERANCE:
            rows[-1].append(ch)
        else:
            rows.append([ch])
    return [(min(c["top"] for c in r), max(c["bottom"] for c in r), sorted(r, key=lambda c: c["x0"])) for r in rows]


def _spans(row: list, gap: float) -> list[tuple[float, float]]:
    """The x stretches a printed line covers, neighbouring characters closer than `gap` joined."""
    spans: list[list[float]] = []
    for ch in row:
        if spans and ch["x0"] - spans[-1][1] < gap:
            spans[-1][1] = max(spans[-1][1], ch["x1"])
        else:
            spans.append([ch["x0"], ch["x1"]])
    return [(a, b) for a, b in spans]


def _free(spans, lo: float, hi: float) -> list[tuple[float, float]]:
    """The parts of [lo, hi] no span covers."""
    out, at = [], lo
    for a, b in sorted(spans):
        if a > at:
            out.append((at, min(a, hi)))
        at = max(at, b)
        if at >= hi:
            break
    if at < hi:
        out.append((at, hi))
    return [(a, b) for a, b in out if b > a]


def _intersect(xs, ys) -> list[tuple[float, float]]:
    return [(max(a, c), min(b, d)) for a, b in xs for c, d in ys if min(b, d) > max(a, c)]


def _stretches(rows, lo: float, hi: float, gap: float) -> list[tuple[int, int, tuple[float, float]]]:
    """Runs of consecutive printed lines (first, last index) that share a gap at least `gap` wide in [lo, hi]."""
    found = []
    start, free = None, None
    for i, (_, _, row) in enumerate(rows + [(0, 0, None)]):
        own = _free(_spans(row, gap), lo, hi) if row is not None else []
        shared = [f for f in _intersect(free, own) if f[1] - f[0] >= gap] if free is not None else []
        if free is not None and shared:
            free = shared
            continue
        if start is not None and free:
            found.append((start, i - 1, max(free, key=lambda f: f[1] - f[0])))
        own = [f for f in own if f[1] - f[0] >= gap]
        start, free = (i, own) if own else (None, None)
        floor = found[-1][0] if found and found[-1][1] - found[-1][0] + 1 < MIN_ROWS else i
        while start is not None and start > 0 and start - 1 >= floor and rows[start - 1][2] is not None:
            # the lines just above that leave the new gutter free too (a heading over each column, 「■子育て ■安全」)
            # belong to it, not to the short stretch they closed (a legend line above them; never a stretch of columns)
            line = rows[start - 1][2]
            above = [f for f in _intersect(free, _free(_spans(line, gap), lo, hi)) if f[1] - f[0] >= gap]
            cut = max(above, key=lambda f: f[1] - f[0]) if above else None
            if cut is None or not (any(c["x1"] <= cut[0] + 0.5 for c in line) and any(c["x0"] >= cut[1] - 0.5 for c in line)):
                break   # (a line on one side only, a date flush right under the title, stays where it is)
            start, free = start - 1, above
            if found and found[-1][1] >= start:
                found[-1] = (found[-1][0], start - 1, found[-1][2])
        if found and found[-1][1] < found[-1][0]:
            found.pop()
    return found


def _prose_line(side: list, gap: float, width: float, fill: float = FULL_LINE) -> bool:
    """A line of running text: one stretch without a cell gap, long, in kana and kanji, filling its column."""
    text = "".join(c["text"] for c in side)
    return len(text) >= MIN_PROSE_CHARS and bool(_KANA.search(text)) and len(_spans(side, gap)) == 1 \
        and side[-1]["x1"] - side[0]["x0"] >= fill * width


def _card_line(side: list, gap: float, width: float) -> bool:
    """A card's head line: a name, then its figure set flush right across the column (「〔新規〕…事業　1億4,600万円」)."""
    spans = _spans(side, gap)
    return len(spans) == 2 and not _FIGURE_START.match(side[0]["text"]) and side[-1]["text"] in _FIGURE_END \
        and side[-1]["x1"] - side[0]["x0"] >= 0.9 * width


def _text_side(filled: list, gap: float, width: float) -> bool:
    """A column of running text, or of cards (name lines with their figures, each over a short description)."""
    if sum(1 for s in filled if _prose_line(s, gap, width)) >= MIN_FULL_LINES:
        return True
    return sum(1 for s in filled if _card_line(s, gap, width)) >= MIN_CARDS \
        and sum(1 for s in filled if _prose_line(s, gap, width, SHORT_LINE)) >= MIN_FULL_LINES


def _is_two_columns(rows, left: float, right: float, cut: tuple[float, float], gap: float) -> bool:
    width = right - left
    sides = [[c for c in row if c["x1"] <= cut[0] + 0.5] for _, _, row in rows], \
        [[c for c in row if c["x0"] >= cut[1] - 0.5] for _, _, row in rows]
    if len(rows) < MIN_ROWS:
        return False
    for side in sides:
        filled = [s for s in side if s]
        if len(filled) < MIN_SIDE_ROWS:
            return False
        a, b = min(c["x0"] for s in filled for c in s), max(c["x1"] for s in filled for c in s)
        if b - a < MIN_SIDE_SHARE * width:
            return False
        if not _text_side(filled, gap, b - a):
            return False
    # a side whose lines open with figures holds a table's value columns (「目標 実績」 beside 「指標 基準」), no text
    opened = [s for s in sides[1] if s]
    return sum(1 for s in opened if _FIGURE_START.match(s[0]["text"])) * 2 <= len(opened)


_FIGURE_START = re.compile(r"[0-9０-９△▲.,，．％%]")
_FIGURE_END = "0123456789０１２３４５６７８９" + VALUE_MARK_UNITS.replace("|", "")   # a figure's last character


def text_columns(chars) -> list[tuple[float, float, float, float]]:
    """The column boxes (x0, top, x1, bottom) of the stretches of a page set in two text columns, the left column
    of a stretch before its right one; [] when the page has none. `chars`: the page's characters outside tables."""
    chars = [c for c in chars if c["text"].strip()]
    if len(chars) < 40:
        return []
    size = statistics.median(c["x1"] - c["x0"] for c in chars) or 1.0
    left, right = min(c["x0"] for c in chars), max(c["x1"] for c in chars)
    width = right - left
    rows = _rows(chars)
    boxes = []
    lo, hi = left + MIDDLE[0] * width, left + MIDDLE[1] * width
    for first, last, cut in _stretches(rows, lo, hi, GAP_IN_CHARS * size):
        part = rows[first:last + 1]
        if not _is_two_columns(part, left, right, cut, GAP_IN_CHARS * size):
            continue
        top, bottom = part[0][0] - 0.5, part[-1][1] + 0.5
        boxes.append((left - 0.5, top, cut[0] + 0.5 * (cut[1] - cut[0]), bottom))
        boxes.append((cut[0] + 0.5 * (cut[1] - cut[0]), top, right + 0.5, bottom))
    return boxes
