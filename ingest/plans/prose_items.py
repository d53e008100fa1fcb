"""事業 and 取組 named outside marked lists: a 事業名 label line of a record, a run of lines that each print a
name and its amount, and a name in 「」 inside a sentence.

    款  商工費    項  観光費    目  観光振興費              (a record's classification line)
    事業名      忍者の里観光誘客事業          担当課  観光企画推進課

    子育て応援（給食費の無償化、出産祝金）  ３２億６，８００万円   (a web page's list items, one a line)
    森と海を守る（漁場の保全、植樹）       １１億４，５００万円

    …そこで、「〇〇ブランド魚育成事業」により、販路を広げる…   (a speech names its 事業 in 「」)
    【主な取組】 夜間のオンライン講座「〇〇夜学」を開講し、…     (a 取組 named in 「」 under its label)

A 「」 name in a sentence is a 事業 only where it says so (it ends in 事業 or プロジェクト), or where it stands under a
label that introduces 取組 (【主な取組】) as the thing the sentence does (「…」を開講し／実施します); a bus's
nickname, a meeting's name or a slogan in 「」 is no 事業. Every record keeps its verbatim source span, and the
outline path it stands under (a Heading 1 基本方針 and its Heading 2 施策) as its headings.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ingest.plans.list_items import ListItem, money_of
from ingest.plans.records import Source
from ingest.text.normalize import quote_text
from ingest.text.outline import heading_style, is_section_label

# 「事業名　…事業　　担当課　…」: a record's name line (the name, then the line's other fields after a wide gap).
_NAME_LINE = re.compile(r"^[ \u3000]*(?:事業名|事業名称|取組名|取組名称)[ \u3000]*[:：]?[ \u3000]*"
                        r"(?P<name>[^ \u3000\t。:：]{3,40})(?P<rest>(?:[ \u3000]{2,}.*)?)$")
# 「流氷のまちの子育て応援（学校給食費の無償化…） ３２億６，８００万円」: a name, its uses, its amount.
_AMOUNT_LINE = re.compile(r"^[ \u3000]*(?P<name>[^\s\t。、0-9０-９（(][^\s\t。（(]{1,38}?)"
                          r"(?P<uses>[（(][^）)。]{1,80}[）)])?[ \u3000]+(?P<amount>\S+)[ \u3000]*$")
MIN_AMOUNT_RUN = 3   # lines in a run before they are read as a list's items
# A 「」 name that says it is a 事業 (「…育成事業」「…プロジェクト」).
_NAMED_PROJECT = re.compile(r"^[^「」。、\s]{2,38}(?:事業|プロジェクト)$")
_QUOTED = re.compile(r"「([^「」。\n]{2,40})」")
# What a sentence does with a 取組 it names: 「…」を開講し／実施します／始め／設置し.
_DONE_WITH = re.compile(r"^(?:を|の)?(?:開講|実施|開始|始め|設置|創設|展開|推進|導入|立ち上げ|開催|新設|運営|行い|行う|行って"
                        r"|進め|拡充|拡大|新たに)")
_INTRODUCES = re.compile(r"取組|取り組み|事業")


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _is_header_line(line: str) -> bool:
    """A short line above a record's name that classifies it (「款　商工費　項　観光費」), not a sentence or row."""
    line = line.strip()
    return 2 <= len(line) <= 80 and "\t" not in line and not line.endswith(("。", "」")) and not money_of(line)


def label_line_items(doc: str, text: str) -> list[ListItem]:
    """The 事業 of records that print their name on a 事業名 line, headed by the short line right above it."""
    lines = list(_lines(text))
    items = []
    for k, (start, line) in enumerate(lines):
        m = _NAME_LINE.match(line)
        if not m:
            continue
        above = lines[k - 1][1] if k else ""   # the record's classification line (a page's title stands higher)
        headings = [" ".join(above.split())] if _is_header_line(above) and not _NAME_LINE.match(above) else []
        a, b = start + m.start("name"), start + len(line.rstrip())
        source = Source(doc, a, b, quote_text(text[a:b]))
        items.append(ListItem(m.group("name"), tuple(headings), (), "", " ".join(m.group("rest").split()), "",
                              source, "form"))
    return items


