"""「重点施策に位置付けられているのはどの施策ですか」: the headings of a plan that carry the mark a legend explains.

A plan marks some of its 施策 by a mark and its label printed after the heading's name (「１－１　子育て支援の充実　
◎重点施策」) and explains the mark once (「凡例：◎重点施策＝計画期間中に特に力を入れる施策。」). A question that names the
label (重点施策) and asks which ones is answered by those headings, each cited by its own line, in the document's order;
the legend line itself is none of them. No heading so marked: None (another path answers).
"""
from __future__ import annotations

import re
import unicodedata

from assistant.records import Answer, ProjectRef
from ingest.plans.records import Source
from ingest.text.normalize import quote_text
from ingest.text.outline import heading_style, unit_name

_MARKS = "◎★☆●◆■◇○◯"
# A legend of a mark and its label: 「◎重点施策＝…」「★：重点事業」 (the label is what a question names).
_LEGEND = re.compile(rf"([{_MARKS}])\s*([^\s{_MARKS}＝=：:、。（）()]{{2,10}})\s*[＝=：:]")
# A question that asks which ones (「どの施策」「どれ」「何ですか」「教えて」「挙げて」).
_ASKS_WHICH = re.compile(r"どの|どれ|何|なに|教え|挙げ|あげ|一覧")


def _squeezed(text: str) -> str:
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", text))


def marked_headings(text: str, asked: str = "") -> list[tuple[str, int, int, str]]:
    """(label, start, end, name) of each heading line of a text that ends with a mark its legend explains and the
    label (「１－１ 子育て支援の充実 ◎重点施策」 -> 重点施策, its span, 「子育て支援の充実」); `asked`: only the labels it
    holds (squeezed NFKC text), "" for every label."""
    legends = {(m.group(1), m.group(2)) for m in _LEGEND.finditer(text) if not asked or _squeezed(m.group(2)) in asked}
    found, pos = [], 0
    if not legends:
        return found
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        for mark, label in legends:
            tail = re.search(rf"[ \u3000]*{re.escape(mark)}[ \u3000]*{re.escape(label)}$", stripped)
            if tail is None or tail.start() < 2 or _LEGEND.search(stripped):
                continue
            head = stripped[:tail.start()]
            if heading_style(head) is None and heading_style(stripped) is None:
                continue   # a sentence or a table row that happens to end so is no heading
            lead = len(line) - len(line.lstrip())
            found.append((label, start + lead, start + lead + len(stripped), unit_name(head)))
    return found


def answer_marked_parts(question: str, documents, inside, citation_of) -> Answer | None:
    """The headings marked by the label the question names, from the one document in scope holding the most."""
    if not _ASKS_WHICH.search(question):
        return None
    asked = _squeezed(question)
    by_doc: dict[str, list[tuple[str, int, int, str]]] = {}
    for doc, document in documents.items():
        if not inside(doc):
            continue
        marked = marked_headings(document.text, asked)
        if marked:
            by_doc[doc] = marked
    if not by_doc:
        return None
    doc, marked = max(by_doc.items(), key=lambda kv: len(kv[1]))
    text = documents[doc].text
    label = marked[0][0]
    lines, citations, projects = [f"{label}は {len(marked)} 件です。"], [], []
    for n, (_, a, b, name) in enumerate(marked, start=1):
        citations.append(citation_of(n, Source(doc, a, b, quote_text(text[a:b]))))
        lines.append(f"・{name}[{n}]")
        projects.append(ProjectRef(name, "", (n,), doc))
    return Answer(question, True, "\n".join(lines), citations, projects=projects, kind="projects")

