"""A ruled PDF table row written in the order its lines are printed, where the row's cells break over lines.

pdfplumber's `extract_text()` (how quotes are checked) prints a page line by line from the top: a row whose value
cells hold a figure over its year (「41.2億円」 over 「（令和４年）」) beside a one-line name centred between them prints
「41.2億円 45.0億円」, then the name, then 「（令和４年） （令和10年）」; a group cell merged down beside its rows prints
its lines before, beside and after the row's own line. Written cell by cell (first lines, then the other lines
below), such a row is no span of the printed page, so no quote of it is verbatim. `print_order` gives the row's
lines in print order instead — only when that order stands in the printed page and the cell order does not.
"""
from __future__ import annotations

from dataclasses import dataclass

from ingest.tables.build import TextWriter
from ingest.text.normalize import comparable

SAME_LINE = 3.0    # points: lines of cells whose tops lie this close are one printed line (pdfplumber's tolerance)


@dataclass(frozen=True)
class Piece:
    """One printed line of one cell: its cell key, column, index among the cell's lines, top and text."""

    key: int
    column: int
    index: int
    top: float
    text: str


def line_tops(chars, count: int) -> list[float] | None:
    """The tops of a cell's `count` printed lines (None when the characters do not fall into that many lines)."""
    tops: list[float] = []
    for top in sorted(c["top"] for c in chars if c.get("text", "").strip()):
        if not tops or top - tops[-1] > SAME_LINE:
            tops.append(top)
    return tops if len(tops) == count else None


def print_order(cells: list[tuple[int, int, list[str], list[float] | None]], written: str,
                plain: str) -> list[list[Piece]] | None:
    """The printed lines of a row's cells ((key, column, lines, tops) each), each line's pieces left to right —
    or None where the row as written (`written`) stands in the printed page (`plain`, comparable) already, a
    cell's lines have no known tops, or the print order does not stand there either."""
    if comparable(written) in plain or not any(len(lines) > 1 for _, _, lines, _ in cells):
        return None
    if any(tops is None for _, _, _, tops in cells):
        return None
    pieces = sorted((Piece(key, col, i, top, text) for key, col, lines, tops in cells
                     for i, (top, text) in enumerate(zip(tops, lines))), key=lambda p: (p.top, p.column))
    printed: list[list[Piece]] = []
    for piece in pieces:
        if printed and piece.top - printed[-1][0].top <= SAME_LINE:
            printed[-1].append(piece)
        else:
            printed.append([piece])
    printed = [sorted(line, key=lambda p: p.column) for line in printed]
    text = "".join(p.text for line in printed for p in line)
    return printed if comparable(text) in plain else None


def join_cell_lines(lines: list[str]) -> str:
    """Lines of one cell joined as the reader reads them: no break between Japanese, a space between words."""
    out = ""
    for line in lines:
        if out and out[-1].isascii() and out[-1].isalnum() and line[:1].isascii() and line[:1].isalnum():
            out += " "
        out += line
    return out


def printed_lines(cell_lines: dict, cell_tops: dict, key_row: list[int | None], spans: dict, plain: str):
    """The lines of the row's cells not written yet, in print order where only that order is a span of the page."""
    first_column: dict[int, int] = {}    # a cell over several columns stands at its first
    for c, key in enumerate(key_row):
        if key is not None and key not in spans:
            first_column.setdefault(key, c)
    fresh = list(first_column.items())
    lines = {key: cell_lines.get(key) or [] for key, _ in fresh}
    firsts = [join_cell_lines(lines[k]) if len(lines[k]) > 1 and comparable(join_cell_lines(lines[k])) in plain
              else (lines[k][:1] or [""])[0] for k, _ in fresh]
    written = "".join(firsts) + "".join("".join(lines[k][1:]) for k, _ in fresh if comparable(join_cell_lines(lines[k]))
                                        not in plain)
    return print_order([(k, c, lines[k], cell_tops.get(k)) for k, c in fresh if lines[k]], written, plain)


def write_printed(writer: TextWriter, printed, spans: dict, tail_spans: dict) -> None:
    """The row written line by line as printed: a cell's first line is its span, its other lines its tail."""
    for line in printed:
        for i, piece in enumerate(line):
            if i:
                writer.write("\t")
            start, end = writer.write(piece.text)
            if piece.index == 0:
                spans[piece.key] = (start, end, piece.text)
            else:
                tail_spans.setdefault(piece.key, []).append((start, end, piece.text))
        writer.write("\n")
