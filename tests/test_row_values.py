"""Values read from table rows whose layout hides which cell is which: rows of invented towns written here (not copies
of any real document), read as a user's question would read them.

- a line of an unruled PDF holding two table rows side by side, a row's name holding a number of its own
  (「（２期）」), the unit only in a note 「事業費の単位：千円」;
- a unit beside another word in a column header's bracket (「委託料（年額・千円）」, 「負担額（月額・円）」);
- a column whose own header names the asked attribute (「目標数量」) among cells that take it only from the header line;
- a row under a header line whose label cells hold numbers of their own (「…80万円以下の方 0.45 31,500」);
- decimals under a unit note (「（単位：ha）」) in a transposed table;
- a 第N段階 the question names: the value of a row of another 段階, or a line above the table naming none, is not
  stated; the row of that 段階 is.

And one workbook indexed with the real tokenizer, embedder and index, asked as a user would: the asked row's value is
stated, another row's never.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.statements import read_value

SCHEDULE = ("実施年度|施設名|工事内容|事業費 36,200", "北小学校|給水管更新|8,400",
            "令和10年度|南中学校|工事内容 校舎大規模改修(2期)|286,000", "東小学校|体育館屋根改修|52,300")


def test_a_line_holding_two_rows_states_the_asked_rows_amount_in_the_note_unit():
    line = "北小学校 給水管更新 8,400 令和10年度 南中学校 校舎大規模改修（２期） 286,000 東小学校 体育館屋根改修 52,300"
    value = read_value(line, "南中学校の校舎大規模改修の事業費はいくらですか", {"南", "中学校", "校舎", "大規模", "改修"},
                       before=("事業費の単位：千円",), labelled=SCHEDULE)
    assert value is not None and value.value == "286,000"
    assert value.quantity.kind == "money" and value.quantity.value == 286_000_000


def test_a_number_inside_a_rows_name_is_never_its_value():
    line = "令和10年度 南中学校 校舎大規模改修（２期） 286,000"
    value = read_value(line, "南中学校の校舎大規模改修の事業費はいくらですか", {"南", "中学校", "校舎", "大規模", "改修"},
                       before=("事業費の単位：千円",), labelled=SCHEDULE)
    assert value is not None and value.value != "２"


def test_a_unit_beside_another_word_in_a_header_bracket_makes_the_cell_an_amount():
    lines = ("施設名|受託者|委託料(年額・千円) 15,320|利用者数(人) 52,118", "西浜運動公園|西浜スポーツ協会|9,870|31,406")
    value = read_value("西浜運動公園 西浜スポーツ協会 9,870 31,406", "西浜運動公園の委託料は年額いくらですか",
                       {"西浜", "運動", "公園", "委託"}, labelled=lines)
    assert value is not None and value.value == "9,870" and value.quantity.value == 9_870_000


def test_the_cell_whose_own_header_names_the_asked_target_is_stated():
    header = "分類 品名 単位 目標数量 現有数量 充足率（％） 今年度購入予定"
    lines = ("分類|品名|単位|目標数量 600|現有数量 420|充足率(%) 70.0|今年度購入予定 100",
             "寝具|エアマット|枚|900|630|70.0|150")
    value = read_value("寝具 エアマット 枚 900 630 70.0 150", "エアマットの目標数量は何枚ですか",
                       {"エアマット", "数量"}, before=(header,), labelled=lines)
    assert value is not None and value.value == "900"


def test_a_unit_column_gives_the_counts_their_counter_and_is_no_part_of_the_name():
    lines = ("分類|品名|単位|目標数量 600|現有数量 420", "寝具|保温シート(大判)|枚|1,250|980")
    value = read_value("寝具 保温シート（大判） 枚 1,250 980", "保温シートの目標数量は何枚ですか", {"保温", "数量"}, labelled=lines)
    assert value is not None and value.value == "1,250" and value.quantity.unit == "枚"
    assert "枚" not in value.label and "保温シート" in value.label


def test_a_row_whose_label_cells_hold_numbers_is_read_by_its_parts_under_the_header_line():
    header = "所得区分 対象となる方 基準額に対する割合 負担額（年額・円）"
    row = "第２段階 本人の年金収入等が80万円以下の方 0.45 31,500"
    value = read_value(row, "第2段階の方の負担額は年額いくらですか", {"負担", "段階"}, before=(header,))
    assert value is not None and value.value == "31,500"


def test_a_row_of_another_stage_or_a_line_naming_no_stage_states_no_value():
    header = "所得区分 対象となる方 基準額に対する割合 負担額（年額・円）"
    other = "第４段階 本人が住民税非課税で第２段階・第３段階に該当しない方 0.90 63,000"
    assert read_value(other, "第2段階の方の負担額は年額いくらですか", {"負担", "段階"}, before=(header,)) is None
    base = "負担基準額（年額） 70,000円"
    assert read_value(base, "第2段階の方の負担額は年額いくらですか", {"負担", "額"}) is None


def test_decimals_under_a_unit_note_are_that_units_values():
    lines = ("区分|水田 1,204.6|畑地 388.2|計 1,592.8", "目標(令和17年)|1,150.0|402.5|1,552.5")
    value = read_value("目標（令和17年） 1,150.0 402.5 1,552.5", "令和17年の畑地は何haを目標としていますか", {"畑地"},
                       before=("（単位：ha）", "区分 水田 畑地 計"), labelled=lines)
    assert value is not None and value.value == "402.5" and value.quantity.unit == "ha"


def test_a_row_named_only_by_its_attribute_answers_under_a_title_naming_the_subject():
    from types import SimpleNamespace

    from assistant.query import read_query
    from assistant.statements import choose_statement

    lines = ("当初予算額|金額(千円) 8,420,000", "既補正額|312,000", "今回補正額|96,500", "補正後の予算総額|8,828,500")
    unit = SimpleNamespace(unit=SimpleNamespace(quote="当初予算額 8,420,000"), block="", before=(), row_head="",
                           around="", labelled=lines,
                           caption="みずなし町 令和7年度 一般会計補正予算（第2号）の概要")
    question = "一般会計の当初予算額はいくらですか"

    def ask(unit):
        return choose_statement(unit, read_query(question), {"一般", "会計"}, lambda text: [],
                                lambda words: float(sum(len(w) for w in words)), set(), question)

    value = ask(unit)
    assert value is not None and value.value == "8,420,000"
    assert ask(SimpleNamespace(**{**vars(unit), "caption": "みずなし町 特別会計の概要"})) is None


# --- one workbook, indexed and asked -----------------------------------------------------------------
def _stock_book(path: Path) -> Path:
    """A 防災備蓄 workbook of an invented town: the unit in its own column, the rate beside the counts."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "備蓄品"
    sheet.append(["みずなし町 防災備蓄品の整備目標"])
    sheet.append(["分類", "品名", "単位", "目標数量", "現有数量", "充足率（％）", "保管場所"])
    for row in [("食料", "缶詰パン", "缶", 3600, 2950, 81.9, "中央備蓄倉庫"),
                ("寝具", "エアマット", "枚", 900, 630, 70.0, "中央備蓄倉庫"),
                ("衛生", "携帯トイレ", "回分", 12000, 5100, 42.5, "各地区倉庫")]:
        sheet.append(list(row))
        sheet.cell(sheet.max_row, 4).number_format = "#,##0"
        sheet.cell(sheet.max_row, 5).number_format = "#,##0"
        sheet.cell(sheet.max_row, 6).number_format = "0.0"
    book.save(path)
    return path


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("row-values") / "corpus"
    folder.mkdir()
    _stock_book(folder / "mizunashi_bichiku.xlsx")
    index_dir = tmp_path_factory.mktemp("row-values-index")
    report = update_index(folder, index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


def test_the_target_count_of_the_asked_item_is_stated_not_the_stock_beside_it(assistant):
    answer = assistant.ask("みずなし町のエアマットの目標数量は何枚ですか？")
    lead = answer.answer.splitlines()[0]
    assert answer.found and "900" in lead and "630" not in lead
