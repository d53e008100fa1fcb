"""The files of a corpus folder and their stamps: what is listed (no hidden files, no README, no link leaving
the folder) and whether a file is still the version the index holds (size and mtime, else its content hash)."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Iterator

from ingest.pipeline import file_hash
from ingest.sidecar import sidecar_path

SKIPPED_NAMES = {"readme.md", "readme.txt"}


def _listed(corpus_dir: Path) -> Iterator[tuple[Path, str]]:
    """(path, document name) of every entry under the corpus, except hidden ones and the corpus README."""
    for path in sorted(corpus_dir.rglob("*")):
        rel = path.relative_to(corpus_dir)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if len(rel.parts) == 1 and path.name.lower() in SKIPPED_NAMES:
            continue
        yield path, rel.as_posix()


def leaves_corpus(path: Path, corpus_dir: Path) -> bool:
    """A symbolic link whose target lies outside the corpus folder (or nowhere)."""
    if not path.is_symlink():
        return False
    try:
        path.resolve(strict=True).relative_to(corpus_dir.resolve())
        return False
    except (OSError, RuntimeError, ValueError):
        return True


def corpus_files(corpus_dir: Path) -> list[Path]:
    """Every file under the corpus, except hidden files, the corpus README and links leaving the folder
    (a link to /etc/passwd or to another office's share must not be indexed and quoted on the page)."""
    return [path for path, _ in _listed(corpus_dir) if path.is_file() and not leaves_corpus(path, corpus_dir)]


def refused_links(corpus_dir: Path) -> list[tuple[str, str]]:
    """(document name, reason) for each symbolic link in the corpus that points outside it: not read."""
    return [(doc, "文書フォルダの外を指すシンボリックリンクのため読みませんでした。"
                  "ファイルそのものを文書フォルダに置いてください。")
            for path, doc in _listed(corpus_dir) if leaves_corpus(path, corpus_dir)]


def _sidecar_mtime_ns(path: Path) -> int:
    """The modification time of the file's metadata sidecar (0 when it has none): part of its stamp."""
    try:
        return sidecar_path(path).stat().st_mtime_ns
    except OSError:
        return 0


def file_stamp(path: Path) -> dict:
    """Size and modification time of a corpus file (and of its sidecar), and when they were read."""
    stat = path.stat()
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "meta_mtime_ns": _sidecar_mtime_ns(path),
            "stamped_ns": time.time_ns()}


def stamp_matches(path: Path, entry: dict) -> bool:
    """Same size and mtime as recorded, and modified well before they were recorded (so a rewrite within
    the same clock tick is not missed, as git does). Hashing every file of a large corpus costs seconds."""
    stat = path.stat()
    meta = _sidecar_mtime_ns(path)
    return (entry.get("size") == stat.st_size and entry.get("mtime_ns") == stat.st_mtime_ns
            and entry.get("meta_mtime_ns", 0) == meta
            and max(stat.st_mtime_ns, meta) < entry.get("stamped_ns", 0) - 2_000_000_000)


def unchanged_on_disk(path: Path, entry: dict) -> bool:
    """True when the file is the indexed version: its stamp matches, or else its content hash does."""
    return stamp_matches(path, entry) or entry.get("content_hash") == file_hash(path)
