"""Open questions answered from forms, wrapped table cells, titled paragraphs and notes (issue 19, part 4).

One small corpus made by the test (invented content; the towns are real, every name and sentence made up):
- an administrative evaluation workbook (XLSX), one sheet per 施策: a 「施策コード｜…｜施策名称｜…」 row, a table of
  columns (構成事業), then labelled rows 問題点 and 改善の方向 below it on the same sheet; a second workbook drawn on
  a grid of narrow columns (each value merged far to the right of its label) whose direction is a row of check
  boxes with one ticked, and the reason for it in the row below;
- a road plan (PDF) with a ruled table 分野｜取組の方向 whose right cells run over two or three printed lines, and
  the part's name set vertically in the margin beside it;
- a verification report (text) whose 【検証結果と今後の対応】 blocks give a cause as 「…の影響で、目標値を下回りました」,
  and a titled paragraph of a council's proposals (the title a plain line, no number or mark);
- a care plan (CSV) whose shortfall is met only in a ※ note row below its block.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.service import Assistant
from assistant.testbed.documents import GOTHIC, PdfPage
from index.update import update_index

SHEETS = (
    ("2-1", "観光の振興", (("広域観光推進事業", "観光振興課", "12,400"), ("観光案内所運営事業", "観光振興課", "8,300")),
     "宿泊施設が少なく、観光客の多くが日帰りで市外へ移動している。",
     "民泊の開業を支援し、体験型の滞在プランを旅行会社と造成する。"),
    ("3-4", "農業の振興", (("新規就農者育成事業", "農林課", "21,000"), ("鳥獣被害対策事業", "農林課", "9,750")),
     "中山間地の農地で耕作放棄が増え、担い手への集積が進んでいない。",
     "農地中間管理機構と連携し、集落単位で担い手への貸付けを進める。"),
)


def _evaluation_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    book = Workbook()
    book.remove(book.active)
    for code, name, projects, problem, direction in SHEETS:
        sheet = book.create_sheet(f"施策{code}")
        sheet.append(["令和7年度 安来市行政評価シート"])
        sheet.append(["施策コード", code, "施策名称", name])
        sheet.append(["所管部", "産業部", "評価者", "産業部長"])
        sheet.append([])
        sheet.append(["構成事業"])
        sheet.append(["事業名", "所管", "令和6年度決算額（千円）"])
        for row in projects:
            sheet.append(list(row))
        sheet.append([])
        sheet.append(["総合評価", "B", "A：順調 B：概ね順調 C：遅れ"])
        sheet.append(["問題点", problem])
        sheet.merge_cells(start_row=sheet.max_row, start_column=2, end_row=sheet.max_row, end_column=6)
        sheet.append(["改善の方向", direction])
        sheet.merge_cells(start_row=sheet.max_row, start_column=2, end_row=sheet.max_row, end_column=6)
    book.save(path)


GRID = (("地域バス運行事業", "交通政策課", "☐拡大　☐現状維持　■見直し　☐休止",
         "利用者が減っている路線は、予約に応じて走るデマンド便に切り替え、運行経費を抑える。"),
        ("図書館資料整備事業", "生涯学習課", "■拡大　☐現状維持　☐見直し　☐休止",
         "電子書籍の貸出しが伸びているため、電子書籍の購入を増やす。"))


def _grid_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    book = Workbook()
    book.remove(book.active)
    for k, (name, office, boxes, reason) in enumerate(GRID, start=1):
        sheet = book.create_sheet(f"No{k}")
        rows = (("事業名", name), ("担当課", office), ("事業の概要", f"{name}を実施した。"),
                ("今後の方向", boxes), ("方向の理由", reason))
        sheet.cell(1, 1, "安来市 事務事業評価表（令和6年度）")
        for r, (label, value) in enumerate(rows, start=3):
            sheet.cell(r, 1, label)
            sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            sheet.cell(r, 5, value)
            sheet.merge_cells(start_row=r, start_column=5, end_row=r, end_column=20)
    book.save(path)


def _road_plan_pdf(path: Path) -> None:
    page = PdfPage(path, title="須坂市道路整備計画")
    page.box(560, 134, 20, 60, fill=0.85)   # a part's name set vertically in the margin, one letter a line
    for i, letter in enumerate("道路編"):
        page.text(565, 148 + 13 * i, letter, 9, GOTHIC)
    page.text(40, 50, "須坂市道路整備計画（令和8年度～令和12年度）", 14, GOTHIC)
    page.text(40, 80, "２　分野ごとの取組の方向", 10.5, GOTHIC)
    rows = (("幹線道路", ("渋滞が起きる交差点に右折車線を設けます。",)),
            ("橋りょう", ("点検の結果で判定Ⅲの橋から修繕を行います。", "架け替えの時期を迎えた小さな橋は、",
                         "近くの橋への集約を地元と協議します。")),
            ("通学路", ("歩道のない区間に路肩のカラー舗装を行います。", "見通しの悪い交差点には反射鏡を増やします。")))
    top = 96
    for x, w, head in ((40, 120, "分野"), (160, 360, "取組の方向")):
        page.box(x, top, w, 18, fill=0.85)
        page.text(x + 4, top + 12, head, 8, GOTHIC)
    top += 18
    for name, lines in rows:
        height = 13 * len(lines) + 8
        page.box(40, top, 120, height)
        page.box(160, top, 360, height)
        page.text(44, top + 13, name, 8)
        for i, line in enumerate(lines):
            page.text(164, top + 13 + 13 * i, line, 8)
        top += height
    page.text(40, top + 30, "３　計画の進め方", 10.5, GOTHIC)
    page.text(46, top + 48, "毎年度、整備の進み具合を道路河川課が点検し、その結果を公表します。", 8.5)
    page.save()


REPORT = """益田市地方創生推進交付金事業 効果検証報告（令和6年度）

