"""An open question for the one thing a document ranks first (「最大の課題は」「一番大きな課題は」) is answered first with
the sentence that ranks it so, though it stands after other sentences of the block. A text 計画 of a town written here
(鳥取県日南町, invented content): a 「現状と課題」 section of four bullets, figures first, the ranked one third, and a
「計画の目的」 section, which 「何のために作られたのですか」 asks for, and a section whose figures lead in
(「課題を次のように整理しました。」) to the 課題 listed after them.
"""
from __future__ import annotations

import pytest

from assistant.testbed.documents import write_text

_NICHINAN = """\
日南町森林づくり基本計画（令和８年度～令和12年度）

１　現状と課題
・町の面積の約９割（31,400ha）を森林が占め、そのうち人工林は約６割です。
・林業従事者は平成27年の142人から令和６年の98人に減りました。冬の仕事が少なく通年で雇えないことが、林業従事者の減少にもつながっています。
・間伐が必要な人工林の手入れが追いつかず、所有者が分からない森林が増えていることが最も深刻な課題です。
・木材価格は長く低迷しており、搬出にかかる経費を賄えない山が多くあります。

２　計画の目的
森林の多面的な機能を次の世代に引き継ぐことを目的とします。

３　町民アンケートと課題
令和６年度の町民アンケートには412人が回答し、「森林に関心がある」と答えた人は38.5％でした。
これらの結果から、森林との関わりに関する課題を次のように整理しました。
・森林に入る機会が少ない若い世代が多い
・木の製品を町内で買える店が限られている
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    corpus = tmp_path_factory.mktemp("ranked-sentences")
    write_text(corpus / "nichinan_shinrin_zukuri_kihon_keikaku.txt", _NICHINAN)
    index_dir = tmp_path_factory.mktemp("ranked-sentences-index")
    update_index(corpus, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


@pytest.mark.parametrize("question", ["日南町の森林づくりで最大の課題は何ですか？",
                                      "日南町の森林づくりで、一番大きな課題は何ですか？"])
def test_the_sentence_that_ranks_it_first_is_quoted_first(assistant, question):
    answer = assistant.ask(question)
    assert answer.found, answer.answer
    first = answer.answer.split("\n")[1]
    assert "所有者が分からない森林が増えている" in first, answer.answer
    assert "所有者が分からない森林が増えている" in answer.citations[0].quote


def test_a_question_without_a_rank_keeps_the_blocks_order(assistant):
    answer = assistant.ask("日南町の森林づくりの課題は何ですか？")
    assert answer.found, answer.answer
    assert "森林が占め" in answer.answer.split("\n")[1], answer.answer


def test_what_a_plan_was_made_for_is_its_purpose(assistant):
    """「何のために作られたのですか」 asks the plan's 目的 (its block), whatever words the question adds."""
    answer = assistant.ask("日南町の森林づくり基本計画は何のために作られたのですか？")
    assert answer.found, answer.answer
    assert "多面的な機能を次の世代に引き継ぐ" in answer.answer, answer.answer


def test_the_items_a_lead_in_sentence_announces_are_the_answer(assistant):
    """Figures, then 「…課題を次のように整理しました。」, then the 課題: the items after the lead-in answer."""
    answer = assistant.ask("日南町の町民アンケートから見えた課題は何ですか？")
    assert answer.found, answer.answer
    assert "若い世代が多い" in answer.answer.split("\n")[1], answer.answer
    assert "412人" not in answer.answer, answer.answer


def test_a_sentence_saying_what_led_to_a_change_is_its_background(assistant):
    """「…の減少の背景をどう説明していますか」: the sentence saying what 「…にもつながっています」, no label needed."""
    answer = assistant.ask("日南町の森林づくり基本計画では、林業従事者の減少の背景をどう説明していますか？")
    assert answer.found, answer.answer
    assert "冬の仕事が少なく通年で雇えない" in answer.answer, answer.answer
