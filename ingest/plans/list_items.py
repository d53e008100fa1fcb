"""事業 and 取組 named by the lists of a document: marked items under a group heading, with their tags and amounts.

Plans, budget features and 広報 articles list what they do in many layouts, and none fixes which mark is a
heading and which an item:

    ◆子ども・子育て・教育                    ■主な事業の内容               ▽土木費
    ◇屋内運動場エアコン整備事業〔2億1,711万円〕〔新規〕   ◇人口減少にまけない …         橋梁維持補修事業 4605万7千円
    小学校7校、中学校2校の屋内運動場に…      ・空き家…を交付[空き家利活用推進事業]    町道舗装補修事業 4478万7千円

The marks of a block are read as a stack, the way ingest.text.outline reads heading styles: a mark already on the
stack closes what stands below it (a sibling), a new mark opens a level below (a child). A marked piece that
has marked pieces under it is a group heading; one that has none is an item. An unmarked line right under a
heading (no item since) is an item of its own (「町道舗装補修事業 4605万7千円」); under an item it is the item's
description. A sentence that enumerates 事業 (「…PR強化事業、…導入事業などの追加」) names each of them.

Pieces are found in lines and in the cells of tab-separated rows; a CSV cell whose line breaks the reader turned
into spaces splits at a mark that follows a space. A tag that opens a line (「〔新規〕…事業」) is the line's mark, and
a label line that opens a list of 事業 (「主な事業」) is a heading; the amount printed on the line below an item is
the item's, and the item is cited with it. A group heading that is a tag (「◆新規事業」「◆継続事業」) tags its items.
Every record keeps its verbatim source span.

Tables name 事業 too: ingest.plans.list_tables.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.text.outline import BULLET_STYLES, heading_style
from ingest.plans.label_lines import captions_table, entry_label
from ingest.plans.records import Source
from ingest.plans.side_headings import side_headings
from ingest.plans.tag_marks import (LEGEND_MARKS, TAG, TAG_ABBREVIATIONS, TAG_WORD, TRAILING_BADGE, bracket_legend, bracket_tags, is_check_boxes,
                                    explains_marks, is_mark_legend, is_tag_legend_line, legend_tags, sibling_marks)
from ingest.text.normalize import HARD_LINE_END, quote_text
from ingest.vocab.quantities import read_quantities
from ingest.vocab.units import YEN, money_unit_pattern

# Marks that open a piece: at a line or cell start, or after a space inside a cell.
_MARKS = "◇◆○◎●・■□▶▷▽▼☆★◯◉"
# (「No.1 花貫渓谷観光振興事業 担当課：観光商工課」: a numbered form's title line names its 事業)
_NUMBERED = r"[(（][0-9０-９]{1,2}[)）]|[①-⑳]|(?:No|NO|Ｎｏ|ＮＯ)[.．]\s*[0-9０-９]{1,3}(?=[ \u3000]+[^\s0-9０-９])"
# A tag that opens an unbulleted line is the line's mark: 「〔新規〕有田…事業」 under 「主な事業」, a box title 「【拡充】…事業」,
# its short form too (「【新】…」 and 「【拡】…」 items of one list are siblings, never a heading and its child).
_TAG_MARK = rf"[〔［\[【]\s*(?:{TAG_WORD}|[{''.join(TAG_ABBREVIATIONS)}])\s*[〕］\]】](?=\S)"
# A name a tag closes before its description (「…ワーケーション誘致【新規】 首都圏の…」, an HTML list's <strong> name).
_TAG_CLOSED = re.compile(rf"^[^\s【〔［\[。、]{{2,40}}[〔［\[【]\s*(?:{TAG_WORD})\s*[〕］\]】](?:[ \u3000]+\S|$)")
# A badge printed before a box's name, a tag word set apart by spaces (「新規　　…整備事業」, a box's dark badge in the
# text layer): the piece's mark, only where what follows ends like a 事業's name (never 「新規の就農者…」 in prose).
_BADGE_WORDS = ("一部新規", "新規", "拡充", "拡大", "継続", "重点", "充実", "改善")
_BADGE = re.compile(rf"^({'|'.join(_BADGE_WORDS)})[ \u3000]+(?=\S)")
_PIECE_START = re.compile(rf"(?:(?<=^)|(?<=[ \u3000]))(?:[{_MARKS}]|{_NUMBERED}|{_TAG_MARK}|【[^】\s]{{1,20}}】|-(?=\s))"
                          rf"|(?<=[ \u3000]{{2}})(?:{'|'.join(_BADGE_WORDS)})[ \u3000]+(?=\S)")
# A group heading that is a tag (「◆新規事業」「◆継続事業」): the items under it carry the tag.
# Only the tags that say an item's standing (new, enlarged, continued): 「重点事業」 is a title, not a tag.
_HEADING_TAGS = ("一部新規", "新規", "拡大", "拡充", "継続")
_TAG_HEADING = re.compile(rf"^(?:{'|'.join(_HEADING_TAGS)})(?:事業|分|の事業|の取組)$")
# An unmarked label line that opens a list of 事業 (「主な事業」「主要事業の内容」): a heading of the list.
_LIST_LABEL = re.compile(r"^(?:主な|主要|重点|新規|今年度の|本年度の)?(?:事業|取組|取り組み)(?:の(?:内容|概要|紹介))?$|^主な(?:事業|取組|取り組み)"
                         r"|^[＜〈《][^＞〉》]{1,14}[＞〉》]$")   # 「＜推進会議の意見＞」: a label over what follows, a level of its own
_AMOUNT = re.compile(r"(?:[0-9０-９][0-9０-９,，]*(?:\.[0-9]+)?\s*(?:億|万|千|百)?)+(?:[0-9０-９,，]+)?\s*"
                     rf"(?:{money_unit_pattern(1e8)})")
_BRACKET_NAME = re.compile(r"[\[［]([^\[\]［］]{2,40})[\]］]\s*$")
_QUOTED_NAME = re.compile(r"^「([^「」]{2,40})」")
# The name before its amount or tags: 「妊婦のための支援給付事業〔3億9,053万円〕」, 「…事業…563万円」, 「…事業 4605万7千円」.
_NAME_END = re.compile(r"\s*(?:[〔［\[【]|[(（](?=[0-9０-９])|…|‥|・{2,}|:|：|\s+(?=[0-9０-９])|\s{2,}|\s+(?=[^\x00-\x7f]{12,}))")
# The words a 事業's name ends with (「…整備事業」, 「…補助金」).
NAME_WORDS = re.compile(r"(?:事業|プロジェクト|助成|補助|補助金|交付金|整備|推進|支援|対策|計画|制度)(?:\([^)]{0,12}\))?$")
_PARTICLES = re.compile(r"[をがはにでへ]")
# What follows a name before its description: its amount and tags (「〔3億9,053万円〕〔新規〕」, 「…563万円」).
_LEADING_FIGURES = re.compile(r"^(?:\s|[〔［\[【][^〕］\]】]{0,20}[〕］\]】]|[…‥:：]+|・{2,}|[0-9０-９,，.億万千百]+"
                              + YEN + r"?|[(（][^)）]{0,20}[)）])*")
# A wide gap inside a line: two pieces printed side by side (boxes set in two columns).
_WIDE_GAP = re.compile(r"\S[ \u3000]{6,}\S")
# A legend printed beside a heading: a mark and the tag it stands for (「◎重点施策」「○継続施策」), no item.
_LEGEND_PIECE = re.compile(rf"^[{LEGEND_MARKS}○◯]\s*(?:{TAG_WORD})(?:施策|事業|取組)?$")
# A bracketed office at a line's end (「【企画課】」): who is in charge of the item above, no label of its own.
_OFFICE_NOTE = re.compile(r"^【[^】\s]{1,12}(?:課|室|係|局|部|センター|委員会)】$")
# Marks that open a section of a page (「■継続の主な事業」): never the child of a tagged item above them.
_GROUP_MARKS = "■□◆"
# The office printed after a name on its title line (「No.3 …整備事業 担当課：企画課」).
_OFFICE_AFTER = re.compile(r"[ \u3000]+(?:担当課|担当|所管課|所管)(?:[:：]\s*\S{1,20})?$")
# A numbered form's title (「No.1 …事業」): an item of its own, with no list heading above it.
_FORM_NUMBER = re.compile(r"^(?:No|NO|Ｎｏ|ＮＯ)[.．]")
_PAGE_NUMBER = re.compile(r"^[-－−‐]\s*[0-9０-９]{1,4}\s*[-－−‐]$")
_CONTACT = re.compile(r"^(?:問合せ|問い合わせ|お問い合わせ|【電話】|電話|TEL|※)")


@dataclass(frozen=True)
class ListItem:
    """One 事業 or 取組 named by a list: its name, the group headings above it, tags, amount and description."""

    name: str
    headings: tuple[str, ...]   # the group headings above it, outermost first (「■主な事業の紹介」, 「◆子ども…」)
    tags: tuple[str, ...]       # 新規 / 拡大 / 継続 … as printed in 〔〕
    amount: str                 # the amount printed beside or below the name, "" when none
    description: str            # the text that follows the name (the item's own words, verbatim)
    context: str                # the row or block title the list stands in (a 広報 article's title cell)
    source: Source              # the item's span: its line or piece, description included
    form: str = "item"          # item | line (an unmarked line under a heading) | mention (in a sentence) | cell | form
    #   | heading (a 事業 set as a heading of its own: ingest.plans.heading_items)
    #   | paragraph (a paragraph the format bullets or numbers: ingest.plans.paragraph_items)
    described: tuple[int, int] = (-1, -1)   # the span of the description's own lines or cell, (-1, -1) when none
    kind: str = ""              # what the item is: "" a 事業 / 取組, else 施設 / 品目 / サービス / 指標 / 工事 / 投資
    #   (ingest.vocab.item_kinds: the header of the column that names it)


def item_from_json(row: dict) -> ListItem:
    return ListItem(**{**row, "headings": tuple(row["headings"]), "tags": tuple(row["tags"]),
                       "source": Source(**row["source"]), "described": tuple(row.get("described", (-1, -1)))})


@dataclass
class _Piece:
    start: int
    end: int
    mark: str
    text: str
    parent: int = -1
    children: int = 0
    badge: str = ""   # a tag word printed alone before the piece's mark (「新規　　■…事業」)


def _mark_of(text: str) -> str:
    if not text or _PAGE_NUMBER.match(text):
        return ""   # 「-12-」: a page's number, no item
    # a heading whose parts a wide page spaced apart (「施策３−２      観光の振興      担当：商工観光課」) is read as printed
    style = heading_style(text) or (heading_style(re.sub(r"[ \u3000]{2,}", " ", text)) if re.search(r"\S[ \u3000]{2,}\S", text) else None)
    if style and style not in BULLET_STYLES and not text.startswith(("(", "（")) and text[0] not in "①②③④⑤⑥⑦⑧⑨⑩":
        return "h:" + style   # a heading of the plan (「### 施策2 …」, 「第2章 …」): a level of its own
    numbered = re.match(_NUMBERED, text[1:].lstrip())
    if text[0] in LEGEND_MARKS and numbered:   # 「★① …」: a numbered item a legend's mark tags, not a level above it
        return "(n)" if numbered.group(0)[0] in "(（" else "①"
    if text[0] in _MARKS or text[0] == "-":
        return text[0]
    if re.match(_TAG_MARK, text) or is_badged(text) or _TAG_CLOSED.match(text):
        return "〔〕"
    if len(text) <= 16 and _LIST_LABEL.match(re.sub(r"[\s\u3000]", "", text)):
        return "h:label"
    if re.match(_NUMBERED, text):
        return "(n)" if text[0] in "(（" else "①"
    if text.startswith("【"):
        return "【】"
    return ""


def is_badged(text: str) -> bool:
    """A piece that opens with a badge (「新規　しまなみ…整備事業」): a tag word, spaces, then a 事業's name."""
    m = _BADGE.match(text)
    return bool(m) and bool(NAME_WORDS.search(_name_of(text[m.end():])[0]))


