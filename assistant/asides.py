"""Values set aside in brackets after the value a line states: 「令和９年度末に40億円以上を確保（令和６年度末 36億2,000万円）」.

A plan states its figure and adds, in brackets, the figure it starts from or compares with (the year before, the
current level, a 内訳). The bracketed value is an aside: a question that does not name the aside's own words (its
year, 「前年度」, 「うち」) is answered by the value the line states, never by the aside — whose clause holds the
stated value's words too (「…を確保（」) and so can look the better fit.
"""
from __future__ import annotations

import re

from assistant.query import attributes_named, read_query
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
    values of its kind it stands beside (so too an aside whose words name an attribute asked that the value beside it does
    not: 「年額74,400円（月額換算6,200円）」 for 「月額は」).
    All of them when every candidate is an aside."""
    asked = normalize(question).text
    asked_years = {y.year for y in read_years(asked)}
    asked_attributes = read_query(asked).attributes
    kept, named = [], []
    for c in candidates:
        stated = [o.quantity.raw for o in candidates if o is not c and o.quantity.kind == c.quantity.kind]
        head = aside_head(text, c.quantity.raw, stated) if stated else None
        if head is None:
            kept.append(c)
            continue
        words = normalize(head).text
        beside = set().union(*(attributes_named(o.label) for o in candidates
                               if o is not c and o.quantity.kind == c.quantity.kind))
        if {y.year for y in read_years(words)} & asked_years or _names_words(words, asked) \
                or (attributes_named(words) - beside) & asked_attributes:   # 「年額…（月額換算6,200円）」: 「月額は」
            named.append(c)
    if named:
        kinds = {c.quantity.kind for c in named}
        return [c for c in candidates if c in named or c.quantity.kind not in kinds]
    if read_query(asked).kind != "ratio":   # 「4億1,200万円（3.3％）の増」 asked 「どれだけ増えた」: the amount
        kept = [c for c in kept if not _rate_of_value_before(text, c, candidates)] or kept
    return kept or candidates


def _rate_of_value_before(text: str, c, candidates: list) -> bool:
    """Whether `c` is a rate alone in brackets right after another value of the line (「4億1,200万円（3.3％）」): the rate
    of that value (its change, its share), which a question not asking a rate is not answered by."""
    if c.quantity.kind != "ratio" or not c.quantity.raw.strip():
        return False
    at = text.find(c.quantity.raw.strip())
    inside = next(((a, b) for a, b in bracket_spans(text) if a < at < b), None)
    if inside is None or text[inside[0] + 1:inside[1]].strip() != c.quantity.raw.strip():
        return False
    head = text[:inside[0]].rstrip()
    return any(o is not c and o.quantity.kind in ("money", "count") and o.quantity.raw.strip()
               and head.endswith(o.quantity.raw.strip()) for o in candidates)
