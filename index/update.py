"""Incremental index updates: only new or changed documents are read and embedded.

Removed documents disappear; a different embedder forces a full rebuild (said in the report);
a file that cannot be read is reported by name and, if an earlier version was indexed, that
version stays. One update at a time (a lock file); the new generation is published atomically.
"""
from __future__ import annotations

import fcntl
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from index.embedders import Embedder
from index.errors import IndexIncompatible, UpdateBusy
from index.store import IndexData, current_generation, load_generation, verified_manifest, write_generation
from index.tokenizer import TOKENIZER_VERSION, JapaneseTokenizer
from ingest.errors import IngestError
from ingest.pipeline import INGEST_VERSION, file_hash
from ingest.sandbox import IngestLimits, ingest_bounded
from ingest.readers import SUPPORTED_SUFFIXES

SKIPPED_NAMES = {"readme.md", "readme.txt"}
Progress = Callable[[int, int, str], None]


@dataclass
class UpdateReport:
    """What an update did, for the CLI and the UI."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    documents: int = 0
    passages: int = 0
    embedded_passages: int = 0
    problems: list[tuple[str, str]] = field(default_factory=list)
    full_rebuild_reason: str = ""
    published: bool = False
    retokenized: bool = False
    seconds: float = 0.0

    def lines(self) -> list[str]:
        out = []
        if self.full_rebuild_reason:
            out.append(f"全体を作り直しました: {self.full_rebuild_reason}")
        out.append(f"追加 {len(self.added)} 件、変更 {len(self.changed)} 件、削除 {len(self.removed)} 件、"
                   f"変更なし {self.unchanged} 件（文書 {self.documents} 件、パッセージ {self.passages} 件、"
                   f"新たに埋め込み {self.embedded_passages} 件、{self.seconds:.1f} 秒）")
        for name in self.added:
            out.append(f"  追加: {name}")
        for name in self.changed:
            out.append(f"  変更: {name}")
        for name in self.removed:
            out.append(f"  削除: {name}")
        for name, reason in self.problems:
            out.append(f"  問題: {name} — {reason}")
        return out


def corpus_files(corpus_dir: Path) -> list[Path]:
    """Every file under the corpus, except hidden files and the corpus README."""
    files = []
    for path in sorted(corpus_dir.rglob("*")):
        rel = path.relative_to(corpus_dir)
        if not path.is_file() or any(part.startswith(".") for part in rel.parts):
            continue
        if len(rel.parts) == 1 and path.name.lower() in SKIPPED_NAMES:
            continue
        files.append(path)
    return files


@contextmanager
def update_lock(index_dir: Path, wait_seconds: float) -> Iterator[None]:
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / "LOCK", "w") as handle:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise UpdateBusy("別の索引更新が実行中です。終わってからもう一度実行してください。") from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def needs_update(corpus_dir: Path, index_dir: Path) -> bool:
    """True when the corpus differs from the published index (by content hash)."""
    generation = current_generation(index_dir)
    if generation is None:
        return True
    try:  # the manifest says it all; the passages and vectors are loaded once, by the reader
        _, manifest = verified_manifest(index_dir)
    except IndexIncompatible:
        return True
    if manifest.get("tokenizer") != TOKENIZER_VERSION or manifest.get("ingest_version") != INGEST_VERSION:
        return True
    current = {p.relative_to(corpus_dir).as_posix(): p for p in corpus_files(corpus_dir)}
    known = {doc: entry["content_hash"] for doc, entry in manifest["documents"].items()}
    reported = {x["doc"]: x.get("hash", "") for x in manifest.get("problems", [])}
    for doc, path in current.items():
        digest = file_hash(path)
        if known.get(doc) != digest and reported.get(doc) != digest:
            return True
    return any(doc not in current for doc in known)


def update_index(corpus_dir: Path, index_dir: Path, embedder: Embedder, tokenizer: JapaneseTokenizer,
                 rebuild: bool = False, progress: Progress | None = None, lock_wait: float = 0.0,
                 limits: IngestLimits = IngestLimits()) -> UpdateReport:
    """Bring the index in line with the corpus; see the module docstring."""
    started = time.perf_counter()
    with update_lock(index_dir, lock_wait):
        report = UpdateReport()
        old: IndexData | None = None
        if not rebuild and current_generation(index_dir) is not None:
            try:
                old = load_generation(index_dir)
            except IndexIncompatible as exc:
                report.full_rebuild_reason = str(exc).split("。")[0]
            if old is not None and (old.embedder_id != embedder.id or old.dim != embedder.dim):
                report.full_rebuild_reason = f"埋め込みモデルが変わりました（{old.embedder_id} → {embedder.id}）"
                old = None
            elif old is not None and old.ingest_version != INGEST_VERSION:
                report.full_rebuild_reason = "文書の読み込み処理が新しくなりました"
                old = None
        elif rebuild:
            report.full_rebuild_reason = "--rebuild が指定されました"
        data = _updated(corpus_dir, embedder, tokenizer, old, report, progress, limits)
        changed = report.added or report.changed or report.removed or old is None or report.retokenized
        if changed or _problem_set(old) != set(report.problems):
            write_generation(index_dir, data)
            report.published = True
        report.documents, report.passages = len(data.documents), len(data.passages)
    report.seconds = time.perf_counter() - started
    return report


def _problem_set(data: IndexData | None) -> set[tuple[str, str]]:
    return {(p["doc"], p["reason"]) for p in data.problems} if data else set()


def _updated(corpus_dir: Path, embedder: Embedder, tokenizer: JapaneseTokenizer, old: IndexData | None,
             report: UpdateReport, progress: Progress | None, limits: IngestLimits) -> IndexData:
    old_docs = old.documents if old else {}
    files = corpus_files(corpus_dir)
    keep: set[str] = set()
    fresh = []
    for path in files:
        doc = path.relative_to(corpus_dir).as_posix()
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            report.problems.append((doc, f"この形式（{path.suffix or '拡張子なし'}）には対応していません。"))
            continue
        previous = old_docs.get(doc)
        if previous is not None and previous.content_hash == file_hash(path):
            keep.add(doc)
            report.unchanged += 1
            continue
        try:
            fresh.append(ingest_bounded(path, corpus_dir, limits))
        except IngestError as exc:
            report.problems.append((doc, exc.reason + ("（前の版を残しています）" if previous else "")))
            if previous is not None:
                keep.add(doc)
            continue
        (report.changed if previous is not None else report.added).append(doc)
    present = {p.relative_to(corpus_dir).as_posix() for p in files}
    report.removed = sorted(doc for doc in old_docs if doc not in present)

    passages, tokens, vector_rows = [], [], []
    if old:
        rows = [i for i, p in enumerate(old.passages) if p.doc in keep]
        passages = [old.passages[i] for i in rows]
        if old.tokenizer_version == TOKENIZER_VERSION:
            tokens = [old.tokens[i] for i in rows]
        else:  # tokens are cheap to redo; vectors are kept
            tokens = [tokenizer.tokenize(p.search_text) for p in passages]
            report.retokenized = True
        vector_rows.append(old.vectors[rows] if rows else np.zeros((0, embedder.dim), np.float32))
    new_passages = [p for item in fresh for p in item.passages]
    report.embedded_passages = len(new_passages)
    vector_rows.append(_embed(embedder, [p.search_text for p in new_passages], progress))
    passages += new_passages
    tokens += [tokenizer.tokenize(p.search_text) for p in new_passages]
    documents = {doc: old_docs[doc] for doc in keep}
    now = datetime.now().isoformat(timespec="seconds")
    added_at = {doc: (old.added_at.get(doc, now) if old else now) for doc in keep}
    plans = {doc: old.plans[doc] for doc in keep if old and doc in old.plans}
    for item in fresh:
        documents[item.document.doc] = item.document
        added_at[item.document.doc] = now
        plans[item.document.doc] = item.plans
    return IndexData(
        embedder_id=embedder.id, dim=embedder.dim, documents=documents, passages=passages, tokens=tokens,
        vectors=np.vstack(vector_rows) if vector_rows else np.zeros((0, embedder.dim), np.float32),
        added_at=added_at, tokenizer_version=TOKENIZER_VERSION, ingest_version=INGEST_VERSION,
        problems=[{"doc": d, "reason": r, "hash": _hash_or_empty(corpus_dir / d)} for d, r in report.problems],
        plans=plans,
    )


def _hash_or_empty(path: Path) -> str:
    try:
        return file_hash(path)
    except OSError:
        return ""


def _embed(embedder: Embedder, texts: list[str], progress: Progress | None, batch: int = 16) -> np.ndarray:
    if not texts:
        return np.zeros((0, embedder.dim), np.float32)
    parts = []
    for i in range(0, len(texts), batch):
        parts.append(embedder.encode_passages(texts[i:i + batch]))
        if progress:
            progress(min(i + batch, len(texts)), len(texts), "埋め込み")
    return np.vstack(parts)
