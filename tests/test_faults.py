"""Crashes and concurrency: an update killed with SIGKILL at 20 random moments never costs the last good
index, and questions keep being answered (0 errors) while updates run beside them.
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from assistant.live import LiveIndex
from assistant.service import Assistant
from assistant.settings import Settings
from index.update import update_index
from tests.conftest import CORPUS, ROOT, dev_questions

QUESTIONS = ("地域防災マスターは何名認定されましたか？", "イワシの漁獲量はどうなっていますか？", "観光入込客数は増えていますか？")


def _corpus(path: Path, documents: int) -> Path:
    path.mkdir()
    topics = ("防災", "漁業", "観光", "農業", "医療", "交通", "教育", "環境")
    for i in range(documents):
        topic = topics[i % len(topics)]
        lines = [f"■ {topic}の取組 その{i}"] + [f"{topic}に関する第{i}号の施策として、地域の関係者と連携し事業{j}を進めます。"
                                              for j in range(12)]
        (path / f"doc{i:02d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (path / "base.txt").write_text("■ 防災\n地域防災マスターを16名認定しました。\n■ 漁業\n近年はイワシの漁獲量が増えています。\n"
                                   "■ 観光\n観光入込客数は増加しています。\n", encoding="utf-8")
    return path


def _answers(index_dir: Path, embedder, tokenizer) -> list[tuple]:
    assistant = Assistant.open(index_dir, embedder, tokenizer)
    return [(a.answer, tuple((c.doc, c.start, c.end) for c in a.citations))
            for a in map(assistant.ask, QUESTIONS)] + [tuple(sorted(assistant.documents))]


def _run_update(corpus: Path, index_dir: Path) -> subprocess.Popen:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    return subprocess.Popen([sys.executable, "-m", "assistant", "index", "--corpus", str(corpus), "--index", str(index_dir)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_update_killed_at_20_random_moments_leaves_the_last_good_index(tmp_path, embedder, tokenizer):
    corpus = _corpus(tmp_path / "corpus", 4)
    good = tmp_path / "good-index"
    update_index(corpus, good, embedder, tokenizer)
    before = _answers(good, embedder, tokenizer)
    for i in range(4, 24):  # the update to be killed adds 20 documents and changes one
        (corpus / f"new{i:02d}.txt").write_text(f"■ 追加{i}\n追加文書{i}では港湾の整備を進めます。\n" * 6, encoding="utf-8")
    with open(corpus / "base.txt", "a", encoding="utf-8") as f:
        f.write("■ 追記\n防災訓練を年2回実施します。\n")
    finished = tmp_path / "finished-index"
    shutil.copytree(good, finished)
    started = time.perf_counter()
    assert _run_update(corpus, finished).wait(600) == 0
    duration = time.perf_counter() - started
    after = _answers(finished, embedder, tokenizer)
    assert after != before

    moments = random.Random(20261123).sample([duration * k / 100 for k in range(5, 100)], 20)
    outcomes = []
    for moment in moments:
        index_dir = tmp_path / "killed"
        shutil.rmtree(index_dir, ignore_errors=True)
        shutil.copytree(good, index_dir)
        update = _run_update(corpus, index_dir)
        time.sleep(moment)
        update.send_signal(signal.SIGKILL)
        update.wait(30)
        state = _answers(index_dir, embedder, tokenizer)  # loads (checksums verified) and answers
        assert state in (before, after), f"killed at {moment:.2f}s: the index answers neither as before nor as after"
        outcomes.append("before" if state == before else "after")
    print(f"\nkill -9 at 20 moments over {duration:.1f} s: {outcomes.count('before')} left the previous index, "
          f"{outcomes.count('after')} the finished one, 0 anything else")
    assert "before" in outcomes, outcomes  # some kills did land mid-update
    report = update_index(corpus, index_dir, embedder, tokenizer)  # the lock is free and leftovers are cleared
    assert not list(index_dir.glob(".tmp-*")) and _answers(index_dir, embedder, tokenizer) == after
    assert report.problems == []


def test_four_clients_ask_for_30_seconds_while_updates_run(tmp_path, corpus_index, embedder, tokenizer):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    index_dir = tmp_path / "index"
    shutil.copytree(corpus_index, index_dir)
    live = LiveIndex(Settings(corpus_dir=corpus, index_dir=index_dir), embedder, tokenizer)
    live.open()
    questions = dev_questions()
    stop = time.perf_counter() + 30
    errors: list[str] = []
    answered = [0] * 4
    updates = []

    def client(n: int) -> None:
        rng = random.Random(n)
        while time.perf_counter() < stop:
            question = rng.choice(questions)
            try:
                answer = live.assistant.ask(question)
                if answer.found and not answer.citations:
                    errors.append(f"{question}: answer without citations")
                answered[n] += 1
            except Exception as exc:  # noqa: BLE001 - any failure is what this test counts
                errors.append(f"{question}: {type(exc).__name__}: {exc}")

    def updater() -> None:
        i = 0
        while time.perf_counter() < stop - 3:
            extra = corpus / "extra.txt"
            if extra.exists():
                extra.unlink()
            else:
                extra.write_text(f"■ 追加{i}\n港湾の整備を進めます{i}。\n" * 20, encoding="utf-8")
            try:
                updates.append(live.update().published)
            except Exception as exc:  # noqa: BLE001
                errors.append(f"update: {type(exc).__name__}: {exc}")
            i += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(4)] + [threading.Thread(target=updater)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    print(f"\nload: {sum(answered)} answers in {elapsed:.1f} s = {sum(answered) / elapsed:.1f} questions/s "
          f"(4 clients), {len(updates)} updates published meanwhile")
    assert errors == []
    assert sum(updates) >= 2 and min(answered) > 0


def test_a_generation_published_by_the_cli_is_picked_up_by_the_running_page(small_corpus, tmp_path, embedder, tokenizer):
    index_dir = tmp_path / "index"
    live = LiveIndex(Settings(corpus_dir=small_corpus, index_dir=index_dir), embedder, tokenizer)
    live.open()
    assert "d.txt" not in live.assistant.documents
    (small_corpus / "d.txt").write_text("■ 医療\n釧路で遠隔医療の実証を始めました。\n", encoding="utf-8")
    assert _run_update(small_corpus, index_dir).wait(300) == 0
    deadline = time.monotonic() + 30
    while "d.txt" not in live.assistant.documents and time.monotonic() < deadline:
        time.sleep(0.5)
    assert "d.txt" in live.assistant.documents


def test_a_second_update_waits_or_says_one_is_running(small_corpus, tmp_path, embedder, tokenizer):
    from index.errors import UpdateBusy
    from index.update import update_lock

    index_dir = tmp_path / "index"
    update_index(small_corpus, index_dir, embedder, tokenizer)
    (small_corpus / "d.txt").write_text("■ 医療\n遠隔医療の実証を始めました。\n", encoding="utf-8")
    held, release = threading.Event(), threading.Event()

    def first_update() -> None:  # holds the lock as a running update does
        with update_lock(index_dir, 0):
            held.set()
            release.wait(10)

    holder = threading.Thread(target=first_update)
    holder.start()
    held.wait(10)
    try:
        update_index(small_corpus, index_dir, embedder, tokenizer, lock_wait=0)
        raise AssertionError("a second update ran beside the first")
    except UpdateBusy as exc:
        assert "別の索引更新が実行中です" in str(exc)
    assert "d.txt" not in Assistant.open(index_dir, embedder, tokenizer).documents
    threading.Timer(1.0, release.set).start()
    report = update_index(small_corpus, index_dir, embedder, tokenizer, lock_wait=10)  # waits, then runs
    holder.join()
    assert report.added == ["d.txt"]
    assert report.lines()[0].startswith("別の索引更新が終わるのを ") and "秒待ってから更新しました" in report.lines()[0]
