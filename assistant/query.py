"""What a number question wants: the kind of quantity, the attribute (column) asked for, and its counter.

「移住者数の目標値は何人？」 wants a count in 人 of the 目標値 column; 「一般会計の当初予算額はいくら？」 money of
the 当初 budget; 「満足度が低いとの回答は何％？」 a ratio; 「全国で何位？」 a rank. An answer states a value only
when it is of the wanted kind (`ingest.vocab.quantities` reads every number's kind once), and never a value
whose column names another attribute (a 決算額 for a 当初予算 question, a 基準値 for a 目標値 question).
The question words of kinds are ingest.vocab.value_questions'; the attribute words are ingest.vocab.attributes'.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.text.normalize import normalize_query
from ingest.vocab.attributes import (ASKED_ATTRIBUTE_WORDS, ATTRIBUTE_WORDS, EXCLUSIVE, NOT_NAMING, OVERRIDDEN_ATTRIBUTES,
                                     WHOLE_ASKED)
from ingest.vocab.quantities import PER_UNIT
from ingest.vocab.units import UNIT_BY_WORD, YEN
from ingest.vocab.value_questions import MONEY_NOUNS, QUANTITY_KIND_QUESTIONS, SHARE_QUESTION, SUM_QUESTION

# Kinds of value a question may want: "any" takes every value kind (never a year, date or list marker).
VALUE_KINDS = frozenset({"money", "count", "ratio", "points", "rank", "measure", "index", "number", "change"})

# (pattern of the question, wanted kind); the first that matches decides.
_KIND_WORDS: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(words), kind)
                                                     for words, kind in QUANTITY_KIND_QUESTIONS)
# Question words naming each attribute (ingest.vocab.attributes), compiled once.
_ASKED: dict[str, re.Pattern] = {attribute: re.compile(words) for attribute, words in ASKED_ATTRIBUTE_WORDS.items()}
_SUM = re.compile(SUM_QUESTION)
_SHARE = re.compile(SHARE_QUESTION)
_WHOLE = re.compile(WHOLE_ASKED)
_PERCENT_ASKED = re.compile(r"何(?:%|パーセント)|率")
_PERCENT_NAMED = re.compile(r"何\s*(?:%|パーセント)")
# 「いくら増えた」, and a change of a budget asked without a rate (「一般会計当初予算は…どれだけ増えましたか」): an amount
_AMOUNT_ASKED = re.compile(r"いくら|増額|減額|" + MONEY_NOUNS)


@dataclass(frozen=True)
class Query:
    """A question's wanted value: kind (money, count, ratio, rank, date, change, any), the counter of a count
    (「人」), the attributes asked (「目標」, 「当初」 …) and whether a sum is asked for."""

    kind: str = "any"
    counter: str = ""
    attributes: frozenset[str] = frozenset()
    wants_sum: bool = False
    per_unit: bool = False   # 「1人当たり」 asked: a per-unit value, never a total (and no total for it)
    bare_rate: bool = False  # a rate asked (出生率, 求人倍率), not a share: a bare decimal (1.80) may be its value
    whole: bool = False      # 「合計は」, 「村全体の」: the whole asked, never one row's value

    def takes(self, kind: str, unit: str) -> bool:
        """Whether a quantity of `kind` in `unit` can answer (a year, date or marker never does)."""
        if kind not in VALUE_KINDS:
            return False
        if self.kind == "any":
            return kind != "rank"
        if self.kind == "count":
            base = UNIT_BY_WORD[self.counter].base if self.counter in UNIT_BY_WORD else self.counter
            return kind in ("count", "measure") and (not base or unit == base)
        if self.kind == "change":
            if self.counter == "%":   # 「何％増減しましたか」: a rate of change, never the amount beside it
                return kind in ("ratio", "points") or (kind == "change" and unit in ("%", "ポイント"))
            if self.counter == YEN:   # 「いくら増えましたか」: an amount, never the rate beside it
                return kind == "money" or (kind == "change" and unit == YEN)
            return kind in ("change", "points", "money", "ratio", "count")
        if self.kind == "ratio":
            # 「出生率は」「求人倍率は」 without 「％」: a rate printed as a bare decimal (1.80, 1.32) answers too
            return kind in ("ratio", "points") or (kind == "index" and self.bare_rate)
        return kind == self.kind


def read_query(question: str) -> Query:
    """The wanted value of a question (kind "any" when the question names no kind)."""
    q = normalize_query(question)
    kind, counter = "any", ""
    for pattern, name in _KIND_WORDS:
        m = pattern.search(q)
        if m:
            kind = name
            counter = (m.groupdict().get("counter") or "") if name == "count" else ""
            if name == "change" and _PERCENT_ASKED.search(q):
                counter = "%"
            elif name == "change" and _AMOUNT_ASKED.search(q):
                counter = YEN
            elif name == "ratio" and _PERCENT_NAMED.search(q):
                counter = "%"    # 「何％」 asks the printed rate (「4割を超え」 is a rough share of it)
            break
    attributes = frozenset(a for a, pattern in _ASKED.items() if pattern.search(q))
    for asked, moot in OVERRIDDEN_ATTRIBUTES:   # 「当初予算」 asks the initial budget (a 補正 is 予算 too)
        if attributes & asked:
            attributes = attributes - moot
    bare_rate = kind == "ratio" and not _SHARE.search(q)
    return Query(kind, counter, attributes, bool(_SUM.search(q)), bool(PER_UNIT.search(q)), bare_rate,
                 bool(_WHOLE.search(q)))


def attributes_named(text: str) -> frozenset[str]:
    """The attributes a header, label or sentence names (「目標値(R7)」 -> 目標; 「令和5年度決算額」 -> 決算)."""
    return frozenset(a for a, words in ATTRIBUTE_WORDS.items()
                     if any(w in _unmasked(text, a) for w in words))


def _unmasked(text: str, attribute: str) -> str:
    """The text without the longer words that hold the attribute's word but do not name it (NOT_NAMING)."""
    for word in NOT_NAMING.get(attribute, ()):
        text = text.replace(word, "　")
    return text


