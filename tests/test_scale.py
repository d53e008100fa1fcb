"""The fast path at a size the test session can build: a 20,000-passage corpus recombined from the real
one (assistant/testbed/synthetic.py: real passages, tokens and vectors; variant files are links to the real files).

- the approximate dense index (IVF over 8-bit codes, rescored exactly) gives the same top hit as
  exact search for every dev question, and hybrid search tops with the same passage text;
- adding one document at this size writes one new segment and touches no file of the old one;
- BM25 over segments scores as bm25s does on the same passages;
- many small updates are merged, and replaced rows never come back.
"""
from __future__ import annotations

import json
from pathlib import Path

import bm25s
import numpy as np
import pytest

from index.search import HybridSearcher
from index.segments import Segment
from index.store import SEGMENTS, current_generation, open_generation
from index.update import MAX_SEGMENTS, update_index

from assistant.testbed.synthetic import build_synthetic
from tests.conftest import CORPUS, dev_questions

SIZE = 20_000


def file_states(directory: Path) -> dict[str, tuple[int, int, int]]:
    return {p.name: (p.stat().st_ino, p.stat().st_size, p.stat().st_mtime_ns) for p in directory.iterdir()}


@pytest.fixture(scope="module")
def large_index(corpus_index, tokenizer, tmp_path_factory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("large")
    corpus, index_dir = work / "corpus", work / "index"
    # approximate_from below the size: this segment gets the IVF index a 1M-passage build would get
    build_synthetic(corpus_index, CORPUS, corpus, index_dir, SIZE,
                    tokenizer, approximate_from=SIZE // 2)
    return corpus, index_dir


def test_approximate_index_gives_the_exact_top_hit_for_every_dev_question(large_index, embedder, tokenizer):
    _, index_dir = large_index
    approximate = HybridSearcher.open(index_dir, embedder, tokenizer)
    assert approximate.data.segments[0].dense is not None and approximate.passage_count == SIZE
    exact = HybridSearcher(approximate.data, embedder, tokenizer, approximate=False)
    for question in dev_questions():
        vector = embedder.encode_query(question)
        assert approximate.dense_ranking_for_vector(vector, 1)[0][0] == exact.dense_ranking_for_vector(vector, 1, False)[0][0], question
        # the hybrid answer quotes the same text (variants of one passage tie closely; which copy wins may differ)
        assert approximate.search(question, 1)[0].passage.text == exact.search(question, 1)[0].passage.text, question


def test_adding_one_document_at_the_largest_size_touches_only_the_new_document(large_index, embedder, tokenizer):
    corpus, index_dir = large_index
    old = open_generation(index_dir)
    [big] = old.segments
    before = file_states(big.path)
    (corpus / "zz_new.txt").write_text("■ 十勝の新しい取組\n十勝地域ではフードバレーとかち推進のため、農業と観光の連携を進めます。\n",
                                       encoding="utf-8")
    report = update_index(corpus, index_dir, embedder, tokenizer)
    assert report.added == ["zz_new.txt"] and report.unchanged == len(old.entries)
    assert report.embedded_passages == 1 and not report.merged_segments
    assert file_states(big.path) == before
    generation = open_generation(index_dir)
    [new] = [seg for seg in generation.segments if seg.name != big.name]
    assert new.doc_order == ["zz_new.txt"] and new.rows == 1
    hits = HybridSearcher(generation, embedder, tokenizer).search("フードバレーとかち推進", 3)
    assert hits[0].passage.doc == "zz_new.txt"


def test_bm25_over_segments_scores_as_bm25s_does(corpus_index, embedder, tokenizer):
    searcher = HybridSearcher.open(corpus_index, embedder, tokenizer)
    passages = searcher.data.passages()
    reference = bm25s.BM25()
    reference.index([tokenizer.tokenize(p.search_text) or ["_"] for p in passages], show_progress=False)
    for question in dev_questions():
        tokens = [t for t in tokenizer.tokenize(question) if t in reference.vocab_dict]
        if not tokens:
            continue
        expected = np.asarray(reference.get_scores(tokens))
        ours = {searcher.passage(key).passage_id: score for key, score in searcher.bm25_ranking(question, 10)}
        for i in np.argsort(-expected)[:10]:
            if expected[i] > 0:
                assert ours[passages[i].passage_id] == pytest.approx(expected[i], rel=1e-4), question


def test_many_small_updates_are_merged_and_replaced_rows_never_come_back(small_corpus, tmp_path, embedder, tokenizer):
    index_dir = tmp_path / "index"
    update_index(small_corpus, index_dir, embedder, tokenizer)
    merged = False
    for i in range(MAX_SEGMENTS + 2):
        (small_corpus / f"n{i}.txt").write_text(f"■ 記録{i}\n第{i}回の地域会議では水産加工の販路拡大を協議しました。\n",
                                                encoding="utf-8")
        report = update_index(small_corpus, index_dir, embedder, tokenizer)
        merged |= bool(report.merged_segments)
        assert len(json.loads((current_generation(index_dir) / "manifest.json").read_text())["segments"]) <= MAX_SEGMENTS
    assert merged
    (small_corpus / "a.txt").write_text("■ 観光の振興\n釧路地域の観光入込客数は大きく減少しました。\n", encoding="utf-8")
    update_index(small_corpus, index_dir, embedder, tokenizer)
    searcher = HybridSearcher.open(index_dir, embedder, tokenizer)
    texts = [h.passage.text for h in searcher.search("釧路地域の観光入込客数", 20)]
    assert any("減少" in t for t in texts) and not any("増加" in t for t in texts)
    assert searcher.passage_count == 3 + MAX_SEGMENTS + 2
    live = sorted(p.name for p in (index_dir / SEGMENTS).iterdir())
    for name in live:
        Segment(index_dir / SEGMENTS / name).verify()  # merged segments carry their own checksums


def test_a_rewrite_within_the_same_second_is_noticed(small_corpus, tmp_path, embedder, tokenizer):
    index_dir = tmp_path / "index"
    update_index(small_corpus, index_dir, embedder, tokenizer)
    # same size, written right after indexing: size and mtime alone could match, the content hash does not
    (small_corpus / "b.txt").write_text("■ 防災\n地域防災マスターを61名認定しました。\n", encoding="utf-8")
    report = update_index(small_corpus, index_dir, embedder, tokenizer)
    assert report.changed == ["b.txt"]
