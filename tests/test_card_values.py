"""Values of a 事業 card (成果説明書, 事業カード) and target questions asked without 「目標値」: invented towns and documents
written here, expected answers written by hand.

- a card prints its 事業名 on a line of its own, then a header row 予算現額｜決算額｜不用額 and a row of values with no
  label cell: the name line scopes the row, so a question naming the 事業 gets the asked column's value, and a question
  naming another 事業 gets none of this card's;
- 「…をどれだけにする目標ですか」「…はどこまで増やす計画ですか」 ask the target, never the baseline beside it;
- a 対象 column (「65歳以上」) says whom a row counts: the row answers a question naming that group.
"""
from __future__ import annotations

import pytest

from assistant.kpi_answers import asked_fields
from assistant.query import read_query
from assistant.question import classify
from assistant.statements import card_name, read_value
from ingest.vocab.quantities import read_quantities

ROW = "5,200,000 4,980,000 220,000"
LABELLED = ("予算現額 5,200,000|決算額 4,980,000|不用額 220,000",)
HEADER = "予算現額 決算額 不用額"


def _card(name: str) -> tuple[str, ...]:
    return ("（金額の単位：円）", name, HEADER)


def test_the_name_line_over_a_card_table_is_its_name():
    assert card_name(_card("里山体験農園運営事業")) == "里山体験農園運営事業"
    assert card_name(("（単位：円）", HEADER)) == ""          # a unit note is no name
    assert card_name(("総事業費 1,200千円", HEADER)) == ""    # a line with a value is no name


def test_a_question_naming_the_card_gets_the_asked_column():
    value = read_value(ROW, "ひばり町の里山体験農園運営事業の予算現額はいくらですか？", {"里山", "体験", "農園", "運営"},
                       before=_card("里山体験農園運営事業"), labelled=LABELLED)
    assert value is not None and value.value == "5,200,000"
    value = read_value(ROW, "ひばり町の里山体験農園運営事業の決算額はいくらですか？", {"里山", "体験", "農園", "運営"},
                       before=_card("里山体験農園運営事業"), labelled=LABELLED)
    assert value is not None and value.value == "4,980,000"


def test_a_question_naming_another_card_gets_no_value_of_this_one():
    value = read_value(ROW, "ひばり町の森林環境学習事業の予算現額はいくらですか？", {"森林", "環境", "学習"},
                       before=_card("里山体験農園運営事業"), labelled=LABELLED)
    assert value is None


@pytest.mark.parametrize("question", ["みどり村は1日の平均歩数をどれだけにする目標ですか？",
                                      "みどり村の1日の平均歩数はどこまで増やす計画ですか？",
                                      "みどり村の喫煙率はどこまで下げる計画ですか？"])
def test_a_target_level_question_asks_the_target(question):
    assert classify(question).kind == "kpi"
    assert read_query(question).attributes == frozenset({"目標"})
    assert asked_fields(question) == ["target"]


def test_a_question_of_what_was_done_is_no_target_question():
    assert "目標" not in read_query("みどり村の観光客はどれくらい増えましたか？").attributes


def test_a_target_level_question_on_a_row_with_a_target_column():
    labelled = ("指標|対象|策定時(平成30年度)|現状値(令和5年度)|目標値(令和11年度)",
                "1日の平均歩数|対象 70歳以上|4,980歩|5,040歩|6,000歩")
    value = read_value("1日の平均歩数 70歳以上 4,980歩 5,040歩 6,000歩", "みどり村は70歳以上の1日の平均歩数をどれだけにする目標ですか？",
                       {"平均", "歩数"}, before=("指標 対象 策定時（平成30年度） 現状値（令和５年度） 目標値（令和11年度）",),
                       labelled=labelled)
    assert value is not None and value.value == "6,000歩"


def test_steps_are_a_counter():
    [q] = read_quantities("6,000歩")
    assert (q.kind, q.unit, q.value) == ("count", "歩", 6000)


def test_an_arrow_line_keeps_the_column_words_it_prints():
    """「現状値 412経営体（R6）→目標値 380経営体（R12）」: the first value is said as the 現状値, so a question asking the
    現状値 and the 目標値 gets both; the leading 「KPI：」 is no part of the indicator."""
    from ingest.plans.projects import extract_plans
    from ingest.records import Document

    text = "ふじみ野町 第3期総合戦略\n基本目標2 農業を守る\nKPI：認定農業者数　現状値412経営体（R6）→目標値380経営体（R12）\n"
    plans = extract_plans(Document("fujimino.txt", "ふじみ野町 第3期総合戦略", None, text, "h"))
    [kpi] = [k for k in plans.kpis if k.indicator == "認定農業者数"]
    assert (kpi.baseline.value, kpi.baseline.column, kpi.target.value) == (412, "現状値", 380)


def test_a_cell_of_several_amounts_gives_each_under_its_own_words():
    from assistant.table_cells import labelled_parts, parts_header

    cell = "支給額 第1子 50,000円/第2子 100,000円/第3子以降 300,000円"
    parts = labelled_parts(cell)
    assert [(w, q.raw) for w, q in parts] == [("第1子", "50,000円"), ("第2子", "100,000円"), ("第3子以降", "300,000円")]
    assert parts_header(cell, parts) == "支給額"
    assert labelled_parts("200万円（子育て世帯は250万円）") == []


def test_the_part_asked_is_the_value_stated():
    labelled = ("制度名|対象となる方|支給額|担当", "すこやか祝金|町内で出産した方|支給額 第1子 50,000円/第2子 100,000円/第3子以降 300,000円|福祉課")
    quote = "すこやか祝金 町内で出産した方 第１子 50,000円／第２子 100,000円／第３子以降 300,000円 福祉課"
    value = read_value(quote, "かえで村のすこやか祝金は第2子だといくらですか？", {"すこやか", "祝金", "第2子"}, labelled=labelled)
    assert value is not None and value.value == "100,000円"


def test_an_arrow_lines_counter_stays_with_its_figures_and_its_column_head_leaves_the_name():
    """「…の数　現状（令和６年）　412経営体　→　目標（令和16年）　380経営体」 (an invented village's line): the figures keep
    the counter the vocabulary lacks, as printed, and the 現状 head with its year is no part of the indicator."""
    from ingest.plans.projects import extract_plans
    from ingest.records import Document

    text = ("さくら村 農業振興地域整備計画\n１　効率的かつ安定的な農業経営の目標\n"
            "認定農業者の経営体の数　　現状（令和６年）　215経営体　→　目標（令和16年）　240経営体\n")
    plans = extract_plans(Document("sakura.txt", "さくら村 農業振興地域整備計画", None, text, "h"))
    [kpi] = [k for k in plans.kpis if "経営体の数" in k.indicator]
    assert kpi.indicator == "認定農業者の経営体の数"
    assert (kpi.baseline.raw, kpi.target.raw) == ("215経営体", "240経営体")
