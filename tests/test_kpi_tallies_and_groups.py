"""KPI tables as evaluation sheets print them (blind18 f01 / k06, blind19 k11 / k12 / f05 showed the kinds; the
documents here are other towns', in other layouts, written by the test):

- a 中間評価 sheet whose rows repeat an indicator with 〃 or 同上 for another 対象者: each row is a record of its own,
  named with its 対象者 (never an indicator 「〃」); 「中間評価でどうなっていますか」 asks the figures, not an interim
  target; 「判定は」 is answered by the row as printed;
- 「判定がＢの指標はいくつ」 where no tally states it: the rows counted, said to be counted;
- a tally table (達成｜概ね達成｜未達成｜全体 by 基本目標, a 全体 row): 「目標を達成した指標はいくつ」 is its total row's;
- a row with two targets (目標値（令和９年度）｜目標値（令和13年度）): a target question naming no year gets both, the
  final first; a year or 中間目標 gets that one alone.
"""
from __future__ import annotations

import unicodedata

import pytest

_OKURA = """\
大蔵村健康増進計画　中間評価　評価指標一覧,,,,,,,,
判定　Ａ：目標達成　Ｂ：改善　Ｃ：横ばい　Ｄ：悪化,,,,,,,,
区分,評価指標,対象者,策定時,年度,現状値,年度,目標（令和12年度）,判定
栄養,朝食を毎日食べる人の割合（％）,20歳代男性,55.0,R1,58.2,R6,70.0,Ｂ
,〃,20歳代女性,61.3,R1,66.0,R6,70.0,Ｂ
運動,１日の歩数（歩）,男性,"6,900",R1,"6,650",R6,"8,000",Ｄ
,同上,女性,"6,100",R1,"6,240",R6,"7,000",Ｃ
健診,がん検診受診率（％）,40～69歳,12.5,H30,15.8,R5,25.0,Ｂ
歯科,歯周病検診の受診率（％）,40歳,8.1,R1,13.4,R6,12.0,Ａ
"""

_UMAJI = """<html><head><title>馬路村総合戦略　令和６年度評価</title></head><body>
<h1>馬路村まち・ひと・しごと創生総合戦略　令和６年度評価結果</h1>
<p>各指標の達成状況を基本目標ごとに集計しました。</p>
<table border="1">
<tr><th>区分</th><th>達成</th><th>概ね達成</th><th>未達成</th><th>全体</th></tr>
<tr><td>基本目標１　しごとをつくる</td><td>2</td><td>3</td><td>1</td><td>6</td></tr>
<tr><td>基本目標２　ひとの流れをつくる</td><td>4</td><td>1</td><td>2</td><td>7</td></tr>
<tr><td>基本目標３　くらしを守る</td><td>1</td><td>2</td><td>2</td><td>5</td></tr>
<tr><td>全体</td><td>7</td><td>6</td><td>5</td><td>18</td></tr>
</table>
<p>未達成の指標については、事業の見直しを行います。</p>
</body></html>
"""

_KOUMI = """\
小海町第６次総合計画　成果指標,,,,
指標,単位,基準値（令和５年度）,目標値（令和９年度）,目標値（令和13年度）
町営バスの年間利用者数,人,"12,400","13,000","14,000"
町内の宿泊者数,人,"21,800","24,000","26,500"
"""


