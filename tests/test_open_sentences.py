"""Open questions answered by the sentence that states what is asked, in layouts with no label to open a block
(issue 19, part 4).

One small corpus made by the test (invented content; the towns are real, every name, figure and sentence made up):
- a ratio report (PDF) whose 分析 is （１）～（３） prose printed over two lines each, the measure in the second line;
- a mayor's policy speech (DOCX) of long prose only, its 理念 inside 「」 in one sentence;
- a depopulation plan (DOCX) whose title names what the plan is about, its 基本方針 said at the end of a sentence
  that opens 「そこで本計画では、」, and a 予算編成方針 whose condition for a request is a sentence beside a table;
- council minutes (TXT, CP932) where a member asks 「…どのようにお考えでしょうか。」, the chair calls the next speaker
  and a 部長 replies;
- a KPI verification report (TXT) with ■ titles and 【要因分析】 lines wrapped mid-sentence, and a 成果 block whose
  reason for falling short stands in its second sentence;
- a town bulletin (TXT) whose title line holds every frame word of the question and whose lead says the point.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.question import classify
from assistant.service import Assistant
from assistant.testbed.documents import PdfPage
from index.update import update_index


def _ratio_report_pdf(path: Path) -> None:
    page = PdfPage(path, title="令和６年度決算に基づく健全化判断比率の公表")
    lines = [
        "令和６年度決算に基づく健全化判断比率の公表",
        "鹿角市総務部財政課",
        "地方公共団体の財政の健全化に関する法律に基づき、令和６年度決算に係る健全化判断比率を",
        "監査委員の審査に付し、その意見を付けて議会に報告しましたので、次のとおり公表します。",
        "１　比率の分析",
        "（１）実質公債費比率は、過去に借り入れた辺地対策事業債の償還が進んだことにより、前年度から",
        "1.2ポイント改善し、8.4％となりました。",
        "（２）今後は、老朽化した学校給食センターの移転改築に伴う地方債の借入れが見込まれますので、",
        "繰上償還を計画的に行い、公債費の負担が一時期に集中しないよう平準化を図ります。",
        "（３）将来負担比率は、職員の退職手当の負担見込額が減ったことにより、前年度から",
        "5.1ポイント改善し、38.9％となりました。",
    ]
    top = 60
    for line in lines:
        page.text(50, top, line, 9.5)
        top += 16
    page.save()


def _speech_docx(path: Path) -> None:
    from docx import Document
    doc = Document()
    doc.add_paragraph("令和７年３月定例会　市長施政方針", style="Title")
    doc.add_paragraph("令和７年２月２６日　宇和島市長")
    doc.add_paragraph("　令和７年３月定例会の開会に当たり、新年度の市政運営に臨む所信を申し上げます。")
    doc.add_paragraph("　本市の人口は、この５年間で約４，８００人減少し、令和７年１月末で６万８，１２０人となりました。"
                      "真珠と柑橘の産地を守る担い手の確保は、引き続き市政の大きな課題であります。")
    doc.add_paragraph("　新年度の市政運営に当たっては、「海と山の恵みを次の世代へ　つなぐまち宇和島」を基本理念に掲げ、"
                      "次の二つの柱に沿って施策を進めてまいります。")
    doc.add_paragraph("　第一の柱は、「稼ぐ力を取り戻す」ことであります。")
    doc.add_paragraph("　養殖業の新規就業者に月額１２万円を２年間支給する制度を新たに設けます。")
    doc.save(path)


def _kaso_plan_docx(path: Path) -> None:
    from docx import Document
    doc = Document()
    doc.add_paragraph("珠洲市過疎地域持続的発展計画（令和７年度～令和１１年度）")
    doc.add_paragraph("第１章　基本的な事項", style="Heading 1")
    doc.add_paragraph("　本市の人口は、令和２年国勢調査で１２，９２９人となり、５年間で１，５０３人減少した。")
    doc.add_paragraph("　そこで本計画では、なりわいの再建と交流人口の拡大を両輪とし、安心して暮らし続けられる地域を"
                      "取り戻すことを基本方針とする。")
    doc.add_paragraph("第２章　計画の目標", style="Heading 1")
    doc.add_paragraph("　転入者数（年間）　令和５年度　２１０人　→　令和１１年度　３００人")
    doc.save(path)


def _budget_policy_docx(path: Path) -> None:
    from docx import Document
    doc = Document()
    doc.add_paragraph("令和８年度　竹田市予算編成方針")
    doc.add_paragraph("第１　財政の見通し", style="Heading 1")
    doc.add_paragraph("令和８年度は、一般財源ベースで約４億円の財源不足が見込まれる。")
    table = doc.add_table(rows=3, cols=3)
    for r, row in enumerate((("区分", "令和７年度当初", "令和８年度見込"), ("市税", "3,120", "3,180"),
                             ("地方交付税", "8,450", "8,310"))):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    doc.add_paragraph("第２　留意事項", style="Heading 1")
    doc.add_paragraph("施設の修繕を要求する場合は、個別施設計画に位置付けられていることを条件とする。")
    doc.add_paragraph("委託料は、仕様を見直したうえで複数の見積りを徴取すること。")
    doc.save(path)


MINUTES = """令和６年第３回西脇市議会定例会会議録（第２号）

