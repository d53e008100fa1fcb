"""Labelled blocks of a two-column table whose left cells are labels: 「課題｜…」「今後の方向性｜拡充 …」.

An evaluation sheet (事務事業評価シート) or a project card prints one table per 事業: the label in the left cell
(事業名, 事業の目的, 課題, 今後の方向性) and its content in the right one, a cell of several paragraphs read as one
line. A row whose label is a block label (ingest.text.blocks.label_kinds) is a block of that kind; its item is the
content cell. The table is what the block is about: its first row (「事業名｜地域子育て支援拠点事業」) names it, so
the block is headed by that name, and its rows up to the label are the words a question names the 事業 by — never
the rows of the next 事業's table, so 「〇〇事業の課題は？」 is answered by the 課題 of that 事業.

A table may set the labels as its header instead (「区分｜現況と問題点｜その対策」): each row's cell under a label
column is a block of that kind, headed by the row's first cell (「交通施設の整備…」), so 「交通の問題点と対策は？」 is
answered by the two cells of the 交通 row.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.text.normalize import quote_text

MAX_LABEL_CHARS = 24


def _label_row(line: str) -> tuple[str, int] | None:
    """(label, offset of the content cell) of a row 「label｜content」 (empty cells after it allowed), else None."""
    cells = line.split("\t")
    filled = [c for c in cells if c.strip()]
    if len(cells) < 2 or len(filled) != 2 or not cells[0].strip() or not cells[1].strip():
        return None
    if len(cells[0].strip()) > MAX_LABEL_CHARS:
        return None
    return cells[0].strip(), len(cells[0]) + 1


def table_runs(text: str) -> list[list[tuple[int, str]]]:
    """The runs of consecutive tab-separated lines (a table as a reader wrote it), each line with its offset."""
    runs, run, pos = [], [], 0
    for line in text.split("\n"):
        if "\t" in line:
            run.append((pos, line))
        elif run:
            runs.append(run)
            run = []
        pos += len(line) + 1
    if run:
        runs.append(run)
    return runs


@dataclass(frozen=True)
class LabelCell:
    """One 「label｜content」 row of a table of labels: the label, the content cell's span, what the table is about."""

    label: str
    label_start: int
    start: int          # the content cell's span in the document's text
    end: int
    title: str          # the content of the table's first row when that row is no label (the 事業名), else ""
    context: str        # the table's rows above this one, cells joined by spaces
    table_start: int


_NAME_LABEL = re.compile(r"名(?:称)?$")


def _title(run: list[tuple[int, str]], is_label) -> str:
    """What a table of labels is about: the content of its name row (「事業名」「事業名称」「施策名」), else of its
    first row when that is no block label; "" when neither."""
    rows = [(line, row) for _, line in run for row in (_label_row(line),) if row]
    named = [line for line, row in rows if _NAME_LABEL.search(row[0])]
    if named:
        return named[0].split("\t")[1].strip()
    if rows and rows[0][0] == run[0][1] and not is_label(rows[0][1][0]):
        return run[0][1].split("\t")[1].strip()
    return ""


def label_cells(text: str, is_label) -> list[LabelCell]:
    """Every row of a two-column table of labels whose label `is_label` takes for a block label."""
    found = []
    for run in table_runs(text):
        first = _label_row(run[0][1])
        if first is None:
            continue   # a table of columns (a header row above its data rows), not one of labels
        title = _title(run, is_label)
        for k, (start, line) in enumerate(run):
            row = _label_row(line)
            if row is None or not is_label(row[0]):
                continue
            content = line.split("\t")[1]
            a = start + row[1] + len(content) - len(content.lstrip())
            b = start + row[1] + len(content.rstrip())
            if not quote_text(text[a:b]):
                continue
            context = " ".join(l for _, l in run[:k]).replace("\t", " ")
            found.append(LabelCell(row[0], start + len(line) - len(line.lstrip()), a, b, title, context, run[0][0]))
    return found


MIN_PROSE_CHARS = 12
_NAME_HEADER = re.compile(r"名(?:称)?(?:[(（][^)）]*[)）])?$")


def _prose(cell: str) -> bool:
    """A cell of text (a sentence or phrase), not a figure or a mark: what a labelled column holds."""
    letters = re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]", cell)
    return len(cell.strip()) >= MIN_PROSE_CHARS and len(letters) * 2 >= len(cell.strip())


def column_cells(text: str, is_label) -> list[LabelCell]:
    """Every text cell under a header cell that `is_label` takes for a block label, in a table whose first column
    names its rows (「区分｜現況と問題点｜その対策」): the row's first cell is what the block is about."""
    found = []
    for run in table_runs(text):
        head_start, head = run[0]
        headers = head.split("\t")
        if len(headers) < 2 or not headers[0].strip() or is_label(headers[0].strip()):
            continue
        columns = [j for j, h in enumerate(headers) if j and h.strip() and is_label(h.strip())]
        offsets = [sum(len(h) + 1 for h in headers[:j]) for j in range(len(headers))]
        # the row's name: its 事業名 / 施策名 cell where the table has one, else its first cell
        named = next((j for j, h in enumerate(headers) if j not in columns and _NAME_HEADER.search(h)), 0)
        for start, line in run[1:]:
            cells = line.split("\t")
            name = cells[named].strip() if named < len(cells) else ""
            if not name:
                continue
            about = " ".join(c.strip() for j, c in enumerate(cells) if j not in columns and c.strip())
            for j in columns:
                if j >= len(cells) or not _prose(cells[j]):
                    continue
                a = start + sum(len(c) + 1 for c in cells[:j])
                content = cells[j]
                a, b = a + len(content) - len(content.lstrip()), a + len(content.rstrip())
                if not quote_text(text[a:b]):
                    continue
                label = headers[j].strip()
                label_start = head_start + offsets[j] + len(headers[j]) - len(headers[j].lstrip())
                found.append(LabelCell(label, label_start, a, b, name, about, head_start))
    return found
