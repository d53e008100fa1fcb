"""Rows picked by a tag in a 区分 column (「◎新規」, 「○拡充」, blank for neither) under a title and legend row, with a
group column printed on its first row only and 小計 rows: a CP932 CSV 実施計画 of a town in no other test (every figure
invented).

「新規に位置付けられた事業は？」 lists exactly the rows tagged 新規 — never a blank row below one (a tag is no merged
group), never a 小計 row — and 「拡充される事業」 the 拡充 ones."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.testbed.documents import write_text

_ROWS = [
    "令和８年度　礼文町実施計画,,,,,",
    "区分：◎新規＝新規事業　○拡充＝拡充事業,,,,,（単位：千円）",
    "基本目標,区分,事業名,担当課,令和８年度,令和９年度",
    "１　海と生きるまち,◎新規,ウニ種苗放流拡大事業,水産課,8200,8200",
    ",,漁港施設長寿命化事業,建設課,41000,38000",
    ",○拡充,昆布干場整備支援事業,水産課,5600,5600",
    ",,小計,,54800,51800",
    "２　島で育つ子ども,,島留学受入促進事業,教育委員会,3900,3900",
    ",◎新規,高校生フェリー運賃助成事業,教育委員会,6100,6100",
    ",○拡充,子ども医療費助成事業,保健福祉課,12300,12300",
    ",,小計,,22300,22300",
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("tagged-rows")
    write_text(folder / "rebun_r8_jisshi_keikaku.csv", "\n".join(_ROWS) + "\n", encoding="cp932", crlf=True)
    index_dir = tmp_path_factory.mktemp("tagged-rows-index")
    update_index(folder, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def _listed(answer) -> list[str]:
    return [p.name.split("\u3000")[0] for p in answer.projects]


def test_the_rows_tagged_new_and_only_those(assistant):
    answer = assistant.ask("礼文町の実施計画で新規に位置付けられた事業を教えてください。")
    assert answer.found
    assert _listed(answer) == ["ウニ種苗放流拡大事業", "高校生フェリー運賃助成事業"]


def test_the_rows_tagged_expanded(assistant):
    answer = assistant.ask("礼文町で拡充される事業はどれですか？")
    assert answer.found
    assert _listed(answer) == ["昆布干場整備支援事業", "子ども医療費助成事業"]
    assert "小計" not in answer.answer and "漁港施設長寿命化事業" not in answer.answer


def test_rows_under_a_group_named_with_a_middle_dot(tmp_path, embedder, tokenizer):
    """A 区分 printed once over its rows whose name joins two words (「福祉・健康」): the question naming it whole gets
    its rows, never the other group's."""
    from openpyxl import Workbook

    from assistant.service import Assistant
    from index.update import update_index

    book = Workbook()
    sheet = book.active
    sheet.append(["令和８年度　利尻富士町の主な事業", None, "（単位：千円）"])
    sheet.append(["区分", "事業名", "事業費"])
    for row in (("福祉・健康", "在宅介護手当支給事業", 4_200), (None, "特定健診受診促進事業", 1_850),
                ("産業・観光", "ウニ加工場改修事業", 36_000), (None, "利尻山登山道補修事業", 7_400)):
        sheet.append(list(row))
    sheet.merge_cells("A3:A4")
    sheet.merge_cells("A5:A6")
    book.save(tmp_path / "rishirifuji_r8_shuyo_jigyo.xlsx")
    index_dir = tmp_path / "index"
    update_index(tmp_path, index_dir, embedder, tokenizer)
    answer = Assistant.open(index_dir, embedder, tokenizer).ask("利尻富士町の主な事業のうち、福祉・健康に関する事業を一覧で。")
    assert answer.found and _listed(answer) == ["在宅介護手当支給事業", "特定健診受診促進事業"]


def test_a_numbered_measure_selects_its_projects_not_the_outline_row(tmp_path, embedder, tokenizer):
    """A 施策 named 「３－１ 防災・減災対策の推進」 in the 事業 table, and named again in a 施策体系 table on another sheet:
    「施策「防災・減災対策の推進」に掲げられた事業は」 lists the 事業 under it, never the 体系's row."""
    from openpyxl import Workbook

    from assistant.service import Assistant
    from index.update import update_index

    book = Workbook()
    outline = book.active
    outline.title = "施策体系"
    outline.append(["基本目標", "施策番号", "施策", "担当課"])
    outline.append(["基本目標１　住み続けたいまち", "１－１", "子育て支援の充実", "子育て支援課"])
    outline.append(["基本目標２　安全なまち", "２－１", "防災・減災対策の推進", "総務課"])
    sheet = book.create_sheet("主要事業")
    sheet.append(["施策", "事業名", "担当課", "事業費（千円）"])
    for row in (("１－１ 子育て支援の充実", "病児保育施設運営補助事業", "子育て支援課", 3_100),
                ("２－１ 防災・減災対策の推進", "避難所備蓄倉庫整備事業", "総務課", 8_800),
                (None, "津波避難タワー点検事業", "総務課", 1_200)):
        sheet.append(list(row))
    book.save(tmp_path / "kiho_r8_jisshi_keikaku.xlsx")
    index_dir = tmp_path / "index"
    update_index(tmp_path, index_dir, embedder, tokenizer)
    answer = Assistant.open(index_dir, embedder, tokenizer).ask("紀宝町の施策「防災・減災対策の推進」に掲げられた事業は？")
    assert answer.found and _listed(answer) == ["避難所備蓄倉庫整備事業", "津波避難タワー点検事業"]


def test_a_numbered_goal_named_by_a_plan_that_prints_no_such_label(assistant):
    """「基本目標２「島で育つ子ども」には」 of a sheet whose 基本目標 column prints 「２　島で育つ子ども」 (never 「基本目標２」):
    the goal is there, and its rows are listed (never 「…についての記述がありません」)."""
    answer = assistant.ask("礼文町の基本目標２「島で育つ子ども」にはどんな事業がありますか。")
    assert answer.found and "記述がありません" not in answer.answer
    assert "高校生フェリー運賃助成事業" in answer.answer
