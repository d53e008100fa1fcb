"""Normalising Japanese text while keeping, for every output character, its offset in the source.

`normalize(source)` returns a `MappedText`: NFKC, markup removed, glossary marks (※) removed,
spaces between Japanese characters removed (spaced-out headings such as 「地 域 づ く り」),
lines that a PDF wrap broke mid-sentence re-joined (「激\\n甚化」 -> 「激甚化」). `origin[i]` is the
source offset of `text[i]`, so any span of the normalised text maps back to the document exactly.
"""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from ingest.vocab.number_cuts import LINE_ENDS_IN_NUMBER

SENTENCE_END = "。！？!?"
LINE_MARKERS = "■□▶▷◆◇●○・•-－‐【＜<（(※*＊◎★☆〇①②③④⑤⑥⑦⑧⑨⑩"
_TAG = re.compile(r"<[^<>\n]{1,400}>")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")
_LABEL = re.compile(r"^[^\s:：。、]{1,12}[:：]")
# A reader ends a line with this (FIGURE SPACE: white space to every matcher, NFKC a plain space) where the line
# must not be joined to the next as a wrapped sentence: a line of a box set beside another box on a PDF page,
# whose join stands nowhere in the printed page (ingest.readers.formats.pdf_boxes).
HARD_LINE_END = "\u2007"
_INVISIBLE = dict.fromkeys(map(ord, "\x00\ufeff\u200b\u200c\u200d\u2060\r"), None)


@dataclass(frozen=True)
class MappedText:
    """Text plus the source offset of each character (len(origin) == len(text))."""

    text: str
    origin: tuple[int, ...]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source [start, end) covering mapped characters [start, end)."""
        if end <= start:
            pos = self.origin[start] if start < len(self.origin) else (self.origin[-1] + 1 if self.origin else 0)
            return pos, pos
        return self.origin[start], self.origin[end - 1] + 1


def strip_invisible(text: str) -> str:
    """Remove NUL, BOM, zero-width characters and CR: format noise, never content."""
    return text.translate(_INVISIBLE)


def is_japanese(ch: str) -> bool:
    o = ord(ch)
    return (
        0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF
        or 0x3000 < o <= 0x303F or 0xFF01 <= o <= 0xFF0F or 0xFF1A <= o <= 0xFF20
        or 0xF900 <= o <= 0xFAFF or ch in "々〆ヶ・ー「」『』（）【】、。"
    )


def _remove_markup(chars: list[tuple[str, int]], source: str) -> list[tuple[str, int]]:
    """Tags become a line break (a hard boundary); entities become their character."""
    if "<" not in source and "&" not in source:
        return chars
    out: list[tuple[str, int]] = []
    pos = 0
    for m in re.finditer(f"{_TAG.pattern}|{_ENTITY.pattern}", source):
        out.extend(chars[pos:m.start()])
        if m.group(0).startswith("<"):
            out.append(("\n", m.start()))
        else:
            out.extend((c, m.start()) for c in html.unescape(m.group(0)).replace("\xa0", " "))
        pos = m.end()
    out.extend(chars[pos:])
    return out


def _nfkc(chars: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """NFKC per cluster (a base character with the combining marks that follow it)."""
    out: list[tuple[str, int]] = []
    i, n = 0, len(chars)
    while i < n:
        j = i + 1
        while j < n and (unicodedata.combining(chars[j][0]) or chars[j][0] in "\uff9e\uff9f\u3099\u309a"):
            j += 1
        cluster = "".join(c for c, _ in chars[i:j])
        if cluster.isascii():
            out.extend(chars[i:j])
            i = j
            continue
        normalized = unicodedata.normalize("NFKC", cluster)
        if j == i + 1:   # a character alone (the common case): its output keeps its offset
            out.extend((c, chars[i][1]) for c in normalized)
            i = j
            continue
        pieces = [(unicodedata.normalize("NFKC", c), o) for c, o in chars[i:j]]
        if "".join(piece for piece, _ in pieces) == normalized:
            # nothing composed (a mark that does not combine with its base, 「釧⳯」): each character
            # keeps its own source offset, so a span never maps a mark back onto the character before it
            out.extend((c, o) for piece, o in pieces for c in piece)
        else:   # composed (ｶﾞ -> ガ): the cluster's characters stand for its whole source
            out.extend((c, chars[i][1]) for c in normalized)
        i = j
    return out


def _split_lines(chars: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    lines: list[list[tuple[str, int]]] = [[]]
    for c, o in chars:
        if c == "\n" or c == "\f":
            lines.append([])
        else:
            lines[-1].append((c, o))
    return lines


def _tidy_spaces(line: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Drop spaces between Japanese characters (and Japanese/digit), collapse the rest, trim."""
    out: list[tuple[str, int]] = []
    n = len(line)
    i = 0
    while i < n:
        c, o = line[i]
        if c == " " or c == "\u3000":
            j = i
            while j < n and line[j][0] in " \u3000":
                j += 1
            prev = out[-1][0] if out else ""
            nxt = line[j][0] if j < n else ""
            keep = bool(prev) and bool(nxt) and prev != "\t" and nxt != "\t"
            heading_number = bool(out) and all(ch.isdigit() or ch in "IVX" for ch, _ in out)
            if keep and not heading_number and (is_japanese(prev) or is_japanese(nxt)):
                pair = prev + nxt
                if (is_japanese(prev) and is_japanese(nxt)) or any(ch.isdigit() for ch in pair):
                    keep = False
            if keep:
                out.append((" ", o))
            i = j
            continue
        out.append((c, o))
        i += 1
    while out and out[-1][0] in " \t":
        out.pop()
    while out and out[0][0] == " ":
        out.pop(0)
    return out


