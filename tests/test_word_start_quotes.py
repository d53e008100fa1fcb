"""A quote never starts inside a word of its document: a record whose span begins after a cell's line break inside a
word (「・幸」 / 「福度は、…」 in a CSV cell) is quoted from the word's first character, as the reader pastes it."""
from __future__ import annotations

from assistant.closed_quotes import whole_word_start


def test_a_span_starting_inside_a_word_is_quoted_from_the_word():
    text = "市民実感度は14項目で上昇 ・幸福度は、「幸せ」と回答した人の合計が94.6%となりました。"
    start = text.index("福度")
    quote, new = whole_word_start("福度は、「幸せ」と回答した人の合計が94.6%となりました。", text, start)
    assert quote.startswith("幸福度は") and text[new] == "幸"


def test_a_span_after_a_separator_or_a_long_run_stands():
    text = "基本目標１ しごとをつくる"
    assert whole_word_start("しごとをつくる", text, text.index("しごと")) == ("しごとをつくる", text.index("しごと"))
    prose = "本計画は人口減少と少子高齢化の進行に対応するため策定したものである"
    at = prose.index("策定")
    assert whole_word_start("策定したものである", prose, at) == ("策定したものである", at)
