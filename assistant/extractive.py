"""Extractive answers: the best sentences of the retrieved passages, each with its citation.

A sentence scores by how much of the question's weight (IDF) it holds, a little for what its
neighbours and its heading hold, the rank of its passage, and whether it has the kind of value the
question asks for (「何社」 -> a number with 社). Nothing is made up: no sentence good enough, no answer.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Mapping

from assistant.question import QuestionShape
from assistant.quotes import QuoteUnit, quote_units
from index.search import Hit
from index.tokenizer import JapaneseTokenizer, fold_variants
from ingest.records import Document

MIN_COVERAGE = 0.34
SECOND_SENTENCE_RATIO = 0.75


@dataclass(frozen=True)
class ScoredUnit:
    unit: QuoteUnit
    score: float
    coverage: float
    hit_rank: int


class IdfTable:
    """Inverse document frequencies of tokens over the indexed passages."""

    def __init__(self, document_frequencies: Mapping[str, int], passage_count: int):
        self._n = max(1, passage_count)
        self._df = document_frequencies

    def idf(self, token: str) -> float:
        return math.log(1 + (self._n - self._df.get(token, 0) + 0.5) / (self._df.get(token, 0) + 0.5))

    def known(self, token: str) -> bool:
        """True when some indexed token is or contains `token` (「令和」 in 「令和3」)."""
        return token in self._df or any(token in t for t in self._df)


def score_units(question: str, shape: QuestionShape, hits: list[Hit], documents: dict[str, Document],
                tokenizer: JapaneseTokenizer, idf: IdfTable) -> list[ScoredUnit]:
    q_tokens = set(tokenizer.tokenize(question))
    if not q_tokens:
        return []
    total = sum(idf.idf(t) for t in q_tokens)
    scored: list[ScoredUnit] = []
    seen: set[tuple[str, int]] = set()
    for hit in hits:
        document = documents[hit.passage.doc]
        units = quote_units(document, hit.passage)
        token_sets = [set(tokenizer.tokenize(u.norm)) for u in units]
        context_tokens = set(tokenizer.tokenize(f"{document.title}\n{hit.passage.section}")).union(*token_sets)
        for i, unit in enumerate(units):
            if (unit.doc, unit.start) in seen:
                continue
            seen.add((unit.doc, unit.start))
            own = sum(idf.idf(t) for t in q_tokens & token_sets[i]) / total
            around = set().union(*(token_sets[j] for j in (i - 1, i + 1) if 0 <= j < len(units))) - token_sets[i]
            near = sum(idf.idf(t) for t in q_tokens & around) / total
            context = sum(idf.idf(t) for t in q_tokens & (context_tokens - token_sets[i] - around)) / total
            coverage = min(1.0, own + 0.5 * near + 0.4 * context)
            score = coverage + 0.15 / hit.rank
            if shape.answer_pattern is not None:
                score += 0.35 if shape.answer_pattern.search(fold_variants(unit.norm)) else -0.2
            scored.append(ScoredUnit(unit, score, coverage, hit.rank))
    return sorted(scored, key=lambda s: -s.score)


def pick_sentences(scored: list[ScoredUnit], shape: QuestionShape) -> list[ScoredUnit]:
    """The best sentence, and a second (or third for 「教えて」 questions) when nearly as good."""
    good = [s for s in scored if s.coverage >= MIN_COVERAGE]
    if not good:
        return []
    best = good[0]
    limit = 3 if shape.wants_list else 2
    chosen = [best]
    for candidate in good[1:]:
        if len(chosen) >= limit or candidate.score < best.score * SECOND_SENTENCE_RATIO:
            break
        if any(candidate.unit.norm in c.unit.norm or c.unit.norm in candidate.unit.norm for c in chosen):
            continue
        chosen.append(candidate)
    return chosen
