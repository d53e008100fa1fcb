"""Unmarked lines that are items of a labelled list, in formats whose lines are the writer's own.

A web page or a Word file lists its 取組 under a label (「主な取組」), some lines tagged and some not, and the reader
keeps each list entry as a line of its own without its bullet:

    主な取組
    【新】上更別地区コミュニティ拠点整備
    勢雄地区除雪支援
    デマンドバス運行
    【拡】高齢者買物支援サービス

Every such line is an item of the list, a sibling of the tagged ones (never the description of the tagged line above
it). A PDF's lines are a page's wrapped lines, where a short unmarked line may be the end of a sentence: only the
formats below are read so. A line set before a table (「成果指標（KPI）」 over its rows) is the table's caption.
"""
from __future__ import annotations

import re
from pathlib import PurePosixPath

from ingest.readers.registry import OWN_LINE_SUFFIXES   # the formats whose lines are the writer's own
from ingest.vocab.quantities import read_quantities

_LIST_LABEL = re.compile(r"^(?:主な|主要|重点|新規|今年度の|本年度の)?(?:事業|取組|取り組み)")
_SENTENCE = re.compile(r"[。、，,：:；;]|(?:ます|です|ました|でした)$")

MAX_NAME_CHARS = 40


def writes_own_lines(doc: str) -> bool:
    return PurePosixPath(doc).suffix.lower() in OWN_LINE_SUFFIXES


def is_list_label(label: str) -> bool:
    """A label that opens a list of 事業 / 取組 (「主な取組」「事業の内容」), not a bracketed label (「＜意見＞」)."""
    return bool(_LIST_LABEL.match(re.sub(r"[\s\u3000]", "", label)))


def _figures_only(line: str) -> bool:
    """A line that is figures alone (「2,350万円」「１億２千万円」 under a name), read with the quantity grammar."""
    rest = line
    for q in read_quantities(line):
        rest = rest.replace(q.raw, " ")
    return not re.sub(r"[\s\u3000]", "", rest)


def names_an_entry(line: str, text: str, end: int) -> bool:
    """Whether an unmarked line (ending at `end` in `text`) reads as one entry of a list: short, no sentence, no
    figure alone, no note, and not the caption of a table that starts on the next line."""
    body = line.strip()
    if not 3 <= len(body) <= MAX_NAME_CHARS or _SENTENCE.search(body) or _figures_only(body):
        return False
    if body.startswith(("※", "＊", "*", "(", "（", "<", "＜", "〈")):
        return False
    return not _before_table(text, end)


def _before_table(text: str, end: int) -> bool:
    return "\t" in text[end:].lstrip("\n").split("\n", 1)[0]


def captions_table(doc: str, text: str, end: int) -> bool:
    """Whether a short line, no sentence (ending at `end`), of a writer's own lines stands right before a table: the
    table's caption (「目標指標」), never the description of the item above it."""
    line = text[text.rfind("\n", 0, end) + 1:end].strip()
    return writes_own_lines(doc) and len(line) <= MAX_NAME_CHARS and not _SENTENCE.search(line) \
        and _before_table(text, end)


def entry_label(doc: str, text: str, pieces: list, piece) -> int:
    """The index of the list label (an 「h:label」 piece of ingest.plans.list_items) an unmarked piece is an entry
    of, -1 when none: its parent, or the parent of the tagged line (mark 「〔〕」) above it."""
    label = piece.parent
    if label >= 0 and pieces[label].mark == "〔〕":   # a sibling of the tagged line above it, not its description
        label = pieces[label].parent
    if label < 0 or pieces[label].mark != "h:label" or not is_list_label(pieces[label].text) \
            or not writes_own_lines(doc) or "\t" in text[pieces[label].end:piece.start]:   # (a table ends the list)
        return -1
    return label if names_an_entry(piece.text, text, piece.end) else -1
