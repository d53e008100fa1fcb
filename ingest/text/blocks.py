"""Labelled blocks of a plan: 【課 題】, 【これまでの取組】, 目的, 概要, 成果, 今後の方向性 and the items under them.

Plans answer open questions (主な課題は？ どんな取組？ 目的は？) in blocks that a label opens: a bracketed label
(「【課 題】」), a short label line (「目的」「今後の方向性」) or a section title that ends in such a word
(「振興局所管地域の主な課題」). A block runs to the next label or the next numbered heading of the plan; its
items are its bulleted entries (・ ○ ◇ …, wrapped lines joined) or, where it has none, its sentences. Each item is
a verbatim span; the block keeps the heading lines above its label (「○ 基幹産業である農林水産業の持続的な成長」),
so an answer names what the block is about, and the sub-headings inside it (「■ 社会変化に対応した…」,
「釧路地域」) so an item can be named by the heading it stands under.

A table-of-contents line (「４ これまでの取組と課題 ・・・ １０」) is never a label: it has no block.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ingest.text.cell_blocks import column_cells, label_cells
from ingest.text.outline import BULLET_STYLES, HEADING_STYLES, heading_style
from ingest.plans.records import Source
from ingest.text.normalize import quote_text
from ingest.vocab.section_words import BLOCK_KINDS
from ingest.vocab.units import money_unit_pattern

_TOC = re.compile(r"(?:・{3,}|…{2,}|\.{4,}|‥{2,})\s*[0-9０-９]")
_BRACKET_LABEL = re.compile(r"^\s*[【\[［〈<＜≪《]\s*([^】\]］〉>＞≫》]{1,20}?)\s*[】\]］〉>＞≫》]\s*$")
_ITEM_MARK = re.compile(r"^\s*(?:[・○●◎◇◆□▶▷▽▼☆★\-－]|[(（][0-9０-９]{1,2}[)）]|[①-⑳])")
_SUBHEAD_MARK = re.compile(r"^\s*[■□◆▽▼]")
_CONTACT = re.compile(r"^(?:担当|問合せ|問い合わせ|お問い合わせ|連絡先)\s*[：:]|^(?:【電話】|電話|TEL)")
_FOOTER = re.compile(r"^[\-−－ー―‐(（]+\s*[0-9０-９]{1,3}\s*[\-−－ー―‐)）]+$")
MAX_BLOCK_CHARS = 6000
TITLE_LINES = 3   # the first lines of a document: its title, never a block's label


@dataclass(frozen=True)
class BlockItem:
    """One item of a block: its verbatim span and the sub-heading it stands under inside the block ("" none)."""

    source: Source
    subheading: str = ""


@dataclass(frozen=True)
class Block:
    """A labelled block: its label as printed, the kinds it answers, the headings above it and its items."""

    label: str
    kinds: tuple[str, ...]
    headings: tuple[str, ...]   # the nearest heading lines above the label, outermost first
    items: tuple[BlockItem, ...]
    source: Source              # the label line
    context: str = ""           # the words around the label that say what it is about (matched, never quoted)


def block_from_json(row: dict) -> Block:
    items = tuple(BlockItem(Source(**i["source"]), i.get("subheading", "")) for i in row["items"])
    return Block(row["label"], tuple(row["kinds"]), tuple(row["headings"]), items, Source(**row["source"]),
                 row.get("context", ""))


def _squeezed(text: str) -> str:
    return re.sub(r"[\s\u3000]", "", unicodedata.normalize("NFKC", text))


def label_kinds(line: str) -> tuple[str, tuple[str, ...]] | None:
    """(label, kinds) when a line opens a block: 「【課 題】」, 「目的」, 「振興局所管地域の主な課題」; else None."""
    text = line.strip()
    if not text or "\t" in text or _TOC.search(text) or text.endswith(("。", "、")):
        return None
    m = _BRACKET_LABEL.match(text)
    inner = _squeezed(m.group(1)) if m else ""
    bare = _squeezed(re.sub(r"^(?:第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[章節部編]|[0-9０-９]{1,2}[.．\s]|[(（][0-9０-９]{1,2}[)）]"
                            r"|[①-⑳]|[■□◆◇○●▶・])\s*", "", text))
    word = inner or bare
    if not word or len(word) > (20 if inner else 16):
        return None
    kinds = tuple(kind for kind, labels in BLOCK_KINDS
                  if any(word == w or word.endswith(w) or (inner and w in word) for w in labels))
    for part in re.split(r"[・･、]|及び|および", word):   # 「改善内容・理由」: two labels in one cell answer for both
        kinds += tuple(kind for kind, labels in BLOCK_KINDS
                       if kind not in kinds and part and any(part == w or part.endswith(w) for w in labels))
    reasoned = re.match(r"(.{2,8})の(?:理由|根拠)$", word)
    if reasoned:   # 「方向性の理由」: why the direction was chosen, and what it comes to — it answers for both
        kinds += tuple(kind for kind, labels in BLOCK_KINDS if kind not in kinds and reasoned.group(1) in labels)
    if not kinds:
        return None
    if not inner and re.search(r"[をにがはで]", word[:-2]) and not word.startswith(("主な", "今後", "これまで")) \
            and not (_NUMBERED_HEAD.match(text) and re.search(r"(?:する|した|いる|される|すべき|となる|れる)$", word[:-2])):
        return None   # a sentence fragment that ends in a label word, not a label (but 「２　町が直面する課題」 is one)
    return text, kinds


_NUMBERED_HEAD = re.compile(r"^(?:第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[章節]|[0-9０-９]{1,2}[.．\s]|[(（][0-9０-９]{1,2}[)）]|[①-⑳])")


def _is_heading_line(text: str) -> bool:
    style = heading_style(_spaced(text))
    return style is not None and style not in BULLET_STYLES


def _spaced(text: str) -> str:
    """A line with its runs of spaces as one (a PDF sets a 施策 sheet's title 「施策３−１        地域公共交通の確保
    政策３ …」 across the page): its heading style is that of the words, not of the gaps."""
    return " ".join(text.split())


_STYLE_RANK = {style: rank for rank, (style, _) in enumerate(HEADING_STYLES)}


def _below(line: str, rank: int | None) -> bool:
    """Whether a heading line stands below a label that is itself a numbered heading of the given rank
    (「（１）自然減の拡大」 under 「第２章 人口減少の要因」): a part of the block, not the end of it."""
    style = heading_style(_spaced(line))
    return rank is not None and style in _STYLE_RANK and style not in BULLET_STYLES and _STYLE_RANK[style] > rank


_INLINE_LABEL = re.compile(r"[【≪《〈]\s*([^】≫》〉\s]{2,12})\s*[】≫》〉]")


def _inline_blocks(doc: str, text: str, start: int, line: str) -> list[Block]:
    """Blocks whose label stands inside a line (a flattened PDF: 「…【設定の考え方】 総合戦略に掲げた…。【算出方法】…」):
    the label's sentences up to the next bracketed label, the text just before it as what it is about."""
    labels = list(_INLINE_LABEL.finditer(line))
    blocks = []
    for k, m in enumerate(labels):
        found = label_kinds(m.group(0))
        if not found or (m.start() == 0 and not line[m.end():].strip()):
            continue
        end = labels[k + 1].start() if k + 1 < len(labels) else len(line)
        items = []
        for sentence in re.finditer(r"[^。]+。?", line[m.end():end]):
            body = sentence.group(0)
            lead = len(body) - len(body.lstrip())
            a, b = start + m.end() + sentence.start() + lead, start + m.end() + sentence.end()
            quote = quote_text(text[a:b])
            if len(quote) >= 8 and (quote.endswith("。") or not items):
                items.append(BlockItem(Source(doc, a, b, quote)))   # sentences; a trailing fragment (figures) is not one
        if items:
            about = _about_label(line[max(0, m.start() - 80):m.start()])
            blocks.append(Block(m.group(0), found[1], (about,) if about else (), tuple(items),
                                Source(doc, start + m.start(), start + m.end(), m.group(0)),
                                line[max(0, m.start() - 200):m.start()]))
    return blocks


