"""The project's own question set (tests/questions/own.jsonl): loading it, asking it, judging the answers.

Each line: id, kind, question, context (earlier questions of the same conversation), found (whether the
documents hold an answer), expect (strings the answer must hold), doc (the file a citation must name),
corpus ("bundled": corpus/; "fixtures": the documents assistant/testbed/make_fixtures.py writes).
Shared by tests/test_own_questions.py and bench/own_questions.py so both judge the same way.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from assistant.conversation import Conversation
from ingest.text.normalize import comparable

TESTS = Path(__file__).resolve().parents[2] / "tests"
OWN_SET = TESTS / "questions" / "own.jsonl"
# The fixture helper's questions over tests/fixtures/plans (answer_contains = expect), merged in as they stand.
FIXTURE_SET = TESTS / "fixtures" / "plans" / "questions.jsonl"


@dataclass(frozen=True)
class OwnQuestion:
    id: str
    kind: str
    question: str
    context: tuple[str, ...]
    found: bool
    expect: tuple[str, ...]
    doc: str | None
    corpus: str
    known_miss: str = ""   # why the assistant still gets it wrong (reported, expected to fail)


def _rows(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_own_questions(path: Path = OWN_SET, fixtures: Path = FIXTURE_SET) -> list[OwnQuestion]:
    rows = _rows(path) + [{**r, "corpus": "fixtures", "expect": r.get("answer_contains", ())} for r in _rows(fixtures)]
    return [OwnQuestion(r["id"], r["kind"], r["question"], tuple(r.get("context", ())), r["found"],
                        tuple(r.get("expect", ())), r.get("doc"), r.get("corpus", "bundled"), r.get("known_miss", ""))
            for r in rows]


def ask_in_context(assistant, item: OwnQuestion):
    """Ask `item.question` after its context questions, as one conversation."""
    conversation = Conversation()
    answer = None
    for question in item.context + (item.question,):
        answer = conversation.ask(assistant, question)
    return answer


def verdict(item: OwnQuestion, answer) -> str:
    """right | not found | wrong: found when it should not be, or missing an expected string or citation."""
    if not item.found:
        return "right" if not answer.found else "wrong"
    if not answer.found:
        return "not found"
    text = comparable(answer.answer)
    if not all(comparable(e) in text for e in item.expect):
        return "wrong"
    if item.doc and item.doc not in {c.doc for c in answer.citations}:
        return "wrong"
    return "right"
