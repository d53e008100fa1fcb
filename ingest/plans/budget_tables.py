"""Budget lines from budget tables (one BudgetLine per amount cell), column roles read from the header words.

The unit comes from the header, the table's unit note, its caption, or a 単位 line just above the table — and when
none states a unit, amount_yen stays None (never guessed). Rows are read as a table's layout has them: a 事業 printed
on its first year row only (years as rows), a 予算書's 款｜項｜目 where a 項 row leaves the 款 cell empty and names
itself in the next label column (each line under its parents), a 説明 column's items with their own amounts.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import Callable

from ingest.plans.account_labels import accounts_as_items, amount_column_name
from ingest.plans.amount_lines import kind_and_year
from ingest.plans.comparison_tables import comparison_roles
from ingest.plans.explained_lines import NUMBERING as _NUMBERING, explained_in_cell, stacked, stacked_lines, levels_above as levels_of_table
from ingest.plans.records import BudgetLine
from ingest.plans.row_sources import row_source
from ingest.plans.table_records import ContextAt, cell_label, header_and_body, whole_text
from ingest.plans.values import has_value, parse_amount, unit_in
from ingest.tables.table import Table
from ingest.vocab.eras import era_year, year_span
from ingest.vocab.units import YEN, unit_note
from ingest.vocab.header_words import (ACCOUNT_ENDING, ACCOUNT_LABEL_HEADERS, ACCOUNT_SCOPES, ALL_ACCOUNTS, BREAKDOWN_GROUP_WORDS,
                                      BUDGET_LEVEL_WORDS, DEFAULT_AMOUNT_COLUMN, FUNDING_SOURCE_HEADERS,
                                      LIST_NAME_HEADER_WORDS,
                                      PART_COLUMN_PREFIXES, PART_COLUMN_WORDS, PREVIOUS_YEAR_LABELS, ROLE_WORDS,
                                      TOTAL_ROW_ENDINGS)
from ingest.vocab.table_words import ColumnRole, column_roles, is_budget_table


_ITEM_NAME = re.compile(r"^\s*[【\[]([^】\]]{2,60})[】\]]")


_COMPARISON = r"前年度|前年|昨年度|増減|比較|差引|財源"
NOTE_REACH = 1500    # characters above a comparison table its unit note may stand (over a table set beside it)


def _period(text: str) -> tuple[int | None, int | None] | None:
    """「令和6年度～令和7年度」, 「R6～R10」 -> (2024, 2025) / (2024, 2028); "" -> None."""
    first, last = year_span(text) if text else (None, None)
    return (first, last) if first else None


def budgets_from_table(table: Table, document_text: str, context_at: ContextAt, place_of: Callable[[str], str],
                       before: str = "", default_unit: str = "", title: str = "") -> list[BudgetLine]:
    """One BudgetLine per amount cell of a budget table (see the module docstring)."""
    headers, body, preamble = header_and_body(table)
    one_year = False     # a year column found under a section heading row: one year column is enough
    if not headers and _yearly_header(table, document_text):
        (headers, body), one_year = _yearly_header(table, document_text), True
    before = "\n".join(t for t in (before, preamble) if t)
    roles = column_roles(headers)
    yearly = goals = False
    compared = None if is_budget_table(roles) else comparison_roles(
        roles, headers, kind_and_year(f"{table.caption}\n{before}\n{title}")[0] or DEFAULT_AMOUNT_COLUMN)
    if compared is not None:
        roles, accounts = compared, False   # this year beside last year's and the change (区分｜令和８年度｜令和７年度｜増減)
    elif not is_budget_table(roles):
        labelled = any(r.role == "item" for r in roles)
        goals = bool(roles) and roles[0].role == "project"
        roles = _yearly_amounts(roles, table, document_text, least=1 if one_year else 2)
        goals = goals and roles[0].role == "item"   # 基本目標｜年度…: each goal's amounts, of what the caption says
        if not is_budget_table(roles):
            return []
        yearly = True
        # a 財政見通し's 区分 rows (歳入総額, 扶助費 …) are the document's own accounts, not parts of a 事業 its heading
        # names: the heading above is the table's caption, and a row never stands under it as under a 事業
        accounts = not labelled and any(r.role == "item" for r in roles)
    else:
        accounts = False
    table_unit = unit_in(table.unit_note) or unit_in(table.caption) or unit_in(before) or default_unit
    if yearly:
        table_unit = table_unit or _last_money_note(document_text[:table.start])
    if compared is not None:   # a comparison of 人口 or 件数 by year is no budget; its note stands just above it
        table_unit = table_unit or _last_money_note(document_text[max(0, table.start - NOTE_REACH):table.start])
        if not table_unit.endswith(YEN):
            return []
    table_year = next((y for y in (era_year(t) for t in (table.caption, before, title) if t and "年度" in t) if y), None)
    period_col = next((i for i, r in enumerate(roles) if r.role == "period"), None)
    year_col = next((i for i, r in enumerate(roles) if r.role == "year" and r.year is None), None)
    if compared is None:
        roles = accounts_as_items(_amount_roles(_money_year_columns(_labels_not_amounts(roles, body))), body, place_of)
        roles = _years_total(roles)
    item_col = _item_column(roles)
    project_col = next((i for i, r in enumerate(roles) if r.role == "project" and i != item_col), None)
    area_col = next((i for i, r in enumerate(roles) if r.role == "area"), None)
    amount_cols = [i for i, r in enumerate(roles) if r.role == "amount"]
    composite_item = item_col is not None and roles[item_col].role == "item" \
        and _norm_label(roles[item_col].word) != _norm_label(roles[item_col].header)
    child_cols = _child_label_columns(roles, item_col, headers)
    # 款｜項｜目 columns all filled on one row (「10 教育費｜2 小学校費｜2 教育振興費」): the row is the finest level's
    level_cols = [c for c in child_cols if _norm_label(headers[c]) in BUDGET_LEVEL_WORDS] \
        if item_col is not None and _norm_label(headers[item_col]) in BUDGET_LEVEL_WORDS else []
    levels_above = levels_of_table(document_text, table.start)
    named_above = _name_above(document_text, table.start)
    years_beside = sum(1 for r in roles if r.role == "amount" and r.year) >= 2
    lines: list[BudgetLine] = []
    carried = {"area": "", "project": "", "main": ""}
    levels: dict[int, str] = {}     # the labels of the levels a row stands under (款, 項 …), by column
    for row in body:
        texts = [whole_text(c) for c in row]

        def at(col):
            return cell_label(texts[col]) if col is not None and col < len(texts) else ""

        carried["area"] = at(area_col) or carried["area"]
        carried["project"] = at(project_col) or carried["project"]
        item_text, parent, path = _row_item(at, item_col, year_col, child_cols, carried["main"], levels, level_cols)
        if item_col is not None and item_col < len(row) and not item_text:
            lines += _explained(table, row, roles, table_unit, table_year, carried["main"], document_text,
                                context_at, place_of)
            continue
        if not re.search(r"[^\s0-9,.\-−－△▲]", item_text):
            item_text = ""   # a figure or a 「－」 in the column taken for names (no name column): no item named
        if item_text and (own := unit_note(item_text)) is not None and own.kind != "money":
            continue   # 「従事職員数（人）」 among the 事業費 rows: a count in its own unit, no amount
        m = _ITEM_NAME.match(item_text)
        item = m.group(1).strip() if m else _NUMBERING.sub("", item_text)
        description = item_text[m.end():].strip() if m else ""
        if composite_item and row[item_col].tail:   # 「事業名／事業概要」: the name on the first line, its summary below
            item, description = _NUMBERING.sub("", cell_label(row[item_col].text)), cell_label(row[item_col].tail)
        for col in amount_cols:
            if col >= len(row) or row[col].empty:
                continue
            role = roles[col]
            header = cell_label(role.header)
            if stacked(row[col], document_text):   # a 節's amounts stacked in one cell: each beside its own label line
                lines += stacked_lines(table, row, col, item or carried["main"], role, table_unit, table_year,
                                        document_text, context_at)
                continue
            amount = parse_amount(whole_text(row[col]), role.unit or table_unit)
            side = is_part_column(header) or is_previous_year_column(header)
            if (yearly or side) and amount.value is None:
                continue   # 「－」 in a year column (no amount planned that year) or in a 財源内訳 column (no such part)
            if amount.value is None and cell_label(row[col].text) == item_text:
                continue   # a section row merged across the table (「Ⅰ 歳入の確保」): no amount of its own
            # (a group cell merged down beside several rows stands in no quote of this row's own line)
            source = row_source(table.doc, document_text,
                                [c for k, c in enumerate(row) if k in (item_col, col) or c.row_span <= 1])
            context = context_at(source.start)
            if not item_text and named_above:    # 「事業名 〇〇事業」 on a line just above the table of its figures
                item = named_above
            elif not item_text and context.item:   # a 事業評価シート: 「事業費」 rows of the sheet's 事業
                item = context.item
            if amount.value is None and not item:
                continue   # an amount in words (「…の額」) stays a line with amount None; a row without an item is not one
            project = carried["project"] or ("" if accounts and not context.item else context.project) \
                or (cell_label(table.caption) if goals else "")
            outline = context.outline + ((project,) if carried["project"] and project not in context.outline else ())
            if parent:     # a 項 stands under its 款 (「民生費」 > 「児童福祉費」), a 目 under both
                project, outline = parent, outline + path
            elif levels_above:   # a 目 row under the 款 and 項 printed above the table
                project, outline = levels_above[-1], outline + levels_above
            row_year, total = _row_year(at(year_col))
            year = _column_year(header, role, row_year or table_year, table_year, years_beside)
            lines.append(BudgetLine(
                project=project, item=item, area=carried["area"] or context.area, region=context.region,
                fiscal_year=None if total else year, amount=amount.value,
                unit=amount.unit, raw=cell_label(row[col].text), description=description, source=source,
                amount_yen=amount.yen, column=amount_column_name(role.header) + (f"（{total}）" if total else ""), place=place_of(item) or place_of(carried["area"]) or context.place,
                outline=outline, period=_period(at(period_col))))
        lines += _explained(table, row, roles, table_unit, table_year, item or carried["main"], document_text,
                            context_at, place_of)
        carried["main"] = carried["main"] if parent else (item or carried["main"])
    return _all_accounts_total(lines)


def _all_accounts_total(lines: list[BudgetLine]) -> list[BudgetLine]:
    """A table of accounts (一般会計, 国民健康保険特別会計, 水道事業会計 … as rows): its 合計 row is the total of all
    accounts, the 全会計 a question asks (「全会計を合わせた予算額」), never one account's."""
    accounts = {l.item for l in lines if l.item.endswith(ACCOUNT_ENDING)}
    if len(accounts) < 2:
        return lines
    return [replace(l, project=ALL_ACCOUNTS) if _norm_label(l.item) in TOTAL_ROW_ENDINGS
            and not any(a in l.project for a in ACCOUNT_SCOPES) else l for l in lines]   # (「会計別予算額」 names none)


