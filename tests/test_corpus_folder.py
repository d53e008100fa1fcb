"""The corpus folder as a user names it: a relative `--corpus` from another folder (CLI and page), and
symbolic links that leave the folder (refused and named, never read)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from assistant.documents import add_uploads
from assistant.live import LiveIndex
from assistant.settings import Settings
from index.update import update_index
from tests.conftest import ROOT
from assistant.testbed.made_documents import BODY_FACT, make_kpi_xlsx, make_plan_docx, make_plan_pdf


def _cli(cwd, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=cwd, env=env, timeout=600)


def test_relative_corpus_from_another_folder_indexes_pdf_docx_and_xlsx(tmp_path):
    work = tmp_path / "work"
    docs = work / "docs"
    docs.mkdir(parents=True)
    make_plan_pdf(docs / "plan.pdf", pages=4)
    make_plan_docx(docs / "facilities.docx", "公共施設等総合管理計画", "富士市")
    make_kpi_xlsx(docs / "kpi.xlsx", "KPI一覧")

    index = _cli(work, "index", "--corpus", "docs", "--index", "idx")
    assert index.returncode == 0, index.stderr
    assert "問題" not in index.stderr, index.stderr
    assert "追加 3 件" in index.stderr

    search = _cli(work, "search", "--corpus", "docs", "--index", "idx", "--no-update", "--json", "創業支援件数")
    hits = json.loads(search.stdout)["hits"]
    assert {h["doc"] for h in hits} == {"plan.pdf", "facilities.docx", "kpi.xlsx"}
    assert any(h["doc"] == "plan.pdf" and "48件" in h["text"] for h in hits)


def test_page_with_relative_corpus_indexes_an_upload(tmp_path, monkeypatch, embedder, tokenizer):
    """`python ui.py --corpus docs` run elsewhere: what the page does with an upload (place it, update)."""
    work = tmp_path / "work"
    (work / "docs").mkdir(parents=True)
    (work / "docs" / "a.txt").write_text("■ 観光\n観光入込客数は増加しています。\n", encoding="utf-8")
    upload = make_plan_pdf(tmp_path / "plan.pdf", pages=4)
    monkeypatch.chdir(work)
    settings = Settings(corpus_dir=Path("docs"), index_dir=work / "idx")
    live = LiveIndex(settings, embedder, tokenizer)
    live.open()
    outcomes = add_uploads(settings.corpus_dir, [("plan.pdf", upload)], False, settings.max_upload_bytes,
                           settings.ingest_limits())
    assert [o.action for o in outcomes] == ["added"]
    report = live.update()
    assert report.added == ["plan.pdf"] and not report.problems
    assert BODY_FACT[:8] in live.assistant.documents["plan.pdf"].text


def test_link_leaving_the_corpus_is_refused_and_named(tmp_path, embedder, tokenizer):
    outside = tmp_path / "secret.txt"
    outside.write_text("■ 人事\n職員の給与明細は非公開です。\n", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("■ 観光\n観光入込客数は増加しています。\n", encoding="utf-8")
    (corpus / "b.txt").write_text("■ 防災\n地域防災マスターを16名認定しました。\n", encoding="utf-8")
    (corpus / "secret.txt").symlink_to(outside)
    (corpus / "shared").symlink_to(tmp_path, target_is_directory=True)
    (corpus / "same.txt").symlink_to(corpus / "b.txt")          # a link inside the folder is a file of it

    report = update_index(corpus, tmp_path / "index", embedder, tokenizer)
    assert sorted(report.added) == ["a.txt", "b.txt", "same.txt"]
    refused = dict(report.problems)
    assert set(refused) == {"secret.txt", "shared"}
    assert "文書フォルダの外" in refused["secret.txt"]
    assert any("問題: secret.txt — 文書フォルダの外" in line for line in report.lines())

    from assistant.service import Assistant
    answer = Assistant.open(tmp_path / "index", embedder, tokenizer).ask("給与明細は？")
    assert "非公開" not in answer.answer and all(c.doc != "secret.txt" for c in answer.citations)
