"""KPI records from label｜value blocks: a sheet or form that writes each indicator down its label column.

    成果指標①            | 観光入込客数
    単位                  | 万人
    基準値（平成30年度）  | 142.6
    実績値（令和5年度）   | 131.8
    目標値（令和7年度）   | 160

A row whose label is an indicator word (成果指標, 指標名 …, ingest.vocab.header_words) opens a block; the rows under
it whose labels are value words (基準値, 実績値, 目標値, 現状値, their year in the label or in a 目標年度 row), 単位
or 達成度 fill it; any other label closes it. Where the indicator row names several indicators side by side
(labels down the first column, one indicator per column), each column is a block of its own. A block with no value
gives no record.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Callable

from ingest.plans.records import Kpi, KpiValue, Source
from ingest.plans.values import computed_progress, has_value, parse_progress, parse_value
from ingest.tables.table import Cell, Table
from ingest.text.normalize import quote_text
from ingest.vocab.eras import year_span
from ingest.vocab.header_words import GRADE_LABELS, GRADE_MAX_CHARS, STARTING_POINT_WORDS
from ingest.vocab.table_words import ColumnRole, column_role

_FILLING = ("baseline", "actual", "target", "unit", "progress", "year")


def _label(text: str) -> str:
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    return re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", text)


@dataclass
class _Block:
    """One indicator being read: its name cell, the values found so far and the cells they stand in."""

    name: Cell
    values: dict[str, KpiValue] = field(default_factory=dict)
    unit: str = ""
    progress: float | None = None
    grade: str = ""
    cells: list[Cell] = field(default_factory=list)


def _row_label(row: tuple[Cell, ...]) -> tuple[int, ColumnRole] | None:
    """The first filled cell of a row as a label (its column and role), None when it holds a value."""
    col = next((i for i, c in enumerate(row) if not c.empty), None)
    if col is None:
        return None
    text = _label(row[col].whole)
    role = column_role(text)
    if len(text) > 24:
        return None
    if role.role == "indicator" and re.fullmatch(r"[0-9]{0,2}", text[text.find(role.word) + len(role.word):]):
        return col, role   # 「成果指標①」, 「指標2」: a numbered indicator label
    return None if has_value(row[col].whole) else (col, role)


def _value_cells(row: tuple[Cell, ...], after: int) -> list[tuple[int, Cell]]:
    """The filled cells right of the label (a merged cell once)."""
    seen, cells = set(), []
    for i in range(after + 1, len(row)):
        cell = row[i]
        if not cell.empty and (cell.start, cell.end) not in seen:
            seen.add((cell.start, cell.end))
            cells.append((i, cell))
    return cells


def _fill(block: _Block, role: ColumnRole, cell: Cell) -> None:
    text = cell.whole
    if role.role == "unit":
        block.unit = _label(text)
    elif role.role == "progress":
        block.progress = parse_progress(text)
    elif role.role == "year":
        first, last = year_span(_label(text))
        of = role.of or "target"
        if first and of in block.values:
            block.values[of] = replace(block.values[of], year=first, year_end=last if last != first else None)
    else:
        value = parse_value(text)
        if value.value is None:
            return
        if value.year is None and role.year is not None:
            value = replace(value, year=role.year, year_end=role.year_end)
        # 「現状値」 is the starting point where the block gives no 基準値, else the latest actual beside 実績値
        key = "current" if role.role == "actual" and role.word in STARTING_POINT_WORDS else role.role
        block.values[key] = replace(value, raw=_label(text), column=role.header)
    block.cells.append(cell)


def block_kpis(table: Table, document_text: str, context_at, place_of: Callable[[str], str],
               split_area: Callable[[str], tuple[str, str]]) -> list[Kpi]:
    """The KPI records of the label｜value blocks of `table` (see the module docstring)."""
    open_blocks: dict[int, _Block] = {}
    done: list[_Block] = []
    for row in table.header_rows + table.body_rows:
        labelled = _row_label(row)
        role = labelled[1] if labelled else None
        if role is not None and role.role == "indicator":
            done += open_blocks.values()
            open_blocks = {i: _Block(c) for i, c in _value_cells(row, labelled[0])
                           if not has_value(c.whole) and len(_label(c.whole)) >= 2}
            continue
        if role is not None and role.role == "evaluation" and _label(row[labelled[0]].whole) in GRADE_LABELS:
            for col, cell in _value_cells(row, labelled[0]):   # 「評価｜Ｂ｜Ａ｜Ｄ」 under the blocks it grades
                block = open_blocks.get(col) or (next(iter(open_blocks.values())) if len(open_blocks) == 1 else None)
                if block is not None and len(cell.whole.strip()) <= GRADE_MAX_CHARS and not has_value(cell.whole):
                    block.grade = cell.whole.strip()
                    block.cells.append(cell)
            continue
        if role is None or role.role not in _FILLING:
            done += open_blocks.values()
            open_blocks = {}
            continue
        cells = dict(_value_cells(row, labelled[0]))
        for col, block in open_blocks.items():
            cell = cells.get(col) or (next(iter(cells.values())) if len(open_blocks) == 1 and cells else None)
            if cell is not None:
                _fill(block, role, cell)
    done += open_blocks.values()
    return [k for b in done for k in [_record(b, table, document_text, context_at, place_of, split_area)] if k]


def _record(block: _Block, table: Table, document_text: str, context_at, place_of, split_area) -> Kpi | None:
    values = dict(block.values)
    if not values:
        return None
    if "current" in values:
        values.setdefault("baseline" if "baseline" not in values else "actual", values["current"])
        del values["current"]
    if block.unit and not re.fullmatch(r"[-－−―‐ー]*", block.unit):
        values = {k: v if v.unit else replace(v, unit=block.unit) for k, v in values.items()}
    cells = [block.name] + block.cells
    a = min(c.start for c in cells)
    b = max(c.end for c in cells)
    source = Source(table.doc, a, b, quote_text(document_text[a:b]))
    context = context_at(a)
    indicator = _label(block.name.whole)
    name, area = split_area(indicator)
    baseline, actual, target = values.get("baseline"), values.get("actual"), values.get("target")
    progress, computed = block.progress, False
    if progress is None:
        progress = computed_progress(actual, target, baseline)
        computed = progress is not None
    return Kpi(name, area or context.area or context.region, context.project, baseline, actual, target, progress,
               source, "table", place=place_of(indicator) or context.place, outline=context.outline,
               progress_computed=computed, grade=block.grade)
