"""The hand-written fixture plans are self-consistent: every expected file is generated and every
expected quote stands in the document as a reader of that format sees it (NFKC, whitespace and ※ removed)."""
from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from pathlib import Path

import pytest

PLANS = Path(__file__).parent / "fixtures" / "plans"
EXPECTED = sorted((PLANS / "expected").glob("*.json"))


def _load_maker():
    spec = importlib.util.spec_from_file_location("make_fixtures", PLANS / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("plans")
    return {p.name: p for p in _load_maker().make_all(out)}


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
        return "\n".join(str(v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row if v is not None)
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp932")


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
