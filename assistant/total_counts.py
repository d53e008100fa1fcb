"""「保有する公共施設は合計何施設ですか」: the count a table's total row prints under the column of that thing's number.

A table of 施設数 by 大分類｜中分類 ends in its 合計 row (合計｜｜118｜…); the question names the whole (合計, 全体,
総数) and counts in the thing's own counter (何施設, 何校), which names the column (施設数, 学校数). The total as printed
is stated, cited by its row; one row's count never answers, nor a sum of ours.
"""
from __future__ import annotations

import re

from assistant.records import Answer
from ingest.plans.records import Source
from ingest.text.normalize import quote_text, spaceless
from ingest.vocab.attributes import WHOLE_ASKED
from ingest.vocab.table_words import is_total_label

_COUNTED = re.compile(r"何([\u4e00-\u9fff]{1,3}?)(?:ありますか|あります|です|でしょう|か|に|を|が|は|[?？]|$)")
_NUMBER = re.compile(r"[0-9][0-9,]*")


def counted_thing(question: str) -> str:
    """The thing a question counting a whole counts in its own counter (「合計何施設」 -> 施設), "" otherwise."""
    q = spaceless(question)
    m = _COUNTED.search(q)
    return m.group(1) if m and re.search(WHOLE_ASKED, q) else ""


def answer_total_count(question: str, documents, row_tables, inside, citation_of) -> Answer | None:
    """The total row's cell under the 「<thing>数」 column, when exactly one table in scope prints one (else None)."""
    thing = counted_thing(question)
    if not thing:
        return None
    header = f"{thing}数"
    found = {}
    for doc in (d for d in documents if inside(d)):
        for table in row_tables.tables(doc):
            cols = [i for i, h in enumerate(table.headers) if spaceless(h) == header]
            total = next((r for r in table.rows if is_total_label(next((c for c in r.cells if c.strip()), ""))), None)
            if len(cols) != 1 or total is None or cols[0] >= len(total.cells):
                continue
            cell = spaceless(total.cells[cols[0]])
            if _NUMBER.fullmatch(cell):
                found[(doc, cell)] = (table, total, cols[0])
    if len({cell for _, cell in found}) != 1:
        return None
    (doc, cell), (table, total, col) = next(iter(found.items()))
    text = documents[doc].text
    source = Source(doc, total.start, total.end, quote_text(text[total.start:total.end]))
    label = next(c for c in total.cells if c.strip()).strip()
    return Answer(question, True, f"{label}の{table.headers[col].strip()}は {total.cells[col].strip()} です[1]",
                  [citation_of(1, source)], kind="fact")
