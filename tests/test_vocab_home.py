"""The era names have one home: ingest.vocab.eras. A module that reads or writes an era year composes its
patterns (ERA_WORDS, CURRENT_ERA_WORDS …) or asks `read_years`, so a new era is added in one place.

Units, counters and header words have one home too: ingest/vocab (units, header_words, attributes, value_questions,
frame_words, section_words, title_words, synonyms). A module that reads a document or a question with them imports
the named constants; only the modules that write what a person reads (column titles, help texts, example questions,
messages) or generate test documents spell them, and they are listed by name with the reason."""
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


# A unit or counter as code spells it to read: 「円」, 「千人」, an alternation member 「|人|」 「(?:件|」, a question's
# 「何人」 「何(?:名|」, a number's counter 「\\s*件」.
_UNIT_SPELLING = re.compile(r"(?<!滑)円(?!滑)|千人|万人|(?:^|[|\[(])(?:人|件|名|世帯|か所|箇所)(?:$|[|\])?])"
                            r"|何\s*(?:\(\?:)?(?:人|名|件|社|校|か所|箇所)|\\s\*(?:\(\?:)?(?:人|名|件|社|校|か所|箇所)")
# A header word: a value column's name (「目標値」, 「決算額」, 「進捗率」), or an attribute word alone or in an
# alternation (「実績」, 「|当初|」).
_HEADER_SPELLING = re.compile(r"目標値|基準値|実績値|現状値|現在値|直近値|策定時|当初予算|補正予算|決算額|予算額|予算現額|"
                              r"事業費|進捗率|達成率|計画額|"
                              r"(?:^|\|)(?:目標|実績|基準|現状|現況|当初|補正|決算|予算)(?:$|\|)")
# The modules that may spell them, and why: each only writes what a person reads, or writes test documents.
_WRITING_ONLY = {
    "ingest/vocab": "the vocabulary itself",
    "assistant/testbed": "generates the fixture and blind documents (document text, not code that reads it)",
    "assistant/page": "the web page: labels, placeholders and example questions a person reads",
    "assistant/cli.py": "help texts and sheet names of the CLI",
    "assistant/exports.py": "column titles of the CSV/XLSX exports",
    "assistant/html_views.py": "column titles and texts of the HTML views",
    "assistant/examples.py": "example questions shown on the page",
    "assistant/messages.py": "the texts of the answers' messages",
    "assistant/tables.py": "sort names and filter descriptions shown beside the KPI view",
    "assistant/progress.py": "the unit of a progress bar",
}


def _spellings(pattern: re.Pattern, exempt) -> list[str]:
    spelled = []
    paths = [ROOT / "ui.py"] + [p for area in ("ingest", "assistant", "index") for p in sorted((ROOT / area).rglob("*.py"))]
    for path in paths:
        if any(path == ROOT / room or path.is_relative_to(ROOT / room) for room in exempt):
            continue
        spelled += [f"{path.relative_to(ROOT)}:{line} {text[:40]!r}" for line, text in _code_literals(path)
                    if pattern.search(text)]
    return spelled


def test_no_module_that_reads_spells_a_unit_or_a_counter():
    assert _spellings(_UNIT_SPELLING, _WRITING_ONLY) == []


def test_no_module_that_reads_spells_a_header_word():
    assert _spellings(_HEADER_SPELLING, _WRITING_ONLY) == []


def test_the_checks_find_what_they_look_for():
    """Each pattern finds the spellings it is meant for (a check that finds nothing would pass on anything)."""
    for text in ("円", "千円", "(?:名|人)", "何人", "何(?:人|名)", r"[0-9,]+\s*件", "人|件", "何か所"):
        assert _UNIT_SPELLING.search(text), text
    for text in ("目標値", "決算額", "進捗率が", "実績", "予算|決算|当初", "(目標|実績|現状|基準)値?"):
        assert _HEADER_SPELLING.search(text), text
    for text in ("円滑", "人口", "事業者", "目標を立てる"):
        assert not _UNIT_SPELLING.search(text) and not _HEADER_SPELLING.search(text), text
    # and the vocabulary itself spells them, so the walk above sees literals at all
    assert _spellings(_UNIT_SPELLING, ()) and _spellings(_HEADER_SPELLING, ())
