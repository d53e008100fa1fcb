"""「村以外が事業主体となっている事業はどれ」: the rows of a table whose cell in the column the question names holds
anything but the value it excludes (a 過疎計画's 事業主体 of 県, 森林組合, 社会福祉協議会 among the rows of 村).

The question names a column by its header (事業主体, 実施主体, 所管) and a value before 「以外」; that value must be a cell
value of the column as written (so 「村以外」 means the rows whose 事業主体 is not 「村」), and the column must hold other
values too. The rows with another value are listed by their name cell, each cited by its row; nothing else answers.
"""
from __future__ import annotations

import re

from assistant.row_filters import RowMatch, name_column
from assistant.text_rows import TextTable
from ingest.plans.records import Source
from ingest.text.normalize import quote_text, spaceless

# The value a question excludes: the words right before 「以外」 (「、村以外が」「県以外の」).
_EXCLUDED = re.compile(r"([^\s、。,，・「」はがをにでのと]{1,12})以外(?:が|の|で|に|を|と)")


def excluded_value(question: str) -> str:
    """The value a question excludes (「村以外が…」 -> 村), "" when it excludes none."""
    m = _EXCLUDED.search(spaceless(question))
    return m.group(1) if m else ""


def excluded_table_rows(table: TextTable, question: str, text: str) -> list[RowMatch]:
    """The rows whose cell in the named column is filled with another value than the excluded one ([] when the
    question names no column of the table, or the value is none of that column's cells)."""
    q, value = spaceless(question), excluded_value(question)
    if not value:
        return []
    for n, header in enumerate(table.headers):
        head = spaceless(header)
        cells = [spaceless(r.cells[n]) for r in table.rows if r.cells[n].strip()]
        if len(head) < 2 or head not in q or value not in cells or len(set(cells)) < 2:
            continue
        names = name_column(table, {n})
        if names is None:
            return []
        return [RowMatch(r.cells[names], (f"{header}：{r.cells[n]}",),
                         Source(table.doc, r.start, r.end, quote_text(text[r.start:r.end])))
                for r in table.rows if r.cells[n].strip() and spaceless(r.cells[n]) != value and r.cells[names].strip()]
    return []


def excluded_matches(row_tables, question: str, inside) -> list[RowMatch]:
    """The rows the question's exclusion selects, from the one table in scope it fits ([] when none or several)."""
    if not excluded_value(question):
        return []
    found = []
    for doc, document in row_tables.documents.items():
        if inside(doc):
            found += [rows for table in row_tables.tables(doc) if (rows := excluded_table_rows(table, question,
                                                                                              document.text))]
    return found[0] if len(found) == 1 else []
