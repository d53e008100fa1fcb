"""The page's tab handlers without a browser (assistant/page/): what each tab shows after a question, a
follow-up, a citation click, a filter, an upload, a removal or a metadata edit — over a live index of a copy
of the bundled corpus (uploads and edits must not touch the real one)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.live import LiveIndex
from assistant.page import chat, choices, documents, kpi, metadata, projects
from assistant.page.static_files import static_text
from assistant.settings import Settings
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def live(tmp_path_factory, corpus_index, embedder, tokenizer) -> LiveIndex:
    work = tmp_path_factory.mktemp("page")
    shutil.copytree(CORPUS, work / "corpus")
    shutil.copytree(corpus_index, work / "index")
    live = LiveIndex(Settings(corpus_dir=work / "corpus", index_dir=work / "index"), embedder, tokenizer)
    live.open()
    return live


def no_progress(fraction, desc=""):
    """Gradio's progress bar stands outside a browser; the handlers only call it."""


def test_a_follow_up_on_the_page_is_answered_with_the_previous_topic(live):
    """「その実績値は？」 after the 釧路 target: the page shows the question as asked, says what it searched,
    and answers the 釧路 actual value with its quote — the same rewrite as the CLI's conversation."""
    session, html, box, examples, context = chat.ask(live, "観光入込客数（釧路）の目標値は？", None)
    assert box == "" and examples == {"__type__": "update", "visible": False}
    assert "904.6万人" in session.answers[0].answer
    session, html, *_ = chat.ask(live, "その実績値は？", session)
    follow_up = session.answers[1]
    assert follow_up.question == "その実績値は？" and follow_up.rewritten == "観光入込客数(釧路)の実績値は？"
    assert follow_up.answer.startswith("観光入込客数（釧路）の実績値は 689.5万人(R5) です[1]")
    assert '<div class="pa-question">その実績値は？</div>' in html
    assert "前の質問を踏まえて「観光入込客数(釧路)の実績値は？」として検索しました。" in html
    assert html.count('class="pa-turn"') == 2 and 'data-key="1:1"' in html
    assert [t.question for t in session.turns] == ["観光入込客数（釧路）の目標値は？", "その実績値は？"]


def test_another_place_on_the_page_is_said_not_summed(live):
    """「十勝は？」 goes through the CLI's conversation too: no figure of four areas together given as 十勝's."""
    session, *_ = chat.ask(live, "観光入込客数（釧路）の目標値は？", None)
    session, html, *_ = chat.ask(live, "十勝は？", session)
    assert session.answers[1].found is False and "2,987" not in session.answers[1].answer
    assert "pa-notfound" in html


def test_a_blank_question_changes_nothing_and_a_new_conversation_starts_empty(live):
    session, *_ = chat.ask(live, "ブルーカーボンの取組は？", None)
    same, html, *_ = chat.ask(live, "   ", session)
    assert same is session and html.count('class="pa-turn"') == 1
    empty, html, examples, context, paste = chat.clear()
    assert empty.answers == () and empty.turns == () and "pa-empty" in html and paste == ""
    first, *_ = chat.ask(live, "その実績値は？", empty)
    assert first.answers[0].rewritten == ""   # nothing before it: asked as it is


def test_a_clicked_citation_shows_its_context_and_the_text_to_paste(live):
    session, *_ = chat.ask(live, "観光入込客数（釧路）の目標値は？", None)
    cited = session.answers[0].citations[0]
    served = []
    html, paste = chat.show_citation(live, live.settings, session, "0:1", lambda p: served.append(p) or "cached")
    assert paste == f"「{cited.quote}」（出典：{cited.label}）"
    assert "<mark>観光入込客数 (釧路)" in html and 'href="cached"' in html   # a .txt original: from Gradio's cache
    assert served == [live.settings.corpus_dir / cited.doc]
    for stale in ("5:1", "0:99", "x", None):
        html, paste = chat.show_citation(live, live.settings, session, stale, lambda p: "")
        assert "出典をクリックすると" in html and paste == ""


