"""Reading a file with bounds: size before reading; PDF and Office parsers in a worker process
(`python -m ingest.readers.worker`) with a time limit and a memory limit, so a parser that hangs, bloats or
crashes costs that file, not the update.

Plain-text formats are read in-process: their readers are ours and linear in the file size (which formats
go to the worker is declared with each format, ingest.readers.registry).
"""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from ingest.errors import IngestError
from ingest.pipeline import IngestedFile, ingest_file
from ingest.readers.registry import ISOLATED_SUFFIXES
from ingest.plans.projects import DocumentPlans
from ingest.records import Document, Passage


@dataclass(frozen=True)
class IngestLimits:
    max_file_bytes: int = 100 * 1024 * 1024
    parse_seconds: float = 120.0
    parse_memory_bytes: int = 2 * 1024 * 1024 * 1024


def _memory_reason(limits: IngestLimits) -> str:
    return (f"読み込みにメモリを使いすぎるため中止しました（上限 {limits.parse_memory_bytes // 2**20} MB）。"
            "圧縮爆弾など不正なファイルの可能性があります。")


def _from_json(out: dict) -> IngestedFile:
    return IngestedFile(Document.from_json(out["document"]), [Passage(**p) for p in out["passages"]],
                        DocumentPlans.from_json(out["plans"]))


def ingest_bounded(path: Path, corpus_dir: Path, limits: IngestLimits = IngestLimits()) -> IngestedFile:
    """`ingest_file` within the limits; every failure is an IngestError naming the file."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IngestError(path.name, f"ファイルを読めませんでした: {exc.strerror}") from exc
    if size > limits.max_file_bytes:
        raise IngestError(path.name, f"ファイルが大きすぎます（{size / 2**20:.1f} MB、上限 {limits.max_file_bytes / 2**20:.0f} MB）。"
                                     "分割するか、上限を設定で変えてください。")
    if path.suffix.lower() not in ISOLATED_SUFFIXES:
        return ingest_file(path, corpus_dir)
    # The worker runs in the project's folder: a path relative to ours (`--corpus docs`) would name nothing there.
    path, corpus_dir = path.absolute(), corpus_dir.absolute()
    command = [sys.executable, "-m", "ingest.readers.worker", str(limits.parse_memory_bytes), str(corpus_dir), str(path)]
    try:
        done = subprocess.run(command, capture_output=True, timeout=limits.parse_seconds,
                              cwd=Path(__file__).resolve().parents[1])
    except subprocess.TimeoutExpired:
        raise IngestError(path.name, f"{limits.parse_seconds:g} 秒以内に読み終わらなかったため中止しました。"
                                     "ファイルが壊れているか、大きすぎる可能性があります。") from None
    try:
        out = json.loads(done.stdout.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        memory = b"MemoryError" in done.stderr or done.returncode in (-9, 137)
        raise IngestError(path.name, _memory_reason(limits) if memory else
                          f"読み込み処理が異常終了しました（終了コード {done.returncode}）。") from None
    if "error" in out:
        raise IngestError(path.name, _memory_reason(limits) if out["error"] == "memory" else out["error"])
    return _from_json(out)
