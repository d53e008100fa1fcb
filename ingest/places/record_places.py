"""The place of each record of a document, as place keys of ingest.places.gazetteer.

A record's place is the place its own text names (「観光入込客数（釧路）」), else the document's
(ingest.places.coverage.document_place).
"""
from __future__ import annotations

from ingest.places.gazetteer import load_gazetteer


def mentions(text: str) -> list[str]:
    """Place keys named in `text`, in order."""
    if not text:
        return []
    return [m.key for m in load_gazetteer().find(text)]


def place_in(text: str, document: str) -> str:
    """The place a record's text names, when it names one inside (or beside) the document's place; else ""."""
    keys = mentions(text)
    if not keys:
        return ""
    if document:
        inside = [k for k in keys if k == document or k.startswith(document + "/") or document.startswith(k + "/")]
        deeper = [k for k in inside if k.startswith(document + "/")]
        if deeper:
            return deeper[-1]
        if inside:
            return ""
    return keys[-1]
