"""KPI figures set apart from their labels, in layouts of invented towns (expected results written by hand):

- a KPI table pasted one cell per line whose first column is a group (「施策」 over 「施策１　…」 lines printed once
  before their rows), the years of the value columns on lines of their own, 全角 figures;
- a Word plan that sets each field as a bracketed label with its value on the paragraph below (＜成果指標＞ /
  ＜現状値＞ / ＜目標値＞), or after it on the same line;
- a KPI sheet turned sideways (one column per indicator, a row per 基準値/目標値/実績値/達成率/判定) with a legend of
  the grades above it;
- a 成果説明書 form per 事業 whose prose row says 目標 and whose 成果指標 grid prints 前年度実績｜目標｜実績;
- a 事務事業評価 list whose title names the year graded (「（令和６年度実施事業）」) and whose columns print none;
- a 数値目標 table with a 削減率（基準比） column beside the 基準値;
- a survey table with a 順位 column beside each rate, and one by group with a 全体 row and the previous figure in a note.

What a user notices: the answer's first line states the asked figures of the right indicator (never a figure of the
next row, never a rate of change as the 基準値), with the year each belongs to; a grade and its legend are quoted; the
row a survey ranks first (or last) in the column asked is named; an answer asked for all who answered is the 全体 row,
with the note that gives the previous survey's figure.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.record_views import plans_of, value_view as _v  # (value, unit, year)

STACKED = """湯川村第２期総合戦略　成果指標の進み具合

※ワープロの表を貼り付けたため、１セル１行で掲載しています。

施策

指標名

単位

現状値

基準年

実績値

（令和５年度）

目標値

（令和９年度）

施策１　農業の担い手を育てる

新規就農者数（累計）

人

３

Ｒ２

９

１５

農産物直売所の売上額

千円

４８，５００

Ｒ２

５１，２３０

６０，０００

施策２　若者が暮らせる住まいをつくる

村営住宅の入居率

％

８８．０

Ｒ３

８４．５

９５．０

空き家バンク登録件数

件

－

－

１２

３０

※空き家バンクは令和４年度に始めた制度である。
"""

SURVEY_HTML = """<html><head><meta charset="utf-8"><title>令和６年度 町民アンケート結果｜神河町</title></head><body>
<h1>神河町 令和６年度 町民アンケート結果</h1>
<p>各分野について「満足」「やや満足」、「重要」「やや重要」と答えた方の割合です（単位：％）。</p>
<table border="1">
<tr><th>分野</th><th>満足度（％）</th><th>満足度の順位</th><th>重要度（％）</th><th>重要度の順位</th></tr>
<tr><td>買い物の便利さ</td><td>22.5</td><td>4</td><td>77.0</td><td>2</td></tr>
<tr><td>救急医療</td><td>35.1</td><td>3</td><td>88.4</td><td>1</td></tr>
<tr><td>上下水道</td><td>61.8</td><td>1</td><td>52.3</td><td>4</td></tr>
<tr><td>公園・緑地</td><td>48.0</td><td>2</td><td>40.9</td><td>5</td></tr>
<tr><td>雇用の場</td><td>15.6</td><td>5</td><td>70.2</td><td>3</td></tr>
</table>
<p>救急医療は重要度が高く、満足度との差が大きい分野です。</p>
<h2>神河町に愛着を感じていますか（地区別）</h2>
<p>（単位：％）</p>
<table border="1">
<tr><th>地区</th><th>感じている</th><th>どちらかといえば感じている</th><th>感じていない</th></tr>
<tr><td>寺前地区</td><td>47.2</td><td>30.5</td><td>22.3</td></tr>
<tr><td>長谷地区</td><td>39.8</td><td>33.1</td><td>27.1</td></tr>
<tr><td>全体</td><td>44.6</td><td>31.6</td><td>23.8</td></tr>
</table>
<p>※前回調査（平成30年度）は、全体で「感じている」が41.3％でした。</p>
</body></html>
"""

REDUCTION_CSV = """目標項目,単位,基準値（令和元年度）,現状値（令和５年度）,目標値（令和12年度）,削減率（基準比・％）
庁舎の電力使用量,千kWh,1840,1702,1290,29.9
公用車の燃料使用量,kL,96.4,90.1,67.5,30.0
"""


def _label_docx(path: Path) -> Path:
    """A Word plan: ＜成果指標＞ and its value labels, the value on the paragraph below or after the label."""
    from docx import Document

    doc = Document()
    for line in ("美郷町まちづくり重点計画（令和８年度～令和12年度）", "第４章　目標とする指標", "１　交流を広げる",
                 "＜成果指標＞", "道の駅の年間売上額", "＜現状値＞", "３．８５億円（令和６年度）", "＜目標値＞",
                 "４．５０億円（令和12年度）", "＜成果指標＞　体験型ツアーの参加者数", "＜現状値＞　１，１２０人（令和６年度）",
                 "＜目標値＞　２，０００人（令和12年度）", "２　住まいを確保する", "＜成果指標＞", "定住促進住宅の入居世帯数",
                 "＜現状値＞", "１６世帯（令和６年度）", "＜目標値＞", "３０世帯（令和12年度）",
                 "各指標は毎年度、美郷町総合政策審議会で点検します。"):
        doc.add_paragraph(line)
    doc.save(path)
    return path


def _sideways_sheet(path: Path) -> Path:
    """A KPI sheet with one column per indicator and a legend of the grades above it."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "検証結果"
    sheet["A1"] = "上板町　第２期総合戦略　令和６年度検証シート"
    sheet["A2"] = "判定　◎：達成率100％以上　○：達成率70％以上100％未満　△：達成率70％未満"
    rows = [("区分", "指標Ａ", "指標Ｂ", "指標Ｃ"),
            ("指標名", "ふるさと納税の寄附件数", "町営キャンプ場の利用者数", "特定保健指導の実施率"),
            ("単位", "件", "人", "％"),
            ("基準値", "2,310", "6,400", "31.5"),
            ("基準年度", "R2", "R1", "R2"),
            ("目標値（令和８年度）", "4,000", "9,000", "60.0"),
            ("実績値（令和６年度）", "4,420", "6,120", "44.8"),
            ("達成率（％）", "110.5", "68.0", "74.7"),
            ("判定", "◎", "△", "○")]
    for i, row in enumerate(rows, start=4):
        for j, cell in enumerate(row, start=1):
            sheet.cell(i, j, cell)
    book.save(path)
    return path


