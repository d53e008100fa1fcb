"""List questions that name a heading of the document (「民生費ではどのような補正を」 under 〈民生費〉, 「子育て・教育分野の
事業は」 under 〈子育て・教育〉): the items are the lines that stand under that heading, up to the next heading of its
kind — not the lines between them that only say more about an item (a 財源 line, a ※ note, a sentence).

A heading is a line that is a bracketed label alone (〈…〉《…》【…】［…］＜…＞) or a marked label (◆…, ■…, ◇…, ●…);
the question names it when its label, without the brackets, mark and numbering, stands in the question as written.
An item is a short line under it: its name is what stands before a wide gap or an amount, without a leading tag
(【新】, 〔新規〕) or bullet.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from assistant.row_filters import RowMatch
from ingest.plans.records import Source
from ingest.text.normalize import quote_text, spaceless
from ingest.vocab.units import UNIT_PATTERN

_BRACKETED = re.compile(r"^[ \u3000]*([〈《【［＜<])\s*([^〈《【［＜<〉》】］＞>]{2,24}?)\s*[〉》】］＞>][ \u3000]*$")
_MARKED = re.compile(r"^[ \u3000]*([◆■◇●□◎])[ \u3000]*([^。、\t]{2,24}?)[ \u3000]*$")
# Lines under an item that only say more about it: its 財源, a note, an arrow, a sentence.
_SUB_LINE = re.compile(r"^[ \u3000]*(?:財源|内訳|※|＊|\*|注|→|⇒|（|\(|[0-9０-９,，]+[ \u3000]*$)|。[ \u3000]*$")
_TAG = re.compile(r"^[ \u3000]*(?:[【〔［\[][^】〕］\]]{1,6}[】〕］\]][ \u3000]*)+")
_NAME_END = re.compile(rf"\t|[ \u3000]{{2,}}|[ \u3000]*[0-9０-９][0-9０-９,，.．]*[ \u3000]*(?:{UNIT_PATTERN})?[ \u3000]*$")
_NUMBERING = re.compile(r"^(?:[0-9０-９]+[ \u3000.．]|[(（][0-9０-９]+[)）]|第[0-9０-９一-九]+[章節款項])[ \u3000]*")
# A line that opens another part of the document: a numbered section (「５　補正の考え方」), a rule.
_SECTION = re.compile(r"^[ \u3000]*(?:[0-9０-９]{1,2}(?:[ \u3000]+|[.．、])\S|[―━─＝=]{4,}|第[0-9０-９一-九]+[章節])")
# A label that only says a list follows (「主な事業」「取組一覧」): a question's list words, not a part it names.
_LIST_WORDS = re.compile(r"^(?:主な|主要な?|重点|具体的な|今後の)?(?:事業|取組|取り組み|施策|内容|概要)(?:の内容|の概要|一覧)?$")
MAX_ITEM_CHARS = 40
MIN_ITEMS = 2


@dataclass(frozen=True)
class Heading:
    label: str      # the heading's words (「民生費」)
    style: str      # its bracket or mark: the next heading of this style ends its items
    start: int      # where its line starts
    end: int        # where its line ends


def headings(text: str) -> list[Heading]:
    """The bracketed and marked label lines of a text."""
    found, offset = [], 0
    for line in text.split("\n"):
        m = _BRACKETED.match(line) or _MARKED.match(line)
        if m:
            label = _NUMBERING.sub("", m.group(2).strip())
            if len(spaceless(label)) >= 2 and not re.search(r"(?:する|します|した|ます|です)$", label):   # no phrase
                found.append(Heading(label, m.group(1), offset, offset + len(line)))
        offset += len(line) + 1
    return found


def heading_items(doc: str, text: str, heading: Heading, following: list[Heading]) -> list[RowMatch]:
    """The item lines under a heading, up to the next heading of its style (or any heading that is no item)."""
    stop = next((h.start for h in following if h.start > heading.start), len(text))
    found = []
    offset = heading.end + 1
    for line in text[heading.end + 1:stop].split("\n"):
        start, offset = offset, offset + len(line) + 1
        if _SECTION.match(line):
            break
        if not line.strip(" \u3000") or _SUB_LINE.search(line):
            continue
        body = _TAG.sub("", line)
        name = _NAME_END.split(body.strip(" \u3000・･"))[0].strip(" \u3000")
        if 2 <= len(name) <= MAX_ITEM_CHARS and not name.endswith(("。", "です", "ます")):
            found.append(RowMatch(name, (heading.label,), Source(doc, start, start + len(line),
                                                                  quote_text(line))))
    return found


def _listed_under(records, doc: str, label: str) -> list[RowMatch]:
    """The list records (ingest.plans.list_items) of a document that stand under a heading of this label."""
    return [RowMatch(r.name, (label,), r.source) for r in records
            if r.source.doc == doc and any(spaceless(label) in spaceless(h) for h in r.headings)]


def heading_matches(documents, question: str, in_scope, records=()) -> list[RowMatch]:
    """The items under the heading the question names (its label as written; the longest such label), inside the
    scope; [] when no heading is named or fewer than two items stand under it. Where the document's list records
    (`records`: ListItem) under that heading are as many, they are the items (「・…を整備[学校施設整備費]」 read
    by its bracketed name); the lines are read here where the records missed some."""
    q = spaceless(question)
    best: tuple[int, list[RowMatch]] = (0, [])
    for doc, document in documents.items():
        if not in_scope(doc):
            continue
        found = headings(document.text)
        repeated = Counter(spaceless(h.label) for h in found)
        for k, heading in enumerate(found):
            label = spaceless(heading.label)
            # a label printed over every part (「◆主な事業」 under each 施策) names none of them
            if label not in q or len(label) < best[0] or repeated[label] > 1 or _LIST_WORDS.match(label):
                continue
            ends = [h for h in found[k + 1:] if h.style == heading.style or h.style in "〈《【［＜<" ]
            items = heading_items(doc, document.text, heading, ends)
            if len(items) < MIN_ITEMS:
                continue
            listed = _listed_under(records, doc, heading.label)
            items = listed if len(listed) >= len(items) else items
            best = (len(label), items) if len(label) > best[0] else (best[0], best[1] + items)
    return best[1]
