"""What a council or committee decided on a 議案: 「議案第17号をどう決定しましたか」 is answered by the row that holds
the 議案's number and a decision word (「議案第17号　原案可決」), never by a sentence about deciding (「審査の結果
下記のとおり決定した」). The decision is stated only when every such row says the same."""
from __future__ import annotations

import re

from ingest.text.normalize import normalize_query
from ingest.vocab.value_questions import BILL_NUMBER, DECISION_QUESTION, DECISION_WORDS

_DECISION_QUESTION = re.compile(DECISION_QUESTION)
_DECISION = re.compile(DECISION_WORDS)
# 「議案第17号」, 「議第17号」, 「第17号議案」 (a 補正予算（第2号） is no bill number)
_BILL = re.compile(rf"{BILL_NUMBER}|第\s*([0-9]+)\s*号\s*議案")


def bill_numbers(text: str) -> set[int]:
    return {int(a or b) for a, b in _BILL.findall(normalize_query(text))}


def decision_units(question: str, scored: list) -> list | None:
    """The scored units that give the decision on the bill a decision question names, best first; None when the
    question is no decision question or names no bill (then the passages answer as usual)."""
    q = normalize_query(question)
    bills = bill_numbers(q)
    if not (_DECISION_QUESTION.search(q) and bills):
        return None
    found, seen = [], set()
    for s in scored:
        # the unit's own bill numbers; a row without one takes the line before (a 件名 cell printed above it)
        named = bill_numbers(s.unit.norm) or bill_numbers(s.before[-1] if s.before else "")
        if _DECISION.search(s.unit.norm) and named & bills and s.unit.norm not in seen:
            seen.add(s.unit.norm)
            found.append(s)
    return found


def decision_line(question: str, chosen: list) -> str:
    """「議案第17号は 原案可決 です[1]」 when every chosen row gives the same decision; "" otherwise."""
    decisions = {m.group(0) for s in chosen for m in [_DECISION.search(s.unit.norm)] if m}
    if len(decisions) != 1:
        return ""
    bill = min(bill_numbers(question))
    return f"議案第{bill}号は {decisions.pop()} です[1]"
