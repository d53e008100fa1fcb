"""A council's decision on a 議案 and a count of years, answered from a small corpus made by the test (invented
content, real towns): a committee's 審査報告書 (PDF) whose table breaks the 件名 cell over two printed lines above its
議案番号 and 審査結果, a 会議録 (text) where the decision stands in the chair's sentence, and a 広報 page (text) with
「…を、45年にわたり続けています」 beside a 策定 year.

A decision is stated only from a row or sentence that names the asked bill and a decision word; a bill no document
names is not found (never the report's 「審査の結果下記のとおり決定した」 preamble)."""
from __future__ import annotations

import pytest

from assistant.service import Assistant
from assistant.testbed.documents import GOTHIC, PdfPage
from index.update import update_index

MINUTES = """令和８年第２回大洲市議会定例会会議録（第４号）

○議長（山本　一郎君）　日程第１、議案第３１号　大洲市手数料条例の一部を改正する条例を議題といたします。
　本案に対する委員長の報告は可決であります。本案は、委員長の報告のとおり決することにご異議ありませんか。
（「異議なし」と呼ぶ者あり）
○議長（山本　一郎君）　ご異議なしと認めます。よって、議案第３１号は、原案のとおり可決されました。
　次に、議案第３２号　大洲市公民館条例の一部を改正する条例については、継続審査とすることに決定いたしました。
"""

KOHO = """広報いかた　令和８年５月号

■町の財政
平成２９年度に策定した行財政改革大綱のもと、町は実質公債費比率の早期健全化基準を下回る運営を、４５年にわたり続けています。
"""

HOSEI = """令和８年度伊予市一般会計補正予算（第３号）の概要

１　補正予算の規模　（単位：千円）
会計,補正前の額,補正額,補正後の額
一般会計,"20,100,000","312,000","20,412,000"

２　主な補正の内容　（単位：千円）
事業名,補正額,内容
病児保育事業,"4,200",利用者の増加に伴う委託料の増額
港湾施設長寿命化事業,"58,000",岸壁の補修
"""


def _report_pdf(path):
    pdf = PdfPage(path, title="伊予市議会 総務常任委員会 審査報告書")
    pdf.text(40, 50, "令和８年６月２０日", 10)
    pdf.text(40, 70, "伊予市議会議長　様", 10)
    pdf.text(300, 90, "総務常任委員長　高田　花子", 10)
    pdf.text(180, 120, "総務常任委員会審査報告書", 13, GOTHIC)
    pdf.text(40, 150, "本委員会に付託された議案は、審査の結果下記のとおり決定したので報告します。", 10)
    pdf.text(260, 175, "記", 10)
    cols, top = [110, 270, 110], 190
    rows = [("議案番号", ("件　　名",), "審査結果"),
            ("議案第５４号", ("令和８年度伊予市一般会計補正予算", "（第３号）"), "原案可決"),
            ("議案第５５号", ("伊予市税条例の一部を改正する条例",), "否決")]
    for number, name, result in rows:
        x = 40
        for w in cols:
            pdf.box(x, top, w, 36)
            x += w
        pdf.text(46, top + 22, number, 9.5)
        for k, line in enumerate(name):
            pdf.text(156, top + 15 + 13 * k, line, 9.5)
        pdf.text(426, top + 22, result, 9.5)
        top += 36
    pdf.page()
    return pdf.save()


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer) -> Assistant:
    work = tmp_path_factory.mktemp("decisions")
    corpus = work / "corpus"
    corpus.mkdir()
    _report_pdf(corpus / "iyo_somu_shinsa_hokoku_r8_06.pdf")
    (corpus / "ozu_kaigiroku_r8_2_4go.txt").write_text(MINUTES, encoding="utf-8")
    (corpus / "ikata_koho_r8_05.txt").write_text(KOHO, encoding="utf-8")
    (corpus / "iyo_hosei_dai3go_gaiyo_r8.csv").write_text(HOSEI, encoding="utf-8")
    update_index(corpus, work / "index", embedder, tokenizer)
    return Assistant.open(work / "index", embedder, tokenizer)


@pytest.mark.parametrize("question, decision", [
    ("伊予市議会の総務常任委員会は議案第54号（一般会計補正予算（第3号））をどう決定しましたか？", "原案可決"),
    ("伊予市議会で議案第55号の審査結果は？", "否決"),
    ("大洲市議会は議案第31号をどう議決しましたか？", "可決"),
    ("大洲市議会で議案第32号はどう決定されましたか？", "継続審査"),
])
def test_the_decision_on_the_asked_bill_is_stated_from_its_row(assistant, question, decision):
    answer = assistant.ask(question)
    assert answer.found
    lead = answer.answer.splitlines()[0]
    assert decision in lead and "です[1]" in lead, answer.answer
    assert decision in answer.citations[0].quote


def test_a_bill_no_document_names_is_not_found(assistant):
    answer = assistant.ask("伊予市議会で議案第57号はどう決定されましたか？")
    assert not answer.found, answer.answer
    assert "決定したので報告します" not in answer.answer


def test_a_count_of_years_is_not_a_date(assistant):
    answer = assistant.ask("伊方町は早期健全化基準を下回る運営を何年続けていますか？")
    assert answer.answer.splitlines()[0].startswith("45年") or "４５年" in answer.answer.splitlines()[0], answer.answer


def test_a_document_of_another_numbered_budget_does_not_answer(assistant):
    answer = assistant.ask("伊予市の令和8年度一般会計補正予算（第4号）の補正額はいくらですか？")
    assert not answer.found and "312,000" not in answer.answer.splitlines()[0], answer.answer
    answer = assistant.ask("伊予市の令和8年度一般会計補正予算（第3号）の補正額はいくらですか？")
    assert answer.found and "312,000" in answer.answer.splitlines()[0], answer.answer


def test_a_project_whose_name_only_ends_alike_gives_no_value(assistant):
    answer = assistant.ask("伊予市の病後児保育事業の補正額はいくらですか？")
    assert "4,200" not in answer.answer.splitlines()[0], answer.answer
    answer = assistant.ask("伊予市の病児保育事業の補正額はいくらですか？")
    assert "4,200" in answer.answer.splitlines()[0], answer.answer
