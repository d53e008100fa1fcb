"""Values a question names by their column or account only, on documents of an invented town written here (not a
copy of any real document), the expected answers written by hand:

- a 評価 tally whose rows are 基本目標 and whose columns are the grades (「基本目標１ 4 2 1 0 7」 … 「合計 …」): 「Ａ評価の
  指標はいくつ」 names the Ａ column, not a row; one 基本目標's count is never stated for it;
- a budget summary whose sentences give 全会計's total beside 一般会計's: 「一般会計の総額」 is never answered by the 全会計
  sentence, nor 「全会計の合計」 by the 一般会計 one.
"""
from __future__ import annotations

import pytest

from assistant.testbed.documents import write_text

_TALLY = "\n".join([
    "佐用町総合戦略 令和６年度 効果検証",
    "",
    "評価の集計",
    "基本目標 Ａ Ｂ Ｃ Ｄ 計",
    "基本目標１ 農林業と地場産業を元気にし、働く場を増やす 2 3 1 0 6",
    "基本目標２ ひとの流れをつくり、町の魅力を広める 4 1 0 1 6",
    "基本目標３ 子育ての希望をかなえる 1 2 1 1 5",
    "合計 7 6 2 2 17",
    "総括",
    "全体として、目標の達成に向けた取組は概ね順調に進んでいます。",
]) + "\n"

_BUDGET = "\n".join([
    "令和８年度 佐用町当初予算の概要",
    "",
    "１ 会計別予算額",
    "（単位：千円、％）",
    "会計名 令和８年度 令和７年度 増減額 増減率",
    "一般会計 11,860,000 11,695,000 165,000 1.4",
    "国民健康保険特別会計 2,104,300 2,118,600 △14,300 △0.7",
    "介護保険特別会計 3,270,700 3,181,400 89,300 2.8",
    "特別会計 小計 5,375,000 5,300,000 75,000 1.4",
    "水道事業会計 1,100,000 1,090,000 10,000 0.9",
    "合計 18,335,000 18,085,000 250,000 1.4",
    "一般会計の予算規模は118億6,000万円（前年度比1.4％増）で、過去最大となりました。",
    "全会計の合計は183億3,500万円（前年度比1.4％増）です。",
]) + "\n"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index
    corpus = tmp_path_factory.mktemp("column_named_corpus")
    write_text(corpus / "sayo_senryaku_kensho_r6.txt", _TALLY)
    write_text(corpus / "sayo_r8_yosan_gaiyo.txt", _BUDGET)
    index_dir = tmp_path_factory.mktemp("column_named_index")
    report = update_index(corpus, index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


def test_a_grade_column_never_states_one_rows_count(assistant):
    answer = assistant.ask("佐用町の総合戦略の効果検証で、Ａ評価となった指標はいくつありましたか？")
    first = answer.answer.splitlines()[0]
    assert not (answer.found and " です[" in first) or not any(f"は {n} です" in first for n in ("2", "4", "1"))


@pytest.mark.parametrize("question, right, wrong", [
    ("佐用町の令和８年度一般会計当初予算の総額と、前年度からの増加額を教えてください。", "11,860,000", "183億3,500万円"),
    ("佐用町の令和８年度当初予算の全会計の合計は？", "183億3,500万円", "118億6,000万円"),
])
def test_an_account_is_never_answered_by_another_accounts_amount(assistant, question, right, wrong):
    answer = assistant.ask(question)
    first = answer.answer.splitlines()[0]
    assert wrong not in first
    if answer.found and " です[" in first:
        assert right in first or right.replace("11,860,000", "118億6,000万円") in first
