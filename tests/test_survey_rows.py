"""A survey's answer rows (選択肢｜回答数｜割合(%)｜前回割合(%)): invented surveys, expected values written by hand.

- the 回答数 column is a count, never a share, whatever note of shares stands over the table;
- a bracketed value in a line above (「有効回答数 812（回収率 40.6％）」) is no unit note of the table;
- the last survey's column (「前回(R4)割合(%)」) answers only a question asking the last survey.
"""
from __future__ import annotations

import pytest

from assistant.statements import read_value
from assistant.table_cells import caption_unit

LABELLED = ("選択肢|回答数|割合(%)|前回(R4)割合(%)", "とても満足|203|25.0|22.1", "やや満足|330|40.6|41.8")
BEFORE = ("有効回答数 812（回収率 40.6％）", "問3 ひかり町の公園に満足していますか。", "選択肢 回答数 割合(%) 前回(R4)割合(%)")


def test_the_share_of_an_answer_is_stated_not_its_count_nor_the_last_survey():
    value = read_value("とても満足 203 25.0 22.1", "ひかり町の調査で「とても満足」と答えた人の割合は？", {"満足"},
                       before=BEFORE, labelled=LABELLED)
    assert value is not None and value.value == "25.0"


def test_the_last_survey_is_stated_only_when_asked():
    value = read_value("とても満足 203 25.0 22.1", "ひかり町の前回調査の「とても満足」の割合は？", {"満足"},
                       before=BEFORE, labelled=LABELLED)
    assert value is not None and value.value == "22.1"


def test_the_count_of_answers_is_a_count():
    value = read_value("とても満足 203 25.0 22.1", "ひかり町の調査で「とても満足」と答えた人は何人ですか？", {"満足"},
                       before=BEFORE, labelled=LABELLED)
    assert value is None or value.value == "203"


def test_a_bracketed_value_is_no_caption_unit():
    assert caption_unit(["有効回答数 812（回収率 40.6％）"]) is None
    assert caption_unit(["年代別の満足度（％）"]).base == "%"


CROSSTAB_CSV = """あさひ市 市民アンケート 年代別集計
年代,区分,合計,満足,やや満足,やや不満,不満
全体,回答数,"1,020",306,398,214,102
,％,100.0,30.0,39.0,21.0,10.0
20歳代,回答数,120,18,42,36,24
,％,100.0,15.0,35.0,30.0,20.0
30歳代,回答数,150,36,60,39,15
,％,100.0,24.0,40.0,26.0,10.0
"""


@pytest.fixture(scope="module")
def crosstab(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("crosstab") / "corpus"
    folder.mkdir()
    (folder / "asahi_anketo_nendai.csv").write_text(CROSSTAB_CSV, encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("crosstab-index")
    assert not update_index(folder, index_dir, embedder, tokenizer).problems
    return Assistant.open(index_dir, embedder, tokenizer)


def test_a_share_row_under_its_count_row_answers_for_its_age_group(crosstab):
    """Each 年代 on two rows: the 回答数 row carries the label, the ％ row under it starts with an empty cell."""
    answer = crosstab.ask("あさひ市のアンケートで、20歳代で「やや不満」と答えた人の割合は？")
    assert answer.found and "30.0" in answer.answer.splitlines()[0]
    answer = crosstab.ask("あさひ市のアンケートで、30歳代で「満足」と答えた人の割合は？")
    assert answer.found and "24.0" in answer.answer.splitlines()[0]
