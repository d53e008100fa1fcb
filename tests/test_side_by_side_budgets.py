"""Budget tables that compare this year with last year (区分｜令和７年度｜令和６年度｜増減), printed side by side — the
歳入 table beside the 歳出 table, so that each printed line holds a row of both — on documents of towns, wording and
figures written here (not copies of any real document), the amounts a reader expects written by hand:

- a 予算のあらまし PDF (北海道羅臼町, invented figures) whose 歳入 and 歳出 tables stand side by side **without
  rules**, a title over each half (「■歳入」「■歳出」) and one 「単位：千円」 at the right end of the title line; the
  歳出 table runs one row longer, so its 歳出合計 prints on a line of its own at the right;
- an XLSX sheet (北海道標津町) with a 会計別 table 会計｜令和７年度｜令和６年度｜増減額｜増減率 and, below it, the 歳入
  and 歳出 tables side by side with an empty column between them;
- a 広報 text (群馬県神流町) stating the total with 千/百 inside its 億/万 and the change after it in one sentence
  (「…は、41億2千5百万円、前年度比較1億3千8百万円の減となりました」);
- a 総合戦略 実績 CSV (群馬県上野村) of 事業費 by 基本目標: 基本目標｜事業数｜事業費｜一般財源, 「一般財源」 alone over the
  part of the 事業費 the town funds itself;
- a 決算の概要 CSV (群馬県南牧村) comparing two years' 決算額 (区分｜令和５年度｜令和４年度｜増減): its lines are 決算額, never
  a budget.

Each file is made by the test and read by the real pipeline; the questions go through the real index.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.testbed.documents import GOTHIC, PdfPage, amount_text, column_lefts, write_text
from ingest.pipeline import ingest_file
from ingest.readers.registry import read_file

_REVENUE = [("町税", 612_300, 598_100), ("地方交付税", 2_954_000, 2_890_000), ("国庫支出金", 388_600, 402_900),
            ("道支出金", 245_100, 231_700), ("繰入金", 176_000, 219_500), ("町債", 402_800, 366_100),
            ("歳入合計", 4_778_800, 4_708_300)]
_EXPENSE = [("議会費", 61_200, 60_400), ("総務費", 702_500, 688_900), ("民生費", 856_400, 811_300),
            ("衛生費", 402_300, 415_800), ("水産業費", 633_900, 598_000), ("土木費", 701_000, 684_200),
            ("教育費", 517_500, 549_700), ("公債費", 904_000, 901_300)]
_EXPENSE_TOTAL = ("歳出合計", 4_778_800, 4_708_300)


def _rausu_pdf(folder: Path) -> Path:
    pdf = PdfPage(folder / "rausu_r7_yosan_no_aramashi.pdf", title="令和７年度 羅臼町予算のあらまし")
    pdf.center(297, 50, "令和７年度　羅臼町予算のあらまし", 15, GOTHIC)
    pdf.text(40, 80, "一般会計の予算は47億8,880万円で、前年度に比べて7,050万円の増となりました。", 9)
    pdf.text(40, 104, "■歳入", 10, GOTHIC)
    pdf.text(304, 104, "■歳出", 10, GOTHIC)
    pdf.right(555, 104, "単位：千円", 8)
    widths = [80, 62, 62, 52]
    for left, rows in ((40, _REVENUE), (304, _EXPENSE + [_EXPENSE_TOTAL])):
        xs = column_lefts(left, widths)
        top = 122
        for i, head in enumerate(["科目", "令和７年度", "令和６年度", "増減"]):
            pdf.center(xs[i] + widths[i] / 2, top, head, 8, GOTHIC)
        for name, this, last in rows:
            top += 15
            pdf.text(xs[0] + 3, top, name, 8)
            for i, value in enumerate((this, last, this - last), start=1):
                pdf.right(xs[i] + widths[i] - 3, top, amount_text(value), 8)
    pdf.text(40, 270, "※繰入金は財政調整基金からの繰入れです。", 8)
    pdf.page()
    return pdf.save()


def _shibetsu_xlsx(folder: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "予算の概要"
    ws["A1"] = "令和７年度 標津町当初予算の概要"
    ws["A3"] = "会計別予算額"
    ws["E3"] = "（単位：千円、％）"
    rows = [("会計", "令和７年度", "令和６年度", "増減額", "増減率"),
            ("一般会計", "5,120,000", "4,987,000", "133,000", "2.7"),
            ("国民健康保険特別会計", "842,600", "871,300", "△28,700", "△3.3"),
            ("介護保険特別会計", "611,900", "598,200", "13,700", "2.3")]
    for r, row in enumerate(rows, start=4):
        for c, value in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=value)
    ws["A10"] = "一般会計の歳入・歳出"
    ws["I10"] = "（単位：千円）"
    ws["A11"], ws["F11"] = "歳入", "歳出"
    revenue = [("科目", "令和７年度", "令和６年度", "比較"), ("町税", "734,500", "721,900", "12,600"),
               ("地方交付税", "2,611,000", "2,570,000", "41,000"), ("繰入金", "301,700", "244,100", "57,600")]
    expense = [("科目", "令和７年度", "令和６年度", "比較"), ("総務費", "655,200", "671,800", "△16,600"),
               ("民生費", "930,400", "902,100", "28,300"), ("農林水産業費", "1,104,800", "1,020,500", "84,300")]
    for r, (left, right) in enumerate(zip(revenue, expense), start=12):
        for c, value in enumerate(left, start=1):
            ws.cell(row=r, column=c, value=value)
        for c, value in enumerate(right, start=6):
            ws.cell(row=r, column=c, value=value)
    path = folder / "shibetsu_r7_toshoyosan_gaiyo.xlsx"
    wb.save(path)
    return path


_KANNA = "\n".join([
    "広報かんな　令和７年４月号",
    "令和７年度　神流町の予算が決まりました",
    "令和７年度一般会計予算は、41億2千5百万円、前年度比較1億3千8百万円の減となりました。",
    "大型の施設改修が終わったことが主な理由です。特別会計を合わせた総額は58億7百万円です。",
]) + "\n"


_UENO = "\n".join([
    "上野村総合戦略 令和５年度実績 基本目標別の事業費,,,",
    "（単位：千円）,,,",
    "基本目標,事業数,事業費,一般財源",
    "1 しごとをつくる,12,84210,30150",
    "2 移住・定住の促進,9,56780,41920",
    "3 子育ての希望をかなえる,15,120400,66300",
    "合計,36,261390,138370",
]) + "\n"


_NANMOKU = "\n".join([
    "令和５年度 南牧村一般会計決算の概要,,,",
    "歳出（目的別）の決算額,,,（単位：千円）",
    "区分,令和５年度,令和４年度,増減",
    "総務費,402118,388904,13214",
    "民生費,511730,534260,△22530",
    "土木費,298455,251020,47435",
]) + "\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("side-by-side-budgets")
    _rausu_pdf(folder)
    _shibetsu_xlsx(folder)
    write_text(folder / "kanna_koho_r7_04.txt", _KANNA)
    write_text(folder / "uenomura_senryaku_jisseki_r5.csv", _UENO)
    write_text(folder / "nanmoku_r5_kessan_gaiyo.csv", _NANMOKU)
    return folder


@pytest.fixture(scope="module")
def assistant(corpus, tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    index_dir = tmp_path_factory.mktemp("side-by-side-budgets-index")
    report = update_index(corpus, index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


def test_unruled_tables_side_by_side_are_read_as_two_tables_with_their_titles(corpus):
    tables = read_file(corpus / "rausu_r7_yosan_no_aramashi.pdf").tables
    pair = [t for t in tables if (t.header_rows + t.body_rows)[0][0].text == "科目"]
    assert [t.caption for t in pair] == ["■歳入", "■歳出"]
    assert all("千円" in t.unit_note for t in pair)
    assert [r[0].text for r in pair[1].body_rows][-1] == "歳出合計"   # printed alone on the last line, at the right
    assert [c.text for c in pair[1].body_rows[-1]][1:] == ["4,778,800", "4,708,300", "70,500"]
    assert "歳出合計" not in [r[0].text for r in pair[0].body_rows]
    assert all(len(r) == 4 for t in pair for r in t.header_rows + t.body_rows)


def test_each_row_gives_this_years_last_years_and_the_change(corpus):
    lines = {(b.item, b.column): b for b in ingest_file(corpus / "rausu_r7_yosan_no_aramashi.pdf", corpus).plans.budgets}
    this = next(b for (item, column), b in lines.items() if item == "民生費" and b.fiscal_year == 2025
                and "令和7年度" in column)
    assert this.raw == "856,400" and this.amount_yen == 856_400_000
    last = next(b for (item, _), b in lines.items() if item == "民生費" and b.fiscal_year == 2024)
    assert last.raw == "811,300"
    assert lines[("繰入金", "増減")].raw == "△43,500"
    assert next(b for (item, _), b in lines.items() if item == "歳出合計" and b.fiscal_year == 2025).raw == "4,778,800"


@pytest.mark.parametrize("question, stated, not_stated", [
    ("羅臼町の令和７年度予算で、民生費はいくら計上されていますか？", "856,400", ("811,300", "45,100")),
    ("羅臼町の土木費の予算額を教えてください。", "701,000", ("684,200", "16,800")),
    ("羅臼町の繰入金は前年度と比べてどれだけ減りましたか？", "△43,500", ("176,000", "219,500")),
    ("羅臼町の教育費は前年度からいくら増減していますか？", "△32,200", ("517,500",)),
    ("羅臼町の民生費の前年度の予算額は？", "811,300", ("856,400",)),
    ("標津町の令和７年度の農林水産業費はいくらですか？", "1,104,800", ("1,020,500",)),
    ("標津町の繰入金は前年度に比べていくら増えましたか？", "57,600", ("301,700",)),
    ("標津町の国民健康保険特別会計の前年度比の増減率は？", "△3.3", ("842,600", "△28,700")),
    ("標津町の一般会計の令和７年度予算額と、前年度からの増加額を教えてください。", "133,000", ("4,987,000",)),
    ("羅臼町の町税収入はいくらを見込んでいますか？", "612,300", ("598,100", "14,200")),
    ("神流町の令和７年度一般会計予算は前年度からいくら減りましたか？", "1億3千8百万円の減", ("41億2千5百万円",)),
    ("神流町の令和７年度一般会計予算はいくらですか？", "41億2千5百万円", ("1億3千8百万円",)),
    ("上野村の基本目標「移住・定住の促進」の事業費のうち一般財源はいくらですか？", "41920", ("56780",)),
    ("上野村の総合戦略の令和５年度実績で、基本目標「移住・定住の促進」の事業費は？", "56780", ("41920",)),
    ("南牧村の令和５年度の民生費の決算額はいくらですか？", "511730", ("534260", "22530")),
    ("南牧村の土木費の決算額は前年度と比べてどれだけ増えましたか？", "47435", ("298455",)),
])
def test_the_asked_amount_or_change_is_stated_first(assistant, question, stated, not_stated):
    answer = assistant.ask(question)
    first = answer.answer.split("\n")[0]
    assert answer.found and stated in first and not any(v in first for v in not_stated), answer.answer


@pytest.mark.parametrize("question, both", [
    ("標津町の一般会計の令和７年度予算額と、前年度からの増加額を教えてください。", ("5,120,000", "133,000")),
    ("神流町の令和７年度予算の総額と、前年度からの減額はいくらですか？", ("41億2千5百万円", "1億3千8百万円の減")),
    ("上野村の総合戦略の令和５年度実績で、基本目標「移住・定住の促進」の事業費と一般財源は？", ("56780", "41920")),
])
def test_a_change_question_is_answered_with_this_years_amount_beside_the_change(assistant, question, both):
    answer = assistant.ask(question)
    assert answer.found and all(v in answer.answer for v in both), answer.answer
    assert "（計算）" not in answer.answer   # a change and an amount are never added up


@pytest.mark.parametrize("question, never", [
    ("羅臼町の土木費は前年度から何％増えましたか？", ("701,000", "16,800", "684,200")),   # no rate printed
    ("羅臼町の令和８年度の民生費はいくらですか？", ("856,400", "811,300")),                # a year the table lacks
    ("羅臼町の前年度からの増加額はいくらですか？", ("70,500", "45,100", "16,800")),     # which row: none named
    ("南牧村の令和５年度の民生費の当初予算額はいくらですか？", ("511730", "534260")),   # a 決算 is no 当初予算
])
def test_what_the_tables_do_not_print_gets_no_value(assistant, question, never):
    first = assistant.ask(question).answer.split("\n")[0]
    assert not any(v in first for v in never), first
