"""The proper nouns of a question that no document holds: 「資料には「沖縄」についての記述がありません」.

A name is absent when no indexed token is or contains it, no gazetteer entry names it and — for a question naming a
place — no document of that place prints it as written: the tokenizer may cut a name in the question (「の秋山郷」 ->
秋／山郷, once the town before it is removed) otherwise than in the document (秋山／郷).
"""
from __future__ import annotations

import re

_LEADING_PARTICLE = re.compile(r"^[のはがでにを、,\s]+")


def asked_names_text(subject_text: str) -> str:
    """The question's subject as the names are read from it: less a particle its removed place left in front."""
    return _LEADING_PARTICLE.sub("", subject_text)


def written_nowhere(names: list[str], texts) -> list[str]:
    """The names none of `texts` (the documents of the question's place) prints as written."""
    texts = list(texts)
    return [name for name in names if not any(name in text for text in texts)]
