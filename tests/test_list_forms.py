"""List and open questions answered from each layout's structure, one small document per form, made by the test.

Each form is one a list of 事業 or an open answer takes in real documents, written here in wording and towns of
its own (invented content): a budget PDF whose 〔新規〕/〔拡充〕 lines carry their amount on the next line, a 広報
CSV cell with ◆新規事業 / ◆継続事業 ・lists, an evaluation workbook whose 今後の方向性 is a 〇 in one of five
marker columns, a DOCX of one 事業名｜value form table per 事業, a plan text with two ◇ groups under one 施策, a
広報 text whose ○ items stand under ▼ fields and whose cover names the 当初予算, and open questions (基本理念, a
「なぜ」, the top answer of a survey, how a named 事業 changes).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.blocks import asked_block_kind
from assistant.lists import asks_for_projects
from assistant.service import Assistant
from index.update import update_index
from ingest.plans.list_items import list_items
from ingest.plans.list_tables import table_items
from ingest.readers.registry import read_file


def _budget_pdf(path: Path) -> None:
    """A 広報 budget page: 〔新規〕/〔拡充〕/〔継続〕 lines under 「主な事業」, the amount on the line below, then a
    description."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    c = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 60
    lines = [(16, "広報とおかまち 令和8年5月号"), (14, "令和８年度 当初予算の主な内容"),
             (10, "十日町市の令和８年度当初予算が成立しました。"), (12, "主な事業"),
             (10, "〔新規〕雪国暮らし体験住宅整備事業"), (10, "1,840万円"),
             (10, "移住を考える方が冬の暮らしを試せる住宅を2棟整備します。"),
             (10, "〔拡充〕高齢者買い物支援バス運行事業"), (10, "2,260万円"),
             (10, "運行日を週2日から週4日に増やします。"),
             (10, "〔新規〕保育所ICT化推進事業"), (10, "960万円"),
             (10, "登降園の記録をタブレットで行えるようにします。"),
             (10, "〔継続〕消雪パイプ更新事業"), (10, "3億1,500万円"),
             (10, "老朽化した消雪パイプを順次更新します。")]
    for size, text in lines:
        c.setFont("HeiseiKakuGo-W5", size)
        c.drawString(60, y, text)
        y -= size + 12
    c.showPage()
    c.save()


def _koho_csv(path: Path) -> None:
    rows = ["番号,面,タイトル,記事,担当課",
            '1,2,令和8年度の長浜市予算,"一般会計は695億円です。\n主な事業を紹介します。\n◆新規事業\n・湖北観光ガイド育成事業　820万円\n'
            '・子ども食堂ネットワーク支援事業　450万円\n◆継続事業\n・長浜城歴史博物館改修事業　1億2,000万円",財政課',
            "2,3,図書館だより,今月の新着図書を紹介します。,図書館"]
    path.write_text("\r\n".join(rows) + "\r\n", encoding="cp932")


def _evaluation_xlsx(path: Path) -> None:
    """An evaluation list: 今後の方向性 over five marker columns, one 〇 per row."""
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.append(["令和7年度 事務事業評価一覧 豊岡市"])
    ws.append(["番号", "事業名", "担当課", "決算額", "今後の方向性", None, None, None, None, "所見"])
    ws.append([None, None, None, None, "拡充", "継続", "改善", "縮小", "廃止", None])
    ws.merge_cells("E2:I2")
    rows = [(1, "コウノトリ野生復帰推進事業", "環境課", 5200, "〇", None, None, None, None, "放鳥地点を増やす"),
            (2, "城崎温泉街灯更新事業", "観光課", 1300, None, "〇", None, None, None, "計画どおり"),
            (3, "旧庁舎清掃委託事業", "総務課", 410, None, None, None, None, "〇", "庁舎移転により終了"),
            (4, "地域バス路線維持事業", "交通課", 8800, None, None, "〇", None, None, "ダイヤを見直す"),
            (5, "カバン産業販路開拓事業", "商工課", 2600, "〇", None, None, None, None, "海外展示会に出展")]
    for row in rows:
        ws.append(list(row))
    wb.save(path)


def _forms_docx(path: Path) -> None:
    """One 事業名｜value form table per 事業."""
    from docx import Document as Docx
    doc = Docx()
    doc.add_paragraph("令和6年度 主要施策の成果報告書")
    doc.add_paragraph("熊本県南阿蘇村")
    for name, summary in (("阿蘇草原保全活動支援事業", "野焼きを行う牧野組合に経費を補助した。"),
                          ("村営バス再編事業", "路線を3系統に再編し、予約便を導入した。")):
        table = doc.add_table(rows=3, cols=2)
        for k, (label, value) in enumerate((("事業名", name), ("担当課", "企画課"), ("事業の概要", summary))):
            table.cell(k, 0).text = label
            table.cell(k, 1).text = value
        doc.add_paragraph("")
    doc.save(path)


