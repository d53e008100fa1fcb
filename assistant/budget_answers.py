"""Budget answers from the plans' records: the matched lines' amounts under their columns' own names (the header
cited beside the row), a sum only when asked and every addend matched, and a 債務負担行為's 期間."""
from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from assistant.budget_changes import asks_rate, beside_change, beside_rate, change_lines, one_row
from ingest.plans.comparison_tables import is_change_column
from assistant.messages import NEAREST
from assistant.numbered_parts import rows_of_part
from assistant.query import numbers_named
from assistant.records import Answer
from assistant.statements import other_account
from ingest.plans.budget_tables import is_part_column, is_previous_year_column, part_name
from ingest.plans.records import BudgetLine, Source
from ingest.text.brackets import OPENERS
from ingest.text.normalize import quote_text
from ingest.vocab.eras import CURRENT_ERA_WORDS, read_years
from ingest.vocab.frame_words import YEARS_SPAN
from ingest.vocab.quantities import PER_UNIT
from ingest.vocab.header_words import (ACCOUNT_ENDING, AMOUNT_COLUMN_WORDS, DEFAULT_AMOUNT_COLUMN, GRAND_TOTAL_WORDS,
                                      PREVIOUS_YEAR_LABELS, TOTAL_ROW_ENDINGS)

if TYPE_CHECKING:
    from assistant.plans import PlanRegistry


COMPUTED = "（計算）"   # a line the answer computed (a sum); `assistant.verify` checks its addends instead
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_ERA_YEAR = rf"(?:{CURRENT_ERA_WORDS})\s*(?:元|[0-9０-９]{{1,2}})\s*年度?"
_PERIOD_FROM = re.compile(_ERA_YEAR + r"\s*(?:から|～|~|〜)")
_PERIOD_TO = re.compile(_ERA_YEAR + r"\s*まで")
_ASKS_PREVIOUS_YEAR = re.compile("(?:" + "|".join(sorted(PREVIOUS_YEAR_LABELS, key=len, reverse=True)) + ")(?![度比])")


def header_source(plans: PlanRegistry, source: Source, column: str) -> Source | None:
    """The header line naming `column` above a table row (to cite where a column's year or unit stands)."""
    if not column or source.doc not in plans.documents:
        return None
    text = plans.documents[source.doc].text
    at = text.rfind(column, max(0, source.start - 20000), source.start)
    if at < 0:  # the column name as printed with full-width digits (「令和４年度決算額」)
        at = text.rfind(column.translate(_FULL_WIDTH), max(0, source.start - 20000), source.start)
    if at < 0:
        return None
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    if source.doc.lower().endswith(".pdf") and "\t" in text[start:end]:
        # a ruled PDF header row's cells written side by side: cells merged down over two header rows print on
        # another line than the group cell beside them, so only the column's own cell is a printed span
        start = max(start, text.rfind("\t", start, at) + 1)
        cut = text.find("\t", at, end)
        end = end if cut < 0 else cut
    return Source(source.doc, start, end, re.sub(r"\s+", " ", text[start:end]).strip())


def answer_period(plans: PlanRegistry, question: str, lines: list[BudgetLine]) -> Answer | None:
    """「…の債務負担行為の期間は？」: the 期間 cell of the matched row (「令和７年度から」…「令和11年度まで」),
    as the row's quote writes it; None when the row states no period (never the amount instead)."""
    for line in lines[:1]:
        quote = line.source.quote
        begin, until = _PERIOD_FROM.search(quote), _PERIOD_TO.search(quote)
        if not (begin or until):
            continue
        period = "".join(m.group(0).strip() for m in (begin, until) if m)
        return Answer(question, True, f"{line.item}の期間は {period} です[1]\n{quote}[1]",
                      [plans.citation(1, line.source)], kind="budget")
    return None


