"""Budget lines of a small years-as-rows table inside a block: a 事務事業評価 sheet stacks one block per 事業 down a
sheet — label｜value rows (事業名｜…, 所管課｜…), then a header row 年度｜事業費（千円）｜うち一般財源（千円）｜活動指標…
and one row per year (令和4年度決算｜12,600｜6,300｜…), then more label rows (評価｜B). The reader sees one table per
block (or one for the sheet) whose first rows are no header, so the column reading of ingest.plans.budget_tables
finds nothing.

Here each row between such a header row and the first row that is no year is read: every amount column (and a part
column 「うち…」) gives one BudgetLine of the block's 事業 (the value beside the last 事業名 label above the header),
the year from the row's label, the unit from the column's header, the kind of amount from the row's label too
(「令和6年度決算」 -> 事業費（決算）: a 決算 never answers a 予算 question). A block without a 事業名 label gives nothing.
"""
from __future__ import annotations

from typing import Callable

from ingest.plans.budget_tables import is_part_column
from ingest.plans.records import BudgetLine
from ingest.plans.row_sources import row_source
from ingest.plans.table_records import ContextAt, cell_label, whole_text
from ingest.plans.values import parse_amount
from ingest.tables.table import Cell, Table
from ingest.vocab.eras import read_years
from ingest.vocab.header_words import LIST_NAME_HEADER_WORDS
from ingest.vocab.table_words import column_roles


def block_year_budgets(table: Table, document_text: str, context_at: ContextAt,
                       place_of: Callable[[str], str]) -> list[BudgetLine]:
    """Every amount of the years-as-rows tables inside the blocks of one table (see the module docstring)."""
    rows = list(table.header_rows) + list(table.body_rows)
    lines: list[BudgetLine] = []
    name = ""
    i = 0
    while i < len(rows):
        labels = [cell_label(c.text) for c in rows[i]]
        if labels and labels[0] in LIST_NAME_HEADER_WORDS and len(labels) > 1 and labels[1]:
            name = labels[1]
        amount_cols = _amount_columns(labels)
        if not (name and amount_cols and _is_year_label("".join(labels[:1])) is False):
            i += 1
            continue
        j = i + 1
        while j < len(rows) and rows[j] and _is_year_label(cell_label(rows[j][0].text)):
            lines += _row_lines(table, document_text, rows[j], labels, amount_cols, name, context_at, place_of)
            j += 1
        i = j
    return lines


def _amount_columns(labels: list[str]) -> list[int]:
    """The amount columns of a header row whose first column holds the years (年度｜事業費（千円）｜…): [] otherwise."""
    roles = column_roles(labels)
    if not roles or roles[0].role != "year" or roles[0].year is not None:
        return []
    return [i for i, r in enumerate(roles) if i > 0 and r.unit and (r.role == "amount" or is_part_column(labels[i]))]


def _is_year_label(text: str) -> bool:
    """A row label that is a fiscal year (「令和6年度決算」, 「R5」): True; a header word (「年度」): False."""
    return any(not y.is_date for y in read_years(text))


def _row_lines(table, document_text, row: tuple[Cell, ...], labels, amount_cols, name, context_at, place_of):
    label = cell_label(row[0].text)
    mention = next(y for y in read_years(label) if not y.is_date)
    year = mention.year
    kind = (label[:mention.start] + label[mention.end:]).strip()       # 「令和6年度決算」 -> 決算
    lines = []
    for col in amount_cols:
        if col >= len(row) or row[col].empty:
            continue
        amount = parse_amount(whole_text(row[col]), column_roles([labels[col]])[0].unit)
        if amount.value is None:
            continue
        source = row_source(table.doc, document_text, [row[0], row[col]])
        context = context_at(source.start)
        lines.append(BudgetLine(
            project=context.project, item=name, area=context.area, region=context.region, fiscal_year=year,
            amount=amount.value, unit=amount.unit, raw=cell_label(row[col].text), description="", source=source,
            amount_yen=amount.yen, column=labels[col] + (f"（{kind}）" if kind else ""),
            place=place_of(name) or context.place, outline=context.outline))
    return lines
