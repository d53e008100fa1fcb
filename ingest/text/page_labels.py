"""Printed page numbers: the label a reader sees in a PDF page's header or footer (「- 10 -」, 「P.10」).

A draft cites the printed page, not the viewer's page: a cover and a table of contents without
numbers put the printed 「10」 on file page 14. Only the first and last lines of each page are looked
at, and a number counts only when the numbering runs on across pages (the same file-page offset on
another page), so a number at the foot of a table is not taken for a page number.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

HEADER_LINES = 2
FOOTER_LINES = 3
_DASH = "-‐‑‒–—―−－ー"
_FORMS = (
    re.compile(rf"^[{_DASH}]\s*([0-9]{{1,4}})\s*[{_DASH}]$"),   # - 10 -
    re.compile(r"^[Pp]\.?\s*([0-9]{1,4})$"),                    # P.10, p10
    re.compile(r"^([0-9]{1,4})\s*/\s*[0-9]{1,4}$"),             # 10/32
    re.compile(r"^([0-9]{1,4})$"),                              # 10
    re.compile(r"^[(（]\s*([0-9]{1,4})\s*[)）]$"),               # (10)
)


def printed_number(line: str) -> str | None:
    """The page number a header/footer line states, or None (「- 10 -」 → 「10」)."""
    text = unicodedata.normalize("NFKC", line).strip()
    for form in _FORMS:
        m = form.match(text)
        if m:
            return str(int(m.group(1)))
    return None


def _page_texts(text: str, page_starts: list[tuple[int, int]]) -> list[tuple[int, str]]:
    bounds = [s for s, _ in page_starts] + [len(text)]
    return [(page, text[bounds[i]:bounds[i + 1]]) for i, (_, page) in enumerate(page_starts)]


def page_labels(text: str, page_starts: list[tuple[int, int]]) -> tuple[str, ...]:
    """The printed page label of every file page ("" where none is printed), for a text with real pages."""
    candidates: dict[int, list[int]] = {}
    pages = _page_texts(text, page_starts)
    for page, body in pages:
        lines = [ln for ln in body.split("\n") if ln.strip()]
        edge = lines[:HEADER_LINES] + lines[-FOOTER_LINES:] if len(lines) > HEADER_LINES else lines
        numbers = [int(n) for n in map(printed_number, edge) if n is not None]
        if numbers:
            candidates[page] = numbers
    # The numbering runs on: a label is kept when another page has the same offset (file page - label).
    offsets = Counter(page - n for page, numbers in candidates.items() for n in set(numbers))
    labels = []
    for page, _ in pages:
        kept = sorted((n for n in candidates.get(page, []) if offsets[page - n] >= 2 or len(pages) == 1),
                      key=lambda n: -offsets[page - n])
        labels.append(str(kept[0]) if kept else "")
    return tuple(labels)
