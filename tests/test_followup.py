"""Follow-up questions carry the previous topic; questions with their own topic stay as asked."""
from __future__ import annotations

import pytest

from assistant.followup import rewrite_followup, topic_of

PREVIOUS = "観光入込客数（釧路）の目標値は？"


@pytest.mark.parametrize("question, searched", [
    ("実績値は？", "観光入込客数(釧路)の実績値は？"),
    ("では、進捗率は？", "観光入込客数(釧路)の進捗率は？"),
    ("その基準値は", "観光入込客数(釧路)の基準値は？"),
    ("実績値と進捗率を教えて", "観光入込客数(釧路)の実績値と進捗率は？"),
    ("十勝は？", "観光入込客数(十勝)の目標値は?"),
])
def test_follow_up_is_rewritten_with_the_topic(question, searched):
    assert rewrite_followup(question, PREVIOUS) == searched


@pytest.mark.parametrize("question", ["ブルーカーボンに関する取組を教えてください", "植林面積の進捗率は？", "", "？"])
def test_question_with_its_own_topic_is_kept(question):
    assert rewrite_followup(question, PREVIOUS) == question


def test_first_question_is_kept_and_topics_drop_the_asked_attribute():
    assert rewrite_followup("実績値は？", None) == "実績値は？"
    assert topic_of("関係人口を目標にしているプロジェクトは？") == "関係人口"
    assert topic_of("檜山地域関係人口創出事業のR3予算額は？") == "檜山地域関係人口創出事業のR3"


def test_another_place_without_its_own_figure_is_said_not_summed(assistant):
    """「十勝は？」 after a 釧路 question: the corpus states 観光入込客数 for 十勝 only together with three other
    areas; the answer says there is no figure for 十勝 alone instead of giving the four-area total as 十勝's."""
    from assistant.conversation import Conversation

    conversation = Conversation()
    conversation.ask(assistant, "観光入込客数（釧路）の目標値は？")
    answer = conversation.ask(assistant, "十勝は？")
    assert answer.found is False
    assert answer.answer.startswith("十勝だけの") and "見つかりませんでした" in answer.answer
    assert "2,987" not in answer.answer


def test_an_earlier_edition_that_is_not_indexed_is_said(assistant):
    from assistant.conversation import Conversation

    conversation = Conversation()
    first = conversation.ask(assistant, "観光入込客数（釧路）の目標値は？")
    answer = conversation.ask(assistant, "前の計画では？")
    assert answer.answer.startswith("前の計画") and "索引にありません" in answer.answer.splitlines()[0]
    assert answer.answer.splitlines()[1] == first.answer.splitlines()[0]   # then the current edition's value
