"""「成果指標の達成率が100％を超えた事業は」 over a report of numbered forms (「No.1 …事業 担当課：…」, then its label rows
and a 成果指標 grid: 成果指標｜単位｜…｜達成率): the grid rows a filter selects, each named by the 事業 of the form it
stands in — never by the indicator, nor by a sentence of the form's label rows.

A form opens at a line whose first cell is its numbered title (ingest.plans.list_items reads the same titles as
items); its grid is the tab row holding a column header the question names (達成率) and the rows below it up to the
next title. Each form's grid is filtered by assistant.row_filters as a table of its own; a report with fewer than two
forms is no report of forms (None: the other paths answer).
"""
from __future__ import annotations

import re

from assistant.row_filters import RowMatch, filtered_rows
from assistant.text_rows import TextRow, TextTable
from ingest.text.normalize import spaceless

_TITLE = re.compile(r"^[ \u3000]*(?:No|NO|Ｎｏ|ＮＯ)[.．]\s*[0-9０-９]{1,3}[ \u3000]+(?:[〔［【][^〕］】]{1,6}[〕］】])?\s*(\S+?)"
                    r"(?:[ \u3000]+(?:担当課|担当|所管課|所管)(?:[:：].*)?)?[ \u3000]*$")
MIN_FORMS = 2


def _forms(text: str) -> list[tuple[str, list[tuple[int, list[tuple[str, int, int]]]]]]:
    """(the 事業 of each form, its tab rows as (line start, [(cell, start, end)]))."""
    forms, pos = [], 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        first = line.split("\t")[0]
        title = _TITLE.match(first)
        if title and not any(c.strip() for c in line.split("\t")[1:]):
            forms.append((title.group(1), []))
        elif forms and "\t" in line:
            cells, at = [], start
            for cell in line.split("\t"):
                lead = len(cell) - len(cell.lstrip())
                cells.append((cell.strip(), at + lead, at + lead + len(cell.strip())))
                at += len(cell) + 1
            forms[-1][1].append((start, cells))
    return forms


def form_matches(documents, question: str, inside) -> list[RowMatch]:
    """The grid rows the question's filter selects in the forms of the documents in scope, named by their 事業 (the
    grids of one document's forms, under one header, filtered as one table)."""
    q = spaceless(question)
    found = []
    for doc, document in documents.items():
        if not inside(doc) or not re.search(r"(?:No|NO|Ｎｏ|ＮＯ)[.．]", document.text):
            continue
        forms = _forms(document.text)
        if len(forms) < MIN_FORMS:
            continue
        labels, rows, owner = None, [], {}
        for name, lines in forms:
            header = next((k for k, (_, cells) in enumerate(lines)
                           if any(len(spaceless(c)) >= 2 and spaceless(c) in q for c, _, _ in cells[1:])), None)
            if header is None or labels not in (None, tuple(c for c, _, _ in lines[header][1])):
                continue
            labels = tuple(c for c, _, _ in lines[header][1])
            for _, cells in lines[header + 1:]:
                if not any(c for c, _, _ in cells):
                    continue
                cells = (cells + [("", -1, -1)] * len(labels))[:len(labels)]
                row = TextRow(tuple(c for c, _, _ in cells), min(a for c, a, _ in cells if c),
                              max(b for c, _, b in cells if c), tuple((a, b) if c else (-1, -1) for c, a, b in cells))
                rows.append(row)
                owner[row.start] = name
        if labels is None or len(rows) < 2:
            continue
        for m in filtered_rows(TextTable(doc, labels, tuple(rows)), question, document.text):
            name = next((owner[r.start] for r in rows if r.start <= m.source.start < r.end + 1), "")
            if name:
                found.append(RowMatch(name, (m.name,) + m.notes, m.source))
    return found
