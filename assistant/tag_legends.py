"""List questions that ask for a bracketed tag by what a document's legend says it means: 「〔新規〕は令和６年度に
寄附金の充当を始めた事業です。」 answers 「令和６年度から寄附金の充当を始めた事業は？」 with the items tagged 〔新規〕,
though the question never says 新規.

A tag legend is a bracketed tag word (ingest.plans.tag_marks.TAG) followed by は / ： / ＝ and its explanation. A
question names it when it holds the explanation as written or most of its kanji pairs (assistant.mark_filters'
legend_share); the tag is then asked, and the explanation's words are no topic words of the question.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.lists import asked_kind, asked_offices, list_topic, naming_offices, numbered_units, tag_family
from assistant.mark_filters import MIN_SHARE, legend_share
from ingest.plans.tag_marks import TAG, TAG_ABBREVIATIONS, TAG_WORD

_EXPLAINED = re.compile(r"\s*(?:は[、，]?|[:：＝=])\s*([^。\n\t]{4,60}?)(?:です|を示します|を表します|を意味します|のこと)?(?:。|\n|\t|$)")


# A tag word printed bare (a web page's badge read as text) and explained after 「＝」: 「重点＝重点的に進める取組、」.
_BARE = re.compile(rf"(?:^|(?<=[\s：:、，。]))({TAG_WORD})\s*[＝=]\s*([^、，。\n\t]{{4,60}})")


@dataclass(frozen=True)
class TagLegend:
    tag: str       # the tag word (新規, 拡充 …)
    meaning: str   # what the legend says it means


def tag_legends(text: str) -> list[TagLegend]:
    """The tags a document's text explains: bracketed (「〔新規〕は令和６年度に…始めた事業です。」) or bare before 「＝」."""
    found = []
    for m in TAG.finditer(text):
        explained = _EXPLAINED.match(text, m.end())
        if explained:
            found.append(TagLegend(TAG_ABBREVIATIONS.get(m.group(1), m.group(1)), explained.group(1).strip()))
    found += [TagLegend(m.group(1), m.group(2).strip()) for m in _BARE.finditer(text)]
    return found


def legend_asked(question: str, texts) -> TagLegend | None:
    """The tag legend of the texts (the documents in scope) that the question names best, when it names one and
    does not name the tag itself (a question saying 「新規」 asks by the tag word already); None otherwise."""
    if TAG.search(question):
        return None
    best, chosen = MIN_SHARE, None
    for text in texts:
        for legend in tag_legends(text):
            share = legend_share(legend.meaning, question)
            if share >= best and (chosen is None or share > best):
                best, chosen = share, legend
    return chosen


def legend_list_matches(index, text: str, asked: str, scope, in_scope, documents) -> list:
    """The list items (assistant.lists.ListMatch) a question asks for by a tag legend's meaning: those tagged so, in
    the documents in scope, that hold the question's other topic words; [] when no legend is named."""
    docs = [doc for doc in documents if in_scope(doc)]
    legend = legend_asked(text, (documents[doc].text for doc in docs))   # (its year too: the legend may say it)
    if legend is None:
        return []
    topic, tag_words = list_topic(asked, index.tokenizer)
    topic -= set(index.tokenizer.tokenize(legend.meaning))   # the legend's words say the tag, not a topic
    found = index.find(topic, [tag_family(legend.tag)], scope, in_scope, tag_words, numbered_units(text), asked_kind(text))
    return naming_offices(found, asked_offices(asked))

