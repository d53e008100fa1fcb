"""Japanese tokens for BM25: fugashi (unidic-lite) base forms, particles and symbols dropped.

MeCab crashes the process on a single input of ~600,000 characters and drops everything after a
NUL, so text is fed in bounded pieces cut at line or sentence ends.
"""
from __future__ import annotations

import re
import threading
from contextlib import contextmanager
from typing import Iterator

import fugashi

from ingest.text.normalize import normalize_query
from ingest.vocab.eras import CURRENT_ERA_LETTERS, CURRENT_ERAS, full_era_name, read_years

PIECE_CHARS = 4000
TOKENIZER_VERSION = "fugashi+unidic-lite/orthBase/v2"  # bump when tokens change: stored tokens are redone
_DROPPED_POS = {"助詞", "助動詞", "補助記号", "記号", "空白", "代名詞", "感動詞", "接続詞"}
_STOPWORDS = {
    "する", "ある", "いる", "なる", "こと", "もの", "ため", "よう", "れる", "られる", "できる", "いう",
    "おる", "その", "この", "等", "など", "的", "教える", "くださる", "下さる", "何", "どれ", "いつ", "どの",
    "いくつ", "いくら", "ます", "です", "について", "関する", "どう", "どんな", "なに",
}
# Spellings the documents really use for the same thing: folded before tokens are made.
VARIANTS = (
    ("ちよっと", "ちょっと"),
    ("釧根", "釧路根室"),
    ("釧路・根室", "釧路根室"),
    ("取り組み", "取組"),
    ("取組み", "取組"),
    ("取り組む", "取組む"),
)




def fold_variants(text: str) -> str:
    """Fold spelling variants and era abbreviations (R3 -> 令和3, H26 -> 平成26); lower-case ASCII."""
    for variant, canonical in VARIANTS:
        text = text.replace(variant, canonical)
    return _fold_short_eras(text).lower()


def _fold_short_eras(text: str) -> str:
    """「R3」 -> 「令和3」, 「H26年度」 -> 「平成26年度」: the short era letters R and H spelled out (ingest.vocab.eras reads them)."""
    if not any(letter in text for letter in CURRENT_ERA_LETTERS):
        return text
    out, last = [], 0
    for y in read_years(text):
        if y.era in CURRENT_ERA_LETTERS and (y.start == 0 or not text[y.start - 1].isascii() or not text[y.start - 1].isalnum()):
            out.append(text[last:y.start])
            rest = _fold_short_eras(text[y.start + 1:y.end]).lstrip(". ")   # 「R2～R6」: both ends
            out.append(full_era_name(y.era) + rest)
            last = y.end
    return "".join(out) + text[last:] if out else text


def bounded_pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """Cut `text` into pieces of at most `size` characters, at a line or sentence end if possible."""
    text = text.replace("\x00", " ")
    pieces = []
    while len(text) > size:
        cut = max(text.rfind("\n", 0, size), text.rfind("。", 0, size))
        cut = cut + 1 if cut > size // 2 else size
        pieces.append(text[:cut])
        text = text[cut:]
    pieces.append(text)
    return pieces


class JapaneseTokenizer:
    """`tokenize(text) -> list[str]`; safe to share between threads.

    A MeCab tagger serves one thread at a time, so taggers are lent from a pool (one per thread working at
    once), not kept per thread: a tagger never gives its memory back (its dictionary and the features
    it has read, ~60-90 MB once it has read a corpus, even after it is dropped), so a tagger per thread
    grew a long-running page by that much for every short-lived thread that tokenised (each background
    reload of the index)."""

    def __init__(self) -> None:
        self._idle: list[fugashi.Tagger] = []
        self._pool_lock = threading.Lock()

    @contextmanager
    def _tagger(self) -> Iterator[fugashi.Tagger]:
        with self._pool_lock:
            tagger = self._idle.pop() if self._idle else None
        if tagger is None:
            tagger = fugashi.Tagger()
        try:
            yield tagger
        finally:
            with self._pool_lock:
                self._idle.append(tagger)

    def tokenize(self, text: str) -> list[str]:
        text = fold_variants(normalize_query(text))
        with self._tagger() as tagger:
            return self._tokens(tagger, text)

    @staticmethod
    def _tokens(tagger: fugashi.Tagger, text: str) -> list[str]:
        tokens: list[str] = []
        for piece in bounded_pieces(text):
            for word in tagger(piece):
                feature = word.feature
                if feature.pos1 in _DROPPED_POS:
                    continue
                base = getattr(feature, "orthBase", None) or word.surface
                if base in _STOPWORDS or feature.pos2 == "非自立可能" or not base.strip():
                    continue
                if tokens and tokens[-1] in CURRENT_ERAS and (base.isdigit() or base == "元"):
                    tokens[-1] += base  # 「令和3」 is one token: a bare 「3」 would match any number
                    continue
                tokens.append(base)
        return tokens

    def particle_ends(self, text: str, start: int) -> list[int]:
        """The end of each particle (助詞, the で of 「…町で、」 read as 助動詞, a 「、」 after one) in the run that begins at
        `start` of `text`, as the tagger reads them in the whole text (「瑞浪市でしごとセンター」: で, where
        「でしごとセンター」 alone reads で／し／ごと); [] when none begins there. `text` as normalize_query gives it."""
        ends, at = [], 0
        with self._tagger() as tagger:
            for word in tagger(text):
                at = text.find(word.surface, at)
                if at < 0:
                    break
                begin, at = at, at + len(word.surface)
                if begin < (ends[-1] if ends else start):
                    continue
                if begin > (ends[-1] if ends else start) or not (
                        word.feature.pos1 in ("助詞", "助動詞") or (ends and word.surface in ("、", ","))):
                    break
                ends.append(at)
        return ends

    def proper_nouns(self, text: str) -> list[str]:
        """Proper nouns (place and organisation names): what a question must find to be answerable."""
        text = fold_variants(normalize_query(text))
        with self._tagger() as tagger:
            return [w.surface for piece in bounded_pieces(text) for w in tagger(piece) if w.feature.pos2 == "固有名詞"]

    def reading(self, text: str) -> str:
        """The reading of a short text in katakana, as the dictionary gives it (「日置」 -> 「ヒオキ」); a word it does not
        know is kept as written."""
        with self._tagger() as tagger:
            return "".join(getattr(w.feature, "kana", None) or w.surface for w in tagger(normalize_query(text)))


def content_terms(tokens: list[str]) -> list[str]:
    """Tokens that carry meaning on their own (no single kana, no bare digits)."""
    return [t for t in tokens if not re.fullmatch(r"[\u3040-\u309f]|[0-9.,]+", t)]
