"""The file formats we read, declared once: each names its suffixes, its reader and how carefully it is read.

Adding a format is one entry in FORMATS (and its reader module): the suffixes the corpus scan takes
(SUPPORTED_SUFFIXES), the ones read in the worker process (ISOLATED_SUFFIXES, ingest.readers.sandbox), the
upload check of the page (assistant.uploads) and the messages that list the formats all derive from it,
as haystack routes its converters from one MIME-type table and docling maps each format to its backend.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ingest.errors import IngestError
from ingest.readers.office import check_office_zip, read_docx, read_xlsx
from ingest.readers.pdf import read_pdf
from ingest.records import RawText
from ingest.readers.text import read_delimited, read_html, read_plain


@dataclass(frozen=True)
class FileFormat:
    """One readable format: bytes on disk -> RawText, raising only IngestError."""

    suffixes: tuple[str, ...]               # lower case, with the dot: (".csv", ".tsv")
    read: Callable[[Path, bytes], RawText]
    isolated: bool = False     # a third-party parser on untrusted bytes: read in the worker with time and memory limits
    office_zip: bool = False   # an Office Open XML package: refused first if it is a zip bomb or declares a DTD


FORMATS = (
    FileFormat((".pdf",), read_pdf, isolated=True),
    FileFormat((".docx",), read_docx, isolated=True, office_zip=True),
    FileFormat((".xlsx",), read_xlsx, isolated=True, office_zip=True),
    FileFormat((".csv", ".tsv"), read_delimited),
    FileFormat((".txt", ".md"), read_plain),
    FileFormat((".html", ".htm"), read_html),
)

READERS = {suffix: fmt for fmt in FORMATS for suffix in fmt.suffixes}   # suffix -> its FileFormat
SUPPORTED_SUFFIXES = tuple(READERS)
ISOLATED_SUFFIXES = tuple(suffix for suffix, fmt in READERS.items() if fmt.isolated)


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