def _pieces_of(text: str, start: int) -> list[_Piece]:
    """The pieces of one line or cell: split where a mark starts after a space (CSV cells keep items on one line)."""
    cuts = [m.start() for m in _PIECE_START.finditer(text)] + side_headings(text)
    cuts = sorted(set(cuts))
    if not cuts or cuts[0] != 0:
        cuts = [0] + cuts
    pieces: list[_Piece] = []
    for a, b in zip(cuts, cuts[1:] + [len(text)]):
        body = text[a:b].rstrip()
        if not body.strip():
            continue
        lead = len(body) - len(body.lstrip())
        piece = _Piece(start + a + lead, start + a + len(body), _mark_of(body.lstrip()), body.strip())
        if piece.mark == "【】" and b == len(text) and pieces and _OFFICE_NOTE.match(piece.text):
            pieces[-1].end = piece.end   # 「…を支援します。　　【企画課】」: the office in charge ends the line, no item
            pieces[-1].text = text[pieces[-1].start - start:piece.end - start].strip()
            continue
        if pieces and pieces[-1].text in _BADGE_WORDS and piece.mark and not piece.mark.startswith("h:"):
            piece.start, piece.badge = pieces[-1].start, pieces.pop().text   # 「新規　　■…事業」: the badge tags it
        pieces.append(piece)
    return pieces


