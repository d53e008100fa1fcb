"""Budget and fact questions over layouts of 広報 and 予算の概要 pages, on documents of towns, wording and figures written
here (not copies of any real document), the answers a reader expects written by hand:

- a 広報 PDF of 岩手県西和賀町 (invented figures) that never writes 「西和賀町」 (its masthead says 「広報にしわが」, its text
  「西和賀の冬」): two boxes side by side, 「◆会計ごとの予算」 on the left and 「◆今年度の新しい事業」 on the right, each label
  on one printed line and its 億/万 amount on the line below, a 「特別会計 計」 and a 「全会計 総計」 among them;
- a 予算の概要 text of 岩手県雫石町: the 一般会計 amount under its label and its change on the third line
  (「対前年度 △1億1,300万円（△2.9％）」), a sentence stating a change (「…前年度と比べ9,800万円（2.6％）の増…」), a
  款 table of this year, last year, 増減 and 増減率 in 万円, and a 財政の見通し sentence listing two 残高 after one year
  with a ※ note of the 取崩額;
- a 公共施設 XLSX of 岩手県紫波町 whose 更新費用 sheet prints 期間｜必要額｜確保できる財源｜不足額 in 千円;
- a 主要施策の成果説明書 PDF of 岩手県葛巻町: per 事業 a name line, a 予算現額｜決算額｜不用額 line and a 成果指標 table.

Each file is made by the test and read by the real pipeline; the questions go through the real index.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.testbed.documents import GOTHIC, PdfPage, write_text
from ingest.pipeline import ingest_file

_BOXES = [("一般会計", "31億4,600万円", "【新】雪下ろし代行支援事業", "1,840万円"),
          ("国民健康保険特別会計", "4億2,310万円", "【新】湯田温泉峡 案内所改修事業", "3,270万円"),
          ("簡易水道事業特別会計", "2億8,750万円", "【拡】通学バス運行事業", "960万円"),
          ("特別会計 計", "7億1,060万円", "【拡】わらび加工品販路拡大事業", "415万円"),
          ("全会計 総計", "38億5,660万円", "【拡】除雪機械更新事業", "5,120万円")]


def _nishiwaga_pdf(folder: Path) -> Path:
    pdf = PdfPage(folder / "koho_nishiwaga_r7_05.pdf", title="広報にしわが 令和７年５月号")
    pdf.text(40, 40, "広報にしわが 令和７年５月号 No.388", 9)
    pdf.text(40, 62, "令和７年度 当初予算が決まりました", 14, GOTHIC)
    pdf.text(40, 86, "豪雪に負けない暮らしと、西和賀の冬を楽しむ観光を柱に予算を編成しました。", 9)
    pdf.text(40, 110, "◆会計ごとの予算", 10, GOTHIC)
    pdf.text(310, 110, "◆今年度の新しい事業", 10, GOTHIC)
    top = 130
    for label, amount, item, cost in _BOXES:
        pdf.text(40, top, label, 9)
        pdf.text(310, top, item, 9)
        pdf.text(60, top + 14, amount, 9)
        pdf.text(330, top + 14, cost, 9)
        top += 34
    pdf.text(40, top + 10, "問合せ 企画課 ☎0197-00-0000", 8)
    pdf.page()
    return pdf.save()


_SHIZUKUISHI = """令和７年度 雫石町当初予算の概要
令和７年２月 雫石町総務課

１ 予算の規模
一般会計
75億2,400万円
対前年度 △1億1,300万円（△2.9％）
特別会計（４会計）
29億8,100万円
対前年度 6,420万円（2.2％）増

町の予算総額は105億500万円となり、前年度と比べ9,800万円（0.9％）の減となりました。

２ 一般会計の歳出（款別）（単位：万円、％）
款\t令和７年度\t令和６年度\t増減\t増減率
総務費\t98,300\t91,200\t7,100\t7.8
民生費\t201,500\t196,800\t4,700\t2.4
農林水産業費\t66,400\t71,900\t△5,500\t△7.6
土木費\t84,900\t88,100\t△3,200\t△3.6
教育費\t73,600\t69,900\t3,700\t5.3
歳出合計\t752,400\t763,700\t△11,300\t△1.5

