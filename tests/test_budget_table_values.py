"""Budget amounts in table layouts whose numbers take their meaning from where they stand, on documents of towns,
wording and figures written here (not copies of any real document), the amounts a reader expects written by hand:

- a 予算書 as tab-separated text (CRLF): 款｜項｜目 with each 項 on its own line under its 款, the first field empty,
  and the unit only in the amount column's header 「本年度（千円）」; the total in 第１条's sentence
  (「総額は、歳入歳出それぞれ…千円」), the account only in the title;
- a 実施計画 CSV with the years as rows (the 事業 printed on its first year row only) and a 「うち一般財源」 column
  beside 事業費, the unit in a line above the table;
- a 事務事業評価 XLSX with one block per 事業 stacked down a sheet, each with a small years-as-rows table (決算 and
  予算 rows, amounts stored as numbers with a thousands format);
- a 議会だより whose 補正予算 additions stand in sentences, one named by its 議案 number only;
- a budget 概要 PDF whose 歳出 chart prints each bar's label as 「衛生費 …… 2,345（12.1％）」, the unit 百万円 stated
  once above the chart;
- a 補正予算の概要 in Word stating the addition twice: in a sentence in 億/万 and in a 会計 table in 千円.

Each file is made by the test and read by the real pipeline; the questions go through the real index.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.testbed.documents import GOTHIC, PdfPage, write_text
from ingest.pipeline import ingest_file

_YOSANSHO = "\n".join([
    "令和８年度郡上市一般会計予算",
    "",
    "第１条　歳入歳出予算の総額は、歳入歳出それぞれ38,765,000千円と定める。",
    "",
    "第１表　歳入歳出予算",
    "歳出",
    "款\t項\t目\t本年度（千円）",
    "1 議会費\t\t\t281,200",
    "\t1 議会費\t\t281,200",
    "2 衛生費\t\t\t3,640,500",
    "\t1 保健衛生費\t\t2,402,100",
    "\t\t1 予防費\t399,900",
    "\t2 清掃費\t\t1,238,400",
    "3 土木費\t\t\t4,402,100",
    "\t1 道路橋りょう費\t\t2,402,900",
    "歳出合計\t\t\t38,765,000",
]) + "\n"

_JISSHI = "\n".join([
    "大洲市実施計画（令和８年度～令和10年度）",
    "（単位：千円）",
    "事業名,年度,事業費,うち一般財源,担当課",
    "肱川河川敷公園再整備事業,令和８年度,84200,21050,都市整備課",
    ",令和９年度,66400,16600,",
    ",令和10年度,12000,3000,",
    "鵜飼観光船更新事業,令和８年度,30500,21050,観光まちづくり課",
    ",令和９年度,－,－,",
    ",令和10年度,－,－,",
]) + "\n"


_GIKAI_DAYORI = "\n".join([
    "牧之原市議会だより　第72号（令和７年11月１日発行）",
    "９月定例会の審議から",
    "議案第58号　令和７年度牧之原市一般会計補正予算（第３号）",
    "議案第59号　令和７年度牧之原市国民健康保険特別会計補正予算（第２号）",
    "市長から提案理由の説明がありました。",
    "議案第58号は、歳入歳出予算の総額にそれぞれ2億1,870万円を追加し、総額を245億",
    "3,210万円とするものです。主な内容は、茶園の霜害対策に4,500万円などです。",
    "また、国民健康保険特別会計補正予算（第２号）は、1,240万円を増額するものです。",
    "いずれも原案のとおり可決しました。",
]) + "\n"


_BLOCKS = [
    ("めがねブランド発信事業", "産業政策課", [("令和5年度決算", 8200, 4100, 6), ("令和6年度決算", 9350, 4675, 7),
                                         ("令和7年度予算", 9800, 4900, 8)]),
    ("西山公園管理事業", "都市整備課", [("令和5年度決算", 15400, 15400, 12), ("令和6年度決算", 16020, 16020, 12),
                                      ("令和7年度予算", 16500, 16500, 12)]),
]


def _evaluation_xlsx(folder: Path) -> Path:
    """福井県鯖江市 事務事業評価 (invented): one block per 事業 stacked down one sheet, each with a small table whose
    rows are years (決算 and 予算), amounts stored as numbers shown with a thousands separator."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "評価シート"
    sheet.append(["令和７年度　鯖江市事務事業評価"])
    for n, (name, section, years) in enumerate(_BLOCKS, start=1):
        sheet.append([f"No.{n}"])
        sheet.append(["事務事業名", name])
        sheet.append(["担当課", section])
        sheet.append(["年度", "事業費（千円）", "うち一般財源（千円）", "活動指標：開催回数（回）"])
        for label, cost, general, count in years:
            sheet.append([label, cost, general, count])
            for cell in sheet[sheet.max_row][1:3]:
                cell.number_format = "#,##0"
        sheet.append(["評価", "B", "今後の方向性", "継続"])
        sheet.append([])
    path = folder / "sabae_r7_jimu_jigyo_hyoka.xlsx"
    book.save(path)
    return path


