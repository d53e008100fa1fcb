"""The place of a document and of each of its records, as place keys of ingest.places.

A document's place is Document.place when the metadata set one; else the first place its title names, else
the place its first lines name most often (or, when no place dominates, the area all of them lie in) (a cover: 「音威子府村 まち・ひと・しごと創生総合戦略」). A record's
place is the place its own text names (「観光入込客数（釧路）」), else the document's.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache


@lru_cache(maxsize=1)
def _gazetteer():
    try:
        from ingest.places import load_gazetteer
    except ImportError:   # the gazetteer is not on this branch yet: records carry no place
        return None
    return load_gazetteer()


def mentions(text: str) -> list[str]:
    """Place keys named in `text`, in order."""
    gazetteer = _gazetteer()
    if gazetteer is None or not text:
        return []
    return [m.key for m in gazetteer.find(text)]


def document_place(title: str, text: str, stated: str = "") -> str:
    """The area a document covers (see the module docstring)."""
    if stated:
        return stated
    in_title = mentions(title)
    if in_title:
        return _most_specific(in_title)
    head = mentions(text[:3000])
    if not head:
        return ""
    counts = Counter(head)
    best = max(counts.values())
    top = next(k for k in head if counts[k] == best)
    if best * 2 >= len(head):
        return top
    # many places, none dominant (a prefecture's plan for all its areas): the area they all lie in
    common = _common_ancestor(list(counts))
    return common or top


def _common_ancestor(keys: list[str]) -> str:
    parts = [k.split("/") for k in keys]
    shared = []
    for level in zip(*parts):
        if len(set(level)) > 1:
            break
        shared.append(level[0])
    return "/".join(shared)


def _most_specific(keys: list[str]) -> str:
    """Of the places a title names, the deepest one inside the first (「北海道 音威子府村…」 -> the village)."""
    first = keys[0]
    inside = [k for k in keys if k.startswith(first + "/")]
    return max(inside, key=lambda k: k.count("/")) if inside else first


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
