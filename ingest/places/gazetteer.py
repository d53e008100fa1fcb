"""Places of Japan as path keys, and the place names a text mentions.

A place key is the path from the prefecture down: 「北海道」, 「北海道/釧路・根室」 (a 連携地域), 「北海道/釧路・根室/釧路」
(a (総合)振興局 area), 「北海道/釧路・根室/釧路/釧路市」, 「静岡県/富士市」, 「静岡県/静岡市/葵区」. One place contains another
when its key is a prefix on '/' (`contains`), so 音威子府村 ⊂ 上川 ⊂ 道北 ⊂ 北海道 needs no table of its own.

The prefectures and the 1,916 municipalities and wards come from the `japancode` package (MIT; the 全国地方公共団体コード
list, with codes): a maintained package rather than a list copied by hand, so a town's name is spelled as the
government lists it. What no package holds is Hokkaido's own division into 14 (総合)振興局 areas and six 連携地域; it is
written out below from the 地方公共団体コード order (towns and villages are numbered by 振興局) plus the 35 cities.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# 連携地域 -> its (総合)振興局 areas (北海道's 連携地域別政策展開方針).
HOKKAIDO_REGIONS = {
    "道央広域": ("空知", "石狩", "後志", "胆振", "日高"),
    "道南": ("渡島", "檜山"),
    "道北": ("上川", "留萌", "宗谷"),
    "オホーツク": ("オホーツク",),
    "十勝": ("十勝",),
    "釧路・根室": ("釧路", "根室"),
}


def _area_names(regions: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Every 連携地域 and 振興局 area name once; a name that holds another (「釧路・根室」 holds 「釧路」) before it,
    so a caller taking the first that matches takes the longer."""
    names = list(dict.fromkeys([*regions, *(a for areas in regions.values() for a in areas)]))
    return tuple(sorted(names, key=lambda n: not any(o != n and o in n for o in names)))


# The names of Hokkaido's areas as documents print them in tags and parentheses (「観光入込客数 (釧路)」).
HOKKAIDO_AREAS: tuple[str, ...] = _area_names(HOKKAIDO_REGIONS)
# Towns and villages: code ranges (the 3-digit part after 01) per 振興局 area.
_HOKKAIDO_TOWN_RANGES = (
    (303, 304, "石狩"), (331, 347, "渡島"), (361, 371, "檜山"), (391, 409, "後志"), (423, 438, "空知"),
    (452, 472, "上川"), (481, 487, "留萌"), (511, 520, "宗谷"), (543, 564, "オホーツク"), (571, 586, "胆振"),
    (601, 610, "日高"), (631, 649, "十勝"), (661, 668, "釧路"), (691, 700, "根室"),
)
_HOKKAIDO_CITIES = {
    "石狩": "札幌市 江別市 千歳市 恵庭市 北広島市 石狩市", "渡島": "函館市 北斗市", "後志": "小樽市",
    "空知": "夕張市 岩見沢市 美唄市 芦別市 赤平市 三笠市 滝川市 砂川市 歌志内市 深川市",
    "上川": "旭川市 士別市 名寄市 富良野市", "留萌": "留萌市", "宗谷": "稚内市", "オホーツク": "北見市 網走市 紋別市",
    "胆振": "室蘭市 苫小牧市 登別市 伊達市", "十勝": "帯広市", "釧路": "釧路市", "根室": "根室市",
}
# How documents name the areas besides their short names.
_AREA_SUFFIXES = ("総合振興局", "振興局", "管内", "地域")
_REGION_SUFFIXES = ("連携地域", "地域")
_REGION_ALIASES = {"道央": "道央広域", "釧路根室": "釧路・根室"}


@dataclass(frozen=True)
class Place:
    key: str
    name: str
    kind: str      # prefecture | region (連携地域) | area (振興局) | municipality | ward
    code: str = ""  # 5-digit 地方公共団体コード without the check digit, where there is one


@dataclass(frozen=True)
class PlaceMention:
    """A place name in a text: `keys` are every place it can mean, `key` the one chosen (see Gazetteer.find)."""

    name: str
    start: int
    end: int
    keys: tuple[str, ...]
    key: str


def contains(outer: str, inner: str) -> bool:
    """「北海道/道北」 contains 「北海道/道北/上川/音威子府村」 and itself; "" (unknown) contains nothing."""
    return bool(outer) and (inner == outer or inner.startswith(outer + "/"))


def name_of(key: str) -> str:
    """The display name of a key: its last part (「北海道/道北/上川/音威子府村」 -> 「音威子府村」)."""
    return key.rsplit("/", 1)[-1] if key else ""


