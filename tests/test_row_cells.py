"""Which 課 is in charge of a 事業, who carries it out: the cell of the asked column in the row the question names — an
Excel 実施計画 (所管課 column) and a town's web page (実施主体 column, one 事業 listed twice as 再掲) of towns in no other
test, every name invented.

A user asks for one 事業's 所管課 or 実施主体 and gets that row's cell, never a neighbouring row's, with the row and
the header quoted; a 事業 the table does not hold gets no cell of another."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.testbed.documents import write_text


def _plan_xlsx(folder: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "主要事業"
    sheet.append(["令和８年度　音威子府村実施計画　主要事業一覧"])
    sheet.append(["施策", "事業名", "所管課", "事業費（千円）"])
    for row in (("産業", "森の木工体験工房運営事業", "産業振興室", 12_400),
                ("産業", "そば畑景観保全支援事業", "産業振興室", 3_800),
                ("教育", "村立高校寮生活支援事業", "教育委員会", 21_960),
                ("福祉", "冬季高齢者見守り訪問事業", "保健福祉課", 5_120)):
        sheet.append(list(row))
    path = folder / "otoineppu_r8_jisshi_keikaku.xlsx"
    book.save(path)
    return path


def _page_html(folder: Path) -> Path:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>"
                   for a, b, c, d in (("１ 支え合い", "ふれあい配食サービス事業", "社会福祉協議会", ""),
                                      ("１ 支え合い", "除雪ボランティア登録事業", "村", "新規"),
                                      ("２ 安心", "ふれあい配食サービス事業", "社会福祉協議会", "再掲"),
                                      ("２ 安心", "緊急通報装置貸与事業", "村・社協", "")))
    html = ("<html><head><title>中頓別町地域福祉計画の主な取組</title></head><body>"
            "<h1>中頓別町地域福祉計画　主な取組</h1><table><tr><th>基本目標</th><th>取組</th><th>実施主体</th>"
            f"<th>区分</th></tr>{rows}</table></body></html>")
    return write_text(folder / "nakatonbetsu_fukushi_torikumi.html", html)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("row-cells")
    _plan_xlsx(folder)
    _page_html(folder)
    index_dir = tmp_path_factory.mktemp("row-cells-index")
    update_index(folder, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def test_the_department_of_a_named_project_is_its_rows_cell(assistant):
    answer = assistant.ask("音威子府村の村立高校寮生活支援事業はどの課が担当していますか？")
    lead = answer.answer.split("\n")[0]
    assert answer.found and "教育委員会" in lead and not any(o in lead for o in ("産業振興室", "保健福祉課"))
    assert any("村立高校寮生活支援事業" in c.quote for c in answer.citations)
    other = assistant.ask("音威子府村の冬季高齢者見守り訪問事業の所管課は？")
    assert other.found and "保健福祉課" in other.answer.split("\n")[0]


def test_who_carries_out_a_measure_listed_twice_is_said_once(assistant):
    answer = assistant.ask("中頓別町のふれあい配食サービス事業の実施主体はどこですか？")
    assert answer.found and answer.answer.split("\n")[0] == "ふれあい配食サービス事業の実施主体は 社会福祉協議会 です[1][2]"
    shared = assistant.ask("中頓別町の緊急通報装置貸与事業は、どこが実施していますか？")
    assert shared.found and "村・社協" in shared.answer.split("\n")[0]


def test_a_project_the_table_does_not_hold_gets_no_cell_of_another(assistant):
    answer = assistant.ask("音威子府村の町営スキー場運営事業はどの課が担当していますか？")
    assert not any(word in answer.answer.split("\n")[0] for word in ("産業振興室", "教育委員会", "保健福祉課"))
