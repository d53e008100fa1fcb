"""Lists of 事業 whose standing (新規, 拡充, 継続) is shown by a mark a legend explains, or read out as text, on
documents of towns, 事業 and wording written here (no copy of any real or blind document):

- a PDF 主要事業 list (長野県須坂市, invented): a legend line 「凡例：●新規　▲拡充　（印なしは継続）」 above a ruled
  table whose 事業名 cells print the mark before the name, shaded 分野 rows spanning the table, one cell that stacks
  two 事業 on two lines with their two amounts stacked likewise in the amount cell, and the table going on over a
  page break with its header repeated but not the 分野 row;
- a DOCX 予算概要 (愛媛県八幡浜市, invented) whose 区分 column holds ☆ / ○ explained in a sentence above the table
  (「区分欄の☆は新規事業を、○は拡充事業を表します。」);
- a CP932 音声読み上げ用 広報 text (山形県寒河江市, invented) whose table is read out one row per line, its cells
  separated by 読点, under a line announcing the columns; a lone sentence that opens with 「新規、」 stands elsewhere.

A question asking for the 新規 or 拡充 事業 of a town must list exactly the rows so marked, each by its name without
the mark and cited where it is printed; never the legend, a header, a 分野 row or a sentence.
Each file is made by the test and read by the real pipeline; the questions go through the real index.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.testbed.documents import GOTHIC, PdfPage, write_text
from ingest.pipeline import ingest_file

_SUZAKA_ROWS = [   # (分野 row, [(name cell lines, amount cell lines, 担当課)])
    ("健康・福祉", [(["●フレイル予防教室拡大事業"], ["5,400"], "健康づくり課"),
                  (["▲産後ケア宿泊型支援事業"], ["3,250"], "子ども課"),
                  (["在宅医療連携推進事業", "訪問看護人材育成事業"], ["2,100", "1,380"], "健康づくり課")]),
    ("産業・観光", [(["●蔵の町並み回遊促進事業"], ["8,800"], "観光課"),
                  (["▲果樹産地生産基盤強化事業"], ["12,600"], "農林課"),
                  (["峰の原高原誘客事業", "●臥竜公園桜まつり支援事業"], ["4,500", "900"], "観光課")]),
]
SUZAKA_NEW = {"フレイル予防教室拡大事業", "蔵の町並み回遊促進事業", "臥竜公園桜まつり支援事業"}
SUZAKA_WIDER = {"産後ケア宿泊型支援事業", "果樹産地生産基盤強化事業"}
SUZAKA_HEALTH = {"フレイル予防教室拡大事業", "産後ケア宿泊型支援事業", "在宅医療連携推進事業", "訪問看護人材育成事業"}
SUZAKA_TOURISM = {"蔵の町並み回遊促進事業", "果樹産地生産基盤強化事業", "峰の原高原誘客事業", "臥竜公園桜まつり支援事業"}


def _suzaka_pdf(folder: Path) -> Path:
    pdf = PdfPage(folder / "suzaka_r8_shuyo_jigyo.pdf", title="令和8年度 須坂市当初予算 主要事業一覧")
    pdf.text(40, 50, "令和８年度　須坂市当初予算　主要事業一覧", 14, GOTHIC)
    pdf.text(40, 74, "凡例：●新規　▲拡充　（印なしは継続）　　　　　　　　　　　（単位：千円）", 8)
    cols, head = [220, 70, 90], ["事業名", "当初予算額", "担当課"]
    x0 = 40

    def header(top: float) -> float:
        x = x0
        for w, cell in zip(cols, head):
            pdf.box(x, top, w, 18, fill=0.85)
            pdf.center(x + w / 2, top + 12, cell, 8, GOTHIC)
            x += w
        return top + 18

    top = header(90)
    for field, rows in _SUZAKA_ROWS:
        pdf.box(x0, top, sum(cols), 16, fill=0.92)
        pdf.text(x0 + 4, top + 11.5, field, 8.5, GOTHIC)
        top += 16
        for k, (names, amounts, section) in enumerate(rows):
            if field == _SUZAKA_ROWS[-1][0] and k == 1:   # the table goes on over the page, its 分野 row not repeated
                pdf.text(280, 800, "－１－", 8)
                pdf.page()
                pdf.text(40, 40, "令和８年度　須坂市当初予算　主要事業一覧", 8)
                top = header(60)
            height = 8 + 13 * len(names)
            x = x0
            for c, w in enumerate(cols):
                pdf.box(x, top, w, height)
                x += w
            for i, (name, amount) in enumerate(zip(names, amounts)):
                pdf.text(x0 + 4, top + 13 + 13 * i, name, 8.5)
                pdf.right(x0 + cols[0] + cols[1] - 4, top + 13 + 13 * i, amount, 8.5)
            pdf.text(x0 + cols[0] + cols[1] + 4, top + 13, section, 8)
            top += height
    pdf.text(40, top + 16, "※予算額には人件費を含みません。", 8)
    return pdf.save()


_YAWATAHAMA_ROWS = [("☆", "みかん園地継承マッチング事業", "6,300"), ("", "港湾緑地維持管理事業", "9,100"),
                    ("○", "放課後子ども教室運営事業", "2,740"), ("☆", "どーや市場周辺案内サイン整備事業", "3,980"),
                    ("○", "高齢者運転免許返納支援事業", "1,650")]


def _yawatahama_docx(folder: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.core_properties.title = "令和8年度 八幡浜市予算の概要"
    doc.add_heading("令和８年度　八幡浜市予算の概要", level=1)
    doc.add_heading("主な事業", level=2)
    doc.add_paragraph("区分欄の☆は新規事業を、○は拡充事業を表します。（単位：千円）")
    table = doc.add_table(rows=1, cols=3)
    for cell, word in zip(table.rows[0].cells, ("区分", "事業名", "予算額")):
        cell.text = word
    for mark, name, amount in _YAWATAHAMA_ROWS:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = mark, name, amount
    path = folder / "yawatahama_r8_yosan_gaiyo.docx"
    doc.save(path)
    return path


_SAGAE_TEXT = """寒河江市報　令和８年４月号　音声読み上げ用テキスト
――――――――――――――――――
令和８年度の予算が決まりました
一般会計の予算額は、２１８億６，０００万円です。
――――――――――――――――――
今年度の主な事業
この先の表は、事業の種類、事業の名前、金額、説明の順に読み上げます。
種類の「新規」は今年度から始める事業、「拡充」は内容を広げる事業です。

