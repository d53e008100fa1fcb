"""The tags a document prints against its 事業 and the legends that explain its marks: tag words (新規, 拡充, 継続 …),
bracketed tags (〔新規〕, 【拡】), marks a legend explains (「凡例　★新規　◎拡充」, 「◎は新規事業、○は拡充事業」,
「◆は重点取組を示す。」), and a cell of check boxes whose filled box marks the option chosen (「□拡充　■改善」).
Legend and check-box lines are no items of a list (ingest.plans.list_items skips them)."""
from __future__ import annotations

import re

from ingest.vocab.header_words import COURSE_TAG_WORDS

# The tags an item is printed with (〔新規〕 〔拡充〕 …), the words a tag column or group heading says them in.
TAG_WORDS = ("新規", "拡大", "拡充", "継続", "充実", "一部新規", "重点", "新", "新設", "改善", "縮小", "廃止", "休止", "統合",
             *COURSE_TAG_WORDS)
TAG_WORD = "|".join(sorted(TAG_WORDS, key=len, reverse=True))
# A badge printed after a name, set apart by a space (「…健康ポイント事業 重点」: an HTML <span> after the name).
TRAILING_BADGE = re.compile(rf"[ \u3000]+({TAG_WORD})$")
# A 区分 column's short tags (〈新〉〈拡〉, 新・拡・継): the tag word each stands for.
TAG_ABBREVIATIONS = {"新": "新規", "拡": "拡充", "継": "継続", "充": "拡充", "廃": "廃止", "縮": "縮小", "改": "改善"}
# A tag in brackets (「〔新規〕」, 「【拡充】」, 「【拡】」): the group is the tag word or its short form.
TAG = re.compile(rf"[〔［\[【(（〈《＜]\s*({TAG_WORD}|[拡継])\s*[〕］\]】)）〉》＞]")
_OPEN, _CLOSE = "〔［[【(（〈《＜", "〕］]】)）〉》＞"
# A legend that explains a bracketed mark as a tag (「【新】は新規事業」「〔Ｎ〕＝新規」「(拡)：拡充事業」): the mark's
# content and the tag word.
_BRACKET_LEGEND = re.compile(rf"[{re.escape(_OPEN)}]\s*([^{re.escape(_OPEN + _CLOSE)}\s]{{1,4}})\s*[{re.escape(_CLOSE)}]"
                             rf"\s*(?:[:：＝=]|は|印は?|…|→)\s*({TAG_WORD})(?:事業|の事業|分|を|、|，|。|\s|$)")
# Marks a legend line explains as a tag (「★：重点事業」「◎…新規事業」).
LEGEND_MARKS = "★☆◎●◆■▲△◇"
_LEGEND = re.compile(rf"([{LEGEND_MARKS}])\s*(?:[:：＝=]|は|印は?)?\s*({TAG_WORD})(?:事業|の事業|分|取組|の取組|取り組み|施策)")
_TAG_BRACKETS = "〈〉《》<>＜＞〔〕[]［］【】()（）"

# A mark explained by a separator (「○は拡充事業」「◯：拡充」「○…拡充」): bullets too, since the separator says it.
_EXPLAINED_MARK = re.compile(rf"([{LEGEND_MARKS}○◯])\s*(?:は|印は?|[:：＝=]|…+|‥)\s*({TAG_WORD})(?=事業|の事業|分|取組|の取組|取り組み|[\s、，,。)）]|$)")
# A mark printed against a tag word on a legend line (「凡例　★新規　◎拡充　無印は継続」).
_PAIRED_MARK = re.compile(rf"([{LEGEND_MARKS}○◯])\s*({TAG_WORD})(?=[\s\u3000、，,／/)）]|$)")


def legend_tags(text: str) -> dict[str, str]:
    """The marks a document's legend explains as a tag (「★：重点事業」「◎は新規事業」「○は拡充事業」, a legend line
    「凡例　★新規　◎拡充　無印は継続」): mark -> tag word."""
    found: dict[str, str] = {}
    for m in _LEGEND.finditer(text):
        found.setdefault(m.group(1), m.group(2))
    for line in text.split("\n"):
        if not is_mark_legend(line):
            continue
        for m in list(_EXPLAINED_MARK.finditer(line)) + list(_PAIRED_MARK.finditer(line)):
            found.setdefault(m.group(1), m.group(2))
    return found


