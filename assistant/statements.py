"""The value a number question asks for, stated first: 「重層的支援体制整備事業は 1億3,857万円 です[1]」.

The value is chosen among the candidates of the best quote unit (`assistant.candidates`: table cells with
their row label and column header, label–value lines, sentences), never as "the number nearest the
question's words": a value is stated only when exactly one candidate fits the question's kind (money,
count in 人, ratio, rank …), its attribute (目標値, 当初予算, 決算額 …), the years it names and its subject.
Otherwise the answer gives the quotes without a lead value. Label and value are both taken from the
quote, so they stand in it (`assistant.verify`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.asides import without_asides
from assistant.named_statements import first_answering
from assistant.table_cells import split_cells, under_unit_note
from assistant.candidate_filters import in_groups, in_months, without_former, without_former_period
from assistant.candidates import Candidate, candidates_of, choose
from ingest.vocab.groups import groups_named
from assistant.query import EDITION_COUNTERS, Query, attributes_named, counted_numbers, counts_only_others
from ingest.vocab.synonyms import expand
from ingest.vocab.eras import read_years, years_in
from ingest.vocab.attributes import BOUND_WORDS
from ingest.vocab.header_words import ACCOUNT_SCOPES, HEADER_HINT_WORDS, TOTAL_ROW_ENDINGS
from ingest.vocab.units import GENERIC_COUNTER
from ingest.vocab.value_questions import ANNUAL_WORDS, PROGRESS_RATE_WORDS, RATE_WORD
from ingest.vocab.normal import normalize
from ingest.vocab.quantities import Quantity, value_quantities
from ingest.vocab.units import unit_note_word

CLAUSE_WEIGHT = 0.9        # a value's sentence words, against its own label's
STATE_MIN_SUBJECT = 0.75   # share of the question's subject the stated value's quote and labels must hold
QUOTED_BONUS = 0.25        # a cell named exactly by a term the question quotes, over one whose name holds it
_QUOTED = re.compile(r"[「『]([^「」『』]{1,40})[」』]")


@dataclass(frozen=True)
class Statement:
    label: str      # what the value is of, as the quote writes it ("" when none fits)
    value: str      # the value as the quote prints it
    quantity: Quantity | None = None


_ASKS_HOW_MANY = re.compile(r"いくつ|幾つ|何つ|何個|数は|の数")

def header_line(before: tuple[str, ...]) -> str:
    """The nearest line above a row that reads as a column header: header words and no value of its own."""
    for line in reversed(before):
        if any(w in line for w in HEADER_HINT_WORDS) and not value_quantities(line):
            return line
    return ""


def _years_named(c: Candidate) -> set[int]:
    """The years a candidate stands under: its header's, else the year printed right before it (「R5 9校」),
    else those its label names."""
    if c.header:
        return years_in(c.header)
    mentions = read_years(c.label)
    if mentions and len(c.label) - mentions[-1].end <= 2:
        last = mentions[-1]
        return set(range(last.year, (last.year_end or last.year) + 1))
    return years_in(c.label)


def unit_candidates(scored) -> list[Candidate]:
    """The candidates of a scored unit, with its heading and the line above as context for attribute words."""
    context = f"{scored.block}\n{scored.before[-1] if scored.before else ''}\n{scored.row_head}"
    if scored.labelled:   # a table row is read under its table's caption and heading path
        context += "\n" + getattr(scored, "caption", "")
    found = candidates_of(scored.unit.quote, list(scored.labelled), header_line(scored.before),
                          scored.before[-1] if scored.before else "", context, getattr(scored.unit, "norm", ""))
    lead = getattr(scored, "lead", "")
    if lead:   # a figure wrapped onto its line: the sentence's words above are its clause (「一般会計の総額は…比べて」)
        found = [replace(c, clause=lead + c.clause) if not c.header and scored.unit.quote.startswith(c.clause) else c
                 for c in found]
    # the nearest unit note: the lines above it, its heading, then its passage's section and opening
    return under_unit_note(found, "\n".join((*reversed(scored.before), scored.block, scored.around,
                                             getattr(scored, "caption", ""))))


def _total(label: str) -> bool:
    """A row label naming a total of the rows above it (「合計」, 「年度計」)."""
    return normalize(label).text.strip().endswith(TOTAL_ROW_ENDINGS)


def _quoted_terms(question: str) -> set[str]:
    """The terms a question quotes (「住み続けたい」), normalised: a cell named exactly so is the one asked."""
    return {normalize(t).text.strip() for t in _QUOTED.findall(question)} - {""}


def _names_term(c: Candidate, terms: set[str]) -> bool:
    """True when a candidate's row label or its header's last part is exactly one of `terms`."""
    parts = {normalize(c.label).text.strip()} | {p for p in normalize(c.header).text.split()}
    return bool(terms & parts)


def choose_statement(scored, query: Query, subject: set[str], tokenize, weight, years: set[int] = frozenset(),
                     question: str = "") -> Statement | None:
    """The one value of the unit that answers, or None (no candidate of the kind, or several equally good).
    The groups the question names (30歳代, 女性) and the terms it quotes (「住み続けたい」) narrow a table's cells."""
    counted = counted_numbers(question)   # 「第9期の…」: a value printed right after 「第８期」 is the other 期's
    candidates = [c for c in without_asides(without_former(in_groups(unit_candidates(scored), groups_named(question)),
                                                           question), question, scored.unit.quote)
                  if not counts_only_others(counted, f"{c.label} {c.header} {c.clause[-12:]}")
                  and not counts_only_others(counted, c.row)   # 「第３段階」's row, whatever its other cells say
                  and not (_QUESTION_NUMBER.search(c.clause) or _QUESTION_NUMBER.search(c.label))]   # 「問1 あなたは…」
    if not _ASKS_HOW_MANY.search(question):   # 「４つの重点プロジェクト」 answers 「いくつ」 only, never 「KPIは何ですか」
        candidates = [c for c in candidates if c.quantity.unit != GENERIC_COUNTER]
    by_month = in_months(candidates, question)   # 「8月の」: that month's cell; 「年間」: never one month's
    if len(by_month) < len(candidates) or any(_total(c.label) for c in candidates):
        # a month-by-month table (its 計 column) or a total row (年度計) says 「年間」: no subject word to find
        subject = {w for w in subject if w not in ANNUAL_WORDS} or subject
    candidates = without_former_period(by_month, query.attributes)   # 「前回(R3)割合」 only when asked
    card = card_name(scored.before) if any(not c.label and c.header for c in candidates) else ""
    # a row of values only (a 事業 card's 予算現額｜決算額 row) is the row of the name line over its table
    candidates = [replace(c, label=f"{card}の{c.header}") if card and not c.label and c.header else c
                  for c in candidates]
    terms = _quoted_terms(question)
    # an attribute the question names (決算, 当初) is checked as an attribute (the unit's or its document's), not
    # sought as a subject word beside the value
    subject = {w for w in subject if w not in query.attributes} or subject
    if years:
        candidates = [c for c in candidates if not (named := _years_named(c)) or named & years]
        # 「平成30年度の58人から令和６年度の41人に減少し、…１人学級」: the year asked names its own figure; a figure of
        # no year beside it is another thing
        # (「令和８年度末の町債残高は…、財政調整基金残高は…」: a clause naming the asked year alone speaks for the figures
        # it lists)
        candidates = [c for c in candidates if _years_named(c) & years
                      or (said := years_in(c.clause)) and said <= years] or candidates
    total = weight(subject) or 1.0

    def held_share(text: str) -> float:
        text = normalize(text).text
        tokens = expand(set(tokenize(text)))
        return weight({t for t in subject if t in tokens or (len(t) >= 2 and t in text)}) / total


    def subject_score(c: Candidate) -> float:
        if not subject:
            return 1.0
        bonus = 0.5 if years and years_in(c.header) & years else 0.0
        bonus += QUOTED_BONUS if terms and _names_term(c, terms) else 0.0
        # the words of its sentence before it count a little less than its own label (「人口は、約29万人で全道の約6%」)
        own = held_share(f"{c.label} {c.header} {c.quantity.qualifier}")
        return max(own, CLAUSE_WEIGHT * held_share(c.clause) if c.clause else 0.0) + bonus

    chosen = choose(candidates, query, subject_score)
    on_table = held_share(f"{scored.block} {getattr(scored, 'caption', '')}") if scored.labelled else 0.0
    # (never for a card whose own name line names none of the subject: its values are another 事業's)
    # (the cells of an attribute asked that their own header names: 「いくら不足」 over 更新費用｜不足額, the cost column's
    # header holding the subject's words is no label of the shortfall's)
    asked = [c for c in candidates if query.attributes & c.own_attributes] or candidates
    by_table = chosen is None and on_table and not any(subject_score(c) for c in asked) and not card
    if by_table:
        # no cell's own label says the subject, the table's caption does (「高鍋町一般会計補正予算の概要」 over
        # 「当初予算額」, 「既補正額」 …): its words are every cell's alike, the kind and attribute choose
        chosen = choose(candidates, query, lambda c: on_table)
    if chosen is None:
        return None
    if by_table and _one_row_of_several(chosen, scored.labelled, question, tokenize):
        return None   # the caption says the subject of every row alike (「部門別の…排出量」 over 産業部門, 家庭部門 …)
    own_row = f"{scored.unit.quote}\n{chosen.label}\n{chosen.header}\n{chosen.clause}"
    if {(c, n) for c, n in counted if c not in EDITION_COUNTERS} - counted_numbers(own_row):
        return None   # 「第１段階の保険料は」: a value whose row names no 第１段階 (the 基準額 line above the table) is another's
    # the value must stand where the question's subject is said: 「市債の残高」 is not answered by 「市債 24億円」
    if subject and held_share(f"{scored.unit.quote}\n{chosen.label}\n{chosen.header}\n{chosen.clause}\n{chosen.context}") \
            < STATE_MIN_SUBJECT:
        return None
    # (a quote holding several rows, two printed side by side: the chosen cell's own row, not the others')
    row_text = scored.unit.quote
    if len({c.label for c in candidates if c.label}) > 1 and chosen.row:
        row_text = next((line for line in scored.labelled if _squeezed(split_cells(line)[0]) == _squeezed(chosen.row)),
                        scored.unit.quote)
    if _names_another_row(subject, f"{row_text}\n{chosen.label}\n{chosen.header}\n{scored.block}\n"
                          f"{getattr(scored, 'caption', '')}", scored.labelled, question):
        return None   # 「…野球場の夜間照明の改定率」 asked, the 全面 row found: the word the row lacks labels another row
    if other_account(question, f"{chosen.label} {chosen.header} {chosen.clause or scored.unit.quote}"):
        return None   # 「一般会計の総額」 asked, 「全会計の合計は…」 found: another account's amount
    rates = _asked_rates(question)
    if rates and not chosen.header and not any(r in normalize(f"{scored.unit.quote}\n{chosen.label}").text for r in rates):
        return None   # 「平均正答率は」: a sentence's share (「…の生徒が約３割いる」) that names no 正答率 is another measure's
    named = not subject or held_share(f"{chosen.label} {chosen.header} {chosen.quantity.qualifier}") > 0
    if named and subject and chosen.label and chosen.header and not _total(chosen.label) \
            and not held_share(f"{chosen.label} {chosen.quantity.qualifier} {chosen.clause}") \
            and not (years and (_years_named(chosen) | years_in(chosen.label)) & years) \
            and not query.attributes & attributes_named(chosen.label) \
            and not groups_named(question) and not (terms and _names_term(chosen, terms)) \
            and sum(1 for line in scored.labelled if value_quantities(line)) > 1:
        return None   # 「Ａ評価の指標はいくつ」: the Ａ column names it, not which of several rows (基本目標２ or 合計)
    if not named and chosen.header and not held_share(scored.block) and not by_table:
        return None   # a table cell whose row names none of the subject (a note below the table does): another row's
    if not named and chosen.label and chosen.header and not _total(chosen.label) \
            and not (years and (_years_named(chosen) | years_in(chosen.label)) & years) \
            and not query.attributes & attributes_named(chosen.label) \
            and (sum(1 for line in scored.labelled if value_quantities(line)) > 1 or chosen.row and not by_table):
        return None   # 「第１段階」's cell for 「基準額は月額いくら」: a row the question does not name, among others
    return Statement(chosen.label if named else "", chosen.quantity.raw.strip(), chosen.quantity)


