"""Cutting a document into passages that follow its structure.

A passage starts at a heading (■ ▶ ◆ ○ 【】, numbered chapters, project titles) and takes the
lines under it up to `target_chars`; a long line (an HTML table row, a run-on paragraph) is cut
at sentence, cell or bullet boundaries. Table rows stay whole, and a table cut across passages
repeats its header row in the search text so every piece is understood.
"""
from __future__ import annotations

import re

from bisect import bisect_right
from dataclasses import replace

from ingest.records import Document, Passage
from ingest.structure import Line, find_page_starts, heading_level, split_lines
from ingest.table_passages import table_pieces, table_search_text
from ingest.tables import Table
from ingest.textnorm import MappedText, display_text, is_record_line, normalize

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
    passages: list[Passage] = []
    path: dict[int, str] = {}
    body: list[Line] = []
    has_body = False
    table_header = ""
    last_level = 0

    section = ""

    def flush() -> None:
        nonlocal body, has_body
        if body and (has_body or sum(len(b.text) for b in body) >= 8):
            passages.append(_make(document, mapped, body, section, table_header, len(passages)))
        body, has_body = [], False

    def add(line: Line) -> None:
        nonlocal section
        if not body:
            section = " > ".join(path[k] for k in sorted(path))
        body.append(line)

    for i, line in enumerate(lines):
        if i in number_lines:
            continue
        k = table_of(line) if regions else None
        if k is not None:
            if k not in done:
                done.add(k)
                # headings with no text under them yet (the table's caption) open its first passage
                # the short lines right above the table (caption, unit note) open its first passage
                keep = len(body)
                while keep and len(body[keep - 1].text) <= 60 and not body[keep - 1].text.endswith("。"):
                    keep -= 1
                lead = mapped.source_span(body[keep].start, body[keep].end)[0] if keep < len(body) else None
                if keep:
                    body = body[:keep]
                    flush()
                body, has_body = [], False
                section = " > ".join(path[key] for key in sorted(path))
                table = regions[k][2]
                for n, piece in enumerate(table_pieces(document.text, table, target_chars, max_chars)):
                    if n == 0 and lead is not None:
                        piece = replace(piece, start=min(lead, piece.start))
                    passages.append(_table_passage(document, table, piece, section, len(passages)))
                table_header = ""
            continue
        level = heading_level(line.text)
        if level:
            # A heading right after a heading of the same or a deeper level is a list item: the
            # pending headings are content of their own (「R6年度の主な取組」 ■ lists).
            size = sum(len(b.text) for b in body)
            if body and (level <= 2 or ((has_body or level <= last_level) and size >= MIN_CHARS)):
                has_body = True
                flush()
            last_level = level
            for deeper in [k for k in path if k >= level]:
                del path[deeper]
            path[level] = line.text
            add(line)
            continue
        if is_record_row(line.text, max_chars):
            # a record row of a large sheet (「No 1|事業名 …|所管課 …|…」): its pieces are passages of their own,
            # and share one vector made from the row's opening
            flush()
            section = " > ".join(path[k] for k in sorted(path))
            opening = "\n".join(x for x in (document.title, section, line.text[:RECORD_VECTOR_CHARS]) if x)
            for piece in _pieces(line, max_chars):
                passages.append(replace(_make(document, mapped, [piece], section, "", len(passages)),
                                        vector_text=opening))
            table_header = ""
            continue
        if "\t" in line.text:
            if not body or "\t" not in body[-1].text:
                table_header = line.text
        else:
            table_header = ""
        for piece in _pieces(line, max_chars):
            size = sum(len(b.text) for b in body)
            if has_body and size + len(piece.text) > target_chars:
                flush()
            add(piece)
            has_body = True
    flush()
    return passages


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