def _result_forms(path: Path) -> Path:
    """A 成果説明書: one ruled form per 事業, a prose row that says 目標, then the 成果指標 grid."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "成果説明"
    sheet["A1"] = "令和６年度　主要な施策の成果に関する説明書（架空市）"
    rows = [("No.1 地域公共交通確保事業", None, None, None, None, None),
            ("事業の概要", "乗合タクシーを市内３地区で運行した。", None, None, None, None),
            ("成果と課題", "利用者数は目標を下回ったが、予約方法の周知で回復している。", None, None, None, None),
            ("成果指標", "単位", "令和５年度実績", "令和６年度目標", "令和６年度実績", "達成率"),
            ("乗合タクシーの利用者数", "人", "8,240", "9,500", "9,010", "94.8％")]
    for i, row in enumerate(rows, start=3):
        for j, cell in enumerate(row, start=1):
            if cell is not None:
                sheet.cell(i, j, cell)
    for r in (3, 4, 5):
        sheet.merge_cells(start_row=r, start_column=2 if r > 3 else 1, end_row=r, end_column=6)
    book.save(path)
    return path


def _graded_list(path: Path) -> Path:
    """A 事務事業評価 list whose title names the year graded; 目標値/実績値 print no year."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "一覧"
    sheet["A1"] = "架空町　令和７年度　行政評価結果（令和６年度実施事業）"
    sheet.append(["事業名", "担当課", "成果指標", None, None, None])
    sheet.append([None, None, "指標名", "単位", "目標値", "実績値"])
    sheet.merge_cells("C2:F2")
    sheet.append(["図書館運営事業", "生涯学習課", "年間貸出冊数", "冊", 52000, 48730])
    sheet.append(["健康ポイント事業", "健康課", "参加者数", "人", 600, 655])
    book.save(path)
    return path


def _write(folder: Path) -> dict[str, Path]:
    files = {"stacked": folder / "yugawa_senryaku_shihyo.txt", "reduction": folder / "kasou_ondanka_keikaku.csv"}
    files["stacked"].write_text(STACKED, encoding="utf-8")
    files["reduction"].write_text(REDUCTION_CSV, encoding="utf-8")
    (folder / "kamikawa_chomin_anketo.html").write_text(SURVEY_HTML, encoding="utf-8")
    files["labels"] = _label_docx(folder / "misato_juten_keikaku.docx")
    files["sideways"] = _sideways_sheet(folder / "kamiita_senryaku_kensho.xlsx")
    files["forms"] = _result_forms(folder / "kasou_seika_setsumeisho.xlsx")
    files["graded"] = _graded_list(folder / "kasou_gyosei_hyoka.xlsx")
    return files


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict[str, Path]]:
    folder = tmp_path_factory.mktemp("kpi-apart") / "corpus"
    folder.mkdir()
    return folder, _write(folder)


