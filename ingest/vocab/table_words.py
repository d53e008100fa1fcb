"""The words plan tables put in their headers, as data: the role each gives a column (records), and the words
that mark a header row and a unit note (readers).

A column's role comes from the words of its header (`Table.column_headers()`), never from its position:
「重要業績評価指標(KPI)」 -> indicator, 「現状値(2014年度)」 -> actual of 2014, 「平成25 (基準値)」 -> baseline of 2013,
「予算額（千円）」 -> amount in 千円, 「No」 -> numbering (ignored). When several words match, the longest wins
(「目標年次」 is a year column, not a target; 「重要業績評価指標」 an indicator).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from ingest.plans.values import unit_in
from ingest.vocab.eras import is_year_only, read_years
from ingest.vocab.header_words import (TOTAL_ROW_ENDINGS, COMPOSITE_HEADER_MARKS, HEADER_WORDS, LIST_NAME_HEADER_PREFIXES,
                                       RATE_OF_CHANGE_HEADS,
                                       LIST_NAME_HEADER_CLAUSE_ENDINGS,
                                       LIST_NAME_HEADER_WORDS, ROLE_WORDS, TAG_COLUMN_WORDS)
from ingest.vocab.units import UNIT_NOTE_PATTERN

__all__ = ["ColumnRole", "RoleName", "column_role", "column_roles", "is_kpi_table", "is_budget_table",
           "year_value_roles", "names_list_items", "is_tag_header", "HEADER_WORDS", "ROLE_WORDS", "UNIT_NOTE"]


# What a column can hold: one of ROLE_WORDS' keys (ingest.vocab.header_words), "year_value" (a column named by a
# year alone: a value of that year), or "" when no header word is known.
RoleName = Literal["indicator", "baseline", "actual", "target", "progress", "unit", "number", "year", "evaluation",
                   "amount", "item", "period", "explanation", "project", "area", "count", "year_value", ""]


@dataclass(frozen=True)
class ColumnRole:
    """What a column holds: its role, the year (and end year) its header states, the amount unit it states."""

    role: RoleName     # one of ROLE_WORDS' keys, "year_value", or "" when no word is known
    header: str        # the header label as the table gives it
    year: int | None = None
    year_end: int | None = None
    unit: str = ""     # amount unit stated in the header (「予算額（千円）」 -> 千円)
    word: str = ""     # the word that gave the role
    of: RoleName = ""  # for a year column under a group header (「基準値」 over 「年度」): the group's role


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _header_year(text: str) -> tuple[int | None, int | None]:
    """Years a header names (「現状値(2014年度)」 -> 2014, 「目標値 R7」 -> 2025); 「基準値(基準年)」 -> None."""
    year = next((y for y in read_years(text) if not y.is_date), None)
    return (year.year, year.year_end) if year else (None, None)


def header_first_part(header: str) -> str:
    """The first part of a composite header label (「事業名／事業概要」「事業名・内容」「事業名（所管課）」 -> 「事業名」)."""
    text = _norm(header)
    cut = min((text.find(m) for m in COMPOSITE_HEADER_MARKS if text.find(m) > 0), default=len(text))
    return text[:cut]


_LIST_NAME_CLAUSE = re.compile(rf"^[^\s]{{1,8}}?(?:{'|'.join(LIST_NAME_HEADER_CLAUSE_ENDINGS)})(?=(?:{'|'.join(LIST_NAME_HEADER_PREFIXES)})?(?:事業|取組|取り組み))")


def names_list_items(header: str) -> bool:
    """Whether a column header names one 事業 per row: 「事業名」「主な事業」「取組」, or a composite label whose
    first part is one (「事業名／事業概要」)."""
    word = header_first_part(header)
    clause = _LIST_NAME_CLAUSE.match(word)
    word = word[clause.end():] if clause else word   # 「充当した事業」「実施した主な取組」: a clause says what was done
    for prefix in LIST_NAME_HEADER_PREFIXES:
        word = word[len(prefix):] if word.startswith(prefix) and len(word) > len(prefix) else word
    return word in LIST_NAME_HEADER_WORDS


def is_tag_header(header: str) -> bool:
    """Whether a column header names the rows' standing (区分, 種別: 新規 / 拡充 / 継続 as words or marks)."""
    return any(w in _norm(header) for w in TAG_COLUMN_WORDS)


