"""Errors of the index layer, each with a message that says what to do."""
from __future__ import annotations

import errno
from pathlib import Path


class IndexError_(Exception):
    """Base class (named with a trailing underscore so it never shadows the builtin)."""


class IndexMissing(IndexError_):
    pass


class IndexIncompatible(IndexError_):
    """Format version, checksum or embedder mismatch: the index must be rebuilt."""


class UpdateBusy(IndexError_):
    """Another update holds the lock."""


class BuildFailed(IndexError_):
    """A distributed build could not finish (a task failed after its retries, a segment failed its check):
    nothing was published; the index stays as it was."""


class IndexWriteFailed(IndexError_):
    """The index folder could not be written (disk full, read-only, no permission): nothing new was published;
    the generation published before stays whole and keeps answering."""


def disk_problem(folder_label: str, folder: Path, exc: OSError) -> str:
    """One Japanese line: which folder could not be written, why (in words, not an exception name), what to do."""
    where = f"{folder_label} {folder.absolute()}"
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"{where} のディスクに空きがありません。不要なファイルを消して空きを作ってから、もう一度実行してください。"
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return (f"{where} に書き込めません（読み取り専用か、書き込む権限がありません）。"
                "書き込めるフォルダを指定するか、管理者に権限を直してもらってください。")
    reason = exc.strerror or "原因不明"
    return f"{where} に書き込めませんでした（{reason}）。ディスクと権限を確かめてから、もう一度実行してください。"