class Gazetteer:
    """Every place by key, and every name (with its spellings) to the keys it can mean."""

    def __init__(self, places: list[Place], aliases: dict[str, list[str]]):
        self.places = {p.key: p for p in places}
        self.aliases = aliases
        longest_first = sorted(aliases, key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(a) for a in longest_first))

    def get(self, key: str) -> Place | None:
        return self.places.get(key)

    def resolve(self, name: str) -> list[str]:
        """The keys a name can mean, outermost first (「十勝」 -> the 連携地域, then the 振興局 area)."""
        return list(self.aliases.get(name.strip(), []))

    def find(self, text: str) -> list[PlaceMention]:
        """Place names in `text`, longest first and non-overlapping, left to right.

        A name several places share (伊達市 in 北海道 and 福島県) takes the one inside a prefecture or area the same
        text names; otherwise the first listed (mentions keep all `keys` for callers that must not guess).
        """
        mentions = []
        for m in self._pattern.finditer(text):
            if self._inside_word(text, m.start(), m.end()):
                continue
            mentions.append((m.group(0), m.start(), m.end(), tuple(self.aliases[m.group(0)])))
        named = {k for _, _, _, keys in mentions if len(keys) == 1 for k in keys}
        out = []
        for name, start, end, keys in mentions:
            chosen = next((k for k in keys if any(contains(n, k) and n != k for n in named)), keys[0])
            out.append(PlaceMention(name, start, end, keys, chosen))
        return out

    @staticmethod
    def _inside_word(text: str, start: int, end: int) -> bool:
        """「北区」 inside 「東北区域」 or 「森町」 inside 「青森町内会」 is no mention: a kanji name glued to kanji on the left."""
        before = text[start - 1] if start else ""
        if not before or before in "郡県都府道":   # 「中川郡美深町」, 「北海道森町」
            return False
        if before in _COUNTERS and start >= 2 and (_numeral(text[start - 2]) or text[start - 2:start] == "年度"):
            return False   # 「第2期神山町…」, 「第２次四万十町総合計画」: a numbered edition before the name
        return "\u4e00" <= before <= "\u9fff" and (end - start) <= 3

    def most_specific(self, keys: list[str]) -> str:
        """The innermost of keys that lie on one path (「北海道」, 「北海道/道北/上川」 -> the latter); "" if they diverge."""
        best = ""
        for key in sorted(set(keys), key=len):
            if best and not contains(best, key):
                return best
            best = key
        return best


# Counters that end a plan's edition number before the town's name (「第2期」, 「第３次」, 「令和7年度」).
_COUNTERS = "期次度号版回編"


def _numeral(char: str) -> bool:
    return char.isdigit() or char in "一二三四五六七八九十元"


def _hokkaido_area(code: str, city: str) -> str | None:
    for area, names in _HOKKAIDO_CITIES.items():
        if city.split(" ")[0] in names.split():
            return area
    number = int(code[2:])
    return next((area for lo, hi, area in _HOKKAIDO_TOWN_RANGES if lo <= number <= hi), None)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer from japancode's data (read once per process; it is immutable)."""
    data = resources.files("japancode") / "data"
    prefectures = json.loads((data / "prefectures.json").read_text(encoding="utf-8"))
    municipalities = json.loads((data / "municipalities.json").read_text(encoding="utf-8"))
    places: list[Place] = []
    aliases: dict[str, list[str]] = {}

    def add(place: Place, *names: str) -> None:
        places.append(place)
        for name in dict.fromkeys(names):
            aliases.setdefault(name, []).append(place.key)

    for pref in prefectures:
        add(Place(pref["pref"], pref["pref"], "prefecture", pref["lgcode"][:5]), pref["pref"])
    area_key = {}
    for region, areas in HOKKAIDO_REGIONS.items():
        key = f"北海道/{region}"
        add(Place(key, region, "region"), region, *(region + s for s in _REGION_SUFFIXES),
            *(a for a, r in _REGION_ALIASES.items() if r == region))
        for area in areas:
            area_key[area] = f"{key}/{area}"
            add(Place(area_key[area], area, "area"), area, *(area + s for s in _AREA_SUFFIXES))
    for row in municipalities:
        code = row["cid"].zfill(5)
        parts = row["city"].split(" ")   # 「札幌市 中央区」: a ward of a designated city
        if row["pref"] == "北海道":
            area = _hokkaido_area(code, row["city"])
            parent = area_key[area] if area else "北海道"
        else:
            parent = row["pref"]
        key = "/".join([parent, *parts])
        kind = "ward" if len(parts) > 1 else "municipality"
        names = [parts[-1], row["pref"] + parts[-1]] if kind == "municipality" else [parts[-1], "".join(parts)]
        add(Place(key, parts[-1], kind, code), *names)
    for keys in aliases.values():   # outermost first: 「十勝」 is the 連携地域 before the 振興局 area
        keys.sort(key=lambda k: k.count("/"))
    return Gazetteer(places, aliases)
