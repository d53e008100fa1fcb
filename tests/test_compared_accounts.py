"""A 当初予算の概要 in Word (a real town of no other test, every figure invented): a table of accounts compared with last
year (会計区分｜令和７年度｜令和６年度｜比較増減｜伸率（％）, a 総計 row), and the 歳入 table set beside the 歳出 table in one
grid (歳入｜金額｜構成比｜歳出｜金額｜構成比, one row holding a 歳入 款 and a 歳出 款).

A user asks one account's budget, all accounts' (the 総計 row), how much one changed from last year (the row's own
comparison cell, never this year's amount), and a 歳出 款 (its half of the row, never the 歳入 amount printed beside it)."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pipeline import ingest_file
from ingest.plans.comparison_tables import is_change_column, is_rate_column


def _outline_docx(folder: Path) -> Path:
    from docx import Document

    document = Document()
    document.add_heading("令和７年度　訓子府町当初予算の概要", level=1)
    document.add_paragraph("１　会計別予算額")
    document.add_paragraph("（単位：千円、％）")
    accounts = (("会計区分", "令和７年度", "令和６年度", "比較増減", "伸率（％）"),
                ("一般会計", "6,184,000", "5,962,000", "222,000", "3.7"),
                ("国民健康保険事業特別会計", "702,300", "716,800", "△14,500", "△2.0"),
                ("簡易水道事業特別会計", "388,120", "352,400", "35,720", "10.1"),
                ("総計", "7,274,420", "7,031,200", "243,220", "3.5"))
    table = document.add_table(rows=0, cols=5)
    for row in accounts:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    document.add_paragraph("２　一般会計の歳入・歳出")
    document.add_paragraph("（単位：千円、％）")
    sides = (("歳入", "金額", "構成比", "歳出", "金額", "構成比"),
             ("町税", "641,500", "10.4", "議会費", "58,900", "1.0"),
             ("地方交付税", "3,105,000", "50.2", "民生費", "1,286,300", "20.8"),
             ("国庫支出金", "512,860", "8.3", "農林業費", "904,150", "14.6"),
             ("町債", "468,200", "7.6", "土木費", "733,480", "11.9"))
    table = document.add_table(rows=0, cols=6)
    for row in sides:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    path = folder / "kunneppu_r7_yosan_gaiyo.docx"
    document.save(path)
    return path


def test_accounts_compared_with_last_year_and_tables_side_by_side_are_read_as_budget_lines(tmp_path):
    lines = ingest_file(_outline_docx(tmp_path), tmp_path).plans.budgets
    this_year = {b.item: b for b in lines if b.fiscal_year == 2025 and not is_change_column(b.column)}
    assert this_year["一般会計"].raw == "6,184,000" and this_year["一般会計"].amount_yen == 6_184_000_000
    changes = {b.item: b.raw for b in lines if is_change_column(b.column) and not is_rate_column(b.column)}
    assert changes["一般会計"] == "222,000" and changes["国民健康保険事業特別会計"] == "△14,500"
    assert {b.raw for b in lines if b.item == "一般会計" and not is_change_column(b.column)} == {"6,184,000", "5,962,000"}
    by_item = {b.item: b for b in lines if b.column == "金額"}
    assert by_item["民生費"].raw == "1,286,300" and by_item["町税"].raw == "641,500"
    assert "地方交付税" not in by_item["民生費"].source.quote        # the 歳出 half of the row, quoted alone
    assert "民生費" not in by_item["地方交付税"].source.quote


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("compared-accounts")
    _outline_docx(folder)
    index_dir = tmp_path_factory.mktemp("compared-accounts-index")
    update_index(folder, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def _lead(answer) -> str:
    return answer.answer.split("\n")[0]


def test_one_account_and_all_accounts(assistant):
    general = assistant.ask("訓子府町の令和７年度一般会計の当初予算額はいくらですか？")
    assert general.found and "6,184,000" in _lead(general)
    total = assistant.ask("訓子府町の全会計の令和７年度当初予算の総額はいくらですか？")
    assert total.found and "7,274,420" in _lead(total)
    assert "6,184,000" not in total.answer          # one account's amount is no total of all


def test_a_change_from_last_year_is_the_rows_comparison_cell(assistant):
    change = assistant.ask("訓子府町の一般会計予算は前年度と比べていくら増えましたか？")
    assert change.found and "222,000" in _lead(change)
    assert "6,184,000" not in _lead(change)         # this year's amount is no change
    both = assistant.ask("訓子府町の国民健康保険事業特別会計は令和７年度いくらで、前年度からいくら減っていますか？")
    assert both.found and "702,300" in both.answer and "△14,500" in both.answer


def test_a_spending_item_beside_a_revenue_item_is_its_own_half(assistant):
    welfare = assistant.ask("訓子府町の令和７年度の民生費の予算額はいくらですか？")
    assert welfare.found and "1,286,300" in _lead(welfare)
    assert "3,105,000" not in welfare.answer
    tax = assistant.ask("訓子府町の町税はいくら見込んでいますか？")
    assert tax.found and "641,500" in _lead(tax)


def test_last_years_amount_for_its_own_year_named(assistant):
    both = assistant.ask("訓子府町の一般会計の予算額を、令和７年度と令和６年度で教えてください。")
    assert both.found and "6,184,000" in both.answer and "5,962,000" in both.answer
    this_year = assistant.ask("訓子府町の一般会計の令和７年度当初予算額はいくらですか？")
    assert "5,962,000" not in this_year.answer.split("\n")[0]
