"""A sheet that sets several tables one under another, each titled by a numbered row that also carries the table's
unit note at its far right (「(2)　主な整備工事　…　（単位：千円）」), with or without a blank row before it. A workbook
of a town written here (静岡県川根本町 水道事業, invented content), made by the test.

The title row is no row of the table below (nor of the one above): it is the line the table stands under, so a list
question naming it (「主な整備工事は？」) gets the names of that table, merged name cells read once.
"""
from __future__ import annotations

from pathlib import Path

import pytest


def _kawanehon_xlsx(folder: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "決算概要"
    ws["A1"] = "令和６年度　川根本町水道事業会計決算の概要"
    ws["A3"] = "(1)　給水の状況"
    rows = [["項目", "", "令和６年度", "令和５年度"], ["給水人口（人）", "", 5120, 5236], ["有収率（％）", "", 81.2, 80.4]]
    r = 4
    for row in rows:
        for c, v in enumerate(row, 1):
            if v != "":
                ws.cell(r, c, v)
        r += 1
    # no blank row: the next table's title row right under the last row of this one
    ws.cell(r, 1, "(2)　主な整備工事")
    ws.cell(r, 4, "（単位：千円）")
    r += 1
    ws.cell(r, 1, "工事名")
    ws.cell(r, 3, "内容")
    ws.cell(r, 4, "決算額")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    works = [("千頭配水池耐震補強工事", "配水池１基の耐震補強", 84200), ("奥泉地区送水管布設替工事", "L=860m", 51630),
             ("水道施設台帳システム更新業務", "台帳の電子化", 9900)]
    for name, what, amount in works:
        r += 1
        ws.cell(r, 1, name)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 3, what)
        ws.cell(r, 4, amount)
    r += 2
    ws.cell(r, 1, "(3)　今後の見通し")
    ws.cell(r + 1, 1, "給水人口の減少が続くため、料金体系の見直しを検討します。")
    path = folder / "kawanehon_suido_kessan_r6.xlsx"
    wb.save(str(path))
    return path


def test_a_title_row_with_a_unit_note_heads_the_table_below(tmp_path):
    from ingest.pipeline import ingest_file

    ingested = ingest_file(_kawanehon_xlsx(tmp_path), tmp_path)
    text = ingested.document.text
    assert "(2)　主な整備工事 （単位：千円）\n" in text   # a line of its own, no row of either table
    works = [i for i in ingested.plans.items if i.form == "cell" and i.name.endswith(("工事", "業務"))]
    assert [i.name for i in works] == ["千頭配水池耐震補強工事", "奥泉地区送水管布設替工事", "水道施設台帳システム更新業務"]
    assert all(any("主な整備工事" in h for h in i.headings) for i in works)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    corpus = tmp_path_factory.mktemp("sheet-sections")
    _kawanehon_xlsx(corpus)
    index_dir = tmp_path_factory.mktemp("sheet-sections-index")
    update_index(corpus, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def test_a_list_question_naming_the_title_gets_its_table(assistant):
    answer = assistant.ask("川根本町の水道事業で、令和６年度の主な整備工事を挙げてください。")
    assert answer.found, answer.answer
    assert {p.name for p in answer.projects} == {"千頭配水池耐震補強工事", "奥泉地区送水管布設替工事",
                                                 "水道施設台帳システム更新業務"}, answer.answer
