"""The index on disk: generations that list immutable segments (index/segments.py), no pickle.

    INDEX_DIR/CURRENT            name of the published generation (replaced atomically)
    INDEX_DIR/gen-000007/        manifest.json: embedder, tokenizer and ingest versions, the segments,
                                 and for every document its segment, content hash, title, passages
    INDEX_DIR/segments/seg-*/    the segments (written once, shared by generations)

A document's rows are live only in the segment its manifest entry names; rows of an older version
left in another segment are skipped until that segment is merged away. Every segment file's sha256 is
checked when the segment is first opened (FAISS loads a flipped byte silently).
"""
from __future__ import annotations

import json
import os
import shutil
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Iterator, Mapping

import numpy as np

from index.errors import IndexIncompatible, IndexMissing
from index.segments import Segment
from ingest.records import Document, Passage

FORMAT_VERSION = 3
SEGMENTS = "segments"


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def current_generation(index_dir: Path) -> Path | None:
    pointer = index_dir / "CURRENT"
    if not pointer.is_file():
        return None
    path = index_dir / pointer.read_text(encoding="utf-8").strip()
    return path if path.is_dir() else None


def read_manifest(generation: Path) -> dict:
    try:
        manifest = json.loads((generation / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexIncompatible(f"索引 {generation} の manifest.json を読めません。`plan-assistant index --rebuild` で作り直してください。") from exc
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexIncompatible(
            f"索引の形式（版 {manifest.get('format_version')}）がこのプログラム（版 {FORMAT_VERSION}）と合いません。"
            "`plan-assistant index --rebuild` で作り直してください。")
    return manifest


def current_manifest(index_dir: Path) -> tuple[Path, dict]:
    """The published generation and its manifest (format checked; segment files are checked when opened)."""
    generation = current_generation(index_dir)
    if generation is None:
        raise IndexMissing(f"索引がありません（{index_dir}）。`plan-assistant index` で作成してください。")
    manifest = read_manifest(generation)
    for name in manifest["segments"]:
        if not (index_dir / SEGMENTS / name / "segment.json").is_file():
            raise IndexIncompatible(f"索引の部分 {name} がありません。`plan-assistant index --rebuild` で作り直してください。")
    return generation, manifest


def publish_generation(index_dir: Path, manifest: dict) -> str:
    """Write a generation manifest and publish it by replacing CURRENT atomically; old generations and
    segments no generation still lists are removed (the previous generation is kept for readers still loading it)."""
    existing = sorted(p.name for p in index_dir.glob("gen-*"))
    number = int(existing[-1].split("-")[1]) + 1 if existing else 1
    name = f"gen-{number:06d}"
    for stale in index_dir.glob(".tmp-gen-*"):  # left by an update that was killed (we hold the update lock)
        shutil.rmtree(stale, ignore_errors=True)
    tmp = index_dir / f".tmp-{name}-{os.getpid()}"
    tmp.mkdir()
    manifest = {"format_version": FORMAT_VERSION, **manifest}
    with open(tmp / "manifest.json", "w", encoding="utf-8") as f:
        f.write(json.dumps(manifest, ensure_ascii=False, indent=1))
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, index_dir / name)
    pointer_tmp = index_dir / f".CURRENT-{os.getpid()}"
    with open(pointer_tmp, "w", encoding="utf-8") as f:
        f.write(name)
        f.flush()
        os.fsync(f.fileno())
    os.replace(pointer_tmp, index_dir / "CURRENT")
    _fsync_dir(index_dir)
    kept = existing[-1:] + [name]
    for old in existing[:-1]:
        shutil.rmtree(index_dir / old, ignore_errors=True)
    listed: set[str] = set()
    for generation in kept:
        try:
            listed.update(json.loads((index_dir / generation / "manifest.json").read_text(encoding="utf-8"))["segments"])
        except (OSError, ValueError, KeyError):
            pass
    for segment in (index_dir / SEGMENTS).glob("seg-*"):
        if segment.name not in listed:
            shutil.rmtree(segment, ignore_errors=True)
    return name


def documents_in(entries: dict[str, dict], segment: str) -> set[str]:
    """The documents whose live version is in `segment`, by the manifest entries."""
    return {doc for doc, entry in entries.items() if entry.get("segment") == segment}


class SegmentCache:
    """Opened segments by name, so a new generation reopens only its new segments (segments never change)."""

    def __init__(self, verify: bool = True) -> None:
        self._open: dict[Path, Segment] = {}
        self._verify = verify

    def get(self, path: Path) -> Segment:
        segment = self._open.get(path)
        if segment is None:
            segment = self._open[path] = Segment(path, verify=self._verify)
        return segment

    def keep_only(self, paths: set[Path]) -> None:
        for path in list(self._open):
            if path not in paths:
                del self._open[path]  # closed when the last generation using it is dropped


class DocumentShelf(Mapping[str, Document]):
    """The live documents by name, read from their segment when first asked for and kept (LRU) after:
    a million passages' documents would not fit in memory, the few an answer cites do."""

    CACHED = 512

    def __init__(self, where: dict[str, Segment]):
        self._where = where
        self._cache: OrderedDict[str, Document] = OrderedDict()
        self._lock = threading.Lock()

    def __getitem__(self, doc: str) -> Document:
        with self._lock:
            if doc in self._cache:
                self._cache.move_to_end(doc)
                return self._cache[doc]
        document = self._where[doc].document(doc)  # KeyError for an unknown document, as a dict
        with self._lock:
            self._cache[doc] = document
            while len(self._cache) > self.CACHED:
                self._cache.popitem(last=False)
        return document

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)

    def __contains__(self, doc: object) -> bool:
        return doc in self._where


