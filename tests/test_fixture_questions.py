"""The fixture helper's questions (tests/fixtures/plans/questions.jsonl) over the sixteen fixture documents
of other towns (PDF, DOCX, XLSX, CSV, TSV, HTML, Markdown, text) indexed once per session: answerable
ones are answered with the expected figure and cite the expected document, unanswerable ones say
"not found", no question is answered with a figure that is not the expected one (a wrong figure is the
worst failure, worse than an honest "not found"), and every number an answer states stands in its quote."""
from __future__ import annotations

import pytest

from assistant.service import Assistant
from assistant.verify import unsupported_numbers
from index.update import update_index
from assistant.testbed.make_fixtures import make_all
from assistant.testbed.question_set import ask_in_context, load_own_questions, verdict

QUESTIONS = [q for q in load_own_questions() if q.corpus == "fixtures"]
# Answerable questions the assistant still answers "not found" (honestly): why, for the report.
NOT_YET = {
    "fx33": "rewritten in the previous question's place, but a 説明 item wrapped over two lines of a "
            "pdftotext -layout 予算書 is no budget line and its passage line holds half the name",
    "fx34": "expects the 前年度 amount of the 目 (観光費) two turns back, not of fx33's 説明 item",
    # A value question is answered only by a value stated first; these quote the figure but state none, so they
    # say "not found" and show the passage.
    "fx13": "a 説明 item's amount in a pdftotext -layout 予算書 is quoted but no record or statement reads it",
    "fx16": "the 第１条 sentence names no 一般会計 (its heading does): its amount is quoted, not stated",
    "fx32": "the 目's 本年度予算額 in a pdftotext -layout 予算書 (header spaced over three lines) is quoted, not read",
}


@pytest.fixture(scope="session")
def fixture_assistant(tmp_path_factory, embedder, tokenizer) -> Assistant:
    work = tmp_path_factory.mktemp("fixture_plans")
    make_all(work / "corpus")
    report = update_index(work / "corpus", work / "index", embedder, tokenizer)
    assert report.documents >= 16 and not report.problems
    return Assistant.open(work / "index", embedder, tokenizer)


@pytest.fixture(scope="session")
def answers(fixture_assistant) -> dict:
    return {q.id: ask_in_context(fixture_assistant, q) for q in QUESTIONS}


def test_the_fixture_set_has_answerable_unanswerable_and_follow_up_questions():
    assert len(QUESTIONS) >= 50
    assert sum(not q.found for q in QUESTIONS) >= 10 and sum(bool(q.context) for q in QUESTIONS) >= 5


@pytest.mark.parametrize("item", QUESTIONS, ids=[q.id for q in QUESTIONS])
def test_no_fixture_question_is_answered_wrongly(answers, item):
    answer = answers[item.id]
    assert verdict(item, answer) != "wrong", answer.answer


@pytest.mark.parametrize("item", QUESTIONS, ids=[q.id for q in QUESTIONS])
def test_fixture_question(answers, item):
    answer = answers[item.id]
    if item.id in NOT_YET and verdict(item, answer) == "not found":
        pytest.xfail(NOT_YET[item.id])
    assert verdict(item, answer) == "right", answer.answer
    if not item.found:
        assert "見つかりません" in answer.answer or "ありません" in answer.answer


@pytest.mark.parametrize("item", QUESTIONS, ids=[q.id for q in QUESTIONS])
def test_every_number_in_a_fixture_answer_stands_in_its_cited_quote(answers, item):
    assert unsupported_numbers(answers[item.id]) == [], answers[item.id].answer
