"""A question about what a notation of a table means (「（　）内の数字は何を意味しますか」「※印は何を表していますか」):
the note that explains it (「※第１～第３段階の割合は公費による軽減後の割合で、（　）内は軽減前の割合です。」), quoted.

The notation is a pair of brackets with nothing between them (「（　）内」「［　］内」「括弧内」), a mark (「※印」「★印」)
or a bracketed tag (「〔新規〕」).
A note explains it when one of its sentences holds the notation followed by は (「（　）内は…」「★印は…」); the note
of the document in scope whose words hold most of the question's other words answers.
"""
from __future__ import annotations

import re
import unicodedata

from assistant.records import Answer
from ingest.plans.records import Source
from ingest.text.normalize import quote_text

# 「（　）内の数字は何を意味しますか」「括弧内は何を示していますか」「※印は何を表していますか」
_ASKS = re.compile(r"([（(［\[〔【][\s\u3000]*[）)］\]〕】]\s*内|括弧内|かっこ内|カッコ内|[※★☆◎●◆■▲△▼]\s*印?"
                   r"|[〔［【〈《][^〕］】〉》\s]{1,6}[〕］】〉》])"
                   r"(?:の[^はが。？?]{0,8})?(?:は|が|って)[^。？?]{0,6}(?:何|なに|なん)[^。？?]{0,4}(?:意味|表|示|指)")
_BRACKETS = {"括弧内": "()内", "かっこ内": "()内", "カッコ内": "()内"}


def _squeezed(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[\[〔【〈《]", "(", re.sub(r"[\]〕】〉》]", ")", text))
    return re.sub(r"\s+", "", text)


def asked_notation(question: str) -> tuple[str, str]:
    """The notation a question asks the meaning of, as written and squeezed (「（　）内」, 「()内」), or ("", "")."""
    m = _ASKS.search(question)
    if not m:
        return "", ""
    return m.group(1), _BRACKETS.get(m.group(1), _squeezed(m.group(1)))


def _explaining(text: str, notation: str, doc: str):
    """The sentences of a text that explain the notation (「（　）内は…」), as verbatim spans."""
    keys = (notation + "は",) if not notation.endswith("印") else (notation + "は", notation[:-1] + "は")
    start = 0
    for line in text.split("\n"):
        pos = 0
        for sentence in re.split(r"(?<=。)", line):
            if sentence.strip() and any(k in _squeezed(sentence) for k in keys):
                lead = len(sentence) - len(sentence.lstrip())
                a = start + pos + lead
                b = start + pos + len(sentence.rstrip())
                yield Source(doc, a, b, quote_text(text[a:b]))
            pos += len(sentence)
        start += len(line) + 1


def most_topical(documents, in_scope, words, find):
    """(what `find(doc, text)` finds, text) in the document in scope that holds most of the question's topic words
    (`words`), among those where it finds something (not None); None when it finds nothing in any."""
    best, chosen = -1, None
    for doc in documents:
        if not in_scope(doc):
            continue
        text = documents[doc].text
        found = find(doc, text)
        if found is not None:
            held = sum(1 for w in words if w in text)
            if held > best:
                best, chosen = held, (found, text)
    return chosen


def answer_notation(question: str, documents, in_scope, words, citation_of) -> Answer | None:
    """The note that explains the notation the question asks about, from the documents in scope (`words`: the
    question's topic tokens, `documents[doc].text`, `citation_of(n, source)`); None when the question asks no
    notation or no document in scope explains it."""
    written, notation = asked_notation(question)
    if not notation:
        return None
    found = most_topical(documents, in_scope, words, lambda doc, text: next(iter(_explaining(text, notation, doc)), None))
    if found is None:
        return None
    chosen = found[0]
    line = f"・{chosen.quote}[1]"
    return Answer(question, True, f"「{written}」について、資料には次の記載があります。\n{line}",
                  [citation_of(1, chosen)], kind="passage")
