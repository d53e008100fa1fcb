"""Quote units re-read where a PDF wrapped a sentence over two printed lines that the units keep apart.

A line cut mid-sentence (「（３）…今後は市立総合病院の建替えに伴う地方債の」 over 「借入れが見込まれるため、…抑制
します。」) is two units when the normaliser keeps a marked line whole; a sentence stating an open question's answer
must be read, scored and quoted as the one sentence it is.
"""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.quotes import quote_text

WRAPPED_LINE_CHARS = 20
_OPENS_ITEM = re.compile(r"^\s*(?:[・○●◎◇◆□■▶▷▽▼☆★※\-－]|[(（][0-9０-９]{1,2}[)）]|[①-⑳]|[0-9０-９]{1,2}[.．\s])")


def rewrapped(text: str, units: list) -> list:
    """Units with a line a PDF wrapped mid-sentence (「…今後は市立総合病院の建替えに伴う地方債の」 / 「借入れが見込まれる
    ため、…抑制します。」) read as the one sentence it is: the first line long and unended, the next right under it,
    unmarked and ending the sentence. A heading line, a table row or a new item is never joined."""
    from assistant.blocks import is_bare_heading   # blocks reads its units with this module
    out = []
    for unit in units:
        last = out[-1] if out else None
        if last is not None and len(last.quote) >= WRAPPED_LINE_CHARS and not last.quote.endswith(("。", "」", "）", ")"))\
                and text[last.end:unit.start].count("\n") == 1 and not text[last.end:unit.start].strip() \
                and "\t" not in text[last.start:unit.end] and unit.quote.endswith("。") \
                and not _OPENS_ITEM.match(unit.quote) and not is_bare_heading(last.quote):
            out[-1] = replace(last, end=unit.end, norm=last.norm + unit.norm, quote=quote_text(text[last.start:unit.end]))
        else:
            out.append(unit)
    return out
