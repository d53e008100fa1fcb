"""Files staff add through the page: checked, renamed safely and written into the corpus only.

An upload is first copied into a hidden folder of the corpus (`.incoming/`, which the index never
reads) and moves to its place with one `os.replace` only once it has been checked, so a document
already there is never half-overwritten and keeps answering until its new version is in.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from index.errors import disk_problem
from ingest.readers.registry import SUPPORTED_SUFFIXES

UPLOAD_SUFFIXES = SUPPORTED_SUFFIXES   # whatever the index reads can be added through the page
STAGING = ".incoming"


class UploadRejected(Exception):
    """A file that was not added, and why (Japanese, naming the file)."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: {reason}")
        self.name, self.reason = name, reason


@dataclass(frozen=True)
class StagedUpload:
    """A checked upload waiting in the corpus's staging folder."""

    name: str        # its name in the corpus
    staged: Path     # where it waits
    replaces: bool   # a document of that name is already in the corpus


def safe_name(name: str) -> str:
    """The last path component of an uploaded name, without control characters or leading dots.

    「../../etc/passwd」 -> 「passwd」, 「C:\\x\\計画 2025.pdf」 -> 「計画 2025.pdf」.
    """
    name = unicodedata.normalize("NFC", name.replace("\\", "/")).split("/")[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = re.sub(r"^[.\s]+", "", name).strip()
    return _shortened(name)


def _shortened(name: str, max_bytes: int = 240) -> str:
    """The name cut to what a file system takes (255 bytes of UTF-8; a Japanese character is 3), keeping
    its extension: a long title shortened must still be a 「.pdf」."""
    if len(name.encode("utf-8")) <= max_bytes:
        return name
    suffix = Path(name).suffix
    if len(suffix.encode("utf-8")) > 16:   # not an extension, just a dot in a long name
        suffix = ""
    stem = name[:len(name) - len(suffix)]
    while stem and len((stem + suffix).encode("utf-8")) > max_bytes:
        stem = stem[:-1]
    return stem.rstrip() + suffix


def megabytes(n_bytes: int) -> str:
    """「50 MB」: the size limit as the page states it (1 MB = 1,000,000 bytes, as file managers count)."""
    return f"{n_bytes / 1_000_000:g} MB"


def corpus_target(corpus_dir: Path, original_name: str) -> Path:
    """Where an upload of this name goes in the corpus; UploadRejected for a name or type that cannot be added."""
    name = safe_name(original_name)
    shown = original_name or "（名前なし）"
    if not name:
        raise UploadRejected(shown, "ファイル名が使えません。名前を付け直してから追加してください。")
    suffix = Path(name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise UploadRejected(shown, f"この形式（{suffix or '拡張子なし'}）は追加できません。"
                                    f"対応形式: {' '.join(UPLOAD_SUFFIXES)}")
    corpus = corpus_dir.resolve()
    target = (corpus / name).resolve()
    if target.parent != corpus:
        raise UploadRejected(shown, "ファイル名が使えません。")
    return target


def stage_upload(corpus_dir: Path, original_name: str, temp_path: Path, max_bytes: int) -> StagedUpload:
    """Check one uploaded file (name, type, size) and copy it into the staging folder of the corpus."""
    target = corpus_target(corpus_dir, original_name)
    shown = original_name
    size = os.path.getsize(temp_path)
    if size > max_bytes:
        raise UploadRejected(shown, f"ファイルが大きすぎます（{size / 1e6:.1f} MB、上限 {megabytes(max_bytes)}）。")
    if size == 0:
        raise UploadRejected(shown, "ファイルが空です。")
    staging = target.parent / STAGING
    folder = None
    try:
        staging.mkdir(exist_ok=True)
        folder = Path(tempfile.mkdtemp(dir=staging))   # one folder per upload: two people adding one name never collide
        staged = folder / target.name
        shutil.copyfile(temp_path, staged)
    except OSError as exc:   # a full or read-only corpus disk: said in Japanese, nothing half-copied stays
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
        raise UploadRejected(shown, disk_problem("文書フォルダ", target.parent, exc)) from exc
    return StagedUpload(target.name, staged, target.exists())


def publish_upload(corpus_dir: Path, upload: StagedUpload) -> Path:
    """Move a staged upload to its place in the corpus (atomic: readers see the old file or the new one)."""
    target = corpus_dir.resolve() / upload.name
    os.replace(upload.staged, target)
    discard_upload(upload)
    return target


def discard_upload(upload: StagedUpload) -> None:
    shutil.rmtree(upload.staged.parent, ignore_errors=True)
    try:
        upload.staged.parent.parent.rmdir()   # the staging folder, once no other upload waits in it
    except OSError:
        pass


def save_upload(corpus_dir: Path, original_name: str, temp_path: Path, max_bytes: int,
                overwrite: bool = False) -> Path:
    """Stage and publish one upload; a document of the same name is replaced only with `overwrite`."""
    upload = stage_upload(corpus_dir, original_name, temp_path, max_bytes)
    if upload.replaces and not overwrite:
        discard_upload(upload)
        raise UploadRejected(original_name, "同じ名前の文書が既にあります（上書きしていません）。")
    return publish_upload(corpus_dir, upload)
