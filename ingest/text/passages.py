"""Cutting a document into passages that follow its structure.

A passage starts at a heading (■ ▶ ◆ ○ 【】, numbered chapters, project titles) and takes the
lines under it up to `target_chars`; a long line (an HTML table row, a run-on paragraph) is cut
at sentence, cell or bullet boundaries. Table rows stay whole, and a table cut across passages
repeats its header row in the search text so every piece is understood.
"""
from __future__ import annotations

import re

from bisect import bisect_right
from dataclasses import dataclass, field, replace

from ingest.records import Document, Passage
from ingest.text.structure import Line, find_page_starts, heading_level, split_lines
from ingest.tables.passages import table_pieces, table_search_text
from ingest.tables.table import Table
from ingest.text.normalize import MappedText, display_text, is_record_line, normalize

MIN_CHARS = 120
TARGET_CHARS = 360
MAX_CHARS = 520
RECORD_VECTOR_CHARS = 240     # the opening of a record row its vector is made from
_CUT = re.compile(r"(?<=[。！？])|(?=[■○▶◆])|(?<=\t)|(?<=\n)")


def is_record_row(text: str, max_chars: int = MAX_CHARS) -> bool:
    """A line (normalised text) of a large sheet's record row longer than a passage."""
    return len(text) > max_chars and is_record_line(text)


def _pieces(line: Line, max_chars: int) -> list[Line]:
    """Split an over-long line at natural boundaries into pieces of at most `max_chars`."""
    if len(line.text) <= max_chars:
        return [line]
    cuts = sorted({m.start() for m in _CUT.finditer(line.text)} | {len(line.text)})
    pieces, begin, last = [], 0, 0
    for cut in cuts:
        if cut - begin > max_chars and last > begin:
            pieces.append((begin, last))
            begin = last
        while cut - begin > max_chars:
            pieces.append((begin, begin + max_chars))
            begin += max_chars
        last = cut
    if begin < len(line.text):
        pieces.append((begin, len(line.text)))
    return [Line(line.text[a:b], line.start + a, line.start + b) for a, b in pieces if line.text[a:b].strip()]


def build_passages(document: Document, mapped: MappedText | None = None,
                   target_chars: int = TARGET_CHARS, max_chars: int = MAX_CHARS,
                   tables: list[Table] | tuple[Table, ...] = ()) -> list[Passage]:
    """Document -> passages with page, heading path and source offsets.

    Lines inside one of `tables` (the reader's tables, spans into `document.text`) are not cut as
    text: each table gives passages of whole rows labelled with their column headers, at its place.
    """
    mapped = mapped or normalize(document.text)
    lines = split_lines(mapped)
    _, number_lines = find_page_starts(lines, mapped)
    regions = sorted((t.start, t.end, t) for t in tables if t.end > t.start)
    region_starts = [r[0] for r in regions]
    done: set[int] = set()

    def table_of(line: Line) -> int | None:
        a, b = mapped.source_span(line.start, line.end)
        k = bisect_right(region_starts, b - 1) - 1
        return k if k >= 0 and regions[k][0] < b and a < regions[k][1] else None

    cutter = _Cutter(document, mapped, target_chars, max_chars)
    for i, line in enumerate(lines):
        if i in number_lines:
            continue
        k = table_of(line) if regions else None
        if k is not None:
            if k not in done:
                done.add(k)
                cutter.table(regions[k][2])
            continue
        level = heading_level(line.text)
        if level:
            cutter.heading(line, level)
        elif is_record_row(line.text, max_chars):
            cutter.record_row(line)
        else:
            cutter.text_line(line)
    cutter.flush()
    return cutter.passages


