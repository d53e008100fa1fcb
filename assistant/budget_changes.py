"""A question asking how much a budget line grew or fell (「民生費は前年度からいくら増えた」「増減率は」), answered by the
change column of a comparison table (区分｜令和８年度｜令和７年度｜増減額｜増減率, `ingest.plans.comparison_tables`).

The change asked (in amount, or in percent where the question asks a rate) is stated first, then this year's amount
of the same row; a question that asks no change is never answered by a change column."""
from __future__ import annotations

import re
import unicodedata

from ingest.plans.comparison_tables import is_change_column, is_rate_column
from ingest.plans.records import BudgetLine
from ingest.vocab.header_words import (CHANGE_AMOUNT_ASKED, CHANGE_ANCHOR_WORDS, CHANGE_ASK_WORDS,
                                      CHANGE_RATE_ASK_WORDS, CHANGE_RATE_HEADERS, PREVIOUS_YEAR_LABELS)


def asks_change(question: str) -> bool:
    """「前年度からいくら増えた」「前年度と比べて減った額」「増減率は」: a change from last year asked."""
    return any(word in question for word in CHANGE_RATE_HEADERS) or (
        any(word in question for word in CHANGE_ASK_WORDS) and any(word in question for word in CHANGE_ANCHOR_WORDS))


def asks_rate(question: str) -> bool:
    """「何％増えた」「伸び率は」: the change asked in percent."""
    return any(word in question for word in CHANGE_RATE_ASK_WORDS)


def one_row(lines: list[BudgetLine]) -> bool:
    """True when the lines are the cells of one table row (this year's, last year's, the change)."""
    return len({_row(line) for line in lines}) == 1


def change_lines(question: str, lines: list[BudgetLine]) -> tuple[list[BudgetLine] | None, bool]:
    """(the lines that answer, whether a change answers): for a change question, each asked change line followed
    by this year's amount of its row; otherwise the lines without the change columns'. (None, True) for a change
    no line prints (a rate where the table prints amounts only, a budget book without a change column): no amount
    answers that."""
    lines, named = _named_rows(question, lines)
    changes = [line for line in lines if is_change_column(line.column)]
    rest = [line for line in lines if line not in changes]
    if not asks_change(question):
        return rest, False
    if not changes:
        return None, True   # a change no line prints: never this year's or last year's amount instead
    rate = asks_rate(question)
    # 「減っていますか」「どれだけ増えましたか」: neither an amount nor a rate named, the row's rate goes beside its amount
    both = not rate and not _AMOUNT_CHANGE_ASKED.search(question)
    wanted = [line for line in changes if is_rate_column(line.column) == rate]
    if not wanted or (not named and len({(line.source.doc, line.item) for line in wanted}) > 1):
        return None, True   # no such change printed, or changes of several rows the question names none of
    out: list[BudgetLine] = []
    for line in [line for line in wanted if line.item == wanted[0].item]:   # one row's change, never a sum of rows
        out.append(line)
        row = (line.source.doc, line.source.start)
        out += [other for other in changes if both and is_rate_column(other.column) and _row(other) == row][:1]
        out += [other for other in rest if (other.source.doc, other.source.start) == row and other not in out]
    return out, True


# The words that ask a change in amount (「いくら増えた」「増加額は」): its rate is then not asked beside it.
_AMOUNT_CHANGE_ASKED = re.compile(CHANGE_AMOUNT_ASKED)


def beside_change(statement: str, column: str, amount: str) -> str:
    """「消防費の増減は △2,720万円（前年度比 △6.1） です[1][2]」: a row's rate of change printed beside its change in
    amount, in the statement that states the amount (each as the row prints it; the row is cited once)."""
    head, _, tail = statement.rpartition(" です")
    return f"{head}（{column} {amount}） です{tail}"


def beside_rate(chosen: list[BudgetLine], line: BudgetLine) -> bool:
    """Whether a rate line follows its own row's change in amount among the lines stated (printed beside it)."""
    i = chosen.index(line)
    before = chosen[i - 1] if i else None
    return before is not None and is_rate_column(line.column) and is_change_column(before.column) \
        and not is_rate_column(before.column) \
        and _row(before) == _row(line)


def _row(line: BudgetLine) -> tuple[str, int]:
    return line.source.doc, line.source.start


def _named_rows(question: str, lines: list[BudgetLine]) -> tuple[list[BudgetLine], bool]:
    """Of a comparison table's rows (those with a change column), the ones whose label the question writes out
    (「一般会計」), when some are: the other rows matched only through the heading above the table (「一般会計の歳入・
    歳出」) and are no part of what is asked."""
    compared = {_row(line) for line in lines if is_change_column(line.column)}
    asked = _core(question)
    named = {_row(line) for line in lines if _row(line) in compared and len(_core(line.item)) >= 2
             and _core(line.item) in asked}
    if not named:
        return lines, False
    return [line for line in lines if _row(line) not in compared or _row(line) in named], True


def _core(text: str) -> str:
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", text))


def change_words_aside(question: str, subject: set[str]) -> set[str]:
    """The subject tokens of a change question (「一般会計の前年度からの増加額は」) without those of its change words
    (増加, 前年度): what is left names the row; the subject unchanged for any other question."""
    if not question or not asks_change(question):
        return subject
    words = CHANGE_ASK_WORDS + PREVIOUS_YEAR_LABELS
    # (「伸び率」 as one token: a rate of the change, no word of the row either)
    kept = {token for token in subject if not any(token in word for word in words)
            and not any(token in word or word in token for word in CHANGE_RATE_HEADERS)}
    return kept   # (empty: 「令和6年度予算の総額と前年度からの増額は」 names no row; one change in scope answers it)


# 「一般会計と特別会計を合わせた全会計」: the words before name the parts a whole is made of, the words after the whole.
_COMBINED = re.compile(r"(?:を|とを)?(?:合わせた|あわせた|合算した|合計した|足した|含めた)")


def combined_aside(question: str, subject: set[str]) -> set[str]:
    """The subject tokens of a question naming a whole by its parts (「一般会計と特別会計を合わせた全会計でいくら」)
    that the words naming the whole hold (全, 会計): the parts are no row asked. Unchanged for any other question, or
    when nothing names the whole after the parts."""
    m = _COMBINED.search(question or "")
    if not m:
        return subject
    after = question[m.end():]
    return {token for token in subject if token in after} or subject