PLAN_TEXT = """第３次寒河江市総合計画 実施計画

施策３－１ 果樹産業の振興

【主な取組】
◇さくらんぼ産地の維持
　・果樹園地継承マッチング事業
　・雨よけハウス導入支援事業
◇販路の拡大
　・果樹海外輸出促進事業

施策３－２ 商工業の振興

【主な取組】
◇創業の支援
　・チャレンジショップ運営事業
"""

KOHO_TEXT = """広報おぶせ 2026年4月号

特集 令和８年度 当初予算のあらまし

　小布施町の令和８年度当初予算が成立しました。
　一般会計の総額は５２億３，０００万円で、前年度に比べて△２．１％となりました。町民体育館の改修工事が終わったことによるものです。

■主な事業
▼福祉・健康
　○高齢者見守りセンサー設置事業（新規）　　　　１，２００万円
　○健康ポイント事業　　　　　　　　　　　　　　３４０万円
▼まちづくり
　○栗の小径景観整備事業　　　　　　　　　　　　２，８００万円

■町民意識調査の結果
１ 町に望むこと
「公共交通の充実」が最も多く、次いで「子育て支援」の順でした。
"""

VISION_TEXT = """海士町 第２期子ども・子育て支援事業計画（概要版）

１ 計画の基本理念
「島のみんなで育む 未来へはばたく子どもたち」

２ 計画の期間
令和７年度から令和11年度までの５年間です。
"""


@pytest.fixture(scope="module")
def forms(tmp_path_factory, embedder, tokenizer) -> tuple[Assistant, Path]:
    work = tmp_path_factory.mktemp("forms")
    corpus = work / "corpus"
    corpus.mkdir()
    _budget_pdf(corpus / "tokamachi_koho_r8_yosan.pdf")
    _koho_csv(corpus / "nagahama_koho_r8.csv")
    _evaluation_xlsx(corpus / "toyooka_jimu_hyoka_r7.xlsx")
    _forms_docx(corpus / "minamiaso_seika_r6.docx")
    (corpus / "sagae_jisshi_keikaku.txt").write_text(PLAN_TEXT, encoding="utf-8")
    (corpus / "obuse_koho_r8_04.txt").write_text(KOHO_TEXT, encoding="utf-8")
    (corpus / "ama_kosodate_gaiyo.txt").write_text(VISION_TEXT, encoding="utf-8")
    update_index(corpus, work / "index", embedder, tokenizer)
    return Assistant.open(work / "index", embedder, tokenizer), corpus


def _names(answer) -> list[str]:
    return [p.name for p in answer.projects]


def test_tagged_lines_carry_the_amount_printed_below_them(forms):
    _, corpus = forms
    raw = read_file(corpus / "tokamachi_koho_r8_yosan.pdf")
    items = {i.name: i for i in list_items("p", raw.text)}
    item = items["雪国暮らし体験住宅整備事業"]
    assert item.tags == ("新規",) and item.amount == "1,840万円"
    assert item.description.startswith("移住を考える方が"), "the description is the item's words, not its amount"
    assert "1,840万円" in item.source.quote, "the amount is cited with the item it belongs to"
    assert items["消雪パイプ更新事業"].amount == "3億1,500万円"


def test_new_projects_of_a_budget_pdf_are_its_shinki_lines_only(forms):
    assistant, _ = forms
    answer = assistant.ask("十日町市の令和8年度当初予算で新規の事業はどれですか？")
    assert set(_names(answer)) == {"雪国暮らし体験住宅整備事業", "保育所ICT化推進事業"}, answer.answer
    assert "1,840万円" in answer.answer


def test_a_named_project_is_answered_with_its_description(forms):
    assistant, _ = forms
    answer = assistant.ask("十日町市の高齢者買い物支援バス運行事業は、どのように拡充されますか？")
    assert answer.found and "週4日" in answer.answer, answer.answer
    assert answer.citations[0].quote == "運行日を週2日から週4日に増やします。"


def test_a_csv_cell_lists_new_and_continued_projects_under_tag_headings(forms):
    assistant, _ = forms
    answer = assistant.ask("長浜市の令和8年度予算の新規事業は何ですか？")
    assert set(_names(answer)) == {"湖北観光ガイド育成事業", "子ども食堂ネットワーク支援事業"}, answer.answer


