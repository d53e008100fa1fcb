"""Lists of 事業 whose tag or scope is given by where a row stands, one small document per form, made by the test
(invented towns' content, words and layouts of its own):

- a CP932 広報 text whose tables are drawn with box characters: a 事業名｜区分｜事業費 grid with the 区分 in the middle
  column and each 事業's description on the box's continuation rows (heavy ┏┳┓ lines), and a light grid with no rule
  between its body rows where a description line has an empty first cell;
- a PDF whose one ruled table holds two sections, each a row of one text (「◆新規事業」「◆拡充事業」) over its own
  header row 事業名｜予算額｜内容: the section is the tag of every row under it, the header printed again no 事業;
- a Word 成果説明書 whose 款 are Heading 1 paragraphs, each 事業 a numbered (List Number) paragraph followed by its
  form table 事業名｜…: every 事業 of a 款 is in that 款's list.

Each document is read by the project's own readers (ingest_file), and the list records a list question is answered
from are checked: the names, the headings they stand under, their tags and amounts, and that each is cited verbatim.
"""
from __future__ import annotations

from pathlib import Path

from assistant.testbed.documents import GOTHIC, PdfPage, write_text
from ingest.pipeline import ingest_file


def _items(path: Path):
    ingested = ingest_file(path, path.parent)
    text = ingested.document.text
    for item in ingested.plans.items:   # every record is cited by its own verbatim span
        assert text[item.source.start:item.source.end] == item.source.quote or item.source.quote in text
    return ingested, ingested.plans.items


_BOX_KOHO = """\
広報なんと　２０２５年５月号
特集　今年度の主な取り組み

◇今年度の主な事業（単位：千円）
┏━━━━━━━━━━━━━━━┳━━━━┳━━━━━━┓
┃事業名　　　　　　　　　　　　┃区分　　┃事業費　　　┃
┣━━━━━━━━━━━━━━━╋━━━━╋━━━━━━┫
┃合掌集落防災設備更新事業　　　┃新規　　┃　４８，６００┃
┃　放水銃と消火栓を新しくし、夜┃　　　　┃　　　　　　┃
┃　間の見回りを増やします。　　┃　　　　┃　　　　　　┃
┣━━━━━━━━━━━━━━━╋━━━━╋━━━━━━┫
┃木彫り工房体験型観光推進事業　┃拡充　　┃　　６，２００┃
┃　体験の受け入れ日を週末にも広┃　　　　┃　　　　　　┃
┃　げます。　　　　　　　　　　┃　　　　┃　　　　　　┃
┣━━━━━━━━━━━━━━━╋━━━━╋━━━━━━┫
┃除雪機械購入費補助事業　　　　┃継続　　┃　１２，０００┃
┗━━━━━━━━━━━━━━━┻━━━━┻━━━━━━┛

◇地区別の交付金
┌──────┬─────┬───────────┐
│地区　　　　│交付額　　│使いみち　　　　　　　│
├──────┼─────┼───────────┤
│井波地区　　│１，２００│公民館の屋根の修繕　　│
│　　　　　　│　　　　　│（雨漏りの対応）　　　│
│福光地区　　│　　９００│防犯灯の更新　　　　　│
└──────┴─────┴───────────┘

◇ことしから始める事業・広げる事業
┌──┬──────────────┬─────┐
│区分│事業名　　　　　　　　　　　　│予算額　　│
├──┼──────────────┼─────┤
│新規│五箇山和紙体験館改修事業　　　│　３，１００│
│　　├──────────────┼─────┤
│　　│城端曳山会館展示更新事業　　　│　１，４５０│
├──┼──────────────┼─────┤
│拡充│ケーブルテレビ設備更新事業　　│１２，８００│
└──┴──────────────┴─────┘
問合せ　企画政策課
"""


