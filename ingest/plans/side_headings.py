"""Headings printed side by side on one line (a landscape page's two columns: 「５ 経営の目標 …… ６ 主な投資」): where
each part starts, so ingest.plans.list_items reads each as a piece of its own."""
from __future__ import annotations

import re

from ingest.text.outline import heading_style


def side_headings(text: str) -> list[int]:
    """Where a heading printed beside another starts (a landscape page's two columns: 「５ 経営の目標 …… ６ 主な投資」):
    the cuts at wide gaps when every part between them is a heading (a number alone is its heading's start); []
    otherwise."""
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    starts = [0] + [m.end() for m in re.finditer(r"[ \u3000]{6,}(?=\S)", body)]
    if len(starts) < 2:
        return []
    spans = list(zip(starts, starts[1:] + [len(body)]))
    groups: list[list[int]] = []   # [start, end] of each heading, a lone number glued to the words after it
    for a, b in spans:
        if groups and _LONE_NUMBER.match(body[groups[-1][0]:groups[-1][1]].strip()):
            groups[-1][1] = b
        else:
            groups.append([a, b])
    if len(groups) < 2 or not all(heading_style(re.sub(r"[ \u3000]+", " ", body[a:b].strip())) for a, b in groups):
        return []
    return [lead + a for a, _ in groups[1:]]


_LONE_NUMBER = re.compile(r"^(?:[0-9０-９]{1,2}|[(（][0-9０-９]{1,2}[)）]|第[0-9０-９一二三四五六七八九十]{1,3}[章節])$")
