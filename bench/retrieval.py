"""Benchmark (a script, not a test): retrieval quality per ranking mode, build and update times, latency.

    python bench/retrieval.py [--dev ../shared/eval/dev.jsonl]

Prints one table from one run on this machine.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from assistant.service import Assistant
from assistant.settings import Settings
from index.embedders import make_embedder
from index.search import MODES, HybridSearcher
from index.tokenizer import JapaneseTokenizer
from index.update import update_index
from ingest.text.normalize import comparable
from quantiles import percentile  # bench/quantiles.py (this script's folder is on sys.path)

ROOT = Path(__file__).resolve().parents[1]





def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval" / "dev.jsonl")
    args = parser.parse_args()
    items = [json.loads(line) for line in args.dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    embedder, tokenizer = make_embedder(Settings().embedder), JapaneseTokenizer()
    work = Path(tempfile.mkdtemp())
    corpus, index_dir = work / "corpus", work / "index"
    shutil.copytree(ROOT / "corpus", corpus)
    extra = corpus / "999_added.txt"
    extra.unlink(missing_ok=True)

    t0 = time.perf_counter()
    full = update_index(corpus, index_dir, embedder, tokenizer)
    build_s = time.perf_counter() - t0
    extra.write_text("■ 追加文書\n" + "釧路地域では新たに地域交通の実証実験を行いました。参加者は120名でした。\n" * 20, encoding="utf-8")
    t0 = time.perf_counter()
    added = update_index(corpus, index_dir, embedder, tokenizer)
    add_s = time.perf_counter() - t0
    extra.unlink()
    update_index(corpus, index_dir, embedder, tokenizer)

    searcher = HybridSearcher.open(index_dir, embedder, tokenizer)
    assistant = Assistant(searcher, tokenizer)
    rows = []
    for mode in MODES:
        recall, rr = [], []
        for item in items:
            if not item.get("gold"):
                continue
            hits = searcher.search(item["question"], 10, mode=mode)
            top5 = comparable("".join(h.passage.text for h in hits[:5]))
            recall.append(sum(comparable(g) in top5 for g in item["gold"]) / len(item["gold"]))
            first = next((h.rank for h in hits if any(comparable(g) in comparable(h.passage.text) for g in item["gold"])), None)
            rr.append(1 / first if first else 0.0)
        rows.append((mode, statistics.mean(recall), statistics.mean(rr)))
    search_ms, ask_ms = [], []
    for item in items:
        t0 = time.perf_counter()
        searcher.search(item["question"], 5)
        search_ms.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        assistant.ask(item["question"])
        ask_ms.append((time.perf_counter() - t0) * 1000)

    print(f"corpus: {full.documents} documents, {full.passages} passages; dev questions: {len(items)}")
    print("| ranking | retrieval@5 | MRR@10 |\n|---|---|---|")
    for mode, r5, mrr in rows:
        print(f"| {mode} | {r5:.3f} | {mrr:.3f} |")
    print("\n| measure | value |\n|---|---|")
    print(f"| full index build (read, tokenise, embed {full.passages} passages) | {build_s:.1f} s |")
    print(f"| incremental update, one added document ({added.embedded_passages} passages embedded) | {add_s:.2f} s |")
    print(f"| search latency p50 / p95 | {percentile(search_ms, .5):.1f} / {percentile(search_ms, .95):.1f} ms |")
    print(f"| ask latency p50 / p95 | {percentile(ask_ms, .5):.1f} / {percentile(ask_ms, .95):.1f} ms |")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
