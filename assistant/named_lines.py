"""Of the budget lines a question matches, those whose own item the question writes out in full.

「営業収益の決算額は？」 matches 営業収益 and 営業外収益 alike by their words (営業, 収益); only the first is named. 「下水道事業
費用の予算現額は？」 matches the 款 下水道事業費用 and the 項 under it (営業費用 …, whose 款 is their project); only the 款
is named. A named item that stands inside a longer item of another matched line (「観光」 beside 「観光振興事業費」)
is no sure name: then no line is preferred.
"""
from __future__ import annotations

import re
import unicodedata

_TAG = re.compile(r"[〔【\[［(（][^〕】\]］)）]{1,6}[〕】\]］)）]")   # 〔新規〕, 【拡充】: a mark, no part of the name


def _core(text: str) -> str:
    return re.sub(r"\s", "", _TAG.sub("", unicodedata.normalize("NFKC", text)))


def named_items_first(scored: list[tuple[float, object]], asked: str) -> list[tuple[float, object]]:
    """The (score, line) pairs whose line's item `asked` (the question without its scope) writes out, when some
    are and none of those items stands inside another matched item; else `scored` unchanged."""
    question = _core(asked)
    items = {_core(line.item) for _, line in scored}
    named = {item for item in items if len(item) >= 2 and item in question}
    if not named or any(item in other for item in named for other in items - named):
        return scored
    return [(score, line) for score, line in scored if _core(line.item) in named]
