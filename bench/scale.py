"""Scale benchmark: the real corpus recombined to N passages, served by the real code. Prints one table.

    python bench/scale.py --sizes 10000 100000 1000000

How the corpora are made: assistant/testbed/synthetic.py (the real corpus's passages recombined).

The index is written as one segment (what a full build writes). Serving is measured in a fresh
process (`--serve`) so resident memory is that of a server, not of this builder: open time, RSS after
the dev questions, search and ask latency, recall@10 of the dense search the server uses against
exact search (dev questions plus 200 passage vectors as queries), and then an incremental update that
adds one 10-page document (real reading, tokenising and embedding) and the reload that follows, with
a check that the update wrote only a new segment (every file of the old segment unchanged).
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.service import Assistant  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from index.embedders import make_embedder  # noqa: E402
from index.threads import configure_threads  # noqa: E402
from index.segments import APPROXIMATE_FROM  # noqa: E402
from index.store import SEGMENTS, SegmentCache, open_generation  # noqa: E402
from index.tokenizer import JapaneseTokenizer  # noqa: E402
from index.update import needs_update, update_index  # noqa: E402
from quantiles import percentile  # noqa: E402  (bench/quantiles.py)
from assistant.testbed.synthetic import build_synthetic  # noqa: E402
from workload import dev_questions, rss_mb, ten_pages  # noqa: E402  (bench/workload.py)


def file_states(directory: Path) -> dict[str, tuple[int, int, int]]:
    return {str(p.relative_to(directory)): (p.stat().st_ino, p.stat().st_size, p.stat().st_mtime_ns)
            for p in directory.rglob("*") if p.is_file()}


def serve(index_dir: Path, corpus: Path) -> dict:
    """In a fresh process: open like the server does, answer the dev questions, measure, then add a document."""
    embedder, tokenizer = make_embedder(Settings().embedder), JapaneseTokenizer()
    questions = dev_questions()
    embedder.encode_query("起動")  # the model's first call allocates its buffers
    before = rss_mb()
    cache = SegmentCache()
    started = time.perf_counter()
    assistant = Assistant.open(index_dir, embedder, tokenizer, cache=cache)
    open_s = time.perf_counter() - started
    search_ms, ask_ms = [], []
    for _ in range(2):
        for q in questions:
            s = time.perf_counter()
            assistant.search(q, 5)
            search_ms.append((time.perf_counter() - s) * 1000)
            s = time.perf_counter()
            assistant.ask(q)
            ask_ms.append((time.perf_counter() - s) * 1000)
    serve_mb = rss_mb()
    searcher = assistant.searcher
    generation = searcher.data
    rng = np.random.default_rng(7)
    segment = max(generation.segments, key=lambda seg: seg.rows)
    probes = [np.asarray(segment.vectors[i]) for i in rng.choice(segment.rows, 200, replace=False)]
    queries = [embedder.encode_query(q) for q in questions] + probes
    hits = total = 0
    approx_ms, exact_ms = [], []
    for vector in queries:
        s = time.perf_counter()
        approx = searcher.dense_ranking_for_vector(vector, 10, approximate=True)
        approx_ms.append((time.perf_counter() - s) * 1000)
        s = time.perf_counter()
        exact = searcher.dense_ranking_for_vector(vector, 10, approximate=False)
        exact_ms.append((time.perf_counter() - s) * 1000)
        hits += len({k for k, _ in approx} & {k for k, _ in exact})
        total += len(exact)
    old_segments = {name: file_states(index_dir / SEGMENTS / name) for name in (s.name for s in generation.segments)}
    (corpus / "zz_new_10pages.txt").write_text(ten_pages(), encoding="utf-8")
    started = time.perf_counter()
    report = update_index(corpus, index_dir, embedder, tokenizer)
    update_s = time.perf_counter() - started
    started = time.perf_counter()
    reloaded = Assistant.open(index_dir, embedder, tokenizer, cache=cache)
    reload_s = time.perf_counter() - started
    found = reloaded.search("十勝地域 農業と観光の連携 第7期", 3)
    untouched = all(file_states(index_dir / SEGMENTS / name) == states for name, states in old_segments.items())
    new_docs = {doc for name in report.new_segments for doc in
                json.loads((index_dir / SEGMENTS / name / "segment.json").read_text(encoding="utf-8"))["documents"]}
    return {
        "open_s": open_s, "rss_added_mb": serve_mb - before, "rss_mb": serve_mb,
        "search": [statistics.median(search_ms), percentile(search_ms, 0.95)],
        "ask": [statistics.median(ask_ms), percentile(ask_ms, 0.95)],
        "approximate": any(seg.dense is not None for seg in generation.segments),
        "recall": hits / total, "dense_ms": [statistics.median(approx_ms), statistics.median(exact_ms)],
        "update_s": update_s, "reload_s": reload_s, "embedded": report.embedded_passages,
        "only_new": untouched and new_docs == {"zz_new_10pages.txt"} and not report.merged_segments,
        "found_new": bool(found) and found[0].passage.doc == "zz_new_10pages.txt",
        "disk_mb": sum(f.stat().st_size for f in index_dir.rglob("*") if f.is_file()) / 2**20,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--approximate-from", type=int, default=APPROXIMATE_FROM)
    parser.add_argument("--serve", nargs=2, metavar=("INDEX", "CORPUS"), help=argparse.SUPPRESS)
    parser.add_argument("--keep", action="store_true", help="keep the built corpora (their paths are printed)")
    args = parser.parse_args()
    configure_threads(0)
    if args.serve:
        print(json.dumps(serve(Path(args.serve[0]), Path(args.serve[1]))))
        return
    embedder, tokenizer = make_embedder(Settings().embedder), JapaneseTokenizer()
    settings = Settings(corpus_dir=ROOT / "corpus")
    base_index = settings.resolved_index_dir()
    if needs_update(settings.corpus_dir, base_index):
        update_index(settings.corpus_dir, base_index, embedder, tokenizer)
    base_passages = open_generation(base_index).passages()
    texts = [p.search_text for p in base_passages[:64]]
    embedder.encode_passages(texts[:4])
    started = time.perf_counter()
    embedder.encode_passages(texts)
    throughput = len(texts) / (time.perf_counter() - started)
    mean_chars = statistics.mean(len(t) for t in texts)
    questions = dev_questions()
    single = []
    for q in questions:
        s = time.perf_counter()
        embedder.encode_query(q)
        single.append((time.perf_counter() - s) * 1000)
    rows = []
    for size in args.sizes:
        work = Path(tempfile.mkdtemp(prefix=f"scale-{size}-"))
        corpus, index_dir = work / "corpus", work / "index"
        built = build_synthetic(base_index, settings.corpus_dir, corpus, index_dir, size, tokenizer, args.approximate_from)
        out = subprocess.run([sys.executable, __file__, "--serve", str(index_dir), str(corpus)],
                             capture_output=True, text=True, check=True)
        served = json.loads(out.stdout.strip().splitlines()[-1])
        rows.append((size, built, served))
        print(f"# {size:,}: {json.dumps({**built, **served})}", flush=True)
        if args.keep:
            print(f"# kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"embedder {embedder.id}: {throughput:.1f} passages/s (batch of {len(texts)}, mean {mean_chars:.0f} characters, "
          f"2 threads), single query p50 {statistics.median(single):.1f} ms")
    print("| passages | write index (s) | embed at measured rate (s, est.) | disk (MB) | open (s) | RSS serving (MB) "
          "| search p50/p95 (ms) | ask p50/p95 (ms) | dense search | recall@10 vs exact | dense / exact (ms) "
          "| add one 10-page doc: update + reload (s) | update touched only the new document |")
    print("|" + "---|" * 13)
    for size, b, s in rows:
        print(f"| {size:,} | {b['write_s']:.1f} | {size / throughput:.0f} | {s['disk_mb']:.0f} | {s['open_s']:.1f} | "
              f"{s['rss_mb']:.0f} | {s['search'][0]:.1f} / {s['search'][1]:.1f} | {s['ask'][0]:.1f} / {s['ask'][1]:.1f} | "
              f"{'IVF-SQ8 + exact rescoring' if s['approximate'] else 'exact'} | {s['recall']:.3f} | "
              f"{s['dense_ms'][0]:.2f} / {s['dense_ms'][1]:.2f} | {s['update_s']:.2f} + {s['reload_s']:.2f} "
              f"({s['embedded']} passages embedded) | {'yes' if s['only_new'] else 'NO'}"
              f"{'' if s['found_new'] else ' (new document not found!)'} |")


if __name__ == "__main__":
    main()
