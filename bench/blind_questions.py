"""Benchmark (a script, not a test): a blind question set, scored by the shared evaluation scorer.

    python bench/blind_questions.py [SCORER] [--set blind|blind2|...|blind23] [--work DIR] [--flat] [--cmd CMD]

Writes the documents of the set (`--set blind`, the default: assistant/testbed/make_blind.py;
`--set blindN` (N = 2 to 17): assistant/testbed/make_blindN.py, sets nobody tunes to;
all in layouts
the extractor was not designed for, answers written by hand) into `<work>/corpus/<set>/`, beside a
copy of the bundled corpus (`--flat`: into the corpus root, beside the bundled documents), and runs
SCORER (default ../shared/eval/score.py, the scorer of shared/eval/README.md) on the set's
questions.jsonl with `--verbose`; its output is printed as it comes. The scorer's path is an
argument because a fresh clone has no ../shared. `--work` keeps the corpus and its index between
runs (the index is only rebuilt when the corpus or ingest changes); without it a temporary folder
is used and removed.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "tests" / "fixtures" / "blind"
sys.path.insert(0, str(ROOT))

from assistant.testbed.make_blind import make_all  # noqa: E402
from assistant.testbed.make_blind2 import make_all as make_all_blind2  # noqa: E402
from assistant.testbed.make_blind3 import make_all as make_all_blind3  # noqa: E402
from assistant.testbed.make_blind4 import make_all as make_all_blind4  # noqa: E402
from assistant.testbed.make_blind5 import make_all as make_all_blind5  # noqa: E402
from assistant.testbed.make_blind6 import make_all as make_all_blind6  # noqa: E402
from assistant.testbed.make_blind7 import make_all as make_all_blind7  # noqa: E402
from assistant.testbed.make_blind8 import make_all as make_all_blind8  # noqa: E402
from assistant.testbed.make_blind9 import make_all as make_all_blind9  # noqa: E402
from assistant.testbed.make_blind10 import make_all as make_all_blind10  # noqa: E402
from assistant.testbed.make_blind11 import make_all as make_all_blind11  # noqa: E402
from assistant.testbed.make_blind12 import make_all as make_all_blind12  # noqa: E402
from assistant.testbed.make_blind13 import make_all as make_all_blind13  # noqa: E402
from assistant.testbed.make_blind14 import make_all as make_all_blind14  # noqa: E402
from assistant.testbed.make_blind15 import make_all as make_all_blind15  # noqa: E402
from assistant.testbed.make_blind16 import make_all as make_all_blind16  # noqa: E402
from assistant.testbed.make_blind17 import make_all as make_all_blind17  # noqa: E402
from assistant.testbed.make_blind18 import make_all as make_all_blind18  # noqa: E402
from assistant.testbed.make_blind19 import make_all as make_all_blind19  # noqa: E402
from assistant.testbed.make_blind20 import make_all as make_all_blind20  # noqa: E402
from assistant.testbed.make_blind21 import make_all as make_all_blind21  # noqa: E402
from assistant.testbed.make_blind22 import make_all as make_all_blind22  # noqa: E402
from assistant.testbed.make_blind23 import make_all as make_all_blind23  # noqa: E402

# Each set: its fixture folder (questions.jsonl) and the function that writes its documents.
SETS = {"blind": (BLIND, make_all), "blind2": (ROOT / "tests" / "fixtures" / "blind2", make_all_blind2),
        "blind3": (ROOT / "tests" / "fixtures" / "blind3", make_all_blind3),
        "blind4": (ROOT / "tests" / "fixtures" / "blind4", make_all_blind4),
        "blind5": (ROOT / "tests" / "fixtures" / "blind5", make_all_blind5),
        "blind6": (ROOT / "tests" / "fixtures" / "blind6", make_all_blind6),
        "blind7": (ROOT / "tests" / "fixtures" / "blind7", make_all_blind7),
        "blind8": (ROOT / "tests" / "fixtures" / "blind8", make_all_blind8),
        "blind9": (ROOT / "tests" / "fixtures" / "blind9", make_all_blind9),
        "blind10": (ROOT / "tests" / "fixtures" / "blind10", make_all_blind10),
        "blind11": (ROOT / "tests" / "fixtures" / "blind11", make_all_blind11),
        "blind12": (ROOT / "tests" / "fixtures" / "blind12", make_all_blind12),
        "blind13": (ROOT / "tests" / "fixtures" / "blind13", make_all_blind13),
        "blind14": (ROOT / "tests" / "fixtures" / "blind14", make_all_blind14),

        "blind15": (ROOT / "tests" / "fixtures" / "blind15", make_all_blind15),
        "blind16": (ROOT / "tests" / "fixtures" / "blind16", make_all_blind16),
        "blind17": (ROOT / "tests" / "fixtures" / "blind17", make_all_blind17),
        "blind18": (ROOT / "tests" / "fixtures" / "blind18", make_all_blind18),
        "blind19": (ROOT / "tests" / "fixtures" / "blind19", make_all_blind19),
        "blind20": (ROOT / "tests" / "fixtures" / "blind20", make_all_blind20),
        "blind21": (ROOT / "tests" / "fixtures" / "blind21", make_all_blind21),
        "blind22": (ROOT / "tests" / "fixtures" / "blind22", make_all_blind22),
        "blind23": (ROOT / "tests" / "fixtures" / "blind23", make_all_blind23)}


def build_corpus(work: Path, folder: str = "blind", make=make_all) -> Path:
    """The bundled corpus plus the documents `make` writes, under `folder` (the corpus root when empty),
    rewritten only where they changed."""
    corpus = work / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    for path in sorted((ROOT / "corpus").iterdir()):
        if path.is_file() and path.suffix in (".txt", ".md") and path.name != "README.md":
            target = corpus / path.name
            if not target.exists() or target.read_bytes() != path.read_bytes():
                shutil.copy2(path, target)
    fresh = Path(tempfile.mkdtemp())
    try:
        for made in make(fresh):
            target = corpus / folder / made.name
            target.parent.mkdir(exist_ok=True)
            # Generated binaries differ in their timestamps; replace a file only when its text did.
            if not target.exists() or _stable(target) != _stable(made):
                shutil.copy2(made, target)
    finally:
        shutil.rmtree(fresh)
    return corpus


def _stable(path: Path) -> bytes:
    """A file's bytes without the creation dates a generator writes (PDF, DOCX/XLSX zip metadata)."""
    data = path.read_bytes()
    if path.suffix == ".pdf":
        import re
        return re.sub(rb"/(CreationDate|ModDate|ID) *(\([^)]*\)|\[[^\]]*\])", b"", data)
    if path.suffix in (".docx", ".xlsx"):
        import io
        import zipfile
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return b"".join(z.read(n) for n in sorted(z.namelist()) if not n.startswith("docProps/"))
    return data


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scorer", nargs="?", default=str(ROOT.parent / "shared" / "eval" / "score.py"),
                        help="path of score.py (default ../shared/eval/score.py)")
    parser.add_argument("--set", dest="question_set", choices=sorted(SETS), default="blind",
                        help="which blind set: blind (default), blind2 to blind15")
    parser.add_argument("--work", help="folder for the corpus and index, kept between runs")
    parser.add_argument("--flat", action="store_true",
                        help="put the set's documents in the corpus root instead of corpus/<set>/")
    parser.add_argument("--cmd", help="the project's command (default: plan-assistant beside this Python)")
    args = parser.parse_args()
    scorer = Path(args.scorer)
    if not scorer.is_file():
        print(f"採点スクリプトが見つかりません: {scorer}（score.py のパスを引数で指定してください）", file=sys.stderr)
        return 2
    local = Path(sys.executable).parent / "plan-assistant"
    cmd = args.cmd or (str(local) if local.exists() else "plan-assistant")
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="blind-"))
    try:
        fixtures, make = SETS[args.question_set]
        corpus = build_corpus(work, "" if args.flat else args.question_set, make)
        env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        run = [sys.executable, str(scorer), str(fixtures / "questions.jsonl"), "--cmd", cmd,
               "--corpus", str(corpus), "--index", str(work / "index"), "--verbose"]
        return subprocess.run(run, cwd=ROOT, env=env).returncode
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