def other_account(question: str, text: str) -> bool:
    """True when the question names an account's scope (一般会計) and `text` names only others (全会計, 特別会計): a
    statement's clause, or a budget line's 事業 and item (assistant.budget_answers)."""
    asked = {a for a in ACCOUNT_SCOPES if a in normalize(question).text}
    said = {a for a in ACCOUNT_SCOPES if a in normalize(text).text}
    return bool(asked and said) and not asked & said


def _asked_rates(question: str) -> set[str]:
    """The named rates a question asks (「平均正答率」 -> 正答率, 「収支率」), not a progress (達成率, 進捗率)."""
    return {m for m in _RATE_NAME.findall(normalize(question).text) if m not in PROGRESS_RATE_WORDS}


_RATE_NAME = re.compile(r"[一-龥]{2}" + RATE_WORD)   # the two kanji before 率: 「平均正答率」 names 正答率


_BRACKETED = re.compile(r"[(（\[［].*[)）\]］]")


def card_name(before: tuple[str, ...]) -> str:
    """The name line over a table's header rows (「秋山郷移住体験住宅運営事業」 over 「予算現額 決算額 不用額 …」): one
    cell of words, no value, the lines between it and the row header lines only; "" when there is none."""
    for line in reversed(before):
        cells = line.split()
        if value_quantities(line):
            return ""
        if len(cells) == 1 and len(line.strip()) <= 40:
            # a unit note or a bracketed aside (「（単位：円）」) names no card
            return "" if unit_note_word(line) or _BRACKETED.fullmatch(line.strip()) else line.strip()
        if len(cells) < 2:
            return ""
    return ""


