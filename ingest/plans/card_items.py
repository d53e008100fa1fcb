"""取組 listed inside one cell of a card's label｜value table: a 重点プロジェクト card's 「主な取組｜☑ 林業研修生受入事業（新規）
☑ 高性能林業機械の導入支援（拡充） ☐ 木材加工団地の再編」 (the cell's lines joined by the reader). Each marked piece of the
value cell is one item, its trailing tag (（新規）【拡充】) a tag of that item only, under the headings above the table
(the card's name), so 「〇〇プロジェクトではどのような取組を」 and 「新たに始める取組は」 find each.

Only a row whose label cell is a 取組 block label (「主な取組」「取組内容」「主な事業」 …) and whose value holds two or more
pieces, each opened by a check or list mark, is read: a prose cell is no list."""
from __future__ import annotations

import re
import unicodedata

from ingest.plans.list_items import ListItem
from ingest.plans.records import Source
from ingest.plans.tag_marks import TAG, TAG_ABBREVIATIONS
from ingest.text.normalize import quote_text
from ingest.vocab.section_words import BLOCK_KINDS

_LIST_LABELS = {w for kind, words in BLOCK_KINDS if kind == "取組" for w in words}
# A mark opening each piece of the cell: a check box or a list mark.
_PIECE_MARK = re.compile(r"[☑☐✓✔■□●○◯・◆◇▪]")


def card_items(doc: str, text: str, tables, path_at) -> list[ListItem]:
    """The items of every label｜value row whose label names a list of 取組 and whose value holds marked pieces."""
    items: list[ListItem] = []
    for table in tables:
        for row in tuple(table.header_rows) + tuple(table.body_rows):
            cells = [c for c in row if not c.empty]
            if len(cells) != 2:
                continue
            label = re.sub(r"\s+", "", unicodedata.normalize("NFKC", cells[0].text))
            if label not in _LIST_LABELS:
                continue
            value = cells[1]
            end = value.tail_spans[-1][1] if value.tail_spans else value.end
            items += _pieces(doc, text, value.start, end, label, path_at(value.start) if path_at else ())
    return items


def _pieces(doc: str, text: str, start: int, end: int, label: str, headings) -> list[ListItem]:
    marks = [m.start() for m in _PIECE_MARK.finditer(text, start, end)]
    if len(marks) < 2 or text[start:marks[0]].strip():
        return []   # one piece, or words before the first mark: prose, not a list
    out = []
    for a, b in zip(marks, marks[1:] + [end]):
        piece = text[a:b].rstrip()
        body = piece[1:].strip()
        tags = tuple(TAG_ABBREVIATIONS.get(m.group(1), m.group(1)) for m in TAG.finditer(body))
        name = TAG.sub("", body).strip()
        if len(name) < 3:
            continue
        lead = a + len(piece) - len(piece.lstrip())
        source = Source(doc, lead, a + len(piece), quote_text(piece))
        out.append(ListItem(name, tuple(headings), tags, "", "", label, source, form="cell"))
    return out
