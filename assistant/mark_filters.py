"""List questions that select the items a document marks, by what its legend says the mark means: 「★印は令和7年度から
始まった制度です」 answers 「令和7年度から新しく始まった制度はどれ」, 「（★は重点施策）」 answers 「重点施策とされている
ものは」, 「▲：遅れている」 answers 「進捗が遅れているものは」.

A legend is a mark followed by は / 印は / ： / ＝ and a short explanation, in a sentence, a heading's brackets or a
table header (「主な事業（◆は新規）」). A question names a legend when the explanation stands in it as written, or when
most of the explanation's kanji pairs do once kana are dropped (「位置付けた」 and 「位置付けられた」 agree). The items
are the pieces the mark opens (「★若者定住家賃補助金」 in a cell, 「・◆合掌家屋防火診断事業」 among a cell's ・ names) and
the lines it closes (「公用車の電気自動車への切替え　　▲」: a status printed at the end of the line); each is cited by
its cell or line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.lists import asked_tags, tag_family
from assistant.row_filters import RowMatch
from ingest.plans.tag_marks import TAG, TAG_ABBREVIATIONS, is_tag_legend_line
from ingest.plans.records import Source
from ingest.text.normalize import quote_text, spaceless

MARKS = "★☆◆◇◎○●■□▲△▼▽◯－×✕"
_LEGEND = re.compile(rf"([{MARKS}])\s*(?:印)?(?:の(?:事業|取組|施策))?\s*(?:は[、，]?|[:：＝=]|…)\s*([^。、，,\n\t（）()「」{MARKS}]{{2,40}})")
_POLITE = re.compile(r"(?:です|でした|を示します|を示す|を表します|を表す|を意味します|のこと)$")
_BULLETS = "・･-－ \u3000" + MARKS
MIN_SHARE = 0.6


@dataclass(frozen=True)
class Legend:
    mark: str
    meaning: str
    start: int
    end: int


def legends(text: str) -> list[Legend]:
    """The marks a document's text explains (「★印は令和7年度から始まった制度です」「▲：遅れている」)."""
    found = []
    for m in _LEGEND.finditer(text):
        if text[m.start() - 1:m.start()] == "\t" or text[m.end():m.end() + 1] == "\t" \
                or re.match(r"[^:：＝=…]*は[、，]?\s*[\u3041-\u309f]", m.group(0)[1:]):
            continue   # a cell that opens with a marked name (「★はわい温泉の…」), not a legend
        meaning = _POLITE.sub("", re.split(r"[ \u3000]{2,}|[ \u3000]+(?=\S\s*[:：＝=])", m.group(2).strip())[0]).strip()
        if len(meaning) >= 2:
            found.append(Legend(m.group(1), meaning, m.start(), m.end()))
    return found


def _pairs(text: str) -> set[str]:
    kept = re.sub(r"[\u3041-\u309f、。,.・?？!！]", "", text)
    return {kept[k:k + 2] for k in range(len(kept) - 1)}


def legend_share(meaning: str, question: str) -> float:
    """How far a question says what a legend's mark means: 1.0 when the meaning stands in it as written, else the
    share of the meaning's character pairs (kana dropped) it holds (0 when fewer than two are held)."""
    meaning, question = spaceless(meaning), spaceless(question)
    if len(meaning) >= 3 and meaning in question:
        return 1.5   # as written: before a legend whose kanji only agree (「保管している」 beside 「保管していない」)
    pairs = _pairs(meaning)
    held = pairs & _pairs(question)
    return len(held) / len(pairs) if len(held) >= 2 else 0.0


def _line_spans(text: str):
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def _opened_name(after: str) -> str:
    """The name a mark opens: up to the cell's end, a wide gap, or the next ・ name of the cell."""
    name = re.split(r"\t|[ \u3000]{2,}|[ \u3000]+[・･]", after)[0]
    return re.sub(r"\s+$", "", name).strip(_BULLETS)


def marked_items(doc: str, text: str, mark: str, legend_spans: list[tuple[int, int]]) -> list[RowMatch]:
    """The pieces a mark opens and the lines it closes, outside the legends (each with its cell or line cited)."""
    found = []
    for offset, line in _line_spans(text):
        for k, ch in enumerate(line):
            at = offset + k
            if ch != mark or any(a <= at < b for a, b in legend_spans):
                continue
            before, after = line[:k], line[k + 1:]
            cell_start = before.rfind("\t") + 1
            opens = bool(after.strip(" \u3000\t")) and bool(re.search(rf"(?:^|\t|[ \u3000]{{2,}}|[・･])[ \u3000{MARKS}]*$", before))
            if opens:   # the mark opens a name
                name = _opened_name(after)
                cell_end = line.find("\t", k)
                a, b = offset + cell_start, offset + (cell_end if cell_end >= 0 else len(line))
            elif not after.strip(" \u3000\t"):                 # the mark closes its line: a status after the name
                pieces = [p.strip(_BULLETS) for p in re.split(r"\t|[ \u3000]{2,}", line)]
                name = next((p for p in pieces if len(p) >= 2 and not re.fullmatch(r"[0-9０-９,.．%％]+", p)), "").strip()
                a, b = offset, offset + len(line)
            else:
                continue
            if len(name) >= 2:
                found.append(RowMatch(name, (), Source(doc, a, b, quote_text(text[a:b]))))
    return found


