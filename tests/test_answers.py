"""Answers a user would check: the right figure, quoted verbatim, with a label; nothing made up."""
from __future__ import annotations


import pytest

from ingest.text.normalize import comparable
from tests.conftest import CORPUS



@pytest.mark.parametrize("question,expected", [
    ("じもと×しごと発見フェアには何社が出展しましたか？", "25社"),
    ("釧路・根室連携地域の人口は全道の何パーセントを占めていますか？", "6%"),
    ("北海道地域防災マスター認定研修会で何名が認定されましたか？", "16名"),
    ("根室地域の漁業で近年漁獲量が増えている魚種は？", "イワシ"),
])
def test_fact_answers_hold_the_figure_and_a_verbatim_quote(assistant, question, expected):
    answer = assistant.ask(question)
    assert answer.found and expected in comparable(answer.answer)
    for citation in answer.citations:
        document = (CORPUS / citation.doc).read_text(encoding="utf-8")
        assert comparable(citation.quote) in comparable(document)
        assert comparable(document[citation.start:citation.end]) == comparable(citation.quote)
        assert f"[{citation.n}]" in answer.answer


def test_label_names_title_date_and_page(assistant):
    answer = assistant.ask("北方領土隣接地域とはどの地域のことですか？")
    citation = answer.citations[0]
    assert citation.label == "釧路・根室連携地域政策展開方針（北海道、令和7年3月）p.10"
    assert citation.paste_text().startswith("「") and "（出典：釧路・根室連携地域政策展開方針" in citation.paste_text()


@pytest.mark.parametrize("question", ["沖縄県の観光入込客数の目標値は？", "", "？？？！！！", "<script>alert(1)</script>"])
def test_no_answer_is_said_plainly(assistant, question):
    answer = assistant.ask(question)
    assert answer.found is False and answer.citations == [] and answer.answer


def test_a_very_long_question_is_answered_without_crashing(assistant):
    answer = assistant.ask("ブルーカーボンの取組について " + "詳しく" * 3000)
    assert answer.answer
