"""The proper nouns of a question that no document holds: 「資料には「沖縄」についての記述がありません」.

A name is absent when no indexed token is or contains it, no gazetteer entry names it and — for a question naming a
place — no document of that place prints it as written: the tokenizer may cut a name in the question (「の秋山郷」 ->
秋／山郷, once the town before it is removed) otherwise than in the document (秋山／郷).
"""
from __future__ import annotations

import re
import unicodedata

from ingest.text.normalize import comparable
from ingest.vocab.section_words import PART_LIST_KINDS


def asked_names_text(subject_text: str, particle_ends) -> str:
    """The question's subject as the names are read from it: less a particle its removed scope left in front, as the
    tagger reads it (`particle_ends`: 「のはまなす号」 loses の, never は of はまなす)."""
    text = subject_text.lstrip(" 、,")
    ends = particle_ends(text, 0)
    return text[ends[-1] if ends else 0:]


def written_nowhere(names: list[str], texts) -> list[str]:
    """The names none of `texts` (the documents of the question's place) prints as written."""
    texts = list(texts)
    return [name for name in names if not any(name in text for text in texts)]


def parts_nowhere(question: str, texts) -> list[str]:
    """The numbered parts a question names (「重点プロジェクト５」「基本目標4」) that none of `texts` prints with that number
    (spaces and full-width digits aside): a plan of four projects holds no fifth, whatever its sentences count."""
    kinds = "|".join(sorted(PART_LIST_KINDS, key=len, reverse=True))
    asked = [m.group(0) for m in re.finditer(rf"(?:{kinds})\s*[0-9]{{1,2}}(?![0-9])",
                                             unicodedata.normalize("NFKC", question))]
    if not asked:
        return []
    # (each line's whitespace-separated runs apart: 「基本目標２<tab>96300」 is no 「基本目標296…」)
    folded = [" ".join(comparable(run) for run in text.split()) for text in texts]
    missing = []
    for part in asked:
        kind = re.match(rf"(?:{kinds})", part).group(0)
        numbered = [m for text in folded for m in re.finditer(re.escape(comparable(kind)) + r"[0-9]{1,2}", text)]
        # only where the plan numbers its parts of that kind itself (重点プロジェクト１…４): a 基本目標 column of 「３　…」
        # cells prints no 「基本目標３」, and the question's number names its row all the same
        if numbered and not any(re.search(re.escape(comparable(part)) + r"(?![0-9])", text) for text in folded):
            missing.append(part)
    return missing
