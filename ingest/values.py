"""Values as plans write them: 「816.5万人(R1)」, 「4,107 人(平成 31 年)」, 「5.5‰」, 「1.20」, 「△12.3%」,
「累計20件(R3~R7)」, 「年12人(延べ300日)」, and amounts 「1,234」 under 「（単位：百万円）」 -> yen.

The raw text is kept beside every parsed number; a value that does not parse keeps value None (never guessed).
Parsing works on a cleaned copy (NFKC, spaces removed: 「平成 31 年」 -> 「平成31年」); offsets of a match
in the original are found with `value_spans`, which maps the cleaned text back.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ingest.eras import year_span
from ingest.plan_records import KpiValue

# Base units plans use (longest first in the pattern); a 万/千/百万/億 prefix and a 「/年」 rate may wrap them.
BASE_UNITS = (
    "ポイント", "pt", "‰", "%", "倍", "位", "人日", "人泊", "人", "名", "件", "社", "校", "店舗", "店", "団体", "事業所",
    "事業", "施設", "か所", "箇所", "ヶ所", "カ所", "ケ所", "地区", "品目", "品", "種類", "回", "日", "泊", "時間", "分",
    "歳", "か月", "ヶ月", "カ月", "世帯", "戸", "棟", "軒", "台", "隻", "頭", "本", "部", "冊", "枚", "組", "園", "床",
    "区画", "路線", "便", "市町村", "団地", "クラブ", "円", "トン", "t", "kg", "kL", "L", "kWh", "MWh", "kW", "MW",
    "km", "m2", "㎡", "m", "ha", "a", "点", "割",
)
_SCALES = ("百万", "万", "千", "億", "兆")
_UNIT = (rf"(?:{'|'.join(_SCALES)})?(?:{'|'.join(re.escape(u) for u in sorted(BASE_UNITS, key=len, reverse=True))})"
         r"(?:/(?:年|月|日|人|週|回))?")
_NUM = r"[0-9][0-9,]*(?:\.[0-9]+)?|\.[0-9]+"
VALUE = re.compile(
    rf"(?P<pre>累計|約|年間|年|毎年|計)?(?P<sign>[△▲\-−])?(?P<num>{_NUM})(?P<unit>{_UNIT})?"
    rf"(?P<qual>以上|以下|未満|超|程度|増|減)?(?:[(（](?P<year>[^()（）]{{1,24}})[)）])?")
# Amount units and their factor to yen.
YEN_FACTOR = {"円": 1, "千円": 1_000, "万円": 10_000, "百万円": 1_000_000, "億円": 100_000_000, "兆円": 10**12}
UNIT_NOTE = re.compile(r"単位\s*[:：]?\s*(百万円|千円|万円|億円|兆円|円)|[(（]\s*(百万円|千円|万円|億円|兆円|円)\s*[)）]")


def clean(raw: str) -> str:
    """NFKC with every space removed: the form values are parsed in (never the form quoted)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", raw))


def _number(num: str, sign: str | None) -> float | None:
    try:
        value = float(num.replace(",", ""))
    except ValueError:
        return None
    return -value if sign else value


def parse_value(raw: str) -> KpiValue:
    """「816.5万人(R1)」, 「累計20件(R3~R7)」, 「5.5‰(平成 25 年)」, 「1.20」 -> KpiValue; malformed -> value None.

    A range of years keeps both ends (year = first, year_end = last); a date is not a value.
    """
    text = clean(raw)
    m = _first_value(text)
    if not m:
        return KpiValue(None, "", None, None, raw.strip())
    year_text = m.group("year") or ""
    first, last = year_span(year_text) if year_text else (None, None)
    if first is None:  # a year written after the value without parentheses: 「1.20 R7」, 「100人 2025年度」
        rest = text[m.end():]
        y = re.match(r"[:：]?((?:令和|平成|昭和|[RHS])(?:元|[0-9]{1,2})(?:[~～〜\-][^()]{1,8})?|(?:19|20)[0-9]{2})(?:年度?)?", rest)
        if y:
            first, last = year_span(y.group(0))
    qualifier = "".join(q for q in (m.group("pre"), m.group("qual")) if q and q not in ("年", "計"))
    qualifier += "".join(q for q in ("累計", "合計", "平均") if q in year_text and q not in qualifier)
    return KpiValue(_number(m.group("num"), m.group("sign")), m.group("unit") or "", first,
                    last if last != first else None, raw.strip(), qualifier)


