"""The area a document covers, as a place key of ingest.places.gazetteer (「北海道/釧路・根室」): the one algorithm.

`document_place` is what ingest stores as Document.place (a stated place wins), what records fall back to, and
what the answer scope starts from; `narrowed_place` is the answer scope's one refinement of a stored place (a
広報 whose every article row begins 「岡山県倉敷市」 is 倉敷市's, not 岡山県's).

The different place names of the text are counted up the hierarchy (釧路市 counts for 釧路, for
釧路・根室 and for 北海道; a name repeated counts once, so a brand such as 「根室七星」 does not pull the
area to 根室); from the most-named prefecture the area narrows to a part while one part holds most of
the names. A place the title names below prefecture level is the area (「釧路・根室連携地域政策展開方針」);
a prefecture in a title (「住まいる北海道」) lets the text narrow it.
"""
from __future__ import annotations

from collections import Counter

from ingest.places.gazetteer import Gazetteer, contains, load_gazetteer

NARROW_SHARE = 0.75
SCAN_CHARS = 60_000


def _ancestors(key: str) -> list[str]:
    parts = key.split("/")
    return ["/".join(parts[:i]) for i in range(1, len(parts) + 1)]


def document_place(title: str, text: str, stated: str = "", gazetteer: Gazetteer | None = None) -> str:
    """The place key of the area a document covers: `stated` (a sidecar's or Document.place) when given, else the
    place its title and text name (see the module docstring); "" when it names no place."""
    if stated:
        return stated
    return covered_place(title, text, gazetteer or load_gazetteer())


def covered_place(title: str, text: str, gazetteer: Gazetteer) -> str:
    """The place key of the area the document covers ("" when it names no place)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}     # where each place is first named: of two named as often, the earlier wins
    mentions = gazetteer.find(text[:SCAN_CHARS])
    for m in mentions:
        for ancestor in _ancestors(m.key):
            first.setdefault(ancestor, m.start)
    for key in {(m.name, m.key) for m in mentions}:
        for ancestor in _ancestors(key[1]):
            counts[ancestor] += 1
    weight = lambda k: (counts[k], -first[k])   # noqa: E731 — a tie never depends on the set's order
    area = ""
    if counts:
        roots = [k for k in counts if "/" not in k]
        area = max(roots, key=weight) if roots else ""
        while area:
            children = [k for k in counts if k.startswith(area + "/") and k.count("/") == area.count("/") + 1]
            best = max(children, key=weight, default="")
            if not best or counts[best] < NARROW_SHARE * counts[area]:
                break
            area = best
    named = [m.key for m in gazetteer.find(title)]
    if named:
        title_place = max(named, key=lambda k: k.count("/"))
        if "/" in title_place or not (area == title_place or area.startswith(title_place + "/")):
            return title_place
    return area


def narrowed_place(place: str, cover: str, text: str, gazetteer: Gazetteer | None = None) -> str:
    """`place` narrowed to a place inside it that the `cover` names and that holds most (NARROW_SHARE, at least 2)
    of the mentions of places inside it in `text`; else `place`."""
    gazetteer = gazetteer or load_gazetteer()
    on_cover = {m.key for m in gazetteer.find(cover)}
    inside = [m.key for m in gazetteer.find(text[:SCAN_CHARS]) if m.key != place and contains(place, m.key)]
    if inside and on_cover:
        best = max(dict.fromkeys(inside), key=inside.count)   # a tie: the first named, never a set order
        if best in on_cover and inside.count(best) >= NARROW_SHARE * len(inside) and inside.count(best) >= 2:
            return best
    return place


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
