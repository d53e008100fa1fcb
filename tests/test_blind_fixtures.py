"""The blind question set is consistent with its documents, checked without the extractor: every gold,
answer, project and KPI value of an answerable question stands in its document as a reader of that
format sees it (NFKC, whitespace and ※ removed, as the scorer compares), and every absence probe of a
no_answer question is absent from the documents it names."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.testbed.make_blind import make_all
from tests.fixtures.blind_checks import KINDS, missing_expected, norm, probes_found, text_of

BLIND = Path(__file__).parent / "fixtures" / "blind"
QUESTIONS = [json.loads(line) for line in (BLIND / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
@pytest.fixture(scope="module")
def texts(tmp_path_factory) -> dict[str, str]:
    paths = make_all(tmp_path_factory.mktemp("blind"))
    return {p.name: norm(text_of(p)) for p in paths}


def test_question_schema():
    ids = [q["id"] for q in QUESTIONS]
    assert len(ids) == len(set(ids))
    for q in QUESTIONS:
        assert q["type"] in KINDS, q["id"]
        if q["type"] == "no_answer":
            assert q.get("no_answer") is True and q.get("probe"), q["id"]
        else:
            assert q.get("doc") and (q.get("answer") or q.get("projects")), q["id"]


@pytest.mark.parametrize("q", [q for q in QUESTIONS if q["type"] != "no_answer"], ids=lambda q: q["id"])
def test_expected_strings_stand_in_the_document(q, texts):
    assert missing_expected(q, texts[q["doc"]]) == [], f"{q['id']}: not in {q['doc']}"


@pytest.mark.parametrize("q", [q for q in QUESTIONS if q["type"] == "no_answer"], ids=lambda q: q["id"])
def test_no_answer_probes_are_absent(q, texts):
    assert probes_found(q, texts) == [], q["id"]