def _one_row_of_several(chosen: Candidate, labelled, question: str, tokenize) -> bool:
    """Whether a cell chosen by its table's caption alone stands in one of several rows of values that the question
    tells apart by nothing: no word of its row's label that the other rows' labels lack is asked (「当初予算額」 asked
    as 「当初予算額は」 is told apart; 「産業部門」 under a caption naming the 排出量 asked is not, nor is
    「…助成事業」 by the 事業 of 「事業費」, every row's word)."""
    label = normalize(chosen.row or chosen.label).text.strip()
    others = {normalize(split_cells(line)[0]).text.strip() for line in labelled if value_quantities(line)} - {label, ""}
    if not others:
        return False
    asked = normalize(question).text
    shared = {t for other in others for t in tokenize(other)}
    return not (label in asked or any(len(t) >= 2 and t in asked for t in set(tokenize(label)) - shared))


_QUESTION_NUMBER = re.compile(r"(?:^|\s)(?:問|設問|質問|Q)\s*$")


def first_statement(chosen: list, query: Query, subject: set[str], tokenize, weight, years: set[int] = frozenset(),
                    question: str = "") -> tuple[Statement | None, list]:
    """The value the best quote states, else the one the next nearly-as-good quote states (the row of 「第１段階」 just
    after the 基準額 line the search ranked first, which states no value for it), with the quotes reordered so the
    stating one is cited first; (None, chosen) when none states one."""
    stated = [(value, unit) for unit in chosen
              if (value := choose_statement(unit, query, subject, tokenize, weight, years, question)) is not None]
    if not stated:
        return None, chosen
    value, unit = stated[first_answering(stated, question)]   # 「寄附件数」 over a row of its breakdown
    return value, [unit] + [c for c in chosen if c is not unit]


