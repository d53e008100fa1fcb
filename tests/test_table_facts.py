"""Single values read from table cells by row label × column header, in layouts where the header is not beside the
value: documents of invented towns written here (not copies of any real document), indexed with the real tokenizer,
embedder and index, asked as a user would.

- an XLSX survey crosstab by sex and age (rows) × answers (columns) under a merged 「回答割合（％）」 group header,
  回答数 first; and a transposed one (items as rows × age groups as columns, 「（％）」 only in the caption);
- a CSV projection whose year headers stand on two rows (「2035年」 over 「（令和17年）」), the unit only in the title;
- plain text 財政指標 lines 「財政力指数　　0.55（前年度 0.54）」: an index with no unit, its previous year beside it.

A value is stated only when one cell fits: a group the table does not break down by, a year it has no column for
and an indicator it does not list give no value.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.candidate_filters import in_groups
from assistant.candidates import candidates_of
from assistant.table_cells import row_headers
from ingest.vocab.groups import groups_named

PROJECTION_CSV = """桜台市 人口の将来見通し（単位：人）,,,,
区分,2025年,2035年,2045年,2055年
,（令和7年）,（令和17年）,（令和27年）,（令和37年）
推計人口,"41,250","36,980","32,400","28,150"
目標人口,"41,250","38,600","35,900","33,700"
差（目標人口－推計人口）,－,"1,620","3,500","5,550"
"""

FINANCE_TEXT = """架空町 令和５年度 決算の状況

◎主な財政指標
　財政力指数　　　　　　　　0.55（前年度 0.54）
　実質公債費比率　　　　　　9.8％（前年度 10.1％）
　将来負担比率　　　　　　　42.7％（前年度 48.0％）

