"""Which path answers a number question: the one record that fits (a KPI, a survey's rate, a budget line) when
the question's subject — without the words naming the plan, the column or the question — matches it; passages
otherwise; 「見つかりませんでした」 when only another year or another count is stated. Small made-up documents,
indexed with the real tokenizer, embedder and index."""
from __future__ import annotations

import pytest

from ingest.vocab.frame_words import strip_frame_words


def test_frame_words_leave_the_subject_and_keep_compounds_that_name_it():
    assert strip_frame_words("の総合戦略で、移住者数の目標値はいくつですか").split() == ["移住者数の", "はいくつですか"]
    # the document named before the subject, and 「本町」 (the document's own town), say where to look, not what
    assert strip_frame_words("本町の子育て支援事業計画で、放課後児童クラブ登録児童数の目標は").split() == \
        ["放課後児童クラブ登録児童数の", "は"]
    assert strip_frame_words("の事務事業評価で、除雪事業の出動回数の実績値は").split() == ["除雪事業の出動回数の", "は"]
    assert "日本町" in strip_frame_words("日本町の人口は")
    assert "総合満足度" in strip_frame_words("の市民満足度調査で、総合満足度が「高い」と答えた人の割合は")
    assert "と答えた人" not in strip_frame_words("総合満足度が「高い」と答えた人の割合は")
    assert "とても幸せ" not in strip_frame_words("幸福度(「とても幸せ」「幸せ」と回答した人の合計)は何%")
    # the attribute words stay where a sentence, not a record, is matched
    assert "決算" in strip_frame_words("令和5年度一般会計決算で、支出は", attributes=False)
    assert "決算" not in strip_frame_words("令和5年度一般会計決算で、支出は")


