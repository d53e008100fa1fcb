"""An open question for the one thing a document ranks first (「最大の課題は」「一番大きな課題は」) is answered first with
the sentence that ranks it so, though it stands after other sentences of the block. A text 計画 of a town written here
(鳥取県日南町, invented content): a 「現状と課題」 section of four bullets, figures first, the ranked one third, and a
「計画の目的」 section, which 「何のために作られたのですか」 asks for.
"""
from __future__ import annotations

import pytest

from assistant.testbed.documents import write_text

_NICHINAN = """\
日南町森林づくり基本計画（令和８年度～令和12年度）

１　現状と課題
・町の面積の約９割（31,400ha）を森林が占め、そのうち人工林は約６割です。
・林業従事者は平成27年の142人から令和６年の98人に減りました。
・間伐が必要な人工林の手入れが追いつかず、所有者が分からない森林が増えていることが最も深刻な課題です。
・木材価格は長く低迷しており、搬出にかかる経費を賄えない山が多くあります。

２　計画の目的
森林の多面的な機能を次の世代に引き継ぐことを目的とします。
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
