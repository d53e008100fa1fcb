"""Open questions answered from the parts of a document that say what is asked: a table of labels per 事業, numbered
parts under a chapter that names the asked kind, a 施策 sheet's 【施策の方向】, a list of members' questions.

One small corpus made by the test (invented content; the towns are real, every name and sentence made up):
- an evaluation report (DOCX) with one two-column table per 事業, labels in the left cells — 課題, 今後の展開 holding a
  word (拡大／休止) and its reason as a second paragraph — and the 事業名称 on the table's second row;
- a 人口ビジョン (text) whose chapter 「Ⅱ 人口減少の主な要因」 holds numbered parts ①② with prose under each, and
  whose chapter 「Ⅳ 目指すべき方向」 holds kana items;
- a 基本計画 (PDF) with one sheet per 施策, its title set across the page with wide gaps, and 【施策の方向】 （１）…;
- a 通告一覧 (XLSX) whose member cells are merged over all of their rows, closing with a note that the answers are
  published elsewhere, and a 会議録 (text) where a reply follows a member's question;
- a KPI sheet (CSV) whose 備考 column says why an indicator fell (「…の撤退により減少した」).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.service import Assistant
from assistant.testbed.documents import GOTHIC, PdfPage
from index.update import update_index

EVALUATIONS = (
    ("1", "移住お試し住宅運営事業", "企画課", "移住を考える人に市内での暮らしを体験してもらう。",
     "お試し住宅の利用者のうち移住に至った世帯が少ない。",
     ("拡大", "就業体験と組み合わせた滞在プランを新たに設ける。")),
    ("2", "地域おこし協力隊定住支援事業", "地域振興課", "任期を終えた隊員の市内での起業を後押しする。",
     "起業に必要な空き店舗の情報が不足している。",
     ("休止", "国の補助制度が令和7年度で終わることから、県の定住支援事業に一本化する。")),
    ("3", "高校生まちづくり提案事業", "企画課", "高校生の地域への愛着を育てる。",
     "参加校が市街地の2校に限られている。",
     ("継続", "山間部の高校にも参加を呼びかける。")),
)

VISION = """延岡市人口ビジョン（令和８年改訂）

Ⅰ　人口の推移
本市の人口は、昭和55年の約15万4千人をピークに減少が続いています。

Ⅱ　人口減少の主な要因
①　出生数の減少
20代から30代の女性が減り、出生数はこの10年で約３割少なくなりました。
未婚の割合も上昇しています。
②　進学・就職期の転出
高校卒業後の進学や就職で、毎年約900人が県外へ転出しています。
Ⅲ　将来人口の見通し
何も対策をとらない場合、令和32年には約8万6千人になると見込まれます。