拡充、チェリーランド周辺整備事業、５，２８０万円、駐車場を広げ、案内所を新しくします。
新規、さくらんぼ収穫体験受入事業、７２０万円、農家の受入れ準備を支援します。
継続、最上川堤防桜並木保全事業、３４０万円、樹木の手入れを続けます。
新規、高校生通学費助成事業、１，９６０万円、市外の高校に通う生徒の定期券代を助成します。

――――――――――――――――――
お知らせ
新規、継続を問わず、市民活動支援事業の申請は５月末までです。
"""
SAGAE_NEW = {"さくらんぼ収穫体験受入事業", "高校生通学費助成事業"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("marked-lists") / "corpus"
    folder.mkdir()
    _suzaka_pdf(folder)
    _yawatahama_docx(folder)
    write_text(folder / "sagae_koho_2026_04_text.txt", _SAGAE_TEXT, encoding="cp932", crlf=True)
    return folder


@pytest.fixture(scope="module")
def assistant(corpus, tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    index_dir = tmp_path_factory.mktemp("marked-lists-index")
    update_index(corpus, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def _items(corpus: Path, name: str):
    return {i.name: i for i in ingest_file(corpus / name, corpus).plans.items}


def test_a_legend_lines_marks_tag_the_names_they_open_and_the_legend_is_no_item(corpus):
    items = _items(corpus, "suzaka_r8_shuyo_jigyo.pdf")
    assert {n for n, i in items.items() if "新規" in i.tags} == SUZAKA_NEW
    assert {n for n, i in items.items() if "拡充" in i.tags} == SUZAKA_WIDER
    assert not any(n.startswith(("●", "▲")) or "凡例" in n or n in ("新規", "拡充", "事業名") for n in items), items


def test_two_names_stacked_in_one_cell_are_two_items_each_with_its_own_amount(corpus):
    items = _items(corpus, "suzaka_r8_shuyo_jigyo.pdf")
    assert items["在宅医療連携推進事業"].amount == "2,100"
    assert items["訪問看護人材育成事業"].amount == "1,380"
    assert items["訪問看護人材育成事業"].source.quote == "訪問看護人材育成事業"
    assert items["臥竜公園桜まつり支援事業"].tags == ("新規",) and items["峰の原高原誘客事業"].tags == ()


def test_read_out_rows_are_tagged_items_and_a_lone_sentence_is_not_a_row(corpus):
    items = _items(corpus, "sagae_koho_2026_04_text.txt")
    assert {n for n, i in items.items() if "新規" in i.tags} == SAGAE_NEW
    assert items["チェリーランド周辺整備事業"].tags == ("拡充",)
    assert items["高校生通学費助成事業"].amount == "１，９６０万円"
    assert not items.get("市民活動支援事業") or not items["市民活動支援事業"].tags


@pytest.mark.parametrize("question, expected, absent", [
    ("須坂市の令和8年度の新規事業は何ですか？", SUZAKA_NEW, SUZAKA_WIDER | {"峰の原高原誘客事業"}),
    ("須坂市が令和8年度に拡充する事業を教えてください。", SUZAKA_WIDER, SUZAKA_NEW),
    ("八幡浜市の令和8年度の新規事業を教えてください。", {"みかん園地継承マッチング事業", "どーや市場周辺案内サイン整備事業"},
     {"港湾緑地維持管理事業", "放課後子ども教室運営事業"}),
    ("八幡浜市が拡充する事業は？", {"放課後子ども教室運営事業", "高齢者運転免許返納支援事業"}, {"みかん園地継承マッチング事業"}),
    ("寒河江市の新規事業は何ですか？", SAGAE_NEW, {"チェリーランド周辺整備事業", "最上川堤防桜並木保全事業", "市民活動支援事業"}),
])
def test_a_question_for_new_or_wider_projects_lists_exactly_the_marked_rows(assistant, question, expected, absent):
    answer = assistant.ask(question)
    listed = {p.name for p in answer.projects}
    assert answer.found and expected <= listed, answer.answer
    assert not listed & absent, answer.answer
    assert not any(name[0] in "●▲☆○" for name in listed), answer.answer
    for ref in answer.projects:   # each name is cited where it is printed
        quotes = [c.quote for c in answer.citations if c.n in ref.citations]
        assert quotes and any(ref.name in q for q in quotes), (ref, answer.citations)


@pytest.mark.parametrize("question, expected, other", [
    ("須坂市の主要事業のうち、健康・福祉の分野の事業は？", SUZAKA_HEALTH, SUZAKA_TOURISM),
    ("須坂市の主要事業で産業・観光の分野に入る事業を教えてください。", SUZAKA_TOURISM, SUZAKA_HEALTH),
])
def test_a_field_question_lists_its_rows_stacked_names_and_rows_after_the_page_break(assistant, question, expected,
                                                                                     other):
    """The 分野 row groups the rows under it, also those the next page continues without repeating it."""
    answer = assistant.ask(question)
    listed = {p.name for p in answer.projects}
    assert expected <= listed and not listed & other, answer.answer


def _evaluation_xlsx(folder: Path) -> Path:
    """Two 事務事業評価 sheets (熊本県人吉市, invented) drawn on a grid of narrow columns: every label and value a
    merged range, the direction a row of check boxes in one cell (the filled box marks it)."""
    from openpyxl import Workbook

    wb = Workbook()
    sheets = [("球磨川くだり観光振興事業", "□拡充　■継続　□縮小　□廃止"), ("市街地循環バス運行事業", "■拡充　□継続　□縮小　□廃止")]
    for k, (name, boxes) in enumerate(sheets):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = f"No.{k + 1}"
        for row, (label, value) in enumerate((("事業名", name), ("目的", "交流人口を増やす。"), ("今後の方向性", boxes)),
                                             start=2):
            ws.cell(row, 1, label)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
            ws.cell(row, 5, value)
            ws.merge_cells(start_row=row, start_column=5, end_row=row, end_column=16)
    path = folder / "hitoyoshi_jimu_jigyo_hyoka.xlsx"
    wb.save(path)
    return path


def test_a_form_on_a_narrow_grid_is_named_by_its_value_and_tagged_by_the_filled_check_box(tmp_path):
    path = _evaluation_xlsx(tmp_path)
    items = {i.name: i for i in ingest_file(path, tmp_path).plans.items}
    assert items["球磨川くだり観光振興事業"].tags == ("継続",), items
    assert items["市街地循環バス運行事業"].tags == ("拡充",), items
    assert not set(items) & {"事業名", "拡充", "継続", "縮小", "廃止"}, sorted(items)
