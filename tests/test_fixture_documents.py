"""The hand-written fixture plans are self-consistent: every expected file is generated and every
expected quote stands in the document as a reader of that format sees it (NFKC, whitespace and ※ removed)."""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from assistant.testbed.make_fixtures import make_all

PLANS = Path(__file__).parent / "fixtures" / "plans"
EXPECTED = sorted((PLANS / "expected").glob("*.json"))


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("plans")
    return {p.name: p for p in make_all(out)}


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s)).replace("※", "")


def _text_of(path: Path, dedupe: bool = False) -> str:
    """The text as a reader of the format sees it; `dedupe` folds overprinted (fake bold) PDF characters."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            pages = [page.dedupe_chars() if dedupe else page for page in pdf.pages]
            return "\n".join(page.extract_text() or "" for page in pages)
    if suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        parts += [cell.text for table in d.tables for row in table.rows for cell in row.cells]
        return "\n".join(parts)
    if suffix == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path)
        return "\n".join(_shown(cell) for ws in wb for row in ws.iter_rows() for cell in row if cell.value is not None)
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp932")


def _shown(cell) -> str:
    """An XLSX cell as Excel shows it where that matters here: a fraction in a 0.0% format as 「82.3%」."""
    if isinstance(cell.value, (int, float)) and cell.number_format.endswith("%"):
        return f"{cell.value * 100:.1f}%"
    return str(cell.value)


def _records(expected: dict):
    for kind in ("kpis", "budgets"):
        for record in expected[kind]:
            yield kind, record


def test_every_expected_file_is_made_and_every_made_file_has_expected(documents):
    named = {json.loads(p.read_text(encoding="utf-8"))["file"] for p in EXPECTED}
    assert len(named) >= 14
    assert named == set(documents), f"made but not expected: {set(documents) - named}; expected but not made: {named - set(documents)}"
    for p in EXPECTED:
        assert json.loads(p.read_text(encoding="utf-8"))["file"].startswith(p.stem + ".")


@pytest.mark.parametrize("expected_path", EXPECTED, ids=lambda p: p.stem)
def test_expected_quotes_stand_in_the_document(documents, expected_path):
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    text = _norm(_text_of(documents[expected["file"]]))
    assert _norm(expected["title"])[:12] in _norm(_text_of(documents[expected["file"]], dedupe=True)), expected["title"]
    missing = [(kind, r["quote"]) for kind, r in _records(expected) if _norm(r["quote"]) not in text]
    assert not missing, f"{expected['file']}: quotes not in the document: {missing}"


def test_cp932_files_are_not_utf8(documents):
    """Staff bring CP932 files: the CSV and the KPI arrow list must really be CP932."""
    for name in ("niseko_kpi_ichiran.csv", "nishinoomote_kpi_shinchoku.txt"):
        with pytest.raises(UnicodeDecodeError):
            documents[name].read_bytes().decode("utf-8")


def test_questions_are_answerable_from_their_documents(documents):
    """Each answerable question names a fixture whose text holds every expected answer string;
    unanswerable ones name none; follow-ups carry the earlier questions of their chain."""
    rows = [json.loads(line) for line in (PLANS / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 35 and len({r["id"] for r in rows}) == len(rows)
    assert sum(not r["found"] for r in rows) >= 12
    assert sum(r["kind"] == "followup" for r in rows) >= 3
    asked = set()
    for r in rows:
        assert set(r["context"]) <= asked, r["id"]
        asked.add(r["question"])
        if not r["found"]:
            assert r["doc"] is None and not r["answer_contains"], r["id"]
            continue
        text = _norm(_text_of(documents[r["doc"]]))
        missing = [a for a in r["answer_contains"] if _norm(a) not in text]
        assert not missing, f"{r['id']}: {missing} not in {r['doc']}"
