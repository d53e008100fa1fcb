"""KPI questions that name their plan in passing (「過疎計画で」) or ask the interim target without 「目標値」 (「令和10年度の
中間目標を教えてください」): on a KPI table of an invented town written here (not a copy of any real document), the
values written by hand. The plan's name is where to look, never a word the indicator must hold; 「中間目標」 asks a
KPI column, never a passage about 目標."""
from __future__ import annotations

import pytest

from assistant.testbed.documents import write_text

_PLAN = "\n".join([
    "市川町過疎地域持続的発展計画（令和８年度～令和12年度）",
    "",
    "成果指標",
    "指標\t単位\t現状値\t基準年度\t中間目標（令和10年度）\t目標値（令和12年度）",
    "観光入込客数\t千人\t318\t令和６年度\t340\t365",
    "町営バスの年間利用者数\t人\t21,480\t令和６年度\t22,500\t24,000",
]) + "\n"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index
    corpus = tmp_path_factory.mktemp("plan_named_corpus")
    write_text(corpus / "ichikawa_kaso_keikaku.txt", _PLAN)
    index_dir = tmp_path_factory.mktemp("plan_named_index")
    report = update_index(corpus, index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


def test_the_plan_named_in_passing_is_no_subject_word(assistant):
    answer = assistant.ask("市川町の観光入込客数は、過疎計画で基準値と目標値がそれぞれどう設定されていますか？")
    first = answer.answer.splitlines()[0]
    assert answer.found and "318" in first and "365" in first, answer.answer


def test_the_interim_target_is_asked_as_a_kpi_column(assistant):
    answer = assistant.ask("市川町の町営バスの年間利用者数について、令和10年度の中間目標を教えてください。")
    first = answer.answer.splitlines()[0]
    assert answer.found and "22,500" in first and "24,000" not in first, answer.answer
