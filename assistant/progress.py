"""A progress bar on stderr for index builds started from a terminal (the CLI and `python ui.py`)."""
from __future__ import annotations

import sys


def progress_bar():
    """A `progress(done, total, label)` callback drawing one tqdm bar on stderr (stdout stays machine-readable)."""
    from tqdm import tqdm

    bar = None

    def progress(done: int, total: int, label: str) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(total=total, desc=label, unit="件", file=sys.stderr, leave=False)
        bar.update(done - bar.n)
        if done >= total:
            bar.close()
    return progress
