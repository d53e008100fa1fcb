"""Japanese era years -> Western (fiscal) years and back: R1 = 令和元年 = 2019, H26 = 平成26年 = 2014.

Reads every form plans print: 「令和元年」, 「R1」, 「H30.10.3」 (a date), 「平成 31 年」 (spaced), 「西暦2024年度」,
full-width digits (the caller may pass raw text: it is NFKC-normalised here), ranges 「R3~R7」, 「H21～25」.
"""
from __future__ import annotations

import re
import unicodedata

_ERA_START = {"R": 2018, "令和": 2018, "令": 2018, "H": 1988, "平成": 1988, "平": 1988, "S": 1925, "昭和": 1925}
_ERA_YEAR = re.compile(r"(令和|平成|昭和|(?<![A-Za-z])[RHS](?![A-Za-z]))\s*(元|[0-9]{1,2})(?![0-9])")
_WESTERN = re.compile(r"(?<![0-9.,])((?:19|20)[0-9]{2})(?![0-9])")
_DATE = re.compile(r"(?:令和|平成|昭和|[RHS])\s*(?:元|[0-9]{1,2})\s*[./年]\s*[0-9]{1,2}\s*[./月]\s*[0-9]{1,2}日?"
                   r"|(?:19|20)[0-9]{2}\s*[./年]\s*[0-9]{1,2}\s*[./月]\s*[0-9]{1,2}日?")
_RANGE_SEP = re.compile(r"[~～〜˜\-－―‐]")
_ERA_LETTER = {2018: "R", 1988: "H", 1925: "S"}


def _clean(text: str) -> str:
    # 「˜」 (a small tilde, as PDFs print 「～」) would become a combining mark under NFKC
    return unicodedata.normalize("NFKC", text.replace("˜", "~"))


def era_year(text: str) -> int | None:
    """The first year in `text` as a Western year: 「R1」 -> 2019, 「平成30年度」 -> 2018, 「2020年」 -> 2020."""
    text = _clean(text)
    m = _ERA_YEAR.search(text)
    w = _WESTERN.search(text)
    if m and (not w or m.start() < w.start()):
        number = 1 if m.group(2) == "元" else int(m.group(2))
        return _ERA_START[m.group(1)] + number
    return int(w.group(1)) if w else None


def year_span(text: str) -> tuple[int | None, int | None]:
    """(first, last) year of 「R3~R7」, 「H27～R1合計」, 「H21～25平均」; (y, y) for a single year."""
    text = _clean(text)
    parts = _RANGE_SEP.split(text, maxsplit=1)
    first = era_year(parts[0])
    if len(parts) == 1 or first is None:
        return first, first
    second = era_year(parts[1])
    if second is None:  # 「H21～25」: the era carries over
        digits = re.match(r"\s*(元|[0-9]{1,2})(?![0-9])", parts[1])
        era = _ERA_YEAR.search(parts[0])
        if digits and era:
            second = era_year(era.group(1) + digits.group(1))
    return first, second or first


def is_date(text: str) -> bool:
    """「H30.10.3」, 「令和5年5月26日」, 「2024/4/1」: a calendar date (never a KPI's name or value)."""
    return bool(_DATE.search(_clean(text)))


def date_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the dates in `text` (offsets into the NFKC form, equal to the input for ASCII dates)."""
    return [m.span() for m in _DATE.finditer(_clean(text))]


def era_label(year: int, suffix: str = "年度") -> str:
    """2021 -> 「R3年度」, 2019 -> 「R1年度」, 2018 -> 「H30年度」 (never 「R0」), 1988 -> 「S63年度」."""
    for start in sorted(_ERA_LETTER, reverse=True):
        if year > start:
            return f"{_ERA_LETTER[start]}{year - start}{suffix}"
    return f"{year}{suffix}"
