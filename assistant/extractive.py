"""Extractive answers: the best sentences of the retrieved passages, each with its citation.

A sentence scores by how much of the question's weight (IDF) it holds, a little for what its
neighbours and its heading hold, the rank of its passage, and whether it has the kind of value the
question asks for (「何社」 -> a number with 社). Nothing is made up: no sentence good enough, no answer.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Mapping

from assistant.query import read_query
from assistant.question import QuestionShape
from assistant.quotes import QuoteUnit, figure_lead, quote_units
from assistant.statements import header_line, unit_candidates
from assistant.table_cells import CELL_SEPARATOR, column_words
from ingest.vocab.synonyms import expand
from index.search import Hit
from index.tokenizer import JapaneseTokenizer, fold_variants
from ingest.records import Document, Passage
from ingest.text.normalize import normalize_query
from ingest.vocab.eras import ERA_WORDS_AND_LETTERS, MONTH_ONLY, months_asked
from ingest.vocab.header_words import TOTAL_ROW_ENDINGS
from ingest.vocab.value_questions import ANNUAL_WORDS
from ingest.vocab.quantities import read_quantities
from ingest.vocab.units import amount_note_before

MIN_COVERAGE = 0.34
SECOND_SENTENCE_RATIO = 0.75


@dataclass(frozen=True)
class ScoredUnit:
    unit: QuoteUnit
    score: float
    coverage: float
    hit_rank: int
    subject: float = 1.0        # share of the question's subject words in the unit, its item heading and around
    has_value: bool = True      # holds a value of the kind the question asks for
    block: str = ""             # the item heading the unit stands under (「▶ じもと×しごと発見フェア」)
    around: str = ""            # the lines around it and the passage's heading path (for column words)
    before: tuple[str, ...] = ()    # the quotes of up to three units before it in its passage, nearest last
    labelled: tuple[str, ...] = ()  # the passage's table rows with their column headers (「指標｜基準値(R2) 12人」)
    row_head: str = ""          # the start of the document line the passage begins in (a CSV row's first cells)
    caption: str = ""           # a table passage's caption and unit note lines (「年代別の選択割合(%)」)
    lead: str = ""              # the sentence's words on the lines above when its figure was wrapped (quotes.figure_lead)

    @property
    def context_text(self) -> str:
        """The unit with its item heading, the units before it and the lines around it."""
        return f"{self.block}\n{self.unit.norm}\n{' '.join(self.before)}\n{self.around}"


class IdfTable:
    """Inverse document frequencies of tokens over the indexed passages."""

    def __init__(self, document_frequencies: Mapping[str, int], passage_count: int):
        self._n = max(1, passage_count)
        self._df = document_frequencies

    def idf(self, token: str) -> float:
        return math.log(1 + (self._n - self._df.get(token, 0) + 0.5) / (self._df.get(token, 0) + 0.5))

    def known(self, token: str) -> bool:
        """True when some indexed token is or contains `token` (「令和」 in 「令和3」)."""
        return token in self._df or any(token in t for t in self._df)


_HEADING = re.compile(r"^[▶▷■□◆◇●【]")
_DATES = re.compile(rf"(?:{ERA_WORDS_AND_LETTERS})\s*(?:元|[0-9]{{1,2}})"
                    r"(?:\s*[年.]\s*(?:度|[0-9]{1,2}\s*[月.](?:\s*[0-9]{1,2}\s*日?)?)?)?"
                    r"|(?:19|20)[0-9]{2}\s*年度?|[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日|[0-9]{1,2}\s*月")


def without_dates(text: str) -> str:
    """`text` with its years and dates taken out (「基準値（R1） R4年度」 -> 「基準値（） 」)."""
    return _DATES.sub(" ", text)
BARE_LABEL_PENALTY = 0.15
FRAGMENT_PENALTY = 0.2   # a line whose sentence goes on below it, with a figure wrapped onto the next line
TITLE_LINE_PENALTY = 0.4
NEAR_WEIGHT = 0.5   # subject words two lines around a unit (PDF layouts put a label beside or below its value)
FOLLOWING_LINES = 2  # lines after a passage read with it (a chunk boundary between a table's header and its row)


# A table-of-contents line (「５ 主な施策の展開方向 ・・・・・ １９」): where something is, never what it says.
_CONTENTS_LINE = re.compile(r"(?:・{3,}|…{2,}|\.{4,}|‥{2,}|･{3,})\s*[0-9０-９]{1,3}\s*$")


def _is_title_line(text: str, title: str) -> bool:
    """A line of the document's title (「特集 令和７年度 今治市の当初予算」): it names the document, it answers nothing."""
    line = re.sub(r"\s", "", normalize_query(text))
    return len(line) >= 6 and not line.endswith("。") and line in re.sub(r"\s", "", normalize_query(title))


