"""Which target of a KPI row a question asks, where the plan sets two (中間目標（令和10年度）｜目標値（令和12年度）) or
steps (令和8年｜令和10年｜令和12年).

- 「中間目標は？」: the interim one alone (none where the plan sets none: the final one never answers for it);
  「中間評価時点で」 names when the figures were taken, not an interim target.
- 「令和10年度の目標は？」: the target of that year.
- 「中間目標と最終的な目標は？」, or a target question naming neither a year nor 中間: both, each labelled, the final
  one first (`both_targets`).
"""
from __future__ import annotations

from dataclasses import replace

from ingest.plans.records import Kpi
from ingest.vocab.table_words import column_role
from ingest.vocab.attributes import FINAL_TARGET_WORDS, INTERIM_REVIEW_WORDS, INTERIM_TARGET_WORDS


def _without_reviews(question: str) -> str:
    for word in INTERIM_REVIEW_WORDS:
        question = question.replace(word, "")
    return question


def asks_interim(question: str, indicator: str = "") -> bool:
    """Whether the question names an interim target (「中間目標」「中間年」), not a word of the indicator's own
    (「中間支援組織数」) nor a half-way review (「中間評価」)."""
    text = _without_reviews(question)
    return any(word in text and word not in indicator for word in INTERIM_TARGET_WORDS)


def asks_final(question: str) -> bool:
    """Whether the question names the final target (「最終的な目標」「最終目標」)."""
    return any(word in question for word in FINAL_TARGET_WORDS)


def both_targets(kpi: Kpi, question: str, years: set[int]) -> bool:
    """Whether the answer states the interim target beside the final one: the row sets both, and the question asks
    both by name, or asks the target naming neither a year nor 中間."""
    if kpi.target_interim is None or kpi.target is None or kpi.target_interim is kpi.target \
            or column_role(kpi.target_interim.column).role != "target":
        return False   # (a series' 期待値 of the year is no target the plan sets)
    if asks_interim(question, kpi.indicator):
        return asks_final(question)
    return not years


def target_asked(kpi: Kpi, question: str, years: set[int]) -> Kpi:
    """The KPI with the target the question asks as its target (see the module docstring); the record as it stands
    (its final target) where both are asked."""
    if both_targets(kpi, question, years):
        return kpi
    if asks_interim(question, kpi.indicator):
        return replace(kpi, target=kpi.target_interim)
    of_year = [t for t in kpi.targets if t.year and years & set(range(t.year, (t.year_end or t.year) + 1))]
    return replace(kpi, target=of_year[-1]) if years and of_year else kpi
