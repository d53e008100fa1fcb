"""The normalised view a parser reads, with a map back to the text as given.

Parsers read NFKC text (full-width digits 「１２３」 -> 「123」, 「，」 -> 「,」, 「％」 -> 「%」) but report spans into
the text the caller passed, so quotes stay verbatim. NFKC is applied one character at a time (never across
characters), so every normalised character knows the original character it came from. A few marks NFKC leaves
alone are folded too: the tildes 「〜」 「˜」 and the minus signs 「−」 「‐」 (so 「R2〜R6」 reads as a range).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_EXTRA = {"〜": "~", "˜": "~", "∼": "~", "−": "-", "‐": "-", "‑": "-", "–": "-", "―": "-",
          "\u3000": " ", "\t": " ", "\xa0": " "}


@lru_cache(maxsize=4096)
def _char(c: str) -> str:
    if c in _EXTRA:
        return _EXTRA[c]
    n = unicodedata.normalize("NFKC", c)
    return _EXTRA.get(n, n) if len(n) == 1 else n


@dataclass(frozen=True)
class Normalized:
    """`text` is the NFKC view; `offsets[i]` is the index in `raw` of `text[i]` (one entry more, = len(raw))."""

    raw: str
    text: str
    offsets: tuple[int, ...] | None   # None: the view equals the raw text character for character

    def origin(self, i: int) -> int:
        """The raw index of normalised index `i` (`i == len(text)` maps to `len(raw)`)."""
        return i if self.offsets is None else self.offsets[i]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span covering normalised `text[start:end]`."""
        if self.offsets is None:
            return start, end
        # an end inside a character NFKC expanded (「⑩」 -> 「10」) extends to the whole character
        a = self.offsets[start]
        b = self.offsets[end] if end < len(self.text) else len(self.raw)
        if end > start and b <= self.offsets[end - 1]:
            b = self.offsets[end - 1] + 1
        return a, b


def normalize(raw: str) -> Normalized:
    """The NFKC view of `raw` with its offsets (identity when nothing changes)."""
    if raw.isascii() and "\t" not in raw:
        return Normalized(raw, raw, None)
    parts: list[str] = []
    offsets: list[int] = []
    same = True
    for i, c in enumerate(raw):
        n = _char(c)
        if n != c:
            same = False
        parts.append(n)
        offsets.extend([i] * len(n))
    if same:
        return Normalized(raw, raw, None)
    offsets.append(len(raw))
    return Normalized(raw, "".join(parts), tuple(offsets))
