"""Does a record (a KPI's indicator, a budget line's 事業) or a sentence match what the question is about?

The question's subject words are its tokens without the scope (places, years), without the words
that only say what is asked (目標値, いくら, 合計: `synonyms.GENERIC`). A match is IDF-weighted:
`asked` = share of the subject's weight the target holds (synonyms from `synonyms.SYNONYM_GROUPS`
count), `cover` = share of the target's own weight the subject holds.

The thresholds below were calibrated on tests/questions/own.jsonl (bench/own_questions.py prints
the precision and recall of "found" they give); change them only with that table.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.extractive import IdfTable
from ingest.vocab.synonyms import GENERIC, expand

KPI_MIN_ASKED = 0.6        # an indicator must hold this share of the question's subject
KPI_MIN_COVER = 0.3        # … and the subject this share of the indicator
BUDGET_MIN_ASKED = 0.6     # a budget line's 事業 name must hold this share of the subject
PASSAGE_MIN_SUBJECT = 0.45  # a sentence (with its item heading and the lines around) must hold this share of the subject


_SHORT_KANA = re.compile(r"[\u3041-\u3096ー]{1,2}")


@dataclass(frozen=True)
class Match:
    asked: float
    cover: float


def subject_tokens(tokens) -> set[str]:
    """The tokens that say what the question is about (generic question words, bare digits and short kana
    pieces such as 「いく」「つ」 of a split 「いくつ」 dropped)."""
    return {t for t in tokens if t not in GENERIC and not t.replace(".", "").replace(",", "").isdigit()
            and not _SHORT_KANA.fullmatch(t)}


def weight(tokens, idf: IdfTable) -> float:
    return sum(idf.idf(t) for t in tokens)


def match(subject: set[str], target: set[str], idf: IdfTable) -> Match:
    """How well `target` tokens match the `subject` tokens (0..1 each way)."""
    if not subject or not target:
        return Match(0.0, 0.0)
    wider_target = expand(target)
    held = {t for t in subject if t in wider_target}
    wider_subject = expand(subject)
    own = {t for t in target if t in wider_subject}
    return Match(weight(held, idf) / max(1e-9, weight(subject, idf)),
                 weight(own, idf) / max(1e-9, weight(target - GENERIC, idf) or weight(target, idf)))


# A name character: kanji, kana (not the particle の), the long-vowel mark, letters and digits.
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffぁ-んA-Za-z0-9ー々〆ヶ]")
_PROJECT_RUN = re.compile(r"[^\s、。,，.・「」『』()（）【】〔〕［］\[\]:：]*事業")
_DESCRIBED = re.compile(r"(?:する|した|して(?:いる|いく)|める|ける|る|う|く|た|な)事業$")


def names_another_project(question: str, name: str) -> bool:
    """True when the question names a 事業 (「病後児保育事業」) and `name` is another 事業 whose name ends alike
    (「病児保育事業」): the two part inside a word, not where the question merely leaves a prefix out
    (「の観光振興事業」 for 「地域観光振興事業」) or writes a 「・」 (「移住・定住促進事業」)."""
    name = name.strip()
    if not name.endswith("事業") or name in question:
        return False
    # (「雪下ろしの代行を支援する事業」: a 事業 described by a verb clause is no name of one)
    first, runs = name.find("事業"), [run for run in _PROJECT_RUN.findall(question) if not _DESCRIBED.search(run)]
    if 4 <= first and len(name) - first - 2 >= 4 \
            and any(name[:first + 2] in run or name[first + 2:] in run for run in runs):
        return True   # two names run together in one cell (「…再生事業花き…補助事業」): its amount is not told apart
    for run in runs:
        common = 0
        while common < min(len(run), len(name)) and run[-1 - common] == name[-1 - common]:
            common += 1
        if common == len(run) or common == len(name):
            return False   # one holds the other whole
        a, b = run[-1 - common], name[-1 - common]
        if not (a != "の" and b != "の" and _NAME_CHAR.match(a) and _NAME_CHAR.match(b)):
            return False
    return bool(runs)
