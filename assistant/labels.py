"""Paste-ready citation labels: 「釧路・根室連携地域政策展開方針（北海道、令和7年3月）p.10」.

The title, then the issuing body and the date of issue in brackets, then where the quote stands: the
printed page of a PDF (the file page where none is printed), the page of a text whose page numbers
were found, else the numbered section (「第3章 2(1)」) or the workbook cell (「シート名!B7」).
"""
from __future__ import annotations

from ingest.records import Document


def document_name(document: Document) -> str:
    """「釧路・根室連携地域政策展開方針（北海道、令和7年3月）」: title with issuer and date."""
    # Not said twice: an issuer the title starts with (「富士市総合計画」), a date or edition the title holds.
    issuer = "" if document.issuer and document.title.startswith(document.issuer) else document.issuer
    details = [issuer] + [x for x in (document.edition, document.date) if x and x not in document.title]
    details = [x for x in details if x]
    return document.title + (f"（{'、'.join(details)}）" if details else "")


def where(document: Document, page: int, start: int | None = None) -> str:
    """「p.10」, 「第3章 2(1)」, 「シート名!B7」 or "" for a quote on file page `page` at offset `start`."""
    if document.pages_known:
        return f"p.{document.printed_page(page)}"
    return document.location_at(start) if start is not None else ""


def citation_label(document: Document, page: int, start: int | None = None) -> str:
    place = where(document, page, start)
    return document_name(document) + (place if place.startswith("p.") or not place else f" {place}")
