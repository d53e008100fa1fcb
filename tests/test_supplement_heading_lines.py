"""補正予算 in a 議会だより whose headings name each budget and whose 補正額 stand on lines of their own below, on a
newsletter of a town, wording and figures written here (not a copy of any real document), read in CP932 with CRLF
as such text files come:

    ◆一般会計補正予算（第４号）
    　補正額　　　　２億３，５６０万円
    　補正後の予算額　１５２億７，１４０万円

The fiscal year is never written as 「令和７年度」: it is the one in progress at the session (its 会期). A 補正額 line
answers for the heading above it only — never for another 第N号, nor for the other account's heading.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.testbed.documents import write_text
from ingest.pipeline import ingest_file

_DAYORI = "\n".join([
    "うだ市議会だより　第４１号",
    "令和７年11月１日発行　宇陀市議会",
    "────────────────────────────",
    "【９月定例会】　会期　令和７年９月２日～９月24日（23日間）",
    "────────────────────────────",
    "　市長提出議案15件をいずれも原案のとおり可決しました。",
    "",
    "◆一般会計補正予算（第４号）",
    "　補正額　　　　２億３，５６０万円",
    "　補正後の予算額　１５２億７，１４０万円",
    "　　・大宇陀地区避難所空調整備事業　　　４，８２０万円",
    "　　・薬草の里ブランド化推進事業　　　　１，３５０万円",
    "",
    "◆介護保険特別会計補正予算（第２号）",
    "　補正額　　　　　　１，２８０万円",
    "────────────────────────────",
    "【一般質問】",
    "＞＞路線バスの維持を　　　　　　　　　　　中西　議員",
    "　乗合タクシーの料金は１回400円とし、令和８年４月から運行する。",
]) + "\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("supplement-headings")
    write_text(folder / "uda_gikai_dayori_41.txt", _DAYORI, encoding="cp932", crlf=True)
    return folder


@pytest.fixture(scope="module")
def assistant(corpus, tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    index_dir = tmp_path_factory.mktemp("supplement-headings-index")
    report = update_index(corpus, index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


def test_a_bare_supplement_line_is_its_headings_amount_of_the_sessions_fiscal_year(corpus):
    lines = [b for b in ingest_file(corpus / "uda_gikai_dayori_41.txt", corpus).plans.budgets if b.item == "補正額"]
    by_heading = {b.project: b for b in lines}
    general = by_heading["一般会計補正予算（第４号）"]
    assert general.amount_yen == 235_600_000 and general.fiscal_year == 2025 and general.column == "補正予算額"
    assert by_heading["介護保険特別会計補正予算（第２号）"].amount_yen == 12_800_000


@pytest.mark.parametrize("question, stated, not_stated", [
    ("宇陀市の令和7年度一般会計補正予算（第4号）の補正額は？", "２億３，５６０万円", "１５２億"),
    ("宇陀市の介護保険特別会計補正予算（第2号）の補正額はいくらですか？", "１，２８０万円", "２億３，５６０万円"),
])
def test_the_headings_supplement_is_stated_first(assistant, question, stated, not_stated):
    answer = assistant.ask(question)
    first = answer.answer.split("\n")[0]
    assert answer.found and stated in first and not_stated not in first, answer.answer


@pytest.mark.parametrize("question, never", [
    ("宇陀市の一般会計補正予算（第5号）の補正額は？", ("２億３，５６０万円", "１，２８０万円")),
    ("宇陀市の令和6年度一般会計補正予算（第4号）の補正額は？", ("２億３，５６０万円",)),
])
def test_another_number_or_year_gets_no_value(assistant, question, never):
    first = assistant.ask(question).answer.split("\n")[0]
    assert not any(v in first for v in never), first
