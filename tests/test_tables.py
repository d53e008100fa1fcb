"""Tables as tables from every reader: grid, header rows, caption, unit note, exact cell spans.

Each test makes a real file of its format (reportlab PDF with a CJK font, python-docx, openpyxl,
CP932 CSV, HTML, Markdown, pdftotext-like text) and reads it through `read_file`.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from ingest.pipeline import ingest_file
from ingest.readers.registry import read_file
from ingest.tables.table import Table
from assistant.testbed.make_fixtures import make_all

FONT = "HeiseiKakuGo-W5"


def comparable(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).replace("※", "")


def grid(rows) -> list[list[str]]:
    return [[cell.whole for cell in row] for row in rows]


def assert_spans(raw, table: Table) -> None:
    for row in table.header_rows + table.body_rows:
        for cell in row:
            assert raw.text[cell.start:cell.end] == cell.text
            assert "".join(raw.text[a:b] for a, b in cell.tail_spans) == cell.tail
    if table.caption:
        assert raw.text[slice(*table.caption_span)] == table.caption
    if table.unit_note:
        assert raw.text[slice(*table.unit_span)] == table.unit_note


def _canvas(path: Path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    pdf = canvas.Canvas(str(path))
    pdf.setFont(FONT, 10)
    return pdf


def make_ruled_pdf(path: Path) -> Path:
    """A KPI table with ruling lines: 指標 and 基準値 merged over two header rows, 目標値 over two
    columns, a two-line indicator cell; a bold heading printed four times over; caption and unit."""
    pdf = _canvas(path)
    pdf.setFont(FONT, 14)
    for dx in (0, 0.25, 0.5, 0.75):
        pdf.drawString(40 + dx, 790, "展覧会の開催")
    pdf.setFont(FONT, 10)
    pdf.drawString(40, 740, "重要業績評価指標（KPI）")
    pdf.drawString(420, 720, "（単位：人）")
    xs, ys = [40, 200, 300, 400, 500], [700, 680, 660, 630, 610]
    pdf.line(40, 700, 500, 700)
    pdf.line(300, 680, 500, 680)
    for y in ys[2:]:
        pdf.line(40, y, 500, y)
    for x in (40, 200, 300, 500):
        pdf.line(x, 700, x, 610)
    pdf.line(400, 680, 400, 610)
    cells = [("指標", 45, 684), ("基準値", 205, 684), ("目標値", 305, 686), ("2024年度", 305, 666),
             ("2029年度", 405, 666), ("地域おこし協力隊", 45, 648), ("の隊員数", 45, 636), ("3人", 205, 642),
             ("5人", 305, 642), ("8人", 405, 642), ("短期移住体験者数", 45, 616), ("9人", 205, 616),
             ("12人", 305, 616), ("15人", 405, 616)]
    for text, x, y in cells:
        pdf.drawString(x, y, text)
    pdf.drawString(40, 580, "以上の指標により、毎年度の進捗を管理します。")
    pdf.setTitle("上川村総合戦略")
    pdf.setAuthor("上川村企画課")
    pdf.showPage()
    pdf.save()
    return path


def test_ruled_pdf_table_with_merged_header_and_two_line_cell(tmp_path):
    import pdfplumber

    path = make_ruled_pdf(tmp_path / "kpi.pdf")
    with pdfplumber.open(path) as pdf:
        assert "展展" in pdf.pages[0].extract_text()      # the heading really is printed four times over
    raw = read_file(path)
    assert "展覧会の開催" in raw.text and "展展" not in raw.text
    assert raw.properties["title"] == "上川村総合戦略" and raw.properties["author"] == "上川村企画課"
    [table] = raw.tables
    assert table.origin == "pdf-ruled" and table.page == 1
    assert grid(table.header_rows) == [["指標", "基準値", "目標値", "目標値"], ["指標", "基準値", "2024年度", "2029年度"]]
    assert grid(table.body_rows) == [["地域おこし協力隊の隊員数", "3人", "5人", "8人"], ["短期移住体験者数", "9人", "12人", "15人"]]
    assert table.header_rows[0][2] is table.header_rows[0][3] and table.header_rows[0][2].col_span == 2
    assert table.header_rows[0][0].row_span == 2
    assert table.column_headers() == ["指標", "基準値", "目標値 2024年度", "目標値 2029年度"]
    assert table.caption == "重要業績評価指標（KPI）" and table.unit_note == "（単位：人）"
    assert_spans(raw, table)
    # rows are tab-separated lines in the document text
    assert "短期移住体験者数\t9人\t12人\t15人" in raw.text
    assert raw.text.index("展覧会") < table.start < raw.text.index("以上の指標")
    # every cell (and each line of a wrapped cell) is a valid quote against pdfplumber's own text
    with pdfplumber.open(path) as pdf:
        plain = comparable(pdf.pages[0].extract_text() + pdf.pages[0].dedupe_chars().extract_text())
    for row in table.header_rows + table.body_rows:
        for cell in row:
            assert comparable(cell.text) in plain
            for a, b in cell.tail_spans:
                assert comparable(raw.text[a:b]) in plain
    assert comparable("以上の指標により、毎年度の進捗を管理します。") in plain


def make_unruled_pdf(path: Path) -> Path:
    """Prose, then a table printed in columns without ruling lines, then prose."""
    pdf = _canvas(path)
    prose = ["本村では、人口減少と少子高齢化が進む中で、移住定住の促進と地域産業の振興に",
             "取り組んできました。今後も関係機関と連携しながら、各施策を着実に推進します。"]
    for i, line in enumerate(prose):
        pdf.drawString(40, 780 - 14 * i, line)
    pdf.drawString(40, 730, "数値目標")
    rows = [("指標", "基準値(2019年)", "目標値(2024年)"), ("転入者数", "120人", "150人"),
            ("新規就農者数", "3人", "6人"), ("観光入込客数", "45,000人", "52,000人")]
    for r, row in enumerate(rows):
        for x, text in zip((40, 220, 360), row):
            pdf.drawString(x, 705 - 18 * r, text)
    pdf.drawString(40, 610, "これらの目標の達成に向けて、毎年度の実績を公表します。")
    pdf.showPage()
    pdf.save()
    return path


def test_unruled_pdf_table_by_text_alignment_and_prose_left_alone(tmp_path):
    raw = read_file(make_unruled_pdf(tmp_path / "plan.pdf"))
    [table] = raw.tables
    assert table.origin == "pdf-text"
    assert grid(table.header_rows) == [["指標", "基準値(2019年)", "目標値(2024年)"]]
    assert grid(table.body_rows) == [["転入者数", "120人", "150人"], ["新規就農者数", "3人", "6人"],
                                     ["観光入込客数", "45,000人", "52,000人"]]
    assert table.caption == "数値目標"
    assert_spans(raw, table)
    assert "本村では" in raw.text and "公表します。" in raw.text


def test_pdf_of_prose_only_has_no_table(tmp_path):
    pdf = _canvas(tmp_path / "prose.pdf")
    for i in range(12):
        pdf.drawString(40, 780 - 14 * i, f"第{i + 1}節　地域の担い手の確保に向けて、関係機関と連携した取組を進めます。")
    pdf.showPage()
    pdf.save()
    raw = read_file(tmp_path / "prose.pdf")
    assert raw.tables == []


def test_docx_merged_cells_repeat_over_the_grid(tmp_path):
    import docx

    document = docx.Document()
    document.core_properties.title = "総合戦略"
    document.core_properties.author = "企画課"
    document.add_paragraph("基本目標１ 重要業績評価指標")
    document.add_paragraph("（単位：件）")
    table = document.add_table(rows=4, cols=4)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "指標"
    table.cell(0, 1).merge(table.cell(0, 3)).text = "実績値"
    for c, text in enumerate(["2022年度", "2023年度", "2024年度"], start=1):
        table.cell(1, c).text = text
    for r, row in enumerate([["創業件数", "4", "6", "7"], ["企業誘致件数", "1", "0", "2"]], start=2):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph("以上です。")
    document.save(tmp_path / "kpi.docx")
    raw = read_file(tmp_path / "kpi.docx")
    [t] = raw.tables
    assert t.origin == "docx"
    assert grid(t.header_rows) == [["指標", "実績値", "実績値", "実績値"], ["指標", "2022年度", "2023年度", "2024年度"]]
    assert grid(t.body_rows) == [["創業件数", "4", "6", "7"], ["企業誘致件数", "1", "0", "2"]]
    assert t.header_rows[0][0].row_span == 2 and t.header_rows[0][1].col_span == 3
    assert t.caption == "基本目標１ 重要業績評価指標" and t.unit_note == "（単位：件）"
    assert raw.properties["title"] == "総合戦略" and raw.properties["author"] == "企画課"
    assert_spans(raw, t)
    assert raw.text.index("以上です。") > t.end


def test_xlsx_every_sheet_merged_header_numbers_as_numbers(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.properties.title = "令和6年度予算"
    sheet = book.active
    sheet.title = "予算"
    sheet.append(["主要事業一覧"])
    sheet.append(["（単位：千円）"])
    sheet.append(["事業名", "予算額", None, "前年度比"])
    sheet.append([None, "当初", "補正", None])
    sheet.append(["移住定住促進事業", 1200, 300.0, 0.762])
    sheet.append(["地域公共交通確保事業", 4567.5, 0, 1.05])
    sheet.merge_cells("B3:C3")
    sheet.merge_cells("A3:A4")
    sheet.merge_cells("D3:D4")
    for row in (5, 6):
        sheet.cell(row, 4).number_format = "0.0%"
    second = book.create_sheet("KPI")
    second.append(["指標", "目標値"])
    second.append(["転入者数", "150人"])
    book.save(tmp_path / "budget.xlsx")
    raw = read_file(tmp_path / "budget.xlsx")
    budget, kpi = raw.tables
    assert (budget.sheet, kpi.sheet) == ("予算", "KPI") and budget.page == 1 and kpi.page == 2
    assert grid(budget.header_rows) == [["事業名", "予算額", "予算額", "前年度比"], ["事業名", "当初", "補正", "前年度比"]]
    assert grid(budget.body_rows) == [["移住定住促進事業", "1200", "300", "76.2%"], ["地域公共交通確保事業", "4567.5", "0", "105.0%"]]
    assert [c.value for c in budget.body_rows[0]] == [None, 1200, 300, pytest.approx(0.762)]
    assert budget.caption == "主要事業一覧" and budget.unit_note == "（単位：千円）"
    assert grid(kpi.header_rows) == [["指標", "目標値"]] and grid(kpi.body_rows) == [["転入者数", "150人"]]
    assert raw.properties["title"] == "令和6年度予算"
    for table in raw.tables:
        assert_spans(raw, table)


def test_unit_in_a_header_cell_and_title_rows_of_a_tsv(tmp_path):
    (tmp_path / "b.tsv").write_text("主要事業一覧\n\n事業名\t予算額（円）\t前年度（円）\n除雪事業\t132,580,000\t121,300,000\n",
                                    encoding="utf-8")
    raw = read_file(tmp_path / "b.tsv")
    [t] = raw.tables
    assert t.caption == "主要事業一覧" and t.unit_note == "（円）"
    assert grid(t.header_rows) == [["事業名", "予算額（円）", "前年度（円）"]]
    assert_spans(raw, t)


def test_cp932_csv(tmp_path):
    (tmp_path / "kpi.csv").write_bytes("指標,基準値,目標値\n観光入込客数,\"1,162万人\",\"1,440万人\"\n,,\n".encode("cp932"))
    raw = read_file(tmp_path / "kpi.csv")
    [t] = raw.tables
    assert grid(t.header_rows) == [["指標", "基準値", "目標値"]]
    assert grid(t.body_rows) == [["観光入込客数", "1,162万人", "1,440万人"]]
    assert_spans(raw, t)


def test_html_rowspan_colspan(tmp_path):
    (tmp_path / "p.html").write_text(
        "<html><body><h2>施策の数値目標</h2><p>(単位：人)</p><table>"
        "<tr><th rowspan=2>項目</th><th colspan=2>目標値</th></tr><tr><th>2025年度</th><th>2030年度</th></tr>"
        "<tr><td>移住者数</td><td>40</td><td>60</td></tr><tr><td>関係人口</td><td>300</td><td>500</td></tr>"
        "</table><p>本文です。</p></body></html>", encoding="utf-8")
    raw = read_file(tmp_path / "p.html")
    [t] = raw.tables
    assert grid(t.header_rows) == [["項目", "目標値", "目標値"], ["項目", "2025年度", "2030年度"]]
    assert grid(t.body_rows) == [["移住者数", "40", "60"], ["関係人口", "300", "500"]]
    assert t.caption == "施策の数値目標" and t.unit_note == "(単位：人)"
    assert_spans(raw, t)


def test_markdown_pipe_table(tmp_path):
    (tmp_path / "m.md").write_text("# 総合戦略\n\n## 数値目標\n\n| 指標 | 基準値（2019年） | 目標値（2024年） |\n"
                                   "|---|---:|---:|\n| 合計特殊出生率 | 1.20 | 1.35 |\n| 転出超過数 | 85人 | 40人 |\n\n"
                                   "以上。\n", encoding="utf-8")
    raw = read_file(tmp_path / "m.md")
    [t] = raw.tables
    assert t.origin == "markdown" and t.caption == "## 数値目標"
    assert grid(t.header_rows) == [["指標", "基準値（2019年）", "目標値（2024年）"]]
    assert grid(t.body_rows) == [["合計特殊出生率", "1.20", "1.35"], ["転出超過数", "85人", "40人"]]
    assert_spans(raw, t)


PDFTOTEXT_BUDGET = """令和６年度　一般会計予算　主要事業

                                                         （単位：千円）
  事業名                              予算額          前年度予算額
  移住定住促進                        １２，０００      １０，５００
  事業費
  地域公共交通確保対策事業            ４５，３２０      ４４，８００
  ふるさと納税推進事業                  ８，７００       ７，９００

