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
