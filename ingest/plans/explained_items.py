"""The numbered 事業 of a 予算書 事項別明細書's 説明 column, each under the 目 of its row.

A 予算説明書 prints each 目 as one tall row: its figures, its 節 lines and, in the 説明 cell, the 事業 it funds, one
numbered line each with its amount, the sub-items of a 事業 indented with （１）（２） below it:

    ６目 企画費 | 318,640 | … | １ 企画調整事務費 8,120
                                  ２ 移住定住促進事業 64,300
                                    （１）移住支援金 38,000
                                  ３ 新 交流拠点活性化事業 74,320

A cell that numbers its lines both ways gives its 事業 by the plain numbers; the bracketed lines are parts of the
事業 above them. A tag word printed before a name (「新」「拡充」, explained in a ※ note) is the 事業's tag, not part of
its name. A line that is the 目's own running cost (人件費) is no 事業.
"""
from __future__ import annotations

import re

from ingest.plans.list_items import ListItem
from ingest.plans.records import Source
from ingest.plans.tag_marks import TAG_ABBREVIATIONS, TAG_WORDS
from ingest.text.normalize import quote_text

_NUMBER_CELL = re.compile(r"^[0-9０-９,，.．%％△▲\-−ー\s]*$")


def _row_head(row, col: int) -> str:
    """The 目 a row of a 予算書 stands for: its first cell of words before the 説明 column, with the end of the
    name the PDF reader put in the next cell before its figure (「１目 児童福祉総」 + 「務費1,124,560」)."""
    for k, cell in enumerate(row[:col]):
        head = cell.text.strip()
        if head and not _NUMBER_CELL.match(head):
            spill = _SPILLED_NAME.match(row[k + 1].text.strip()) if k + 1 < col else None
            return head + (spill.group(1) if spill else "")
    return ""


# The end of a name the PDF reader put before the figure of the next cell (「務費1,124,560」 -> 「務費」).
_SPILLED_NAME = re.compile(r"^([^\s0-9０-９△▲−\-,，.．]{1,6})(?=[\s\u3000]*[△▲]?[0-9０-９][0-9０-９,，]*$)")


# A numbered line of a 予算書's 説明 column: 「01 子ども医療費助成事業 398,720」「(2) 道路維持補修事業 12,400」.
_EXPLAINED_LINE = re.compile(r"(?:(?:(?<=^)|(?<=\s))(?:[0-9０-９]{1,3}|[①-⑳])|(?:(?<=^)|(?<=[\s0-9０-９]))[(（][0-9０-９]{1,3}[)）])"
                             r"[\s\u3000]*([^\s\u30000-9０-９△▲(（][^\t\n]*?)[\s\u3000]+[△▲]?[0-9０-９][0-9０-９,，]*"
                             r"(?=[\s\u3000(（]|$)")
# Lines of a 説明 column that are the 目's own running costs, not a 事業 of it.
_NOT_A_PROJECT = re.compile(r"人件費|職員給与|職員手当|一般職|特別職|共済費")


# A tag word set before a name with a space (「新 交流拠点活性化事業」「拡充　…事業」): the 事業's tag.
_LEAD_TAG = re.compile(rf"^(?:[〔［\[【(（〈]\s*)?({'|'.join(sorted({*TAG_WORDS, *TAG_ABBREVIATIONS}, key=len, reverse=True))})"
                       r"(?:\s*[〕］\]】)）〉][\s\u3000]*|[\s\u3000]+)(?=\S)")
# A bracketed number: a sub-item's (「（１）移住支援金」) where plain numbers give the 事業 of the same cell.
_SUB_NUMBER = re.compile(r"^[(（]")
_BARE_NUMBER = re.compile(r"^[0-9０-９①-⑳]")


def _lead_tag(name: str) -> tuple[str, tuple[str, ...]]:
    """A name without the tag word printed before it, and that tag (「新 …事業」 -> (「…事業」, (新規,)))."""
    m = _LEAD_TAG.match(name)
    if not m:
        return name, ()
    return name[m.end():].strip(), (TAG_ABBREVIATIONS.get(m.group(1), m.group(1)),)


def _is_amount_line(heading: str) -> bool:
    """An outline entry that is a numbered 説明 line with its amount (「４ 新 …事業 74,320」), which the outline of
    the text may take for a heading: none of the headings a later 目 stands under."""
    return bool(_EXPLAINED_LINE.fullmatch(heading.strip()))


def explained_items(doc: str, text: str, table, headers: list[str], body, outline: tuple[str, ...]) -> list[ListItem]:
    """The numbered 事業 of a 予算書 事項別明細書's 説明 column, each under its row's 目 (「３目 保育所費」): one
    record per numbered line with an amount (「01 公立保育所運営事業 1,104,820」); a 人件費 line is not a 事業."""
    from ingest.vocab.table_words import column_roles
    roles = column_roles(headers)
    col = next((k for k, r in enumerate(roles) if r.role == "explanation"), None)
    if col is None:
        return []
    items = []
    outline = tuple(h for h in outline if not _is_amount_line(h))
    for row in body:
        if col >= len(row) or row[col].empty:
            continue
        cell = row[col]
        head = _row_head(row, col)
        found = [(a, m) for a, b in ((cell.start, cell.end), *cell.tail_spans) if 0 <= a < b <= len(text)
                 for m in _EXPLAINED_LINE.finditer(text[a:b])]
        two_levels = any(_BARE_NUMBER.match(m.group(0)) for _, m in found) and \
            any(_SUB_NUMBER.match(m.group(0)) for _, m in found)
        for a, m in found:
            name, tags = _lead_tag(m.group(1).strip())
            if _NOT_A_PROJECT.search(name) or len(name) < 3 or two_levels and _SUB_NUMBER.match(m.group(0)):
                continue
            start, end = a + m.start(), a + m.end()
            source = Source(doc, start, end, quote_text(text[start:end]))
            # the column it is listed in (「説明」) is a word a question may ask it by (「説明欄に載っている事業」)
            items.append(ListItem(name, outline + ((head,) if head else ()), tags, "", headers[col], "", source,
                                  "cell"))
    return items