def _first_value(text: str):
    """The first number in `text` that is a value: not part of a year or a date, not a bullet number."""
    spans = [d for d in _date_spans(text)]
    for m in VALUE.finditer(text):
        if any(a <= m.start("num") < b for a, b in spans):
            continue
        after = text[m.end("num"):m.end("num") + 2]
        if not m.group("unit") and re.match(r"年|月", after):
            continue
        before = text[max(0, m.start("num") - 2):m.start("num")]
        if re.search(r"(令和|平成|昭和|(?<![A-Za-z])[RHS])$", before) and not m.group("pre"):
            continue
        return m
    return None


def _date_spans(text: str) -> list[tuple[int, int]]:
    from ingest.eras import date_spans

    spans = date_spans(text)
    # a year in parentheses or an era year standing alone is not the value either
    spans += [m.span() for m in re.finditer(r"(?:令和|平成|昭和|(?<![A-Za-z])[RHS])(?:元|[0-9]{1,2})(?:年度?)?", text)]
    spans += [m.span() for m in re.finditer(r"(?<![0-9,.])(?:19|20)[0-9]{2}年度?", text)]
    return spans


def has_value(raw: str) -> bool:
    """True when `raw` holds a number that is a value (not only a year, a date or a bullet)."""
    return bool(raw.strip()) and _first_value(clean(raw)) is not None


def parse_progress(raw: str) -> float | None:
    """「76.2%」, 「76.2」, 「105.0 %」 -> 76.2 / 105.0; 「A」, 「-」 -> None."""
    m = re.search(r"(-?[0-9]+(?:\.[0-9]+)?)\s*%?", clean(raw))
    return float(m.group(1)) if m else None


@dataclass(frozen=True)
class Amount:
    """One amount cell: the number as written, its unit, and yen when the unit is known."""

    value: float | None
    unit: str          # 千円 / 百万円 / 円 …, "" when neither the cell nor the table states one
    yen: float | None  # value × the unit's factor; None when no unit is known (never guessed)
    raw: str


def unit_in(text: str) -> str:
    """The amount unit a header, caption or unit note states: 「予算額（千円）」 -> 千円, 「（単位：百万円）」 -> 百万円."""
    m = UNIT_NOTE.search(unicodedata.normalize("NFKC", text))
    return (m.group(1) or m.group(2)) if m else ""


def parse_amount(raw: str, unit: str = "") -> Amount:
    """「1,234」 with unit 千円 -> 1,234,000 yen; 「１２億円」 -> 1.2e9; 「△500」 -> -500 × unit; text -> value None."""
    text = clean(raw)
    m = re.search(rf"(?P<sign>[△▲\-−])?(?P<num>{_NUM})(?P<unit>{'|'.join(sorted(YEN_FACTOR, key=len, reverse=True))})?", text)
    if not m or (len(text) - len(m.group(0)) > 6 and not m.group("unit")):
        return Amount(None, unit, None, raw.strip())
    value = _number(m.group("num"), m.group("sign"))
    stated = m.group("unit") or unit
    yen = value * YEN_FACTOR[stated] if value is not None and stated in YEN_FACTOR else None
    return Amount(value, stated, yen, raw.strip())


def computed_progress(actual: KpiValue | None, target: KpiValue | None, baseline: KpiValue | None = None) -> float | None:
    """Progress the document does not state: actual / target × 100 (same unit), rounded to 0.1; None otherwise."""
    if not actual or not target or actual.value is None or not target.value or actual.unit != target.unit:
        return None
    if actual.qualifier != target.qualifier:   # 累計 against a single year's figure: not comparable
        return None
    if baseline is not None and baseline.value is not None and not target.value > baseline.value:
        return None   # the aim is a decrease (ごみ排出量): actual / target does not measure progress
    return round(actual.value / target.value * 100, 1)