# A mark a legend explains as a state (「進捗　◎：実施済　○：実施中　△：検討中・未着手」, 「◎＝達成　○＝概ね達成」):
# marks each followed by a separator and a short word, two or more on one line.
STATUS_MARKS = "◎○◯●△▲×✕"
_STATUS_PAIR = re.compile(rf"([{STATUS_MARKS}])\s*[:：＝=]\s*([^\s\u3000{STATUS_MARKS}:：＝=、，,。]{{1,12}})")


def status_legend(text: str) -> dict[str, str]:
    """The marks a legend line explains as a state a row is in (「◎：実施済　○：実施中　△：検討中・未着手」): mark ->
    its word, from lines that explain two marks or more (a status column's cells are such marks)."""
    found: dict[str, str] = {}
    for line in text.split("\n"):
        pairs = _STATUS_PAIR.findall(line)
        if len({mark for mark, _ in pairs}) >= 2:
            for mark, word in pairs:
                found.setdefault(mark, word)
    return found


def is_mark_legend(line: str) -> bool:
    """A line that explains marks as tags: 「凡例」 with a mark against a tag word, or two marks each explained
    (「◎は新規事業、○は拡充事業を示します」「★新規　◎拡充」) — never one bullet that opens a name (「○新規就農…」)."""
    explained = {m.group(1) for m in _EXPLAINED_MARK.finditer(line)}
    paired = {m.group(1) for m in _PAIRED_MARK.finditer(line)}
    if "凡例" in line or _EXPLAINED_MARK.match(line.strip()):   # 「◆は重点取組を示す。」 opens with its mark explained
        return bool(explained | paired)
    if len({mark for mark, _ in _STATUS_PAIR.findall(line)}) >= 2:   # 「◎：実施済　○：実施中　△：検討中」
        return True
    return len(explained) >= 2 or len(paired) >= 2 and len(line.strip()) <= 60


def bracket_legend(text: str) -> dict[str, str]:
    """The bracketed marks a document's legend explains as a tag (「【新】は新規事業、【拡】は拡充事業」, 「〔Ｎ〕＝新規」):
    the mark's content -> tag word."""
    found: dict[str, str] = {}
    for m in _BRACKET_LEGEND.finditer(text):
        found.setdefault(m.group(1), m.group(2))
    return found


def bracket_tags(body: str, legend: dict[str, str]) -> list[str]:
    """The tags of an item's line: bracketed tag words (〔新規〕, 【拡】 as 拡充), bracketed marks its document's legend
    explains (〔Ｎ〕 -> 新規), and the legend's marks printed in it (「…事業★」, ★：重点事業)."""
    tags = [TAG_ABBREVIATIONS.get(m.group(1), m.group(1)) for m in TAG.finditer(body)]
    for m in re.finditer(rf"[{re.escape(_OPEN)}]\s*([^{re.escape(_OPEN + _CLOSE)}\s]{{1,4}})\s*[{re.escape(_CLOSE)}]", body):
        if m.group(1) in legend:
            tags.append(legend[m.group(1)])
    tags += [legend[ch] for ch in body if ch in LEGEND_MARKS and ch in legend]
    return list(dict.fromkeys(tags))


# Check boxes printed in one cell, one before each option (「□拡充　□継続　■改善」): empty and filled boxes.
_EMPTY_BOX, _FILLED_BOX = "□☐", "■☑☒✔✓"
_OPTION = re.compile(rf"([{_EMPTY_BOX}{_FILLED_BOX}])[ \u3000]*([^\s\u3000{_EMPTY_BOX}{_FILLED_BOX}]{{1,12}})")


def checked_options(cell: str) -> list[str]:
    """The options a cell of check boxes marks (「□拡充　□継続　■改善」 -> [改善]); [] when the cell is no set of
    check boxes (two or more options, at least one of them empty)."""
    options = _OPTION.findall(cell)
    if len(options) < 2 or not any(box in _EMPTY_BOX for box, _ in options):
        return []
    return [word for box, word in options if box in _FILLED_BOX]


def is_check_boxes(line: str) -> bool:
    """A line that is a set of check boxes (「□拡充　□継続　■改善」): its options are no items of a list."""
    return bool(checked_options(line)) or len(_OPTION.findall(line)) >= 2 and \
        not _OPTION.sub("", line).strip(" \u3000\t")