_MOROTSUKA = """\
諸塚村過疎地域持続的発展計画　計画の目標,,,,
目標項目,単位,基準値,基準年度,目標値（令和12年度）
村営バスの年間利用者数,人,"3,120",令和６年度,"3,600"
年間の移住者数,人,14,令和６年度,20
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("kpi-tallies")
    (folder / "okura_kenko_chukan_hyoka.csv").write_bytes(_OKURA.replace("\n", "\r\n").encode("cp932"))
    (folder / "umaji_senryaku_hyoka_r6.html").write_text(_UMAJI, encoding="utf-8")
    (folder / "koumi_dai6ji_seika_shihyo.csv").write_text(_KOUMI, encoding="utf-8")
    (folder / "morotsuka_kaso_keikaku.csv").write_text(_MOROTSUKA, encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("kpi-tallies-index")
    update_index(folder, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def _okura(assistant):
    return {unicodedata.normalize("NFKC", k.indicator): k for k in assistant.plans.kpis
            if k.source.doc.startswith("okura")}


def test_a_ditto_row_is_a_record_of_its_own_named_by_its_group(assistant):
    kpis = _okura(assistant)
    assert not any(name.strip() in ("〃", "同上") for name in kpis), sorted(kpis)
    women = kpis["朝食を毎日食べる人の割合(20歳代女性)"]
    assert (women.baseline.value, women.baseline.year, women.actual.value, women.actual.year, women.target.value) \
        == (61.3, 2019, 66.0, 2024, 70.0)
    assert women.actual.unit in ("%", "％")
    assert kpis["1日の歩数(女性)"].baseline.value == 6100
    assert "がん検診受診率(%)" in kpis   # one row of its indicator keeps its name as printed


def test_the_ditto_row_answers_for_its_own_group(assistant):
    answer = assistant.ask("大蔵村の20歳代女性の朝食を毎日食べる人の割合の策定時と目標は？")
    first = answer.answer.split("\n")[0]
    assert answer.found and "61.3" in first and "70.0" in first and "55.0" not in first, answer.answer


def test_a_midway_review_asks_the_figures_not_an_interim_target(assistant):
    answer = assistant.ask("大蔵村の歯周病検診の受診率は中間評価でどうなっていますか？")
    first = answer.answer.split("\n")[0]
    assert answer.found and "13.4" in first and "12.0" in first, answer.answer


def test_a_grade_asked_is_answered_by_the_row_as_printed(assistant):
    answer = assistant.ask("大蔵村の「がん検診受診率」の現状値と判定は？")
    assert answer.found and answer.answer.split("\n")[0].count("15.8") == 1, answer.answer
    assert "Ｂ" in answer.answer, answer.answer


def test_rows_counted_by_their_grade_say_they_were_counted(assistant):
    answer = assistant.ask("大蔵村の健康増進計画の中間評価で、判定がＢの指標はいくつありますか？")
    head = answer.answer.split("\n")[0]
    assert answer.found and "3 件" in head and "計算" in head, answer.answer
    assert len(answer.citations) == 3 and all("Ｂ" in c.quote for c in answer.citations), answer.citations


def test_a_tally_total_row_answers_how_many(assistant):
    met = assistant.ask("馬路村の総合戦略で、目標を達成した指標はいくつありましたか？")
    assert met.found and met.answer.startswith("達成の指標の数は 7指標 です"), met.answer
    assert "全体" in met.citations[0].quote and "18" in met.citations[0].quote
    unmet = assistant.ask("馬路村の総合戦略の令和６年度評価で、未達成の指標は何指標ですか？")
    assert unmet.found and "5指標" in unmet.answer.split("\n")[0] and "7指標" not in unmet.answer, unmet.answer


def test_two_targets_both_stated_unless_one_is_asked(assistant):
    both = assistant.ask("小海町の町営バスの年間利用者数の目標値は？")
    first = both.answer.split("\n")[0]
    assert both.found and first.index("14,000") < first.index("13,000"), both.answer
    assert "中間目標値" in first
    record = both.kpis[0].to_json()
    assert record["target"]["value"] == 14000 and record["target_interim"]["value"] == 13000
    year = assistant.ask("小海町の町営バスの年間利用者数の令和９年度の目標値は？")
    assert year.found and "13,000" in year.answer.split("\n")[0] and "14,000" not in year.answer.split("\n")[0], \
        year.answer
    interim = assistant.ask("小海町の町内の宿泊者数の中間目標は？")
    assert interim.found and "24,000" in interim.answer.split("\n")[0] and "26,500" not in interim.answer, interim.answer
    named = assistant.ask("小海町の町内の宿泊者数について、中間目標と最終的な目標を教えてください。")
    assert named.found and "24,000" in named.answer and "26,500" in named.answer, named.answer


def test_a_change_from_the_baseline_states_both_ends(assistant):
    answer = assistant.ask("大蔵村の歯周病検診の受診率は、策定時から令和６年度までにどれだけ伸びましたか？")
    first = answer.answer.split("\n")[0]
    assert answer.found and "8.1" in first and "13.4" in first, answer.answer


def test_a_goal_item_column_names_the_indicator(assistant):
    answer = assistant.ask("諸塚村の村営バスの年間利用者数の目標を教えてください。")
    first = answer.answer.split("\n")[0]
    assert answer.found and first.startswith("村営バスの年間利用者数の目標値は 3,600人"), answer.answer
    assert "3,120" in first   # the goal asked in the open: where it starts, too
    assert answer.kpis and answer.kpis[0].baseline.value == 3120 and answer.kpis[0].baseline.year == 2024


def test_a_table_of_amounts_with_a_total_row_is_no_tally():
    """A budget table's 合計 row under a year column is an amount, never a count of rows (no grade, no mark word)."""
    from assistant.tallies import answer_tally, asked_count
    from assistant.text_rows import text_tables

    text = "区分\tR7\tR8\tA\n総務費\t1,200\t1,350\t3\n民生費\t4,800\t5,100\t2\n合計\t6,000\t6,450\t5\n"

    class Doc:
        title = "予算の概要"

        def __init__(self, text):
            self.text = text

    class Tables:
        def tables(self, doc):
            return text_tables(doc, text)

    docs = {"a.txt": Doc(text)}
    assert asked_count("R8の事業はいくつありますか？") == "事業"
    assert answer_tally("R8の事業はいくつ？", "R8の事業はいくつ？", docs, Tables(), lambda d: True, None) is None
    assert answer_tally("R7の項目は何項目？", "R7の項目は何項目？", docs, Tables(), lambda d: True, None) is None
