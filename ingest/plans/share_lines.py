"""Budget lines of a chart's labels: a bar or pie chart of a budget (歳入の内訳, 歳出（目的別）) prints each bar's label
and, at its end, the amount with its share in one label —

    民生費 ·························· 7,412（26.6％）
    土木費 ··············· 3,618（13.0％）

— the amount a bare number whose unit is stated once for the page, in the last unit note above the chart
(「（単位：百万円、％）」). Each such label is one BudgetLine (the amount, never the share); the kind of amount and the
fiscal year are the document's (its title and opening lines: 「令和７年度当初予算の概要」); the chart's title
(「一般会計 歳入の内訳」) is no 事業 of the line, so 「一般会計の総額は？」 never finds a part. A chart is two or more such
labels in a row; a lone 「N（P％）」 line, or one under no money unit note, gives nothing (its unit would be a guess).
"""
from __future__ import annotations

import re

from ingest.plans.amount_lines import OPENING, kind_and_year
from ingest.plans.records import BudgetLine, Source
from ingest.plans.values import parse_amount, unit_in
from ingest.text.normalize import quote_text
from ingest.vocab.units import UNIT_NOTE_PATTERN

_SHARE_LABEL = re.compile(
    r"^[ \u3000]*(?P<label>[^\s0-9０-９][^\t0-9０-９]{0,30}?)[ \u3000\t…‥・.]{1,}"
    r"(?P<amount>[△▲\-−]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)[ \u3000]*"
    r"[（(][ \u3000]*[0-9０-９]+(?:[.．][0-9０-９]+)?[ \u3000]*[％%][ \u3000]*[）)][ \u3000]*$")
_UNIT_NOTE = re.compile(UNIT_NOTE_PATTERN)
MIN_LABELS = 2             # a chart has two bars or more
NOTE_REACH = 3000          # how far above the chart its page's unit note may stand


def share_lines(doc: str, text: str, title: str, skip: list[tuple[int, int]], context_at, place_of) -> list[BudgetLine]:
    """Every chart label 「label N（P％）」 of one document as a BudgetLine (see the module docstring)."""
    column, year = kind_and_year(f"{title}\n{text[:OPENING]}")
    if not column:
        return []
    runs: list[list[tuple[int, re.Match]]] = [[]]
    pos = 0
    for line in text.split("\n"):
        m = _SHARE_LABEL.match(line)
        if m and not any(s <= pos < e for s, e in skip) and len(re.findall(r"[^\x00-\x7f]", m.group("label"))) >= 2:
            runs[-1].append((pos, m))
        elif runs[-1]:
            runs.append([])
        pos += len(line) + 1
    lines = []
    for run in runs:
        if len(run) < MIN_LABELS:
            continue
        unit = _page_unit(text, run[0][0])
        if not unit:
            continue
        for at, m in run:
            lines.append(_line(doc, text, at, m, unit, column, year, context_at, place_of))
    return lines


def _page_unit(text: str, at: int) -> str:
    """The money unit of the last unit note above `at` (within the page's reach), "" when none names money."""
    notes = list(_UNIT_NOTE.finditer(text, max(0, at - NOTE_REACH), at))
    return unit_in(notes[-1].group(0)) if notes else ""


def _line(doc, text, at, m, unit, column, year, context_at, place_of) -> BudgetLine:
    label = m.group("label").strip(" \u3000・…‥.")
    start, end = at + m.start("label"), at + m.end()
    end = at + len(text[at:end].rstrip(" \u3000"))
    amount = parse_amount(m.group("amount"), unit)
    source = Source(doc, start, end, quote_text(text[start:end]))
    context = context_at(start)
    return BudgetLine(
        project="", item=label, area=context.area, region=context.region, fiscal_year=year,
        amount=amount.value, unit=amount.unit, raw=m.group("amount"), description="", source=source,
        amount_yen=amount.yen, column=column, place=place_of(label) or context.place, outline=context.outline)