def test_marker_columns_of_a_workbook_are_the_rows_tags(forms):
    assistant, corpus = forms
    raw = read_file(corpus / "toyooka_jimu_hyoka_r7.xlsx")
    tags = {i.name: i.tags for i in table_items("x", raw.text, raw.tables)}
    assert tags["コウノトリ野生復帰推進事業"] == ("拡充",) and tags["旧庁舎清掃委託事業"] == ("廃止",)
    answer = assistant.ask("豊岡市の事務事業評価で、今後の方向性が「拡充」とされた事業はどれですか？")
    assert set(_names(answer)) == {"コウノトリ野生復帰推進事業", "カバン産業販路開拓事業"}, answer.answer
    answer = assistant.ask("豊岡市の事務事業評価で廃止と判断された事業は？")
    assert _names(answer) == ["旧庁舎清掃委託事業"], answer.answer


def test_each_form_table_of_a_docx_is_one_project(forms):
    assistant, _ = forms
    answer = assistant.ask("南阿蘇村の令和6年度主要施策の成果報告書に載っている事業は何ですか？")
    assert set(_names(answer)) == {"阿蘇草原保全活動支援事業", "村営バス再編事業"}, answer.answer
    for project in answer.projects:
        assert answer.citations[project.citations[0] - 1].quote == project.name


def test_the_projects_under_a_measure_are_the_items_of_its_groups_not_the_groups(forms):
    assistant, _ = forms
    answer = assistant.ask("寒河江市の果樹産業の振興ではどんな事業に取り組みますか？")
    assert set(_names(answer)) == {"果樹園地継承マッチング事業", "雨よけハウス導入支援事業", "果樹海外輸出促進事業"}, \
        answer.answer
    assert "さくらんぼ産地の維持[" not in answer.answer, "a group heading is not listed as a 事業"


def test_the_covers_words_name_the_document_a_list_question_asks_about(forms):
    assistant, _ = forms
    answer = assistant.ask("小布施町の令和8年度当初予算で、福祉・健康分野の主な事業は何ですか？")
    assert set(_names(answer)) == {"高齢者見守りセンサー設置事業", "健康ポイント事業"}, answer.answer


@pytest.mark.parametrize("question,expected", [
    ("海士町の子ども・子育て支援事業計画の基本理念は何ですか？", "未来へはばたく子どもたち"),
    ("小布施町の令和8年度一般会計予算が前年度より減ったのはなぜですか？", "改修工事が終わった"),
    ("小布施町の町民意識調査で、町に望むことに最も多く挙げられたのは何ですか？", "公共交通の充実"),
])
def test_open_questions_are_answered_with_the_text_under_their_heading_never_the_heading_alone(forms, question, expected):
    assistant, _ = forms
    answer = assistant.ask(question)
    assert answer.found and expected in answer.answer, answer.answer
    first = answer.citations[0].quote
    assert not first.startswith(("１ ", "1 ")), f"a bare heading quoted first: {first}"


@pytest.mark.parametrize("question,block,projects", [
    ("今後の方向性が「縮小」とされた事業はどれですか？", None, True),
    ("成果報告書に載っている事業は何ですか？", None, True),
    ("主要施策の成果で、衛生費の事業は何がありますか？", None, True),
    ("この事業は何が課題ですか？", "課題", False),
    ("この事業の今後の方向性は？", "今後", False),
    ("この計画の基本理念は何ですか？", "理念", False),
    ("産業振興プロジェクトは何を目的としていますか？", "目的", False),
    ("意識調査で最も多く挙げられたのは何ですか？", None, False),
])
def test_a_list_of_projects_is_not_taken_for_a_block_question(question, block, projects):
    assert asked_block_kind(question) == block
    assert asks_for_projects(question) is projects


def test_a_docx_heading_style_and_a_large_pdf_line_are_outline_headings(tmp_path):
    """Headings the text alone cannot show: a DOCX 'Heading 2' paragraph, a PDF line printed larger than the body."""
    from docx import Document as Docx
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    from ingest.text.outline import Outline

    doc = Docx()
    doc.add_heading("萩市観光振興計画", level=1)
    doc.add_heading("城下町の回遊性向上", level=2)
    doc.add_paragraph("城下町の町歩きルートを整備します。")
    doc.save(tmp_path / "hagi.docx")
    raw = read_file(tmp_path / "hagi.docx")
    outline = Outline(raw.text, raw.headings)
    at = raw.text.index("城下町の町歩き")
    assert outline.path_at(at) == ("萩市観光振興計画", "城下町の回遊性向上")

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    c = canvas.Canvas(str(tmp_path / "hagi.pdf"), pagesize=A4)
    for y, size, text in ((780, 20, "萩市観光振興計画"), (740, 14, "夏みかんの活用"),
                          (715, 10, "夏みかんを使った特産品の開発を支援します。"),
                          (695, 10, "加工品の販路を広げます。")):
        c.setFont("HeiseiKakuGo-W5", size)
        c.drawString(60, y, text)
    c.save()
    raw = read_file(tmp_path / "hagi.pdf")
    outline = Outline(raw.text, raw.headings)
    assert outline.path_at(raw.text.index("加工品")) == ("萩市観光振興計画", "夏みかんの活用")
