"""The index a long-running server answers from, swapped for the new generation after an update.

Questions keep being answered from the loaded generation while an update builds the next one;
the swap is one reference assignment, so a question sees either the old or the new index whole.
"""
from __future__ import annotations

import threading
from pathlib import Path

from assistant.service import Assistant
from assistant.settings import Settings
from index.embedders import Embedder
from index.tokenizer import JapaneseTokenizer
from index.update import Progress, UpdateReport, needs_update, update_index


class LiveIndex:
    def __init__(self, settings: Settings, embedder: Embedder, tokenizer: JapaneseTokenizer):
        self.settings, self.embedder, self.tokenizer = settings, embedder, tokenizer
        self.index_dir: Path = settings.resolved_index_dir()
        self._assistant: Assistant | None = None
        self._reload_lock = threading.Lock()

    def open(self, progress: Progress | None = None) -> UpdateReport | None:
        """Build or update the index when the corpus changed (first use), then load it."""
        report = None
        if needs_update(self.settings.corpus_dir, self.index_dir):
            report = update_index(self.settings.corpus_dir, self.index_dir, self.embedder, self.tokenizer,
                                  progress=progress, lock_wait=3600, limits=self.settings.ingest_limits())
        self.reload()
        return report

    def reload(self) -> None:
        fresh = Assistant.open(self.index_dir, self.embedder, self.tokenizer, search_depth=self.settings.search_depth,
                               max_question_chars=self.settings.max_question_chars)
        with self._reload_lock:
            self._assistant = fresh

    @property
    def assistant(self) -> Assistant:
        if self._assistant is None:
            self.reload()
        return self._assistant

    def update(self, progress: Progress | None = None) -> UpdateReport:
        """An incremental update of the corpus; raises UpdateBusy when another one is running."""
        report = update_index(self.settings.corpus_dir, self.index_dir, self.embedder, self.tokenizer,
                              progress=progress, lock_wait=0, limits=self.settings.ingest_limits())
        if report.published:
            self.reload()
        return report
