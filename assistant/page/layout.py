"""The page's components and their wiring, nothing else: what each event does is a handler of chat.py,
kpi.py, projects.py, documents.py, metadata.py or choices.py. Each tab is built by one function that
returns its components; `build_app` places the tabs, then wires them."""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import gradio as gr

from assistant.html_views import render_context, render_conversation
from assistant.live import LiveIndex
from assistant.page import chat, choices, documents, kpi, metadata, projects
from assistant.page.choices import ALL, EXAMPLE_SLOTS
from assistant.page.static_files import static_text
from assistant.settings import Settings
from assistant.tables import SORTS
from assistant.uploads import UPLOAD_SUFFIXES, megabytes
from ingest.sidecar import SIDECAR_DIR

UPDATE = {"concurrency_id": "update", "concurrency_limit": 1}   # one index update at a time, from any tab


@dataclass(frozen=True)
class ChatTab:
    chat: gr.HTML
    example_row: gr.Row
    example_buttons: list[gr.Button]
    question: gr.Textbox
    send: gr.Button
    clear: gr.Button
    context: gr.HTML
    paste: gr.Textbox


@dataclass(frozen=True)
class KpiTab:
    tab: gr.Tab
    controls: list[gr.components.Component]   # area, text, low, high, sort: kpi.kpi_view's inputs
    outputs: list[gr.components.Component]    # table, chart, note, CSV, XLSX: its outputs


@dataclass(frozen=True)
class ProjectsTab:
    tab: gr.Tab
    region: gr.Dropdown
    text: gr.Textbox
    note: gr.Markdown
    listing: gr.HTML


@dataclass(frozen=True)
class MetadataForm:
    doc: gr.Dropdown
    boxes: list[gr.Textbox]
    save: gr.Button
    result: gr.Textbox


@dataclass(frozen=True)
class DocumentsTab:
    table: gr.Dataframe
    chosen: gr.Dropdown
    remove: gr.Button
    reread: gr.Button
    remove_confirm: gr.Group
    remove_prompt: gr.HTML
    remove_yes: gr.Button
    remove_no: gr.Button
    uploads: gr.File
    add: gr.Button
    overwrite_confirm: gr.Group
    overwrite_prompt: gr.HTML
    overwrite_yes: gr.Button
    overwrite_no: gr.Button
    report: gr.Textbox
    metadata: MetadataForm


