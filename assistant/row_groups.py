"""A table row quoted with the rows that share its first cells: 「議員｜質問事項 1」 and the row 「｜質問事項 2」 under it.

A list printed as a table often sets a group's first cells once (a 通告一覧's member, a plan's 基本目標) and leaves
them empty in the group's later rows; a reader writes those rows with leading tabs, and a PDF cell wrapped onto a
second line as a line of its own without any. A question about what the first cells name (「〇〇議員はどのような
事項を質問しますか」) is answered by every row of the group, not only the first one the search found.
"""
from __future__ import annotations

from dataclasses import replace

from assistant.quotes import QuoteUnit, quote_text
from ingest.text.normalize import normalize_query

MAX_GROUP_ROWS = 8
WRAPPED_LINE_CHARS = 60   # a cell's wrapped line is short; a longer line without tabs is text after the table


def group_rows(doc: str, text: str, start: int, end: int) -> tuple[str, list[QuoteUnit]]:
    """(the group's first cells, the rows after it) for a quote of a table row whose first cells are filled; the
    rows are the following ones whose first cell is empty, up to the next row that fills it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if "\t" not in line or not line.split("\t")[0].strip():
        return "", []
    rows, pos, empty_lead = [], line_end + 1, 0
    while pos < len(text) and len(rows) < MAX_GROUP_ROWS:
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        nxt = text[pos:stop]
        if "\t" not in nxt:
            if not nxt.strip() or len(nxt.strip()) > WRAPPED_LINE_CHARS:
                break
        elif nxt.split("\t")[0].strip():
            break   # the next group: its first cell printed
        else:
            cells = nxt.split("\t")
            lead = next((k for k, c in enumerate(cells) if c.strip()), len(cells))
            empty_lead = max(empty_lead, lead)
            a = pos + len(nxt) - len(nxt.lstrip())
            quote = quote_text(text[a:stop])
            if quote:
                rows.append(QuoteUnit(doc, a, pos + len(nxt.rstrip()), normalize_query(quote), quote, -1))
        pos = stop + 1
    head = " ".join(line.split("\t")[:empty_lead]) if rows else ""
    return head, rows


def with_row_groups(chosen: list, documents, names_subject) -> list:
    """The chosen units, each table row followed by the rows of its group when its first cells name what the
    question asks about (`names_subject(text)`): the question is about the group, not about that one row."""
    kept = []
    for item in chosen:
        kept.append(item)
        head, rows = group_rows(item.unit.doc, documents[item.unit.doc].text, item.unit.start, item.unit.end)
        if not rows or not names_subject(head):
            continue
        for row in rows:
            if all(row.start != k.unit.start or row.doc != k.unit.doc for k in chosen + kept):
                kept.append(replace(item, unit=row))
    return kept
