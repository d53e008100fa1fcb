"""Rows a filter selects, kept to the section the question names: 「農業の振興の事業のうち、総合戦略にも位置付けられて
いるもの」 selects the ☆ rows of every 【主な事業】 table of a 基本計画 (one table's header repeated under each 施策),
and only those under the heading 「施策２－１　農業の振興」 answer.

A row's sections are the nearest headings above its table, one of each style up to the first style met again (a
sibling's: the sections above it are others'); a numbered sentence 「（1）担い手への…を進めます。」 is no heading. A heading is named when its title (without its number: 「農業の振興」) stands
in the question as written. Where the question names the section of some rows and not of others, those others go;
where it names none, or every row's, the rows stand as they are.
"""
from __future__ import annotations

import re

from assistant.row_filters import RowMatch
from ingest.text.normalize import comparable
from ingest.text.outline import heading_style

MAX_LINES_BACK = 60    # how far above a row its table's headings are looked for
MAX_HEADINGS = 3       # the nearest headings: its 施策, its 基本目標 …
MIN_TITLE_CHARS = 3
_NUMBER = re.compile(r"^\S*?[0-9０-９]+\S*?[ \u3000]+|^[(（][0-9０-９]+[)）][ \u3000]*")


def headings_above(text: str, start: int) -> list[str]:
    """The titles (numbers dropped) of the nearest headings above a position, nearest first."""
    lines = text[:start].split("\n")[:-1]
    found, styles = [], set()
    for line in reversed(lines[-MAX_LINES_BACK:]):
        line = line.strip()
        style = heading_style(line) if line and "\t" not in line and not line.endswith(("。", "ます", "です")) else None
        if not style:
            continue
        if style in styles:
            break   # a sibling of a heading already met: the sections above are others'
        styles.add(style)
        found.append(_NUMBER.sub("", line).strip())
        if len(found) == MAX_HEADINGS:
            break
    return found


def under_named_section(found: list[RowMatch], documents, question: str) -> list[RowMatch]:
    """The rows under a heading the question names, where it names the section of some rows only."""
    asked = comparable(question)

    def named(m: RowMatch) -> bool:
        titles = headings_above(documents[m.source.doc].text, m.source.start)
        return any(len(t) >= MIN_TITLE_CHARS and comparable(t) in asked for t in titles)
    flags = [named(m) for m in found]
    return [m for m, keep in zip(found, flags) if keep] if any(flags) and not all(flags) else found
