"""Survey result tables: a label per row, several percentages beside it, and a rank or a count next to them.

    順位  施策                  満足度   重要度   回答数
    1     ごみの収集・処理       68.2%    72.1%    1,204
    2     上下水道の整備         61.5%    70.4%    1,198

A 市民満足度調査 / 意識調査 prints its results this way. Each percentage becomes a record of its own, named by
its row label and its column header (「ごみの収集・処理 満足度」), with the header it stood under; the rank
(順位, 「1位」) and the count (回答数, n=) are never a rate. A column of groups (年代, 地域, 性別, 区分) names
the group of each row (「30歳代」), carried down over merged cells. A percentage's kind is read by the
quantity grammar (ingest.vocab): a cell is a rate only when it reads as a ratio in %, or as a bare number under a
header saying %. The year is the report's (its fiscal year), as for survey sentences.
"""
from __future__ import annotations

from ingest.plans.records import Kpi, KpiValue, Source
from ingest.plans.table_records import cell_label
from ingest.tables.table import Cell, Table
from ingest.text.normalize import quote_text
from ingest.vocab.quantities import read_quantity

_RANK_WORDS = ("順位", "ランク", "位")
_COUNT_WORDS = ("回答数", "回答者数", "人数", "件数", "サンプル", "n=", "N=", "票")
_GROUP_WORDS = ("年代", "年齢", "地域", "地区", "性別", "区分", "属性", "居住地")
MIN_ROWS = 2


def _rows(table: Table) -> tuple[list[str], list[tuple[Cell, ...]]]:
    """Column headers and body rows; a first body row of words over rows of figures is the header."""
    if table.header_rows:
        return table.column_headers(), list(table.body_rows)
    rows = list(table.body_rows)
    if len(rows) > MIN_ROWS and not any(_rate(c.text, "") is not None for c in rows[0]):
        return [cell_label(c.text) for c in rows[0]], rows[1:]
    return [], rows


def _rate(text: str, header: str) -> float | None:
    q = read_quantity(text)
    if q is None:
        return None
    if q.kind == "ratio" and q.unit == "%":
        return q.value
    if q.kind in ("number", "index") and "%" in header:
        return q.value
    return None


def _is_rate_column(col: int, header: str, rows) -> bool:
    if any(w in header for w in _RANK_WORDS + _COUNT_WORDS):
        return False
    cells = [r[col].text for r in rows if col < len(r) and not r[col].empty]
    rates = [t for t in cells if _rate(t, header) is not None]
    return len(cells) >= MIN_ROWS and len(rates) * 2 > len(cells)


def survey_kpis_from_table(table: Table, document_text: str, context_at, place_of, year: int | None) -> list[Kpi]:
    headers, rows = _rows(table)
    if not headers or len(rows) < MIN_ROWS:
        return []
    width = len(headers)
    rate_cols = [c for c in range(width) if _is_rate_column(c, headers[c], rows)]
    if not rate_cols:
        return []
    group_col = next((c for c in range(width) if any(w in headers[c] for w in _GROUP_WORDS)), None)
    skip = set(rate_cols) | {group_col} | {c for c in range(width) if any(w in headers[c] for w in _RANK_WORDS + _COUNT_WORDS)}
    label_col = next((c for c in range(width) if c not in skip and any(
        not r[c].empty and read_quantity(r[c].text) is None for r in rows if c < len(r))), None)
    if label_col is None and group_col is None:
        return []
    kpis: list[Kpi] = []
    group = ""
    for row in rows:
        if group_col is not None and group_col < len(row) and not row[group_col].empty:
            group = cell_label(row[group_col].text)
        label = cell_label(row[label_col].text) if label_col is not None and label_col < len(row) else ""
        name = " ".join(p for p in (group if group != label else "", label) if p)
        if not name:
            continue
        for col in rate_cols:
            if col >= len(row) or row[col].empty:
                continue
            value = _rate(row[col].text, headers[col])
            if value is None:
                continue
            header = cell_label(headers[col])
            named = [c for c in (row[label_col] if label_col is not None else None,
                                 row[group_col] if group_col is not None else None, row[col]) if c is not None and not c.empty]
            a, b = min(c.start for c in named), max(c.end for c in named)
            context = context_at(a)
            indicator = f"{name} {header}" if len(rate_cols) > 1 or header else name
            kpis.append(Kpi(indicator, group or context.area or context.region, context.project, None,
                            KpiValue(value, "%", year, None, cell_label(row[col].text), "", header), None, None,
                            Source(table.doc, a, b, quote_text(document_text[a:b])), "table",
                            place=place_of(label) or context.place, outline=context.outline))
    return kpis
