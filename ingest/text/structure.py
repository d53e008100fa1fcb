"""The structure of a plan document: lines, headings and page boundaries (the title: ingest.metadata).

Works on the normalised text (`MappedText`), so headings and page numbers are recognised the
same way whatever the file format; every line keeps its span so the source offsets follow.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.text.normalize import MappedText

_CHAPTER = re.compile(r"^(?:第[0-9]{1,2}[章部]|[0-9]{1,2}[ .．]|[IVX]{1,4} |[IVX]{1,4}$)\s*\S")
_PROJECT_TITLE = re.compile(r"(?:プロジェクト|ユニット|の推進|の政策|方針)$")
_LABEL_LINE = re.compile(r"^[^\s0-9\-・•:：。、,()\[\]][^\s\-•:：。、,()\[\]]{1,13}(?: ?\([A-Za-z]{2,5}\))?$")
_LEVEL3 = "■□◆◇"
_LEVEL4 = "▶▷○●◎◇"
_PAGE_NUMBER = re.compile(r"^-?\s*([0-9]{1,3})\s*-?$")
_TOC_ENTRY = re.compile(r"^(.{2,40}?)\s*(?:・{3,}|…{2,}|\.{4,}|‥{2,})\s*([0-9]{1,3})")


@dataclass(frozen=True)
class Line:
    """One normalised line: its text and its [start, end) span in the mapped text."""

    text: str
    start: int
    end: int


def split_lines(mapped: MappedText) -> list[Line]:
    lines, pos = [], 0
    for part in mapped.text.split("\n"):
        if part:
            lines.append(Line(part, pos, pos + len(part)))
        pos += len(part) + 1
    return lines


def heading_level(text: str) -> int:
    """0 for body text; 1 chapter, 2 project/unit title, 3 short label (目的), 4 ■ section, 5 ▶/○ item."""
    if not text or "\t" in text or len(text) > 60 or text.endswith("。") or _TOC_ENTRY.match(text):
        return 0
    if _CHAPTER.match(text) and len(text) <= 30:
        return 1
    if text[0] in _LEVEL3 or (text.startswith("【") and text.endswith("】")):
        return 4
    if text[0] in _LEVEL4 and len(text) <= 50:
        return 5
    if _PROJECT_TITLE.search(text) and 8 <= len(text) <= 50 and not text.startswith(("-", "・")):
        return 2
    if _LABEL_LINE.match(text) and _looks_like_label(text):
        return 3
    return 0


def _looks_like_label(text: str) -> bool:
    """「目的」「R6年度の主な取組」 are labels; 「施する」「に取り組む市町村等」 are wrapped tails."""
    if text[0] in "にをはがでとのもへやてたしするれりっ" or "\u3040" <= text[-1] <= "\u309f":
        return False
    return text.count("「") == text.count("」") and text.count("(") == text.count(")")


def find_page_starts(lines: list[Line], mapped: MappedText) -> tuple[list[tuple[int, int]], set[int]]:
    """Page starts (source offset, page) from lone page-number lines and table-of-contents anchors.

    A lone number counts as a page number only when it moves forward by at most 10 pages and at
    least 200 characters follow the previous boundary (chart data such as 「66」 does not). A
    heading listed in the table of contents (「４ これまでの取組と課題 ・・・ １０」) starts that page.
    Returns the starts and the indexes of the page-number lines (not part of any passage).
    """
    toc: dict[str, int] = {}
    for ln in lines:
        m = _TOC_ENTRY.match(ln.text)
        if m:
            toc[re.sub(r"\s", "", m.group(1))] = int(m.group(2))
    starts: list[tuple[int, int]] = [(0, 1)]
    number_lines: set[int] = set()
    last_pos = 0
    for i, ln in enumerate(lines):
        page = starts[-1][1]
        m = _PAGE_NUMBER.match(ln.text)
        if m and page < int(m.group(1)) <= page + 10 and ln.start - last_pos >= 200:
            starts.append((mapped.source_span(ln.start, ln.end)[0], int(m.group(1))))
            number_lines.add(i)
            last_pos = ln.start
            continue
        key = re.sub(r"\s", "", ln.text)
        if key in toc and toc[key] > page and not _TOC_ENTRY.match(ln.text):
            starts.append((mapped.source_span(ln.start, ln.end)[0], toc[key]))
            last_pos = ln.start
    return starts, number_lines
