"""Questions that ask what was answered (「市はどう答弁しましたか」) and the quotes that can answer them.

A 通告一覧 lists the questions members will ask and who is to answer, and says the answers are published
elsewhere (「答弁の内容は会議録で公開します」). A question asking for the content of an answer, a reply or a result is
not answered by a row listing the question nor by a note that the content stands in another document: only a
sentence that states something (a 会議録's 「…を進めてまいります。」, a 議会だより's 答) can answer it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.quotes import QuoteUnit, quote_text
from ingest.text.normalize import normalize_query

ASKS_REPLY = re.compile(r"(?:どう|どのように|どのような|何と|なんと)(?:答弁|答え|回答|返答)|(?:答弁|回答)の内容")
# A note that the content is given elsewhere: 「答弁の内容は会議録で公開します」「結果は市ホームページに掲載します」.
ELSEWHERE = re.compile(r"(?:会議録|ホームページ|ウェブサイト|別紙|別冊|議会だより|市報|広報)[^。]{0,16}"
                       r"(?:公開|掲載|ご覧|お知らせ|公表)")


def asks_reply(question: str) -> bool:
    """Whether a question asks what someone answered (its content, not who answers or when)."""
    return bool(ASKS_REPLY.search(question))


def states_reply(quote: str) -> bool:
    """Whether a quote can state a reply: a sentence, not a listed question (a table row without one) nor a note
    that the reply is published elsewhere."""
    return "。" in quote and not ELSEWHERE.search(quote)


# A speaker's turn: 「○環境部長（田中三郎君）」 in 会議録, 「答　…」 in a 議会だより.
# 「答（村長）　…」: the speaker in brackets after the mark.
_TURN = re.compile(r"^\s*(?:[○◯〇◎]\s*[^\s（(]{1,20}[（(][^）)\n]{1,20}[）)]"
                   r"|[○◯〇◎]?\s*(?:答|答弁|回答)(?:[（(][^）)\n]{1,20}[）)])?(?:[\s\u3000:：]|$))")
# A turn that asks: 「…について伺います。」「…の現状と今後の取組は。（中村議員）」
_ASKING = re.compile(r"伺います|伺いたい|お尋ね|お聞き|質問(?:します|いたします)|^\s*(?:問|質問)(?:[（(][^）)\n]{1,20}[）)])?[\s\u3000:：]")
_ASKING_MARK = re.compile(r"^\s*[○◯〇◎]?\s*(?:問|質問)(?:[（(][^）)\n]{1,20}[）)])?[\s\u3000:：]")
_FORMULA = re.compile(r"^(?:お答え|ご質問|御質問|答弁)[^。]{0,12}(?:いたします|します|申し上げます)。$")
REPLY_SENTENCES = 3
REPLY_REACH = 1500   # the reply follows its question within a page


_CHAIR = re.compile(r"議長|委員長|座長|会長")
CHAIR_CALL_CHARS = 24
# A turn that ends by asking (「○７番（…君） …はどのようにお考えでしょうか。」).
_ASKS_AT_END = re.compile(r"(?:でしょうか|ますか|ですか|のか)[。？?]?\s*$")


def is_asking(quote: str) -> bool:
    """Whether a quote is a member's question turn (its own words, not the reply)."""
    return bool(_ASKING.search(quote) or (_TURN.match(quote) and _ASKS_AT_END.search(quote)))


# A question about what was asked (「何を質問しましたか」「どのような質問が出ましたか」): the asking turn answers it.
_ASKS_QUESTION = re.compile(r"質問|尋ね|問い|聞い|伺")


def replies_for_turns(chosen: list, documents, question: str) -> list:
    """An open question answered by a 会議録: a chosen question turn (「…利用料金はどのようにお考えでしょうか。」) gives
    way to the reply after it, which states what the question asks; the other chosen units stay. A question about
    what was asked keeps the turn; so does one whose reply cannot be found."""
    if _ASKS_QUESTION.search(question) or not any(is_asking(c.unit.quote) for c in chosen):
        return chosen
    kept = []
    for item in chosen:
        units = reply_units(documents[item.unit.doc], item.unit.start, item.unit.end) if is_asking(item.unit.quote) \
            else [item.unit]
        for unit in units or [item.unit]:
            if all(unit.start != k.unit.start or unit.doc != k.unit.doc for k in kept):
                kept.append(item if unit.start == item.unit.start else replace(item, unit=unit))
    return kept


def reply_units(document, start: int, end: int) -> list[QuoteUnit]:
    """The sentences of the turn that answers a question turn: the next speaker's turn after it (「○…部長（…）」,
    「答 …」), from its speaker mark, formulas (「お答えいたします。」) left out; [] when another question comes first."""
    text = document.text
    pos = text.find("\n", end)
    while 0 <= pos < min(len(text), end + REPLY_REACH):
        stop = text.find("\n", pos + 1)
        stop = len(text) if stop < 0 else stop
        line = text[pos + 1:stop]
        mark = _TURN.match(line)
        if mark and is_asking(line):
            return []
        if mark and _CHAIR.search(mark.group(0)) and len(line[mark.end():].strip()) < CHAIR_CALL_CHARS:
            pos = stop if stop < len(text) else -1
            continue   # the chair calling the next speaker (「○議長（…君） 企画振興部長。」): the reply is that speaker's
        if mark:
            return _turn_sentences(document.doc, text, pos + 1 + mark.end(), min(len(text), pos + 1 + REPLY_REACH))
        pos = stop if stop < len(text) else -1
    return []


def _turn_sentences(doc: str, text: str, start: int, limit: int) -> list[QuoteUnit]:
    units = []
    for m in re.finditer(r"[^。\n]+。?", text[start:limit]):
        a, b = start + m.start(), start + m.end()
        line_start = text.rfind("\n", 0, a) + 1
        if line_start > start and (_TURN.match(text[line_start:b]) or _ASKING_MARK.match(text[line_start:b])
                                   or not text[text.rfind("\n", 0, line_start - 1) + 1:line_start].strip()):
            break   # the next speaker's turn, or a blank line after the reply
        quote = quote_text(text[a:b])
        if not quote or _FORMULA.match(quote) or (len(quote) < 8 and not quote.endswith("。")):
            continue
        units.append(QuoteUnit(doc, a + len(text[a:b]) - len(text[a:b].lstrip()), b, normalize_query(quote), quote, -1))
        if len(units) >= REPLY_SENTENCES:
            break
    return units


def with_replies(chosen: list, documents) -> list:
    """For a question asking what was answered: each question turn among the chosen units replaced by the reply
    that follows it, and sentences that are no reply (a listed question, 「…で公開します」) left out."""
    kept = []
    for item in chosen:
        units = reply_units(documents[item.unit.doc], item.unit.start, item.unit.end) if is_asking(item.unit.quote) \
            else [item.unit] if states_reply(item.unit.quote) else []
        for unit in units:
            if all(unit.start != k.unit.start or unit.doc != k.unit.doc for k in kept):
                kept.append(item if unit.start == item.unit.start else replace(item, unit=unit))
    return kept


ASKING_TOP = 5


def asking_turns(scored: list) -> list:
    """The best scored question turn (and any as good) among the best scored units: where a reply is asked for,
    the question it answers is found by its words, and the reply by where it stands after it."""
    best = sorted(scored, key=lambda s: -s.score)[:ASKING_TOP]
    asking = [s for s in best if is_asking(s.unit.quote) and s.score >= 0.8 * best[0].score]
    return [s for s in asking if s.score >= asking[0].score - 0.02]
