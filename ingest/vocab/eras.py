"""Era and Western years as plans print them: one reader for every form, one answer (a Western year).

「令和元年度」 -> 2019 (fiscal), 「R5」 「R.5」 「Ｒ５」 「令5」 -> 2023, 「H30」 -> 2018, 「S63」 「昭和63年」 -> 1988,
「西暦2023年」 「2023年度」 -> 2023; ranges 「R2～R6」 -> 2020..2024, 「平成20~24年」 -> 2008..2012, 「H27～R1」;
dates 「令和2年1月1日」, 「R1.10.1」, 「H30.10.3」, 「2023/4/1」, 「令和5年4月」 (a month is a date too).
A bare four-digit number (「2019」, a table header) is read as a year but marked `bare`: a caller that must not
take 「2030人」 or a count for a year checks it (a number followed by a unit is never a year).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.vocab.normal import normalize

# era name (as printed) -> the Western year of its year 0 (令和1 = 2019, so 令和 -> 2018)
ERA_START: dict[str, int] = {
    "令和": 2018, "R": 2018, "令": 2018,
    "平成": 1988, "H": 1988, "平": 1988,
    "昭和": 1925, "S": 1925, "昭": 1925,
    "大正": 1911, "明治": 1867,
}
ERA_NAMES: dict[int, str] = {2018: "令和", 1988: "平成", 1925: "昭和", 1911: "大正", 1867: "明治"}
ERA_LETTERS: dict[int, str] = {2018: "R", 1988: "H", 1925: "S"}
# The eras plans print years in, in full, newest first (「令和」, 「平成」, 「昭和」), and the two of a current plan's
# years (令和, 平成) with their letters (R, H): for the grammars that compose them and the readers that check `era`.
MODERN_ERAS: tuple[str, ...] = tuple(ERA_NAMES[start] for start in sorted(ERA_NAMES, reverse=True)[:3])
CURRENT_ERAS: tuple[str, ...] = MODERN_ERAS[:2]
CURRENT_ERA_LETTERS: tuple[str, ...] = tuple(ERA_LETTERS[ERA_START[era]] for era in CURRENT_ERAS)
ERA_WORDS = "|".join(MODERN_ERAS)                                          # 「令和|平成|昭和」
CURRENT_ERA_WORDS = "|".join(CURRENT_ERAS + CURRENT_ERA_LETTERS)           # 「令和|平成|R|H」
ERA_WORDS_AND_LETTERS = "|".join(MODERN_ERAS + CURRENT_ERA_LETTERS)        # 「令和|平成|昭和|R|H」

_ERA = re.compile(
    r"(?P<era>令和|平成|昭和|大正|明治"
    r"|(?<![A-Za-z])[RHS](?:\.(?= *[0-9元]))?"
    r"|(?<![\u3400-\u9fff])[令平昭](?![和成]))"
    r" *(?P<n>元|[0-9]{1,2})(?![0-9])(?![A-Za-z])")
# not inside a longer number (「12,2019」, 「1.2019」); 「…2019」 (an ellipsis, 「...」 under NFKC) is fine
_WESTERN = re.compile(r"(?P<west>西暦 *)?(?<![0-9])(?<![0-9][,.])(?P<y>(?:18|19|20)[0-9]{2})(?![0-9])(?!,[0-9]{3})")
_DATE_TAIL = re.compile(
    r"\s*(?:年\s*(?P<m1>[0-9]{1,2})\s*月(?:\s*(?P<d1>[0-9]{1,2})\s*日)?"
    r"|\s*(?P<sep>[./-])\s*(?P<m2>[0-9]{1,2})\s*(?P=sep)\s*(?P<d2>[0-9]{1,2})(?![0-9])"
    r"|/(?P<m3>[0-9]{1,2})(?![0-9/])"
    r"|\.(?P<m4>[0-9]{1,2})(?![0-9.]))")
# A month alone (「1月」, 「１２月」, 「4月分」): a column of a month-by-month table names a period, not a value.
MONTH_ONLY = re.compile(r"\s*(?P<month>[0-9０-９]{1,2})\s*月(?:分)?\s*")
_DAY_RANGE = re.compile(r"\s*~\s*(?:[0-9]{1,2}\s*月\s*)?[0-9]{1,2}\s*日")
_SUFFIX = re.compile(r"\s*(?P<s>年度|年)")
_RANGE_SEP = re.compile(r"\s*(?:[~\-]|から)\s*")
_BARE_END = re.compile(r"(?P<n>元|[0-9]{1,2})(?![0-9])")
# characters that make a four-digit number a quantity, not a year (「2030人」, 「2019件」, 「2020円」)
_NOT_YEAR_AFTER = re.compile(r"\s*(?:[人名件円%位倍点回校社戸台頭本冊枚万億千百]|ポイント|か所|箇所|世帯|ha|km|t(?![a-z])|kg)")


# One era or Western year as a pattern (「令和元年度」, 「R3」, 「2020年」), for line grammars that compose it
# (ingest.plans.kpi_lines's 「…を令和元年度の120万人から令和7年度までに150万人に」); read it with `read_years`.
YEAR_PATTERN = r"(?:(?:令和|平成|昭和|[RHS])\s*(?:元|[0-9]{1,2})|(?:19|20)[0-9]{2})\s*年度?"


@dataclass(frozen=True)
class YearMention:
    """One year (or range of years, or date) as printed, with its span in the text given."""

    year: int                  # Western year (the first, for a range)
    year_end: int | None       # last year of a range (「R2～R6」 -> 2024); None for one year
    is_date: bool              # a calendar date or month (「H30.10.3」, 「令和5年4月」)
    start: int                 # span in the text given (not the normalised one)
    end: int
    raw: str                   # text[start:end], verbatim
    month: int | None = None
    day: int | None = None
    fiscal: bool = False       # written 「年度」
    era: str = ""              # the era as written (「令和」, 「R」, 「令」) or "" for a Western year
    bare: bool = False         # a four-digit number with no 年, era or 西暦 (「2019」): possibly a year


def western_year(era: str, n: int | str) -> int:
    """`western_year("令和", "元")` -> 2019, `("S", 63)` -> 1988, `("H", 30)` -> 2018; unknown era -> ValueError."""
    era = normalize(era).text.strip().rstrip(".")
    if era not in ERA_START:
        raise ValueError(f"知らない元号です: {era}")
    number = 1 if n == "元" else int(normalize(str(n)).text)
    return ERA_START[era] + number


def full_era_name(era: str) -> str:
    """The era's name in full: 「R」 -> 「令和」, 「H」 -> 「平成」, 「令和」 -> 「令和」; unknown era -> KeyError."""
    return ERA_NAMES[ERA_START[era]]


