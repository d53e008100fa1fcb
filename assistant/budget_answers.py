"""Budget answers from the plans' records: the matched lines' amounts under their columns' own names (the header
cited beside the row), a sum only when asked and every addend matched, and a 債務負担行為's 期間."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.records import Answer
from ingest.plans.records import BudgetLine, Source
from ingest.vocab.eras import CURRENT_ERA_WORDS
from ingest.vocab.header_words import AMOUNT_COLUMN_WORDS, DEFAULT_AMOUNT_COLUMN, PREVIOUS_YEAR_LABELS

if TYPE_CHECKING:
    from assistant.plans import PlanRegistry


COMPUTED = "（計算）"   # a line the answer computed (a sum); `assistant.verify` checks its addends instead
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_ERA_YEAR = rf"(?:{CURRENT_ERA_WORDS})\s*(?:元|[0-9０-９]{{1,2}})\s*年度?"
_PERIOD_FROM = re.compile(_ERA_YEAR + r"\s*(?:から|～|~|〜)")
_PERIOD_TO = re.compile(_ERA_YEAR + r"\s*まで")
_ASKS_PREVIOUS_YEAR = re.compile("(?:" + "|".join(sorted(PREVIOUS_YEAR_LABELS, key=len, reverse=True)) + ")(?![度比])")


def header_source(plans: PlanRegistry, source: Source, column: str) -> Source | None:
    """The header line naming `column` above a table row (to cite where a column's year or unit stands)."""
    if not column or source.doc not in plans.documents:
        return None
    text = plans.documents[source.doc].text
    at = text.rfind(column, max(0, source.start - 20000), source.start)
    if at < 0:  # the column name as printed with full-width digits (「令和４年度決算額」)
        at = text.rfind(column.translate(_FULL_WIDTH), max(0, source.start - 20000), source.start)
    if at < 0:
        return None
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    return Source(source.doc, start, end, re.sub(r"\s+", " ", text[start:end]).strip())


def answer_period(plans: PlanRegistry, question: str, lines: list[BudgetLine]) -> Answer | None:
    """「…の債務負担行為の期間は？」: the 期間 cell of the matched row (「令和７年度から」…「令和11年度まで」),
    as the row's quote writes it; None when the row states no period (never the amount instead)."""
    for line in lines[:1]:
        quote = line.source.quote
        begin, until = _PERIOD_FROM.search(quote), _PERIOD_TO.search(quote)
        if not (begin or until):
            continue
        period = "".join(m.group(0).strip() for m in (begin, until) if m)
        return Answer(question, True, f"{line.item}の期間は {period} です[1]\n{quote}[1]",
                      [plans.citation(1, line.source)], kind="budget")
    return None


def answer_budget(plans: PlanRegistry, question: str, lines: list[BudgetLine], wants_sum: bool) -> Answer | None:
    """The matched lines' amounts, each under its column's own name (the header cited beside the row);
    a sum only when asked for and every addend matched."""
    if _ASKS_PREVIOUS_YEAR.search(question) and not any(_ASKS_PREVIOUS_YEAR.search(l.column) for l in lines):
        return None    # 「前年度の予算は？」: this year's line is not last year's amount (the passages may hold it)
    chosen = lines if wants_sum else lines[:5]
    if not chosen or (wants_sum and len(chosen) < 2):
        wants_sum = False
    if not chosen:
        return None
    citations, statements, headers = [], [], {}
    for line in chosen:
        n = len(citations) + 1
        citations.append(plans.citation(n, line.source))
        named = bool(line.column) and line.column in f"{line.item}{line.source.quote}"
        header = None if named else header_source(plans, line.source, line.column)   # 「決算額は…」 says it itself
        marks = f"[{n}]"
        if header is not None:
            key = (header.doc, header.start)
            if key not in headers:
                headers[key] = len(citations) + 1
                citations.append(plans.citation(headers[key], header))
            marks += f"[{headers[key]}]"
        column = line.column if header is not None else (line.column or DEFAULT_AMOUNT_COLUMN)   # 決算額 stays 決算額
        amount = line.raw if line.unit and line.raw.endswith(line.unit) else f"{line.raw}{line.unit}"
        what = line.item if line.column and line.column in line.item else f"{line.item}の{column}"
        if line.project and line.project not in what and (
                (what == line.item and len(line.item) <= len(line.column) + 2) or line.item in AMOUNT_COLUMN_WORDS):
            what = f"{line.project}の{what}"   # a bare 「決算額」/「事業費」 is the 事業's it stands under
        statements.append(f"{what}は {amount} です{marks}")   # 「1億1668万8千円」 carries its unit
    if wants_sum and len({l.unit for l in chosen}) == 1 and all(l.amount is not None for l in chosen):
        total = sum(l.amount for l in chosen)
        statements = [f"・{s}" for s in statements]
        statements.append(f"{COMPUTED}合計: {' + '.join(l.raw for l in chosen)} = {total:,.0f}{chosen[0].unit}"
                          "（資料に合計の記載はなく、上の各項を足した値です）")
    return Answer(question, True, "\n".join(statements), citations, kind="budget")
