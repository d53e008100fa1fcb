"""Budget lines of a layout whose rows alternate: a row of labels, then the row of their amounts below them.

A 広報's boxes printed side by side (「■予算の総額」 on the left, 「■主な新規・拡充事業」 on the right) come out of a PDF
as one grid in which each label stands on its own row and its 億/万 amount on the row below, in the same column:

    ■予算の総額        |        | ■主な新規・拡充事業
    一般会計           |        | 〔新規〕大内宿茅葺き屋根葺替え支援事業
    42億3,860万円      |        | 2,850万円
    特別会計           | 小計   | 〔拡充〕空き家バンク改修補助金
    16億5,210万円      |        | 600万円

Each amount takes the label cells above it, from its own column up to the next column that holds an amount
(「特別会計 小計」); a ■ cell heads its column (the line's project), never labels an amount. A row mixing labels and
amounts is neither, and pairs with nothing. What the amounts are (当初予算額 …) and their year come from the
document's title and opening lines, as for amounts written in text (ingest.plans.amount_lines.kind_and_year).
"""
from __future__ import annotations

import re
from typing import Callable

from ingest.plans.amount_lines import kind_and_year
from ingest.plans.records import BudgetLine, Source
from ingest.plans.table_records import ContextAt, cell_label
from ingest.plans.values import parse_amount
from ingest.tables.table import Cell, Table
from ingest.text.normalize import quote_text
from ingest.vocab.units import YEN

_HEADING = re.compile(r"^[■□◆◇●○▼▽]")
MIN_PAIRS = 2      # one label row over one amount row is any table's header and body: two pairs show the layout
OPENING = 300


def _amount(cell: Cell):
    """The money amount a cell holds as the whole of its own line (「42億3,860万円」), else None."""
    amount = parse_amount(cell.text)
    return amount if amount.yen is not None and amount.unit.endswith(YEN) and amount.value is not None else None


def _kind(row: tuple[Cell, ...]) -> str:
    filled = [c for c in row if not c.empty]
    if not filled:
        return ""
    amounts = [c for c in filled if _amount(c) is not None]
    if len(amounts) == len(filled):
        return "amounts"
    if not amounts and not any(re.search(r"[0-9０-９]", c.text) and parse_amount(c.text).value is not None
                               for c in filled):
        return "headings" if all(_HEADING.match(c.text.strip()) for c in filled) else "labels"
    return ""


def label_row_budgets(table: Table, document_text: str, title: str, context_at: ContextAt,
                      place_of: Callable[[str], str]) -> list[BudgetLine]:
    """The amounts of a table of alternating label and amount rows, each under the labels above it; [] for any other
    table (fewer than MIN_PAIRS such pairs)."""
    rows = list(table.header_rows) + list(table.body_rows)
    kinds = [_kind(r) for r in rows]
    pairs = [i for i in range(len(rows) - 1) if kinds[i] == "labels" and kinds[i + 1] == "amounts"]
    if len(pairs) < MIN_PAIRS:
        return []
    column, year = kind_and_year(f"{title}\n{document_text[:OPENING]}")
    if not column:
        return []     # a page that says of no budget what its amounts are (a fee list) gives no budget line
    headings: dict[int, str] = {}
    lines: list[BudgetLine] = []
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):   # a ■ cell heads its column from its row down, whatever else the row holds
            if _HEADING.match(cell.text.strip()):
                headings[j] = cell_label(cell.text).lstrip("■□◆◇●○▼▽ ")
        if i not in pairs:
            continue
        labels, amounts = row, rows[i + 1]
        taken = [j for j, c in enumerate(amounts) if not c.empty]
        for j in taken:
            until = next((k for k in taken if k > j), len(labels))
            cells = [c for c in labels[j:until] if not c.empty and not _HEADING.match(c.text.strip())]
            if j >= len(labels) or labels[j].empty or not cells or cells[0] is not labels[j]:
                continue   # no label stands right above the amount: another box's, never guessed
            item = " ".join(cell_label(c.text) for c in cells)
            amount = parse_amount(amounts[j].text)
            a, b = cells[0].start, amounts[j].end
            source = Source(table.doc, a, b, quote_text(document_text[a:b]))
            context = context_at(a)
            project = next((headings[k] for k in sorted(headings, reverse=True) if k <= j), "") or context.project
            lines.append(BudgetLine(
                project=project, item=item, area=context.area, region=context.region, fiscal_year=year,
                amount=amount.value, unit=amount.unit, raw=cell_label(amounts[j].text), description="",
                source=source, amount_yen=amount.yen, column=column, place=place_of(item) or context.place,
                outline=context.outline + ((project,) if project and project not in context.outline else ())))
    return lines
