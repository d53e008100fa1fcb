"""The names one 事業名 cell holds: several in one line (「A事業／B事業」), names a reader ran together from the
cell's lines, and names stacked one per line (two 事業 budgeted in one row), each with its own span for citing."""
from __future__ import annotations

import re
import unicodedata

from ingest.plans.list_items import NAME_WORDS
from ingest.vocab.eras import is_year_only
from ingest.plans.tag_marks import TAG
from ingest.vocab.header_words import NAME_CONTINUATIONS
from ingest.vocab.project_categories import SPECIAL_PROJECT_CATEGORIES

# Marks printed before a name in a 事業名 cell (「★子育て…事業」): never part of the name; a legend may make them tags.
LEAD_MARKS = re.compile(r"^[★☆◎●◆■▲△◇○◯\s\u3000]+")
_CIRCLED = re.compile(r"[①-⑳][ \u3000]*")
_FIGURES = re.compile(r"^[0-9０-９,，.．%％△▲\-−ー\s]*$")
_STACKED_NAME = re.compile(r"(?:事業|プロジェクト)$")
# What follows 「事業」 inside one name (「事業所」「事業承継」「事業費」): never the start of a second name run onto it.
_NAME_CONTINUES = re.compile(rf"^(?:{'|'.join(NAME_CONTINUATIONS)}|[のをにはがとへやで及（(・、／/])")
_RUN_END = "事業"
MIN_RUN_NAME = 5
_ANNOTATION = re.compile(r"\s*(?:[（(][^（()）]{1,20}[）)]|〔[^〔〕]{1,20}〕|［[^［］]{1,20}］)$")


def stacked_names(text: str, cell, amount_cell) -> list[tuple[str, int, int, str, str]]:
    """The further 事業 a name cell stacks on its next lines (「…ＰＲ事業」 over 「…推進事業」: two names, one per
    line), when the first line and each next line end like a 事業 (never a wrapped name: 「…住宅整備」 over 「推進事業」
    is one name, its first line not ending in 事業): (name, start, end, its line, amount), the amount the one the amount cell
    stacks on the same line (「12,000」 over 「8,500」), "" where it holds none (one sum for both)."""
    first = LEAD_MARKS.sub("", TAG.sub("", cell.text)).strip()
    lines = [(a, b) for a, b in cell.tail_spans if 0 <= a < b <= len(text)]
    if _CIRCLED.match(first):   # 「★① …」 over 「② …」: each numbered line one 取組, a line without one wraps
        return [(name, a, b, line, "") for name, a, b, line in _numbered_lines(text, lines)]
    if not lines or not _STACKED_NAME.search(first) or len(first) < MIN_RUN_NAME:
        return []
    names = []
    for a, b in lines:
        line = text[a:b]
        body = LEAD_MARKS.sub(lambda m: " " * len(m.group(0)), line)
        name = body.strip()
        if len(name) < MIN_RUN_NAME or not _STACKED_NAME.search(name) or _NAME_CONTINUES.match(name) \
                or re.search(r"[。、，,]", name):
            return []   # a wrapped name, a note or a description: no second 事業
        lead = len(body) - len(body.lstrip())
        names.append((name, a + lead, a + lead + len(name), line))
    spans = [(a, b) for a, b in (amount_cell.tail_spans if amount_cell is not None else ()) if 0 <= a < b <= len(text)]
    amounts = [text[a:b].strip() for a, b in spans] if len(spans) == len(names) else [""] * len(names)
    return [(n, a, b, line, amount if _FIGURES.match(amount) else "") for (n, a, b, line), amount in zip(names, amounts)]


def _numbered_lines(text: str, lines: list[tuple[int, int]]) -> list[tuple[str, int, int, str]]:
    """The numbered lines below a cell's first (「② …〔観光協会〕」): (name, start, end, line) of each, the number
    and the marks before it left out."""
    found = []
    for a, b in lines:
        line = text[a:b]
        lead = LEAD_MARKS.match(line)
        at = lead.end() if lead else 0
        number = _CIRCLED.match(line[at:])
        if number:
            body = line[at + number.end():]
            start = a + at + number.end() + len(body) - len(body.lstrip())
            found.append((body.strip(), start, start + len(body.strip()), line))
    return found


