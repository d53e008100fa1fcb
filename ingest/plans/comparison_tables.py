"""A table comparing this year's amounts with last year's (区分｜令和８年度｜令和７年度｜増減額｜増減率), read as budget lines.

A 当初予算の概要 prints its 会計別 and 款別 tables so: a label column, two fiscal years side by side (the later one this
year's budget, the earlier last year's) and the difference, in amount and often in percent. No header word says
予算額, so the columns' roles come from their years and change words: the later year is the amount, the earlier one
last year's amount (a 前年度 column: it answers only a question naming 前年度), the change columns answer only a
question asking how much a line grew or fell (`assistant.budget_answers`). A table without a change column is no
comparison (a 財政見通し's years), and one whose unit is no money (人口 by year) holds no budget.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from ingest.vocab.header_words import (CHANGE_AMOUNT_HEADERS, CHANGE_RATE_HEADERS, DEFAULT_AMOUNT_COLUMN,
                                      PREVIOUS_YEAR_LABELS)
from ingest.vocab.table_words import ColumnRole

_KPI_ROLES = ("indicator", "baseline", "actual", "target", "progress", "amount")
RATE_UNIT = "％"


def _norm(text: str) -> str:
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", text))


_CHANGE = {_norm(w) for w in CHANGE_AMOUNT_HEADERS}
_RATE = {_norm(w) for w in CHANGE_RATE_HEADERS}


def is_change_column(column: str) -> bool:
    """「増減額」「比較」 (a difference in amount) or 「増減率」 (in percent): a column of change, no amount of its own."""
    core = _norm(re.split(r"[（(]", column)[0])
    return core in _CHANGE or core in _RATE


def is_rate_column(column: str) -> bool:
    return _norm(re.split(r"[（(]", column)[0]) in _RATE


def previous_year_header(header: str, kind: str = DEFAULT_AMOUNT_COLUMN) -> str:
    """The name a last-year column's lines carry: 「令和７年度」 beside this year's -> 「前年度予算額（令和７年度）」."""
    return f"{PREVIOUS_YEAR_LABELS[0]}{kind}（{header.strip()}）"


def this_year_header(header: str, kind: str = DEFAULT_AMOUNT_COLUMN) -> str:
    """The name this year's column's lines carry: 「令和８年度」 -> 「予算額（令和８年度）」 (the amount a 予算 question asks;
    a 決算 comparison's 「決算額（令和５年度）」: `kind`, the amount its caption or document names)."""
    return f"{kind}（{header.strip()}）"


def comparison_roles(roles: list[ColumnRole], headers: list[str], kind: str = DEFAULT_AMOUNT_COLUMN
                     ) -> list[ColumnRole] | None:
    """The roles of a comparison table's columns (label -> item, later year -> amount of its year, earlier year ->
    last year's amount, 増減額 / 増減率 -> change amounts of the later year), or None where the table is no such
    comparison: not exactly two distinct years, no change column, a KPI's or an amount's column already named, or
    no label column first."""
    years = [i for i, r in enumerate(roles) if r.role in ("year", "year_value") and r.year and not r.of]
    if len(years) != 2 or roles[years[0]].year == roles[years[1]].year or years[0] == 0:
        return None
    if any(r.role in _KPI_ROLES for r in roles):
        return None
    change = [i for i, h in enumerate(headers) if _norm(h) in _CHANGE or _norm(h) in _RATE]
    if not change or any(i < years[-1] for i in change) or roles[0].role not in ("", "item", "area"):
        return None
    this, last = sorted(years, key=lambda i: -(roles[i].year or 0))
    year = roles[this].year
    out = []
    for i, role in enumerate(roles):
        if i == 0:
            out.append(replace(role, role="item", word=""))
        elif i == this:
            out.append(replace(role, role="amount", header=this_year_header(role.header, kind)))
        elif i == last:
            out.append(replace(role, role="amount", header=previous_year_header(role.header, kind)))
        elif i in change:
            out.append(replace(role, role="amount", year=year,
                               unit=RATE_UNIT if _norm(headers[i]) in _RATE else ""))
        else:
            out.append(replace(role, role=""))
    return out