def _chart_pdf(folder: Path) -> Path:
    """岐阜県恵那市 令和8年度当初予算のあらまし (invented): a 会計 line, then the 歳出 chart, each bar's label with its
    amount and share at the bar's end, the unit once above the chart."""
    pdf = PdfPage(folder / "ena_r8_yosan_aramashi.pdf", title="令和８年度 恵那市当初予算のあらまし")
    pdf.text(40, 50, "令和８年度　恵那市当初予算のあらまし", 14, GOTHIC)
    pdf.text(40, 80, "一般会計の予算規模は前年度より1.8％増えました。", 9)
    pdf.text(40, 110, "歳出（目的別）　（単位：百万円）", 10, GOTHIC)
    bars = [("民生費", 8120, "33.4"), ("総務費", 3410, "14.0"), ("衛生費", 2345, "12.1"), ("教育費", 2290, "9.4"),
            ("その他", 1210, "5.0")]
    for i, (label, amount, share) in enumerate(bars):
        top = 130 + 22 * i
        pdf.text(40, top + 10, label, 9)
        width = amount / 30
        pdf.box(120, top, width, 12, fill=0.7)
        pdf.text(126 + width, top + 10, f"{amount:,}（{share}％）", 9)
    pdf.text(40, 260, "※構成比は四捨五入のため、合計が100％にならないことがあります。", 8)
    return pdf.save()


def _supplement_docx(folder: Path) -> Path:
    """和歌山県紀の川市 補正予算（第２号）の概要 (invented): the addition in a sentence (億/万) and in a 会計 table in 千円,
    which the cell reader gives after the paragraphs."""
    from docx import Document

    document = Document()
    document.add_heading("令和７年度　紀の川市一般会計補正予算（第２号）の概要", level=1)
    document.add_paragraph("一般会計の補正額は３億１，２５０万円で、補正後の予算総額は３０２億５，１５０万円となります。")
    table = document.add_table(rows=3, cols=4)
    for row, cells in zip(table.rows, [("会計名", "補正前の額", "補正額", "補正後の額"),
                                       ("一般会計", "29,939,000", "312,500", "30,251,500"),
                                       ("介護保険特別会計", "8,410,000", "△12,000", "8,398,000")]):
        for cell, value in zip(row.cells, cells):
            cell.text = value
    document.add_paragraph("（単位：千円）")
    path = folder / "kinokawa_r7_hosei_dai2go.docx"
    document.save(path)
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("budget-table-values")
    write_text(folder / "gujo_r8_yosansho.txt", _YOSANSHO, crlf=True)
    write_text(folder / "ozu_jisshi_keikaku_r8.csv", _JISSHI)
    _chart_pdf(folder)
    _evaluation_xlsx(folder)
    write_text(folder / "makinohara_gikai_dayori_72.txt", _GIKAI_DAYORI)
    _supplement_docx(folder)
    return folder


