"""KPI and budget records from table layouts, and the answers a user gets from them: documents of invented towns
written here in each layout (not copies of any real document), indexed with the real tokenizer, embedder and index.

- a KPI table flattened one cell per line, header cells wrapped onto a second line, a 「−」 unit, 達成状況;
- an XLSX 事務事業評価 sheet: group headers merged over their sub-headers in the next row (事業費 over three amount
  columns, 活動・成果指標 over 指標名｜単位｜目標値｜実績値), an 事業番号 code column beside the 事業名;
- an XLSX KPI sheet whose yearly actuals stand under one merged header (「各年度の実績」 over R2｜R3｜R4), the
  baseline and target merged down two rows, a 単位 column under the indicator's group, section rows merged across;
- a text table aligned by full-width spaces, baseline and target in one row, the years only in the header line;
- a ruled PDF table 指標｜現状（令和6年度）｜目標（令和12年度） in a plan that names its town only as 「本町」.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pipeline import ingest_file
from tests.fixtures.record_views import plans_of, value_view as _v  # (value, unit, year)

STACKED = """架空村 総合戦略 数値目標の達成状況

施策
指標
単位
基準値
（平成30年度）
実績値
（令和4年度）
目標値
（令和6年度）
達成状況
1 稼ぐ地域をつくる
農泊利用者数
人
1,200
1,530
2,000
76.5%
2 住み続けられる村
住民幸福度指数
−
3.12
3.40
3.50
97.1%
2 住み続けられる村
空き家の活用件数
件
4
9
8
達成

※達成状況は目標値に対する実績値の割合です。
"""

TEXT_COLUMNS = """架空町 森林整備計画（後期）

【現状と課題】
町の面積の８割が森林です。

【成果指標】
指標名　　　　　　　　　　現状値（Ｒ６）　　目標値（Ｒ12）
森林整備面積（累計）　　　１，２５０ｈａ　　２，０００ｈａ
木材搬出量　　　　　　　　８，６００㎥　　　１２，０００㎥
"""


def _evaluation_sheet(path: Path) -> Path:
    """A 事務事業評価 list: merged group headers over sub-headers, amounts and values stored as numbers."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "評価結果"
    sheet["A1"] = "架空郡架空町　事務事業評価結果一覧（令和4年度実施分）"
    sheet["A2"] = "（単位：千円）"
    sheet.append(["No", "事業番号", "事業名", "担当課", "事業費", None, None, "活動・成果指標", None, None, None,
                  "評価", None, "方向性"])
    sheet.append([None, None, None, None, "令和4年度決算額", "令和5年度予算額", "うち特定財源", "指標名", "単位",
                  "目標値", "実績値", "達成度", "妥当性", None])
    for col in "ABCDN":
        sheet.merge_cells(f"{col}3:{col}4")
    for first, last in (("E3", "G3"), ("H3", "K3"), ("L3", "M3")):
        sheet.merge_cells(f"{first}:{last}")
    sheet.append([1, "A-01", "除雪車両更新事業", "建設課", 30500, 12000, 8000, "更新台数", "台", 2, 2, "A", "B", "継続"])
    sheet.append([2, "A-02", "移住お試し住宅事業", "企画課", 2150, 2400, 0, "利用組数", "組", 12, 9, "B", "A", "改善"])
    sheet.append([3, "B-01", "地区公民館管理事業", "生涯学習課", 4100, 4300, 0, "施設利用者数", "人", 5000, 4620, "B", "B",
                  "継続"])
    sheet.append([4, "B-02", "町民プール管理事業", "生涯学習課", 8800, 9100, 1200, "施設利用者数", "人", 12000, 13050,
                  "A", "B", "継続"])
    for row in (5, 6, 7, 8):
        for col in (5, 6, 7):
            sheet.cell(row, col).number_format = "#,##0"
    book.save(path)
    return path