def test_box_drawn_table_gives_its_rows_with_the_column_tag_and_the_description_joined(tmp_path):
    path = write_text(tmp_path / "nanto_koho_2025_05.txt", _BOX_KOHO, encoding="cp932", crlf=True)
    ingested, items = _items(path)
    named = {i.name: i for i in items}
    assert {"合掌集落防災設備更新事業", "木彫り工房体験型観光推進事業", "除雪機械購入費補助事業"} <= set(named)
    assert named["合掌集落防災設備更新事業"].tags == ("新規",)
    assert named["木彫り工房体験型観光推進事業"].tags == ("拡充",)
    assert named["除雪機械購入費補助事業"].tags == ("継続",)
    assert named["合掌集落防災設備更新事業"].amount == "４８，６００"
    assert any("主な事業" in h for h in named["合掌集落防災設備更新事業"].headings)
    # no bar, rule or description line is taken for a 事業 of its own
    assert not any(ch in i.name for i in items for ch in "┃│━─")
    assert not any(i.name.startswith(("放水銃", "間の見回り", "体験の受け")) for i in items)
    tables = [t for t in ingest_file(path, path.parent).document.text.split("\n") if t]
    assert tables   # the text itself is kept whole
    # the description broken over the box's rows is read as one text, a word broken at the bar joined again
    grid = _tables(path)
    first = grid[0]
    assert [c.text for c in first.header_rows[0]] == ["事業名", "区分", "事業費"]
    assert first.body_rows[0][0].whole.endswith("放水銃と消火栓を新しくし、夜間の見回りを増やします。")
    assert len(first.body_rows) == 3
    # a grid without rules between its rows: a line with an empty first cell and no figure continues the row above
    second = grid[1]
    assert [r[0].text for r in second.body_rows] == ["井波地区", "福光地区"]
    assert second.body_rows[0][2].whole == "公民館の屋根の修繕（雨漏りの対応）"
    # a 区分 cell merged down over two 事業 (the rule under the first starts right of it) is the tag of both
    assert named["五箇山和紙体験館改修事業"].tags == ("新規",)
    assert named["城端曳山会館展示更新事業"].tags == ("新規",)
    assert named["ケーブルテレビ設備更新事業"].tags == ("拡充",)


def _tables(path: Path):
    from ingest.readers.registry import read_file
    return read_file(path).tables


def _sections_pdf(out: Path) -> Path:
    pdf = PdfPage(out / "imizu_r7_yosan_point.pdf", title="令和7年度 射水市予算のポイント")
    pdf.text(40, 50, "令和7年度　射水市予算のポイント", 14, GOTHIC)
    pdf.text(40, 80, "内川周辺のにぎわいづくりと、子育ての負担軽減に重点を置きました。", 9)
    pdf.text(40, 110, "重点事業", 12, GOTHIC)
    pdf.text(420, 112, "（単位：千円）", 8)
    cols = [190, 70, 250]
    top = 122
    sections = [("◆新規事業", [("内川遊覧船乗り場整備事業", "36,400", "乗り場を一か所増やし、待合所を設けます。"),
                              ("産後ケア訪問事業", "5,800", "助産師が家庭を訪問し、授乳を支援します。")]),
                ("◆拡充事業", [("新湊大橋ライトアップ事業", "9,300", "点灯の期間を冬にも広げます。")])]
    for section, rows in sections:
        pdf.box(40, top, sum(cols), 18, fill=0.9)
        pdf.text(44, top + 13, section, 9, GOTHIC)
        top += 18
        x = 40
        for w, cell in zip(cols, ["事業名", "予算額", "内容"]):
            pdf.box(x, top, w, 18, fill=0.8)
            pdf.center(x + w / 2, top + 13, cell, 8.5, GOTHIC)
            x += w
        top += 18
        for row in rows:
            x = 40
            for c, (w, cell) in enumerate(zip(cols, row)):
                pdf.box(x, top, w, 20)
                if c == 1:
                    pdf.right(x + w - 4, top + 14, cell, 8.5)
                else:
                    pdf.text(x + 4, top + 14, cell, 8.5)
                x += w
            top += 20
    return pdf.save()


def test_section_rows_of_one_table_tag_the_rows_under_them(tmp_path):
    _, items = _items(_sections_pdf(tmp_path))
    named = {i.name: i for i in items}
    assert {"内川遊覧船乗り場整備事業", "産後ケア訪問事業", "新湊大橋ライトアップ事業"} <= set(named)
    assert named["内川遊覧船乗り場整備事業"].tags == ("新規",)
    assert named["産後ケア訪問事業"].tags == ("新規",)
    assert named["新湊大橋ライトアップ事業"].tags == ("拡充",)
    assert any("拡充事業" in h for h in named["新湊大橋ライトアップ事業"].headings)
    assert "事業名" not in named   # the header printed again is no 事業


def _seika_docx(out: Path) -> Path:
    import docx
    document = docx.Document()
    document.add_paragraph("令和6年度　大洲市主要施策の成果", style="Title")
    document.add_paragraph("決算の主な事業について、その成果を報告します。")
    kan = [("２　民生費", [("病児保育運営事業", "子育て支援課", "12,480千円"),
                         ("高齢者タクシー利用助成事業", "高齢福祉課", "7,320千円")]),
           ("６　農林水産業費", [("柑橘園地改植支援事業", "農林水産課", "18,900千円"),
                              ("鵜飼観光船運航支援事業", "商工観光課", "4,150千円"),
                              ("森林境界明確化事業", "農林水産課", "22,600千円")])]
    for heading, projects in kan:
        document.add_heading(heading, level=1)
        for name, section, amount in projects:
            document.add_paragraph(name, style="List Number")
            table = document.add_table(rows=0, cols=2)
            for label, value in (("事業名", name), ("担当課", section), ("決算額", amount),
                                 ("成果", "前年度より利用が増えた。")):
                cells = table.add_row().cells
                cells[0].text, cells[1].text = label, value
    path = out / "ozu_r6_seika.docx"
    document.save(path)
    return path


