"""Quote units re-read where a PDF wrapped a sentence over two printed lines that the units keep apart.

A line cut mid-sentence (「（３）…今後は市立総合病院の建替えに伴う地方債の」 over 「借入れが見込まれるため、…抑制
します。」) is two units when the normaliser keeps a marked line whole; a sentence stating an open question's answer
must be read, scored and quoted as the one sentence it is.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ingest.text.normalize import HARD_LINE_END


WRAPPED_LINE_CHARS = 20
CUT_LINE_CHARS = 10   # a shorter line cut after a particle or comma (a column of a two-column page)
_CUT_AFTER = re.compile(r"[\u3041-\u3096、,]$")
_OPENS_ITEM = re.compile(r"^\s*(?:[・○●◎◇◆□■▶▷▽▼☆★※\-－]|[(（][0-9０-９]{1,2}[)）]|[①-⑳]|[0-9０-９]{1,2}[.．\s])")


def rewrapped(text: str, units: list) -> list:
    """Units with a line a PDF wrapped mid-sentence (「…今後は市立総合病院の建替えに伴う地方債の」 / 「借入れが見込まれる
    ため、…抑制します。」) read as the one sentence it is: the first line long and unended, the next right under it,
    unmarked and ending the sentence. A heading line, a table row or a new item is never joined."""
    from assistant.blocks import is_bare_heading   # assistant.blocks quotes its items with this module
    out = []
    for unit in units:
        last = out[-1] if out else None
        if last is not None and _cut_short(last.quote) \
                and _line_break(text[last.end:unit.start]) \
                and "\t" not in text[last.start:unit.end] and unit.quote.endswith("。") \
                and not _OPENS_ITEM.match(unit.quote) and not is_bare_heading(last.quote):
            out[-1] = replace(last, end=unit.end, norm=last.norm + unit.norm, quote=_joined(last.quote, unit.quote))
        else:
            out.append(unit)
    return out


def _cut_short(quote: str) -> bool:
    """Whether a line stops before its sentence ends: long and unended, or cut right after a particle or comma
    (「【要因分析】運転士不足により平日の」)."""
    if quote.endswith(("。", "」", "）", ")")):
        return False
    return len(quote) >= WRAPPED_LINE_CHARS or (len(quote) >= CUT_LINE_CHARS and bool(_CUT_AFTER.search(quote)))


def rejoined_items(text: str, items: tuple) -> tuple:
    """A block's items with the printed lines of one wrapped sentence (a two-column page: 「…当たっては、「子育て」 /
    「世代に選ばれるまち」の実現を…」) read as one item, each still a verbatim span; marked items stay apart."""
    out: list = []
    for item in items:
        last = out[-1] if out else None
        if last is not None and last.subheading == item.subheading and _cut_short(last.source.quote) \
                and _line_break(text[last.source.end:item.source.start]) and not _OPENS_ITEM.match(item.source.quote) \
                and "\t" not in text[last.source.start:item.source.end]:
            source = replace(last.source, end=item.source.end, quote=_joined(last.source.quote, item.source.quote))
            out[-1] = replace(last, source=source)
        else:
            out.append(item)
    return tuple(out)


def _joined(first: str, second: str) -> str:
    """Two printed lines of one sentence as one quote: a wrap between Japanese letters stands for nothing (as
    assistant.quotes.quote_text joins it), elsewhere for a space."""
    return first + ("" if re.match(r"[^\x00-\x7f]", second) and re.search(r"[^\x00-\x7f]$", first) else " ") + second


def _line_break(between: str) -> bool:
    """Whether two units stand on consecutive printed lines of one text: one line break, nothing else, and no
    reader's hard line end (a line of a box beside another box: joined, the quote would stand nowhere on the page)."""
    return between.count("\n") == 1 and not between.strip() and HARD_LINE_END not in between
