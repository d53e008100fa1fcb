"""`python -m ingest.readers.worker MEMORY_BYTES CORPUS_DIR PATH`: read one file in a process of its own.

Sets its own address-space limit first, then prints one JSON object on stdout: {"document": …,
"passages": […]} or {"error": "reason"}. ingest.readers.sandbox runs it with a time limit.
"""
from __future__ import annotations

import json
import resource
import sys
from dataclasses import asdict
from pathlib import Path


def main(argv: list[str]) -> int:
    memory_bytes, corpus_dir, path = int(argv[0]), Path(argv[1]), Path(argv[2])
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    try:
        from ingest.errors import IngestError
        from ingest.pipeline import ingest_file

        try:
            result = ingest_file(path, corpus_dir)
            out = {"document": asdict(result.document), "passages": [asdict(p) for p in result.passages],
                   "plans": result.plans.to_json()}
        except IngestError as exc:
            out = {"error": exc.reason}
        text = json.dumps(out, ensure_ascii=False)
    except MemoryError:
        text = json.dumps({"error": "memory"})
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
