"""The outline of a plan: its units (基本目標 → 施策 → 事業, 政策 → プロジェクト → 取組) from its headings.

Plans number their levels in many styles (第1章, 基本目標1, 施策2, Ⅰ, 1., (1), ①, ア, ◆, ■) and no style has a
fixed depth. The outline is a stack of styles: a heading of a style already on the stack closes everything
below that entry and replaces it (a sibling); a new style opens a level below the current one (a child).
A section label (「目的」, 「主な評価指標」, 「【KPI】」) closes bullet items (◆ ■ ● ▶ ○) without opening a unit, so
a KPI table after 「主な評価指標」 belongs to the project, not to the last activity listed above it.

Works on Document.text (source offsets): NFKC would turn ① into 1 and lose the style.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from ingest.vocab.section_words import SECTION_WORDS
from ingest.vocab.quantities import read_quantities
from ingest.vocab.units import VALUE_MARK_UNITS

_NUM = r"[0-9０-９一二三四五六七八九十]{1,3}"
# The dashes a numbering joins its levels with (「施策１－１」, a PDF's 「１−１」 in U+2212, 「1‐2」).
_DASH = r"[-－‐−―]"
# A wide gap on a heading line: what follows is a running label printed at the far side (「施策１－１ 伝統産業…
# 　　　　政策１ …」 on a plan's sheet), not part of the heading.
_WIDE_GAP = re.compile(r"[ \u3000]{6,}")
# (style, pattern) in the order they are tried; the pattern matches the heading's numbering or mark.
HEADING_STYLES: tuple[tuple[str, str], ...] = (
    ("chapter", rf"第\s*{_NUM}\s*[章編部節]"),
    ("goal", rf"(?:基本目標|基本方針|重点目標|政策目標|目標)\s*{_NUM}(?:{_DASH}{_NUM})*"),
    ("policy", rf"(?:政策|基本施策|政策分野|分野)\s*{_NUM}(?:{_DASH}{_NUM})*"),
    ("measure", rf"(?:施策|取組|重点施策|重点)\s*{_NUM}(?:{_DASH}{_NUM})*"),
    ("project-num", rf"(?:プロジェクト|事業)\s*{_NUM}(?:{_DASH}{_NUM})*"),
    ("roman", r"[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,3}(?=[\s　.．、]|$)|(?:I{1,3}|IV|VI{0,3}|IX|X)(?=[\s　.．、])"),
    ("num-sub", r"[0-9０-９]{1,2}[-－.．][0-9０-９]{1,2}(?=[\s　]|[^0-9０-９.．])"),
    ("num", r"[0-9０-９]{1,2}(?:[.．、]|[\s　])"),
    ("paren-num", r"[(（][0-9０-９]{1,2}[)）]"),
    ("circled", r"[①-⑳㉑-㉟]"),
    ("kana", r"[ア-コサ-ト][.．、\s　]"),
    ("paren-kana", r"[(（][ア-コサ-ト][)）]"),
    ("diamond", r"[◆◇]"),
    ("square", r"[■□]"),
    ("circle", r"[●]"),
)
BULLET_STYLES = ("diamond", "square", "circle")
_STYLES = [(style, re.compile(rf"^\s*(?:{pattern})\s*")) for style, pattern in HEADING_STYLES]
# A title line naming a unit without numbering: 「…プロジェクト」, 「…ユニット」.
_TITLE = re.compile(r"(?:プロジェクト|ユニット)$")
# A legend's mark and what it stands for, printed after a heading's name (「１－１ 子育て支援の充実 ◎重点施策」): no part
# of what the heading is (a 施策 named 「…◎重点施策」 is no 「施策」 label).
_MARK_TAG = re.compile(r"[ \u3000]*[◎★☆●◆■◇○◯][ \u3000]*[^\s◎★☆●◆■◇○◯]{1,8}$")
_TOC = re.compile(r"(?:・{3,}|…{2,}|\.{4,}|‥{2,})\s*[0-9０-９]")


@dataclass(frozen=True)
class Unit:
    """One heading of the plan: its name (numbering kept), style, kind and where it stands."""

    name: str
    style: str
    kind: str          # 基本目標 / 政策 / 施策 / プロジェクト / 事業 / 取組 / 章 / 項目
    path: tuple[str, ...]   # the names of the units above it and itself
    start: int         # source span of the heading line
    end: int


def kind_of(name: str, style: str) -> str:
    """What a unit is, from its words: 「基本目標1 …」 -> 基本目標, 「…プロジェクト」 -> プロジェクト."""
    text = unicodedata.normalize("NFKC", name)
    for word in ("基本目標", "政策", "施策", "プロジェクト", "ユニット", "事業", "取組"):
        if text.endswith(word) or re.match(rf"^{word}\s*[0-9]", text):
            return {"ユニット": "プロジェクト"}.get(word, word)
    if style == "chapter":
        return "章"
    if style == "goal":   # 「基本目標１ しごとをつくる町」: numbered as a goal, whatever its words
        return "基本目標"
    if style in BULLET_STYLES:
        return "取組"
    return "項目"


def _style(line: str) -> str | None:
    for style, pattern in _STYLES:
        if pattern.match(line):
            return style
    return None


def is_section_label(line: str) -> bool:
    """「目的」, 「主な評価指標 (KPI)」, 「【KPI】」, 「これまでの主な取組・成果」: a part of a unit."""
    text = re.sub(r"[\s【】\[\]<>＜＞()（）]", "", unicodedata.normalize("NFKC", _MARK_TAG.sub("", line) or line))
    return 0 < len(text) <= 20 and any(text == w or text == "主な" + w or text.endswith(w)
                                       for w in SECTION_WORDS) and not _TITLE.search(text)


_INLINE_LIST = re.compile(r"^\s*[【\[［〔]\s*(?:主な事業|主要事業|主な取組|主な取り組み|具体的な取組|主な施策)\s*[】\]］〕]\s*[:：]?\s*(?P<items>\S.*)$")
_MARKDOWN = re.compile(r"^(#{1,6})\s+")
_LIST_ITEM = re.compile(r"^\s*(?:[・○●◆■◇□▶▷◎\-－*＊]|[①-⑳]|[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．)）])\s*(?P<name>\S.*)$")


_LABEL_STYLES = ("chapter", "goal", "policy", "measure", "project-num", "roman")


def without_running_label(line: str) -> str:
    """A heading line without the upper unit's label printed at its far side after a wide gap (「施策１－１　　伝統
    産業の継承と発展　　　　　　政策１ 活力ある…」 -> 「施策１－１ 伝統産業の継承と発展」); any other line as it is."""
    parts = _WIDE_GAP.split(line.strip()) if "\t" not in line else []
    if len(parts) < 2 or _style(parts[0]) not in _LABEL_STYLES:
        return line
    label = next((k for k in range(1, len(parts)) if _style(parts[k]) in _LABEL_STYLES), None)
    return " ".join(parts[:label]) if label is not None else line


def heading_style(line: str) -> str | None:
    """The heading style of a line, or None when it is body text (too long, a sentence, a table row, a TOC entry)."""
    text = line.strip().strip("\u3000")
    text = without_running_label(text)
    md = _MARKDOWN.match(text)
    if md:   # a Markdown heading: its level is its style, whatever numbering follows
        return f"md{len(md.group(1))}" if len(text) <= 80 else None
    if not text or "\t" in text or len(text) > 60 or text.endswith(("。", "、")) or _TOC.search(text):
        return None
    style = _style(text)
    if style:
        rest = _STYLES[[s for s, _ in HEADING_STYLES].index(style)][1].sub("", text, count=1)
        if not rest or re.match(r"^[0-9０-９,.．%％]", rest) or len(rest) > 50:
            return None
        lead = read_quantities(unicodedata.normalize("NFKC", text[:12]))
        if style == "num-sub" and lead and lead[0].start == 0 and lead[0].unit:
            return None   # 「３．２０億円（令和12年度）」: a figure with its unit, not a 「3.2」 heading
        if style not in BULLET_STYLES and re.search(rf"[0-9０-９]\s*(?:{VALUE_MARK_UNITS})", rest):
            return None   # 「1 観光入込客数 100人」 is a list item with a value, not a heading
        return style
    if _TITLE.search(text) and 6 <= len(text) <= 50 and not text.startswith(("-", "・", "○")):
        return "title"
    return None


class Outline:
    """The units of one document and, for any source offset, the path of units it stands under."""

    def __init__(self, text: str, headings=()):
        """`headings`: (start, end, level) of the lines the file's format marks as headings (RawText.headings: a
        DOCX heading style, a PDF line printed large or bold); such a line without a numbering or mark of its own is
        a heading of style 「fmtN」, N its level."""
        formatted = {start: level for start, _, level in headings}
        self.units: list[Unit] = []
        self._starts: list[int] = []
        self._paths: list[tuple[str, ...]] = []
        stack: list[tuple[str, str]] = []   # (style, name)
        listing = False   # inside a 「主な事業」/「主な取組」 list: its items are units, not headings
        pos = 0
        raw_lines = text.split("\n")
        seen: dict[str, int] = {}
        for raw in raw_lines:
            seen[raw.strip()] = seen.get(raw.strip(), 0) + 1
        for raw in raw_lines:
            start, end = pos, pos + len(raw)
            pos = end + 1
            style = heading_style(raw)
            if style is None and raw.strip() and formatted:
                level = formatted.get(start + len(raw) - len(raw.lstrip()), formatted.get(start))
                if level and not is_section_label(raw.strip()):
                    style = f"fmt{level}"
            if style == "title" and seen[raw.strip()] > 1:
                style = None   # a title printed on every page is a running header, not a unit of the plan
            inline = _INLINE_LIST.match(raw) if "\t" not in raw else None
            if inline:   # 「【主な事業】栂池高原…事業、山岳観光ガイド育成事業」: the items on the label's line
                path = tuple(n for _, n in stack)
                at = start + inline.start("items")
                for part in re.split(r"([、,，])", inline.group("items")):
                    name = part.strip()
                    if name and part not in "、,，" and len(name) <= 50 and not name.endswith("。"):
                        lead = len(part) - len(part.lstrip())
                        self.units.append(Unit(name, "item", kind_of(name, "item") if kind_of(name, "item") != "項目"
                                               else "取組", path + (name,), at + lead, at + lead + len(name)))
                    at += len(part)
                continue
            item = _LIST_ITEM.match(raw) if listing and "\t" not in raw else None
            if item and len(item.group("name")) <= 50 and not item.group("name").rstrip().endswith("。") \
                    and re.search(r"[^\W\d_]", item.group("name")) \
                    and (style is None or style in BULLET_STYLES):
                name = " ".join(item.group("name").split())
                lead = len(raw) - len(raw.lstrip())
                path = tuple(n for _, n in stack)
                self.units.append(Unit(name, "item", kind_of(name, "item") if kind_of(name, "item") != "項目" else "取組",
                                       path + (name,), start + lead, end))
                continue
            if raw.strip() and style is None:
                listing = False   # body text ends a list; a heading inside it (「### 基本目標1」) does not
            if style is None:
                if is_section_label(raw.strip()) and "\t" not in raw and len(raw.strip()) <= 24:
                    while stack and stack[-1][0] in BULLET_STYLES:
                        stack.pop()
                    self._mark(start, stack)
                    listing = bool(re.search(r"事業|取組|取り組み", raw))
                continue
            name = " ".join(_MARKDOWN.sub("", without_running_label(raw.strip())).split())
            if is_section_label(_strip_numbering(name)):   # 「## 2. 主な事業」: a label set as a heading
                listing = bool(re.search(r"事業|取組|取り組み", name))
                labels = [s for s, _ in stack]
                if style in labels and style not in BULLET_STYLES:   # it closes the section of its level
                    del stack[labels.index(style):]
                while stack and stack[-1][0] in BULLET_STYLES:
                    stack.pop()
                self._mark(start, stack)
                continue
            styles = [s for s, _ in stack]
            if style in styles:
                last = len(styles) - 1 - styles[::-1].index(style)
                # a bullet under a later numbered/title heading is that heading's child, not a sibling of the
                # same bullet above it (「■ 地域重点政策ユニット」 > 「…プロジェクト」 > 「■ 取組」)
                if not (style in BULLET_STYLES and any(s not in BULLET_STYLES for s in styles[last + 1:])):
                    del stack[last:]
            stack.append((style, name))
            lead = len(raw) - len(raw.lstrip())
            path = tuple(n for _, n in stack)
            self.units.append(Unit(name, style, kind_of(_strip_numbering(name), style), path, start + lead, end))
            self._mark(start, stack)

    def _mark(self, start: int, stack: list[tuple[str, str]]) -> None:
        self._starts.append(start)
        self._paths.append(tuple(n for _, n in stack))

    def path_at(self, offset: int) -> tuple[str, ...]:
        """The outline path at a source offset (「基本目標1 …」, 「施策(1) …」, 「◆ …」); () before the first heading."""
        i = bisect_right(self._starts, offset) - 1
        return self._paths[i] if i >= 0 else ()


def _strip_numbering(name: str) -> str:
    style = _style(name)
    if style:
        return _STYLES[[s for s, _ in HEADING_STYLES].index(style)][1].sub("", name, count=1).strip()
    return name.strip()


def unit_name(heading: str) -> str:
    """A unit's name without its numbering or mark: 「◆ 移住促進事業」 -> 「移住促進事業」,
    「プロジェクト１－１ テレワークで人を呼び込むプロジェクト」 -> 「テレワークで人を呼び込むプロジェクト」."""
    return _strip_numbering(heading) or heading.strip()
