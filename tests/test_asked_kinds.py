"""A value is stated only when it is of the kind, attribute and breakdown the question asks; otherwise the answer says
it was not found (or quotes without a stated value). Documents of towns, wording and figures written here, each file
made by the test and read by the real pipeline and index:

- a 当初予算 説明書 (tab-separated text) with 本年度 and 前年度 columns and no 補正 anywhere: a 補正後 question is not
  answered by the 本年度予算額;
- a 観光客数 workbook, 地区 × 月 with a 合計 column and a 前年比（％） column: a 何人 question never gets the 前年比;
- a 人口ビジョン text whose prose rounds the rate to tenths (「４割に迫ります」): a 何％ question never gets 「４割」,
  a 何割 question may;
- a 市民意識調査 in Word broken down by age only: a question asking 地区別 is not answered from it, one asking
  年代別 is.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.testbed.documents import write_text

_SETSUMEISHO = "\n".join([
    "令和８年度　須坂市一般会計予算説明書",
    "歳出　（単位：千円）",
    "款\t項\t目\t本年度予算額\t前年度予算額\t比較",
    "10 教育費\t2 小学校費\t1 学校管理費\t312,400\t298,100\t14,300",
    "10 教育費\t2 小学校費\t2 教育振興費\t45,800\t47,200\t△1,400",
    "10 教育費\t3 中学校費\t1 学校管理費\t188,900\t176,300\t12,600",
]) + "\n"

_VISION = "\n".join([
    "魚津市人口ビジョン（令和８年改訂）",
    "第２章　将来人口の推計",
    "国立社会保障・人口問題研究所の推計によると、２０４５年の総人口は約３万１千人まで減少し、"
    "高齢化率は４割に迫ります。",
    "市では、出生率の回復と転出の抑制により、人口減少の緩和を目指します。",
]) + "\n"


def _visitors_xlsx(folder: Path) -> Path:
    """長野県飯山市 観光客数 (invented): 地区 × 月, a 合計 column and a 前年比（％） column, the unit in the title."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "地区別月別"
    sheet.append(["令和６年　飯山市観光地利用者数（単位：人）"])
    sheet.append(["地区"] + [f"{m}月" for m in (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3)] + ["合計", "前年比（％）"])
    rows = [("戸狩温泉", [8200, 9100, 6400, 7300, 9800, 6900, 7700, 5200, 24100, 41200, 38800, 19300], 104.2),
            ("斑尾高原", [5100, 6200, 4900, 6100, 8800, 5600, 6300, 3900, 18800, 30100, 27600, 12500], 97.8)]
    for name, months, ratio in rows:
        sheet.append([name] + months + [sum(months), ratio])
    path = folder / "iiyama_r6_kankokyaku.xlsx"
    book.save(path)
    return path


def _survey_docx(folder: Path) -> Path:
    """広島県江田島市 市民意識調査 (invented): the 定住意向 overall and by age band, nothing by 地区."""
    from docx import Document

    document = Document()
    document.add_heading("令和７年度　江田島市市民意識調査　結果報告書", level=1)
    document.add_heading("３　定住意向", level=2)
    document.add_paragraph("「住み続けたい」「どちらかといえば住み続けたい」を合わせた定住意向は全体で６８．２％でした。")
    table = document.add_table(rows=4, cols=2)
    for row, cells in zip(table.rows, [("年代", "定住意向（％）"), ("18～29歳", "52.4"), ("30～49歳", "63.0"),
                                       ("50歳以上", "75.9")]):
        for cell, value in zip(row.cells, cells):
            cell.text = value
    path = folder / "etajima_r7_ishiki_chosa.docx"
    document.save(path)
    return path


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("asked-kinds")
    write_text(folder / "suzaka_r8_yosan_setsumeisho.txt", _SETSUMEISHO)
    write_text(folder / "uozu_jinko_vision_r8.txt", _VISION)
    _visitors_xlsx(folder)
    _survey_docx(folder)
    index_dir = tmp_path_factory.mktemp("asked-kinds-index")
    report = update_index(folder, index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


def _first(answer) -> str:
    return answer.answer.split("\n")[0]


def test_an_amount_after_a_supplement_is_not_the_initial_budget_of_a_book_that_never_says_supplement(assistant):
    answer = assistant.ask("須坂市の教育振興費の補正後の予算額はいくらですか？")
    assert not answer.found and "45,800" not in _first(answer), answer.answer
    stated = assistant.ask("須坂市の教育振興費の本年度予算額はいくらですか？")
    assert stated.found and "45,800" in _first(stated), stated.answer


def test_a_count_question_never_gets_the_rate_of_change_beside_the_count(assistant):
    answer = assistant.ask("飯山市の令和6年の戸狩温泉の観光地利用者数は何人ですか？")
    assert "104.2" not in _first(answer), answer.answer


def test_a_percent_question_never_gets_a_share_rounded_to_tenths(assistant):
    answer = assistant.ask("魚津市の2045年の高齢化率は何％ですか？")
    assert "４割" not in _first(answer) and "4割" not in _first(answer), answer.answer
    tenths = assistant.ask("魚津市の2045年の高齢化率は何割ですか？")
    assert "４割" in tenths.answer, tenths.answer


def test_a_breakdown_no_document_holds_is_not_answered_by_the_whole(assistant):
    answer = assistant.ask("江田島市の市民意識調査で、地区別の定住意向はどうなっていますか？")
    assert not answer.found, answer.answer
    by_age = assistant.ask("江田島市の市民意識調査で、年代別の定住意向はどうなっていますか？")
    assert by_age.found and "江田島市" in by_age.answer + "".join(c.title for c in by_age.citations), by_age.answer
