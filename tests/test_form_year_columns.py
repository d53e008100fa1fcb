"""A 事務事業評価 form drawn on a grid of narrow merged cells (a real town of no other test, every figure invented): the
label｜value rows (事業名｜…) and, in the same grid, 区分｜令和４年度決算｜令和５年度決算｜令和６年度決算｜令和７年度予算 over
事業費｜…｜… rows. A 事業費 row of four figures is no label｜value pair: its first figure is 令和４年度's, never stated
for the year the document is of (令和６年度)."""
from __future__ import annotations

from pathlib import Path

import pytest


def _form(folder: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "No.1"
    sheet.merge_cells("A1:X1")
    sheet["A1"] = "事務事業評価シート（令和６年度実施事業）　多良木町"
    for row, (label, value) in enumerate((("事業名", "球磨川ラフティング交流推進事業"), ("担当課", "商工観光課"),
                                          ("目的", "川の体験で交流人口を増やす。")), start=2):
        sheet.cell(row, 1, label)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        sheet.cell(row, 7, value)
        sheet.merge_cells(start_row=row, start_column=7, end_row=row, end_column=24)
    sheet.merge_cells("A5:X5")
    sheet["A5"] = "事業費の推移（単位：千円）"
    for row, cells in enumerate((("区分", "令和４年度決算", "令和５年度決算", "令和６年度決算", "令和７年度予算"),
                                 ("事業費", 7410, 8120, 9380, 9900)), start=6):
        for k, value in enumerate(cells):
            sheet.cell(row, 1 + 6 * k if k else 1, value)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        for k in range(1, 5):
            sheet.merge_cells(start_row=row, start_column=1 + 6 * k, end_row=row, end_column=6 + 6 * k)
    path = folder / "taragi_jimu_jigyo_hyoka_r6.xlsx"
    book.save(path)
    return path


def test_a_row_of_year_figures_is_no_pair_of_the_form(tmp_path):
    from ingest.pipeline import ingest_file

    lines = ingest_file(_form(tmp_path), tmp_path).plans.budgets
    assert not any(line.amount == 7410 and line.fiscal_year == 2024 for line in lines)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("form-year-columns")
    _form(folder)
    index_dir = tmp_path_factory.mktemp("form-year-columns-index")
    update_index(folder, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def test_the_first_years_figure_is_never_stated_for_the_documents_year(assistant):
    answer = assistant.ask("多良木町の球磨川ラフティング交流推進事業の令和6年度の決算額はいくらですか？")
    lead = answer.answer.split("\n")[0]
    assert not any(figure in lead for figure in ("7,410", "7410", "8,120", "8120", "9,900", "9900"))
