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
    control = sum(data.count(bytes([b])) for b in (*range(0, 9), *range(14, 32)))
    return control > max(1, len(data) // 100)


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
    except Exception as exc:  # pdfminer raises many types for broken files
        if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
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
    if path.suffix.lower() in (".docx", ".xlsx") and not zipfile.is_zipfile(io.BytesIO(data)):
        raise IngestError(path.name, "Office ファイルとして壊れています（ZIP 形式ではありません）。")
    try:
        raw = reader(path, data)
    except IngestError:
        raise
    except Exception as exc:  # a reader's library failing on hostile input is still one file's problem
        raise IngestError(path.name, f"読み込み中にエラーが起きました: {type(exc).__name__}") from exc
    if not raw.text.strip():
        raise IngestError(path.name, "文字を取り出せませんでした（本文が空です）。")
    return raw