def _names_another_row(subject: set[str], row: str, labelled, question: str = "") -> bool:
    """Whether a subject word the chosen row does not hold labels another row of its table (the first two cells of a
    row holding values; a title line is no row), or the question names another row's label cell as written
    (「松崎中学校体育館」, which the tokenizer cuts 中／学校 and so matches 「…小学校 体育館」 word by word). `row`
    holds the chosen row with its table's caption and heading: a word they say (the town in 「ひばり野市 体育施設…」)
    is the table's, not another row's."""
    own = normalize(row).text
    rows = [_label_cells(line) for line in labelled if value_quantities(line)]
    # the chosen row itself (its first two cells stand in it) names no other row
    rows = [cells for cells in rows if not all(_squeezed(c) in _squeezed(row) for c in cells[:2])]
    labels = [normalize(" ".join(cells)).text for cells in rows]
    if any(len(w) >= 2 and w not in own and any(w in label for label in labels) for w in subject):
        return True
    asked, own_squeezed = _squeezed(question), _squeezed(row)
    return any(len(cell) >= 4 and cell in asked and cell not in own_squeezed
               for cells in rows for cell in map(_squeezed, cells))


def _label_cells(line: str) -> list[str]:
    """A row's cells before its first value (「令和11年度｜小川中学校｜改築工事（校舎）」), at least its first two."""
    cells = split_cells(line)
    n = next((i for i, cell in enumerate(cells) if value_quantities(cell)), len(cells))
    return cells[:max(n, 2)]


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", normalize(text).text)


