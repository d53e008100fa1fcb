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


def _line_at(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _group_head(text: str, start: int) -> int | None:
    """The start of the row that heads the group a table row stands in: the row itself when its first cell is
    filled, else the nearest row above whose first cell is (wrapped cell lines between them passed over)."""
    a, b = _line_at(text, start)
    for _ in range(MAX_GROUP_ROWS * 2):
        line = text[a:b]
        if "\t" in line and line.split("\t")[0].strip():
            return a
        if "\t" not in line and (not line.strip() or len(line.strip()) > WRAPPED_LINE_CHARS) or a == 0:
            return None
        a, b = _line_at(text, a - 1)
    return None


def group_rows(doc: str, text: str, start: int) -> tuple[str, list[QuoteUnit]]:
    """(the group's first cells, its rows from the head down) for a table row in a group of rows that print the
    first cells once; ("", []) when the row stands in no such group."""
    if "\t" not in text[slice(*_line_at(text, start))]:
        return "", []
    head_start = _group_head(text, start)
    if head_start is None:
        return "", []
    rows, pos, empty_lead = [], head_start, 0
    while pos < len(text) and len(rows) <= MAX_GROUP_ROWS:
        stop = _line_at(text, pos)[1]
        line = text[pos:stop]
        if "\t" not in line:
            if not line.strip() or len(line.strip()) > WRAPPED_LINE_CHARS:
                break
        elif rows and line.split("\t")[0].strip():
            break   # the next group: its first cell printed
        else:
            if rows:
                cells = line.split("\t")
                empty_lead = max(empty_lead, next((k for k, c in enumerate(cells) if c.strip()), len(cells)))
            a = pos + len(line) - len(line.lstrip())
            quote = quote_text(text[a:stop])
            if quote:
                rows.append(QuoteUnit(doc, a, pos + len(line.rstrip()), normalize_query(quote), quote, -1))
        pos = stop + 1
    if len(rows) < 2:
        return "", []
    return " ".join(text[head_start:_line_at(text, head_start)[1]].split("\t")[:empty_lead]), rows


def with_row_groups(chosen: list, documents, names_subject) -> list:
    """The chosen units, a table row replaced by all the rows of its group when the group's first cells name what
    the question asks about (`names_subject(text)`): the question is about the group, not about one of its rows."""
    kept = []
    for item in chosen:
        head, rows = group_rows(item.unit.doc, documents[item.unit.doc].text, item.unit.start)
        if not rows or not names_subject(head):
            rows = [item.unit]
        for row in rows:
            if all(row.start != k.unit.start or row.doc != k.unit.doc for k in kept):
                kept.append(item if row.start == item.unit.start else replace(item, unit=row))
    return kept
