"""List questions that select table rows by a value a column holds: 「評価がＣだった指標はどれ」「総合評価がＢの施設は」
「区分が任意事業のものは」「料金を据え置くものはどれ」「充足率が100％に達している品目は」.

The rows are read from a document's tab-separated lines (spreadsheets, CSV, Word and HTML tables, ruled PDF tables:
every reader writes a table's cells so). A column is a filter the question names when one of its cell values (or a
part of a cell: 「据置・町内外同額」 holds 据置) stands in the question — a grade letter only where the question names
the column too (「評価がＣ」), a word as written or with its kana dropped (「据え置く」 holds 据置) — or when the question
names the column's header with a number and a comparison (「達成率が80％未満」). The rows that pass every filter are
listed by their name cell (the column of names: 事業名, ＫＰＩ, 施設名 …), a merged name cell read down its rows; each
row is cited by its own line.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

from assistant.records import Answer, ProjectRef
from assistant.text_rows import TextRow, TextTable, text_tables  # noqa: F401 (text_tables: read here by tests)
from ingest.plans.cell_names import spaced_names
from ingest.plans.records import Source
from ingest.plans.tag_marks import STATUS_MARKS
from ingest.text.normalize import quote_text, spaceless
from ingest.vocab.eras import years_in
from ingest.vocab.item_kinds import KIND_LABELS, asked_kind
from ingest.vocab.units import UNIT_PATTERN, VALUE_MARK_UNITS
from ingest.vocab.header_words import (NOT_SCHEDULE_HEADER_WORDS, ROW_NAME_HEADER_WORDS, SCHEDULE_HEADER_WORDS,
                                       TOTAL_ROW_ENDINGS, UNIT_HEADER_WORD)

MAX_ROWS = 20
_LEAD_MARKS = "★☆◆◇◎○●■□▲△・ \u3000"
_NUMBER = re.compile(r"^[0-9０-９,，.．%％△▲+＋\-−－ー～〜\s]+$")
# 「何」 alone is no list: 「何件」「何人」 ask a count (wants_number keeps those out before this module is asked).
_ASKS_WHICH = re.compile(r"(?:どれ|どこ|何|なに|挙げ|あげ|教え|一覧|すべて|全て|どのような|どんな)|は[？?]$")
# 「…運営事業では、何を拡充するのですか」: what one named 事業 does, in words (its description), not which rows
_ASKS_ITEMS_CONTENT = re.compile(r"(?:事業|補助金|助成金|交付金|給付金|支援金|制度)(?:で)?は[、,]?\s*(?:何を|何が|どのような(?!もの)|どんな(?!もの))")   # (「…事業にはどんなものが」: rows)
_ASKS_OTHER = re.compile(rf"理由|なぜ|どうして|どう(?:な|し|やっ)|いくら|何(?:{VALUE_MARK_UNITS})|いつ|割合|合計")
# The headers of a column of names: what each row is.
_NAME_HEADER = re.compile("名$|" + "|".join(ROW_NAME_HEADER_WORDS))
_SCHEDULE_HEADER = re.compile("|".join(SCHEDULE_HEADER_WORDS))
_NOT_SCHEDULE_HEADER = re.compile("|".join(NOT_SCHEDULE_HEADER_WORDS))
_SCHEDULE = re.compile(r"始め|始ま|開始|着手|予定|実施|行う|行い|行わ")
_COMPARISONS = (("ge", r"以上|に達し|を達成|達成し"), ("gt", r"を?超え|を?上回|より(?:高|多|大)"),
                ("lt", r"未満|に(?:届|達し)(?:かな|てい)い|を?下回|より(?:低|少|小)"), ("le", r"以下"))


def _is_number(cell: str) -> bool:
    return bool(cell.strip()) and bool(_NUMBER.match(cell.strip()))


def _column(table: TextTable, n: int) -> list[str]:
    return [r.cells[n] for r in table.rows]


def name_column(table: TextTable, exclude: set[int]) -> int | None:
    """The column naming each row: a text column whose filled cells differ row to row, its header a name word
    (事業名, ＫＰＩ, 施設名) where one is; else the first such column."""
    fitting = []
    for n, header in enumerate(table.headers):
        # (a 小計/合計 row repeats its word: no name of a row)
        cells = [c for c in _column(table, n) if c and not spaceless(c).startswith(TOTAL_ROW_ENDINGS)]
        if n in exclude or not _is_text_column(cells):
            continue
        if len(set(cells)) >= 0.7 * len(cells):
            fitting.append(n)
    def rank(n: int) -> int:   # 「施設名」 before 「施設分類」, a name word before none
        header = spaceless(table.headers[n])
        return 0 if re.search(r"名$|名称$", header) and _NAME_HEADER.search(header) else 1 if _NAME_HEADER.search(header) else 2
    return min(fitting, key=lambda n: (rank(n), n), default=None)


def _is_text_column(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return len(filled) >= 2 and sum(not _is_number(c) and len(c) >= 2 for c in filled) >= 0.6 * len(filled)


def _note(header: str, cell: str) -> str:
    """「評価：Ｃ」: the column and the row's value (a header holding figures, 「実績値（令和６年度）」, by its value alone)."""
    label = re.sub(r"\s+", "", header)
    return cell if not label or re.search(r"[0-9０-９]", label) else f"{label}：{cell}"


