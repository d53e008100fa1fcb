"""A large spreadsheet against the bundled corpus: index build time of each, in the same run.

    python bench/large_sheet.py [--rows 400] [--columns 185]

Makes a 事務事業評価 workbook (assistant/testbed/made_documents.py: one header row of `columns` labels, one row per
事業, most cells empty), then builds a fresh index of the bundled corpus and a fresh index of a folder
holding only the workbook, with the same embedder and tokenizer, and prints both times and passages."""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.settings import Settings  # noqa: E402
from index.embedders import make_embedder  # noqa: E402
from index.tokenizer import JapaneseTokenizer  # noqa: E402
from index.update import update_index  # noqa: E402
from assistant.testbed.made_documents import make_evaluation_workbook  # noqa: E402


def build(corpus: Path, index_dir: Path, embedder, tokenizer) -> tuple[float, int]:
    started = time.perf_counter()
    report = update_index(corpus, index_dir, embedder, tokenizer)
    assert not report.problems, report.problems
    return time.perf_counter() - started, report.passages


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=400)
    parser.add_argument("--columns", type=int, default=185)
    args = parser.parse_args()
    embedder, tokenizer = make_embedder(Settings().embedder), JapaneseTokenizer()
    embedder.encode_passages(["準備"])   # the model loaded before either build is timed
    work = Path(tempfile.mkdtemp(prefix="plan-assistant-sheet-"))
    try:
        sheet_corpus = work / "sheet"
        sheet_corpus.mkdir()
        book = make_evaluation_workbook(sheet_corpus / "事務事業評価.xlsx", args.rows, args.columns)
        size = book.stat().st_size
        bundled_s, bundled_passages = build(ROOT / "corpus", work / "bundled-index", embedder, tokenizer)
        sheet_s, sheet_passages = build(sheet_corpus, work / "sheet-index", embedder, tokenizer)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"| build | seconds | passages |")
    print("|---|---|---|")
    print(f"| bundled corpus (5 documents) | {bundled_s:.1f} | {bundled_passages} |")
    print(f"| 事務事業評価 workbook ({args.rows} rows × {args.columns} columns, {size / 1e6:.2f} MB) "
          f"| {sheet_s:.1f} | {sheet_passages} |")
    print(f"\nworkbook / bundled: {sheet_s / bundled_s:.1f}×")


if __name__ == "__main__":
    main()
