"""Managing the corpus from the page: add, replace, remove and re-read documents, and each file's state.

An upload is read once before it goes into the corpus (the same bounded reader the index uses), so a
file that cannot be read never replaces a document that answers today; a replacement is asked for
(`overwrite`), never assumed. Messages are composed only after the index update, from what happened
to each file, one line per file, in Japanese.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from assistant.uploads import UploadRejected, corpus_target, discard_upload, publish_upload, stage_upload
from index.errors import disk_problem
from index.corpus_files import corpus_files
from index.update import UpdateReport
from ingest.errors import IngestError
from ingest.readers.sandbox import IngestLimits, ingest_bounded

INDEXED = "索引済み"


@dataclass(frozen=True)
class DocumentRow:
    """One line of the 文書 tab: a corpus file or indexed document and its state in words."""

    doc: str
    title: str
    pages: int | None
    passages: int
    added_at: str
    state: str   # 「索引済み」, or the problem in Japanese


@dataclass(frozen=True)
class FileOutcome:
    """What became of one file the user acted on."""

    name: str
    action: str        # a key of VERBS
    reason: str = ""


def japanese_time(iso: str) -> str:
    """「2026-12-06T13:06:19」 -> 「2026年12月6日 13:06」 (as the page speaks); "" stays ""."""
    try:
        moment = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso or ""
    return f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M}"


def document_rows(corpus_dir: Path, entries: dict[str, dict], problems: list[dict]) -> list[DocumentRow]:
    """Every indexed document and every corpus file, with its state (indexed, its problem, or waiting)."""
    reasons: dict[str, list[str]] = {}
    for item in problems:
        reasons.setdefault(item["doc"], []).append(item["reason"])
    rows = []
    for doc, entry in sorted(entries.items()):
        problem = " / ".join(reasons.pop(doc, []))
        rows.append(DocumentRow(doc, entry.get("title", ""), entry.get("pages"), entry.get("passages", 0),
                                japanese_time(entry.get("added_at", "")), f"{INDEXED}（新しい版は読めません: {problem}）" if problem
                                else INDEXED))
    for doc, why in sorted(reasons.items()):
        rows.append(DocumentRow(doc, "", None, 0, "", "索引に入っていません: " + " / ".join(why)))
    listed = {row.doc for row in rows}
    on_disk = [p.relative_to(corpus_dir).as_posix() for p in corpus_files(corpus_dir)] if corpus_dir.is_dir() else []
    rows += [DocumentRow(doc, "", None, 0, "", "まだ索引に入っていません（次の更新で読み込みます）")
             for doc in on_disk if doc not in listed]
    return rows


def existing_names(corpus_dir: Path, names: list[str]) -> list[str]:
    """The corpus names uploads of these names would replace."""
    found = []
    for name in names:
        try:
            target = corpus_target(corpus_dir, name)
        except UploadRejected:
            continue
        if target.exists():
            found.append(target.name)
    return found


def overwrite_question(names: list[str]) -> str:
    return (f"同じ名前の文書があります: {'、'.join(names)}。上書きしますか？"
            "（新しい版の索引ができるまでは、今の版で答えます）")


def removal_question(doc: str) -> str:
    return f"「{doc}」を削除します。文書フォルダからファイルが消え、索引からも外れます。よろしいですか？"


def add_uploads(corpus_dir: Path, files: list[tuple[str, Path]], overwrite: bool, max_bytes: int,
                limits: IngestLimits) -> list[FileOutcome]:
    """Check, read and place each uploaded (name, temp file); a same-named document is replaced only with
    `overwrite`. Nothing that cannot be read enters the corpus."""
    outcomes = []
    for original, temp_path in files:
        try:
            upload = stage_upload(corpus_dir, original, temp_path, max_bytes)
        except UploadRejected as exc:
            outcomes.append(FileOutcome(exc.name, "refused", exc.reason))
            continue
        if upload.replaces and not overwrite:
            discard_upload(upload)
            outcomes.append(FileOutcome(upload.name, "kept", "同じ名前の文書が既にあります。"))
            continue
        try:
            ingest_bounded(upload.staged, upload.staged.parent, limits)
        except IngestError as exc:
            discard_upload(upload)
            kept = "（今の版を残しています）" if upload.replaces else ""
            outcomes.append(FileOutcome(upload.name, "refused", exc.reason + kept))
            continue
        publish_upload(corpus_dir, upload)
        outcomes.append(FileOutcome(upload.name, "replaced" if upload.replaces else "added"))
    return outcomes


def remove_document(corpus_dir: Path, doc: str) -> FileOutcome:
    """Delete a document's file from the corpus (the next update drops it from the index)."""
    corpus = corpus_dir.resolve()
    path = (corpus / doc).resolve()
    if corpus not in path.parents or not path.is_file():
        return FileOutcome(doc, "not_removed", "文書フォルダにこのファイルがありません。")
    try:
        path.unlink()
    except OSError as exc:
        return FileOutcome(doc, "not_removed", disk_problem("文書フォルダ", path.parent, exc))
    return FileOutcome(doc, "removed")


VERBS = {"added": "追加しました", "replaced": "置き換えました（新しい版で答えます）", "removed": "削除しました",
         "reread": "読み直しました", "refused": "追加できません", "kept": "上書きしませんでした",
         "not_removed": "削除できません"}
FAILED = ("refused", "kept", "not_removed")


def outcome_messages(outcomes: list[FileOutcome], report: UpdateReport | None) -> list[str]:
    """One line per file, saying what happened once the index update is done, then the index's totals."""
    problems = dict(report.problems) if report else {}
    lines = []
    for o in outcomes:
        if o.action in FAILED:
            lines.append(f"{VERBS[o.action]}: {o.name} — {o.reason}")
        elif report is None:   # the update failed or waits: the reason follows these lines
            lines.append(f"{o.name}: 文書フォルダには反映しましたが、索引には入っていません（今の索引で答えます）。"
                         "下の理由を直してから「読み直す」を押してください。")
        elif o.name in problems:
            lines.append(f"読めませんでした: {o.name} — {problems[o.name]}")
        else:
            lines.append(f"{VERBS[o.action]}: {o.name}")
    if report is not None:
        lines.append(f"索引: 文書 {report.documents} 件、パッセージ {report.passages} 件（更新 {report.seconds:.1f} 秒）")
    return lines
