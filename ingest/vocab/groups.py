"""The groups a survey or statistics table breaks its figures down by, read from a question or a table cell.

A question 「30歳代で…の割合は？」 asks the column 「30～39歳」 (or 「30代」) of a crosstab, never the 全体 column nor
the 40～49歳 one; 「女性の…」 asks a row or column of women. `groups_named` reads these groups as comparable keys:

    「30歳代」 「30代」 「30～39歳」 「30-39歳」   -> ("age", 30, 39)
    「18～29歳」 「18歳～29歳」                 -> ("age", 18, 29)
    「70歳以上」                               -> ("age", 70, None)
    「20歳未満」                               -> ("age", None, 19)
    「男性」 「男」 / 「女性」 「女」              -> ("sex", "男"), ("sex", "女")

A table that breaks down by a kind of group (an age column) answers a question naming a group of that kind only
from the cell of the same group; a question naming a group no candidate names (by sex, where the table is by
age) is not answered from it.
"""
from __future__ import annotations

import re

from ingest.vocab.normal import normalize

_AGE_RANGE = re.compile(r"([0-9]{1,3})\s*歳?\s*[~～〜\-−－ー]\s*([0-9]{1,3})\s*歳")
_AGE_DECADE = re.compile(r"([0-9]{1,2})0\s*(?:歳)?代")
_AGE_OVER = re.compile(r"([0-9]{1,3})\s*歳\s*以上")
_AGE_UNDER = re.compile(r"([0-9]{1,3})\s*歳\s*(未満|以下)")
# 「男性」 「女子」, or 「男」 「女」 standing alone (a table cell, 「女・30代」): never inside a longer word or a place name
_SEX = re.compile(r"(男|女)(?:性|子)(?!ども)|(?<![\u3400-\u9fff々])(男|女)(?![\u3400-\u9fff々])")
# words holding 男性/女子 … that do not name a group of people by sex
_NOT_SEX = ("男女", "長男", "長女", "次男", "次女", "男子校", "女子校")

Group = tuple


def groups_named(text: str) -> frozenset[Group]:
    """The age bands and sexes a text names (see the module docstring)."""
    s = normalize(text).text
    found: set[Group] = set()
    taken: list[tuple[int, int]] = []

    def free(m: re.Match) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in taken)

    for m in _AGE_RANGE.finditer(s):
        found.add(("age", int(m.group(1)), int(m.group(2))))
        taken.append(m.span())
    for m in _AGE_DECADE.finditer(s):
        if free(m):
            decade = int(m.group(1)) * 10
            found.add(("age", decade, decade + 9))
            taken.append(m.span())
    for m in _AGE_OVER.finditer(s):
        if free(m):
            found.add(("age", int(m.group(1)), None))
            taken.append(m.span())
    for m in _AGE_UNDER.finditer(s):
        if free(m):
            limit = int(m.group(1))
            found.add(("age", None, limit - 1 if m.group(2) == "未満" else limit))
            taken.append(m.span())
    masked = s
    for word in _NOT_SEX:
        masked = masked.replace(word, "　" * len(word))
    for m in _SEX.finditer(masked):
        found.add(("sex", m.group(1) or m.group(2)))
    return frozenset(found)


def group_kinds(groups: frozenset[Group]) -> frozenset[str]:
    """The kinds of group among `groups` ("age", "sex")."""
    return frozenset(g[0] for g in groups)


def group_words(text: str) -> list[str]:
    """The words of `text` (normalised) that name an age band (「30歳代」, 「18～29歳」): a table matches them by band,
    not as subject words (「代」 stands in no column 「30～39歳」)."""
    s = normalize(text).text
    return [m.group() for pattern in (_AGE_RANGE, _AGE_DECADE, _AGE_OVER, _AGE_UNDER) for m in pattern.finditer(s)]


# A breakdown a question asks for by name (「地区別の定住意向」, 「年代別の満足度」): the words a document breaking its
# figures down so must hold. Each stem -> the words any one of which shows that breakdown in a text; the age and sex
# breakdowns are also shown by the groups themselves (「30～39歳」, 「女性」).
BREAKDOWN_WORDS: dict[str, tuple[str, ...]] = {
    "地区": ("地区",), "地域": ("地域",), "校区": ("校区",), "行政区": ("行政区",), "自治会": ("自治会",),
    "町内会": ("町内会",), "居住地": ("居住地", "地区", "地域"), "職業": ("職業",), "国籍": ("国籍",),
    "年代": ("年代", "歳代"), "年齢": ("年齢", "歳"), "世代": ("世代",), "男女": ("男女",), "性": ("性別",),
}
_BREAKDOWN = re.compile("(" + "|".join(sorted(BREAKDOWN_WORDS, key=len, reverse=True)) + r")別")
_GROUP_KIND_OF = {"年代": "age", "年齢": "age", "世代": "age", "男女": "sex", "性": "sex"}


def asked_breakdowns(question: str) -> tuple[str, ...]:
    """The breakdowns a question names (「地区別の…」 -> ("地区",)), stems of BREAKDOWN_WORDS."""
    return tuple(dict.fromkeys(m.group(1) for m in _BREAKDOWN.finditer(normalize(question).text)))


def shows_breakdown(stem: str, text: str) -> bool:
    """Whether a text (a whole document) could break figures down by `stem`: it holds one of its words, or (for age
    and sex) groups of that kind."""
    words = BREAKDOWN_WORDS[stem]
    if any(word in text for word in words):   # most documents say it as printed: no need to normalise them whole
        return True
    s = normalize(text).text
    if any(word in s for word in words):
        return True
    kind = _GROUP_KIND_OF.get(stem)
    return bool(kind) and sum(1 for g in groups_named(s) if g[0] == kind) >= 2
