"""Document metadata a citation names — title, issuer, place, date, edition, printed pages — read from
made PDF/DOCX/XLSX files and the bundled corpus, and overridden by a sidecar."""
from __future__ import annotations

import json
from pathlib import Path
import os

import pytest

from assistant.labels import citation_label
from assistant.page_image import render_page
from ingest.errors import IngestError
from ingest.text.page_labels import page_labels, printed_number
from ingest.pipeline import file_hash, ingest_file
from ingest.sidecar import read_sidecar, sidecar_path, write_sidecar
from tests.conftest import CORPUS
from assistant.testbed.made_documents import BODY_FACT, CAPTION, TITLE, make_kpi_xlsx, make_plan_docx, make_plan_pdf


@pytest.fixture()
def made(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    make_plan_pdf(corpus / "senryaku.pdf")
    return corpus


def test_pdf_title_is_the_big_cover_title_not_the_caption_or_the_year(made):
    document = ingest_file(made / "senryaku.pdf", made).document
    assert document.title == TITLE
    assert CAPTION.split()[0] not in document.title and document.title != "令和７年度"
    assert document.date == "令和7年3月"
    assert document.issuer == "富士市" and document.place == "静岡県/富士市"
    assert document.edition == "第2期"


def test_printed_page_numbers_start_after_the_cover(made):
    document = ingest_file(made / "senryaku.pdf", made).document
    assert document.page_labels == ("", "1", "2", "3")
    start = document.text.index(BODY_FACT[:10])
    page = document.page_at(start)
    assert page == 3
    assert citation_label(document, page, start) == f"{TITLE}（令和7年3月）p.2"   # 富士市 and 第2期 are in the title
    assert citation_label(document, 1, 0).endswith("p.1")   # the cover has no printed number: the file page


@pytest.mark.parametrize("line, expected", [("- 10 -", "10"), ("－１０－", "10"), ("10", "10"), ("P.10", "10"),
                                            ("p10", "10"), ("10/32", "10"), ("（10）", "10"),
                                            ("令和7年", None), ("10人", None), ("第10章", None)])
def test_printed_number_forms(line, expected):
    assert printed_number(line) == expected


def test_a_number_at_the_foot_of_a_table_is_not_a_page_number():
    pages = ["表紙\n", "本文\n- 1 -\n", "表\n合計\n2024\n", "本文\n- 3 -\n"]
    starts, text = [], ""
    for n, body in enumerate(pages, start=1):
        starts.append((len(text), n))
        text += body
    assert page_labels(text, starts) == ("", "1", "", "3")


def test_property_title_wins_over_a_weak_cover(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    make_plan_docx(corpus / "shisetsu.docx", "富士市公共施設等総合管理計画", "富士市財政課")
    document = ingest_file(corpus / "shisetsu.docx", corpus).document
    assert document.title == "富士市公共施設等総合管理計画" and document.date == "令和6年4月"
    assert document.issuer == "富士市"        # the author property 「富士市財政課」: the city is the issuing body
    quote = "築40年を超える校舎"
    start = document.text.index(quote)
    label = citation_label(document, document.page_at(start), start)
    assert label == "富士市公共施設等総合管理計画（令和6年4月） 第1章 2"   # 富士市 is in the title already   # the quote stands under 「第1章 計画の概要」 > 「2 施設の現状」


def test_xlsx_label_names_sheet_and_cell(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    make_kpi_xlsx(corpus / "kpi.xlsx", "富士市総合計画 KPI一覧")
    document = ingest_file(corpus / "kpi.xlsx", corpus).document
    assert document.title == "富士市総合計画 KPI一覧"            # the Title property, not 「■ KPI一覧」
    assert document.issuer == "富士市"        # the creator property 「静岡県富士市企画課」: the city is the issuing body
    start = document.text.index("320区画")
    assert citation_label(document, document.page_at(start), start).endswith(" KPI一覧!B3")


def test_sidecar_overrides_what_was_read_and_changes_the_hash(made):
    path = made / "senryaku.pdf"
    before = file_hash(path)
    write_sidecar(path, {"title": "富士市総合戦略（改訂）", "issuer": "富士市企画課", "date": "", "source_url": "https://example.jp/s.pdf"})
    assert sidecar_path(path) == made / ".meta" / "senryaku.pdf.json"
    assert json.loads(sidecar_path(path).read_text(encoding="utf-8")) == {
        "title": "富士市総合戦略（改訂）", "issuer": "富士市企画課", "source_url": "https://example.jp/s.pdf"}
    assert file_hash(path) != before
    document = ingest_file(path, made).document
    assert (document.title, document.issuer, document.date, document.source_url) == \
        ("富士市総合戦略（改訂）", "富士市企画課", "令和7年3月", "https://example.jp/s.pdf")


def test_broken_sidecar_names_the_file(made):
    path = made / "senryaku.pdf"
    sidecar_path(path).parent.mkdir()
    sidecar_path(path).write_text("{title: ", encoding="utf-8")
    with pytest.raises(IngestError) as err:
        read_sidecar(path)
    assert err.value.path == "senryaku.pdf" and "senryaku.pdf.json" in err.value.reason


def test_changed_sidecar_is_a_changed_document_and_is_not_indexed(made, embedder, tokenizer, tmp_path):
    from index.update import needs_update, update_index

    index = tmp_path / "index"
    first = update_index(made, index, embedder, tokenizer)
    assert first.added == ["senryaku.pdf"]
    old = 10**9 * 1_600_000_000   # file times well in the past, so the size/mtime stamp is trusted
    os.utime(made / "senryaku.pdf", ns=(old, old))
    update_index(made, index, embedder, tokenizer, rebuild=True)
    assert not needs_update(made, index)
    write_sidecar(made / "senryaku.pdf", {"title": "富士市総合戦略 別名"})
    assert needs_update(made, index)
    report = update_index(made, index, embedder, tokenizer)
    assert report.changed == ["senryaku.pdf"] and not report.added and not report.problems


def test_bundled_documents_are_cited_by_title_issuer_and_date(tmp_path):
    labels = {}
    for path in sorted(CORPUS.glob("*.txt")):
        document = ingest_file(path, CORPUS).document
        assert document.title and document.date and document.issuer == "北海道", path.name
        labels[path.name] = citation_label(document, 1, 0)
    assert labels["001_415e8db82cdb5ded.txt"] == "釧路・根室連携地域政策展開方針（北海道、令和7年3月）p.1"
    assert labels["002_9ff3f2c4b2a3626f.txt"].startswith("北海道総合計画")   # a chapter is named with its plan
    assert all(not label.startswith(("Ⅲ", "III")) for label in labels.values())
    for path in sorted(CORPUS.glob("*.txt")):   # the date stands in the label (in the brackets or in the title)
        document = ingest_file(path, CORPUS).document
        assert document.date in labels[path.name] and "北海道" in labels[path.name]


def test_page_image_boxes_the_quote(made):
    image = render_page(made / "senryaku.pdf", 3, [BODY_FACT])
    assert image.found and len(image.boxes) == 1 and image.png.startswith(b"\x89PNG")
    import io

    import numpy as np
    from PIL import Image

    def yellow_pixels(png: bytes) -> int:
        box = tuple(int(v * 1.5) for v in image.boxes[0])
        rgb = np.asarray(Image.open(io.BytesIO(png)).convert("RGB").crop(box)).astype(int)
        return int(((rgb[..., 0] > 220) & (rgb[..., 1] > 200) & (rgb[..., 2] < 180)).sum())   # paper yellowed by the box

    missing = render_page(made / "senryaku.pdf", 3, ["この文は本書にない"])
    assert not missing.found and missing.png
    assert yellow_pixels(image.png) > 1000 and yellow_pixels(missing.png) == 0


def test_metadata_of_documents_in_layouts_written_by_others(tmp_path):
    """The 16 fixture plans (tests/fixtures/plans, written by another session with hand-written title,
    issuer, place and date): covers in PDF, DOCX, XLSX, CSV, TSV, HTML, Markdown and pdftotext text."""
    from ingest.places.gazetteer import name_of
    from ingest.text.normalize import comparable
    from assistant.testbed.make_fixtures import make_all

    corpus = tmp_path / "fixtures"
    corpus.mkdir()
    wrong = []
    for path in sorted(make_all(corpus)):
        expected = json.loads((Path(__file__).parent / "fixtures" / "plans" / "expected" / f"{path.stem}.json")
                              .read_text(encoding="utf-8"))
        document = ingest_file(path, corpus).document
        got = {"title": comparable(document.title), "issuer": document.issuer,
               "place": expected["place"] if expected["place"].endswith(name_of(document.place) or "?") else document.place,
               "date": document.date if expected["date"] else None}   # a year from the title where none is printed
        want = {"title": comparable(expected["title"]), "issuer": expected["issuer"], "place": expected["place"],
                "date": expected["date"]}
        wrong += [f"{path.name} {k}: {got[k]!r} != {want[k]!r}" for k in want if got[k] != want[k]]
    assert not wrong, "\n".join(wrong)


def test_a_file_name_in_the_title_property_is_not_a_title(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    make_plan_pdf(corpus / "a.pdf", properties_title="Microsoft Word - 戦略案_最終.docx")
    assert ingest_file(corpus / "a.pdf", corpus).document.title == TITLE


def test_a_quote_running_on_to_the_next_page_boxes_its_head(made):
    image = render_page(made / "senryaku.pdf", 3, [BODY_FACT + "第3章の施策は関係機関と連携して推進します。"])
    assert image.found and len(image.boxes) == 1


@pytest.mark.parametrize("cover, title, date, issuer", [
    ("令和７年度\n松戸市公式マスコットキャラクター まつドッコイ\n第3次松戸市総合計画\n令和7年3月\n千葉県松戸市\n",
     "第3次松戸市総合計画", "令和7年3月", "松戸市"),
    ("写真：音威子府村の森\n音威子府村過疎地域持続的発展計画\n令和3年9月　北海道中川郡音威子府村\n",
     "音威子府村過疎地域持続的発展計画", "令和3年9月", "音威子府村"),
    ("第1章　計画の策定にあたって\n本計画は「富士市環境基本計画」に基づき、令和4年度から5年間の取組を定める。\n",
     "富士市環境基本計画　第1章　計画の策定にあたって", "令和4年度", "富士市"),
])
def test_cover_of_a_text_file(tmp_path, cover, title, date, issuer):
    """No font sizes in text: the caption, the mascot and the lone year still lose to the plan's name."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "plan.txt").write_text(cover + "■ 本文\n本文の説明が続きます。\n", encoding="utf-8")
    document = ingest_file(corpus / "plan.txt", corpus).document
    assert (document.title, document.date, document.issuer) == (title, date, issuer)


def test_a_word_report_of_per_jigyo_tables_is_titled_by_its_title_paragraph(tmp_path):
    """A DOCX 成果説明書 (invented): a Title paragraph naming the town, a Title property without it, 事業 as numbered
    paragraphs each over a label table (担当課｜…課, 実施内容｜…（第２期）…). The title is the Title paragraph (not
    the first 事業), the issuer the town (not a table's 担当課), no edition from a 工事's 「（第２期）」."""
    import docx

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    document = docx.Document()
    document.core_properties.title = "令和5年度 主要な施策の成果説明書"
    document.add_paragraph("令和5年度　沼田市主要な施策の成果説明書", style="Title")
    document.add_paragraph("この説明書は、令和5年度の主要な施策の成果を説明するものです。")
    document.add_heading("１　土木費", level=1)
    document.add_paragraph("市道改良事業", style="List Number")
    table = document.add_table(rows=3, cols=2)
    for row, (label, value) in zip(table.rows, [("事業名", "市道改良事業"), ("担当課", "道路河川課"),
                                                  ("実施内容", "市道３路線の改良工事（第２期）を実施した。")]):
        row.cells[0].text, row.cells[1].text = label, value
    document.save(corpus / "numata_seika_r5.docx")
    read = ingest_file(corpus / "numata_seika_r5.docx", corpus).document
    assert read.title == "令和5年度\u3000沼田市主要な施策の成果説明書"
    assert read.date == "令和5年度" and read.issuer == "沼田市" and read.edition == ""
