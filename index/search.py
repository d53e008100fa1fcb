"""Hybrid retrieval: BM25 over fugashi tokens and dense FAISS search, fused by reciprocal rank.

Nothing bm25s- or FAISS-shaped leaves this module: it returns `Hit(passage, score, rank)`.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import bm25s
import numpy as np

from index.embedders import Embedder
from index.store import IndexData, load_dense, load_generation
from index.tokenizer import JapaneseTokenizer
from ingest.records import Passage

# Reciprocal-rank fusion. BM25 over good Japanese tokens is the stronger half on these documents
# (bench/retrieval.py: dense alone misses more); the dense half is weighted down so it breaks ties and
# brings in paraphrases without pushing exact matches out of the top 5.
RRF_K = 30
DENSE_WEIGHT = 0.5
CANDIDATES = 50
MODES = ("hybrid", "bm25", "dense")


@dataclass(frozen=True)
class Hit:
    passage: Passage
    score: float
    rank: int


class HybridSearcher:
    """Search one loaded index generation. Build once, query many times."""

    def __init__(self, data: IndexData, dense, embedder: Embedder, tokenizer: JapaneseTokenizer):
        self.data = data
        self._dense = dense
        self._embedder = embedder
        self._tokenizer = tokenizer
        self._bm25 = bm25s.BM25()
        if data.tokens:
            self._bm25.index([t or ["_"] for t in data.tokens], show_progress=False)

    @classmethod
    def open(cls, index_dir: Path, embedder: Embedder, tokenizer: JapaneseTokenizer) -> "HybridSearcher":
        data = load_generation(index_dir)
        return cls(data, load_dense(index_dir, data), embedder, tokenizer)

    @property
    def passages(self) -> list[Passage]:
        return self.data.passages

    def bm25_scores(self, query: str) -> np.ndarray:
        tokens = self._tokenizer.tokenize(query)
        if not tokens or not self.data.passages:
            return np.zeros(len(self.data.passages), np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)

    def dense_ranking(self, query: str, k: int) -> list[tuple[int, float]]:
        if not self.data.passages:
            return []
        vector = self._embedder.encode_query(query).reshape(1, -1).astype(np.float32)
        scores, ids = self._dense.search(vector, min(k, len(self.data.passages)))
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]

    def ranking(self, query: str, mode: str = "hybrid", k: int = CANDIDATES) -> list[tuple[int, float]]:
        """(passage row, score) best first."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
        lexical: list[tuple[int, float]] = []
        if mode in ("hybrid", "bm25"):
            scores = self.bm25_scores(query)
            order = np.argsort(-scores)[:k]
            lexical = [(int(i), float(scores[i])) for i in order if scores[i] > 0]
            if mode == "bm25":
                return lexical
        dense = self.dense_ranking(query, k)
        if mode == "dense":
            return dense
        fused: dict[int, float] = {}
        for weight, ranking in ((1.0, lexical), (DENSE_WEIGHT, dense)):
            for rank, (row, _) in enumerate(ranking):
                fused[row] = fused.get(row, 0.0) + weight / (RRF_K + rank + 1)
        return sorted(fused.items(), key=lambda item: -item[1])

    def search(self, query: str, top_k: int = 5, mode: str = "hybrid") -> list[Hit]:
        ranked = self.ranking(query, mode, max(CANDIDATES, top_k))[:top_k]
        return [Hit(self.data.passages[row], score, rank) for rank, (row, score) in enumerate(ranked, start=1)]
