"""The text of one column of a named row: 「見守りネットワーク事業の実施主体はどこですか」 → the row whose cell names that
事業, its cell under 「実施主体」 (the office in charge is assistant.office_cells').

The rows are the document's tables as `assistant.text_rows` reads them (tab-separated lines under their header). The
row is the one with a cell the question names in full (the longest such cell); the column is the one whose header is a
word of the asked kind (ingest.vocab.header_words.ASKED_COLUMNS). A row printed twice (再掲) with the same cell answers
once; rows that disagree answer nothing (the passages then show them). The header is cited by the line that prints
it (`budget_answers.header_source`)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.budget_answers import header_source
from assistant.records import Answer
from ingest.plans.records import Source
from ingest.text.normalize import quote_text, spaceless
from ingest.vocab.header_words import ASKED_COLUMNS

if TYPE_CHECKING:
    from assistant.plans import PlanRegistry

_ASKS = [(re.compile(asked), headers) for asked, headers in ASKED_COLUMNS]
_MIN_NAME = 4


def asked_headers(question: str) -> tuple[str, ...]:
    """The header words of the column a question asks for; () when it asks none."""
    return next((headers for asked, headers in _ASKS if asked.search(question)), ())


def answer_row_cell(plans: PlanRegistry, question: str, docs: list[str]) -> Answer | None:
    """The asked column's cell of the row the question names, in the first of `docs` (best first) that has one."""
    headers = asked_headers(question)
    if not headers:
        return None
    asked = spaceless(question)
    for doc in docs:
        if doc not in plans.documents:
            continue
        found = []   # (name length, row, column label, cell, name)
        for table in plans.row_tables.tables(doc):
            column = next((k for k, h in enumerate(table.headers) if spaceless(h) in headers), None)
            if column is None:
                continue
            for row in table.rows:
                names = [c for k, c in enumerate(row.cells)
                         if k != column and len(spaceless(c)) >= _MIN_NAME and spaceless(c) in asked]
                if names and row.cells[column].strip():
                    name = max(names, key=lambda c: len(spaceless(c)))
                    if spaceless(name) != spaceless(row.cells[column]):
                        found.append((len(spaceless(name)), row, table.headers[column].strip(), row.cells[column], name))
        if not found:
            continue
        longest = max(f[0] for f in found)
        rows = [f for f in found if f[0] == longest]
        if len({spaceless(f[3]) for f in rows}) != 1:
            return None
        _, row, label, cell, name = rows[0]
        text = plans.documents[doc].text
        source = Source(doc, row.start, row.end, quote_text(text[row.start:row.end]))
        header = header_source(plans, source, label)
        citations = [plans.citation(1, source)] + ([plans.citation(2, header)] if header is not None else [])
        marks = "[1][2]" if header is not None else "[1]"
        return Answer(question, True, f"{name.strip()}の{label}は {cell.strip()} です{marks}", citations, kind="fact")
    return None
