"""KPI records from tables (ingest.tables.table.Table), column roles read from the header words, and the cell
readers the table records share (ingest.plans.budget_tables reads the budget tables).

A KPI table is one whose headers name baseline/actual/target (or progress with an indicator); each body row
with an indicator and a value is one Kpi.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Callable

from ingest.plans.comparison_tables import comparison_roles
from ingest.vocab.value_questions import ANNUAL_WORDS
from ingest.vocab.eras import YEAR_PATTERN, era_year, is_date, year_span
from ingest.vocab.header_words import EVALUATED_YEAR_WORDS, INDICATOR_NAME_ENDINGS, STARTING_POINT_WORDS
from ingest.vocab.quantities import read_quantities
from ingest.vocab.units import unit_note_word, unit_of
from ingest.plans.grouped_rows import group_column, grouped_names, resolved_names
from ingest.plans.records import Kpi, KpiValue
from ingest.plans.row_sources import own_cells, row_source
from ingest.vocab.table_words import (ColumnRole, column_role, column_roles, is_budget_table, is_kpi_table,
                                year_value_roles)
from ingest.tables.build import is_header_word_cell
from ingest.tables.table import Cell, Table
from ingest.plans.values import clean, computed_progress, has_value, is_value_cell, parse_progress, parse_value



@dataclass(frozen=True)
class RowContext:
    """What a record takes from where it stands: its project, outline, area/region and place."""

    project: str = ""
    outline: tuple[str, ...] = ()
    area: str = ""
    region: str = ""
    place: str = ""
    item: str = ""     # the 事業 a 事業評価シート is about (its tables' rows name none)


# context_at(source offset) -> RowContext; place_of(indicator or item text) -> a place key the row names, or ""
ContextAt = Callable[[int], RowContext]


def cell_label(text: str) -> str:
    """A cell's text as one line: NFKC, line breaks inside Japanese joined, runs of spaces made one."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"(?<=[^\x00-\x7f])\s*\n\s*(?=[^\x00-\x7f])", "", text)
    text = " ".join(text.split())
    return re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", text)   # as ingest.text.normalize does for Japanese


def whole_text(cell: Cell) -> str:
    """A cell's full text, wrapped lines included (Cell.whole where the reader gives it)."""
    return getattr(cell, "whole", cell.text)


def header_and_body(table: Table) -> tuple[list[str], tuple[tuple[Cell, ...], ...], str]:
    """Column labels, body rows, and the text of any rows above the header (title and 単位 rows of a CSV)."""
    if table.header_rows:
        headers = table.column_headers()
        if any(column_role(h).role for h in headers):
            return headers, table.body_rows, ""
    # no header row found by the reader (or one without role words): title rows above a header are common in
    # CSV/XLSX exports, so the header is the first of the top rows whose words give columns their roles
    rows = table.body_rows
    for i, row in enumerate(rows[:6]):
        labels = [cell_label(c.text) for c in row]
        if any(_has_number(t) or t.endswith("。") for t in labels):
            continue   # 「観光入込客数｜基準値7,519千人…」 is a row of values, 「(2)歳出予算款別比較」 a heading, 「…目標を上回った。」 prose
        roles = column_roles(labels)
        if is_kpi_table(roles) or is_budget_table(roles) or comparison_roles(roles, labels) is not None:
            return labels, rows[i + 1:], "\n".join(" ".join(c.text for c in r) for r in rows[:i])
    return [], rows, ""   # no header: the rows are read as lines (ingest.plans.kpi_lines)


def _has_number(label: str) -> bool:
    """A number other than a year or date (a value, or a numbering 「(2)」 「第2号」): not a header's label."""
    return any(q.kind not in ("year", "date") for q in read_quantities(label))


def _unit_note(table: Table, before: str) -> str:
    """A general unit (「（単位：人）」) the table states for values that carry none."""
    for text in (table.unit_note, table.caption, before):
        word = unit_note_word(text or "")
        if word:
            return word
    return ""


_LAST_BRACKET = re.compile(r"[(（]\s*([^()（）]{1,8}?)\s*[)）]\s*$")


def _without_unit(indicator: str) -> str:
    """The indicator less the closing bracket that names its unit (「肥満者の割合（％）」 -> 肥満者の割合)."""
    return _LAST_BRACKET.sub("", indicator).rstrip() if _named_unit(indicator) else indicator


def _named_unit(indicator: str) -> str:
    """The unit an indicator names in its closing bracket (「太陽光発電設備の導入容量（kW）」 -> kW, under a 「指標（単位）」
    head): its values' unit, where the row has no unit cell; "" when the bracket names something else."""
    m = _LAST_BRACKET.search(indicator)
    # 「出生数（年間）」: a bracket saying per year is no unit of the values
    return m.group(1) if m and unit_of(m.group(1)) is not None and m.group(1) not in ANNUAL_WORDS else ""