def chat_tab() -> ChatTab:
    with gr.Tab("質問", id="chat"):
        with gr.Row():
            with gr.Column(scale=3):
                conversation = gr.HTML(render_conversation(()), js_on_load=static_text("chat.js"), elem_id="pa-chat",
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
                context = gr.HTML(render_context(None), elem_id="pa-context", js_on_load=static_text("context.js"))
                paste = gr.Textbox(label="貼り付け用の引用（右上のボタンでコピー）", buttons=["copy"],
                                   interactive=False, elem_id="pa-paste", lines=3)
    return ChatTab(conversation, example_row, example_buttons, question, send, clear, context, paste)


def kpi_tab() -> KpiTab:
    with gr.Tab("KPI", id="kpi") as tab:
        with gr.Row():
            area = gr.Dropdown([ALL], value=ALL, label="地域", elem_id="pa-kpi-area")
            text = gr.Textbox(label="指標名に含む語", elem_id="pa-kpi-text")
            low = gr.Number(label="進捗率（%）以上（0 は指定なし）", value=0, minimum=0, elem_id="pa-kpi-low")
            high = gr.Number(label="進捗率（%）未満（0 は指定なし）", value=0, minimum=0, elem_id="pa-kpi-high")
            sort = gr.Dropdown(list(SORTS), value="資料の順", label="並べ替え", elem_id="pa-kpi-sort")
        note = gr.HTML(elem_id="pa-kpi-note")
        table = gr.HTML(elem_id="pa-kpi-table")
        with gr.Row():
            csv_button = gr.DownloadButton("CSV をダウンロード", elem_id="pa-kpi-csv")
            xlsx_button = gr.DownloadButton("Excel（XLSX）をダウンロード", elem_id="pa-kpi-xlsx")
        chart = gr.HTML(elem_id="pa-kpi-chart")
    return KpiTab(tab, [area, text, low, high, sort], [table, chart, note, csv_button, xlsx_button])


def projects_tab() -> ProjectsTab:
    with gr.Tab("プロジェクト", id="projects") as tab:
        with gr.Row():
            region = gr.Dropdown([ALL], value=ALL, label="連携地域", elem_id="pa-project-region")
            text = gr.Textbox(label="名前・指標に含む語", elem_id="pa-project-text")
        note = gr.Markdown()
        listing = gr.HTML(elem_id="pa-projects")
    return ProjectsTab(tab, region, text, note, listing)


def metadata_form() -> MetadataForm:
    with gr.Accordion("文書の情報を直す（題名・発行者・発行日・版・URL）", open=False, elem_id="pa-meta"):
        gr.Markdown(f"出典の表示に使う情報です。保存すると文書フォルダの `{SIDECAR_DIR}/<ファイル名>.json` に書き、"
                    "その文書を読み直します（空欄は文書から読み取った値を使います）。")
        doc = gr.Dropdown([], value=None, label="文書", elem_id="pa-meta-doc")   # filled with the document list
        boxes = [gr.Textbox(label=label, elem_id=f"pa-meta-{name}") for name, label in metadata.META_FIELDS]
        save = gr.Button("保存して読み直す", elem_id="pa-meta-save")
        result = gr.Textbox(label="結果", lines=3, interactive=False, elem_id="pa-meta-result")
    return MetadataForm(doc, boxes, save, result)


def documents_tab(settings: Settings) -> DocumentsTab:
    with gr.Tab("文書", id="documents"):
        table = gr.Dataframe(headers=documents.DOC_HEADERS, interactive=False, wrap=True, elem_id="pa-documents")
        with gr.Row():
            chosen = gr.Dropdown([], label="文書を選ぶ（表の行をクリックしても選べます）", elem_id="pa-doc-choice", scale=3)
            remove = gr.Button("削除…", elem_id="pa-remove", scale=1)
            reread = gr.Button("読み直す", elem_id="pa-reread", scale=1)
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
        form = metadata_form()
    return DocumentsTab(table, chosen, remove, reread, remove_confirm, remove_prompt, remove_yes, remove_no, uploads,
                        add, overwrite_confirm, overwrite_prompt, overwrite_yes, overwrite_no, report, form)


def wire_chat(live: LiveIndex, settings: Settings, session: gr.State, tab: ChatTab) -> None:
    """Questions (typed, sent or an example clicked), a citation clicked, a new conversation."""

    def ask(question: str, state: chat.ChatSession):
        return chat.ask(live, question, state)

    def show_citation(state: chat.ChatSession, evt: gr.EventData):
        return chat.show_citation(live, settings, state, getattr(evt, "key", None), cached_url)

    def cached_url(path: Path) -> str:
        return f"gradio_api/file={tab.context.move_resource_to_block_cache(path)}"

    outputs = [session, tab.chat, tab.question, tab.example_row, tab.context]
    tab.send.click(ask, [tab.question, session], outputs, concurrency_id="ask")
    tab.question.submit(ask, [tab.question, session], outputs, concurrency_id="ask")
    for button in tab.example_buttons:
        button.click(ask, [button, session], outputs, concurrency_id="ask")
    tab.chat.click(show_citation, [session], [tab.context, tab.paste])
    tab.clear.click(chat.clear, None, [session, tab.chat, tab.example_row, tab.context, tab.paste])


class Refresh:
    """The KPI view, the project view and the corpus's choices as Gradio events (handler, inputs, outputs):
    they follow their controls, and all three run again after anything that may change the index."""

    def __init__(self, live: LiveIndex, export_dir: Path, chat_tab: ChatTab, kpis: KpiTab, projects_tab: ProjectsTab):
        area, region = kpis.controls[0], projects_tab.region

        def page_choices(area_now: str, region_now: str):
            return choices.page_choices(live, area_now, region_now)

        def kpi_view(area_now: str, text: str, low, high, sort: str):
            return kpi.kpi_view(live, export_dir, area_now, text, low, high, sort)

        def project_view(region_now: str, text: str):
            return projects.project_view(live, region_now, text)

        self.choices = (page_choices, [area, region], [area, region, *chat_tab.example_buttons])
        self.kpis = (kpi_view, kpis.controls, kpis.outputs)
        self.projects = (project_view, [region, projects_tab.text], [projects_tab.note, projects_tab.listing])

    def after(self, event) -> None:
        """`event`, then the choices, the KPI view and the project view again."""
        event.then(*self.choices).then(*self.kpis).then(*self.projects)


def wire_views(refresh: Refresh, kpis: KpiTab, projects_tab: ProjectsTab) -> None:
    """The KPI and project views follow their controls; a generation published from outside the page
    (`plan-assistant index`) shows when their tab is opened."""
    area, text, low, high, sort = kpis.controls
    for control in (area, sort):
        control.change(*refresh.kpis)
    for control in (text, low, high):
        control.submit(*refresh.kpis)
    projects_tab.region.change(*refresh.projects)
    projects_tab.text.submit(*refresh.projects)
    kpis.tab.select(*refresh.kpis)
    projects_tab.tab.select(*refresh.projects)


def wire_documents(live: LiveIndex, settings: Settings, tab: DocumentsTab, refresh: Refresh) -> None:
    """Uploads (asking before an overwrite), removal (asking first), reading again, choosing a row."""

    def ask_or_add(files, progress=gr.Progress()):
        return documents.ask_or_add(live, settings, files, progress)

    def overwrite(files, progress=gr.Progress()):
        return documents.add_documents(live, settings, files, True, progress)

    def keep_existing(files, progress=gr.Progress()):
        return documents.add_documents(live, settings, files, False, progress)

    def remove(doc, progress=gr.Progress()):
        return documents.remove(live, settings, doc, progress)

    def reread(doc, progress=gr.Progress()):
        return documents.reread(live, settings, doc, progress)

    def choose_row(evt: gr.SelectData):
        return documents.chosen_row(getattr(evt, "row_value", None))

    added = [tab.report, tab.table, tab.chosen, tab.uploads, tab.overwrite_confirm]
    refresh.after(tab.add.click(ask_or_add, [tab.uploads], added + [tab.overwrite_prompt], **UPDATE))
    refresh.after(tab.overwrite_yes.click(overwrite, [tab.uploads], added, **UPDATE))
    refresh.after(tab.overwrite_no.click(keep_existing, [tab.uploads], added, **UPDATE))
    tab.remove.click(documents.ask_remove, [tab.chosen], [tab.report, tab.remove_confirm, tab.remove_prompt])
    refresh.after(tab.remove_yes.click(remove, [tab.chosen], [tab.report, tab.table, tab.chosen, tab.remove_confirm],
                                       **UPDATE))
    tab.remove_no.click(lambda: gr.update(visible=False), None, tab.remove_confirm)
    refresh.after(tab.reread.click(reread, [tab.chosen], [tab.report, tab.table, tab.chosen], **UPDATE))
    tab.table.select(choose_row, None, tab.chosen)


def wire_metadata(live: LiveIndex, settings: Settings, tab: DocumentsTab, refresh: Refresh) -> None:
    """The form's chooser follows the document list; a save reads the document again and lists it anew."""
    form = tab.metadata

    def save_metadata(doc: str, *values):
        return metadata.save_metadata(live, settings, doc, *values)

    tab.table.change(lambda: metadata.document_choices(live), None, form.doc)
    form.doc.change(lambda doc: metadata.load_metadata(live, doc), [form.doc], form.boxes)
    saved = form.save.click(save_metadata, [form.doc, *form.boxes], [form.result], **UPDATE)
    refresh.after(saved.then(lambda: documents.document_table(live)[0], None, tab.table))


def build_app(live: LiveIndex, settings: Settings) -> gr.Blocks:
    """The page over `live`: 質問, KPI, プロジェクト and 文書 tabs, with their choices filled when it loads."""
    # Nothing phones home: no Gradio analytics or version check (the page promises to run offline).
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    export_dir = Path(tempfile.mkdtemp(prefix="plan-assistant-exports-"))
    with gr.Blocks(title="plan-assistant 地域計画アシスタント", delete_cache=(3600, 7200), analytics_enabled=False) as app:
        session = gr.State(chat.ChatSession())
        gr.Markdown("## 地域計画アシスタント\n政策展開方針・推進管理表などの資料から、出典付きで答えます。")
        with gr.Tabs():
            chatting = chat_tab()
            kpis = kpi_tab()
            project_list = projects_tab()
            library = documents_tab(settings)
        refresh = Refresh(live, export_dir, chatting, kpis, project_list)
        wire_chat(live, settings, session, chatting)
        wire_views(refresh, kpis, project_list)
        wire_documents(live, settings, library, refresh)
        wire_metadata(live, settings, library, refresh)
        refresh.after(app.load(lambda: documents.document_table(live), None, [library.table, library.chosen]))
    app.queue(max_size=settings.queue_size, default_concurrency_limit=4)
    return app
