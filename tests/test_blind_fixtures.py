"""The blind question set is consistent with its documents, checked without the extractor: every gold,
answer, project and KPI value of an answerable question stands in its document as a reader of that
format sees it (NFKC, whitespace and ※ removed, as the scorer compares), and every absence probe of a
no_answer question is absent from the documents it names."""
from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from pathlib import Path

import pytest

BLIND = Path(__file__).parent / "fixtures" / "blind"
QUESTIONS = [json.loads(line) for line in (BLIND / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
KINDS = {"kpi", "budget", "fact", "passage", "projects", "no_answer"}


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(s))).replace("※", "")


def _text_of(path: Path) -> str:
    """Every text a reader of the format sees: PDF text as pdfplumber extracts it, DOCX paragraphs and
    cells, XLSX cell values (as stored and as their number format shows them), text in UTF-8 or CP932."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        return "\n".join([p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells])
    if suffix == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path)
        parts = []
        for ws in wb:
            for row in ws.iter_rows():
                for cell in row:
                    if cell.value is None:
                        continue
                    parts.append(str(cell.value))
                    if isinstance(cell.value, (int, float)) and "#,##0" in cell.number_format:
                        parts.append(f"{cell.value:,}")
        return "\n".join(parts)
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp932")


@pytest.fixture(scope="module")
def texts(tmp_path_factory) -> dict[str, str]:
    spec = importlib.util.spec_from_file_location("make_blind", BLIND / "make_blind.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    paths = module.make_all(tmp_path_factory.mktemp("blind"))
    return {p.name: _norm(_text_of(p)) for p in paths}


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
    text = texts[q["doc"]]
    for s in q.get("gold", []) + q.get("answer", []) + q.get("projects", []):
        assert _norm(s) in text, f"{q['id']}: {s!r} not in {q['doc']}"
    for field in ("baseline", "actual", "target"):
        want = (q.get("kpi") or {}).get(field)
        if want:
            v = want["value"]
            forms = {f"{v:,}", f"{v:g}", f"{v:,.1f}", f"{v:.2f}"}
            assert any(_norm(f) in text for f in forms), f"{q['id']}: {field} {v} not in {q['doc']}"


@pytest.mark.parametrize("q", [q for q in QUESTIONS if q["type"] == "no_answer"], ids=lambda q: q["id"])
def test_no_answer_probes_are_absent(q, texts):
    for name in q.get("probe_docs") or list(texts):
        for probe in q["probe"]:
            assert _norm(probe) not in texts[name], f"{q['id']}: probe {probe!r} found in {name}"