def _about_label(before: str) -> str:
    """What an inline label is about: the marked title just before it (「○ 数値目標・KPIの設定根拠【…】」 ->
    「数値目標・KPIの設定根拠」); "" when the text before it is no title (figures, another sentence)."""
    m = re.search(r"[○■◆●▶□◇]\s*([^○■◆●▶□◇。]{4,60})$", before.rstrip())
    if not m or len(re.findall(r"[^\x00-\x7f]", m.group(1))) < 4:
        return ""
    return re.sub(r"[【≪《〈][^】≫》〉]*[】≫》〉]", "", m.group(1)).strip()


# An amount printed on a line (「事業費　3,240千円」): a 事業 of a list, no heading of what follows.
_AMOUNT = re.compile(rf"[0-9０-９][0-9０-９,，.．]*\s*(?:{money_unit_pattern()})")


def _heading_like(line: str) -> bool:
    """A short line that names what follows: a numbered heading or a marked title (「○ 基幹産業である…」), never a
    marked 事業 with its amount (「○結婚新生活支援事業　事業費　900千円　評価Ｃ」)."""
    if "\t" in line:
        return False   # a table row (「10\t情報通信環境\t24.0…」) names no block
    line = _spaced(line)
    return bool(line) and len(line) <= 50 and not line.endswith("。") and "、" not in line and not _TOC.search(line) \
        and (_is_heading_line(line) or bool(re.match(r"^\s*[○●◆■◇▶]", line)) and not _AMOUNT.search(line))