１　移住の促進
重要業績評価指標：転入者数　目標値 1,400人　実績値 1,265人
【検証結果と今後の対応】
転入者数は、隣接市の大型住宅団地の分譲開始の影響で、目標値を下回りました。
空き家の改修補助の対象を子育て世帯に広げ、住まいの選択肢を増やします。

２　しごとの創出
重要業績評価指標：市内での創業件数　目標値 25件　実績値 31件
【検証結果と今後の対応】
商工会議所の創業塾の受講者が増え、目標値を上回りました。
創業後の販路開拓への支援を続けます。

専門部会の提言
創業の支援は、開業後３年間の伴走支援まで一体で行うべきである。
移住の促進には、仕事と住まいを一度に紹介する相談窓口が必要である。

■行政評価の仕組み
施策の成果を市民の目線で点検する取組。指標の達成度と市民アンケートの結果を合わせて点数にし、５段階で判定します。
判定の結果は、翌年度の予算の配分に生かします。
"""

CARE_CSV = """小諸市 第9期介護保険事業計画 サービス量の見込みと確保方策
■通所介護
区分,単位,令和6年度,令和7年度,令和8年度
見込量,人,410,425,440
確保量,人,420,420,420
過不足,人,10,△5,△20
※令和8年度は通所介護の定員が不足する見込みである。令和7年度中に地域密着型の事業所を１か所公募する。
■短期入所生活介護
区分,単位,令和6年度,令和7年度,令和8年度
見込量,人日,5200,5300,5400
確保量,人日,5600,5600,5600
過不足,人日,400,300,200
"""


@pytest.fixture(scope="module")
def forms(tmp_path_factory, embedder, tokenizer) -> Assistant:
    work = tmp_path_factory.mktemp("open_forms")
    corpus = work / "corpus"
    corpus.mkdir()
    _evaluation_xlsx(corpus / "yasugi_gyosei_hyoka_r7.xlsx")
    _grid_xlsx(corpus / "yasugi_jimu_jigyo_hyoka_r6.xlsx")
    _road_plan_pdf(corpus / "suzaka_doro_seibi_keikaku.pdf")
    (corpus / "masuda_kouka_kensho_r6.txt").write_text(REPORT, encoding="utf-8")
    (corpus / "komoro_kaigo_keikaku_9ki.csv").write_text(CARE_CSV, encoding="utf-8")
    update_index(corpus, work / "index", embedder, tokenizer)
    return Assistant.open(work / "index", embedder, tokenizer)


def test_a_forms_labelled_rows_below_a_table_answer_for_the_name_the_form_gives_above(forms):
    answer = forms.ask("安来市の観光の振興の施策の問題点は何ですか？")
    assert answer.found
    assert "観光客の多くが日帰り" in answer.answer
    assert "耕作放棄" not in answer.answer   # the other sheet's 問題点
    assert "（観光の振興）" in answer.answer   # named by the form's 施策名称


def test_what_a_form_says_comes_next_is_its_own_sheets_row(forms):
    answer = forms.ask("安来市は農業の振興について、今後どのように取り組みますか？")
    assert answer.found
    assert "集落単位で担い手への貸付け" in answer.answer
    assert "民泊" not in answer.answer


def test_how_a_project_is_reviewed_is_the_ticked_box_and_the_reason_beside_it(forms):
    answer = forms.ask("安来市は地域バス運行事業をどのように見直しますか？")
    assert answer.found
    assert "デマンド便に切り替え" in answer.answer
    assert "■見直し" in answer.answer and "☐拡大" not in answer.answer   # the box ticked, not the row of boxes
    assert "電子書籍" not in answer.answer


def test_a_policy_cell_wrapped_over_printed_lines_is_quoted_whole_line_by_line(forms, tmp_path):
    answer = forms.ask("須坂市は橋りょうについてどのような方向で取り組みますか？")
    assert answer.found
    assert "判定Ⅲの橋から修繕" in answer.answer and "近くの橋への集約を地元と協議します" in answer.answer
    assert "右折車線" not in answer.answer and "反射鏡" not in answer.answer
    # each quote stands in the page as a PDF viewer's text search sees it (the margin letters fall between its lines)
    import pdfplumber
    _road_plan_pdf(tmp_path / "plan.pdf")
    with pdfplumber.open(tmp_path / "plan.pdf") as pdf:
        page = _squeezed("".join(p.extract_text() or "" for p in pdf.pages))
    assert all(_squeezed(c.quote) in page for c in answer.citations)


def _squeezed(text: str) -> str:
    import re
    import unicodedata
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", text))


def test_a_reason_asked_after_a_value_word_is_the_cause_the_report_gives(forms):
    answer = forms.ask("益田市の転入者数が目標値を下回った理由は何ですか？")
    assert answer.found
    assert "大型住宅団地の分譲開始の影響" in answer.answer
    assert "創業塾" not in answer.answer
    assert not answer.answer.startswith("益田市の転入者数は")   # no value stated for a reason


def test_a_titled_paragraph_answers_with_its_sentence_on_the_topic_never_the_title_alone(forms):
    answer = forms.ask("益田市の専門部会は、移住についてどのような提言をしていますか？")
    assert answer.found
    assert "仕事と住まいを一度に紹介する相談窓口" in answer.answer
    assert answer.answer.splitlines()[0].rstrip("[1]") != "専門部会の提言"


def test_what_a_heading_names_is_answered_with_the_sentence_saying_how_it_works(forms):
    answer = forms.ask("益田市の行政評価はどのような仕組みで行っていますか？")
    assert answer.found
    assert "５段階で判定します" in answer.answer


def test_a_shortfall_is_met_by_the_note_sentence_after_it(forms):
    answer = forms.ask("小諸市は通所介護の定員の不足にどう対応しますか？")
    assert answer.found
    assert "地域密着型の事業所を１か所公募する" in answer.answer


@pytest.mark.parametrize("question", ["安来市の商業の振興の施策の問題点は何ですか？",
                                      "須坂市は公園についてどのような方向で取り組みますか？",
                                      "益田市の観光入込客数が目標値を下回った理由は何ですか？"])
def test_an_open_question_about_what_no_document_holds_is_not_found(forms, question):
    answer = forms.ask(question)
    assert not answer.found
    assert "見つかりませんでした" in answer.answer
