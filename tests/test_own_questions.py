"""The own question set (tests/questions/own.jsonl) over the bundled corpus: answers hold the expected
figures and cite the right document; unanswerable questions say "not found"; every number an answer
states stands in a quote it cites; follow-ups work through the CLI's --context and --session."""
from __future__ import annotations

import json

import pytest

from assistant.cli import main
from assistant.verify import unsupported_numbers
from tests.conftest import CORPUS
from assistant.testbed.question_set import ask_in_context, load_own_questions, verdict

QUESTIONS = [q for q in load_own_questions() if q.corpus == "bundled"]


def test_the_set_has_the_kinds_the_issue_asks_for():
    assert len(load_own_questions()) >= 80
    assert sum(not q.found for q in QUESTIONS) >= 25
    assert sum(q.kind == "absent_place" for q in QUESTIONS) >= 10
    assert sum(bool(q.context) for q in QUESTIONS) >= 5


@pytest.mark.parametrize("item", QUESTIONS, ids=[q.id for q in QUESTIONS])
def test_own_question(assistant, item):
    answer = ask_in_context(assistant, item)
    if item.known_miss:
        pytest.xfail(item.known_miss)
    assert verdict(item, answer) == "right", answer.answer
    if not item.found:
        assert "見つかりません" in answer.answer or "ありません" in answer.answer
        assert "参考" not in answer.answer or "他の" in answer.answer


def test_every_number_in_every_answer_stands_in_its_cited_quote(assistant):
    for item in QUESTIONS:
        answer = ask_in_context(assistant, item)
        assert unsupported_numbers(answer) == [], (item.question, answer.answer)


def test_a_place_the_corpus_lacks_is_not_answered_with_another_places_figure(assistant):
    answer = assistant.ask("音威子府村の観光入込客数の目標値は？")
    assert not answer.found and answer.citations == []
    assert "音威子府村" in answer.answer and "観光入込客数" in answer.answer
    assert "904.6" not in answer.answer


def test_records_from_elsewhere_only_under_a_labelled_reference_line(assistant):
    answer = assistant.ask("宗谷の植林面積の目標値は？")
    assert not answer.found
    first, *rest = answer.answer.splitlines()
    assert "宗谷" in first and "植林面積" in first and "見つかりませんでした" in first
    assert rest and rest[0].startswith("参考（他の地域）") and "1,734" not in answer.answer


def test_no_sum_nobody_states(assistant):
    answer = assistant.ask("根室市の令和6年度一般会計予算の総額はいくらですか？")
    assert not answer.found and "合計" not in answer.answer and "9,078" not in answer.answer


def test_the_value_is_stated_first_with_its_label(assistant):
    answer = assistant.ask("くしろフェア in どさんこプラザ札幌店の来店者購入者延べ数は？")
    assert answer.answer.splitlines()[0].startswith("来店者購入者延べ数は 7,688人 です[1]")
    kpi = assistant.ask("観光入込客数（釧路）の目標値は？")
    assert kpi.answer.splitlines()[0].startswith("観光入込客数（釧路）の目標値は 904.6万人(R7) です[1]")


def test_the_plan_period_comes_from_the_newest_edition_and_the_previous_on_request(assistant):
    answer = assistant.ask("計画期間は？")
    assert "令和７年度（令和７年４月）から概ね５年" in answer.answer and "最新の版" in answer.answer
    assert answer.citations[0].doc == "001_415e8db82cdb5ded.txt" and "令和7年3月" in answer.citations[0].label
    older = assistant.ask("前の計画で、計画期間は？")
    assert "平成28年度から概ね5年間" in older.answer and "以前の版" in older.answer


def test_follow_ups_through_the_cli_context_file_and_session(corpus_index, tmp_path, capsys):
    context = tmp_path / "talk.json"
    common = ["--corpus", str(CORPUS), "--index", str(corpus_index), "--no-update", "--json"]
    assert main(["ask", *common, "--context", str(context), "観光入込客数（釧路）の目標値は？"]) == 0
    assert main(["ask", *common, "--context", str(context), "実績値は？"]) == 0
    first, second = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert "904.6万人" in first["answer"] and "rewritten" not in first
    assert second["rewritten"] == "観光入込客数(釧路)の実績値は？" and "689.5万人" in second["answer"]
    assert {"question", "found", "answer", "citations", "projects", "kpis"} <= set(second)
    assert main(["ask", *common, "--session", "s1", "音威子府村の観光入込客数の目標値は？"]) == 0
    assert main(["ask", *common, "--session", "s1", "十勝は？"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[1]["rewritten"].startswith("十勝の観光入込客数") and "音威子府村" not in lines[1]["rewritten"]
    assert (corpus_index / "sessions" / "s1.json").exists()
    assert main(["ask", *common, "--session", "../x", "実績値は？"]) == 2
