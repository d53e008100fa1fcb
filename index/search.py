"""Hybrid retrieval: BM25 over fugashi tokens and dense FAISS search, fused by reciprocal rank.

Both halves run segment by segment (index/segments.py) with collection statistics of the whole
generation, and skip rows of documents that a newer segment replaced. Nothing segment-, postings- or
FAISS-shaped leaves this module: it returns `Hit(passage, score, rank)`.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.embedders import Embedder
from index.threads import cpu_gate
from index.postings import add_term_scores, idf, length_norms
from index.store import Generation, SegmentCache, open_generation
from index.tokenizer import JapaneseTokenizer
from ingest.records import Passage

# Reciprocal-rank fusion. BM25 over good Japanese tokens is the stronger half on these documents
# (bench/retrieval.py: dense alone misses more); the dense half is weighted down so it breaks ties and
# brings in paraphrases without pushing exact matches out of the top 5.
RRF_K = 30
DENSE_WEIGHT = 0.5
CANDIDATES = 50
MODES = ("hybrid", "bm25", "dense")

RowKey = tuple[int, int]   # (segment number in the generation, row in the segment)


@dataclass(frozen=True)
class Hit:
    passage: Passage
    score: float
    rank: int


class HybridSearcher:
    """Search one opened generation. Everything that does not depend on the query is computed here, once."""

    def __init__(self, generation: Generation, embedder: Embedder, tokenizer: JapaneseTokenizer,
                 approximate: bool = True):
        self.data = generation
        self._embedder = embedder
        self._tokenizer = tokenizer
        self._approximate = approximate
        segments = generation.segments
        self.row_count = sum(seg.rows for seg in segments)          # BM25's N counts replaced rows too, as Lucene's does
        total_length = sum(int(np.asarray(seg.postings.lengths, np.int64).sum()) for seg in segments)
        average_length = total_length / self.row_count if self.row_count else 1.0
        self._norms = [length_norms(seg.postings.lengths, average_length) for seg in segments]
        self._dead = [int((~live).sum()) for live in generation.live_rows]
        self.document_frequencies: dict[str, int] = {}
        for seg in segments:
            for term, count in seg.document_frequencies.items():
                self.document_frequencies[term] = self.document_frequencies.get(term, 0) + count

    @classmethod
    def open(cls, index_dir: Path, embedder: Embedder, tokenizer: JapaneseTokenizer,
             cache: SegmentCache | None = None) -> "HybridSearcher":
        return cls(open_generation(index_dir, cache), embedder, tokenizer)

    @property
    def passage_count(self) -> int:
        return self.data.passage_count

    def passage(self, key: RowKey) -> Passage:
        return self.data.segments[key[0]].passage(key[1])

    def bm25_ranking(self, query: str, k: int) -> list[tuple[RowKey, float]]:
        weights = [(term, idf(self.row_count, self.document_frequencies[term]))
                   for term in self._tokenizer.tokenize(query) if term in self.document_frequencies]
        if not weights:
            return []
        found: list[tuple[RowKey, float]] = []
        for s, (segment, live) in enumerate(zip(self.data.segments, self.data.live_rows)):
            scores = np.zeros(segment.rows, np.float32)
            for term, weight in weights:
                term_id = segment.term_ids.get(term)
                if term_id is not None:
                    add_term_scores(scores, segment.postings, term_id, weight, self._norms[s])
            if self._dead[s]:
                scores[~live] = 0
            top = np.argpartition(-scores, k)[:k] if len(scores) > k else np.arange(len(scores))
            found += [((s, int(r)), float(scores[r])) for r in top if scores[r] > 0]
        return sorted(found, key=lambda item: (-item[1], item[0]))[:k]

    def dense_ranking(self, query: str, k: int) -> list[tuple[RowKey, float]]:
        if not self.passage_count:
            return []
        vector = self._embedder.encode_query(query).astype(np.float32)
        return self.dense_ranking_for_vector(vector, k, self._approximate)

    def dense_ranking_for_vector(self, vector: np.ndarray, k: int, approximate: bool = True) -> list[tuple[RowKey, float]]:
        found: list[tuple[RowKey, float]] = []
        for s, (segment, live) in enumerate(zip(self.data.segments, self.data.live_rows)):
            scores, rows = segment.dense_search(vector, k + self._dead[s], approximate)
            found += [((s, int(r)), float(v)) for v, r in zip(scores, rows) if r >= 0 and live[r]]
        return sorted(found, key=lambda item: (-item[1], item[0]))[:k]

    def ranking(self, query: str, mode: str = "hybrid", k: int = CANDIDATES) -> list[tuple[RowKey, float]]:
        """(row key, score) best first; the work holds one slot of the process's CPU gate (index/threads.py)."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
        with cpu_gate().question():
            return self._ranking(query, mode, k)

    def _ranking(self, query: str, mode: str, k: int) -> list[tuple[RowKey, float]]:
        lexical = self.bm25_ranking(query, k) if mode in ("hybrid", "bm25") else []
        if mode == "bm25":
            return lexical
        dense = self.dense_ranking(query, k)
        if mode == "dense":
            return dense
        fused: dict[RowKey, float] = {}
        for weight, ranking in ((1.0, lexical), (DENSE_WEIGHT, dense)):
            for rank, (key, _) in enumerate(ranking):
                fused[key] = fused.get(key, 0.0) + weight / (RRF_K + rank + 1)
        return sorted(fused.items(), key=lambda item: -item[1])

    def search(self, query: str, top_k: int = 5, mode: str = "hybrid") -> list[Hit]:
        ranked = self.ranking(query, mode, max(CANDIDATES, top_k))[:top_k]
        return [Hit(self.passage(key), score, rank) for rank, (key, score) in enumerate(ranked, start=1)]
