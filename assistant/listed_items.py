"""When a question for 取組 (「どんな取組を？」, answered first by a labelled block of text) is answered by list items
instead: the items found are the ones a filter of the question names, or the list a format sets.
"""
from __future__ import annotations

from assistant.lists import asked_offices


def names_offices(found: list, question: str) -> bool:
    """Whether a list question names the office in charge (「危機管理室が担当する取組は？」) and every item found names it
    as written (its row's 所管課 cell, the office in brackets after its name): the question asks for those items, not
    for a block of text about the 取組."""
    offices = asked_offices(question)
    return bool(offices) and bool(found) and all(
        any(o in " ".join((m.item.name, m.item.description)) for o in offices) for m in found)


def all_paragraphs(found: list) -> bool:
    """Whether every item found is a paragraph the format bullets or numbers (ingest.plans.paragraph_items): the
    document sets them as a list, so a question for 取組 gets them as one."""
    return bool(found) and all(m.item.form == "paragraph" for m in found)
