"""Incremental index updates: only new or changed documents are read, embedded and written.

New and changed documents go into one new segment; the segments already on disk are not rewritten,
only listed again by the new generation (a changed document's old rows are skipped by readers).
After publishing, the smallest segments are merged into one when there are more than MAX_SEGMENTS, and a
segment with a large share of replaced rows is compacted, so search does not slow down as updates
pile up. Removed documents disappear; a different embedder forces a full rebuild (said in the
report); a file that cannot be read is reported by name and, if an earlier version was indexed,
that version stays. One update at a time (a lock file); each generation is published atomically.
"""
from __future__ import annotations

import fcntl
import json
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from index.corpus_files import corpus_files, file_stamp, leaves_corpus, refused_links, stamp_matches, unchanged_on_disk
from index.embedders import Embedder
from index.errors import IndexError_, IndexIncompatible, IndexWriteFailed, UpdateBusy, disk_problem
from index.postings import merged_postings, postings_from_tokens
from index.segments import (APPROXIMATE_FROM, Segment, SegmentContent, concatenated, passage_line,
                            read_segment_content, write_segment)
from index.store import (SEGMENTS, Generation, SegmentCache, current_generation, current_manifest, documents_in,
                         open_generation, publish_generation)
from index.tokenizer import TOKENIZER_VERSION, JapaneseTokenizer
from ingest.errors import IngestError
from ingest.pipeline import INGEST_VERSION, file_hash
from ingest.readers.sandbox import IngestLimits, ingest_bounded
from ingest.readers.registry import SUPPORTED_SUFFIXES
from ingest.records import Document, Passage

MAX_SEGMENTS = 8        # more than this: the smallest segments are merged into one
DEAD_SHARE = 0.3        # a segment with more replaced rows than this share is compacted
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
    new_segments: list[str] = field(default_factory=list)
    merged_segments: list[str] = field(default_factory=list)
    seconds: float = 0.0
    waited_seconds: float = 0.0    # waiting for another update's lock before this one began (said in lines())
    publish_seconds: float = 0.0   # of `seconds`: publishing the generation and merging segments after it

    def lines(self) -> list[str]:
        out = []
        if self.waited_seconds >= 0.5:
            out.append(f"別の索引更新が終わるのを {self.waited_seconds:.0f} 秒待ってから更新しました。")
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
        if self.merged_segments:
            out.append(f"  索引の部分 {len(self.merged_segments)} 個を 1 個にまとめました")
        return out


