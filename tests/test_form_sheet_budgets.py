"""事務事業評価シート workbooks (one form sheet per 事業, invented here for a town of no other test): the 事業費 block's
label column is headed by the amount's name and unit (「事業費（単位：千円）」, merged over several columns) and the
year columns by their year and kind (「令和４年度決算｜…｜令和７年度予算」). Each year's cell is an amount of that year
and kind, a staff count among the rows is no amount, and a 決算 of a year the sheet prints only as 予算 is not found."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pipeline import ingest_file


def _form_book(folder: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    first = True
    for title, name, amounts, general in (("01_通学バス", "遠距離通学バス運行事業", (11840, 12260, 12910, 13400),
                                            (5920, 6130, 6455, 6700)),
                                           ("02_移住相談", "移住相談窓口運営事業", (2310, 2480, 2650, 3100),
                                            (2310, 2480, 2650, 3100))):
        sheet = book.active if first else book.create_sheet()
        first = False
        sheet.title = title
        sheet.append(["事務事業評価シート（令和６年度実施事業）"])
        sheet.append(["あさぎり台町"])
        sheet.append(["事業名", name, None, None, "担当課", "企画課"])
        sheet.append(["事業の目的", "町民の暮らしを支える。"])
        sheet.append([])
        sheet.append(["事業費（単位：千円）", None, None, "令和４年度決算", "令和５年度決算", "令和６年度決算", "令和７年度予算"])
        sheet.merge_cells(start_row=6, start_column=1, end_row=6, end_column=3)
        for r, (label, values) in enumerate((("事業費", amounts), ("うち一般財源", general),
                                             ("従事職員数（人）", (0.8, 0.8, 1.0, 1.0))), start=7):
            sheet.append([label, None, None, *values])
            sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
            for c in range(4, 8):
                sheet.cell(r, c).number_format = "#,##0" if label != "従事職員数（人）" else "0.0"
    path = folder / "asagiridai_jimu_jigyo_hyoka.xlsx"
    book.save(path)
    return path


def test_each_year_column_is_an_amount_of_its_year_and_kind_and_a_staff_count_is_none(tmp_path):
    ingested = ingest_file(_form_book(tmp_path), tmp_path)
    lines = {(b.project, b.item, b.fiscal_year): b for b in ingested.plans.budgets}
    bus = lines[("遠距離通学バス運行事業", "事業費", 2023)]
    assert bus.raw == "12,260" and bus.amount_yen == 12_260_000 and "決算" in bus.column
    assert "予算" in lines[("移住相談窓口運営事業", "事業費", 2025)].column
    assert not any("従事職員" in b.item for b in ingested.plans.budgets)
    assert not any(b.raw == "事業費" for b in ingested.plans.budgets)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("form-sheets")
    _form_book(folder)
    index_dir = tmp_path_factory.mktemp("form-sheets-index")
    update_index(folder, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def test_a_years_settled_amount_is_stated_and_one_the_sheet_does_not_print_is_not_found(assistant):
    answer = assistant.ask("あさぎり台町の遠距離通学バス運行事業の令和5年度決算額は？")
    assert answer.found and "12,260" in answer.answer.split("\n")[0]
    missing = assistant.ask("あさぎり台町の移住相談窓口運営事業の令和7年度決算額は？")
    assert not missing.found and "3,100" not in missing.answer.split("\n")[0]


def _plan_book(folder: Path) -> Path:
    """A 過疎計画's 事業計画 sheet (invented town): one 事業費 per 事業 for the whole period in the caption."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "事業計画"
    sheet.append(["事業計画（令和8年度～令和12年度）"])
    sheet.append(["施策区分", "事業名", "事業内容", "事業主体", "事業費（千円）"])
    sheet.append(["4 交通", "コミュニティバス運行事業", "町内6路線の運行", "町", 410000])
    sheet.append([None, "デマンド交通実証事業", "北部地区での実証", "町", 28000])
    for row in (3, 4):
        sheet.cell(row, 5).number_format = "#,##0"
    path = folder / "kiyosato_kaso_keikaku.xlsx"
    book.save(path)
    return path


def test_a_periods_amount_is_never_stated_for_one_year_of_it(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("period-plan")
    _plan_book(folder)
    index_dir = tmp_path_factory.mktemp("period-plan-index")
    update_index(folder, index_dir, embedder, tokenizer)
    assistant = Assistant.open(index_dir, embedder, tokenizer)
    one_year = assistant.ask("コミュニティバス運行事業の令和10年度の事業費はいくらですか？")
    assert "410,000" not in one_year.answer.split("\n")[0]
    whole = assistant.ask("コミュニティバス運行事業の事業費はいくらですか？")
    assert whole.found and "410,000" in whole.answer.split("\n")[0]
