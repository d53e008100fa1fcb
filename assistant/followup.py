"""Follow-up questions in one conversation carry the topic of the question before them.

After 「観光入込客数（釧路）の目標値は？」:
- 「実績値は？」 / 「では進捗率は？」 / 「その基準値は」 -> 「観光入込客数（釧路）の実績値は？」 …
- 「十勝は？」 -> 「観光入込客数（十勝）の目標値は？」 (another place replaces the place, never stacks)
- 「それはいつまで？」 -> 「<the previous subject>はいつまで？」
- 「前の計画では？」 -> 「前の計画で、<the previous question>」 (another edition, same question)
A question that names its own topic is left as it is. The rewritten question is what retrieval
sees; the UI shows both, so the user can tell what was searched.
"""
from __future__ import annotations

import re

from ingest.places.gazetteer import HOKKAIDO_AREAS
from ingest.vocab.frame_words import FOLLOWUP_ATTRIBUTE_WORDS
from ingest.text.normalize import normalize_query
from ingest.vocab.value_questions import FOLLOWUP_COUNTERS

_LEAD = re.compile(r"^(?:では|じゃあ|それでは|それなら|なら|で|また|あと|ちなみに)[、,]?\s*")
_POINTER = re.compile(r"^(?:その|それの|それぞれの|この|これの|同じ(?:指標の|プロジェクトの)?)\s*")
_ENDING = re.compile(r"(?:は|を|の|も)?(?:どう(?:なって(?:い)?ますか|ですか)?|いくつ(?:ですか)?|教えて(?:ください)?|"
                     rf"何\s*(?:{FOLLOWUP_COUNTERS})?(?:ですか|でしたか)?|ですか|でしたか|でしょうか)?\s*[?？。]*\s*$")
_ATTRIBUTES = "|".join(FOLLOWUP_ATTRIBUTE_WORDS)
_ATTRIBUTE_LIST = re.compile(rf"^(?:{_ATTRIBUTES})(?:(?:と|や|・|、)(?:{_ATTRIBUTES}))*$")
_AREA_IN_PARENS = re.compile(rf"\((?:{'|'.join(HOKKAIDO_AREAS)})\)")
_TOPIC_TAIL = re.compile(rf"(?:の|における|に関する)?(?:{_ATTRIBUTES})(?:(?:と|や|・|、)(?:{_ATTRIBUTES}))*"
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


_PRONOUN = re.compile(r"^(?:それ|これ|あれ|そちら|こちら)(?:は|って|の)?")
_EDITION = re.compile(r"^(?:前|以前|旧|前回|改訂前)の(?:計画|方針|版|戦略|プラン)(?:で|では|は|だと|なら)?$")
_PLACE_REST = re.compile(r"^(?:連携地域|地域|管内|圏域|振興局|総合振興局)?(?:で|では|は|の場合|だと|なら)?$")


def subject_of(question: str) -> str:
    """What a question is about, for 「それは…」: 「じもと×しごと発見フェアには何社が…」 -> じもと×しごと発見フェア."""
    text = normalize_query(question)
    head = re.sub(r"(?:について|に関して)?(?:は|を|が)?(?:どう|何|教えて|いつ|どれ|どこ|いくら|いくつ).*$", "", text)
    head = head.rstrip("はをがの?？。 ") or text
    return re.sub(r"(?:には|では|にて|で|に|へ)$", "", head) or head


def _place_only(core: str) -> str | None:
    """The place a follow-up names when it names nothing else (「十勝は」, 「釧路市では」)."""
    from assistant.scope import gazetteer

    mentions = gazetteer().find(core)
    if not mentions or mentions[0].start != 0:
        return None
    rest = core[mentions[-1].end:]
    return core[: mentions[-1].end] if _PLACE_REST.match(rest) and len(mentions) == 1 else None


def _replace_place(previous: str, place: str) -> str:
    from assistant.scope import gazetteer

    prev = normalize_query(previous)
    mentions = gazetteer().find(prev)
    if not mentions:
        return f"{place}の{prev}"
    out, pos = [], 0
    for m in mentions:
        out += [prev[pos:m.start], place]
        pos = m.end
    text = "".join(out) + prev[pos:]
    return re.sub(rf"({re.escape(place)})(?:・{re.escape(place)})+", r"\1", text)


_PART_OF = re.compile(r"^(?:そのうち|その中で|そのなかで|うち)[、,]?\s*(.+)$")


def _part_of(rest: str, previous: str) -> str:
    """「そのうち沼津港周辺にぎわい創出事業はいくら？」 after a 沼津市 question -> 「沼津市の沼津港周辺…はいくら？」:
    a part of the previous item, asked in the previous question's places (the part names its own subject)."""
    from assistant.scope import gazetteer

    if gazetteer().find(rest):
        return rest
    places = list(dict.fromkeys(m.name for m in gazetteer().find(normalize_query(previous))))
    return f"{'・'.join(places)}の{rest}" if places else rest


def followup_kind(question: str, previous: str | None) -> tuple[str, str]:
    """What kind of follow-up `question` is: ("place", 「十勝」) for another place, ("edition", "") for another
    edition of the plan, ("", "") otherwise — so the answer can say when that place or edition has no figure."""
    if not previous or not question.strip():
        return "", ""
    core = _core(question)
    if not core or _ATTRIBUTE_LIST.match(core):
        return "", ""
    if _EDITION.match(core):
        return "edition", ""
    place = _place_only(core)
    return ("place", place) if place else ("", "")


def rewrite_followup(question: str, previous: str | None, subject: str | None = None) -> str:
    """The question as retrieval should see it, given the previous (already rewritten) question and
    what the previous answer was about (`subject`, default: read from the previous question)."""
    if not previous or not question.strip():
        return question
    core = _core(question)
    if not core:
        return question
    if _ATTRIBUTE_LIST.match(core):
        return f"{topic_of(previous)}の{core}は？"
    if _EDITION.match(core):
        return f"{core.rstrip('はでだとなら')}で、{normalize_query(previous)}"
    place = _place_only(core)
    if place:
        return _replace_place(previous, place)
    part = _PART_OF.match(normalize_query(question))
    if part:
        return _part_of(part.group(1), previous)
    text = normalize_query(question)
    text = _LEAD.sub("", text)
    if _PRONOUN.match(text):
        return _PRONOUN.sub(f"{subject or subject_of(previous)}は", text, count=1)
    return question