def conflicts(asked: frozenset[str], named: frozenset[str]) -> bool:
    """True when a value named by `named` answers another attribute than the one asked (決算 for 当初,
    基準 for 目標): within a group of exclusive attributes, the value names one the question does not ask
    and none it asks."""
    for group in EXCLUSIVE:
        want, have = asked & group, named & group
        if want and have and not (want & have):
            return True
    return False


_NUMBERED = re.compile(r"第\s*([0-9]+)\s*号")


def names_only_others(asked: set[int], text: str) -> bool:
    """True when the question names a 第N号 and `text` (a unit with its heading and the lines around) names only
    others."""
    named = numbers_named(text) if asked else set()
    return bool(named) and not (named & asked)


# A number with the counter that makes it a name (「2号認定」, 「第3期」, 「1種」): another number with the same counter
# names something else (「3号認定（1・2歳）」 is no answer about 2号認定, though it holds 「2」).
_COUNTED = re.compile(r"([0-9]+)\s*(段階|階層|[号期次級種型区])")   # 「第３段階」 of a 所得段階 table, 「第５階層」 of a 保育料 table
# The counters of a plan's edition or a numbered bill (「第9期計画」, 「第2次」, 「補正予算（第1号）」): its title or
# heading says them, not every row or sentence under it.
EDITION_COUNTERS = ("期", "次", "号")


def counted_numbers(text: str) -> set[tuple[str, int]]:
    """(counter, N) for each number a text writes with a naming counter (「2号認定」 -> (号, 2))."""
    return {(c, int(n)) for n, c in _COUNTED.findall(normalize_query(text))}


def counts_only_others(asked: set[tuple[str, int]], text: str) -> bool:
    """True when the question names 「2号」 (`asked`: its counted_numbers) and `text` (a unit and its heading) names
    that counter with other numbers only."""
    named = counted_numbers(text) if asked else set()
    for c, n in asked:
        same = {m for counter, m in named if counter == c}
        if same and n not in same:
            return True
    return False


def numbers_named(text: str) -> set[int]:
    """The 第N号 a text names (「補正予算（第2号）」 -> {2}): a question about 第3号 is not answered from 第2号."""
    return {int(n) for n in _NUMBERED.findall(normalize_query(text))}
