"""A 予算書 明細's tall row read line by line, under the 款 and 項 printed above its table: the 説明 cell's 事業 each with its own amount (「１ 予防接種事業 412,380」
over 「（１）定期予防接種 361,200」), and a 節 column's amounts stacked beside their names (「１ 報酬」 beside 「4,820」).

Each line cites its own printed line, so a quote never joins another 事業's amount; a 事業's sub-items stand under it.
"""
from __future__ import annotations

import re
import unicodedata

from ingest.plans.records import BudgetLine, Source
from ingest.plans.table_records import cell_label
from ingest.plans.values import has_value, parse_amount
from ingest.tables.table import Cell
from ingest.text.normalize import quote_text
from ingest.vocab.header_words import BUDGET_LEVEL_WORDS

# 「６ 企画費」「６目 企画費」 -> 「企画費」
NUMBERING = re.compile(rf"^(?:[0-9]{{1,3}}\s+|[0-9]{{1,3}}[{''.join(BUDGET_LEVEL_WORDS)}]\s*|[(（][0-9]{{1,3}}[)）]\s*)(?=\S)")


_LINE_AMOUNT = re.compile(r"^(?P<name>\S.*?)[ \u3000]+(?P<amount>[△▲-]?[0-9０-９][0-9０-９,，]*)[ \u3000]*$")
_SUB_ITEM = re.compile(r"^\s*[(（][0-9０-９]{1,3}[)）]")


_LEVEL_LABEL = re.compile(rf"[0-9０-９]{{1,3}}[ \u3000]*[{''.join(BUDGET_LEVEL_WORDS[:2])}][ \u3000]*([^\s0-9０-９]{{2,20}})")


def levels_above(document_text: str, start: int) -> tuple[str, ...]:
    """The 款 and 項 a 予算書's table stands under, printed on a line just above it (「４款 衛生費 １項 保健衛生費」):
    their names, coarsest first; () when the lines above name none."""
    lines = [l for l in document_text[max(0, start - 600):start].split("\n") if l.strip()][-3:]
    for line in reversed(lines):
        names = _LEVEL_LABEL.findall(line)
        if names and not has_value(_LEVEL_LABEL.sub("", line)):
            return tuple(unicodedata.normalize("NFKC", n) for n in names)
    return ()


def cell_lines(cell: Cell, document_text: str) -> list[tuple[int, int]]:
    """The spans of a cell's printed lines: its first line and the lines stacked below it (a tall cell)."""
    return [(cell.start, cell.end)] + list(getattr(cell, "tail_spans", ()))


def stacked(cell: Cell, document_text: str) -> bool:
    """True for a cell holding several amounts one per line (a 予算書's 節 金額 beside the 節 names)."""
    spans = cell_lines(cell, document_text)
    return len(spans) > 1 and all(has_value(document_text[a:b]) for a, b in spans)


def stacked_lines(table, row, col, parent, role, unit, year, document_text, context_at) -> list[BudgetLine]:
    """A stacked amount cell read line by line beside the label cell on its left with as many lines (「１ 報酬」 over
    「８ 旅費」 beside 「4,820」 over 「1,360」): one line per label, under the row's item; nothing when no label
    column stacks alike (the amounts' names unknown)."""
    amounts = cell_lines(row[col], document_text)
    labels = next((cell_lines(row[c], document_text) for c in range(col - 1, -1, -1)
                   if not row[c].empty and len(cell_lines(row[c], document_text)) == len(amounts)
                   and not has_value(row[c].text)), None)
    if labels is None:
        return []
    lines = []
    for (la, lb), (aa, ab) in zip(labels, amounts):
        name = NUMBERING.sub("", cell_label(document_text[la:lb]))
        amount = parse_amount(document_text[aa:ab], role.unit or unit)
        if not name or amount.value is None:
            continue
        a, b = min(la, aa), max(lb, ab)
        source = Source(table.doc, a, b, quote_text(document_text[a:b]))
        context = context_at(a)
        lines.append(BudgetLine(
            project=parent or context.project, item=name, area=context.area, region=context.region, fiscal_year=year,
            amount=amount.value, unit=amount.unit, raw=cell_label(document_text[aa:ab]), description="",
            source=source, amount_yen=amount.yen, column=cell_label(role.header),
            outline=context.outline + ((parent,) if parent else ())))
    return lines


# where one 説明 line ends and the next begins in a cell whose lines a reader joined (「…事業 187,760２ 保育所…」): after an
# amount whose last comma group is whole, or a half-width digit, a numbering (「２ 」「（１）」) starts the next line
_JOINED_LINE = re.compile(r"(?:(?<=[,，][0-9０-９]{3})|(?<=[0-9]))(?=[（(][0-9０-９]{1,3}[)）]|[０-９]{1,3}[ \u3000])")


def explanation_lines(cell: Cell, document_text: str) -> list[tuple[int, int]]:
    """The spans of a 説明 cell's lines: its printed lines, or where a reader joined them into one, the pieces between
    an amount and the numbering of the next 事業."""
    spans = cell_lines(cell, document_text)
    if len(spans) > 1 or document_text[cell.start:cell.end] != cell.text:
        return spans
    cuts = [cell.start] + [cell.start + m.start() for m in _JOINED_LINE.finditer(cell.text)] + [cell.end]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def explained_in_cell(table, cell, column, unit, year, parent, document_text, context_at, place_of):
    """A 説明 cell whose lines each end with their own amount (「１ 予防接種事業 412,380」 over 「（１）定期予防接種
    361,200」): one line per 事業 under the row's 目, a numbered sub-item under the 事業 above it. The amounts are the
    row's `column` (this year's, or the 補正額 of a 補正予算's 明細)."""
    lines, current = [], parent
    for a, b in explanation_lines(cell, document_text):
        m = _LINE_AMOUNT.match(document_text[a:b].strip())
        if not m:
            continue
        sub = bool(_SUB_ITEM.match(m.group("name")))
        name = NUMBERING.sub("", cell_label(m.group("name")))
        amount = parse_amount(m.group("amount"), unit)
        if not name or has_value(name) or amount.value is None:
            continue
        source = Source(table.doc, a, b, quote_text(document_text[a:b]))
        context = context_at(a)
        owner = current if sub else parent
        lines.append(BudgetLine(
            project=owner or context.project, item=name, area=context.area, region=context.region, fiscal_year=year,
            amount=amount.value, unit=amount.unit, raw=cell_label(m.group("amount")), description="", source=source,
            amount_yen=amount.yen, column=column, place=place_of(name) or context.place,
            outline=context.outline + tuple(p for p in (parent, owner if owner != parent else "") if p)))
        current = current if sub else name
    return lines