def answer_budget(plans: PlanRegistry, question: str, lines: list[BudgetLine], wants_sum: bool) -> Answer | None:
    """The matched lines' amounts, each under its column's own name (the header cited beside the row);
    a sum only when asked for and every addend matched; never an account's line for another account asked."""
    lines = [line for line in lines if not other_account(question, f"{line.project} {line.item}")]
    previous = [line for line in lines if is_previous_year_column(_column_name(line))]
    current = [line for line in lines if line not in previous]
    lines, change_asked = change_lines(question, current)
    if lines is None:   # 「何％増えた」 where the table prints the change in amount only: the passages may say it;
        return _beside_last_year(plans, question, current)   # 「（前年度 6,200万円）」 beside: both
    if change_asked:   # 「前年度からいくら増えた」: the change beside this year's amount, never last year's, nor a sum
        wants_sum = False
    elif _ASKS_PREVIOUS_YEAR.search(question):
        lines = lines + previous
        if not any(_ASKS_PREVIOUS_YEAR.search(l.column) for l in lines):
            return None    # 「前年度の予算は？」: this year's line is not last year's amount (the passages may hold it)
        lines = previous or lines   # the 前年度予算額 column beside this year's, never this year's amount
    else:
        # last year's amount never answers for this year, only for its own year named (「令和８年度と令和７年度で」)
        named_years = {y.year for y in read_years(question) if not y.bare}
        lines = [line for line in lines if line not in previous] + \
            [line for line in previous if line.fiscal_year in named_years]
    per_unit = bool(PER_UNIT.search(question))   # 「町民１人当たり」 is no total budget, nor a total a per-head amount
    # (a heading 「町民１人当たりにすると」 over a line says it of the line too)
    lines = [line for line in lines if not _names_other_column(plans, question, line) and _part_asked(question, line)
             and not _other_number(question, line)
             and bool(PER_UNIT.search(f"{line.item} {line.column} {line.project}")) == per_unit]
    blank = [line for line in lines if not re.search(r"[0-9０-９]", line.raw)]   # a 「－」 cell is no amount
    lines = [line for line in lines if line not in blank]
    if blank and not lines:   # the asked cell is 「－」: its row for the reader, never a neighbour's amount nor 「-千円」
        return _without_value(plans, question, blank)
    lines = rows_of_part(question, lines)   # 「基本目標２の」: its row, never the 合計 row of all the goals
    named = [line for line in lines if _column_cell_named(question, line.column)]
    lines = named or lines   # 「3か年の事業費は？」: the 「3か年計」 column the question names, not each year's beside it
    parts = [line for line in lines if is_part_column(_column_name(line))]
    wholes = _wholes_of(plans, parts) if parts else []
    if parts and _whole_asked_beside(question, wholes):   # 「事業費と一般財源は？」: each, the whole first
        lines = [line for part in parts for line in (*[w for w in wholes if _same_row(w, part)], part)]
    else:
        lines = parts or lines      # 「事業費のうち一般財源は？」: the part's line, never the whole beside it
    totals = [line for line in lines if _is_total_column(line.column)]
    grand = [line for line in totals if _norm_item(line.item).startswith(GRAND_TOTAL_WORDS)]
    if wants_sum and len(grand) == 1:
        totals = grand   # 「事業費の３か年の合計額は」 over every 事業: the plan's own 合計 row, never one 事業's
    row_totals = [line for line in lines if _norm_item(line.item).endswith(TOTAL_ROW_ENDINGS)
                  and not _norm_item(line.item).endswith(ACCOUNT_ENDING)]   # (「介護保険特別会計」 ends in 計: no total)
    if wants_sum and not totals and row_totals:   # 「特別会計の合計は」 over each 会計 and their 小計: the 小計, never a
        totals = row_totals                       # sum of the parts and their own total
    if (wants_sum or YEARS_SPAN.search(question)) and totals:
        lines, wants_sum = totals[:1], False   # 「3か年の合計は？」: the document's own total, never a sum of ours
    chosen = lines if wants_sum else lines[:5]
    if wants_sum and len(chosen) == 1 and not totals_only(chosen) \
            and _norm_item(chosen[0].item) not in _norm_item(question):
        return None   # 「事業費の合計は」 matched by one 事業's line it never names: no total of the plan
    if not chosen or (wants_sum and len(chosen) < 2):
        wants_sum = False
    if not chosen:
        return None
    if not wants_sum and _undistinguished(chosen):
        return _without_value(plans, question, chosen)
    citations, statements, headers = [], [], {}
    said_at: dict[float, int] = {}   # an amount in yen -> the statement that states it
    for line in chosen:
        if change_asked and statements and beside_rate(chosen, line):   # the rate beside the amount, cited with it
            statements[-1] = beside_change(statements[-1], line.column, line.raw + ("" if line.raw.endswith(line.unit)
                                                                                    else line.unit))
            continue
        n = len(citations) + 1
        citations.append(plans.citation(n, line.source))
        named = bool(line.column) and line.column in f"{line.item}{line.source.quote}"
        header = None if named else header_source(plans, line.source, line.column)   # 「決算額は…」 says it itself
        marks = f"[{n}]"
        if header is not None:
            key = (header.doc, header.start)
            if key not in headers:
                headers[key] = len(citations) + 1
                citations.append(plans.citation(headers[key], header))
            marks += f"[{headers[key]}]"
        column = line.column if header is not None else (line.column or DEFAULT_AMOUNT_COLUMN)   # 決算額 stays 決算額
        amount = line.raw if line.unit and line.raw.endswith(line.unit) else f"{line.raw}{line.unit}"
        what = line.item if (line.column and line.column in line.item) or line.item in AMOUNT_COLUMN_WORDS \
            else f"{line.item}の{column}"     # 「補正額」 says its column itself
        if line.project and line.project not in what and (
                (what == line.item and len(line.item) <= len(line.column) + 2) or line.item in AMOUNT_COLUMN_WORDS):
            what = f"{line.project}の{what}"   # a bare 「決算額」/「事業費」 is the 事業's it stands under
        elif not line.item and line.project:
            what = f"{line.project}の{column}"   # a card's row of values has no item: its 事業 names it
        first = said_at.get(line.amount_yen) if line.amount_yen and not wants_sum else None
        if first is not None:   # the same amount printed in another form (a table's 千円, a sentence's 億/万)
            statements[first] = _with_other_form(statements[first], amount, marks)
            continue
        if line.amount_yen:
            said_at[line.amount_yen] = len(statements)
        statements.append(f"{what}は {amount} です{marks}")   # 「1億1668万8千円」 carries its unit
    if wants_sum and len({l.unit for l in chosen}) == 1 and all(l.amount is not None for l in chosen):
        total = sum(l.amount for l in chosen)
        statements = [f"・{s}" for s in statements]
        statements.append(f"{COMPUTED}合計: {' + '.join(l.raw for l in chosen)} = {total:,.0f}{chosen[0].unit}"
                          "（資料に合計の記載はなく、上の各項を足した値です）")
    return Answer(question, True, "\n".join(statements), citations, kind="budget")


