"""Where the code spells plan vocabulary (eras, money units and counters, header role words) outside ingest/vocab.

Issue 21's rule: an era, a unit or a header word is spelled in exactly one module. This walks every module of
ingest/, assistant/, index/ and ui.py with `ast`, reads its string literals (docstrings left out: they explain,
they do not decide) and counts those that spell a vocabulary word. Prints module -> count per kind, and the total,
for the modules that read (all must be 0) and apart for those that only write what a person reads (WRITING_ONLY).

    python bench/vocab_spellings.py            # the table
    python bench/vocab_spellings.py --list     # every literal found, with its line
"""
from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AREAS = ("ingest", "assistant", "index", "ui.py")
HOME = "ingest/vocab/"

# what counts as spelling each kind (in a literal or a regex literal); tests/test_vocab_home.py holds the same
# patterns and exemptions (bench/ and tests/ do not import each other)
KINDS: dict[str, re.Pattern] = {
    "era": re.compile(r"令和|平成|昭和|元年|\[RHS?\]|R\|H|\(\?:R|\bRH\b|^[RHS]$"),
    "unit": re.compile(r"(?<!滑)円(?!滑)|千人|万人|(?:^|[|\[(])(?:人|件|名|世帯|か所|箇所)(?:$|[|\])?])"
                       r"|何\s*(?:\(\?:)?(?:人|名|件|社|校|か所|箇所)|\\s\*(?:\(\?:)?(?:人|名|件|社|校|か所|箇所)"),
    "header": re.compile(r"目標値|基準値|実績値|現状値|現在値|直近値|策定時|当初予算|補正予算|決算額|予算額|予算現額|"
                         r"事業費|進捗率|達成率|計画額|"
                         r"^(?:目標|実績|基準|現状|当初|補正|決算|予算)$|(?:^|\|)(?:目標|実績|基準|現状|現況|当初|補正|決算|予算)(?:$|\|)"),
}
# Modules that only write what a person reads (column titles, help texts, example questions, messages, progress bars)
# or generate test documents: they never read a document or a question with these words, so they may spell them.
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


def _docstring_nodes(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = getattr(node, "body", [])
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                    and isinstance(body[0].value.value, str):
                ids.add(id(body[0].value))
    return ids


def spellings(path: Path) -> list[tuple[str, int, str]]:
    """(kind, line, literal) for each vocabulary spelling in the module at `path`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstring_nodes(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            for kind, pattern in KINDS.items():
                if pattern.search(node.value):
                    found.append((kind, node.lineno, node.value))
    return found


def modules() -> list[Path]:
    out = []
    for area in AREAS:
        p = ROOT / area
        out += [p] if p.is_file() else sorted(p.rglob("*.py"))
    return [m for m in out if not m.relative_to(ROOT).as_posix().startswith(HOME)]


def writing_only(module: str) -> bool:
    """True when `module` (a path relative to the root) is one of WRITING_ONLY."""
    return module.startswith(tuple(WRITING_ONLY))


def table() -> dict[str, dict[str, int]]:
    """module -> kind -> count of spellings outside the vocabulary's home."""
    rows = {}
    for m in modules():
        found = spellings(m)
        if found:
            counts = {k: 0 for k in KINDS}
            for kind, _, _ in found:
                counts[kind] += 1
            rows[m.relative_to(ROOT).as_posix()] = counts
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true", help="print every literal found")
    args = ap.parse_args()
    if args.list:
        for m in modules():
            for kind, line, text in spellings(m):
                print(f"{m.relative_to(ROOT).as_posix()}:{line}\t{kind}\t{text[:90]!r}")
        return
    rows = table()
    for title, keep in (("reading modules (must be 0)", False), ("writing-only modules (exempt)", True)):
        chosen = {name: counts for name, counts in rows.items() if writing_only(name) == keep}
        print(f"{title:40} " + " ".join(f"{k:>6}" for k in KINDS))
        totals = {k: 0 for k in KINDS}
        for name, counts in sorted(chosen.items()):
            print(f"{name:40} " + " ".join(f"{counts[k]:6d}" for k in KINDS))
            for k in KINDS:
                totals[k] += counts[k]
        print(f"{'TOTAL (' + str(len(chosen)) + ' modules)':40} " + " ".join(f"{totals[k]:6d}" for k in KINDS) + "\n")
    for prefix, why in WRITING_ONLY.items():
        print(f"exempt: {prefix:28} {why}")


if __name__ == "__main__":
    main()
