"""KPI and project tables for Excel: CSV in UTF-8 with BOM, XLSX, JSON."""
from __future__ import annotations

import csv
import io
from pathlib import Path

KPI_COLUMNS = ("indicator", "region", "project", "baseline", "actual", "target", "progress", "doc", "label", "quote")
PROJECT_COLUMNS = ("name", "regions", "kpis", "budget_lines", "sources")


def kpi_rows(registry, kpis) -> list[dict]:
    rows = []
    for kpi in kpis:
        citation = registry.citation(1, kpi.source)
        rows.append({"indicator": kpi.indicator, "region": kpi.area, "project": kpi.project,
                     "baseline": kpi.baseline.raw if kpi.baseline else "", "actual": kpi.actual.raw if kpi.actual else "",
                     "target": kpi.target.raw if kpi.target else "", "progress": "" if kpi.progress is None else kpi.progress,
                     "doc": citation.doc, "label": citation.label, "quote": kpi.source.quote})
    return rows


def project_rows(entries) -> list[dict]:
    return [{"name": e.name, "regions": "・".join(e.regions), "kpis": " / ".join(k.indicator for k in e.kpis),
             "budget_lines": " / ".join(f"{b.item} {b.raw}{b.unit}" for b in e.budgets),
             "sources": " / ".join(sorted({s.doc for s in e.sources}))} for e in entries]


def to_csv(rows: list[dict], columns: tuple[str, ...]) -> str:
    """CSV text with a BOM so Excel opens Japanese text correctly."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return "\ufeff" + out.getvalue()


def to_xlsx(rows: list[dict], columns: tuple[str, ...], path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(columns))
    for row in rows:
        sheet.append([row.get(c, "") for c in columns])
    book.save(path)
