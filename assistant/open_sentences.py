"""The sentences an open question is answered with from passages: a heading or title line is replaced by the sentence
under it, a stated problem keeps the response after it, and a plan's 数値目標 sentence answers for its heading.

A heading alone, a title line alone or a page number is never an answer (issue 19): these helpers turn the passages
the extractive scorer chose into sentences that say something, each still a verbatim unit of the document.
"""
from __future__ import annotations

import re

from assistant.blocks import CONTINUES, RESPONDS, is_bare_heading
from ingest.text.normalize import normalize_query
from ingest.vocab.value_questions import TARGET_HEADING, TARGET_STATEMENT_QUESTION

_PAGE_FOOTER = re.compile(r"^[\s\-−－ー―‐(（]*[0-9０-９]{1,3}[\s\-−－ー―‐)）]*$")


def section_sentences(chosen: list, scored: list) -> list:
    """The chosen passage units with a bare heading (「４ 今後のまちづくりで重要だと思うこと」) replaced by the
    sentence standing right under it, and page footers (「−2−」) left out: a heading or a page number is never an
    answer on its own. A heading with nothing scored under it stays when nothing else is left."""
    kept = []
    for item in chosen:
        unit = item.unit
        if _PAGE_FOOTER.match(unit.quote):
            continue
        under = _rest_of_line(item, scored) if _TITLE_MARK.match(unit.quote) else []   # 「■…って? …仕組み。」
        if is_bare_heading(unit.quote) or _titles_sentences(unit, scored):
            item = _first_under(unit, scored)
            if item is None:
                continue
            under = _rest_of_line(item, scored)
        for one in (item, *under):
            if all(one.unit.start != k.unit.start or one.unit.doc != k.unit.doc for k in kept):
                kept.append(one)
    return kept or chosen


SHORT_SENTENCE_CHARS = 60
# A unit that opens with a marked title line (「■施策評価って?」) and the short sentence under it, read as one.
_TITLE_MARK = re.compile(r"^\s*[■□◆◇●◎▼【]")


def _rest_of_line(item, scored) -> list:
    """The sentence going on in the same line after a short first sentence under a heading (「…を検証する仕組み。」 then
    「次の(1)〜(3)の実績から…4段階で評価します。」): the short one names what the heading is, the next says how."""
    if len(item.unit.quote) >= SHORT_SENTENCE_CHARS:
        return []
    return [s for s in scored if s.unit.doc == item.unit.doc and s.unit.start == item.unit.end][:1]


def states_target(question: str, scored) -> bool:
    """Whether a question asks a plan's 数値目標 as a whole and the quote is a sentence under a 数値目標 heading: the
    target is the sentence (「公共建築物の延床面積を…15％以上縮減します。」), quoted, never a value picked from it."""
    return bool(re.search(TARGET_STATEMENT_QUESTION, normalize_query(question))) \
        and TARGET_HEADING in f"{scored.block}\n{scored.around}" and scored.unit.quote.rstrip().endswith("。")


TITLE_CHARS = 30
_MARKED = re.compile(r"^[■□◆◇●○◎▼▶▷・※★☆【\[<＜〈(（]")


def _titles_sentences(unit, scored) -> bool:
    """Whether a unit is a title line (「外部有識者会議の意見」: short, no sentence, no figure) with a sentence right
    under it: what stands under the title answers, never the title alone."""
    text = unit.quote.strip()
    if len(text) > TITLE_CHARS or re.search(r"[。、,:：0-9０-９\t]", text) or _MARKED.match(text):
        return False   # a marked line (「▶ …フェア」) heads an item; 「場所：…」 is a value, not a title
    return any(s.unit.doc == unit.doc and s.unit.start - unit.end == 1 and s.unit.quote.rstrip().endswith("。")
               for s in scored)   # the sentence on the very next line


# A question of how a stated problem is met: 「不足にどう対応しますか」「どのように解消しますか」.
_ASKS_RESPONSE = re.compile(r"(?:どう|どのように|どのような)(?:対応|対処|解消|解決|対策|補|確保)")


def asks_response(question: str) -> bool:
    return bool(_ASKS_RESPONSE.search(normalize_query(question)))


def with_responses(chosen: list, scored: list, response_asked: bool = False) -> list:
    """The chosen units, each followed by the sentence right after it when that one answers it (「このため、…」「そこで、
    …」) or goes on from it (「また、…」): a question of how a problem is met is answered by the response, and a measure
    by all of it; neither repeats the words the question asks with. `response_asked` (「不足にどう対応しますか」): the
    next sentence of the same paragraph or note goes with the one stating the problem, whatever its first words."""
    kept = []
    for item in chosen:
        kept.append(item)
        follower = next((s for s in scored if s.unit.doc == item.unit.doc and 0 <= s.unit.start - item.unit.end <= 2),
                        None)
        same_line = follower is not None and response_asked and follower.unit.start == item.unit.end   # no line break
        if follower is not None and (RESPONDS.match(follower.unit.norm) or CONTINUES.match(follower.unit.norm)
                                     or same_line) \
                and all(follower.unit.start != k.unit.start or follower.unit.doc != k.unit.doc for k in chosen + kept):
            kept.append(follower)
    return kept


def _first_under(heading, scored):
    """The first sentence right under a heading (past the sub-headings between them), among the scored units."""
    after = sorted((s for s in scored if s.unit.doc == heading.doc and s.unit.start >= heading.end),
                   key=lambda s: s.unit.start)
    pos = heading.end
    for s in after:
        if s.unit.start - pos > 3:
            return None
        if is_bare_heading(s.unit.quote) or _PAGE_FOOTER.match(s.unit.quote):
            pos = max(pos, s.unit.end)
            continue
        return s
    return None
