"""What the page and the exports show, without a browser: single areas in the 地域 filter, the date an
upload was indexed in Japanese, the Excel sheet's name."""
from __future__ import annotations

import openpyxl

from assistant import exports
from assistant.documents import document_rows
from assistant.tables import kpi_areas, project_regions, single_areas


def test_area_filter_offers_each_area_of_a_joint_record(assistant):
    areas = kpi_areas(assistant.plans.kpis)
    assert "根室" in areas and "十勝" in areas and "釧路・根室" in areas
    assert not any("、" in area for area in areas)
    assert not any("、" in region for region in project_regions(list(assistant.plans.projects.values())))
    assert single_areas("十勝、オホーツク、釧路、根室") == ["十勝", "オホーツク", "釧路", "根室"]


def test_documents_added_at_reads_in_japanese(tmp_path):
    rows = document_rows(tmp_path, {"a.txt": {"title": "計画", "passages": 3, "added_at": "2026-12-06T09:05:00"}}, [])
    assert rows[0].added_at == "2026年12月6日 09:05"


def test_xlsx_export_sheet_is_named(assistant, tmp_path):
    path = tmp_path / "kpi.xlsx"
    exports.to_xlsx(exports.kpi_rows(assistant.plans, assistant.plans.kpis), exports.KPI_COLUMNS, path, "KPI")
    assert openpyxl.load_workbook(path).sheetnames == ["KPI"]
