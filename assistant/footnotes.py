"""Notes linked to their marks: a name carrying a raised 「注3」「※2」「*1」 is explained in the note of that mark.

A KPI table prints 「SLもおか号の乗車人数注3」 in a row and, at the foot of the page, 「注3 …調べ。…の影響で減少した。」:
what the row's figures mean and why they moved stands only in the note. A question about the marked name (why it
fell, what it counts) is answered by the note's sentences, so the note is found through the mark: the definition
line of the same mark nearest after the marked text (a page's footnotes), else the nearest before it.

    >>> [n.quote for n in marked_notes("指標A注1 10人\\n注1 市の調べ。", 0, 9)]
    ['市の調べ。']
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ingest.text.normalize import quote_text

# A mark glued to the word it explains (never at the start of a line: that is the note itself).
_MARK = re.compile(r"(?<=[^\s\n])(?:[(（]\s*)?(?:注|※|＊|\*)\s?([0-9０-９]{1,2})(?:\s*[)）])?")
# A note's own line: the mark at the start, then its text.
_NOTE_LINE = re.compile(r"^[ \u3000]*(?:[(（]\s*)?(?:注|※|＊|\*)\s?([0-9０-９]{1,2})(?:\s*[)）])?[ \u3000:：.．、]+(\S.*)$",
                        re.M)
MAX_NOTE_CHARS = 300


@dataclass(frozen=True)
class NoteSentence:
    """One sentence of a note: its verbatim span in the document's text and the mark's number."""

    number: int
    start: int
    end: int
    quote: str


def _number(digits: str) -> int:
    return int(unicodedata.normalize("NFKC", digits))


def note_marks(text: str) -> list[int]:
    """The note numbers a piece of text carries as marks (「乗車人数注3」 -> [3])."""
    return list(dict.fromkeys(_number(m.group(1)) for m in _MARK.finditer(text)))


def marked_notes(text: str, start: int, end: int) -> list[NoteSentence]:
    """The sentences of the notes that `text[start:end]` marks, each note's own line found nearest after the span
    (else nearest before it); [] when the span carries no mark or the document has no note of it."""
    notes = list(_NOTE_LINE.finditer(text))
    found: list[NoteSentence] = []
    for number in note_marks(text[start:end]):
        lines = [m for m in notes if _number(m.group(1)) == number and not (start <= m.start() < end)]
        after = [m for m in lines if m.start() >= end]
        before = [m for m in lines if m.start() < start]
        line = after[0] if after else (before[-1] if before else None)
        if line is None:
            continue
        a, b = line.start(2), line.end(2)
        if b - a > MAX_NOTE_CHARS:
            b = a + MAX_NOTE_CHARS
        for sentence in re.finditer(r"[^。]+。?", text[a:b]):
            s, e = a + sentence.start(), a + sentence.end()
            quote = quote_text(text[s:e])
            if len(quote) >= 4:
                found.append(NoteSentence(number, s + len(text[s:e]) - len(text[s:e].lstrip()), e, quote))
    return found