def _beside_last_year(plans: PlanRegistry, question: str, current: list[BudgetLine]) -> Answer | None:
    """A change asked of one line printed with last year's amount beside it but no change (「事業費 1億3,450万円 （前年度
    6,200万円）」, ingest.plans.change_phrases.last_year_beside): both amounts as printed, in one statement citing them
    both (the reader sees the change; no difference of ours). None unless exactly one line has it."""
    if asks_rate(question) or any(is_change_column(line.column) for line in current):
        return None   # a rate asked, or a table whose change column lacks it: never the two amounts instead
    beside = [line for line in current if line.description.startswith(tuple(OPENERS)) and is_previous_year_column(
        line.description.lstrip("".join(OPENERS)).strip())]
    if len({(line.source.doc, line.item, line.project) for line in beside}) != 1:
        return None
    line = beside[0]
    text = plans.documents[line.source.doc].text
    end = text.find(line.description[-1], line.source.end) + 1
    if end <= line.source.end or end - line.source.end > len(line.description) + 8:
        return None
    source = Source(line.source.doc, line.source.start, end, quote_text(text[line.source.start:end]))
    what = f"{line.project}の{line.item}" if line.project and line.item in AMOUNT_COLUMN_WORDS else line.item
    return Answer(question, True, f"{what}は {_printed(line)}{line.description} です[1]",
                  [plans.citation(1, source)], kind="budget")


