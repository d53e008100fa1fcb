"""The numbered part of a plan a question names (「基本目標２の計画事業費」, 「施策3の予算」): rows of the other numbers,
and the table's 合計, are no answer to it when a row of that number is there.

    >>> numbered_parts("基本目標２の３か年の計画事業費の合計")
    {('基本目標', 2)}
"""
from __future__ import annotations

import re

from ingest.plans.records import BudgetLine
from ingest.text.normalize import normalize_query
from ingest.vocab.section_words import NUMBERED_PART_WORDS

_PART = re.compile("(" + "|".join(sorted(map(re.escape, NUMBERED_PART_WORDS), key=len, reverse=True))
                   + r")\s*[(（]?\s*([0-9]{1,2})(?![0-9])")


def numbered_parts(text: str) -> set[tuple[str, int]]:
    """(part word, number) for each numbered part a text names (NFKC: 「基本目標２」 -> (基本目標, 2))."""
    return {(word, int(n)) for word, n in _PART.findall(normalize_query(text))}


def rows_of_part(question: str, lines: list[BudgetLine]) -> list[BudgetLine]:
    """The lines whose item is the numbered part the question names, when some are (else all the lines): 「基本目標２の
    …合計は」 is answered by 基本目標２'s own 合計 column, never by the 合計 row of every goal."""
    asked = numbered_parts(question)
    if not asked:
        return lines
    own = [line for line in lines if numbered_parts(line.item) & asked]
    # (none: never a row of another number either, 「基本目標１」's for 「基本目標２」)
    return own or [line for line in lines if not {w for w, _ in numbered_parts(line.item)} & {w for w, _ in asked}]
