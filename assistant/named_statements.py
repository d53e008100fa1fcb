"""Which of the values the best quotes state answers first: a label–value pair named as the question writes it,
over a table row the question does not name.

A page prints 「寄附件数 / 38,412件」 (a `<dl>`, a label line over its value) and below it a table of the same 寄附
by 使い道 whose rows name each 使い道 under the columns 件数｜寄附金額. 「寄附件数は？」 holds the table's words too (its
caption says 寄附, its header 件数), but a row of it (「町長におまかせ 8,808」) is one part of the whole: its label is
nowhere in the question, while the pair's label 「寄附件数」 is written there in full.
"""
from __future__ import annotations

import re

from ingest.vocab.normal import normalize

MIN_NAMED_CHARS = 3   # a label the question writes out (「寄附件数」), not a bare 「計」 or 「合計」
_NUMBERING = re.compile(r"^\s*(?:[0-9０-９]+[.．、)）]?|[(（][0-9０-９]+[)）])\s*")


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", normalize(text).text)


def named_in(label: str, question: str) -> bool:
    """Whether the question writes the label out (its numbering 「5」「(1)」 aside)."""
    core = _squeezed(_NUMBERING.sub("", label))
    return len(core) >= MIN_NAMED_CHARS and core in _squeezed(question)


def first_answering(stated: list, question: str) -> int:
    """The index in `stated` ((Statement, scored unit) pairs, best quote first) of the value to state: the first,
    unless it is a table row's whose label the question does not write and a later one is a label–value pair (a
    line of its own, no table row) whose label it does."""
    first, unit = stated[0]
    if named_in(first.label, question) or "\t" not in getattr(unit.unit, "norm", ""):
        return 0
    for i, (statement, later) in enumerate(stated[1:], start=1):
        if "\t" not in getattr(later.unit, "norm", "") and named_in(statement.label, question):
            return i
    return 0
