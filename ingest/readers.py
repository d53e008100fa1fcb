"""Readers: one function per file format, each bytes-on-disk -> RawText, raising only IngestError."""
from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from ingest.encoding import decode_text, looks_binary
from ingest.errors import IngestError
from ingest.html_reader import write_html
from ingest.office_readers import read_docx, read_xlsx
from ingest.pdf_reader import read_pdf
from ingest.records import RawText
from ingest.table_build import GridCell, TextWriter, finish_tables, write_grid
from ingest.text_tables import find_text_tables
from ingest.textnorm import strip_invisible

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".xlsx", ".csv", ".tsv")


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


MAX_UNZIPPED_BYTES = 400 * 1024 * 1024   # an Office file that unpacks to more is refused (zip bomb)
MAX_RATIO = 200                          # members packed tighter than this (and over 1 MB) are refused


def check_office_zip(name: str, data: bytes) -> None:
    """Refuse Office files that are not ZIP, unpack to too much (zip bombs), or carry DTDs (entity expansion).

    Office Open XML never declares a DTD, so any <!DOCTYPE/<!ENTITY in a part is refused before a
    parser sees it (billion laughs, external entities).
    """
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise IngestError(name, "Office ファイルとして壊れています（ZIP 形式ではありません）。")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            total = sum(m.file_size for m in members)
            packed = [m for m in members if m.file_size > 2**20 and m.file_size > MAX_RATIO * max(m.compress_size, 1)]
            if total > MAX_UNZIPPED_BYTES or packed:
                raise IngestError(name, f"展開すると大きくなりすぎるため読みません（展開後 {total / 2**20:.0f} MB）。"
                                        "圧縮爆弾の可能性があります。")
            for member in members:
                if member.filename.lower().endswith((".xml", ".rels")):
                    with archive.open(member) as part:
                        head = part.read(65536).upper()
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise IngestError(name, f"XML に DTD/エンティティ宣言があります（{member.filename}）。"
                                                "不正なファイルの可能性があるため読みません。")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, RuntimeError, NotImplementedError) as exc:
        raise IngestError(name, "Office ファイルとして壊れています（中の ZIP を読めません）。Word や Excel で開けるか確かめてください。") from exc


READERS = {
    ".txt": read_plain, ".md": read_plain, ".html": read_html, ".htm": read_html,
    ".pdf": read_pdf, ".docx": read_docx, ".xlsx": read_xlsx, ".csv": read_delimited, ".tsv": read_delimited,
}


def read_file(path: Path) -> RawText:
    """Read any supported file; IngestError for anything that cannot give text."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise IngestError(path.name, f"この形式（{path.suffix or '拡張子なし'}）には対応していません。対応形式: {', '.join(SUPPORTED_SUFFIXES)}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(path.name, f"ファイルを読めませんでした: {exc.strerror}") from exc
    if not data.strip():
        raise IngestError(path.name, "ファイルが空です。")
    if path.suffix.lower() in (".docx", ".xlsx"):
        check_office_zip(path.name, data)
    try:
        raw = reader(path, data)
    except (IngestError, MemoryError):
        raise
    except Exception as exc:  # a reader's library failing on hostile input is still one file's problem
        raise IngestError(path.name, "読み込み中に予期しない問題が起きました。ファイルが壊れていないか、元のアプリで開けるか確かめてください。") from exc
    if not raw.text.strip():
        raise IngestError(path.name, "文字を取り出せませんでした（本文が空です）。")
    return raw
