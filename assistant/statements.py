"""The value a number question asks for, stated first: 「重層的支援体制整備事業は 1億3,857万円 です[1]」.

The value is chosen among the candidates of the best quote unit (`assistant.candidates`: table cells with
their row label and column header, label–value lines, sentences), never as "the number nearest the
question's words": a value is stated only when exactly one candidate fits the question's kind (money,
count in 人, ratio, rank …), its attribute (目標値, 当初予算, 決算額 …), the years it names and its subject.
Otherwise the answer gives the quotes without a lead value. Label and value are both taken from the
quote, so they stand in it (`assistant.verify`).
"""
from __future__ import annotations

from dataclasses import dataclass

from assistant.candidates import Candidate, candidates_of, choose
from assistant.query import Query
from assistant.synonyms import expand
from ingest.vocab.eras import years_in
from ingest.vocab.normal import normalize

_HEADER_HINTS = ("目標", "基準", "現状", "実績", "予算", "決算", "当初", "補正", "年度", "期待", "指標", "区分")


@dataclass(frozen=True)
class Statement:
    label: str      # what the value is of, as the quote writes it ("" when none fits)
    value: str      # the value as the quote prints it


def header_line(before: tuple[str, ...]) -> str:
    """The nearest line above a row that reads as a column header: header words and no value of its own."""
    from assistant.candidates import _values

    for line in reversed(before):
        if any(w in line for w in _HEADER_HINTS) and not _values(line):
            return line
    return ""


def unit_candidates(scored) -> list[Candidate]:
    """The candidates of a scored unit, with its heading and the line above as context for attribute words."""
    context = f"{scored.block}\n{scored.before[-1] if scored.before else ''}\n{scored.row_head}"
    return candidates_of(scored.unit.quote, list(scored.labelled), header_line(scored.before),
                         scored.before[-1] if scored.before else "", context)


def choose_statement(scored, query: Query, subject: set[str], tokenize, weight, years: set[int] = frozenset()) \
        -> Statement | None:
    """The one value of the unit that answers, or None (no candidate of the kind, or several equally good)."""
    candidates = unit_candidates(scored)
    if years:
        candidates = [c for c in candidates if not (named := years_in(f"{c.header} {c.label}")) or named & years]
    total = weight(subject) or 1.0

    def subject_score(c: Candidate) -> float:
        if not subject:
            return 1.0
        text = normalize(f"{c.label} {c.header}").text
        tokens = expand(set(tokenize(text)))
        held = {t for t in subject if t in tokens or (len(t) >= 2 and t in text)}
        bonus = 0.5 if years and years_in(c.header) & years else 0.0
        return weight(held) / total + bonus

    chosen = choose(candidates, query, subject_score)
    if chosen is None:
        return None
    return Statement(chosen.label if subject_score(chosen) > 0 else "", chosen.quantity.raw.strip())


def statement_line(statement: Statement, n: int) -> str:
    if statement.label:
        return f"{statement.label}は {statement.value} です[{n}]"
    return f"{statement.value} です[{n}]"
