"""A change from last year written after an amount, in the words of a 広報 or 予算の概要, read as the amount's change:

    一般会計の総額は42億3,860万円で、前年度より1億2,470万円（3.0％）増えました。     (one sentence)
    一般会計                                                                       (label, amount, change:
    98億7,650万円                                                                   three lines of a box)
    前年度比 3億2,140万円（3.4％）増

The change is kept as printed, with its rate in brackets and its direction (「3億2,140万円（3.4％）増」), so that an
answer quoting it says both; a fall (「減」, 「△8,760万円」) is negative. A change amount never stands for the amount
itself (ingest.plans.amount_lines reads the amounts around it).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ingest.vocab.quantities import Quantity, read_quantities
from ingest.vocab.header_words import PREVIOUS_YEAR_LABELS
from ingest.vocab.units import YEN

# The words a change line opens with (「前年度比 3億…増」, 「対前年度 △8,760万円」, 「前年度より…増えました」).
_OPENS_CHANGE = re.compile(r"^\s*(?:対前年度?(?:比較?)?|前年度?(?:比較?|比べ|から|より|と比べ(?:て)?|に比べ(?:て)?))\s*[:：]?\s*")
# What may follow the amount: its rate in brackets, then the direction (「（3.4％）増」, 「の増」, 「増えました」).
_AFTER = re.compile(r"^\s*(?:[(（]\s*[△▲▽－\-+＋]?\s*[0-9０-９.．,，]+\s*[％%]\s*(?:増|減)?\s*[)）])?\s*"
                    r"(?P<dir>の?(?:増加|減少|増額|減額|増|減))?")   # (「増えました」: 「増」 says it, the verb is the sentence's)


def change_after(text: str, at: int, end: int, opened: bool = False) -> Quantity | None:
    """The change amount that starts text[at:end] after a change word (or, `opened`, after words that already said
    it is a change: 「…で、前年度より」), with its rate and direction: raw as printed from the amount to the direction
    (「3億2,140万円（3.4％）増」), value negative for a fall, span into `text`. None when no money change is there."""
    segment = text[at:end]
    head = _OPENS_CHANGE.match(segment)
    if not head and not opened:
        return None
    start = head.end() if head else 0
    quantities = [q for q in read_quantities(segment[start:]) if q.unit.endswith(YEN) and q.kind in ("money", "change")]
    if not quantities or segment[start:start + quantities[0].start].strip():
        return None   # the change words say a change, the amount right after them is it
    q = quantities[0]
    tail = _AFTER.match(segment[start + q.end:])
    direction = tail.group("dir") or "" if tail else ""
    if q.kind == "money" and not direction and q.value >= 0:
        return None   # 「前年度比 98億円」 with no 増/減 nor △: no change said
    stop = start + q.end + (tail.end() if tail else 0)
    value = -abs(q.value) if "減" in direction or q.value < 0 else abs(q.value)
    return replace(q, kind="change", value=value, start=at + start + q.start, end=at + stop,
                   raw=text[at + start + q.start:at + stop].rstrip())


def change_of_last(text: str, out: list, qa: int, b: int, stops: str) -> Quantity | None:
    """The change that the amount at `qa` is, when a clause of the sentence of the last amount found (`out`:
    ingest.plans.amount_lines' finds of the line) opens with change words right before it (「…で、前年度より」)."""
    if not out or out[-1].change or re.search("[。\n]", text[out[-1].end:qa]):
        return None
    between = text[out[-1].end:qa]
    clause = out[-1].end + max((between.rfind(c) + 1 for c in stops), default=0)
    change = change_after(text, clause, b)
    return change if change is not None and change.start == qa else None


def change_line(text: str, found: list, a: int, b: int):
    """A line that is the change of the amount found on the line above (「一般会計 / 98億7,650万円 / 前年度比 3億2,140万円
    （3.4％）増」): (that find of ingest.plans.amount_lines, the change), else None."""
    if not found or found[-1][0].change or text[found[-1][0].end:a].count("\n") != 1:
        return None
    change = change_after(text, a, b)
    return (found[-1], change) if change is not None else None


_LAST_YEAR_OPEN = re.compile(r"\s*[(（]\s*(?:" + "|".join(map(re.escape, PREVIOUS_YEAR_LABELS)) + r")\s*[:：]?\s*$")
_CLOSE = re.compile(r"^\s*[)）]")


def last_year_beside(text: str, out: list, qa: int, qb: int) -> int:
    """The end of 「（前年度 6,200万円）」 when the amount at qa..qb is last year's, in brackets right after the last
    amount found (`out`: ingest.plans.amount_lines' finds of the line); 0 otherwise."""
    if not out or out[-1].change or out[-1].last_year:
        return 0
    close = _CLOSE.match(text[qb:qb + 4])
    return qb + close.end() if close and _LAST_YEAR_OPEN.match(text[out[-1].end:qa]) else 0
