"""Tables printed without ruling lines whose column headers stand on two or three lines above the rows.

Three invented documents of three towns, each splitting its header another way: the header words on one line, the row labels' head
alone on the next (centred on the header's height) and the years in parentheses below, a head broken over two
lines (「達成」 over 「状況」); the same over a table of figures under a unit note; the label's head beside the
header words and the years under them, with 「執行」 over 「率」.

What a user notices: each column is read under its whole header (「目標値（令和12年度）」), so a KPI row becomes one
record with each value's own year; a question about a row's value under a column gets that cell; every quote stands
in the page as a PDF reader prints it; a table with a one-line header is read as before.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from assistant.testbed.documents import GOTHIC, PdfPage
from ingest.pipeline import ingest_file
from tests.fixtures.record_views import value_view as _v  # (value, unit, year)


def _library_pdf(path: Path) -> Path:
    """Town 1: header words, then the label's head alone, then the years and 「状況」; figures centred."""
    p = PdfPage(path, title="若桜町 第３期教育振興計画 進捗状況報告書")
    p.text(40, 60, "若桜町 第３期教育振興計画 進捗状況報告書", 14, GOTHIC)
    p.text(40, 90, "５ 成果指標", 11, GOTHIC)
    for x, word in ((300, "基準値"), (380, "目標値"), (460, "実績"), (530, "達成")):
        p.center(x, 115, word)
    p.center(140, 125, "指標（単位）")
    for x, word in ((300, "（年度）"), (380, "（令和12年度）"), (460, "（令和６年度）"), (530, "状況")):
        p.center(x, 135, word)
    rows = [("図書館の年間貸出冊数（冊）", "84,200（R2）", "95,000", "88,310", "順調"),
            ("学校図書館の蔵書充足率（％）", "71.5（R3）", "100", "86.0", "遅れ"),
            ("読み聞かせボランティア登録者数（人）", "38（R2）", "60", "61", "達成"),
            ("電子書籍の貸出件数（件）", "1,200（R4）", "5,000", "", "")]     # a new indicator: no 実績 yet
    for i, row in enumerate(rows):
        top = 155 + 18 * i
        p.text(45, top, row[0], 9)
        for x, cell in zip((300, 380, 460, 530), row[1:]):
            if cell:
                p.center(x, top, cell)
    p.text(40, 238, "達成状況 達成：目標値に達した 順調：基準値より改善 遅れ：基準値より悪化", 8)
    p.c.showPage()
    p.c.save()
    return path


def _emissions_pdf(path: Path) -> Path:
    """Town 2: a table of figures under a unit note, figures set right, the years set close together."""
    p = PdfPage(path, title="湯梨浜町 地球温暖化対策実行計画")
    p.text(40, 60, "湯梨浜町 地球温暖化対策実行計画（区域施策編）", 14, GOTHIC)
    p.text(40, 90, "表３ 部門別の温室効果ガス排出量の削減目標", 11, GOTHIC)
    p.text(450, 105, "（単位：千t-CO2）", 9)
    for x, word in ((250, "基準年度"), (330, "現状"), (410, "目標"), (490, "削減率")):
        p.center(x, 125, word)
    p.center(100, 135, "部門")
    for x, word in ((250, "（平成25年度）"), (330, "（令和４年度）"), (410, "（令和12年度）"), (490, "（基準年度比）")):
        p.center(x, 145, word)
    rows = [("産業部門", "198.6", "167.2", "119.2", "40.0％"), ("家庭部門", "120.4", "110.0", "70.1", "41.8％"),
            ("運輸部門", "162.7", "143.0", "90.7", "44.3％"), ("合計", "481.7", "420.2", "280.0", "41.9％")]
    for i, row in enumerate(rows):
        top = 165 + 18 * i
        p.text(60, top, row[0])
        for x, cell in zip((275, 355, 435, 515), row[1:]):
            p.right(x, top, cell)
    p.text(40, 250, "削減率は、基準年度の排出量に対する令和12年度の削減量の割合です。", 9)
    p.c.showPage()
    p.c.save()
    return path


