"""Budget amounts of a named 事業 or 会計 in layouts a line-by-line reading gets wrong, on documents of towns,
事業 and wording written here (not copies of any real document), with the amounts a reader expects written by hand:

- a PDF 重点事業 page whose 事業 stand as framed boxes in two columns (and three on its second page), so every
  printed line holds two or three boxes' text side by side; 前年度 amounts beside this year's;
- a DOCX 事務事業評価 with one two-column table per 事業 whose 事業費 cell holds a 決算額 and a 当初予算額 as two
  paragraphs;
- a 施政方針 whose amounts stand in sentences (「…事業に1,860万円を計上いたしました」);
- a CP932 広報 page that never names its town, with full-width compound 億/万 totals per 会計, beside a document
  of another town.

Each file is made by the test and read by the real pipeline; the questions go through the real index.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.testbed.documents import GOTHIC, PAGE_W, PdfPage, write_text
from ingest.pipeline import ingest_file
from ingest.readers.registry import read_file
from ingest.text.normalize import comparable

# (title, lines) per box; the amounts a reader expects are in EXPECTED below, written by hand
_LEFT = [
    ("〈新〉こども食堂ネットワーク支援事業", ["所管　こども家庭課", "事業費　4,860千円　（前年度当初　－）",
                                         "内容　地域の子ども食堂の連絡会を設け、", "食材の共同調達を助成する。"]),
    ("〈継〉ひとり親家庭学習支援事業", ["所管　こども家庭課", "事業費　2,150千円　（前年度当初　2,150千円）",
                                    "内容　中高生の学習会を市内３会場で開く。"]),
]
_RIGHT = [
    ("〈拡〉病後児保育室運営事業", ["所管　保育課", "事業費　11,340千円　（前年度当初　7,900千円）",
                                 "内容　病後児保育室を１か所増やし、", "送迎も始める。", "定員を６人から10人とする。"]),
    ("〈新〉産前産後ヘルパー派遣事業", ["所管　健康推進課", "事業費　1,280千円　（前年度当初　－）",
                                     "内容　家事と育児の支援者を派遣する。"]),
]
_THREE = [
    ("〈新〉中央アルプス登山道補修事業", ["所管　観光課", "予算額　1,250万円", "前年度　800万円"]),
    ("〈継〉ソースかつ丼ＰＲ事業", ["所管　商工課", "予算額　430万円", "前年度　430万円"]),
    ("〈拡〉移住体験住宅整備事業", ["所管　企画課", "予算額　2,900万円", "前年度　1,100万円"]),
]
EXPECTED = {   # 事業 -> (amount in 円, the amount as printed)
    "こども食堂ネットワーク支援事業": (4_860_000, "4,860千円"),
    "ひとり親家庭学習支援事業": (2_150_000, "2,150千円"),
    "病後児保育室運営事業": (11_340_000, "11,340千円"),
    "産前産後ヘルパー派遣事業": (1_280_000, "1,280千円"),
    "中央アルプス登山道補修事業": (12_500_000, "1,250万円"),
    "ソースかつ丼ＰＲ事業": (4_300_000, "430万円"),
    "移住体験住宅整備事業": (29_000_000, "2,900万円"),
}


def _boxes_pdf(folder: Path) -> Path:
    """長野県駒ヶ根市 令和6年度当初予算 重点事業 (invented): page 1 two columns of boxes of unequal heights, page 2
    three columns of boxes, then a full-width ruled table; a one-column page of prose with a single framed note."""
    pdf = PdfPage(folder / "komagane_r6_juten.pdf", title="令和6年度 駒ヶ根市当初予算 重点事業の紹介")
    pdf.text(40, 50, "令和６年度　駒ヶ根市当初予算　重点事業の紹介", 14, GOTHIC)
    pdf.text(40, 74, "一般会計の総額は２３８億６千万円です。", 9)
    pdf.text(40, 100, "◎重点分野Ⅰ　子育て", 11, GOTHIC)
    for x, column in ((40, _LEFT), (305, _RIGHT)):
        top = 112
        for title, lines in column:
            top += pdf.framed_box(x, top, 250, title, lines) + 8
    pdf.page()
    pdf.text(40, 50, "◎重点分野Ⅱ　観光・移住", 11, GOTHIC)
    for i, (title, lines) in enumerate(_THREE):
        pdf.framed_box(40 + 175 * i, 62, 165, title, lines)
    pdf.text(40, 180, "特別会計の状況（単位：千円）", 9)
    for r, row in enumerate((["会計", "令和6年度", "令和5年度"], ["国民健康保険", "4,120,000", "4,050,000"],
                             ["介護保険", "3,980,000", "3,870,000"])):
        for c, cell in enumerate(row):
            pdf.box(40 + 170 * c, 190 + 18 * r, 170, 18)
            pdf.text(45 + 170 * c, 203 + 18 * r, cell, 9)
    pdf.page()
    pdf.text(40, 50, "予算編成の考え方", 11, GOTHIC)
    pdf.text(40, 72, "人口減少に向き合い、子育て世代の定住を進める事業に重点を置いて編成しました。", 9)
    pdf.framed_box(40, 90, PAGE_W - 80, "お問い合わせ", ["財政課　財政係　電話0265-00-0000"])
    for i, cell in enumerate(("人口　31,540人", "世帯数　12,870世帯")):   # one-line framed figures side by side
        pdf.box(40 + 200 * i, 150, 180, 22)
        pdf.text(46 + 200 * i, 165, cell, 9)
    return pdf.save()


def _evaluation_docx(folder: Path) -> Path:
    """千葉県鴨川市 事務事業評価 (invented): one two-column table per 事業; the 事業費 cell holds the 決算額 and the
    当初予算額 as two paragraphs — in one sheet the 予算 paragraph first."""
    from docx import Document

    doc = Document()
    doc.add_heading("令和5年度 鴨川市 事務事業評価表", level=1)
    sheets = [
        ("棚田オーナー制度推進事業", ["令和4年度決算額　3,150千円", "令和5年度当初予算額　3,400千円"]),
        ("海岸清掃ボランティア支援事業", ["令和5年度当初予算額　980千円", "令和4年度決算額　1,024千円"]),
    ]
    for name, paragraphs in sheets:
        doc.add_heading(f"評価表　{name}", level=2)
        table = doc.add_table(rows=4, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "事業名", name
        table.cell(1, 0).text, table.cell(1, 1).text = "担当課", "農林水産課"
        table.cell(2, 0).text = "事業費"
        cell = table.cell(2, 1)
        cell.text = paragraphs[0]
        cell.add_paragraph(paragraphs[1])
        table.cell(3, 0).text, table.cell(3, 1).text = "評価", "継続"
    path = folder / "kamogawa_jimu_hyoka.docx"
    doc.save(str(path))
    return path


_KOHO = """広報ひおき　令和６年４月号
特集　令和６年度　当初予算
◇一般会計　３１５億２，４００万円（前年度比２．６％増）
◇国民健康保険特別会計　６２億８，１００万円
◇市民ひとり当たり　約６５万円
主な事業
◇伊集院駅前広場整備事業（２億１，３００万円）
"""
_OTHER_TOWN = """鹿児島県霧島市　令和６年度当初予算の概要
◇一般会計　７２１億５，０００万円
◇伊集院駅前広場整備事業　１，０００万円
"""


_POLICY_SPEECH = """令和6年度　施政方針
静岡県島田市長
二　予算の概要
令和6年度の一般会計の予算総額は412億3千万円となりました。
茶の産地を次の世代へつなぐため、新たに茶園継承マッチング事業に1,860万円を計上いたしました。
また、大井川の河川敷を活用する川根街道にぎわい創出事業に4億2,500万円を措置し、観光の拠点を整えます。
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict[str, Path]]:
    folder = tmp_path_factory.mktemp("budget-layouts")
    files = {"boxes": _boxes_pdf(folder), "evaluation": _evaluation_docx(folder),
             "koho": write_text(folder / "koho_hiokidayori_2404.txt", _KOHO, encoding="cp932"),
             "other": write_text(folder / "kirishima_r6_gaiyo.txt", _OTHER_TOWN),
             "speech": write_text(folder / "shimada_r6_shisei_hoshin.txt", _POLICY_SPEECH)}
    return folder, files