def test_every_project_under_a_word_heading_is_in_that_headings_list(tmp_path):
    _, items = _items(_seika_docx(tmp_path))
    under = {}
    for item in items:
        for heading in item.headings:
            under.setdefault(" ".join(heading.split()), set()).add(item.name)
    assert {"病児保育運営事業", "高齢者タクシー利用助成事業"} <= under["２ 民生費"]
    assert {"柑橘園地改植支援事業", "鵜飼観光船運航支援事業", "森林境界明確化事業"} <= under["６ 農林水産業費"]
    assert not under["２ 民生費"] & {"柑橘園地改植支援事業", "鵜飼観光船運航支援事業", "森林境界明確化事業"}


def _numbered_docx(out: Path) -> Path:
    import docx
    document = docx.Document()
    document.add_paragraph("西予市　令和7年度の重点取組", style="Title")
    for heading, projects in (("【新規事業】", [("宇和米ブランド発信事業", "首都圏の米穀店で試食会を開きます。"),
                                         ("ジオパーク案内人育成事業", "案内人の講座を年4回開きます。")]),
                              ("（２）継続事業（1事業）", [("空き家改修補助事業", "移住者の改修費の2分の1を補助します。")])):
        document.add_heading(heading, level=2)
        for name, description in projects:
            document.add_paragraph(name, style="List Number")
            document.add_paragraph(description)
    path = out / "seiyo_r7_juten.docx"
    document.save(path)
    return path


def test_numbered_paragraphs_are_items_of_the_list_under_their_heading(tmp_path):
    ingested, items = _items(_numbered_docx(tmp_path))
    named = {}
    for item in items:
        named.setdefault(item.name, set()).update(item.tags)
    # Word prints 「1.」「2.」 before them; the text holds only the names
    assert "1." not in ingested.document.text
    assert named["宇和米ブランド発信事業"] == {"新規"} and named["ジオパーク案内人育成事業"] == {"新規"}
    assert named["空き家改修補助事業"] == {"継続"}
    assert not any(name.endswith("。") for name in named)   # a description paragraph is no item
    assert not any("新規事業" in name for name in named)   # the heading over them says their tag: no 事業 itself


def _plan_xlsx(out: Path) -> Path:
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "事業計画"
    sheet.append(["持続的発展施策区分", "事業名（施設名）", "事業内容", "事業費（千円）", "備考"])
    rows = [("１　移住・定住", "お試し住宅改修事業", "空き家2棟を改修", 18400, ""),
            ("", "移住相談窓口運営事業", "相談員1名を配置", 9600, ""),
            ("２　農業の振興", "棚田保全活動支援事業", "草刈り機の購入に補助", 7200, ""),
            ("", "集落営農法人設立支援事業", "設立費用を補助", 5100, ""),
            ("", "農産物直売所改修事業", "売場の拡張", 31000, "うち過疎債 29,000千円")]
    for row in rows:
        sheet.append(list(row))
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("A4:A6")
    years = book.create_sheet("年度別計画")
    years.append(["区分", "事業名", "年度", "事業費（千円）"])
    for row in (("新規", "地域おこし協力隊起業支援事業", "令和7年度", 3000), ("", "", "令和8年度", 3000),
                ("継続", "公民館耐震補強事業", "令和7年度", 42000), ("", "", "令和8年度", 12000)):
        years.append(list(row))
    path = out / "higashiura_kaso_keikaku.xlsx"
    book.save(path)
    return path


def test_a_merged_or_first_row_only_cell_gives_the_group_or_tag_of_the_rows_below(tmp_path):
    _, items = _items(_plan_xlsx(tmp_path))
    under = {}
    tags = {}
    for item in items:
        for heading in item.headings:
            under.setdefault(" ".join(heading.split()), set()).add(item.name)
        tags.setdefault(item.name, set()).update(item.tags)
    assert {"お試し住宅改修事業", "移住相談窓口運営事業"} <= under["１ 移住・定住"]
    assert {"棚田保全活動支援事業", "集落営農法人設立支援事業", "農産物直売所改修事業"} <= under["２ 農業の振興"]
    assert "お試し住宅改修事業" not in under["２ 農業の振興"]
    assert tags["地域おこし協力隊起業支援事業"] == {"新規"}
    assert tags["公民館耐震補強事業"] == {"継続"}
