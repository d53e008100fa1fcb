"""Quote units: the sentences, table rows and list items of a passage, each a verbatim document span.

A unit starts and ends on a sentence, line, bracket or word boundary: a sentence end inside
brackets (「…。」) does not end the unit, a long unit is cut only outside brackets, and a piece that
starts mid-word (a wrapped line beginning 「る市町村に対し」) or on a closing bracket is joined to the
piece before it — reaching back before the passage start when the passage itself began mid-sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.records import Document, Passage
from ingest.text.brackets import CLOSERS, OPENERS, balanced, bracket_depth
from ingest.text.normalize import SENTENCE_END, normalize

_UNIT_END = re.compile(r"(?<=[。！？])(?![」』）)】〕])|\n")
MAX_UNIT_CHARS = 220
# A unit may not start with these: they continue the piece before (a closing bracket, a comma).
_CONTINUATION = re.compile(r"^[、。，．」』）)】〕］\]]")
_KANA = re.compile(r"[\u3041-\u3096]")
# A figure that a column's line end cut from the words before it: the line ends in a particle or a comma, the next
# opens with the figure (no list numbering 「1 」「2.」).
_FIGURE_WRAPPED = re.compile(r"^[0-9０-９][0-9０-９,，.．]*(?![0-9０-９,，.．]*[\s　.．、)）])")
_PARTICLE_END = re.compile(r"(?:[はがを、]|(?<![にし])て)$")
_HEADING_END = re.compile(r"(?:について|に関して|に向けて|として|を目指して)$")
REACH_BACK = 120
_WRAP = re.compile(r"(?<=[^\x00-\x7f])[ \u3000]*\n[ \u3000\n]*(?=[^\x00-\x7f])")
_LETTER_SPACED = re.compile(r"(?:[^\x00-\x7f][ \u3000]){2,}[^\x00-\x7f]")  # characters looked back before a passage that starts mid-sentence


@dataclass(frozen=True)
class QuoteUnit:
    """One sentence-sized span: `norm` for matching, `quote` as the document has it."""

    doc: str
    start: int
    end: int
    norm: str
    quote: str
    position: int


def quote_text(span: str) -> str:
    """A document span as a quote: line wraps joined, letter-spaced headings (「釧 路 ・ 根 室」) closed up,
    runs of white space made one space; the spaces the source puts between words are kept."""
    text = _WRAP.sub("", span)
    text = _LETTER_SPACED.sub(lambda m: re.sub(r"[ \u3000]", "", m.group(0)), text)
    return re.sub(r"\s+", " ", text).strip()


def _pieces(text: str, figures: bool = True) -> list[tuple[int, int]]:
    """Sentence / line pieces of normalised text, continuation pieces joined to the piece before (`figures`: a figure
    wrapped onto the next line too, where lines are the file's own: not in a PDF, whose page may be set in columns
    that its printed lines interleave, so a quote over two of its lines would stand nowhere as printed)."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for cut in [m.start() for m in _UNIT_END.finditer(text)] + [len(text)]:
        piece = text[begin:cut]
        lead = len(piece) - len(piece.lstrip("\n "))
        a, b = begin + lead, cut
        begin = cut + (1 if cut < len(text) and text[cut] == "\n" else 0)
        if b - a < 1:
            continue
        if spans and _continues(text[spans[-1][0]:spans[-1][1]], text[a:b], figures):
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return [(a, b) for a, b in spans if b - a >= 2]


def _continues(before: str, piece: str, figures: bool = False) -> bool:
    """True when `piece` goes on from `before`: a closing bracket or comma, a bracket left open, or a
    word wrapped between two kana (「…推進す」 / 「る市町村に対し」). Table rows (tabs) never join."""
    before = before.rstrip()
    if not before or before.endswith(tuple(SENTENCE_END)) or "\t" in before or "\t" in piece:
        return False
    if _CONTINUATION.match(piece) or bracket_depth(before) > 0:
        return True
    if figures and _figure_wrapped(before, piece):
        return True   # 「一般会計の総額は」 / 「128億6,000万円で、前年度に比べて」 / 「4億1,200万円（3.3％）の増…」
    return bool(_KANA.fullmatch(before[-1]) and _KANA.match(piece[0]))