def column_role(header: str) -> ColumnRole:
    """The role a header gives its column (see the module docstring)."""
    text = _norm(header)
    if header_first_part(text) != text and names_list_items(text):
        # a composite label 「事業名（所管課）」: its first part gives the role, the rest annotates it
        return ColumnRole("item", header, None, None, "", header_first_part(text))
    if text.startswith(RATE_OF_CHANGE_HEADS):   # 「削減率（基準比・％）」: a change, no value column
        return ColumnRole("", header)
    year_of = re.fullmatch(r"(.+?)の?(?:年度|年次|年)", text)   # 「目標年度」, 「現状値の年度」
    if year_of and column_role(year_of.group(1)).role in ("baseline", "actual", "target") \
            and _norm(column_role(year_of.group(1)).word) == year_of.group(1):
        # 「基準年度」「実績年度」「目標年次」: the year of that value, in its own column
        return ColumnRole("year", header, None, None, "", text, of=column_role(year_of.group(1)).role)
    sub = _sub_header_role(header)
    if sub is not None:
        return sub
    best = ("", "")
    for role, words in ROLE_WORDS.items():
        for word in words:
            w = _norm(word)
            if role == "number":
                hit = text.upper().rstrip(".") == w.upper().rstrip(".")
            else:
                hit = w in text or (w.isascii() and w.upper() in text.upper())
            if hit and len(w) > len(best[1]):
                best = (role, w)
    role, word = best
    parts = header.split()
    if len(parts) >= 2 and role != "year" and column_role(parts[-1]).role == "year" and not re.search(r"[0-9元]", _norm(parts[-1])):
        # two levels 「基準値」 over 「年度」: the year of the group's value, in its own column
        return ColumnRole("year", header, None, None, "", word, of=column_role(" ".join(parts[:-1])).role)
    year, year_end = _header_year(text)
    named_year = re.fullmatch(r"(.+?)の?(?:年度|年次|年)", word) if role == "year" and year is not None else None
    if named_year and column_role(named_year.group(1)).role in _VALUE_ROLES:
        # 「基準年度（平成25年度）」 over figures: a header that prints its year holds that year's value, not years
        role = column_role(named_year.group(1)).role
    if not role and is_year_only(text):
        role = "year_value"   # a column named by a year alone (「2019年度」): a value of that year
    unit = unit_in(header)
    if unit and role in ("", "year") and year is None:
        role = "amount"       # 「本年度（千円）」「（千円）」: a column in a money unit holds amounts, not years
    return ColumnRole(role, header, year, year_end, unit, word)


# Roles a sub-header gives its column whatever the group header over it says: 「成果指標」 over 「目標値」 is a
# target column, 「重要業績評価指標」 over 「単位」 the unit column, 「事業費」 over 「R5決算額」 an amount.
_VALUE_ROLES = frozenset({"baseline", "actual", "target"})
_SUB_HEADER_ROLES = ("indicator", "baseline", "actual", "target", "progress", "unit", "amount", "item", "period",
                     "explanation", "number")


