"""Units and counters plans print after a number, as data: each with its kind, base unit and scale.

「千円」 is money in 円 scaled by 1,000; 「割」 is a ratio in % scaled by 10; 「人」, 「件」, 「校」 are counts;
「位」 a rank; 「ポイント」 points. A number's scale words (万, 億 …) are read by the quantity grammar, not here;
the scaled money words stay listed because unit notes (「（単位：千円）」) name them whole.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.vocab.normal import normalize


@dataclass(frozen=True)
class Unit:
    word: str      # as printed (after NFKC): 「千円」, 「人」, 「%」
    base: str      # the unit values are stated in: 「円」, 「人」, 「%」
    kind: str      # money | count | ratio | points | rank | measure
    scale: float   # value in `base` = number × scale


def _units(kind: str, words: str, base: str | None = None, scale: float = 1) -> list[Unit]:
    return [Unit(w, base or w, kind, scale) for w in words.split()]


RATIO_TENTHS = "割"   # a share in tenths (「4割」): a rough form of a rate, never the printed percent

UNITS: tuple[Unit, ...] = tuple(
    [Unit("円", "円", "money", 1), Unit("千円", "円", "money", 1e3), Unit("万円", "円", "money", 1e4),
     Unit("百万円", "円", "money", 1e6), Unit("千万円", "円", "money", 1e7), Unit("億円", "円", "money", 1e8),
     Unit("兆円", "円", "money", 1e12)]
    + [Unit("%", "%", "ratio", 1), Unit("‰", "‰", "ratio", 1), Unit(RATIO_TENTHS, "%", "ratio", 10),
       Unit("倍", "倍", "ratio", 1)]
    + _units("points", "ポイント pt")
    + _units("rank", "位")
    # counters: how many of a thing (人 and 名 are both people; 人 is the base)
    + [Unit("年間", "年", "count", 1), Unit("名", "人", "count", 1), Unit("千人", "人", "count", 1e3), Unit("万人", "人", "count", 1e4)]
    + _units("count", "人 人日 人泊 人回 件 項目 校 回 社 か所 箇所 ヶ所 カ所 ケ所 ヵ所 地区 品目 種類 団体 事業所 "
                      "事業 施設 店舗 店 世帯 戸 棟 軒 台 隻 頭 本 部 冊 枚 組 園 床 区画 路線 便 市町村 団地 クラブ "
                      "チーム 講座 教室 日 泊 時間 分 歳 か月 ヶ月 カ月 ヵ月 年 週 点 品 個 基 箇 席 病院 人分 市 町 村 つ 歩")
    # physical measures
    + _units("measure", "ha a km km2 m m2 m3 ㎡ ㎞ cm mm t トン kg g kL L ℓ kWh MWh kW MW GWh MHz kHz GHz")
    + [Unit("キロメートル", "km", "measure", 1), Unit("平方キロメートル", "km2", "measure", 1),
       Unit("平方キロ", "km2", "measure", 1), Unit("メートル", "m", "measure", 1),
       Unit("平方メートル", "m2", "measure", 1), Unit("センチメートル", "cm", "measure", 1),
       Unit("センチ", "cm", "measure", 1), Unit("キログラム", "kg", "measure", 1)]
)

UNIT_BY_WORD: dict[str, Unit] = {u.word: u for u in UNITS}
GENERIC_COUNTER = "つ"   # 「３つの視点」: a count of things of no kind, stated only for 「いくつ」
YEN = "円"      # the base unit of money: every amount is stated in it (Amount.yen, BudgetLine.amount_yen)
# A rate after a unit: 「12人/年」, 「3回/週」.
RATE_PATTERN = r"/(?:年|月|日|人|週|回)"
# A counter followed by these characters is the start of another word: 「3年生」, 「5人口」, 「1日本」, 「2回答」.
NOT_BEFORE: dict[str, str] = {"年": "度生目", "市": "民場長内役営街立政議", "町": "内民長会立政議", "村": "民長内立議", "人": "口材工件", "回": "覧収答復路", "分": "析野類担布散", "日": "本常",
                              "本": "市町県部庁", "部": "分門局長署会", "点": "検", "品": "質", "校": "舎区長", "園": "芸児",
                              "台": "風帳", "便": "利", "組": "織合", "基": "本準金盤幹", "個": "人別性所", "週": "末", "歩": "道行",
                              "事業": "者費所", "種類": "", "施設": "整", "a": "", "m": "", "g": "",
                              # 「３つの」「４つに」 count; 「重点プロジェクト３ つながり…」 is a numbering and a word
                              "つ": "あいうえおかきくけこさすせそたちつてなぬねむゆよらりるれろわんどづぎげじぜびべ"}
# longest first per first character, so 「人日」 wins over 「人」 and 「ha」 over nothing
_BY_FIRST: dict[str, tuple[Unit, ...]] = {}
for _u in sorted(UNITS, key=lambda u: len(u.word), reverse=True):
    _BY_FIRST[_u.word[0]] = _BY_FIRST.get(_u.word[0], ()) + (_u,)
# counters a kanji numeral may stand before (「三十人」, 「二千五百件」); not 「一日」 「十分」 「一部」, which are words
KANJI_COUNTERS = frozenset("人 名 件 項目 校 回 社 か所 箇所 ヶ所 カ所 世帯 戸 台 施設 団体 地区 倍 割 位 円 年間 か月 ヶ月 カ月 "
                           "種類 事業 品目 店舗 棟 園".split())


# The unit words as one pattern (a scale prefix and a rate may wrap them), for line grammars that compose it.
UNIT_PATTERN = (r"(?:百万|千万|万|千|億|兆)?(?:"
                + "|".join(re.escape(u.word) for u in sorted(UNITS, key=lambda u: len(u.word), reverse=True)
                           if u.word not in ("年", "年間", "週", "g"))
                + rf")(?:{RATE_PATTERN})?")


def money_unit_pattern(max_scale: float = 1e12) -> str:
    """The money unit words of at most `max_scale` yen as one regex alternation, longest first: (1e6) ->
    「百万円|千円|万円|円」, for grammars of amounts as printed (「3億9,053万円」)."""
    words = [u.word for u in UNITS if u.kind == "money" and u.scale <= max_scale]
    return "|".join(sorted(words, key=len, reverse=True))


# A unit note as printed: 「（単位：千円）」, 「単位:百万円」, 「［単位:人］」, 「(円)」, 「（千円）」.
UNIT_NOTE_PATTERN = (r"[（(［\[〔]?\s*単位\s*[：:]\s*[^）)\]］〕\s]{1,8}\s*[）)\]］〕]?"
                     r"|[（(](?:千|百万|万|億)?円[）)]")


_UNIT_NOTE_WORD = re.compile(r"単位\s*[:：]\s*([^\s)）、,]{1,8})")


# A note that states the unit of every amount of a document (「（金額の単位：円）」 once under its title), not one table's.
_AMOUNT_NOTE = re.compile(r"[(（]?\s*金額\s*の?\s*単位\s*[:：]\s*(?:円|千円|万円|百万円|億円)\s*[)）]?")


def amount_note_before(text: str, end: int) -> str:
    """The last note stating the unit of a document's amounts before `end` (「（金額の単位：円）」), as printed; "" if none."""
    found = list(_AMOUNT_NOTE.finditer(text, 0, end))
    return found[-1].group(0) if found else ""


