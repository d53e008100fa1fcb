"""A citation in its context: the text around the quoted span, for the reader to check it."""
from __future__ import annotations

from dataclasses import dataclass

from assistant.records import Citation
from ingest.records import Document


@dataclass(frozen=True)
class CitationContext:
    """`before` + `quoted` + `after` is a verbatim slice of the document; `quoted` is the cited span."""

    title: str
    label: str
    doc: str
    page: int
    before: str
    quoted: str
    after: str


def citation_context(document: Document, citation: Citation, width: int = 160) -> CitationContext:
    """The cited span with about `width` characters either side, cut at line ends where possible."""
    text = document.text
    start, end = citation.start, citation.end
    lo = max(0, start - width)
    hi = min(len(text), end + width)
    if lo > 0 and text.find("\n", lo, start) >= 0:
        lo = text.find("\n", lo, start) + 1
    if hi < len(text) and text.rfind("\n", end, hi) >= 0:
        hi = text.rfind("\n", end, hi)
    return CitationContext(document.title, citation.label, document.doc, citation.page,
                           text[lo:start], text[start:end], text[end:hi])