def amount_line_items(doc: str, text: str) -> list[ListItem]:
    """The items of a run of lines that each print a name and an amount of money (a web page's list of uses),
    under the nearest line above the run that is not a sentence (the list's title)."""
    lines = list(_lines(text)) + [(len(text) + 1, "")]
    items, run = [], []
    for k, (start, line) in enumerate(lines):
        m = _AMOUNT_LINE.match(line) if "\t" not in line else None
        if m and money_of(m.group("amount")) == m.group("amount"):
            run.append((start, line, m))
            continue
        if len(run) >= MIN_AMOUNT_RUN:
            first = k - len(run)
            title = next((" ".join(t.split()) for _, t in reversed(lines[max(0, first - 4):first])
                          if t.strip() and not t.rstrip().endswith("。") and "\t" not in t), "")
            for a, row, found in run:
                lead = len(row) - len(row.lstrip())
                b = a + len(row.rstrip())
                source = Source(doc, a + lead, b, quote_text(text[a + lead:b]))
                uses = (found.group("uses") or "")[1:-1]
                items.append(ListItem(found.group("name"), (title,) if title else (), (), found.group("amount"),
                                      uses, "", source, "line"))
        run = []
    return items


def quoted_items(doc: str, text: str, path_at) -> list[ListItem]:
    """事業 named in 「」 inside sentences, and 取組 so named under a label that introduces them (【主な取組】),
    each cited by its sentence, under the outline path it stands in (and the label)."""
    items = []
    label, label_path = "", ()
    for start, line in _lines(text):
        stripped = line.strip()
        if not stripped:
            continue
        path = path_at(start)
        if heading_style(line) or path != label_path:
            label = ""
        if is_section_label(stripped) and len(stripped) <= 24:
            label, label_path = (stripped if _INTRODUCES.search(stripped) else ""), path
            continue
        for sentence in re.finditer(r"[^。]+。?", line):
            for m in _QUOTED.finditer(sentence.group(0)):
                name = m.group(1).strip()
                after = sentence.group(0)[m.end():]
                if not (_NAMED_PROJECT.match(name) or label and _DONE_WITH.match(after)):
                    continue
                a = start + sentence.start() + len(sentence.group(0)) - len(sentence.group(0).lstrip())
                b = start + sentence.end()
                source = Source(doc, a, b, quote_text(text[a:b]))
                headings = tuple(path) + ((label,) if label else ())
                items.append(ListItem(name, headings, (), "", sentence.group(0).strip(), "", source, "mention"))
    return items


def with_outline(items: list[ListItem], path_at) -> list[ListItem]:
    """Marked list items with the outline path they stand in above their group headings (「施策２－１　観光の振興」
    over 「（２）閑散期の誘客」 and its 「主な事業：…」): a question names the 施策, the list names only its parts."""
    placed = []
    for item in items:
        path = [h for h in path_at(item.source.start) if h not in item.headings] if item.form in ("item", "line") else []
        placed.append(replace(item, headings=tuple(path) + item.headings) if path else item)
    return placed


def prose_items(doc: str, text: str, path_at, taken: list[ListItem]) -> list[ListItem]:
    """The items of these three kinds that no other reading of the document found (same name, overlapping span)."""
    found: list[ListItem] = []
    for item in label_line_items(doc, text) + amount_line_items(doc, text) + quoted_items(doc, text, path_at):
        if any(t.name == item.name for t in taken + found) or any(
                t.source.start < item.source.end and item.source.start < t.source.end and t.form != "mention"
                for t in taken):
            continue
        found.append(item)
    return found


def with_prose_items(doc: str, text: str, path_at, items: list[ListItem]) -> list[ListItem]:
    """A document's list items placed in its outline (with_outline), then the prose items they leave out."""
    return with_outline(items, path_at) + prose_items(doc, text, path_at, items)
