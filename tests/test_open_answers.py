"""Open answers that need the sentence next to the best one, and amounts whose kind a word beside them decides.

One small corpus made by the test (invented content, towns of its own): a 施政方針 in prose, where the response to
a stated problem follows it as 「このため、…」 and a measure goes on in a 「また、…」 sentence; a 会議録 where one
sentence gives both a 補正 amount and the total after it; a workbook whose amounts are stored as numbers and shown
with thousands separators (「#,##0」).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.service import Assistant
from index.update import update_index
from ingest.readers.registry import read_file

SPEECH = """令和8年度　施政方針（天童市）

一　観光の振興
舞鶴山の桜まつりには、近年、市外からの来訪者が大きく増えております。
舞鶴山周辺では、花見客の集中による路上駐車と騒音が住民の暮らしに影響を及ぼしております。
このため、シャトルバスの運行と、臨時駐車場への誘導員の配置を行う花見期交通対策事業に2,450万円を計上いたしました。
将棋の駒の産地として、駒作り体験の受入れも続けてまいります。

二　防災の強化
乱川の氾濫に備え、ハザードマップに基づき、避難所となる公民館の耐水化工事に着手いたします。
また、地区ごとに要配慮者の避難支援計画を作成いたします。
市内の商店街では、空き店舗を活用した創業支援を実施いたします。
"""

MINUTES = """令和7年第4回天童市議会定例会会議録（第2号）
◎日程第1　議案第71号　令和7年度天童市一般会計補正予算（第5号）
○市長（山田一郎君）　議案第71号　令和7年度天童市一般会計補正予算（第5号）について御説明申し上げます。
今回の補正は、歳入歳出それぞれ2億1,600万円を追加し、補正後の予算総額を301億4,200万円とするものであります。
○議長（佐藤次郎君）　日程第2、一般質問を行います。
○5番（高橋花子君）　天童公園の桜並木の保全と、今後の管理方針について伺います。
○都市整備部長（鈴木健一君）　お答えいたします。
桜並木は、植栽から60年を超え、樹勢の衰えが目立ってきております。
今後は、樹木医による診断結果に基づき、計画的な更新植栽と土壌改良を進めてまいります。
"""


def _amounts_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "主要事業"
    sheet.append(["令和8年度 当初予算 主要事業一覧（天童市）"])
    sheet.append(["事業名", "予算額（千円）", "担当課"])
    for name, amount, office in (("市民プール改修事業", 238400, "スポーツ課"), ("果樹園地再編支援事業", 56750, "農林課")):
        sheet.append([name, amount, office])
    for row in sheet.iter_rows(min_row=3, min_col=2, max_col=2):
        for cell in row:
            cell.number_format = "#,##0"
    book.save(path)


@pytest.fixture(scope="module")
def town(tmp_path_factory, embedder, tokenizer) -> Assistant:
    work = tmp_path_factory.mktemp("open")
    corpus = work / "corpus"
    corpus.mkdir()
    (corpus / "tendo_shisei_houshin_r8.txt").write_text(SPEECH, encoding="utf-8")
    (corpus / "tendo_kaigiroku_r7_4.txt").write_text(MINUTES, encoding="utf-8")
    _amounts_xlsx(corpus / "tendo_shuyo_jigyo_r8.xlsx")
    update_index(corpus, work / "index", embedder, tokenizer)
    return Assistant.open(work / "index", embedder, tokenizer)


def test_how_a_problem_is_met_is_answered_with_the_response_that_follows_it(town):
    answer = town.ask("天童市は、舞鶴山周辺の花見客の集中にどう対応しますか？")
    assert answer.found
    assert "シャトルバスの運行" in answer.answer


def test_a_measure_is_quoted_with_the_sentence_it_goes_on_from_and_no_sentence_of_another_topic(town):
    answer = town.ask("天童市では、乱川の氾濫に備えてどのような取組を行いますか？")
    assert answer.found
    assert "公民館の耐水化工事" in answer.answer and "避難支援計画" in answer.answer
    assert "空き店舗" not in answer.answer and "駒作り" not in answer.answer


def test_the_total_after_a_supplementary_budget_is_never_stated_as_its_amount(town):
    asked_amount = town.ask("天童市の一般会計補正予算（第5号）の補正額はいくらですか？")
    assert "301億4,200万円 です" not in asked_amount.answer
    asked_total = town.ask("天童市の一般会計補正予算（第5号）の補正後の予算総額はいくらですか？")
    assert "2億1,600万円 です" not in asked_total.answer   # the amount added is no total either
    assert "301億4,200万円" in asked_total.answer           # the sentence holding the total is quoted


def test_a_sheets_grouped_amount_is_read_and_quoted_as_the_sheet_shows_it(tmp_path):
    _amounts_xlsx(tmp_path / "amounts.xlsx")
    text = read_file(tmp_path / "amounts.xlsx").text
    assert "238,400" in text and "56,750" in text
    assert "238400" not in text


def test_a_grouped_amount_is_stated_with_its_separators(town):
    answer = town.ask("天童市の市民プール改修事業の予算額はいくらですか？")
    assert answer.found
    assert "238,400" in answer.answer.splitlines()[0]

