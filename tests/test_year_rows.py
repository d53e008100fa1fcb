"""Budget tables whose years are rows, and amounts that are not the one asked: made by the test (invented towns,
事業 and figures), read by the project's own readers and answered through the index.

- A 実施計画 CSV and workbook with one row per 事業 and year (年度 令和7年度｜令和8年度｜令和9年度｜3か年計), the 事業名
  printed on its first row only (empty cells in the CSV, a merged cell in the workbook), and a 「うち一般財源」 column
  beside 事業費. A year's amount is that year's row; a 「3か年の合計」 is the document's own 3か年計 row, never a sum
  of ours that adds the total to its own parts; a 一般財源 question is never answered with the 事業費.
- A 広報 line of stocks (「市債残高見込み（一般会計、令和７年度末） ３６２億円」) beside the 一般会計 budget: a balance
  at a date is never stated as a year's budget, and the label keeps its bracket whole.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from assistant.service import Assistant
from index.update import update_index

CSV_ROWS = [
    "第３次秩父別町総合計画 実施計画（令和７年度～令和９年度）",
    "（単位：千円）",
    "施策,事業名,区分,年度,事業内容,事業費,うち一般財源",
    "3-2 子育て支援,病児保育室整備事業,新規,令和7年度,基本設計,12000,3000",
    ",,,令和8年度,建設工事,85000,20000",
    ",,,令和9年度,開設準備,5400,5400",
    ",,,3か年計,,102400,28400",
    "3-2 子育て支援,放課後子ども教室推進事業,継続,令和7年度,教室の運営,4100,1400",
    ",,,令和8年度,教室の運営,4100,1400",
    ",,,令和9年度,教室の拡大,6300,2100",
    ",,,3か年計,,14500,4900",
]
KOHO_TEXT = """広報とままえ　令和７年４月号
令和７年度　当初予算のあらまし
◆会計別の予算
一般会計　　９２億４，０００万円（前年度比１．６％増）
◆主な歳入
町税　１１億２，０００万円（前年度比２．１％増）
町債　３億１，０００万円（前年度比△５．２％）
◆町の貯金と借金
財政調整基金の残高見込み（令和７年度末）　１２億６，０００万円
町債残高見込み（一般会計、令和７年度末）　８４億円
"""


def _plan_xlsx(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "実施計画"
    sheet.append(["下川町総合計画 実施計画（令和７年度～令和９年度）"])
    sheet.append(["（単位：千円）"])
    sheet.append(["施策", "事業名", "年度", "内容", "事業費", "うち一般財源"])
    rows = [("5-1 防災", "避難所備蓄倉庫整備事業", [("令和7年度", "倉庫2棟", 24600, 6150), ("令和8年度", "倉庫3棟", 36900, 9225),
                                                  ("令和9年度", "備蓄品の更新", 8800, 8800), ("3か年計", None, 70300, 24175)]),
            ("5-1 防災", "防災行政無線デジタル化事業", [("令和7年度", "実施設計", 9800, 2450), ("令和8年度", "親局の更新", 143000, 14300),
                                                     ("令和9年度", "子局の更新", 98000, 9800), ("3か年計", None, 250800, 26550)])]
    for measure, name, years in rows:
        first = sheet.max_row + 1
        for year, content, cost, general in years:
            sheet.append([measure if year == years[0][0] else None, name if year == years[0][0] else None,
                          year, content, cost, general])
        sheet.merge_cells(start_row=first, start_column=2, end_row=first + len(years) - 1, end_column=2)
        for row in sheet.iter_rows(min_row=first, max_row=first + len(years) - 1, min_col=5, max_col=6):
            for cell in row:
                cell.number_format = "#,##0"
    book.save(path)
    return path


@pytest.fixture(scope="module")
def planned(tmp_path_factory, embedder, tokenizer) -> Assistant:
    work = tmp_path_factory.mktemp("year_rows")
    corpus = work / "corpus"
    corpus.mkdir()
    (corpus / "chippubetsu_jisshi_keikaku_r7_r9.csv").write_text("\n".join(CSV_ROWS) + "\n", encoding="utf-8")
    _plan_xlsx(corpus / "shimokawa_jisshi_keikaku_r7_r9.xlsx")
    (corpus / "tomamae_koho_2025_04.txt").write_text(KOHO_TEXT, encoding="cp932")
    update_index(corpus, work / "index", embedder, tokenizer)
    return Assistant.open(work / "index", embedder, tokenizer)


def _first_line(answer) -> str:
    return answer.answer.split("\n", 1)[0]


@pytest.mark.parametrize("question, value", [
    ("秩父別町の病児保育室整備事業の令和8年度の事業費はいくらですか？", "85000"),
    ("秩父別町の放課後子ども教室推進事業の令和9年度の事業費は？", "6300"),
    ("下川町の防災行政無線デジタル化事業の令和8年度の事業費はいくらですか？", "143,000"),
])
def test_a_years_amount_is_its_own_rows(planned, question, value):
    answer = planned.ask(question)
    assert answer.found and value in _first_line(answer), answer.answer


@pytest.mark.parametrize("question, total, parts", [
    ("秩父別町の病児保育室整備事業の3か年の事業費の合計は？", "102400", ("12000", "85000")),
    ("下川町の避難所備蓄倉庫整備事業の3か年の事業費の合計はいくらですか？", "70,300", ("24,600", "36,900")),
])
def test_a_sum_asked_is_the_documents_total_row(planned, question, total, parts):
    answer = planned.ask(question)
    first = _first_line(answer)
    assert answer.found and total in first and "（計算）" not in answer.answer, answer.answer
    assert not any(part in first for part in parts)


@pytest.mark.parametrize("question, cost", [
    ("秩父別町の病児保育室整備事業の令和7年度の事業費のうち一般財源はいくらですか？", "12000"),
    ("下川町の避難所備蓄倉庫整備事業について、令和8年度の事業費のうち一般財源は？", "36,900"),
])
def test_a_part_of_the_cost_is_never_answered_with_the_cost(planned, question, cost):
    answer = planned.ask(question)
    assert cost not in _first_line(answer), answer.answer


def test_a_balance_is_never_stated_as_the_budget(planned):
    answer = planned.ask("苫前町の令和7年度一般会計予算はいくらですか？")
    first = _first_line(answer)
    assert "８４億円" not in first and "１２億６，０００万円" not in first, answer.answer
    if answer.found and "です" in first:
        assert "９２億４，０００万円" in first, answer.answer


def test_a_balance_is_answered_when_asked(planned):
    answer = planned.ask("苫前町の町債残高見込み（令和7年度末）はいくらですか？")
    assert answer.found and "８４億円" in answer.answer, answer.answer


def test_a_years_borrowing_is_never_stated_as_the_balance(planned):
    answer = planned.ask("苫前町の町債の残高はいくらですか？")
    first = _first_line(answer)
    assert "３億１，０００万円" not in first, answer.answer
    if answer.found and "です" in first:
        assert "８４億円" in first, answer.answer
