"""「Ａ評価となった指標はいくつ」「達成の項目は何項目」: how many rows carry a mark.

A tally table states it: the total row (合計, 計, 全体) under the column the mark heads
(基本目標｜Ａ｜Ｂ｜Ｃ｜Ｄ｜計 … 合計｜5｜12｜4｜1｜22 → 5指標), cited by that row. Where no tally states it and one table
grades every row in a column of marks (評価｜Ａ), the rows holding the mark are counted: the answer says it counted
(「（計算）」) and cites each row, so a reader checks the count against the rows.
"""
from __future__ import annotations

import re
import unicodedata

from assistant.mark_filters import asked_marks
from assistant.records import Answer, ProjectRef
from assistant.row_filters import name_column
from assistant.text_rows import TextTable
from ingest.plans.records import Source
from ingest.text.normalize import quote_text, spaceless
from ingest.vocab.header_words import GRADE_COLUMN_WORDS, TALLY_TOTAL_LABELS
from ingest.vocab.table_words import is_total_label
from ingest.vocab.units import LIST_COUNTER
from ingest.vocab.value_questions import TALLY_QUESTION

COUNTED = "（計算：行を数えました）"
_TALLY = re.compile(TALLY_QUESTION)
_MAX_ROWS = 30


def asked_count(question: str) -> str:
    """The noun a question counts (「指標」 of 「…指標はいくつ」「何指標」; 「件」 of 「何件」), "" when it asks no count."""
    m = _TALLY.search(spaceless(question))
    return (m.group("noun") or m.group("counter")) if m else ""


def _mark_named(question: str, mark: str) -> bool:
    """Whether the question names a mark (a header or cell, NFKC, no spaces) as a mark: a letter set apart from other
    letters (「A評価」, never the A of 「KPI」), a word not inside a longer one of the same kind (達成, never of 未達成)."""
    if not mark or len(mark) > 4 or re.search(r"[0-9]", mark) or (mark.isascii() and not re.fullmatch(r"[A-ES]", mark)):
        return False   # a grade letter (Ａ～Ｅ, Ｓ) or a mark word, never a year, a number or a code
    pattern = rf"(?<![A-Za-z]){re.escape(mark)}(?![A-Za-z])" if mark.isascii() else rf"(?<!未){re.escape(mark)}"
    return re.search(pattern, question) is not None


# A legend of letter grades (「Ａ：達成（100％以上）　Ｂ：概ね順調…」): the letter and the word it stands for.
_LETTER_LEGEND = re.compile(r"(?<![A-Za-z])([A-Z])\s*[:=]\s*([^\s:=()A-Z0-9]{2,12})")


def legend_marks(text: str, question: str) -> set[str]:
    """The marks a document's legend explains with a word the question names (「目標を達成した」 for 「Ａ：達成」 or
    「◎：目標を達成」), never inside a longer word (未達成)."""
    marks = {spaceless(m) for m in asked_marks(text, question)}
    for m in _LETTER_LEGEND.finditer(unicodedata.normalize("NFKC", text)):
        meaning = m.group(2)
        if re.search(rf"(?<!未){re.escape(meaning)}", question):
            marks.add(m.group(1))
    return marks


def _total_row(table: TextTable):
    for row in table.rows:
        label = next((c for c in row.cells if c.strip()), "")
        if is_total_label(label) or spaceless(label) in TALLY_TOTAL_LABELS:
            return row
    return None


def _number(cell: str) -> str:
    text = spaceless(cell)
    return text if re.fullmatch(r"[0-9][0-9,]*", text) else ""


def _stated(table: TextTable, question: str, legend: set[str]) -> tuple[str, str, Source] | None:
    """(mark, count, the total row) where the table is a tally whose column the question's mark heads (named, or
    named by its legend's word)."""
    total = _total_row(table)
    if total is None:
        return None
    marks = [(i, spaceless(h)) for i, h in enumerate(table.headers) if i > 0 and not is_total_label(h)
             and (_mark_named(question, spaceless(h)) or spaceless(h) in legend)]
    marks = [(i, m) for i, m in marks if not any(m != o and m in o for _, o in marks)]   # the longest named
    if len(marks) != 1 or marks[0][0] >= len(total.cells) or not _number(total.cells[marks[0][0]]):
        return None
    i, mark = marks[0]
    counts = [spaceless(r.cells[i]) if i < len(r.cells) else "" for r in table.rows]
    if not all(re.fullmatch(r"[0-9]{1,4}|-|－|", c) for c in counts):
        return None   # a tally counts: small whole numbers under each mark, never amounts
    return table.headers[i].strip(), total.cells[i].strip(), Source(table.doc, total.start, total.end, "")


def _graded(table: TextTable, question: str, legend: set[str]) -> tuple[str, str, list] | None:
    """(column header, mark, the rows holding it) where one column of the table grades its rows with marks and the
    question names one of them."""
    for i, header in enumerate(table.headers):
        if not any(word in spaceless(header) for word in GRADE_COLUMN_WORDS):
            continue
        cells = [spaceless(r.cells[i]) if i < len(r.cells) else "" for r in table.rows]
        marks = {c for c in cells if c and (_mark_named(question, c) or c in legend)}
        if len(marks) == 1 and len(set(cells) - {""}) >= 2:
            mark = marks.pop()
            return header.strip(), mark, [r for r, c in zip(table.rows, cells) if c == mark]
    return None


def answer_tally(question: str, text: str, documents, row_tables, inside, citation_of) -> Answer | None:
    """The count of rows carrying the mark the question names (see the module docstring), or None."""
    noun = asked_count(text)
    if not noun:
        return None
    q = spaceless(text)
    docs = [doc for doc in documents if inside(doc)]
    legend = {doc: legend_marks(documents[doc].text, q) for doc in docs}
    stated = {(doc, s[0], s[1]): s for doc in docs for t in row_tables.tables(doc) if (s := _stated(t, q, legend[doc]))}
    if len({(doc, count) for doc, _, count in stated}) == 1:
        mark, count, row = next(iter(stated.values()))
        doc = documents[row.doc].text
        source = Source(row.doc, row.start, row.end, quote_text(doc[row.start:row.end]))
        counter = LIST_COUNTER if f"何{LIST_COUNTER}" in q else noun
        label = f"{mark}評価" if f"{spaceless(mark)}評価" in q else mark
        return Answer(question, True, f"{label}の{'もの' if noun == LIST_COUNTER else noun}の数は {count}{counter} です[1]",
                      [citation_of(1, source)], kind="fact")
    graded = [(doc, t, g) for doc in docs for t in row_tables.tables(doc) if (g := _graded(t, q, legend[doc]))]
    if len(graded) != 1:
        return None
    doc, table, (header, mark, rows) = graded[0]
    names = name_column(table, set())
    lines = [f"{header}が{mark}の{noun if noun != LIST_COUNTER else 'もの'}は {len(rows)} {LIST_COUNTER}です{COUNTED}。"]
    citations, projects = [], []
    for n, row in enumerate(rows[:_MAX_ROWS], start=1):
        source = Source(doc, row.start, row.end, quote_text(documents[doc].text[row.start:row.end]))
        name = row.cells[names].strip() if names is not None and names < len(row.cells) else row.cells[0].strip()
        lines.append(f"・{name}[{n}]")
        citations.append(citation_of(n, source))
        projects.append(ProjectRef(name, "", (n,), doc, None, None, None, source.quote[:200]))
    return Answer(question, True, "\n".join(lines), citations, projects=projects, kind="fact")
