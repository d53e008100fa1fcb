"""A KPI table printed without ruling lines whose row labels hold numbers of their own and whose baseline cells carry
their own year in parentheses, asked in a user's words rather than the columns' names.

The document is invented (三重県南伊勢町's 健康づくり計画 中間評価, written here as a PDF): its header words stand on one
line, the label's head alone below them and the years on a third; the labels name 「１人１日当たり」 and 「40～74歳」;
each 基準値 cell is 「2,350（H30）」 or 「41.2（令和元年度）」; the unit stands only in each label's bracket. A second table
gives 分野別 figures and a 合計 row under a unit note.

What a user notices: each row is one KPI named by its label (never by its 基準値 cell, 「41.2（令和元年度）」), with the
unit its label names and the baseline's own year; 「目標に対して直近どのくらい」, 「いつまでに何％にする計画」 and
「基準年度の…と令和11年度の目標」 get the KPI's values as 「目標値」「実績値」 questions do; a question about the whole of a
table (「（合計）」) gets its 合計 row, one naming a row never gets it; 「基本目標は何ですか」 is no KPI question.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.testbed.documents import GOTHIC, PdfPage
from ingest.pipeline import ingest_file
from tests.fixtures.record_views import value_view as _v  # (value, unit, year)

_ROWS = [("特定健康診査の受診率（40～74歳）（％）", "41.2（令和元年度）", "46.8", "60.0", "Ｂ"),
         ("１日当たり平均歩数（20～64歳男性）（歩）", "7,120（H30）", "7,480", "8,000", "Ｂ"),
         ("市民１人１日当たりの食塩摂取量（ｇ）", "10.4（H30）", "9.9", "8.0", "Ｃ"),
         ("がん検診精密検査の受診者数（人）", "2,350（H30）", "2,610", "3,000", "Ａ")]
_SECTORS = [("生活習慣病", "1,240", "1,180", "1,050"), ("悪性新生物", "860", "905", "800"), ("歯科疾患", "310", "296", "280"),
            ("合計", "2,410", "2,381", "2,130")]


def _plan_pdf(path: Path) -> Path:
    p = PdfPage(path, title="南伊勢町 第２次健康づくり計画 中間評価")
    p.text(40, 60, "南伊勢町 第２次健康づくり計画 中間評価報告書", 14, GOTHIC)
    p.text(40, 85, "基本目標１ 生涯を通じた健康づくり", 11, GOTHIC)
    p.text(40, 105, "３ 成果指標の状況", 11, GOTHIC)
    for x, word in ((330, "基準値"), (420, "直近値"), (500, "目標値"), (555, "評価")):
        p.center(x, 130, word)
    p.center(150, 140, "成果指標（単位）")
    for x, word in ((330, "（年度）"), (420, "（令和６年度）"), (500, "（令和11年度）")):
        p.center(x, 150, word)
    for i, row in enumerate(_ROWS):
        top = 170 + 18 * i
        p.text(42, top, row[0], 8.5)
        for x, cell in zip((365, 440, 520), row[1:4]):
            p.right(x, top, cell)
        p.center(555, top, row[4])
    p.text(40, 250, "評価 Ａ：目標に到達 Ｂ：改善 Ｃ：変化なし・悪化", 8)
    p.text(40, 285, "４ 分野別の医療費の見込み", 11, GOTHIC)
    p.text(470, 300, "（単位：百万円）", 9)
    for x, word in ((260, "基準年度"), (340, "現状"), (420, "目標")):
        p.center(x, 320, word)
    p.center(110, 330, "分野")
    for x, word in ((260, "（平成30年度）"), (340, "（令和５年度）"), (420, "（令和11年度）")):
        p.center(x, 340, word)
    for i, row in enumerate(_SECTORS):
        top = 360 + 18 * i
        p.text(70, top, row[0])
        for x, cell in zip((285, 365, 445), row[1:]):
            p.right(x, top, cell)
    p.c.showPage()
    p.c.save()
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("values-with-years") / "corpus"
    folder.mkdir()
    return folder, _plan_pdf(folder / "minamiise_kenko_chukan.pdf")


@pytest.fixture(scope="module")
def assistant(corpus, tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    index_dir = tmp_path_factory.mktemp("values-with-years-index")
    report = update_index(corpus[0], index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


def test_a_label_with_numbers_is_the_rows_name_and_the_value_keeps_its_own_year(corpus):
    kpis = ingest_file(corpus[1], corpus[0]).plans.kpis
    assert not any(re.match(r"[0-9,.]+\(", k.indicator) for k in kpis), [k.indicator for k in kpis]

    def named(start: str):
        kpi, = [k for k in kpis if k.indicator.startswith(start)]
        return kpi
    kpi = named("市民1人1日当たりの食塩摂取量")
    assert (_v(kpi.baseline), _v(kpi.actual), _v(kpi.target)) == ((10.4, "ｇ", 2018), (9.9, "ｇ", 2024), (8.0, "ｇ", 2029))
    kpi = named("特定健康診査の受診率")
    assert (_v(kpi.baseline), _v(kpi.target)) == ((41.2, "％", 2019), (60.0, "％", 2029))
    assert _v(named("1日当たり平均歩数").baseline) == (7120, "歩", 2018)


def test_a_table_whose_header_misses_a_figure_column_names_no_row_by_its_figures():
    """A header read one column off (「基準値」 over the labels, nothing over the 基準値 cells): the figures with their
    years are no indicator."""
    from ingest.plans.table_records import kpis_from_table
    from ingest.tables.table import Cell, Table
    from ingest.plans.table_records import RowContext

    lines = [["基準値", "", "目標値", "実績"], ["市民１人１日当たりの食塩摂取量（ｇ）", "10.4（H30）", "8.0", "9.9"],
             ["特定健康診査の受診率（％）", "41.2（R1）", "60.0", "46.8"]]
    text, rows = "", []
    for line in lines:
        cells = []
        for cell in line:
            cells.append(Cell(cell, len(text), len(text) + len(cell)))
            text += cell + "\t"
        text = text[:-1] + "\n"
        rows.append(tuple(cells))
    table = Table("t.txt", 0, len(text), (rows[0],), tuple(rows[1:]))
    kpis = kpis_from_table(table, text, lambda at: RowContext(), lambda s: "", lambda s: (s, ""))
    assert not any(k.indicator.startswith(("10.4", "41.2")) for k in kpis), [k.indicator for k in kpis]


@pytest.mark.parametrize("question, values, others", [
    ("南伊勢町の市民１人１日当たりの食塩摂取量は、目標に対して直近どのくらいですか？", ("9.9", "8.0"), ("7,480",)),
    ("南伊勢町は特定健康診査の受診率を、いつまでに何％にする計画ですか？", ("60.0",), ("46.8", "8.0")),
    ("南伊勢町のがん検診精密検査の受診者数について、基準年度の人数と令和11年度の目標人数を教えてください。",
     ("2,350", "3,000"), ("2,610", "7,120")),
])
def test_a_kpi_asked_in_a_users_words_gets_its_values(assistant, question, values, others):
    answer = assistant.ask(question)
    first = answer.answer.splitlines()[0]
    assert answer.found and all(v in first for v in values), answer.answer
    assert not any(o in first for o in others), answer.answer


def test_a_basic_goal_question_is_no_kpi_question():
    from assistant.question import classify

    assert classify("南伊勢町の健康づくり計画の基本目標と重点目標を教えてください。").kind != "kpi"
    assert classify("目標を達成した指標はどれですか？").kind != "kpi"
    assert classify("南伊勢町の食塩摂取量は目標に対して直近どのくらいですか？").kind == "kpi"


def test_the_whole_of_a_table_is_its_total_row_and_a_row_asked_is_that_row(assistant):
    first = assistant.ask("南伊勢町の分野別の医療費（合計）の基準年度と目標を教えてください。").answer.splitlines()[0]
    assert "2,410" in first and "2,130" in first and "1,240" not in first, first
    for question in ("南伊勢町の悪性新生物の医療費の目標は？", "南伊勢町のがんの医療費の目標は？"):
        first = assistant.ask(question).answer.splitlines()[0]
        assert "2,130" not in first and "2,410" not in first, first     # a row asked is never the whole