def _amount_roles(roles: list[ColumnRole]) -> list[ColumnRole]:
    """The amount columns a budget line is made of: never a comparison (増減, 比較); a part of the amount beside it
    (「事業費｜うち一般財源」, a 財源内訳's 「地方債」) and last year's amount (「前年度予算額」) as amounts of their own
    columns (a question names them to be answered by them: `assistant.budget_answers`)."""
    roles = [replace(r, role="") if r.role == "amount" and re.search(_COMPARISON, cell_label(r.header))
             and not is_previous_year_column(cell_label(r.header)) else r for r in roles]
    return [replace(r, role="amount") if is_part_column(cell_label(r.header)) and i > 0 and any(
        p.role == "amount" for p in roles[:i]) else r for i, r in enumerate(roles)]


_NAME_LABEL = re.compile(rf"^[ \u3000]*(?:{'|'.join(sorted(LIST_NAME_HEADER_WORDS, key=len, reverse=True))})"
                         r"[ \u3000]*[:：]?[ \u3000]+(\S{2,60})")


def _name_above(document_text: str, start: int) -> str:
    """The 事業 a form's figure table is of, named on a labelled line just above it (「事業名　〇〇事業　担当課 …」);
    "" when the three lines above name none."""
    lines = [l for l in document_text[max(0, start - 400):start].split("\n") if l.strip()][-3:]
    for line in reversed(lines):
        m = _NAME_LABEL.match(line)
        if m and not has_value(m.group(1)):
            return unicodedata.normalize("NFKC", m.group(1))
    return ""


