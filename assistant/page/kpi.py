"""The KPI tab: the indicators filtered and sorted, a progress chart, and the same rows as CSV and XLSX."""
from __future__ import annotations

import os
import time
import uuid
from html import escape
from pathlib import Path

import gradio as gr

from assistant import exports
from assistant.html_views import render_kpi_table, render_progress_chart
from assistant.live import LiveIndex
from assistant.page.choices import ALL
from assistant.tables import KpiQuery, describe_kpi_query, select_kpis
from index.errors import disk_problem


def kpi_query(area: str, text: str, low, high, sort: str) -> KpiQuery:
    """The tab's controls as a query: 「（すべて）」, an empty box and a 0 mean no condition."""
    return KpiQuery(area="" if area == ALL else area, text=(text or "").strip(),
                    progress_min=float(low) if low else None,      # 0 or empty: no lower bound
                    progress_below=float(high) if high else None,  # 0 or empty: no upper bound
                    sort=sort)


def write_downloads(rows: list[dict], export_dir: Path) -> tuple[Path, Path]:
    """The rows as kpi-<time>-<id>.csv and .xlsx in `export_dir` (OSError when the folder cannot be written): a name of
    its own per call, each file written under a temporary name and renamed whole, so a view updated twice in one second
    never overwrites a file the page is still serving (a download read half-written was a corrupt workbook)."""
    stem = f"kpi-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}"
    csv_path, xlsx_path = export_dir / f"{stem}.csv", export_dir / f"{stem}.xlsx"
    part = export_dir / f"{stem}.csv.part"
    part.write_text(exports.to_csv(rows, exports.KPI_COLUMNS), encoding="utf-8")
    os.replace(part, csv_path)
    part = export_dir / f"{stem}.part.xlsx"
    exports.to_xlsx(rows, exports.KPI_COLUMNS, part, "KPI")
    os.replace(part, xlsx_path)
    return csv_path, xlsx_path


def kpi_view(live: LiveIndex, export_dir: Path, area: str, text: str, low, high, sort: str):
    """(table HTML, chart HTML, note HTML, CSV download, XLSX download) for the tab's controls."""
    query = kpi_query(area, text, low, high, sort)
    kpis = select_kpis(live.assistant.plans.kpis, query)
    rows = exports.kpi_rows(live.assistant.plans, kpis)
    note = f"{len(rows)} 件の指標（進捗率の記載があるもの {sum(k.progress is not None for k in kpis)} 件）"
    conditions = describe_kpi_query(query)
    if conditions:
        note += f" — 条件: {conditions}"
    try:
        csv_path, xlsx_path = write_downloads(rows, export_dir)
        files = (gr.update(value=str(csv_path)), gr.update(value=str(xlsx_path)))
    except OSError as exc:   # the table still shows; only the downloads are missing
        note += "\nダウンロード用のファイルを作れませんでした: " + disk_problem("一時フォルダ", export_dir, exc)
        files = (gr.update(value=None), gr.update(value=None))
    note_html = "<br>".join(escape(line) for line in note.split("\n"))   # typed words are text, never HTML
    return (render_kpi_table(rows), render_progress_chart(kpis), f'<div class="pa-note">{note_html}</div>', *files)