def _is_bare_label(text: str) -> bool:
    """A chart label or heading standing alone (「搾乳ロボット導入率」): no sentence, no figure, short."""
    return len(text) <= 16 and not re.search(r"[0-9。]", text)


def _names_card(units: list[QuoteUnit], i: int) -> bool:
    """A name line over a table's header row (「秋山郷移住体験住宅運営事業」 over 「予算現額 決算額 不用額 財源内訳」): the
    name of the card whose rows and lines follow. One cell of words, no value; the next line cells of words only."""
    if i + 1 >= len(units) or len(units[i].norm.split()) != 1 or len(units[i].norm.strip()) > 40:
        return False
    below = units[i + 1].norm.split()
    return len(below) >= 2 and not read_quantities(units[i].norm) and not read_quantities(units[i + 1].norm) \
        and bool(header_line((units[i + 1].norm,)))


def _blocks(units: list[QuoteUnit]) -> list[int | None]:
    """For each unit, the index of the item heading (▶ / ■ / 【…】 line) it stands under, None if none."""
    heads, current = [], None
    for i, unit in enumerate(units):
        if _HEADING.match(unit.norm.lstrip()) or _names_card(units, i):
            current = i
            heads.append(None)
        else:
            heads.append(current)
    return heads


def _held(subject: set[str], tokens: set[str], text: str = "") -> set[str]:
    """Subject words a piece holds: as a token, a listed synonym, or inside a longer word of its text
    (「ツアー」 in 「サイクルトレインモニターツアー」, which the tokenizer keeps whole)."""
    wider = expand(tokens)
    return {t for t in subject if t in wider or (len(t) >= 2 and t in text)}


