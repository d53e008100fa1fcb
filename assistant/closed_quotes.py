"""A quote that opens a bracket its span does not close (「浸水対策事業〔35億1,917万円」, the record's span ending at the
amount) is closed with the document's own next characters, up to the bracket that closes it on the same line: the quote
stays verbatim and reads whole. A bracket the line never closes (an OCR slip) is left as printed."""
from __future__ import annotations

import re

from ingest.text.normalize import quote_text

PAIRS = ("「」", "『』", "（）", "()", "【】", "〔〕", "［］", "[]")
REACH = 24   # characters past the span a closing bracket is looked for in


def closed_span(quote: str, text: str, end: int) -> tuple[str, int]:
    """(quote, end) with the characters up to the closing bracket appended where the quote leaves one open."""
    for opening, closing in PAIRS:
        if quote.count(opening) <= quote.count(closing):
            continue
        tail = text[end:end + REACH].split("\n", 1)[0]
        at = tail.find(closing)
        if at < 0 or opening in tail[:at]:
            continue
        quote, end = quote + quote_text(tail[:at + 1]), end + at + 1
    return quote, end


_WORD_CHAR = re.compile(r"[\u3041-\u30fa\u30fc-\u30ff\u4e00-\u9fff]")   # (「・」 parts words)
WORD_REACH = 8   # characters a quote's start is moved back to its word's start, at most


def whole_word_start(quote: str, text: str, start: int) -> tuple[str, int]:
    """(quote, start) moved back to the start of the word the span begins inside (a CSV cell's line break in 「幸|福度」
    made the record start at 福): the quote reads from the word's first character. Kana or kanji on both sides only."""
    if not quote or start <= 0 or not _WORD_CHAR.match(quote[0]) or not _WORD_CHAR.match(text[start - 1]):
        return quote, start
    new = start
    while new > 0 and start - new < WORD_REACH and _WORD_CHAR.match(text[new - 1]):
        new -= 1
    if start - new >= WORD_REACH:
        return quote, start   # a run this long is a sentence, not one word cut: the span stands as it is
    return quote_text(text[new:start]) + quote, new
