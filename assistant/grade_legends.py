"""A question about what earns a grade (「評価をＡとする基準は？」「Ｂ評価の条件は」「判定『◎』の目安は」): the entry of
the legend that defines it, quoted, its criterion stated first.

A legend is a line that defines at least two grades, each a letter or a mark followed by 「：」 and its criterion:

    Ａ：達成率100％以上      Ｂ：80％以上100％未満    Ｃ：50％以上80％未満    Ｄ：50％未満

The asked grade's entry runs from its letter to the next grade's (or the line's end). The legend of the document in
scope whose text holds most of the question's other words answers; none found, None (other paths answer).
"""
from __future__ import annotations

import re
import unicodedata

from assistant.notation_notes import most_topical
from assistant.records import Answer
from ingest.plans.records import Source
from ingest.text.normalize import quote_text
from ingest.vocab.header_words import GRADE_LABELS

_GRADE = r"[A-EＡ-ＥSＳ◎○◯△×✕]"
_CRITERION = r"(?:基準|条件|目安|意味|定義|考え方)"
_LABEL = "|".join(map(re.escape, sorted(GRADE_LABELS + ("ランク",), key=len, reverse=True)))
_ASKS = re.compile(rf"(?:{_LABEL})\s*(?:を|が|は|の)?\s*[「『]?(?P<g1>{_GRADE})[」』]?(?![A-Za-zＡ-Ｚａ-ｚ])"
                   rf"[^。？?]{{0,12}}{_CRITERION}"
                   rf"|(?<![A-Za-zＡ-Ｚａ-ｚ])[「『]?(?P<g2>{_GRADE})[」』]?\s*(?:{_LABEL})[^。？?]{{0,8}}{_CRITERION}")
# A grade opening a legend entry: at the line's start or after a space or separator, then 「：」.
_ENTRY = re.compile(rf"(?:^|(?<=[\s\u3000、，,；;／/]))(?P<g>{_GRADE})\s*[:：＝=]\s*")


def asked_grade(question: str) -> str:
    """The grade whose criterion a question asks (NFKC: 「A」, 「◎」), or ""."""
    m = _ASKS.search(question)
    return unicodedata.normalize("NFKC", m.group("g1") or m.group("g2")) if m else ""


def legend_entries(text: str, doc: str) -> dict[str, tuple[Source, int]]:
    """The first legend entry of each grade in a text: grade (NFKC) -> (the entry's span, where its criterion
    starts)."""
    found: dict[str, tuple[Source, int]] = {}
    start = 0
    for line in text.split("\n"):
        marks = list(_ENTRY.finditer(line))
        if len({m.group("g") for m in marks}) >= 2:
            for i, m in enumerate(marks):
                end = marks[i + 1].start() if i + 1 < len(marks) else len(line)
                piece = line[m.start():end].rstrip(" \u3000、，,；;／/")
                if len(piece) > len(m.group(0)):
                    a, b = start + m.start(), start + m.start() + len(piece)
                    found.setdefault(unicodedata.normalize("NFKC", m.group("g")),
                                     (Source(doc, a, b, quote_text(text[a:b])), start + m.end()))
        start += len(line) + 1
    return found


def answer_grade_legend(question: str, documents, in_scope, words, citation_of) -> Answer | None:
    """The legend entry of the grade a question asks about, from the documents in scope (`words`: the question's
    topic tokens; `documents[doc].text`; `citation_of(n, source)`); None when none is asked or defined."""
    grade = asked_grade(question)
    if not grade:
        return None
    chosen = most_topical(documents, in_scope, words, lambda doc, text: legend_entries(text, doc).get(grade))
    if chosen is None:
        return None
    (source, criterion_at), text = chosen
    criterion = text[criterion_at:source.end]
    return Answer(question, True, f"評価「{text[source.start]}」の基準は {criterion} です[1]", [citation_of(1, source)],
                  kind="passage")
