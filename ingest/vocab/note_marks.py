"""Note marks: the small raised 「注1」, 「※2」, 「*3」 a table prints after a name to point at a footnote, as data.

A KPI's name is the name without its mark: 「社会増減数注4」 in a cell is the indicator 「社会増減数」 (the note at the foot
of the page explains it). Only a mark at the end of a name is one; 「受注件数」 keeps its 注.
"""
from __future__ import annotations

import re

# The words that open a note mark (after NFKC: 「＊」 -> 「*」, 「（注１）」 -> 「(注1)」).
NOTE_MARK_WORDS: tuple[str, ...] = ("注", "※", "*", "＊", "★")
_WORDS = "|".join(re.escape(w) for w in NOTE_MARK_WORDS)
_TRAILING_MARK = re.compile(
    rf"\s*(?:[(（]\s*(?:{_WORDS})\s*[0-9０-９]{{0,2}}\s*[)）]|(?:{_WORDS})\s*[0-9０-９]{{1,2}}|[※*＊★]+)\s*$")


def without_note_mark(name: str) -> str:
    """The name less a note mark printed after it: 「合計特殊出生率注5」 -> 「合計特殊出生率」, 「転入者数（注2）」 -> 「転入者数」,
    「観光客数※」 -> 「観光客数」; a name that is only a mark stays as it is."""
    stripped = _TRAILING_MARK.sub("", name)
    return stripped if stripped.strip() else name
