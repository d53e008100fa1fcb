"""The area a document covers, as a place key of ingest.places (「北海道/釧路・根室」).

The text's place mentions are counted up the hierarchy (a mention of 釧路市 counts for 釧路, for
釧路・根室 and for 北海道); from the most-mentioned prefecture the area narrows to a part while one
part holds most of the mentions. A place the title names wins unless the text narrows it further
(「住まいる北海道」 in a title about 釧路・根室 projects).
"""
from __future__ import annotations

from collections import Counter

NARROW_SHARE = 0.6
SCAN_CHARS = 60_000


def _ancestors(key: str) -> list[str]:
    parts = key.split("/")
    return ["/".join(parts[:i]) for i in range(1, len(parts) + 1)]


def covered_place(title: str, text: str, gazetteer) -> str:
    """The place key of the area the document covers ("" when it names no place)."""
    counts: Counter[str] = Counter()
    for mention in gazetteer.find(text[:SCAN_CHARS]):
        for key in _ancestors(mention.key):
            counts[key] += 1
    area = ""
    if counts:
        roots = [k for k in counts if "/" not in k]
        area = max(roots, key=lambda k: counts[k]) if roots else ""
        while area:
            children = [k for k in counts if k.startswith(area + "/") and k.count("/") == area.count("/") + 1]
            best = max(children, key=lambda k: counts[k], default="")
            if not best or counts[best] < NARROW_SHARE * counts[area]:
                break
            area = best
    named = [m.key for m in gazetteer.find(title)]
    if named:
        title_place = max(named, key=lambda k: k.count("/"))
        if not (area == title_place or area.startswith(title_place + "/")):
            return title_place
    return area
