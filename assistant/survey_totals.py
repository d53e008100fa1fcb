"""「「住み続けたい」と答えた村民の割合は、前回調査と比べてどう変わりましたか？」: a survey's rate of the answer the
question names, for all who answered — the 全体 row of the table whose column is that answer — and, when the question
compares with the previous survey, the note that gives the previous figure.

A survey prints each answer's rates by group (年齢別: 「18～29歳｜22.4｜25.9…」) with a total row (全体, 合計, 総数). A
question that names an answer (a column header, 「住み続けたい」) but no group (no row label) asks the total. The column
is the one whose whole header the question holds (「どちらかといえば住み続けたい」 is not 「住み続けたい」); exactly one
table may offer it, else the question goes on to the other paths.
"""
from __future__ import annotations

import re
import unicodedata

from assistant.records import Answer
from ingest.plans.records import Source
from ingest.text.normalize import quote_text
from ingest.vocab.eras import read_years
from ingest.vocab.header_words import TOTAL_ROW_ENDINGS

_ASKS_RATE = re.compile(r"割合|[%％]|パーセント|何割|率は")
_ASKS_BEFORE = re.compile(r"前回|前年|比べ|変わ|増え|減っ")
_TOTALS = ("全体",) + tuple(w for w in TOTAL_ROW_ENDINGS if len(w) > 1)
_FIGURE = re.compile(r"^[0-9０-９]+(?:[.．][0-9０-９]+)?\s*[%％]?$")
MIN_HEADER_CHARS = 3


def _norm(text: str) -> str:
    return re.sub(r"[\s「」『』]", "", unicodedata.normalize("NFKC", text))


def years_fit(question: str, document_text: str) -> bool:
    """Whether the years a question names (「平成26年度の調査では」) are the survey's own, as its title says: a survey
    of another year is not the one asked."""
    asked = {y.year for y in read_years(unicodedata.normalize("NFKC", question))}
    return not asked or asked <= {y.year for y in read_years(unicodedata.normalize("NFKC", document_text[:400]))}


def _previous_notes(text: str, header: str, doc: str) -> list[Source]:
    """The sentences that give the previous survey's figure of the answer (「前回調査…「住み続けたい」が54.8％」)."""
    found, start = [], 0
    for line in text.split("\n"):
        if "前回" in line and _norm(header) in _norm(line) and re.search(r"[0-9０-９]", line):
            a = start + len(line) - len(line.lstrip(" \u3000※"))
            b = start + len(line.rstrip())
            found.append(Source(doc, a, b, quote_text(text[a:b])))
        start += len(line) + 1
    return found[:1]


def answer_survey_total(question: str, tables_of, docs, documents, citation_of) -> Answer | None:
    """The total row's rate of the answer a question names (None: no rate asked, or no single such column)."""
    asked = _norm(question)
    if not _ASKS_RATE.search(asked):
        return None
    found = []
    for doc in [d for d in docs if years_fit(question, documents[d].text)]:
        for table in tables_of(doc):
            labels = [row.cells[0] for row in table.rows if row.cells]
            if any(len(_norm(label)) >= 2 and _norm(label) in asked for label in labels):
                continue   # a group is named: not the total
            totals = [row for row in table.rows if row.cells and _norm(row.cells[0]) in _TOTALS]
            named = [k for k, h in enumerate(table.headers) if k and len(_norm(h)) >= MIN_HEADER_CHARS
                     and _norm(h) in asked]
            named = [k for k in named if not any(j != k and _norm(table.headers[k]) in _norm(table.headers[j])
                                                 and _norm(table.headers[j]) in asked for j in named)]
            for k in named:
                if len(totals) == 1 and k < len(totals[0].cells) and _FIGURE.match(totals[0].cells[k].strip()):
                    found.append((doc, table, k, totals[0]))
    if len(found) != 1:
        return None
    doc, table, col, row = found[0]
    text = documents[doc].text
    sources = [Source(doc, row.start, row.end, quote_text(text[row.start:row.end]))]
    header = table.headers[col].strip()
    lines = [f"「{header}」の割合（{row.cells[0].strip()}）は {row.cells[col].strip()} です[1]"]
    if _ASKS_BEFORE.search(asked):
        for n, note in enumerate(_previous_notes(text, header, doc), start=2):
            sources.append(note)
            lines.append(f"{note.quote}[{n}]")
    return Answer(question, True, "\n".join(lines), [citation_of(n, s) for n, s in enumerate(sources, start=1)],
                  kind="fact")