@dataclass
class _Cutter:
    """One pass over a document's lines: the passages made so far and the one being filled.

    `body` is the open passage's lines, `has_body` whether it holds more than pending headings, `path` the
    headings above it by level, `section` its heading path (fixed by its first line), `table_header` the
    tab-separated line heading the rows in it.
    """

    document: Document
    mapped: MappedText
    target_chars: int
    max_chars: int
    passages: list[Passage] = field(default_factory=list)
    path: dict[int, str] = field(default_factory=dict)
    body: list[Line] = field(default_factory=list)
    has_body: bool = False
    table_header: str = ""
    last_level: int = 0
    section: str = ""

    def heading_path(self) -> str:
        return " > ".join(self.path[k] for k in sorted(self.path))

    def flush(self) -> None:
        """Close the open passage (a lone short heading line is dropped)."""
        if self.body and (self.has_body or sum(len(b.text) for b in self.body) >= 8):
            self.passages.append(_make(self.document, self.mapped, self.body, self.section, self.table_header,
                                       len(self.passages)))
        self.body, self.has_body = [], False

    def add(self, line: Line) -> None:
        if not self.body:
            self.section = self.heading_path()
        self.body.append(line)

    def table(self, table: Table) -> None:
        """A reader's table, at its first line: passages of whole rows; the short lines right above it
        (caption, unit note, headings with no text under them yet) open its first passage."""
        body = self.body
        keep = len(body)
        while keep and len(body[keep - 1].text) <= 60 and not body[keep - 1].text.endswith("。"):
            keep -= 1
        lead = self.mapped.source_span(body[keep].start, body[keep].end)[0] if keep < len(body) else None
        if keep:
            self.body = body[:keep]
            self.flush()
        self.body, self.has_body = [], False
        self.section = self.heading_path()
        for n, piece in enumerate(table_pieces(self.document.text, table, self.target_chars, self.max_chars)):
            if n == 0 and lead is not None:
                piece = replace(piece, start=min(lead, piece.start))
            self.passages.append(_table_passage(self.document, table, piece, self.section, len(self.passages)))
        self.table_header = ""

    def heading(self, line: Line, level: int) -> None:
        # A heading right after a heading of the same or a deeper level is a list item: the
        # pending headings are content of their own (「R6年度の主な取組」 ■ lists).
        size = sum(len(b.text) for b in self.body)
        if self.body and (level <= 2 or ((self.has_body or level <= self.last_level) and size >= MIN_CHARS)):
            self.has_body = True
            self.flush()
        self.last_level = level
        for deeper in [k for k in self.path if k >= level]:
            del self.path[deeper]
        self.path[level] = line.text
        self.add(line)

    def record_row(self, line: Line) -> None:
        """A record row of a large sheet (「No 1|事業名 …|所管課 …|…」): its pieces are passages of their own,
        and share one vector made from the row's opening."""
        self.flush()
        self.section = self.heading_path()
        opening = "\n".join(x for x in (self.document.title, self.section, line.text[:RECORD_VECTOR_CHARS]) if x)
        for piece in _pieces(line, self.max_chars):
            self.passages.append(replace(_make(self.document, self.mapped, [piece], self.section, "",
                                               len(self.passages)), vector_text=opening))
        self.table_header = ""

    def text_line(self, line: Line) -> None:
        if "\t" in line.text:
            if not self.body or "\t" not in self.body[-1].text:
                self.table_header = line.text
        else:
            self.table_header = ""
        for piece in _pieces(line, self.max_chars):
            size = sum(len(b.text) for b in self.body)
            if self.has_body and size + len(piece.text) > self.target_chars:
                self.flush()
            self.add(piece)
            self.has_body = True


def _make(document: Document, mapped: MappedText, body: list[Line], section: str,
          table_header: str, number: int) -> Passage:
    start, end = body[0].start, body[-1].end
    src_start, src_end = mapped.source_span(start, end)
    body_text = mapped.text[start:end]
    header = table_header if table_header and table_header not in body_text else ""
    search_text = "\n".join(x for x in (document.title, section, header, body_text) if x)
    return Passage(
        passage_id=f"{document.doc}#{number}",
        doc=document.doc,
        page=document.page_at(src_start),
        section=section,
        start=src_start,
        end=src_end,
        text=display_text(document.text[src_start:src_end]),
        search_text=search_text,
    )


def _table_passage(document: Document, table: Table, piece, section: str, number: int) -> Passage:
    return Passage(
        passage_id=f"{document.doc}#{number}",
        doc=document.doc,
        page=document.page_at(piece.start),
        section=section,
        start=piece.start,
        end=piece.end,
        text=display_text(document.text[piece.start:piece.end]),
        search_text=table_search_text(document.title, section, table, piece),
    )
