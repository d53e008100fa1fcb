"""「村民が最も重要だと考えている施策は？」「満足度がいちばん低い項目は」: the row a survey table ranks first (or last)
in the column the question names, from the table's own 順位 column.

A survey prints each item's rate with its rank beside it (「施策｜満足度 割合｜満足度 順位｜重要度 割合｜重要度 順位」).
The question names the column by its stem (「重要だと」 → 重要度, 「満足している」 → 満足度) and asks the top with a
superlative (最も, いちばん, 一番) — the bottom where it says 低い or 少ない. The answer states the row's label and quotes
the row; the rank is read from the table, never computed here, and a question whose stem names no ranked column, or
names two, goes on to the other paths.
"""
from __future__ import annotations

import re
import unicodedata

from assistant.records import Answer
from assistant.survey_totals import years_fit
from assistant.text_rows import TextTable
from ingest.plans.records import Source
from ingest.text.normalize import quote_text, spaceless
from ingest.vocab.frame_words import SUPERLATIVE_WORDS
from ingest.vocab.table_words import is_total_label

_RANK_WORDS = ("順位", "ランク")
_SUPERLATIVE = re.compile("|".join(w for w in SUPERLATIVE_WORDS if w != "特に"))
_BOTTOM = re.compile(r"低い|低く|少ない|少な|悪い|下位")
_STEM_ENDINGS = ("度", "率", "割合", "感")
_NUMBER = re.compile(r"^\s*([0-9０-９]+)\s*位?\s*$")


def _word(header: str) -> str:
    """The word a column is named by, less its bracket, rank word and 割合 (「重要度 順位」「重要度の順位」「重要度（％）」
    → 重要度)."""
    text = re.sub(r"[(（][^()（）]*[)）]", "", unicodedata.normalize("NFKC", header))
    for word in _RANK_WORDS + ("割合",):
        text = text.replace(word, " ")
    words = [w.removesuffix("の") for w in text.split() if w.removesuffix("の")]
    return words[0] if words else ""


def _stem(header: str) -> str:
    """The stem of the word a column is named by (「重要度 順位」 → 重要), what a question says (「重要だと」)."""
    word = _word(header)
    for ending in _STEM_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[:-len(ending)]
    return word


def _rank(cell: str) -> int | None:
    m = _NUMBER.match(unicodedata.normalize("NFKC", cell))
    return int(m.group(1)) if m else None


def _label(cells: tuple[str, ...], skip: int) -> str:
    """The row's name: its first cell of words (not a number, not the rank)."""
    return next((c.strip() for k, c in enumerate(cells) if k != skip and c.strip() and _rank(c) is None
                 and re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", c)), "")


def answer_ranked_row(question: str, tables_of, docs, documents, citation_of) -> Answer | None:
    """The row ranked first (last, for 低い) in the rank column whose stem the question names; None when the question
    asks no superlative or names no single ranked column of the documents in scope (`tables_of`: doc -> TextTables)."""
    asked = spaceless(question)
    if not _SUPERLATIVE.search(asked):
        return None
    columns: list[tuple[str, TextTable, int, str]] = []
    for doc in [d for d in docs if years_fit(question, documents[d].text)]:   # (a survey of the year asked)
        for table in tables_of(doc):
            for k, header in enumerate(table.headers):
                # a bare 「順位」 under a group header the reader kept over its first column: the rate's stem at its left
                stem = _stem(header) or (_stem(table.headers[k - 1]) if k else "")
                if any(r in header for r in _RANK_WORDS) and len(stem) >= 2 and stem in asked:
                    columns.append((doc, table, k, stem))
    if len({(doc, stem) for doc, _, _, stem in columns}) != 1:
        return None
    doc, table, col, stem = columns[0]
    ranked = [(r, row) for row in table.rows if col < len(row.cells) for r in [_rank(row.cells[col])]
              if r is not None and not is_total_label(_label(row.cells, col))]
    if not ranked:
        return None
    want = max(r for r, _ in ranked) if _BOTTOM.search(asked) else min(r for r, _ in ranked)
    rows = [row for r, row in ranked if r == want]
    if len(rows) != 1 or not _label(rows[0].cells, col):
        return None
    row = rows[0]
    source = Source(doc, row.start, row.end, quote_text(documents[doc].text[row.start:row.end]))
    word = next((w for h in (table.headers[col], table.headers[col - 1] if col else "") for w in [_word(h)]
                 if w.startswith(stem)), stem)   # 「重要度」: the word the column ranks by
    return Answer(question, True, f"{word}の順位が{want}位なのは {_label(row.cells, col)} です[1]", [citation_of(1, source)],
                  kind="fact")
