"""Files staff add through the page: checked, renamed safely and written into the corpus only."""
from __future__ import annotations

import os
import re
import shutil
import unicodedata
from pathlib import Path

UPLOAD_SUFFIXES = (".pdf", ".docx", ".xlsx", ".csv", ".tsv", ".txt", ".md", ".html", ".htm")


class UploadRejected(Exception):
    """A file that was not added, and why (Japanese, naming the file)."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: {reason}")
        self.name, self.reason = name, reason


def safe_name(name: str) -> str:
    """The last path component of an uploaded name, without control characters or leading dots.

    「../../etc/passwd」 -> 「passwd」, 「C:\\x\\計画 2025.pdf」 -> 「計画 2025.pdf」.
    """
    name = unicodedata.normalize("NFC", name.replace("\\", "/")).split("/")[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = re.sub(r"^[.\s]+", "", name).strip()
    return name[:120]


def save_upload(corpus_dir: Path, original_name: str, temp_path: Path, max_bytes: int) -> Path:
    """Copy one uploaded file into `corpus_dir` under a safe name; an existing file of that name is replaced."""
    name = safe_name(original_name)
    shown = original_name or "（名前なし）"
    if not name:
        raise UploadRejected(shown, "ファイル名が使えません。名前を付け直してから追加してください。")
    suffix = Path(name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise UploadRejected(shown, f"この形式（{suffix or '拡張子なし'}）は追加できません。"
                                    f"対応形式: {' '.join(UPLOAD_SUFFIXES)}")
    size = os.path.getsize(temp_path)
    if size > max_bytes:
        raise UploadRejected(shown, f"ファイルが大きすぎます（{size / 1e6:.1f} MB、上限 {max_bytes / 1e6:.0f} MB）。")
    if size == 0:
        raise UploadRejected(shown, "ファイルが空です。")
    corpus = corpus_dir.resolve()
    target = (corpus / name).resolve()
    if target.parent != corpus:
        raise UploadRejected(shown, "ファイル名が使えません。")
    partial = target.with_name(f".{name}.partial")
    shutil.copyfile(temp_path, partial)
    os.replace(partial, target)
    return target
