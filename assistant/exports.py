"""KPI and project tables for Excel: CSV in UTF-8 with BOM, XLSX, JSON.

Rows are dicts with English keys (the `--json` output); CSV and XLSX show them under Japanese headers
(`KPI_COLUMNS` pairs each header with its key). Values are numbers with the unit in a column of its
own, so Excel can sum and sort them; a value that is not a number (「増加」) stays as written.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from ingest.plan_records import KpiValue

# (header, key): the order the columns appear in CSV and XLSX.
KPI_COLUMNS = (("指標", "indicator"), ("地域", "region"), ("場所", "place"),
               ("基準値", "baseline_value"), ("基準年度", "baseline_year"),
               ("実績値", "actual_value"), ("実績年度", "actual_year"),
               ("目標値", "target_value"), ("目標年度", "target_year"),
               ("進捗率", "progress"), ("単位", "unit"), ("プロジェクト", "project"),
               ("出典", "label"), ("文書", "doc"), ("ページ", "page"), ("引用", "quote"))
PROJECT_COLUMNS = (("プロジェクト", "name"), ("連携地域", "regions"), ("指標", "kpis"), ("予算", "budget_lines"),
                   ("出典文書", "sources"))


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
        rows.append({"indicator": kpi.indicator, "region": kpi.area, "place": getattr(kpi, "place", ""),
                     "project": kpi.project,
                     "baseline": kpi.baseline.raw if kpi.baseline else "", "actual": kpi.actual.raw if kpi.actual else "",
                     "target": kpi.target.raw if kpi.target else "",
                     "baseline_value": _number(kpi.baseline, unit), "baseline_year": _year(kpi.baseline),
                     "actual_value": _number(kpi.actual, unit), "actual_year": _year(kpi.actual),
                     "target_value": _number(kpi.target, unit), "target_year": _year(kpi.target),
                     "unit": unit, "progress": "" if kpi.progress is None else kpi.progress,
                     "doc": citation.doc, "page": citation.page, "label": citation.label, "quote": kpi.source.quote})
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


def to_xlsx(rows: list[dict], columns: tuple[tuple[str, str], ...], path: Path) -> None:
    """One sheet: the Japanese headers (bold, frozen) and the rows, numbers as numbers."""
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([header for header, _ in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "B2"
    for row in rows:
        sheet.append([row.get(key, "") for _, key in columns])
    book.save(path)
