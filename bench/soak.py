"""The page left running while the index follows daily updates: RSS per index generation.

    python bench/soak.py [--generations 50] [--questions 3]

Copies the bundled corpus into a temporary folder and opens it as the page does (assistant/live.py);
then, for each generation, a small update is published from outside the page (one short document
added or changed, as `plan-assistant index` run by cron would), the page picks it up in its background
reload (a fresh thread, as on the page), and a few dev questions are asked. Prints one line per
generation (RSS after its questions) and the growth from the first generation to the last.
"""
from __future__ import annotations

import argparse
import gc
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.live import LiveIndex  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from index.embedders import make_embedder  # noqa: E402
from index.store import current_generation  # noqa: E402
from index.tokenizer import JapaneseTokenizer  # noqa: E402
from index.update import update_index  # noqa: E402
from workload import dev_questions, rss_mb  # noqa: E402  (bench/workload.py)


def small_update(corpus: Path, generation: int) -> None:
    """One short document added or changed: the kind of update an office makes every day."""
    (corpus / f"notice-{generation % 5}.txt").write_text(
        f"■ お知らせ {generation}\n第{generation}回の地域づくり会議を開催し、{generation + 10}団体が参加しました。\n",
        encoding="utf-8")


def wait_for_reload(live: LiveIndex, generation: Path, timeout: float = 120.0) -> None:
    """Ask the page's index until its background reload has loaded `generation`."""
    deadline = time.monotonic() + timeout
    while live._generation != generation:
        live._checked = 0.0          # as if CHECK_SECONDS had passed since the last question
        live.assistant               # starts the background reload thread when the generation changed
        for thread in threading.enumerate():
            if thread is not threading.current_thread() and thread.daemon and "_reload_in_background" in thread.name:
                thread.join()
        if time.monotonic() > deadline:
            raise SystemExit(f"generation {generation.name} was not loaded within {timeout:.0f} s")
        time.sleep(0.05)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--generations", type=int, default=50)
    parser.add_argument("--questions", type=int, default=3, help="dev questions asked after each generation")
    args = parser.parse_args()
    questions = dev_questions()
    work = Path(tempfile.mkdtemp(prefix="plan-assistant-soak-"))
    try:
        corpus = work / "corpus"
        shutil.copytree(ROOT / "corpus", corpus)
        settings = Settings(corpus_dir=corpus, index_dir=work / "index")
        embedder, tokenizer = make_embedder(settings.embedder), JapaneseTokenizer()
        live = LiveIndex(settings, embedder, tokenizer)
        live.open()
        outside = JapaneseTokenizer()   # the updater's own tokenizer, as a separate `plan-assistant index` has
        figures = []
        print("| generation | RSS MB |")
        print("|---|---|")
        for generation in range(1, args.generations + 1):
            small_update(corpus, generation)
            update_index(corpus, settings.index_dir, embedder, outside, lock_wait=60)
            wait_for_reload(live, current_generation(settings.index_dir))
            for i in range(args.questions):
                live.assistant.ask(questions[(generation * args.questions + i) % len(questions)])
            gc.collect()
            figures.append(rss_mb())
            print(f"| {generation} | {figures[-1]:.0f} |", flush=True)
        growth = (figures[-1] - figures[0]) / figures[0] * 100
        print(f"\nRSS after generation 1: {figures[0]:.0f} MB; after {len(figures)}: {figures[-1]:.0f} MB "
              f"({growth:+.1f} %)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