def cell_names(text: str, cell, joined: bool = False) -> list[tuple[str, int, int]]:
    """The names a 事業名 cell holds, with their spans: split at 「／」「、」「・」 only when every part is itself a
    name (「移住・定住促進事業」 stays one), and names a reader ran together from the cell's lines (「…職人塾事業
    工房承継支援事業」: run_together_names)."""
    raw = text[cell.start:cell.end] if 0 <= cell.start < cell.end <= len(text) else cell.text
    body = TAG.sub(lambda m: " " * len(m.group(0)), raw)
    body = LEAD_MARKS.sub(lambda m: " " * len(m.group(0)), body)   # 「★子育て…事業」: the mark is no part of the name
    at = len(body) - len(body.lstrip())
    label = _category_label(body[at:])   # 「第１次産業 特産山菜…事業」: the 特別事業's category over its name
    if label:
        body = body[:at] + " " * label + body[at + label:]
        at = len(body) - len(body.lstrip())
    number = _CIRCLED.match(body[at:])
    if number:   # 「① …」: nor is the number of a numbered line
        body = body[:at] + " " * number.end() + body[at + number.end():]
    parts = [(m.start(), m.end()) for m in re.finditer(r"[^／/、・\n]+", body)]
    named = [(body[a:b].strip(), a + len(body[a:b]) - len(body[a:b].lstrip()), b - (len(body[a:b]) - len(body[a:b].rstrip())))
             for a, b in parts if body[a:b].strip()]
    if not (len(named) > 1 and all(len(n) >= 4 and NAME_WORDS.search(n) for n, _, _ in named)):
        named = _spaced_names(body, joined)
    if not named:
        whole = body.strip()
        lead = len(body) - len(body.lstrip())
        named = [(whole, lead, lead + len(whole))] if whole else []
    return [(n, cell.start + a + x, cell.start + a + y) for name, a, _ in named
            for n, x, y in run_together_names(name)]


_CATEGORY_WORD = rf"(?:{'|'.join(map(re.escape, SPECIAL_PROJECT_CATEGORIES))})[^\s\u3000]{{0,4}}"   # (「義務教育以外」)
_CATEGORY = re.compile(rf"^{_CATEGORY_WORD}[ \u3000\n]+(?=\S)")


def _category_label(body: str) -> int:
    """The length of a 特別事業 category printed before a 事業's name in its cell (ingest.vocab.project_categories:
    「第１次産業」 over 「特産山菜ブランド化推進事業」, 「義務教育以外」), 0 when the cell opens with none or no name follows."""
    m = _CATEGORY.match(unicodedata.normalize("NFKC", body))
    rest = body[m.end():].strip() if m else ""
    return m.end() if m and NAME_WORDS.search(rest) and not re.search(r"[\s\u3000]", rest) else 0


def is_category(word: str) -> bool:
    """Whether a word is a 特別事業 category (「第１次産業」「義務教育以外」: ingest.vocab.project_categories)."""
    return bool(re.fullmatch(_CATEGORY_WORD, unicodedata.normalize("NFKC", word.strip())))


def _spaced_names(body: str, joined: bool = False) -> list[tuple[str, int, int]]:
    """The names of a cell whose lines the reader joined with spaces (an HTML cell's <br>, a DOCX or XLSX cell's line
    breaks: 「小中学校給食費無償化事業 英語検定受験料補助」): each space-separated part, when there are several and every
    one ends like a name (an annotation in brackets aside: 「…設置事業（坊所・前牟田地区）」), or, in a 事業 / 取組 cell
    whose format joins its lines with spaces (`joined`: HTML, DOCX, XLSX, CSV), every one reads as a name of its own
    (four characters or more, no sentence, no figure, no particle at its end: 「農業インターン受入れ」); [] otherwise.
    (A 施設 cell is never split so: 「特別養護老人ホーム さくらの里」 is one 施設, its kind and its name.)"""
    parts = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[^\s\u3000]+", body)]
    if len(parts) < 2 or not all(len(_ANNOTATION.sub("", n)) >= 4 for n, _, _ in parts):
        return []
    if all(NAME_WORDS.search(_ANNOTATION.sub("", n)) for n, _, _ in parts):
        return parts
    if joined and not any(re.search(r"[。、，,]|[をがはにでとのや]$|^[0-9０-９,，.．%％]+", n) or is_year_only(n)
                          for n, _, _ in parts):
        return parts
    return []


