"""The legend line beside a list answered by a tag: 「令和８年度から新しく始める取組は？」 lists the items marked 【新】,
and the reader needs the line that says what 【新】 means (「【新】は令和８年度からの新規取組、【拡】は…」, a table's note
「新規：本計画から始める取組　重点：…」) to check that the mark answers the question. The line is quoted and cited
after the count, verbatim (cut at its end when long).

A legend line holds a printed form of the tag (the word, or its short form 新 / 拡 in brackets or not) followed by
は or a colon, at the line's start or after a space or a bracket — never 「新規就農者は…」 inside a sentence.
"""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.records import Answer
from ingest.plans.records import Source
from ingest.plans.tag_marks import TAG_ABBREVIATIONS, TAG_WORDS
from ingest.text.normalize import quote_text

MAX_LEGEND_CHARS = 90
_OPEN, _CLOSE = "〔［[【(（〈《＜", "〕］]】)）〉》＞"
# Where one mark's explanation ends: the line's end, a tab, a wide space, or a space before the next mark explained.
_GAP = re.compile(r"\n|\t|\u3000|\s{2,}|\s(?=[^\s:：＝=]{1,8}[:：＝=])")
_FAMILY = {"拡充": "拡大", "一部新規": "新規", "新": "新規", "新設": "新規", "充実": "拡大"}


def _family(word: str) -> str:
    word = TAG_ABBREVIATIONS.get(word, word) if len(word) == 1 else word
    return _FAMILY.get(word, word)


def _forms(tag: str) -> list[str]:
    """The printed forms of an asked tag (新規: 新規, 一部新規, 新設, 新)."""
    words = [w for w in (*TAG_WORDS, *TAG_ABBREVIATIONS) if _family(w) == _family(tag)]
    return sorted(set(words), key=len, reverse=True)


def legend_span(text: str, tag: str) -> tuple[int, int] | None:
    """The span of the first line of `text` explaining the tag's printed form, None when no line does."""
    forms = "|".join(map(re.escape, _forms(tag)))
    if not forms:
        return None
    pattern = re.compile(rf"(?:^|(?<=[ \u3000\t、。{re.escape(_CLOSE)}]))[{re.escape(_OPEN)}]?\s*(?:{forms})\s*"
                         rf"[{re.escape(_CLOSE)}]?\s*(?:は[、，]?|[:：＝=])\s*(?=[^\s、。])", re.M)
    for m in pattern.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        if m.start() - start > 60:
            continue   # (a mark explained deep inside a long paragraph is no legend line)
        start = m.start() + len(text[m.start():m.end()]) - len(text[m.start():m.end()].lstrip())
        # its own explanation: up to the line's end, a tab or a wide space (「新規：…　重点：…」 explains two)
        gap = _GAP.search(text, m.end())
        end = gap.start() if gap else len(text)
        if end - start >= 6:
            return start, min(end, start + MAX_LEGEND_CHARS)
    return None


def with_legends(answer: Answer | None, question: str, documents, citation_of) -> Answer | None:
    """A list answer with the legend line of each tag asked (by its word, or as the tag every item carries: a legend's
    meaning asked) that its items carry, quoted after its first line."""
    from assistant.lists import asked_tags
    if answer is None or not answer.found or not answer.projects:
        return answer
    tags = asked_tags(question) or sorted(set.intersection(*(set(p.tags or ()) for p in answer.projects)))
    if not tags:
        return answer
    lines, citations = answer.answer.split("\n"), list(answer.citations)
    added = []
    for doc in dict.fromkeys(p.doc for p in answer.projects if p.doc and p.tags):
        carried = {_family(t) for p in answer.projects if p.doc == doc for t in (p.tags or ())}
        text = documents[doc].text
        spans = [legend_span(text, t) for t in tags if _family(t) in carried]
        for span in dict.fromkeys(s for s in spans if s is not None):
            quote = quote_text(text[span[0]:span[1]])
            n = len(citations) + 1
            citations.append(citation_of(n, Source(doc, span[0], span[1], quote)))
            added.append(f"（凡例）{quote}[{n}]")
    if not added:
        return answer
    return replace(answer, answer="\n".join(lines[:1] + added + lines[1:]), citations=citations)


def with_mark_legends(answer: Answer | None, marks_of, documents, citation_of) -> Answer | None:
    """Rows a legend's mark selects (「☆印の事業は…総合戦略にも位置付けています。」), with that legend quoted after the
    answer's first line: the sentence or line from the mark on. `marks_of`: doc -> the marks the question asks."""
    from assistant.mark_filters import legends
    if answer is None or not answer.found or not answer.projects:
        return answer
    lines, citations, added = answer.answer.split("\n"), list(answer.citations), []
    for doc in dict.fromkeys(p.doc for p in answer.projects if p.doc):
        asked, text = marks_of(doc), documents[doc].text
        for legend in [g for g in legends(text) if g.mark in asked][:1]:
            stop = re.compile(r"[。\n\t]").search(text, legend.end)
            end = min(stop.end() if stop and text[stop.start()] == "。" else (stop.start() if stop else len(text)),
                      legend.start + MAX_LEGEND_CHARS)
            quote = quote_text(text[legend.start:end])
            n = len(citations) + 1
            citations.append(citation_of(n, Source(doc, legend.start, end, quote)))
            added.append(f"（凡例）{quote}[{n}]")
    if not added:
        return answer
    return replace(answer, answer="\n".join(lines[:1] + added + lines[1:]), citations=citations)