上記のほか、人件費を計上しています。
"""


def test_pdftotext_like_columns_with_wrapped_item(tmp_path):
    (tmp_path / "budget.txt").write_text(PDFTOTEXT_BUDGET, encoding="utf-8")
    raw = read_file(tmp_path / "budget.txt")
    [t] = raw.tables
    assert t.origin == "text-columns"
    assert grid(t.header_rows) == [["事業名", "予算額", "前年度予算額"]]
    assert grid(t.body_rows) == [["移住定住促進事業費", "１２，０００", "１０，５００"],
                                 ["地域公共交通確保対策事業", "４５，３２０", "４４，８００"],
                                 ["ふるさと納税推進事業", "８，７００", "７，９００"]]
    assert t.unit_note == "（単位：千円）" and t.caption == "令和６年度　一般会計予算　主要事業"
    assert_spans(raw, t)


def test_tab_separated_text_table(tmp_path):
    (tmp_path / "t.txt").write_text("主な評価指標 (KPI)\n\n指標\t基準値(基準年)\t目標値(目標年)\n"
                                    "植林面積\t1,201ha(R2)\t1,734ha(R7)\n", encoding="utf-8")
    raw = read_file(tmp_path / "t.txt")
    [t] = raw.tables
    assert t.caption == "主な評価指標 (KPI)" and grid(t.body_rows) == [["植林面積", "1,201ha(R2)", "1,734ha(R7)"]]
    assert_spans(raw, t)


def test_prose_with_full_width_spaces_is_not_a_table(tmp_path):
    (tmp_path / "p.txt").write_text("第１章　総論\n第２章　地域の現状\n　本計画は、地域の将来像を示すものです。\n",
                                    encoding="utf-8")
    assert read_file(tmp_path / "p.txt").tables == []


def test_table_passages_keep_rows_whole_and_carry_headers(tmp_path):
    rows = "\n".join(f"| 指標{i}の人数 | {i}人 | {i * 10}人 |" for i in range(1, 41))
    (tmp_path / "m.md").write_text("# 総合戦略\n\n移住の促進に取り組みます。\n\n重要業績評価指標\n\n"
                                   f"| 指標 | 現状値(2014年度) | 目標値(2019年度) |\n|---|---|---|\n{rows}\n\n"
                                   "以上の指標で進捗を管理します。\n", encoding="utf-8")
    ingested = ingest_file(tmp_path / "m.md", tmp_path)
    text = ingested.document.text
    table_passages = [p for p in ingested.passages if "|" in text[p.start:p.end]]
    assert len(table_passages) > 1          # 40 rows do not fit one passage
    for i in range(1, 41):
        line = f"| 指標{i}の人数 | {i}人 | {i * 10}人 |"
        holders = [p for p in table_passages if line in text[p.start:p.end]]
        assert len(holders) == 1            # every row whole, in exactly one passage
        rows = [ln for ln in holders[0].search_text.split("\n") if "|" in ln]
        # each column named once per passage, at its first value; later rows carry the values alone
        labelled = f"指標{i}の人数|現状値(2014年度) {i}人|目標値(2019年度) {i * 10}人"
        assert (labelled if rows[0].startswith(f"指標{i}の") else f"指標{i}の人数|{i}人|{i * 10}人") in rows
        assert "重要業績評価指標" in holders[0].search_text
    assert not any("以上の指標" in text[p.start:p.end] for p in table_passages)
    assert any("以上の指標" in p.text for p in ingested.passages)


def test_pdf_table_passage_reads_rows_with_headers(tmp_path):
    ingested = ingest_file(make_ruled_pdf(tmp_path / "kpi.pdf"), tmp_path)
    passage = next(p for p in ingested.passages if "短期移住体験者数" in p.text)
    assert "地域おこし協力隊の隊員数|基準値 3人|目標値 2024年度 5人|目標値 2029年度 8人" in passage.search_text
    assert "短期移住体験者数|9人|12人|15人" in passage.search_text.split("\n")
    assert passage.text == passage.text.strip() and "短期移住体験者数\t9人\t12人\t15人" in passage.text.split("\n")


@pytest.fixture(scope="module")
def fixture_documents(tmp_path_factory):
    return make_all(tmp_path_factory.mktemp("plans"))


def test_every_fixture_document_gives_tables_with_exact_and_quotable_cells(fixture_documents):
    """Each fixture layout with a table yields it; every cell's span is exact; in PDFs every cell
    (and every line of a wrapped cell) stands in pdfplumber's own text, as quotes are checked."""
    import pdfplumber

    with_tables = 0
    for path in fixture_documents:
        raw = read_file(path)
        with_tables += bool(raw.tables)
        plain = None
        if path.suffix == ".pdf":
            with pdfplumber.open(path) as pdf:
                plain = comparable("".join((p.extract_text() or "") + (p.dedupe_chars().extract_text() or "")
                                           for p in pdf.pages))
        for table in raw.tables:
            assert_spans(raw, table)
            assert table.body_rows
            for row in table.header_rows + table.body_rows:
                assert len(row) == table.width
                for cell in row:
                    if plain is not None and not cell.empty:
                        assert comparable(cell.text) in plain, (path.name, cell.text)
                        for a, b in cell.tail_spans:
                            assert comparable(raw.text[a:b]) in plain
    assert with_tables >= 13


def test_html_hostile_spans_stay_small(tmp_path):
    cells = "".join("<td rowspan=100 colspan=100>x</td>" for _ in range(60))
    (tmp_path / "h.html").write_text(f"<table>{'<tr>' + cells + '</tr>'}{'<tr><td>指標</td><td>1人</td></tr>' * 3}</table>",
                                     encoding="utf-8")
    raw = read_file(tmp_path / "h.html")
    [t] = raw.tables
    assert len(t.header_rows + t.body_rows) == 4 and t.width <= 60
    assert_spans(raw, t)
