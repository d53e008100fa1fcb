"""Values of one period from tables by month, and values written as a rate or as a change of value: documents of an
invented town written here (not copies of any real document), indexed with the real tokenizer, embedder and index,
asked as a user would.

- an XLSX of 施設 × 月 (4月 … 3月 of a fiscal year) with a 計 column and a 前年度比 column, more rows than one
  passage holds (the lower rows stand in passages without the header row); and a sheet of 月 × 区分 with a 年度計 row;
- a DOCX of prose: rates printed as bare decimals (合計特殊出生率 1.38, 有効求人倍率 1.21) and a fee changed
  「月額２，８００円から３，３００円に改定」.

A month's cell answers only a question naming that month; a question naming no month is answered by the total
column or row, never by one month's value.
"""
from __future__ import annotations

from pathlib import Path

import pytest

MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
FACILITIES = [
    ("ひばり野体育館", [3120, 2980, 3305, 3410, 2870, 3050, 3260, 3190, 2740, 2660, 2910, 3330]),
    ("ひばり野市民プール", [1840, 2210, 3150, 6020, 7480, 2950, 1620, 1480, 1310, 1250, 1390, 1700]),
    ("中央テニスコート", [905, 1120, 1010, 980, 870, 1150, 1230, 940, 610, 540, 700, 960]),
    ("南公園野球場", [640, 780, 720, 650, 590, 700, 810, 560, 220, 180, 260, 610]),
    ("北部多目的広場", [430, 510, 470, 520, 480, 500, 560, 410, 200, 150, 230, 440]),
    ("東地区武道場", [760, 720, 810, 790, 700, 740, 830, 800, 690, 650, 720, 780]),
    ("西地区弓道場", [210, 190, 230, 220, 205, 215, 240, 225, 180, 170, 195, 230]),
    ("ひばり野トレーニング室", [1510, 1460, 1580, 1620, 1570, 1530, 1610, 1590, 1490, 1440, 1520, 1640]),
    ("河川敷サッカー場", [820, 960, 900, 700, 640, 880, 1010, 760, 300, 240, 350, 790]),
]
ADULTS = [5120, 5480, 6010, 7250, 7860, 5830, 5900, 5410, 4320, 4090, 4510, 5620]
CHILDREN = [3135, 3450, 3575, 6660, 7545, 3885, 4180, 3305, 2220, 1990, 2265, 3810]

PROSE = [
    "ひばり野市 人口ビジョン（令和７年改訂）",
    "本市の合計特殊出生率は、令和５年に１．３８となり、県平均をやや下回っています。",
    "市内の有効求人倍率は、令和６年度平均で１．２１倍と高い水準が続いています。",
    "放課後児童クラブの利用料については、令和８年４月から、月額２，８００円から３，３００円に改定します。",
]


def _facilities_book(path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "施設別月別"
    sheet.append(["令和５年度 ひばり野市 体育施設 施設別・月別利用者数（単位：人）"])
    sheet.append(["施設名", *MONTHS, "計", "前年度比（％）"])
    for name, counts in FACILITIES:
        sheet.append([name, *counts, sum(counts), 103.4])
    other = book.create_sheet("区分別")
    other.append(["令和５年度 ひばり野市 体育施設 月別・区分別利用者数（単位：人）"])
    other.append(["月", "大人", "子ども", "計"])
    for month, adult, child in zip(MONTHS, ADULTS, CHILDREN):
        other.append([month, adult, child, adult + child])
    other.append(["年度計", sum(ADULTS), sum(CHILDREN), sum(ADULTS) + sum(CHILDREN)])
    book.save(path)
    return path


def _prose_docx(path: Path) -> Path:
    from docx import Document

    document = Document()
    document.add_heading(PROSE[0], level=1)
    for line in PROSE[1:]:
        document.add_paragraph(line)
    document.save(path)
    return path


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("period-values") / "corpus"
    folder.mkdir()
    _facilities_book(folder / "hibarino_shisetsu_riyosha_r5.xlsx")
    _prose_docx(folder / "hibarino_jinko_vision.docx")
    index_dir = tmp_path_factory.mktemp("period-values-index")
    report = update_index(folder, index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


def _lead(answer) -> str:
    return answer.answer.splitlines()[0] if answer.found else ""


def test_a_year_question_on_a_month_grid_states_the_total_column(assistant):
    # the pool's row stands in the first passage, the weight room's in a later one without the header row
    lead = _lead(assistant.ask("ひばり野市の令和5年度の市民プールの利用者数は年間で何人ですか？"))
    assert "32400" in lead.replace(",", "")
    lead = _lead(assistant.ask("ひばり野市のトレーニング室の令和5年度の年間利用者数は何人ですか？"))
    assert "18560" in lead.replace(",", "")


def test_a_month_question_states_that_months_cell_only(assistant):
    lead = _lead(assistant.ask("ひばり野市の令和5年度8月の市民プールの利用者数は何人ですか？"))
    assert "7480" in lead.replace(",", "") and "32400" not in lead.replace(",", "")
    lead = _lead(assistant.ask("ひばり野市の東地区武道場の11月の利用者数は？"))
    assert "800" in lead and "8990" not in lead.replace(",", "")


def test_a_year_question_on_month_rows_states_the_year_total_row(assistant):
    answer = assistant.ask("ひばり野市の令和5年度の子どもの利用者数は年間で何人ですか？")
    lead = _lead(answer).replace(",", "")
    assert "46020" in lead
    for month_value in CHILDREN:   # never one month's value
        assert not lead.startswith(str(month_value))


def test_a_rate_printed_as_a_bare_decimal_is_stated(assistant):
    assert "1.38" in _lead(assistant.ask("ひばり野市の令和5年の合計特殊出生率はいくつですか？")).replace("．", ".").translate(
        str.maketrans("０１２３４５６７８９", "0123456789"))
    lead = _lead(assistant.ask("ひばり野市の有効求人倍率は？"))
    assert "1.21" in lead.translate(str.maketrans("０１２３４５６７８９．", "0123456789."))


def test_the_new_value_of_a_change_is_stated_not_the_former(assistant):
    lead = _lead(assistant.ask("ひばり野市の放課後児童クラブの利用料は月額いくらになりますか？"))
    assert "３，３００円" in lead and "２，８００円" not in lead