def _next_is_label(lines, j: int) -> bool:
    for _, body in lines[j + 1:j + 4]:
        if body.strip():
            return label_kinds(body) is not None
    return False


def _wraps_on(line: str, lines, j: int) -> bool:
    """Whether an item's last line, cut before its sentence ends, goes on after the blank line(s) below it."""
    if len(line.strip()) < 25 or line.rstrip().endswith(("。", "）", ")")):
        return False
    for _, body in lines[j + 1:j + 4]:
        if body.strip():
            nxt = body.strip()
            return not (_ITEM_MARK.match(nxt) or _SUBHEAD_MARK.match(nxt) or label_kinds(nxt) or _heading_like(nxt))
    return False


def _same_level(heading: str, label_line: str) -> bool:
    """Whether a heading above a label is numbered as the label is (「３ 歳入」 above 「４ 補正の考え方」): a part
    before it, not the part it stands under."""
    style = heading_style(_spaced(label_line))
    return style is not None and style not in BULLET_STYLES and heading_style(_spaced(heading)) == style


def _sibling_mark(label_line: str, line: str) -> bool:
    """Whether a short line opens with the sub-heading mark the block's own label opens with (◆ after ◆, ■ after
    ■): a part of the same level as the label, so the block ends there."""
    mark = _SUBHEAD_MARK.match(label_line)
    return bool(mark) and line.startswith(mark.group(0).strip()) and len(line) <= 50 and not line.endswith("。")


def _ends_line_item(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) < 25 or stripped.endswith("。")


def _running_lines(text: str) -> set[str]:
    """The lines a document prints again and again (a running header 「第２期…総合戦略 効果検証報告書」 on every page):
    never an item of the block a page break falls in."""
    seen: dict[str, int] = {}
    for raw in text.split("\n"):
        line = raw.strip()
        if len(line) >= 8 and "\t" not in line and not line.endswith("。"):
            seen[line] = seen.get(line, 0) + 1
    return {line for line, count in seen.items() if count >= 2}


def _lines_with_offsets(text: str) -> list[tuple[int, str]]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append((pos, raw))
        pos += len(raw) + 1
    return lines


# A chapter heading or a marked line among a document's first lines: a label of its body, never the title.
_NOT_TITLE = re.compile(r"\s*(?:第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[章節部編]|[■□◆◇●▶])")


def _opens_block(raw: str, index: int) -> tuple[str, tuple[str, ...]] | None:
    """label_kinds of a line, but for the document's title in its first lines (「令和８年度 予算編成方針」)."""
    found = label_kinds(raw)
    if found and index < TITLE_LINES and not _BRACKET_LABEL.match(raw) and len(_squeezed(raw)) > 8 \
            and not _NOT_TITLE.match(raw):   # (「第１章 計画策定の目的」「■予算編成の基本方針」: a chapter, a marked label)
        return None
    return found


