"""The page's example questions are made from the loaded corpus, and each is answered from it."""
from __future__ import annotations

from assistant.examples import example_questions


def test_examples_come_from_the_corpus_and_are_answered(assistant):
    examples = example_questions(assistant.plans)
    assert len(examples) == 4
    indicators = {k.indicator for k in assistant.plans.kpis}
    assert any(name in examples[0] for name in indicators)
    assert any(b.item in examples[2] for b in assistant.plans.budgets)
    for question in examples:
        assert assistant.ask(question).found, question
