"""The era names have one home: ingest.vocab.eras. A module that reads or writes an era year composes its
patterns (ERA_WORDS, CURRENT_ERA_WORDS …) or asks `read_years`, so a new era is added in one place."""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_ERA_SPELLING = re.compile(r"令和|平成|昭和|大正|明治")
# Where an era may be written: the vocabulary itself; the page's help text (an example date for the metadata
# form: it shows, never reads); the test bed's generated documents (fixture text, not code that reads years).
_NOT_READING = ("ingest/vocab", "assistant/page", "assistant/testbed")


def _code_literals(path: Path) -> list[tuple[int, str]]:
    """(line, text) of the string literals of a module that are not docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and body \
                and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            docstrings.add(id(body[0].value))
    return [(n.lineno, n.value) for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings]


def test_no_module_outside_the_vocabulary_spells_an_era():
    spelled = []
    for area in ("ingest", "assistant", "index"):
        for path in sorted((ROOT / area).rglob("*.py")):
            if any(path.is_relative_to(ROOT / room) for room in _NOT_READING):
                continue
            spelled += [f"{path.relative_to(ROOT)}:{line} {text[:40]!r}" for line, text in _code_literals(path)
                        if _ERA_SPELLING.search(text)]
    assert spelled == []