◎基金残高（単位：千円）
　財政調整基金　　　　　　　1,820,400
"""


def _survey_book(path: Path) -> Path:
    """A 住民アンケート workbook: a crosstab by sex and age, and a transposed one by age."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "問3 子育て環境"
    sheet.append(["桜台市 住民アンケート 結果集計"])
    sheet.append(["問3 桜台市の子育て環境に満足していますか（性別・年代別）"])
    sheet.append(["区分", "回答数（人）", "回答割合（％）", None, None, None])
    sheet.merge_cells("C3:F3")
    sheet.append([None, None, "満足", "やや満足", "やや不満", "不満"])
    rows = [("全体", 862, 21.4, 40.2, 25.5, 12.9), ("男性", 398, 19.8, 41.0, 26.1, 13.1),
            ("女性", 452, 22.9, 39.6, 24.8, 12.7), ("20代", 88, 15.9, 38.6, 28.4, 17.1),
            ("30代", 131, 25.2, 44.3, 21.4, 9.1), ("40代", 146, 23.3, 42.5, 23.3, 10.9)]
    for row in rows:
        sheet.append(list(row))
        for cell in sheet[sheet.max_row][2:]:
            cell.number_format = "0.0"
    other = book.create_sheet("問8 施策")
    other.append(["問8 今後力を入れてほしい取組（複数回答） 年代別（％）"])
    other.append(["取組", "全体", "20代", "30代", "40代"])
    for row in (("公園の整備", 33.0, 41.2, 45.0, 30.1), ("空き家対策", 28.7, 12.5, 20.6, 29.5),
                ("除雪体制の強化", 25.1, 18.0, 22.9, 27.4)):
        other.append(list(row))
    book.save(path)
    return path


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("table-facts") / "corpus"
    folder.mkdir()
    (folder / "sakuradai_jinko_mitoshi.csv").write_text(PROJECTION_CSV, encoding="utf-8")
    (folder / "kaku_kessan_jokyo.txt").write_text(FINANCE_TEXT, encoding="utf-8")
    _survey_book(folder / "sakuradai_anketo.xlsx")
    index_dir = tmp_path_factory.mktemp("table-facts-index")
    report = update_index(folder, index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


def _lead(answer) -> str:
    return answer.answer.splitlines()[0] if answer.found else ""


# --- what a user reads ---------------------------------------------------------------------------
def test_an_age_row_under_a_merged_share_header_states_the_answer_column(assistant):
    answer = assistant.ask("桜台市の住民アンケートで、30代のうち「満足」と答えた人の割合は何％ですか？")
    assert answer.found and " 25.2 です" in _lead(answer)


def test_a_sex_row_of_the_same_crosstab(assistant):
    answer = assistant.ask("桜台市の住民アンケートで、女性で「やや不満」と答えた人の割合は？")
    assert answer.found and " 24.8 です" in _lead(answer)


def test_a_transposed_crosstab_reads_the_age_column_of_the_item_row(assistant):
    answer = assistant.ask("桜台市の住民アンケートで、40歳代で「空き家対策」を選んだ人の割合は？")
    assert answer.found and " 29.5 です" in _lead(answer)


def test_an_age_group_the_table_does_not_have_states_no_value(assistant):
    answer = assistant.ask("桜台市の住民アンケートで、60歳代で「満足」と答えた人の割合は何％ですか？")
    assert not answer.found


def test_a_projection_with_two_row_year_headers_gives_the_cell_of_the_row_and_year(assistant):
    answer = assistant.ask("桜台市の2035年の目標人口は何人ですか？")
    assert answer.found and "38,600 です" in _lead(answer)
    answer = assistant.ask("桜台市の推計人口は2045年に何人ですか？")
    assert answer.found and "32,400 です" in _lead(answer)


def test_a_year_without_a_column_states_no_value(assistant):
    answer = assistant.ask("桜台市の2040年の目標人口は何人ですか？")
    assert not answer.found


def test_an_index_on_a_label_value_line_is_stated_not_its_previous_year(assistant):
    answer = assistant.ask("架空町の財政力指数はいくつですか？")
    assert answer.found and "0.55 です" in _lead(answer)


def test_an_indicator_the_document_does_not_list_states_no_value(assistant):
    answer = assistant.ask("架空町のラスパイレス指数はいくつですか？")
    assert not answer.found or " です[" not in _lead(answer)


# --- the parts ---------------------------------------------------------------------------------
def test_age_bands_and_sexes_are_read_as_comparable_groups():
    assert groups_named("30歳代") == groups_named("30～39歳") == groups_named("30代") == {("age", 30, 39)}
    assert groups_named("18歳～29歳") == {("age", 18, 29)}
    assert groups_named("70歳以上") == {("age", 70, None)}
    assert groups_named("女性") == groups_named("女") == {("sex", "女")}
    assert groups_named("男女共同参画") == groups_named("長女の進学") == groups_named("2020年代") == frozenset()


def test_headers_come_by_position_from_the_header_row_and_its_merged_group():
    lines = ["区分|回答数(人)|回答割合(%)", "区分|回答数(人)|満足|やや満足", "全体|862|21.4|40.2", "30代|131|25.2|44.3"]
    assert row_headers(lines, 3) == ["区分", "回答数(人)", "回答割合(%) 満足", "回答割合(%) やや満足"]
    found = candidates_of("30代 131 25.2 44.3", lines)
    assert [(c.header, c.quantity.kind, c.quantity.raw) for c in found] == [
        ("回答数(人)", "count", "131"), ("回答割合(%) 満足", "ratio", "25.2"), ("回答割合(%) やや満足", "ratio", "44.3")]
    assert [c.quantity.raw for c in in_groups(found, groups_named("30歳代"))] == ["131", "25.2", "44.3"]
    assert in_groups(found, groups_named("女性")) == []


def test_a_row_with_another_number_of_cells_gets_no_headers():
    lines = ["指標|2025年 10|2035年 12|2045年 15", "目標|11|14"]
    assert row_headers(lines, 1) == []


def test_a_bare_rate_under_a_change_rate_header_answers_a_percent_question_and_the_amount_an_amount_one():
    from assistant.statements import read_value

    lines = ("会計|令和6年度 1,200,000|令和5年度 1,150,000|増減額 50,000|増減率 4.3",
             "水道事業会計|820,000|800,000|20,000|2.5")
    row = "水道事業会計 820,000 800,000 20,000 2.5"
    subject = {"水道", "事業", "会計"}
    rate = read_value(row, "水道事業会計の予算は前年度と比べて何％増えましたか", subject, labelled=lines)
    amount = read_value(row, "水道事業会計の予算は前年度と比べていくら増えましたか", subject, before=("（単位：千円）",),
                        labelled=lines)
    assert rate is not None and rate.value == "2.5"
    assert amount is not None and amount.value == "20,000"


def test_a_bracketed_note_in_a_value_cell_is_still_a_candidate_of_its_own():
    lines = ["調査対象|市民2,000人", "回収数|812人(回収率40.6%)"]
    found = candidates_of("回収数 812人（回収率40.6％）", lines)
    assert [(c.quantity.kind, c.quantity.raw) for c in found] == [("count", "812人"), ("ratio", "40.6％")]
