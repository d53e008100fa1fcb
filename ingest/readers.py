"""Readers: one function per file format, each bytes-on-disk -> RawText, raising only IngestError."""
from __future__ import annotations

import csv
import io
import zipfile
from html.parser import HTMLParser
from pathlib import Path

from ingest.encoding import decode_text, looks_binary
from ingest.errors import IngestError
from ingest.records import RawText
from ingest.textnorm import strip_invisible

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".xlsx", ".csv", ".tsv")
_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "section", "article", "title"}


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
    return RawText(text)


class _HtmlText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in ("td", "th"):
            self.parts.append("\t")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def read_html(path: Path, data: bytes) -> RawText:
    parser = _HtmlText()
    parser.feed(strip_invisible(decode_text(data, path.name)))
    lines = [ln.strip(" ").lstrip("\t") for ln in "".join(parser.parts).split("\n")]
    return RawText("\n".join(ln for ln in lines if ln.strip()))


def read_pdf(path: Path, data: bytes) -> RawText:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [strip_invisible(page.extract_text() or "") for page in pdf.pages]
    except PDFPasswordIncorrect as exc:
        raise IngestError(path.name, "パスワードで保護された PDF は読めません。保護を解除してから追加してください。") from exc
    except Exception as exc:  # pdfminer raises many types for broken files (pdfplumber wraps them)
        wrapped = [exc, *exc.args, exc.__cause__]
        if any(isinstance(e, MemoryError) for e in wrapped):
            raise MemoryError from exc  # the bounded worker reports it as the memory limit
        if any(isinstance(e, PDFPasswordIncorrect) for e in wrapped) or "password" in str(exc).lower() \
                or "encrypt" in str(exc).lower():
            raise IngestError(path.name, "パスワードで保護された PDF は読めません。保護を解除してから追加してください。") from exc
        raise IngestError(path.name, f"PDF を読めませんでした（壊れているか PDF ではありません: {type(exc).__name__}）。") from exc
    if not any(p.strip() for p in pages):
        raise IngestError(path.name, "PDF に文字情報がありません（画像だけの PDF の可能性があります）。OCR には対応していません。")
    starts, text = [], ""
    for number, page in enumerate(pages, start=1):
        starts.append((len(text), number))
        text += page + "\n"
    return RawText(text, starts, pages_known=True)


def read_docx(path: Path, data: bytes) -> RawText:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise IngestError(path.name, f"Word ファイル（.docx）として開けませんでした: {type(exc).__name__}") from exc
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                lines.append("\t".join(cell.text.replace("\n", " ") for cell in row.cells))
    return RawText(strip_invisible("\n".join(lines)))


def read_xlsx(path: Path, data: bytes) -> RawText:
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:
        raise IngestError(path.name, f"Excel ファイル（.xlsx）として開けませんでした: {type(exc).__name__}") from exc
    text, starts = "", []
    for number, sheet in enumerate(book.worksheets, start=1):
        starts.append((len(text), number))
        rows = [f"■ {sheet.title}"]
        for row in sheet.iter_rows(values_only=True):
            cells = ["" if v is None else str(v).replace("\n", " ") for v in row]
            while cells and not cells[-1]:
                cells.pop()
            if any(cells):
                rows.append("\t".join(cells))
        text += strip_invisible("\n".join(rows)) + "\n"
    book.close()
    return RawText(text, starts, pages_known=False)


def read_delimited(path: Path, data: bytes) -> RawText:
    text = strip_invisible(decode_text(data, path.name))
    if looks_binary(text):
        raise IngestError(path.name, "テキストファイルではないようです（バイナリデータが含まれています）。")
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    rows = csv.reader(io.StringIO(text), delimiter=delimiter)
    return RawText("\n".join("\t".join(c.replace("\n", " ") for c in row) for row in rows if any(row)))


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
        raise IngestError(name, f"Office ファイルとして壊れています（{type(exc).__name__}）。") from exc


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
        raise IngestError(path.name, f"読み込み中にエラーが起きました: {type(exc).__name__}") from exc
    if not raw.text.strip():
        raise IngestError(path.name, "文字を取り出せませんでした（本文が空です）。")
    return raw