def line_text(line: list[tuple[str, int]]) -> str:
    return "".join(c for c, _ in line)


def starts_with_marker(text: str) -> bool:
    if not text:
        return False
    if text[0] in LINE_MARKERS:
        return True
    return bool(re.match(r"^(?:第?[0-9]{1,2}[章節\s.．、)]|[IVX]{1,4}\s|\([0-9]{1,2}\)|[0-9]{1,2}\))", text))


def typical_width(lines: list[str]) -> int:
    """The width at which this document's prose lines wrap (75th percentile of prose lengths)."""
    lengths = sorted(len(t) for t in lines if len(t) >= 10 and "\t" not in t)
    if not lengths:
        return 40
    return lengths[int(len(lengths) * 0.75)]


RECORD_SEPARATORS = 7   # cell separators (「|」 after NFKC) that make a line a row of a record list


def is_record_line(text: str) -> bool:
    """A row of labelled cells (ingest.readers.formats.office writes a large sheet's rows 「label value｜label value｜…」)."""
    return text.count("|") >= RECORD_SEPARATORS


# A heading of the plan's next unit (「重点プロジェクト2」, 「基本目標3」, 「施策1」) after NFKC.
_NUMBERED_UNIT = re.compile(r"^(?:重点|戦略|主要)?(?:プロジェクト|基本目標|基本方針|施策|政策)\s*[0-9①-⑳]")


def _should_join(prev: str, nxt: str, width: int) -> bool:
    if not prev or not nxt or "\t" in prev or "\t" in nxt:
        return False
    if is_record_line(prev) or is_record_line(nxt):
        return False   # rows of labelled cells (a large sheet's records) are never a wrapped sentence
    if prev[-1] in SENTENCE_END or prev[-1] in ":：" or starts_with_marker(nxt) or "・・・" in prev:
        return False
    if _LABEL.match(nxt) or (prev[0] in LINE_MARKERS and len(prev) < width):
        return False
    if len(nxt) <= 12 and nxt[-1] not in SENTENCE_END:  # a label such as 「目的」, not a wrap's tail
        return False
    if _NUMBERED_UNIT.match(nxt) and re.search(r"[0-9][^0-9]{0,3}$", prev):
        return False   # 「…→R12 25,000人」 over 「重点プロジェクト2 子どもの…」: a value line, then the next unit's heading
    number_cut = bool(LINE_ENDS_IN_NUMBER.search(prev)) and nxt[0].isdigit()   # 「198億7,」 over 「600万円」: one number
    if not number_cut and (not (is_japanese(prev[-1]) or prev[-1].isalnum())
                           or not (is_japanese(nxt[0]) or nxt[0].isalnum())):
        return False
    return len(prev) >= max(12, int(width * 0.7))


