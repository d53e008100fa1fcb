"""Indicator names for KPI table rows that share an indicator: a row printing 「〃」 (or 「同上」) repeats the indicator
of the row above, and a table with a column saying whom each figure covers (対象｜性別｜年齢) names each of those rows
with it, so that two records of 「肥満者の割合（％）」 read 「肥満者の割合（40～60歳代男性）」 and 「肥満者の割合（40～60歳代女性）」.

    分野｜指標｜対象｜ベースライン｜…
    栄養｜肥満者の割合（％）｜40～60歳代男性｜48.6｜…   -> 肥満者の割合（40～60歳代男性）, unit ％
        ｜〃              ｜40～60歳代女性｜32.4｜…   -> 肥満者の割合（40～60歳代女性）, unit ％

The unit bracket the name closes with (「（％）」) goes to the record's unit, not into the name beside the group.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Callable

from ingest.vocab.header_words import DITTO_MARKS, GROUP_COLUMN_WORDS

_DITTO = frozenset(unicodedata.normalize("NFKC", m) for m in DITTO_MARKS)
_GROUP_HEADERS = frozenset(GROUP_COLUMN_WORDS)


def is_ditto(text: str) -> bool:
    """True when a cell only repeats the cell above (「〃」, 「同上」)."""
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", text)) in _DITTO


def group_column(headers: list[str], skip: set[int]) -> int | None:
    """The column whose header says whom a row's figure covers (「対象」, 「性別」), outside the `skip` columns."""
    for i, header in enumerate(headers):
        if i not in skip and re.sub(r"\s", "", unicodedata.normalize("NFKC", header)) in _GROUP_HEADERS:
            return i
    return None


def resolved_names(raws: list[str]) -> list[str]:
    """Each row's raw indicator with a ditto mark replaced by the indicator of the row above ("" stays "")."""
    out, last = [], ""
    for raw in raws:
        if raw.strip() and is_ditto(raw):
            out.append(last)
            continue
        out.append(raw)
        if raw.strip():
            last = raw
    return out


def grouped_names(raws: list[str], groups: list[str], without_unit: Callable[[str], str]) -> list[str]:
    """The name of each row whose indicator (as resolved) stands on several rows of the table, each with its own
    group: 「<indicator less its unit bracket>（<group>）」; "" for a row that keeps its own name."""
    counts = Counter(r for r, g in zip(raws, groups) if r.strip() and g)
    return [f"{without_unit(r)}（{g}）" if r.strip() and g and counts[r] > 1 and g not in r else ""
            for r, g in zip(raws, groups)]
