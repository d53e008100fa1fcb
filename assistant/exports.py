"""KPI and project tables for Excel: CSV in UTF-8 with BOM, XLSX, JSON.

Rows are dicts with English keys (the `--json` output); CSV and XLSX show them under Japanese headers
(`KPI_COLUMNS` pairs each header with its key). Values are numbers with the unit in a column of its
own, so Excel can sum and sort them; a value that is not a number (「増加」) stays as written.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from ingest.plans.records import KpiValue

# (header, key): the order the columns appear in CSV and XLSX.
KPI_COLUMNS = (("指標", "indicator"), ("地域", "region"), ("場所", "place"),
               ("基準値", "baseline_value"), ("基準年度", "baseline_year"),
               ("実績値", "actual_value"), ("実績年度", "actual_year"),
               ("目標値", "target_value"), ("目標年度", "target_year"),
               ("進捗率", "progress"), ("単位", "unit"), ("プロジェクト", "project"),
               ("出典", "label"), ("文書", "doc"), ("ページ", "page"),
               ("進捗率の区分", "progress_computed"), ("計画上の位置", "outline"), ("引用", "quote"))
PROJECT_COLUMNS = (("プロジェクト", "name"), ("連携地域", "regions"), ("指標", "kpis"), ("予算", "budget_lines"),
                   ("出典文書", "sources"))
UNIT_COLUMNS = (("名前", "name"), ("種類", "kind"), ("場所", "place"), ("連携地域", "region"), ("計画上の位置", "outline"),
                ("指標の数", "kpis"), ("予算の行数", "budget_lines"), ("文書", "doc"), ("出典", "label"), ("引用", "quote"))
BUDGET_COLUMNS = (("事業", "item"), ("プロジェクト", "project"), ("場所", "place"), ("地域", "area"), ("連携地域", "region"),
                  ("年度", "fiscal_year"), ("金額（記載）", "amount"), ("単位", "unit"), ("金額（円）", "amount_yen"),
                  ("列", "column"), ("期間", "period"), ("計画上の位置", "outline"), ("文書", "doc"), ("出典", "label"),
                  ("引用", "quote"))
OUTLINE_SEPARATOR = " > "


def _unit(kpi) -> str:
    """The unit the KPI's values share (the target's first, as the plan states its goal in it)."""
    return next((v.unit for v in (kpi.target, kpi.actual, kpi.baseline) if v is not None and v.unit), "")


def _number(value: KpiValue | None, unit: str):
    """The value as a number when it is one in `unit`; else its text as written (so nothing is misread)."""
    if value is None:
        return ""
    if value.value is not None and value.unit in (unit, ""):
        return value.value
    return value.raw


def _year(value: KpiValue | None):
    if value is None or value.year is None:
        return ""
    return f"{value.year}〜{value.year_end}" if value.year_end and value.year_end != value.year else value.year


def kpi_rows(registry, kpis) -> list[dict]:
    rows = []
    for kpi in kpis:
        citation = registry.citation(1, kpi.source)
        unit = _unit(kpi)
        rows.append({"indicator": kpi.indicator, "region": kpi.area, "place": kpi.place,
                     "project": kpi.project,
                     "baseline": kpi.baseline.raw if kpi.baseline else "", "actual": kpi.actual.raw if kpi.actual else "",
                     "target": kpi.target.raw if kpi.target else "",
                     "baseline_value": _number(kpi.baseline, unit), "baseline_year": _year(kpi.baseline),
                     "actual_value": _number(kpi.actual, unit), "actual_year": _year(kpi.actual),
                     "target_value": _number(kpi.target, unit), "target_year": _year(kpi.target),
                     "unit": unit, "progress": "" if kpi.progress is None else kpi.progress,
                     "progress_computed": "計算値" if kpi.progress_computed else "",
                     "outline": OUTLINE_SEPARATOR.join(kpi.outline),
                     "doc": citation.doc, "page": citation.page, "label": citation.label, "quote": kpi.source.quote})
    return rows


def budget_rows(registry, lines) -> list[dict]:
    """Budget lines with the amount as written, its unit, and yen (blank where the document states no unit)."""
    rows = []
    for line in lines:
        citation = registry.citation(1, line.source)
        rows.append({"item": line.item, "project": line.project, "place": line.place, "area": line.area,
                     "region": line.region, "fiscal_year": line.fiscal_year or "", "amount": line.raw,
                     "unit": line.unit, "amount_yen": "" if line.amount_yen is None else round(line.amount_yen),
                     "column": line.column, "period": "～".join(str(y) for y in line.period if y) if line.period else "",
                     "outline": OUTLINE_SEPARATOR.join(line.outline), "doc": citation.doc, "label": citation.label,
                     "quote": line.source.quote})
    return rows


def unit_rows(registry, units) -> list[dict]:
    """Project and 事業 records with their place in the plan and how many KPIs and budget lines stand under them."""
    rows = []
    for unit in units:
        citation = registry.citation(1, unit.source)
        kpis = [k for k in registry.kpis if k.source.doc == unit.source.doc and unit.name in (k.project, *k.outline)]
        lines = [b for b in registry.budgets if b.source.doc == unit.source.doc
                 and unit.name in (b.item, b.project, *b.outline)]
        rows.append({"name": unit.name, "kind": unit.kind, "place": unit.place, "region": unit.region,
                     "outline": OUTLINE_SEPARATOR.join(unit.outline), "kpis": len(kpis), "budget_lines": len(lines),
                     "doc": citation.doc, "label": citation.label, "quote": unit.source.quote})
    return rows


def project_rows(entries) -> list[dict]:
    return [{"name": e.name, "regions": "・".join(e.regions), "kpis": " / ".join(k.indicator for k in e.kpis),
             "budget_lines": " / ".join(f"{b.item} {b.raw}{b.unit}" for b in e.budgets),
             "sources": " / ".join(sorted({s.doc for s in e.sources}))} for e in entries]


def to_csv(rows: list[dict], columns: tuple[tuple[str, str], ...]) -> str:
    """CSV text under the Japanese headers, with a BOM so Excel opens Japanese text correctly."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([header for header, _ in columns])
    for row in rows:
        writer.writerow([row.get(key, "") for _, key in columns])
    return "\ufeff" + out.getvalue()


def to_xlsx(rows: list[dict], columns: tuple[tuple[str, str], ...], path: Path, sheet_name: str = "一覧") -> None:
    """One sheet named for what it lists (「KPI」, not Excel's 「Sheet」): the Japanese headers (bold, frozen) and
    the rows, numbers as numbers."""
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = sheet_name
    sheet.append([header for header, _ in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "B2"
    for row in rows:
        sheet.append([row.get(key, "") for _, key in columns])
    book.save(path)
