"""Which KPI columns a question's years belong to: 「H27実績と目標値は？」 dates the 実績 only.

A year written right before a column word (「H27実績」) or in brackets right after it (「実績値(H27)」)
scopes that column; the other columns the question asks for keep every year (the 目標値 of H31 answers 「目標値は」).
A year bound to no column word scopes them all.
"""
from __future__ import annotations

import re

from ingest.vocab.eras import read_years

_GAP_BEFORE = re.compile(r"\s*")   # a year glued to the column word after it (「H27実績」; 「R5の実績と目標」 dates both)
_GAP_AFTER = re.compile(r"値?\s*[(（]?\s*")     # between a column word and the year after it (「実績値(H27)」)


def fields_of_years(question: str, field_words: tuple[tuple[str, str], ...]) -> set[str] | None:
    """The fields (baseline, actual, target, progress) the question's years are written beside, when the question
    asks for more than one field and every year stands beside one; None: the years scope every field."""
    asked = [(field, word) for field, word in field_words if word in question]
    if len({field for field, _ in asked}) < 2:
        return None
    years = [y for y in read_years(question) if not y.bare and not y.is_date]
    if not years:
        return None
    bound: set[str] = set()
    for year in years:
        near = {field for field, word in asked for start in _starts(question, word)
                if (start >= year.end and _GAP_BEFORE.fullmatch(question[year.end:start]))
                or (year.start >= start + len(word) and _GAP_AFTER.fullmatch(question[start + len(word):year.start]))}
        if not near:
            return None
        bound |= near
    return bound


def _starts(text: str, word: str) -> list[int]:
    out, at = [], text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out
