"""KPI questions asked in plain words, over one indicator that two plans of a document each set a target for.

The document is invented (秋田県美郷町's 第２期 子ども・子育て支援計画, written here as a text file with tab tables): the 第１期
plan's 成果指標 table (基準値（平成30年度）｜目標値（令和６年度）｜実績（令和６年度）) and the new plan's (現状値（令和６年度）｜
目標値（令和11年度）), the same indicator in both.

What a user notices: 「今の値とこれからの目標」 and 「現状何％で、最終的に何％を目指して」 get the plan in force first (its
現状値 and its 令和11年度 target), never the 第１期 plan's past target first; 「第１期計画での目標値」 gets that plan's;
「どこまで抑える目標を立てていますか」 gets the cap.
"""
from __future__ import annotations

import pytest

_PLAN = """\
美郷町 第２期子ども・子育て支援計画（令和７年度～令和11年度）

第３章 第１期計画の評価

成果指標\t基準値（平成30年度）\t目標値（令和６年度）\t実績（令和６年度）\t評価
男性の育児休業取得率（町職員）\t0.0％\t13.0％\t50.0％\t達成
放課後児童クラブの待機児童数\t12人\t0人\t3人\t未達成

第４章 第２期計画の成果指標

成果指標\t現状値（令和６年度）\t目標値（令和11年度）
男性の育児休業取得率（町職員）\t50.0％\t85.0％
放課後児童クラブの待機児童数\t3人\t0人
子育て支援センターの年間利用者数\t4,120人\t5,000人
病児保育事業に係る町の負担額\t18,600千円\t17,000千円以内
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("kpi-plain")
    (folder / "misato_kosodate_dai2ki.txt").write_text(_PLAN, encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("kpi-plain-index")
    update_index(folder, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


@pytest.mark.parametrize("question", [
    "美郷町の男性職員の育児休業取得率、今の値とこれからの目標を教えてください。",
    "美郷町の男性の育児休業取得率（町職員）は、現状何％で、最終的に何％を目指していますか？",
])
def test_a_plain_question_gets_the_plan_in_force_first(assistant, question):
    answer = assistant.ask(question)
    first = answer.answer.splitlines()[0]
    assert answer.found and "85.0" in first and "50.0" in first and "13.0" not in first, answer.answer


def test_a_question_naming_the_earlier_plan_gets_its_target(assistant):
    first = assistant.ask("美郷町の第１期計画での男性の育児休業取得率（町職員）の目標値は？").answer.splitlines()[0]
    assert "13.0" in first and "85.0" not in first, first


@pytest.mark.parametrize("question, value, other", [
    ("美郷町は子育て支援センターの年間利用者数をどれだけにすることを目指していますか？", "5,000", "4,120"),
    ("美郷町は病児保育事業にかかる町の負担をどこまで抑える目標を立てていますか？", "17,000", "18,600"),
])
def test_a_target_asked_as_what_the_town_aims_for(assistant, question, value, other):
    first = assistant.ask(question).answer.splitlines()[0]
    assert value in first and other not in first, first
