"""One process-wide budget of CPU threads for embedding, BM25 and FAISS.

The machine this runs on has few cores (2 is the design point) shared by everything the process
does: questions (query embedding, BM25 scoring, FAISS search) and an index update (passage
embedding). Libraries that each start a thread per core (OpenMP in torch and FAISS, BLAS) and run
at the same time oversubscribe the cores, and spinning OpenMP threads then wait on each other:
a search measured at 10 ms alone took 150-270 ms beside two busy processes.

So every library runs single-threaded inside (`configure_threads` sets torch, FAISS and BLAS to one
thread, at start-up, not at import), and parallelism comes from running up to `threads` pieces of
work at once, each holding one slot of a `CpuGate`:

- a question holds one slot for its whole search; questions go first;
- background work (the update's embedding, in small chunks) takes a slot only when no question is
  waiting, and leaves one slot free for questions while any question came in the last
  `question_grace` seconds. A question thus waits at most for one small chunk, never behind an update;
- so that questions without pause cannot stop an update, background work that has waited
  `starvation_limit` seconds takes the next free slot (one at a time).
"""
from __future__ import annotations

import os
import threading
import time
from contextlib import contextmanager
from typing import Iterator


def available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:      # not Linux
        return max(1, os.cpu_count() or 1)


class CpuGate:
    """`threads` slots of CPU work; questions before background work (see the module docstring)."""

    def __init__(self, threads: int, question_grace: float = 1.0, starvation_limit: float = 0.5):
        self.threads = max(1, threads)
        self._grace = question_grace
        self._starvation_limit = starvation_limit
        self._cond = threading.Condition()
        self._busy = 0                 # slots held
        self._background = 0           # of which by background work
        self._waiting_questions = 0
        self._last_question = float("-inf")

    @contextmanager
    def question(self) -> Iterator[None]:
        with self._cond:
            self._waiting_questions += 1
            self._last_question = time.monotonic()
            while self._busy >= self.threads:
                self._cond.wait()
            self._waiting_questions -= 1
            self._busy += 1
        try:
            yield
        finally:
            with self._cond:
                self._busy -= 1
                self._last_question = time.monotonic()
                self._cond.notify_all()

    def _background_may_start(self, waited: float) -> bool:
        if self._busy >= self.threads:
            return False
        if waited >= self._starvation_limit and self._background == 0:
            return True
        if self._waiting_questions:
            return False
        recent_question = time.monotonic() - self._last_question < self._grace
        reserve = 1 if recent_question and self.threads > 1 else 0
        return self._background < self.threads - reserve

    @contextmanager
    def background(self) -> Iterator[None]:
        with self._cond:
            since = time.monotonic()
            while not self._background_may_start(time.monotonic() - since):
                self._cond.wait(timeout=0.05)   # grace and starvation periods end without a notify
            self._busy += 1
            self._background += 1
        try:
            yield
        finally:
            with self._cond:
                self._busy -= 1
                self._background -= 1
                self._cond.notify_all()


_gate: CpuGate | None = None
_lock = threading.Lock()


def configure_threads(threads: int = 0) -> CpuGate:
    """Set every library to one thread and make the process's gate with `threads` slots (0: all cores).

    Called once at start-up (CLI, web page, bench); `cpu_gate()` calls it with the default if nobody did.
    """
    global _gate
    with _lock:
        count = threads if threads > 0 else available_cores()
        _single_threaded_libraries()
        _gate = CpuGate(count)
        return _gate


def cpu_gate() -> CpuGate:
    """The process's gate (configured with all cores when start-up did not configure it)."""
    return _gate if _gate is not None else configure_threads(0)


def _single_threaded_libraries() -> None:
    try:
        import torch

        torch.set_num_threads(1)
        try:
            torch.set_num_interop_threads(1)
        except RuntimeError:          # only settable before the first parallel work; harmless then
            pass
    except ImportError:
        pass
    try:
        import faiss

        faiss.omp_set_num_threads(1)
    except ImportError:
        pass
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except ImportError:
        pass
