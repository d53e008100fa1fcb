"""Questions about what a notation of a table means (「（　）内の数字は何を表していますか」「★印は何を意味しますか」
「〔拡充〕は何を示していますか」) answered with the note that explains it, on documents of a village written here
(長野県根羽村, invented content): a CSV 税率表 whose cells print a second rate in brackets, explained by a ※ note row
under the table, and a text 事業一覧 whose legend explains ★ and 〔拡充〕.
"""
from __future__ import annotations

import pytest

from assistant.testbed.documents import write_text

_NEBA_CSV = """\
根羽村 令和７年度 国民健康保険税の税率
区分,所得割,均等割（円）,平等割（円）
医療分,6.8％（5.9％）,"24,000","18,000"
後期高齢者支援金等分,2.4％（2.2％）,"8,400","6,000"
介護納付金分,2.1％（2.0％）,"9,600",－
※（　）内は令和６年度の税率です。介護納付金分は40歳から64歳までの方が対象です。
"""

_NEBA_TXT = """\
根羽村 令和７年度 主な事業一覧

★印は村長公約に掲げた事業です。〔拡充〕は前年度より内容を広げた事業を示します。

・★茶臼山高原スキー場リフト更新事業
・〔拡充〕ねば暮らし体験住宅運営事業
・村営バス運行事業
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    corpus = tmp_path_factory.mktemp("notation-notes")
    write_text(corpus / "neba_kokuho_zeiritsu_r7.csv", _NEBA_CSV)
    write_text(corpus / "neba_shuyo_jigyo_r7.txt", _NEBA_TXT)
    index_dir = tmp_path_factory.mktemp("notation-notes-index")
    update_index(corpus, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


@pytest.mark.parametrize("question,note", [
    ("根羽村の国民健康保険税の税率表で、所得割の（　）内の数字は何を表していますか？", "令和６年度の税率"),
    ("根羽村の事業一覧で★印は何を意味しますか？", "村長公約に掲げた事業"),
    ("根羽村の事業一覧にある〔拡充〕は何を示していますか？", "前年度より内容を広げた事業"),
])
def test_the_note_explaining_a_notation_answers(assistant, question, note):
    answer = assistant.ask(question)
    assert answer.found, answer.answer
    assert note in answer.answer, answer.answer
    assert note in answer.citations[0].quote


def test_a_notation_no_document_explains_is_no_note(assistant):
    from assistant.notation_notes import asked_notation

    assert asked_notation("根羽村の税率表で［　］内は何を意味しますか？")[1] == "()内"
    assert asked_notation("根羽村の医療分の所得割は何％ですか？") == ("", "")
    answer = assistant.ask("根羽村の税率表で◆印は何を意味しますか？")
    assert "村長公約" not in answer.answer and "令和６年度の税率" not in answer.answer, answer.answer
