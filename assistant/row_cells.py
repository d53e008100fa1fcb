"""The text of one column of a named row: 「湯津上地区放課後子ども教室運営事業はどの課が担当していますか」 → the row whose
cell names that 事業, its cell under 「担当課」.

A table's rows stand in the document text as tab-separated lines under their header line. The row is the one with a
cell the question names in full (the longest such cell); the column is the one whose header is a word of the asked
kind (ingest.vocab.header_words.ASKED_COLUMNS). A row printed twice (再掲) with the same cell answers once; rows that
disagree answer nothing (the passages then show them)."""
from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from assistant.records import Answer
from ingest.plans.records import Source
from ingest.vocab.header_words import ASKED_COLUMNS

if TYPE_CHECKING:
    from assistant.plans import PlanRegistry

_ASKS = [(re.compile(asked), headers) for asked, headers in ASKED_COLUMNS]
_MIN_NAME = 4


def _fold(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def asked_headers(question: str) -> tuple[str, ...]:
    """The header words of the column a question asks for; () when it asks none."""
    return next((headers for asked, headers in _ASKS if asked.search(question)), ())


def _lines(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _header_above(lines: list[tuple[int, str]], at: int, width: int, headers: tuple[str, ...]):
    """The nearest tab-separated line above line `at` as wide as the row, with a cell that is one of `headers`:
    (its start, its line, that column)."""
    for start, line in reversed(lines[max(0, at - 60):at]):
        if "\t" not in line:
            continue
        cells = line.split("\t")
        if len(cells) != width:
            continue
        for k, cell in enumerate(cells):
            if _fold(cell) in headers:
                return start, line, k
    return None


def answer_row_cell(plans: PlanRegistry, question: str, docs: list[str]) -> Answer | None:
    """The asked column's cell of the row the question names, in the first of `docs` (best first) that has one."""
    headers = asked_headers(question)
    if not headers:
        return None
    asked = _fold(question)
    for doc in docs:
        document = plans.documents.get(doc)
        if document is None:
            continue
        lines = list(_lines(document.text))
        found = []   # (name length, row start, row line, header start, header line, column, name)
        for at, (start, line) in enumerate(lines):
            if "\t" not in line:
                continue
            cells = line.split("\t")
            names = [c for c in cells if len(_fold(c)) >= _MIN_NAME and _fold(c) in asked]
            if not names:
                continue
            head = _header_above(lines, at, len(cells), headers)
            if head is None:
                continue
            name = max(names, key=lambda c: len(_fold(c)))
            if _fold(cells[head[2]]) == _fold(name) or not cells[head[2]].strip():
                continue
            found.append((len(_fold(name)), start, line, *head, name))
        if not found:
            continue
        longest = max(f[0] for f in found)
        rows = [f for f in found if f[0] == longest]
        values = {_fold(r[2].split("\t")[r[5]]) for r in rows}
        if len(values) != 1:
            return None
        _, start, line, head_start, head_line, column, name = rows[0]
        cell = line.split("\t")[column].strip()
        row = Source(doc, start, start + len(line), " ".join(c.strip() for c in line.split("\t") if c.strip()))
        header = Source(doc, head_start, head_start + len(head_line),
                        " ".join(c.strip() for c in head_line.split("\t") if c.strip()))
        label = head_line.split("\t")[column].strip()
        citations = [plans.citation(1, row), plans.citation(2, header)]
        return Answer(question, True, f"{name.strip()}の{label}は {cell} です[1][2]", citations, kind="fact")
    return None