３ 主要事業
【拡充】町営スキー場リフト更新事業
事業費 2億4,600万円 （前年度 9,800万円）
老朽化したリフト１基を更新します。
【新規】小岩井地区 通学路安全対策事業
事業費 3,150万円 （前年度 －）
歩道の拡幅と防護柵の設置を行います。

４ 財政の見通し
令和７年度末の基金残高は24億6,800万円、地方債残高は81億3,500万円となる見込みです。
※基金の取崩額は３億4,000万円（前年度 ４億1,200万円）を見込んでいます。
"""


def _shiwa_xlsx(folder: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "概要"
    ws["A1"] = "紫波町公共施設等総合管理計画（改訂版） 概要"
    ws["A3"] = "町が保有する公共施設の更新について、今後の見通しを示します。"
    sheet = wb.create_sheet("更新費用")
    sheet["A1"] = "公共施設の更新に要する費用の見通し"
    sheet["D2"] = "（単位：千円）"
    rows = [("期間", "必要額", "確保できる財源", "不足額"),
            ("令和７～11年度", 4_215_000, 3_604_000, 611_000),
            ("令和12～16年度", 5_380_000, 3_950_000, 1_430_000),
            ("合計", 9_595_000, 7_554_000, 2_041_000)]
    for r, row in enumerate(rows, start=3):
        for c, value in enumerate(row, start=1):
            sheet.cell(row=r, column=c, value=value)
    goals = wb.create_sheet("基本目標別")
    goals["A1"] = "基本目標別 事業費の見込み"
    goals["E2"] = "（単位：千円）"
    for r, row in enumerate([("基本目標", "令和７年度", "令和８年度", "令和９年度", "３か年計"),
                             ("基本目標１", 412_000, 388_500, 351_200, 1_151_700),
                             ("基本目標２", 96_300, 88_100, 90_400, 274_800),
                             ("基本目標３", 230_800, 42_600, 40_900, 314_300),
                             ("合計", 739_100, 519_200, 482_500, 1_740_800)], start=3):
        for c, value in enumerate(row, start=1):
            goals.cell(row=r, column=c, value=value)
    housing = wb.create_sheet("町営住宅")
    housing["A1"] = "町営住宅の保有状況（令和６年度末）"
    for r, row in enumerate([("構造", "団地数", "棟数", "戸数"), ("木造", 4, 31, 62), ("簡易耐火構造", 3, 18, 72),
                             ("中層耐火構造", 2, 5, 120), ("合　計", 9, 54, 254)], start=3):
        for c, value in enumerate(row, start=1):
            housing.cell(row=r, column=c, value=value)
    path = folder / "shiwa_kokyo_shisetsu_keikaku.xlsx"
    wb.save(path)
    return path


def _kuzumaki_pdf(folder: Path) -> Path:
    pdf = PdfPage(folder / "kuzumaki_r5_seika_setsumeisho.pdf", title="令和５年度 主要な施策の成果に関する説明書")
    pdf.text(40, 40, "令和５年度 主要な施策の成果に関する説明書", 13, GOTHIC)
    pdf.text(40, 60, "葛巻町 一般会計 （金額の単位：円）", 9)
    top = 84
    for name, office, budget, spent, unused, kpi in (
            ("牧場の担い手研修事業", "農林環境エネルギー課", "12,600,000円", "11,874,200円", "725,800円",
             ("研修修了者数", "人", "4", "6", "5")),
            ("町民バス運行事業", "総務企画課", "38,900,000円", "37,215,640円", "1,684,360円",
             ("町民バスの利用者数", "人", "21,400", "23,000", "22,310"))):
        pdf.text(40, top, f"{name}（{office}）", 10, GOTHIC)
        pdf.text(40, top + 16, "予算現額", 8)
        pdf.text(90, top + 16, budget, 8)
        pdf.text(170, top + 16, "決算額", 8)
        pdf.text(210, top + 16, spent, 8)
        pdf.text(290, top + 16, "不用額", 8)
        pdf.text(330, top + 16, unused, 8)
        for x, head in zip((40, 200, 250, 320, 390), ("成果指標", "単位", "令和４年度実績", "令和５年度目標", "令和５年度実績")):
            pdf.text(x, top + 34, head, 8)
        for x, cell in zip((40, 200, 250, 320, 390), kpi):
            pdf.text(x, top + 48, cell, 8)
        top += 80
    pdf.page()
    return pdf.save()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("budget-boxes")
    _nishiwaga_pdf(folder)
    write_text(folder / "shizukuishi_r7_yosan_gaiyo.txt", _SHIZUKUISHI)
    _shiwa_xlsx(folder)
    _kuzumaki_pdf(folder)
    write_text(folder / "iwaizumi_r6_chomin_anketo.html", _IWAIZUMI)
    write_text(folder / "iwaizumi_r7_jigyo_ichiran.csv", _IWAIZUMI_JIGYO)
    write_text(folder / "yahaba_senryaku_kensho_r6.txt", _YAHABA)
    return folder


_YAHABA = """矢巾町まち・ひと・しごと創生総合戦略 効果検証（令和６年度実績）