def _ends_hard(source: str, line: list[tuple[str, int]]) -> bool:
    """Whether the source line `line` was written ending with HARD_LINE_END (the reader's "never joined")."""
    if HARD_LINE_END not in source:
        return False
    after = line[-1][1] + 1
    end = source.find("\n", after)
    return HARD_LINE_END in source[after:len(source) if end < 0 else end]


def normalize(source: str) -> MappedText:
    """Normalise `source` for search and sentence splitting, keeping source offsets."""
    chars = [(c, i) for i, c in enumerate(source)]
    chars = _remove_markup(chars, source)
    chars = _nfkc(chars)
    chars = [(c, o) for c, o in chars if c != "※" and c not in "\u200b\ufeff\x00\r"]
    lines = [_tidy_spaces(ln) for ln in _split_lines(chars)]
    texts = [line_text(ln) for ln in lines]
    width = typical_width(texts)
    out: list[tuple[str, int]] = []
    prev_text, hard = "", False
    for line, text in zip(lines, texts):
        if not text:
            continue
        if out:
            if not hard and _should_join(prev_text, text, width):
                prev_text, hard = text, _ends_hard(source, line)
                out.extend(line)
                continue
            out.append(("\n", line[0][1]))
        out.extend(line)
        prev_text, hard = text, _ends_hard(source, line)
    return MappedText("".join(c for c, _ in out), tuple(o for _, o in out))


def display_text(source_span: str) -> str:
    """A document span for people: markup removed, line wraps and spaced headings joined.

    The characters are the document's own (no NFKC), so the result still stands in the document
    once whitespace is ignored.
    """
    text = _TAG.sub("\n", source_span)
    text = re.sub(r"[ \u3000]+", " ", text)
    text = re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", text)
    text = re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", text)
    text = re.sub(r" *\n[ \n]*", "\n", text).strip()
    return text


_FIGURE_CHARS = "0123456789０１２３４５６７８９,，.．%％△▲"


def _join(m: re.Match) -> str:
    """A gap between Japanese characters goes; between two figures (「４１２，９６０　３８９，５００」) it stays one space."""
    s, a, b = m.string, m.start(), m.end()
    apart = a > 0 and b < len(s) and s[a - 1] in _FIGURE_CHARS and s[b] in _FIGURE_CHARS
    return " " if apart else ""


def quote_text(span: str) -> str:
    """A sentence-sized document span as a quote: line wraps inside it joined, nothing else changed (two figures
    stay apart)."""
    text = re.sub(r"(?<=[^\x00-\x7f])[ \u3000]*\n[ \u3000\n]*(?=[^\x00-\x7f])", _join, span)
    text = re.sub(r"(?<=[^\x00-\x7f])[ \u3000]+(?=[^\x00-\x7f0-9])|(?<=[^\x00-\x7f0-9])[ \u3000]+(?=[0-9])|(?<=[0-9])[ \u3000]+(?=[^\x00-\x7f])", _join, text)
    return re.sub(r"\s+", " ", text).strip()


def spaceless(text: str) -> str:
    """NFKC with every whitespace removed: the form a table's cells, headers and a question's words are compared in."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def comparable(text: str) -> str:
    """The eval contract's comparison form: NFKC, whitespace and ※ removed (a quote must stand in its document so)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).replace("※", "")


def normalize_query(text: str) -> str:
    """NFKC, ※ removed, whitespace collapsed: the query side of `normalize`."""
    text = unicodedata.normalize("NFKC", strip_invisible(text)).replace("※", "")
    return re.sub(r"\s+", " ", text).strip()
