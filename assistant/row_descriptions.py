"""A 事業 described on the continuation rows of its table row: 「〇〇事業はどんな事業ですか？」.

A 広報 or a budget table prints a 事業's name in its row (区分｜事業名｜予算額) and its description on the rows below,
in the same column, with the other cells empty — wrapped at the column's width, often inside a word:

    │新規│〇〇広場整備事業　　　　　　│１，０００万円│
    │　　│　芝生広場と遊具を整備し、親│　　　　　　　│
    │　　│　子で過ごせる場にします。　│　　　　　　　│

The description is those pieces read as one text. Each piece is quoted as printed (verbatim, cited); the answer line
shows them joined, so it reads as the sentence the table wrapped. Rows are cells between 「│」「|」「｜」「┃」 or tabs,
a rule line (┼ ─ ├) or a row with another cell filled ends the description.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.records import Answer
from ingest.plans.records import Source
from ingest.text.normalize import comparable, quote_text

_ASKS_DESCRIPTION = re.compile(r"どんな|どのよう|どういう|内容|概要|とは")
_SEPARATOR = re.compile(r"[│|｜┃\t]")
_RULE_LINE = re.compile(r"^[\s─━┼╋├┤┠┨┝┥┌┐└┘┬┴┏┓┗┛┯┷┿\-+=|│┃]*$")
MIN_NAME_CHARS = 6
MAX_PIECES = 8


@dataclass(frozen=True)
class RowDescription:
    """A named row of a table and the pieces of its description on the continuation rows below it."""

    name: str
    row: Source                  # the name's row, as printed
    pieces: tuple[Source, ...]   # the description's pieces, one per continuation row, verbatim


def asks_description(question: str) -> bool:
    """「…事業はどんな事業ですか」「…とはどのような取組か」「…の内容は」: a question for what a named thing is."""
    return bool(_ASKS_DESCRIPTION.search(question))


def _cells(line: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a table row, between its separators; [] for a line that is no row."""
    cuts = [m.start() for m in _SEPARATOR.finditer(line)]
    if len(cuts) < 2 and "\t" not in line:
        return []
    bounds = [-1, *cuts, len(line)]
    spans = [(bounds[k] + 1, bounds[k + 1]) for k in range(len(bounds) - 1)]
    # a box row starts and ends with its border: no cell before the first or after the last separator
    if spans and not line[:spans[0][1]].strip():
        spans = spans[1:]
    if spans and not line[spans[-1][0]:].strip():
        spans = spans[:-1]
    return spans


def _lines(text: str, start: int, end: int) -> list[tuple[int, str]]:
    a = text.rfind("\n", 0, start) + 1
    out, pos = [], a
    for line in text[a:end].split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def described_rows(text: str, start: int, end: int, asked: str) -> list[RowDescription]:
    """The table rows in `text[start:end]` with a cell whose whole text the question (`asked`, comparable form)
    names, each with the pieces of its description on the continuation rows below it (none: not returned)."""
    found = []
    for pos, line in _lines(text, start, end):
        cells = _cells(line)
        for column, (a, b) in enumerate(cells):
            name = comparable(line[a:b])
            if len(name) < MIN_NAME_CHARS or name not in asked:
                continue
            pieces = _continuation(text, pos + len(line) + 1, len(cells), column)
            if pieces:
                row = Source("", pos, pos + len(line.rstrip()), quote_text(line))
                found.append(RowDescription(quote_text(line[a:b]), row, tuple(pieces)))
    return found


def _continuation(text: str, pos: int, width: int, column: int) -> list[Source]:
    """The cells of `column` on the rows from `pos` whose other cells are empty, up to a rule line or a full row."""
    pieces = []
    while pos < len(text) and len(pieces) < MAX_PIECES:
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = text[pos:stop]
        cells = _cells(line)
        if _RULE_LINE.match(line) or len(cells) != width:
            break
        if any(line[a:b].strip() for k, (a, b) in enumerate(cells) if k != column):
            break
        a, b = cells[column]
        body = line[a:b]
        if not body.strip():
            break
        a, b = pos + a + len(body) - len(body.lstrip()), pos + a + len(body.rstrip())
        pieces.append(Source("", a, b, quote_text(text[a:b])))
        pos = stop + 1
    return pieces


def answer_row_description(question: str, search, documents, citation_of) -> Answer | None:
    """The description of the row a description question names (None for another question), from the first search
    hit that holds it: its pieces joined on one line (each cited as printed), then the row itself (区分, amount) cited.
    `search`: a function giving the hits, called only for a description question."""
    if not asks_description(question):
        return None
    asked = comparable(question)
    for hit in search():
        document = documents[hit.passage.doc]
        rows = described_rows(document.text, hit.passage.start, hit.passage.end, asked)
        if not rows:
            continue
        best = max(rows, key=lambda r: len(r.name))
        doc = hit.passage.doc
        pieces = [Source(doc, p.start, p.end, p.quote) for p in best.pieces]
        citations = [citation_of(n, p) for n, p in enumerate(pieces, 1)]
        marks = "".join(f"[{c.n}]" for c in citations)
        row = Source(doc, best.row.start, best.row.end, best.row.quote)
        citations.append(citation_of(len(citations) + 1, row))
        cells = "｜".join(c for c in (quote_text(x) for x in _SEPARATOR.split(row.quote)) if c)
        lines = [f"「{best.name}」について、資料には次の記載があります。", f"・{_joined(pieces)}{marks}",
                 f"（{cells}[{len(citations)}]）"]
        return Answer(question, True, "\n".join(lines), citations, kind="passage")
    return None


def _joined(pieces: list[Source]) -> str:
    """The pieces read as one text; where a wrap cuts a number (「１，０」「００万円」) they stay apart as quotes, so no
    number is shown that no single cited piece holds."""
    text = pieces[0].quote
    for piece in pieces[1:]:
        if re.search(r"[0-9０-９,，.．]$", text) and re.match(r"[0-9０-９,，.．]", piece.quote):
            return "".join(f"「{p.quote}」" for p in pieces)
        text += piece.quote
    return text
