"""Quotes read well: over every answer to the dev, own and list-fixture questions, no quote has unbalanced
brackets and none starts inside a word (「る市町村に対し」, 「交流人口拡大事業】…」)."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from assistant.service import Assistant
from index.update import update_index
from tests.conftest import dev_questions
from assistant.testbed.question_set import load_own_questions

FIXTURES = Path(__file__).parent / "fixtures" / "lists"
PAIRS = ("「」", "『』", "（）", "()", "【】", "〔〕", "［］", "[]")
_WORD = re.compile(r"[\w\u3041-\u30ff\u4e00-\u9fff]")


def quote_problems(answer, documents) -> list[str]:
    """What a reader would notice in an answer's quotes: brackets left open or closed without opening, a quote that
    starts in the middle of a word of its document."""
    problems = []
    for c in answer.citations:
        for o, e in PAIRS:
            if c.quote.count(o) != c.quote.count(e):
                problems.append(f"unbalanced {o}{e}: {c.quote[:60]}")
        text = documents[c.doc].text
        if c.start > 0 and c.quote and _WORD.match(c.quote[0]) and _WORD.match(text[c.start - 1]) \
                and text[c.start - 1] not in "・" and not text[c.start - 1].isspace():
            problems.append(f"starts inside a word ({text[max(0, c.start - 8):c.start]!r}|): {c.quote[:60]}")
    return problems


def test_no_answer_to_the_dev_and_own_questions_quotes_a_broken_span(assistant):
    questions = dev_questions() + [q.question for q in load_own_questions() if q.corpus == "bundled" and not q.context]
    found = {}
    for question in questions:
        problems = quote_problems(assistant.ask(question), assistant.documents)
        if problems:
            found[question] = problems
    assert not found, json.dumps(found, ensure_ascii=False, indent=1)


@pytest.fixture(scope="module")
def list_assistant(tmp_path_factory, embedder, tokenizer) -> Assistant:
    work = tmp_path_factory.mktemp("lists")
    shutil.copytree(FIXTURES, work / "corpus", ignore=shutil.ignore_patterns("*.json", "*.jsonl"))
    update_index(work / "corpus", work / "index", embedder, tokenizer)
    return Assistant.open(work / "index", embedder, tokenizer)


def test_no_answer_to_the_list_fixture_questions_quotes_a_broken_span(list_assistant):
    rows = [json.loads(line) for line in (FIXTURES / "questions.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    found = {}
    for row in rows + [{"question": "農業の担い手づくりの課題は何ですか？"}, {"question": "道づくりの主な取組は？"}]:
        problems = quote_problems(list_assistant.ask(row["question"]), list_assistant.documents)
        if problems:
            found[row["question"]] = problems
    assert not found, json.dumps(found, ensure_ascii=False, indent=1)
