"""What a question asks for: its kind (fact, KPI, KPI filter, projects, budget) and answer type."""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.records import AnswerKind
from ingest.text.normalize import normalize_query
from ingest.vocab.value_questions import (ANSWER_FORMS, BUDGET_QUESTION, MONEY_NOUNS, DECISION_QUESTION, KPI_FILTER_QUESTION, KPI_QUESTION,
                                         EMPHASIS_QUESTION, KPI_COLUMN_QUESTION_WORDS, SUM_QUESTION,
                                         NUMBER_QUESTION)

# The unit a 「何〜」 question wants, and a pattern the answer sentence must then hold.
_ANSWER_TYPES = tuple((re.compile(asks), re.compile(form)) for asks, form in ANSWER_FORMS)
_DATE_QUESTION = _ANSWER_TYPES[1][0]
# A question that wants a number stated: the answer must hold one of its kind, or there is none.
_NUMBER_QUESTION = re.compile(NUMBER_QUESTION)
_KPI_COLUMNS = tuple((role, re.compile(words)) for role, words in KPI_COLUMN_QUESTION_WORDS)

@dataclass(frozen=True)
class QuestionShape:
    kind: AnswerKind           # fact | passage | kpi | kpi_filter | projects | budget
    answer_pattern: re.Pattern | None
    wants_list: bool
    wants_number: bool = False  # 何人, いくら, 目標値 …: the answer states a number of that kind
    wants_sum: bool = False     # 合計, 総額, 計: a sum may be offered (every addend matching)
    wants_date: bool = False    # いつ, 何年, 期間: the answer holds a year or a date


def wants_number(question: str) -> bool:
    return bool(_NUMBER_QUESTION.search(normalize_query(question)))


def wants_sum(question: str) -> bool:
    return bool(re.search(SUM_QUESTION, normalize_query(question)))


# An open question (「どのようなことに重点を置きましたか」「鍵は何だとしていますか」「何を目指していますか」): what it
# asks is said in words, so a figure (an amount, any number) is not what its answer must hold.
_OPEN_FORM = re.compile(r"どのような|どんな|どういう|何(?:を|に|と|だと)")
# The forms an open question drops: an amount (its 「予算」 names which budget, not what is asked) and any number.
_FIGURE_FORMS = {form for asks, form in ANSWER_FORMS if re.fullmatch(asks, "金額") or re.fullmatch(asks, "何")}


# A money word names an act, not an amount, where a word is compounded onto it (「予算要求するときの条件は」「予算編成の
# 方針は」); 「予算額」「予算案」「予算の総額」「令和7年度予算で」 still ask of (or within) an amount.
_MONEY_WORD = re.compile(f"(?:{MONEY_NOUNS})(?=(.?))")
_COMPOUNDED = re.compile(r"[\u4e00-\u9fff]")


def _names_amount(question: str) -> bool:
    return "いくら" in question or any(not _COMPOUNDED.match(m.group(1)) or m.group(1) in "額総案規"
                                          for m in _MONEY_WORD.finditer(question))


_AMOUNT_FORM = next(form for asks, form in ANSWER_FORMS if re.fullmatch(asks, "金額"))


def answer_pattern(question: str) -> re.Pattern | None:
    open_form = _OPEN_FORM.search(question) and not _NUMBER_QUESTION.search(question)
    for asks, pattern in _ANSWER_TYPES:
        if asks.search(question):
            if pattern.pattern == _AMOUNT_FORM and not _names_amount(question):
                return None
            return None if open_form and pattern.pattern in _FIGURE_FORMS else pattern
    return None


def kpi_columns_named(question: str) -> set[str]:
    """The KPI columns (target, actual, baseline) a question names in its own words: 「目標に対して直近どのくらい」 names
    the target and the actual."""
    return {role for role, words in _KPI_COLUMNS if words.search(question)}


def classify(question: str) -> QuestionShape:
    shape = _classify(question)
    q = normalize_query(question)
    return QuestionShape(shape.kind, shape.answer_pattern, shape.wants_list,
                         shape.kind not in ("kpi_filter", "projects") and wants_number(q), wants_sum(q),
                         shape.kind not in ("kpi_filter", "projects") and bool(_DATE_QUESTION.search(q)))


def _classify(question: str) -> QuestionShape:
    q = normalize_query(question)
    pattern = answer_pattern(q)
    if re.search(KPI_FILTER_QUESTION, q):
        return QuestionShape("kpi_filter", None, True)
    if re.search(r"(?:プロジェクト|事業)(?:は|が)?(?:どれ|何|どこ|ありますか|を(?:全部|すべて|全て)?教え)|(?:プロジェクト|事業|取組)を?(?:挙げ|あげ|列挙)|取り?組んでいる(?:プロジェクト|事業)|目指している(?:プロジェクト|事業)|目標にしている", q):
        return QuestionShape("projects", None, True)
    if re.search(EMPHASIS_QUESTION, q):
        return QuestionShape("passage", None, True)
    if re.search(BUDGET_QUESTION, q) and not re.search(DECISION_QUESTION, q):   # 「補正予算をどう決定」: a decision
        return QuestionShape("budget", pattern, False)
    if re.search(KPI_QUESTION, q) or len(kpi_columns_named(q)) >= 2:
        return QuestionShape("kpi", pattern, False)
    if re.search(r"教えて|どんな|どのような|について", q) and pattern is None:
        return QuestionShape("passage", None, True)
    return QuestionShape("fact", pattern, False)