def test_kpi_tab_filters_and_offers_downloads(live, tmp_path):
    table, chart, note, csv_file, xlsx_file = kpi.kpi_view(live, tmp_path, "釧路", "観光入込客数", 0, 80, "資料の順")
    assert "904.6万人" in table and "条件:" in note and "釧路" in note
    assert Path(csv_file["value"]).read_text(encoding="utf-8").count("観光入込客数") >= 1
    assert Path(xlsx_file["value"]).suffix == ".xlsx"
    everything = kpi.kpi_view(live, tmp_path, choices.ALL, "", None, None, "資料の順")[2]
    assert "条件" not in everything


def test_kpi_downloads_that_cannot_be_written_leave_the_table(live, tmp_path):
    missing = tmp_path / "gone"
    table, chart, note, csv_file, xlsx_file = kpi.kpi_view(live, missing, choices.ALL, "", 0, 0, "資料の順")
    assert "904.6万人" in table and "ダウンロード用のファイルを作れませんでした" in note
    assert csv_file["value"] is None and xlsx_file["value"] is None


def test_projects_tab_and_the_choices_the_page_loads(live):
    count, listing = projects.project_view(live, choices.ALL, "関係人口")
    assert count.endswith("件のプロジェクト") and int(count.split()[0]) >= 1 and "関係人口" in listing
    area, region, *examples = choices.page_choices(live, "釧路", "どこにもない地域")
    assert area["value"] == "釧路" and "根室" in area["choices"] and region["value"] == choices.ALL
    assert len(examples) == choices.EXAMPLE_SLOTS and examples[0]["visible"] and examples[0]["value"]


def test_documents_tab_asks_before_overwriting_and_removing(live, tmp_path):
    name = next(iter(sorted(live.assistant.documents)))
    upload = tmp_path / name
    upload.write_text("同じ名前のファイル", encoding="utf-8")
    report, *_, asked = documents.ask_or_add(live, live.settings, [str(upload)], no_progress)
    assert report == "" and name in asked and "pa-question-box" in asked
    assert documents.ask_or_add(live, live.settings, [], no_progress)[0] == "追加するファイルを選んでください。"
    message, confirm, question = documents.ask_remove(name)
    assert confirm == {"__type__": "update", "visible": True} and name in question
    assert documents.ask_remove("")[0] == "削除する文書を選んでください。"
    assert "<script>" not in documents.said("<script>.txt の削除")
    table, chooser = documents.document_table(live, name)
    assert name in [row[1] for row in table] and chooser["value"] == name
    assert documents.chosen_row(table[0]) == table[0][1]


def test_documents_tab_adds_an_upload_and_removes_it(live, tmp_path):
    upload = tmp_path / "memo_upload.txt"
    upload.write_text("■ 防災\n地域防災マスターを16名認定しました。\n", encoding="utf-8")
    report, table, chooser, box, confirm = documents.add_documents(live, live.settings, [str(upload)], False,
                                                                   no_progress)
    assert "memo_upload.txt" in report and "memo_upload.txt" in [row[1] for row in table]
    assert "memo_upload.txt" in live.assistant.documents
    report, table, chooser, confirm = documents.remove(live, live.settings, "memo_upload.txt", no_progress)
    assert "memo_upload.txt" not in [row[1] for row in table]
    assert "memo_upload.txt" not in live.assistant.documents
    assert "ファイルがありません" in documents.reread(live, live.settings, "memo_upload.txt", no_progress)[0]


def test_metadata_form_loads_and_saves_a_title(live):
    doc = next(iter(sorted(live.assistant.documents)))
    boxes = metadata.load_metadata(live, doc)
    assert boxes[0]["value"] == live.assistant.documents[doc].title
    assert metadata.save_metadata(live, live.settings, "", "x", "", "", "", "").startswith("文書を選んでください")
    said = metadata.save_metadata(live, live.settings, doc, "ページの題名", "", "", "", "")
    assert "「ページの題名」" in said and live.assistant.documents[doc].title == "ページの題名"
    assert doc in metadata.document_choices(live)["choices"]


def test_static_files_are_found_inside_the_package():
    assert ".pa-turn" in static_text("page.css")
    assert "pa-copy" in static_text("chat.js") and "scrollIntoView" in static_text("context.js")
