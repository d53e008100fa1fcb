"""Readers of the plain-text formats (text, Markdown, HTML, CSV/TSV): bytes -> RawText with the tables met.

These readers are ours and linear in the file size, so they run in the updating process (ingest.readers.registry
declares which formats go to the worker instead).
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from ingest.readers.encoding import decode_text, looks_binary
from ingest.errors import IngestError
from ingest.readers.html import write_html
from ingest.records import RawText
from ingest.tables.build import GridCell, TextWriter, finish_tables, write_grid
from ingest.tables.text_tables import find_text_tables
from ingest.text.normalize import strip_invisible
from ingest.readers.file_format import FileFormat


def _binary_bytes(data: bytes) -> bool:
    """Binary junk: many control bytes. A few stray NULs in a text file are dropped later, not refused."""
    control = sum(data.count(bytes([b])) for b in (*range(1, 9), *range(14, 32)))
    return control > max(1, len(data) // 100) or data.count(b"\0") > len(data) // 10


def read_plain(path: Path, data: bytes) -> RawText:
    if _binary_bytes(data[:65536]) and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(path.name, "テキストファイルではないようです（バイナリデータが含まれています）。")
    text = strip_invisible(decode_text(data, path.name))
    if looks_binary(text):
        raise IngestError(path.name, "テキストファイルではないようです（バイナリデータが含まれています）。")
    return RawText(text, tables=finish_tables(path.name, text, find_text_tables(text)))


def read_html(path: Path, data: bytes) -> RawText:
    writer = TextWriter()
    write_html(strip_invisible(decode_text(data, path.name)), writer)
    text = writer.text().rstrip("\n")
    return RawText(text, tables=finish_tables(path.name, text, writer.drafts))


def read_delimited(path: Path, data: bytes) -> RawText:
    text = strip_invisible(decode_text(data, path.name))
    if looks_binary(text):
        raise IngestError(path.name, "テキストファイルではないようです（バイナリデータが含まれています）。")
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    writer = TextWriter()
    write_grid(writer, [[GridCell(c) if c.strip() else None for c in row] for row in rows],
               origin=path.suffix.lower().lstrip("."))
    text = writer.text().rstrip("\n")
    return RawText(text, tables=finish_tables(path.name, text, writer.drafts))


FORMATS = (FileFormat((".csv", ".tsv"), read_delimited),
           FileFormat((".txt", ".md"), read_plain, own_lines=True),
           FileFormat((".html", ".htm"), read_html, own_lines=True))
