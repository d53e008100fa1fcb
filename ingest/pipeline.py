"""One file -> (Document, passages): reading, normalising, structure, cutting."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

from ingest.text.locations import cell_anchors, section_anchors
from ingest.metadata import read_metadata
from ingest.text.page_labels import page_labels
from ingest.text.passages import build_passages
from ingest.places.gazetteer import load_gazetteer
from ingest.plans.projects import DocumentPlans, extract_plans
from ingest.readers.registry import read_file
from ingest.records import Document, Passage
from ingest.sidecar import read_sidecar, sidecar_bytes
from ingest.text.structure import find_page_starts, split_lines
from ingest.text.normalize import normalize


INGEST_VERSION = "71"  # bump when passages change for the same file: the next update re-reads everything


@dataclass(frozen=True)
class IngestedFile:
    document: Document
    passages: list[Passage]
    plans: DocumentPlans   # KPIs, budget lines, projects, evidence, units, list items, blocks


def file_hash(path: Path) -> str:
    """The file's content hash; its metadata sidecar (ingest.sidecar) counts as part of the document."""
    digest = hashlib.sha256(path.read_bytes())
    side = sidecar_bytes(path)
    if side:
        digest.update(b"\0sidecar\0" + side)
    return digest.hexdigest()




def ingest_file(path: Path, corpus_dir: Path) -> IngestedFile:
    """Read one corpus file into a Document and its passages (IngestError when it has no text)."""
    overrides = read_sidecar(path)
    raw = read_file(path)
    mapped = normalize(raw.text)
    lines = split_lines(mapped)
    # Printed page labels only where the reader knows the file's pages (a PDF), not from lone numbers in text.
    labels = page_labels(raw.text, raw.page_starts) if raw.pages_known else ()
    page_starts, pages_known = raw.page_starts, raw.pages_known
    if not pages_known and path.suffix.lower() != ".xlsx":   # a lone number in a sheet is data, not a page
        found, _ = find_page_starts(lines, mapped)
        if len(found) > 1:
            page_starts, pages_known = found, True
    meta = read_metadata(path, raw, overrides, load_gazetteer())
    if path.suffix.lower() == ".xlsx":
        locations = cell_anchors(path, raw.text)
    else:
        locations = () if pages_known else section_anchors(lines, mapped)
    document = Document(
        doc=path.relative_to(corpus_dir).as_posix(),
        title=meta.title or path.stem,
        date=meta.date,
        text=raw.text,
        content_hash=file_hash(path),
        page_starts=tuple(tuple(p) for p in page_starts),
        pages_known=pages_known,
        issuer=meta.issuer,
        place=meta.place,
        edition=meta.edition,
        source_url=meta.source_url,
        page_labels=labels,
        locations=locations,
    )
    # A reader knows the file, not where it stands in the corpus: its tables take the document's own name
    # (「sub/plan.csv」), so records cite a document the index holds.
    tables = tuple(replace(table, doc=document.doc) for table in raw.tables)
    return IngestedFile(document, build_passages(document, mapped, tables=tables),
                        extract_plans(document, mapped, tables, raw.headings, raw.list_paragraphs))
