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


EVALUATION_LEAD = ("No", "事業名", "所管課", "総合戦略", "施策", "事業概要")


def make_evaluation_workbook(path: Path, rows: int = 400, columns: int = 185) -> Path:
    """A 事務事業評価 workbook as municipalities publish them: a title line, one header row of `columns`
    labels (事業名, 所管課, 総合戦略 〇, 事業費 by year, 指標 / 目標値 / 実績値, 評価, comments …) and one row
    per 事業, most cells of a row empty. Values are made from the row number, so every row differs."""
    import openpyxl

    book = openpyxl.Workbook()          # not write_only: the sheet states its size, as Excel writes it
    sheet = book.active
    sheet.title = "事務事業評価"
    labels = list(EVALUATION_LEAD)
    years = ["R3", "R4", "R5", "R6"]
    n = 0
    while len(labels) < columns:
        n += 1
        labels += [f"指標{n}名", f"指標{n}単位", f"指標{n}目標値", f"指標{n}実績値", f"事業費{years[n % 4]}_{n}（千円）",
                   f"評価{n}", f"今後の方向性{n}", f"課題{n}"]
    labels = labels[:columns]
    sheet.append(["令和6年度 事務事業評価シート（一覧）"])
    sheet.append(labels)
    sections = ["総務課", "企画課", "観光振興課", "農林課", "福祉課", "建設課", "教育総務課", "地域振興課"]
    themes = ["移住定住", "観光", "子育て支援", "農業振興", "防災", "公共交通", "健康づくり", "商工振興"]
    for r in range(1, rows + 1):
        theme = themes[r % len(themes)]
        row: list = [r, f"{theme}推進事業{r}", sections[r % len(sections)], "〇" if r % 3 else None,
                     f"{theme}の推進", f"{theme}に関する取組を進め、第{r}期の目標達成を目指す事業です。"]
        for k, label in enumerate(labels[len(row):], start=len(row)):
            filled = (k * 7 + r) % 5 == 0 or k < 20   # most cells of a row are empty, as in real sheets
            if not filled:
                row.append(None)
            elif label.endswith("名"):
                row.append(f"{theme}の参加者数{k}")
            elif label.endswith("単位"):
                row.append("人")
            elif "目標値" in label or "実績値" in label or "事業費" in label:
                row.append((r * 37 + k * 11) % 5000 + 10)
            elif label.startswith("評価"):
                row.append("ABC"[(r + k) % 3])
            else:
                row.append(f"{theme}の{k}番目の課題について関係機関と協議を継続します。")
        sheet.append(row)
    book.save(str(path))
    return path
