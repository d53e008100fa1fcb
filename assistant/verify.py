"""Every number an answer states stands in a quote it cites: the check behind "a figure you can trust".

Numbers are compared in the contract's form (NFKC, whitespace removed). A line marked as computed
(budget_answers.COMPUTED, a sum) must have every addend in a cited quote and the stated total equal to their sum.
Numbers the question itself holds (「進捗率が80%未満」) and the count of a list header (「… 3 件です。」)
are not claims about the documents.
"""
from __future__ import annotations

import re
import unicodedata

from assistant.budget_answers import COMPUTED
from assistant.records import Answer
from ingest.text.normalize import comparable
from ingest.vocab.units import LIST_COUNTER

_NUMBER = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")
_MARKER = re.compile(r"\[([0-9]+)\]")
_LIST_HEAD = re.compile(rf"は\s*[0-9]+\s*{LIST_COUNTER}です(?:（計算[^）]*）)?。$")   # (assistant.tallies counts rows)


def unsupported_numbers(answer: Answer) -> list[str]:
    """The numbers of a found answer that no cited quote holds (empty: every figure is backed)."""
    if not answer.found:
        return []
    quotes = {c.n: _forms(c.quote) for c in answer.citations}
    asked = _forms(answer.question)
    missing = []
    for line in answer.answer.splitlines():
        cited = [int(n) for n in _MARKER.findall(line)]
        pool = [quotes[n] for n in cited if n in quotes] or list(quotes.values())
        text = _spaced(_MARKER.sub("", line))
        if line.startswith(COMPUTED):
            missing += _check_sum(comparable(_MARKER.sub("", line)), [f for q in quotes.values() for f in q])
            continue
        if not cited and _LIST_HEAD.search(line.strip()):
            continue
        for number in _NUMBER.findall(text):
            if any(_stands(number, form) for form in asked) or any(_stands(number, f) for q in pool for f in q):
                continue
            missing.append(number)
    return missing


def _spaced(text: str) -> str:
    """NFKC with ※ removed and whitespace kept as one space: numbers of a table row stay apart (「8,300 96.8%」)."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).replace("※", "")


def _forms(text: str) -> tuple[str, ...]:
    """A quote in both forms a number may stand in: spaced (row cells apart) and the contract's (「4, 107」 = 4,107)."""
    return (_spaced(text), comparable(text))


def _stands(number: str, text: str) -> bool:
    """`number` stands in `text` as a whole number (7,688 in 「7,688人」, never 72 in 「972ha」), or as one of the
    numbers the text reads as (30.10 and 1 of a date 「H30.10.1」, read the same way from the answer)."""
    return re.search(rf"(?<![0-9.,]){re.escape(number)}(?![0-9]|[.,][0-9])", text) is not None \
        or number in _NUMBER.findall(text)


def _check_sum(text: str, quotes: list[str]) -> list[str]:
    m = re.search(r"合計:(.+)=([0-9,.]+)", text)
    if not m:
        return [text]
    addends = _NUMBER.findall(m.group(1))
    missing = [a for a in addends if not any(_stands(a, q) for q in quotes)]
    total = sum(float(a.replace(",", "")) for a in addends)
    if abs(total - float(m.group(2).replace(",", ""))) > 1e-6:
        missing.append(m.group(2))
    return missing
