"""The area a document covers, as a place key of ingest.places (「北海道/釧路・根室」).

The different place names of the text are counted up the hierarchy (釧路市 counts for 釧路, for
釧路・根室 and for 北海道; a name repeated counts once, so a brand such as 「根室七星」 does not pull the
area to 根室); from the most-named prefecture the area narrows to a part while one part holds most of
the names. A place the title names below prefecture level is the area (「釧路・根室連携地域政策展開方針」);
a prefecture in a title (「住まいる北海道」) lets the text narrow it.
"""
from __future__ import annotations

from collections import Counter

NARROW_SHARE = 0.75
SCAN_CHARS = 60_000


def _ancestors(key: str) -> list[str]:
    parts = key.split("/")
    return ["/".join(parts[:i]) for i in range(1, len(parts) + 1)]


def covered_place(title: str, text: str, gazetteer) -> str:
    """The place key of the area the document covers ("" when it names no place)."""
    counts: Counter[str] = Counter()
    # in text order (a set's order follows the process's hash seed: a tie between two prefectures was random)
    for key in dict.fromkeys((m.name, m.key) for m in gazetteer.find(text[:SCAN_CHARS])):
        for ancestor in _ancestors(key[1]):
            counts[ancestor] += 1
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
        if "/" in title_place or not (area == title_place or area.startswith(title_place + "/")):
            return title_place
    return area


def issuer_of_place(place: str) -> str:
    """The body that issues a document about a place: a municipality itself, else its prefecture
    (連携地域 and 振興局 areas are the prefecture's own divisions)."""
    if not place:
        return ""
    parts = place.split("/")
    if len(parts) > 1 and parts[-1].endswith(("市", "町", "村", "区")):
        # a ward's plans are its city's (「静岡県/静岡市/葵区」 -> 静岡市)
        return parts[-2] if parts[-1].endswith("区") and parts[-2].endswith("市") else parts[-1]
    return parts[0]