def _column_year(header: str, role: ColumnRole, year: int | None, table_year: int | None,
                 years_beside: bool) -> int | None:
    """The fiscal year of an amount column's cell: its own year, the year before the table's for 前年度予算額, none for
    a 「計」 beside year columns (or a part of it: the years' total is of no one year), else the row's or table's."""
    if is_previous_year_column(header):
        return table_year - 1 if table_year else None
    if not role.year and years_beside and (re.sub(r"\s", "", header).endswith(TOTAL_ROW_ENDINGS) or any(
            f"{w}の" in header for w in TOTAL_ROW_ENDINGS)):
        return None
    return role.year or year


def _money_year_columns(roles: list[ColumnRole]) -> list[ColumnRole]:
    """Year columns under a money group header (「効果額（千円）」 over 「令和７年度｜令和８年度」) beside an amount
    column: each an amount of its year."""
    if not any(r.role == "amount" for r in roles):
        return roles
    return [replace(r, role="amount") if r.role == "year" and r.year and unit_in(r.header) else r for r in roles]


def _row_item(at: Callable[[int | None], str], item_col: int | None, year_col: int | None, child_cols: list[int],
              main: str, levels: dict[int, str], level_cols: list[int] = ()) -> tuple[str, str, tuple[str, ...]]:
    """A row's item, its parent and the path of levels above it: the item cell, or the finest 款/項/目 column the row
    fills itself (`level_cols`); the 事業 above on a year row (a 事業 printed on its first year row only); a 項 (目)
    named in a child column when the 款 cell is empty, under the levels above it. `levels` (column -> label) is
    updated for the rows below."""
    item_text = at(item_col)
    if item_text:
        levels.clear()
        levels[item_col] = item_text
        finest = next((c for c in level_cols if at(c)), None)   # level_cols: finest first
        if finest is None:
            return item_text, "", ()
        levels.update({c: at(c) for c in level_cols if at(c)})
        path = tuple(_NUMBERING.sub("", levels[c]) for c in sorted(levels) if c < finest)
        return at(finest), path[-1], path
    if not main:
        return "", "", ()
    if at(year_col):
        return main, "", ()
    col = next((c for c in child_cols if at(c)), None)
    if col is None:
        return "", "", ()
    for c in [c for c in levels if c >= col]:
        del levels[c]
    parent = _NUMBERING.sub("", levels[max(levels)]) if levels else main
    path = tuple(_NUMBERING.sub("", t) for _, t in sorted(levels.items()))
    levels[col] = at(col)
    return at(col), parent, path


