"""A document's metadata for citing it: title, issuing body, place, date of issue, edition, source URL.

Read from the document the way a person reads a cover: the title is the most title-like line of the
cover (a plan's name ends in 方針, 計画, 戦略…; it is printed large and early), never a photo caption,
a mascot's name or a lone 「令和７年度」; the date is the cover's date line (「令和7年3月」), else a
year in the title, the file's creation date, the year the headings speak of (「2021年度の主な取組」,
「R3予算額」) or the year the plan starts (「平成28年度から概ね5年間」). A chapter standing alone
(「Ⅲ 各地域の政策」) is named with the plan its opening mentions. The issuer is a body named on the
cover or in the file properties, else the body of the place the document covers.

A sidecar (ingest.sidecar) overrides anything read here.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from ingest.records import RawText
from ingest.structure import Line
from ingest.textnorm import MappedText, quote_text

COVER_LINES = 30
_PLAN_SUFFIX = re.compile(r"(?:総合戦略|総合計画|方針|計画|戦略|ビジョン|予算書|報告書|管理表|白書|構想|指針|プラン|概要|要覧|一覧)$")
_SUBJECT_SUFFIX = re.compile(r"(?:プロジェクト|の推進|について|事業|の政策|の取組)$")
_CAPTION = re.compile(r"^(?:図|表|写真|出典|資料|注|※|参考|イメージ)\s*[0-9０-９\-－:：.．()（）]|キャラクター|マスコット|ゆるキャラ|イラスト|イメージ図")
_CHAPTER = re.compile(r"^(?:第[0-9]{1,2}[章部編節]|[IVXⅠ-Ⅻ]{1,4}(?:\s|\.|$)|[0-9]{1,2}(?:\s|\.))")
_MARKER = tuple("■□◆◇●○▶▷・-•【※<＜(")
_ERA = r"(?:令和|平成|昭和)(?:元|[0-9]{1,2})"
_DATE_LINE = re.compile(rf"^((?:{_ERA}|[0-9]{{4}})年(?:度|[0-9]{{1,2}}月(?:[0-9]{{1,2}}日)?)?)"
                        r"(?:\s*(?:策定|改定|改訂|発行|作成|公表|版))?\s*(.*)$")
_YEAR = re.compile(rf"({_ERA}年度|{_ERA}年(?:[0-9]{{1,2}}月)?|[0-9]{{4}}年度|[0-9]{{4}}年(?:[0-9]{{1,2}}月)?)(?![0-9]{{0,2}}日)")
_SHORT_ERA = re.compile(r"(?<![A-Za-z])([RH])([0-9]{1,2}|元)(?=年度|予算|決算|当初|補正|実績|計画|\s)")
_PERIOD_START = re.compile(rf"({_ERA}年度|[0-9]{{4}}年度)(?:\([^)]*\))?から")
_QUOTED_PLAN = re.compile(r"「([^「」]{2,40}?(?:総合計画|総合戦略|計画|方針|戦略|ビジョン))」")
_BODY = re.compile(r"^[^\s、。0-9]{1,24}?(?:都|道|府|県|市|町|村|区|振興局|庁|省|役場|役所|委員会|協議会|事務局|[^方]部|課|局)"
                   r"(?:[・、][^\s、。]{1,16}?(?:振興局|部|課|局))*$")
_EDITION = re.compile(r"第[0-9]{1,2}(?:期|次|版)|[^\s()（）]{0,10}?(?:改訂|改定)版|概要版|素案|暫定版|最終案")
_URL = re.compile(r"https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")
_FILE_TITLE = re.compile(r"\.(?:docx?|xlsx?|pdf|pptx?|txt)$|^(?:Microsoft|無題|untitled|Slide|スライド|タイトル|Title)",
                         re.IGNORECASE)


@dataclass(frozen=True)
class DocumentMetadata:
    title: str
    date: str | None
    issuer: str = ""
    place: str = ""
    edition: str = ""
    source_url: str = ""


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def _key(text: str) -> str:
    return re.sub(r"\s", "", _nfkc(text))


@dataclass(frozen=True)
class _Candidate:
    text: str           # the title as the document gives it (quote form: spaces and wraps removed)
    index: int          # position of its first line among the cover lines
    chapter: bool


def cover_lines(lines: list[Line], mapped: MappedText, raw: RawText) -> list[Line]:
    """The lines of the cover: page 1 (and page 2 when page 1 holds almost nothing), else the first lines."""
    if raw.pages_known and len(raw.page_starts) > 1:
        ends = [s for s, _ in raw.page_starts[1:]]
        end = ends[0] if sum(1 for ln in lines if mapped.source_span(ln.start, ln.end)[0] < ends[0]) >= 2 \
            else (ends[1] if len(ends) > 1 else len(raw.text))
        return [ln for ln in lines if mapped.source_span(ln.start, ln.end)[0] < end][:COVER_LINES]
    return lines[:COVER_LINES]


def _quote(raw: RawText, mapped: MappedText, group: list[Line]) -> str:
    return "".join(quote_text(raw.text[slice(*mapped.source_span(ln.start, ln.end))]) for ln in group)


def _candidates(cover: list[Line], mapped: MappedText, raw: RawText) -> list[_Candidate]:
    out = []
    for i, ln in enumerate(cover):
        groups = [[ln]]
        nxt = cover[i + 1] if i + 1 < len(cover) else None
        # A title wrapped over two cover lines (「釧路・根室連携地域」 / 「政策展開方針」).
        if nxt is not None and not _PLAN_SUFFIX.search(_key(ln.text)) and len(_key(ln.text)) <= 30 \
                and not _DATE_LINE.match(_key(ln.text)) and not _CAPTION.search(_key(ln.text)) \
                and len(_key(nxt.text)) <= 30 and _PLAN_SUFFIX.search(_key(nxt.text)) and not _DATE_LINE.match(_key(nxt.text)):
            groups.append([ln, nxt])
        for group in groups:
            out.append(_Candidate(_quote(raw, mapped, group), i, bool(_CHAPTER.match(_nfkc(group[0].text)))))
    return out


def _title_score(c: _Candidate, sizes: dict[str, float], property_title: str) -> float | None:
    """How title-like a cover line is; None for what can never be a title."""
    key = _key(c.text)
    if len(key) < 3 or len(key) > 60 or key.endswith("。") or _DATE_LINE.match(key) and not _DATE_LINE.match(key).group(2) \
            or re.fullmatch(r"[0-9\-‐－ー/pP.()]+", key) or "・・・" in key or key in ("目次", "はじめに"):
        return None
    score = -0.15 * c.index
    if _PLAN_SUFFIX.search(key):
        score += 5
    elif _SUBJECT_SUFFIX.search(key):
        score += 2
    if _CAPTION.search(key):
        score -= 6
    if c.chapter:
        score -= 3
    if key.startswith(_MARKER) or "\t" in c.text:
        score -= 3
    if "、" in key or "。" in key:
        score -= 3
    score += 1 if 6 <= len(key) <= 45 else -2
    if sizes:
        biggest = max(sizes.values())
        size = max((v for k, v in sizes.items() if k and (k in key or key in k)), default=0.0)
        score += 4 * size / biggest if size >= 0.9 * biggest else 0
    if property_title and _key(property_title) in (key, key.replace("・", "")):
        score += 4
    return score


def _property_title(properties: dict) -> str:
    """The file's Title property when it reads like a title, not a file name or a template's word."""
    title = _nfkc(str(properties.get("title") or ""))
    if not title or _FILE_TITLE.search(title) or len(title) < 4 or len(title) > 80:
        return ""
    return title


def choose_title(cover: list[Line], mapped: MappedText, raw: RawText, sizes: dict[str, float] | None = None) -> str:
    """The cover's most title-like line (or two-line title); a lone chapter heading names its plan too."""
    properties = {k.lower(): v for k, v in raw.properties.items() if v}
    property_title = _property_title(properties)
    scored = [(s, c) for c in _candidates(cover, mapped, raw)
              if (s := _title_score(c, sizes or {}, property_title)) is not None]
    if property_title and not any(_key(property_title) == _key(c.text) for _, c in scored) \
            and _PLAN_SUFFIX.search(_key(property_title)):
        scored.append((5.5, _Candidate(property_title, 0, False)))
    if not scored:
        return property_title
    score, best = max(scored, key=lambda x: x[0])
    if score < 1 and property_title:
        return property_title
    if best.chapter and not _PLAN_SUFFIX.search(_key(best.text)):
        plan = _QUOTED_PLAN.search(_nfkc(mapped.text[:3000]))
        if plan and plan.group(1) not in best.text:
            return f"{plan.group(1)} {best.text}"
    return best.text


