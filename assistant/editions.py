"""Editions of a plan: when several indexed documents answer a question about "the plan", the newest
answers by default and the answer says which edition it is; 「前の計画」 or a year selects another.

A document's edition year comes from what it says of itself, first found: `Document.edition`,
`Document.date`, its title, else the first year its opening text states (「平成28年度（2016年度）から
スタートした…」). A document without any year takes no part in the choice.
"""
from __future__ import annotations

import re

from assistant.scope import Scope
from ingest.vocab.eras import years_in
from ingest.vocab.eras import ERA_WORDS, era_year
from ingest.records import Document

OPENING_CHARS = 1500
# A question about the plan itself (its period, its aims), not about a fact inside one document.
PLAN_WORDS = re.compile(r"計画|方針|戦略|プラン")


def edition_year(document: Document) -> int | None:
    for text in (document.edition, document.date or "", document.title):
        year = era_year(text) if text else None
        if year:
            return year
    m = re.search(rf"(?:{ERA_WORDS})\s*(?:元|[0-9０-９]{{1,2}})\s*年|(?<![0-9])(?:19|20)[0-9]{{2}}\s*年", document.text[:OPENING_CHARS])
    return era_year(m.group(0)) if m else None


def choose_edition(candidates: list, documents: dict[str, Document], scope: Scope, question: str):
    """(candidates of one edition, a note naming it) — candidates are ScoredUnits, best first.

    Applies only when the question is about a plan (計画, 方針 …) or asks for another edition, and the
    candidates come from documents of different years; otherwise the candidates are returned as given."""
    if not candidates or not (PLAN_WORDS.search(question) or scope.edition):
        return candidates, ""
    years = {doc: edition_year(documents[doc]) for doc in {c.unit.doc for c in candidates}}
    known = sorted({y for y in years.values() if y}, reverse=True)
    if len(known) < 2:
        return candidates, ""
    if scope.years:
        wanted = [y for y in known if y in scope.years or any(y <= asked for asked in scope.years)]
        chosen = wanted[0] if wanted else known[-1]
        mentioned = [c for c in candidates if set(scope.years) & years_in(c.unit.norm)]
        if mentioned:
            return mentioned, ""
    elif scope.edition == "previous":
        chosen = known[1]
    else:
        chosen = known[0]
    picked = [c for c in candidates if years[c.unit.doc] == chosen]
    others = [y for y in known if y != chosen]
    if chosen == known[0]:
        note = "（この資料の最新の版の記述です。以前の版は「前の計画では？」で確かめられます）" if others else ""
    else:
        note = "（以前の版の記述です。より新しい版もあります）"
    return picked, note
