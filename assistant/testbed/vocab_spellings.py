"""Where the code spells plan vocabulary (eras, units and counters, header words) outside ingest/vocab: the patterns
that count as spelling each kind, the modules allowed to (each with its reason), and the walk over the string
literals of ingest/, assistant/, index/ and ui.py (docstrings left out: they explain, they do not decide). Issue 21's
rule, checked by tests/test_vocab_home.py and printed by bench/vocab_spellings.py from this one place."""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AREAS = ("ingest", "assistant", "index", "ui.py")
HOME = "ingest/vocab/"

# What counts as spelling each kind, in a literal or a regex literal.
KINDS: dict[str, re.Pattern] = {
    # an era name, 元年, or an era letter as a pattern spells it (「[RH]」, 「R|H」, 「(?:R」)
    "era": re.compile(r"令和|平成|昭和|大正|明治|元年|\[RHS?\]|R\|H|\(\?:R|\bRH\b|^[RHS]$"),
    # a unit or counter as code spells it to read: 「円」, 「千人」, an alternation member 「|人|」 「(?:件|」, a
    # question's 「何人」 「何(?:名|」, a number's counter 「\\s*件」
    "unit": re.compile(r"(?<!滑)円(?!滑)|千人|万人|(?:^|[|\[(])(?:人|件|名|世帯|か所|箇所)(?:$|[|\])?])"
                       r"|何\s*(?:\(\?:)?(?:人|名|件|社|校|か所|箇所)|\\s\*(?:\(\?:)?(?:人|名|件|社|校|か所|箇所)"),
    # a value column's name (「目標値」, 「決算額」, 「進捗率」), or an attribute word alone or in an alternation
    "header": re.compile(r"目標値|基準値|実績値|現状値|現在値|直近値|策定時|当初予算|補正予算|決算額|予算額|予算現額|"
                         r"事業費|進捗率|達成率|計画額|"
                         r"(?:^|\|)(?:目標|実績|基準|現状|現況|当初|補正|決算|予算)(?:$|\|)"),
}
# Modules that only write what a person reads (column titles, help texts, example questions, messages, progress bars)
# or generate test documents: they never read a document or a question with these words, so they may spell units
# and header words.
WRITING_ONLY: dict[str, str] = {
    "assistant/testbed/": "generates the fixture and blind documents (document text, not code that reads it)",
    "assistant/page/": "the web page: labels, placeholders and example questions a person reads",
    "assistant/cli.py": "help texts and sheet names of the CLI",
    "assistant/exports.py": "column titles of the CSV/XLSX exports",
    "assistant/html_views.py": "column titles and texts of the HTML views",
    "assistant/examples.py": "example questions shown on the page",
    "assistant/messages.py": "the texts of the answers' messages (what a question is read with comes from ingest/vocab)",
    "assistant/tables.py": "sort names and filter descriptions shown beside the KPI view",
    "assistant/progress.py": "the unit of a progress bar",
}
# An era may be written by fewer: the page's help text (an example date for the metadata form: it shows, never
# reads) and the test bed's generated documents.
ERA_WRITING_ONLY = ("assistant/testbed/", "assistant/page/")


def code_literals(path: Path) -> list[tuple[int, str]]:
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


def modules() -> list[Path]:
    """Every module of the areas, outside the vocabulary's home."""
    out = []
    for area in AREAS:
        p = ROOT / area
        out += [p] if p.is_file() else sorted(p.rglob("*.py"))
    return [m for m in out if not m.relative_to(ROOT).as_posix().startswith(HOME)]


def allowed(module: str, kind: str) -> bool:
    """Whether `module` (a path relative to the root) may spell `kind`."""
    return module.startswith(ERA_WRITING_ONLY if kind == "era" else tuple(WRITING_ONLY))


def spellings(path: Path, patterns: dict[str, re.Pattern] = KINDS) -> list[tuple[str, int, str]]:
    """(kind, line, literal) for each vocabulary spelling in the module at `path`."""
    return [(kind, line, text) for line, text in code_literals(path)
            for kind, pattern in patterns.items() if pattern.search(text)]


def misplaced(kind: str) -> list[str]:
    """「module:line 'literal'」 for each spelling of `kind` in a module not allowed to spell it."""
    out = []
    for path in modules():
        name = path.relative_to(ROOT).as_posix()
        if not allowed(name, kind):
            out += [f"{name}:{line} {text[:40]!r}" for _, line, text in spellings(path, {kind: KINDS[kind]})]
    return out