# 「主な事業：A事業、B事業」「関連事業：…」: a label line that names the 事業 of the heading above it.
_LABELLED = re.compile(r"^([ \u3000]*(?:主な|主要|関連|重点|代表的な)?(?:事業|取組|取り組み)名?[ \u3000]*[:：][ \u3000]*)(\S.*)$")


def _labelled_pieces(block: str, start: int) -> list[_Piece]:
    """A label line's pieces (「主な事業：A事業、B事業」): the label, then one piece per name it lists; [] for any
    other line, and for a label followed by a sentence rather than names."""
    m = _LABELLED.match(block.rstrip())
    if not m:
        return []
    names = []
    for part in re.finditer(r"[^、，,／/]+", block[m.start(2):].rstrip()):
        text = part.group(0).strip()
        if not 3 <= len(text) <= 40 or "。" in text or _PARTICLES.search(text[:-2]) and not NAME_WORDS.search(text):
            return []
        a = start + m.start(2) + part.start() + len(part.group(0)) - len(part.group(0).lstrip())
        names.append(_Piece(a, a + len(text), "、", text))
    if not names or "事業" in m.group(1) and not any(NAME_WORDS.search(p.text) for p in names):
        return []
    lead = len(block) - len(block.lstrip())
    return [_Piece(start + lead, start + m.end(1), "h:label", m.group(1).strip())] + names


