"""「何トン」 asks a weight: answered by 「18,250ｔ」 (full-width t), never by a count or a share beside it."""
from __future__ import annotations

from assistant.candidates import candidates_of, choose
from assistant.query import read_query
from ingest.vocab.frame_words import strip_frame_words


def test_a_tonnes_question_wants_a_weight():
    query = read_query("あおば町の令和5年度の可燃ごみ排出量は何トンですか？")
    assert query.kind == "count"
    assert query.takes("measure", "t")
    assert not query.takes("count", "人") and not query.takes("ratio", "%")


def test_the_weight_of_the_sentence_is_chosen():
    query = read_query("あおば町の可燃ごみ排出量は何トンですか？")
    found = candidates_of("可燃ごみ排出量は18,250ｔで、１人１日当たり612ｇでした。")
    chosen = choose(found, query, lambda c: 1.0 if "可燃ごみ排出量" in c.label else 0.0)
    assert chosen is not None and chosen.quantity.raw == "18,250ｔ"


def test_the_counter_asked_is_no_subject_word():
    assert "トン" not in strip_frame_words("可燃ごみ排出量は何トンですか")
