"""Follow-up questions in one conversation carry the topic of the question before them.

After 「観光入込客数（釧路）の目標値は？」:
- 「実績値は？」 / 「では進捗率は？」 / 「その基準値は」 -> 「観光入込客数（釧路）の実績値は？」 …
- 「十勝は？」 -> 「観光入込客数（十勝）の目標値は？」 (another area, same question)
A question that names its own topic is left as it is. The rewritten question is what retrieval
sees; the UI shows both, so the user can tell what was searched.
"""
from __future__ import annotations

import re

from ingest.kpi import HOKKAIDO_AREAS
from ingest.textnorm import normalize_query

# What a follow-up asks about the previous topic (attribute words only, no topic of their own).
ATTRIBUTES = ("目標値", "実績値", "基準値", "進捗率", "進捗状況", "達成状況", "達成率", "目標年度", "目標", "実績", "基準",
              "KPI", "評価指標", "指標", "予算", "事業費", "金額", "期間", "概要", "内容", "主な取組", "取組", "課題",
              "出典", "ページ", "根拠", "詳細")
_LEAD = re.compile(r"^(?:では|じゃあ|それでは|それなら|なら|で|また|あと|ちなみに)[、,]?\s*")
_POINTER = re.compile(r"^(?:その|それの|それぞれの|この|これの|同じ(?:指標の|プロジェクトの)?)\s*")
_ENDING = re.compile(r"(?:は|を|の|も)?(?:どう(?:なって(?:い)?ますか|ですか)?|いくつ(?:ですか)?|教えて(?:ください)?|"
                     r"何(?:ですか)?|ですか|でしょうか)?\s*[?？。]*\s*$")
_ATTRIBUTE_LIST = re.compile(rf"^(?:{'|'.join(ATTRIBUTES)})(?:(?:と|や|・|、)(?:{'|'.join(ATTRIBUTES)}))*$")
_AREA_IN_PARENS = re.compile(rf"\((?:{'|'.join(HOKKAIDO_AREAS)})\)")
_TOPIC_TAIL = re.compile(rf"(?:の|における|に関する)?(?:{'|'.join(ATTRIBUTES)})(?:(?:と|や|・|、)(?:{'|'.join(ATTRIBUTES)}))*"
                         r"(?:は|を|について)?.*$")


def _core(question: str) -> str:
    """The question without lead words, pointers and the question ending: 「では、その実績値は？」 -> 実績値."""
    text = normalize_query(question)
    text = _LEAD.sub("", text)
    text = _POINTER.sub("", text)
    text = _ENDING.sub("", text)
    return text.strip()


def topic_of(question: str) -> str:
    """The subject of a question: 「観光入込客数(釧路)の目標値は？」 -> 観光入込客数(釧路)."""
    text = normalize_query(question)
    head = _TOPIC_TAIL.sub("", text)
    if head and head != text:
        return head.rstrip("はをがの、 ") or text
    head = re.sub(r"(?:について|に関して)?(?:は|を|が)?(?:どう|何|教えて|いつ|どれ|どこ|いくら).*$", "", text)
    return head.rstrip("はをがの?？。 ") or text


def rewrite_followup(question: str, previous: str | None) -> str:
    """The question as retrieval should see it, given the previous (already rewritten) question."""
    if not previous or not question.strip():
        return question
    core = _core(question)
    if not core:
        return question
    if _ATTRIBUTE_LIST.match(core):
        return f"{topic_of(previous)}の{core}は？"
    if core in HOKKAIDO_AREAS:
        prev = normalize_query(previous)
        if _AREA_IN_PARENS.search(prev):
            return _AREA_IN_PARENS.sub(f"({core})", prev, count=1)
        return f"{core}の{prev}"
    return question