def _era_from_short(m: re.Match) -> str:
    era = "令和" if m.group(1) == "R" else "平成"
    return f"{era}{m.group(2)}年度"


def _property_date(properties: dict) -> str | None:
    """「2025年3月」 from a creation date property (「D:20250312…」, 「2025-03-12T…」, a datetime)."""
    value = properties.get("created") or properties.get("creationdate") or properties.get("creation_date")
    m = re.search(r"((?:19|20)[0-9]{2})-?([01][0-9])", str(value or ""))
    return f"{m.group(1)}年{int(m.group(2))}月" if m and 1 <= int(m.group(2)) <= 12 else None


def choose_date(cover: list[Line], title: str, lines: list[Line], text: str, properties: dict) -> str | None:
    """The date of issue, best source first (see the module docstring)."""
    dated = [m.group(1) for ln in cover if (m := _DATE_LINE.match(_key(ln.text))) and (not m.group(2) or _BODY.match(m.group(2)))]
    if dated:   # 「令和7年3月」 (the date of issue) before a lone 「令和7年度」 (a year the cover also names)
        return max(dated, key=lambda d: ("月" in d) - dated.index(d) / 100)
    m = _YEAR.search(_nfkc(title))
    if m:
        return m.group(1)
    dated = _property_date(properties)
    if dated:
        return dated
    for ln in lines[:60]:
        for cell in _nfkc(ln.text).split("\t"):
            if len(cell) <= 30 and "日" not in cell:
                m = _YEAR.search(cell)
                if m:
                    return m.group(1)
                m = _SHORT_ERA.search(cell)
                if m:
                    return _era_from_short(m)
    m = _PERIOD_START.search(_nfkc(text[:6000]))
    return m.group(1) if m else None


