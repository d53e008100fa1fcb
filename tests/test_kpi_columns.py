"""KPI records from layouts that print one record's values apart, and the answers a user gets from them: documents
of invented towns written here (not copies of any real document), indexed with the real tokenizer, embedder and index.

- a PDF 進捗報告 set in two text columns without frames: each KPI a card (◆ code and name, 現状値 / 目標値 / 実績値
  lines each with its year in parentheses), wrapped comments filling each column, the columns' lines on shifted
  baselines so that a printed line joins a line of each card;
- a ruled PDF table with a two-row header: 実績 merged over two years, 目標 merged over three (stepwise targets),
  the unit in its own column at the end;
- a DOCX table with two targets, 中間目標値（令和9年度） before 最終目標値（令和12年度）.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.readers.formats.pdf import read_pdf
from ingest.text.normalize import comparable
from tests.fixtures.record_views import plans_of, value_view as _v  # (value, unit, year)

FONT = "HeiseiKakuGo-W5"

LEFT_CARDS = [
    "◆指標1-1 図書館の年間貸出冊数",
    "現状値  84,200冊（令和2年度）",
    "目標値  95,000冊（令和7年度）",
    "実績値  88,950冊（令和6年度）",
    "【所見】移動図書館の巡回先を増やしたことで",
    "郊外の利用が伸びたが、中心部は横ばいだった。",
    "◆指標1-2 読み聞かせボランティア登録者数",
    "現状値  41人（令和2年度）",
    "目標値  60人（令和7年度）",
    "実績値  57人（令和6年度）",
    "【所見】養成講座の修了者が登録につながり、",
    "目標の達成が見込まれる状況になっている。",
]
RIGHT_CARDS = [
    "◆指標2-1 スポーツ教室の参加者数",
    "現状値  2,310人（令和2年度）",
    "目標値  3,000人（令和7年度）",
    "実績値  2,480人（令和6年度）",
    "【所見】指導者の高齢化で一部の教室を休止し、",
    "参加者数は伸び悩んでいる状態が続いている。",
    "◆指標2-2 公民館講座の満足度",
    "現状値  78.4％（令和2年度）",
    "目標値  85.0％（令和7年度）",
    "実績値  83.1％（令和6年度）",
]


def _two_column_report(path: Path) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    pdf = canvas.Canvas(str(path))
    pdf.setFont(FONT, 13)
    pdf.drawString(40, 800, "架空市生涯学習推進計画　令和６年度の進捗状況について報告するもの")
    pdf.setFont(FONT, 9)
    for i, line in enumerate(LEFT_CARDS):       # the left column on a 14 pt pitch
        pdf.drawString(40, 770 - 14 * i, line)
    for i, line in enumerate(RIGHT_CARDS):      # the right one on 13 pt: some lines share a baseline, some do not
        pdf.drawString(315, 770 - 13 * i, line)
    pdf.showPage()
    pdf.save()
    return path


def _stepwise_table(path: Path) -> Path:
    """指標｜実績 (令和2年｜令和6年)｜目標 (令和9年｜令和11年｜令和13年)｜単位: two header rows, merged group cells."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    pdf = canvas.Canvas(str(path))
    pdf.setFont(FONT, 14)
    pdf.drawString(40, 790, "架空町農業振興ビジョン　数値目標")
    pdf.setFont(FONT, 9)
    xs = [40, 190, 250, 310, 370, 430, 490, 540]
    top, h = 760, 20
    pdf.rect(xs[0], top - 2 * h, xs[1] - xs[0], 2 * h)
    pdf.drawString(xs[0] + 4, top - h - 5, "指標")
    pdf.rect(xs[1], top - h, xs[3] - xs[1], h)
    pdf.drawString(xs[1] + 40, top - 14, "実績")
    pdf.rect(xs[3], top - h, xs[6] - xs[3], h)
    pdf.drawString(xs[3] + 70, top - 14, "目標")
    pdf.rect(xs[6], top - 2 * h, xs[7] - xs[6], 2 * h)
    pdf.drawString(xs[6] + 4, top - h - 5, "単位")
    for c, year in enumerate(["令和2年", "令和6年", "令和9年", "令和11年", "令和13年"], start=1):
        pdf.rect(xs[c], top - 2 * h, xs[c + 1] - xs[c], h)
        pdf.drawString(xs[c] + 4, top - h - 14, year)
    rows = [["新規就農者数", "9", "11", "14", "16", "18", "人"], ["農産物直売所の売上額", "3.2", "3.9", "4.3", "4.6", "5.0", "億円"]]
    for r, cells in enumerate(rows):
        y = top - (r + 2) * h
        for c, text in enumerate(cells):
            pdf.rect(xs[c], y - h, xs[c + 1] - xs[c], h)
            pdf.drawString(xs[c] + 4, y - 14, text)
    pdf.showPage()
    pdf.save()
    return path