基本目標１ 働く場をつくる
指標名\t単位\t基準値\t目標値（令和７年度）\t実績値（令和６年度）\t達成率（％）
町内の新規創業件数\t件\t3\t20\t7\t35.0
企業立地件数\t件\t1\t5\t5\t100.0
"""


_IWAIZUMI_JIGYO = """岩泉町 令和７年度 地域振興事業一覧,,,
事業名,区分,実施地域,事業費（千円）
小本海岸遊歩道整備事業,新規,小本・中島,18400
龍泉洞周辺案内板更新事業,継続,岩泉,2600
安家森林セラピー推進事業,新規,安家,5300
小本地区買物支援バス運行事業,拡充,小本,7100
"""


_IWAIZUMI = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>令和６年度 岩泉町町民アンケート結果</title></head>
<body><h1>令和６年度 岩泉町町民アンケート結果</h1>
<h2>アンケートの概要</h2>
<dl><dt>対象</dt><dd>町内在住の16歳以上の方 2,500人</dd>
<dt>回答数（回答率）</dt><dd>1,204人（48.2％）</dd></dl>
<h2>結果の概要</h2><p>「住み続けたい」と答えた方は71.5％でした。</p>
</body></html>
"""


@pytest.fixture(scope="module")
def assistant(corpus, tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    index_dir = tmp_path_factory.mktemp("budget-boxes-index")
    report = update_index(corpus, index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


def _lead(answer) -> str:
    return answer.answer.split("\n", 1)[0]


def test_each_amount_under_its_label_in_side_by_side_boxes(corpus):
    lines = ingest_file(corpus / "koho_nishiwaga_r7_05.pdf", corpus).plans.budgets
    amounts = {line.item.replace(" ", ""): line.raw for line in lines}   # (the reader keeps no space inside a name)
    for label, amount, item, cost in _BOXES:
        assert amounts[label.replace(" ", "")] == amount
        assert amounts[item.replace(" ", "")] == cost
    assert "38億5,660万円" not in {line.raw for line in lines if line.item not in ("全会計 総計", "全会計総計")}


@pytest.mark.parametrize("question, stated, not_stated", [
    ("西和賀町の国民健康保険特別会計の予算はいくらですか？", "4億2,310万円", "3,270万円"),
    ("西和賀町で新しく始める雪下ろしの代行を支援する事業には、いくらの予算が付きましたか？", "1,840万円", "31億4,600万円"),
    ("西和賀町の特別会計の予算の合計はいくら？", "7億1,060万円", "計算"),
    ("西和賀町の一般会計と特別会計を合わせた全会計の予算額は？", "38億5,660万円", "31億4,600万円"),
])
def test_a_box_amount_is_stated_for_its_own_label(assistant, question, stated, not_stated):
    answer = assistant.ask(question)
    assert answer.found
    assert stated in _lead(answer)
    assert not_stated not in answer.answer


def test_a_page_that_never_names_the_asked_town_states_no_value_for_it(assistant):
    answer = assistant.ask("北上市の令和７年度一般会計の予算額は？")
    assert not answer.found
    assert "31億4,600万円" not in answer.answer


@pytest.mark.parametrize("question, both", [
    ("雫石町の一般会計予算は前年度と比べてどれだけ変わりましたか？", ("△1億1,300万円", "△2.9％")),
    ("雫石町の特別会計の予算は前年度から増えましたか？", ("6,420万円", "2.2％")),
])
def test_a_change_under_its_amount_is_stated_with_its_rate(assistant, question, both):
    lead = _lead(assistant.ask(question))
    assert all(part in lead for part in both)


def test_a_change_in_a_sentence_belongs_to_the_amount_before_it(corpus):
    lines = ingest_file(corpus / "shizukuishi_r7_yosan_gaiyo.txt", corpus).plans.budgets
    changes = [line for line in lines if line.item.startswith("町の予算総額") and line.column == "増減"]
    assert [line.raw for line in changes] == ["9,800万円（0.9％）の減"]
    assert changes[0].amount_yen < 0


@pytest.mark.parametrize("question, stated, not_stated", [
    # neither amount nor rate named: the change in 万円 with its rate beside it, then this year's amount
    ("雫石町の農林水産業費は前年度より減っていますか？予算額も知りたいです。", ("△5,500", "△7.6"), "71,900万円"),
    ("雫石町の教育費の伸び率と予算額を教えてください。", ("5.3",), "69,900万円"),
])
def test_a_row_of_the_comparison_table_answers_its_change(assistant, question, stated, not_stated):
    answer = assistant.ask(question)
    assert all(part in _lead(answer) for part in stated)
    assert not_stated not in answer.answer


@pytest.mark.parametrize("question, stated, not_stated", [
    ("雫石町の令和７年度末の地方債残高の見込みは？", "81億3,500万円", "24億6,800万円"),
    ("雫石町の令和７年度末の基金残高の見込みは？", "24億6,800万円", "81億3,500万円"),
])
def test_one_year_named_before_two_balances_speaks_for_both(assistant, question, stated, not_stated):
    lead = _lead(assistant.ask(question))
    assert stated in lead and not_stated not in lead


def test_a_shortfall_is_never_answered_by_the_cost_beside_it(assistant):
    answer = assistant.ask("紫波町の公共施設の更新費用は、令和７～11年度でいくら不足する見込みですか？")
    assert "611000" in _lead(answer), answer.answer   # (the sheet stores numbers: printed without commas)
    assert "4215000" not in _lead(answer) and "3604000" not in _lead(answer)


@pytest.mark.parametrize("question, stated", [
    ("葛巻町の町民バス運行事業の予算現額と決算額は？", ("38,900,000円", "37,215,640円")),
    ("葛巻町の牧場の担い手研修事業の決算額はいくらでしたか？", ("11,874,200円",)),
])
def test_a_results_form_gives_the_amounts_its_labels_name(assistant, question, stated):
    answer = assistant.ask(question)
    assert answer.found
    assert all(part in answer.answer for part in stated)
    assert stated[0] in _lead(answer)


def test_last_years_amount_in_brackets_is_stated_beside_this_years(assistant):
    lead = _lead(assistant.ask("雫石町のスキー場リフト更新事業は、前年度からどれくらい増えましたか？"))
    assert "2億4,600万円" in lead and "9,800万円" in lead


def test_a_numbered_goal_is_answered_by_its_own_row_never_the_total_row(assistant):
    answer = assistant.ask("紫波町の基本目標２の３か年の事業費の合計はいくらですか？")
    assert "274800" in _lead(answer)
    assert "1740800" not in answer.answer


def test_a_rate_whose_label_names_it_is_stated(assistant):
    assert "48.2％" in _lead(assistant.ask("岩泉町のアンケートの回答率は？"))


def test_a_whole_counted_in_its_own_counter_is_the_total_rows_cell(assistant):
    answer = assistant.ask("紫波町の町営住宅は合計何棟ありますか？")
    assert "54" in _lead(answer) and "254" not in _lead(answer)


def test_where_a_named_jigyo_is_carried_out_is_its_rows_area_cell(assistant):
    lead = _lead(assistant.ask("岩泉町の小本地区買物支援バス運行事業はどの地域で実施しますか？"))
    assert "実施地域は 小本 です" in lead, lead


def test_a_progress_printed_without_its_sign_is_stated_as_printed(assistant):
    lead = _lead(assistant.ask("矢巾町の新規創業件数の達成率は？"))
    assert "35.0" in lead, lead
