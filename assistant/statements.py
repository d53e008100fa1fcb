"""The value a number question asks for, stated first: 「来店者購入者延べ数は 7,688人 です[1]」.

The value is read from the chosen quote unit (a sentence, a list item, a table row): the number of
the asked kind (人, 社, 件, %, 円 …) whose label — the words just before it in the same unit — shares
most with the question. Label and value are both taken from the unit, so they stand in its quote.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.textnorm import normalize_query

VALUE = re.compile(r"(?:約|累計|延べ|計)?\s*[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:[万億千百]?(?:人|名|社|件|円|部|回|品|種類|食|団体|"
                   r"か所|箇所|ヶ所|店|戸|台|校|施設|日|ha|kW|トン|m2|%|％|割|倍|ポイント|位|年|月|事業)|‰)?")
_LABEL_CUT = re.compile(r"[、，,：:。\t　]|\s{2,}|\(|（")
MAX_LABEL = 24
LONG_SENTENCE = 80   # in running prose the words before a number are not its label


def _is_label(label: str) -> bool:
    """A row or item label (「来店者購入者延べ数」), not a piece of prose (「約 29 万人で全道の」)."""
    return 0 < len(label) <= MAX_LABEL and not re.search(r"[0-9]", label) and not re.search(r"[のでにをとがはも]$", label)


@dataclass(frozen=True)
class Statement:
    label: str      # the words before the value in the unit ("" when none fit)
    value: str      # the value as the unit writes it (normalised spaces)


def read_value(unit_text: str, pattern: re.Pattern | None, question_words: set[str],
               years: set[int] | frozenset = frozenset()) -> Statement | None:
    """The best value of the asked kind in one unit (None when the unit holds none, or when several values
    are equally likely and nothing — neither a label sharing the question's words nor a year the question
    names just before the value (「R5 9校」) — tells them apart: a guessed figure is worse than none)."""
    from assistant.scope import years_in

    text = normalize_query(unit_text)
    best, best_score, scores = None, -1.0, []
    for m in VALUE.finditer(text):
        value = m.group(0).strip()
        if _is_date(text, m.start(), m.end()):
            continue  # 「R4年度」, 「令和5年6月」: a year or date, not the quantity asked for
        if not re.search(r"[^0-9,.\s]", value) and pattern is None:
            continue  # a bare number is a value only when the question's kind says so
        if pattern is not None and not pattern.search(value):
            continue
        head = text[:m.start()].rstrip(" ")
        label = _LABEL_CUT.split(head)[-1].strip() if head else ""
        label = re.sub(r"^(?:実績|成果|結果|概要)[:：]?", "", label).strip()
        if not _is_label(label) or len(text) > LONG_SENTENCE:
            label = ""
        score = sum(len(w) for w in question_words if w and w in label) + (0.5 if label else 0)
        if years and years & years_in(_YEAR_BEFORE.search(text[max(0, m.start() - 12):m.start()]).group(0)):
            score += 10   # the value stands right after the year asked (a year column's cell)
        scores.append(score)
        if score > best_score:
            best, best_score = Statement(label, value), score
    if scores.count(best_score) > 1:
        return None
    return best


_YEAR_BEFORE = re.compile(r"(?:(?:令和|平成|R|H)\s*(?:元|[0-9]{1,2})|(?:19|20)[0-9]{2})?\s*(?:年度?)?[\s(（]*$")


def _is_date(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 3):start]
    return bool(re.search(r"(?:令和|平成|昭和|[RH])\s*$", before)) or bool(re.fullmatch(r"[0-9]{4}\s*年", text[start:end].strip())) \
        or bool(re.fullmatch(r"[0-9]{1,2}\s*(?:年|月)", text[start:end].strip()))


def statement_line(statement: Statement, n: int) -> str:
    if statement.label:
        return f"{statement.label}は {statement.value} です[{n}]"
    return f"{statement.value} です[{n}]"
