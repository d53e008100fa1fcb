"""What the source panel gets for a citation: where the quote stands in words, the PDF page picture, and
the original file — only ever a file inside the corpus folder."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.labels import citation_label
from assistant.records import Citation
from assistant.source_view import corpus_file, source_view
from ingest.pipeline import ingest_file
from assistant.testbed.made_documents import BODY_FACT, make_kpi_xlsx, make_plan_docx, make_plan_pdf


def _citation(document, quote: str) -> Citation:
    start = document.text.index(quote)
    page = document.page_at(start)
    return Citation(1, document.doc, page, quote, citation_label(document, page, start), document.title,
                    start, start + len(quote))


@pytest.fixture()
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    make_plan_pdf(folder / "plan.pdf")
    make_plan_docx(folder / "shisetsu.docx", "富士市公共施設等総合管理計画", "富士市財政課")
    make_kpi_xlsx(folder / "kpi.xlsx", "富士市総合計画 KPI一覧")
    return folder


def test_pdf_source_has_the_printed_and_file_page_and_the_page_picture(corpus):
    document = ingest_file(corpus / "plan.pdf", corpus).document
    view = source_view(document, _citation(document, BODY_FACT), corpus)
    assert view.location == "p.2（PDF の 3 ページ目）"
    assert view.page_png.startswith(b"\x89PNG") and view.quote_found_on_page and view.page == 3
    assert view.original == (corpus / "plan.pdf").resolve()


def test_xlsx_source_names_sheet_and_cell_and_docx_its_section(corpus):
    book = ingest_file(corpus / "kpi.xlsx", corpus).document
    view = source_view(book, _citation(book, "400区画"), corpus)
    assert view.location == "シート「KPI一覧」のセル C3" and view.page_png is None
    word = ingest_file(corpus / "shisetsu.docx", corpus).document
    view = source_view(word, _citation(word, "築40年を超える校舎"), corpus)
    assert view.location == "第1章 2 の段落" and view.page_png is None
    assert "築40年を超える校舎" in view.context.quoted


@pytest.mark.parametrize("doc", ["../outside.pdf", "/etc/passwd", "missing.pdf", "."])
def test_only_files_inside_the_corpus_are_offered(corpus, doc):
    (corpus.parent / "outside.pdf").write_bytes(b"%PDF-1.4")
    assert corpus_file(corpus, doc) is None


def test_a_link_inside_the_corpus_that_points_outside_is_refused(corpus):
    (corpus.parent / "secret.pdf").write_bytes(b"%PDF-1.4")
    (corpus / "link.pdf").symlink_to(corpus.parent / "secret.pdf")
    assert corpus_file(corpus, "link.pdf") is None


def test_source_panel_links_the_published_url_and_escapes_it(corpus):
    from assistant.html_views import render_source
    from ingest.sidecar import write_sidecar

    write_sidecar(corpus / "plan.pdf", {"source_url": "https://example.jp/plan.pdf?a=1&b=<2>"})
    document = ingest_file(corpus / "plan.pdf", corpus).document
    html = render_source(source_view(document, _citation(document, BODY_FACT), corpus), 1, "gradio_api/file=x#page=3")
    assert 'href="https://example.jp/plan.pdf?a=1&amp;b=&lt;2&gt;"' in html and "<2>" not in html
    assert 'class="pa-page-image"' in html and 'href="gradio_api/file=x#page=3"' in html
