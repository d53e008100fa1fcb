"""List questions that select the lines of a list by the status word printed before each name: a web page's badge
(「<span>実施中</span>公用車への電気自動車の導入」) reads as 「実施中公用車への電気自動車の導入」, its lines a table of two
columns without the tab (status｜name). 「実施中のものを挙げて」 names the status as written.

A block of short lines is such a list when most of its lines open with a word that opens another line of it too
(実施中 ×3, 検討中 ×2), the word followed straight by the name (a kanji or katakana, never a particle: 「地域の…」 is
no status). The lines whose word the question holds as written are the items, each cited by its line.
"""
from __future__ import annotations

import re
from collections import Counter

from assistant.row_filters import RowMatch
from ingest.plans.records import Source
from ingest.text.normalize import quote_text

MAX_LINE_CHARS = 60
MIN_LINES = 3
MIN_SHARE = 0.6       # the share of a block's lines (from the first such to the last) that open with a repeated word
_WORD_CHARS = (2, 3, 4)
_WORD = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc]*[\u4e00-\u9fff]")   # kanji (katakana before): no kana ending
_PARTICLE = re.compile(r"[のはがをにでとへもや、。・（(]")


def _blocks(text: str):
    """Runs of consecutive short lines without tabs: (start, lines)."""
    run, start, offset = [], 0, 0
    for line in text.split("\n") + [""]:
        if line.strip() and "\t" not in line and len(line.strip()) <= MAX_LINE_CHARS:
            if not run:
                start = offset
            run.append(line)
        else:
            if len(run) >= MIN_LINES:
                yield start, run
            run = []
        offset += len(line) + 1


def _openings(line: str) -> list[str]:
    """The words a line may open with: its first two to four characters, with no kana at their end and the name
    starting straight after them (no particle)."""
    body = line.strip()
    return [body[:n] for n in _WORD_CHARS if len(body) > n + 1 and _WORD.fullmatch(body[:n])
            and not _PARTICLE.match(body[n])]


def _status_words(lines: list[str]) -> dict[int, str]:
    """line index -> the status word it opens with, where the block is a list of such lines ({} otherwise)."""
    counts = Counter(w for line in lines for w in set(_openings(line)))
    found = {}
    for k, line in enumerate(lines):
        shared = [w for w in _openings(line) if counts[w] >= 2]
        if shared:
            found[k] = max(shared, key=lambda w: (counts[w], len(w)))
    words = set(found.values())
    span = max(found, default=0) - min(found, default=0) + 1   # (a heading above and a contact below are no part)
    if len(words) < 2 or len(found) < MIN_SHARE * span:
        return {}
    return found


def status_matches(documents, question: str, in_scope) -> list[RowMatch]:
    """The lines whose status word the question holds as written (「実施中のもの」), in the documents in scope."""
    found = []
    for doc, document in documents.items():
        if not in_scope(doc):
            continue
        text = document.text
        for start, lines in _blocks(text):
            words = _status_words(lines)
            offset = start
            for k, line in enumerate(lines):
                word = words.get(k)
                if word and word in question and not re.search(rf"{re.escape(word)}(?:で(?:は)?な|以外)", question):
                    a = offset + len(line) - len(line.lstrip())
                    name = line.strip()[len(word):].strip()
                    found.append(RowMatch(name, (word,), Source(doc, a, a + len(line.strip()),
                                                                quote_text(line.strip()))))
                offset += len(line) + 1
    return found