def _names_a_body(name: str, place: str) -> bool:
    """An office (「北海道総合政策部」, 「釧路総合振興局」) or the place itself or one above it (「北海道」 for
    「北海道/釧路・根室」); a town named on the cover of someone else's plan is an event's venue, not the issuer."""
    if not name or not _BODY.match(name) or _PLAN_SUFFIX.search(name) or re.search(r"[:：]", name):
        return False
    if re.search(r"(?:振興局|庁|省|役場|役所|委員会|協議会|事務局|部|課|局)$", name):
        return True
    return name in place.split("/")


def choose_issuer(cover: list[Line], properties: dict, place: str, title: str) -> str:
    """A body named on the cover or in the properties (author, company), else the place's body."""
    for ln in reversed(cover[:12]):
        key = _key(ln.text)
        m = _DATE_LINE.match(key)
        name = m.group(2) if m else key
        if name != _key(title) and _names_a_body(name, place):
            return name
    for field in ("company", "author", "creator"):
        value = _key(str(properties.get(field) or ""))
        if _names_a_body(value, place) or value in place.split("/") and value:
            return value
    return issuer_of_place(place)


def issuer_of_place(place: str) -> str:
    """The body that issues a document about a place: a municipality itself, else its prefecture
    (連携地域 and 振興局 areas are the prefecture's own divisions)."""
    if not place:
        return ""
    parts = place.split("/")
    last = parts[-1]
    if len(parts) > 1 and last.endswith(("市", "町", "村", "区")):
        return last
    return parts[0]


def choose_edition(cover: list[Line], title: str) -> str:
    for text in [title] + [ln.text for ln in cover[:12]]:
        m = _EDITION.search(_key(text))
        if m:
            return m.group(0)
    return ""


def choose_source_url(raw: RawText, properties: dict) -> str:
    """A URL in the properties, else in a page's header/footer lines, the cover or the last lines."""
    for field in ("url", "source", "source_url", "hyperlinkbase"):
        m = _URL.search(str(properties.get(field) or ""))
        if m:
            return m.group(0)
    bounds = [s for s, _ in raw.page_starts] + [len(raw.text)]
    edges = []
    for a, b in zip(bounds, bounds[1:]):
        page = [ln for ln in raw.text[a:b].split("\n") if ln.strip()]
        edges += page[:2] + page[-2:]
    whole = [ln for ln in raw.text.split("\n") if ln.strip()]
    for line in edges + whole[:15] + whole[-15:]:
        m = _URL.search(_nfkc(line))
        if m:
            return m.group(0).rstrip(".,)")
    return ""


def cover_font_sizes(path: Path) -> dict[str, float]:
    """The font size of each text line of a PDF's first page (key: the line without spaces, NFKC)."""
    if path.suffix.lower() != ".pdf":
        return {}
    try:
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            if not pdf.pages:
                return {}
            words = pdf.pages[0].dedupe_chars().extract_words(extra_attrs=["size"], keep_blank_chars=False)
    except Exception:  # the reader already reported an unreadable file; sizes are only a hint
        return {}
    rows: dict[int, list[dict]] = {}
    for w in words:
        rows.setdefault(round(w["top"] / 3), []).append(w)
    return {_key("".join(w["text"] for w in sorted(row, key=lambda w: w["x0"]))): max(w["size"] for w in row)
            for row in rows.values()}


def read_metadata(path: Path, raw: RawText, mapped: MappedText, lines: list[Line], overrides: dict[str, str],
                  place_of: Callable[[str, str], str]) -> DocumentMetadata:
    """Everything a citation names: the sidecar's `overrides` first, else read from the document.
    `place_of(title, text)` gives the place key of the area covered (ingest.coverage)."""
    properties = {k.lower(): v for k, v in raw.properties.items() if v}
    cover = cover_lines(lines, mapped, raw)
    title = overrides.get("title") or choose_title(cover, mapped, raw, cover_font_sizes(path))
    place = overrides.get("place") or place_of(title, mapped.text)
    read = DocumentMetadata(
        title=title,
        date=choose_date(cover, title, lines, raw.text, properties),
        issuer=choose_issuer(cover, properties, place, title),
        place=place,
        edition=choose_edition(cover, title),
        source_url=choose_source_url(raw, properties),
    )
    return replace(read, **{k: v for k, v in overrides.items() if k in ("date", "issuer", "edition", "source_url")})