def _printed(line: BudgetLine) -> str:
    return line.raw if line.unit and line.raw.endswith(line.unit) else f"{line.raw}{line.unit}"


def _with_other_form(statement: str, amount: str, marks: str) -> str:
    """「一般会計の補正額は 842,600千円（８億４，２６０万円） です[1][2][3]」: a statement with the same amount as another
    quote of the document prints it (each form verbatim, each cited); unchanged when the form is the same."""
    head, _, tail = statement.rpartition(" です")
    if unicodedata.normalize("NFKC", amount).replace(",", "") in unicodedata.normalize("NFKC", head).replace(",", ""):
        return statement[:len(head) + 3] + tail + marks if marks not in tail else statement
    return f"{head}（{amount}） です{tail}{marks}"


TOTAL_COLUMN_ENDINGS = tuple(f"{word}）" for word in TOTAL_ROW_ENDINGS)   # 「事業費（3か年計）」 (a total row's line)


def _norm_item(item: str) -> str:
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", item))


def totals_only(lines: list[BudgetLine]) -> list[BudgetLine]:
    """The lines that are totals themselves (a 合計/小計 row, a 「３か年計」 column): what a sum question asked of one
    line may be answered by — never one 事業's amount for 「…の合計は」."""
    return [line for line in lines if _norm_item(line.item).endswith(TOTAL_ROW_ENDINGS)
            or any(w in _norm_item(f"{line.item}{line.column}") for w in GRAND_TOTAL_WORDS)
            or _is_total_column(line.column)]


def one_current(lines: list[BudgetLine]) -> bool:
    """True when one line of a comparison row is this year's amount (the rest last year's and the changes)."""
    return sum(1 for line in lines if not is_previous_year_column(_column_name(line))
               and not is_change_column(line.column)) == 1


def one_asked(question: str, lines: list[BudgetLine]) -> list[BudgetLine]:
    """The matched lines when they give one answer to a question that names no column: one line; the one
    total-of-years line (「３年間でいくら」); [] otherwise."""
    if len(lines) == 1:
        return lines
    spans = [line for line in lines if _is_total_column(line.column)]
    return spans if YEARS_SPAN.search(question) and len(spans) == 1 else []


def _column_cell_named(question: str, column: str) -> bool:
    """True when the question names a grouped column's own cell (「事業費(千円) 3か年計」 by 「３か年」), its total word
    aside; a single-cell column (「決算額」) is matched elsewhere."""
    if " " not in column.strip():
        return False
    cell = column.split()[-1]
    core = next((cell[:-len(w)] for w in TOTAL_ROW_ENDINGS if cell.endswith(w) and len(cell) > len(w)), cell)
    return len(core) >= 2 and unicodedata.normalize("NFKC", core) in unicodedata.normalize("NFKC", question)


def _is_total_column(column: str) -> bool:
    """True for a total column: 「事業費（3か年計）」, or a group header's last cell 「事業費(千円) 3か年計」."""
    return column.endswith(TOTAL_COLUMN_ENDINGS) or (" " in column.strip()
                                                      and column.split()[-1].endswith(TOTAL_ROW_ENDINGS)) \
        or (bool(YEARS_SPAN.search(column)) and column.endswith(TOTAL_ROW_ENDINGS))   # 「３か年計」 alone