@pytest.fixture(scope="module")
def assistant(corpus, tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    index_dir = tmp_path_factory.mktemp("budget-layouts-index")
    report = update_index(corpus[0], index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


def _lines(text: str) -> list[str]:
    """The text's lines, spaces made one and the dash the PDF font prints for 「－」 read as it."""
    return [" ".join(line.replace("\u2212", "－").split()) for line in text.split("\n") if line.strip()]


# --- reading boxes side by side ---------------------------------------------------------------------

def test_boxes_in_two_and_three_columns_are_read_box_by_box(corpus):
    text = read_file(corpus[1]["boxes"]).text
    lines = _lines(text)
    for title, body in _LEFT + _RIGHT + _THREE:
        at = lines.index(title)
        assert lines[at + 1:at + 1 + len(body)] == [" ".join(b.split()) for b in body], title
    # the left column's box comes before the right one it shares its printed lines with
    assert lines.index(_LEFT[0][0]) < lines.index(_RIGHT[0][0])


def test_a_table_and_a_single_framed_note_read_as_before(corpus):
    import pdfplumber

    from ingest.readers.formats.pdf_boxes import boxes_to_read_apart

    with pdfplumber.open(corpus[1]["boxes"]) as pdf:
        pages = pdf.pages
        assert len(boxes_to_read_apart(pages[0], pages[0].chars, [])) == 4
        assert boxes_to_read_apart(pages[2], pages[2].chars, []) == []     # one box across the page: nothing beside it
    raw = read_file(corpus[1]["boxes"])
    [table] = [t for t in raw.tables if t.origin == "pdf-ruled"]
    assert [c.text for c in table.body_rows[0]] == ["国民健康保険", "4,120,000", "4,050,000"]
    assert "人口減少に向き合い、子育て世代の定住を進める事業に重点を置いて編成しました。" in raw.text
    assert "人口 31,540人 世帯数 12,870世帯" in _lines(raw.text)    # one-line frames: a printed line as it stands


def test_each_box_amount_belongs_to_its_own_jigyo_and_last_year_gives_no_line(corpus):
    plans = ingest_file(corpus[1]["boxes"], corpus[0]).plans
    found = {b.project: (b.amount_yen, b.raw) for b in plans.budgets if b.project in EXPECTED}
    assert found == EXPECTED
    assert not [b for b in plans.budgets if "前年度" in b.item or b.amount_yen in (7_900_000, 8_000_000, 11_000_000)]


# --- a 事業費 cell with two paragraphs ----------------------------------------------------------------

def test_a_cost_cell_with_settled_and_budget_paragraphs_gives_each_its_own_line(corpus):
    plans = ingest_file(corpus[1]["evaluation"], corpus[0]).plans
    got = {(b.item, b.column): (b.amount_yen, b.fiscal_year) for b in plans.budgets}
    assert got == {
        ("棚田オーナー制度推進事業", "令和4年度決算額"): (3_150_000, 2022),
        ("棚田オーナー制度推進事業", "令和5年度当初予算額"): (3_400_000, 2023),
        ("海岸清掃ボランティア支援事業", "令和5年度当初予算額"): (980_000, 2023),
        ("海岸清掃ボランティア支援事業", "令和4年度決算額"): (1_024_000, 2022),
    }


# --- an amount allocated to a 事業 in a sentence -----------------------------------------------------

def test_a_sentence_allocating_an_amount_to_a_named_jigyo_gives_its_line(corpus):
    plans = ingest_file(corpus[1]["speech"], corpus[0]).plans
    got = {b.item: b.amount_yen for b in plans.budgets}
    assert got["茶園継承マッチング事業"] == 18_600_000
    # a name with kana in it cannot be cut from the prose before it: no line under a piece of it
    assert not [b for b in plans.budgets if b.amount_yen == 425_000_000 and b.item.endswith("事業")]


# --- answers --------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, stated, not_stated", [
    ("駒ヶ根市の令和6年度当初予算で、病後児保育室運営事業の事業費はいくらですか？", "11,340千円", "7,900"),
    ("駒ヶ根市の産前産後ヘルパー派遣事業の予算額は？", "1,280千円", "4,860"),
    ("駒ヶ根市の移住体験住宅整備事業の令和6年度予算額はいくらですか？", "2,900万円", "1,100"),
    ("鴨川市の海岸清掃ボランティア支援事業の令和4年度決算額はいくらですか？", "1,024千円", "980"),
    ("鴨川市の棚田オーナー制度推進事業の令和5年度当初予算額は？", "3,400千円", "3,150"),
    ("島田市の施政方針で、茶園継承マッチング事業の予算はいくらですか？", "1,860万円", "412億"),
])
def test_the_amount_of_the_named_jigyo_is_stated_first(assistant, question, stated, not_stated):
    answer = assistant.ask(question)
    first = answer.answer.split("\n")[0]
    assert answer.found and stated in first and not_stated not in first, answer.answer


