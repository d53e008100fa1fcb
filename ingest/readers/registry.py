"""The file formats we read, collected once from the reader modules (ingest.readers.formats), each of which declares
its formats: suffixes, reader and how carefully it is read (a FileFormat).

Adding a format is one new module in ingest.readers.formats with its FORMATS: the suffixes the corpus scan takes
(SUPPORTED_SUFFIXES), the ones read in the worker process (ISOLATED_SUFFIXES, ingest.readers.sandbox), the upload
check of the page (assistant.uploads) and the messages that list the formats all derive from it, as haystack
routes its converters from one MIME-type table and docling maps each format to its backend.
"""
from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from ingest.errors import IngestError
from ingest.readers import formats
from ingest.readers.file_format import FileFormat
from ingest.readers.formats.office import check_office_zip
from ingest.records import RawText


def declared_formats() -> tuple[FileFormat, ...]:
    """Every FileFormat the modules of ingest.readers.formats declare, in module order."""
    found: list[FileFormat] = []
    for module in sorted(pkgutil.iter_modules(formats.__path__), key=lambda m: m.name):
        found += getattr(importlib.import_module(f"{formats.__name__}.{module.name}"), "FORMATS", ())
    return tuple(found)


FORMATS = declared_formats()
READERS = {suffix: fmt for fmt in FORMATS for suffix in fmt.suffixes}   # suffix -> its FileFormat
SUPPORTED_SUFFIXES = tuple(READERS)
ISOLATED_SUFFIXES = tuple(suffix for suffix, fmt in READERS.items() if fmt.isolated)
OWN_LINE_SUFFIXES = tuple(suffix for suffix, fmt in READERS.items() if fmt.own_lines)   # (ingest.plans.label_lines)


def read_file(path: Path) -> RawText:
    """Read any supported file; IngestError for anything that cannot give text."""
    fmt = READERS.get(path.suffix.lower())
    if fmt is None:
        raise IngestError(path.name, f"この形式（{path.suffix or '拡張子なし'}）には対応していません。対応形式: {', '.join(SUPPORTED_SUFFIXES)}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(path.name, f"ファイルを読めませんでした: {exc.strerror}") from exc
    if not data.strip():
        raise IngestError(path.name, "ファイルが空です。")
    if fmt.office_zip:
        check_office_zip(path.name, data)
    try:
        raw = fmt.read(path, data)
    except (IngestError, MemoryError):
        raise
    except Exception as exc:  # a reader's library failing on hostile input is still one file's problem
        raise IngestError(path.name, "読み込み中に予期しない問題が起きました。ファイルが壊れていないか、元のアプリで開けるか確かめてください。") from exc
    if not raw.text.strip():
        raise IngestError(path.name, "文字を取り出せませんでした（本文が空です）。")
    return raw
