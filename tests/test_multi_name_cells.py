"""Table cells that hold several 事業 names, one per line of the cell (an HTML <br>, a DOCX cell's paragraphs, an
XLSX cell's line breaks), which the readers join with spaces; a tag printed against one name is that name's only.
Documents of towns and wording written here (invented content, made by the test):

- an HTML 交付金の活用状況 page (高知県梼原町): 分野｜交付金を活用した事業｜交付額（千円）, two or three names per cell
  split by <br>, 【新規】 before some of them, a legend below the table that explains 【新規】 in words of its own;
- a DOCX 総合戦略 (北海道浦臼町): 施策｜主な取組｜担当, the 主な取組 cell one paragraph per 取組, 「（新規）」 after a name;
- an XLSX 過疎計画 (岡山県新庄村): 区分｜対象となる事業｜事業費, names on the lines of one cell, 〔拡充〕 before one.

A question about one row lists exactly that row's names, each on its own; a question for the tag (by its word or by
what the legend says it means) lists exactly the names tagged, never the other names of their cells.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.testbed.documents import write_text

_YUSUHARA_ROWS = [
    ("観光・交流", ["雲の上のホテル周辺遊歩道整備事業", "【新規】神幸祭ライブ配信支援"], "18,400"),
    ("子育て・教育", ["保育料第２子以降無償化事業", "【新規】高校生通学費補助", "ＩＣＴ支援員配置事業"], "26,250"),
    ("暮らし・安心", ["簡易水道施設耐震化事業", "路線バス維持支援"], "31,900"),
]


def _yusuhara_html() -> str:
    rows = "\n".join(f"<tr><td>{field}</td><td>{'<br>'.join(names)}</td><td>{amount}</td></tr>"
                     for field, names, amount in _YUSUHARA_ROWS)
    return f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>地方創生臨時交付金の活用状況 | 梼原町</title></head>
<body><main>
<h1>令和７年度 地方創生臨時交付金の活用状況</h1>
<p>高知県梼原町では、国の地方創生臨時交付金を次の事業に活用しています。</p>
<table border="1">
<caption>分野別の活用事業（単位：千円）</caption>
<tr><th>分野</th><th>交付金を活用した事業</th><th>交付額（千円）</th></tr>
{rows}
</table>
<p>【新規】：令和７年度に初めて交付金を充てた事業</p>
<h2>交付金で改修した施設</h2>
<table border="1">
<tr><th>施設名</th><th>所在地区</th></tr>
<tr><td>特別養護老人ホーム ゆすはら荘</td><td>梼原</td></tr>
<tr><td>四万川地区 集会所</td><td>四万川</td></tr>
</table>
<h2>問い合わせ</h2><p>梼原町役場 企画財政課</p>
</main></body></html>
"""


def _urausu_docx(folder: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_heading("浦臼町第２期まち・ひと・しごと創生総合戦略", level=1)
    doc.add_paragraph("北海道浦臼町　令和７年３月改訂")
    doc.add_heading("基本目標１　しごとをつくる", level=2)
    table = doc.add_table(rows=1, cols=3)
    for c, head in enumerate(["施策", "主な取組", "担当"]):
        table.rows[0].cells[c].text = head
    rows = [("農業の担い手確保", ["新規就農者研修農場の運営", "農業インターン受入れ（新規）", "スマート農業機器導入補助"],
             "産業課"),
            ("ワイン産業の振興", ["ぶどう苗木購入補助", "ワイナリー見学ツアー造成（新規）"], "商工観光課")]
    for measure, names, office in rows:
        cells = table.add_row().cells
        cells[0].text = measure
        cells[1].text = names[0]
        for name in names[1:]:
            cells[1].add_paragraph(name)
        cells[2].text = office
    doc.add_paragraph("（新規）は第２期戦略で新たに始める取組です。")
    path = folder / "urausu_dai2ki_sogo_senryaku.docx"
    doc.save(str(path))
    return path


def _shinjo_xlsx(folder: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "事業計画"
    ws["A1"] = "新庄村過疎地域持続的発展計画　事業計画（令和７年度）"
    for c, head in enumerate(["区分", "対象となる事業", "事業費（千円）"], start=1):
        ws.cell(3, c, head)
    rows = [("交通施設の整備", "村道がいせん桜線改良事業\n〔拡充〕村営バス車両更新事業", 48000),
            ("生活環境の整備", "消防ポンプ自動車更新事業\n防火水槽整備事業", 21500)]
    for r, row in enumerate(rows, start=4):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value)
    path = folder / "shinjo_kaso_keikaku_r7.xlsx"
    wb.save(str(path))
    return path


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    corpus = tmp_path_factory.mktemp("multi-name-cells")
    write_text(corpus / "yusuhara_rinji_kofukin_katsuyo_r7.html", _yusuhara_html())
    _urausu_docx(corpus)
    _shinjo_xlsx(corpus)
    index_dir = tmp_path_factory.mktemp("multi-name-cells-index")
    update_index(corpus, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def _names(answer) -> set[str]:
    return {p.name for p in answer.projects}


@pytest.mark.parametrize("question,expected", [
    # one row's cell: each of its names on its own, a tagged one without its tag
    ("梼原町で地方創生臨時交付金を子育て・教育分野に活用した事業は何ですか？",
     {"保育料第２子以降無償化事業", "高校生通学費補助", "ＩＣＴ支援員配置事業"}),
    ("浦臼町の総合戦略で、農業の担い手確保のための主な取組は？",
     {"新規就農者研修農場の運営", "農業インターン受入れ", "スマート農業機器導入補助"}),
    # the tag asked by its word: only the names it stands against, in every row
    ("梼原町が交付金を活用した新規事業を挙げてください。", {"神幸祭ライブ配信支援", "高校生通学費補助"}),
    ("新庄村の過疎計画で拡充する事業はどれですか？", {"村営バス車両更新事業"}),
    # the tag asked by what the legend says it means
    ("梼原町が令和７年度に初めて交付金を充てた事業をすべて挙げてください。", {"神幸祭ライブ配信支援", "高校生通学費補助"}),
])
def test_each_name_of_a_cell_is_an_item_with_its_own_tags(assistant, question, expected):
    answer = assistant.ask(question)
    assert answer.found, answer.answer
    assert _names(answer) == expected, answer.answer
    for project in answer.projects:   # each cited by a quote that holds its name (a legend line may be cited too)
        assert project.name in answer.citations[project.citations[0] - 1].quote


def test_names_run_together_are_no_item():
    """The records of a cell of several names: each name, its own tag, none of two names run together."""
    from ingest.pipeline import ingest_file

    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "yusuhara.html"
        write_text(path, _yusuhara_html())
        items = ingest_file(path, Path(folder)).plans.items
    tags = {i.name: i.tags for i in items}
    assert tags["神幸祭ライブ配信支援"] == ("新規",)
    assert tags["雲の上のホテル周辺遊歩道整備事業"] == ()
    assert not [i.name for i in items if "事業 " in i.name or "支援 " in i.name]
    # a 施設 cell with a space is one 施設 (its kind and its name), never two
    assert "特別養護老人ホーム ゆすはら荘" in tags and "ゆすはら荘" not in tags
