"""事業 lists of 過疎計画-style tables and of 基本計画 tables marked in a column, on documents of towns and wording written
here (no copy of any real or blind document):

- an XLSX 過疎地域持続的発展計画 (島根県知夫村, invented): sheet 事業計画 with 持続的発展施策区分 merged over each group
  (「３　交通施設の整備、交通手段の確保」), a 細区分 column whose 特別事業 rows print the category over the name in one
  wrapped cell (「公共交通\n離島航路運賃助成事業」), 小計 rows, and a sheet 「特別事業分（再掲）」 listing the 特別事業 again;
- a DOCX 基本計画 (高知県大川村, invented): one 【主要事業】 table per 施策, a 総戦 column marking ◎, its meaning said
  only in the prose of the first chapter (「◎印の事業は第２期大川村総合戦略の重点事業です。」).

A question naming a 区分 lists every 事業 of the group (ハード and ソフト), each by its own name, never the category or the
小計; a question naming the 特別事業 lists them all once, from both sheets; a question asking by the ◎'s meaning inside a
施策 lists the ◎ rows of that 施策 only, with the legend quoted.
"""
from __future__ import annotations

from pathlib import Path

import pytest


def _chibu_xlsx(folder: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = "事業計画"
    ws.append(["４　事業計画（令和８年度～令和12年度）", None, None, None, None, None])
    ws.append(["持続的発展施策区分", "細区分", "事業名（施設名）", "事業内容", "事業主体", "事業費（千円）"])
    rows = [
        ("１　産業の振興", "(1) 基盤整備　漁業", "知夫漁港浮桟橋整備事業", "浮桟橋１基の設置", "村", 96000),
        (None, "(10) 過疎地域持続的発展特別事業", "第１次産業\n放牧牛ブランド確立事業", "隠岐牛の販路開拓", "村", 15000),
        (None, None, "小計", None, None, 111000),
        ("３　交通施設の整備、交通手段の確保", "(1) 市町村道　道路", "村道古海線改良事業", "改良 L=420m", "村", 88000),
        (None, "(8) 道路整備機械等", "除雪機械更新事業", "小型除雪機１台", "村", 9800),
        (None, "(9) 過疎地域持続的発展特別事業", "公共交通\n離島航路運賃助成事業", "村民の航路運賃を助成", "村", 24000),
        (None, None, "交通施設維持\n待合所維持管理事業", "来居港待合所の維持管理", "村", 3600),
        (None, None, "小計", None, None, 125400),
        ("６　医療の確保", "(3) 過疎地域持続的発展特別事業", "自治体病院\n本土通院交通費助成事業", "通院の船賃を助成", "村", 7200),
        (None, None, "小計", None, None, 7200),
    ]
    for row in rows:
        ws.append(list(row))
    ws.merge_cells("A3:A5")
    ws.merge_cells("A6:A10")
    ws.merge_cells("B8:B9")
    ws.merge_cells("A11:A12")
    for row in ws.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True)
    again = wb.create_sheet("特別事業分（再掲）")
    again.append(["過疎地域持続的発展特別事業分（再掲）"])
    again.append(["持続的発展施策区分", "事業名", "具体的な事業内容", "事業費（千円）"])
    for row in (("産業の振興（第１次産業）", "放牧牛ブランド確立事業", "隠岐牛の販路開拓", 15000),
                ("交通施設の整備、交通手段の確保（公共交通）", "離島航路運賃助成事業", "村民の航路運賃を助成", 24000),
                ("交通施設の整備、交通手段の確保（交通施設維持）", "待合所維持管理事業", "来居港待合所の維持管理", 3600),
                ("医療の確保（自治体病院）", "本土通院交通費助成事業", "通院の船賃を助成", 7200)):
        again.append(list(row))
    path = folder / "chibu_kaso_jizokuteki_hatten_keikaku.xlsx"
    wb.save(path)
    return path


