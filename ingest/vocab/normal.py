"""The normalised view a parser reads, with a map back to the text as given.

Parsers read NFKC text (full-width digits 「１２３」 -> 「123」, 「，」 -> 「,」, 「％」 -> 「%」) but report spans into
the text the caller passed, so quotes stay verbatim. NFKC is applied one character at a time (never across
characters), so every normalised character knows the original character it came from. A few marks NFKC leaves
alone are folded too: the tildes 「〜」 「˜」 and the minus signs 「−」 「‐」 (so 「R2〜R6」 reads as a range).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

_EXTRA = {"〜": "~", "˜": "~", "∼": "~", "−": "-", "‐": "-", "‑": "-", "–": "-", "―": "-",
          "\u3000": " ", "\t": " ", "\xa0": " "}


class _CharTable(dict):
    """str.translate's table: each character to its NFKC form, computed once per character."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        n = _EXTRA.get(c) or unicodedata.normalize("NFKC", c)
        n = _EXTRA.get(n, n) if len(n) == 1 else n
        self[code] = n
        return n


_TABLE = _CharTable()


def _char(c: str) -> str:
    return _TABLE[ord(c)]


@dataclass(frozen=True)
class Normalized:
    """`text` is the NFKC view of `raw`. The few characters NFKC expands (「⑩」 -> 「10」, 「…」 -> 「...」, 「㎡」 -> 「m2」)
    are listed: `expanded` holds (index in text, index in raw, length in text) for each, in order; every other
    character keeps its place, shifted by the expansions before it."""

    raw: str
    text: str
    expanded: tuple[tuple[int, int, int], ...] = ()
    _shift: tuple[int, ...] = ()     # text index - raw index after each expansion (cumulative)

    def origin(self, i: int) -> int:
        """The raw index of text index `i` (`i == len(text)` maps to `len(raw)`)."""
        if not self.expanded:
            return i
        k = bisect_right(self.expanded, (i, len(self.raw) + 1, 0)) - 1
        if k < 0:
            return i
        at, raw_at, length = self.expanded[k]
        return raw_at if i < at + length else i - self._shift[k]

    def text_index(self, raw_index: int) -> int:
        """The text index where raw character `raw_index` starts."""
        if not self.expanded:
            return raw_index
        k = bisect_left(self.expanded, raw_index, key=lambda e: e[1]) - 1
        return raw_index if k < 0 else raw_index + self._shift[k]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span covering `text[start:end]` (an end inside an expanded character takes all of it)."""
        if not self.expanded:
            return start, end
        a = self.origin(start)
        b = self.origin(end - 1) + 1 if end > start else a
        return a, b


def normalize(raw: str) -> Normalized:
    """The NFKC view of `raw` (see `Normalized`)."""
    if raw.isascii() and "\t" not in raw:
        return Normalized(raw, raw)
    text = raw.translate(_TABLE)
    if len(text) == len(raw):      # no character expanded (NFKC of one character is never empty)
        return Normalized(raw, text)
    wide = "".join(c for c in set(raw) if len(_TABLE[ord(c)]) > 1)
    expanded, shifts, shift = [], [], 0
    for m in re.finditer(f"[{re.escape(wide)}]", raw):
        i, length = m.start(), len(_TABLE[ord(m.group())])
        expanded.append((i + shift, i, length))
        shift += length - 1
        shifts.append(shift)
    return Normalized(raw, text, tuple(expanded), tuple(shifts))
