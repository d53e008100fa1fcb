"""Budget lines of a form: a table of label｜value cells about one 事業 (主要な施策の成果, 事業評価シート), where an
amount stands in the cell after the label that names it:

    事業名   | 町並み保存地区修景補助事業
    予算額   | 24,600 | 決算額 | 22,815        (単位：千円 above the form)

Each amount label (予算額, 決算額, 事業費, 補正額 … : ingest.vocab.table_words) followed by a figure gives one BudgetLine
for the form's 事業, under that label as its column — so a 決算額 and a 予算額 of one row stay apart. A cell that
holds several labelled amounts (事業費 | 「令和5年度決算額 18,760千円」 and 「令和6年度予算額 17,900千円」 as two
paragraphs) gives one line per amount, under its own label and year. The unit is
the form's or the document's unit note (never guessed: no note, no yen); the fiscal year the caption's, the title's or the opening lines'.
"""
from __future__ import annotations

import re

from ingest.vocab.eras import era_year
from ingest.plans.records import BudgetLine, Source
from ingest.plans.table_records import cell_label, label_grid
from ingest.vocab.table_words import column_role
from ingest.tables.table import Table
from ingest.text.normalize import quote_text
from ingest.plans.values import parse_amount, unit_in
from ingest.vocab.quantities import read_quantities, read_quantity, value_quantities

_COMPARISON = re.compile(r"前年度|増減|比較|差引|財源")


def form_budgets(table: Table, document_text: str, context_at, place_of, before: str, opening: str,
                 title: str) -> list[BudgetLine]:
    """The amounts of a label｜value form (see the module docstring); [] for any other table."""
    grid = label_grid(table)
    if grid is None:
        return []
    item, outline, _ = grid
    unit = unit_in(table.unit_note) or unit_in(table.caption) or unit_in(before) or unit_in(opening)
    year = next((y for y in (era_year(t) for t in (table.caption, before, title, opening) if t and "年度" in t) if y), None)
    lines = []
    for row in table.header_rows + table.body_rows:
        for label, cell in zip(row, row[1:]):
            name = cell_label(label.text)
            role = column_role(name)
            if role.role != "amount" or _COMPARISON.search(name) or cell.empty or label is cell:
                continue
            if _run_of_values(row, cell):
                continue   # 「事業費｜18,420｜19,650｜21,300」 under 「区分｜令和４年度決算｜…」: a row of year columns, no pair
            verbatim = document_text[cell.start:cell.end] == cell.text
            parts = _labelled_parts(cell.text) if verbatim else []
            if parts:   # 「令和5年度決算額 18,760千円」 and 「令和6年度予算額 17,900千円」 in one 事業費 cell: each its own
                for part_label, part_role, a, b in parts:
                    amount = parse_amount(cell.text[a:b], unit)
                    start, end = cell.start + a - len(part_label), cell.start + b
                    context = context_at(label.start)
                    lines.append(BudgetLine(
                        project=context.project or item, item=item, area=context.area, region=context.region,
                        fiscal_year=part_role.year or year, amount=amount.value, unit=amount.unit,
                        raw=cell_label(cell.text[a:b]), description="",
                        source=Source(table.doc, start, end, quote_text(document_text[start:end])),
                        amount_yen=amount.yen, column=cell_label(part_label), place=place_of(item) or context.place,
                        outline=outline))
                continue
            q = read_quantity(cell.text)
            if q is None or not q.is_value:
                continue
            amount = parse_amount(cell.text, role.unit or unit)
            if amount.value is None:
                continue
            a, b = label.start, cell.end
            context = context_at(a)
            lines.append(BudgetLine(
                project=context.project or item, item=item, area=context.area, region=context.region,
                fiscal_year=role.year or year, amount=amount.value, unit=amount.unit, raw=cell_label(cell.text),
                description="", source=Source(table.doc, a, b, quote_text(document_text[a:b])), amount_yen=amount.yen,
                column=name, place=place_of(item) or context.place, outline=outline))
    return lines


def _run_of_values(row, cell) -> bool:
    """Whether `cell` is the first of two or more value cells in a row (merged cells once): the row's values stand
    under columns (years, kinds) its label alone does not tell apart."""
    cells = list(dict.fromkeys(c for c in row if not c.empty))
    at = cells.index(cell) if cell in cells else -1
    following = cells[at:at + 2] if at >= 0 else []
    return len(following) == 2 and all(_sole_value(c.text) for c in following)


def _sole_value(text: str) -> bool:
    """A cell that is one value and nothing else (「18,420」, 「9,600千円」)."""
    found = value_quantities(text)
    return len(found) == 1 and found[0].raw.strip() == text.strip()


def _labelled_parts(text: str) -> list[tuple[str, object, int, int]]:
    """The amounts of one cell that each carry their own amount label (「令和5年度決算額　18,760千円」 /
    「令和6年度予算額　17,900千円」, two paragraphs of a 事業費 cell): (label as printed, its role, amount start,
    amount end), the label standing just before its amount; [] unless every amount of the cell has one."""
    parts, floor = [], 0
    amounts = [q for q in read_quantities(text) if q.kind == "money"]
    for q in amounts:
        label = text[floor:q.start]
        stripped = label.strip(" \u3000\t:：")
        role = column_role(cell_label(stripped)) if stripped else None
        if role is None or role.role != "amount" or _COMPARISON.search(stripped):
            return []
        parts.append((label.lstrip(" \u3000\t"), role, q.start, q.end))
        floor = q.end
    return parts if len(parts) >= 2 else []