def _with_defaults(value: KpiValue, role: ColumnRole, unit: str) -> KpiValue:
    """A cell's value completed by its column: the header's year, the unit column or unit note."""
    changes = {"column": role.header}
    if value.year is None and role.year is not None:
        changes.update(year=role.year, year_end=role.year_end)
    if not value.unit and unit and value.value is not None:
        changes["unit"] = unit
    return replace(value, **changes)


def kpis_from_table(table: Table, document_text: str, context_at: ContextAt, place_of: Callable[[str], str],
                    split_area: Callable[[str], tuple[str, str]], before: str = "") -> list[Kpi]:
    """One Kpi per body row that names an indicator and holds a value (see the module docstring)."""
    headers, body, preamble = header_and_body(table)
    before = "\n".join(t for t in (before, preamble) if t)
    roles = year_value_roles(column_roles(headers))
    if not is_kpi_table(roles):
        return []
    roles = _evaluated_year(roles, f"{table.caption}\n{before}")
    indicator_col = next((i for i, r in enumerate(roles) if r.role == "indicator"), None)
    if indicator_col is None:
        indicator_col = next((i for i, r in enumerate(roles) if r.role in ("", "item", "project")
                              and not _holds_figures(body, i)), None)
    if indicator_col is None:
        return []
    roles = _starting_point(roles)
    unit_col = next((i for i, r in enumerate(roles) if r.role == "unit"), None)
    note_unit = _unit_note(table, before)
    year_cols = [i for i, r in enumerate(roles) if r.role == "year"]
    unit_row_col = _unit_row_column(roles, indicator_col)
    kpis = []
    value_roles = ("baseline", "actual", "target", "progress", "year", "unit")
    named = continued_indicators(body, indicator_col, {i for i, r in enumerate(roles) if r.role in value_roles})
    raws = resolved_names([continued or (whole_text(row[indicator_col]) if indicator_col < len(row) else "")
                           for row, continued in zip(body, named)])
    group_col = group_column(headers, {indicator_col} | {i for i, r in enumerate(roles) if r.role})
    groups = [cell_label(whole_text(row[group_col])) if group_col is not None and group_col < len(row) else ""
              for row in body]
    grouped = grouped_names(raws, groups, _without_unit)
    for row, raw_indicator, group_name in zip(body, raws, grouped):
        if indicator_col >= len(row) or _spans_the_row(row):
            continue
        indicator = cell_label(group_name or raw_indicator)
        if not indicator or is_date(indicator) or re.fullmatch(r"[0-9,.\s()①-⑳]+", indicator) \
                or raw_indicator.lstrip().startswith(("※", "＊", "*")):   # a note under the table, no indicator
            continue
        unit = cell_label(row[unit_col].text) if unit_col is not None and unit_col < len(row) \
            else _named_unit(raw_indicator) or note_unit
        unit = "" if re.fullmatch(r"[-－−―‐ー\s]*", unit) else unit   # 「－」 in a unit column: no unit
        found: dict[str, KpiValue] = {}
        value_cols: set[int] = set()
        actuals: list[KpiValue] = []   # every actual of the row: a yearly series (「実績値の推移」 R2｜R3｜R4) has several
        targets: list[KpiValue] = []   # stepwise targets (令和8年｜令和10年｜令和12年): each, for a question naming its year
        progress = None
        spans: set[tuple[int, int]] = set()   # a merged cell repeated over its columns is read once
        for i, role in enumerate(roles):
            if i >= len(row) or i == indicator_col or row[i].empty or (row[i].start, row[i].end) in spans:
                continue
            spans.add((row[i].start, row[i].end))
            if role.role == "progress":
                progress = parse_progress(row[i].text) if has_value(row[i].text) or "%" in clean(row[i].text) else None
                value_cols.add(i)
            elif role.role in ("baseline", "actual", "target") and has_value(row[i].text):
                # the whole cell: a two-line cell prints its year under the figure (「41.2億円」 over 「（令和４年）」)
                value = _with_defaults(parse_value(whole_text(row[i])), role, unit)   # the last column of a role wins
                if role.role == "target":
                    targets.append(value)
                if role.role == "actual":
                    actuals.append(value)
                found[role.role] = value
                value_cols.add(i)
        if not found:
            continue
        actuals = _last_year_as_baseline(found, actuals)
        for col in year_cols:   # 目標年次 (the target's year), or 「年度」 under a 基準値/実績値/目標値 group
            # a bare 「年度」 column is the year of the value column just left of it (「ベースライン｜年度｜直近値｜年度」)
            left = roles[col - 1].role if col > 0 else ""
            of = roles[col].of or (left if left in ("baseline", "actual", "target") else "target")
            if of in found and col < len(row) and not row[col].empty:
                first, last = year_span(whole_text(row[col]))
                if first:
                    found[of] = replace(found[of], year=first, year_end=last if last != first else None)
        source = row_source(table.doc, document_text, own_cells(row, {indicator_col, *value_cols}))
        if source is None:
            continue
        context = context_at(source.start)
        name, area = split_area(indicator)
        place = place_of(indicator) or context.place
        project = cell_label(whole_text(row[unit_row_col])) if unit_row_col is not None and unit_row_col < len(row) else ""
        # a yearly series gives one record per year with an actual (the latest last), so a question about one
        # year finds that year's record; the progress the row states belongs to its latest actual only
        series = actuals if len({v.year for v in actuals}) == len(actuals) > 1 else [found.get("actual")]
        for k, actual in enumerate(series):
            stated = progress if k == len(series) - 1 else None
            computed = False
            if stated is None:
                stated = computed_progress(actual, found.get("target"), found.get("baseline"))
                computed = stated is not None
            kpis.append(Kpi(name, area or context.area or context.region, project or context.project,
                            found.get("baseline"), actual, found.get("target"), stated, source, "table", place=place,
                            outline=context.outline, progress_computed=computed, target_interim=targets[-2] if len(targets) > 1 else None,
                            targets=tuple(targets) if len(targets) > 1 else ()))
    return kpis


