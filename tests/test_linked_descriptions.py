"""Open answers that stand apart from what they are about: a note linked to its mark, a description on a table row's
continuation rows, a row of text cells under labelled columns, and the sentence that says what a 取組 comes to.

One small corpus made by the test (invented content, towns of its own, each in a layout of its own):
- a DOCX KPI report of 仙北市 whose table marks indicator names with 「※2」 and explains them in notes after the
  table, a 総括 closing with 「具体的には、…」;
- a plain-text budget feature of 勝山市 whose 主な事業 table is drawn with ASCII rules (+---+, |), each 事業's
  description wrapped over continuation rows inside words;
- a CSV plan of 大洲市 with the columns 分野｜現状と課題｜今後の対策 holding long text cells.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from assistant.service import Assistant
from assistant.verify import unsupported_numbers
from index.update import update_index
from ingest.text.normalize import comparable

FEATURE = """広報かつやま　令和８年５月号
特集　令和８年度の予算

主な事業
+------+------------------------------+------------+
|区分  |事業名                        |予算額      |
+------+------------------------------+------------+
|新規  |九頭竜川河川敷キャンプ場整備事業|4,300万円   |
|      |  炊事棟とオートサイトを整備し、|            |
|      |夏季の家族連れを呼び込みます。  |            |
+------+------------------------------+------------+
|拡充  |恐竜の里ガイド育成事業        |620万円     |
|      |  市民ガイドの養成講座を年４回に|            |
|      |増やし、英語での案内も始めます。|            |
+------+------------------------------+------------+
|継続  |除雪機械更新事業              |1億2,000万円|
+------+------------------------------+------------+

問合せ　財政課
"""

PLAN_ROWS = [
    ["大洲市　第３次総合計画　分野別の現状と対策"],
    ["分野", "現状と課題", "今後の対策"],
    ["子育て・教育", "共働き世帯の増加で放課後の預け先が不足しており、待機児童が毎年10人前後生じている。",
     "小学校の空き教室を活用して放課後児童クラブを増設し、利用時間を19時まで延長する。"],
    ["観光・交流", "肱川あらしの見学者は増えているが、宿泊につながらず日帰り客が大半を占めている。",
     "朝の見学と組み合わせた宿泊プランを旅館組合と開発し、早朝ツアーを定期化する。"],
]


def _kpi_docx(path: Path) -> None:
    from docx import Document
    doc = Document()
    doc.add_heading("第２期仙北市総合戦略　KPI達成状況（令和７年度）", level=1)
    doc.add_paragraph("各KPIの令和７年度の実績を、策定時の値と比べて評価しました。")
    table = doc.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ("指標名", "策定時", "令和７年度", "目標値")):
        cell.text = text
    for row in (("田沢湖の遊覧船利用者数※1", "5.8万人", "6.2万人", "7.0万人"),
                ("市立図書館の貸出冊数※2", "21.4万冊", "17.9万冊", "24.0万冊"),
                ("新規就農者数", "6人", "9人", "10人")):
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    doc.add_paragraph("※1　田沢湖観光協会調べ。")
    doc.add_paragraph("※2　令和７年度は、中央館の耐震改修工事による休館のため、貸出冊数が減少した。")
    doc.add_heading("総括", level=2)
    doc.add_paragraph("策定時より改善した指標は２つ、悪化した指標は１つでした。")
    doc.add_paragraph("図書館の利用が落ち込んだことから、読書に親しむ機会を広げる取組を進めます。")
    doc.add_paragraph("具体的には、移動図書館車の巡回先を増やし、学校図書館との相互貸出を始めます。")
    doc.save(path)


@pytest.fixture(scope="module")
def towns(tmp_path_factory, embedder, tokenizer) -> Assistant:
    work = tmp_path_factory.mktemp("linked")
    corpus = work / "corpus"
    corpus.mkdir()
    _kpi_docx(corpus / "semboku_kpi_r7.docx")
    (corpus / "katsuyama_koho_r8_05.txt").write_text(FEATURE, encoding="utf-8")
    with open(corpus / "ozu_sougou_keikaku_bunya.csv", "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(PLAN_ROWS)
    update_index(corpus, work / "index", embedder, tokenizer)
    return Assistant.open(work / "index", embedder, tokenizer)


def _quotes_stand(answer, towns) -> None:
    for citation in answer.citations:
        assert comparable(citation.quote) in comparable(towns.documents[citation.doc].text)
    assert not unsupported_numbers(answer)


def test_why_a_marked_indicator_fell_is_the_sentence_of_its_note(towns):
    answer = towns.ask("仙北市の市立図書館の貸出冊数が減少した理由は何ですか？")
    assert answer.found
    assert "耐震改修工事による休館のため" in answer.answer
    assert "田沢湖観光協会調べ" not in answer.answer   # the note of another mark
    _quotes_stand(answer, towns)


def test_a_stated_response_is_quoted_with_what_it_comes_to(towns):
    answer = towns.ask("仙北市は図書館の利用の落ち込みを受けて、どのような取組を進めますか？")
    assert answer.found
    assert "読書に親しむ機会を広げる取組" in answer.answer
    assert "移動図書館車の巡回先を増やし" in answer.answer
    _quotes_stand(answer, towns)


def test_a_project_is_described_by_its_rows_continuation_joined(towns):
    answer = towns.ask("勝山市の九頭竜川河川敷キャンプ場整備事業はどんな事業ですか？")
    assert answer.found
    first = answer.answer.splitlines()[1]
    assert "炊事棟とオートサイトを整備し、夏季の家族連れを呼び込みます。" in first   # read across the wrap
    assert "市民ガイド" not in answer.answer   # the next row's description
    assert any(c.quote == "夏季の家族連れを呼び込みます。" for c in answer.citations)
    _quotes_stand(answer, towns)


def test_a_row_without_continuation_rows_gives_no_description(towns):
    answer = towns.ask("勝山市の除雪機械更新事業はどんな事業ですか？")
    assert "呼び込みます" not in answer.answer and "英語での案内" not in answer.answer


def test_the_problem_and_the_measure_are_both_cells_of_the_named_row(towns):
    answer = towns.ask("大洲市の総合計画では、観光についてどのような課題と対策が挙げられていますか？")
    assert answer.found
    assert "宿泊につながらず日帰り客が大半" in answer.answer
    assert "早朝ツアーを定期化する" in answer.answer
    assert "放課後児童クラブ" not in answer.answer
    assert not answer.answer.splitlines()[0].startswith(("分野", "大洲市"))
    _quotes_stand(answer, towns)