@dataclass
class Generation:
    """One published generation opened for reading: its manifest and segments, and which rows are live."""

    name: str
    embedder_id: str
    dim: int
    tokenizer_version: str
    ingest_version: str
    entries: dict[str, dict]                       # doc -> manifest entry (segment, content_hash, title, ...)
    segments: list[Segment]
    live_rows: list[np.ndarray] = field(default_factory=list)   # per segment: bool per row
    problems: list[dict] = field(default_factory=list)

    @cached_property
    def documents(self) -> "DocumentShelf":
        return DocumentShelf({doc: seg for seg in self.segments for doc in seg.document_names
                              if self.entries.get(doc, {}).get("segment") == seg.name})

    @cached_property
    def plans(self) -> dict[str, dict]:
        return {doc: plans for seg in self.segments for doc, plans in seg.plans.items()
                if self.entries.get(doc, {}).get("segment") == seg.name}

    @cached_property
    def passage_count(self) -> int:
        return int(sum(int(live.sum()) for live in self.live_rows))

    def passages(self) -> list[Passage]:
        """Every live passage, segment by segment (tests and tools; searching never needs them all)."""
        return [seg.passage(int(r)) for seg, live in zip(self.segments, self.live_rows) for r in np.flatnonzero(live)]

    def vectors(self) -> np.ndarray:
        """Rows aligned with passages()."""
        parts = [np.asarray(seg.vectors[np.flatnonzero(live)]) for seg, live in zip(self.segments, self.live_rows)]
        return np.vstack(parts) if parts else np.zeros((0, self.dim), np.float32)


def open_generation(index_dir: Path, cache: SegmentCache | None = None) -> Generation:
    """Open the published generation; segment files are checked the first time a cache opens them."""
    cache = cache or SegmentCache()
    generation, manifest = current_manifest(index_dir)
    paths = [index_dir / SEGMENTS / name for name in manifest["segments"]]
    segments = [cache.get(path) for path in paths]
    entries = manifest["documents"]
    live_rows = [segment.row_mask(documents_in(entries, segment.name)) for segment in segments]
    cache.keep_only(set(paths))
    return Generation(
        name=generation.name, embedder_id=manifest["embedder"]["id"], dim=manifest["embedder"]["dim"],
        tokenizer_version=manifest.get("tokenizer", ""), ingest_version=manifest.get("ingest_version", ""),
        entries=entries, segments=segments, live_rows=live_rows, problems=manifest.get("problems", []))