_EVALUATED = re.compile(rf"({YEAR_PATTERN})\s*(?:の)?(?:{'|'.join(EVALUATED_YEAR_WORDS)})")


def _evaluated_year(roles: list[ColumnRole], title: str) -> list[ColumnRole]:
    """The 目標値 and 実績値 columns without a year, dated by the year whose work the title says is graded
    (「（令和５年度実施事業）」); the roles as they are where it names none or a column prints its own."""
    m = _EVALUATED.search(unicodedata.normalize("NFKC", title))
    dated = [r for r in roles if r.role in ("actual", "target")]
    if not m or not dated or any(r.year is not None for r in dated):
        return roles
    year = era_year(m.group(1))
    return [replace(r, year=year) if r.role in ("actual", "target") else r for r in roles]


def _last_year_as_baseline(found: dict[str, KpiValue], actuals: list[KpiValue]) -> list[KpiValue]:
    """「令和５年度実績｜令和６年度目標｜令和６年度実績」 (a 成果説明書): the year before's actual, beside a target and an
    actual of one later year and no 基準値, is the starting point the year is measured from. The actuals left."""
    if "baseline" in found or len(actuals) != 2 or "target" not in found:
        return actuals
    before, latest = actuals
    if before.year and latest.year and before.year < latest.year == found["target"].year:
        found["baseline"] = before
        return [latest]
    return actuals


def _group_text(row: tuple[Cell, ...], skip: set[int]) -> str:
    """The row's own words outside the indicator and value columns (「成人女性」, 「40〜74歳」)."""
    return " ".join(cell_label(whole_text(c)) for i, c in enumerate(row)
                    if i not in skip and not c.empty and not has_value(c.text) and cell_label(whole_text(c)))


def continued_indicators(body, indicator_col: int, value_cols: set[int]) -> list[str]:
    """Indicator names for rows that print none: a row with values under a row naming an indicator (「成人男性
    33.8％ 40.0％」 then 「成人女性 26.4％ 35.0％」) continues that indicator for its own group, and the first row of
    such a group is named by its group too (「運動習慣のある人の割合（成人男性）」). A row's own text that reads as an
    indicator (「…受診率」, set in another column by the reader) is its indicator. "" where the row names its own."""
    names = [""] * len(body)
    skip = {indicator_col, *value_cols}
    lead = -1
    for k, row in enumerate(body):
        has_values = any(i < len(row) and not row[i].empty and has_value(row[i].text) for i in value_cols)
        own = indicator_col < len(row) and cell_label(whole_text(row[indicator_col]))
        if own or not has_values:
            lead = k if own and has_values else -1
            continue
        group = _group_text(row, skip)
        if not group or lead < 0:
            continue
        if group.split()[-1].endswith(INDICATOR_NAME_ENDINGS):
            names[k], lead = group.split()[-1], -1   # an indicator of its own, printed in another column
            continue
        base = cell_label(whole_text(body[lead][indicator_col]))
        names[k] = f"{base}（{group}）"
        first = [c for i, c in enumerate(body[lead]) if i > indicator_col and i not in skip and not c.empty
                 and not has_value(c.text)]
        if first and not names[lead]:
            names[lead] = f"{base}（{cell_label(whole_text(first[0]))}）"
    return names


