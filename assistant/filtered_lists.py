"""List questions that select by a filter, not by topic words — the answer path that joins the filters:

- the table rows a column's value, a number condition or a schedule year selects (assistant.row_filters:
  「評価がＣだった指標はどれ」「達成率が80%未満の事業は」「令和8年度に対策を始める施設は」);
- the items a legend's mark means (assistant.mark_filters: 「★印は令和7年度から始まった制度です」);
- the items under a heading the question names (assistant.heading_members: 「民生費では」 under 〈民生費〉);
- the lines a status word before each name selects (assistant.status_lines: 「実施中のもの」 over 「実施中公用車…」);
- last, after the list items (which read tags with their groups and amounts), the items a bracketed tag the question
  asks for opens (「新たに行う…の整備は何」: 【新規】…).
"""
from __future__ import annotations

import re

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from ingest.vocab.frame_words import ATTRIBUTE_ASK_WORDS
from ingest.vocab.header_words import AMOUNT_COLUMN_WORDS, PART_COLUMN_WORDS
from assistant.heading_members import heading_matches
from assistant.mark_filters import asked_marks, mark_matches, tagged_matches
from assistant.question import QuestionShape
from assistant.status_lines import status_matches
from assistant.tallies import answer_tally
from assistant.total_counts import answer_total_count
from assistant.records import Answer
from assistant.excluded_rows import excluded_matches
from assistant.form_grids import form_matches
from assistant.ranked_lists import ranked_matches
from assistant.row_filters import RowMatch, answer_rows, asks_rows
from assistant.scope import Scope, without_scope
from assistant.section_rows import under_named_section
from assistant.legend_lines import with_mark_legends
from ingest.plans.cell_names import is_category
from ingest.text.normalize import comparable

if TYPE_CHECKING:
    from assistant.plans import PlanRegistry


def _named_by_records(found: list[RowMatch], records) -> list[RowMatch]:
    """Each match named as the document's list record on its span names it, where one does (「◆① 殿町通りの…の試行
    〔町・商工会〕」 is the record 「殿町通りの…の試行」: its numbering and its 担い手 note are no part of the name)."""
    by_doc: dict[str, list] = {}
    for record in records:
        by_doc.setdefault(record.source.doc, []).append(record)
    named = []
    for m in found:
        own = comparable(m.name)
        record = next((r for r in by_doc.get(m.source.doc, ()) if r.source.start < m.source.end
                       and m.source.start < r.source.end and len(comparable(r.name)) >= 2
                       and comparable(r.name) in own and comparable(r.name) != own
                       and not _words_beside(own, comparable(r.name))), None)
        named.append(replace(m, name=record.name) if record is not None else m)
    return named


# What a question ending 「…は？」 asks for: the word before it (「…のうち一般財源は？」「…の実績は？」).
_ASKED_LAST = re.compile(r"([^\s、。のをがに]+)(?:は|って)(?:何|なに|いくら)?(?:です|でしょう)?か?[？?]?$")
_VALUE_COLUMNS = tuple(sorted(set(ATTRIBUTE_ASK_WORDS) | set(PART_COLUMN_WORDS) | set(AMOUNT_COLUMN_WORDS), key=len))


def _asks_a_column(question: str) -> bool:
    """Whether a question ends by asking a value column of a row (「…の事業費のうち一般財源は？」「…の実績は？」),
    not which rows (「…品目は？」「…とされているものは何ですか」)."""
    m = _ASKED_LAST.search(question)
    return bool(m) and m.group(1).endswith(_VALUE_COLUMNS)


def _words_beside(own: str, name: str) -> bool:
    """Whether a row's name says more than the record it holds besides marks, numbering, notes in brackets and a
    description (「…管理棟 屋根」 holds the facility 「…管理棟」 and the part 屋根: a part of it, named whole)."""
    rest = re.sub(r"[〔（(［\[【][^〕）)］\]】]*[〕）)］\]】]", "", own.replace(name, " ", 1)).strip()
    if own.startswith(rest) and is_category(rest):
        return False   # 「第１次産業 特産山菜…事業」: the 特別事業's category over its name
    # (a sentence after the name is the row's description, not part of its name)
    return bool(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", rest)) and len(rest) <= 12 and "。" not in rest


# A question that asks for 事業 (「…を超えた事業を挙げて」): a report of forms names each row by its form's 事業.
_ASKS_WORKS = re.compile(r"事業(?:を|は|が|に)?(?:どれ|何|なに|教え|挙げ|あげ|一覧)")


def answer_filtered(question: str, text: str, shape: QuestionShape, scope: Scope, plans: PlanRegistry, inside,
                    listed: Callable[[str, str, QuestionShape, Scope], Answer | None]) -> Answer | None:
    """The rows or items a list question's filter selects; else `listed` (the list items matched by topic words,
    which read tags with their groups and amounts); else the items a bracketed tag the question asks for opens.
    `inside`: doc -> whether the document answers for the scope."""
    tally = answer_tally(question, text, plans.documents, plans.row_tables, inside, plans.citation)
    if tally is not None:   # 「Ａ評価となった指標はいくつ」: a tally's total row, else the rows counted
        return tally
    total = answer_total_count(text, plans.documents, plans.row_tables, inside, plans.citation)
    if total is not None:   # 「公共施設は合計何施設」: the 合計 row under the 施設数 column
        return replace(total, question=question)
    marks_of = lambda doc: asked_marks(plans.documents[doc].text, text)   # noqa: E731 (the legend's marks asked)
    # 「目標を達成した指標は」: the KPI records' progress answers, unless a document's legend names a mark so (◎：目標を達成)
    by_legend = shape.kind == "kpi_filter" and any(inside(doc) and marks_of(doc) for doc in plans.documents)
    filtering = (shape.kind != "kpi_filter" or by_legend) and not (shape.wants_number or shape.wants_date) \
        and asks_rows(text) and not _asks_a_column(text)
    ranked = filtering and (ranked_matches(plans.row_tables, without_scope(text, scope), inside)
                            or excluded_matches(plans.row_tables, without_scope(text, scope), inside)
                            or (_ASKS_WORKS.search(text) and form_matches(plans.documents, without_scope(text, scope), inside)))
    if ranked:   # 「満足度の順位が下位３つの施策は」「村以外が事業主体の事業は」「達成率が100％を超えた事業は」 (forms)
        return answer_rows(question, ranked, plans.citation)
    found = filtering and (plans.row_tables.matches(without_scope(text, scope), inside, scope.years, marks_of)
                           or mark_matches(plans.documents, text, inside)
                           or heading_matches(plans.documents, text, inside, plans.items)
                           or status_matches(plans.documents, without_scope(text, scope), inside))
    found = found and _named_by_records(under_named_section(found, plans.documents, without_scope(text, scope)),
                                        plans.items)
    answer = with_mark_legends(answer_rows(question, found, plans.citation), marks_of, plans.documents, plans.citation) \
        if found else listed(question, text, shape, scope)
    if answer is None and filtering:   # 「新たに行う…の整備は何」: 【新規】…
        answer = answer_rows(question, tagged_matches(plans.documents, text, inside), plans.citation)
    return answer
