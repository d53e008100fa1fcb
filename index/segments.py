"""Segments: the immutable pieces a generation is made of (as in Lucene).

    INDEX_DIR/segments/seg-000004/
        segment.json        documents (in row order of first appearance), counts, every file's sha256
        documents.jsonl     the segment's documents (document_offsets.npy: each line's byte offset)
        plans.jsonl         their KPIs, budgets and projects as JSON
        passages.jsonl      one passage per line; offsets.npy holds each line's byte offset
        row_doc.npy         int32: the document (index into segment.json's list) of each row
        vectors.npy         float32 rows, L2-normalised
        terms.json, postings_*.npy, lengths.npy   BM25 postings (index/postings.py)
        dense.faiss         only in big segments: IVF over 8-bit codes (approximate search)

A segment is written once and never changed; adding a document writes a new small segment and a new
generation manifest that lists it. Reading maps the arrays and the passages and documents files
(nothing is copied into memory but the vocabulary and the plans), so a million passages cost little
resident memory. Passages and documents are read when they are needed.
"""
from __future__ import annotations

import hashlib
import json
import mmap
import os
import shutil
from dataclasses import asdict, dataclass
from functools import cached_property
from pathlib import Path
from typing import Container, Sequence

import faiss
import numpy as np

from index.errors import IndexIncompatible
from index.postings import Postings
from ingest.records import Document, Passage

SEGMENT_FILES = ("documents.jsonl", "document_offsets.npy", "plans.jsonl", "passages.jsonl", "offsets.npy", "row_doc.npy", "vectors.npy",
                 "terms.json", "postings_indptr.npy", "postings_rows.npy", "postings_counts.npy", "lengths.npy")
# From this many rows a segment also gets an approximate dense index. One exact query reads every
# vector (memory-bound: ~17 ms at 100k rows on 2 cores, bench/scale.py); below 50k it costs under ~8 ms
# and needs nothing to build.
APPROXIMATE_FROM = 50_000
# IVF over 8-bit codes (a quarter of float32's memory), rescored exactly with the float vectors.
# HNSW (M=32, efSearch up to 512, flat or 8-bit) stalled at recall@10 ~0.92 on the clustered
# near-duplicates of assistant/testbed/synthetic.py at 100k; IVF with 1/16 of the lists probed reached 1.000.
PROBED_SHARE = 16   # nprobe = nlist / 16
REFINE_FACTOR = 4   # approximate candidates rescored exactly with the float vectors (k × 4)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def passage_line(passage: Passage) -> bytes:
    return (json.dumps(asdict(passage), ensure_ascii=False) + "\n").encode("utf-8")


@dataclass
class SegmentContent:
    """What a new segment is made of (in memory only while it is written)."""

    documents: list[Document]
    plans: dict[str, dict]
    passage_lines: list[bytes]     # passage_line(p) for each row
    row_docs: list[str]            # the document of each row
    vectors: np.ndarray
    postings: Postings


def next_segment_name(segments_dir: Path) -> str:
    numbers = [int(p.name.split("-")[1]) for p in segments_dir.glob("seg-*") if p.name.split("-")[1].isdigit()]
    return f"seg-{max(numbers, default=0) + 1:06d}"


def reserved_segment_names(segments_dir: Path, count: int) -> list[str]:
    """`count` fresh names in order, for segments that several processes write at once (the caller holds
    the update lock, so nobody else picks names meanwhile)."""
    first = int(next_segment_name(segments_dir).split("-")[1])
    return [f"seg-{first + i:06d}" for i in range(count)]


def remove_stale_temporaries(segments_dir: Path) -> None:
    """Temporary segment directories left by an update that was killed (the caller holds the update lock)."""
    for stale in segments_dir.glob(".tmp-seg-*"):
        shutil.rmtree(stale, ignore_errors=True)


