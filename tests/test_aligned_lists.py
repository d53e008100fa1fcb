"""An unruled list of 事業 (a rule above and below, a thin rule under the header, no rules between the cells), as a
補正予算 committee paper prints it: the 款 stands only on its first 事業's line, the 説明 on the same printed line.
No table reader sees its columns; its printed lines are read (ingest.plans.aligned_rows). The document (岩手県
二戸市, invented: towns, 事業 and wording written here) is made by the test and read by the real pipeline; the
questions go through the real index.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.testbed.documents import GOTHIC, PdfPage
from ingest.pipeline import ingest_file

_ROWS = [("２款　総務費", "防災行政無線デジタル化事業", "64,200", "屋外拡声子局１２か所を更新する。"),
         ("", "地域おこし協力隊活動事業", "8,700", "隊員２人の活動費を追加する。"),
         ("６款　農林水産業費", "雑穀産地体制強化事業", "15,300", "脱穀機の導入を補助する。"),
         ("", "漆林保全育成事業", "4,120", "漆の植栽と下刈りを委託する。"),
         ("８款　土木費", "市道融雪施設改修事業", "37,600", "融雪設備の老朽化した配管を交換する。"),
         ("", "橋りょう点検事業", "△2,800", "入札の結果により減額する。")]
FARMING = {"雑穀産地体制強化事業", "漆林保全育成事業"}


def _ninohe_pdf(folder: Path) -> Path:
    pdf = PdfPage(folder / "ninohe_r7_hosei_dai2go.pdf", title="令和7年度 二戸市一般会計補正予算（第2号）の概要")
    pdf.text(40, 50, "令和７年度　二戸市一般会計補正予算（第２号）の概要", 13, GOTHIC)
    pdf.text(40, 80, "２　歳出の主な内容　　　　　　　　　　　　　　　　　　　　　　　　　（単位：千円）", 9, GOTHIC)
    xs = (40, 140, 300, 360)
    pdf.hline(40, 560, 88, 1.5)
    for x, word in zip(xs, ("款", "事業名", "補正額", "説明")):
        pdf.text(x, 101, word, 9, GOTHIC)
    pdf.hline(40, 560, 106, 0.3)
    top = 120
    for group, name, amount, note in _ROWS:
        if group:
            pdf.text(xs[0], top, group, 8.5)
        pdf.text(xs[1], top, name, 8.5)
        pdf.right(350, top, amount, 8.5)
        pdf.text(xs[3], top, note, 8)
        top += 16
    pdf.hline(40, 560, top - 8, 1.5)
    pdf.text(40, top + 8, "※人件費の補正は各款で行っています。", 8)
    return pdf.save()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("aligned-lists") / "corpus"
    folder.mkdir()
    _ninohe_pdf(folder)
    return folder


def test_each_line_of_an_unruled_list_is_a_jigyo_under_the_kan_printed_on_its_groups_first_line(corpus):
    items = {i.name: i for i in ingest_file(corpus / "ninohe_r7_hosei_dai2go.pdf", corpus).plans.items}
    assert {name for _, name, _, _ in _ROWS} <= set(items), sorted(items)
    assert any("農林水産業費" in h for h in items["漆林保全育成事業"].headings), items["漆林保全育成事業"]
    assert any("土木費" in h for h in items["橋りょう点検事業"].headings)
    assert items["橋りょう点検事業"].amount == "△2,800"
    assert not set(items) & {"款", "事業名", "説明", "補正額"}, sorted(items)


def test_a_question_for_one_kans_jigyo_lists_those_and_cites_each_line(corpus, tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    index_dir = tmp_path_factory.mktemp("aligned-lists-index")
    update_index(corpus, index_dir, embedder, tokenizer)
    answer = Assistant.open(index_dir, embedder, tokenizer).ask("二戸市の補正予算（第2号）で、農林水産業費の事業は何ですか？")
    listed = {p.name for p in answer.projects}
    assert FARMING <= listed and not listed & {"市道融雪施設改修事業", "防災行政無線デジタル化事業"}, answer.answer
    for ref in answer.projects:
        quotes = [c.quote for c in answer.citations if c.n in ref.citations]
        assert quotes and any(ref.name in q for q in quotes), (ref, answer.citations)