○議長（山本　一郎君）　日程第１、一般質問を行います。
　５番、藤田花子議員。

○５番（藤田花子君）　通告に従い、地域の移動手段について質問いたします。
　路線バスの減便が続き、高齢者の通院の足をどう守るのか、市長の考えをお伺いいたします。

○議長（山本　一郎君）　市長。

○市長（西田　誠君）　藤田議員のご質問にお答えいたします。
　市が運行するコミュニティバスの令和５年度の利用者数は、延べ１２，３４０人でございました。
　このため、令和７年度から、黒田庄地域において、予約に応じて運行する乗合ワゴンの試験運行を始めたいと考えております。

○議長（山本　一郎君）　５番、藤田花子議員。

○５番（藤田花子君）　乗合ワゴンの試験運行について、運賃と、予約の方法はどのようにお考えでしょうか。

○議長（山本　一郎君）　都市整備部長。

○都市整備部長（岡本健二君）　お答えいたします。
　運賃は、１乗車４００円を基本とし、小学生と運転免許を返納した方は２００円とする方向で検討しております。予約は、電話と専用アプリで前日まで受け付ける予定でございます。

○議長（山本　一郎君）　以上で一般質問を終わります。
"""

KPI_REPORT = """第２期砂川市総合戦略　令和６年度効果検証報告書

■KPI1-1　企業誘致件数（累計）
目標値　10件（令和6年度）
実績値　9件（令和6年度）
【要因分析】工業団地の区画に食品関連
企業１社が進出した。

■KPI1-2　農業の新たな担い手数（単年度）
目標値　15人（令和6年度）
実績値　7人（令和6年度）
【要因分析】肥料と飼料の価格が上がり、
就農の時期を遅らせた研修生がいた。

■KPI2-1　移住者数
目標値　60人（令和6年度）
実績値　72人（令和6年度）
【要因分析】お試し住宅の利用者の多くが
そのまま移住した。

