"""The 事業 a form table stands for (事業名｜value, 事業の概要｜value, 今後の方向性｜□拡充　■継続 …): one record named by
its 事業名 cell, with its amount, description and the tags its direction cells state."""
from __future__ import annotations

import re

from ingest.plans.list_items import ListItem
from ingest.plans.records import Source
from ingest.plans.tag_marks import cell_tags, checked_options
from ingest.text.normalize import quote_text
from ingest.vocab.header_words import AMOUNT_COLUMN_WORDS
from ingest.vocab.table_words import column_role, is_tag_header, names_list_items
from ingest.vocab.units import money_unit_pattern

_AMOUNT_HEADER = re.compile("|".join(AMOUNT_COLUMN_WORDS))
FORM_DESCRIPTION = re.compile(r"^(?:事業の?概要|事業内容|概要|目的|事業の目的|内容)$")


def form_item(doc: str, text: str, table, grid) -> ListItem | None:
    """The 事業 a form table stands for (事業名｜町並み…事業, 事業の概要｜…): cited by its name cell, with the form's
    outline cells (施策｜…) as headings, its 予算額 cell as amount and its 概要 cell as description."""
    if grid is None:
        return None
    name, outline, cell = _form_name(table, grid)
    a, b = cell.start, cell.end
    if not (0 <= a < b <= len(text)) or not name:
        return None
    amount, description, described, tags, stated = "", "", (-1, -1), [], []
    for row in table.header_rows + table.body_rows:
        cells = [c for k, c in enumerate(row) if c.text.strip() and (k == 0 or c is not row[k - 1])]
        for label, value in zip(cells, cells[1:]):
            word = re.sub(r"[\s\u3000]", "", label.text)
            # one amount beside its label (not the first of a row of years: 「事業費｜18,420｜19,650｜…」)
            if not amount and _AMOUNT_HEADER.search(word) and _money_cell(value.text) and len(cells) == 2:
                amount = value.text.strip()
            if not description and FORM_DESCRIPTION.match(word) and 0 <= value.start < value.end <= len(text):
                description, described = value.text.strip(), (value.start, value.end)
            checked = checked_options(value.text)   # 「□拡充　■改善　□廃止」: the word the filled box marks
            first = "・".join(checked) if checked else re.split(r"[\s\u3000（(]", value.text.strip())[0]
            if is_tag_header(word) or column_role(word).role == "evaluation" and len(first) <= 3:
                # 「今後の方向性｜拡充 …」 -> the tag 拡充; 「評価｜C（課題あり）」: words a question may ask it by
                tags += cell_tags(first, {}) if is_tag_header(word) else []
                stated.append(f"{word} {first}")
    words = " ".join(stated + [description]).strip()[:200]
    return ListItem(name, tuple(outline), tuple(dict.fromkeys(tags)), amount, words, "",
                    Source(doc, a, b, quote_text(text[a:b])), "form", described)


def _form_name(table, grid):
    """(name, outline, cell) of a form: the grid's, or where its 事業名 label is merged over narrow grid columns (the
    label's cell repeated, so read as its own value) the first other cell of that row."""
    name, outline, cell = grid
    if not names_list_items(re.sub(r"[\s\u3000]", "", name)):
        return grid
    for row in table.header_rows + table.body_rows:
        if any(c is cell for c in row):
            value = next((c for c in row if c is not cell and c.text.strip()), None)
            return (value.text.strip(), outline, value) if value is not None else grid
    return grid


def _money_cell(value: str) -> bool:
    return bool(re.match(rf"^[0-9０-９][0-9０-９,，.]*\s*(?:{money_unit_pattern(1e6)})?$", value.strip()))