@pytest.fixture(scope="module")
def assistant(corpus, tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    index_dir = tmp_path_factory.mktemp("kpi-apart-index")
    report = update_index(corpus[0], index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


def _kpis(corpus, key):
    return {k.indicator: k for k in plans_of(corpus, key).kpis}


# --- records ------------------------------------------------------------------------------------

def test_cells_one_a_line_under_group_lines_give_one_record_per_row(corpus):
    kpis = _kpis(corpus, "stacked")
    assert set(kpis) == {"新規就農者数(累計)", "農産物直売所の売上額", "村営住宅の入居率", "空き家バンク登録件数"}
    sales = kpis["農産物直売所の売上額"]
    assert (_v(sales.baseline), _v(sales.actual), _v(sales.target)) == \
        ((48500, "千円", 2020), (51230, "千円", 2023), (60000, "千円", 2027))
    assert kpis["空き家バンク登録件数"].baseline is None and _v(kpis["空き家バンク登録件数"].actual) == (12, "件", 2023)


def test_label_paragraphs_give_a_record_with_the_years_in_the_values(corpus):
    kpis = _kpis(corpus, "labels")
    assert set(kpis) == {"道の駅の年間売上額", "体験型ツアーの参加者数", "定住促進住宅の入居世帯数"}
    sales = kpis["道の駅の年間売上額"]
    assert (_v(sales.baseline), _v(sales.target)) == ((3.85, "億円", 2024), (4.5, "億円", 2030))
    assert sales.project == "交流を広げる" or "交流を広げる" in " ".join(sales.outline)
    tours = kpis["体験型ツアーの参加者数"]
    assert (_v(tours.baseline), _v(tours.target)) == ((1120, "人", 2024), (2000, "人", 2030))


def test_a_sideways_table_keeps_each_column_apart_and_its_grade(corpus):
    kpis = _kpis(corpus, "sideways")
    camp = kpis["町営キャンプ場の利用者数"]
    assert (_v(camp.baseline), _v(camp.actual), _v(camp.target)) == \
        ((6400, "人", 2019), (6120, "人", 2024), (9000, "人", 2026))
    assert (camp.progress, camp.grade) == (68.0, "△")
    assert [k.indicator for k in kpis.values() if len(k.indicator) < 2] == []   # the legend's marks are no KPI


def test_a_result_form_reads_its_grid_under_a_prose_row(corpus):
    (bus,) = plans_of(corpus, "forms").kpis
    assert bus.indicator == "乗合タクシーの利用者数"
    assert (_v(bus.baseline), _v(bus.actual), _v(bus.target)) == \
        ((8240, "人", 2023), (9010, "人", 2024), (9500, "人", 2024))


def test_the_graded_year_of_the_title_dates_yearless_columns(corpus):
    kpis = _kpis(corpus, "graded")
    assert (_v(kpis["年間貸出冊数"].target), _v(kpis["年間貸出冊数"].actual)) == \
        ((52000, "冊", 2024), (48730, "冊", 2024))


def test_a_rate_of_change_beside_the_baseline_is_not_the_baseline(corpus):
    power = _kpis(corpus, "reduction")["庁舎の電力使用量"]
    assert (_v(power.baseline), _v(power.actual), _v(power.target)) == \
        ((1840, "千kWh", 2019), (1702, "千kWh", 2023), (1290, "千kWh", 2030))


# --- answers ------------------------------------------------------------------------------------

def test_a_fall_from_the_baseline_states_both_figures(assistant):
    first = assistant.ask("湯川村の村営住宅の入居率は、基準値から上がっていますか、下がっていますか？").answer.splitlines()[0]
    assert "８４．５" in first and "８８．０" in first and "９５．０" not in first, first


def test_from_what_to_what_states_the_starting_point_and_the_target(assistant):
    first = assistant.ask("美郷町では道の駅の年間売上額をいくらからいくらに増やす目標ですか？").answer.splitlines()[0]
    assert "3.85億円" in first and "4.50億円" in first, first


def test_the_progress_and_grade_of_a_sideways_column(assistant):
    answer = assistant.ask("上板町の総合戦略で、町営キャンプ場の利用者数の達成率と判定は？")
    first = answer.answer.splitlines()[0]
    assert "68.0%" in first and "△" in first and "110.5" not in first, first


def test_the_legend_entry_of_a_grade(assistant):
    first = assistant.ask("上板町の検証で、判定を○とする基準は？").answer.splitlines()[0]
    assert "70％以上100％未満" in first and "◎" not in first, first


def test_a_planned_reduction_states_the_target_and_quotes_the_row(assistant):
    answer = assistant.ask("公用車の燃料使用量をどれだけ削減する計画ですか？").answer
    first = answer.splitlines()[0]
    assert "67.5" in first and "96.4" in first and "30.0" in answer, answer


def test_the_row_a_survey_ranks_first_or_last_in_the_column_asked(assistant):
    first = assistant.ask("神河町の町民が最も重要だと考えている分野は何ですか？").answer.splitlines()[0]
    assert "救急医療" in first and "上下水道" not in first, first
    first = assistant.ask("神河町のアンケートで満足度がいちばん低い分野は？").answer.splitlines()[0]
    assert "雇用の場" in first and "救急医療" not in first, first


def test_the_total_row_of_the_answer_asked_and_the_previous_figure(assistant):
    answer = assistant.ask("神河町で「感じている」と答えた町民の割合は、前回調査からどう変わりましたか？").answer
    first = answer.splitlines()[0]
    assert "44.6" in first and "47.2" not in first and "31.6" not in first, answer
    assert "41.3％" in answer, answer
    first = assistant.ask("神河町の寺前地区で「感じている」と答えた割合は？").answer.splitlines()[0]
    assert "44.6" not in first, first
    first = assistant.ask("神河町の平成26年度の町民アンケートでは、「感じている」と答えた人は何％でしたか？").answer.splitlines()[0]
    assert "44.6" not in first, first   # a survey of another year
