"""A quote that opens a bracket its span does not close (「浸水対策事業〔35億1,917万円」, the record's span ending at the
amount) is closed with the document's own next characters, up to the bracket that closes it on the same line: the quote
stays verbatim and reads whole. A bracket the line never closes (an OCR slip) is left as printed."""
from __future__ import annotations

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
