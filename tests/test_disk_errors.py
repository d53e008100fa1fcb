"""A full or read-only index disk: one Japanese line naming the folder and what to do, a non-zero exit, and
the index published before keeps answering (`ask`/`search` with or without --no-update, and the page).

A full disk is made by raising ENOSPC where index/ writes a segment (index.update.write_segment) and a
read-only folder by raising EROFS where it takes the update lock: the one place these tests use a mock,
because a tiny full file system or a read-only mount needs root (and root writes into a chmod 555 folder
anyway); the read-only folder is also tested for real when the tests do not run as root."""
from __future__ import annotations

import errno
import os
import stat
from contextlib import contextmanager

import pytest

import index.update
from assistant import cli
from assistant.documents import FileOutcome, outcome_messages
from assistant.live import LiveIndex
from assistant.settings import Settings
from index.errors import IndexWriteFailed
from index.update import update_index


def _full_disk(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device", "segments/.tmp-seg")


def _read_only_lock(index_dir, wait):
    raise OSError(errno.EROFS, "Read-only file system", str(index_dir / "LOCK"))


@pytest.fixture()
def indexed(small_corpus, tmp_path, embedder, tokenizer):
    """The small corpus indexed, then a new document added that the next update must write."""
    index_dir = tmp_path / "index"
    update_index(small_corpus, index_dir, embedder, tokenizer)
    (small_corpus / "d.txt").write_text("■ 農業\n新規就農者は12名でした。\n", encoding="utf-8")
    return small_corpus, index_dir


@pytest.mark.parametrize("fault", ["full", "read_only"])
def test_cli_says_one_japanese_line_and_the_previous_index_answers(indexed, monkeypatch, capsys, fault):
    corpus, index_dir = indexed
    if fault == "full":
        monkeypatch.setattr(index.update, "write_segment", _full_disk)
    else:
        monkeypatch.setattr(index.update, "update_lock", contextmanager(_read_only_lock))
    where = ["--corpus", str(corpus), "--index", str(index_dir)]

    assert cli.main(["index", *where]) == 1
    said = [line for line in capsys.readouterr().err.splitlines() if line.strip() and "件/s" not in line]  # not the progress bar
    assert len(said) == 1 and str(index_dir) in said[0], said
    assert ("空きがありません" if fault == "full" else "書き込めません") in said[0]
    assert "Error" not in said[0] and "Errno" not in said[0] and "前の索引はそのまま使えます" in said[0]

    for update in ([], ["--no-update"]):
        assert cli.main(["ask", *where, *update, "地域防災マスターは何名認定しましたか？"]) == 0
        out = capsys.readouterr()
        assert "16名" in out.out, out
        assert cli.main(["search", *where, *update, "--json", "イワシの漁獲量"]) == 0
        assert "c.txt" in capsys.readouterr().out
    assert not list((index_dir / "segments").glob(".tmp-*"))   # nothing half-written stays


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only (chmod 555) folder anyway")
def test_real_read_only_index_folder(indexed, capsys):
    corpus, index_dir = indexed
    modes = {}
    for path in [index_dir, *index_dir.rglob("*")]:
        modes[path] = path.stat().st_mode
        path.chmod(modes[path] & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        where = ["--corpus", str(corpus), "--index", str(index_dir)]
        assert cli.main(["index", *where]) == 1
        assert "書き込めません" in capsys.readouterr().err
        assert cli.main(["ask", *where, "地域防災マスターは何名認定しましたか？"]) == 0
        assert "16名" in capsys.readouterr().out
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


def test_page_keeps_answering_and_says_the_upload_is_not_indexed(indexed, monkeypatch, embedder, tokenizer):
    corpus, index_dir = indexed
    live = LiveIndex(Settings(corpus_dir=corpus, index_dir=index_dir), embedder, tokenizer)
    monkeypatch.setattr(index.update, "write_segment", _full_disk)
    live.open()    # the corpus changed but the disk is full: the page starts on the index it has
    assert "空きがありません" in live.write_problem
    with pytest.raises(IndexWriteFailed) as failure:
        live.update()
    assert "16名" in live.assistant.ask("地域防災マスターは何名認定しましたか？").answer
    lines = outcome_messages([FileOutcome("d.txt", "added")], None) + [str(failure.value)]
    assert "索引には入っていません" in lines[0] and str(index_dir) in lines[-1]
