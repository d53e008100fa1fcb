"""A ruled KPI table printed over a page break, as a progress report prints it: value cells hold the figure and its
year (「62.5％（R4）」), a 分野 cell is merged down beside its indicators, small raised 「※1」 marks follow some names
(explained at the foot of the page), and page 2 goes on without the header row and without the 分野 cell.

What a user notices: every indicator is a record under its column (page 2's rows too), named without its mark;
each record's quote is a verbatim span of the page as a PDF reader prints it; the latest 現状値 is stated with its
own year where it differs from the others; a question about an indicator the table lacks finds nothing.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from ingest.pipeline import ingest_file
from tests.fixtures.record_views import value_view as _v  # (value, unit, year)

FONT = "HeiseiKakuGo-W5"
COLUMNS = [40, 130, 300, 385, 470, 555]
ROW = 24


def _cell_rows(pdf, top: int, rows: list[list[str]]) -> None:
    """Ruled rows below `top` (columns 1..4); a note mark after a name is printed small and raised."""
    for r, cells in enumerate(rows):
        y = top - r * ROW
        for c, text in enumerate(cells, start=1):
            pdf.rect(COLUMNS[c], y - ROW, COLUMNS[c + 1] - COLUMNS[c], ROW)
            name, _, mark = text.partition("※")
            pdf.setFont(FONT, 9)
            pdf.drawString(COLUMNS[c] + 3, y - 16, name)
            if mark:
                pdf.setFont(FONT, 6)
                pdf.drawString(COLUMNS[c] + 3 + 9 * len(name), y - 12, "※" + mark)


def _group(pdf, top: int, count: int, lines: list[str]) -> None:
    """One 分野 cell merged down beside `count` rows, its lines centred in it."""
    pdf.rect(COLUMNS[0], top - count * ROW, COLUMNS[1] - COLUMNS[0], count * ROW)
    pdf.setFont(FONT, 9)
    first = top - count * ROW / 2 + 6 * (len(lines) - 1) - 3
    for i, line in enumerate(lines):
        pdf.drawString(COLUMNS[0] + 3, first - 12 * i, line)


def _progress_pdf(path: Path) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    pdf = canvas.Canvas(str(path))
    pdf.setFont(FONT, 13)
    pdf.drawString(40, 800, "第２次くらし安心プラン 成果指標の達成状況")
    pdf.setFont(FONT, 9)
    pdf.drawString(40, 775, "各指標の令和６年度の現状値を基準値と比べて、取組の成果を確かめました。")
    header = [["分野", "成果指標", "基準値", "現状値", "目標値"]]
    for c, text in enumerate(header[0]):
        pdf.rect(COLUMNS[c], 740 - ROW, COLUMNS[c + 1] - COLUMNS[c], ROW)
        pdf.drawString(COLUMNS[c] + 3, 740 - 16, text)
    first = [["防犯灯のLED化率※1", "62.5％（R4）", "74.0％（R6）", "100％（R10）"],
             ["交通事故の発生件数", "141件（R4）", "128件（R6）", "100件以下（R10）"],
             ["消防団員数※2", "412人（R4）", "398人（R6）", "450人（R10）"]]
    _group(pdf, 740 - ROW, 3, ["分野１", "暮らしの", "安全を守る"])
    _cell_rows(pdf, 740 - ROW, first)
    pdf.setFont(FONT, 8)
    pdf.drawString(40, 80, "※1 町が管理する防犯灯のうち、LED灯に替えたものの割合。")
    pdf.drawString(40, 68, "※2 各年4月1日現在の団員数。")
    pdf.showPage()
    second = [["救命講習の受講者数", "1,250人（R4）", "1,310人（R6）", "1,500人（R10）"]]
    pdf.rect(COLUMNS[0], 790 - ROW, COLUMNS[1] - COLUMNS[0], ROW)     # the 分野 cell goes on, empty
    _cell_rows(pdf, 790, second)
    rest = [["放課後児童クラブの待機児童数", "18人（R4）", "6人（R6）", "0人（R10）"],
            ["乳幼児健診の受診率※3", "95.1％（R3）", "96.8％（R5）", "98.0％（R10）"]]
    _group(pdf, 790 - ROW, 2, ["分野２", "子育てを応援"])
    _cell_rows(pdf, 790 - ROW, rest)
    pdf.setFont(FONT, 9)
    pdf.drawString(40, 600, "待機児童数は、クラブの定員を増やしたことで減りました。")
    pdf.setFont(FONT, 8)
    pdf.drawString(40, 80, "※3 暦年の数値。令和6年の数値は集計中のため、令和5年の数値を掲げている。")
    pdf.showPage()
    pdf.save()
    return path


def _stacked_values_pdf(path: Path) -> Path:
    """A 指標｜策定時｜目標 table whose value cells print the figure over its year, the name centred between them."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    pdf = canvas.Canvas(str(path))
    pdf.setFont(FONT, 12)
    pdf.drawString(40, 800, "施策４ 地域医療の確保 成果指標")
    xs, top, tall = [40, 300, 420, 540], 760, 34
    pdf.setFont(FONT, 9)
    for c, text in enumerate(["指標", "策定時", "目標"]):
        pdf.rect(xs[c], top - 20, xs[c + 1] - xs[c], 20)
        pdf.drawString(xs[c] + 3, top - 14, text)
    rows = [("かかりつけ医を持つ市民の割合", ("58.3％", "（令和５年度）"), ("70.0％", "（令和12年度）")),
            ("休日当番医の受診者数", ("2,140人", "（令和４年）"), ("2,400人", "（令和11年）"))]
    for r, (name, *values) in enumerate(rows):
        y = top - 20 - r * tall
        for c in range(3):
            pdf.rect(xs[c], y - tall, xs[c + 1] - xs[c], tall)
        pdf.drawString(xs[0] + 3, y - tall / 2 - 3, name)
        for c, (figure, year) in enumerate(values, start=1):
            pdf.drawString(xs[c] + 3, y - 12, figure)
            pdf.drawString(xs[c] + 3, y - 28, year)
    pdf.showPage()
    pdf.save()
    return path


