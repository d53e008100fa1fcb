"""`index --engine ray`: the same index built on Ray, locally and on a two-node cluster on this machine,
with a worker killed mid-task; compared with the local build passage by passage, record by record,
vector by vector and answer by answer on the dev questions.

Ray is the optional `cluster` extra: without it these tests are skipped (and say so).
"""
from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import pytest

ray = pytest.importorskip("ray", reason="Ray is not installed: pip install -e '.[cluster]' to run the Ray build tests")

from assistant.service import Assistant  # noqa: E402
from index.embedders import make_embedder  # noqa: E402
from index.errors import BuildFailed  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from index.ray_build import EmbedderSpec, RayOptions, RaySegmentWriter, connect, partition  # noqa: E402
from index.store import current_generation, open_generation  # noqa: E402
from index.update import update_index  # noqa: E402
from tests.conftest import CORPUS, ROOT, dev_questions  # noqa: E402

RAY_BIN = Path(sys.executable).with_name("ray")

MADE = {
    "made_01_防災計画.txt": "■ 第２章 地域防災の推進\n"
    "地域防災マスターの認定者数を令和８年度までに120名とすることを目標とします。\n"
    "自主防災組織の結成率は、令和５年度末で78.4％となっています。\n"
    "■ 第３章 避難体制の整備\n福祉避難所の指定を進め、要配慮者の避難訓練を毎年実施します。\n",
    "made_02_交通戦略.txt": "■ 地域公共交通の確保\n"
    "路線バスの利用者数は令和元年度の41万人から令和５年度には33万人に減少しました。\n"
    "デマンド交通の運行区域を拡大し、通院と買い物の移動手段を確保します。\n",
}


def _made_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("第２期 まち・ひと・しごと創生総合戦略（改訂版）", 1)
    document.add_paragraph("基本目標１ 地域の産業を育て、安定した雇用を創出する")
    document.add_paragraph("新規就農者数は令和５年度に12人となり、目標の10人を上回りました。")
    document.save(path)


def made_corpus(target: Path) -> Path:
    """The bundled five, two made text documents, a made Word document and a file that cannot be read."""
    shutil.copytree(CORPUS, target)
    for name, text in MADE.items():
        (target / name).write_text(text, encoding="utf-8")
    _made_docx(target / "made_03_総合戦略.docx")
    (target / "made_04_壊れた.txt").write_bytes(bytes(range(256)) * 8)
    return target


@pytest.fixture(scope="module")
def local_reference(corpus_index, embedder, tokenizer, tmp_path_factory) -> tuple[Path, Path]:
    """(corpus, index): the made corpus indexed locally, as an update on top of the bundled corpus's index."""
    base = tmp_path_factory.mktemp("local")
    corpus = made_corpus(base / "corpus")
    index_dir = base / "index"
    shutil.copytree(corpus_index, index_dir)
    report = update_index(corpus, index_dir, embedder, tokenizer)
    assert sorted(report.added) == sorted([*MADE, "made_03_総合戦略.docx"]) and report.unchanged == 5
    return corpus, index_dir


PLAN_TEXTS = 300   # made plan texts added to the corpus of the two-node build


def recombined_plans(count: int) -> list[str]:
    """`count` distinct plan texts, each a heading and five sentences of the bundled corpus drawn at random
    (seeded). Distinct on purpose: templated near-copies tie at the top of a ranking, and which of two tied
    hits comes first is noise, not a difference between the builds."""
    import random
    import re

    sentences = sorted({s.strip() + "。" for path in sorted(CORPUS.glob("*.txt"))
                        for s in re.split(r"。", path.read_text(encoding="utf-8")) if 20 <= len(s.strip()) <= 160})
    rng = random.Random(15)
    areas = ["宗谷", "留萌", "上川", "空知", "石狩", "後志", "胆振", "日高", "渡島", "檜山", "十勝", "釧路", "根室"]
    return [f"■ {rng.choice(areas)}地域 第{k}号 取組計画\n" + "\n".join(rng.sample(sentences, 5)) + "\n"
            for k in range(count)]


FP32 = "e5:fp32"   # the default model in fp32: batch-independent to ~1e-7, so a fresh build compares hit for hit


@pytest.fixture(scope="module")
def fp32_embedder():
    return make_embedder(FP32)


@pytest.fixture(scope="module")
def fp32_reference(fp32_embedder, tokenizer, tmp_path_factory) -> tuple[Path, Path]:
    """(corpus, index): the made corpus built locally from scratch with the fp32 embedder.

    The two-node test builds from scratch too, so every passage is embedded in another batch than here. In bf16
    (the default where the CPU has it) that moves vectors in the last bits (cosine >= 0.9999) and can swap two
    near-tied hits at rank 5; fp32 keeps the comparison exact where it matters: the same hits and answers.
    """
    base = tmp_path_factory.mktemp("fp32")
    corpus = made_corpus(base / "corpus")
    for k, text in enumerate(recombined_plans(PLAN_TEXTS)):  # a few hundred more, so the partitions carry real work
        (corpus / f"plan_{k:04d}.txt").write_text(text, encoding="utf-8")
    update_index(corpus, base / "index", fp32_embedder, tokenizer)
    return corpus, base / "index"