def _series_sheet(path: Path) -> Path:
    """A KPI sheet: 「主な指標」 merged over 指標｜単位, 「各年度の実績」 over R2｜R3｜R4, 基準値 and 目標値 merged down,
    a 基本目標 row merged across each group of rows."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "指標の推移"
    sheet["A1"] = "架空市総合計画　主な指標の推移"
    sheet.append([])
    sheet.append(["番号", "主な指標", None, "基準値（H30）", "各年度の実績", None, None, "目標値（R7）"])
    sheet.append([None, "指標", "単位", None, "R2", "R3", "R4", None])
    for col in "ADH":
        sheet.merge_cells(f"{col}3:{col}4")
    sheet.merge_cells("B3:C3")
    sheet.merge_cells("E3:G3")
    sheet.cell(5, 1, "基本目標Ⅰ　安心して暮らせるまち")
    sheet.merge_cells("A5:H5")
    sheet.append([1, "空き家改修件数", "件", 3, 4, 7, 11, 20])
    sheet.append([2, "観光消費額", "億円", 18.5, 9.2, 12.8, 16.4, 22.0])
    sheet.cell(8, 1, "基本目標Ⅱ　学びと交流のまち")
    sheet.merge_cells("A8:H8")
    sheet.append([3, "図書館の年間貸出冊数", "千冊", 86, 71, 79, 83, 95])
    book.save(path)
    return path


def _ruled_pdf(path: Path) -> Path:
    """A plan summary that never names its town (「本町」), with a ruled 指標｜現状｜目標 table."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font = "HeiseiKakuGo-W5"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    pdf = canvas.Canvas(str(path))
    pdf.setFont(font, 14)
    pdf.drawString(40, 790, "第２期健康づくり推進計画（概要版）")
    pdf.setFont(font, 10)
    pdf.drawString(40, 760, "本町の特定健診の受診率は、県平均を下回っています。")
    pdf.drawString(40, 730, "主な目標")
    xs, top, height = [40, 250, 370, 490], 710, 22
    rows = [["指標", "現状（令和6年度）", "目標（令和12年度）"], ["特定健診の受診率", "41.3％", "60.0％"],
            ["がん検診の受診者数", "820人", "1,000人"]]
    for r, cells in enumerate(rows):
        y = top - r * height
        for c, text in enumerate(cells):
            pdf.rect(xs[c], y - height, xs[c + 1] - xs[c], height)
            pdf.drawString(xs[c] + 4, y - 15, text)
    pdf.drawString(40, top - 4 * height, "・ウォーキング教室の開催")
    pdf.showPage()
    pdf.save()
    return path


def _write(folder: Path) -> dict[str, Path]:
    files = {"stacked": folder / "kaku_senryaku_tassei.txt", "text": folder / "kaku_shinrin_keikaku.txt"}
    files["stacked"].write_text(STACKED, encoding="utf-8")
    files["text"].write_text(TEXT_COLUMNS, encoding="utf-8")
    files["evaluation"] = _evaluation_sheet(folder / "kaku_jigyo_hyoka.xlsx")
    files["series"] = _series_sheet(folder / "kaku_shihyo_suii.xlsx")
    files["pdf"] = _ruled_pdf(folder / "kenko_keikaku_gaiyo.pdf")
    return files


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict[str, Path]]:
    folder = tmp_path_factory.mktemp("kpi-layouts") / "corpus"
    folder.mkdir()
    return folder, _write(folder)


