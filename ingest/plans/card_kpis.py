"""KPI records from a card: the indicator named on the card's head line, its values in a small grid below.

    ＫＰＩ3     後免町商店街の空き店舗への出店数（累計）                 単位：件
    基準値（H30）  R4実績  R5実績  R6実績  目標値（R7）  評価
    0              7       10      14      20            Ｂ

A 効果検証 report or a 施策シート prints one such card per indicator: the grid's header gives every column a value
role and no column names the indicator — the line just above the grid does, after a label (ＫＰＩ3, 指標①, 成果指標,
(1)) and before its unit (単位：件). The grid is read as a KPI table whose indicator column is that name.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import Callable

from ingest.plans.records import Kpi
from ingest.plans.table_records import ContextAt, cell_label, header_and_body, kpis_from_table
from ingest.plans.values import has_value
from ingest.tables.table import Cell, Table
from ingest.vocab.header_words import ROLE_WORDS
from ingest.vocab.table_words import column_roles, is_kpi_table

_VALUE_ROLES = {"baseline", "actual", "target", "progress", "year", "year_value", "evaluation", "unit"}
_LABEL = "|".join(sorted(ROLE_WORDS["indicator"], key=len, reverse=True))
# the card's label before the name (「ＫＰＩ3」, 「指標①」, 「(1)」, 「2.」) and the unit after it (「単位：件」, 「（単位：％）」)
_HEAD = re.compile(rf"^(?:(?:{_LABEL})\s*[0-9①-⑳]*\s*[:：]?|[0-9]{{1,2}}[.)]|\([0-9]{{1,2}}\)|[①-⑳])?\s*"
                   r"(?P<name>.+?)\s*(?:[(（]?\s*単位\s*[:：]\s*(?P<unit>[^\s)）]+)\s*[)）]?)?\s*$")
# a heading of a unit of the plan above the cards names no indicator
_UNIT_HEADING = re.compile(r"^(?:基本目標|基本方針|政策|施策|重点|プロジェクト|分野|目標\s*[0-9])")


def _head_line(document_text: str, start: int) -> tuple[int, int] | None:
    """The span of the line just above `start` (one blank line allowed between)."""
    end = document_text.rfind("\n", 0, start)
    for _ in range(2):
        if end <= 0:
            return None
        begin = document_text.rfind("\n", 0, end) + 1
        if document_text[begin:end].strip():
            return begin, end
        end = begin - 1
    return None


def _card_name(document_text: str, start: int) -> tuple[Cell, str] | None:
    """The indicator the card's head line names (as a cell over its verbatim span) and the unit it states."""
    span = _head_line(document_text, start)
    if span is None:
        return None
    line = document_text[span[0]:span[1]]
    folded = unicodedata.normalize("NFKC", line)
    if len(folded) != len(line):
        return None   # positions must map one to one for a verbatim span (NFKC keeps length for these lines)
    m = _HEAD.match(folded.strip())
    if not m:
        return None
    name = m.group("name").strip()
    if not (2 <= len(name) <= 60) or has_value(name) or _UNIT_HEADING.match(name) or "\t" in name:
        return None
    offset = span[0] + (len(folded) - len(folded.lstrip())) + m.start("name")
    return Cell(line[offset - span[0]:offset - span[0] + len(name)], offset, offset + len(name)), m.group("unit") or ""


def card_kpis(table: Table, document_text: str, context_at: ContextAt, place_of: Callable[[str], str],
              split_area: Callable[[str], tuple[str, str]]) -> list[Kpi]:
    """The KPI of a card's grid (see the module docstring); [] for any other table."""
    headers, body, _ = header_and_body(table)
    roles = column_roles(headers)
    if not headers or not is_kpi_table(roles) or any(r.role not in _VALUE_ROLES for r in roles):
        return []
    rows = [row for row in body if any(not c.empty and has_value(c.text) for c in row)]
    if not 1 <= len(rows) <= 2 or len(body) > 3:
        return []
    head = _card_name(document_text, table.start)
    if head is None:
        return []
    name, unit = head
    label = Cell("指標", name.start, name.start)
    header = tuple(Cell(h, table.start, table.start) for h in headers)
    card = replace(table, header_rows=((label,) + header,), body_rows=tuple((name,) + tuple(row) for row in rows))
    before = f"（単位：{unit}）" if unit else ""
    return kpis_from_table(card, document_text, context_at, place_of, split_area, before)