def test_a_row_of_figures_over_years_quotes_the_page_as_printed(tmp_path):
    path = _stacked_values_pdf(tmp_path / "iryo_seika_shihyo.pdf")
    printed = _printed(path)
    found = {k.indicator: k for k in ingest_file(path, tmp_path).plans.kpis}
    kpi = found["休日当番医の受診者数"]
    assert (_v(kpi.baseline), _v(kpi.target)) == ((2140, "人", 2022), (2400, "人", 2029))
    for kpi in found.values():
        assert re.sub(r"\s+", "", unicodedata.normalize("NFKC", kpi.source.quote)) in printed, kpi.source.quote


def _printed(path: Path) -> str:
    """The PDF's text as pdfplumber prints it, compared as a quote checker compares: NFKC, no whitespace."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("paged-kpi") / "corpus"
    folder.mkdir()
    return folder, _progress_pdf(folder / "kurashi_plan_seika_shihyo.pdf")


@pytest.fixture(scope="module")
def records(corpus):
    folder, path = corpus
    return {k.indicator: k for k in ingest_file(path, folder).plans.kpis}


def test_every_row_of_both_pages_is_a_record_named_without_its_note_mark(records):
    for name in ("防犯灯のLED化率", "交通事故の発生件数", "消防団員数", "救命講習の受講者数", "放課後児童クラブの待機児童数",
                 "乳幼児健診の受診率"):
        assert name in records, sorted(records)
    assert not any("※" in name for name in records)


def test_rows_after_the_page_break_take_the_columns_of_the_first_page(records):
    kpi = records["救命講習の受講者数"]
    assert (_v(kpi.baseline), _v(kpi.actual), _v(kpi.target)) == ((1250, "人", 2022), (1310, "人", 2024),
                                                                 (1500, "人", 2028))
    kpi = records["乳幼児健診の受診率"]
    assert _v(kpi.actual) == (96.8, "%", 2023)     # its own year, not the others' R6


def test_each_record_quotes_a_verbatim_span_of_the_printed_page(corpus, records):
    printed = _printed(corpus[1])
    for name, kpi in records.items():
        quote = re.sub(r"\s+", "", unicodedata.normalize("NFKC", kpi.source.quote))
        assert quote in printed, (name, kpi.source.quote)
        assert "分野" not in kpi.source.quote       # the merged group cell beside the rows is not the row's text


@pytest.fixture(scope="module")
def assistant(corpus, tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    index_dir = tmp_path_factory.mktemp("paged-kpi-index")
    report = update_index(corpus[0], index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


def test_a_row_below_the_page_break_answers_its_target(assistant, corpus):
    answer = assistant.ask("救命講習の受講者数の目標値はいくつですか？")
    first = answer.answer.splitlines()[0]
    assert "1,500人" in first and "1,250" not in first
    printed = _printed(corpus[1])
    for citation in answer.citations:
        assert re.sub(r"\s+", "", unicodedata.normalize("NFKC", citation.quote)) in printed


def test_the_current_value_and_the_target_asked_together_are_a_kpi_question(assistant):
    first = assistant.ask("救命講習の受講者数について、現状と目標を教えてください。").answer.splitlines()[0]
    assert "1,310人" in first and "1,500人" in first and "1,250" not in first


def test_the_latest_current_value_is_stated_with_its_own_year(assistant):
    first = assistant.ask("乳幼児健診の受診率の最新の現状値は？").answer.splitlines()[0]
    assert "96.8" in first and "95.1" not in first


def test_an_indicator_the_table_lacks_is_not_found(assistant):
    answer = assistant.ask("特定健診の受診率の目標値はいくつですか？")
    assert not answer.found


def test_a_note_mark_ends_a_name_only_after_it():
    from ingest.vocab.note_marks import without_note_mark

    assert without_note_mark("転入超過数注3") == "転入超過数"
    assert without_note_mark("農業産出額（注2）") == "農業産出額"
    assert without_note_mark("公民館利用者数※") == "公民館利用者数"
    assert without_note_mark("受注件数") == "受注件数"          # a 注 inside a word is no mark
    assert without_note_mark("注1") == "注1"                    # nothing left: not a name with a mark


def _separate_tables_pdf(path: Path) -> Path:
    """Page 1 ends with a KPI table; page 2 opens with prose, then a table of the same width without a header."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    pdf = canvas.Canvas(str(path))
    pdf.setFont(FONT, 9)
    _cell_rows(pdf, 760, [["成果指標", "基準値", "現状値", "目標値"], ["空き家バンクの成約件数", "8件（R4）", "12件（R6）", "20件（R10）"]])
    pdf.showPage()
    pdf.setFont(FONT, 9)
    pdf.drawString(40, 790, "参考として、地区別の空き家の数を調べました。調査は令和６年８月に行いました。")
    pdf.drawString(40, 776, "所有者への意向調査は、来年度に行う予定です。")
    _cell_rows(pdf, 750, [["北地区", "35戸", "41戸", "22件"], ["南地区", "18戸", "20戸", "9件"]])
    pdf.showPage()
    pdf.save()
    return path


def test_a_headerless_table_below_prose_on_the_next_page_is_no_continuation(tmp_path):
    path = _separate_tables_pdf(tmp_path / "akiya_taisaku_shinchoku.pdf")
    names = {k.indicator for k in ingest_file(path, tmp_path).plans.kpis}
    assert "空き家バンクの成約件数" in names
    assert not names & {"北地区", "南地区"}
