"""Bracket balance of a span of text: how deep it stands inside 「」（）【】… and whether it closes every bracket it
opens, so a quote or a label never starts or ends inside a bracket."""
from __future__ import annotations

OPENERS, CLOSERS = "「『（(【〔［[", "」』）)】〕］]"


def bracket_depth(text: str) -> int:
    """Brackets opened and not closed by the end of text (negative when it closes more than it opens)."""
    depth = 0
    for ch in text:
        if ch in OPENERS:
            depth += 1
        elif ch in CLOSERS:
            depth -= 1
    return depth


def balanced(text: str) -> bool:
    """True when text closes every bracket it opens and never closes one it did not open."""
    depth = 0
    for ch in text:
        if ch in OPENERS:
            depth += 1
        elif ch in CLOSERS:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0