def _strip_mark(text: str) -> str:
    m = re.match(rf"^(?:[{LEGEND_MARKS}]?\s*{_NUMBERED}|[{_MARKS}\-]|【[^】\s]{{1,20}}】)\s*", text)
    if not m and re.match(_TAG_MARK, text):
        return text   # 「〔新規〕…事業」: the tag is read as a tag, and taken out of the name with the others
    if not m and is_badged(text):
        return text[_BADGE.match(text).end():]   # the badge's tag is read by _item
    return text[m.end():] if m else text


def _looks_like_item(piece: _Piece) -> bool:
    """A piece that names one thing done: an amount, a tag or a bracketed name beside a 事業-like name."""
    body = _strip_mark(piece.text)
    return bool(_AMOUNT.search(body) or TAG.search(body) or _BRACKET_NAME.search(body)
                or NAME_WORDS.search(_name_of(body)[0]))


def money_of(text: str) -> str:
    """The first amount of money a text prints (「2億1,711万円」, 「4605万7千円」), as printed; "" when none.
    Read with the project's one quantity grammar (ingest.vocab): a per-person figure after it is not it."""
    for q in read_quantities(text):
        if q.unit == YEN and q.is_value and not q.qualifier:
            return q.raw
    return ""


def _name_of(body: str) -> tuple[str, str]:
    """(name, description) of an item's text without its mark."""
    m = _BRACKET_NAME.search(body)
    if m:
        return m.group(1).strip(), body[: m.start()].strip()
    m = _QUOTED_NAME.match(body)
    if m:
        return m.group(1), body
    m = _NAME_END.search(body)
    if m and m.start() >= 2:
        rest = _LEADING_FIGURES.sub("", body[m.start():])
        return body[: m.start()].strip(), rest.strip()
    return body.strip(), ""


