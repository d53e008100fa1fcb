"""What checking a citation costs: reading a PDF's metadata (cover sizes, page labels) during ingest,
and rendering a cited page with the quote boxed (the source panel's wait), on made PDFs of 4-60 pages.

    PYTHONPATH=. python bench/citations.py
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.page_image import render_page  # noqa: E402
from bench.quantiles import percentile  # noqa: E402
from ingest.pipeline import ingest_file  # noqa: E402
from assistant.testbed.made_documents import BODY_FACT, make_plan_pdf  # noqa: E402


def main() -> None:
    print("| pages | ingest (s) | title found | page image p50 (ms) | p90 (ms) | PNG (KB) |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp)
        for pages in (4, 20, 60):
            pdf = make_plan_pdf(corpus / f"plan{pages}.pdf", pages=pages)
            started = time.perf_counter()
            document = ingest_file(pdf, corpus).document
            ingest_s = time.perf_counter() - started
            times, size = [], 0
            for _ in range(10):
                started = time.perf_counter()
                image = render_page(pdf, 3, [BODY_FACT])
                times.append((time.perf_counter() - started) * 1000)
                size = len(image.png)
            print(f"| {pages} | {ingest_s:.2f} | {bool(document.title)} | {percentile(times, 0.5):.0f} | "
                  f"{percentile(times, 0.9):.0f} | {size / 1024:.0f} |")


if __name__ == "__main__":
    main()
