"""The 文書 tab's form for a document's title, issuer, date, edition and URL: saved as its sidecar
(ingest.sidecar), then that document is read again."""
from __future__ import annotations

import gradio as gr

from assistant.live import LiveIndex
from assistant.settings import Settings
from assistant.source_view import corpus_file
from index.errors import IndexError_, UpdateBusy
from ingest.sidecar import SIDECAR_DIR, write_sidecar

META_FIELDS = (("title", "題名"), ("issuer", "発行者"), ("date", "発行日（例: 令和7年3月）"), ("edition", "版（例: 第2期、改訂版）"),
               ("source_url", "入手元 URL"))


def document_choices(live: LiveIndex):
    """The form's chooser: every indexed document."""
    return gr.update(choices=sorted(live.assistant.documents))


def load_metadata(live: LiveIndex, doc: str | None) -> list:
    """The form's boxes for `doc`: what the index holds for it (empty for no document)."""
    document = live.assistant.documents.get(doc or "")
    if document is None:
        return [gr.update(value="") for _ in META_FIELDS]
    return [gr.update(value=getattr(document, name) or "") for name, _ in META_FIELDS]


def save_metadata(live: LiveIndex, settings: Settings, doc: str | None, *values: str) -> str:
    """The boxes written as `doc`'s sidecar and the document read again; what happened, in Japanese."""
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