def _block_title(cells: list[str], index: int) -> str:
    """The title of the row a list cell stands in: the longest earlier cell (a 広報 article's 記事タイトル)."""
    earlier = [c.strip() for c in cells[:index] if c.strip()]
    return max(earlier, key=len)[:120] if earlier else ""


_BOX_LINE = re.compile(r"^[ \u3000]*[│┃║┌├└┏┣┗┠╔╠╚]")


def _blocks(text: str):
    """(start, text, context) of every line, and of every cell of a tab-separated row, in document order."""
    pos = 0
    for line in text.split("\n"):
        if _BOX_LINE.match(line):
            pass   # a line of a box-drawn table: its cells are read as a table (ingest.plans.list_tables)
        elif "\t" in line:
            cells = line.split("\t")
            at = pos
            for i, cell in enumerate(cells):
                if cell.strip():
                    yield at, cell, _block_title(cells, i), True
                at += len(cell) + 1
        else:
            yield pos, line, "", False
        pos += len(line) + 1


def list_items(doc: str, text: str) -> list[ListItem]:
    """Every item of every list in a document's text (source offsets), with the group headings above it."""
    pieces: list[_Piece] = []
    contexts: list[str] = []
    stack: list[int] = []        # indexes of the marked pieces open above the current one
    side_by_side: set[int] = set()   # items printed two to a line (boxes in columns): the lines below mix them
    row_marks: dict[int, set[str]] = {}   # a row's first item -> the marks of the items printed beside it
    headings: list[int] = []     # the plan's headings open before a table's cells (「６ 主な投資」 over a 目標 table)
    in_cells, siblings = False, sibling_marks(text)   # (marks a legend explains as kinds of one list's items)
    for start, block, context, is_cell in _blocks(text):
        if is_cell:
            if not in_cells:
                headings = [i for i in stack if pieces[i].mark.startswith("h:")]
            stack, in_cells = [], True   # each cell (a 広報 article body) is a list of its own
        elif in_cells:   # the lines after a table stand under the headings open above it (its cells had none)
            stack = list(headings) if not stack else stack
            in_cells = False
        if not block.strip() or is_tag_legend_line(block) or is_mark_legend(block) or is_check_boxes(block) \
                or explains_marks(block):
            continue
        labelled = _labelled_pieces(block, start)
        if labelled:   # 「主な事業：A、B」: a label over its names, under the heading above (the stack stays)
            parent = stack[-1] if stack else -1
            for k, piece in enumerate(labelled):
                piece.parent = parent if k == 0 else len(pieces) - k
                if piece.parent >= 0:
                    pieces[piece.parent].children += 1
                pieces.append(piece)
                contexts.append(context)
            continue
        line_pieces = _pieces_of(block, start)
        if line_pieces and line_pieces[0].mark.startswith("h:"):   # 「３ 基本方針と主な施策　◎重点施策 ○継続施策」
            line_pieces = [p for p in line_pieces if not _LEGEND_PIECE.match(p.text)]
        beside = sum(1 for p in line_pieces if p.mark) > 1 and bool(_WIDE_GAP.search(block.strip()))
        if beside:
            side_by_side.update(range(len(pieces), len(pieces) + len(line_pieces)))
        first = None   # marked items printed side by side (「◎食品ロス…　　○生ごみ…　　◎小型家電…」) are siblings
        for piece in line_pieces:
            if piece.mark and first is not None and _set_apart(block, piece.start - start):
                piece.parent = pieces[first].parent   # beside the line's first item, which stands for the row
                row_marks.setdefault(first, set()).add(piece.mark)
            elif piece.mark:
                while stack and pieces[stack[-1]].mark == "〔〕" and (piece.mark in _GROUP_MARKS or piece.mark.startswith("h:")):
                    stack.pop()   # 「〔拡充〕…補助金」 then 「■継続の主な事業」: a tagged item heads no section
                at = next((k for k, i in enumerate(stack) if piece.mark == pieces[i].mark   # (a legend's marks: one level)
                           or piece.mark in row_marks.get(i, ()) or {piece.mark, pieces[i].mark} <= siblings), None)
                if at is None and piece.mark.startswith("h:"):   # a heading of the plan closes the marked items above
                    at = next((k for k, i in enumerate(stack) if not pieces[i].mark.startswith("h:")), None)
                if at is not None:
                    del stack[at:]
                piece.parent = stack[-1] if stack else -1
                stack.append(len(pieces))
                if beside and first is None and not piece.mark.startswith("h:"):
                    first = len(pieces)
            else:
                piece.parent = stack[-1] if stack else -1
            if piece.parent >= 0:
                pieces[piece.parent].children += 1 if piece.mark else 0
            pieces.append(piece)
            contexts.append(context)
    heads_lines = set()   # marked pieces with no marked item under them but unmarked item lines (「▽土木費」)
    for i, piece in enumerate(pieces):
        if not piece.mark and piece.parent >= 0 and _line_item(piece.text):
            parent = pieces[piece.parent]
            if parent.children == 0 and not _looks_like_item(parent):
                heads_lines.add(piece.parent)
    items: list[ListItem] = []
    item_of: dict[int, int] = {}   # marked item piece -> index of its record (for the lines describing it)
    legend = {**legend_tags(text), **bracket_legend(text)}
    for i, piece in enumerate(pieces):
        if piece.mark:
            if piece.children == 0 and piece.mark != "【】" and not piece.mark.startswith("h:") \
                    and (piece.parent >= 0 or piece.mark == "〔〕" or _FORM_NUMBER.match(piece.text)) \
                    and i not in heads_lines:
                items.append(_item(doc, text, pieces, i, contexts[i], "item", legend))
                item_of[i] = len(items) - 1
        elif piece.parent in heads_lines and _line_item(piece.text):
            items.append(_item(doc, text, pieces, i, contexts[i], "line", legend))
        elif (label := entry_label(doc, text, pieces, piece)) >= 0:   # 「主な取組」's untagged lines (label_lines)
            piece.parent = label
            items.append(_item(doc, text, pieces, i, contexts[i], "line", legend))
        elif piece.parent in item_of and not _CONTACT.match(piece.text) and piece.parent not in side_by_side \
                and not captions_table(doc, text, piece.end):
            items[item_of[piece.parent]] = _described(items[item_of[piece.parent]], piece, text, legend)
    from ingest.plans.sentence_items import sentence_items   # (it reads ListItem from here)
    items += sentence_items(doc, text)
    return items