def _one_year(s: str, i: int) -> tuple[int, int, str, bool] | None:
    """The year starting at normalised index `i`: (year, end index, era, bare) or None."""
    m = _ERA.match(s, i)
    if m:
        return western_year(m.group("era"), m.group("n")), m.end(), m.group("era").rstrip("."), False
    m = _WESTERN.match(s, i)
    if m:
        return int(m.group("y")), m.end(), "", not m.group("west")
    return None


def read_years(text: str) -> list[YearMention]:
    """Every year, range of years and date in `text`, in order, spans into `text` as given."""
    norm = normalize(text)
    s = norm.text
    out: list[YearMention] = []
    pos = 0
    for m in _START.finditer(s):
        i = m.start()
        if i < pos:
            continue
        one = _one_year(s, i)
        if not one:
            continue
        year, j, era, bare = one
        month = day = None
        fiscal = False
        year_end = None
        d = _DATE_TAIL.match(s, j)
        if d:
            mo = int(d.group("m1") or d.group("m2") or d.group("m3") or d.group("m4"))
            da = d.group("d1") or d.group("d2")
            # 「R5.6」 is June of R5 (an era year only: 「2019.5」 is a number); 「2023/4」 a Western month
            if 1 <= mo <= 12 and (da is None or 1 <= int(da) <= 31) and not (d.group("m3") and era) \
                    and not (d.group("m4") and not era):
                month, day, j, bare = mo, int(da) if da else None, d.end(), False
                more = _DAY_RANGE.match(s, j) if day else None
                if more:
                    j = more.end()      # 「令和5年6月7日～13日」: one date mention
        if month is None:
            suf = _SUFFIX.match(s, j)
            if suf:
                fiscal, j, bare = suf.group("s") == "年度", suf.end(), False
            elif bare and (_NOT_YEAR_AFTER.match(s, j) or re.match(r"\.[0-9]", s[j:j + 2])):
                continue        # 「2030人」, 「2019.5」: a quantity, not a year
            r = _RANGE_SEP.match(s, j)
            if r:
                k = r.end()
                second = _one_year(s, k)
                if second is None and era and r.group().strip() != "から":
                    e = _BARE_END.match(s, k)   # 「H21～25」: the era carries over (「令和4年度から5年間」 does not)
                    if e and not _NOT_YEAR_AFTER.match(s, e.end()) and not s.startswith("年間", e.end()):
                        second = (western_year(era, e.group("n")), e.end(), era, False)
                if second and second[0] > year and not (second[3] and not bare and not _SUFFIX.match(s, second[1])
                                                         and era):
                    year_end, j = second[0], second[1]
                    suf = _SUFFIX.match(s, j)
                    if suf:
                        fiscal, j = fiscal or suf.group("s") == "年度", suf.end()
                    bare = bare and second[3]
        if bare and (i > 0 and s[i - 1] in "+-△▲"):
            continue
        a, b = norm.raw_span(i, j)
        out.append(YearMention(year, year_end, month is not None, a, b, text[a:b], month, day, fiscal, era, bare))
        pos = j
    return out