@pytest.fixture(scope="module")
def local_ray():
    """Ray started in this process on this machine's two cores, for the tests that call the writer directly."""
    connect(None, num_cpus=2)
    yield
    ray.shutdown()


def ray_writer(embedder, partitions: int | None = None, spec: str | None = None) -> RaySegmentWriter:
    """Workers build the same embedder as the tests' own (the default one) from its spec."""
    return RaySegmentWriter(EmbedderSpec(spec or Settings().embedder), embedder.id, options=RayOptions(partitions=partitions))


def assert_same_index(built: Path, reference: Path, embedder, tokenizer) -> None:
    """Same documents, passages (in order), records, vectors (within the embedder's float tolerance) and answers
    on the dev questions. The default embedder runs in bf16 where the CPU has it: a passage embedded in another
    batch (another partition) differs in the last bits, so vectors are compared by cosine, not bit for bit."""
    a, b = open_generation(built), open_generation(reference)
    assert [p for p in a.passages()] == [p for p in b.passages()]
    va, vb = np.asarray(a.vectors(), dtype=np.float64), np.asarray(b.vectors(), dtype=np.float64)
    assert va.shape == vb.shape
    cosine = (va * vb).sum(axis=1) / (np.linalg.norm(va, axis=1) * np.linalg.norm(vb, axis=1))
    assert cosine.min() >= 0.9999, (cosine.min(), np.abs(va - vb).max())
    assert a.plans == b.plans
    fields = ("content_hash", "title", "pages", "passages")
    assert {d: tuple(e[f] for f in fields) for d, e in a.entries.items()} == \
           {d: tuple(e[f] for f in fields) for d, e in b.entries.items()}
    assert sorted((p["doc"], p["reason"]) for p in a.problems) == sorted((p["doc"], p["reason"]) for p in b.problems)
    one, other = Assistant.open(built, embedder, tokenizer), Assistant.open(reference, embedder, tokenizer)
    for question in dev_questions():
        hits = [(h.passage.passage_id, h.passage.doc) for h in one.search(question, 5)]
        assert hits == [(h.passage.passage_id, h.passage.doc) for h in other.search(question, 5)], question
        assert one.ask(question).to_json() == other.ask(question).to_json(), question


def test_partitions_keep_file_order_and_cover_every_file(tmp_path):
    files = []
    for i, size in enumerate([50, 10, 10, 200, 10, 10, 10]):
        files.append(tmp_path / f"{i}.txt")
        files[-1].write_bytes(b"x" * size)
    parts = partition(files, 3)
    assert [f for part in parts for f in part] == files and len(parts) == 3 and all(parts)
    assert partition(files[:2], 8) == [[files[0]], [files[1]]]


def test_an_unreachable_cluster_is_named_and_the_index_kept(embedder, tokenizer, small_corpus, tmp_path):
    assert not ray.is_initialized()  # runs before the tests that start Ray in this process (file order)
    index_dir = tmp_path / "index"
    update_index(small_corpus, index_dir, embedder, tokenizer)
    before = current_generation(index_dir)
    (small_corpus / "d.txt").write_text("■ 交通\nサイクルトレインの参加者は39名でした。\n", encoding="utf-8")
    address = f"127.0.0.1:{_free_port()}"  # nothing listens there
    writer = RaySegmentWriter(EmbedderSpec(Settings().embedder), embedder.id, options=RayOptions(address=address))
    with pytest.raises(BuildFailed, match=f"Ray クラスタ {address} に接続できません"):
        update_index(small_corpus, index_dir, embedder, tokenizer, writer=writer)
    assert current_generation(index_dir) == before