def mark_matches(documents, question: str, in_scope) -> list[RowMatch]:
    """The items marked with the mark whose legend the question names best (inside the scope)."""
    best, chosen = MIN_SHARE, []
    for doc, document in documents.items():
        if not in_scope(doc):
            continue
        found = legends(document.text)
        for legend in found:
            share = legend_share(legend.meaning, question)
            if share < best:
                continue
            spans = [(f.start, f.end) for f in found]
            items = marked_items(doc, document.text, legend.mark, spans)
            if not items:
                continue
            # the legend's words beside each item, unless they hold a figure its own quote may not
            notes = () if re.search(r"[0-9０-９]", legend.meaning) else (f"{legend.mark}：{legend.meaning}",)
            items = [RowMatch(i.name, notes, i.source) for i in items]
            chosen = items if share > best else chosen + items
            best = share
    return list({(m.source.doc, m.name): m for m in chosen}.values())


# A word a document explains by quoting it (「備考欄の「特別事業」は、過疎地域持続的発展特別事業（ソフト事業）です。」).
_QUOTED_LEGEND = re.compile(r"「([^「」\s]{1,12})」\s*(?:は|とは)[、，]?\s*([^。「」]{2,60}?)(?:です|を示|を表|のこと|。|$)")


def asked_marks(text: str, question: str) -> set[str]:
    """The marks whose legend in a document's text the question names best (「目標を達成した指標」 where the legend says
    ◎：目標を達成), and the words it quotes and explains whose explanation the question holds as written (「特別事業」
    explained as 過疎地域持続的発展特別事業): the values a column of them is filtered by (assistant.row_filters)."""
    shares = [(legend_share(legend.meaning, question), legend.mark) for legend in legends(text)]
    best = max((share for share, _ in shares), default=0.0)
    found = {mark for share, mark in shares if share >= MIN_SHARE and share == best}
    asked = spaceless(question)
    for m in _QUOTED_LEGEND.finditer(text):
        meaning = spaceless(re.sub(r"[（(][^（()）]*[）)]", "", m.group(2)))
        if len(meaning) >= 4 and meaning in asked:
            found.add(spaceless(m.group(1)))
    return found


# A name a tag closes: it opens its line, cell or piece (after a bullet or a wide gap) and is no sentence.
_CLOSED_NAME = re.compile(r"(?:^|\t|[ \u3000]{2,})[ \u3000]*[・･]?[ \u3000]*([^\t \u3000・･。、]{2,40})$")


def _closed_name(before: str) -> tuple[str, str] | None:
    """(name, its span's text) of the name a tag printed after it closes (「・小型家電」 before 【新設】); None when the
    tag stands inside a sentence or after another tag."""
    m = _CLOSED_NAME.search(before)
    if not m or re.search(r"[】〕］\]]$", m.group(1)) or re.search(r"(?:です|ます|した|する)$", m.group(1)):
        return None
    return m.group(1), before[m.start(1):]


def tagged_matches(documents, question: str, in_scope) -> list[RowMatch]:
    """The items a bracketed tag the question asks for opens (「【新規】サル用電気柵（多段式）の設置　　野沢地区…」 for
    「新たに行う…は」), in the documents in scope that print such tags; never a legend line (「【新規】は、…事業です。」)."""
    wanted = set(asked_tags(question))
    found = []
    for doc, document in documents.items():
        if not wanted or not in_scope(doc):
            continue
        text = document.text
        for offset, line in _line_spans(text):
            if is_tag_legend_line(line):
                continue
            for m in TAG.finditer(line):
                tag = tag_family(TAG_ABBREVIATIONS.get(m.group(1), m.group(1)))
                before, name = line[:m.start()], _opened_name(line[m.end():])
                if tag not in wanted:
                    continue
                closed = _closed_name(before)
                if closed:   # 「・プラスチック資源【新設】」「真栄田岬利用ルールづくり【新規】 ダイビング…」: the tag closes it
                    a, b = offset + m.start() - len(closed[1]), offset + m.end()
                    found.append(RowMatch(closed[0], (m.group(0),), Source(doc, a, b, quote_text(text[a:b]))))
                    continue
                if not re.search(r"(?:^|\t|[ \u3000]{2,}|[・･])[ \u3000]*$", before) \
                        or len(name) < 2 or re.match(r"^(?:は|[:：＝=])", name) or name.endswith(("です", "。")):
                    continue
                cell_end = line.find("\t", m.end())
                a, b = offset + before.rfind("\t") + 1, offset + (cell_end if cell_end >= 0 else len(line))
                found.append(RowMatch(name, (m.group(0),), Source(doc, a, b, quote_text(text[a:b]))))
    return list({(m.source.doc, m.name): m for m in found}.values())
