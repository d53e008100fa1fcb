"""Which of a quote's candidate values a question's own words leave: the groups it names (30歳代, 女性), the former or
the new value of a sentence that replaces one, the months of a month-by-month table. Filters over
`assistant.candidates.Candidate`, applied before one value is chosen."""
from __future__ import annotations

import re

from assistant.candidates import Candidate
from ingest.vocab.eras import MONTH_ONLY, months_asked
from ingest.vocab.groups import group_kinds, groups_named
from ingest.vocab.normal import normalize
from ingest.vocab.value_questions import FORMER_VALUE_QUESTION, FROM_WORD, TO_WORDS

FORMER_PERIOD = "前年度"   # the attribute of last year's (or the last survey's) column: ingest.vocab.attributes


def in_groups(candidates: list[Candidate], asked: frozenset) -> list[Candidate]:
    """The candidates of the groups a question names (an age band, a sex: ingest.vocab.groups). For each kind of group
    asked, only the cells whose row label or header names that very group stay (not the 全体 column beside them);
    none when no candidate names a group of that kind (a table by age answers nothing asked by sex)."""
    for kind in group_kinds(asked):
        want = {g for g in asked if g[0] == kind}
        candidates = [c for c in candidates if want & groups_named(f"{c.label} {c.header}")]
    return candidates


def without_former(candidates: list[Candidate], question: str) -> list[Candidate]:
    """The candidates without a value a sentence replaces (「１頭当たり８，０００円から１万円に引き上げ」: 8,000円 is
    the former amount, 1万円 the new one), unless the question asks the former one (「現行の…は」): then only it.
    A value is former when the next value of its kind and unit follows right after 「から」 and ends in 「に」/「へ」."""
    pairs = [(a, b) for a, b in zip(candidates, candidates[1:])
             if (a.quantity.kind, a.quantity.unit) == (b.quantity.kind, b.quantity.unit) and not a.header
             and b.clause.rstrip().endswith(a.quantity.raw.strip() + FROM_WORD) and b.after.lstrip().startswith(TO_WORDS)]
    former = {id(a) for a, _ in pairs}
    if not former:
        return candidates
    if re.search(FORMER_VALUE_QUESTION, normalize(question).text):
        return [c for c in candidates if id(c) in former]
    return [c for c in candidates if id(c) not in former]


def _month(text: str) -> int | None:
    m = MONTH_ONLY.fullmatch(normalize(text).text)
    return int(m.group("month")) if m else None


def in_months(candidates: list[Candidate], question: str) -> list[Candidate]:
    """The candidates of the months a question names, in a month-by-month table (a month as a column header or as
    a row label): 「8月の」 is answered by the 8月 cell only, never the 合計 beside it; a question naming no month
    never by one month's cell (the 合計 / 年計 beside it answers 「年間」). Candidates of no month table pass."""
    months = [_month(c.header) if c.header and _month(c.header) is not None else _month(c.label) for c in candidates]
    if all(m is None for m in months):
        return candidates
    asked = months_asked(question)
    if asked:
        return [c for c, m in zip(candidates, months) if m in asked]
    return [c for c, m in zip(candidates, months) if m is None]


def without_former_period(candidates: list[Candidate], asked: frozenset[str]) -> list[Candidate]:
    """The candidates without a value its own header or label says is last year's or the last survey's (「前回(R3)割合
    (%)」 beside 「割合(%)」, 「前年度決算額」), unless the question asks that one (「前回調査の…」)."""
    if FORMER_PERIOD in asked:
        return candidates
    return [c for c in candidates if FORMER_PERIOD not in c.own_attributes]