@contextmanager
def update_lock(index_dir: Path, wait_seconds: float) -> Iterator[float]:
    """Hold the index's update lock (waiting up to `wait_seconds` for another update); yields the seconds waited."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / "LOCK", "w") as handle:
        began = time.monotonic()
        deadline = began + wait_seconds
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise UpdateBusy("別の索引更新が実行中です。終わってからもう一度実行してください。") from None
                time.sleep(0.2)
        try:
            yield time.monotonic() - began
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def recorded_corpus(index_dir: Path) -> Path | None:
    """The corpus folder the published index was last updated from, when it still exists; None for a new index,
    one written before the folder was recorded, or a folder that is gone."""
    try:
        _, manifest = current_manifest(index_dir)
    except IndexError_:
        return None
    folder = Path(manifest.get("corpus") or "")
    return folder if manifest.get("corpus") and folder.is_dir() else None


def needs_update(corpus_dir: Path, index_dir: Path) -> bool:
    """True when the corpus differs from the published index (by content hash)."""
    try:  # the manifest says it all; segment files are checked by the reader that opens them
        _, manifest = current_manifest(index_dir)
    except IndexError_:
        return True
    if manifest.get("tokenizer") != TOKENIZER_VERSION or manifest.get("ingest_version") != INGEST_VERSION:
        return True
    current = {p.relative_to(corpus_dir).as_posix(): p for p in corpus_files(corpus_dir)}
    entries = manifest["documents"]
    reported = {x["doc"]: x.get("hash", "") for x in manifest.get("problems", [])}
    if any(doc not in reported for doc, _ in refused_links(corpus_dir)):
        return True
    for doc, path in current.items():
        if doc in entries and stamp_matches(path, entries[doc]):
            continue
        digest = file_hash(path)
        if digest != entries.get(doc, {}).get("content_hash") and digest != reported.get(doc):
            return True
    return any(doc not in current for doc in entries)


@dataclass(frozen=True)
class NewSegment:
    """A segment written for freshly read files, and what the generation manifest needs about them."""

    name: str                          # "" when none of the files could be read (nothing was written)
    entries: dict[str, dict]           # doc -> document_entry, in file order
    problems: list[tuple[str, str]]    # (doc, reason) for each file that could not be read
    embedded_passages: int


# Reads files into new segments: (files, corpus_dir, segments_dir) -> the segments written, in file order.
# The local one (update_index's default) writes one segment in this process; index/ray_build.py spreads
# the files over a Ray cluster, one segment per task.
SegmentWriter = Callable[[list[Path], Path, Path], list[NewSegment]]


def update_index(corpus_dir: Path, index_dir: Path, embedder: Embedder, tokenizer: JapaneseTokenizer,
                 rebuild: bool = False, progress: Progress | None = None, lock_wait: float = 0.0,
                 limits: IngestLimits = IngestLimits(), approximate_from: int = APPROXIMATE_FROM,
                 writer: SegmentWriter | None = None, reread: frozenset[str] = frozenset()) -> UpdateReport:
    """Bring the index in line with the corpus; see the module docstring. `writer` reads and embeds the new
    and changed files (default: here, into one segment, with `embedder`); `reread` names documents to read
    again even when their file did not change (the page's 「読み直す」)."""
    writer = writer or (lambda files, corpus, segments_dir: [
        write_new_segment(files, corpus, segments_dir, embedder, tokenizer, limits, progress, approximate_from)])
    try:
        return _update_locked(corpus_dir, index_dir, embedder, tokenizer, rebuild, lock_wait, writer, approximate_from,
                              reread)
    except OSError as exc:   # the index folder: full, read-only, no permission (a corpus file's error is its problem)
        kept = "前の索引はそのまま使えます。" if _has_generation(index_dir) else ""
        raise IndexWriteFailed("索引を更新できませんでした: " + disk_problem("索引フォルダ", index_dir, exc) + kept) from exc


def _has_generation(index_dir: Path) -> bool:
    try:
        return current_generation(index_dir) is not None
    except (OSError, IndexError_):
        return False


def _update_locked(corpus_dir: Path, index_dir: Path, embedder: Embedder, tokenizer: JapaneseTokenizer, rebuild: bool,
                   lock_wait: float, writer: SegmentWriter, approximate_from: int, reread: frozenset[str]) -> UpdateReport:
    started = time.perf_counter()
    with update_lock(index_dir, lock_wait) as waited:
        report = UpdateReport(waited_seconds=waited)
        old: Generation | None = None
        if not rebuild and current_generation(index_dir) is not None:
            try:  # kept segments are not re-hashed here (readers check them); merged ones are, before reading
                old = open_generation(index_dir, SegmentCache(verify=False))
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
        try:
            _update(corpus_dir, index_dir, embedder, tokenizer, old, report, writer, approximate_from, reread)
        except IndexIncompatible as exc:  # a kept segment turned out broken while merging: start again from the files
            if old is None:
                raise
            report = UpdateReport(full_rebuild_reason=str(exc).split("。")[0], waited_seconds=waited)
            _update(corpus_dir, index_dir, embedder, tokenizer, None, report, writer, approximate_from, reread)
    report.seconds = time.perf_counter() - started
    return report


def _update(corpus_dir: Path, index_dir: Path, embedder: Embedder, tokenizer: JapaneseTokenizer,
            old: Generation | None, report: UpdateReport, writer: SegmentWriter, approximate_from: int,
            reread: frozenset[str] = frozenset()) -> None:
    old_entries = old.entries if old else {}
    files = corpus_files(corpus_dir)
    keep: dict[str, dict] = {}   # document -> its entry for the new generation
    to_read = []
    report.problems.extend(refused_links(corpus_dir))
    for path in files:
        doc = path.relative_to(corpus_dir).as_posix()
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            report.problems.append((doc, f"この形式（{path.suffix or '拡張子なし'}）には対応していません。"))
            continue
        previous = old_entries.get(doc)
        if previous is not None and doc not in reread and unchanged_on_disk(path, previous):
            keep[doc] = {**previous, **file_stamp(path)}
            report.unchanged += 1
            continue
        to_read.append(path)
    present = {p.relative_to(corpus_dir).as_posix() for p in files}
    report.removed = sorted(doc for doc in old_entries if doc not in present)

    segments_dir = index_dir / SEGMENTS
    entries = dict(keep)
    segment_names = [seg.name for seg in old.segments] if old else []
    if old is not None and old.tokenizer_version != TOKENIZER_VERSION and entries:
        # tokens are cheap to redo from the stored text; vectors are kept
        name = _rewrite(segments_dir, old.segments, entries, tokenizer, embedder.dim, approximate_from)
        entries = {doc: {**entry, "segment": name} for doc, entry in entries.items()}
        segment_names = [name]
        report.retokenized = True
    for new in (writer(to_read, corpus_dir, segments_dir) if to_read else []):
        for doc, reason in new.problems:
            previous = old_entries.get(doc)
            report.problems.append((doc, reason + ("（前の版を残しています）" if previous else "")))
            if previous is not None:  # the old stamp stays: the unreadable new file is tried again next time
                entries[doc] = previous
        for doc, entry in new.entries.items():
            (report.changed if doc in old_entries else report.added).append(doc)
            entries[doc] = entry
        if new.name:
            report.new_segments.append(new.name)
            segment_names.append(new.name)
        report.embedded_passages += new.embedded_passages
    publish_started = time.perf_counter()
    try:
        _publish(corpus_dir, index_dir, embedder, old, report, entries, segment_names, approximate_from)
    finally:
        report.publish_seconds = time.perf_counter() - publish_started


def _publish(corpus_dir: Path, index_dir: Path, embedder: Embedder, old: Generation | None, report: UpdateReport,
             entries: dict[str, dict], segment_names: list[str], approximate_from: int) -> None:
    """Publish the new generation if anything changed, then merge segments if there are too many."""
    segments_dir = index_dir / SEGMENTS
    problems = [{"doc": d, "reason": r, "hash": "" if leaves_corpus(corpus_dir / d, corpus_dir)
                 else _hash_or_empty(corpus_dir / d)} for d, r in report.problems]
    changed = report.added or report.changed or report.removed or old is None or report.retokenized
    old_problems = {(p["doc"], p["reason"]) for p in old.problems} if old else set()
    report.documents = len(entries)
    report.passages = sum(entry["passages"] for entry in entries.values())
    if not (changed or old_problems != set(report.problems)):
        return
    listed = {entry["segment"] for entry in entries.values()}
    segment_names = [name for name in segment_names if name in listed]
    publish_segments(index_dir, embedder.id, embedder.dim, segment_names, entries, problems, corpus_dir=corpus_dir)
    report.published = True

    opened = {seg.name: seg for seg in (old.segments if old else [])}
    segments = [opened.get(name) or Segment(segments_dir / name, verify=False) for name in segment_names]
    to_merge = segments_to_merge(segments, entries)
    if to_merge:
        for segment in to_merge:
            segment.verify()
        name = _rewrite(segments_dir, to_merge, entries, None, embedder.dim, approximate_from)
        merged = {seg.name for seg in to_merge}
        entries = {doc: ({**entry, "segment": name} if entry["segment"] in merged else entry)
                   for doc, entry in entries.items()}
        segment_names = [n for n in segment_names if n not in merged] + [name]
        publish_segments(index_dir, embedder.id, embedder.dim, segment_names, entries, problems, corpus_dir=corpus_dir)
        report.merged_segments = sorted(merged)


def write_new_segment(files: list[Path], corpus_dir: Path, segments_dir: Path, embedder: Embedder,
                      tokenizer: JapaneseTokenizer, limits: IngestLimits, progress: Progress | None = None,
                      approximate_from: int = APPROXIMATE_FROM, name: str | None = None) -> NewSegment:
    """Read, tokenise and embed `files` into one new segment (named `name` when the caller reserved one);
    a file that cannot be read is reported by name and left out."""
    fresh, problems = [], []
    for path in files:
        try:
            fresh.append(ingest_bounded(path, corpus_dir, limits))
        except IngestError as exc:
            problems.append((path.relative_to(corpus_dir).as_posix(), exc.reason))
    if not fresh:
        return NewSegment("", {}, problems, 0)
    passages = [p for item in fresh for p in item.passages]
    content = SegmentContent(
        documents=[item.document for item in fresh],
        plans={item.document.doc: item.plans.to_json() for item in fresh},   # stored as JSON
        passage_lines=[passage_line(p) for p in passages],
        row_docs=[p.doc for p in passages],
        vectors=_embed(embedder, [p.vector_text or p.search_text for p in passages], progress),
        postings=postings_from_tokens([tokenizer.tokenize(p.search_text) for p in passages]),
    )
    name = write_segment(segments_dir, content, approximate_from, name)
    now = datetime.now().isoformat(timespec="seconds")
    entries = {item.document.doc: document_entry(item.document, name, len(item.passages), now, corpus_dir)
               for item in fresh}
    return NewSegment(name, entries, problems, len(passages))


def document_entry(document: Document, segment: str, passages: int, added_at: str, corpus_dir: Path) -> dict:
    """A document's manifest entry: where its rows live, what was indexed, and its file's stamp."""
    return {"segment": segment, "content_hash": document.content_hash, "title": document.title,
            "pages": document.page_count if document.pages_known else None, "passages": passages,
            "added_at": added_at, **file_stamp(corpus_dir / document.doc)}


def segments_to_merge(segments: list[Segment], entries: dict[str, dict]) -> list[Segment]:
    """Segments with many replaced rows, and when there are too many segments, the small ones."""
    live = {seg.name: sum(entry["passages"] for entry in entries.values() if entry["segment"] == seg.name)
            for seg in segments}
    chosen = [seg for seg in segments if seg.rows and (seg.rows - live[seg.name]) > DEAD_SHARE * seg.rows]
    if len(segments) > MAX_SEGMENTS:  # the smallest ones, down to half the limit (each row is rewritten rarely)
        by_size = sorted(segments, key=lambda seg: live[seg.name])
        chosen += [seg for seg in by_size[:len(segments) - MAX_SEGMENTS // 2 + 1] if seg not in chosen]
    if len(chosen) == 1 and chosen[0].rows == live[chosen[0].name]:
        return []
    return chosen


def _rewrite(segments_dir: Path, segments: list[Segment], entries: dict[str, dict],
             tokenizer: JapaneseTokenizer | None, dim: int, approximate_from: int) -> str:
    """One new segment holding the live rows of `segments` (re-tokenised when a tokenizer is given)."""
    parts, kept_rows = [], []
    for segment in segments:
        content, keep = read_segment_content(segment, documents_in(entries, segment.name))
        parts.append(content)
        kept_rows.append((segment.postings, keep))
    if tokenizer is not None:
        texts = [Passage(**json.loads(line)).search_text for part in parts for line in part.passage_lines]
        postings = postings_from_tokens([tokenizer.tokenize(text) for text in texts])
    else:
        postings = merged_postings(kept_rows)
    return write_segment(segments_dir, concatenated(parts, postings, dim), approximate_from)


def publish_segments(index_dir: Path, embedder_id: str, dim: int, segment_names: list[str], entries: dict[str, dict],
                     problems: list[dict], corpus_dir: Path | None = None) -> None:
    """Publish a generation of these segments and document entries (versions are this program's), with the
    corpus folder they were read from (see `recorded_corpus`)."""
    publish_generation(index_dir, {
        "corpus": str(corpus_dir.resolve()) if corpus_dir is not None else "",
        "embedder": {"id": embedder_id, "dim": dim},
        "tokenizer": TOKENIZER_VERSION,
        "ingest_version": INGEST_VERSION,
        "segments": segment_names,
        "documents": entries,
        "counts": {"documents": len(entries), "passages": sum(e["passages"] for e in entries.values()),
                   "segments": len(segment_names)},
        "problems": problems,
    })


def _hash_or_empty(path: Path) -> str:
    try:
        return file_hash(path)
    except OSError:
        return ""


def _embed(embedder: Embedder, texts: list[str], progress: Progress | None, batch: int = 32) -> np.ndarray:
    """One vector per text; a text that repeats (the pieces of one record row share their row's opening) is
    embedded once."""
    if not texts:
        return np.zeros((0, embedder.dim), np.float32)
    unique = list(dict.fromkeys(texts))
    parts = []
    for i in range(0, len(unique), batch):
        parts.append(embedder.encode_passages(unique[i:i + batch]))
        if progress:
            progress(min(i + batch, len(unique)), len(unique), "埋め込み")
    vectors = np.vstack(parts)
    if len(unique) == len(texts):
        return vectors
    row = {text: n for n, text in enumerate(unique)}
    return vectors[[row[text] for text in texts]]
