"""Lists of 事業 set as sections of one table: a section row over each part and the header printed again below it.

    ■新規事業 (one text across the row)
    事業名 ｜ 令和７年度 ｜ 前年度 ｜ 事業の概要
    …事業  ｜ 45.0       ｜ －     ｜ …
    ■拡充事業
    事業名 ｜ …

A reader that keeps the section rows inside the table gives no header row (its first row is the section's); the
header is then the first of the top rows that names the 事業 column (「事業名」「主な事業」), and the rows above it
stay as section rows. A header printed again further down is no 事業. The section a row stands under — a section
row, a group heading above the table, a caption — is its tag where it says one (「新規事業」 -> 新規:
ingest.plans.list_items.heading_tag).
"""
from __future__ import annotations

import re

from ingest.plans.list_items import NAME_WORDS, heading_tag
from ingest.tables.build import has_value_number
from ingest.vocab.table_words import names_list_items

MAX_TOP_ROWS = 4      # section and title rows a header may stand below
MAX_HEADER_CHARS = 12


def _squeezed(text: str) -> str:
    return re.sub(r"[\s\u3000]", "", text or "")


def inner_header(body) -> int | None:
    """The index of the row among the first rows of `body` that is the header of a list of 事業 (a cell naming the
    事業 column, every filled cell a short label without figures), None when there is none."""
    for k, row in enumerate(body[:MAX_TOP_ROWS]):
        texts = [_squeezed(c.text) for c in row if c.text.strip()]
        if len(set(texts)) < 2 or any(len(t) > MAX_HEADER_CHARS or has_value_number(t) for t in texts):
            continue
        # 「事業名｜町並み保存事業｜担当課｜…」 is a form's label｜value row: a header names no 事業 beside its labels
        if any(names_list_items(t) for t in texts) and not any(NAME_WORDS.search(t) for t in texts
                                                                if not names_list_items(t)):
            return k
    return None


def is_header_again(row, headers: list[str]) -> bool:
    """Whether a body row repeats the header row (a section's own header below its section row)."""
    texts = [_squeezed(c.text) for c in row]
    return len(texts) == len(headers) and texts == [_squeezed(h) for h in headers]


# What a section heading may carry around its words: a mark or a number before (「■」「１　」「(2)」「ア　」「①」),
# brackets around (【…】 ＜…＞ 〔…〕), a count or 「一覧」 after (「（3事業）」「(2件)」).
_SECTION_LEAD = re.compile(r"^(?:[■□◆◇●○◎・▶▷▼▽☆★\-]|[0-9０-９]{1,2}[.．、\s\u3000]|[(（][0-9０-９]{1,2}[)）]"
                           r"|[アイウエオカキクケコ][\s\u3000]|[①-⑳])[\s\u3000]*")
_SECTION_BRACKETS = re.compile(r"^[【＜<〈《〔［\[](.+)[】＞>〉》〕］\]]$")
_SECTION_COUNT = re.compile(r"(?:[(（][0-9０-９]{1,3}[^)）0-9０-９]{0,3}[)）]|一覧)$")   # a count in brackets


def section_tag(heading: str) -> str:
    """The tag a section heading says its rows have (「■新規事業」「【拡充事業】」「(2) 継続事業（4事業）」「◆新規」),
    "" for any other heading (「新規・拡充事業」 says neither of the two for a row)."""
    word = _squeezed(_SECTION_LEAD.sub("", (heading or "").strip(), count=1))
    bracketed = _SECTION_BRACKETS.match(word)
    word = _SECTION_COUNT.sub("", bracketed.group(1) if bracketed else word)
    return heading_tag(word) or heading_tag(f"{word}事業") if word else ""


def section_tags(headings) -> list[str]:
    """The tag the innermost section a row stands under says (「■新規事業」 -> [新規]; [] when none says one): a row
    stands in one section, and an inner 「継続事業」 under an outer 「新規事業」 is its own."""
    return next(([t] for t in (section_tag(h) for h in reversed(tuple(headings))) if t), [])


def outside_sections(headings: tuple[str, ...], sections: list[str]) -> tuple[str, ...]:
    """The headings a table stands under, without its own section rows (the outline may take the first section row
    for a heading over the whole table: each row is under its own section, not the first)."""
    own = {_squeezed(s) for s in sections if s}
    return tuple(h for h in headings if _squeezed(h) not in own)


def with_section_rows(table, body, group_row) -> tuple:
    """The body rows with the section rows the header was found below (a section row of one text over the first
    header row: the first section of the table, which a header search leaves above the body)."""
    above = table.body_rows[:len(table.body_rows) - len(body) - 1] if not table.header_rows else ()
    return tuple(above) + tuple(body) if above and all(group_row(row) for row in above) else body
