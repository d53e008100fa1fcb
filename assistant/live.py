"""The index a long-running server answers from, swapped for the new generation after an update.

Questions keep being answered from the loaded generation while an update builds the next one;
the swap is one reference assignment, so a question sees either the old or the new index whole.
"""
from __future__ import annotations

import threading
import time
from pathlib import Path

from assistant.service import Assistant
from assistant.settings import Settings
from index.embedders import Embedder
from index.errors import IndexError_, IndexIncompatible, IndexWriteFailed
from index.store import SegmentCache, current_generation
from index.tokenizer import JapaneseTokenizer
from index.update import Progress, UpdateReport, needs_update, update_index


CHECK_SECONDS = 2.0


class LiveIndex:
    def __init__(self, settings: Settings, embedder: Embedder, tokenizer: JapaneseTokenizer):
        self.settings, self.embedder, self.tokenizer = settings, embedder, tokenizer
        self.index_dir: Path = settings.resolved_index_dir()
        self._assistant: Assistant | None = None
        self._generation: Path | None = None
        self._checked = 0.0
        self._reload_lock = threading.Lock()
        self._segments = SegmentCache()   # segments never change: a new generation opens only its new ones
        self.write_problem = ""           # why the index could not be brought up to date at start (Japanese), or ""

    def open(self, progress: Progress | None = None) -> UpdateReport | None:
        """Build or update the index when the corpus changed (first use), then load it. When the index folder
        cannot be written (full, read-only) and an index is there, that index is loaded and `write_problem`
        says why it is not up to date."""
        report = None
        self.write_problem = ""
        if needs_update(self.settings.corpus_dir, self.index_dir):
            try:
                report = self._update_index(progress, lock_wait=3600)
            except IndexWriteFailed as exc:
                if current_generation(self.index_dir) is None:
                    raise
                self.write_problem = str(exc)
        try:
            self.reload()
        except IndexIncompatible:  # a damaged file: rebuild from the corpus (the report says why)
            report = self._update_index(progress, lock_wait=3600, rebuild=True)
            self.reload()
        return report

    def _update_index(self, progress: Progress | None, lock_wait: float, rebuild: bool = False,
                      reread: frozenset[str] = frozenset()) -> UpdateReport:
        return update_index(self.settings.corpus_dir, self.index_dir, self.embedder, self.tokenizer, rebuild=rebuild,
                            progress=progress, lock_wait=lock_wait, limits=self.settings.ingest_limits(), reread=reread)

    def reload(self) -> None:
        with self._reload_lock:
            self._load()

    def _load(self) -> None:
        generation = current_generation(self.index_dir)
        fresh = Assistant.open(self.index_dir, self.embedder, self.tokenizer, cache=self._segments,
                               search_depth=self.settings.search_depth,
                               max_question_chars=self.settings.max_question_chars)
        self._assistant, self._generation = fresh, generation
        self._checked = time.monotonic()

    @property
    def assistant(self) -> Assistant:
        """The loaded index; a generation published by someone else (the CLI) is picked up within seconds."""
        if self._assistant is None:
            self.reload()
        elif time.monotonic() - self._checked > CHECK_SECONDS:
            self._checked = time.monotonic()
            if current_generation(self.index_dir) != self._generation:
                threading.Thread(target=self._reload_in_background, daemon=True).start()
        return self._assistant

    def _reload_in_background(self) -> None:
        """Questions meanwhile are answered from the loaded generation; one reload at a time."""
        if not self._reload_lock.acquire(blocking=False):
            return
        try:
            self._load()
        except IndexError_:
            pass  # a broken new generation: keep answering from the loaded one
        finally:
            self._reload_lock.release()

    def update(self, progress: Progress | None = None, reread: frozenset[str] = frozenset()) -> UpdateReport:
        """An incremental update of the corpus (`reread`: documents to read again although unchanged);
        raises UpdateBusy when another one is running."""
        report = self._update_index(progress, lock_wait=0, reread=reread)
        if report.published:
            self.reload()
        return report