def _kana_dropped(text: str) -> str:
    return re.sub(r"[\u3041-\u309f]", "", text)


def _value_asked(part: str, question: str, header_named: bool, marks: frozenset[str] = frozenset()) -> bool:
    """Whether the question names a cell's value: a grade letter set apart (「評価がＣ」, its column named), a status
    mark as written (「悪化した（×）指標」) or by what its document's legend says it means (`marks`: 「目標を達成した
    指標」 where ◎：目標を達成), or a word of two characters or more as written or without its kana (「据え置く」 names
    据置)."""
    if len(part) == 1 and (part in STATUS_MARKS or part in marks):   # (☆ in a 戦略 column, its legend asked)
        return part in question or part in marks
    if part in marks and len(part) > 1:   # a word the document explains (「「特別事業」は、過疎地域持続的発展特別事業です」) as the question says it
        return True
    if len(part) == 1:
        return header_named and part.isascii() and part.isalpha() and \
            bool(re.search(rf"(?<![A-Za-z]){re.escape(part)}(?![A-Za-z])", question))
    if _is_number(part) or re.search(r"年度?$|^[0-9]", part) or len(part) > 20:
        return False
    if part in question:   # as written, not one word of a longer 「子ども・子育て・教育」, nor the end of 「未実施」
        return bool(re.search(rf"(?<![・･\u4e00-\u9fff]){re.escape(part)}(?![・･])", question))
    kanji = re.sub(r"[^\u4e00-\u9fff]", "", part)
    return len(kanji) >= 2 and kanji == part and kanji in _kana_dropped(question)


def _parts(cell: str) -> list[str]:
    """A cell's values: its pieces (「据置・町内外同額」), each also without its note (「福祉避難所（協定）」)."""
    parts = [p for p in re.split(r"[・、,/／\s]+", spaceless(cell)) if p]
    # 「◎新規」「○拡充」: a mark before the word (the legend's); the word names the value too
    unmarked = [p.lstrip(_LEAD_MARKS) for p in parts if p[0] in _LEAD_MARKS and len(p.lstrip(_LEAD_MARKS)) >= 2]
    whole = [spaceless(cell).strip()] if len(parts) > 1 else []   # 「子育て・教育」 as a 区分 names itself whole
    whole += [_NUMBERING.sub("", w) for w in whole if _NUMBERING.match(w)]   # 「３－１ 防災・減災対策の推進」
    parts += [_NUMBERING.sub("", p) for p in parts if _NUMBERING.match(p)]   # 「２　産業の振興」 is 産業の振興
    return list(dict.fromkeys(parts + whole + unmarked + [re.sub(r"\([^()]*\)$", "", p) for p in parts
                                                         if re.search(r".\([^()]*\)$", p)]))


# The number a 区分 cell opens with (「２　産業の振興」「(10) 過疎地域…」), read after spaceless (no spaces left).
_NUMBERING = re.compile(r"^(?:[0-9]{1,2}[-‐−][0-9]{1,2}|[0-9]{1,2}[.)]?|\([0-9]{1,2}\)|[①-⑳]|第[0-9]{1,2}[章節])(?=[^\d.)])")


def _header_named(header: str, question: str) -> bool:
    label = re.sub(r"[(（][^)）]*[)）]", "", spaceless(header))
    return len(label) >= 2 and (label in question or _kana_dropped(label) in _kana_dropped(question))


def _filled(cells: list[str]) -> list[str]:
    """A group column printed on its group's first row only (「衛生用品」 merged down), filled down over the group."""
    out, above = [], ""
    for cell in cells:
        above = cell or above
        out.append(above)
    return out


