"""KPI data in long form: one row per indicator × 区分 (基準値/実績値/目標値) × 年度, pivoted into KPI records.

A KPI data export (XLSX, CSV) often lists its figures as rows, not columns:

    指標名        | 単位 | 区分   | 年度 | 値    | 備考
    観光入込客数  | 万人 | 基準値 | 2019 | 412.5 |
    観光入込客数  | 万人 | 実績値 | 2023 | 356.4 |
    観光入込客数  | 万人 | 目標値 | 2027 | 430   |

The table is known by its cells, not its header words: one column whose cells name a value's role (a 区分 column of
基準値/実績値/目標値, 現状値 where the table has no 基準値), a column of years (Western or era, or the year stands in
the role cell 「実績値（R5）」), a column of values. The rows of one indicator (its name and unit; they need not stand
together) become records the way a yearly series row does (ingest.plans.table_records): one Kpi per year with an
actual, each with the indicator's baseline and target, the latest year last; a year without a row stays missing
(a biennial survey's 2022). Values are read from the cell as the reader gives it (「-312」, 「430」), never
formatted anew: the quote is the rows' own text.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Callable

from ingest.plans.records import Kpi, KpiValue, Source
from ingest.plans.values import computed_progress, has_value, parse_value
from ingest.tables.table import Cell, Table
from ingest.text.normalize import quote_text
from ingest.vocab.eras import is_year_only, year_span
from ingest.vocab.header_words import STARTING_POINT_WORDS
from ingest.vocab.table_words import column_role

_VALUE_ROLES = ("baseline", "actual", "target")
# Header roles of columns that never hold the values of a long-form table (names, codes, units, notes).
_NOT_VALUE_ROLES = ("indicator", "number", "unit", "year", "project", "item", "evaluation", "count", "area")
_CODE = re.compile(r"[A-Za-z0-9\-_.]+")


def _label(text: str) -> str:
    """A cell's text as one line (NFKC, spaces inside Japanese removed)."""
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    return re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", text)


def value_role(text: str) -> tuple[str, int | None]:
    """The role a 区分 cell names and the year it states: 「実績値」 -> (actual, None), 「目標値（R7）」 -> (target, 2025);
    a cell that holds a value or more than a role word -> ("", None)."""
    label = _label(text)
    if not label or len(label) > 14 or has_value(label):
        return "", None
    role = column_role(label)
    rest = re.sub(r"[(（][^()（）]*[)）]", "", label.replace(role.word, "", 1))
    if role.role not in _VALUE_ROLES or len(rest) > 2:
        return "", None   # 「目標を達成」 is a remark, not a 区分; 「中間目標」, 「目標値（R7）」 are
    return role.role, role.year


@dataclass(frozen=True)
class LongColumns:
    """Where a long-form table keeps each part of a row (column indexes; None where it has no such column)."""

    indicator: int
    role: int
    values: tuple[tuple[int, int | None], ...]   # the value columns, each with the year its header names (or None)
    year: int | None
    unit: int | None
    project: int | None
    first_row: int      # the first row of values (rows above it are the header and title rows)
    headers: tuple[str, ...]


def _text(row: tuple[Cell, ...], col: int | None) -> str:
    return _label(row[col].whole) if col is not None and col < len(row) else ""


def long_columns(rows: list[tuple[Cell, ...]]) -> LongColumns | None:
    """The columns of a long-form KPI table (see the module docstring), None when `rows` are not one."""
    width = max((len(r) for r in rows), default=0)
    role_col = None
    for col in range(width):
        cells = [_text(r, col) for r in rows]
        named = [c for c in cells if value_role(c)[0]]
        filled = [c for c in cells if c]
        if len(named) >= 3 and len(named) * 2 >= len(filled) and len({value_role(c)[0] for c in named}) >= 2:
            role_col = col
            break
    if role_col is None:
        return None
    first = next(i for i, r in enumerate(rows) if value_role(_text(r, role_col))[0])
    data = [r for r in rows[first:] if value_role(_text(r, role_col))[0]]
    header_row = next((rows[i] for i in range(first - 1, -1, -1) if _text(rows[i], role_col)), ())
    headers = tuple(_text(header_row, c) for c in range(width))
    roles = [column_role(h) for h in headers]

    def share(col: int, test: Callable[[str], bool]) -> float:
        cells = [_text(r, col) for r in data]
        return sum(1 for c in cells if c and test(c)) / max(1, len(cells))

    others = [c for c in range(width) if c != role_col]
    year_col = next((c for c in others if roles[c].role == "year" and share(c, is_year_only) >= 0.5), None)
    if year_col is None:
        year_col = next((c for c in others if share(c, is_year_only) >= 0.8), None)
    def numeric(t: str) -> bool:
        return has_value(t) and not _CODE.fullmatch(t) or bool(re.fullmatch(r"-?[0-9.,]+", t))

    yearly = [c for c in others if c != year_col and is_year_only(headers[c]) and share(c, numeric) > 0]
    if year_col is None and len(yearly) >= 2:   # 指標｜区分｜R3｜R4｜R5: a year per column, 目標/実績 per row
        values = [(c, year_span(headers[c])[0]) for c in yearly]
    else:
        values = [(c, None) for c in others if c != year_col and roles[c].role not in _NOT_VALUE_ROLES
                  and share(c, numeric) >= 0.6][:1]
    taken = {c for c, _ in values}
    names = [c for c in others if c not in taken and c != year_col and _names(c, data)]
    if not values or not names:
        return None
    indicator = next((c for c in names if roles[c].role == "indicator"), None)
    if indicator is None:
        indicator = next((c for c in names if roles[c].role in ("", "item") and c < role_col), names[0])
    unit = next((c for c in others if roles[c].role == "unit"), None)
    projects = [c for c in others if roles[c].role == "project" and c != indicator]
    return LongColumns(indicator, role_col, tuple(values), year_col, unit, projects[-1] if projects else None, first,
                       headers)