@pytest.fixture(scope="module")
def routed(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    corpus = tmp_path_factory.mktemp("routing") / "corpus"
    corpus.mkdir()
    (corpus / "kpi.csv").write_text(
        "指標,基準値(H26),目標値(R1)\n移住者数,120人,300人\n体験ツアー参加者数,40人,90人\n", encoding="utf-8")
    (corpus / "survey.txt").write_text(
        "令和6年度 市民満足度調査 結果報告\n"
        "満足度が『高い』との回答は42.5%(「高い」10.0%+「やや高い」32.5%)で、前回調査から1.2ポイントの増加となりました。\n"
        "一方、満足度が『低い』との回答は18.3%(「低い」5.1%+「やや低い」13.2%)で、前回調査から0.4ポイントの減少となりました。\n",
        encoding="utf-8")
    (corpus / "kessan.txt").write_text(
        "令和5年度 決算のお知らせ\n"
        "一般会計では、収入が500億1,200万円、支出が480億3,400万円となりました。\n", encoding="utf-8")
    (corpus / "jisseki.txt").write_text(
        "総合戦略の実績報告\n令和2年10月に策定した総合戦略について、令和3年5月に推進委員会を開催し、令和2年度実績の評価を行いました。\n"
        "令和2年度に実施した事業の事業費の合計は3億2,000万円でした。\n", encoding="utf-8")
    (corpus / "yosan.txt").write_text(
        "令和6年度当初予算の概要\n◇結婚新生活支援事業 1,350万円\n新婚世帯の住居費と引越費用を補助します。\n", encoding="utf-8")
    (corpus / "seika.csv").write_text(
        "主要な施策の成果（令和5年度）\n事業名,予算額（千円）,決算額（千円）\n商店街修景補助事業,12000,11850\n", encoding="utf-8")
    (corpus / "seika2.txt").write_text(
        "令和5年度 主要施策の成果説明書\n■ 学童保育運営事業\n"
        "予算現額48,000千円に対し、決算額は45,210千円（執行率94.2％）であった。\n", encoding="utf-8")
    (corpus / "hosei.txt").write_text(
        "令和5年度 一般会計補正予算（第1号）の概要\n◇防災行政無線更新事業 2,400万円\n", encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("routing-index")
    update_index(corpus, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def test_plan_and_column_words_do_not_keep_a_kpi_question_from_its_record(routed):
    answer = routed.ask("総合戦略で、移住者数の目標値はいくつですか？")
    assert answer.found and answer.answer.splitlines()[0] == "移住者数の目標値は 300人 です[1]"
    assert answer.kpis and answer.kpis[0].target.value == 300


def test_a_survey_rate_question_is_answered_from_the_one_rate_record(routed):
    answer = routed.ask("市民満足度調査で、総合満足度が「高い」と答えた人の割合は？")
    assert answer.found and answer.answer.splitlines()[0] == "満足度が『高い』との回答は 42.5% です[1]"
    assert answer.kpis[0].actual.value == 42.5
    low = routed.ask("満足度が『低い』との回答は何％でしたか？")
    assert low.answer.splitlines()[0] == "満足度が『低い』との回答は 18.3% です[1]"


def test_a_money_question_is_answered_from_the_one_budget_line_of_its_kind(routed):
    answer = routed.ask("令和5年度一般会計決算で、支出はいくらでしたか？")
    assert answer.found and answer.answer.splitlines()[0] == "支出の決算額は 480億3,400万円 です[1]"


def test_a_sum_of_another_year_is_not_found(routed):
    answer = routed.ask("総合戦略で、令和3年度に実施した事業の事業費の合計は？")
    assert not answer.found
    assert routed.ask("総合戦略で、令和2年度に実施した事業の事業費の合計は？").found


def test_an_upper_limit_is_never_answered_by_the_budget_beside_it(routed):
    assert routed.ask("結婚新生活支援事業の予算はいくらですか？").answer.splitlines()[0].endswith("1,350万円 です[1]")
    answer = routed.ask("結婚新生活支援事業の上限額はいくらですか？")
    assert "1,350万円 です" not in answer.answer


def test_a_year_scoped_kpi_answer_states_that_year_and_returns_the_whole_record(routed):
    answer = routed.ask("移住者数のH26の基準値は？")
    assert answer.answer.splitlines()[0] == "移住者数の基準値は 120人 です[1]"
    record = answer.kpis[0]
    assert record.baseline.value == 120 and record.target.value == 300


def test_a_supplementary_budget_is_never_answered_by_an_unmarked_budget_figure(routed):
    """A 補正 amount is stated only where the line or its document says 補正: a form with 予算額 and 決算額 has none."""
    absent = routed.ask("商店街修景補助事業の補正予算額はいくらですか？")
    assert "12000" not in absent.answer and "12,000" not in absent.answer
    assert not absent.found or " です[" not in absent.answer.splitlines()[0]
    stated = routed.ask("防災行政無線更新事業の補正予算額はいくらですか？")
    assert stated.found and "2,400万円" in stated.answer.splitlines()[0]


def test_a_year_written_on_one_column_dates_that_column_only(routed):
    """「H26基準値と目標値」: H26 dates the 基準値; the 目標値 (R1) is still stated, never dropped for its year."""
    answer = routed.ask("移住者数のH26基準値と目標値はいくつですか？")
    first = answer.answer.splitlines()[0]
    assert answer.found and "120人" in first and "300人" in first
    both = routed.ask("移住者数のH26の基準値と目標値は？")   # a year not written on one column dates them all
    assert "300人" not in both.answer.splitlines()[0]


def test_an_amount_whose_label_names_its_kind_is_that_kind_in_a_document_of_another(routed):
    """In a 決算 document, 「予算現額48,000千円に対し、決算額は45,210千円」: the 予算現額 is no 決算額."""
    answer = routed.ask("学童保育運営事業の令和5年度の決算額はいくらですか？")
    assert answer.found and answer.answer.splitlines()[0].startswith("学童保育運営事業の決算額は 45,210千円 です")
    assert "48,000" not in answer.answer.splitlines()[0]
    initial = routed.ask("学童保育運営事業の令和5年度当初予算額は？")   # 予算現額 is 当初 + 補正, never 当初 alone
    assert not initial.found and "48,000千円 です" not in initial.answer


def test_a_not_found_message_names_the_subject_without_the_words_taken_out_around_it(routed):
    """The document and the year a question names are said apart; the subject between them is named whole."""
    answer = routed.ask("総合戦略で、令和9年度の移住者数の実績値は何人ですか？")
    first = answer.answer.split("\n")[0]
    assert not answer.found and "『移住者数』" in first and "令和9年度" in first, answer.answer


def test_a_not_found_message_names_the_subject_after_a_budget_book_named_before_it(routed):
    """「令和7年度予算で、」 names where to look, not what: the message names the 事業 alone."""
    answer = routed.ask("令和7年度予算で、宇宙港整備事業の予算額はいくらですか？")
    first = answer.answer.split("\n")[0]
    assert not answer.found and "『宇宙港整備事業』" in first, answer.answer