@pytest.fixture(scope="module")
def assistant(corpus, tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    index_dir = tmp_path_factory.mktemp("kpi-layouts-index")
    report = update_index(corpus[0], index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


# --- records ------------------------------------------------------------------------------------

def test_evaluation_sheet_rows_give_a_kpi_of_their_jigyo_and_amounts_named_by_the_jigyo(corpus):
    plans = plans_of(corpus, "evaluation")
    kpis = {k.indicator: k for k in plans.kpis}
    assert set(kpis) == {"更新台数", "利用組数", "施設利用者数"}
    assert (_v(kpis["利用組数"].target), _v(kpis["利用組数"].actual)) == ((12, "組", 2022), (9, "組", 2022))   # 「（令和4年度実施分）」
    assert kpis["利用組数"].project == "移住お試し住宅事業"
    amounts = {(b.item, b.column): (b.amount, b.unit, b.fiscal_year) for b in plans.budgets}
    assert amounts[("除雪車両更新事業", "事業費令和4年度決算額")] == (30500, "千円", 2022)
    assert amounts[("除雪車両更新事業", "事業費令和5年度予算額")] == (12000, "千円", 2023)
    assert not [b for b in plans.budgets if b.item in ("A-01", "A-02") or "特定財源" in b.column]


def test_yearly_actuals_under_one_merged_header_give_one_record_per_year(corpus):
    plans = plans_of(corpus, "series")
    rows = [k for k in plans.kpis if k.indicator == "空き家改修件数"]
    assert [_v(k.actual) for k in rows] == [(4, "件", 2020), (7, "件", 2021), (11, "件", 2022)]
    assert {(_v(k.baseline), _v(k.target)) for k in rows} == {((3, "件", 2018), (20, "件", 2025))}
    assert {k.actual.unit for k in plans.kpis} == {"件", "億円", "千冊"}
    assert not [k for k in plans.kpis if "基本目標" in k.indicator]   # a section row merged across is no record


def test_csv_group_header_written_once_spans_the_empty_cells_after_it(tmp_path):
    """A sheet saved as CSV keeps a merged group header only in its first column (「各年の実績,,」 over R3｜R4｜R5)."""
    from ingest.readers.registry import read_file

    path = tmp_path / "kaku_kpi.csv"
    path.write_text("架空町 指標の推移\n"
                    "番号,主な指標,,基準値（R2）,各年の実績,,,目標値（R8）\n"
                    ",指標,単位,,R3,R4,R5,\n"
                    "1,ふるさと納税件数,件,850,990,1210,1420,2000\n"
                    "2,公民館講座の受講者数,人,640,410,520,605,700\n", encoding="utf-8")
    [table] = read_file(path).tables
    assert table.column_headers()[2] == "主な指標 単位" and table.column_headers()[5:7] == ["各年の実績 R4", "各年の実績 R5"]
    plans = ingest_file(path, tmp_path).plans
    rows = [k for k in plans.kpis if k.indicator == "ふるさと納税件数"]
    assert [_v(k.actual) for k in rows] == [(990, "件", 2021), (1210, "件", 2022), (1420, "件", 2023)]
    assert {_v(k.target) for k in rows} == {(2000, "件", 2026)}


def test_stacked_header_years_on_their_own_lines_wrap_or_stand_as_columns(tmp_path):
    """「基準値」 / 「令和元年度」 on two lines: one header cell when the rows line up so; a year column of its own
    (yearly actuals between 基準値 and 目標値) when they do not."""
    wrapped = tmp_path / "kaku_wrapped.txt"
    wrapped.write_text("架空町 KPIの進捗\n指標\n単位\n基準値\n令和元年度\n実績値\n令和5年度\n目標値\n令和6年度\n"
                       "転入者数\n人\n186\n172\n220\n婚姻届出数\n件\n40\n35\n45\n", encoding="utf-8")
    kpis = {k.indicator: k for k in ingest_file(wrapped, tmp_path).plans.kpis}
    assert (_v(kpis["転入者数"].baseline), _v(kpis["転入者数"].actual), _v(kpis["転入者数"].target)) == \
        ((186, "人", 2019), (172, "人", 2023), (220, "人", 2024))
    columns = tmp_path / "kaku_columns.txt"
    columns.write_text("架空町 指標の推移\n指標\n基準値\n2021年度\n2022年度\n目標値\n"
                       "転入者数\n186\n190\n201\n220\n婚姻届出数\n40\n38\n36\n45\n", encoding="utf-8")
    rows = [k for k in ingest_file(columns, tmp_path).plans.kpis if k.indicator == "転入者数"]
    assert [(k.baseline.value, k.actual.value, k.actual.year, k.target.value) for k in rows] == \
        [(186, 190, 2021, 220), (186, 201, 2022, 220)]


def test_text_table_with_the_years_only_in_its_header_line(corpus):
    kpis = {k.indicator: k for k in plans_of(corpus, "text").kpis}
    assert (_v(kpis["木材搬出量"].baseline), _v(kpis["木材搬出量"].target)) == ((8600, "m3", 2024), (12000, "m3", 2030))
    assert _v(kpis["森林整備面積(累計)"].baseline) == (1250, "ha", 2024)


def test_ruled_pdf_table_gives_records_with_the_header_years(corpus):
    kpis = {k.indicator: k for k in plans_of(corpus, "pdf").kpis}
    assert (_v(kpis["特定健診の受診率"].baseline), _v(kpis["特定健診の受診率"].target)) == \
        ((41.3, "%", 2024), (60.0, "%", 2030))


# --- answers ------------------------------------------------------------------------------------

def test_a_year_of_the_question_qualifies_the_field_it_stands_before():
    from assistant.kpi_answers import year_fields

    assert year_fields("出生率の基準値と令和5年度の実績値は") == ("actual",)
    assert year_fields("被害額のH27実績と目標値は") == ("actual",)
    assert year_fields("令和5年度の目標値と実績値は") == ("target", "actual")
    assert year_fields("面積の目標値（R7）は") == ("target",)
    assert year_fields("令和5年度に何件でしたか") == ("baseline", "actual", "target")


def test_progress_of_a_row_flattened_one_cell_per_line(assistant):
    answer = assistant.ask("農泊利用者数の達成状況は？")
    assert answer.found and answer.answer.splitlines()[0] == "農泊利用者数の進捗率は 76.5% です[1]"
    assert answer.kpis[0].progress == 76.5


def test_a_year_qualifies_only_the_value_it_stands_before(assistant):
    answer = assistant.ask("住民幸福度指数の基準値と令和4年度の実績値を教えてください。")
    first = answer.answer.splitlines()[0]
    assert answer.found and "3.12" in first and "3.40" in first and "3.50" not in first
    record = answer.kpis[0]
    assert (record.baseline.year, record.actual.year) == (2018, 2022)


def test_a_kpi_of_an_evaluation_sheet_is_found_by_its_jigyo_and_indicator(assistant):
    answer = assistant.ask("事務事業評価で、移住お試し住宅事業の利用組数の実績値は？")
    assert answer.found and answer.answer.splitlines()[0] == "利用組数の実績値は 9組 です[1]"
    assert answer.kpis[0].target.value == 12


def test_one_indicator_name_in_two_jigyo_is_stated_with_each_jigyo(assistant):
    lines = assistant.ask("施設利用者数の実績値は？").answer.splitlines()
    assert "地区公民館管理事業の施設利用者数の実績値は 4620人 です[1]" in lines
    assert "町民プール管理事業の施設利用者数の実績値は 13050人 です[2]" in lines
    only = assistant.ask("町民プール管理事業の施設利用者数の実績値は？").answer.splitlines()
    assert only[0] == "施設利用者数の実績値は 13050人 です[1]" and "4620" not in "".join(only), only


def test_a_settlement_column_under_a_merged_group_answers_a_settlement_question(assistant):
    first = assistant.ask("除雪車両更新事業の令和4年度決算額はいくらですか？").answer.splitlines()[0]
    assert first == "除雪車両更新事業の事業費令和4年度決算額は 30,500千円 です[1]"


def test_the_asked_year_of_a_yearly_series_and_the_latest_when_none_is_asked(assistant):
    answer = assistant.ask("空き家改修件数のR3の実績値は？")
    assert answer.found and answer.answer.splitlines()[0] == "空き家改修件数の実績値は 7件 です[1]"
    latest = assistant.ask("空き家改修件数の実績値は？")
    assert latest.answer.splitlines() == ["空き家改修件数の実績値は 11件 です[1]"]
    assert not assistant.ask("空き家改修件数のR5の実績値は？").found   # the sheet has no R5 actual


def test_the_current_value_column_answers_a_current_value_question(assistant):
    answer = assistant.ask("木材搬出量の現状値はどれくらいですか？")
    assert answer.found and answer.answer.splitlines()[0] == "木材搬出量の現状値は ８，６００㎥ です[1]"
    assert answer.kpis[0].baseline.value == 8600 and answer.kpis[0].target.value == 12000


def test_a_plan_named_before_the_subject_and_hon_cho_do_not_keep_the_record_away(assistant):
    answer = assistant.ask("本町の健康づくり推進計画で、特定健診の受診率の目標は？")
    assert answer.found and answer.answer.splitlines()[0] == "特定健診の受診率の目標値は 60.0％ です[1]"
