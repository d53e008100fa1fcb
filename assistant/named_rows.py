"""The table rows a value question names by their label, for a value question no value could be stated for.

「大嶺・於福線は、１便当たり何人が利用していますか」 names the row 「大嶺・於福線｜コミュニティバス｜12,860｜…｜3.4｜…」;
「第７段階に該当する人の保険料年額は」 names the row 「第７段階｜…｜96,720｜8,060」. When no candidate value fits (the
row's cells are told apart by position only, its header stands far above it), the answer still says 「見つかりません
でした」 and quotes the row for the reader to check — never a value of its own choosing, and never a row the question
does not name: a label cell must stand in the question as printed (three characters or more, or two where a column
head of its table stands in the question too), and no more than `MAX_ROWS` rows may share the best naming.
"""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.messages import NEAREST
from assistant.records import Answer
from assistant.text_rows import TextRow, TextTable
from ingest.plans.records import Source
from ingest.plans.values import has_value
from ingest.tables.build import is_header_word_cell
from ingest.text.normalize import quote_text, spaceless
from ingest.vocab.eras import read_years

MAX_ROWS = 3          # more rows named alike: the question names no row in particular
MIN_LABEL = 3         # a label named alone (「第7段階」, 「大嶺・於福線」); 「合計」 needs a column head named beside it
MIN_HEAD = 2
_BRACKETS = re.compile(r"[(（［\[〔【][^)）］\]〕】]*[)）］\]〕】]")


def _is_label(cell: str) -> bool:
    """A cell naming its row: words, no value and no year of its own (「令和６年度」 heads a column, names no row), and
    no column's word (「決算額」, 「事業名」: what is asked of a row, or a header row's cell; 「合計」 needs a head named)."""
    return bool(cell) and not has_value(cell) and not read_years(cell)


def _names_alone(label: str) -> bool:
    return len(label) >= MIN_LABEL and not is_header_word_cell(label)


def _heads_named(table: TextTable, question: str) -> int:
    """How many characters of the table's column heads (without their brackets) stand in the question."""
    heads = {spaceless(_BRACKETS.sub("", part)) for head in table.headers for part in head.split()}
    return sum(len(h) for h in heads if len(h) >= MIN_HEAD and h in question)


def _named(row: TextRow, question: str, heads: int) -> int:
    """How many characters of the row's label cells stand in the question (0 when none names it enough)."""
    if not any(has_value(c) for c in row.cells):
        return 0   # a header row, or a row of words: no figure to check
    labels = {spaceless(c) for c in row.cells if _is_label(c)} | {spaceless(_BRACKETS.sub("", c)) for c in row.cells if _is_label(c)}
    named = [label for label in labels if label and label in question]   # 「秋芳線（美祢駅〜秋芳洞）」 as 「秋芳線」
    if not any(_names_alone(label) or heads for label in named):
        return 0
    return sum(len(label) for label in named)


def _of_years(table: TextTable, row: TextRow, years: tuple[int, ...], title: str) -> bool:
    """Whether the row can hold a value of a year asked: a year of its table's heads, its cells or its document's
    title is one (a table of 令和４～６年度 holds nothing of 令和３年度)."""
    found = {y.year for text in (*table.headers, *row.cells, title) for y in read_years(text)}
    return not years or bool(found & set(years))


def named_rows(question: str, tables: list[TextTable], text_of, years: tuple[int, ...] = (), title_of=None) -> list[Source]:
    """The rows of `tables` the question names by a label cell, best named first, each as the span of its line in
    its document (`text_of(doc)` -> the document's text); [] when none does or more than MAX_ROWS do alike. With
    `years` asked, only rows that can hold a value of one (`title_of(doc)` -> the document's title)."""
    q = spaceless(question)
    scored: list[tuple[int, Source]] = []
    for table in tables:
        heads = _heads_named(table, q)
        for row in table.rows:
            named = _named(row, q, heads)
            if named and _of_years(table, row, years, title_of(table.doc) if title_of else ""):
                text = text_of(table.doc)
                cells = [text[a:b].strip() for a, b in row.spans if a >= 0]   # each cell as printed, set apart
                quote = " ".join(cells) if cells else quote_text(text[row.start:row.end])
                scored.append((named * 10 + heads, Source(table.doc, row.start, row.end, quote)))
    if not scored:
        return []
    best = max(score for score, _ in scored)
    chosen = list({(s.doc, s.start): s for score, s in scored if score == best}.values())
    return chosen if len(chosen) <= MAX_ROWS else []


def answer_named_rows(question: str, asked: str, years: tuple[int, ...], hits, plans, before: Answer,
                      room: int) -> Answer | None:
    """The not-found answer quoting the rows `asked` (the question without its scope) names in the tables of the
    documents its search found (`hits`): NEAREST, then each row [n], then the quotes `before` (a not-found answer)
    gave that are not among them, within `room` characters; None when no row is named."""
    docs = dict.fromkeys(hit.passage.doc for hit in hits)
    rows = named_rows(asked, [t for doc in docs for t in plans.row_tables.tables(doc)],
                      lambda doc: plans.documents[doc].text, years, lambda doc: plans.documents[doc].title)
    if not rows:
        return None
    quoted = [plans.citation(0, row) for row in rows]
    quoted += [c for c in before.citations if not any(c.doc == q.doc and c.start < q.end and q.start < c.end
                                                      for q in quoted)]
    lines, citations = [NEAREST], []
    for n, cited in enumerate(quoted, start=1):
        line = f"{cited.quote}[{n}]"
        if citations and len("\n".join(lines + [line])) > room:
            break
        lines.append(line)
        citations.append(replace(cited, n=n))
    return Answer(question, False, "\n".join(lines), citations, kind=before.kind)
