"""Open questions answered by sentences that state the asked kind of themselves, where no label opens a block of it.

A plan often says its 方針, 理念 or a change's 要因 in a sentence rather than under a label (「…を基本方針とする。」
「「人が集い、…」を基本理念に掲げ、…」「【要因分析】施設園芸の資材価格が高騰し、…」): such a sentence, in a passage
about what the question names, answers as a one-item block named by its passage's section.
"""
from __future__ import annotations

import re

from assistant.blocks import (BLOCK_MIN_ASKED, CAUSED_CHANGE, CHANGE_WORDS, CONTINUES, NEW_TOPIC, is_bare_heading)
from assistant.extractive import IdfTable
from assistant.lists import held_share
from assistant.wrapped_units import rewrapped
from index.tokenizer import JapaneseTokenizer
from ingest.plans.records import Source
from ingest.text.blocks import Block, BlockItem, label_kinds
from ingest.text.normalize import normalize_query

# A sentence that names the asked kind as its own subject: 「黒字の要因は、…によるものです。」「…と位置付けて編成しました。」
_SELF_LABELLED = {
    # (「…若者が戻らないことが、出生数の減少にもつながっています。」: a cause stated as leading to the change)
    "理由": r"(?:要因|理由|原因|背景)は|ため[、,]|によるもの|ことから[、,]|ことが[、,]?[^。]{0,40}に(?:も)?つなが|一因|" + CAUSED_CHANGE,
    "方針": r"考え方|方針|位置付け|位置づけ|基本姿勢|重点的に",
    "目的": r"目的", "課題": r"課題|必要があります|懸念", "成果": r"成果|効果|達成",
    "今後": r"今後", "取組": r"取り?組|実施|推進", "概要": r"概要|内容",
    "理念": r"理念|将来像|目指す姿|めざす姿|スローガン|合言葉",
}


CHANGE_BONUS = 0.05


def labelled_sentences(kind: str, topic: set[str], hits, documents, tokenizer: JapaneseTokenizer, idf: IdfTable,
                       limit: int = 2, question: str = "") -> list[Block]:
    """Sentences of the search hits that state the asked kind of themselves (「…の要因は、…」), holding the topic:
    each as a one-item block named by its passage's section. The open question's answer where no label opens a
    block of its kind. A sentence counts from where its passage first names the topic (in it or a sentence before
    it): the passage's opening says what the passage is about, not what its sentences before that are about."""
    from assistant.quotes import quote_units
    words = re.compile(_SELF_LABELLED.get(kind, "$^"))
    # the change a 「なぜ」 asks the reason of (「整備延長が計画を下回ったのはなぜ」): the sentence stating it is preferred
    changes = {t for t in tokenizer.tokenize(normalize_query(question)) if t in CHANGE_WORDS} if kind == "理由" else set()
    found = []
    for rank, hit in enumerate(hits):
        document = documents[hit.passage.doc]
        # a document whose title holds the topic (「過疎計画の基本方針は？」 of 「…過疎地域持続的発展計画」) is about it throughout
        title = normalize_query(document.title)
        whole = not topic or held_share(topic, set(tokenizer.tokenize(title)), title, idf) >= 1.0
        # a passage that starts under a marked title above it (「■KPI1-2 新規就農者数」) is about what that names
        above = normalize_query(_title_above(document.text, hit.passage.start))
        previous = None
        topic_seen = whole or bool(above) and held_share(topic, set(tokenizer.tokenize(above)), above, idf) >= BLOCK_MIN_ASKED
        units = rewrapped(document.text, quote_units(document, hit.passage))
        for k, unit in enumerate(units):
            before, previous = previous, unit
            # the sentence before it says what it is about (「…△1.4％となりました。」「…によるものです。」)
            own_text = normalize_query(" ".join((before.norm if before else "", unit.norm)))
            holds = held_share(topic, set(tokenizer.tokenize(own_text)), own_text, idf) > 0 if topic else True
            # the topic holds from where it is named until a sentence opens another (「市内の商店街では、…」)
            topic_seen = whole or holds or (topic_seen and not NEW_TOPIC.match(unit.norm) and not _SECTION_MARK.match(unit.norm))
            if holds and topic:
                found += _marked_note_blocks(kind, words, topic, document.text, unit, tokenizer, idf, rank)
            if not (words.search(unit.norm) or _led_by_label(unit.norm, kind)) or len(unit.quote) < 12 \
                    or is_bare_heading(unit.quote):
                continue   # a heading (「４ 今後のまちづくりで重要だと思うこと」) states nothing of itself
            if not topic_seen:
                continue   # a sentence before the topic is named in its passage is about something else
            text = normalize_query(" ".join((title, above, hit.passage.section, hit.passage.text[:200], own_text)))
            score = held_share(topic, set(tokenizer.tokenize(text)), text, idf) if topic else 0.0
            if score >= BLOCK_MIN_ASKED:
                score += CHANGE_BONUS * len(changes & set(tokenizer.tokenize(unit.norm))) / max(1, len(changes))
                source = _with_sentence_after(document.text, _with_sentence_before(document.text, unit, before),
                                              units[k + 1] if k + 1 < len(units) else None)
                found.append((score, rank, unit.start, Block("", (kind,), (), (BlockItem(source),), source)))
    found.sort(key=lambda x: (-x[0], x[1], x[2]))
    once = list({(b.source.doc, b.source.start): (score, b) for score, _, _, b in reversed(found)}.values())[::-1]
    return [b for score, b in once[:limit] if score >= found[0][0]]


