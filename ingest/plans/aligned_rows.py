"""事業 named by an unruled table that the text layer prints as aligned lines (no rules between the cells, so no
table reader sees its columns): a header line that names a 事業名 column, then one line per 事業 whose fields stand
apart by runs of spaces, the group column (款, 分野) printed only on a group's first line:

    款                事業名                          補正額   説明
    ３款    民生費    〇〇給付金事業                  12,300  …を給付する。
    〇〇推進事業                                       4,500  …を補助する。
    ４款    衛生費    〇〇助成事業                     2,100  …

Each row gives the 事業 its name field holds (a field ending like a name), its amount (the next field, a figure)
and the group it stands under (the fields before the name on the group's first line, carried down). Rows end at
the first line that is not one (a ※ note, a page number, the next heading).
"""
from __future__ import annotations

import re

from ingest.plans.list_items import NAME_WORDS, ListItem
from ingest.plans.records import Source
from ingest.text.normalize import quote_text
from ingest.vocab.table_words import names_list_items

_GAP = re.compile(r"[ \u3000]{2,}|\t")
_FIGURE = re.compile(r"^[△▲\-−]?[0-9０-９][0-9０-９,，]*$")
MIN_ROWS = 2


def _fields(line: str) -> list[tuple[int, str]]:
    """The fields of a printed line, split at runs of two or more spaces (or a tab): (offset, text)."""
    found, pos = [], 0
    for m in list(_GAP.finditer(line)) + [None]:
        end = m.start() if m else len(line)
        piece = line[pos:end]
        if piece.strip():
            found.append((pos + len(piece) - len(piece.lstrip()), piece.strip()))
        pos = m.end() if m else len(line)
    return found


def _is_header(line: str) -> bool:
    """A header line of an unruled list of 事業: two or more fields, one of them naming the 事業 (事業名)."""
    fields = [f for _, f in _fields(line)]
    return len(fields) >= 2 and any(names_list_items(re.sub(r"\s", "", f)) for f in fields) \
        and not any(_FIGURE.match(f) for f in fields)


def _row(line: str):
    """(group fields, name offset, name, amount, description) of a row line; None for any other line."""
    fields = _fields(line)
    for k, (at, text) in enumerate(fields[:4]):
        if 4 <= len(text) <= 40 and NAME_WORDS.search(text) and k + 1 < len(fields) \
                and _FIGURE.match(fields[k + 1][1]):
            group = " ".join(t for _, t in fields[:k])
            return group, at, text, fields[k + 1][1], " ".join(t for _, t in fields[k + 2:])
    return None


def aligned_rows(doc: str, text: str) -> list[ListItem]:
    """The 事業 of every unruled list of 事業 printed as aligned lines, each cited by its line."""
    items, header, title, rows = [], None, "", []
    pos, previous = 0, ""
    for line in text.split("\n") + [""]:
        row = _row(line) if header is not None else None
        if row:
            rows.append((pos, line, row))
        else:
            if len(rows) >= MIN_ROWS:
                items += _items(doc, text, title, rows)
            rows, header = [], None
            if _is_header(line):
                header, title = line, (_fields(previous) or [(0, "")])[0][1][:60]   # its title, not a unit note
        if line.strip() and not row:
            previous = line
        pos += len(line) + 1
    return items


def _items(doc: str, text: str, title: str, rows) -> list[ListItem]:
    found, group = [], ""
    for start, line, (printed_group, at, name, amount, description) in rows:
        group = printed_group or group
        a, b = start + at, start + len(line.rstrip())
        headings = tuple(h for h in (title, group) if h)
        found.append(ListItem(name, headings, (), amount, description[:200], "",
                              Source(doc, a, b, quote_text(text[a:b])), "line"))
    return found
