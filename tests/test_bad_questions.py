"""Questions nobody should ask still get a clear answer: empty, 10,000 characters, only symbols, markup."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, says", [
    ("", "質問を文章で入力してください"),
    ("   \n\t", "質問を文章で入力してください"),
    ("？！＃＄％＆（）＝〜｜「」『』", "質問を文章で入力してください"),
    ("!!!???...", "質問を文章で入力してください"),
])
def test_empty_or_symbol_questions_ask_for_a_sentence(assistant, question, says):
    answer = assistant.ask(question)
    assert not answer.found and says in answer.answer and not answer.citations


def test_a_10000_character_question_is_cut_and_says_so(assistant):
    """The answer is the one its first 500 characters get, opened by a note that the question was cut."""
    question = "観光入込客数（釧路）の目標値は？" + "あいうえお" * 2000
    answer = assistant.ask(question)
    head = assistant.ask(question[:assistant.max_question_chars])
    assert len(question) > 10_000 and head.found
    assert answer.found and answer.answer == "（質問が長いため先頭部分で検索しました）" + head.answer
    assert answer.citations == head.citations and all(c.quote for c in answer.citations)


def test_markup_in_a_question_is_text_not_code(assistant):
    answer = assistant.ask("<script>alert('x')</script>ブルーカーボンの取組は？")
    assert answer.question.startswith("<script>")
    assert "<script>" not in answer.answer


def test_search_with_odd_input_returns_a_list(assistant):
    assert assistant.search("") == []
    assert isinstance(assistant.search("\x00\ufeff" + "釧" * 20_000), list)
