"""Decoding text files written in Japanese offices: UTF-8 (with or without BOM), CP932/Shift_JIS.

Strict UTF-8 first, then strict CP932; a statistical detector (charset-normalizer) only for long
text, because it takes a short CP932 text such as 「会議」 for big5.
"""
from __future__ import annotations

import re

from charset_normalizer import from_bytes

from ingest.errors import IngestError

DETECTOR_MIN_BYTES = 200
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HALFWIDTH_KANA = re.compile(r"[\uff61-\uff9f]")


def looks_binary(text: str) -> bool:
    """True when more than 1% of the characters are control characters: not a text file."""
    if not text:
        return False
    return len(_CONTROL.findall(text)) > max(1, len(text) // 100)


def _mostly_halfwidth_kana(text: str) -> bool:
    # EUC-JP bytes decode "successfully" as CP932 half-width katakana: a sign of a wrong guess.
    return len(_HALFWIDTH_KANA.findall(text)) > len(text) // 4


def decode_text(data: bytes, name: str) -> str:
    """Bytes of a text file -> str, or IngestError naming the file."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise IngestError(name, "UTF-16 として読めませんでした。UTF-8 で保存し直してください。") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp932")
        if not (_mostly_halfwidth_kana(text) and len(data) >= DETECTOR_MIN_BYTES):
            return text
    except UnicodeDecodeError:
        pass
    if len(data) >= DETECTOR_MIN_BYTES:
        best = from_bytes(data).best()
        if best is not None and best.encoding:
            return str(best)
    raise IngestError(
        name,
        "文字コードを判別できませんでした（UTF-8・Shift_JIS のどちらでもありません）。"
        "UTF-8 で保存し直してから追加してください。",
    )
