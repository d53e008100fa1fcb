"""What a value question asks beyond its kind: whether it wants a quantity stated, the KPI columns and the kind of
quantity it names, and the budget column (決算額, 予算額, 限度額) whose lines may answer it."""
from __future__ import annotations

import re

from assistant.kpi_answers import asked_fields
from assistant.query import attributes_named, conflicts, read_query
from assistant.question import QuestionShape
from ingest.plans.comparison_tables import is_change_column
from ingest.vocab.attributes import AMOUNT_KIND_WORDS, BUDGET_AMOUNT_KINDS, ITEM_ATTRIBUTES, KPI_FIELD_NAMES, STATED_ATTRIBUTES
from ingest.vocab.units import UNIT_BY_WORD, unit_of
from ingest.vocab.header_words import AMOUNT_ASK_COLUMNS, SUPPLEMENT_WORD
from ingest.vocab.value_questions import BASIS_QUESTION

# The kinds of quantity a question may name without 「何」; a quote holding none of the kind asked cannot answer.
STATED_KINDS = ("rank", "ratio", "count", "money")
OWN_NAME_ATTRIBUTES = frozenset({"限度", "期待", "残高"})   # an upper limit, an expected value, a balance: answered only by one named so


def asks_quantity(shape: QuestionShape, text: str) -> bool:
    """Whether a question wants a number stated: 何人, いくら … or a kind of quantity named without 「何」
    (「割合は」, 「事業費の合計は」): its years and attributes then decide which sentences may answer."""
    kind = read_query(text).kind
    return shape.wants_number or (shape.kind in ("fact", "kpi", "budget")
                                  and (kind in ("ratio", "rank") or (shape.wants_sum and kind in STATED_KINDS)))


def asks_value(shape: QuestionShape, text: str) -> bool:
    """Whether a question is answered only by a value (「いくら」, 「割合は」, 「目標値は？」): quotes that state none
    do not answer it."""
    if re.search(BASIS_QUESTION, text):
        return False   # 「…の現状値は何に基づいていますか」: what it rests on is said in words
    return asks_quantity(shape, text) or shape.kind == "kpi"


def asks_beyond_records(query, text: str) -> bool:
    """Whether a KPI question asks a column the KPI records do not hold (a 期待値 beside the 実績: 「実績が期待値を
    上回りましたか」), unless it asks the progress that measures one against the other: passages answer it."""
    if re.search(BASIS_QUESTION, text):
        return True   # 「現状値は何に基づいていますか」: what the value rests on, which a note says
    return bool(query.attributes & OWN_NAME_ATTRIBUTES) and "progress" not in asked_fields(text)


def _value_units(kpi) -> list:
    """The unit (ingest.vocab.units.Unit, None where unknown) of each value a KPI states."""
    return [unit_of(v.unit) for v in (kpi.actual, kpi.target, kpi.baseline)
            if v is not None and v.value is not None]


def kpi_fits(kpi, query) -> bool:
    """Whether a KPI states a value of the kind a question wants (a rate for 「割合は」, 人 for 「何人」)."""
    return any(unit is not None and query.takes(unit.kind, unit.base) for unit in _value_units(kpi))


def kpi_of_other_kind(kpi, query) -> bool:
    """Whether every value a KPI states has a unit the question rules out (a 前年比 % for 「何人」): never its answer.
    A value without a unit (the unit in a title or note) may be of any kind."""
    units = _value_units(kpi)
    return bool(units) and all(u is not None and not query.takes(u.kind, u.base) for u in units)


def unstated(asked: frozenset[str], named: frozenset[str]) -> bool:
    """True when the question asks an attribute of STATED_ATTRIBUTES (ingest.vocab.attributes) that nothing around
    the value names."""
    return any(attribute in asked and not STATED_ATTRIBUTES[attribute] & named for attribute in STATED_ATTRIBUTES)


def _amounts_asked_side_by_side(question: str) -> list[str]:
    """The parts of a question asking two kinds of amount side by side (「予算現額と決算額を教えて」 -> the part naming
    予算現額, the part naming 決算額), each naming one of them; [] for a question asking one kind, or a change or a
    comparison between them (「当初予算と比べて決算はいくら増えた」: a difference, never both amounts)."""
    if read_query(question).kind == "change" or _COMPARED.search(question):
        return []
    parts = [p for p in _JOINED.split(question) if BUDGET_AMOUNT_KINDS & read_query(p).attributes]
    kinds = {frozenset(BUDGET_AMOUNT_KINDS & read_query(p).attributes) for p in parts}
    return parts if len(parts) >= 2 and len(kinds) == len(parts) else []


def prefer_column(lines: list, question: str, document_attributes: dict[str, frozenset[str]] | None = None) -> list:
    """The lines whose column is the kind the question names (決算額 / 予算額 / 限度額), when some are; never
    a line whose column names another kind of amount (a 当初予算額 for a 決算額 question), nor an unmarked line
    for a 補正 question in a document that never says 補正. Two kinds asked side by side (「予算現額と決算額」): the
    lines of either, in their order."""
    sides = _amounts_asked_side_by_side(question)
    if sides:
        kept = {id(line) for side in sides for line in prefer_column(lines, side, document_attributes)}
        return [line for line in lines if id(line) in kept]
    asked = read_query(question).attributes
    lines = [line for line in lines if not conflicts(asked, attributes_named(line.column))
             and not (attributes_named(line.item) & ITEM_ATTRIBUTES) - asked]   # a 残高 answers only a 残高 question
    documents = document_attributes or {}
    lines = [line for line in lines if not unstated(asked, attributes_named(f"{line.column} {line.item}")
                                                    | documents.get(line.source.doc, frozenset()))]
    if "現額" in asked:   # 「補正後の予算総額」: the amount a 補正 adds is no total after it
        lines = [line for line in lines
                 if SUPPLEMENT_WORD not in (named := attributes_named(line.column)) or "現額" in named]
    if asked & OWN_NAME_ATTRIBUTES:   # an upper limit is answered only by a line named so, never a budget amount
        lines = [line for line in lines if asked & attributes_named(f"{line.column} {line.item}")]
    for word in AMOUNT_KIND_WORDS:
        if word in question:
            named = [line for line in lines if word in line.column or is_change_column(line.column)]
            # the column named picks among one 事業's lines (予算額 over 決算額 beside it), never drops another 事業
            # whose amount stands under a year column (a 当初予算の概要's 令和８年度 is its 当初予算額)
            having = {(line.source.doc, line.item) for line in named}
            return [line for line in lines if line in named or (line.source.doc, line.item) not in having]
    return lines


_JOINED = re.compile(r"と(?!して|なる|なっ)|及び|および|並びに|、")
_COMPARED = re.compile(r"比べ|比較|対し|差")


def names_field(question: str, text: str) -> bool:
    """True when `text` names every KPI column the question asks for (or the question asks for none)."""
    asked = [names for word, names in KPI_FIELD_NAMES.items() if word in question]
    return all(any(n in text for n in names) for names in asked)


_BUDGET_AMOUNT = re.compile("|".join(AMOUNT_ASK_COLUMNS))


def asks_budget_amount(query, text: str) -> bool:
    """「基本目標…の平成27年度実績の事業費と一般財源は？」: money asked by a budget column's name (事業費, 決算額), a budget
    line's question whatever other words (実績, 基本目標) make it look like a KPI's."""
    return query.kind == "money" and bool(_BUDGET_AMOUNT.search(text))