Ⅳ　目指すべき方向
ア　若者が働き続けられるよう、工業団地への企業誘致で雇用の場を増やします。
イ　結婚や子育ての希望がかなうよう、出産から就学までの支援を切れ目なく行います。
"""

MINUTES = """令和8年第2回館林市議会定例会会議録（第3号）
○議長（中村一郎君）　日程第1、一般質問を行います。
○7番（小林二郎君）　城沼の水質改善について、市の今後の取組を伺います。
○環境部長（田中三郎君）　お答えいたします。
城沼では、夏季にアオコの発生が続いております。
今後は、流入する河川の浄化と、しゅんせつによる底泥の除去を計画的に進めてまいります。
"""


def _evaluation_docx(path: Path) -> None:
    import docx
    document = docx.Document()
    document.add_heading("令和7年度 延岡市 事業評価調書", level=1)
    document.add_paragraph("令和6年度に実施した事業について、担当課が評価した結果をまとめたものです。")
    for number, name, office, aim, issue, (word, reason) in EVALUATIONS:
        document.add_heading(f"事業評価調書 第{number}号", level=2)
        table = document.add_table(rows=0, cols=2)
        for label, value in (("番号", number), ("事業名称", name), ("担当課", office), ("事業のねらい", aim),
                             ("課題", issue)):
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        cells = table.add_row().cells
        cells[0].text = "今後の展開"
        cells[1].text = word
        cells[1].add_paragraph(reason)
        document.add_paragraph("")
    document.save(path)


def _policy_sheets_pdf(path: Path) -> None:
    page = PdfPage(path, title="日田市総合計画 基本計画")
    top = 60
    for code, name, goal, issue, directions in (
            ("施策２−３", "林業の振興", "基本目標２ 活力ある産業", "木材価格の低迷で、間伐の遅れた森林が増えている。",
             ("（１）高性能林業機械の導入を支援し、間伐を進めます。", "（２）市産材を使う住宅の建築を支援します。")),
            ("施策２−４", "観光の振興", "基本目標２ 活力ある産業", "宿泊を伴う観光客が減っている。",
             ("（１）温泉街の夜の催しを増やし、宿泊客を呼び込みます。", "（２）外国人観光客向けの案内を充実します。"))):
        page.text(40, top, code, 12, GOTHIC)
        page.text(150, top, name, 12, GOTHIC)
        page.text(400, top, goal, 9)
        page.text(40, top + 24, "【現状と課題】", 10, GOTHIC)
        page.text(40, top + 40, issue, 9)
        page.text(40, top + 64, "【施策の方向】", 10, GOTHIC)
        for k, line in enumerate(directions):
            page.text(40, top + 80 + 16 * k, line, 9)
        top += 80 + 16 * len(directions) + 40
    page.c.showPage()
    page.c.save()


def _notice_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "通告一覧"
    sheet.append(["令和8年6月 氷見市議会定例会 一般質問通告一覧"])
    sheet.append(["通告順", "議員名", "質問項目", "質問の要旨", "答弁者"])
    rows = (("1", "石川 花子", "漁港の活用について", "朝市の開催", "市長"),
            (None, None, "ブリの魚価対策について", "ブランド化の取組", "産業部長"),
            (None, None, "海岸の漂着ごみについて", "回収の体制", "市民部長"),
            ("2", "松本 一樹", "学校給食の地産地消について", "市内産野菜の使用割合", "教育長"))
    for row in rows:
        sheet.append(list(row))
    sheet.merge_cells("A3:A5")
    sheet.merge_cells("B3:B5")
    sheet.append(["答弁の要旨は、後日、議会だよりに掲載します。"])
    book.save(path)


KPI_CSV = """日田市 総合戦略 KPI 実績（令和6年度）,,,,,
指標名,単位,基準値,令和6年度実績,目標値,備考
転入者数,人,2100,1980,2300,市内の大規模事業所の撤退により減少した
観光入込客数,万人,410,455,450,温泉街の夏祭りの再開で回復した
"""


@pytest.fixture(scope="module")
def towns(tmp_path_factory, embedder, tokenizer) -> Assistant:
    work = tmp_path_factory.mktemp("open_blocks")
    corpus = work / "corpus"
    corpus.mkdir()
    _evaluation_docx(corpus / "nobeoka_jigyo_hyoka_r7.docx")
    (corpus / "nobeoka_jinko_vision_r8.txt").write_text(VISION, encoding="utf-8")
    _policy_sheets_pdf(corpus / "hita_kihon_keikaku.pdf")
    _notice_xlsx(corpus / "himi_r8_06_tsukoku.xlsx")
    (corpus / "tatebayashi_kaigiroku_r8_2.txt").write_text(MINUTES, encoding="utf-8")
    (corpus / "hita_senryaku_kpi_r6.csv").write_text(KPI_CSV, encoding="utf-8")
    update_index(corpus, work / "index", embedder, tokenizer)
    return Assistant.open(work / "index", embedder, tokenizer)


def _first_lines_are_no_heading(answer) -> None:
    body = answer.answer.splitlines()[1]
    assert not body.lstrip("・").startswith(("【", "Ⅱ", "Ⅳ", "事業評価調書"))


def test_a_projects_issue_and_direction_are_the_labelled_cells_of_its_own_table(towns):
    answer = towns.ask("延岡市の移住お試し住宅運営事業の課題と今後の展開を教えてください。")
    assert answer.found
    assert "移住に至った世帯が少ない" in answer.answer and "滞在プランを新たに設ける" in answer.answer
    assert "空き店舗" not in answer.answer and "参加校" not in answer.answer   # the other 事業's 課題
    _first_lines_are_no_heading(answer)


def test_why_a_project_stops_is_the_reason_in_its_direction_cell(towns):
    answer = towns.ask("延岡市の地域おこし協力隊定住支援事業は、なぜ休止するのですか？")
    assert answer.found
    assert "県の定住支援事業に一本化する" in answer.answer
    assert "起業を後押しする" not in answer.answer   # the 事業's aim is no reason for stopping it


def test_the_causes_of_decline_are_the_numbered_parts_under_the_chapter_naming_them(towns):
    answer = towns.ask("延岡市の人口減少の主な要因は何ですか？")
    assert answer.found
    assert "出生数の減少" in answer.answer and "県外へ転出" in answer.answer
    _first_lines_are_no_heading(answer)


def test_the_direction_aimed_at_is_the_items_under_the_chapter_naming_it(towns):
    answer = towns.ask("延岡市の人口ビジョンが目指すべき方向を教えてください。")
    assert answer.found
    assert "工業団地への企業誘致" in answer.answer and "切れ目なく" in answer.answer


def test_a_policy_sheets_direction_is_read_under_its_title_set_across_the_page(towns):
    answer = towns.ask("日田市は林業の振興について、今後どのような方向で取り組みますか？")
    assert answer.found
    assert "高性能林業機械" in answer.answer and "市産材" in answer.answer
    assert "温泉街" not in answer.answer   # the next 施策's direction


def test_a_members_questions_are_every_row_their_merged_cell_spans(towns):
    answer = towns.ask("氷見市の6月定例会で、石川花子議員はどのような項目を質問しますか？")
    assert answer.found
    for item in ("漁港の活用について", "ブリの魚価対策について", "海岸の漂着ごみについて"):
        assert item in answer.answer
    assert "学校給食" not in answer.answer


def test_a_listed_question_is_no_answer_to_what_was_replied(towns):
    answer = towns.ask("氷見市の6月定例会の一般質問で、ブリの魚価対策について市はどう答弁しましたか？")
    assert not answer.found


def test_a_reply_in_the_minutes_answers_what_was_replied(towns):
    answer = towns.ask("館林市議会の一般質問で、城沼の水質改善について市はどう答弁しましたか？")
    assert answer.found
    assert "しゅんせつ" in answer.answer


def test_why_an_indicator_fell_is_the_note_in_its_row(towns):
    answer = towns.ask("日田市の転入者数が減ったのはなぜですか？")
    assert answer.found
    assert "大規模事業所の撤退により減少した" in answer.answer
    assert "夏祭り" not in answer.answer
