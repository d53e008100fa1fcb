"""The fourth blind question set (tests/fixtures/blind4) is consistent with its documents, checked without
the extractor and with the first set's readers: every gold, answer, project and KPI value of an answerable
question stands in its document as a reader of that format sees it (NFKC, whitespace and ※ removed, as the
scorer compares), every absence probe of a no_answer question is absent from the documents it names, and
the towns the absent-town questions name stand in no document of the set nor of the bundled corpus; and the
set mixes the formats its README promises (PDF, XLSX, DOCX, plain text with exactly one CP932 file)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.testbed.make_blind4 import make_all
from tests.fixtures.blind_checks import KINDS, missing_expected, norm, probes_found, text_of

BLIND4 = Path(__file__).parent / "fixtures" / "blind4"
CORPUS = Path(__file__).resolve().parents[1] / "corpus"
QUESTIONS = [json.loads(line) for line in (BLIND4 / "questions.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]


@pytest.fixture(scope="module")
def paths(tmp_path_factory) -> list[Path]:
    return make_all(tmp_path_factory.mktemp("blind4"))


@pytest.fixture(scope="module")
def texts(paths) -> dict[str, str]:
    return {p.name: norm(text_of(p)) for p in paths}


def test_the_set_mixes_formats_and_encodings(paths):
    suffixes = [p.suffix for p in paths]
    assert suffixes.count(".pdf") >= 4 and suffixes.count(".xlsx") >= 2 and ".docx" in suffixes
    plain = [p for p in paths if p.suffix in (".txt", ".tsv", ".csv")]
    assert len(plain) >= 2
    cp932 = []
    for p in plain:
        try:
            p.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            cp932.append(p.name)
    assert len(cp932) == 1, cp932


def test_question_schema(texts):
    ids = [q["id"] for q in QUESTIONS]
    assert len(ids) == len(set(ids))
    for q in QUESTIONS:
        assert q["type"] in KINDS, q["id"]
        if q["type"] == "no_answer":
            assert q.get("no_answer") is True and q.get("probe"), q["id"]
            assert all(name in texts for name in q.get("probe_docs", [])), q["id"]
        else:
            assert q.get("doc") in texts and (q.get("answer") or q.get("projects")), q["id"]


def test_every_document_is_asked_about(texts):
    assert {q["doc"] for q in QUESTIONS if q.get("doc")} == set(texts)


@pytest.mark.parametrize("q", [q for q in QUESTIONS if q["type"] != "no_answer"], ids=lambda q: q["id"])
def test_expected_strings_stand_in_the_document(q, texts):
    assert missing_expected(q, texts[q["doc"]]) == [], f"{q['id']}: not in {q['doc']}"


@pytest.mark.parametrize("q", [q for q in QUESTIONS if q["type"] == "no_answer"], ids=lambda q: q["id"])
def test_no_answer_probes_are_absent(q, texts):
    assert probes_found(q, texts) == [], q["id"]


@pytest.mark.parametrize("q", [q for q in QUESTIONS if q["type"] == "no_answer" and not q.get("probe_docs")],
                         ids=lambda q: q["id"])
def test_absent_towns_are_not_in_the_bundled_corpus(q):
    bundled = [p for p in CORPUS.iterdir() if p.is_file() and p.suffix in (".txt", ".md") and p.name != "README.md"]
    for path in bundled:
        text = norm(path.read_text(encoding="utf-8"))
        for probe in q["probe"]:
            assert norm(probe) not in text, f"{q['id']}: probe {probe!r} found in corpus/{path.name}"