def is_part_column(header: str) -> bool:
    """「うち一般財源」「内 国県支出金」「本年度予算額の財源内訳 地方債」: a column of a part of the amount beside it."""
    return bool(part_name(header))


def part_name(header: str) -> str:
    """The part a column holds, as its header names it: 「うち一般財源」 -> 一般財源, a column under a breakdown group
    header (「本年度予算額の財源内訳」 over 「地方債」) -> 地方債; "" for a column of a whole amount."""
    core = re.sub(r"\s", "", header)
    prefix = next((p for p in PART_COLUMN_PREFIXES if core.startswith(p)), None)
    group = next((g for g in BREAKDOWN_GROUP_WORDS if g in core), None)
    if prefix is not None:
        part = core[len(prefix):]
    elif group is not None:
        part = core[core.index(group) + len(group):]
    else:
        return core if core in FUNDING_SOURCE_HEADERS else ""   # 「事業費｜一般財源」: the part named alone
    return part if any(w in part for w in PART_COLUMN_WORDS) else ""


def is_previous_year_column(header: str) -> bool:
    """「前年度予算額」「前年度」: a column of last year's amounts printed beside this year's, for comparison."""
    core = re.sub(r"\s", "", header)
    return core.startswith(PREVIOUS_YEAR_LABELS) and not re.search(r"比|増減|差", core)


