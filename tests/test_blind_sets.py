"""The blind question sets written by someone who never read the extractor (tests/fixtures/blind to blind23) are
consistent with their documents, checked without the extractor and with the first set's readers: every gold,
answer, project and KPI value of an answerable question stands in its document as a reader of that format sees it
(NFKC, whitespace and ※ removed, as the scorer compares), every absence probe of a no_answer question is absent from
the documents it names, the towns the absent-town questions name stand in no document of the set nor of the bundled
corpus, and each set mixes the formats its README promises."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.testbed import (make_blind, make_blind2, make_blind3, make_blind4, make_blind5, make_blind6, make_blind7,
                               make_blind8, make_blind9, make_blind10, make_blind11, make_blind12, make_blind13,
                               make_blind14, make_blind15, make_blind16,
                               make_blind17, make_blind18, make_blind19, make_blind20,
                               make_blind21, make_blind22, make_blind23)
from tests.fixtures.blind_checks import KINDS, missing_expected, norm, probes_found, text_of

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = Path(__file__).resolve().parents[1] / "corpus"
WRITERS = {"blind": make_blind.make_all, "blind2": make_blind2.make_all, "blind3": make_blind3.make_all, "blind4": make_blind4.make_all,
           "blind5": make_blind5.make_all, "blind6": make_blind6.make_all, "blind7": make_blind7.make_all,
           "blind8": make_blind8.make_all, "blind9": make_blind9.make_all,
           "blind10": make_blind10.make_all, "blind11": make_blind11.make_all,
           "blind12": make_blind12.make_all, "blind13": make_blind13.make_all,
           "blind14": make_blind14.make_all, "blind15": make_blind15.make_all,
           "blind16": make_blind16.make_all, "blind17": make_blind17.make_all,
           "blind18": make_blind18.make_all, "blind19": make_blind19.make_all,
           "blind20": make_blind20.make_all, "blind21": make_blind21.make_all,
           "blind22": make_blind22.make_all,
           "blind23": make_blind23.make_all}


def _questions(name: str) -> list[dict]:
    lines = (FIXTURES / name / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


QUESTIONS = {name: _questions(name) for name in WRITERS}
ANSWERABLE = [(name, q) for name, qs in QUESTIONS.items() for q in qs if q["type"] != "no_answer"]
UNANSWERABLE = [(name, q) for name, qs in QUESTIONS.items() for q in qs if q["type"] == "no_answer"]


def _id(case) -> str:
    return f"{case[0]}-{case[1]['id']}" if isinstance(case, tuple) else str(case)


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> dict[str, list[Path]]:
    return {name: write(tmp_path_factory.mktemp(name)) for name, write in WRITERS.items()}


@pytest.fixture(scope="module")
def texts(made) -> dict[str, dict[str, str]]:
    return {name: {p.name: norm(text_of(p)) for p in paths} for name, paths in made.items()}


@pytest.mark.parametrize("name", WRITERS)
def test_question_schema(name, texts):
    questions, documents = QUESTIONS[name], texts[name]
    ids = [q["id"] for q in questions]
    assert len(ids) == len(set(ids))
    for q in questions:
        assert q["type"] in KINDS, q["id"]
        if q["type"] == "no_answer":
            assert q.get("no_answer") is True and q.get("probe"), q["id"]
            assert all(doc in documents for doc in q.get("probe_docs", [])), q["id"]
        else:
            assert q.get("doc") in documents and (q.get("answer") or q.get("projects")), q["id"]


@pytest.mark.parametrize("name", WRITERS)
def test_every_document_is_asked_about(name, texts):
    assert {q["doc"] for q in QUESTIONS[name] if q.get("doc")} == set(texts[name])


@pytest.mark.parametrize("case", ANSWERABLE, ids=_id)
def test_expected_strings_stand_in_the_document(case, texts):
    name, q = case
    assert missing_expected(q, texts[name][q["doc"]]) == [], f"{q['id']}: not in {q['doc']}"


@pytest.mark.parametrize("case", UNANSWERABLE, ids=_id)
def test_no_answer_probes_are_absent(case, texts):
    name, q = case
    assert probes_found(q, texts[name]) == [], q["id"]


@pytest.mark.parametrize("case", [c for c in UNANSWERABLE if not c[1].get("probe_docs")], ids=_id)
def test_absent_towns_are_not_in_the_bundled_corpus(case):
    _, q = case
    bundled = [p for p in CORPUS.iterdir() if p.is_file() and p.suffix in (".txt", ".md") and p.name != "README.md"]
    for path in bundled:
        text = norm(path.read_text(encoding="utf-8"))
        for probe in q["probe"]:
            assert norm(probe) not in text, f"{q['id']}: probe {probe!r} found in corpus/{path.name}"


@pytest.mark.parametrize("name", WRITERS)
def test_the_set_mixes_formats_and_encodings(name, made):
    paths = made[name]
    suffixes = [p.suffix for p in paths]
    assert suffixes.count(".pdf") >= 1 and ".xlsx" in suffixes and ".docx" in suffixes
    plain = [p for p in paths if p.suffix in (".txt", ".tsv", ".csv", ".html")]
    assert len(plain) >= 2
    assert any(_not_utf8(p) for p in plain), "no plain text file in CP932"


def _not_utf8(path: Path) -> bool:
    try:
        path.read_bytes().decode("utf-8")
        return False
    except UnicodeDecodeError:
        return True