def score_units(question: str, shape: QuestionShape, hits: list[Hit], documents: dict[str, Document],
                tokenizer: JapaneseTokenizer, idf: IdfTable, subject: set[str] | None = None) -> list[ScoredUnit]:
    """Every unit of the hits, scored; `subject`: the question's subject words (coverage reported per unit)."""
    query = read_query(question)   # the kind of quantity asked: a compound amount (「73億6千9百万円」) is one
    q_tokens = set(tokenizer.tokenize(question))
    if not q_tokens:
        return []
    total = sum(idf.idf(t) for t in q_tokens)
    subject = subject if subject is not None else q_tokens
    subject_total = sum(idf.idf(t) for t in subject) or 1.0
    scored: list[ScoredUnit] = []
    seen: set[tuple[str, int]] = set()
    asked_months = months_asked(question)
    for hit in hits:
        document = documents[hit.passage.doc]
        units = quote_units(document, with_following_lines(document, hit.passage))
        own_count = sum(1 for u in units if u.start < hit.passage.end)
        token_sets = [set(tokenizer.tokenize(u.norm)) for u in units]
        context_tokens = set(tokenizer.tokenize(f"{document.title}\n{hit.passage.section}")).union(*token_sets)
        heads = _blocks(units)
        labelled = tuple(line for line in hit.passage.search_text.splitlines() if CELL_SEPARATOR.search(line))
        # a table's caption and unit note lines, under its document's title (a page 「ふるさと納税の実績」 whose table
        # rows name only years: the title says what they count)
        caption = "\n".join([document.title] + [line for line in hit.passage.search_text.splitlines()[1:]
                                                 if not CELL_SEPARATOR.search(line)]
                            + [amount_note_before(document.text, hit.passage.start)])   # 「（金額の単位：円）」
        line_start = document.text.rfind("\n", 0, hit.passage.start) + 1
        row_head = document.text[line_start:min(hit.passage.start, line_start + 300)]
        for i, unit in enumerate(units):
            if (unit.doc, unit.start) in seen:
                continue
            seen.add((unit.doc, unit.start))
            block = token_sets[heads[i]] - token_sets[i] if heads[i] is not None else set()
            block_text = units[heads[i]].norm if heads[i] is not None else ""
            columns = column_words(list(labelled), unit.norm)   # a table row stands under its caption and headers
            if columns:
                columns = f"{caption}\n{columns}"
                block, block_text = block | (set(tokenizer.tokenize(columns)) - token_sets[i]), f"{block_text}\n{columns}"
            # the lines read after the passage are context for each other only (not for the passage's own units)
            reach = len(units) if i >= own_count else own_count
            near_idx = [j for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < reach and j != heads[i]]
            near_text = "\n".join(units[j].norm for j in near_idx)
            own = sum(idf.idf(t) for t in q_tokens & token_sets[i]) / total
            around = set().union(*(token_sets[j] for j in (i - 1, i + 1) if 0 <= j < reach)) - token_sets[i] - block
            near = sum(idf.idf(t) for t in q_tokens & around) / total
            in_block = sum(idf.idf(t) for t in q_tokens & block) / total
            rest = context_tokens - token_sets[i] - around - block
            context = sum(idf.idf(t) for t in q_tokens & rest) / total
            coverage = min(1.0, own + 0.8 * in_block + 0.5 * near + 0.4 * context)
            lead = figure_lead([u.norm for u in units], i)
            held_own = _held(subject, token_sets[i], unit.norm) | _annual_held(subject, unit.norm, columns)
            if lead:   # 「一般会計の総額は」 / 「…前年度に比べて」 over 「4億1,200万円…」: one sentence, its words the figure's own
                held_own |= _held(subject, set(tokenizer.tokenize(lead)), lead)
            held_block = _held(subject, block, block_text) - held_own
            held_near = _held(subject, set().union(*(token_sets[j] for j in near_idx)), near_text) - held_own - held_block
            held_rest = _held(subject, rest, f"{document.title}\n{hit.passage.section}") - held_own - held_block - held_near
            subject_share = (sum(idf.idf(t) for t in held_own) + 0.8 * sum(idf.idf(t) for t in held_block)
                             + NEAR_WEIGHT * sum(idf.idf(t) for t in held_near)
                             + 0.3 * sum(idf.idf(t) for t in held_rest)) / subject_total if subject else 1.0
            score = coverage + 0.15 / hit.rank
            has_value = True
            if shape.answer_pattern is not None:
                # a number question is not answered by years and dates (a header row 「R4年度 R7年度」)
                plain = unit.norm if shape.wants_date else without_dates(unit.norm)
                has_value = bool(shape.answer_pattern.search(fold_variants(plain))) or (
                    query.kind in ("money", "ratio", "count", "rank")
                    and any(query.takes(q.kind, q.unit) for q in read_quantities(unit.quote)))
                if not has_value and query.kind in ("money", "ratio", "count", "change"):
                    # a table row of bare numbers whose unit its column header or table caption states
                    # (「割合（％）」 over 「24.6」, 「（単位：人）」 over 「62,100」)
                    has_value = _cell_fits(query, ScoredUnit(unit, 0.0, 0.0, hit.rank, 1.0, False, "",
                                                             f"{hit.passage.section}\n{hit.passage.text[:200]}",
                                                             _lines_before(units, i), labelled, row_head, caption))
                score += 0.35 if has_value else -0.2
            if _CONTENTS_LINE.search(unit.norm):
                continue
            if shape.wants_number and _other_month_row(unit.norm, asked_months):
                score -= MONTH_ROW_PENALTY   # 「年間で何人」: the 年計 row, not the 1月 row of a month-by-month table
            if _is_bare_label(unit.norm) and not (shape.answer_pattern and has_value):
                score -= BARE_LABEL_PENALTY
            elif _is_title_line(unit.norm, document.title) and not (shape.answer_pattern and has_value):
                score -= TITLE_LINE_PENALTY   # the words of a question's frame stand in it: it would lead every answer
            if i + 1 < len(units) and figure_lead([units[i].norm, units[i + 1].norm], 1):
                score -= FRAGMENT_PENALTY   # 「…前年度に比べて」: its sentence goes on with the figure on the next line
            head = units[heads[i]].quote if heads[i] is not None else ""
            scored.append(ScoredUnit(unit, score, coverage, hit.rank, min(1.0, subject_share), has_value, head,
                                     f"{near_text}\n{hit.passage.section}\n{hit.passage.text[:200]}",
                                     _lines_before(units, i), labelled, row_head, caption, lead))
    return sorted(scored, key=lambda s: -s.score)


