"""Lists of 事業 and 取組 that no marked list or table holds, one small document per form, made by the test (invented
content, towns and words of its own): a 広報 PDF of 新規/拡充 boxes set two to a row, each box's badge printed
before its name; a 成果説明書 PDF whose records print their 款 on a line above a 事業名 line; a 施政方針 DOCX that
names its 事業 in 「」 inside sentences beside a bus's nickname and a slogan in 「」; a web page whose list items
each print a use of funds and its amount between a site menu and a footer; a DOCX plan whose 取組 are named in 「」
inside 【主な取組】 paragraphs under Heading 1 基本目標 and Heading 2 施策. Each document is read by the project's own
readers; the records and the answers to list questions are checked against names written by hand.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.service import Assistant
from assistant.testbed.documents import GOTHIC, PdfPage
from index.update import update_index
from ingest.pipeline import ingest_file

BOXES = [("新規", "五箇山合掌集落防災整備事業", "１億２，３００万円"), ("拡充", "城端曳山まつり継承支援事業", "８４０万円"),
         ("拡充", "医療的ケア児保育支援事業", "２，１６０万円"), ("新規", "南砺型ワーケーション推進事業", "６５０万円")]


def _boxes_pdf(out: Path) -> Path:
    pdf = PdfPage(out / "nanto_koho_yosan_r7.pdf", title="広報なんと 令和7年5月号")
    pdf.text(40, 50, "特集　令和７年度　南砺市の予算", 16, GOTHIC)
    pdf.text(40, 74, "■　ここに注目！　今年度の主な事業", 11, GOTHIC)
    for k, (badge, name, amount) in enumerate(BOXES):
        x, top = 40 + 265 * (k % 2), 96 + 96 * (k // 2)
        pdf.box(x, top, 250, 86)
        pdf.box(x + 6, top + 6, 30, 16, fill=0.2)
        pdf.text(x + 9, top + 18, badge, 9, GOTHIC)
        pdf.text(x + 44, top + 18, name, 9.5, GOTHIC)
        pdf.text(x + 44, top + 40, amount, 13, GOTHIC)
        pdf.text(x + 10, top + 62, "地域の暮らしを守るため", 8)
        pdf.text(x + 10, top + 76, "令和７年度から取り組みます", 8)
    pdf.text(40, 300, "※金額は当初予算額です。", 8)
    return pdf.save()


def _results_pdf(out: Path) -> Path:
    pdf = PdfPage(out / "hachimantai_seika_r6.pdf", title="令和6年度 八幡平市 主要な施策の成果に関する説明書")
    pdf.text(40, 40, "令和６年度　八幡平市　主要な施策の成果に関する説明書", 11, GOTHIC)
    records = [("款　４　衛生費　　項　１　保健衛生費", "胃がん内視鏡検診推進事業", "健康福祉課"),
               ("款　６　農林水産業費　　項　１　農業費", "安比高原牧野再生事業", "農林課"),
               ("款　４　衛生費　　項　２　清掃費", "ごみ減量化推進事業", "市民課")]
    top = 70
    for heading, name, section in records:
        pdf.text(40, top, heading, 8)
        pdf.box(40, top + 6, 515, 18, fill=0.85)
        pdf.text(46, top + 19, "事業名　　" + name, 10, GOTHIC)
        pdf.right(550, top + 19, "担当　" + section, 8)
        pdf.text(46, top + 44, "【成果】事業を実施し、目標をおおむね達成した。", 8.5)
        top += 90
    return pdf.save()


def _speech_docx(out: Path) -> Path:
    from docx import Document as Docx
    doc = Docx()
    doc.add_paragraph("令和７年度　施政方針")
    doc.add_paragraph("　令和７年２月　安芸高田市長")
    doc.add_paragraph("　はじめに、「みんなでつくる　笑顔のまち」を合言葉に、市政の運営にあたってまいります。")
    doc.add_paragraph("　子育て支援では、産後の母親の孤立を防ぐため、「産後ママ安心訪問事業」を新たに始め、助産師が全ての家庭を"
                      "訪ねます。また、中山間地域の移動を支えるため、予約制の乗合バス「かぐら号」の運行区域を広げます。")
    doc.add_paragraph("　産業の振興では、神楽を生かした誘客を進めるため、「神楽門前湯治村魅力向上事業」により、夜の公演を"
                      "増やします。あわせて、「安芸高田ブランド米販路拡大プロジェクト」を立ち上げ、首都圏での販売を広げてまいります。")
    doc.add_paragraph("　市民の声を聴くため、市内の全地区で「地域づくり懇談会」を開催いたします。")
    doc.save(out / "akitakata_shisei_hoshin_r7.docx")
    return out / "akitakata_shisei_hoshin_r7.docx"


def _uses_html(out: Path) -> Path:
    menu = "".join(f"<li><a href='#'>{w}</a></li>" for w in ("暮らし", "子育て・教育", "観光", "市政情報"))
    uses = [("鹿角の子どもの未来応援", "奨学金の返還支援、通学費の助成", "２億１，４００万円"),
            ("十和田八幡平の自然を守る", "登山道の補修、高山植物の保護", "９，８００万円"),
            ("きりたんぽ発祥の地の食文化継承", "郷土料理教室の開催", "３，２００万円")]
    items = "".join(f"<li>{name}（{what}）　{amount}</li>" for name, what, amount in uses)
    html = (f"<html><head><meta charset='utf-8'><title>ふるさと納税寄附金の活用状況｜鹿角市</title></head><body>"
            f"<header><p>秋田県鹿角市</p><nav><ul>{menu}</ul></nav></header><main>"
            f"<h1>ふるさと納税寄附金の活用状況</h1><p>令和６年度にいただいた寄附金は、次の分野に活用しました。</p>"
            f"<h2>寄附金の活用分野</h2><ul>{items}</ul><p>※金額は令和６年度の充当額です。</p></main>"
            f"<footer><ul><li>サイトマップ</li><li>お問い合わせ</li></ul></footer></body></html>")
    path = out / "kazuno_furusato_katsuyo.html"
    path.write_text(html, encoding="utf-8")
    return path


def _plan_docx(out: Path) -> Path:
    from docx import Document as Docx
    doc = Docx()
    doc.add_paragraph("第２次東御市スポーツ推進計画")
    doc.add_heading("基本目標１　誰もが楽しめるスポーツの推進", level=1)
    doc.add_heading("施策１　身近な運動の習慣づくり", level=2)
    doc.add_paragraph("【主な取組】")
    doc.add_paragraph("働く世代に向けて、昼休みの運動講座「とうみ１０分体操」を実施します。")
    doc.add_heading("基本目標２　高地トレーニングの拠点づくり", level=1)
    doc.add_heading("施策２　湯の丸高原の合宿誘致", level=2)
    doc.add_paragraph("【主な取組】")
    doc.add_paragraph("競技団体と連携し、「湯の丸高地合宿誘致事業」を展開します。宿泊は高原の宿「ゆのまるの森」を活用します。")
    doc.add_heading("施策３　競技者の育成", level=2)
    doc.add_paragraph("【主な取組】")
    doc.add_paragraph("中学生を対象とした「ジュニア高地アスリート育成塾」を開講し、トップ選手の指導を受ける機会をつくります。")
    doc.save(out / "tomi_sports_suishin_keikaku.docx")
    return out / "tomi_sports_suishin_keikaku.docx"


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    out = tmp_path_factory.mktemp("prose_lists")
    paths = [_boxes_pdf(out), _results_pdf(out), _speech_docx(out), _uses_html(out), _plan_docx(out)]
    return out, {p.name: ingest_file(p, out).plans for p in paths}


def _items(made, doc):
    return {i.name: i for i in made[1][doc].items}


def test_a_badge_printed_before_a_boxs_name_is_its_tag_and_no_part_of_its_name(made):
    items = _items(made, "nanto_koho_yosan_r7.pdf")
    assert {name: items[name].tags for _, name, _ in BOXES} == {name: (badge,) for badge, name, _ in BOXES}
    assert not any(name.startswith(("新規", "拡充")) or "万円" in name for name in items)


def test_a_records_name_line_is_an_item_under_the_classification_line_above_it(made):
    items = _items(made, "hachimantai_seika_r6.pdf")
    assert {"胃がん内視鏡検診推進事業", "安比高原牧野再生事業", "ごみ減量化推進事業"} <= set(items)
    assert any("衛生費" in h for h in items["ごみ減量化推進事業"].headings)
    assert not any("衛生費" in h for h in items["安比高原牧野再生事業"].headings)


def test_a_speech_names_its_projects_in_brackets_and_a_nickname_or_a_slogan_is_none(made):
    names = set(_items(made, "akitakata_shisei_hoshin_r7.docx"))
    assert {"産後ママ安心訪問事業", "神楽門前湯治村魅力向上事業", "安芸高田ブランド米販路拡大プロジェクト"} <= names
    assert not names & {"かぐら号", "地域づくり懇談会", "みんなでつくる　笑顔のまち"}


def test_a_web_pages_list_of_uses_with_amounts_is_a_list_and_its_menu_is_not(made):
    items = _items(made, "kazuno_furusato_katsuyo.html")
    assert set(items) == {"鹿角の子どもの未来応援", "十和田八幡平の自然を守る", "きりたんぽ発祥の地の食文化継承"}
    assert items["十和田八幡平の自然を守る"].amount == "９，８００万円"


def test_a_measure_named_in_brackets_under_its_label_stands_under_its_goal_and_a_lodgings_name_is_none(made):
    items = _items(made, "tomi_sports_suishin_keikaku.docx")
    assert {"とうみ１０分体操", "湯の丸高地合宿誘致事業", "ジュニア高地アスリート育成塾"} <= set(items)
    assert "ゆのまるの森" not in items
    assert any(h.startswith("基本目標２") for h in items["ジュニア高地アスリート育成塾"].headings)


@pytest.fixture(scope="module")
def assistant(made, embedder, tokenizer) -> Assistant:
    out, docs = made
    corpus = out / "corpus"
    corpus.mkdir()
    for name in docs:
        (corpus / name).write_bytes((out / name).read_bytes())
    update_index(corpus, out / "index", embedder, tokenizer)
    return Assistant.open(out / "index", embedder, tokenizer)


@pytest.mark.parametrize("question, expected", [
    ("南砺市の令和7年度予算の新規事業は何ですか？", {"五箇山合掌集落防災整備事業", "南砺型ワーケーション推進事業"}),
    ("南砺市の令和7年度予算で拡充された事業を挙げてください。", {"城端曳山まつり継承支援事業", "医療的ケア児保育支援事業"}),
    ("八幡平市の主要な施策の成果で、衛生費の事業は何ですか？", {"胃がん内視鏡検診推進事業", "ごみ減量化推進事業"}),
    ("安芸高田市長の施政方針で取り組むとされた事業は何ですか？",
     {"産後ママ安心訪問事業", "神楽門前湯治村魅力向上事業", "安芸高田ブランド米販路拡大プロジェクト"}),
    ("鹿角市のふるさと納税の寄附金はどのような分野に使われていますか？",
     {"鹿角の子どもの未来応援", "十和田八幡平の自然を守る", "きりたんぽ発祥の地の食文化継承"}),
    ("東御市のスポーツ推進計画で、基本目標２（高地トレーニング）の主な取組は？",
     {"湯の丸高地合宿誘致事業", "ジュニア高地アスリート育成塾"}),
])
def test_a_list_question_lists_the_projects_of_prose_boxes_and_pages(assistant, question, expected):
    answer = assistant.ask(question)
    assert {p.name for p in answer.projects} == expected, answer.answer