def _value_filters(table: TextTable, question: str, names: set[int], marks: frozenset[str] = frozenset(),
                   years: tuple[int, ...] = ()) -> dict[int, set[str]]:
    """column -> the values of it the question names: a value two rows or more hold (a grade, a 区分, a 備考 word,
    an office), any value of a column the question names (「評価がＣ」), or a status mark the question names (`marks`:
    those it names by their legend). Where marks stand in columns headed by years (a plan's 工程: Ｒ７｜Ｒ８｜Ｒ９), only
    the columns of the years asked filter (「令和８年度に◎の取組は」)."""
    found: dict[int, set[str]] = {}
    first_name = min(names, default=0)
    for n, header in enumerate(table.headers):
        cells = [c for c in (_filled(_column(table, n)) if n < first_name else _column(table, n)) if c]
        if n in names or not cells or UNIT_HEADER_WORD in header:
            continue
        named = _header_named(header, question)
        counts = Counter(p for c in cells for p in set(_parts(c)))
        values = {p for p in counts if (named or counts[p] >= 2 or p in STATUS_MARKS or p in marks and len(p) > 1)
                  and _value_asked(p, question, named, marks)}
        values -= {p for p in values if p in spaceless(header)}
        values -= {p for p in values if counts[p] == len(table.rows) > 1}   # every row's: it selects none
        # a value the question quotes is asked whole: 「子ども・子育て・教育」 is no 「子育て」 category
        values = {p for p in values if not any(p in quoted and p != quoted for quoted in _quoted(question))}
        if values:
            found[n] = values
    return _of_years_asked(table, found, years)


def _of_years_asked(table: TextTable, found: dict[int, set[str]], years: tuple[int, ...]) -> dict[int, set[str]]:
    """The filters on status marks kept to the columns headed by the years asked, where several columns headed by
    years hold them (a 工程 of ◎○△ under Ｒ７｜Ｒ８｜Ｒ９); all of them where the question names none of those years."""
    dated = {n: years_in(table.headers[n]) for n, values in found.items() if values <= set(STATUS_MARKS)}
    dated = {n: held for n, held in dated.items() if held}
    if len(dated) < 2:
        return found
    asked = {n for n, held in dated.items() if held & set(years)}
    return {n: v for n, v in found.items() if n not in dated or n in asked} if asked else found


def _year_filters(table: TextTable, question: str, years: tuple[int, ...], names: int) -> dict[int, bool]:
    """column -> whether its first year decides (「令和8年度に対策を始める」) or any year of its span: a schedule
    column (実施予定年度, 実施時期; no 基準年度) of era years, where the question names a year and a schedule."""
    if not years or not _SCHEDULE.search(question):
        return {}
    found = {}
    for n, header in enumerate(table.headers):
        label = spaceless(header)
        cells = [c for c in _column(table, n) if c]
        if n == names or not _SCHEDULE_HEADER.search(label) or _NOT_SCHEDULE_HEADER.search(label) \
                or not cells or sum(bool(years_in(c)) for c in cells) < 0.6 * len(cells):
            continue
        found[n] = bool(re.search(r"始め|始ま|開始|着手|から", question))
    return found


def _in_years(cell: str, years: tuple[int, ...], starts: bool) -> bool:
    held = years_in(cell)
    return bool(held) and (min(held) in years if starts else bool(held & set(years)))


def _quoted(question: str) -> list[str]:
    return re.findall(r"「([^「」]{2,40})」", question)


def _number(cell: str) -> float | None:
    m = re.search(r"[-−－]?[0-9][0-9,]*(?:\.[0-9]+)?", spaceless(cell))
    return float(m.group(0).replace(",", "").replace("−", "-").replace("－", "-")) if m else None


def _number_filters(table: TextTable, question: str) -> dict[int, tuple[str, float]]:
    """column -> (comparison, bound) where the question names the column's header with a number and a comparison
    (「充足率が100％に達している」「達成率が80%未満」)."""
    found = {}
    for n, header in enumerate(table.headers):
        label = re.sub(r"[(（][^)）]*[)）]", "", spaceless(header))
        if len(label) < 2 or label not in question:
            continue
        after = question[question.index(label) + len(label):][:16]
        bound = re.match(rf"[がはの]?([0-9][0-9,]*(?:\.[0-9]+)?)(?:{UNIT_PATTERN})?", after)
        if not bound:
            continue
        rest = after[bound.end():]
        for name, words in _COMPARISONS:
            if re.match(rf"(?:{words})", rest):
                found[n] = (name, float(bound.group(1).replace(",", "")))
                break
    return found


