"""What a question asks for: its kind (fact, KPI, KPI filter, projects, budget) and answer type."""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.records import AnswerKind
from ingest.text.normalize import normalize_query
from ingest.vocab.eras import CURRENT_ERA_WORDS

# The unit a 「何〜」 question wants, and a pattern the answer sentence must then hold.
_ANSWER_TYPES = (
    (re.compile(r"何(?:パーセント|%|割)|割合|比率|率は"), re.compile(r"[0-9.]+\s*(?:%|％|割)")),
    (re.compile(r"何年|いつ|時期|期間"), re.compile(rf"(?:{CURRENT_ERA_WORDS})\s*(?:元|[0-9]{{1,2}})\s*年|[0-9]{{4}}\s*年|[0-9]{{1,2}}月")),
    (re.compile(r"何社"), re.compile(r"[0-9,]+\s*社")),
    (re.compile(r"何(?:名|人)|人数|何人"), re.compile(r"[0-9,]+\s*(?:名|人)")),
    (re.compile(r"何件"), re.compile(r"[0-9,]+\s*件")),
    (re.compile(r"予算|金額|いくら|費用|交付金"), re.compile(r"[0-9,.]+\s*(?:億|万|千)?円|[0-9]{1,3}(?:,[0-9]{3})+")),
    (re.compile(r"何(?:か所|箇所|ヶ所)"), re.compile(r"[0-9,]+\s*(?:か所|箇所|ヶ所)")),
    (re.compile(r"何部"), re.compile(r"[0-9,]+\s*部")),
    (re.compile(r"何回"), re.compile(r"[0-9,]+\s*回")),
    (re.compile(r"何品"), re.compile(r"[0-9,]+\s*品")),
    (re.compile(r"どこ|場所"), re.compile(r"場所|会場|[市町村]|センター|会館|ホール|店")),
    (re.compile(r"いくつ|どのくらい|どれくらい|何|(?:数|額|量|高|率)(?:は|を)"), re.compile(r"[0-9]")),
)
_DATE_QUESTION = _ANSWER_TYPES[1][0]
# A question that wants a number stated: the answer must hold one of its kind, or there is none.
_NUMBER_QUESTION = re.compile(r"何(?:人|名|社|件|パーセント|%|割|部|回|品|か所|箇所|ヶ所|万|千|億|ha|トン)|いくら|いくつ|"
                              r"どのくらい|どれくらい|(?:数|額|量|高|率|事業費|経費)(?:は|を|って)|目標値|実績値|基準値|進捗率")


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
    return bool(re.search(r"合計|総額|総計|計は|計で", normalize_query(question)))


def answer_pattern(question: str) -> re.Pattern | None:
    for asks, pattern in _ANSWER_TYPES:
        if asks.search(question):
            return pattern
    return None


def classify(question: str) -> QuestionShape:
    shape = _classify(question)
    q = normalize_query(question)
    return QuestionShape(shape.kind, shape.answer_pattern, shape.wants_list,
                         shape.kind not in ("kpi_filter", "projects") and wants_number(q), wants_sum(q),
                         shape.kind not in ("kpi_filter", "projects") and bool(_DATE_QUESTION.search(q)))


def _classify(question: str) -> QuestionShape:
    q = normalize_query(question)
    pattern = answer_pattern(q)
    if re.search(r"進捗率が?[0-9.]+%?(?:未満|以下|以上|を超え|超)|目標を?達成し|達成(?:した|している)指標", q):
        return QuestionShape("kpi_filter", None, True)
    if re.search(r"(?:プロジェクト|事業)(?:は|が)?(?:どれ|何|どこ|ありますか|を教え)|取り?組んでいる(?:プロジェクト|事業)|目指している(?:プロジェクト|事業)|目標にしている", q):
        return QuestionShape("projects", None, True)
    if re.search(r"予算", q):
        return QuestionShape("budget", pattern, False)
    if re.search(r"目標値|実績値?|基準値|現状値|進捗率|達成率|達成度|達成状況|KPI|評価指標|目標は", q):
        return QuestionShape("kpi", pattern, False)
    if re.search(r"教えて|どんな|どのような|について", q) and pattern is None:
        return QuestionShape("passage", None, True)
    return QuestionShape("fact", pattern, False)