def _set_apart(block: str, at: int) -> bool:
    """Whether a piece stands after a wide gap in its line: a box printed beside the one before, not under it."""
    return bool(re.search(r"[ \u3000]{4,}$", block[:at]))


def _line_item(text: str) -> bool:
    """An unmarked line that is an item under a heading: short, not a sentence, naming a 事業 or an amount
    (「町道新設改良事業 5419万1千円」)."""
    if not 4 <= len(text) <= 80 or text.rstrip().endswith(("。", ":", "：")) or text.startswith(("※", "<")):
        return False
    name = _name_of(text)[0]
    if _AMOUNT.fullmatch(name.strip()):
        return False   # 「２億４，６００万円」 alone: a figure below a name, no name of its own
    return bool(_AMOUNT.search(text) or NAME_WORDS.search(name))


def _item(doc: str, text: str, pieces: list[_Piece], i: int, context: str, form: str,
          legend: dict[str, str]) -> ListItem:
    piece = pieces[i]
    body = _strip_mark(piece.text)
    name, description = _name_of(body)
    name = TAG.sub("", name).strip() or name
    name = _OFFICE_AFTER.sub("", name) or name   # 「…事業 担当課：企画課」: the office is no part of the name
    trailing = TRAILING_BADGE.search(name)
    trailing = trailing if trailing and trailing.start() >= 2 else None
    if trailing:   # 「…事業 重点」: a badge printed after the name (an HTML <span>) is its tag
        name = name[:trailing.start()]
    headings = []
    j = piece.parent
    while j >= 0:
        headings.append(pieces[j].text)
        j = pieces[j].parent
    amount = money_of(body)
    badge = _BADGE.match(piece.text) if is_badged(piece.text) else None
    tags = tuple(dict.fromkeys(([badge.group(1)] if badge else []) + ([piece.badge] if piece.badge else [])
                               + ([trailing.group(1)] if trailing else [])
                               + bracket_tags(piece.text, legend) + [
        t for t in (heading_tag(h) for h in reversed(headings)) if t]))
    source = Source(doc, piece.start, piece.end, quote_text(text[piece.start:piece.end]))
    return ListItem(name, tuple(reversed(headings)), tags, amount, description, context, source, form)