def _names(col: int, data: list[tuple[Cell, ...]]) -> bool:
    """A column of names: its filled cells name something, and it is filled at least on every third row (an
    export may write an indicator's name on its first row only)."""
    cells = [_text(r, col) for r in data]
    filled = [c for c in cells if c]
    return len(filled) * 3 >= len(cells) and sum(map(_is_name, filled)) >= 0.8 * len(filled)


def _is_name(text: str) -> bool:
    """A cell naming something (an indicator), not a code (「N01」), a number or a year."""
    return not _CODE.fullmatch(text) and not has_value(text) and not is_year_only(text) and len(text) >= 2


@dataclass(frozen=True)
class _Figure:
    """One row of a long-form table read: its role, value and the row's cells."""

    role: str
    value: KpiValue
    row: tuple[Cell, ...]
    cells: tuple[Cell, ...]   # what its quote spans: the row, or its name, role and year cell


def _figures(row: tuple[Cell, ...], cols: LongColumns, starting_point_is_baseline: bool, unit: str) -> list[_Figure]:
    """The figures of one row: its value cell, or each year column's cell."""
    role_text = _text(row, cols.role)
    role, role_year = value_role(role_text)
    if role == "actual" and starting_point_is_baseline and any(w in role_text for w in STARTING_POINT_WORDS):
        role = "baseline"
    figures = []
    for col, column_year in cols.values:
        raw = row[col].whole if col < len(row) else ""
        value = parse_value(raw)
        if not role or value.value is None:
            continue   # 「－」 or an empty cell: that year is not reported
        first, last = year_span(_text(row, cols.year)) if cols.year is not None else (column_year, column_year)
        if first is None:
            first, last = (role_year, role_year) if role_year else (value.year, value.year_end)
        cells = (row[cols.indicator], row[cols.role], row[col]) if len(cols.values) > 1 else row
        figures.append(_Figure(role, KpiValue(value.value, value.unit or unit, first, last if last != first else None,
                                              _label(raw), value.qualifier, role_text), row, cells))
    return figures


def _source(doc: str, document_text: str, rows: list[tuple[Cell, ...]]) -> Source | None:
    spans = [(c.start, c.end) for r in rows for c in r if not c.empty and c.end > c.start]
    if not spans:
        return None
    a, b = min(s for s, _ in spans), max(e for _, e in spans)
    return Source(doc, a, b, quote_text(document_text[a:b]))


def long_form_kpis(table: Table, document_text: str, context_at, place_of: Callable[[str], str],
                   split_area: Callable[[str], tuple[str, str]]) -> list[Kpi]:
    """The KPI records of a long-form table (see the module docstring); [] when `table` is not one."""
    rows = list(table.header_rows + table.body_rows)
    cols = long_columns(rows)
    if cols is None:
        return []
    data = rows[cols.first_row:]
    no_baseline = not any(value_role(_text(r, cols.role))[0] == "baseline" for r in data)
    groups: dict[tuple[str, str], list[_Figure]] = {}
    name = unit = ""
    for row in data:
        if _text(row, cols.indicator):   # a blank name (or unit) continues the row above's
            name, unit = _text(row, cols.indicator), _text(row, cols.unit)
        unit = _text(row, cols.unit) or unit
        unit = "" if re.fullmatch(r"[-－−―‐ー]*", unit) else unit
        if name:
            groups.setdefault((name, unit), []).extend(_figures(row, cols, no_baseline, unit))
    kpis = []
    for (indicator, _), figures in groups.items():
        if figures:
            kpis += _records(indicator, figures, table, document_text, cols, context_at, place_of, split_area)
    return sorted(kpis, key=lambda k: k.source.start)


def _records(indicator: str, figures: list[_Figure], table: Table, document_text: str, cols: LongColumns,
             context_at, place_of, split_area) -> list[Kpi]:
    """One indicator's rows as records: one per year with an actual (else one without an actual)."""
    def of(role: str) -> list[_Figure]:
        return sorted((f for f in figures if f.role == role), key=lambda f: f.value.year or 0)

    baselines, actuals, targets = of("baseline"), of("actual"), of("target")
    baseline = baselines[0] if baselines else None
    target = targets[-1] if targets else None
    interim = targets[-2] if len(targets) > 1 else None
    name, area = split_area(indicator)
    # the records of one indicator share its rows as their quote, as a yearly series row's records share the row
    source = _source(table.doc, document_text, [f.cells for f in figures])
    if source is None:
        return []
    context = context_at(source.start)
    project = _text(figures[0].row, cols.project) or context.project
    kpis = []
    for actual in actuals or [None]:
        values = [f.value if f is not None else None for f in (baseline, actual, target)]
        progress = computed_progress(values[1], values[2], values[0])
        kpis.append(Kpi(name, area or context.area or context.region, project, values[0], values[1], values[2],
                        progress, source, "table", place=place_of(indicator) or context.place,
                        outline=context.outline, progress_computed=progress is not None,
                        target_interim=interim.value if interim is not None else None))
    return kpis
