"""Numbers as plans print them: Arabic digits (commas, OCR gaps, 「.」 or 「・」 as the decimal point) and kanji
numerals, with 十/百/千 and 万/億/兆 multiplying as written (「2,119億8,400万」, 「73億6千9百万」, 「二千五百」).

`read_number` reads one number at a position of normalised text (ingest.vocab.normal); the quantity grammar
(ingest.vocab.quantities) takes the unit and qualifiers around it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.vocab.normal import normalize
from ingest.vocab.units import UNIT_BY_WORD, unit_at

# An arabic number as line grammars compose it (「1,234」, 「12.5」, 「.5」); read it with `read_quantities`.
NUMBER_PATTERN = r"[0-9][0-9,]*(?:\.[0-9]+)?|\.[0-9]+"

KANJI_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
SMALL_MULTIPLIERS = {"十": 10, "百": 100, "千": 1000}
BIG_MULTIPLIERS = {"万": 10**4, "億": 10**8, "兆": 10**12}
_DIGITS = re.compile(r"[0-9]+")
_GROUP = re.compile(r"( *), *([0-9]{3})(?![0-9])|( +)([0-9]{3})(?=[万億兆円])")
_OCR_SPLIT = re.compile(r" +([0-9]{1,3})(?=(?: *, *[0-9]{3})*[億兆])")
_DECIMAL = re.compile(r"\.([0-9]+)(?![.0-9])|・([0-9]+)(?=[万億兆%])")
# Patterns below are matched on a window of 48 characters after a number (never on the rest of the text:
# copying it for every number would make a long document quadratic).
def _arabic(s: str, j: int) -> tuple[float, int, bool] | None:
    """An Arabic number at `s[j]`: (value, end, has decimal). Commas group thousands (OCR spaces around them
    only before 万/億/円); 「1 98億」 (an OCR gap) joins; 「.」 and 「・」 (before 万/億/%) are decimal points."""
    m = _DIGITS.match(s, j)
    if not m:
        return None
    digits, k = m.group(), m.end()
    if len(digits) <= 3:
        split = _OCR_SPLIT.match(s, k)
        if split:
            digits, k = digits + split.group(1), split.end()
    while True:
        g = _GROUP.match(s, k)
        if not g:
            break
        spaced = bool(g.group(1) or g.group(3)) or " " in g.group(0)
        rest = _GROUP.match(s, g.end())
        after = skip_space(s, g.end())
        nxt = s[after:after + 1]
        if spaced and not rest and not (nxt and (nxt in "万億兆千" or unit_at(s, after) is not None)):
            break       # 「1, 234 人」 and 「2， 530万円」 are one number; 「10, 200」 in a list is not
        digits += g.group(2) or g.group(4)
        k = g.end()
    decimal = False
    d = _DECIMAL.match(s, k)
    if d:
        digits += "." + (d.group(1) or d.group(2))
        k, decimal = d.end(), True
    return float(digits), k, decimal


def _kanji(s: str, j: int) -> tuple[float, int] | None:
    """A run of kanji digits (「二」, 「二〇二三」): its value positionally."""
    k = j
    while k < len(s) and s[k] in KANJI_DIGITS:
        k += 1
    if k == j:
        return None
    value = 0
    for c in s[j:k]:
        value = value * 10 + KANJI_DIGITS[c]
    return float(value), k


@dataclass
class Number:
    """One number read at a position: its value, where it ends and how it was written."""

    value: float
    end: int
    decimal: bool
    kanji: bool
    multiplied: bool      # a 十/百/千/万/億 was read
    last_scale: str       # the multipliers right before the end (「百万」 of 「1,234百万」)


def read_number(s: str, i: int) -> Number | None:
    """One number with its multipliers: 「2,119億8,400万」, 「73億6千9百万」, 「二千五百」, 「1.5万」."""
    total = section = 0.0
    current: float | None = None
    j, decimal, kanji, multiplied, scale = i, False, False, False, ""
    while j < len(s):
        a = _arabic(s, j)
        if a:
            if current is not None:
                break
            current, j, dec = a
            decimal = decimal or dec
            scale = ""
        else:
            kj = _kanji(s, j)
            if kj:
                if current is not None:
                    break
                current, j = kj
                kanji, scale = True, ""
        c = s[j:j + 1]
        if c in SMALL_MULTIPLIERS and c and (current is not None or kanji or j == i):
            if current is None and j != i and not kanji:
                break
            section += (1 if current is None else current) * SMALL_MULTIPLIERS[c]
            kanji = kanji or j == i
            current, multiplied = None, True
            scale += c
            j += 1
        elif c in BIG_MULTIPLIERS and c and (current is not None or section):
            section += current or 0
            total += section * BIG_MULTIPLIERS[c]
            section, current, multiplied = 0.0, None, True
            scale += c
            j += 1
        else:
            break
        # a number goes on only where a digit follows its multiplier (「億8,400万」, 「千9百」)
        if not (j < len(s) and (s[j].isdigit() and s[j].isascii() or s[j] in KANJI_DIGITS)):
            # 「百万」 after 「1,234百」: two multipliers in a row are one scale word
            if j < len(s) and s[j] in BIG_MULTIPLIERS and section:
                continue
            break
    if current is None and not multiplied:
        return None
    total += section + (current or 0)
    return Number(total, j, decimal, kanji, multiplied, scale)


def skip_space(s: str, j: int, limit: int = 2) -> int:
    """`j` moved past up to `limit` spaces, when a non-space follows them; else `j`."""
    k = j
    while k < len(s) and s[k] == " " and k - j < limit:
        k += 1
    return k if k < len(s) and s[k] != " " else j


def scale_of(word: str) -> float:
    """What one of `word` is in its base unit: 「千円」 -> 1,000, 「万人」 -> 10,000, 「千トン」 -> 1,000, 「%」 -> 1."""
    w = normalize(word).text.strip()
    if w in UNIT_BY_WORD:
        return UNIT_BY_WORD[w].scale
    factor = 1.0
    while w and (w[0] in SMALL_MULTIPLIERS or w[0] in BIG_MULTIPLIERS):
        factor *= SMALL_MULTIPLIERS.get(w[0]) or BIG_MULTIPLIERS[w[0]]
        w = w[1:]
    unit = UNIT_BY_WORD.get(w)
    return factor * (unit.scale if unit else 1.0)
