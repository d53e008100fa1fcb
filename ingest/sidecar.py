"""Per-file metadata overrides: `<folder>/.meta/<file name>.json` beside each corpus file.

    corpus/plan.pdf  ->  corpus/.meta/plan.pdf.json   {"title": "…", "issuer": "…", "date": "令和7年3月"}

What a person writes there wins over what was read from the document (a cover the reader gets
wrong, a scan without a date). The folder is hidden, so the index never takes a sidecar for a
document; a changed sidecar changes the document's content hash (ingest.pipeline.file_hash), so the
next update re-reads that document.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from ingest.errors import IngestError

SIDECAR_DIR = ".meta"
FIELDS = ("title", "issuer", "place", "date", "edition", "source_url")


def sidecar_path(path: Path) -> Path:
    return path.parent / SIDECAR_DIR / f"{path.name}.json"


def read_sidecar(path: Path) -> dict[str, str]:
    """The overrides for one corpus file ({} when it has none); IngestError naming the file when broken."""
    side = sidecar_path(path)
    if not side.is_file():
        return {}
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IngestError(path.name, f"メタデータファイル {SIDECAR_DIR}/{side.name} を読めませんでした（JSON として正しくありません）。"
                                     "修正するか削除してください。") from exc
    if not isinstance(data, dict):
        raise IngestError(path.name, f"メタデータファイル {SIDECAR_DIR}/{side.name} は {{\"title\": …}} の形で書いてください。")
    return {k: str(v).strip() for k, v in data.items() if k in FIELDS and v is not None and str(v).strip()}


def write_sidecar(path: Path, values: dict[str, str]) -> Path:
    """Write the overrides for one corpus file (empty values are left out: the document's own are used)."""
    side = sidecar_path(path)
    side.parent.mkdir(exist_ok=True)
    kept = {k: str(values[k]).strip() for k in FIELDS if str(values.get(k) or "").strip()}
    handle, temp = tempfile.mkstemp(dir=side.parent, prefix=".tmp-", suffix=".json")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump(kept, out, ensure_ascii=False, indent=2)
    os.replace(temp, side)
    return side


def sidecar_bytes(path: Path) -> bytes:
    """The sidecar's bytes (b"" when there is none), for the document's content hash."""
    try:
        return sidecar_path(path).read_bytes()
    except OSError:
        return b""
