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
from ingest.text.outline import heading_style
from ingest.vocab.header_words import is_header_word

MAX_LABEL_CHARS = 24


def _label_row(line: str) -> tuple[str, int] | None:
    """(label, offset of the content cell) of a row 「label｜content」 (empty cells around the content allowed: a form
    drawn on a grid of narrow columns merges the content over many of them), else None."""
    cells = line.split("\t")
    filled = [j for j, c in enumerate(cells) if c.strip()]
    if len(cells) < 2 or len(filled) != 2 or filled[0] != 0:
        return None
    if len(cells[0].strip()) > MAX_LABEL_CHARS:
        return None
    return cells[0].strip(), sum(len(c) + 1 for c in cells[:filled[1]])


def table_runs(text: str) -> list[list[tuple[int, str]]]:
    """The runs of consecutive tab-separated lines (a table as a reader wrote it), each row with its offset; a row
    whose last cell a PDF wrapped onto lines of its own (「学校教育系施設｜…検討します。」 then 「改築の際は、…。」, the
    table going on below) is the text from the row's start to its last wrapped line."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    runs, run = [], []
    for k, (pos, line) in enumerate(lines):
        if "\t" in line:
            run.append((pos, line))
        elif run and _wraps_cell(run[-1][1], line) and _table_resumes(lines, k, run[-1][1].count("\t")):
            start = run[-1][0]
            run[-1] = (start, text[start:pos + len(line)])
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


_NOT_WRAPPED = re.compile(r"^\s*(?:[※■□◆◇●○【\[＜<〈]|注\s*[0-9０-９]?[.．:：\s])")


def _wraps_cell(row: str, line: str) -> bool:
    """Whether a line without cells may be the rest of the row's last cell: both prose, the line no heading or note."""
    stripped = line.strip()
    return bool(stripped) and _prose(row.split("\t")[-1]) and len(stripped) >= 6 and _prose(stripped) \
        and not _NOT_WRAPPED.match(stripped) and heading_style(stripped) is None


def _table_resumes(lines: list[tuple[int, str]], k: int, tabs: int) -> bool:
    """Whether the table goes on after line k (past more wrapped lines): the next line with cells has as many."""
    for _, line in lines[k + 1:k + 6]:
        if "\t" in line:
            return line.count("\t") == tabs
        if not line.strip() or heading_style(line.strip()) is not None:
            return False
    return False


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
    named = [(line, row) for line, row in rows if _NAME_LABEL.search(row[0])]
    if named:
        return named[0][0][named[0][1][1]:].split("\t")[0].strip()
    if rows and rows[0][0] == run[0][1] and not is_label(rows[0][1][0]):
        return run[0][1][rows[0][1][1]:].split("\t")[0].strip()
    return ""


def label_cells(text: str, is_label) -> list[LabelCell]:
    """Every row of a two-column table of labels whose label `is_label` takes for a block label: a table that is all
    labels, or the rows of labels a form prints below a table of columns on one sheet (「３ 施策の評価」 under the
    事務事業 table: 「課題｜…」「今後の方向性｜…」), headed by the name the form gives above them."""
    found = []
    for run in table_runs(text):
        if _label_row(run[0][1]) is not None:
            segments = [(run, _title(run, is_label) or _form_title(text, run[0][0]), False)]
        else:
            segments = [(rows, _title(rows, is_label) or _form_title(text, rows[0][0]), True)
                        for rows in _label_segments(run, is_label)]
        for rows, title, prose_only in segments:
            found += _segment_cells(text, rows, title, is_label, prose_only)
    return found


def _segment_cells(text: str, rows: list[tuple[int, str]], title: str, is_label, prose_only: bool) -> list[LabelCell]:
    """The label cells of consecutive rows of labels (`prose_only`: rows inside a larger table, whose content must
    be a sentence or phrase, never a figure)."""
    found = []
    for k, (start, line) in enumerate(rows):
        row = _label_row(line)
        if row is None or not is_label(row[0]):
            continue
        content = line[row[1]:].split("\t")[0]
        a = start + row[1] + len(content) - len(content.lstrip())
        b = start + row[1] + len(content.rstrip())
        if not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", content) or (prose_only and not _prose(content)):
            continue   # a figure or page number (a contents row 「２ 予算編成の基本的な考え方｜2」) is no block's text
        context = " ".join(l for _, l in rows[:k]).replace("\t", " ")
        found.append(LabelCell(row[0], start + len(line) - len(line.lstrip()), a, b, title, context, rows[0][0]))
    return found


def _label_segments(run: list[tuple[int, str]], is_label) -> list[list[tuple[int, str]]]:
    """The stretches of a table's rows that are 「label｜content」 rows (empty rows between them allowed) and hold a
    block label: a form's labelled rows below a table of columns on the same sheet."""
    segments, current = [], []
    for start, line in run:
        if _label_row(line) is not None:
            current.append((start, line))
        elif current and not line.strip():
            current.append((start, line))
        else:
            segments.append(current)
            current = []
    segments.append(current)
    return [rows for rows in segments if any((row := _label_row(l)) and is_label(row[0]) for _, l in rows)]


FORM_LOOKBACK_CHARS = 2500
_SECTION_MARK = re.compile(r"^\s*■")


def _form_title(text: str, table_start: int) -> str:
    """The name a form gives above a table of labels (「施策名｜商工業の振興」 in a row 「施策番号｜4-1｜施策名｜…」),
    looked for back to the sheet's or section's ■ line: what the labelled rows are about; "" when none stands there."""
    above = text[max(0, table_start - FORM_LOOKBACK_CHARS):table_start].split("\n")
    for line in reversed(above):
        if _SECTION_MARK.match(line):
            break
        cells = [c.strip() for c in line.split("\t")]
        for j, cell in enumerate(cells[:-1]):
            if cell and len(cell) <= 8 and _NAME_LABEL.search(cell):
                value = next((c for c in cells[j + 1:] if c), "")
                if value and not _NAME_LABEL.search(value) and not is_header_word(re.sub(r"[(（].*$", "", value)):
                    return value   # 「事務事業名｜担当課｜…」 is a table's header row, not a name
    return ""


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
