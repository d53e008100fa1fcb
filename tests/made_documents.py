"""Plan documents made by the tests (reportlab with a CJK font, python-docx, openpyxl): a cover with
a small year line and a mascot caption above the title, footer page numbers that start at 「- 1 -」 on
file page 2, and file properties. Written from what such documents look like, not copied from one.
"""
from __future__ import annotations

from pathlib import Path

TITLE = "富士市第2期まち・ひと・しごと創生総合戦略"
CAPTION = "富士市公式キャラクター やまのすけ"
BODY_FACT = "市内の創業支援件数は令和5年度に年間48件となりました。"


def make_plan_pdf(path: Path, pages: int = 4, properties_title: str = "", fact: str = BODY_FACT) -> Path:
    """Cover (stray 「令和７年度」 and a mascot caption first, then the big title, the date and the issuer),
    then body pages numbered 「- 1 -」, 「- 2 -」… from file page 2."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    font = "HeiseiKakuGo-W5"
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    if properties_title:
        c.setTitle(properties_title)
    # Cover: small lines first, the title large in the middle.
    c.setFont(font, 9)
    c.drawString(60, height - 50, "令和７年度")
    c.drawString(60, height - 200, CAPTION)
    c.setFont(font, 24)
    c.drawString(60, height - 320, TITLE[:9])
    c.drawString(60, height - 352, TITLE[9:])
    c.setFont(font, 14)
    c.drawString(200, height - 480, "令和7年3月")
    c.drawString(200, height - 520, "富士市")
    c.showPage()
    for n in range(1, pages):
        c.setFont(font, 14)
        c.drawString(60, height - 80, f"第{n}章 基本目標{n}")
        c.setFont(font, 11)
        lines = [f"基本目標{n}では、地域の産業と暮らしを支える取組を進めます。",
                 fact if n == 2 else f"第{n}章の施策は関係機関と連携して推進します。",
                 "数値目標は毎年度検証し、必要に応じて見直します。"]
        for i, line in enumerate(lines):
            c.drawString(60, height - 130 - 22 * i, line)
        c.setFont(font, 10)
        c.drawCentredString(width / 2, 30, f"- {n} -")
        c.showPage()
    c.save()
    return path


def make_plan_docx(path: Path, title: str, author: str) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = author
    document.add_paragraph("令和6年4月")
    document.add_heading(title, level=0)
    document.add_heading("第1章 計画の概要", level=1)
    document.add_paragraph("本計画は、市の公共施設の長寿命化を計画的に進めるためのものです。")
    document.add_heading("2 施設の現状", level=2)
    document.add_paragraph("(1) 学校施設")
    document.add_paragraph("市内の小中学校のうち、築40年を超える校舎は全体の6割を占めています。")
    document.save(str(path))
    return path


def make_kpi_xlsx(path: Path, title: str) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "KPI一覧"
    book.properties.title = title
    book.properties.creator = "静岡県富士市企画課"
    sheet["A1"] = "指標"
    sheet["B1"] = "基準値"
    sheet["C1"] = "目標値"
    sheet["A2"] = "観光交流客数"
    sheet["B2"] = "1,200万人"
    sheet["C2"] = "1,350万人"
    sheet["A3"] = "市民農園の区画数"
    sheet["B3"] = "320区画"
    sheet["C3"] = "400区画"
    book.save(str(path))
    return path
