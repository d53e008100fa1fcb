"""List questions scoped to a 施策 or 分野, and 新規/拡充 marks a document explains in its own words, one small
document per form, made by the test (invented content, towns and 事業 of its own):

- a 基本計画 PDF of one sheet per 施策 — a shaded heading 「施策４－２　地域医療の確保」 with the 基本目標 it belongs to
  printed at the far right, and a ruled 取組の方向｜主な事業 table whose cells hold two 事業 on two lines (the reader
  runs them together) or two 事業 joined by 「、」;
- a CP932 広報 text whose ・ items under ■ fields carry a mark between the name and the amount (〔Ｎ〕, 〔Ｋ〕), the
  marks explained only in a sentence above the list;
- a CSV 事業一覧 whose 種別 column holds codes (Ａ/Ｂ/Ｃ) explained only in a last row, the 施策 given as a number
  column and a 施策名 column;
- a 基本計画 DOCX whose 施策 are heading styles, each over a 基本事業｜主な事業 table whose cells hold two 事業 as
  two paragraphs, or joined by 「／」「・」;
- box titles that open with 【新規】/【拡充】, two to a line in one place (the lines below mix the two boxes).

A question that names a 施策 or 分野 is answered with the 事業 under it only; a question that asks for 新規 or 拡充
with the 事業 so marked only; nothing of another town.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.service import Assistant
from assistant.testbed.documents import GOTHIC, PAGE_W, PdfPage
from index.update import update_index
from ingest.pipeline import ingest_file
from ingest.plans.cell_names import run_together_names


def _sano_pdf(path: Path) -> Path:
    """Two 施策 sheets on one page: a shaded heading with the 基本目標 at its far side, 【主な事業】 over a ruled table."""
    pdf = PdfPage(path, title="佐野市総合計画 後期基本計画")
    pdf.text(40, 40, "佐野市総合計画 後期基本計画", 14, GOTHIC)
    sheets = [
        ("施策４－２", "地域医療の確保", "基本目標４ 健やかに暮らせるまち",
         "休日の診療体制を維持し、救急医療の負担を軽くします。",
         [("４－２－１ 救急医療体制", ["休日夜間急患診療所運営事業", "救急医療電話相談事業"]),
          ("４－２－２ 医療人材の確保", ["看護師修学資金貸与事業、地域医療研修支援事業"])]),
        ("施策５－１", "生涯スポーツの推進", "基本目標５ 学び続けるまち",
         "誰もが身近な場所でスポーツに親しめる環境をつくります。",
         [("５－１－１ 活動の場づくり", ["総合型地域スポーツクラブ育成事業"]),
          ("５－１－２ 施設の充実", ["市民体育館長寿命化改修事業", "屋外運動場照明ＬＥＤ化事業"])]),
    ]
    top = 80
    for number, name, label, aim, rows in sheets:
        pdf.box(40, top - 14, PAGE_W - 80, 22, fill=0.85)
        pdf.text(46, top, number, 12, GOTHIC)
        pdf.text(130, top, name, 12, GOTHIC)
        pdf.text(380, top, label, 9)
        top += 26
        pdf.text(46, top, "【施策の目的】", 10, GOTHIC)
        pdf.text(46, top + 16, aim, 9)
        top += 40
        pdf.text(46, top, "【主な事業】", 10, GOTHIC)
        top += 8
        for x, w, cell in ((46, 180, "取組の方向"), (226, 300, "主な事業")):
            pdf.box(x, top, w, 18, fill=0.9)
            pdf.center(x + w / 2, top + 12.5, cell, 9, GOTHIC)
        top += 18
        for head, names in rows:
            h = 8 + 14 * len(names)
            pdf.box(46, top, 180, h)
            pdf.box(226, top, 300, h)
            pdf.text(50, top + 14, head, 9)
            for k, n in enumerate(names):
                pdf.text(230, top + 14 + 14 * k, n, 9)
            top += h
        top += 40
    pdf.center(PAGE_W / 2, 800, "- 8 -", 9)
    return pdf.save()


KOHO_TEXT = """広報たてばやし　令和8年4月号
━━━━━━━━━━━━━━━━
令和8年度 館林市当初予算の概要
━━━━━━━━━━━━━━━━
一般会計の予算総額は、３８５億２，０００万円です。
※事業名の後の〔Ｎ〕は新規事業、〔Ｋ〕は拡充事業を表します。

