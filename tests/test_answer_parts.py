"""The parts behind trustworthy answers, each on its own: scope, follow-up rewriting, value statements,
quote boundaries and the number checker (no index needed)."""
from __future__ import annotations

import pytest

from assistant.followup import rewrite_followup
from assistant.budget_answers import COMPUTED
from assistant.question import classify
from assistant.quotes import quote_text, quote_units
from assistant.records import Answer, Citation
from assistant.scope import read_scope, without_scope
from assistant.statements import read_value
from ingest.vocab.synonyms import expand
from assistant.verify import unsupported_numbers
from ingest.records import Document, Passage
from ingest.text.normalize import comparable


def test_scope_reads_places_years_and_editions():
    scope = read_scope("音威子府村の観光入込客数の令和12年度の目標値は？")
    assert scope.places == ("北海道/道北/上川/音威子府村",) and scope.years == (2030,)
    assert scope.covers("北海道/道北/上川/音威子府村") and not scope.covers("北海道/釧路・根室/釧路")
    assert not scope.covers("")
    assert without_scope("十勝地域の観光入込客数の目標値は？", read_scope("十勝地域の観光入込客数の目標値は？")) == "の観光入込客数の目標値は？"
    assert read_scope("前の計画では？").edition == "previous"
    wide = read_scope("北海道の観光入込客数は？")
    assert wide.covers("北海道/道北/上川/音威子府村") and not wide.covers("静岡県/富士市")


@pytest.mark.parametrize("question, previous, rewritten", [
    ("十勝は？", "観光入込客数（釧路）の目標値は？", "観光入込客数(十勝)の目標値は?"),
    ("釧路は？", "音威子府村の観光入込客数の目標値は？", "釧路の観光入込客数の目標値は?"),
    ("札幌市では？", "十勝の観光入込客数の目標値は？", "札幌市の観光入込客数の目標値は?"),
    ("それはいつ開催されましたか？", "じもと×しごと発見フェアには何社が出展しましたか？", "じもと×しごと発見フェアはいつ開催されましたか?"),
    ("それはいつまで？", "計画期間は？", "計画期間はいつまで?"),
    ("前の計画では？", "計画期間は？", "前の計画で、計画期間は?"),
])
def test_follow_ups_replace_the_place_resolve_pronouns_and_editions(question, previous, rewritten):
    assert rewrite_followup(question, previous) == rewritten


def test_a_value_is_read_with_its_label_from_the_unit():
    value = read_value("実績：出展25社、参加学生215人", "参加学生は何人？", {"参加", "学生"})
    assert (value.label, value.value) == ("参加学生", "215人")
    prose = read_value("釧路・根室連携地域の人口は、約 29 万人で全道の約６％を占めています。", "何パーセント", set())
    assert prose.value == "約６％"
    assert classify("何社が出展しましたか？").wants_number and classify("計画期間は？").wants_date
    assert classify("一般会計予算の総額はいくらですか？").wants_sum and not classify("予算額は？").wants_sum
    # a score (「満足度は何点」) or a multiple is a value too: never answered with a heading alone
    assert classify("公共交通の満足度は何点でしたか？").wants_number and classify("倍率は何倍ですか？").wants_number


def test_quotes_start_on_a_boundary_and_keep_the_sources_spaces():
    text = ("・ 広域性やモデル性の高い取組等を推進す\nる市町村に対し、 「地域創生枠」として派遣\n"
            "【事業A】 「北海道・北東北の縄文遺跡群。」の登録を見据え、取組を進める。\n")
    document = Document("d.txt", "t", None, text, "h")
    start = text.index("る市町村")
    units = quote_units(document, Passage("p", "d.txt", 1, "", start, len(text), text[start:], text[start:]))
    assert units[0].quote.startswith("・ 広域性") and "推進する市町村" in comparable(units[0].quote)
    assert all(not u.quote.startswith(("」", "、", "る")) for u in units)
    assert any("「北海道・北東北の縄文遺跡群。」の登録" in u.quote for u in units)
    for u in units:
        assert comparable(text[u.start:u.end]) == comparable(u.quote)
    assert quote_text("くしろフェア in どさんこプラザ札幌店\n の開催") == "くしろフェア in どさんこプラザ札幌店の開催"
    assert quote_text("釧 路 ・ 根 室 連 携 地 域") == "釧路・根室連携地域"


def _answer(text: str, quote: str, question: str = "質問") -> Answer:
    return Answer(question, True, text, [Citation(1, "d.txt", 1, quote, "label", "t", 0, len(quote))])


def test_the_checker_flags_a_number_no_quote_holds():
    assert unsupported_numbers(_answer("来店者購入者延べ数は 7,688人 です[1]", "実績：来店者購入者延べ数 7,688人")) == []
    assert unsupported_numbers(_answer("来店者購入者延べ数は 7,868人 です[1]", "実績：来店者購入者延べ数 7,688人")) == ["7,868"]
    assert unsupported_numbers(_answer("植林面積は 72ha です[1]", "972ha(R5)")) == ["72"]
    good_sum = f"{COMPUTED}合計: 6,835 + 2,243 = 9,078千円"
    both = Answer("q", True, good_sum, [Citation(1, "d", 1, "6,835", "l", "t", 0, 1), Citation(2, "d", 1, "2,243", "l", "t", 0, 1)])
    assert unsupported_numbers(both) == []
    wrong = Answer("q", True, good_sum.replace("9,078", "9,000"), both.citations)
    assert unsupported_numbers(wrong) == ["9,000"]


def test_synonyms_come_from_the_one_list():
    assert {"方針", "計画"} <= expand({"計画"}) and expand({"観光入込客数以外"}) == {"観光入込客数以外"}


def test_the_checker_keeps_a_rows_cells_apart_and_reads_dates_as_the_answer_does():
    row = "4 転入者数 人 7,812 8,034 8,300 96.8%"
    assert unsupported_numbers(_answer("転入者数の達成率は 96.8% です[1]", row)) == []
    assert unsupported_numbers(_answer("転入者数は 348,300 です[1]", row)) == ["348,300"]
    assert unsupported_numbers(_answer("412人（H30.10.1現在）です[1]", "登録者数は412人（H30.10.1現在）で")) == []


def test_an_unlabelled_value_is_stated_only_when_it_stands_out():
    row = "学校教育の充実 コミュニティ・スクール導入校数 R1 2校 R5 9校 R8 14校 64.3%"
    assert read_value(row, "何校でしたか", set()) is None   # three equal guesses: none stated
    assert read_value(row, "何校でしたか", set(), {2023}).value == "9校"   # R5 = 2023


def test_a_part_of_the_previous_item_is_asked_in_its_places():
    previous = "沼津市の観光費の本年度予算額はいくらですか？"
    assert rewrite_followup("そのうち沼津港周辺にぎわい創出事業はいくらですか？", previous) \
        == "沼津市の沼津港周辺にぎわい創出事業はいくらですか?"
    assert rewrite_followup("達成率は何%ですか？", "富士市の転入者数の実績値は？") == "富士市の転入者数の達成率は？"