def with_following_lines(document: Document, passage: Passage, lines: int = FOLLOWING_LINES) -> Passage:
    """The passage with the next `lines` non-empty lines of its page after it: a chunk boundary may fall between a
    table's header and its row (「議案番号 件名 審査結果」 / 「議案第17号 原案可決」) or a label and its figure."""
    text = document.text
    end, taken = passage.end, 0
    page_end = next((offset for offset, _ in document.page_starts if offset > passage.start), len(text))
    while taken < lines and end < page_end:
        line_end = text.find("\n", end + 1)
        line_end = page_end if line_end < 0 or line_end > page_end else line_end
        if text[end:line_end].strip():
            taken += 1
        end = line_end
    return replace(passage, end=end) if end > passage.end else passage


def _cell_fits(query, scored: ScoredUnit) -> bool:
    """Whether a unit is a table row with a cell (a value under a column header) of the kind the question asks."""
    return any(c.header and query.takes(c.quantity.kind, c.quantity.unit) for c in unit_candidates(scored))


def pick_sentences(scored: list[ScoredUnit], shape: QuestionShape, min_subject: float = 0.0,
                   strict_value: bool = False, min_coverage: float = MIN_COVERAGE) -> list[ScoredUnit]:
    """The best sentence, and a second (or third for 「教えて」 questions) when nearly as good.
    A unit qualifies with enough coverage, enough of the subject (`min_subject`) and, for a number
    question (`strict_value`), a value of the asked kind."""
    good = [s for s in scored if s.coverage >= min_coverage and s.subject >= min_subject
            and (s.has_value or not strict_value)]
    if not good:
        return []
    best = good[0]
    limit = 3 if shape.wants_list else 2
    chosen = [best]
    for candidate in good[1:]:
        if len(chosen) >= limit or candidate.score < best.score * SECOND_SENTENCE_RATIO:
            break
        if any(candidate.unit.norm in c.unit.norm or c.unit.norm in candidate.unit.norm for c in chosen):
            continue
        chosen.append(candidate)
    return chosen


def _annual_held(subject: set[str], norm: str, columns: str) -> set[str]:
    """The words asking a whole year (「年間」) a table row holds by being a total: its label (「年度計」, 「合計」) or
    a column of its own (「… 12月 計」) is one."""
    asked = subject & ANNUAL_WORDS
    words = norm.split()[:1] + columns.split("\n")[-1].split()
    return asked if asked and any(w.endswith(TOTAL_ROW_ENDINGS) for w in words) else set()


MONTH_ROW_PENALTY = 0.4   # a table row of one month, for a question naming no month or another month


def _other_month_row(text: str, asked: set[int]) -> bool:
    """Whether `text` is a table row labelled by a month alone (「8月 208,700 325,200」) that the question does not ask."""
    first = text.strip().split(maxsplit=1)
    m = MONTH_ONLY.fullmatch(first[0]) if len(first) == 2 else None
    return m is not None and int(m.group("month")) not in asked


def _lines_before(units, i: int) -> tuple[str, ...]:
    """The quotes of up to three units before unit `i`, nearest last; when none of them reads as a column header, the
    nearest header line further up the passage comes first (a table's lower rows keep the header that names their
    columns: 「区分 令和5年度 令和4年度 増減率」 six rows above)."""
    near = tuple(u.quote for u in units[max(0, i - 3):i])
    if i > 3 and not header_line(near):
        head = header_line(tuple(u.quote for u in units[:i - 3]))
        if head:
            return (head,) + near
    return near
