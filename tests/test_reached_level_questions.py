"""KPI questions that ask the level reached without the words 「実績値」 or 「現状値」 (「令和６年度にどこまで来ていますか？
目標値と比べて」「令和６年度末時点でどこまで来ていますか？目標と進捗率も」「いまどのくらいですか」), on a KPI table of
an invented town written here (not a copy of any real document), the expected values written by hand: the year
qualifies the level reached, never the target (whose year is the plan's last), and the target is stated beside it.
"""
from __future__ import annotations

import pytest

from assistant.testbed.documents import write_text

_TABLE = "\n".join([
    "第２期上郡町総合戦略 KPIの進捗状況（令和６年度実績）",
    "",
    "No.\t指標\t単位\t基準値\t基準年度\t令和５年度\t令和６年度\t目標値（令和９年度）\t進捗率（％）",
    "1\t町内事業所の従業者数\t人\t4,120\tR2\t4,088\t4,064\t4,300\t94.5",
    "2\t新規就農者数（累計）\t人\t0\tR2\t7\t11\t15\t73.3",
    "3\t子育て支援センターの年間延べ利用者数\t人\t5,480\tR2\t5,910\t6,205\t7,000\t88.6",
]) + "\n"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index
    corpus = tmp_path_factory.mktemp("reached_corpus")
    write_text(corpus / "kamigori_senryaku_kpi_r6.txt", _TABLE)
    index_dir = tmp_path_factory.mktemp("reached_index")
    report = update_index(corpus, index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


@pytest.mark.parametrize("question, values", [
    ("上郡町の総合戦略で、町内事業所の従業者数は令和６年度にどこまで来ていますか？目標値と比べて教えてください。",
     ("4,064", "4,300")),
    ("上郡町の新規就農者数（累計）は令和６年度末時点でどこまで来ていますか？目標と進捗率もお願いします。",
     ("11", "15", "73.3")),
    ("上郡町の子育て支援センターの年間延べ利用者数は、令和６年度は何人で、目標は何人ですか？", ("6,205", "7,000")),
    ("上郡町の新規就農者数（累計）は基準値から増えていますか？目標値とあわせて教えてください。", ("11", "15")),
    ("上郡町の町内事業所の従業者数をどの水準にする目標ですか？現状値もあわせて知りたいです。", ("4,300", "4,064")),
    ("上郡町の子育て支援センターの年間延べ利用者数は、令和９年度にどこまで伸ばす目標ですか？", ("7,000",)),
    ("上郡町の子育て支援センターの年間延べ利用者数は、令和９年度に何人を目標にしていますか？", ("7,000",)),
    ("上郡町の町内事業所の従業者数はどのくらいで、何人を目標にしていますか？", ("4,064", "4,300")),
])
def test_the_level_reached_and_the_target_are_stated(assistant, question, values):
    answer = assistant.ask(question)
    assert answer.found, answer.answer
    first = answer.answer.splitlines()[0]
    assert all(v in first for v in values), first
    assert "4,088" not in first and "5,910" not in first   # never the 令和５年度 column


def test_a_year_the_table_lacks_is_not_answered_with_another_years_level(assistant):
    answer = assistant.ask("上郡町の町内事業所の従業者数は令和３年度にどこまで来ていましたか？")
    assert "4,064" not in answer.answer.splitlines()[0] and "4,088" not in answer.answer.splitlines()[0]


def test_how_far_a_level_fell_or_rose_is_asked_as_a_level_not_a_place(assistant):
    # 「どこまで下がりましたか」 holds 「どこ」 but asks the level reached, never a place
    from assistant.question import classify
    for question in ("上郡町の子育て支援センターの年間延べ利用者数は、令和６年度にどこまで増えましたか？",
                     "上郡町の町内事業所の従業者数は令和６年度にどこまで下がりましたか？"):
        pattern = classify(question).answer_pattern
        assert pattern is None or "場所" not in pattern.pattern, question
    answer = assistant.ask("上郡町の子育て支援センターの年間延べ利用者数は、令和６年度にどこまで増えましたか？")
    assert "6,205" in answer.answer, answer.answer
    assert "5,910" not in answer.answer.splitlines()[0]