def unit_note_word(text: str) -> str:
    """The word a unit note names, as printed, known unit or not: 「（単位：人）」 -> 人, 「単位:団体」 -> 団体; "" if none."""
    m = _UNIT_NOTE_WORD.search(normalize(text).text)
    return m.group(1) if m else ""


def unit_of(word: str) -> Unit | None:
    """The unit `word` names (「千円」 -> Unit(千円, 円, money, 1000)); None when it is not a unit."""
    return UNIT_BY_WORD.get(normalize(word).text.strip())


def unit_at(text: str, i: int) -> Unit | None:
    """The longest unit starting at `text[i]` (normalised text), not running on into a longer ASCII word."""
    for u in _BY_FIRST.get(text[i:i + 1], ()):
        if text.startswith(u.word, i):
            nxt = text[i + len(u.word):i + len(u.word) + 1]
            if nxt and nxt in NOT_BEFORE.get(u.word, ""):
                continue
            if u.word[-1].isascii() and u.word[-1].isalnum() and nxt.isascii() and nxt.isalnum():
                continue    # 「5m」 yes, 「5min」 no; 「3t」 yes, 「3times」 no
            return u
    return None


_NOTE = re.compile(r"単位\s*[:：]?\s*")


def unit_note(note_text: str) -> Unit | None:
    """The unit a unit note or header states: 「（単位：千円）」 -> 千円, 「予算額（百万円）」 -> 百万円, 「(%)」 -> %,
    「順位」 -> 位; None when it states none."""
    s = normalize(note_text).text
    m = _NOTE.search(s)
    if m:
        u = unit_at(s, m.end())
        if u is not None:
            return u
    for m in re.finditer(r"[(\[［〔【]\s*([^()\[\]［］〔〕【】]{1,6}?)\s*[)\]］〕】]", s):
        inner = m.group(1).strip()
        if inner in UNIT_BY_WORD:
            return UNIT_BY_WORD[inner]
        if inner.startswith("単位"):
            u = unit_at(inner, _NOTE.match(inner).end()) if _NOTE.match(inner) else None
            if u is not None:
                return u
    if "順位" in s:
        return UNIT_BY_WORD["位"]
    return None