def test_last_years_amount_is_never_stated_as_this_years(assistant):
    answer = assistant.ask("駒ヶ根市の病後児保育室運営事業の前年度の予算はいくらですか？")
    assert "11,340" not in answer.answer.split("\n")[0], answer.answer


def test_a_settled_amount_never_answers_a_budget_of_a_year_the_sheet_lacks(assistant):
    answer = assistant.ask("鴨川市の棚田オーナー制度推進事業の令和6年度予算額はいくらですか？")
    assert "3,150" not in answer.answer.split("\n")[0] and "3,400" not in answer.answer.split("\n")[0]


def test_a_newsletter_without_its_town_answers_a_town_no_document_covers_and_says_so(assistant):
    answer = assistant.ask("日置市の令和6年度一般会計当初予算はいくらですか？")
    assert answer.found and "３１５億２，４００万円" in answer.answer.split("\n")[0], answer.answer
    assert "場所の記載がない資料から" in answer.answer
    # the town a document names is answered from that document, never from the newsletter without a town
    other = assistant.ask("霧島市の令和6年度一般会計当初予算はいくらですか？")
    assert "７２１億５，０００万円" in other.answer.split("\n")[0] and "３１５億" not in other.answer, other.answer



def _tagged_boxes_pdf(folder: Path) -> Path:
    """山梨県韮崎市 令和7年度 主要事業 (invented): boxes two to a line whose title opens with its tag and whose amount
    stands on the line right under the title, as 主要事業の概要 pages print them."""
    pdf = PdfPage(folder / "nirasaki_r7_shuyo.pdf", title="令和7年度 韮崎市当初予算 主要事業の概要")
    pdf.text(40, 50, "令和７年度　韮崎市当初予算　主要事業の概要", 14, GOTHIC)
    pdf.text(40, 72, "【新規】新たに取り組む事業　【拡充】内容を広げる事業", 8)
    boxes = [("【新規】武田の里ウォーク開催事業", ["予算額　3,450千円（前年度　－）", "担当課　観光課",
                                             "史跡を巡るウォーキング大会を開く。"]),
             ("【拡充】小中学校タブレット更新事業", ["予算額　48,200千円（前年度　21,000千円）", "担当課　教育総務課",
                                               "端末を順に更新する。"]),
             ("【新規】ニラサキ未来塾運営事業", ["予算額　1,980千円（前年度　－）", "担当課　企画課",
                                            "高校生のまちづくり講座を開く。"]),
             ("【継続】甘利山環境保全事業", ["予算額　2,100千円（前年度　2,100千円）", "担当課　環境課",
                                         "レンゲツツジの保全を行う。"])]
    for i, (title, lines) in enumerate(boxes):
        pdf.framed_box(40 + 265 * (i % 2), 90 + 90 * (i // 2), 250, title, lines)
    return pdf.save()


@pytest.fixture(scope="module")
def tagged_boxes(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("tagged-boxes")
    (folder / "corpus").mkdir()
    path = _tagged_boxes_pdf(folder / "corpus")
    update_index(folder / "corpus", folder / "index", embedder, tokenizer)
    return Assistant.open(folder / "index", embedder, tokenizer), path


@pytest.mark.parametrize("question, names", [
    ("韮崎市の令和7年度の新規事業を教えてください。", ("武田の里ウォーク開催事業", "ニラサキ未来塾運営事業")),
    ("韮崎市で拡充される事業は何ですか？", ("小中学校タブレット更新事業",)),
    ("韮崎市の武田の里ウォーク開催事業はどんな取組ですか？", ()),
])
def test_quotes_from_boxes_stand_in_the_printed_page(tagged_boxes, question, names):
    """A box's lines are read apart from the box beside it, but a quote must stand in the page as printed (where
    every line holds two boxes' text): a quote never joins a box's title to the lines below it."""
    import pdfplumber

    assistant, path = tagged_boxes
    with pdfplumber.open(path) as pdf:
        printed = "".join(comparable(page.extract_text() or "") for page in pdf.pages)
    answer = assistant.ask(question)
    assert answer.found and all(name in answer.answer for name in names), answer.answer
    for citation in answer.citations:
        assert comparable(citation.quote) in printed, citation.quote