# A marked title line (「■KPI1-3 細島港の取扱貨物量」): what follows it is about what it names.
_SECTION_MARK = re.compile(r"^\s*[■□◆◇▶]")
_LEADING_LABEL = re.compile(r"^\s*[【\[［〈<＜≪《]([^】\]］〉>＞≫》]{1,12})[】\]］〉>＞≫》]\s*\S")


TITLE_REACH = 300


def _title_above(text: str, start: int) -> str:
    """The nearest marked title line (「■KPI1-2 新規就農者数（単年度）」) in the lines just above a passage, "" none."""
    for line in reversed(text[max(0, start - TITLE_REACH):start].split("\n")[1:]):
        if _SECTION_MARK.match(line):
            return line.strip()
    return ""


def _led_by_label(text: str, kind: str) -> bool:
    """Whether a sentence opens with a bracketed label of the asked kind and goes on after it on its line
    (「【要因分析】施設園芸の資材価格が高騰し、…」): the label says what the sentence states."""
    m = _LEADING_LABEL.match(text)
    found = label_kinds(f"【{m.group(1)}】") if m else None
    return found is not None and kind in found[1]


def _marked_note_blocks(kind: str, words, topic: set[str], text: str, unit, tokenizer: JapaneseTokenizer,
                        idf: IdfTable, rank: int) -> list:
    """The sentences of the notes a unit holding the topic marks (「…乗車人数注3」 -> 「注3 …の影響で減少した。」) that
    state the asked kind of themselves: each scored by the marked unit (the note names none of the topic), headed by
    the marked name."""
    from assistant.footnotes import marked_notes
    notes = [n for n in marked_notes(text, unit.start, unit.end) if words.search(normalize_query(n.quote))]
    if not notes:
        return []
    own = normalize_query(unit.norm)
    score = held_share(topic, set(tokenizer.tokenize(own)), own, idf)
    if score < BLOCK_MIN_ASKED:
        return []
    name = re.split(r"\t|\s{2,}|[｜|│]", text[unit.start:unit.end].split("\n")[0].strip())[0]
    name = re.sub(r"(?:[(（]\s*)?(?:注|※|＊|\*)\s?[0-9０-９]{1,2}(?:\s*[)）])?.*$", "", name).strip()[:40]
    blocks = []
    for note in notes:
        source = Source(unit.doc, note.start, note.end, note.quote)
        blocks.append((score + 0.05, rank, unit.start, Block("", (kind,), (name,) if name else (), (BlockItem(source),),
                                                               source)))
    return blocks


def _with_sentence_before(text: str, unit, before) -> Source:
    """The sentence's span, from the sentence before it when it goes on from that one (「また、…」)."""
    from assistant.quotes import quote_text
    if before is not None and CONTINUES.match(unit.norm) and 0 <= unit.start - before.end <= 2:
        quote = quote_text(text[before.start:unit.end])
        if quote:
            return Source(unit.doc, before.start, unit.end, quote)
    return Source(unit.doc, unit.start, unit.end, unit.quote)


def _with_sentence_after(text: str, source: Source, after) -> Source:
    """The span with the sentence right after it when that one goes on from it (「具体的には、…」「また、…」): what the
    stated 取組 or reason comes to is said there."""
    from assistant.quotes import quote_text
    if after is not None and CONTINUES.match(after.norm) and 0 <= after.start - source.end <= 2:
        quote = quote_text(text[source.start:after.end])
        if quote and len(quote) <= 240:
            return Source(source.doc, source.start, after.end, quote)
    return source
