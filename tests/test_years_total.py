"""A 実施計画 sheet whose 事業費 group header spans the year columns only, the 「３か年計」 standing in a column of its own
(a town of no other test, every figure invented): 「３年間でいくら」 is that column's cell, a year's question its year."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pipeline import ingest_file


def _plan_xlsx(folder: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["第５次陸別町総合計画　実施計画", None, None, None, None, "（単位：千円）"])
    sheet.append(["事業名", "担当課", "計画事業費", None, None, "３か年計"])
    sheet.append([None, None, "令和８年度", "令和９年度", "令和10年度", None])
    sheet.merge_cells("C2:E2")
    sheet.merge_cells("F2:F3")
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("B2:B3")
    for row in (("銀河の森周辺景観整備事業", "産業課", 12_000, 8_500, 8_500, 29_000),
                ("町営バス運行補助事業", "総務課", 21_400, 21_400, 21_400, 64_200)):
        sheet.append(list(row))
        for cell in sheet[sheet.max_row][2:]:
            cell.number_format = "#,##0"
    path = folder / "rikubetsu_jisshi_keikaku.xlsx"
    book.save(path)
    return path


def test_the_years_total_is_an_amount_of_no_one_year(tmp_path):
    lines = [b for b in ingest_file(_plan_xlsx(tmp_path), tmp_path).plans.budgets if b.item == "銀河の森周辺景観整備事業"]
    total = [b for b in lines if b.fiscal_year is None]
    assert len(total) == 1 and total[0].raw == "29,000" and total[0].amount_yen == 29_000_000
    assert {b.fiscal_year: b.raw for b in lines if b.fiscal_year} == {2026: "12,000", 2027: "8,500", 2028: "8,500"}


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("years-total")
    _plan_xlsx(folder)
    index_dir = tmp_path_factory.mktemp("years-total-index")
    update_index(folder, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def test_three_years_asked_is_the_total_column(assistant):
    answer = assistant.ask("陸別町の町営バス運行補助事業に、３年間でいくら見込んでいますか？")
    assert answer.found and "64,200" in answer.answer.split("\n")[0]
    year = assistant.ask("陸別町の銀河の森周辺景観整備事業の令和９年度の事業費は？")
    assert year.found and "8,500" in year.answer.split("\n")[0] and "29,000" not in year.answer.split("\n")[0]


def test_a_sum_asked_is_never_one_projects_amount(tmp_path, embedder, tokenizer):
    """「令和８年度の事業費の合計は」 over a sheet with no 合計 row, one of whose 事業 holds 費 in its name (the only line
    the words match): never that 事業's amount as the total."""
    from openpyxl import Workbook

    from assistant.service import Assistant
    from index.update import update_index

    book = Workbook()
    sheet = book.active
    sheet.append(["置戸町実施計画（令和８年度）", None, "（単位：千円）"])
    sheet.append(["事業名", "担当課", "令和８年度"])
    sheet.append(["オケクラフト工房改修事業", "産業振興課", 18_400])
    sheet.append(["高校生通学費助成事業", "教育委員会", 2_300])
    book.save(tmp_path / "oketo_jisshi_keikaku_r8.xlsx")
    index_dir = tmp_path / "index"
    update_index(tmp_path, index_dir, embedder, tokenizer)
    answer = Assistant.open(index_dir, embedder, tokenizer).ask("置戸町の令和８年度の事業費の合計はいくらですか？")
    assert "2,300" not in answer.answer.split("\n")[0] and "2300" not in answer.answer.split("\n")[0]
