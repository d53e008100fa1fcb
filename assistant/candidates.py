"""Candidate values of a quote, read from its structure: each number with the label and header it stands under.

- a table cell: the row label (first cell) and the column header written in the cell
  (「移住者数｜基準値(R2) 12人｜目標値(R7) 30人」: 30人 is 移住者数 under 目標値(R7));
- a row under a header line (「指標 基準値(R2) 目標値(R7)」 / 「移住者数 12人 30人」): cells matched by position;
- a label–value pair on one line (「○重層的支援体制整備事業…1億3,857万円」) or on two (「◇一般会計」 / 「2,119億8,400万円」);
- a sentence: the words before the number are its label.

Every number is read once by `ingest.vocab.quantities`, so its kind (money, count, ratio, rank, marker …)
is known; `choose` states a value only when exactly one candidate fits the question's kind, attribute
and subject. The candidate's `quantity.raw` is taken from the quote itself, so a stated value stands in it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.query import Query, attributes_named, conflicts
from assistant.table_cells import (cell_header, cell_values, group_cell, headed_value, in_unit, labelled_parts,
                                  parts_header, rate_of_change,
                                  printed_row_headers, row_headers, row_key, row_printed, split_cells, stated_unit)
from ingest.text.brackets import balanced, bracket_depth
from ingest.vocab.attributes import (ATTRIBUTE_AS_OBJECT, BOUND_WORDS, CONDITION_AFTER_BOUND, NAMED_ATTRIBUTES,
                                     WHOLE_NAMED)
from ingest.vocab.header_words import HEADER_LINE_WORDS
from ingest.vocab.eras import YearMention, read_years
from ingest.vocab.number_cuts import ends_inside_number
from ingest.vocab.quantities import PER_UNIT, VALUE_KINDS, Quantity, read_quantities, value_quantities
from ingest.vocab.normal import normalize
from ingest.vocab.units import RATIO_TENTHS, unit_note_word, unit_of
from ingest.vocab.value_questions import RATE_WORD

_ATTRIBUTE_AS_OBJECT = re.compile(ATTRIBUTE_AS_OBJECT)
_CONDITION_AFTER = re.compile(CONDITION_AFTER_BOUND)
_WHOLE = re.compile(WHOLE_NAMED)
_ITEM_MARK = re.compile(r"[◇◆○●■□▽▼☆★※]")
_CHANGE_BEFORE = re.compile(r"比べ|比較|年度?比|前回比|増減")
_CHANGE_AFTER = re.compile(r"\s*(?:の|を)?\s*(?:増額|減額|増加|減少|追加|減じ|削減|増|減|上昇|低下|アップ|ダウン)|\s*、\s*率にして")
_LABEL_CUT = re.compile(r"[、，：:。\t|｜│┃║]|(?<![0-9]),|,(?![0-9])|\s{2,}")
_LABEL_TRIM = " 　…・.:：=＝-－─〔〕()（）[]「」◇◆○●■□▽▼△▲※☆★・"
MAX_LABEL = 40
_SPLIT_CELLS = re.compile(r"\t|\s{2,}|\s*[|｜│┃║]\s*")
_HEADER_WORDS = re.compile("|".join(HEADER_LINE_WORDS))
_CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_CLAUSE_MARK, _SENTENCE_END = re.compile(r"[、。]"), re.compile(r"[\u3041-\u309f]+[。]?")


@dataclass(frozen=True)
class Candidate:
    """One value a quote offers: what it is of (label), under which column (header), and the quantity."""

    label: str
    header: str
    quantity: Quantity
    context: str = ""     # the words around it that may name its attribute (a heading, the line above)
    after: str = ""       # the characters right after the value (「の増額」 makes it a change)
    clause: str = ""      # a sentence's words from its start to the value (「…の人口は、約29万人で全道の」)
    cell: bool = False    # the value of a label–value line (a name, then the value): a bare index may stand so
    row_mates: int = 0    # other values of its kind and unit (or bare numbers) on its line: 「成人男性 33.8％ 40.0％」
    row: str = ""         # a table cell's row label alone (its first cell: 「第３段階」), without the cells beside it

    @property
    def is_change(self) -> bool:
        """A difference, not a level: 「前年度と比べ10・8億円の増額」, 「28億円を増額し」, 「(+14.3)」."""
        return self.quantity.kind == "change" or bool(_CHANGE_BEFORE.search(f"{self.label} {self.header}")) \
            or bool(_CHANGE_AFTER.match(self.after))

    @property
    def own_attributes(self) -> frozenset[str]:
        """The attributes its own header, label and qualifier name."""
        return attributes_named(f"{self.header} {self.label} {self.quantity.qualifier}")

    @property
    def named(self) -> frozenset[str]:
        """The attributes its header and label name (those of its sentence, else of the context, when they name none:
        a sentence's words before the value name it (「削減目標　…2013年度比で50％削減する」), not those that are a
        verb's object (「目標を上回る20人」))."""
        return self.own_attributes or attributes_named(_ATTRIBUTE_AS_OBJECT.sub(" ", self.clause)) \
            or attributes_named(self.context)


def _trim(label: str) -> str:
    """The label without marks and brackets around it; a bracket it opens keeps its close (「保険料基準額（月額）」)."""
    trimmed = label.strip(_LABEL_TRIM).strip()
    if trimmed and not balanced(trimmed):
        end = label.find(trimmed) + len(trimmed)
        closing = re.match(r"\s*([)）\]］]+)", label[end:])
        if closing and balanced(trimmed + closing.group(1)):
            return trimmed + closing.group(1)
    return trimmed


_PARTICLE_END = re.compile(r"(?:が|は|も|を|で|に|では)$")
_TOPIC_COMMA = re.compile(r"(?<=[はが])\s*[、，,]\s*$")
_LABEL_LEAD = " 　…・.:：=＝-－─◇◆○●■□▽▼△▲※☆★"


def _printed_years(text: str) -> list[YearMention]:
    """The years a label prints as years (「R2」, 「令和2年度」, 「2019年度」): not dates, not a bare 「2019」."""
    return [y for y in read_years(text) if not y.is_date and not y.bare]


def _years_only(label: str) -> bool:
    """True when a label is years and nothing else but brackets and spaces (「R2」, 「(H30) R1」)."""
    years = _printed_years(label)
    rest = label
    for year in reversed(years):
        rest = rest[:year.start] + rest[year.end:]
    return bool(years) and not rest.strip(" \u3000\t\n()（）")


def _trailing_year(text: str) -> YearMention | None:
    """The year a text ends with (「利用者数 R2」 -> R2), or None."""
    end = len(text.rstrip())
    years = [y for y in _printed_years(text) if y.end == end]
    return years[-1] if years else None


def _label_before(line: str, start: int) -> str:
    """The words before a value on its line back to a separator (「○浸水対策事業…」 -> 浸水対策事業; 「項目:」
    before the value -> 項目); "" when they open a bracket they do not close (「(H30.3 改訂後の期待値」)."""
    head = line[:start].rstrip().rstrip("〔(（[【「…").rstrip()
    if head.endswith((":", "：")):
        head = head[:-1]
    head = _ITEM_MARK.split(head)[-1]   # a list item starts at its mark (「… ◇浸水対策事業〔…」)
    head = _TOPIC_COMMA.sub("", head)   # 「…の人口は、約29万人」: the topic before the comma is the label
    piece = _after_last_cut(head) if head.strip() else ""
    label = _PARTICLE_END.sub("", _trim(piece)[-MAX_LABEL:]).strip()
    if not balanced(label):   # 「再生数 (YouTube)」: keep the bracket the label closes
        label = _PARTICLE_END.sub("", piece.strip(_LABEL_LEAD)[-MAX_LABEL:]).strip()
    return label if balanced(label) else ""


def _after_last_cut(head: str) -> str:
    """The text after the last label separator that stands outside brackets (「市債残高見込み（一般会計、令和７年度末）」
    stays whole: its 、 is inside the bracket)."""
    cuts = [m for m in _LABEL_CUT.finditer(head) if bracket_depth(head[m.end():]) >= 0]
    return head[cuts[-1].end():] if cuts else head


def _cells(line: str) -> list[str]:
    return [c for c in _SPLIT_CELLS.split(line.strip()) if c.strip()]


def _same(a: Quantity, b: Quantity) -> bool:
    return a.kind == b.kind and a.unit == b.unit and abs(a.value - b.value) < 1e-9


def _unit_printed_apart(cell: Quantity, printed: Quantity) -> bool:
    """A cell's bare number that the quote prints with its unit (a 「％」 cell beside it: 「98.6 ％」)."""
    return cell.kind in ("number", "index") and printed.kind in VALUE_KINDS and abs(cell.value - printed.value) < 1e-9


def _cell_quantity(q: Quantity, header: str, row_label: str) -> Quantity:
    """A cell's quantity in the unit its header or row label states; a bare number under 「増減率」 a change in %."""
    if q.kind not in ("number", "index"):
        return q
    if rate_of_change(header):
        return replace(q, kind="change", unit="%", scale_word="%")
    unit = stated_unit(header, row_label)
    return in_unit(q, unit) if unit else q


def from_labelled(quote: str, labelled: str, context: str = "", headers: list[str] = (),
                  taken: frozenset[int] = frozenset()) -> list[Candidate]:
    """Candidates of a table row whose search form names each value's column (「指標｜基準値(R2) 12人｜…」), or
    whose columns `headers` names by position (assistant.table_cells). The quantity is the one of the quote (raw as
    the document prints it) equal to the cell's, each printed value read once (none of `taken`: another row's); a
    bare number takes the unit its header or row label states (「割合(%)」, 「回答者数(人)」)."""
    cells = split_cells(labelled)
    if len(cells) < 2:
        return []
    unlabelled = bool(headed_value(cells[0]))   # 「予算現額 4,860,000｜決算額 …」: a row of values only, no label cell
    label = "" if unlabelled else _trim(cells[0])
    printed = value_quantities(quote)
    out = []
    used = set(taken)
    named, column_unit = "", None   # the nearest name cell left of a value (「R6-03｜…｜妊娠届出時面談率｜100｜98.6」)
    for k, cell in enumerate(cells[1 - unlabelled:], start=1 - unlabelled):
        found = cell_values(cell)
        if group_cell(cell):   # 「対象 65歳以上」: whom the row counts, no value
            named = group_cell(cell)
            continue
        if not found:
            if unit_of(cell) is not None:   # a 単位 column (「本」, 「枚」): the unit of the bare numbers after it, no name
                column_unit = unit_of(cell)
            elif _CJK_LETTER.search(cell) and len(cell) <= MAX_LABEL:
                named = cell
            continue
        # 「第１子 100,000円／第２子 200,000円」: each value of the cell under its own words, else the cell's first value
        parts = labelled_parts(cell)
        for part, first in parts or [("", found[0])]:
            own = parts_header(cell, parts) if part else cell_header(cell, first)
            raw_header = own or (headers[k].strip() if k < len(headers) else "")
            header = _trim(own) if own else raw_header
            for q in printed:
                if q.start in used or not (_same(q, first) or _unit_printed_apart(first, q)):
                    continue
                used.add(q.start)
                own = " ".join(dict.fromkeys(w for w in (label, named, part) if w))
                read = _cell_quantity(q, raw_header, cells[0])
                if column_unit is not None and (read.kind == "number" or read.kind == "index" and column_unit.kind == "ratio"):
                    read = in_unit(read, column_unit)
                out.append(Candidate(own, header, read, context, cell[first.end:first.end + 8], cell=True, row=label))
                break
    return out


def from_header_line(row: str, header_line: str, context: str = "") -> list[Candidate]:
    """Candidates of a row whose column headers stand on a line above: the row's values (after its label)
    take the last headers, one for one from the right (a row label may stand under 「指標」 or under nothing).
    None when the row holds more values than the header has columns, or words between its values."""
    heads = _cells(header_line)
    if len(heads) < 2:
        heads = header_line.split()
    if len(heads) < 2 or not _HEADER_WORDS.search(header_line) \
            or any(_CLAUSE_MARK.search(h) or unit_note_word(h) for h in heads):
        return []   # a caption (「（令和６年度、平均正答率　単位：％）」) is no row of column heads
    values = [q for q in read_quantities(row) if q.kind in VALUE_KINDS]
    if values and _SENTENCE_END.fullmatch(row[values[-1].end:].strip()):
        return []   # 「…の児童が約４割いる」: a sentence under a caption is no table row
    if not values or len(values) > len(heads) or not row[:values[0].start].strip():
        return _from_aligned_parts(row, heads, context)
    if any(re.search(r"[^\s]", row[a.end:b.start]) for a, b in zip(values, values[1:])):
        return _from_aligned_parts(row, heads, context)
    label = _trim(row[:values[0].start])
    n = len(values)
    # cells after the last value (「－」 for a change not computed) stand under the last headers
    trailing = len(_cells(row[values[-1].end:]))
    if n + trailing > len(heads):
        return []
    first = label.split()[0] if label.split() else ""   # the row's first cell (「第４段階」) names which row it is
    return [Candidate(label, head, _cell_quantity(q, head, label), context, row=first)
            for head, q in ((heads[len(heads) - trailing - n + k], q) for k, q in enumerate(values))]


def _from_aligned_parts(row: str, heads: list[str], context: str) -> list[Candidate]:
    """Candidates of a row with words between its values (「第１段階 …年金収入等が80万円以下の方 0.285 21,200」 under
    「所得段階 対象となる方 基準額に対する割合 保険料（年額・円）」): only when its space-separated parts are exactly as many as
    the header's columns, each part that is one value alone is the value of the column above it (a number inside a
    part of words is that part's, never a column's); the first part is the row's label."""
    parts = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", row)]
    if len(heads) < 3 or len(parts) != len(heads):
        return []
    label, out = _trim(parts[0][1]), []
    for (at, part), head in list(zip(parts, heads))[1:]:
        found = [q for q in read_quantities(part) if q.kind in VALUE_KINDS]
        if len(found) == 1 and found[0].raw.strip() == part:
            q = replace(found[0], start=found[0].start + at, end=found[0].end + at)
            out.append(Candidate(label, head, _cell_quantity(q, head, label), context, row[q.end:q.end + 8], cell=True,
                                 row=label))
    return out


_SENTENCE_MARK = re.compile(r"[、。，,]|(?:が|は|を|に|で|も|と|の)\s*$")
_NOTE_AFTER = re.compile(r"\s*(?:[(（][^()（）]*[)）])?\s*")


def _label_cell(before: str, after: str) -> str:
    """The label of a label–value line (「財政力指数（3か年平均）　0.402（前年度 0.398）」): the whole text before the
    value when it is a name, not a sentence (no comma, no particle before the value, brackets closed), and nothing
    but a bracketed note follows the value on its line; "" otherwise."""
    label = before.strip().strip(_LABEL_LEAD).strip()
    if not label or len(label) > MAX_LABEL or _SENTENCE_MARK.search(label) or not balanced(label):
        return ""
    if not _CJK_LETTER.search(label) or not _NOTE_AFTER.fullmatch(after):
        return ""
    return label


def from_lines(quote: str, previous: str = "", context: str = "") -> list[Candidate]:
    """Candidates of a sentence or a label–value line: the label is the words before the value on its line,
    or the line before when the value stands alone (a form's 「予算額」 / amount)."""
    out = []
    read = read_quantities(quote)
    for q in read:
        if previous and not quote[:q.start].strip() and ends_inside_number(previous):
            continue   # 「…総額は１９８億７，」 / 「６００万円で、…」: the second half of a number cut by the line end
        line_start = quote.rfind("\n", 0, q.start) + 1
        line_end = quote.find("\n", q.start)
        line_end = len(quote) if line_end < 0 else line_end
        on_line = [v for v in read if v.kind in VALUE_KINDS and line_start <= v.start < line_end]
        lead = _label_before(quote[line_start:], on_line[0].start - line_start) if on_line else ""
        label = _label_before(quote[line_start:], q.start - line_start)
        if not label and not quote[line_start:q.start].strip():
            label = _trim(previous.strip().split("\n")[-1])[-MAX_LABEL:] if previous else ""
        before = [v for v in on_line if v.end <= q.start and q.start - v.end <= len(label) + 1]
        if before and label:
            gap = quote[before[-1].end:q.start]   # 「7,688人販売数」: the words after the value before
            label = _label_before(gap, len(gap))
            if not label and (before[-1].kind != q.kind or before[-1].unit != q.unit):
                # 「定住満足度 2位 48.2%」, 「販売数 108種類 2,656品」: a measure of another kind or unit right after a
                # value shares that value's label
                label = next((c.label for c in reversed(out) if c.quantity is before[-1]), lead)
        if _years_only(label):
            # a value of a row of year columns (「利用者数 R2 1,200人 R6 1,500人」): the row's label and the year
            year, lead_year = _trailing_year(label), _trailing_year(lead)
            row = lead[:lead_year.start] if lead_year else lead
            label = f"{row.strip()} {year.raw if year else ''}".strip()
        clause_start = max(quote.rfind("。", 0, q.start), quote.rfind("\n", 0, q.start)) + 1
        cell = _label_cell(quote[line_start:q.start], quote[q.end:line_end])
        mates = sum(1 for v in on_line if v is not q and (v.kind == "number" or (v.kind, v.unit) == (q.kind, q.unit))
                    and not re.search(r"[^\s()（）]", quote[min(v.end, q.end):max(v.start, q.start)]))
        out.append(Candidate(cell or label, "", q, context, quote[q.end:q.end + 8], quote[clause_start:q.start],
                             bool(cell), mates))
    return out


def candidates_of(quote: str, labelled_lines: list[str] = (), header_line: str = "", previous: str = "",
                  context: str = "", tabbed: str = "") -> list[Candidate]:
    """The candidates of one quote unit: from the labelled table rows that are its row (with the values no cell
    gives read from its lines), else from a header line above it, else from its lines. `tabbed`: the unit as the
    text prints it, one tab between cells (an empty cell kept)."""
    found = _from_rows(quote, list(labelled_lines), context, tabbed)
    if found:   # a value no cell gives (a bracketed note: 「1,284人（有効回答率42.8％）」) is read as on a line
        covered = {c.quantity.start for c in found}
        return found + [c for c in from_lines(quote, previous, context)
                        if c.quantity.start not in covered and c.quantity.start > min(covered)]
    if header_line:
        found = from_header_line(quote, header_line, context)
        if found:
            return found
    return from_lines(quote, previous, context)


def _from_rows(quote: str, labelled_lines: list[str], context: str, tabbed: str = "") -> list[Candidate]:
    """The cells of every labelled table row the quote prints (a line of an unruled PDF may hold two rows side by
    side: 「令和９年度 …（１期） 412,000 小川中学校 改築基本設計 31,500」), each value read once, by its own row."""
    norm = normalize(quote).text
    printed = {q.value for q in read_quantities(norm)}
    found: list[Candidate] = []
    for i, line in enumerate(labelled_lines):
        shown = line if row_key(split_cells(line)[0]) in quote else "|".join(split_cells(line)[1:])   # (filled down)
        if not row_printed(line, norm) or not {q.value for q in value_quantities(shown)} <= printed:
            continue   # not this quote's row, or another row of the same first cell (「10 教育費」 on every 項 of its 款)
        headers = row_headers(labelled_lines, i) or printed_row_headers(labelled_lines, i, tabbed)
        found += from_labelled(quote, line, context, headers,
                               frozenset(c.quantity.start for c in found))
    return found


def fits(candidate: Candidate, query: Query) -> bool:
    """Kind and attribute: a value of the wanted kind (a bare number only in a table cell under a header; a
    difference only for a question about a change), whose header/label names no attribute the question rules
    out, and names the attributes that a value must be named by."""
    q = candidate.quantity
    kind = "change" if candidate.is_change and q.kind in ("money", "count", "ratio", "points") else q.kind
    if q.kind in ("number", "index") and not (candidate.header or (candidate.cell and q.kind == "index")
                                              or (q.kind == "index" and query.bare_rate
                                                  and RATE_WORD in f"{candidate.label}{candidate.clause}")):
        return False
    if (kind == "change") != (query.kind == "change"):
        return False
    if not query.takes(q.kind, q.unit):
        return False
    if query.kind == "ratio" and query.counter == "%" and q.scale_word.endswith(RATIO_TENTHS):
        return False   # 「何％」: a share in tenths (「4割を超え」) rounds the printed rate; it is never stated for it
    if bool(PER_UNIT.search(f"{candidate.label} {candidate.header} {candidate.clause}")) != query.per_unit:
        return False   # 「市民1人当たりの予算額」 answers no question about the whole budget, nor the reverse
    named = candidate.named | ({"増減"} if kind == "change" else set())
    if (query.attributes & NAMED_ATTRIBUTES) - named - attributes_named(candidate.context):
        return False
    if q.qualifier.endswith(BOUND_WORDS) and _CONDITION_AFTER.match(candidate.after):
        return False   # 「年金収入等が80万円以下の方」: a bound that says who, not a value of anything
    if candidate.row_mates and query.attributes & NAMED_ATTRIBUTES and not query.attributes & candidate.own_attributes:
        return False   # 「成人男性 33.8％ 40.0％」 under a heading 「目標」: which of the row's values is the 目標 is not said
    if query.whole and not _WHOLE.search(f"{candidate.label} {candidate.header} {candidate.clause}"):
        return False   # 「合計は」, 「村全体の」: one row's value (a facility's, a year's) is never the whole
    return not conflicts(query.attributes, named)


def choose(candidates: list[Candidate], query: Query, subject_score) -> Candidate | None:
    """The one candidate that fits kind ∧ attribute ∧ subject, or None.

    `subject_score(candidate)` tells how much of the question's subject its label, header and context hold
    (0..1). Among the fitting candidates the best subject wins; those naming an asked attribute are
    preferred; when two different values remain equally good, none is stated."""
    fitting = [c for c in candidates if fits(c, query)]
    if not fitting:
        return None
    if query.attributes:
        naming = [c for c in fitting if query.attributes & c.named]
        # a cell whose own header says the attribute (「目標数量」) over the row's other cells, which take it only from
        # the header line or heading around them
        fitting = [c for c in naming if query.attributes & c.own_attributes] or naming or fitting
    scored = [(subject_score(c), c) for c in fitting]
    top = max(s for s, _ in scored)
    if top <= 0:
        return None   # no candidate is named by the question's subject: the quotes say it, not a guess
    best = [c for s, c in scored if s >= top - 1e-9]
    values = {(c.quantity.kind, c.quantity.unit, c.quantity.value) for c in best}
    if len(values) != 1:
        return None
    return best[0]
