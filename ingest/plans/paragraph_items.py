"""The items of the lists a format bullets or numbers itself (a Word List Bullet paragraph): each paragraph is one
item of the list under the headings above it, whatever mark it prints first.

A plan sets its 取組 as bullet paragraphs, each opening with a mark a legend explains and closing with the office in
charge:

    ★印は重点取組、〔新規〕は本計画から始める取組です。（　）内は担当課を示します。
    ・★女性人材リスト整備事業〔新規〕（総務課）
    ・審議会等委員の公募制導入（総務課）
    ・〔新規〕女性防災リーダー育成事業（危機管理室）

Read as marked lines (ingest.plans.list_items), a ★ or ◎ paragraph opens a level and the paragraphs after it become
its description or its children; the format says they are siblings. Each paragraph is therefore one record: its
name without the marks and tags, the tags (〔新規〕 before or after the name, a mark the legend explains), and the office
in brackets at its end as its description (what 「危機管理室が担当する取組は？」 is matched by). Its form is
"paragraph": the format says it is an item, whatever its name ends with.
"""
from __future__ import annotations

import re

from ingest.plans.cell_names import LEAD_MARKS
from ingest.plans.list_items import ListItem
from ingest.plans.list_sections import section_tags
from ingest.plans.records import Source
from ingest.plans.tag_marks import TAG, TAG_ABBREVIATIONS, legend_tags
from ingest.text.normalize import quote_text

MAX_ITEM_CHARS = 60
# The office in charge in brackets at a paragraph's end (「（危機管理室）」「(子育て支援課)」).
_OFFICE = re.compile(r"\s*[（(]([^（）()]{1,15}(?:課|室|係|局|センター|委員会))[）)]\s*$")


def paragraph_items(doc: str, text: str, spans, path_at, items: list[ListItem]) -> list[ListItem]:
    """`items` (the document's list records so far) with the format's list paragraphs (`spans`) read one record each:
    a record read from a paragraph's line by its marks gives way to the paragraph's own; a sentence (「…した。」), a
    line longer than a name and a name a table or list found already are left out."""
    legend = legend_tags(text)
    found, taken = [], []
    # a marked paragraph the outline read as a heading (「◆〔新規〕…」) is no heading of the paragraphs after it
    lines = {" ".join(text[a:b].split()) for a, b in spans if 0 <= a < b <= len(text)}
    for a, b in spans:
        if not 0 <= a < b <= len(text):
            continue
        line = text[a:b]
        lead = len(line) - len(line.lstrip())
        start, end = a + lead, a + len(line.rstrip())
        body = " ".join(text[start:end].split())
        if not body or len(body) > MAX_ITEM_CHARS or body.endswith(("。", "．")):
            continue
        marks = LEAD_MARKS.match(body)
        tags = [legend[ch] for ch in (marks.group(0) if marks else "") if ch in legend]
        name = body[marks.end():] if marks else body
        tags += [TAG_ABBREVIATIONS.get(m.group(1), m.group(1)) for m in TAG.finditer(name)]
        name = TAG.sub("", name)
        office = _OFFICE.search(name)
        name = (name[:office.start()] if office else name).strip()
        if len(name) < 2:
            continue
        path = tuple(h for h in path_at(a) if " ".join(h.split()) not in lines)
        taken.append((start, end))
        found.append(ListItem(name, path, tuple(dict.fromkeys(tags + section_tags(path))), "",
                              office.group(1) if office else "", "", Source(doc, start, end, quote_text(text[start:end])),
                              "paragraph"))
    kept = [i for i in items if not any(i.source.start < e and s < i.source.end for s, e in taken)]
    known = {i.name for i in kept}
    return kept + [i for i in found if i.name not in known]
