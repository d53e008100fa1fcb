"""Each reader on a real file the test makes: PDF (CID font), DOCX, XLSX, CSV, HTML, CP932 text."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.errors import IngestError
from ingest.pipeline import ingest_file
from ingest.readers.registry import read_file


def make_pdf(path: Path, pages: list[str]) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    pdf = canvas.Canvas(str(path))
    for page in pages:
        pdf.setFont("HeiseiKakuGo-W5", 11)
        for i, line in enumerate(page.split("\n")):
            pdf.drawString(40, 800 - 16 * i, line)
        pdf.showPage()
    pdf.save()
    return path


def test_pdf_keeps_japanese_text_and_real_page_numbers(tmp_path):
    path = make_pdf(tmp_path / "plan.pdf", ["釧路・根室連携地域の人口は約29万人です。", "ブルーカーボンの取組を進めます。", "三頁目の本文です。"])
    ingested = ingest_file(path, tmp_path)
    doc = ingested.document
    assert "ブルーカーボンの取組" in doc.text
    assert doc.pages_known and doc.page_count == 3
    hit = next(p for p in ingested.passages if "ブルーカーボン" in p.text)
    assert doc.page_at(doc.text.index("ブルーカーボン")) == 2
    assert hit.page in (1, 2)


def test_pdf_without_text_layer_is_reported(tmp_path):
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(tmp_path / "scan.pdf"))
    pdf.rect(10, 10, 100, 100, fill=1)
    pdf.showPage()
    pdf.save()
    with pytest.raises(IngestError, match="OCR"):
        read_file(tmp_path / "scan.pdf")


def test_docx_paragraphs_and_table_rows_in_order(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("■ 主な評価指標")
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate([["指標", "基準値", "目標値"], ["観光入込客数", "816.5万人(R1)", "904.6万人(R7)"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("以上です。")
    document.save(tmp_path / "kpi.docx")
    text = read_file(tmp_path / "kpi.docx").text
    assert text.splitlines() == ["■ 主な評価指標", "指標\t基準値\t目標値", "観光入込客数\t816.5万人(R1)\t904.6万人(R7)", "以上です。"]


def test_xlsx_sheets_become_pages_of_tab_separated_rows(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "予算"
    sheet.append(["事業名", "R3予算額"])
    sheet.append(["檜山地域関係人口創出事業", 3582])
    second = book.create_sheet("KPI")
    second.append(["植林面積", "1,734ha(R7)"])
    book.save(tmp_path / "budget.xlsx")
    raw = read_file(tmp_path / "budget.xlsx")
    assert "檜山地域関係人口創出事業\t3582" in raw.text
    assert [p for _, p in raw.page_starts] == [1, 2]
    assert raw.text.index("植林面積") >= raw.page_starts[1][0]


def test_csv_and_tsv_rows_become_cells(tmp_path):
    (tmp_path / "a.csv").write_text('指標,目標値\n"観光入込客数","1,440万人"\n', encoding="utf-8")
    assert read_file(tmp_path / "a.csv").text.splitlines()[1] == "観光入込客数\t1,440万人"


def test_html_cells_and_blocks_are_not_run_on(tmp_path):
    (tmp_path / "p.html").write_text("<html><body><h1>計画</h1><p>第一段落。</p><table><tr><td>指標</td><td>17件</td></tr></table>"
                                     "<script>alert(1)</script></body></html>", encoding="utf-8")
    lines = read_file(tmp_path / "p.html").text.splitlines()
    assert lines == ["計画", "第一段落。", "指標\t17件"]


@pytest.mark.parametrize("encoding,bom", [("cp932", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-8", b"")])
def test_text_encodings_are_detected(tmp_path, encoding, bom):
    text = "会議\n釧路・根室の地域づくり（令和７年３月）\n"
    (tmp_path / "t.txt").write_bytes(bom + text.encode(encoding))
    assert read_file(tmp_path / "t.txt").text == text


def test_short_cp932_text_is_not_taken_for_another_encoding(tmp_path):
    (tmp_path / "t.txt").write_bytes("会議".encode("cp932"))
    assert read_file(tmp_path / "t.txt").text == "会議"


@pytest.mark.parametrize("name,data,message", [
    ("empty.txt", b"", "空"),
    ("junk.txt", bytes(range(256)) * 20, "テキスト"),
    ("junk.pdf", b"%PDF-1.4 broken" + bytes(range(256)), "PDF"),
    ("junk.docx", b"not a zip", "壊れて"),
    ("x.jpg", b"\xff\xd8\xff", "対応していません"),
])
def test_bad_files_raise_a_message_naming_the_file(tmp_path, name, data, message):
    (tmp_path / name).write_bytes(data)
    with pytest.raises(IngestError, match=message) as info:
        read_file(tmp_path / name)
    assert info.value.path == name