def _child_label_columns(roles: list[ColumnRole], item_col: int | None, headers: list[str]) -> list[int]:
    """The label columns after the item column and before the first amount (款｜項｜目｜金額): a row whose item cell is
    empty names a part of the item above in one of them, the finest level (the rightmost filled) first."""
    if item_col is None or roles[item_col].role not in ("", "item"):
        return []
    first_amount = next((i for i, r in enumerate(roles) if r.role == "amount"), len(roles))
    cols = [i for i in range(item_col + 1, first_amount)
            if roles[i].role == "" and i < len(headers) and 0 < len(cell_label(headers[i])) <= 4]
    return cols[::-1]


def _row_year(text: str) -> tuple[int | None, str]:
    """A row's own 年度 cell (a table with the years as rows: 令和7年度｜令和8年度｜3か年計): (its fiscal year, "") or,
    for a total row, (None, its label); (None, "") for an empty cell."""
    label = re.sub(r"\s", "", text)
    if label.endswith(TOTAL_ROW_ENDINGS):
        return None, label
    return (era_year(label) if label else None), ""


def _labels_not_amounts(roles: list[ColumnRole], body) -> list[ColumnRole]:
    """A first column headed by an amount's name whose cells hold no figure (「事業費（単位：千円）」 over 「事業費」,
    「うち一般財源」, merged over several columns) names the rows: it is their label, never an amount; the year columns
    beside it (「令和３年度決算｜…｜令和６年度予算」) are its amounts, in the unit its header states."""
    if not roles or roles[0].role != "amount":
        return roles
    span = next((i for i, r in enumerate(roles) if r.header != roles[0].header), len(roles))
    years = [i for i, r in enumerate(roles) if i >= span and r.role in ("year", "amount") and r.year]
    cells = [whole_text(row[i]) for row in body for i in range(min(span, len(row))) if not row[i].empty]
    if not years or not cells or any(re.search(r"[0-9０-９]", text) for text in cells):
        return roles
    unit = unit_in(roles[0].header)
    named = any(r.role == "item" for r in roles)
    return [replace(r, role="" if named or i else "item") for i, r in enumerate(roles[:span])] + \
        [replace(r, role="amount", unit=r.unit or unit) if i in years else r for i, r in enumerate(roles) if i >= span]


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


def _yearly_amounts(roles: list[ColumnRole], table: Table, document_text: str, least: int = 2) -> list[ColumnRole]:
    """A list of 事業 with one column per year (事業名｜…｜令和７年度｜令和８年度｜令和９年度) under a money unit note
    (「（単位：千円）」 above it, or the last one above it in the document): each year column is an amount of that
    year. Other tables keep their roles."""
    years = [i for i, r in enumerate(roles) if r.role in ("year", "year_value") and r.year and not r.of]
    if len(years) < least:
        return roles
    if not any(r.role == "item" for r in roles) and roles[0].role == "project" and years[0] == 1:
        # 基本目標｜令和８年度｜令和９年度｜…: the 計画事業費 of each goal, its row's one label
        roles = [replace(roles[0], role="item")] + roles[1:]
    if not any(r.role == "item" for r in roles):
        roles = _label_column_as_item(roles, years)
    if any(r.role in ("indicator", "baseline", "actual", "target") for r in roles):
        return roles
    if not any(r.role == "item" for r in roles):
        return roles
    if not (unit_in(table.unit_note) or unit_in(table.caption) or _last_money_note(document_text[:table.start])):
        return roles
    return [replace(r, role="amount") if i in years else r for i, r in enumerate(roles)]


def _label_column_as_item(roles: list[ColumnRole], years: list[int]) -> list[ColumnRole]:
    """A 財政見通し's 区分｜令和７年度｜令和８年度｜令和９年度…: three or more year columns and a single label column before
    them (headed 区分, 項目 … or nothing) — that column names each row's item (歳入総額, うち市税, 扶助費 …)."""
    others = [i for i in range(len(roles)) if i not in years and cell_label(roles[i].header)]
    label = _norm_label(roles[0].header) if roles else ""
    if len(years) < 3 or others not in ([0], []) or years[0] != 1 or (label and label not in ACCOUNT_LABEL_HEADERS):
        return roles
    return [replace(roles[0], role="item")] + roles[1:]