def _okawa_docx(folder: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_heading("大川村第５次総合計画　基本計画", level=1)
    doc.add_paragraph("第１章　計画の見方")
    doc.add_paragraph("施策ごとに主要事業を掲げています。◎印の事業は第２期大川村総合戦略の重点事業です。")
    sections = [("施策３－１　林業の再生", [("村有林間伐推進事業", "◎"), ("木質バイオマス活用事業", ""),
                                      ("林業研修生受入事業", "◎")]),
                ("施策３－２　観光の振興", [("白滝の里交流拠点改修事業", "◎"), ("早明浦ダム湖畔イベント支援事業", ""),
                                      ("村営宿泊施設運営事業", "◎")])]
    for heading, rows in sections:
        doc.add_paragraph(heading)
        doc.add_paragraph("【主要事業】")
        table = doc.add_table(rows=1, cols=3)
        for cell, text in zip(table.rows[0].cells, ("事業名", "総戦", "担当課")):
            cell.text = text
        for name, mark in rows:
            for cell, text in zip(table.add_row().cells, (name, mark, "産業振興課")):
                cell.text = text
    path = folder / "okawa_dai5ji_sogo_keikaku_kihon_keikaku.docx"
    doc.save(path)
    return path


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    corpus = tmp_path_factory.mktemp("kaso-lists-corpus")
    _chibu_xlsx(corpus)
    _okawa_docx(corpus)
    index_dir = tmp_path_factory.mktemp("kaso-lists-index")
    update_index(corpus, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def _names(answer) -> list[str]:
    return [p.name for p in answer.projects]


def test_a_merged_group_lists_every_project_of_it_by_its_own_name(assistant):
    answer = assistant.ask("知夫村の過疎計画で、交通施設の整備として予定している事業はどれですか？")
    assert answer.found, answer.answer
    names = _names(answer)
    assert set(names) == {"村道古海線改良事業", "除雪機械更新事業", "離島航路運賃助成事業", "待合所維持管理事業"}, names
    assert len(names) == len(set(names)), "a project listed again on the （再掲） sheet is listed once"


@pytest.mark.parametrize("question", ["知夫村の過疎地域持続的発展特別事業にはどんな事業がありますか？",
                                      "知夫村の過疎地域持続的発展特別事業（ソフト事業）を教えてください。"])
def test_the_special_projects_are_listed_once_each_without_their_category(assistant, question):
    answer = assistant.ask(question)
    names = _names(answer)
    assert set(names) == {"放牧牛ブランド確立事業", "離島航路運賃助成事業", "待合所維持管理事業", "本土通院交通費助成事業"}, \
        answer.answer
    assert len(names) == 4


def test_a_category_over_a_name_in_one_cell_is_no_item():
    from ingest.plans.cell_names import is_category

    assert is_category("第１次産業") and is_category("義務教育以外") and is_category("公共交通")
    assert not is_category("農業インターン受入れ") and not is_category("産業振興")


def test_rows_marked_in_a_column_are_chosen_by_the_legends_meaning_inside_the_section_named(assistant):
    answer = assistant.ask("大川村の観光の振興の事業で、総合戦略の重点事業とされているものは？")
    assert answer.found, answer.answer
    assert set(_names(answer)) == {"白滝の里交流拠点改修事業", "村営宿泊施設運営事業"}, answer.answer
    assert "◎印の事業は第２期大川村総合戦略の重点事業です。" in answer.answer


def test_a_section_named_by_none_of_the_rows_keeps_them_all():
    from assistant.row_filters import RowMatch
    from assistant.section_rows import under_named_section
    from ingest.plans.records import Source

    class Doc:
        text = "施策１－１　林業の再生\n事業名\t総戦\nA事業\t◎\n施策１－２　観光の振興\n事業名\t総戦\nB事業\t◎\n"
    a, b = Doc.text.index("A事業"), Doc.text.index("B事業")
    rows = [RowMatch("A事業", (), Source("d", a, a + 3, "A事業")), RowMatch("B事業", (), Source("d", b, b + 3, "B事業"))]
    assert under_named_section(rows, {"d": Doc}, "重点の事業は") == rows
    assert [m.name for m in under_named_section(rows, {"d": Doc}, "観光の振興の重点の事業は")] == ["B事業"]
