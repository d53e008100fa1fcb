"""A page left running: loading index generations in fresh threads (the background reload) must not
grow the process's memory each time."""
from __future__ import annotations

import gc
import threading
from pathlib import Path

from assistant.service import Assistant
from index.tokenizer import JapaneseTokenizer


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def test_opening_generations_in_fresh_threads_keeps_memory_flat(corpus_index, embedder):
    """Each reload runs in a thread of its own; opening a generation tokenises every document's records.
    A MeCab tagger per thread kept ~90 MB per reload (2.5 GB -> 3.2 GB over six updates on the page)."""
    tokenizer = JapaneseTokenizer()
    loaded = {}

    def reload() -> None:
        loaded["assistant"] = Assistant.open(corpus_index, embedder, tokenizer)

    figures = []
    for _ in range(4):
        thread = threading.Thread(target=reload)
        thread.start()
        thread.join()
        assert loaded["assistant"].ask("観光入込客数（釧路）の目標値は？").found
        gc.collect()
        figures.append(_rss_mb())
    assert figures[-1] - figures[0] < 30, f"RSS per generation (MB): {[round(f) for f in figures]}"