def _years_total(roles: list[ColumnRole]) -> list[ColumnRole]:
    """「３か年計」 (or 「合計」) in a column of its own after two or more year amount columns (「計画事業費」 merged over
    令和８｜９｜10年度 only): the total of those years, an amount column of no one year."""
    years = [i for i, r in enumerate(roles) if r.role == "amount" and r.year]
    if len(years) < 2:
        return roles
    def total(i: int, r: ColumnRole) -> bool:
        label = _norm_label(r.header)
        return i > years[-1] and r.role == "" and label.endswith(TOTAL_ROW_ENDINGS) and len(label) <= 6 \
            and not re.search(r"[率%％]", label)
    return [replace(r, role="amount") if total(i, r) else r for i, r in enumerate(roles)]


def _yearly_header(table: Table, document_text: str) -> tuple[list[str], tuple] | None:
    """The header row of a list of 事業 with this year's amounts in a year column (事業名｜令和７年度｜前年度｜概要) under
    a section heading row (「■新規事業」), in a money unit stated above: (its labels, the rows below); None otherwise."""
    if not (unit_in(table.unit_note) or unit_in(table.caption) or _last_money_note(document_text[:table.start])):
        return None
    for i, row in enumerate(table.body_rows[:3]):
        labels = [cell_label(c.text) for c in row]
        roles = column_roles(labels)
        if _yearly_amounts(roles, table, document_text, least=1) != roles:
            below = table.body_rows[i + 1] if i + 1 < len(table.body_rows) else ()
            subs = _sub_labels(labels, [cell_label(c.text) for c in below])
            return (subs, table.body_rows[i + 2:]) if subs else (labels, table.body_rows[i + 1:])
    return None


def _sub_labels(labels: list[str], below: list[str]) -> list[str] | None:
    """A second header row under a group label merged over several columns (「３か年計の財源内訳」 over 「国県支出金｜地方債｜
    その他｜一般財源」): the labels with each sub-label under its group; None when the row below is no such row (it
    holds a value, or fewer than two columns of one group differ from the label above them)."""
    differ = [i for i, t in enumerate(below) if t and i < len(labels) and t != labels[i]]
    if any(has_value(below[i]) for i in differ):
        return None
    groups = [labels[i] for i in differ if labels[i]]
    group = max(set(groups), key=groups.count) if groups else ""
    under = [i for i in differ if labels[i] == group]
    if len(under) < 2:
        return None
    return [f"{group} {below[i]}" if i in under else t for i, t in enumerate(labels)]


def _last_money_note(text: str) -> str:
    """The money unit of the last unit note in `text` (「（単位：千円）」 -> 千円), "" when it names none."""
    notes = list(re.finditer(r"単位\s*[:：]\s*[^\s）)］\]]{1,6}", text[-20000:]))
    return unit_in(notes[-1].group(0)) if notes else ""


def _main_amount_header(roles: list[ColumnRole], fallback: str) -> str:
    """The header of a row's own amount (本年度予算額, 補正額): the first amount column that is no part, no previous
    year's and no amount before a change (補正前の額)."""
    return next((cell_label(r.header) for r in roles if r.role == "amount" and not is_part_column(cell_label(r.header))
                 and not is_previous_year_column(cell_label(r.header)) and "前" not in cell_label(r.header)), fallback)


def _explained(table, row, roles, unit, year, parent, document_text, context_at, place_of) -> list[BudgetLine]:
    """A 予算書 明細's 説明 column: each item there with the amount beside it is a line of its own (「職員給与費 72,200」),
    under the row's 目 (「企画費」); the rows below with only an item and an amount continue the same 目."""
    lines = []
    for col, role in enumerate(roles):
        if role.role != "explanation" or col >= len(row) or row[col].empty:
            continue
        name = cell_label(whole_text(row[col]))
        if not re.search(r"[^\s\-−－ー―]", name):
            continue   # 「－」: no item named
        if has_value(name):   # the 説明's lines carry their own amounts
            lines += explained_in_cell(table, row[col], _main_amount_header(roles, cell_label(role.header)), unit,
                                        year, parent, document_text, context_at, place_of)
            continue
        amount_cell = next((c for c in row[col + 1:] if not c.empty), None)
        if amount_cell is None or has_value(name):
            continue
        amount = parse_amount(whole_text(amount_cell), unit)
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
