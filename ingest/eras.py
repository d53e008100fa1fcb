"""Japanese era years -> Western fiscal years: R1 = 令和元年 = 2019, H26 = 平成26年 = 2014."""
from __future__ import annotations

import re

_ERA_START = {"R": 2018, "令和": 2018, "H": 1988, "平成": 1988, "S": 1925, "昭和": 1925}
_ERA_YEAR = re.compile(r"(令和|平成|昭和|R|H|S)\s*(元|[0-9]{1,2})(?![0-9])")
_WESTERN = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")


def era_year(text: str) -> int | None:
    """The first year in `text` as a Western year: 「R1」 -> 2019, 「平成30年度」 -> 2018, 「2020年」 -> 2020."""
    m = _ERA_YEAR.search(text)
    w = _WESTERN.search(text)
    if m and (not w or m.start() < w.start()):
        number = 1 if m.group(2) == "元" else int(m.group(2))
        return _ERA_START[m.group(1)] + number
    return int(w.group(1)) if w else None


def year_span(text: str) -> tuple[int | None, int | None]:
    """(first, last) year of 「R3~R7」, 「H27～R1合計」, 「H21～25平均」; (y, y) for a single year."""
    parts = re.split(r"[~～〜\-－]", text, maxsplit=1)
    first = era_year(parts[0])
    if len(parts) == 1 or first is None:
        return first, first
    second = era_year(parts[1])
    if second is None:  # 「H21～25」: the era carries over
        digits = re.match(r"\s*(元|[0-9]{1,2})(?![0-9])", parts[1])
        era = _ERA_YEAR.search(parts[0])
        if digits and era:
            second = era_year(era.group(1) + digits.group(1))
    return first, second
