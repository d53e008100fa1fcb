"""Budget lines of a 補正予算 stated in a sentence: a 議会 会議録's 提案理由, a 広報's 議会だより or a 補正予算の概要
say what a 補正予算 adds in prose —

    議案第58号は、歳入歳出予算の総額にそれぞれ1億2,300万円を追加し、総額を98億7,600万円とするものです。
    今回の一般会計補正予算（第3号）は、5,430万円を増額するものです。

The sentence's topic (before 「は、」) names the 補正予算 itself (「…補正予算（第3号）」) or the 議案 that carries it
(「議案第58号」 / 「議第58号」, resolved to the title that number has elsewhere in the document: 「議案第58号 令和6年度
〇〇市一般会計補正予算（第3号）」). The amount just before 「を追加」/「を増額」 is that 補正予算's 補正予算額; a sentence
whose topic names neither gives nothing, and neither does the new total (「総額を…とする」) nor a 減額 (its sign would
be a guess). The fiscal year is the one the 補正予算's name states, else the document's.
"""
from __future__ import annotations

import re

from ingest.plans.amount_lines import OPENING, kind_and_year
from ingest.plans.records import BudgetLine, Source
from ingest.text.normalize import quote_text
from ingest.vocab.eras import era_year
from ingest.vocab.header_words import BUDGET_KIND_WORDS, SUPPLEMENT_VERBS, SUPPLEMENT_WORD
from ingest.vocab.quantities import read_quantities
from ingest.vocab.units import YEN
from ingest.vocab.value_questions import BILL_NUMBER

_SUPPLEMENT = SUPPLEMENT_WORD
_COLUMN = dict(BUDGET_KIND_WORDS)[_SUPPLEMENT]
_NAME = re.compile(r"[^\s、。「」『』]{0,30}?" + _SUPPLEMENT + r"予算\s*[（(]\s*第\s*[0-9０-９]+\s*号\s*[）)]")
_BILL = re.compile(BILL_NUMBER)
# a topic 「…は、」 then, in the same sentence, an amount and an adding verb
_SENTENCE = re.compile(r"(?P<topic>[^。\n]{2,60}?)は、(?P<body>[^。]{0,80}?)を\s*(?:" + "|".join(SUPPLEMENT_VERBS) + ")")


def supplement_lines(doc: str, text: str, title: str, context_at, place_of) -> list[BudgetLine]:
    """Every 補正予算 addition stated in a sentence of one document (see the module docstring)."""
    _, document_year = kind_and_year(f"{title}\n{text[:OPENING]}")
    lines = []
    for m in _SENTENCE.finditer(text):
        name = _budget_name(text, m.group("topic"))
        amounts = [q for q in read_quantities(m.group("body")) if q.kind == "money" and q.unit == YEN]
        if not name or not amounts or amounts[-1].end < len(m.group("body").rstrip()):   # 「…万円を追加し」 only
            continue
        q = amounts[-1]
        start, end = m.start("topic"), m.end()
        start += len(text[start:end]) - len(text[start:end].lstrip(" \u3000"))
        source = Source(doc, start, end, quote_text(text[start:end]))
        context = context_at(start)
        lines.append(BudgetLine(
            project="", item=name, area=context.area, region=context.region,
            fiscal_year=era_year(name) or document_year, amount=q.value, unit=YEN, raw=q.raw, description="",
            source=source, amount_yen=q.value, column=_COLUMN, place=place_of(name) or context.place,
            outline=context.outline))
    return lines


def _budget_name(text: str, topic: str) -> str:
    """The 補正予算 a sentence's topic names: its own name, or the title its 議案 number has in the document."""
    named = _NAME.search(topic)
    if named:
        return _trim(named.group(0))
    bill = _BILL.search(topic)
    if not bill:
        return ""
    for m in re.finditer(re.escape(bill.group(0)), text):
        after = text[m.end():m.end() + 80].split("\n")[0]
        titled = _NAME.search(after)
        if titled:
            return _trim(titled.group(0))
    return ""


def _trim(name: str) -> str:
    """A name as a label: without the quotation marks and spaces around it."""
    return name.strip(" \u3000「」『』\"")
