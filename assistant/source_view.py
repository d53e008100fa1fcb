"""What the source panel shows for a citation: the text around the quote, where it stands (printed page,
section, sheet and cell), the PDF page as a picture with the quote boxed, and the original file.

Only files inside the corpus folder are ever named here (`corpus_file`), so the page cannot be made to
show or serve anything else.
"""
from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from assistant.context import CitationContext, citation_context
from assistant.labels import where
from assistant.page_image import render_page
from assistant.records import Citation
from ingest.records import Document


@dataclass(frozen=True)
class SourceView:
    context: CitationContext
    location: str              # 「p.10（ファイルの 14 ページ目）」, 「第3章 2(1)」, 「シート KPI一覧 のセル B7」
    page_png: bytes | None     # the PDF page with the quote boxed
    quote_found_on_page: bool
    original: Path | None      # the corpus file, to open at `page`
    page: int                  # the file page (for #page=N)
    source_url: str = ""       # where the document was published (read from it or its sidecar)

    def page_data_uri(self) -> str:
        return "data:image/png;base64," + base64.b64encode(self.page_png).decode("ascii") if self.page_png else ""


def corpus_file(corpus_dir: Path, doc: str) -> Path | None:
    """The corpus file of an indexed document, or None when it is missing or would lie outside the corpus."""
    root = corpus_dir.resolve()
    path = (root / doc).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        return None
    return path


def describe_location(document: Document, citation: Citation) -> str:
    """Where the quote stands, in words: printed and file page, section, or sheet and cell."""
    if document.pages_known:
        printed = document.printed_page(citation.page)
        if document.page_labels and printed != str(citation.page):
            return f"p.{printed}（PDF の {citation.page} ページ目）"
        return f"p.{citation.page}"
    place = where(document, citation.page, citation.start)
    if "!" in place:
        sheet, cell = place.rsplit("!", 1)
        return f"シート「{sheet}」のセル {cell}"
    return f"{place} の段落" if place else ""


def source_view(document: Document, citation: Citation, corpus_dir: Path) -> SourceView:
    original = corpus_file(corpus_dir, document.doc)
    png, found = None, False
    if original is not None and original.suffix.lower() == ".pdf" and document.pages_known:
        try:
            image = render_page(original, citation.page, [citation.quote])
            png, found = image.png, image.found
        except Exception:  # a file changed or damaged since indexing: the text view still stands
            png = None
    return SourceView(citation_context(document, citation), describe_location(document, citation), png, found,
                      original, citation.page, document.source_url)
