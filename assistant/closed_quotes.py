"""A quote that opens a bracket its span does not close (「浸水対策事業〔35億1,917万円」, the record's span ending at the
amount) is closed with the document's own next characters, up to the bracket that closes it on the same line: the quote
stays verbatim and reads whole. A bracket the line never closes (an OCR slip) is left as printed."""
from __future__ import annotations

import re

from ingest.text.normalize import comparable, quote_text

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


_SPACE = " \u3000\t\n"
_PIECE_BOUNDARY = "、。，．！？!?" + _SPACE
_WORDY = re.compile(r"[\u3041-\u30fa\u30fc-\u30ff\u4e00-\u9fff]")
MIN_PIECE = 6   # characters a piece of a quote must keep to stand for it


def stray_brackets(span: str) -> list[int]:
    """Offsets of the brackets a span closes without opening or opens without closing (「予算の総」額を」, an OCR
    slip that printed a bracket where none was), each kind of bracket counted on its own."""
    strays = []
    for opening, closing in PAIRS:
        opened = []
        for i, ch in enumerate(span):
            if ch == opening:
                opened.append(i)
            elif ch == closing:
                if opened:
                    opened.pop()
                else:
                    strays.append(i)
        strays.extend(opened)
    return sorted(strays)


def without_stray_brackets(quote: str, text: str, start: int, end: int) -> tuple[str, int, int]:
    """(quote, start, end) narrowed to its longest piece free of brackets its document never pairs (OCR text:
    「…500万円を増額し、歳入歳出予算の総」 額を…」 → 「…500万円を増額し、」), each piece ended and begun on a clause
    boundary so no word is cut, and kept only where it still holds words. A quote its span does not reproduce
    (cells joined with 「｜」) or with no such piece stands as it is."""
    span = text[start:end]
    strays = stray_brackets(span)
    if not strays or comparable(span) != comparable(quote):
        return quote, start, end
    best = None
    cuts = [-1] + strays + [len(span)]
    for left, right in zip(cuts, cuts[1:]):
        a, b = left + 1, right
        if right < len(span):   # ends before a stray bracket: back to the clause boundary before it (a line wrap
            while b > a and span[b - 1] in _SPACE:   # just before the bracket is none)
                b -= 1
            while b > a and span[b - 1] not in _PIECE_BOUNDARY:
                b -= 1
        if left >= 0:   # begins after a stray bracket: from the clause boundary after it
            while a < b and span[a] in _SPACE:
                a += 1
            while a < b and span[a] not in _PIECE_BOUNDARY:
                a += 1
        while a < b and span[a] in _PIECE_BOUNDARY:
            a += 1
        while b > a and span[b - 1] in _SPACE:
            b -= 1
        piece = span[a:b]
        if len(piece) >= MIN_PIECE and _WORDY.search(piece) and (best is None or b - a > best[1] - best[0]):
            best = (a, b)
    if best is None:
        return quote, start, end
    a, b = best
    return quote_text(span[a:b]), start + a, start + b
