"""The 文書 tab: the document list, uploads (asking before overwriting), removal (asking first) and reading
a document again. Every handler answers once the outcome is known: the files are checked, placed, indexed,
then said. `progress(fraction, desc=…)` is Gradio's progress bar (any callable of that form will do)."""
from __future__ import annotations

from html import escape
from pathlib import Path

import gradio as gr

from assistant.documents import (FileOutcome, add_uploads, document_rows, existing_names, outcome_messages,
                                 overwrite_question, removal_question, remove_document)
from assistant.live import LiveIndex
from assistant.settings import Settings
from index.errors import IndexError_, IndexWriteFailed, UpdateBusy

DOC_HEADERS = ["題名", "ファイル", "ページ", "パッセージ", "追加日時", "状態"]   # a document by its title first
UNCHANGED = ("refused", "kept", "not_removed")   # outcomes that leave the corpus as it was: no index update


def said(text: str) -> str:
    """A question of the page as HTML (file names are escaped: an upload may be named <script>.txt)."""
    return f'<div class="pa-question-box">{escape(text)}</div>'


def document_table(live: LiveIndex, chosen: str | None = None):
    """The tab's table and its chooser (offering every listed document; `chosen` stays chosen)."""
    data = live.assistant.searcher.data
    rows = document_rows(live.settings.corpus_dir, data.entries, data.problems)
    table = [[r.title or r.doc, r.doc, r.pages or "—", r.passages, r.added_at, r.state] for r in rows]
    names = [r.doc for r in rows]
    return table, gr.update(choices=names, value=chosen if chosen in names else None)


def after_update(live: LiveIndex, outcomes: list[FileOutcome], reread: frozenset[str], progress) -> str:
    """The index brought up to date after `outcomes` (when they changed the corpus), and what to tell the user."""
    report = None
    busy = ""
    if any(o.action not in UNCHANGED for o in outcomes):
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


def uploaded(files) -> list[tuple[str, Path]]:
    """Gradio's uploaded temporary files as (the name the user gave, where it lies now)."""
    return [(Path(p).name, Path(p)) for p in files or []]


def add_documents(live: LiveIndex, settings: Settings, files, overwrite: bool, progress):
    """(report, table, chooser, emptied upload box, overwrite question hidden) after adding `files`."""
    outcomes = add_uploads(settings.corpus_dir, uploaded(files), overwrite, settings.max_upload_bytes,
                           settings.ingest_limits())
    text = after_update(live, outcomes, frozenset(), progress)
    table, choices = document_table(live)
    return text, table, choices, None, gr.update(visible=False)


def ask_or_add(live: LiveIndex, settings: Settings, files, progress):
    """「追加して索引を更新」: files whose names are taken are asked about first (nothing is written until the
    answer); otherwise they are added. Outputs as `add_documents`, then the overwrite question's HTML."""
    if not files:
        return "追加するファイルを選んでください。", gr.update(), gr.update(), gr.update(), gr.update(visible=False), ""
    names = existing_names(settings.corpus_dir, [name for name, _ in uploaded(files)])
    if names:
        return "", gr.update(), gr.update(), gr.update(), gr.update(visible=True), said(overwrite_question(names))
    return *add_documents(live, settings, files, False, progress), ""


def ask_remove(doc: str | None):
    """「削除…」: (message, confirmation shown or hidden, the question naming the document)."""
    if not doc:
        return "削除する文書を選んでください。", gr.update(visible=False), ""
    return "", gr.update(visible=True), said(removal_question(doc))


def remove(live: LiveIndex, settings: Settings, doc: str | None, progress):
    """「削除する」: (report, table, chooser, confirmation hidden) after removing `doc` and updating the index."""
    text = after_update(live, [remove_document(settings.corpus_dir, doc)], frozenset(), progress) if doc else ""
    table, choices = document_table(live)
    return text, table, choices, gr.update(visible=False)


def reread(live: LiveIndex, settings: Settings, doc: str | None, progress):
    """「読み直す」: (report, table, chooser) after reading `doc` again; it stays chosen."""
    if not doc:
        return "読み直す文書を選んでください。", gr.update(), gr.update()
    if not (settings.corpus_dir / doc).is_file():
        text = f"読み直せません: {doc} — 文書フォルダにこのファイルがありません。"
    else:
        text = after_update(live, [FileOutcome(doc, "reread")], frozenset({doc}), progress)
    return text, *document_table(live, doc)


def chosen_row(row: list | None):
    """A clicked row of the table chooses its file (column ファイル)."""
    return row[1] if row else gr.update()
