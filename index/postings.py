"""BM25 postings of one segment: for each term, the rows that hold it and how often (a CSC matrix).

A segment's postings never change after it is written. Scores use collection statistics (number of
passages, average length, document frequency) summed over every segment of the generation, as
Lucene does, so a passage scores the same whether it sits in the big segment or in a small new one.
The formula is bm25s's default ("lucene": idf = ln(1 + (N - df + 0.5) / (df + 0.5)),
tf part = tf / (tf + k1 (1 - b + b dl / avgdl)), k1 = 1.5, b = 0.75); with one segment the ranking
is bm25s's. bm25s itself cannot share statistics between separately built indexes, which is what
adding a document without rebuilding everything needs.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np

K1 = 1.5
B = 0.75
MAX_COUNT = np.iinfo(np.uint16).max


@dataclass
class Postings:
    terms: list[str]          # term id -> term
    indptr: np.ndarray        # int64, len(terms) + 1: term t's postings are [indptr[t], indptr[t+1])
    rows: np.ndarray          # int32, row of each posting, ascending within a term
    counts: np.ndarray        # uint16, term frequency of each posting
    lengths: np.ndarray       # int32, tokens per row (at least 1)

    @property
    def row_count(self) -> int:
        return len(self.lengths)


def postings_from_tokens(token_lists: Sequence[Sequence[str]]) -> Postings:
    vocabulary: dict[str, int] = {}
    ids = np.fromiter((vocabulary.setdefault(t, len(vocabulary)) for tokens in token_lists for t in tokens),
                      dtype=np.int64)
    lengths = np.fromiter((len(tokens) for tokens in token_lists), dtype=np.int64, count=len(token_lists))
    return postings_from_term_ids(list(vocabulary), ids, lengths)


def postings_from_term_ids(terms: list[str], ids: np.ndarray, lengths: np.ndarray) -> Postings:
    """`ids`: every row's term ids one row after another; `lengths`: how many ids each row has."""
    lengths = np.asarray(lengths, np.int64)
    rows = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    return _from_pairs(terms, np.asarray(ids, np.int64), rows, np.ones(len(ids), np.int64), np.maximum(lengths, 1))


def merged_postings(parts: Iterable[tuple[Postings, np.ndarray]]) -> Postings:
    """One postings table from several, keeping the rows `keep` (a sorted row array) of each, renumbered in order."""
    vocabulary: dict[str, int] = {}
    all_ids, all_rows, all_counts, all_lengths = [], [], [], []
    offset = 0
    for postings, keep in parts:
        new_row = np.full(postings.row_count, -1, np.int64)
        new_row[keep] = np.arange(len(keep)) + offset
        term_of_posting = np.repeat(np.arange(len(postings.terms)), np.diff(postings.indptr))
        local_to_global = np.array([vocabulary.setdefault(t, len(vocabulary)) for t in postings.terms], np.int64)
        mapped = new_row[postings.rows]
        kept = mapped >= 0
        all_ids.append(local_to_global[term_of_posting[kept]] if len(local_to_global) else np.zeros(0, np.int64))
        all_rows.append(mapped[kept])
        all_counts.append(np.asarray(postings.counts[kept], np.int64))
        all_lengths.append(np.asarray(postings.lengths[keep], np.int64))
        offset += len(keep)
    cat = lambda arrays: np.concatenate(arrays) if arrays else np.zeros(0, np.int64)  # noqa: E731
    return _from_pairs(list(vocabulary), cat(all_ids), cat(all_rows), cat(all_counts), cat(all_lengths))


def _from_pairs(terms: list[str], ids: np.ndarray, rows: np.ndarray, counts: np.ndarray,
                lengths: np.ndarray) -> Postings:
    row_count = max(1, len(lengths))
    keys = ids * row_count + rows
    order = np.argsort(keys, kind="stable")
    keys, counts = keys[order], counts[order]
    unique, starts = np.unique(keys, return_index=True)
    summed = np.add.reduceat(counts, starts) if len(keys) else np.zeros(0, np.int64)
    term_ids = unique // row_count
    indptr = np.zeros(len(terms) + 1, np.int64)
    np.cumsum(np.bincount(term_ids, minlength=len(terms)), out=indptr[1:])
    return Postings(terms, indptr, (unique % row_count).astype(np.int32),
                    np.minimum(summed, MAX_COUNT).astype(np.uint16), lengths.astype(np.int32))


def idf(passage_count: int, document_frequency: int) -> float:
    return math.log(1 + (passage_count - document_frequency + 0.5) / (document_frequency + 0.5))


def length_norms(lengths: np.ndarray, average_length: float) -> np.ndarray:
    """k1 (1 - b + b dl / avgdl) per row: computed once per generation, not per query."""
    return (K1 * (1 - B + B * np.asarray(lengths, np.float32) / np.float32(average_length))).astype(np.float32)


def add_term_scores(scores: np.ndarray, postings: Postings, term_id: int, weight: float, norms: np.ndarray) -> None:
    """scores[row] += weight * tf / (tf + norm[row]) for every row holding the term."""
    start, end = int(postings.indptr[term_id]), int(postings.indptr[term_id + 1])
    rows = postings.rows[start:end]
    tf = postings.counts[start:end].astype(np.float32)
    scores[rows] += np.float32(weight) * tf / (tf + norms[rows])
