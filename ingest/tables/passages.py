"""Passages from a table: groups of whole rows, with the column headers in the search text.

Display text is the document's own span (rows one a line, never a row split or joined with its
neighbour); the search text carries the caption, the unit note and each row with its cells joined
by 「｜」 and values named by their column, as
「短期移住体験者数｜現状値(2014年度) 9人(延べ243日)｜目標値(2019年度) 年12人(延べ300日)」, so a
question naming a column (現状値, 目標値, 予算額) finds the row, and every passage of a table cut
into several keeps its meaning. A passage names each column once (at its first value).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.tables.build import has_value_number
from ingest.tables.table import Cell, Table
from ingest.text.normalize import display_text, normalize_query
from ingest.vocab.quantities import value_quantities

ROW_SEPARATOR = "｜"


@dataclass(frozen=True)
class TablePiece:
    """A run of rows (or, for a row longer than a passage, a run of its cells) with its source span."""

    start: int
    end: int
    labelled: str        # search form: rows labelled with their column headers, one a line


def _cell_end(cell: Cell) -> int:
    return cell.tail_spans[-1][1] if cell.tail_spans else cell.end


_YEAR = re.compile(r"(?:19|20)[0-9]{2}")   # a year as a row's label (「2024｜…」) stays its label


def _value_only(text: str) -> bool:
    """A cell that is one value and nothing else (「4,860,000」): a row whose first cell is so has no label of its own
    (a card's 予算現額｜決算額 row under its 事業名), so that value is named by its column like the others."""
    found = value_quantities(text)
    return len(found) == 1 and found[0].raw.strip() == text.strip() and not _YEAR.fullmatch(text.strip())


def labelled_cells(table: Table, row: tuple[Cell, ...], named: set[str] | None = None) -> list[str]:
    """The row's cells, merged cells once; a cell holding a number is prefixed with its column
    header (「現状値(2014年度) 9人」): a number means nothing without it, while a name or a sentence
    reads on its own. With `named`, a header already named in the passage is not repeated: a
    passage names each column once, at its first value, so header words do not outweigh the rows'
    own words in search."""
    headers = table.column_headers()
    # a row of values only (no cell of words: a card's 予算現額｜決算額 row) names its first value by its column too
    unlabelled = all(_value_only(" ".join(c.whole.split())) for c in row if not c.empty)
    out: list[str] = []
    seen: set[int] = set()
    for col, cell in enumerate(row):
        if cell.empty or id(cell) in seen:
            continue
        seen.add(id(cell))
        value = " ".join(cell.whole.split())
        header = headers[col] if col < len(headers) else ""
        labelled = (out or unlabelled) and header and header != value and has_value_number(value) and \
            (named is None or header not in named)
        if labelled and named is not None:
            named.add(header)
        out.append(f"{header} {value}" if labelled else value)
    return out


def table_pieces(text: str, table: Table, target_chars: int, max_chars: int) -> list[TablePiece]:
    """Rows grouped up to `target_chars` of display text; the header rows go with the first group."""
    rows = list(table.body_rows) or list(table.header_rows)
    pieces: list[TablePiece] = []
    group: list[tuple[int, int, str]] = []

    named: set[str] = set()

    def flush() -> None:
        if group:
            pieces.append(TablePiece(group[0][0], group[-1][1], "\n".join(g[2] for g in group)))
            group.clear()
            named.clear()

    above: tuple[Cell, ...] = ()
    for i, row in enumerate(rows):
        filled = [c for c in row if not c.empty]
        if not filled:
            continue
        labelled_row = _filled_down(row, above)
        above = labelled_row
        start = _line_start(text, table.start if i == 0 else min(c.start for c in filled))
        end = _line_end(text, max(_cell_end(c) for c in filled))
        size = len(display_text(text[start:end]))
        if size > max_chars:
            flush()
            pieces.extend(_long_row(text, table, labelled_row, start, max_chars))
            continue
        if group and size + len(display_text(text[group[0][0]:group[-1][1]])) > target_chars:
            flush()
        # a row with an empty cell cannot be read by position under the header row: each value names its column
        gap = any(c.empty for c in labelled_row)
        group.append((start, end, ROW_SEPARATOR.join(labelled_cells(table, labelled_row, None if gap else named))))
    flush()
    return pieces


def _line_start(text: str, pos: int) -> int:
    """The start of the line `pos` is on, past its indentation: a row's span is its whole line."""
    start = text.rfind("\n", 0, pos) + 1
    while start < pos and text[start] in " \u3000":
        start += 1
    return start


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    while end > pos and text[end - 1] in " \u3000\t":
        end -= 1
    return end


def _filled_down(row: tuple[Cell, ...], above: tuple[Cell, ...]) -> tuple[Cell, ...]:
    """Leading empty cells take the cell above (a merged 「地域区分」 printed once), for the search form only."""
    lead = 0
    while lead < len(row) - 1 and row[lead].empty and lead < len(above) and not above[lead].empty:
        lead += 1
    if not lead or all(c.empty for c in row[lead:]):
        return row
    return tuple(above[:lead]) + tuple(row[lead:])


def _long_row(text: str, table: Table, row: tuple[Cell, ...], start: int, max_chars: int) -> list[TablePiece]:
    """A row longer than a passage (whole paragraphs in its cells): runs of cells, each labelled."""
    labels = labelled_cells(table, row)
    cells = list(dict.fromkeys(c for c in row if not c.empty))
    lead = labels[0] if labels else ""
    pieces: list[TablePiece] = []
    run: list[tuple[Cell, str]] = []
    for cell, label in zip(cells, labels):
        if run and _cell_end(cell) - run[0][0].start > max_chars:
            pieces.append(_cells_piece(run, lead))
            run = []
        run.append((cell, label))
    if run:
        pieces.append(_cells_piece(run, lead))
    if pieces and pieces[0].start > start:
        pieces[0] = TablePiece(start, pieces[0].end, pieces[0].labelled)
    return pieces


def _cells_piece(run: list[tuple[Cell, str]], lead: str) -> TablePiece:
    labels = [label for _, label in run]
    if lead and labels[0] != lead:
        labels.insert(0, lead)
    return TablePiece(run[0][0].start, max(_cell_end(c) for c, _ in run), ROW_SEPARATOR.join(labels))


def table_search_text(title: str, section: str, table: Table, piece: TablePiece) -> str:
    """The search form of a table piece: title, heading path, caption and unit note, labelled rows (NFKC)."""
    heading = " ".join(x for x in (table.caption, table.unit_note) if x)
    return "\n".join(normalize_query(x) for x in (title, section, heading, *piece.labelled.split("\n")) if x)