def _budget_pdf(path: Path) -> Path:
    """Town 3: the label's head beside the header words, their years below, 「執行」 over 「率」."""
    p = PdfPage(path, title="東秩父村 令和５年度 主要施策の成果報告")
    p.text(40, 60, "東秩父村 令和５年度 主要施策の成果報告書", 14, GOTHIC)
    p.text(40, 90, "２ 子育て支援の事業費", 11, GOTHIC)
    p.text(470, 105, "（単位：千円）", 9)
    p.text(45, 125, "事業名")
    for x, word in ((300, "予算現額"), (390, "決算額"), (470, "執行")):
        p.center(x, 125, word)
    for x, word in ((300, "（令和５年度）"), (390, "（令和５年度）"), (470, "率")):
        p.center(x, 137, word)
    rows = [("子ども医療費助成事業", "41,250", "39,870", "96.7％"), ("放課後児童クラブ運営事業", "18,400", "18,012", "97.9％"),
            ("病児保育事業", "6,300", "5,115", "81.2％")]
    for i, row in enumerate(rows):
        top = 157 + 18 * i
        p.text(45, top, row[0])
        for x, cell in zip((325, 415, 495), row[1:]):
            p.right(x, top, cell)
    p.c.showPage()
    p.c.save()
    return path


def _printed(path: Path) -> str:
    """The PDF's text as pdfplumber prints it, compared as a quote checker compares: NFKC, no whitespace."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _comparable(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict[str, Path]]:
    folder = tmp_path_factory.mktemp("stacked-headers") / "corpus"
    folder.mkdir()
    return folder, {"library": _library_pdf(folder / "wakasa_kyoiku_shinchoku.pdf"),
                    "emissions": _emissions_pdf(folder / "yurihama_ondanka.pdf"),
                    "budget": _budget_pdf(folder / "higashichichibu_seika.pdf")}


def _ingested(corpus, key: str):
    folder, files = corpus
    return ingest_file(files[key], folder)


def _tables(corpus, key: str):
    from ingest.readers.registry import read_file

    return read_file(corpus[1][key]).tables


def test_each_column_is_headed_by_its_parts_merged(corpus):
    table, = _tables(corpus, "library")
    assert table.column_headers() == ["指標（単位）", "基準値（年度）", "目標値（令和12年度）", "実績（令和６年度）", "達成状況"]
    assert [row[0].text for row in table.body_rows] == ["図書館の年間貸出冊数（冊）", "学校図書館の蔵書充足率（％）",
                                                         "読み聞かせボランティア登録者数（人）", "電子書籍の貸出件数（件）"]
    table, = _tables(corpus, "emissions")
    assert table.column_headers() == ["部門", "基準年度（平成25年度）", "現状（令和４年度）", "目標（令和12年度）",
                                      "削減率（基準年度比）"]
    assert table.unit_note == "（単位：千t-CO2）"
    assert [row[0].text for row in table.body_rows] == ["産業部門", "家庭部門", "運輸部門", "合計"]
    table, = _tables(corpus, "budget")
    assert table.column_headers() == ["事業名", "予算現額（令和５年度）", "決算額（令和５年度）", "執行率"]
    assert table.unit_note == "（単位：千円）"
    assert len(table.body_rows) == 3


def test_a_kpi_row_is_one_record_with_each_values_own_year(corpus):
    """(the unit the 指標（単位） column names in each label's bracket is its values')"""
    found = {k.indicator: k for k in _ingested(corpus, "library").plans.kpis}
    kpi = found["図書館の年間貸出冊数(冊)"]
    assert (_v(kpi.baseline), _v(kpi.target), _v(kpi.actual)) == ((84200, "冊", 2020), (95000, "冊", 2030),
                                                                 (88310, "冊", 2024))
    kpi = found["読み聞かせボランティア登録者数(人)"]
    assert (_v(kpi.baseline), _v(kpi.target), _v(kpi.actual)) == ((38, "人", 2020), (60, "人", 2030), (61, "人", 2024))
    assert found["学校図書館の蔵書充足率(%)"].baseline.year == 2021     # its own 「（R3）」, not the others'
    kpi = found["電子書籍の貸出件数(件)"]                                 # a blank cell is no value
    assert (_v(kpi.baseline), _v(kpi.target), kpi.actual) == ((1200, "件", 2022), (5000, "件", 2030), None)


def test_a_header_printing_its_year_beside_a_year_word_heads_that_years_values(corpus):
    """「基準年度（平成25年度）」 over figures is the baseline column, not a column of years."""
    found = {k.indicator: k for k in _ingested(corpus, "emissions").plans.kpis}
    kpi = found["合計"]
    assert (_v(kpi.baseline), _v(kpi.actual), _v(kpi.target)) == ((481.7, "千t-CO2", 2013), (420.2, "千t-CO2", 2022),
                                                                 (280.0, "千t-CO2", 2030))


def test_every_record_quotes_a_verbatim_span_of_the_printed_page(corpus):
    for key in ("library", "emissions", "budget"):
        printed = _printed(corpus[1][key])
        ingested = _ingested(corpus, key)
        for record in (*ingested.plans.kpis, *ingested.plans.budgets):
            assert _comparable(record.source.quote) in printed, record.source.quote


def test_the_budget_lines_keep_their_columns(corpus):
    lines = {(b.item, b.column): (b.amount, b.unit, b.fiscal_year) for b in _ingested(corpus, "budget").plans.budgets}
    assert lines[("病児保育事業", "決算額(令和5年度)")] == (5115, "千円", 2023), lines
    assert lines[("子ども医療費助成事業", "決算額(令和5年度)")] == (39870, "千円", 2023), lines


def test_a_table_with_its_header_on_one_line_is_read_as_before(tmp_path):
    p = PdfPage(tmp_path / "one_line.pdf")
    p.text(40, 60, "表１ 成果指標", 11, GOTHIC)
    for x, word in ((300, "基準値"), (380, "目標値"), (460, "実績値")):
        p.center(x, 85, word)
    p.text(45, 85, "指標")
    for i, row in enumerate((("公民館の利用者数", "12,400", "15,000", "13,020"), ("公園の清掃回数", "24", "36", "30"))):
        p.text(45, 105 + 18 * i, row[0])
        for x, cell in zip((300, 380, 460), row[1:]):
            p.center(x, 105 + 18 * i, cell)
    p.c.showPage()
    p.c.save()
    from ingest.readers.registry import read_file

    table, = read_file(tmp_path / "one_line.pdf").tables
    assert table.column_headers() == ["指標", "基準値", "目標値", "実績値"]


@pytest.fixture(scope="module")
def assistant(corpus, tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    index_dir = tmp_path_factory.mktemp("stacked-headers-index")
    report = update_index(corpus[0], index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


@pytest.mark.parametrize("question, value, others", [
    ("若桜町の図書館の年間貸出冊数の目標値は？", "95,000", ("88,310", "84,200")),
    ("若桜町の図書館の年間貸出冊数の実績は？", "88,310", ("95,000", "84,200")),
    ("若桜町の図書館の年間貸出冊数の基準値は？", "84,200", ("95,000", "88,310")),
    ("読み聞かせボランティア登録者数の令和12年度の目標は？", "60", ("61", "38")),
])
def test_a_kpi_question_gets_the_value_of_its_column(assistant, corpus, question, value, others):
    answer = assistant.ask(question)
    first = answer.answer.splitlines()[0]
    assert value in first and not any(o in first for o in others), first
    printed = _printed(corpus[1]["library"])
    for citation in answer.citations:
        assert _comparable(citation.quote) in printed


def test_a_figure_is_read_under_its_merged_header(assistant):
    first = assistant.ask("湯梨浜町の合計の令和12年度の目標は？").answer.splitlines()[0]
    assert "280.0" in first and "481.7" not in first and "420.2" not in first, first


def test_a_budget_cell_is_read_under_its_merged_header(assistant):
    first = assistant.ask("東秩父村の病児保育事業の決算額は？").answer.splitlines()[0]
    assert "5,115" in first and "6,300" not in first, first


def test_a_caption_naming_every_rows_subject_alike_states_no_rows_value(assistant):
    """「温室効果ガス排出量の目標」 names the caption's subject, which every 部門 row shares: no row's figure comes first."""
    first = assistant.ask("湯梨浜町の温室効果ガス排出量の目標は？").answer.splitlines()[0]
    assert not any(v in first for v in ("119.2", "70.1", "90.7")), first


def test_a_group_head_over_two_columns_is_not_given_to_one_of_them(tmp_path):
    """「目標値」 printed over both 「令和８年度」 and 「令和12年度」: no column is headed 「目標値」 alone by where it stands."""
    p = PdfPage(tmp_path / "grouped.pdf")
    p.text(40, 60, "表２ 成果指標の目標", 11, GOTHIC)
    p.center(300, 85, "基準値")
    p.center(410, 85, "目標値（中間・最終）")
    p.center(140, 95, "指標")
    for x, word in ((300, "（令和４年度）"), (380, "（令和８年度）"), (440, "（令和12年度）")):
        p.center(x, 105, word, 8)
    for i, row in enumerate((("自主防災組織の結成率（％）", "62.0", "75.0", "90.0"),
                             ("防災訓練の参加者数（人）", "1,850", "2,400", "3,000"))):
        p.text(45, 125 + 18 * i, row[0])
        for x, cell in zip((300, 380, 440), row[1:]):
            p.center(x, 125 + 18 * i, cell)
    p.c.showPage()
    p.c.save()
    records = {k.indicator: k for k in ingest_file(tmp_path / "grouped.pdf", tmp_path).plans.kpis}
    for kpi in records.values():
        assert kpi.target is None or kpi.target.value not in (75.0, 2400.0) or kpi.target.year == 2026, kpi
