"""What an answer says when the documents hold none: where and what was looked for, and the records found
only outside the places or years asked (named for reference, never with their values)."""
from __future__ import annotations

import re

from assistant.followup import topic_of
from assistant.scope import Scope
from ingest.vocab.frame_words import SOUGHT_VALUE_WORDS, without_source_phrase


NOT_FOUND = "資料の中に、この質問に答える記述は見つかりませんでした。"
NEAREST = "（問われた値を特定できませんでした。関連する記述を示します。値は出典で確かめてください）"


def reference_line(scope: Scope, names: list[str]) -> str:
    """「参考（他の地域）: …」 naming records outside the scope (never their values: they do not answer)."""
    names = list(dict.fromkeys(names))[:5]
    if not names or not (scope.places or scope.years):
        return ""
    label = ("参考（他の地域・年度）" if scope.years else "参考（他の地域）") if scope.places else "参考（他の年度）"
    return f"{label}: {'、'.join(names)} の記録はあります（この質問の答えではありません）。"


_FIELDS = SOUGHT_VALUE_WORDS
# What an empty question is told.
EMPTY_QUESTION = "質問を文章で入力してください（例: 「観光入込客数（釧路）の目標値は？」）。"


def not_found_message(scope: Scope, subject_text: str, question: str, indexed: bool = True) -> str:
    """「音威子府村の資料に『観光入込客数』の目標値は見つかりませんでした。」: what was looked for, and where."""
    # a place or year taken out of the question leaves its particles (「計画で、 の2号認定」): the subject without them
    what = re.sub(r"の\s+の|[、,]\s+の", "の", re.sub(r"[<>&\"']", "", topic_of(without_source_phrase(subject_text))))
    what = what.strip(" のはをがに、?？")[:40]
    field = next((f for f in _FIELDS if f in question), "")
    where = scope.where
    years = "・".join(scope.year_texts)
    if not indexed:
        return f"{where}の資料は索引にありません（『{what}』{'の' + field if field else ''}を探しました）。"
    place = f"{where}の資料" if where else "資料"
    sought = f"『{what}』" + (f"の{years}" if years else "") + (f"の{field}" if field else "")
    return f"{place}に{sought}は見つかりませんでした。"
