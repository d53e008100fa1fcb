"""A 実施計画 sheet whose amount header is a group over year columns and a total column (「概算事業費（千円）」 merged
over 令和９年度｜令和10年度｜令和11年度｜計), some years printed 「－」: on a workbook of an invented town written here
(not a copy of any real document), the amounts a reader expects written by hand.

- 「〇〇事業の３か年の事業費は？」/「…の合計は？」 states the document's own 計 column, never one year's amount first;
- a 「－」 cell is no amount: never stated as 「-千円」; the year it stands under is not found.
"""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

ROWS = [
    ("1", "住まいと暮らし", "空き家バンク登録促進事業", "継続", 3200, 3200, 3200, 9600),
    ("2", "住まいと暮らし", "移住体験住宅整備事業", "新規", 25400, "－", "－", 25400),
    ("3", "産業と雇用", "農産物直売所リニューアル事業", "新規", "－", 41800, 12600, 54400),
]


def _workbook(folder: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "実施事業一覧"
    ws.append(["多可町実施計画（令和９年度～令和11年度）"])
    ws.append([None, None, None, None, None, None, None, "単位：千円"])
    ws.append(["番号", "分野", "事業名", "区分", "概算事業費（千円）", None, None, None])
    ws.append([None, None, None, None, "令和９年度", "令和10年度", "令和11年度", "計"])
    for number, field, name, kind, *amounts in ROWS:
        ws.append([number, field, name, kind, *amounts])
    for col in "ABCD":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("E3:H3")
    for row in ws.iter_rows(min_row=5, min_col=5, max_col=8):
        for cell in row:
            if isinstance(cell.value, int):
                cell.number_format = "#,##0"
    path = folder / "taka_jisshi_keikaku_r9_r11.xlsx"
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index
    corpus = tmp_path_factory.mktemp("grouped_years_corpus")
    _workbook(corpus)
    index_dir = tmp_path_factory.mktemp("grouped_years_index")
    report = update_index(corpus, index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


@pytest.mark.parametrize("question", ["多可町の農産物直売所リニューアル事業の３か年の事業費は？",
                                      "多可町の農産物直売所リニューアル事業の事業費の合計はいくらですか？"])
def test_the_total_column_answers_a_three_year_question(assistant, question):
    answer = assistant.ask(question)
    assert answer.found
    first = answer.answer.splitlines()[0]
    assert "54,400" in first and "41,800" not in first


def test_a_dash_cell_is_never_stated_as_an_amount(assistant):
    answer = assistant.ask("多可町の移住体験住宅整備事業の事業費は？")
    assert "25,400" in answer.answer.splitlines()[0]
    assert "-千円" not in answer.answer and "－千円" not in answer.answer


def test_the_year_of_a_dash_cell_is_not_found(assistant):
    answer = assistant.ask("多可町の移住体験住宅整備事業の令和10年度の事業費は？")
    assert not answer.found or "25,400" not in answer.answer.splitlines()[0]
