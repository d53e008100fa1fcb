"""Quote units: the sentences, table rows and list items of a passage, each a verbatim document span."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.records import Document, Passage
from ingest.textnorm import normalize, quote_text

_UNIT_END = re.compile(r"(?<=[。！？])|\n")
MAX_UNIT_CHARS = 220


@dataclass(frozen=True)
class QuoteUnit:
    """One sentence-sized span: `norm` for matching, `quote` as the document has it."""

    doc: str
    start: int
    end: int
    norm: str
    quote: str
    position: int


def quote_units(document: Document, passage: Passage) -> list[QuoteUnit]:
    """Split a passage into sentences / rows / items, mapped back to the document exactly."""
    mapped = normalize(document.text[passage.start:passage.end])
    units: list[QuoteUnit] = []
    begin = 0
    text = mapped.text
    cuts = [m.start() for m in _UNIT_END.finditer(text)] + [len(text)]
    for cut in cuts:
        piece = text[begin:cut]
        lead = len(piece) - len(piece.lstrip("\n "))
        a, b = begin + lead, cut
        begin = cut + (1 if cut < len(text) and text[cut] == "\n" else 0)
        if b - a < 2:
            continue
        for sa, sb in _bounded(text, a, b):
            s, e = mapped.source_span(sa, sb)
            quote = quote_text(document.text[passage.start + s:passage.start + e])
            if quote:
                units.append(QuoteUnit(document.doc, passage.start + s, passage.start + e, text[sa:sb], quote, len(units)))
    return units


def _bounded(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Long run-on units are cut at 、 or spaces so a quote stays readable."""
    spans = []
    while b - a > MAX_UNIT_CHARS:
        window = text[a:a + MAX_UNIT_CHARS]
        cut = max(window.rfind("、"), window.rfind(" "), window.rfind("■"), window.rfind("○"))
        cut = a + (cut + 1 if cut > MAX_UNIT_CHARS // 3 else MAX_UNIT_CHARS)
        spans.append((a, cut))
        a = cut
    spans.append((a, b))
    return spans
