"""「施策「地域医療の確保」を担当している課はどこですか？」: the office a table's 担当課 column gives the row the question
names, or a card's 担当課 label gives the card whose name cell the question names.

A row is named when one of its text cells (four characters or more, its number dropped) stands in the question as
written. The office is stated only when every row so named gives the same one; else the question goes on to the
passages. Each answer quotes the row (or the card's name and office lines).
"""
from __future__ import annotations

import re

from assistant.records import Answer
from assistant.text_rows import TextTable
from ingest.plans.records import Source
from ingest.text.normalize import comparable, quote_text
from ingest.vocab.eras import is_year_only

# 「担当している課は」「担当課はどこ」「所管する部署は」「どの課が担当」: the office in charge is asked.
_ASKS_OFFICE = re.compile(r"(?:担当|所管)(?:して(?:いる|います)|する|の)?(?:課|部署|部局|所属|部課)"
                          r"|(?:どこ|どの(?:課|部署))が(?:担当|所管)")
_OFFICE_HEADER = re.compile(r"^(?:担当|所管|主管)(?:課|部署|部局|部課|課名|所属)?等?$")
_LEAD_NUMBER = re.compile(r"^[0-9０-９]+[－\-−‐・.．][0-9０-９]+[ \u3000]*|^[0-9０-９]+[ \u3000]+")
MIN_NAME_CHARS = 4


def asks_office(question: str) -> bool:
    return bool(_ASKS_OFFICE.search(question))


def _office_column(table: TextTable) -> int | None:
    found = [n for n, h in enumerate(table.headers) if _OFFICE_HEADER.match(re.sub(r"[\s\u3000]", "", h))]
    return found[-1] if found else None


def _named(cell: str, asked: str) -> bool:
    own = comparable(_LEAD_NUMBER.sub("", cell.strip()))
    return len(own) >= MIN_NAME_CHARS and own in asked and not is_year_only(cell.strip()) \
        and bool(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]{2}", own))


def answer_office(question: str, text: str, tables_of, docs, documents, citation_of) -> Answer | None:
    """The office the question's row or card names (None: not asked, or no single office found). `tables_of`: doc ->
    its TextTables; `docs`: the documents in scope."""
    if not asks_office(text):
        return None
    asked = comparable(text)
    found: list[tuple[str, Source]] = []
    for doc in docs:
        body = documents[doc].text
        for table in tables_of(doc):
            office = _office_column(table)
            if office is None:
                continue
            for row in table.rows:
                cells = [c for k, c in enumerate(row.cells) if k != office]
                if row.cells[office].strip() and any(_named(c, asked) for c in cells):
                    found.append((row.cells[office].strip(), Source(doc, row.start, row.end,
                                                                    quote_text(body[row.start:row.end]))))
    offices = {comparable(o) for o, _ in found}
    if len(offices) != 1:
        return None
    office = found[0][0]
    citations = [citation_of(n, source) for n, (_, source) in enumerate(found[:3], start=1)]
    lines = [f"担当は{office}です[1]"] + [f"{c.quote}[{c.n}]" for c in citations]
    return Answer(question, True, "\n".join(lines), citations, kind="fact")