def test_local_ray_build_and_incremental_update_equal_the_local_ones(local_ray, corpus_index, local_reference,
                                                                    embedder, tokenizer, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    index_dir = tmp_path / "index"
    writer = ray_writer(embedder, partitions=3)
    report = update_index(corpus, index_dir, embedder, tokenizer, writer=writer)
    assert report.published and len(report.new_segments) == 3 and len(writer.tasks) == 3
    assert_same_index(index_dir, corpus_index, embedder, tokenizer)

    for path in local_reference[0].glob("made_*"):  # the made documents arrive: only they are sent out
        shutil.copy2(path, corpus / path.name)  # (the same bytes: a Word file records when it was made)
    writer = ray_writer(embedder)
    report = update_index(corpus, index_dir, embedder, tokenizer, writer=writer)
    assert report.unchanged == 5 and sum(t.files for t in writer.tasks) == 4
    assert sorted(report.added) == sorted([*MADE, "made_03_総合戦略.docx"])
    assert [doc for doc, _ in report.problems] == ["made_04_壊れた.txt"]
    assert report.embedded_passages == sum(t.passages for t in writer.tasks) > 0
    assert_same_index(index_dir, local_reference[1], embedder, tokenizer)


def test_a_task_that_fails_for_good_publishes_nothing(local_ray, embedder, tokenizer, small_corpus, tmp_path):
    index_dir = tmp_path / "index"
    update_index(small_corpus, index_dir, embedder, tokenizer)
    before = current_generation(index_dir)
    segments = sorted(p.name for p in (index_dir / "segments").iterdir())
    (small_corpus / "d.txt").write_text("■ 交通\nサイクルトレインの参加者は39名でした。\n", encoding="utf-8")
    # the workers cannot load this model (the driver's embedder is fine): every task fails
    writer = ray_writer(embedder, spec="st:/nonexistent/model")
    with pytest.raises(BuildFailed, match="何も公開していません"):
        update_index(small_corpus, index_dir, embedder, tokenizer, writer=writer)
    assert current_generation(index_dir) == before
    assert sorted(p.name for p in (index_dir / "segments").iterdir()) == segments


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def two_node_cluster():
    """A head node and a second node (resource `node2`), one CPU each, on this machine; stopped afterwards.
    Each `ray start --block` owns its processes: ending it (and its process group) stops that node only."""
    temp = Path(tempfile.mkdtemp(prefix="ray", dir="/tmp"))  # short: Ray's socket paths must stay under 108 bytes
    port = _free_port()
    env = {**os.environ, "RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": secrets.token_hex(16),
           "PYTHONPATH": str(ROOT)}
    common = ["--num-cpus=1", "--object-store-memory=80000000", "--disable-usage-stats", "--block"]
    nodes = []
    try:
        for name, args in (("head", ["--head", f"--port={port}", f"--temp-dir={temp}", "--include-dashboard=false"]),
                           ("node2", [f"--address=127.0.0.1:{port}", '--resources={"node2": 1}'])):
            log = temp / f"{name}.log"
            nodes.append(subprocess.Popen([str(RAY_BIN), "start", *args, *common], env=env, start_new_session=True,
                                          stdout=open(log, "w"), stderr=subprocess.STDOUT))
            deadline = time.monotonic() + 90
            while "Ray runtime started" not in log.read_text(errors="replace"):
                assert nodes[-1].poll() is None and time.monotonic() < deadline, log.read_text(errors="replace")[-2000:]
                time.sleep(0.5)
        yield f"127.0.0.1:{port}", env
    finally:
        for node in reversed(nodes):
            node.send_signal(signal.SIGTERM)
        for node in reversed(nodes):
            try:
                node.wait(40)
            except subprocess.TimeoutExpired:
                pass
            try:
                os.killpg(node.pid, signal.SIGKILL)  # anything of that node still running
            except ProcessLookupError:
                pass
        shutil.rmtree(temp, ignore_errors=True)


def _task_processes() -> list[int]:
    """Worker processes running a build task now (Ray titles a busy worker `ray::<function>`)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "cmdline").read_bytes().startswith(b"ray::build_partition"):
                    found.append(int(entry.name))
            except OSError:
                pass
    return found


def _kill_one_task_worker(killed: list[int], stop: threading.Event) -> None:
    """SIGKILL the first worker seen running a build task, once it has worked for a second."""
    while not stop.is_set():
        running = _task_processes()
        if running:
            time.sleep(1.0)
            if running[0] in _task_processes():
                os.kill(running[0], signal.SIGKILL)
                killed.append(running[0])
                return
        time.sleep(0.1)


def test_two_node_build_with_a_killed_worker_equals_the_local_build(two_node_cluster, fp32_reference, fp32_embedder,
                                                                   tokenizer, tmp_path):
    address, env = two_node_cluster
    corpus = tmp_path / "corpus"
    shutil.copytree(fp32_reference[0], corpus)
    index_dir = tmp_path / "index"
    killed: list[int] = []
    stop = threading.Event()
    killer = threading.Thread(target=_kill_one_task_worker, args=(killed, stop), daemon=True)
    killer.start()
    try:
        done = subprocess.run([sys.executable, "-m", "assistant.cli", "index", "--corpus", str(corpus), "--index",
                               str(index_dir), "--engine", "ray", "--ray-address", address, "--ray-partitions", "4", "--embedder", FP32],
                              env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
    finally:
        stop.set()
        killer.join()
    assert done.returncode == 0, done.stderr[-3000:]
    assert killed, "no build task was seen running, so none was killed"
    assert "ノード 2 台" in done.stderr and "問題: made_04_壊れた.txt" in done.stderr
    assert not list((index_dir / "segments").glob(".tmp-*"))
    assert_same_index(index_dir, fp32_reference[1], fp32_embedder, tokenizer)