def _step(value: float) -> float:
    """The place of a round figure's last printed digit (「2,120億円」 -> 10億): what it was rounded to."""
    n, step = int(round(abs(value))), 1.0
    while n and n % 10 == 0:
        n //= 10
        step *= 10
    return step


def precise_form(statement: Statement, unit, units: list, query: Query):
    """The same amount printed more precisely in the same document (「一般会計が2,120億円」 in prose,
    「2,119億8,400万円」 in the table): (statement, unit) of the exact figure, or None. A prose figure is a
    rounding of the printed one; the answer states the amount as the document prints it in full."""
    value = statement.quantity.value
    step = _step(value)
    if step < 1e6 or statement.quantity.qualifier.strip() in BOUND_WORDS:
        return None   # 「40億円以上を確保」: a bound is set, not rounded
    if _step(value * 10) > abs(value):
        step /= 10    # one figure (「40億円」): rounded at most to the place after it, not to its own (36億 is not it)
    found = []
    for other in units:
        if other.unit.quote == unit.unit.quote:
            continue   # the line that states the figure prints any other amount of its as another figure
        for c in unit_candidates(other):
            q = c.quantity
            if q.kind == "money" and q.value != value and abs(q.value - value) <= step / 2 and _step(q.value) < step \
                    and not c.is_change and query.takes(q.kind, q.unit):
                found.append((c, other))
    if len({c.quantity.value for c, _ in found}) != 1:
        return None
    c, other = found[0]
    return Statement(statement.label if statement.label and statement.label in other.unit.quote else "",
                     c.quantity.raw.strip(), c.quantity), other


def statement_line(statement: Statement, n: int) -> str:
    if statement.label:
        return f"{statement.label}は {statement.value} です[{n}]"
    return f"{statement.value} です[{n}]"


def read_value(quote: str, question: str, subject: set[str] = frozenset(), years: set[int] = frozenset(),
               before: tuple[str, ...] = (), labelled: tuple[str, ...] = ()) -> Statement | None:
    """The value one quote states for a question (subject words matched as text): `choose_statement` for a
    quote standing alone, with the lines `before` it and its passage's `labelled` table rows."""
    from assistant.query import read_query
    from types import SimpleNamespace

    unit = SimpleNamespace(unit=SimpleNamespace(quote=quote), block="", before=before, labelled=labelled, row_head="",
                           around="")
    return choose_statement(unit, read_query(question), set(subject), lambda text: [],
                            lambda words: float(sum(len(w) for w in words)), set(years), question)