_BRACKET = re.compile(r"[(\[［〔【]\s*([^()\[\]［］〔〕【】]{1,8}?)\s*[)\]］〕】]")
_BRACKET_PARTS = re.compile(r"[・、,/]")   # the parts of a header's bracket (「（年額・千円）」)


def header_unit(header: str) -> Unit | None:
    """The unit a column header states, also beside another word in its bracket: 「指定管理料（年額・千円）」 -> 千円,
    「保険料（年額・円）」 -> 円 (one unit among the bracket's parts); else as `unit_note` reads it. For answers reading a
    cell under its header; the readers of ingest keep `unit_note`."""
    unit = unit_note(header)
    if unit is not None:
        return unit
    for m in _BRACKET.finditer(normalize(header).text):
        inner = m.group(1).strip()
        listed = [UNIT_BY_WORD[part.strip()] for part in _BRACKET_PARTS.split(inner) if part.strip() in UNIT_BY_WORD]
        if len(listed) == 1 and _BRACKET_PARTS.search(inner):
            return listed[0]
    return None


# The units that mark a number in a line as a value (「1 観光入込客数 100人」 is a list item, not a heading), as one
# alternation: 「人|件|円|%|％」.
VALUE_MARK_UNITS = "|".join(("人", "件", YEN, "%", "％"))
# The counters of people (「何名」 and 「何人」 ask the same) and of places, each as printed, in the order the question
# grammars (ingest.vocab.value_questions) try them.
PERSON_COUNTERS: tuple[str, ...] = ("名", "人")
PLACE_COUNTERS: tuple[str, ...] = ("か所", "箇所", "ヶ所")
# The counter an answer counts the items of a list in (「該当する事業・取組は 5 件です。」).
LIST_COUNTER = "件"

# Words around a number that qualify it (「約1,200人」, 「延べ」, 「以上」, 「の増加」): read into Quantity.qualifier.
PREFIX_QUALIFIERS = ("延べ", "延", "累計", "上限", "最大", "最小", "最低", "概ね", "おおむね", "約", "年間", "平均",
                     "合計", "総計", "計", "毎年", "年平均")
POSTFIX_QUALIFIERS = ("以上", "以下", "未満", "超", "程度", "前後", "余り", "余", "強", "弱", "増加", "減少", "増", "減",
                      "の増加", "の減少", "の増", "の減", "上昇", "低下", "の上昇", "の低下", "を上限", "まで")
# A label naming a difference just before a signed number (「前年比 −2」), and a rounding note after a number
# (「小数点第2位を四捨五入」): patterns on NFKC text.
CHANGE_LABEL = r"(?:増減|前年比|前年度比|対前年|比較|差額|伸び)[^0-9]{0,6}$"
ROUNDING_NOTE = r"[^。\n]{0,10}(?:四捨五入|切り?捨て|切捨|切り?上げ|省略|端数)"