■健康・福祉
・高齢者補聴器購入費助成事業〔Ｎ〕　８５０万円
　６５歳以上の方の補聴器の購入費を助成します。
・成年後見制度利用支援事業〔Ｋ〕　１，２４０万円
・地域食堂運営補助事業　６２０万円

■産業・観光
・つつじが岡公園魅力向上事業〔Ｋ〕　３，１００万円
　園内の案内板を多言語化します。
・創業支援資金利子補給事業〔Ｎ〕　４８０万円

■都市基盤
・橋りょう長寿命化修繕事業　２億１，５００万円
・通学路安全対策事業〔Ｎ〕　２，３００万円

お問い合わせ　財政課
"""

CSV_TEXT = """銚子市 令和8年度 実施計画事業一覧
施策番号,施策名,事業名,担当課,種別,令和8年度計画額（千円）
0301,水産業の振興,漁港機能強化事業,水産課,Ｃ,185000
0301,水産業の振興,銚子ブランド水産物販路拡大事業,水産課,Ｂ,12400
0301,水産業の振興,新規漁業就業者定着支援事業,水産課,Ａ,6800
0302,観光の振興,屏風ケ浦景観整備事業,観光商工課,Ｃ,42000
0302,観光の振興,灯台周辺回遊促進事業,観光商工課,Ａ,9300
0401,子育て支援,放課後児童クラブ拡充事業,こども家庭課,Ｂ,51600
※種別　Ａ：新規　Ｂ：拡充　Ｃ：継続,,,,,
"""


def _kasama_docx(path: Path) -> None:
    """A 基本計画 DOCX: heading styles per 政策 / 施策, a 基本事業｜主な事業｜担当課 table under each 施策 whose cells
    hold two 事業 as two paragraphs, or joined by 「／」 or 「・」."""
    from docx import Document as Docx
    doc = Docx()
    doc.add_paragraph("笠間市総合計画 基本計画")
    doc.add_heading("第３章 分野別計画", 1)
    doc.add_heading("政策２ 安心して子育てできるまち", 2)
    for measure, rows in (("施策２－３ 幼児教育の充実", [("保育の質の向上", ["保育士研修充実事業", "幼保小連携推進事業"]),
                                                   ("施設の整備", ["認定こども園整備補助事業／公立幼稚園空調整備事業"])]),
                          ("施策２－４ 子どもの居場所づくり", [("居場所の確保", ["子ども食堂支援事業・放課後子ども教室事業"])])):
        doc.add_heading(measure, 3)
        doc.add_paragraph("笠間市は、次の事業に取り組みます。")
        table = doc.add_table(rows=1 + len(rows), cols=3)
        for cell, word in zip(table.rows[0].cells, ("基本事業", "主な事業", "担当課")):
            cell.text = word
        for row, (head, names) in zip(table.rows[1:], rows):
            row.cells[0].text, row.cells[2].text = head, "こども課"
            row.cells[1].text = names[0]
            for name in names[1:]:
                row.cells[1].add_paragraph(name)
    doc.save(path)


@pytest.fixture(scope="module")
def scoped(tmp_path_factory, embedder, tokenizer) -> tuple[Assistant, Path]:
    work = tmp_path_factory.mktemp("scoped_lists")
    corpus = work / "corpus"
    corpus.mkdir()
    _sano_pdf(corpus / "sano_kouki_kihon_keikaku.pdf")
    (corpus / "tatebayashi_koho_r8_04.txt").write_bytes(KOHO_TEXT.encode("cp932"))
    (corpus / "choshi_jisshi_keikaku_r8.csv").write_text(CSV_TEXT, encoding="utf-8")
    _kasama_docx(corpus / "kasama_kihon_keikaku.docx")
    update_index(corpus, work / "index", embedder, tokenizer)
    return Assistant.open(work / "index", embedder, tokenizer), corpus


def _names(answer) -> set[str]:
    return {p.name for p in answer.projects}


def _items(corpus: Path, name: str) -> dict:
    return {i.name: i for i in ingest_file(corpus / name, corpus).plans.items}


@pytest.mark.parametrize("cell, names", [
    ("休日夜間急患診療所運営事業救急医療電話相談事業", ["休日夜間急患診療所運営事業", "救急医療電話相談事業"]),
    ("中小企業事業承継支援事業", ["中小企業事業承継支援事業"]),          # 「事業承継」 continues the word
    ("介護事業所職員研修支援事業", ["介護事業所職員研修支援事業"]),      # 「事業所」 too
    ("地域活性化事業費補助事業", ["地域活性化事業費補助事業"]),
    ("ＤＸ事業推進事業", ["ＤＸ事業推進事業"]),                          # too short to be a name of its own
])
def test_names_run_together_from_one_cell_are_cut_only_where_a_second_name_starts(cell, names):
    assert [n for n, _, _ in run_together_names(cell)] == names


def test_each_sheets_table_stands_under_its_measure_heading_not_its_far_side_label(scoped):
    _, corpus = scoped
    items = _items(corpus, "sano_kouki_kihon_keikaku.pdf")
    assert {"休日夜間急患診療所運営事業", "救急医療電話相談事業", "看護師修学資金貸与事業", "地域医療研修支援事業"} <= set(items)
    assert "施策４−２ 地域医療の確保" in items["救急医療電話相談事業"].headings
    assert not any("基本目標" in h for h in items["救急医療電話相談事業"].headings)
    assert "施策５−１ 生涯スポーツの推進" in items["屋外運動場照明ＬＥＤ化事業"].headings


def test_a_named_measure_lists_the_projects_of_its_sheet_only(scoped):
    assistant, _ = scoped
    answer = assistant.ask("佐野市の後期基本計画で、施策４－２「地域医療の確保」の主な事業を教えてください。")
    assert _names(answer) == {"休日夜間急患診療所運営事業", "救急医療電話相談事業", "看護師修学資金貸与事業",
                              "地域医療研修支援事業"}, answer.answer
    answer = assistant.ask("佐野市の生涯スポーツの推進の施策では、どんな事業に取り組みますか？")
    assert _names(answer) == {"総合型地域スポーツクラブ育成事業", "市民体育館長寿命化改修事業",
                              "屋外運動場照明ＬＥＤ化事業"}, answer.answer


def test_marks_a_sentence_above_the_list_explains_are_the_items_tags(scoped):
    _, corpus = scoped
    items = _items(corpus, "tatebayashi_koho_r8_04.txt")
    assert items["高齢者補聴器購入費助成事業"].tags == ("新規",)
    assert items["成年後見制度利用支援事業"].tags == ("拡充",)
    assert items["地域食堂運営補助事業"].tags == ()
    assert items["橋りょう長寿命化修繕事業"].amount == "２億１，５００万円"


def test_new_and_enlarged_projects_of_a_koho_are_its_marked_items_only(scoped):
    assistant, _ = scoped
    answer = assistant.ask("館林市の令和8年度予算の新規事業は何ですか？")
    assert _names(answer) == {"高齢者補聴器購入費助成事業", "創業支援資金利子補給事業", "通学路安全対策事業"}, answer.answer
    assert "８５０万円" in answer.answer
    answer = assistant.ask("館林市の予算で拡充される事業を教えてください。")
    assert _names(answer) == {"成年後見制度利用支援事業", "つつじが岡公園魅力向上事業"}, answer.answer


def test_a_field_heading_scopes_the_list_to_its_items(scoped):
    assistant, _ = scoped
    answer = assistant.ask("館林市の健康・福祉の主な事業は何ですか？")
    assert _names(answer) == {"高齢者補聴器購入費助成事業", "成年後見制度利用支援事業", "地域食堂運営補助事業"}, answer.answer


def test_codes_a_last_row_explains_are_the_rows_tags_and_a_measure_column_scopes_them(scoped):
    assistant, corpus = scoped
    items = _items(corpus, "choshi_jisshi_keikaku_r8.csv")
    assert items["新規漁業就業者定着支援事業"].tags == ("新規",) and items["漁港機能強化事業"].tags == ("継続",)
    answer = assistant.ask("銚子市の水産業の振興の施策に含まれる事業は？")
    assert _names(answer) == {"漁港機能強化事業", "銚子ブランド水産物販路拡大事業", "新規漁業就業者定着支援事業"}, answer.answer
    answer = assistant.ask("銚子市の拡充事業を教えてください。")
    assert _names(answer) == {"銚子ブランド水産物販路拡大事業", "放課後児童クラブ拡充事業"}, answer.answer


def test_a_docx_cells_paragraphs_are_names_of_the_measure_whose_heading_style_stands_above(scoped):
    assistant, _ = scoped
    answer = assistant.ask("笠間市の幼児教育の充実の施策の主な事業を教えてください。")
    assert _names(answer) == {"保育士研修充実事業", "幼保小連携推進事業", "認定こども園整備補助事業", "公立幼稚園空調整備事業"}, \
        answer.answer


def test_a_code_legend_worded_as_a_sentence_explains_a_kind_column():
    from ingest.plans.list_tables import code_legend
    assert code_legend("※区分欄の「1」は新規事業、「2」は拡充事業、「3」は継続事業です。") == {"1": "新規", "2": "拡充", "3": "継続"}
    assert code_legend("※種別　Ａ：新規　Ｂ：拡充　Ｃ：継続") == {"Ａ": "新規", "Ｂ": "拡充", "Ｃ": "継続"}


def test_a_list_question_for_one_town_never_lists_another_towns_projects(scoped):
    assistant, _ = scoped
    answer = assistant.ask("銚子市の新規事業を教えてください。")
    assert _names(answer) == {"新規漁業就業者定着支援事業", "灯台周辺回遊促進事業"}, answer.answer
    assert "館林" not in answer.answer and "補聴器" not in answer.answer


BOXES_TEXT = """令和8年度 都留市当初予算 主要事業
【新規】新たに始める事業　【拡充】内容を広げる事業　【継続】引き続き行う事業
■分野２　子育て・健康
【新規】産後ケア訪問事業
担当課　健康づくり課
予算額　12,300千円（前年度　－）
助産師が家庭を訪問し、母親の心身のケアを行います。
【拡充】子ども医療費助成事業
予算額　210,000千円（前年度　180,000千円）
■分野３　防災
【継続】防災行政無線保守事業　　　　　　　　【新規】避難所備蓄品整備事業
予算額　8,800千円（前年度　8,800千円）　　　予算額　4,100千円（前年度　－）
"""


def test_box_titles_that_open_with_a_tag_are_items_and_a_legend_line_is_none():
    from ingest.plans.list_items import list_items
    items = {i.name: i for i in list_items("d", BOXES_TEXT)}
    assert set(items) == {"産後ケア訪問事業", "子ども医療費助成事業", "防災行政無線保守事業", "避難所備蓄品整備事業"}
    assert items["産後ケア訪問事業"].tags == ("新規",) and items["産後ケア訪問事業"].amount == "12,300千円"
    assert items["子ども医療費助成事業"].headings == ("■分野２　子育て・健康",)
    assert items["子ども医療費助成事業"].tags == ("拡充",)


def test_boxes_printed_two_to_a_line_take_no_amount_from_the_mixed_lines_below():
    from ingest.plans.list_items import list_items
    items = {i.name: i for i in list_items("d", BOXES_TEXT)}
    assert items["避難所備蓄品整備事業"].tags == ("新規",)
    assert items["避難所備蓄品整備事業"].amount == "" and items["防災行政無線保守事業"].amount == "", \
        "a line that holds two boxes' amounts is no one item's"
