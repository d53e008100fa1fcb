"""事業 and 取組 a plan names in two layouts a line-by-line reader misreads, on documents of towns, 事業 and wording
written here (no copy of any real or blind document):

- a DOCX 基本計画 (兵庫県加東市, invented) whose 施策 lists its （１）（２） directions, each a short paragraph
  followed by a line 「関連事業：A事業、B事業」;
- a PDF 観光ビジョン 概要 (島根県津和野町, invented) whose table 方針｜重点的な取組〔担い手〕 holds in each cell several
  ①② lines, each ending with its 担い手 in 〔〕, some marked ◆ at the start, and a legend 「◆は重点取組を示す。」 below.

The names are listed without their number, mark or 〔〕; the label 「関連事業」 and the （１） directions are never
事業 of their own. Each file is made by the test and read by the real pipeline; the questions go through the real
index.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.testbed.documents import GOTHIC, PdfPage
from ingest.pipeline import ingest_file

_DIRECTIONS = [("（１）黒豆の産地を守る", "栽培農家の高齢化に備え、作業の受託を広げます。", ["黒豆栽培作業受託支援事業", "黒枝豆出荷規格統一事業"]),
               ("（２）農村の景観を生かす", "棚田と里山の景観を観光に結び付けます。", ["棚田オーナー制度運営事業"])]
_OTHER = ("（１）城下町の町家を残す", "空き町家の改修を支援します。", ["町家再生改修補助事業"])


def _kato_docx(folder: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.core_properties.title = "加東市総合計画 後期基本計画"
    doc.add_heading("加東市総合計画　後期基本計画", level=1)
    for heading, directions in (("施策３　農業と農村の振興", _DIRECTIONS), ("施策４　歴史的町並みの保全", [_OTHER])):
        doc.add_heading(heading, level=2)
        doc.add_paragraph("【施策の方向】")
        for title, text, names in directions:
            doc.add_paragraph(title)
            doc.add_paragraph(text)
            doc.add_paragraph("関連事業：" + "、".join(names))
    path = folder / "kato_kouki_kihon_keikaku.docx"
    doc.save(path)
    return path


_POLICIES = [("方針１　殿町の", "歩いて楽しむ", ["◆① 殿町通りの歩行者天国の試行〔町・商工会〕", "② 掘割の鯉の観察会の開催〔観光協会〕"]),
             ("方針２　SL列車と", "連携した誘客", ["① 駅からの周遊バスの運行〔町〕", "◆② 沿線自治体との共同宣伝〔町・観光協会〕",
                                         "③ 鉄道写真コンテストの開催〔観光協会〕"])]
KEY = {"殿町通りの歩行者天国の試行", "沿線自治体との共同宣伝"}
ALL = KEY | {"掘割の鯉の観察会の開催", "駅からの周遊バスの運行", "鉄道写真コンテストの開催"}


def _tsuwano_pdf(folder: Path) -> Path:
    pdf = PdfPage(folder / "tsuwano_kanko_vision_gaiyo.pdf", title="津和野町観光ビジョン 概要版")
    pdf.text(40, 50, "津和野町観光ビジョン（令和８年度〜令和12年度）概要版", 13, GOTHIC)
    pdf.text(40, 80, "３　施策の方針", 11, GOTHIC)
    cols, top = [130, 360], 92
    x = 40
    for w, word in zip(cols, ("方針", "重点的な取組〔担い手〕")):
        pdf.box(x, top, w, 18, fill=0.85)
        pdf.center(x + w / 2, top + 12, word, 8.5, GOTHIC)
        x += w
    top += 18
    for first, second, lines in _POLICIES:
        height = 10 + 14 * len(lines)
        pdf.box(40, top, cols[0], height)
        pdf.box(40 + cols[0], top, cols[1], height)
        pdf.text(44, top + 14, first, 8.5)
        pdf.text(44, top + 28, second, 8.5)
        for i, line in enumerate(lines):
            pdf.text(40 + cols[0] + 4, top + 14 + 14 * i, line, 8.5)
        top += height
    pdf.text(40, top + 16, "◆は重点取組を示す。〔　〕内は主な担い手。", 8)
    return pdf.save()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("labelled-lists") / "corpus"
    folder.mkdir()
    _kato_docx(folder)
    _tsuwano_pdf(folder)
    return folder


@pytest.fixture(scope="module")
def assistant(corpus, tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    index_dir = tmp_path_factory.mktemp("labelled-lists-index")
    update_index(corpus, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def _items(corpus: Path, name: str):
    return {i.name: i for i in ingest_file(corpus / name, corpus).plans.items}


def test_a_label_line_names_each_jigyo_under_the_direction_above_it(corpus):
    items = _items(corpus, "kato_kouki_kihon_keikaku.docx")
    for title, _, names in _DIRECTIONS + [_OTHER]:
        for name in names:
            assert title in items[name].headings, items[name]
            assert items[name].source.quote == name
    assert not set(items) & {"関連事業", "黒豆の産地を守る", "農村の景観を生かす"}, sorted(items)


def test_numbered_lines_of_one_cell_are_each_a_torikumi_tagged_by_the_legends_mark(corpus):
    items = _items(corpus, "tsuwano_kanko_vision_gaiyo.pdf")
    assert ALL <= set(items), sorted(items)
    assert {n for n in ALL if "重点" in items[n].tags} == KEY
    assert not any(n.startswith(("◆", "①", "②")) or n.endswith("〕") for n in ALL & set(items))


@pytest.mark.parametrize("question, expected, absent", [
    ("加東市の後期基本計画で、黒豆の産地を守るための事業は？", {"黒豆栽培作業受託支援事業", "黒枝豆出荷規格統一事業"},
     {"棚田オーナー制度運営事業", "町家再生改修補助事業"}),
    ("津和野町の観光ビジョンの重点取組を挙げてください。", KEY, ALL - KEY),
    ("津和野町の観光ビジョンで、重点取組に位置付けられたものはどれですか？", KEY, ALL - KEY),
])
def test_a_list_question_names_the_labelled_or_marked_items_each_cited(assistant, question, expected, absent):
    answer = assistant.ask(question)
    listed = {p.name for p in answer.projects}
    assert answer.found and expected <= listed and not listed & absent, answer.answer
    for ref in answer.projects:
        quotes = [c.quote for c in answer.citations if c.n in ref.citations]
        assert quotes and any(ref.name in q for q in quotes), (ref, answer.citations)