def write_segment(segments_dir: Path, content: SegmentContent, approximate_from: int = APPROXIMATE_FROM,
                  name: str | None = None) -> str:
    """Write a new segment (through a temporary directory) and return its name: a fresh one, or `name`
    when the caller reserved it (reserved_segment_names). A retried writer of a reserved name replaces
    what an earlier, killed attempt left there: nothing lists a segment before its writer has returned."""
    segments_dir.mkdir(parents=True, exist_ok=True)
    if name is None:
        remove_stale_temporaries(segments_dir)
        name = next_segment_name(segments_dir)
    tmp = segments_dir / f".tmp-{name}-{os.getpid()}"
    if tmp.exists():  # a retried task in a reused worker process
        shutil.rmtree(tmp)
    tmp.mkdir()
    try:
        doc_order = list(dict.fromkeys([d.doc for d in content.documents] + list(content.row_docs)))
        doc_index = {doc: i for i, doc in enumerate(doc_order)}
        document_lines = [(json.dumps(asdict(d), ensure_ascii=False) + "\n").encode("utf-8") for d in content.documents]
        np.save(tmp / "document_offsets.npy", _write_lines(tmp / "documents.jsonl", document_lines))
        with open(tmp / "plans.jsonl", "w", encoding="utf-8") as f:
            for doc, plans in content.plans.items():
                f.write(json.dumps({"doc": doc, "plans": plans}, ensure_ascii=False) + "\n")
        np.save(tmp / "offsets.npy", _write_lines(tmp / "passages.jsonl", content.passage_lines))
        np.save(tmp / "row_doc.npy", np.array([doc_index[d] for d in content.row_docs], np.int32))
        vectors = np.ascontiguousarray(content.vectors, dtype=np.float32)
        np.save(tmp / "vectors.npy", vectors)
        postings = content.postings
        (tmp / "terms.json").write_text(json.dumps(postings.terms, ensure_ascii=False), encoding="utf-8")
        np.save(tmp / "postings_indptr.npy", postings.indptr)
        np.save(tmp / "postings_rows.npy", postings.rows)
        np.save(tmp / "postings_counts.npy", postings.counts)
        np.save(tmp / "lengths.npy", postings.lengths)
        files = list(SEGMENT_FILES)
        if len(vectors) >= approximate_from:
            faiss.write_index(build_ivf(vectors), str(tmp / "dense.faiss"))
            files.append("dense.faiss")
        info = {"name": name, "documents": doc_order, "rows": len(vectors), "dim": int(vectors.shape[1]),
                "approximate": "dense.faiss" in files,
                "checksums": {file: sha256_of(tmp / file) for file in files}}
        (tmp / "segment.json").write_text(json.dumps(info, ensure_ascii=False, indent=1), encoding="utf-8")
        for file in tmp.iterdir():
            with open(file, "rb") as f:
                os.fsync(f.fileno())
        if (segments_dir / name).exists():  # written by an attempt that was killed before it returned
            shutil.rmtree(segments_dir / name)
        os.replace(tmp, segments_dir / name)
    except OSError:   # a full or failing disk: leave no half-written segment taking space
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return name


def _write_lines(path: Path, lines: Sequence[bytes]) -> np.ndarray:
    """Write the lines; return each line's byte offset (and the file's length last)."""
    offsets = np.zeros(len(lines) + 1, np.int64)
    with open(path, "wb") as f:
        for i, line in enumerate(lines):
            f.write(line)
            offsets[i + 1] = offsets[i] + len(line)
    return offsets


def build_ivf(vectors: np.ndarray) -> faiss.Index:
    """IVF with about 4·√N lists over 8-bit scalar-quantised vectors, trained on a sample."""
    lists = int(4 * np.sqrt(len(vectors)))
    quantizer = faiss.IndexFlatIP(vectors.shape[1])
    index = faiss.IndexIVFScalarQuantizer(quantizer, vectors.shape[1], lists, faiss.ScalarQuantizer.QT_8bit,
                                          faiss.METRIC_INNER_PRODUCT)
    sample = vectors[np.sort(np.random.default_rng(0).choice(len(vectors), min(len(vectors), 64 * lists), replace=False))]
    index.train(sample)
    index.add(vectors)
    return index


