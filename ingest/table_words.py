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

from ingest.eras import year_span
from ingest.values import unit_in

# role -> the header words that give it. Order inside a tuple does not matter: the longest match wins.
ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "indicator": ("指標", "評価指標", "KPI", "重要業績評価指標", "項目", "成果指標", "指標名", "数値目標", "目標指標",
                  "活動指標", "業績指標"),
    "baseline": ("基準値", "策定時", "基準", "計画策定時", "当初値"),
    "actual": ("実績値", "現状値", "直近値", "現況値", "現状", "実績", "現在値", "最新値"),
    "target": ("目標値", "目標", "目標水準"),
    "progress": ("進捗率", "達成率", "達成度", "進捗", "進捗状況", "達成状況"),
    "unit": ("単位",),
    "number": ("No", "NO.", "No.", "番号", "#", "通番", "番"),
    "year": ("目標年次", "目標年度", "年度", "年次", "目標年", "基準年度", "時点"),
    "evaluation": ("評価", "判定", "備考", "所管", "担当課", "担当", "課名"),
    # budgets
    "amount": ("予算額", "事業費", "計画額", "実績額", "決算額", "限度額", "当初", "補正", "予算", "金額", "決算",
               "概算額", "所要額", "要求額", "事業費計", "総事業費"),
    "item": ("事業名", "事項", "事業", "施策名", "主な施策", "取組", "取組名", "細事業名", "事業内容", "内容"),
    "period": ("期間", "事業期間", "実施期間"),
    "explanation": ("説明", "内訳", "説明欄", "主な内容"),
    "project": ("プロジェクト", "プロジェクト名", "基本目標", "施策", "政策"),
    "area": ("地域区分", "地域", "振興局", "区分", "市町村"),
    # a column counting things (「事業数」 beside 「事業費」): neither the item nor an amount
    "count": ("事業数", "件数", "施策数", "指標数", "項目数", "回数"),
}
# Roles whose columns hold a KPI's values; a table with one of them (and an indicator) is a KPI table.
VALUE_ROLES = ("baseline", "actual", "target", "progress")
_YEAR_ONLY = re.compile(r"^(?:(?:令和|平成|昭和|[RHS])\s*(?:元|[0-9]{1,2})|(?:19|20)[0-9]{2})\s*(?:年度|年)?$")


@dataclass(frozen=True)
class ColumnRole:
    """What a column holds: its role, the year (and end year) its header states, the amount unit it states."""

    role: str          # one of ROLE_WORDS' keys, or "" when no word is known
    header: str        # the header label as the table gives it
    year: int | None = None
    year_end: int | None = None
    unit: str = ""     # amount unit stated in the header (「予算額（千円）」 -> 千円)
    word: str = ""     # the word that gave the role
    of: str = ""       # for a year column under a group header (「基準値」 over 「年度」): the group's role


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _header_year(text: str) -> tuple[int | None, int | None]:
    """Years a header names (「現状値(2014年度)」 -> 2014, 「目標値 R7」 -> 2025); 「基準値(基準年)」 -> None."""
    m = re.search(r"(?:令和|平成|昭和|(?<![A-Za-z])[RHS])(?:元|[0-9]{1,2})(?:[~～〜˜\-](?:(?:令和|平成|[RH])?[0-9]{1,2}))?"
                  r"|(?<![0-9])(?:19|20)[0-9]{2}(?:[~～〜\-](?:19|20)[0-9]{2})?", _norm(text))
    if not m:
        return None, None
    first, last = year_span(m.group(0))
    return first, (last if last != first else None)


def column_role(header: str) -> ColumnRole:
    """The role a header gives its column (see the module docstring)."""
    text = _norm(header)
    year_of = re.fullmatch(r"(.+?)(?:年度|年次|年)", text)
    if year_of and column_role(year_of.group(1)).role in ("baseline", "actual", "target") \
            and _norm(column_role(year_of.group(1)).word) == year_of.group(1):
        # 「基準年度」「実績年度」「目標年次」: the year of that value, in its own column
        return ColumnRole("year", header, None, None, "", text, of=column_role(year_of.group(1)).role)
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
    if not role and _YEAR_ONLY.match(text):
        role = "year_value"   # a column named by a year alone (「2019年度」): a value of that year
    return ColumnRole(role, header, year, year_end, unit_in(header), word)


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
    baseline, the last the target, one between them the actual (the latest before the target)."""
    if any(r.role in ("baseline", "actual", "target") for r in roles):
        return roles
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


# --- header-row detection and unit notes (the readers) ---
HEADER_WORDS: tuple[str, ...] = (
    # indicators and items
    "指標", "評価指標", "成果指標", "KPI", "項目", "区分", "内容", "名称", "事業名", "事業", "施策", "取組",
    "プロジェクト", "地域区分", "連携地域", "担当", "所管", "課名", "No", "番号", "備考", "概要", "目的",
    # values
    "基準値", "策定時", "現状値", "実績値", "直近値", "目標値", "目標", "見込", "計画値", "数値",
    "進捗率", "達成率", "達成度", "評価", "判定",
    # budgets
    "予算額", "予算", "決算額", "事業費", "計画額", "実績額", "限度額", "当初", "補正", "財源", "金額", "合計", "計",
    # units and years
    "単位", "年度", "年次", "基準年", "目標年", "実績年", "期間",
)

# 「（単位：千円）」「単位：百万円」「［単位:人］」「(円)」「（千円）」: the whole note, verbatim.
UNIT_NOTE = re.compile(
    r"[（(［\[〔]?\s*単位\s*[：:]\s*[^）)\]］〕\s]{1,8}\s*[）)\]］〕]?"
    r"|[（(](?:千|百万|万|億)?円[）)]"
)
