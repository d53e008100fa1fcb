"""Labelled blocks (【課 題】, 【主な取組】, 目的 …) and the open questions they answer.

Reads the fixture 総合計画 (tests/fixtures/lists/kawabe_sougou_keikaku.md, invented) and the bundled 政策展開方針,
whose 【課 題】 blocks stand under 「○ …」 headings and whose 「振興局所管地域の主な課題」 section lists them by area.
"""
from __future__ import annotations

from pathlib import Path

from assistant.blocks import asked_block_kind, first_sentence
from ingest.text.blocks import find_blocks, label_kinds
from ingest.readers.registry import read_file

FIXTURES = Path(__file__).parent / "fixtures" / "lists"


def test_labels_open_blocks_and_contents_lines_do_not():
    assert label_kinds("【課 題】")[1] == ("課題",)
    assert label_kinds("【これまでの取組】")[1] == ("取組",)
    assert "今後" in label_kinds("今後の方向性")[1]
    assert label_kinds("目的")[1] == ("目的",)
    assert label_kinds("振興局所管地域の主な課題")[1] == ("課題",)
    assert label_kinds("４ これまでの取組と課題          ・・・・・・・・  １０") is None
    assert label_kinds("地域の課題に取り組む必要があります。") is None


def test_blocks_keep_the_heading_they_stand_under_and_their_items():
    text = read_file(FIXTURES / "kawabe_sougou_keikaku.md").text
    blocks = find_blocks("k.md", text)
    issues = [b for b in blocks if "課題" in b.kinds]
    assert issues[0].headings[-1] == "### 施策1 農業の担い手づくり"
    assert [i.source.quote for i in issues[0].items] == [
        "村の農業就業者は10年間で3割減り、平均年齢は68歳を超えました。",
        "後継者のいない農家が半数を占め、耕作放棄地が広がっています。"]
    assert issues[1].headings[-1] == "### 施策2 安心して暮らせる道づくり"
    measures = [b for b in blocks if "取組" in b.kinds]
    assert len(measures[0].items) == 3 and measures[0].items[0].source.quote.startswith("・就農希望者")


def test_an_item_is_quoted_from_after_its_bullet_to_its_first_sentence_end():
    text = "【課 題】\n・橋の老朽化が進んでいます（「長寿命化計画。」参照）。補修費は増えています。\n"
    block = find_blocks("t.txt", text)[0]
    sentence = first_sentence(text, block.items[0].source)
    assert sentence.quote == "橋の老朽化が進んでいます（「長寿命化計画。」参照）。"
    assert text[sentence.start:sentence.end] == sentence.quote


def test_open_questions_are_told_by_the_block_they_ask_for():
    assert asked_block_kind("釧路・根室地域の主な課題は何ですか？") == "課題"
    assert asked_block_kind("この事業の目的は？") == "目的"
    assert asked_block_kind("どのような考え方で編成されましたか？") == "方針"
    assert asked_block_kind("観光入込客数の目標値は？") is None


def test_the_areas_main_issues_are_answered_from_its_issue_blocks_not_a_contents_line(assistant):
    answer = assistant.ask("釧路・根室地域の主な課題は何ですか？")
    assert answer.found
    first = answer.answer.split("\n")[0]
    assert "・・・" not in answer.answer and not first.startswith(("４", "５"))
    assert len(answer.answer.split("\n")) >= 2
    assert all("必要" in c.quote or "懸念" in c.quote or "ため" in c.quote for c in answer.citations), answer.answer


def test_a_label_naming_two_blocks_answers_for_both():
    """「改善内容・理由」 heads a cell a 「どう改善しますか」 question and a 「理由は」 question both ask for."""
    _, kinds = label_kinds("改善内容・理由")
    assert {"今後", "理由"} <= set(kinds)
    _, kinds = label_kinds("課題及び今後の方向性")
    assert {"課題", "今後"} <= set(kinds)
