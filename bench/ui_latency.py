"""Time from pressing 質問する to the answer shown, in real headless Chromium, over the dev questions.

    python bench/ui_latency.py [--rounds 3]

Serves the bundled corpus (its index is built first if needed) on a free port; each question is asked
in a fresh conversation, so follow-up rewriting does not change it. Prints one table.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import ui  # noqa: E402
from assistant.live import LiveIndex  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from index.embedders import make_embedder  # noqa: E402
from index.tokenizer import JapaneseTokenizer  # noqa: E402
from quantiles import percentile  # noqa: E402  (bench/quantiles.py)
from workload import dev_questions  # noqa: E402  (bench/workload.py)
from assistant.testbed.browser import chromium, free_port  # noqa: E402





def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    questions = dev_questions()
    settings = Settings(corpus_dir=ROOT / "corpus", port=free_port())
    live = LiveIndex(settings, make_embedder(settings.embedder), JapaneseTokenizer())
    live.open()
    app = ui.serve(live, settings, block=False)
    times: list[float] = []
    try:
        with chromium() as browser:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(app.local_url)
            page.wait_for_selector("#pa-question textarea")
            for _ in range(args.rounds):
                for question in questions:
                    page.get_by_role("button", name="新しい会話").click()
                    page.wait_for_selector(".pa-empty")
                    page.fill("#pa-question textarea", question)
                    started = time.perf_counter()
                    page.click("#pa-send")
                    page.wait_for_selector(".pa-turn[data-turn='0'] .pa-answer", timeout=60_000)
                    times.append((time.perf_counter() - started) * 1000)
    finally:
        app.close()
    print(f"| measure ({len(questions)} dev questions × {args.rounds} rounds, headless Chromium) | ms |")
    print("|---|---|")
    print(f"| submit → answer shown, p50 | {statistics.median(times):.0f} |")
    print(f"| submit → answer shown, p95 | {percentile(times, 0.95):.0f} |")
    print(f"| submit → answer shown, max | {max(times):.0f} |")


if __name__ == "__main__":
    main()
