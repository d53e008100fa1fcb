"""A 中間評価 table whose baseline column is headed 「ベースライン」 (not 基準値), each value followed by its own 年度 column,
as a CP932 CSV made here for an invented town (not a copy of any real document), the values written by hand:
the KPI record reads ベースライン as the baseline, and 「ベースラインと比べてどう変わりましたか」 states it beside the
latest value and the target.
"""
from __future__ import annotations

import pytest

_ROWS = [
    "福崎町健康増進計画（第２次）中間評価 指標一覧,,,,,,,",
    "分野,指標,ベースライン,年度,直近値,年度,目標値（令和11年度）,評価",
    "栄養・食生活,野菜を１日350g以上食べる人の割合（％）,21.4,H30,24.9,R5,35.0,Ｂ",
    "身体活動,運動習慣のある人の割合（％）,27.3,H30,25.1,R5,36.0,Ｄ",
    "歯・口腔,歯周病検診の受診率（％）,6.2,R1,9.8,R5,15.0,Ｂ",
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index
    corpus = tmp_path_factory.mktemp("baseline_corpus")
    (corpus / "fukusaki_kenko_zoshin_chukan_hyoka.csv").write_bytes(("\r\n".join(_ROWS) + "\r\n").encode("cp932"))
    index_dir = tmp_path_factory.mktemp("baseline_index")
    report = update_index(corpus, index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


def test_the_baseline_column_is_the_records_baseline(assistant):
    answer = assistant.ask("福崎町の運動習慣のある人の割合の基準値は？")
    assert answer.found and "27.3" in answer.answer.splitlines()[0], answer.answer


def test_a_question_naming_the_baseline_states_it_with_the_latest_value(assistant):
    answer = assistant.ask("福崎町の野菜を１日350g以上食べる人の割合は、ベースラインと比べてどう変わりましたか？目標値もお願いします。")
    first = answer.answer.splitlines()[0]
    assert answer.found and all(v in first for v in ("21.4", "24.9", "35.0")), answer.answer


def test_each_bare_year_column_dates_the_value_left_of_it(assistant):
    """「ベースライン｜年度｜直近値｜年度｜目標値（令和11年度）」: H30 is the baseline's year, R5 the latest value's, and the
    target keeps its header's 令和11年度 (never the R5 beside the latest value)."""
    answer = assistant.ask("福崎町の歯周病検診の受診率の目標値は？")
    record = answer.kpis[0]
    assert (record.baseline.year, record.actual.year, record.target.year) == (2019, 2023, 2029)
