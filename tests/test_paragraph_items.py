"""取組 set as the bullet paragraphs of a Word document, each opening with a mark a legend explains or a bracketed tag,
some closing with the tag, all closing with the office in charge in brackets. A DOCX 地域福祉計画 of a town written
here (福井県池田町, invented content), made by the test:

    ◆は重点的に進める取組、〔新規〕は本計画で新たに始める取組を表します。（　）内は担当する課です。
    ・◆〔新規〕見守りネットワーク協定の拡大（福祉保健課）      (List Bullet)
    ・ふれあいサロンの運営支援（福祉保健課）
    ・通学路の見守り隊活動への参加呼びかけ〔新規〕（教育委員会）

Each paragraph is one 取組 (never the description or the child of the marked paragraph above it), named without its
marks, tags and office; a question naming the office, the tag or the mark's meaning lists exactly those so printed.
"""
from __future__ import annotations

from pathlib import Path

import pytest

_MEASURES = [
    ("基本目標１　支え合う地域をつくる", [
        ("施策１　見守りの輪を広げる", ["◆〔新規〕見守りネットワーク協定の拡大（福祉保健課）", "ふれあいサロンの運営支援（福祉保健課）",
                               "通学路の見守り隊活動への参加呼びかけ〔新規〕（教育委員会）"]),
        ("施策２　担い手を育てる", ["◆福祉ボランティア養成講座（社会福祉協議会）", "中学生の福祉体験学習（教育委員会）"]),
    ]),
    ("基本目標２　安心して暮らせる仕組みをつくる", [
        ("施策３　相談体制の充実", ["◆重層的支援体制の整備（福祉保健課）", "〔新規〕ヤングケアラー相談窓口の設置（福祉保健課）",
                               "成年後見制度の利用促進（住民生活課）"]),
    ]),
]


def _ikeda_docx(folder: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_heading("第２次池田町地域福祉計画", level=1)
    doc.add_paragraph("福井県池田町　令和８年３月")
    doc.add_heading("第４章　取組の内容", level=1)
    doc.add_paragraph("◆は重点的に進める取組、〔新規〕は本計画で新たに始める取組を表します。（　）内は担当する課です。")
    for goal, measures in _MEASURES:
        doc.add_heading(goal, level=2)
        for measure, lines in measures:
            doc.add_heading(measure, level=3)
            for line in lines:
                doc.add_paragraph(line, style="List Bullet")
    doc.add_heading("第５章　計画の推進", level=1)
    doc.add_paragraph("池田町地域福祉推進委員会が毎年度、取組の進み具合を確かめます。")
    path = folder / "ikeda_dai2ji_chiiki_fukushi_keikaku.docx"
    doc.save(str(path))
    return path


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    corpus = tmp_path_factory.mktemp("paragraph-items")
    _ikeda_docx(corpus)
    index_dir = tmp_path_factory.mktemp("paragraph-items-index")
    update_index(corpus, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


@pytest.mark.parametrize("question,expected", [
    ("池田町の地域福祉計画で、教育委員会が担当する取組は何ですか？",
     {"通学路の見守り隊活動への参加呼びかけ", "中学生の福祉体験学習"}),
    ("池田町の地域福祉計画で新たに始める取組を挙げてください。",
     {"見守りネットワーク協定の拡大", "通学路の見守り隊活動への参加呼びかけ", "ヤングケアラー相談窓口の設置"}),
    ("池田町の地域福祉計画で、相談体制の充実に向けた取組は？",
     {"重層的支援体制の整備", "ヤングケアラー相談窓口の設置", "成年後見制度の利用促進"}),
])
def test_each_bullet_paragraph_is_one_item(assistant, question, expected):
    answer = assistant.ask(question)
    assert answer.found, answer.answer
    assert {p.name for p in answer.projects} == expected, answer.answer


def test_the_records_keep_the_tags_and_the_office_apart_from_the_name(tmp_path):
    from ingest.pipeline import ingest_file

    items = {i.name: i for i in ingest_file(_ikeda_docx(tmp_path), tmp_path).plans.items}
    assert items["見守りネットワーク協定の拡大"].tags == ("新規",)
    assert items["通学路の見守り隊活動への参加呼びかけ"].tags == ("新規",)   # the tag after the name
    assert items["通学路の見守り隊活動への参加呼びかけ"].description == "教育委員会"
    assert items["ふれあいサロンの運営支援"].tags == ()
    # the paragraph after a marked one is an item of its own, under the same headings
    assert items["ふれあいサロンの運営支援"].headings == items["見守りネットワーク協定の拡大"].headings
