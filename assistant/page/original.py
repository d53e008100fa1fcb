"""The page's own route for original PDFs: `GET /original/<doc>`, opened at the cited page (#page=N)."""
from __future__ import annotations

import urllib.parse

import gradio as gr
from fastapi import HTTPException, Request          # Gradio runs on FastAPI
from fastapi.responses import FileResponse

from assistant.live import LiveIndex
from assistant.settings import Settings
from assistant.source_view import corpus_file

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