def figure_lead(norms: list[str], i: int, reach: int = 2) -> str:
    """The words of the sentence unit `i` goes on with when its figure was wrapped onto its line (a PDF's column:
    「一般会計の総額は」 / 「128億6,000万円で、前年度に比べて」 over 「4億1,200万円（3.3％）の増…」, units of their own there
    so that each quote stands on one printed line): the units above joined, back through `reach` such wraps; ""."""
    lead = ""
    while i > 0 and reach and _figure_wrapped(norms[i - 1], norms[i]):
        lead, i, reach = norms[i - 1] + lead, i - 1, reach - 1
    return lead


def _figure_wrapped(before: str, piece: str) -> bool:
    before = before.rstrip()
    return bool(before) and "\t" not in before and "\t" not in piece and bool(_FIGURE_WRAPPED.match(piece)) \
        and bool(_PARTICLE_END.search(before)) and not _HEADING_END.search(before)


def quote_units(document: Document, passage: Passage) -> list[QuoteUnit]:
    """Split a passage into sentences / rows / items, mapped back to the document exactly."""
    origin = passage.start
    if _starts_mid_sentence(document.text, passage.start):
        origin = _sentence_start(document.text, passage.start)
    mapped = normalize(document.text[origin:passage.end])
    text = mapped.text
    units: list[QuoteUnit] = []
    for a, b in _pieces(text, figures=not document.doc.lower().endswith(".pdf")):
        for sa, sb in _bounded(text, a, b):
            s, e = mapped.source_span(sa, sb)
            if origin + e <= passage.start:
                continue
            quote = quote_text(document.text[origin + s:origin + e])
            if quote:
                units.append(QuoteUnit(document.doc, origin + s, origin + e, text[sa:sb], quote, len(units)))
    return units


def _starts_mid_sentence(text: str, start: int) -> bool:
    """True when the passage's first character continues the line before it (a wrapped word)."""
    if start == 0:
        return False
    before = text[max(0, start - REACH_BACK):start].rstrip("\n ")
    last_line = before[before.rfind("\n") + 1:]
    return bool(last_line) and _continues(last_line, text[start:start + 1])


def _sentence_start(text: str, start: int) -> int:
    """The start of the line or sentence a mid-sentence passage start belongs to (bounded look-back)."""
    lo = max(0, start - REACH_BACK)
    line = text.rfind("\n", lo, start - 1)
    sentence = max(text.rfind(ch, lo, start) for ch in SENTENCE_END)
    cut = max(line, sentence)
    if cut >= 0:
        return cut + 1
    return 0 if lo == 0 else start  # the document's start, or no boundary near enough: keep the passage's


def _bounded(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Long run-on units are cut at 、 or spaces outside brackets, so a quote stays readable and whole."""
    spans = []
    while b - a > MAX_UNIT_CHARS:
        window = text[a:a + MAX_UNIT_CHARS]
        depth, best = 0, -1
        for i, ch in enumerate(window):
            if ch in OPENERS:
                depth += 1
            elif ch in CLOSERS:
                depth = max(0, depth - 1)
            elif depth == 0 and ch in "、 ■○" and i > MAX_UNIT_CHARS // 3:
                best = i
        cut = a + (best + 1 if best > 0 else MAX_UNIT_CHARS)
        spans.append((a, cut))
        a = cut
    spans.append((a, b))
    return spans


_BOUNDARY = "\n\t。■○•●◆▶"


def readable_span(text: str, start: int, end: int, reach: int = 200) -> tuple[int, int]:
    """A record's span widened back to where its sentence or item begins when it starts inside brackets
    (「北東北の縄文遺跡群」の…」, 「交流人口拡大事業】…」): the nearest line, cell, sentence or bullet start from
    which its brackets balance. Spans that already balance are kept as they are."""
    if balanced(text[start:end]):
        return start, end
    for b in range(start - 1, max(-1, start - reach), -1):
        if b < 0 or text[b] in _BOUNDARY:
            a = b + 1
            while a < start and text[a] in " \u3000・":
                a += 1
            if balanced(text[a:end]):
                return a, end
    return start, end

