"""One file -> (Document, passages): reading, normalising, structure, cutting."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ingest.passages import build_passages
from ingest.projects import extract_plans
from ingest.readers import read_file
from ingest.records import Document, Passage
from ingest.structure import find_page_starts, split_lines, title_and_date
from ingest.textnorm import normalize, quote_text


INGEST_VERSION = "8"  # bump when passages change for the same file: the next update re-reads everything


@dataclass(frozen=True)
class IngestedFile:
    document: Document
    passages: list[Passage]
    plans: dict   # DocumentPlans.to_json(): KPIs, budget lines, projects, evidence


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def ingest_file(path: Path, corpus_dir: Path) -> IngestedFile:
    """Read one corpus file into a Document and its passages (IngestError when it has no text)."""
    raw = read_file(path)
    mapped = normalize(raw.text)
    lines = split_lines(mapped)
    title_lines, date = title_and_date(lines)
    title = "".join(quote_text(raw.text[slice(*mapped.source_span(ln.start, ln.end))]) for ln in title_lines)
    page_starts, pages_known = raw.page_starts, raw.pages_known
    if not pages_known:
        found, _ = find_page_starts(lines, mapped)
        if len(found) > 1:
            page_starts, pages_known = found, True
    document = Document(
        doc=path.relative_to(corpus_dir).as_posix(),
        title=title or path.stem,
        date=date,
        text=raw.text,
        content_hash=file_hash(path),
        page_starts=tuple(tuple(p) for p in page_starts),
        pages_known=pages_known,
    )
    return IngestedFile(document, build_passages(document, mapped, tables=raw.tables),
                        extract_plans(document, mapped, raw.tables).to_json())
