"""事業 that a document sets as headings of their own: a DOCX heading style or a PDF line printed large or bold
that names one 事業 (「…振興事業」), with the text under it as its description.

A 成果説明書 or 事業評価 document gives each 事業 its own heading under a 節 / 施策 heading:

    第2節　産業・農業            (Heading 2)
    黒豆ブランド振興事業          (Heading 3)
    所管：農政課
    決算額は15,760千円であった。 …

Each such heading is a record of the list of 事業 of the sections above it (ListItem, form "heading"), so a list
question (「産業・農業の節に載っている事業は？」) finds every one of them, not only the first line under the 節.
The paragraphs the format numbers or bullets itself are items of the list under the headings above it too
(ingest.plans.paragraph_items).
"""
from __future__ import annotations


from ingest.plans.list_items import NAME_WORDS, ListItem
from ingest.plans.list_sections import section_tags
from ingest.plans.records import Source
from ingest.text.normalize import quote_text
from ingest.text.outline import Outline


def heading_items(doc: str, text: str, outline: Outline, known: set[str]) -> list[ListItem]:
    """The 事業 headings of a document's format-marked outline (style fmtN) that no heading stands under (a leaf),
    each under the path of the headings above it, described by the text up to the next heading; names in
    `known` (found by a list or table already) are left out."""
    units = outline.units
    items = []
    for k, unit in enumerate(units):
        if not unit.style.startswith("fmt") or unit.kind != "事業" or not NAME_WORDS.search(unit.name) \
                or section_tags((unit.name,)):   # 「新規事業」 heads the 事業 so tagged: it is none of them
            continue
        nxt = units[k + 1] if k + 1 < len(units) else None
        if unit.name in known or len(unit.name) > 40 or (nxt and nxt.path[:len(unit.path)] == unit.path):
            continue   # a heading with headings under it groups them: it is no 事業 of its own
        end = nxt.start if nxt else len(text)
        body_start = text.find("\n", unit.end) + 1 if "\n" in text[unit.end:end] else end
        body = text[body_start:end].strip()
        described = (body_start, body_start + len(text[body_start:end].rstrip())) if body else (-1, -1)
        source = Source(doc, unit.start, unit.end, quote_text(text[unit.start:unit.end]))
        items.append(ListItem(unit.name, unit.path[:-1], (), "", " ".join(body.split())[:200], "", source,
                              "heading", described))
    return items
