"""A KPI table that names whom each indicator counts in a column of its own (指標｜対象｜策定時｜現状値｜目標値): the
fourteenth stand-in set's 健康増進計画 asked 「成人男性の喫煙率の策定時・現状値・目標値は？」 and got one value from a
passage, because the indicator 「喫煙率」 lacks the 対象 words the question names. The row's label cells are the
indicator's too; 策定時 asks the baseline. 「現状値は何に基づいていますか」 asks what the values rest on: a note says
it in words, and no value is stated for it. The document is of another town (熊本県山江村), written here as a CSV."""
from __future__ import annotations

import pytest

_YAMAE_KENKO = """\
山江村健康づくり計画　中間評価（令和７年３月）,,,,,,
指標,対象,策定時（平成30年度）,現状値（令和５年度）,目標値（令和11年度）,評価
喫煙率,成人女性,8.4％,7.1％,5.0％,○
喫煙率,成人男性,31.2％,28.5％,22.0％,○
妊娠中の喫煙率,妊婦,3.1％,1.2％,0.0％,○
１日の平均歩数,70歳以上,"4,820歩","4,900歩","6,000歩",△
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("kpi-row-labels")
    (folder / "yamae_kenko_chukan_hyoka.csv").write_bytes(_YAMAE_KENKO.replace("\n", "\r\n").encode("cp932"))
    index_dir = tmp_path_factory.mktemp("kpi-row-labels-index")
    update_index(folder, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def test_the_whom_column_tells_two_rows_of_one_indicator_apart(assistant):
    answer = assistant.ask("山江村の成人男性の喫煙率の策定時・現状値・目標値は？")
    first = answer.answer.split("\n")[0]
    assert answer.found and all(v in first for v in ("31.2", "28.5", "22.0")), answer.answer
    assert not any(v in first for v in ("8.4", "7.1", "5.0％")), answer.answer



@pytest.mark.parametrize("question", ["玉名市の男女共同参画プランで、市民意識に関する指標の現状値は何に基づいていますか？",
                                      "山江村の喫煙率の目標値の根拠は何ですか？"])
def test_what_a_value_rests_on_is_asked_in_words_not_as_a_value(question):
    """(blind9 s10 after the merge: the KPI record's value was stated for 「…は何に基づいていますか」)"""
    from assistant.asked_values import asks_beyond_records, asks_value
    from assistant.query import read_query
    from assistant.question import classify

    assert not asks_value(classify(question), question)
    assert asks_beyond_records(read_query(question), question)
    plain = "山江村の喫煙率の目標値は？"
    assert asks_value(classify(plain), plain) and not asks_beyond_records(read_query(plain), plain)