def heading_tag(heading: str) -> str:
    """The tag a group heading says its items have: 「◆新規事業」 -> 新規; "" for any other heading."""
    word = re.sub(r"[\s\u3000]", "", _strip_mark(heading))
    m = _TAG_HEADING.match(word)
    return next((t for t in _HEADING_TAGS if word.startswith(t)), "") if m else ""


def _described(item: ListItem, piece: _Piece, text: str, legend: dict[str, str]) -> ListItem:
    """An item with the line below it: its tags and amount (「〔継続〕(市民1人当たり…)」) and description."""
    tags = item.tags + tuple(t for t in bracket_tags(piece.text, legend) if t not in item.tags)
    if HARD_LINE_END in text[item.source.start:piece.start]:
        # a box's lines read apart from the box beside it: the name and the line below never stand together in the
        # page's printed lines, so no quote can hold both (the amount stays with its own budget line)
        return ListItem(item.name, item.headings, tags, item.amount, item.description, item.context, item.source,
                        item.form, item.described)
    own = piece.text
    if _WIDE_GAP.search(piece.text.strip()):   # two boxes side by side: the line below holds the item's box and the other's
        right = bool(re.search(r"[ \u3000]{6,}$", text[text.rfind("\n", 0, item.source.start) + 1:item.source.start]))
        own = re.split(r"[ \u3000]{6,}", piece.text.strip())[-1 if right else 0]
    amount = item.amount or money_of(own)
    words = _LEADING_FIGURES.sub("", own).strip()   # a line holding only the amount (「2,350万円」) adds no words
    description = (item.description + " " + words).strip() if len(item.description) < 200 and words \
        else item.description
    source = item.source
    if amount and not item.amount and own is piece.text:   # the amount printed below the name: cited with it
        source = Source(source.doc, source.start, piece.end, quote_text(text[source.start:piece.end]))
    described = item.described
    if words and description != item.description:   # the description's lines, from its first to this one
        first = piece.end - len(words)
        described = (described[0] if described[0] >= 0 else first, piece.end)
    return ListItem(item.name, item.headings, tags, amount, description, item.context, source, item.form, described)