def _holds_figures(body, col: int) -> bool:
    """Every filled cell of the column is one value (「905（R2）」): a column of figures its header fails to name (a
    header line the reader set over another column), never the indicator's."""
    cells = [whole_text(row[col]) for row in body if col < len(row) and not row[col].empty]
    return bool(cells) and all(is_value_cell(c) for c in cells)


def _starting_point(roles: list[ColumnRole]) -> list[ColumnRole]:
    """「現状値」 in a table with no 基準値 is the strategy's starting point: the baseline; a year column of it
    (「現状値の年度」) then gives the baseline its year."""
    if any(r.role == "baseline" for r in roles):
        return roles
    roles = [replace(r, role="baseline") if r.role == "actual" and r.word in STARTING_POINT_WORDS else r for r in roles]
    if any(r.role == "actual" for r in roles):
        return roles
    return [replace(r, of="baseline") if r.role == "year" and r.of == "actual" else r for r in roles]


def _spans_the_row(row: tuple[Cell, ...]) -> bool:
    """A row that is one cell merged across the table (a 「基本目標１…」 section line of a sheet): no record."""
    filled = [c for c in row if not c.empty]
    return len(row) > 2 and len(filled) == len(row) and len({(c.start, c.end) for c in filled}) == 1


def _unit_row_column(roles: list[ColumnRole], indicator_col: int) -> int | None:
    """The column naming the 事業 a row is about beside its indicator (a 事務事業評価一覧's 「事業名」): the row's
    KPI belongs to that 事業."""
    return next((i for i, r in enumerate(roles) if r.role == "item" and i != indicator_col
                 and re.search(r"事業|施策|取組", r.word)), None)


def names_units(table: Table) -> bool:
    """True when a budget/evaluation table's item column names 事業 (「事業名」, 「主な施策」), not 事項 or 説明."""
    headers, _, _ = header_and_body(table)
    roles = column_roles(headers)
    if not is_budget_table(roles):
        return False
    item = next((r for r in roles if r.role == "item"), None)
    return bool(item and re.search(r"事業|施策|取組|プロジェクト", item.word))


_SHEET_OUTLINE = ("政策", "政策名", "基本目標", "基本方針", "施策", "施策名", "基本施策", "プロジェクト", "プロジェクト名")


def label_grid(table: Table) -> tuple[str, tuple[str, ...], Cell] | None:
    """A 事業評価シート's label｜value grid (事業名｜…, 基本目標｜…, 施策｜…): (事業 name, outline, its cell), else None."""
    rows = table.header_rows + table.body_rows
    pairs: list[tuple[str, Cell]] = [(re.sub(r"\s", "", cell_label(r[0].text)), value) for r in rows
                                     if not r[0].empty and (value := _value_beside(r)) is not None]
    name = next((cell for label, cell in pairs if label in _SHEET_NAME_LABELS), None)
    if name is None:
        return _titled_form(rows)
    outline = tuple(cell_label(whole_text(cell)) for label, cell in pairs if label in _SHEET_OUTLINE)
    return cell_label(whole_text(name)), outline, name


def _value_beside(row) -> Cell | None:
    """The cell right of a row's label cell (past the columns the label is merged over); None when it is empty or a
    column's name (「事業名｜内容｜決算額」 is a table's header row, no label beside its value)."""
    value = next((c for c in row[1:] if c != row[0]), None)
    if value is None or value.empty or is_header_word_cell(value.text):
        return None
    return value


_SHEET_NAME_LABELS = ("事業名", "事務事業名", "細事業名")
# A form's title row that holds its label and its value in one cell: 「事業名 …事業 所管課 …課」.
_TITLE_CELL = re.compile(rf"^\s*(?:{'|'.join(_SHEET_NAME_LABELS)})[\s\u3000:：]+(\S.*?)"
                         r"(?:[\s\u3000]+(?:所管課?|担当課?|主管課|所属|部署名?|課名)[\s\u3000:：].*)?$")


def _titled_form(rows) -> tuple[str, tuple[str, ...], Cell] | None:
    """A form whose title row (its first) is one cell 「事業名 〇〇事業 所管課 〇〇課」 over label｜value rows
    (決算額｜…, 目的｜…): (the 事業's name, no outline, the title cell), else None."""
    if len(rows) < 3:
        return None
    first = [c for c in rows[0] if not c.empty]
    if not first or any(c.text != first[0].text for c in first):
        return None
    m = _TITLE_CELL.match(first[0].text)
    labelled = sum(1 for r in rows[1:] if len(r) >= 2 and not r[0].empty and not r[1].empty and r[0] is not r[1])
    if not m or labelled < 2:
        return None
    return m.group(1).strip(), (), first[0]
