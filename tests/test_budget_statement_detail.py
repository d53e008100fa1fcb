"""A 予算説明書's 事項別明細書 read as a civil servant reads it, on a PDF written here (an invented 福井県大野市 book,
not a copy of any real document), with the amounts a reader expects written by hand:

- each 目 is one tall ruled row: 本年度予算額｜前年度予算額｜増減｜財源内訳 (国・県支出金｜市債｜一般財源 under a group header)｜説明,
  the 説明 cell stacking numbered 事業 with their own amounts and （１） sub-items;
- the 節 (区分｜金額) stacked beside the 説明 (a reader writes one printed line per 節 and 説明 line);
- the 款 and 項 printed on a line above the table, 千円 only in the running header.

This year's amount answers 「本年度」, last year's only a question that asks 「前年度」, a 財源内訳 column only a question
that names its part; a 「－」 part is never stated.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.testbed.documents import GOTHIC, PdfPage, amount_text, column_lefts
from ingest.pipeline import ingest_file

# 目 -> (本年度, 前年度, (国・県支出金, 市債, 一般財源), 節 lines, 説明 lines (label, amount))
_ROWS = [
    ("１目　児童福祉総務費", 84_520, 79_300, (12_000, 0, 72_520), [("３　職員手当等", "2,340"), ("１９　扶助費", "82,180")],
     [("１　児童手当給付事業", "61,240"), ("（１）児童手当", "58,900"), ("（２）事務費", "2,340"),
      ("２　ファミリーサポート事業", "23,280")]),
    ("２目　保育所費", 312_760, 298_410, (96_500, 45_000, 171_260), [("１０　需用費", "187,760"), ("１４　工事請負費", "125,000")],
     [("１　公立保育所運営事業", "187,760"), ("２　保育所トイレ改修事業", "125,000")]),
]


def _detail_pdf(folder: Path, setsu_columns: bool = True) -> Path:
    """The book's page; without `setsu_columns` the 説明 is the only cell that stacks lines (a reader may join them)."""
    pdf = PdfPage(folder / "ono_r7_yosan_meisaisho.pdf", title="令和7年度 大野市一般会計予算説明書")
    cols = [80, 54, 54, 46, 50, 42, 50, 62, 40, 118] if setsu_columns else [80, 54, 54, 46, 50, 42, 50, 0, 0, 160]
    xs = column_lefts(30, cols)
    pdf.text(30, 30, "令和７年度　大野市一般会計予算説明書", 8)
    pdf.right(pdf.W - 30, 30, "（単位：千円）", 8)
    pdf.text(30, 60, "３款　民生費　　２項　児童福祉費", 10, GOTHIC)
    top = 70
    for i, h in enumerate(("目", "本年度予算額", "前年度予算額", "増　減")):
        pdf.box(xs[i], top, cols[i], 28, fill=0.85)
        pdf.center(xs[i] + cols[i] / 2, top + 18, h, 7, GOTHIC)
    pdf.box(xs[4], top, sum(cols[4:7]), 14, fill=0.85)
    pdf.center(xs[4] + sum(cols[4:7]) / 2, top + 10, "本年度予算額の財源内訳", 7, GOTHIC)
    for i, h in ((4, "国・県支出金"), (5, "市債"), (6, "一般財源")):
        pdf.box(xs[i], top + 14, cols[i], 14, fill=0.85)
        pdf.center(xs[i] + cols[i] / 2, top + 24, h, 6.5, GOTHIC)
    if setsu_columns:
        pdf.box(xs[7], top, cols[7] + cols[8], 14, fill=0.85)
        pdf.center(xs[7] + (cols[7] + cols[8]) / 2, top + 10, "節", 7, GOTHIC)
    for i, h in ((7, "区分"), (8, "金額")) if setsu_columns else ():
        pdf.box(xs[i], top + 14, cols[i], 14, fill=0.85)
        pdf.center(xs[i] + cols[i] / 2, top + 24, h, 6.5, GOTHIC)
    pdf.box(xs[9], top, cols[9], 28, fill=0.85)
    pdf.center(xs[9] + cols[9] / 2, top + 18, "説　明", 7, GOTHIC)
    top += 28
    for name, now, last, funds, setsu, notes in _ROWS:
        height = 11 * len(notes) + 8
        for x, w in zip(xs, cols):
            if w:
                pdf.box(x, top, w, height)
        pdf.text(xs[0] + 3, top + 11, name, 7.5)
        figures = [amount_text(now), amount_text(last), amount_text(now - last)] + \
            [amount_text(f) if f else "－" for f in funds]
        for c, s in enumerate(figures, start=1):
            pdf.right(xs[c] + cols[c] - 3, top + 11, s, 7.5)
        for i, (label, value) in enumerate(setsu if setsu_columns else ()):
            pdf.text(xs[7] + 3, top + 11 + 11 * i, label, 6.5)
            pdf.right(xs[8] + cols[8] - 3, top + 11 + 11 * i, value, 6.5)
        for i, (label, value) in enumerate(notes):
            pdf.text(xs[9] + 3, top + 11 + 11 * i, label, 6.5)
            pdf.right(xs[9] + cols[9] - 3, top + 11 + 11 * i, value, 6.5)
        top += height
    return pdf.save()