def name_tags(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> list[tuple[str, ...]] | None:
    """The tags each name of a cell that holds several carries (「小中学校…事業 〔新規〕18歳まで…事業」: only the second
    is new): a tag printed against a name (no space between) is that name's; a tag set apart by spaces is the next
    name's before the first name, else the name before it. None when the cell holds one name or no tag stands
    between its names (the row's tags are every name's)."""
    spans = sorted(spans)
    if len(spans) < 2:
        return None
    own: list[list[str]] = [[] for _ in spans]
    bounds = [start] + [b for _, b in spans]
    for i in range(len(spans) + 1):
        gap_start, gap_end = bounds[i], spans[i][0] if i < len(spans) else end
        for m in TAG.finditer(text, gap_start, max(gap_start, gap_end)):
            before_touch = i > 0 and m.start() == gap_start
            after_touch = i < len(spans) and m.end() == gap_end
            k = i if after_touch or (i == 0 and not before_touch) else i - 1
            if 0 <= k < len(spans):
                own[k].append(m.group(1))
    if not any(own):
        return None
    return [tuple(dict.fromkeys(t)) for t in own]


def run_together_names(name: str) -> list[tuple[str, int, int]]:
    """Names a reader ran together from the lines of one cell (a PDF cell 「伝統工芸職人塾事業」 over 「工房承継支援
    事業」 is read 「伝統工芸職人塾事業工房承継支援事業」): (name, start, end) of each, cut after a 「事業」 that ends
    a name of five or more characters when what follows is itself such a name and does not continue the word
    (「事業所」「事業承継」「事業費」); the name whole when no cut holds."""
    cuts, start = [], 0
    for m in re.finditer(_RUN_END, name):
        end = m.end()
        rest = name[end:]
        if end - start >= MIN_RUN_NAME and len(rest) >= MIN_RUN_NAME and NAME_WORDS.search(rest) \
                and not _NAME_CONTINUES.match(rest):
            cuts.append((start, end))
            start = end
    if not cuts:
        return [(name, 0, len(name))]
    spans = [(a + len(name[a:b]) - len(name[a:b].lstrip()), b - len(name[a:b]) + len(name[a:b].rstrip()))
             for a, b in cuts + [(start, len(name))]]   # 「…事業 幼保小…事業」: a DOCX cell's paragraphs
    return [(name[a:b], a, b) for a, b in spans if a < b]


def outside_split_cells(text: str, items: list, cell_items: list) -> list:
    """The items read from lines (ingest.plans.list_items) that stand outside every table cell whose names the table
    gave one by one (a cell of several names: 「小中学校…事業 〔新規〕18歳まで…事業 英語検定受験料補助」 read from its
    line runs two names together); those cells' names are the table's records."""
    cells: dict[tuple[int, int], int] = {}
    for item in cell_items:
        a = max(text.rfind("\t", 0, item.source.start), text.rfind("\n", 0, item.source.start)) + 1
        ends = [e for e in (text.find("\t", item.source.end), text.find("\n", item.source.end)) if e >= 0]
        span = (a, min(ends, default=len(text)))
        cells[span] = cells.get(span, 0) + 1
    split = [span for span, n in cells.items() if n >= 2]
    return [i for i in items if not any(i.source.start < b and a < i.source.end for a, b in split)]


def spaced_names(body: str) -> list[tuple[str, int, int]]:
    """The names of a cell whose lines a reader joined with spaces, when every part ends like a name (see
    `_spaced_names`); [] for one name or a cell of a category and a name."""
    return _spaced_names(body)
