"""Where the code spells plan vocabulary (eras, money units and counters, header role words) outside ingest/vocab.

Issue 21's rule: an era, a unit or a header word is spelled in exactly one module. This walks every module of
ingest/, assistant/, index/ and ui.py with `ast`, reads its string literals (docstrings left out: they explain,
they do not decide) and counts those that spell a vocabulary word. Prints module -> count per kind, and the total,
for the modules that read (all must be 0) and apart for those that only write what a person reads (WRITING_ONLY).
The patterns and the exempt modules are assistant.testbed.vocab_spellings', which tests/test_vocab_home.py checks.

    python bench/vocab_spellings.py            # the table
    python bench/vocab_spellings.py --list     # every literal found, with its line
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.testbed.vocab_spellings import KINDS, ROOT, WRITING_ONLY, modules, spellings  # noqa: E402


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
