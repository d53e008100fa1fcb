"""Values set aside in brackets after the value a line states: 「令和９年度末に40億円以上を確保（令和６年度末 36億2,000万円）」.

A plan states its figure and adds, in brackets, the figure it starts from or compares with (the year before, the
current level, a 内訳). The bracketed value is an aside: a question that does not name the aside's own words (its
year, 「前年度」, 「うち」) is answered by the value the line states, never by the aside — whose clause holds the
stated value's words too (「…を確保（」) and so can look the better fit.
"""
from __future__ import annotations

import re

from ingest.vocab.eras import read_years
from ingest.vocab.normal import normalize

_OPEN, _CLOSE = "（(", "）)"


def bracket_spans(text: str) -> list[tuple[int, int]]:
    """The (open, close) offsets of the outermost brackets of a line; an unclosed one runs to the end."""
    spans, depth, opened = [], 0, 0
    for i, ch in enumerate(text):
        if ch in _OPEN:
            if depth == 0:
                opened = i
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
            if depth == 0:
                spans.append((opened, i))
    if depth:
        spans.append((opened, len(text)))
    return spans


def aside_head(text: str, raw: str, stated: list[str]) -> str | None:
    """The words an aside opens with (「令和６年度末」) when `raw` stands inside brackets of `text` opened after one of
    the `stated` values (raw texts of the line's other values of its kind, outside brackets); None otherwise."""
    at = text.find(raw.strip()) if raw.strip() else -1
    if at < 0:
        return None
    spans = bracket_spans(text)
    inside = next(((a, b) for a, b in spans if a < at < b), None)
    if inside is None:
        return None
    for other in stated:
        pos = text.find(other.strip()) if other.strip() else -1
        if 0 <= pos < inside[0] and not any(a < pos < b for a, b in spans):
            return text[inside[0] + 1:at].strip()
    return None


def _names_words(head: str, asked: str) -> bool:
    """Whether the question names a word of the aside's head besides its year (「子育て世帯は」 -> 子育て世帯)."""
    for year in sorted(read_years(head), key=lambda y: -y.start):
        head = head[:year.start] + " " + head[year.end:]
    return any(run in asked for run in re.findall(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{2,}", head))


def without_asides(candidates: list, question: str, text: str) -> list:
    """The candidates without the bracketed asides of `text` (the unit's quote) that the question does not name by
    the aside's year or words; when it names an aside (「子育て世帯は」 asked of 子育て世帯), that aside instead of the
    values of its kind it stands beside. All of them when every candidate is an aside."""
    asked = normalize(question).text
    asked_years = {y.year for y in read_years(asked)}
    kept, named = [], []
    for c in candidates:
        stated = [o.quantity.raw for o in candidates if o is not c and o.quantity.kind == c.quantity.kind]
        head = aside_head(text, c.quantity.raw, stated) if stated else None
        if head is None:
            kept.append(c)
            continue
        words = normalize(head).text
        if {y.year for y in read_years(words)} & asked_years or _names_words(words, asked):
            named.append(c)
    if named:
        kinds = {c.quantity.kind for c in named}
        return [c for c in candidates if c in named or c.quantity.kind not in kinds]
    return kept or candidates
