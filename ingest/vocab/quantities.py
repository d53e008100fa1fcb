"""The grammar of quantities: every number a plan prints, read with its unit, kind and qualifier.

    「3億5830万円」      -> 358,300,000 円 (money)         「73億6千9百万円」 -> 7,369,000,000 円
    「1 98億2， 530万円」 -> 19,825,300,000 円 (OCR spaces)  「55・2億円」      -> 5,520,000,000 円
    「約1,200人」        -> 1,200 人 (count, 約)            「△12.3%」         -> -12.3 % (ratio)
    「前年比 +0.9ポイント」 -> +0.9 ポイント (change)         「第2位」 「3位」   -> rank
    「3.256」            -> index                           「①」 「(1)」 「1.」 「No.3」 「第1章」 -> marker
    「令和5年度」 「H30.10.3」 -> year / date (never a value)

A small tokenizer, not a pile of patterns: digits (with commas, OCR spaces, 「.」 or 「・」 as the decimal point) and
kanji numerals are read into one number, 十/百/千 and 万/億/兆 multiply as written (「6千9百万」 = 6,900万), then a unit
from `units` and the qualifiers around it are taken. It reads the NFKC view of the text (`normal`) and reports spans
into the text as given; whether a number is a list marker is decided on the raw character (NFKC turns 「④」 into 「4」).

Kinds: money | count | ratio | points | rank | measure | index (a bare decimal) | number (a bare integer) |
change (a signed difference) | year | date | marker (a list marker, a numbering, a denominator 「1人当たり」,
a rounding note 「千円未満切り捨て」: never a value).
A bare four-digit number is a year only in brackets (「（2019）」) or a range (「2019～2023」). A year's value is the
Western year (`value_end` the last of a range); a date's is year×10000 + month×100 + day (0 for what is not printed).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from ingest.vocab.eras import read_years
from ingest.vocab.normal import normalize
from ingest.vocab.number_cuts import CUT_AFTER, CUT_BEFORE
from ingest.vocab.numbers import Number, read_number, skip_space
from ingest.vocab.section_words import NUMBERED_PART_WORDS
from ingest.vocab.units import (CHANGE_LABEL, POSTFIX_QUALIFIERS, PREFIX_QUALIFIERS, ROUNDING_NOTE,
                                KANJI_COUNTERS, RATE_PATTERN, Unit, unit_at, unit_note)

VALUE_KINDS = ("money", "count", "ratio", "points", "rank", "measure", "index", "number", "change")


@dataclass(frozen=True)
class Quantity:
    value: float            # in the base unit: 「3億5830万円」 -> 358300000.0 (unit 円)
    unit: str               # base unit: 円, 人, %, 件, ポイント, 位 … ('' for a bare number)
    kind: str               # see the module docstring
    start: int              # span in the text given
    end: int
    raw: str                # text[start:end], verbatim
    qualifier: str = ''     # 約 延べ 累計 上限 以上 以下 … (several joined in order)
    value_end: float | None = None   # ranges (「10～20人」, 「R2～R6」)
    scale_word: str = ''    # the unit as written (千円, 万人 …)

    @property
    def is_value(self) -> bool:
        """True for a quantity an answer may state as a value (not a year, a date or a marker)."""
        return self.kind in VALUE_KINDS

_START = re.compile(r"[0-9]|[〇一二三四五六七八九十]")
_CJK = re.compile(r"[\u3400-\u9fff々]")

_PREFIXES = tuple(sorted(PREFIX_QUALIFIERS, key=len, reverse=True))
_POSTFIXES = tuple(sorted(POSTFIX_QUALIFIERS, key=len, reverse=True))
_CHANGE_WORDS = re.compile(CHANGE_LABEL)
_ROUNDING = re.compile(ROUNDING_NOTE)
_DATE_WORDS = "年月日時分"   # 「12月」 is a date's part, never a numbering
PER_UNIT = re.compile(r"(?:当たり|あたり|につき)")   # a value per person, per day …: what a per-unit question asks
_NUMBERING = re.compile(r"(?:(?<![A-Za-z])(?:No|NO|no|pp|p|P)\.|(?<![A-Za-z])(?:No|NO|no)|内線|№) ?$")
_PHONE = re.compile(r"[0-9]{2,5}-[0-9]{2,4}(?:-[0-9]{3,4})?(?![0-9])")
_PART_WORD_BEFORE = re.compile("(?:" + "|".join(NUMBERED_PART_WORDS) + ")$")
_ORDINAL_COUNTERS = "章節条項号次期回部編款目弾款類"


def _qualifier_before(s: str, i: int) -> tuple[str, int]:
    """A qualifier right before `s[i]` (spaces skipped): (word, its start) or ("", i)."""
    k = i - 1 if i > 0 and s[i - 1] == " " else i     # one space at most: 「約 29 万人」, not a row label far off
    for w in _PREFIXES:
        if s.startswith(w, k - len(w)) and k - len(w) >= 0:
            a = k - len(w)
            if len(w) == 1 and a > 0 and _CJK.match(s[a - 1]):
                continue   # 「会計」 ends with 計, 「遅延」 with 延: not qualifiers
            return w, a
    return "", i


def _is_marker_char(c: str) -> bool:
    name = unicodedata.name(c, "")
    return any(w in name for w in ("CIRCLED", "PARENTHESIZED", "FULL STOP", "DINGBAT NEGATIVE", "DOUBLE CIRCLED"))


def read_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, in order, spans into `text` as given (years, dates and markers included)."""
    norm = normalize(text)
    s = norm.text
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []   # normalised spans already read (years, earlier quantities)
    for y in read_years(text):
        a = norm.text_index(y.start)
        b = norm.text_index(y.end) if y.end < len(text) else len(s)
        if y.bare and y.year_end is None and not (a > 0 and s[a - 1] in "([" and s[b:b + 1] in ")]"):
            continue        # a bare 「2019」 is a number unless bracketed (「令和元年（2019）」)
        taken.append((a, b))
        if y.is_date:
            value = (y.year * 10000 + (y.month or 0) * 100 + (y.day or 0))
            out.append(Quantity(float(value), "", "date", y.start, y.end, y.raw))
        else:
            out.append(Quantity(float(y.year), "年度" if y.fiscal else "年", "year", y.start, y.end, y.raw,
                                value_end=float(y.year_end) if y.year_end else None))
    pos = 0
    taken.sort()
    t = 0          # the first taken span that may still cover a position (numbers come in order)
    for m in _START.finditer(s):
        i = m.start()
        while t < len(taken) and taken[t][1] <= i:
            t += 1
        if i < pos or (t < len(taken) and taken[t][0] <= i):
            continue
        q, end = _read_at(s, i, norm, text)
        if q is not None:
            out.append(q)
        pos = max(pos, end)       # the digits of a number read (or skipped as a code) start nothing new
    out.sort(key=lambda q: q.start)
    return _day_lists(out, text)


