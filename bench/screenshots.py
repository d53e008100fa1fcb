"""Regenerate the README's screenshots (docs/screenshots/*.png) on purpose.

    python bench/screenshots.py

Runs the browser tests that take them with PLAN_ASSISTANT_SCREENSHOTS pointing at docs/screenshots;
an ordinary test run writes its screenshots to a temporary folder and leaves the tree as it was.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "docs" / "screenshots"
TESTS = ("test_two_dev_questions_are_answered_with_citations", "test_clicking_a_citation_shows_its_passage",
         "test_kpi_view_filters_by_area_and_progress", "test_kpi_rows_become_cards",
         "test_uploaded_document_is_indexed_and_found_by_search")


def main() -> int:
    SHOTS.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PLAN_ASSISTANT_SCREENSHOTS": str(SHOTS), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_ui.py",
                           "-k", " or ".join(TESTS)], cwd=ROOT, env=env)
    for shot in sorted(SHOTS.glob("*.png")):
        print(f"{shot.relative_to(ROOT)}  {shot.stat().st_size // 1024} KB")
    return done.returncode


if __name__ == "__main__":
    raise SystemExit(main())
