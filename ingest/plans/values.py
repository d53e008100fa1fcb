"""KPI values and amounts of table cells and KPI lines, read with the quantity grammar (ingest.vocab).

「816.5万人(R1)」 -> KpiValue(816.5, 万人, 2019), 「累計20件(R3~R7)」 -> 20 件 of 2021..2025 (累計),
「1,234」 under 「（単位：百万円）」 -> Amount(1234, 百万円, yen 1,234,000,000). A KpiValue keeps the number in the unit
as printed (万人, 千トン), an Amount adds yen; a cell that holds no value keeps value None (never guessed).
`VALUE` is the same grammar as one pattern (composed of ingest.vocab's NUMBER_PATTERN and UNIT_PATTERN).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ingest.plans.records import KpiValue
from ingest.vocab.eras import read_years
from ingest.vocab.numbers import NUMBER_PATTERN, scale_of
from ingest.vocab.quantities import Quantity, read_quantities
from ingest.vocab.units import RATE_PATTERN, UNIT_PATTERN, YEN, unit_note

VALUE = re.compile(
    rf"(?P<pre>累計|約|年間|年|毎年|計)?(?P<sign>[△▲\-−])?(?P<num>{NUMBER_PATTERN})(?P<unit>{UNIT_PATTERN})?"
    rf"(?P<qual>以上|以下|未満|超|程度|増|減)?(?:[(（](?P<year>[^()（）]{{1,24}})[)）])?")
_RATE = re.compile(RATE_PATTERN)
_SPAN_WORDS = ("累計", "合計", "平均")


def clean(raw: str) -> str:
    """NFKC with every space removed: the form values are parsed in (never the form quoted)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", raw))


def _first_value(raw: str) -> tuple[Quantity | None, list[Quantity]]:
    found = read_quantities(raw)
    return next((q for q in found if q.is_value), None), found


def parse_value(raw: str) -> KpiValue:
    """「816.5万人(R1)」, 「累計20件(R3~R7)」, 「5.5‰(平成 25 年)」, 「1.20」 -> KpiValue; malformed -> value None.

    The year is the first year printed after the value (in brackets or not); 累計/合計/平均 inside a bracketed
    range of years (「(H27～R1合計)」) join the qualifier. A date, a year or a list marker alone is not a value.
    """
    q, found = _first_value(raw)
    if q is None:
        return KpiValue(None, "", None, None, raw.strip())
    rate = _RATE.search(q.qualifier)
    qualifier = _RATE.sub("", q.qualifier)
    unit = q.scale_word + (rate.group() if rate else "") if q.unit else ""
    value = round(q.value / scale_of(q.scale_word), 9) if q.unit else q.value
    first = last = None
    year = next((y for y in read_years(raw) if y.start >= q.end), None)
    if year is not None:
        first, last = year.year, year.year_end
        after = raw[year.end:year.end + 4]
        qualifier += "".join(w for w in _SPAN_WORDS if w in after and w not in qualifier)
    return KpiValue(value, unit, first, last, raw.strip(), qualifier)


def has_value(raw: str) -> bool:
    """True when `raw` holds a number that is a value (not only a year, a date or a list marker)."""
    return bool(raw.strip()) and _first_value(raw)[0] is not None


def is_value_cell(raw: str) -> bool:
    """The whole cell is one value, perhaps with its year in brackets (「18,400（R2）」, 「6.5(令和3年度)」, 「850」): a
    column of such cells holds figures, never the names of the rows."""
    return has_value(raw) and VALUE.fullmatch(clean(raw)) is not None


def parse_progress(raw: str) -> float | None:
    """「76.2%」, 「76.2」, 「105.0 %」 -> 76.2 / 105.0; 「A」, 「-」 -> None."""
    q, _ = _first_value(raw)
    if q is None or q.unit not in ("", "%"):
        return None
    return q.value


@dataclass(frozen=True)
class Amount:
    """One amount cell: the number as written, its unit, and yen when the unit is known."""

    value: float | None
    unit: str          # 千円 / 百万円 / 円 …, "" when neither the cell nor the table states one
    yen: float | None  # value × the unit's factor; None when no unit is known (never guessed)
    raw: str


def unit_in(text: str) -> str:
    """The amount unit a header, caption or unit note states: 「予算額（千円）」 -> 千円, 「（単位：百万円）」 -> 百万円."""
    unit = unit_note(text)
    return unit.word if unit is not None and unit.kind == "money" else ""


def parse_amount(raw: str, unit: str = "") -> Amount:
    """「1,234」 with unit 千円 -> 1,234,000 yen; 「１２億円」 -> 1.2e9; 「△500」 -> -500 × unit; text -> value None."""
    q, _ = _first_value(raw)
    if q is None or q.kind not in ("money", "number", "index", "change") or q.unit not in ("", YEN):
        return Amount(None, unit, None, raw.strip())
    if not q.unit:
        if len(clean(raw)) - len(clean(q.raw)) > 6:
            return Amount(None, unit, None, raw.strip())   # a number inside a sentence, not an amount cell
        factor = scale_of(unit) if unit else None
        return Amount(q.value, unit, q.value * factor if factor and unit.endswith(YEN) else None, raw.strip())
    return Amount(round(q.value / scale_of(q.scale_word), 9), q.scale_word, q.value, raw.strip())


def computed_progress(actual: KpiValue | None, target: KpiValue | None, baseline: KpiValue | None = None) -> float | None:
    """Progress the document does not state: actual / target × 100 (same unit), rounded to 0.1; None otherwise."""
    if not actual or not target or actual.value is None or not target.value or actual.unit != target.unit:
        return None
    if actual.value < 0 or target.value < 0:
        return None   # a net change (社会増減数 △312 → △100): a ratio of negatives does not measure progress
    if actual.qualifier != target.qualifier:   # 累計 against a single year's figure: not comparable
        return None
    if baseline is not None and baseline.value is not None and not target.value > baseline.value:
        return None   # the aim is a decrease (ごみ排出量): actual / target does not measure progress
    return round(actual.value / target.value * 100, 1)
