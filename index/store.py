"""The index on disk: one directory per generation, a JSON manifest, arrays, no pickle.

    INDEX_DIR/CURRENT            name of the published generation (replaced atomically)
    INDEX_DIR/gen-000007/        manifest.json, documents.jsonl, passages.jsonl,
                                 vectors.npy, dense.faiss

Every file's sha256 is in the manifest and checked on load (FAISS loads a flipped byte silently).
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path

import faiss
import numpy as np

from index.errors import IndexIncompatible, IndexMissing
from ingest.records import Document, Passage

FORMAT_VERSION = 2
_FILES = ("documents.jsonl", "passages.jsonl", "plans.jsonl", "vectors.npy", "dense.faiss")


@dataclass
class IndexData:
    """Everything a generation holds, in memory. Rows of `vectors` align with `passages`."""

    embedder_id: str
    dim: int
    documents: dict[str, Document]
    passages: list[Passage]
    tokens: list[list[str]]
    vectors: np.ndarray
    added_at: dict[str, str] = field(default_factory=dict)
    problems: list[dict] = field(default_factory=list)
    plans: dict[str, dict] = field(default_factory=dict)   # doc -> its plans as JSON (assistant reads them)
    generation: str = ""
    tokenizer_version: str = ""
    ingest_version: str = ""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


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


def write_generation(index_dir: Path, data: IndexData) -> Path:
    """Write `data` as a new generation, then publish it by replacing CURRENT atomically."""
    index_dir.mkdir(parents=True, exist_ok=True)
    existing = sorted(p.name for p in index_dir.glob("gen-*"))
    number = int(existing[-1].split("-")[1]) + 1 if existing else 1
    name = f"gen-{number:06d}"
    for stale in index_dir.glob(".tmp-gen-*"):  # left by an update that was killed (we hold the update lock)
        shutil.rmtree(stale, ignore_errors=True)
    tmp = index_dir / f".tmp-{name}-{os.getpid()}"
    tmp.mkdir()
    with open(tmp / "documents.jsonl", "w", encoding="utf-8") as f:
        for doc in data.documents.values():
            f.write(json.dumps(asdict(doc), ensure_ascii=False) + "\n")
    with open(tmp / "plans.jsonl", "w", encoding="utf-8") as f:
        for doc, plans in data.plans.items():
            f.write(json.dumps({"doc": doc, "plans": plans}, ensure_ascii=False) + "\n")
    with open(tmp / "passages.jsonl", "w", encoding="utf-8") as f:
        for passage, tokens in zip(data.passages, data.tokens):
            f.write(json.dumps({**asdict(passage), "tokens": tokens}, ensure_ascii=False) + "\n")
    vectors = np.ascontiguousarray(data.vectors, dtype=np.float32).reshape(-1, data.dim)
    np.save(tmp / "vectors.npy", vectors, allow_pickle=False)
    dense = faiss.IndexFlatIP(data.dim)
    if len(vectors):
        dense.add(vectors)
    faiss.write_index(dense, str(tmp / "dense.faiss"))
    manifest = {
        "format_version": FORMAT_VERSION,
        "embedder": {"id": data.embedder_id, "dim": data.dim},
        "tokenizer": data.tokenizer_version,
        "ingest_version": data.ingest_version,
        "documents": {
            doc: {"content_hash": d.content_hash, "title": d.title, "passages": sum(p.doc == doc for p in data.passages),
                  "added_at": data.added_at.get(doc, "")}
            for doc, d in data.documents.items()
        },
        "counts": {"documents": len(data.documents), "passages": len(data.passages)},
        "problems": data.problems,
        "checksums": {name_: _sha256(tmp / name_) for name_ in _FILES},
    }
    (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    for file in tmp.iterdir():
        with open(file, "rb") as f:
            os.fsync(f.fileno())
    final = index_dir / name
    os.replace(tmp, final)
    pointer_tmp = index_dir / f".CURRENT-{os.getpid()}"
    with open(pointer_tmp, "w", encoding="utf-8") as f:
        f.write(name)
        f.flush()
        os.fsync(f.fileno())
    os.replace(pointer_tmp, index_dir / "CURRENT")
    _fsync_dir(index_dir)
    for old in existing[:-1]:  # keep the previous generation for readers still loading it
        shutil.rmtree(index_dir / old, ignore_errors=True)
    data.generation = name
    return final


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


def verified_manifest(index_dir: Path) -> tuple[Path, dict]:
    """The published generation and its manifest, after checking format version and every file's checksum."""
    generation = current_generation(index_dir)
    if generation is None:
        raise IndexMissing(f"索引がありません（{index_dir}）。`plan-assistant index` で作成してください。")
    manifest = read_manifest(generation)
    for name, expected in manifest.get("checksums", {}).items():
        path = generation / name
        if not path.is_file() or _sha256(path) != expected:
            raise IndexIncompatible(f"索引ファイル {path.name} が壊れています（チェックサム不一致）。`plan-assistant index --rebuild` で作り直してください。")
    return generation, manifest


def load_generation(index_dir: Path) -> IndexData:
    """Load the published generation, checking format version and every file's checksum."""
    generation, manifest = verified_manifest(index_dir)
    documents = {}
    with open(generation / "documents.jsonl", encoding="utf-8") as f:
        for line in f:
            document = Document.from_json(json.loads(line))
            documents[document.doc] = document
    passages, tokens = [], []
    with open(generation / "passages.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            tokens.append(row.pop("tokens"))
            passages.append(Passage(**row))
    plans = {}
    with open(generation / "plans.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            plans[row["doc"]] = row["plans"]
    vectors = np.load(generation / "vectors.npy", allow_pickle=False)
    return IndexData(
        embedder_id=manifest["embedder"]["id"], dim=manifest["embedder"]["dim"], documents=documents,
        passages=passages, tokens=tokens, vectors=vectors,
        added_at={d: m.get("added_at", "") for d, m in manifest["documents"].items()},
        problems=manifest.get("problems", []), plans=plans, generation=generation.name,
        tokenizer_version=manifest.get("tokenizer", ""), ingest_version=manifest.get("ingest_version", ""),
    )


def load_dense(index_dir: Path, data: IndexData) -> faiss.Index:
    return faiss.read_index(str(index_dir / data.generation / "dense.faiss"))
