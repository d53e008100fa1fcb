"""KPI and budget records from tables (ingest.tables.table.Table), column roles read from the header words.

A KPI table is one whose headers name baseline/actual/target (or progress with an indicator); each body row
with an indicator and a value is one Kpi. A budget table is one with an amount column (予算額, 事業費, 決算額…);
each amount cell is one BudgetLine, its unit from the header, the table's unit note, its caption, or a 単位
line just above the table — and when none states a unit, amount_yen stays None (never guessed).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Callable

from ingest.vocab.eras import era_year, is_date, year_span
from ingest.vocab.header_words import ROLE_WORDS, STARTING_POINT_WORDS, TOTAL_ROW_ENDINGS
from ingest.vocab.quantities import read_quantities
from ingest.vocab.units import unit_note_word
from ingest.plans.records import BudgetLine, Kpi, KpiValue
from ingest.plans.row_sources import own_cells, row_source
from ingest.vocab.table_words import (ColumnRole, column_role, column_roles, is_budget_table, is_kpi_table,
                                year_value_roles)
from ingest.tables.table import Cell, Table
from ingest.plans.values import clean, computed_progress, has_value, parse_amount, parse_progress, parse_value, unit_in



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


def _whole(cell: Cell) -> str:
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
        if any(_has_number(t) for t in labels):
            continue   # 「観光入込客数｜基準値7,519千人…」 is a row of values, 「(2)歳出予算款別比較」 a heading
        roles = column_roles(labels)
        if is_kpi_table(roles) or is_budget_table(roles):
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
    indicator_col = next((i for i, r in enumerate(roles) if r.role == "indicator"), None)
    if indicator_col is None:
        indicator_col = next((i for i, r in enumerate(roles) if r.role in ("", "item", "project")), None)
    if indicator_col is None:
        return []
    if not any(r.role == "baseline" for r in roles):
        # 「現状値」 in a table with no 基準値 is the strategy's starting point: the baseline
        roles = [replace(r, role="baseline") if r.role == "actual" and r.word in STARTING_POINT_WORDS else r for r in roles]
    unit_col = next((i for i, r in enumerate(roles) if r.role == "unit"), None)
    note_unit = _unit_note(table, before)
    year_cols = [i for i, r in enumerate(roles) if r.role == "year"]
    unit_row_col = _unit_row_column(roles, indicator_col)
    kpis = []
    for row in body:
        if indicator_col >= len(row) or _spans_the_row(row):
            continue
        raw_indicator = _whole(row[indicator_col])
        indicator = cell_label(raw_indicator)
        if not indicator or is_date(indicator) or re.fullmatch(r"[0-9,.\s()①-⑳]+", indicator):
            continue
        unit = cell_label(row[unit_col].text) if unit_col is not None and unit_col < len(row) else note_unit
        unit = "" if re.fullmatch(r"[-－−―‐ー\s]*", unit) else unit   # 「－」 in a unit column: no unit
        found: dict[str, KpiValue] = {}
        value_cols: set[int] = set()
        actuals: list[KpiValue] = []   # every actual of the row: a yearly series (「実績値の推移」 R2｜R3｜R4) has several
        interim = None
        progress = None
        for i, role in enumerate(roles):
            if i >= len(row) or i == indicator_col or row[i].empty:
                continue
            if role.role == "progress":
                progress = parse_progress(row[i].text) if has_value(row[i].text) or "%" in clean(row[i].text) else None
                value_cols.add(i)
            elif role.role in ("baseline", "actual", "target") and has_value(row[i].text):
                # the whole cell: a two-line cell prints its year under the figure (「41.2億円」 over 「（令和４年）」)
                value = _with_defaults(parse_value(_whole(row[i])), role, unit)   # the last column of a role wins
                if role.role == "target" and "target" in found:
                    interim = found["target"]
                if role.role == "actual":
                    actuals.append(value)
                found[role.role] = value
                value_cols.add(i)
        if not found:
            continue
        for col in year_cols:   # 目標年次 (the target's year), or 「年度」 under a 基準値/実績値/目標値 group
            of = roles[col].of or "target"
            if of in found and col < len(row) and not row[col].empty:
                first, last = year_span(_whole(row[col]))
                if first:
                    found[of] = replace(found[of], year=first, year_end=last if last != first else None)
        source = row_source(table.doc, document_text, own_cells(row, {indicator_col, *value_cols}))
        if source is None:
            continue
        context = context_at(source.start)
        name, area = split_area(indicator)
        place = place_of(indicator) or context.place
        project = cell_label(_whole(row[unit_row_col])) if unit_row_col is not None and unit_row_col < len(row) else ""
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
                            outline=context.outline, progress_computed=computed, target_interim=interim))
    return kpis


def _spans_the_row(row: tuple[Cell, ...]) -> bool:
    """A row that is one cell merged across the table (a 「基本目標１…」 section line of a sheet): no record."""
    filled = [c for c in row if not c.empty]
    return len(row) > 2 and len(filled) == len(row) and len({(c.start, c.end) for c in filled}) == 1


def _unit_row_column(roles: list[ColumnRole], indicator_col: int) -> int | None:
    """The column naming the 事業 a row is about beside its indicator (a 事務事業評価一覧's 「事業名」): the row's
    KPI belongs to that 事業."""
    return next((i for i, r in enumerate(roles) if r.role == "item" and i != indicator_col
                 and re.search(r"事業|施策|取組", r.word)), None)


_ITEM_NAME = re.compile(r"^\s*[【\[]([^】\]]{2,60})[】\]]")


_COMPARISON = r"前年度|前年|昨年度|増減|比較|差引|財源"
_NUMBERING = re.compile(r"^(?:[0-9]{1,3}|[(（][0-9]{1,3}[)）])\s+(?=\S)")   # 「６ 企画費」 -> 「企画費」


def _period(text: str) -> tuple[int | None, int | None] | None:
    """「令和6年度～令和7年度」, 「R6～R10」 -> (2024, 2025) / (2024, 2028); "" -> None."""
    first, last = year_span(text) if text else (None, None)
    return (first, last) if first else None


def budgets_from_table(table: Table, document_text: str, context_at: ContextAt, place_of: Callable[[str], str],
                       before: str = "", default_unit: str = "", title: str = "") -> list[BudgetLine]:
    """One BudgetLine per amount cell of a budget table (see the module docstring)."""
    headers, body, preamble = header_and_body(table)
    before = "\n".join(t for t in (before, preamble) if t)
    roles = column_roles(headers)
    yearly = False
    if not is_budget_table(roles):
        roles = _yearly_amounts(roles, table, document_text)
        if not is_budget_table(roles):
            return []
        yearly = True
    table_unit = unit_in(table.unit_note) or unit_in(table.caption) or unit_in(before) or default_unit
    if yearly:
        table_unit = table_unit or _last_money_note(document_text[:table.start])
    table_year = next((y for y in (era_year(t) for t in (table.caption, before, title) if t and "年度" in t) if y), None)
    period_col = next((i for i, r in enumerate(roles) if r.role == "period"), None)
    year_col = next((i for i, r in enumerate(roles) if r.role == "year" and r.year is None), None)
    # comparisons are not budget lines: 前年度予算額, 増減, 比較, 財源内訳
    roles = [replace(r, role="") if r.role == "amount" and re.search(_COMPARISON, cell_label(r.header)) else r
             for r in roles]
    item_col = _item_column(roles)
    project_col = next((i for i, r in enumerate(roles) if r.role == "project" and i != item_col), None)
    area_col = next((i for i, r in enumerate(roles) if r.role == "area"), None)
    amount_cols = [i for i, r in enumerate(roles) if r.role == "amount"]
    composite_item = item_col is not None and roles[item_col].role == "item" \
        and _norm_label(roles[item_col].word) != _norm_label(roles[item_col].header)
    lines: list[BudgetLine] = []
    carried = {"area": "", "project": "", "main": ""}
    for row in body:
        texts = [_whole(c) for c in row]

        def at(col):
            return cell_label(texts[col]) if col is not None and col < len(texts) else ""

        carried["area"] = at(area_col) or carried["area"]
        carried["project"] = at(project_col) or carried["project"]
        item_text = at(item_col)
        if not item_text and at(year_col) and carried["main"]:   # years as rows: the 事業 is printed on its first row
            item_text = carried["main"]
        if item_col is not None and item_col < len(row) and not item_text:
            lines += _explained(table, row, roles, table_unit, table_year, carried["main"], document_text,
                                context_at, place_of)
            continue
        m = _ITEM_NAME.match(item_text)
        item = m.group(1).strip() if m else _NUMBERING.sub("", item_text)
        description = item_text[m.end():].strip() if m else ""
        if composite_item and row[item_col].tail:   # 「事業名／事業概要」: the name on the first line, its summary below
            item, description = _NUMBERING.sub("", cell_label(row[item_col].text)), cell_label(row[item_col].tail)
        for col in amount_cols:
            if col >= len(row) or row[col].empty:
                continue
            role = roles[col]
            amount = parse_amount(_whole(row[col]), role.unit or table_unit)
            if yearly and amount.value is None:
                continue   # 「－」 in a year column: no amount planned that year
            source = row_source(table.doc, document_text, list(row))
            context = context_at(source.start)
            if not item_text and context.item:   # a 事業評価シート: 「事業費」 rows of the sheet's 事業
                item = context.item
            if amount.value is None and not item:
                continue   # an amount in words (「…の額」) stays a line with amount None; a row without an item is not one
            project = carried["project"] or context.project
            outline = context.outline + ((project,) if carried["project"] and project not in context.outline else ())
            row_year, total = _row_year(at(year_col))
            lines.append(BudgetLine(
                project=project, item=item, area=carried["area"] or context.area, region=context.region,
                fiscal_year=None if total else role.year or row_year or table_year, amount=amount.value,
                unit=amount.unit, raw=cell_label(row[col].text), description=description, source=source,
                amount_yen=amount.yen, column=cell_label(role.header) + (f"（{total}）" if total else ""), place=place_of(item) or place_of(carried["area"]) or context.place,
                outline=outline, period=_period(at(period_col))))
        lines += _explained(table, row, roles, table_unit, table_year, item or carried["main"], document_text,
                            context_at, place_of)
        carried["main"] = item or carried["main"]
    return lines


def _row_year(text: str) -> tuple[int | None, str]:
    """A row's own 年度 cell (a table with the years as rows: 令和7年度｜令和8年度｜3か年計): (its fiscal year, "") or,
    for a total row, (None, its label); (None, "") for an empty cell."""
    label = re.sub(r"\s", "", text)
    if label.endswith(TOTAL_ROW_ENDINGS):
        return None, label
    return (era_year(label) if label else None), ""


def _item_column(roles: list[ColumnRole]) -> int | None:
    """The column naming each row's item: of several item columns (分野名｜施策名｜事業名), the one whose header word
    stands first in the vocabulary's item words (事業名 before 施策名: the finest unit a row is about); else the first
    indicator, project or unnamed column."""
    items = [i for i, r in enumerate(roles) if r.role == "item"]
    if items:
        order = ROLE_WORDS["item"]
        return min(items, key=lambda i: (order.index(roles[i].word) if roles[i].word in order else len(order), i))
    return next((i for r_ in ("indicator", "project", "") for i, r in enumerate(roles) if r.role == r_), None)


def _norm_label(text: str) -> str:
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", text))


def _yearly_amounts(roles: list[ColumnRole], table: Table, document_text: str) -> list[ColumnRole]:
    """A list of 事業 with one column per year (事業名｜…｜令和７年度｜令和８年度｜令和９年度) under a money unit note
    (「（単位：千円）」 above it, or the last one above it in the document): each year column is an amount of that
    year. Other tables keep their roles."""
    years = [i for i, r in enumerate(roles) if r.role in ("year", "year_value") and r.year and not r.of]
    if len(years) < 2 or not any(r.role == "item" for r in roles) or any(r.role in ("indicator", "baseline", "actual",
                                                                                        "target") for r in roles):
        return roles
    if not (unit_in(table.unit_note) or unit_in(table.caption) or _last_money_note(document_text[:table.start])):
        return roles
    return [replace(r, role="amount") if i in years else r for i, r in enumerate(roles)]


def _last_money_note(text: str) -> str:
    """The money unit of the last unit note in `text` (「（単位：千円）」 -> 千円), "" when it names none."""
    notes = list(re.finditer(r"単位\s*[:：]\s*[^\s）)］\]]{1,6}", text[-20000:]))
    return unit_in(notes[-1].group(0)) if notes else ""


def _explained(table, row, roles, unit, year, parent, document_text, context_at, place_of) -> list[BudgetLine]:
    """A 予算書 明細's 説明 column: each item there with the amount beside it is a line of its own (「職員給与費 72,200」),
    under the row's 目 (「企画費」); the rows below with only an item and an amount continue the same 目."""
    lines = []
    for col, role in enumerate(roles):
        if role.role != "explanation" or col >= len(row) or row[col].empty:
            continue
        name = cell_label(_whole(row[col]))
        amount_cell = next((c for c in row[col + 1:] if not c.empty), None)
        if amount_cell is None or has_value(name):
            continue
        amount = parse_amount(_whole(amount_cell), unit)
        if amount.value is None:
            continue
        source = row_source(table.doc, document_text, [row[col], amount_cell])
        context = context_at(source.start)
        lines.append(BudgetLine(
            project=parent or context.project, item=name, area=context.area, region=context.region, fiscal_year=year,
            amount=amount.value, unit=amount.unit, raw=cell_label(amount_cell.text), description="", source=source,
            amount_yen=amount.yen, column=cell_label(role.header), place=place_of(name) or context.place,
            outline=context.outline + ((parent,) if parent else ())))
    return lines


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
    pairs: list[tuple[str, Cell]] = [(re.sub(r"\s", "", cell_label(r[0].text)), r[1]) for r in rows
                                     if len(r) >= 2 and not r[0].empty and not r[1].empty]
    name = next((cell for label, cell in pairs if label in _SHEET_NAME_LABELS), None)
    if name is None:
        return _titled_form(rows)
    outline = tuple(cell_label(_whole(cell)) for label, cell in pairs if label in _SHEET_OUTLINE)
    return cell_label(_whole(name)), outline, name


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