def _passes(value: float | None, comparison: str, bound: float) -> bool:
    if value is None:
        return False
    return {"ge": value >= bound, "gt": value > bound, "lt": value < bound, "le": value <= bound}[comparison]


@dataclass(frozen=True)
class RowMatch:
    """A row a question's filters select: its name (the merged name cell read down, with the row's own part) and
    the values that selected it."""

    name: str
    notes: tuple[str, ...]
    source: Source


def filtered_rows(table: TextTable, question: str, text: str, years: tuple[int, ...] = (),
                  marks: frozenset[str] = frozenset()) -> list[RowMatch]:
    """The rows of one table that pass every filter the question names ([] when it names none); `years`: the fiscal
    years the question names (its scope), which select rows by a schedule column or a year's column of marks;
    `marks`: the status marks the question names by their legend."""
    q = spaceless(question)
    numbers = _number_filters(table, q)
    names = name_column(table, set(numbers))
    if names is None:
        return []
    named = [c for c in _column(table, names) if c]
    if named and sum(1 for c in named if _CATEGORY_NUMBER.match(spaceless(c))) * 2 >= len(named):
        return []   # a 過疎計画's 事業名 column of 「（１）基盤整備 農業」 categories: its 事業 stand in another cell (lists)
    values = _value_filters(table, q, {names}, marks, years)
    scheduled = _year_filters(table, q, years, names)
    if not values and not numbers and not scheduled:
        return []
    rows = [r for r in table.rows if not _is_total(r)]   # a 小計/合計 row is no row of the list
    merged = any(not r.cells[names] for r in rows)
    grouped = {n for n in values if _group_column(table, n)}   # (a 区分 of tags that recur: a blank is no tag)
    following = next((n for n in range(names + 1, len(table.headers)) if n not in values and n not in numbers
                      and _is_text_column(_column(table, n))), None)
    marked = {n for n, wanted in values.items() if all(len(p) == 1 for p in wanted)}   # (a mark is each row's own)
    found, above, groups = [], "", {}
    for row in rows:
        above = row.cells[names] or above
        # a group column left of the names, printed on its group's first row only (「基本方針」 merged down)
        groups = {n: row.cells[n] or (groups.get(n, "") if n < names and n not in marked
                                      and (n in grouped or n not in values) else "")
                  for n in (*values, *scheduled)}
        if not above:
            continue
        if not all(set(_parts(groups[n])) & wanted for n, wanted in values.items()):
            continue
        if not all(_passes(_number(row.cells[n]), *rule) for n, rule in numbers.items()):
            continue
        if not all(_in_years(groups[n], years, starts) for n, starts in scheduled.items()):
            continue
        own = above.lstrip(_LEAD_MARKS) or above
        name = own if not merged or following is None or not row.cells[following] \
            else f"{own}　{row.cells[following]}"
        notes = tuple(_note(table.headers[n], groups[n]) for n in (*values, *scheduled)) + \
            tuple(_note(table.headers[n], row.cells[n]) for n in numbers)
        a, b = _cited_span(row, (names, *values, *numbers, *scheduled))
        source = Source(table.doc, a, b, quote_text(text[a:b]))
        several = spaced_names(own) if not merged else []   # 「保育料…事業 【新規】高校生通学費補助 …」
        found.extend(RowMatch(_TAG.sub("", part), notes, source) for part, _, _ in several) if len(several) > 1 \
            else found.append(RowMatch(name, notes, source))
    return found


_CATEGORY_NUMBER = re.compile(r"^\([0-9]{1,2}\)")   # (after spaceless: 「（１）」 is 「(1)」)
_TAG = re.compile(r"^[【〔\[［][^】〕\]］]{1,8}[】〕\]］]")


def _is_total(row: TextRow) -> bool:
    """A total row (「小計」「合計」「合計（再掲を除く）」 in its first filled cell): no member of the group above it."""
    first = spaceless(next((c for c in row.cells if c.strip()), ""))
    return first.endswith(TOTAL_ROW_ENDINGS) or first.startswith(TOTAL_ROW_ENDINGS)


def _group_column(table: TextTable, n: int) -> bool:
    """Whether a column's values are groups merged down (each printed once, on its group's first row), not tags that
    recur beside some rows only (「◎新規」 on three rows apart, blank on the rest)."""
    cells = [r.cells[n] for r in table.rows if r.cells[n] and not _is_total(r)]
    return len(set(cells)) == len(cells)