def _sub_header_role(header: str) -> ColumnRole | None:
    """The role of a two-level header (「成果指標 目標値」: group over sub-header, as Table.column_headers joins
    them) read from its lowest level when that level names a role of its own; None otherwise (the whole header
    decides: a year under a group, 「実績値の推移 R4」, takes the group's role). A last part in brackets
    (「指標 (単位)」, 「目標値 (R7)」) annotates the word before it and is no sub-header."""
    parts = header.split()
    if len(parts) < 2 or parts[-1][:1] in "(（[［【〔<＜":
        return None
    sub = column_role(parts[-1])
    if sub.role not in _SUB_HEADER_ROLES:
        return None
    if sub.role in _VALUE_ROLES and any(column_role(p).role in _VALUE_ROLES - {sub.role} for p in parts[:-1]):
        # 「現状値（令和５年度） 目標値（令和18年度）」: two columns' names in one cell, no group over a sub-header;
        # which of them a value stands under cannot be told
        return ColumnRole("", header, None, None, "", "")
    year, year_end = (sub.year, sub.year_end) if sub.year else _header_year(_norm(header))
    return ColumnRole(sub.role, header, year, year_end, sub.unit or unit_in(header), sub.word, sub.of)


def column_roles(headers: list[str]) -> list[ColumnRole]:
    """Roles for a table's columns. The first indicator-like column is the indicator; later ones are ignored."""
    roles = [column_role(h) for h in headers]
    seen_indicator = False
    out = []
    for r in roles:
        if r.role == "indicator":
            if seen_indicator:
                r = ColumnRole("", r.header, r.year, r.year_end, r.unit, r.word)
            seen_indicator = True
        out.append(r)
    return out


def is_kpi_table(roles: list[ColumnRole]) -> bool:
    kinds = {r.role for r in roles}
    years = sum(1 for r in roles if r.role == "year_value")
    return (bool(kinds & {"baseline", "actual", "target"}) or ("progress" in kinds and "indicator" in kinds)
            or ("indicator" in kinds and years >= 2))


def year_value_roles(roles: list[ColumnRole]) -> list[ColumnRole]:
    """Columns named by years alone (「指標｜H26｜R1」) in a table naming no value role: the first year is the
    baseline, the last the target, one between them the actual (the latest before the target). In a table with a
    baseline and a target column and no actual column, the years between them (「基準値｜2021年度｜2022年度｜目標値」)
    are the yearly actuals."""
    if any(r.role in ("baseline", "actual", "target") for r in roles):
        base = next((i for i, r in enumerate(roles) if r.role == "baseline"), None)
        target = next((i for i, r in enumerate(roles) if r.role == "target"), None)
        if base is None or target is None or base > target or any(r.role == "actual" for r in roles):
            return roles
        return [ColumnRole("actual", r.header, r.year, r.year_end, r.unit, r.word)
                if base < i < target and (r.role == "year_value" or r.role == "year" and r.year and not r.of) else r
                for i, r in enumerate(roles)]
    cols = [i for i, r in enumerate(roles) if r.role == "year_value"]
    if len(cols) < 2:
        return roles
    named = {cols[0]: "baseline", cols[-1]: "target"}
    if len(cols) >= 3:
        named[cols[-2]] = "actual"
    return [ColumnRole(named[i], r.header, r.year, r.year_end, r.unit, r.word) if i in named else r
            for i, r in enumerate(roles)]


def is_budget_table(roles: list[ColumnRole]) -> bool:
    return any(r.role == "amount" for r in roles)


# 「（単位：千円）」「単位：百万円」「［単位:人］」「(円)」「（千円）」: the whole note, verbatim (readers find its span).
UNIT_NOTE = re.compile(UNIT_NOTE_PATTERN)


_TOTAL_WORDS = tuple(w for w in TOTAL_ROW_ENDINGS if len(w) > 1)   # a bare 計 only alone (「設計」 ends in it)
_TOTAL_LABEL = re.compile(rf"^[^\s\u3000]{{0,6}}[\s\u3000]*(?:{'|'.join(_TOTAL_WORDS)})$|^計$")


def is_total_label(label: str) -> bool:
    """A row label that says the row sums the rows above it (「合　計」「効果額　合計」「計」), never a 事業's name."""
    return bool(_TOTAL_LABEL.match(re.sub(r"(?<=\S)[\s\u3000]+(?=\S$)", "", label.strip())))