def _other_number(question: str, line: BudgetLine) -> bool:
    """True when the question asks a numbered 補正予算 (「補正予算（第6号）」) and the line is of another number
    (「…補正予算（第5号）」, in its item or in the heading it stands under): a 第5号's amount never answers for a 第6号."""
    asked = numbers_named(question)
    named = numbers_named(line.item) or numbers_named(line.project)
    return bool(asked and named) and not asked & named


def _column_name(line: BudgetLine) -> str:
    """A line's column without its unit and kind: 「うち一般財源(千円)（決算）」 -> うち一般財源."""
    return re.split(r"[（(]", line.column)[0]


def _part_asked(question: str, line: BudgetLine) -> bool:
    """False for a line of a part column (「うち一般財源」) when the question does not name that part: 「事業費は？」 is
    never answered by the 一般財源 beside it."""
    part = part_name(_column_name(line))
    return not part or part in re.sub(r"\s", "", question)


def _undistinguished(lines: list[BudgetLine]) -> bool:
    """True when the first line's 事業, column and year stand beside another amount (a table whose rows are years the
    reader could not tell apart): stating either would be a guess."""
    first = lines[0]
    key = (first.item, first.column, first.fiscal_year, first.source.doc)
    return any((l.item, l.column, l.fiscal_year, l.source.doc) == key and l.raw != first.raw for l in lines[1:])


def _without_value(plans: PlanRegistry, question: str, lines: list[BudgetLine]) -> Answer:
    """The lines' quotes without a stated value, for the reader to check (「問われた値を特定できませんでした」): not found,
    each quote once (the cells of one row are one quote)."""
    sources = list({(line.source.doc, line.source.start, line.source.quote): line.source for line in lines}.values())
    citations = [plans.citation(n, source) for n, source in enumerate(sources, start=1)]
    quotes = [f"{source.quote}[{n}]" for n, source in enumerate(sources, start=1)]
    return Answer(question, False, "\n".join([NEAREST] + quotes), citations, kind="budget")


_AMOUNT_HEADER = re.compile(r"財源|費|額|計")


def _names_other_column(plans: PlanRegistry, question: str, line: BudgetLine) -> bool:
    """True when the question names another amount column of the line's table and not the line's own, or a part of
    it (「事業費のうち一般財源」 beside 「事業費」): the line's amount is not the one asked."""
    header = header_source(plans, line.source, line.column) if line.column else None
    if header is None:
        return False
    column = line.column.split("（")[0]
    for cell in header.quote.split():
        core = re.sub(r"^(?:うち|内)", "", cell)
        if cell == column or len(core) < 2 or not _AMOUNT_HEADER.search(core) or core in column or core in line.item:
            continue
        if core in question and (core != cell or column not in question):   # a part (うち…) or the other column alone
            return True
    return False


def _whole_asked_beside(question: str, wholes: list[BudgetLine]) -> bool:
    """True when the question asks the whole amount beside its part (「事業費と一般財源は？」): its column named
    before 「と」 or 「、」; a part asked alone (「事業費のうち一般財源」) is no such question."""
    return any(re.search(re.escape(_column_name(line)) + r"\s*(?:と|、|及び|および)", question) for line in wholes
               if len(_column_name(line)) >= 2)


def _same_row(a: BudgetLine, b: BudgetLine) -> bool:
    return (a.source.doc, a.source.start, a.item) == (b.source.doc, b.source.start, b.item)


def _wholes_of(plans: PlanRegistry, parts: list[BudgetLine]) -> list[BudgetLine]:
    """The lines of the whole amounts on the rows of these parts (事業費 beside 一般財源)."""
    return [line for line in plans.budgets if any(_same_row(line, part) for part in parts)
            and not is_part_column(_column_name(line)) and not is_previous_year_column(_column_name(line))
            and not is_change_column(line.column)]