_START = re.compile(r"令和|平成|昭和|大正|明治|西暦|[RHS令平昭]|(?:18|19|20)[0-9]{2}")


def years_in(text: str, bare: bool = False) -> set[int]:
    """The Western years `text` names, every year of a range (「R2～R6」 -> 2020..2024); bare numbers only if asked."""
    years: set[int] = set()
    for y in read_years(text):
        if y.bare and not bare:
            continue
        last = y.year_end or y.year
        years.update(range(y.year, min(last, y.year + 40) + 1))
    return years


def era_year(text: str) -> int | None:
    """The first year in `text`: 「R1」 -> 2019, 「平成30年度」 -> 2018, 「2020年」 -> 2020, 「2019」 -> 2019."""
    found = read_years(text)
    return found[0].year if found else None


def year_span(text: str) -> tuple[int | None, int | None]:
    """(first, last) year of 「R3~R7」, 「H27～R1合計」, 「H21～25平均」; (y, y) for a single year."""
    found = read_years(text)
    if not found:
        return None, None
    return found[0].year, found[0].year_end or found[0].year


def is_date(text: str) -> bool:
    """「H30.10.3」, 「令和5年5月26日」, 「2024/4/1」: a calendar date (never a KPI's name or value)."""
    return any(y.is_date and y.day is not None for y in read_years(text))


def date_spans(text: str) -> list[tuple[int, int]]:
    """Spans (into `text` as given) of the full dates in `text`."""
    return [(y.start, y.end) for y in read_years(text) if y.is_date and y.day is not None]


# A span of years counted (「３か年」「5ヵ年」「10年間」): a period, not a value, in a header (「３か年計」 over the sum
# of a plan's three years). Only a header's reading: it is no unit of a quantity (a cell 「3か年」 states no amount).
_DURATION = re.compile(r"[0-9０-９]{1,2}\s*(?:か|カ|ヵ|ヶ|ケ|箇)年|[0-9０-９]{1,2}\s*年間")


def duration_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the counted spans of years in `text`: 「３か年計」 -> [(0, 3)], 「5年間累計」 -> [(0, 3)]."""
    return [(m.start(), m.end()) for m in _DURATION.finditer(text)]


def is_year_only(text: str) -> bool:
    """True when `text` is one year and nothing else (「2019年度」, 「R3」, 「平成 25」): a header naming a year."""
    t = text.strip()
    found = read_years(t)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(t) and not found[0].is_date


def era_label(year: int, suffix: str = "年度") -> str:
    """2021 -> 「R3年度」, 2019 -> 「R1年度」, 2018 -> 「H30年度」 (never 「R0」), 1988 -> 「S63年度」."""
    for start in sorted(ERA_LETTERS, reverse=True):
        if year > start:
            return f"{ERA_LETTERS[start]}{year - start}{suffix}"
    return f"{year}{suffix}"


def era_name(year: int, suffix: str = "年度") -> str:
    """2019 -> 「令和元年度」, 2021 -> 「令和3年度」, 1988 -> 「昭和63年度」."""
    for start in sorted(ERA_NAMES, reverse=True):
        if year > start:
            n = year - start
            return f"{ERA_NAMES[start]}{'元' if n == 1 else n}{suffix}"
    return f"{year}{suffix}"


_MONTH_ASKED = re.compile(r"(?<![0-9.／/])(?P<month>[0-9]{1,2})\s*月(?!\s*[0-9]{1,2}\s*日)")


def months_asked(text: str) -> set[int]:
    """The months a question names as a period (「令和6年8月の」, 「8月分」), not a day's date (「4月1日現在」)."""
    return {int(m.group("month")) for m in _MONTH_ASKED.finditer(normalize(text).text) if 1 <= int(m.group("month")) <= 12}
