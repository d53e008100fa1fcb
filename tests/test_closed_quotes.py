"""A quote never leaves a bracket open when its line closes it a few characters on (「浸水対策事業〔35億1,917万円」 → the
〔…〕 closed with the document's own 「〕」), and stays verbatim; a bracket its line never closes is left as printed."""
from __future__ import annotations

from assistant.closed_quotes import closed_span, stray_brackets, without_stray_brackets
from ingest.text.normalize import comparable, quote_text


def test_a_bracket_closed_on_the_same_line_is_closed_in_the_quote():
    text = "◇浸水対策事業〔35億1,917万円〕\n雨水管の整備を進めます。"
    end = text.index("〕")
    quote, new_end = closed_span(text[1:end], text, end)
    assert quote == "浸水対策事業〔35億1,917万円〕" and text[1:new_end] == quote


def test_a_bracket_the_line_never_closes_is_left_as_printed():
    text = "歳入歳出予算の総」額を170億円とする（\n次の行）"
    quote, end = closed_span(text[:text.index("（") + 1], text, text.index("（") + 1)
    assert quote.endswith("（") and end == text.index("（") + 1


def test_a_bracket_its_document_never_pairs_is_left_out_of_the_quote_on_a_clause_boundary():
    # an OCR text layer printed 「」」 where the page has none: the quote keeps the clause that holds the figure
    text = "第1条 歳入歳出予算の総額に歳入歳出それぞれ800万円を増額し、歳入歳出予算の総\n」 額を歳入歳出それぞれ95億2,100万円とする。\n"
    start, end = text.index("第1条"), text.index("とする。") + 4
    quote, a, b = without_stray_brackets(quote_text(text[start:end]), text, start, end)
    assert quote == "第1条歳入歳出予算の総額に歳入歳出それぞれ800万円を増額し、" and "」" not in quote
    assert comparable(text[a:b]) == comparable(quote)


def test_a_quote_whose_brackets_pair_or_that_has_no_wordy_piece_stands_as_it_is():
    text = "「北東北の縄文遺跡群」の保存活用を進めます。\n2総務費 29,290,25(） 41,257 29,331,507\n"
    first = text.index("。") + 1
    assert without_stray_brackets(text[:first], text, 0, first) == (text[:first], 0, first)
    row = text.index("2総務費"), text.index("507") + 3
    assert without_stray_brackets(text[row[0]:row[1]], text, *row)[0] == text[row[0]:row[1]]
    assert stray_brackets("25(）") == [2, 3]