@pytest.fixture(scope="module")
def detail(tmp_path_factory) -> Path:
    return _detail_pdf(tmp_path_factory.mktemp("budget-detail"))


@pytest.fixture(scope="module")
def assistant(detail, tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    index_dir = tmp_path_factory.mktemp("budget-detail-index")
    report = update_index(detail.parent, index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


def test_each_explained_jigyo_is_a_line_of_its_own_amount_under_its_moku(detail):
    lines = {(b.item, b.column): b for b in ingest_file(detail, detail.parent).plans.budgets}
    assert lines[("児童手当給付事業", "本年度予算額")].raw == "61,240"
    assert lines[("児童手当給付事業", "本年度予算額")].project == "児童福祉総務費"
    assert lines[("児童手当", "本年度予算額")].project == "児童手当給付事業"
    assert lines[("保育所トイレ改修事業", "本年度予算額")].raw == "125,000"
    assert lines[("保育所費", "本年度予算額")].project == "児童福祉費"   # the 項 printed above the table


def test_explained_lines_a_reader_joined_into_one_are_told_apart(tmp_path):
    path = _detail_pdf(tmp_path, setsu_columns=False)
    lines = {(b.item, b.column): b for b in ingest_file(path, tmp_path).plans.budgets}
    assert lines[("公立保育所運営事業", "本年度予算額")].raw == "187,760"
    assert lines[("保育所トイレ改修事業", "本年度予算額")].raw == "125,000"
    assert lines[("児童手当", "本年度予算額")].raw == "58,900"
    assert lines[("ファミリーサポート事業", "本年度予算額")].project == "児童福祉総務費"


@pytest.mark.parametrize("question, stated, not_stated", [
    ("大野市の保育所費の本年度の予算額はいくらですか？", "312,760", "298,410"),
    ("大野市の保育所費は、前年度の予算額がいくらでしたか？", "298,410", "312,760"),
    ("大野市のファミリーサポート事業の予算額は？", "23,280", "84,520"),
    ("大野市の保育所費の財源内訳のうち、市債はいくらですか？", "45,000", "312,760"),
])
def test_the_column_asked_is_the_one_stated_first(assistant, question, stated, not_stated):
    answer = assistant.ask(question)
    first = answer.answer.split("\n")[0]
    assert answer.found and stated in first and not_stated not in first, answer.answer


def test_a_part_printed_as_a_dash_is_never_stated(assistant):
    answer = assistant.ask("大野市の児童福祉総務費の財源内訳のうち、市債はいくらですか？")
    first = answer.answer.split("\n")[0]
    assert not any(v in first for v in ("84,520", "12,000", "72,520", "79,300")), answer.answer


# --- a 見直し plan in XLSX: amounts per year under a merged money header ---------------------------------------------
_REVIEW = [   # (番号, 見直し項目, 担当課, 令和７年度, 令和８年度, 合計) in 千円, written by hand
    (1, "敬老会記念品の見直し", "長寿福祉課", 3_100, 3_100, 6_200),
    (2, "庁舎照明のLED化", "管財課", -12_500, 8_400, -4_100),
]


def _review_xlsx(folder: Path) -> Path:
    """福井県大野市 (invented) 事務事業見直し: a title row, a two-row header (削減見込額（千円） merged over
    令和７年度｜令和８年度｜合計), a negative stored as a number shown with △ by its format."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "見直し一覧"
    sheet.append(["大野市 事務事業見直し計画（令和７年度～令和８年度）"])
    sheet.append(["番号", "見直し項目", "担当課", "削減見込額（千円）", None, None])
    sheet.append([None, None, None, "令和７年度", "令和８年度", "合計"])
    for col in "ABC":
        sheet.merge_cells(f"{col}2:{col}3")
    sheet.merge_cells("D2:F2")
    for row in _REVIEW:
        sheet.append(list(row))
        for cell in sheet[sheet.max_row][3:]:
            cell.number_format = '#,##0;"△"#,##0'
    path = folder / "ono_jimu_jigyo_minaoshi.xlsx"
    book.save(path)
    return path


def test_year_columns_under_a_money_header_are_amounts_of_their_years(tmp_path):
    path = _review_xlsx(tmp_path)
    lines = {(b.item, b.fiscal_year): b for b in ingest_file(path, tmp_path).plans.budgets}
    assert lines[("敬老会記念品の見直し", 2026)].raw == "3,100"
    assert lines[("庁舎照明のLED化", 2025)].amount == -12_500
    assert lines[("庁舎照明のLED化", 2026)].raw == "8,400"
    assert all(b.fiscal_year is None for b in lines.values() if b.column.endswith("合計"))   # of no one year


# --- a 成果説明書's form: the 事業 named on a line above a small ruled table of its figures -----------------------------
_FORMS = [   # (事業名, 予算現額, 決算額, 国県支出金, 地方債, 一般財源) in 千円, written by hand
    ("越前おおの結ステーション運営事業", 15_400, 14_980, 5_000, 0, 9_980),
    ("六呂師高原誘客事業", 9_600, 9_215, 0, 4_000, 5_215),
]


def _form_pdf(folder: Path) -> Path:
    """福井県大野市 (invented) 令和6年度 主要施策の成果: per 事業 a 「事業名」 line, then a ruled table 予算現額｜決算額｜
    決算額の財源内訳 (国県支出金｜地方債｜一般財源 under the group) and a sentence of results."""
    pdf = PdfPage(folder / "ono_r6_seika.pdf", title="令和6年度 大野市主要施策の成果")
    pdf.text(40, 40, "令和６年度　大野市一般会計決算　主要施策の成果", 12, GOTHIC)
    cols = [80, 80, 80, 80, 80]
    xs = column_lefts(40, cols)
    top = 70
    for name, budget, settled, *funds in _FORMS:
        pdf.text(40, top + 10, f"事業名　{name}　　　担当課　商工観光課", 9)
        pdf.text(40, top + 26, "（単位：千円）", 7)
        top += 32
        for i, h in ((0, "予算現額"), (1, "決算額")):
            pdf.box(xs[i], top, cols[i], 28, fill=0.85)
            pdf.center(xs[i] + cols[i] / 2, top + 18, h, 7, GOTHIC)
        pdf.box(xs[2], top, sum(cols[2:]), 14, fill=0.85)
        pdf.center(xs[2] + sum(cols[2:]) / 2, top + 10, "決算額の財源内訳", 7, GOTHIC)
        for i, h in ((2, "国県支出金"), (3, "地方債"), (4, "一般財源")):
            pdf.box(xs[i], top + 14, cols[i], 14, fill=0.85)
            pdf.center(xs[i] + cols[i] / 2, top + 24, h, 6.5, GOTHIC)
        top += 28
        for i, value in enumerate([budget, settled, *funds]):
            pdf.box(xs[i], top, cols[i], 16)
            pdf.right(xs[i] + cols[i] - 3, top + 11, amount_text(value) if value else "－", 7.5)
        top += 30
        pdf.text(40, top, "利用者は前年度より増加した。", 9)
        top += 30
    return pdf.save()


def test_a_form_table_takes_its_jigyo_from_the_named_line_above(tmp_path):
    path = _form_pdf(tmp_path)
    lines = [b for b in ingest_file(path, tmp_path).plans.budgets]
    settled = {b.item: b.raw for b in lines if b.column.endswith("決算額")}
    assert settled == {"越前おおの結ステーション運営事業": "14,980", "六呂師高原誘客事業": "9,215"}
    bonds = {b.item: b.raw for b in lines if b.column.endswith("地方債")}
    assert bonds == {"六呂師高原誘客事業": "4,000"}   # 「－」 is no amount
