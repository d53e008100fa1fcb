"""事業 named in running text: a table read out one row per line, and names a sentence enumerates.

An accessibility text version of a 広報 (音声読み上げ用) prints a table as lines whose cells are separated by 読点,
under a line that announces the columns:

    表は「区分」「事業名」「予算額」「内容」の４つの列でできています。
    新規、〇〇広場整備事業、１，２００万円、遊具を更新します。
    拡充、〇〇検診助成事業、３５０万円、対象を広げます。

Such a row names one 事業 (a field that ends like a name, one of the first two), with its tag (a field that is a
tag word: 新規, 拡充, 継続) and its amount (a field that is an amount of money). A row counts only in a run of two
or more such lines, so a lone sentence 「新規、…事業、…」 is never read as a table. Every other sentence may still
enumerate 事業 (「…PR強化事業、…導入事業などの追加」): each is named, cited by its sentence.
"""
from __future__ import annotations

import re

from ingest.plans.list_items import NAME_WORDS, ListItem, money_of
from ingest.plans.tag_marks import cell_tags
from ingest.plans.records import Source
from ingest.text.normalize import quote_text

# 「…PR強化事業、…導入事業などの追加」: names a sentence enumerates.
_ENUMERATED = re.compile(r"(?:^|(?<=[、，,]))\s*([^、，,。「」\s]{3,30}?(?:事業|プロジェクト))(?=など|等|、|，|,|及び|および|や|の(?:追加|拡充|実施|新設)|$)")
_PARTICLES = re.compile(r"[をがはにでへ]")
# A field that is a clause, not a name (「…を広げる事業」): a row's name field holds no object and no verb.
_CLAUSE = re.compile(r"を|する|した|される|ます")
_FIELD_SEPARATOR = re.compile(r"、")
MIN_ROW_RUN = 2   # lines in a run before they are read as a table's rows


def sentence_items(doc: str, text: str) -> list[ListItem]:
    """The 事業 of read-out table rows, then those sentences enumerate (a read-out row's line is not read again)."""
    rows = read_out_rows(doc, text)
    taken = {(i.source.start, i.source.end) for i in rows}
    return rows + [i for i in _mentions(doc, text) if not any(a <= i.source.start < b for a, b in taken)]


def _row_fields(line: str) -> tuple[str, str, str, str] | None:
    """(name, tag, amount, description) of a line that reads out one row of a table of 事業; None otherwise."""
    fields = [f.strip() for f in _FIELD_SEPARATOR.split(line.strip())]
    if len(fields) < 3 or any(not f for f in fields[:3]):
        return None
    named = [k for k in (0, 1) if 4 <= len(fields[k]) <= 40 and NAME_WORDS.search(fields[k])
             and not _CLAUSE.search(fields[k]) and not money_of(fields[k])]
    if not named:
        return None
    k = named[0]
    tags = [t for f in fields[:3] if f != fields[k] and len(f) <= 6 for t in cell_tags(f, {})]
    amounts = [money_of(f) for f in fields[k + 1:k + 3] if money_of(f) == f]
    if not tags and not amounts:
        return None   # a sentence that names a 事業 among its clauses, not a row
    rest = [f for f in fields[k + 1:] if f not in amounts and not cell_tags(f, {})]
    return fields[k], tags[0] if tags else "", amounts[0] if amounts else "", "、".join(rest)


def read_out_rows(doc: str, text: str) -> list[ListItem]:
    """The 事業 of a table read out one row per line (cells separated by 読点), each cited by its line, under the
    last line above the run that is not a sentence of explanation (the list's title, 「主な事業を紹介します」)."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    items, run = [], []
    for k, (start, line) in enumerate(lines + [(pos, "")]):
        fields = _row_fields(line.rstrip("\r")) if line.strip() else None
        if fields:
            run.append((start, line.rstrip("\r"), fields))
            continue
        if len(run) >= MIN_ROW_RUN:
            title = _title_above(lines, k - len(run))
            for a, row, (name, tag, amount, description) in run:
                lead = len(row) - len(row.lstrip())
                b = a + len(row.rstrip())
                source = Source(doc, a + lead, b, quote_text(text[a + lead:b]))
                items.append(ListItem(name, (title,) if title else (), (tag,) if tag else (), amount, description,
                                      "", source, "item"))
        run = []
    return items


def _title_above(lines: list[tuple[int, str]], first_row: int) -> str:
    """The nearest line above a run of rows that is no sentence (no 「。」 at its end): the list's title."""
    for _, line in reversed(lines[max(0, first_row - 6):first_row]):
        line = line.strip()
        if line and not line.endswith("。"):
            return line[:60]
    return ""


def _mentions(doc: str, text: str) -> list[ListItem]:
    """事業 a sentence enumerates (「主な改訂として、…PR強化事業、…導入事業などの追加や…」), each cited by its sentence."""
    found = []
    for m in re.finditer(r"[^。\n]{10,300}。", text):
        sentence = m.group(0)
        names = [n for n in _ENUMERATED.findall(sentence) if not _PARTICLES.search(n[:-2])]
        if not names:
            continue
        a = m.start() + len(sentence) - len(sentence.lstrip())
        source = Source(doc, a, m.end(), quote_text(text[a:m.end()]))
        for name in dict.fromkeys(names):
            found.append(ListItem(name, (), (), "", sentence.strip(), "", source, "mention"))
    return found
