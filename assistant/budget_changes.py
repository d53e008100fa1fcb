"""How an amount changed from last year, answered from the row's own comparison cell (「増減額」, 「比較」): 「一般会計予算は
前年度と比べてどれだけ減りましたか」 states that cell, never this year's amount nor a difference of ours; a question asking
both (「令和８年度いくらで、前年度からいくら減っていますか」) gets the amount, then the change."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.records import Answer
from ingest.plans.records import BudgetLine
from ingest.vocab.header_words import ACCOUNT_SCOPES, DEFAULT_AMOUNT_COLUMN
from ingest.vocab.value_questions import AMOUNT_ASK, CHANGE_QUESTION

if TYPE_CHECKING:
    from assistant.plans import PlanRegistry

_CHANGE = re.compile(CHANGE_QUESTION)
_AMOUNT_ASK = re.compile(AMOUNT_ASK)


_RATE_ASKED = re.compile(r"何\s*(?:%|％|パーセント|割|ポイント)|率")


def asks_change(question: str) -> bool:
    """A change in amount asked (「前年度からいくら増えた」); never a rate of change (「何％増えた」: the 増減率 cell)."""
    return bool(_CHANGE.search(question)) and not _RATE_ASKED.search(question)


def asks_amount_too(question: str) -> bool:
    """True when the question asks the amount beside its change: two asking words (「いくらで、…いくら減って」)."""
    return len(_AMOUNT_ASK.findall(question)) >= 2


def other_account(question: str, line: BudgetLine) -> bool:
    """True when the question names an account scope (一般会計, 特別会計, 全会計 …) and the line is of another: a 一般会計
    line (its 臨時財政対策債) never answers for all accounts, nor a 特別会計 for the 一般会計."""
    asked = {a for a in ACCOUNT_SCOPES if a in question}
    said = {a for a in ACCOUNT_SCOPES if a in f"{line.project} {line.item}"}
    return bool(asked and said) and not asked & said


def _amount(raw: str, unit: str) -> str:
    return raw if not unit or raw.endswith(unit) else f"{raw}{unit}"


def answer_change(plans: PlanRegistry, question: str, lines: list[BudgetLine], header_source) -> Answer | None:
    """The change of the first matched line that carries one (with its amount first when both are asked); None when
    no matched line carries a change, or the lines of that 事業 carry different ones."""
    changed = [line for line in lines if line.change]
    if not changed:
        return None
    first = changed[0]
    key = (first.item, first.project, first.source.doc)
    if len({line.change for line in changed if (line.item, line.project, line.source.doc) == key}) > 1:
        return None
    what = first.item if not first.project or first.project in first.item else f"{first.project}の{first.item}"
    citations = [plans.citation(1, first.source)]
    statements = []
    header, cell = first.change
    both = asks_amount_too(question)
    amount_header = header_source(plans, first.source, first.column) if first.column and both else None
    change_header = header_source(plans, first.source, header)
    marks = {}
    for source in (amount_header, change_header):
        if source is not None and (source.doc, source.start) not in marks:
            marks[(source.doc, source.start)] = len(citations) + 1
            citations.append(plans.citation(len(citations) + 1, source))
    if both:
        mark = f"[{marks[(amount_header.doc, amount_header.start)]}]" if amount_header else ""
        statements.append(f"{what}の{first.column or DEFAULT_AMOUNT_COLUMN}は {_amount(first.raw, first.unit)} です[1]{mark}")
    mark = f"[{marks[(change_header.doc, change_header.start)]}]" if change_header else ""
    statements.append(f"{what}の{header}は {_amount(cell, first.unit)} です[1]{mark}")
    return Answer(question, True, "\n".join(statements), citations, kind="budget")