class Segment:
    """One segment opened for reading: arrays memory-mapped, passages read on demand. Thread-safe for reads."""

    def __init__(self, path: Path, verify: bool = True):
        self.path, self.name = path, path.name
        try:
            info = json.loads((path / "segment.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise IndexIncompatible(f"索引の部分 {path.name} を読めません。`plan-assistant index --rebuild` で作り直してください。") from exc
        self._checksums: dict[str, str] = info["checksums"]
        if verify:
            self.verify()
        self.doc_order: list[str] = info["documents"]
        self.rows: int = info["rows"]
        self.document_offsets = np.load(path / "document_offsets.npy", allow_pickle=False)
        self.document_names = self.doc_order[:len(self.document_offsets) - 1]
        self._document_line = {doc: i for i, doc in enumerate(self.document_names)}
        self.plans: dict[str, dict] = {}
        with open(path / "plans.jsonl", encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                self.plans[row["doc"]] = row["plans"]
        load = lambda name: np.load(path / name, mmap_mode="r", allow_pickle=False)  # noqa: E731
        self.offsets, self.row_doc, self.vectors = load("offsets.npy"), load("row_doc.npy"), load("vectors.npy")
        terms = json.loads((path / "terms.json").read_text(encoding="utf-8"))
        self.postings = Postings(terms, load("postings_indptr.npy"), load("postings_rows.npy"),
                                 load("postings_counts.npy"), load("lengths.npy"))
        self.term_ids = {t: i for i, t in enumerate(terms)}
        self.dense = faiss.read_index(str(path / "dense.faiss")) if info.get("approximate") else None
        with open(path / "passages.jsonl", "rb") as f:
            self._text = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) if self.rows else b""
        self._documents_file = path / "documents.jsonl"

    def document(self, doc: str) -> Document:
        i = self._document_line[doc]
        start, end = int(self.document_offsets[i]), int(self.document_offsets[i + 1])
        with open(self._documents_file, "rb") as f:
            f.seek(start)
            return Document.from_json(json.loads(f.read(end - start)))

    def verify(self) -> None:
        """Check every file against its sha256; raises IndexIncompatible naming the broken file."""
        for file, expected in self._checksums.items():
            if not (self.path / file).is_file() or sha256_of(self.path / file) != expected:
                raise IndexIncompatible(f"索引ファイル {self.name}/{file} が壊れています（チェックサム不一致）。"
                                        "`plan-assistant index --rebuild` で作り直してください。")

    def row_mask(self, docs: Container[str]) -> np.ndarray:
        """True for each row that belongs to one of `docs`."""
        if not self.rows:
            return np.zeros(0, bool)
        return np.array([doc in docs for doc in self.doc_order], bool)[np.asarray(self.row_doc)]

    def passage(self, row: int) -> Passage:
        return Passage(**json.loads(self.passage_bytes(row)))

    def passage_bytes(self, row: int) -> bytes:
        return bytes(self._text[int(self.offsets[row]):int(self.offsets[row + 1])])

    @cached_property
    def document_frequencies(self) -> dict[str, int]:
        """Per term; kept with the segment, so a reload after an update does not count the big segment again."""
        return dict(zip(self.postings.terms, np.diff(self.postings.indptr).tolist()))

    def exact_search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        scores, rows = faiss.knn(query.reshape(1, -1), self.vectors, min(k, self.rows), faiss.METRIC_INNER_PRODUCT)
        return scores[0], rows[0]

    def approximate_search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """IVF candidates (REFINE_FACTOR × k), rescored with the float vectors: the best k, best first."""
        wanted = min(self.rows, k * REFINE_FACTOR)
        params = faiss.SearchParametersIVF(nprobe=max(1, self.dense.nlist // PROBED_SHARE))
        _, candidates = self.dense.search(query.reshape(1, -1), wanted, params=params)
        rows = np.sort(candidates[0][candidates[0] >= 0])
        exact = np.asarray(self.vectors[rows]) @ query
        best = np.argsort(-exact)[:k]
        return exact[best], rows[best]

    def dense_search(self, query: np.ndarray, k: int, approximate: bool = True) -> tuple[np.ndarray, np.ndarray]:
        if not self.rows:
            return np.zeros(0, np.float32), np.zeros(0, np.int64)
        if self.dense is not None and approximate:
            return self.approximate_search(query, k)
        return self.exact_search(query, k)


def read_segment_content(segment: Segment, keep_docs: set[str]) -> tuple[SegmentContent, np.ndarray]:
    """The rows of `keep_docs` in `segment` as new segment content (for merging), and the kept row numbers."""
    keep = np.flatnonzero(segment.row_mask(keep_docs))
    content = SegmentContent(
        documents=[segment.document(doc) for doc in segment.document_names if doc in keep_docs],
        plans={doc: p for doc, p in segment.plans.items() if doc in keep_docs},
        passage_lines=[segment.passage_bytes(int(r)) for r in keep],
        row_docs=[segment.doc_order[int(i)] for i in np.asarray(segment.row_doc)[keep]],
        vectors=np.asarray(segment.vectors[keep]) if len(keep) else np.zeros((0, segment.vectors.shape[1]), np.float32),
        postings=segment.postings,
    )
    return content, keep


def concatenated(parts: Sequence[SegmentContent], postings: Postings, dim: int) -> SegmentContent:
    vectors = [p.vectors for p in parts if len(p.vectors)]
    return SegmentContent(
        documents=[d for p in parts for d in p.documents],
        plans={doc: plans for p in parts for doc, plans in p.plans.items()},
        passage_lines=[line for p in parts for line in p.passage_lines],
        row_docs=[doc for p in parts for doc in p.row_docs],
        vectors=np.vstack(vectors) if vectors else np.zeros((0, dim), np.float32),
        postings=postings,
    )