def _day_lists(found: list[Quantity], text: str) -> list[Quantity]:
    """「令和5年11月1日、8日、15日」: the days listed after a date are dates of the same month, not counts."""
    for n in range(1, len(found)):
        q, before = found[n], found[n - 1]
        if q.unit == "日" and q.kind == "count" and q.value <= 31 and before.kind == "date" \
                and re.fullmatch(r"[、,・~～〜 ]*", text[before.end:q.start]):
            found[n] = replace(q, value=before.value // 100 * 100 + q.value, unit="", kind="date", scale_word="")
    return found


def _read_at(s: str, i: int, norm, text: str) -> tuple[Quantity | None, int]:
    """The quantity whose number starts at normalised `s[i]`, and where reading stopped."""
    prev = s[i - 1] if i > 0 else "\n"
    letters = _NUMBERING.search(s, max(0, i - 4), i)
    if letters:
        num = read_number(s, i)
        if num:
            return _make(norm, text, letters.start(), num.end, num.value, "", "marker", "No"), num.end
    code_end = _code_end(s, i, prev)
    if code_end is not None:
        return None, code_end
    num = read_number(s, i)
    if num is None:
        return None, i + 1
    j = num.end
    if CUT_BEFORE.search(s, max(0, i - 12), i) or CUT_AFTER.match(s, j):
        # 「…総額は１９８億７，」 / 「６００万円で、…」: a number a hard line end cuts in two is neither half of itself
        return _make(norm, text, i, j, num.value, "", "marker", "cut"), j
    if s[j:j + 1] == "," and s[j + 1:j + 2].isdigit():
        k = j + 1
        while k < len(s) and (s[k].isdigit() or s[k] in ",."):
            k += 1
        return None, k     # 「29,290,25(）」: digits lost to OCR; a malformed number is never read
    read = _numbering(s, i, num, prev, norm, text) or _calendar(s, i, num, norm, text)
    return read or _with_unit(s, i, num, prev, norm, text)


def _code_end(s: str, i: int, prev: str) -> int | None:
    """Where a name's or a code's digits at `s[i]` end (「A1」, 「COVID-19」, 「2.5.19」, 「(cid:631)」); None if not one."""
    if (prev.isascii() and (prev.isalnum() or prev == "_")) or (prev == "-" and i >= 2 and s[i - 2].isascii()
                                                                 and s[i - 2].isalpha()):
        # 「A1」, 「COVID-19」, 「Society5.0」: part of a name
        k = i
        while k < len(s) and (s[k].isascii() and (s[k].isalnum() or s[k] == ".")):
            k += 1
        return k
    if (prev == "." and i >= 2 and s[i - 2].isdigit()) or s.startswith("cid:", max(0, i - 4)) and i >= 4:
        k = i
        while k < len(s) and (s[k].isdigit() or s[k] == "."):
            k += 1
        return k     # 「2.5.19」's tail, 「(cid:631)」: a code, not a number
    return None


def _numbering(s: str, i: int, num: Number, prev: str, norm, text: str) -> tuple[Quantity, int] | None:
    """A phone number, a list marker or a numbering (「①」, 「第1章」, 「(1)」, 「1.」, 「1-2-3」) at `s[i]`; else None."""
    j = num.end
    phone = _PHONE.match(s, i)
    if phone and not unit_at(s, phone.end()):
        return _make(norm, text, i, phone.end(), num.value, "", "marker", "-"), phone.end()
    raw_first = text[norm.origin(i)] if norm.origin(i) < len(text) else ""
    if _is_marker_char(raw_first):
        return _make(norm, text, i, j, num.value, "", "marker", "①"), j
    # numberings: 「第1章」 (rank when 位), 「No.3」, 「(1)」 at a line's start, 「1.」 「1)」 opening a line
    if prev == "第":
        unit = unit_at(s, skip_space(s, j))
        if unit is not None and unit.kind == "rank":
            k = skip_space(s, j) + len(unit.word)
            if _ROUNDING.match(s, k):   # 「小数点第2位を四捨五入」: a rounding note
                return _make(norm, text, i - 1, k, num.value, "位", "marker", "端数", scale_word="位"), k
            return _make(norm, text, i - 1, k, num.value, "位", "rank", "", scale_word="位"), k
        k = j + 1 if s[j:j + 1] and s[j] in _ORDINAL_COUNTERS else j
        return _make(norm, text, i - 1, k, num.value, "", "marker", "第"), k
    line_start = _at_line_start(s, i)
    if not num.multiplied and not num.decimal and not num.kanji:
        if prev == "(" and s[j:j + 1] == ")" and num.value < 100 and (
                num.value <= 20 or _at_line_start(s, i - 1) or _CJK.match(s[j + 1:j + 2] or " ")):
            return _make(norm, text, i - 1, j + 1, num.value, "", "marker", "()"), j + 1
        if line_start and s[j:j + 1] in (".", ")", "、") and not s[j + 1:j + 2].isdigit() and num.value < 100:
            return _make(norm, text, i, j + 1, num.value, "", "marker", s[j]), j + 1
        hyphen = re.match(r"(?:-[0-9]+){2,}|-[0-9]+(?=[ \n]|$)", s[j:j + 48])
        if hyphen and (prev != "-" and (s[j + hyphen.end():j + hyphen.end() + 1] in ("", " ", "\n")
                                        or hyphen.group().count("-") >= 2)) and line_start or \
                (hyphen and hyphen.group().count("-") >= 2):
            k = j + hyphen.end()
            return _make(norm, text, i, k, num.value, "", "marker", "-"), k
    return None


def _calendar(s: str, i: int, num: Number, norm, text: str) -> tuple[Quantity, int] | None:
    """An era-less fiscal year, a month and day, a fraction or an era-less date at `s[i]`; else None."""
    j = num.end
    # an era-less fiscal year 「5年度」 (under a 令和 header): a period's name, never a value
    fy = re.match(r" ?年度", s[j:j + 48]) if not num.multiplied and not num.decimal and not num.kanji else None
    if fy and num.value < 100:
        return _make(norm, text, i, j + fy.end(), num.value, "", "marker", "年度"), j + fy.end()
    # a month and day without a year: 「4月1日」, 「6月7日～13日」
    md = re.match(r" ?月(?: ?([0-9]{1,2}) ?日(?: *~ *(?:[0-9]{1,2} ?月 ?)?[0-9]{1,2} ?日)?)?", s[j:j + 48]) if not num.multiplied and not num.decimal else None
    if md and 1 <= num.value <= 12:
        k = j + md.end()
        day = int(md.group(1)) if md.group(1) else 0
        return _make(norm, text, i, k, num.value * 100 + day, "", "date", ""), k
    # a fraction 「3分の1」 -> 33.3…% ; an era-less date 「7年4月1日」
    frac = re.match(r"分の([0-9]+)", s[j:j + 48]) if num.value else None
    if frac:
        k = j + frac.end()
        word, qstart = _qualifier_before(s, i)
        return _make(norm, text, qstart, k, int(frac.group(1)) / num.value * 100, "%", "ratio", word,
                     scale_word="分の"), k
    ymd = re.match(r" ?年 ?([0-9]{1,2}) ?月 ?([0-9]{1,2}) ?日", s[j:j + 48]) \
        if not num.multiplied and not num.decimal and num.value < 100 else None
    if ymd and 1 <= int(ymd.group(1)) <= 12:
        k = j + ymd.end()
        value = num.value * 10000 + int(ymd.group(1)) * 100 + int(ymd.group(2))
        return _make(norm, text, i, k, value, "", "date", "年"), k
    return None


def _with_unit(s: str, i: int, num: Number, prev: str, norm, text: str) -> tuple[Quantity | None, int]:
    """The number at `s[i]` with the unit after it (or none), its sign, range and qualifiers."""
    j = num.end
    line_start = _at_line_start(s, i)
    # the unit
    k = skip_space(s, j, limit=2)
    unit = unit_at(s, k)
    if unit is not None and k > j and _CJK.match(s[k + len(unit.word):k + len(unit.word) + 1] or " "):
        unit = None        # 「３ 市町村戦略」: a heading's number, then a word that starts with a counter
    if num.kanji and _CJK.match(prev):
        return None, j     # 「同一世帯」, 「統一」: a kanji digit inside a word
    if num.kanji and (unit is None or unit.word not in KANJI_COUNTERS):
        if not (num.multiplied and len(s[i:j]) >= 2 and not _CJK.match(prev or " ")
                and not _CJK.match(s[j:j + 1] or " ")):
            return None, j     # 「一般」, 「三重」, 「十分」: words, not numbers
    end = j
    kind = "index" if num.decimal else "number"
    base, scale_word, value = "", num.last_scale, num.value
    if unit is not None:
        end = k + len(unit.word)
        kind, base = unit.kind, unit.base
        value = num.value * unit.scale
        scale_word = unit.word if num.kanji else num.last_scale + unit.word
    elif num.kanji:
        scale_word = ""
    elif s[j:j + 1] == "時":
        return _make(norm, text, i, j + 1, num.value, "", "date", ""), j + 1
    elif not num.multiplied and not num.decimal and num.value <= 20 and _PART_WORD_BEFORE.search(s, 0, i) \
            and (not s[j:j + 1] or s[j] == " " or _CJK.match(s[j]) and s[j] not in _DATE_WORDS):
        return _make(norm, text, i, j, num.value, "", "marker", "part"), j   # 「目標１ 市民の…」: a part's numbering
    elif line_start and not num.multiplied and not num.decimal and num.value < 100 and s[j:j + 1] == " " \
            and s[j + 1:j + 2] and not s[j + 1].isascii():
        return _make(norm, text, i, j, num.value, "", "marker", " "), j   # 「２ 地域の現状」: a heading's number
    elif line_start and not num.multiplied and not num.decimal and num.value < 100 and _CJK.match(s[j:j + 1] or " ") \
            and s[j] not in _DATE_WORDS:
        return _make(norm, text, i, j, num.value, "", "marker", "code"), j   # 「2小学校費」: a 款・項・目's number
    if unit is not None and s[end:end + 1] == "目":
        return _make(norm, text, i, end + 1, num.value, base, "marker", "目", scale_word=scale_word), end + 1
    return _qualified(s, i, end, num, unit, (value, kind, base, scale_word), prev, norm, text)


def _qualified(s: str, i: int, end: int, num: Number, unit: Unit | None, read: tuple[float, str, str, str],
               prev: str, norm, text: str) -> tuple[Quantity, int]:
    """The quantity of the number at `s[i]` read up to `end` as `read` (value, kind, base unit, scale word), with
    its sign, prefix qualifier, range (「10～20人」), rate (「/年」) and postfix qualifiers."""
    value, kind, base, scale_word = read
    # sign, prefix qualifiers
    start = i
    sign = ""
    if prev in "△▲":
        sign, start = "-", i - 1
    elif prev in "+-" and not (i >= 2 and (s[i - 2].isalnum())):
        sign, start = prev, i - 1
    qualifiers = []
    word, qstart = _qualifier_before(s, start)
    if word:
        qualifiers.append(word)
        start = qstart
    if sign == "-":
        value = -value
    value, kind, base, scale_word, value_end, end = _range(s, end, num, unit, sign, value, kind, base, scale_word)
    # rate 「12人/年」 and postfix qualifiers
    rate = re.match(RATE_PATTERN, s[end:end + 48])
    if rate:
        qualifiers.append(rate.group())
        end += rate.end()
    k = skip_space(s, end, limit=1)
    for w in _POSTFIXES:
        if s.startswith(w, k):
            qualifiers.append(w.removeprefix("の"))
            end = k + len(w)
            break
    qualifier = "".join(qualifiers)
    if any(q in ("減", "減少", "低下") for q in qualifiers) and value > 0:
        value, kind = -value, "change"
    elif any(q in ("増", "増加", "上昇") for q in qualifiers):
        kind = "change"
    if sign == "+" or (sign == "-" and _CHANGE_WORDS.search(s, max(0, start - 10), start)):
        kind = "change"
    elif sign and s[start - 1:start] == "(" and s[end:end + 1] == ")" and kind not in ("money",):
        kind = "change"    # 「(△6.3%)」, 「(+14.3)」 beside a figure: its change
    if kind == "points" and sign:
        kind = "change"
    # never values: a denominator 「1人当たり」, a rounding note 「千円未満切り捨て」
    if unit is not None and PER_UNIT.match(s, skip_space(s, end)) and abs(value) <= 1 * unit.scale:
        kind, qualifier = "marker", (qualifier + "当たり")
        end = PER_UNIT.match(s, skip_space(s, end)).end()
    elif _ROUNDING.match(s, end) and (kind == "rank" or unit is not None and (
            any(w in qualifier for w in ("未満", "以下", "以上", "超")) or abs(num.value) == 1)):
        kind, qualifier = "marker", (qualifier + "端数")   # 「千円未満切り捨て」, 「小数点第2位を四捨五入」
    return _make(norm, text, start, end, value, base, kind, qualifier, value_end, scale_word), end


def _range(s: str, end: int, num: Number, unit: Unit | None, sign: str, value: float, kind: str, base: str,
           scale_word: str) -> tuple[float, str, str, str, float | None, int]:
    """「10～20人」, 「100万～200万円」: the range's end read after `end`; (value, kind, base, scale word, value_end, end)."""
    value_end = None
    r = re.match(r" *~ *", s[end:end + 48])
    if r:
        second = read_number(s, end + r.end())
        if second is not None and not any(_CJK.match(c) for c in s[end + r.end():end + r.end()]):
            k2 = skip_space(s, second.end, limit=2)
            unit2 = unit_at(s, k2)
            if unit2 is not None and (unit is None or unit2.base == unit.base):
                if unit is None:
                    value, kind, base = num.value * unit2.scale * (-1 if sign == "-" else 1), unit2.kind, unit2.base
                    scale_word = second.last_scale + unit2.word
                value_end = second.value * unit2.scale
                end = k2 + len(unit2.word)
            elif unit2 is None and unit is None and not second.kanji:
                value_end, end = second.value, second.end
    return value, kind, base, scale_word, value_end, end


def _at_line_start(s: str, i: int) -> bool:
    k = i
    while k > 0 and s[k - 1] == " ":
        k -= 1
    return k == 0 or s[k - 1] == "\n"


def _make(norm, text: str, start: int, end: int, value: float, unit: str, kind: str, qualifier: str,
          value_end: float | None = None, scale_word: str = "") -> Quantity:
    a, b = norm.raw_span(start, end)
    value = round(value, 6)             # 36.8 × 10,000 is 368000.00000000006 in floating point
    if value_end is not None:
        value_end = round(value_end, 6)
    return Quantity(float(value), unit, kind, a, b, text[a:b], qualifier, value_end, scale_word)


def value_quantities(text: str) -> list[Quantity]:
    """The quantities of `text` that can be values (never a year, date or list marker)."""
    return [q for q in read_quantities(text) if q.kind in VALUE_KINDS]


def read_quantity(cell: str) -> Quantity | None:
    """The value one cell or value text holds: its first value, else its first year, date or marker, else None.

    「816.5万人(R1)」 -> 8,165,000 人; 「R1」 -> year 2019; 「④」 -> marker; 「-」 -> None.
    """
    found = read_quantities(cell)
    for q in found:
        if q.is_value:
            return q
    return found[0] if found else None


def with_unit_note(q: Quantity, note_text: str) -> Quantity:
    """A bare number read under a unit note or header: 「1,234」 with 「（単位：千円）」 -> 1,234,000 円 (money).

    A quantity that states its own unit, a year, a date or a marker is returned unchanged; so is any quantity when
    the note states no unit.
    """
    if q.unit or q.kind not in ("number", "index", "change"):
        return q
    unit = unit_note(note_text)
    if unit is None:
        return q
    kind = "change" if q.kind == "change" else unit.kind
    return replace(q, value=q.value * unit.scale, unit=unit.base, kind=kind,
                   value_end=q.value_end * unit.scale if q.value_end is not None else None, scale_word=unit.word)
