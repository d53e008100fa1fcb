"""KPI and project tables for Excel: CSV in UTF-8 with BOM, XLSX, JSON."""
from __future__ import annotations

import csv
import io
from pathlib import Path

KPI_COLUMNS = ("indicator", "region", "project", "baseline", "actual", "target", "progress", "progress_computed",
               "place", "outline", "doc", "label", "quote")
PROJECT_COLUMNS = ("name", "regions", "kpis", "budget_lines", "sources")
UNIT_COLUMNS = ("name", "kind", "place", "region", "outline", "kpis", "budget_lines", "doc", "label", "quote")
BUDGET_COLUMNS = ("item", "project", "place", "area", "region", "fiscal_year", "amount", "unit", "amount_yen", "column",
                  "period", "outline", "doc", "label", "quote")
OUTLINE_SEPARATOR = " > "


def kpi_rows(registry, kpis) -> list[dict]:
    rows = []
    for kpi in kpis:
        citation = registry.citation(1, kpi.source)
        rows.append({"indicator": kpi.indicator, "region": kpi.area, "project": kpi.project,
                     "baseline": kpi.baseline.raw if kpi.baseline else "", "actual": kpi.actual.raw if kpi.actual else "",
                     "target": kpi.target.raw if kpi.target else "", "progress": "" if kpi.progress is None else kpi.progress,
                     "progress_computed": "計算値" if kpi.progress_computed else "",
                     "place": kpi.place, "outline": OUTLINE_SEPARATOR.join(kpi.outline),
                     "doc": citation.doc, "label": citation.label, "quote": kpi.source.quote})
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