def cell_tags(cell: str, legend: dict[str, str]) -> list[str]:
    """The tags a 区分 / 種別 cell says: words (新規, 拡充, 継続, 廃止), short forms (〈新〉, 拡), a mark the legend
    explains (★ -> 重点), or the option a set of check boxes marks (「□拡充　■改善」 -> 改善)."""
    checked = checked_options(cell)
    if checked:
        return list(dict.fromkeys(TAG_ABBREVIATIONS.get(w, w) for w in checked if w in TAG_WORDS or w in TAG_ABBREVIATIONS))
    tags = []
    for piece in re.split(r"[\s\u3000・,、／/]+", cell.strip()):
        word = piece.strip(_TAG_BRACKETS)
        if word in TAG_ABBREVIATIONS:
            tags.append(TAG_ABBREVIATIONS[word])
        elif word in TAG_WORDS:
            tags.append(word)
        else:
            tags += [legend[ch] for ch in piece if ch in legend]
    return list(dict.fromkeys(tags))


_EXPLAINS = re.compile(r"^\s*[:：＝=…・]|[ぁ-ん](?:事業|もの)\s*$")


def is_tag_legend_line(line: str) -> bool:
    """A legend of tag marks (「【新規】新たに始める事業　【拡充】内容を広げる事業」, 「〔新規〕：新しい事業 〔拡充〕：…」):
    two or more different tags opening pieces of the line, each followed by an explanation (a separator, or words
    ending in a verb before 「事業」) — not two box titles set side by side (「【新規】…促進事業　【拡充】…推進事業」)."""
    tag = rf"(?:^|(?<=[ \u3000]))[〔［\[【(（]\s*({TAG_WORD})\s*[〕］\]】)）]"
    if re.match(tag + r"\s*(?:は|[:：＝=])", line.strip()) and (line.strip().endswith(("。", "です", "ます"))
                                                              or re.search(r"[ぁ-ん](?:事業|もの|取組)$", line.strip())):
        return True   # 「【新規】は、この計画から新たに取り組むものです。」「【新規】：…初めて充てた事業」: one tag explained
    opened = list(re.finditer(tag, line.strip()))
    if len({m.group(1) for m in opened}) < 2:
        return False
    ends = [m.start() for m in opened[1:]] + [len(line.strip())]
    return all(_EXPLAINS.search(line.strip()[m.end():end].strip() or "・") for m, end in zip(opened, ends))


# A line that opens by explaining its mark (「◆は重点的に進める取組、〔新規〕は…を表します。」「★印は重点取組」): a kanji
# word after は (never 「○はつらつ健康教室」, a name that opens with は), and a legend's own words.
_MARK_EXPLAINED = re.compile(r"^[★☆◎●◆■□▲△◇○◯]\s*(?:印は|は[、，]?(?=[一-龥ァ-ヶ〔［【]))")


_MARK_MEANS = re.compile(r"([★☆◎●◆■□▲△◇○◯])(?:\s*(?:印は|は[、，]?|[:：＝=])\s*(?=[一-龥ァ-ヶ])|\s+は[、，]?\s*(?=\S))")


def explains_marks(line: str) -> bool:
    """Whether a line is a legend that opens with a mark explained in words (「◆は重点的に進める取組、…を表します。」),
    or explains two marks (「事業名の前の ◎ は重点事業、○ はその他の事業です。」)."""
    text = line.strip()
    worded = "印は" in text[:3] or bool(re.search(r"です|を表し|を示し|を意味|凡例", text))
    return worded and (bool(_MARK_EXPLAINED.match(text)) or len(set(_MARK_MEANS.findall(text))) >= 2)


def sibling_marks(text: str) -> set[str]:
    """The marks a legend line explains two or more of (「◎ は重点事業、○ はその他の事業です」): kinds of one list's
    items, printed at one level (a ◎ item is no heading of the ○ items after it)."""
    found: set[str] = set()
    for line in text.split("\n"):
        marks = set(_MARK_MEANS.findall(line))
        if len(marks) >= 2 and explains_marks(line):
            found |= marks
    return found


def tag_words(name: str) -> list[str]:
    """The tag words a name's bracketed tags stand for (「【新】雪下ろし代行支援事業」 -> ["新規"])."""
    return [TAG_ABBREVIATIONS.get(m.group(1), m.group(1)) for m in TAG.finditer(name)]