def _cited_span(row: TextRow, columns) -> tuple[int, int]:
    """The span a row is cited by: from its name cell to the cells that selected it (on one printed line), else the
    whole row (a table whose cells the text holds on other lines: a schedule label printed above its row)."""
    spans = [row.spans[n] for n in columns if n < len(row.spans) and row.spans[n][0] >= 0]
    if not spans or len(spans) < len(columns):   # a name merged down from a row above: the whole row says it
        return row.start, row.end
    a, b = min(x for x, _ in spans), max(y for _, y in spans)
    return (a, b) if a < b else (row.start, row.end)


MIN_TITLE_CHARS = 6


def without_title(question: str, title: str) -> str:
    """The question less the words it names the document by (「…主要な施策の成果に関する説明書に載っている事業」: 成果 is
    the title's word, no value of a 成果 row): the longest run of six characters or more it shares with the title."""
    q, t = spaceless(question), spaceless(title)
    match = SequenceMatcher(None, q, t, autojunk=False).find_longest_match(0, len(q), 0, len(t))
    return q[:match.a] + " " + q[match.a + match.size:] if match.size >= MIN_TITLE_CHARS else q


def asks_rows(question: str) -> bool:
    """Whether a question asks which things (「どれ」「どこ」「挙げて」), not a reason, a way or an amount."""
    return bool(_ASKS_WHICH.search(question)) and not _ASKS_OTHER.search(question) \
        and not _ASKS_ITEMS_CONTENT.search(question)


class RowTables:
    """The tables of every indexed document's text, read on first need."""

    def __init__(self, documents):
        self.documents = documents
        self._tables: dict[str, list[TextTable]] = {}

    def tables(self, doc: str) -> list[TextTable]:
        if doc not in self._tables:
            self._tables[doc] = text_tables(doc, self.documents[doc].text)
        return self._tables[doc]

    def matches(self, question: str, in_scope, years: tuple[int, ...] = (), marks_of=None) -> list[RowMatch]:
        """The rows every table in scope selects for the question, from the documents whose title the question
        names most (a KPI sheet and an evaluation sheet of one town: 「総合戦略KPIで」 picks the first). `marks_of`:
        doc -> the status marks the question names by the document's legend (「目標を達成した」 for ◎)."""
        by_doc: dict[str, list[RowMatch]] = {}
        for doc in self.documents:
            if not in_scope(doc):
                continue
            per_table = []
            for table in self.tables(doc):
                marks = frozenset(marks_of(doc)) if marks_of else frozenset()
                asked = without_title(question, self.documents[doc].title)
                per_table.append(filtered_rows(table, asked, self.documents[doc].text, years, marks))
            # tables of other kinds that select rows alike (a 施策体系 naming the 施策 beside the 事業 table under it):
            # the one that selects most answers
            most = max((len(rows) for rows in per_table), default=0)
            by_doc[doc] = [m for rows in per_table if len(rows) == most for m in rows]
        by_doc = {doc: rows for doc, rows in by_doc.items() if rows}
        if not by_doc:
            return []
        q = spaceless(question)

        def named(doc: str) -> int:
            title = spaceless(self.documents[doc].title)
            return sum(1 for k in range(len(title) - 1) if title[k:k + 2] in q)
        best = max(named(doc) for doc in by_doc)
        return [m for doc, rows in by_doc.items() if named(doc) == best for m in rows]


def answer_rows(question: str, found: list[RowMatch], citation_of) -> Answer | None:
    """The selected rows as a list: 「・name（column：value）[n]」, each cited by its row."""
    if not found:
        return None
    first: dict[tuple[str, str], RowMatch] = {}
    for m in found:   # a row listed again (a 「（再掲）」 sheet) keeps its first place and notes
        first.setdefault((m.source.doc, m.name), m)
    chosen = list(first.values())[:MAX_ROWS]
    kind = asked_kind(question)   # 「…公園はどこですか」: the rows are 施設; else whatever the rows are
    lines = [f"該当する{KIND_LABELS[kind] if kind else 'もの'}は {len(chosen)} 件です。"]
    citations, projects = [], []
    for n, m in enumerate(chosen, start=1):
        lines.append(f"・{m.name}" + (f"（{'｜'.join(m.notes)}）" if m.notes else "") + f"[{n}]")
        citations.append(citation_of(n, m.source))
        projects.append(ProjectRef(m.name, "", (n,), m.source.doc, None, None, None, m.source.quote[:200]))
    return Answer(question, True, "\n".join(lines), citations, projects=projects, kind="projects")
