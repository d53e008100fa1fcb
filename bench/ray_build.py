"""Ray build benchmark: passages/s against the number of Ray workers on this machine, the driver's
check, publish and merge cost, and a projection for 1M passages on 8, 32 and 128 workers. Prints tables.

    python bench/ray_build.py --made 120 --workers 1 2

The corpus: the bundled five documents plus `--made` made documents (short plan texts written here from
templates: area × topic × figures, one or two passages each), so every passage is really read, tokenised
and embedded (nothing reused). Each run is a full build (`--rebuild`) into a fresh index:
- `local`: the default engine (one process, the default embedder on both cores);
- `ray ×W`: Ray started locally with W CPUs, 2·W partitions, one task per partition (one core each).
Ray's start-up is measured apart (a cluster is started once and serves many builds).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.settings import Settings  # noqa: E402
from index.embedders import make_embedder  # noqa: E402
from index.threads import configure_threads  # noqa: E402
from index.store import SEGMENTS  # noqa: E402
from index.segments import sha256_of  # noqa: E402
from index.tokenizer import JapaneseTokenizer  # noqa: E402
from index.update import update_index  # noqa: E402
from ingest.places.gazetteer import HOKKAIDO_AREAS  # noqa: E402

UNLOADED_PER_CORE = 36.6  # the default embedder (e5) with nothing else running: 73.3 passages/s on 2 cores
                          # (bench/embedding.py, docs/performance.md)

TOPICS = (
    ("観光の振興", "観光入込客数", "万人", "外国人観光客の受入体制を整え、滞在型観光を進めます"),
    ("移住・定住の促進", "移住者数", "人", "お試し暮らし住宅の利用と仕事の紹介を組み合わせて支援します"),
    ("農業の担い手確保", "新規就農者数", "人", "研修農場での実習と就農後の経営相談を続けます"),
    ("地域防災", "防災訓練参加者数", "人", "自主防災組織の結成と福祉避難所の指定を進めます"),
    ("地域公共交通", "路線バス利用者数", "千人", "デマンド交通の導入で通院と買い物の足を確保します"),
    ("子育て支援", "保育所待機児童数", "人", "保育士の確保と放課後児童クラブの拡充に取り組みます"),
)


def made_document(k: int) -> str:
    """A short plan text: one or two sections with figures, different for each k."""
    area = HOKKAIDO_AREAS[k % len(HOKKAIDO_AREAS)]
    sections = []
    for j in range(1 + k % 2):
        title, indicator, unit, measure = TOPICS[(k + 3 * j) % len(TOPICS)]
        base, target = 50 + (k * 37 + j * 11) % 900, 60 + (k * 53 + j * 7) % 1000
        sections.append(
            f"■ {title}（{area}地域 第{k}号計画）\n"
            f"{area}地域の{indicator}は令和元年度の{base}{unit}から令和５年度には{base + k % 40}{unit}となりました。"
            f"令和９年度に{target}{unit}とすることを目標とします。{measure}。"
            f"あわせて、市町村と関係団体が連携し、取組の進み具合を毎年度点検して公表します。"
            f"第{j + 1}節の事業は{2024 + k % 5}年度から{3 + k % 4}年間で実施します。\n")
    return f"{area}地域 第{k}号 地域計画（令和７年３月）\n" + "".join(sections)


def make_corpus(target: Path, made: int) -> Path:
    shutil.copytree(ROOT / "corpus", target)
    for k in range(made):
        (target / f"made_{k:04d}.txt").write_text(made_document(k), encoding="utf-8")
    return target


def load() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip().split("load average:")[-1].strip()


def run_build(corpus: Path, index_dir: Path, embedder, tokenizer, writer=None) -> dict:
    started = time.perf_counter()
    report = update_index(corpus, index_dir, embedder, tokenizer, rebuild=True, writer=writer)
    wall = time.perf_counter() - started
    return {"wall": wall, "passages": report.embedded_passages, "publish": report.publish_seconds,
            "segments": len(report.new_segments), "merged": len(report.merged_segments), "load": load()}


def sha256_rate(index_dir: Path) -> float:
    """MB/s of the driver's checksum check, over the files of the built index."""
    files = [f for f in (index_dir / SEGMENTS).rglob("*") if f.is_file()]
    size = sum(f.stat().st_size for f in files)
    started = time.perf_counter()
    for f in files:
        sha256_of(f)
    return size / 2**20 / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--made", type=int, default=120)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--no-local", action="store_true", help="skip the local-engine run")
    args = parser.parse_args()
    import ray

    from index.ray_build import EmbedderSpec, RayOptions, RaySegmentWriter, connect

    spec = Settings().embedder
    configure_threads()
    embedder, tokenizer = make_embedder(spec), JapaneseTokenizer()
    work = Path(tempfile.mkdtemp(prefix="raybench"))
    try:
        corpus = make_corpus(work / "corpus", args.made)
        print(f"corpus: 5 bundled + {args.made} made documents; load before: {load()}  ({os.cpu_count()} CPUs)")
        rows = []
        if not args.no_local:
            rows.append(("local (1 process, 2 threads)", run_build(corpus, work / "local", embedder, tokenizer), None))
        for workers in args.workers:
            started = time.perf_counter()
            connect(None, num_cpus=workers)
            startup = time.perf_counter() - started
            writer = RaySegmentWriter(EmbedderSpec(spec), embedder.id, options=RayOptions(partitions=2 * workers))
            index_dir = work / f"ray{workers}"
            result = run_build(corpus, index_dir, embedder, tokenizer, writer)
            ray.shutdown()
            result["startup"] = startup
            result["check"] = writer.check_seconds
            result["sha_rate"] = sha256_rate(index_dir)
            rows.append((f"ray ×{workers} (local Ray, {workers} CPU)", result, writer.tasks))

        print("\n| engine | passages | build wall (s) | passages/s | tasks: busiest / sum of task time (s) "
              "| driver check (s) | publish + merge (s) | Ray start-up (s) | load (1/5/15 min) |")
        print("|---|---|---|---|---|---|---|---|---|")
        for name, r, tasks in rows:
            task_cell = (f"{max(t.seconds for t in tasks):.1f} / {sum(t.seconds for t in tasks):.1f} "
                         f"({len(tasks)} tasks)") if tasks else "–"
            print(f"| {name} | {r['passages']} | {r['wall']:.1f} | {r['passages'] / r['wall']:.2f} | {task_cell} "
                  f"| {r.get('check', 0):.2f} | {r['publish']:.2f} | {r.get('startup', float('nan')):.1f} | {r['load']} |")

        ray_rows = [(name, r, tasks) for name, r, tasks in rows if tasks]
        if ray_rows:
            name, r, tasks = ray_rows[0]
            per_worker = sum(t.passages for t in tasks) / sum(t.seconds for t in tasks)
            best = max(ray_rows, key=lambda row: len(row[2]))
            workers_best = args.workers[ray_rows.index(best)]
            efficiency = (best[1]["passages"] / best[1]["wall"]) / (workers_best * r["passages"] / r["wall"])
            sha_rate = min(row[1]["sha_rate"] for row in ray_rows)
            print(f"\nper worker (1 CPU, from the ×{args.workers[0]} run's task times): {per_worker:.2f} passages/s; "
                  f"×{workers_best} efficiency against ×{args.workers[0]}: {efficiency:.2f}; "
                  f"checksum rate {sha_rate:.0f} MB/s")
            print(f"\nprojection at the rate measured here ({per_worker:.2f} passages/s per worker):")
            project(per_worker, sha_rate)
            print(f"\nprojection at the unloaded rate ({UNLOADED_PER_CORE} passages/s per core: "
                  "the default embedder's 73.3/s on both cores, docs/performance.md):")
            project(UNLOADED_PER_CORE, sha_rate)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def project(per_worker: float, sha_rate: float, passages: int = 1_000_000) -> None:
    """Time for `passages` on W workers; assumptions printed with the table."""
    mb_per_passage = 4.5 / 1000   # segment bytes per passage: 4.4 GB at 1M (bench/scale.py)
    merge_s = 120.0               # rewriting 1M rows into one segment with its IVF: bench/scale.py's write at 1M
    startup_s = 10.0              # Ray start-up and task dispatch on a running cluster (measured here: ~5 s)
    print(f"\n| workers | embed + write (h) | driver check (min) | driver merge into one segment (min) | total (h) |")
    print("|---|---|---|---|---|")
    for workers in (8, 32, 128):
        embed = passages / (per_worker * workers)
        check = passages * mb_per_passage / sha_rate
        total = embed + check + merge_s + startup_s
        print(f"| {workers} | {embed / 3600:.2f} | {check / 60:.1f} | {merge_s / 60:.1f} | {total / 3600:.2f} |")


if __name__ == "__main__":
    main()