def find_blocks(doc: str, text: str) -> list[Block]:
    """Every labelled block of a document's text (source offsets), with its items."""
    lines, running = _lines_with_offsets(text), _running_lines(text)
    blocks: list[Block] = []
    recent: list[str] = []   # heading-like lines seen since the last block (what the next block is about)
    fresh = False            # a block just ended: a heading from now on starts a new subject
    i = 0
    while i < len(lines):
        start, raw = lines[i]
        found = _opens_block(raw, i)
        if not found and len(raw) > 40 and _INLINE_LABEL.search(raw):
            blocks += _inline_blocks(doc, text, start, raw)
        if not found:
            stripped = raw.strip()
            if _heading_like(stripped):
                recent = [stripped] if fresh else (recent + [stripped])[-2:]
                fresh = False
            i += 1
            continue
        label, kinds = found
        rank = _STYLE_RANK.get(heading_style(_spaced(raw)))   # a numbered heading's level: its parts stay in it
        j, items, subheading = i + 1, [], ""
        current: list[tuple[int, int]] = []   # the (start, end) lines of the item being read

        def close():
            if current:
                a = current[0][0] + (len(lines_text(current[0])) - len(lines_text(current[0]).lstrip()))
                b = current[-1][1]
                quote = quote_text(text[a:b])
                if quote and not quote.startswith("※"):
                    items.append(BlockItem(Source(doc, a, b, quote), subheading))
                current.clear()

        def lines_text(span):
            return text[span[0]:span[1]]

        while j < len(lines):
            s, body = lines[j]
            stripped = body.strip()
            if label_kinds(body) and not _below(stripped, rank) or s - start > MAX_BLOCK_CHARS or _TOC.search(stripped) \
                    or (stripped and _is_heading_line(stripped) and not _SUBHEAD_MARK.match(stripped)
                        and not _below(stripped, rank)):
                break
            if _CONTACT.match(stripped):
                break   # 「担当：…課 電話 …」「お問い合わせ」: the page's contact line ends what it says
            if _FOOTER.match(stripped) or stripped in running:
                j += 1
                continue   # a page number (「-13-」) or running header between a block's lines is no item of it
            if _heading_like(stripped) and _next_is_label(lines, j):
                break   # the heading of the next block (「○ 農林水産資源などを活かした…」 above 【これまでの取組】)
            if _sibling_mark(raw, stripped):
                break   # 「◆成果指標」 after 「◆現状と課題」: the next part of the same level, not a part of this one
            if not stripped:
                if not (current and _wraps_on(text[current[-1][0]:current[-1][1]], lines, j)):
                    close()   # a blank line ends an item, unless a PDF put it inside a wrapped sentence
            elif _below(stripped, rank):
                close()
                subheading = stripped   # 「（１）自然減の拡大」 under 「第２章 人口減少の要因」
            elif _SUBHEAD_MARK.match(stripped) and len(stripped) <= 50 and not stripped.endswith("。") \
                    or (len(stripped) <= 12 and not _ITEM_MARK.match(stripped) and not current and not stripped.endswith("。")):
                close()
                subheading = stripped
            elif _ITEM_MARK.match(stripped):
                close()
                current.append((s, s + len(body.rstrip())))
            else:
                if current and _ends_line_item(text[current[-1][0]:current[-1][1]]):
                    close()   # short lines are items of their own; a long line without 。 wraps onto the next
                current.append((s, s + len(body.rstrip())))
                if stripped.endswith("。") and not _ITEM_MARK.match(text[current[0][0]:current[0][1]].strip()):
                    close()   # a paragraph block: its sentences (lines ending in 。) are its items
            j += 1
        close()
        if items:
            source = Source(doc, start + len(raw) - len(raw.lstrip()), start + len(raw.rstrip()), label)
            titled = bool(_BRACKET_LABEL.match(raw)) or len(_squeezed(raw)) <= 8   # 「【課 題】」「目的」: about the heading above
            above = tuple(h for h in recent if not _same_level(h, raw)) if titled else ()
            blocks.append(Block(label, kinds, above, tuple(items), source))
            fresh = True
        i = j
    blocks += _cell_blocks(doc, text)
    return sorted(blocks, key=lambda b: b.source.start)


def _cell_blocks(doc: str, text: str) -> list[Block]:
    """The blocks of tables of labels (「課題｜…」): each headed by the table's 事業名 or, without one, by the heading
    line right above the table."""
    blocks = []
    is_label = lambda word: label_kinds(word) is not None   # noqa: E731
    for cell in label_cells(text, is_label) + column_cells(text, is_label):
        kinds = label_kinds(cell.label)[1]
        above = [line.strip() for line in text[max(0, cell.table_start - 300):cell.table_start].split("\n")
                 if line.strip() and "\t" not in line][-1:]
        headings = (cell.title,) if cell.title else tuple(h for h in above if _heading_like(h))
        label = Source(doc, cell.label_start, cell.label_start + len(cell.label), cell.label)
        blocks.append(Block(cell.label, kinds, headings, _printed_lines(doc, text, cell.start, cell.end), label,
                            cell.context))
    return blocks


def _printed_lines(doc: str, text: str, start: int, end: int) -> tuple[BlockItem, ...]:
    """A cell's text as items, one per line: a cell a PDF wrapped onto lines of their own is quoted line by line, as
    each line stands in the page's text (the lines of a margin label may fall between them)."""
    items, pos = [], start
    for line in text[start:end].split("\n"):
        a = pos + len(line) - len(line.lstrip())
        b = pos + len(line.rstrip())
        quote = quote_text(text[a:b]) if b > a else ""
        if quote:
            items.append(BlockItem(Source(doc, a, b, quote)))
        pos += len(line) + 1
    return tuple(items)