【事業の成果】市営住宅長寿命化事業
市営住宅の外壁と屋根を改修し、入居者の安全を確保した。
資材の納期の遅れにより一部の工事を翌年度に繰り越し、改修戸数は計画の120戸を下回った。
改修を終えた住棟では、入居者の満足度が高かった。
"""

BULLETIN = """広報たけた　２０２５年４月号
特集　令和７年度　竹田市の当初予算
令和７年度の一般会計当初予算は１９８億４，０００万円で、前年度に比べ１．８％増えました。
「湧水と城下町が息づくまち」を合言葉に、子どもの学びと中心市街地のにぎわいに力を入れました。
■　歳入　お金はどこから入ってくるの？
市税　　２６億１，２００万円
地方交付税　　７８億９，５００万円
"""


@pytest.fixture(scope="module")
def open_docs(tmp_path_factory, embedder, tokenizer) -> Assistant:
    work = tmp_path_factory.mktemp("open_sentences")
    corpus = work / "corpus"
    corpus.mkdir()
    _ratio_report_pdf(corpus / "kazuno_r6_kenzenka_hiritsu.pdf")
    _speech_docx(corpus / "uwajima_r7_shisei_houshin.docx")
    _kaso_plan_docx(corpus / "suzu_kaso_keikaku.docx")
    _budget_policy_docx(corpus / "taketa_r8_yosan_hensei_houshin.docx")
    (corpus / "nishiwaki_r6_3teirei_kaigiroku_2go.txt").write_bytes(MINUTES.encode("cp932"))
    (corpus / "sunagawa_sousei_kouka_kensho_r6.txt").write_text(KPI_REPORT, encoding="utf-8")
    (corpus / "taketa_koho_2025_04.txt").write_text(BULLETIN, encoding="utf-8")
    update_index(corpus, work / "index", embedder, tokenizer)
    return Assistant.open(work / "index", embedder, tokenizer)


def _first_line(answer) -> str:
    return answer.answer.splitlines()[0]


def test_a_measure_printed_over_two_lines_of_a_numbered_analysis_is_quoted_whole(open_docs):
    answer = open_docs.ask("鹿角市は、今後の公債費の負担をどのように平準化するとしていますか？")
    assert answer.found
    assert "繰上償還を計画的に行い" in answer.answer
    assert "（２）今後は" in answer.answer or "今後は、老朽化" in answer.answer   # the line that opens the sentence


def test_a_philosophy_said_inside_a_speech_sentence_answers_the_question_for_it(open_docs):
    answer = open_docs.ask("宇和島市長が新年度の市政運営で掲げた基本理念は何ですか？")
    assert answer.found
    assert "海と山の恵みを次の世代へ" in answer.answer
    assert "６万８，１２０人" not in _first_line(answer)


def test_a_plans_basic_policy_in_a_sentence_is_found_where_the_title_names_the_plan(open_docs):
    answer = open_docs.ask("珠洲市の過疎計画の基本方針は何ですか？")
    assert answer.found
    assert "なりわいの再建と交流人口の拡大を両輪とし" in answer.answer
    assert "１２，９２９人" not in answer.answer


def test_a_condition_of_a_budget_request_is_the_sentence_not_the_figures_of_the_table(open_docs):
    answer = open_docs.ask("竹田市で施設の修繕を予算要求するときの条件は？")
    assert answer.found
    assert "個別施設計画に位置付けられていること" in answer.answer
    assert "3,120" not in _first_line(answer)


def test_a_members_question_turn_gives_way_to_the_reply_after_the_chairs_call(open_docs):
    answer = open_docs.ask("西脇市の乗合ワゴンの試験運行の運賃はどう検討されていますか？")
    assert answer.found
    assert "１乗車４００円を基本とし" in answer.answer
    assert "お考えでしょうか" not in _first_line(answer)
    assert "都市整備部長。" not in answer.answer   # the chair's call is no reply


def test_a_cause_led_by_its_label_under_a_marked_title_answers_why_a_target_was_missed(open_docs):
    answer = open_docs.ask("砂川市の農業の新たな担い手数が目標を下回った要因は何ですか？")
    assert answer.found
    assert "肥料と飼料の価格が上がり" in answer.answer
    assert "就農の時期を遅らせた" in answer.answer   # the label's sentence, wrapped onto the next line, read whole
    assert "食品関連" not in answer.answer and "お試し住宅" not in answer.answer   # the other KPIs' causes


def test_why_a_result_fell_short_is_the_sentence_stating_that_change(open_docs):
    answer = open_docs.ask("砂川市の市営住宅長寿命化事業で、改修戸数が計画を下回ったのはなぜですか？")
    assert answer.found
    assert "資材の納期の遅れ" in _first_line(answer) or "資材の納期の遅れ" in answer.answer.splitlines()[1]


def test_a_title_line_holding_the_questions_frame_never_leads_the_answer(open_docs):
    answer = open_docs.ask("竹田市は令和7年度予算でどのような分野に力を入れましたか？")
    assert answer.found
    assert "子どもの学びと中心市街地のにぎわい" in answer.answer
    assert not _first_line(answer).startswith("特集")


@pytest.mark.parametrize("question", ["人口減少を緩やかにする鍵は何だとしていますか？", "何を目指していますか？",
                                      "令和7年度予算でどのようなことに重点を置きましたか？",
                                      "新規事業を予算要求するときの条件は？"])
def test_an_open_question_does_not_want_a_figure(question):
    assert classify(question).answer_pattern is None


@pytest.mark.parametrize("question", ["子育て支援の予算はいくらですか？", "令和7年度の一般会計予算の額は？",
                                      "当初予算の総額は？", "人口は何人ですか？"])
def test_a_question_for_an_amount_or_count_still_wants_one(question):
    assert classify(question).answer_pattern is not None
