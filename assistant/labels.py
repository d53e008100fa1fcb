"""Paste-ready citation labels: 「釧路・根室連携地域政策展開方針（令和7年3月）p.10」."""
from __future__ import annotations

from ingest.records import Document


def citation_label(document: Document, page: int) -> str:
    label = document.title
    if document.date:
        label += f"（{document.date}）"
    if document.pages_known:
        label += f"p.{page}"
    return label