def _two_targets_docx(path: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_heading("架空村総合計画　後期基本計画", 1)
    doc.add_heading("施策２　移住・定住の促進", 2)
    doc.add_paragraph("【成果指標】")
    table = doc.add_table(rows=3, cols=5)
    for r, cells in enumerate([["成果指標", "単位", "現状値（令和5年度）", "中間目標値（令和9年度）", "最終目標値（令和12年度）"],
                               ["移住相談件数", "件", "46", "60", "75"],
                               ["空き家バンク成約数", "件", "7", "10", "15"]]):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    doc.save(str(path))
    return path


YEAR_COLUMNS_CSV = """■健康づくりの成果指標
指標,現状値,現状値の年度,目標値,目標年度
特定保健指導の実施率,38.6％,令和4年度,60.0％,令和11年度
運動習慣のある成人の割合,27.9％,令和5年度,35.0％,令和11年度
※現状値は、令和5年度に実施した町民意識調査（回答者2,140人）による。
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict[str, Path]]:
    folder = tmp_path_factory.mktemp("kpi-columns") / "corpus"
    folder.mkdir()
    files = {"columns": _two_column_report(folder / "kaku_shogai_gakushu_shinchoku.pdf"),
             "stepwise": _stepwise_table(folder / "kaku_nogyo_vision.pdf"),
             "targets": _two_targets_docx(folder / "kaku_kouki_kihon_keikaku.docx"),
             "years": folder / "kaku_kenko_shihyo.csv"}
    files["years"].write_text(YEAR_COLUMNS_CSV, encoding="utf-8")
    return folder, files


@pytest.fixture(scope="module")
def assistant(corpus, tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    index_dir = tmp_path_factory.mktemp("kpi-columns-index")
    report = update_index(corpus[0], index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


def _printed(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return comparable("".join(page.extract_text() or "" for page in pdf.pages))


# --- reading -------------------------------------------------------------------------------------

def test_two_text_columns_are_read_one_column_after_the_other(corpus):
    path = corpus[1]["columns"]
    text = read_pdf(path, path.read_bytes()).text
    lines = [re.sub(r"\s+", "", ln) for ln in text.splitlines() if ln.strip()]
    left = [re.sub(r"\s+", "", ln) for ln in LEFT_CARDS]
    right = [re.sub(r"\s+", "", ln) for ln in RIGHT_CARDS]
    at = lines.index(left[0])
    assert lines[at:at + len(left)] == left          # the left column whole, then the right one
    assert lines[at + len(left):at + len(left) + len(right)] == right
    assert "進捗状況" in lines[0]                     # the title across the page stays one line above both


def test_a_card_in_a_column_gives_one_record_with_each_value_and_its_year(corpus):
    kpis = {k.indicator: k for k in plans_of(corpus, "columns").kpis}
    card = kpis["図書館の年間貸出冊数"]          # the code 「指標1-1」 is no part of the name
    assert (_v(card.baseline), _v(card.target), _v(card.actual)) == \
        ((84200, "冊", 2020), (95000, "冊", 2025), (88950, "冊", 2024))
    right = kpis["スポーツ教室の参加者数"]
    assert (_v(right.baseline), _v(right.target), _v(right.actual)) == \
        ((2310, "人", 2020), (3000, "人", 2025), (2480, "人", 2024))


def test_a_stepwise_target_table_keeps_every_target_and_the_unit_column(corpus):
    rows = [k for k in plans_of(corpus, "stepwise").kpis if k.indicator == "新規就農者数"]
    assert rows and all(_v(k.target) == (18, "人", 2031) for k in rows)
    assert [_v(t) for t in rows[-1].targets] == [(14, "人", 2027), (16, "人", 2029), (18, "人", 2031)]
    assert _v(rows[-1].actual) == (11, "人", 2024)


def test_a_year_column_after_each_value_gives_that_value_its_year_and_a_note_row_no_record(corpus):
    kpis = {k.indicator: k for k in plans_of(corpus, "years").kpis}
    assert set(kpis) == {"特定保健指導の実施率", "運動習慣のある成人の割合"}     # the ※ note is no indicator
    rate = kpis["特定保健指導の実施率"]
    assert (_v(rate.baseline), _v(rate.target)) == ((38.6, "%", 2022), (60.0, "%", 2029))


# --- answers -------------------------------------------------------------------------------------

def test_a_card_in_a_column_is_answered_with_its_values_and_quotes_that_stand_in_print(assistant, corpus):
    answer = assistant.ask("生涯学習推進計画で、スポーツ教室の参加者数の目標値と実績値を教えてください。")
    first = answer.answer.splitlines()[0]
    assert answer.found and "2,480人（令和6年度）" in first and "3,000人（令和7年度）" in first, answer.answer
    assert "2,310" not in first and "84,200" not in first
    printed = _printed(corpus[1]["columns"])
    assert all(comparable(c.quote) in printed for c in answer.citations), [c.quote for c in answer.citations]
    assert any("3,000人" in c.quote for c in answer.citations)


def test_a_left_card_actual_is_not_taken_from_the_card_beside_it(assistant):
    answer = assistant.ask("読み聞かせボランティア登録者数の令和6年度の実績は？")
    assert answer.found and answer.answer.splitlines()[0].startswith("読み聞かせボランティア登録者数の実績値は 57人")


def test_a_stepwise_target_of_the_year_asked_and_the_final_one_otherwise(assistant):
    asked = assistant.ask("架空町の新規就農者数の令和11年の目標は？")
    assert asked.found and asked.answer.splitlines()[0] == "新規就農者数の目標値は 16人 です[1]", asked.answer
    final = assistant.ask("架空町の新規就農者数の最終目標と最新の実績は？")
    first = final.answer.splitlines()[0]
    assert final.found and "18人" in first and "11人" in first, final.answer


def test_an_interim_target_answers_a_question_naming_it_and_never_the_final_one(assistant):
    interim = assistant.ask("移住相談件数の中間目標は？")
    assert interim.found and interim.answer.splitlines()[0] == "移住相談件数の中間目標値は 60件 です[1]", interim.answer
    final = assistant.ask("移住相談件数の目標値は？")   # no year, no 中間: both, the final one first and each labelled
    assert final.found and final.answer.splitlines()[0] == "移住相談件数の目標値は 75件、中間目標値は 60件 です[1]"
    none = assistant.ask("図書館の年間貸出冊数の中間目標は？")   # the card sets one target only
    assert "95,000" not in none.answer.splitlines()[0]

