"""A quote never leaves a bracket open when its line closes it a few characters on (「浸水対策事業〔35億1,917万円」 → the
〔…〕 closed with the document's own 「〕」), and stays verbatim; a bracket its line never closes is left as printed."""
from __future__ import annotations

from assistant.closed_quotes import closed_span


def test_a_bracket_closed_on_the_same_line_is_closed_in_the_quote():
    text = "◇浸水対策事業〔35億1,917万円〕\n雨水管の整備を進めます。"
    end = text.index("〕")
    quote, new_end = closed_span(text[1:end], text, end)
    assert quote == "浸水対策事業〔35億1,917万円〕" and text[1:new_end] == quote


def test_a_bracket_the_line_never_closes_is_left_as_printed():
    text = "歳入歳出予算の総」額を170億円とする（\n次の行）"
    quote, end = closed_span(text[:text.index("（") + 1], text, text.index("（") + 1)
    assert quote.endswith("（") and end == text.index("（") + 1