@pytest.fixture(scope="module")
def assistant(corpus, tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    index_dir = tmp_path_factory.mktemp("budget-table-values-index")
    report = update_index(corpus, index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


def _budgets(corpus: Path, name: str):
    return ingest_file(corpus / name, corpus).plans.budgets


def test_each_kou_and_moku_row_is_a_line_under_its_parents(corpus):
    lines = {(b.item, b.raw): b for b in _budgets(corpus, "gujo_r8_yosansho.txt")}
    assert lines[("保健衛生費", "2,402,100")].project == "衛生費"
    assert lines[("予防費", "399,900")].outline[-2:] == ("衛生費", "保健衛生費")
    assert lines[("道路橋りょう費", "2,402,900")].amount_yen == 2_402_900_000
    assert lines[("衛生費", "3,640,500")].unit == "千円"


def test_a_part_column_gives_lines_of_its_own(corpus):
    lines = [b for b in _budgets(corpus, "ozu_jisshi_keikaku_r8.csv") if b.item == "肱川河川敷公園再整備事業"]
    by_column_year = {(b.column, b.fiscal_year): b.raw for b in lines}
    assert by_column_year[("事業費", 2027)] == "66400"
    assert by_column_year[("うち一般財源", 2027)] == "16600"


def test_a_years_table_inside_each_stacked_block_gives_that_blocks_lines(corpus):
    lines = {(b.item, b.fiscal_year, b.column): b.raw for b in _budgets(corpus, "sabae_r7_jimu_jigyo_hyoka.xlsx")}
    assert lines[("西山公園管理事業", 2024, "事業費(千円)（決算）")] == "16,020"
    assert lines[("めがねブランド発信事業", 2025, "事業費(千円)（予算）")] == "9,800"
    assert lines[("めがねブランド発信事業", 2024, "うち一般財源(千円)（決算）")] == "4,675"


def test_chart_labels_are_amounts_in_the_unit_stated_above_the_chart(corpus):
    lines = {b.item: b for b in _budgets(corpus, "ena_r8_yosan_aramashi.pdf")}
    assert lines["衛生費"].amount_yen == 2_345_000_000 and lines["衛生費"].column == "当初予算額"
    assert lines["民生費"].raw == "8,120"
    assert not any("33.4" in b.raw for b in lines.values())


def test_a_supplement_stated_in_a_sentence_is_the_line_of_the_budget_its_bill_carries(corpus):
    lines = {b.item: b for b in _budgets(corpus, "makinohara_gikai_dayori_72.txt") if b.column == "補正予算額"}
    assert lines["令和７年度牧之原市一般会計補正予算（第３号）"].amount_yen == 218_700_000
    assert lines["令和７年度牧之原市一般会計補正予算（第３号）"].fiscal_year == 2025
    assert lines["国民健康保険特別会計補正予算（第２号）"].raw == "1,240万円"
    assert not any(b.amount_yen == 24_532_100_000 for b in lines.values())


@pytest.mark.parametrize("question, stated, not_stated", [
    ("郡上市の令和8年度一般会計予算で、保健衛生費はいくらですか？", "2,402,100", "3,640,500"),
    ("郡上市の道路橋りょう費の予算額は？", "2,402,900", "4,402,100"),
    ("大洲市の肱川河川敷公園再整備事業について、令和9年度の事業費のうち一般財源はいくらですか？", "16,600", "66,400"),
    ("大洲市の肱川河川敷公園再整備事業の令和9年度の事業費はいくらですか？", "66,400", "16,600"),
    ("恵那市の令和8年度当初予算で、衛生費はいくらですか？", "2,345", "12.1"),
    ("恵那市の令和8年度当初予算で、教育費はいくら計上されていますか？", "2,290", "9.4"),
    ("郡上市の令和8年度一般会計予算の総額はいくらですか？", "38,765,000", "4,402,100"),
    ("牧之原市の令和7年度一般会計補正予算（第3号）の補正額はいくらですか？", "2億1,870万円", "245億"),
    ("牧之原市の国民健康保険特別会計補正予算（第2号）の補正額は？", "1,240万円", "2億1,870万円"),
    ("鯖江市の西山公園管理事業の令和6年度の事業費はいくらでしたか？", "16,020", "16,500"),
    ("鯖江市のめがねブランド発信事業の令和7年度予算額は？", "9,800", "9,350"),
    ("鯖江市のめがねブランド発信事業の令和6年度の事業費のうち一般財源は？", "4,675", "9,350"),
])
def test_the_asked_amount_is_stated_first(assistant, question, stated, not_stated):
    answer = assistant.ask(question)
    first = answer.answer.split("\n")[0]
    assert answer.found and stated in first.replace("66400", "66,400").replace("16600", "16,600") \
        and not_stated not in first, answer.answer


@pytest.mark.parametrize("question, never", [
    ("郡上市の令和8年度予算で、白鳥観光振興事業の予算額はいくらですか？", ("281,200", "2,402,100", "399,900")),
    ("恵那市の令和8年度当初予算で、議会費はいくらですか？", ("1,210", "8,120")),
    ("恵那市の令和8年度一般会計当初予算の総額はいくらですか？", ("8,120", "3,410", "2,345")),
    ("郡上市の令和8年度一般会計補正予算（第1号）の補正額は？", ("38,765,000",)),
    ("郡上市の令和8年度一般会計の決算額は？", ("38,765,000",)),
    ("牧之原市の令和7年度一般会計補正予算（第4号）の補正額は？", ("2億1,870万円", "1,240万円", "245億")),
    ("鯖江市のめがねブランド発信事業の令和8年度予算額は？", ("9,800", "9,350", "8,200")),
    ("鯖江市のめがねブランド発信事業の令和6年度の予算額は？", ("9,350", "9,800")),
    ("恵那市の令和8年度当初予算で、歳出に占める衛生費の割合は何％ですか？", ("2,345",)),
])
def test_an_item_the_table_lacks_gets_no_value(assistant, question, never):
    first = assistant.ask(question).answer.split("\n")[0]
    assert not any(v in first for v in never), first


def test_an_amount_printed_in_two_forms_is_stated_in_both(assistant):
    """The sentence's 億/万 and the table's 千円 give the same addition: the first line states it once, in both forms,
    citing both quotes, whichever form the reader's draft uses."""
    answer = assistant.ask("紀の川市の令和7年度一般会計補正予算（第2号）の補正額はいくらですか？")
    first = answer.answer.split("\n")[0]
    assert answer.found and "312,500" in first and "３億１，２５０万円" in first, answer.answer
    assert "302億" not in first and "30,251,500" not in first, first
    assert len(answer.citations) >= 2
