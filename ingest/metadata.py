"""A document's metadata for citing it: title, issuing body, place, date of issue, edition, source URL.

Read from the document the way a person reads a cover: the title is the most title-like line of the
cover (a plan's name ends in 方針, 計画, 戦略, 予算書, 進捗状況…; it is printed large and early, or is the
Markdown/HTML top heading), never a photo caption, a mascot's name or a lone 「令和７年度」 — though a
fiscal year printed right above the title belongs to it (「令和６年度 / 君津市一般会計予算書」). The date is
a cover line holding a date and the issuing body (「令和7年3月」, 「長野県白馬村　総務課　令和6年3月」), else
a year in the title, the file's creation date, the year the headings speak of (「2021年度の主な取組」,
「R3予算額」) or the year the plan starts (「平成28年度から概ね5年間」). A chapter standing alone
(「Ⅲ 各地域の政策」) is named with the plan its opening mentions. The issuer is the body (a prefecture or
a municipality) named on the cover or in the file properties, else the body of the area covered.

The cover is read from the reader's own lines (RawText), not the normalised text: normalising joins
wrapped lines, which would run the title into the date line below it. A sidecar (ingest.sidecar)
overrides anything read here.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from ingest.places.coverage import document_place, issuer_of_place
from ingest.vocab.eras import CURRENT_ERA_LETTERS, ERA_START, MODERN_ERAS, YearMention, full_era_name, read_years
from ingest.records import RawText
from ingest.vocab.title_words import AFTER_SHORT_ERA_WORDS, TITLE_KIND_WORDS

COVER_LINES = 30
DATE_PAGES = 2            # a date of issue printed on the first pages (cover, 提出 line of a 予算書)
_PLAN_SUFFIX = re.compile(rf"(?:{'|'.join(TITLE_KIND_WORDS)})$")
_SUBJECT_SUFFIX = re.compile(r"(?:プロジェクト|の推進|について|事業|の政策|の取組)$")
_TRAILING_NOTE = re.compile(r"[(（][^()（）]{1,20}[)）]$")
_CAPTION = re.compile(r"^(?:図|表|写真|出典|資料|注|※|参考|イメージ)\s*[0-9\-:.()]|キャラクター|マスコット|ゆるキャラ|イラスト|イメージ図")
_CHAPTER = re.compile(r"^(?:第[0-9]{1,2}[章部編節]|[IVXⅠ-Ⅻ]{1,4}(?:\s|\.|$)|[0-9]{1,2}(?:\s|\.))")
_MARKER = tuple("■□◆◇●○▶▷・-•【※<(|")
_ISSUE_WORD = re.compile(r"(?:策定|改定|改訂|発行|作成|公表|提出|版)?")
_AFTER_SHORT_ERA = re.compile("|".join(AFTER_SHORT_ERA_WORDS) + r"|\s")
_PERIOD_FROM = re.compile(r"(?:\([^)]*\))?から")
_QUOTED_PLAN = re.compile(r"「([^「」]{2,40}?(?:総合計画|総合戦略|計画|方針|戦略|ビジョン))」")
_BODY = re.compile(r"^[^\s、。0-9:]{1,24}?(?:都|道|府|県|市|町|村|区|振興局|庁|省|役場|役所|委員会|協議会|事務局|部|課|係|局|室)$")
_OFFICE = re.compile(r"(?:振興局|庁|省|役場|役所|委員会|協議会|事務局|部|課|係|局|室)$")
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


@dataclass(frozen=True)
class RawLine:
    """One line as the reader gave it, with its offset in RawText.text."""

    text: str
    start: int


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def _key(text: str) -> str:
    return re.sub(r"\s", "", _nfkc(text)).lstrip("#").strip()


def _named_years(text: str) -> list[YearMention]:
    """Years written in full, with 年: 「令和7年3月」, 「令和６年度」, 「2024年度」 (not 「R3」, not a bare 「2019」)."""
    return [y for y in read_years(text) if "年" in y.raw and y.era in (*MODERN_ERAS, "")]


def _year_text(y: YearMention) -> str | None:
    """The year as printed, up to its 年度, 年 or 月 (「令和7年3月15日」 -> 「令和7年3月」 is not: a day is not a date
    of issue's form, so -> 「令和7年」); None for a range written 「平成20~24年」."""
    raw = y.raw
    at = raw.find("年")
    if re.search(r"[~\-～〜]|から", raw[:at]):
        return None
    if raw.startswith("年度", at):
        return raw[:at + 2]
    if y.month is not None and y.day is None:
        return raw
    return raw[:at + 1]


def _is_fiscal_year(key: str) -> bool:
    """「令和6年度」, 「2024年度」 and nothing else."""
    found = _named_years(key)
    return len(found) == 1 and (found[0].start, found[0].end) == (0, len(key)) and found[0].fiscal \
        and found[0].year_end is None and not found[0].is_date


def _issue_date(part: str) -> str | None:
    """「令和7年3月」, 「令和7年3月15日策定」, 「2024年度」, 「令和6年」: the whole part is a date -> as 年月 / 年度 / 年."""
    found = _named_years(part)
    if not found or found[0].start != 0 or found[0].year_end is not None:
        return None
    y = found[0]
    if not _ISSUE_WORD.fullmatch(part, y.end):
        return None
    if y.day is not None:
        return y.raw[:y.raw.index("月") + 1]
    return y.raw


def _first_year(text: str) -> str | None:
    """The first year named in full (「令和6年度」, 「2021年」, 「令和7年3月」), as printed; a dated day gives its 年."""
    for y in _named_years(text):
        found = _year_text(y)
        if found:
            return found
    return None


def _short_era_year(cell: str) -> str | None:
    """「R3予算額」, 「H30年度」 -> 「令和3年度」 / 「平成30年度」 (a short era before a budget or plan word)."""
    for y in read_years(cell):
        if y.era in CURRENT_ERA_LETTERS and not y.is_date and y.year_end is None \
                and (y.fiscal or _AFTER_SHORT_ERA.match(cell, y.end)):
            return f"{full_era_name(y.era)}{y.year - ERA_START[y.era]}年度"
    return None


def _period_start(text: str) -> str | None:
    """「平成28年度（2016年度）から」: the fiscal year a plan starts."""
    for y in _named_years(text):
        if y.fiscal and y.year_end is None and not y.is_date and _PERIOD_FROM.match(text, y.end):
            return _year_text(y)
    return None


def title_text(text: str) -> str:
    """A title as printed, tidied: Markdown marks dropped, letter-spacing (「釧 路 ・ 根 室」) and the lone
    spaces PDF extraction leaves between Japanese characters and digits (「令和 6 年度」) removed, a wider gap
    or a full-width space kept as one space of its kind (「総合計画　後期基本計画」)."""
    text = re.sub(r"^#{1,6}\s*", "", text.strip())
    tokens = text.split()
    if len(tokens) > 2 and sum(len(t) == 1 for t in tokens) >= 0.6 * len(tokens):
        text = re.sub(r"(?<=\S)[ \u3000](?=\S)", "", text)
    text = re.sub(r"(?<=[^\x00-\x7f0-9]) (?=[^\x00-\x7f])|(?<=[^\x00-\x7f]) (?=[0-9])|(?<=[0-9]) (?=[^\x00-\x7f])", "", text)
    return re.sub(r"\s+", lambda m: "\u3000" if "\u3000" in m.group(0) else " ", text).strip()


def raw_lines(raw: RawText) -> list[RawLine]:
    lines, pos = [], 0
    for part in raw.text.split("\n"):
        if part.strip():
            lines.append(RawLine(part, pos))
        pos += len(part) + 1
    return lines


def _first_pages(lines: list[RawLine], raw: RawText, pages: int) -> list[RawLine]:
    if raw.pages_known and len(raw.page_starts) > pages:
        end = raw.page_starts[pages][0]
        return [ln for ln in lines if ln.start < end]
    return lines[:COVER_LINES * pages]


def cover_lines(lines: list[RawLine], raw: RawText) -> list[RawLine]:
    """The lines of the cover: page 1 (and page 2 when page 1 holds almost nothing), else the first lines."""
    cover = _first_pages(lines, raw, 1)
    if len(cover) < 2:
        cover = _first_pages(lines, raw, 2)
    return cover[:COVER_LINES]


def _base(key: str) -> str:
    """The title without a trailing note (「KPI一覧（令和5年度実績）」 -> 「KPI一覧」)."""
    return _TRAILING_NOTE.sub("", key)


@dataclass(frozen=True)
class _Candidate:
    text: str           # the title as the document gives it (title_text)
    index: int          # position of its first line among the cover lines
    chapter: bool
    top_heading: bool   # a Markdown 「# 」 heading


def _candidates(cover: list[RawLine]) -> list[_Candidate]:
    out = []
    for i, ln in enumerate(cover):
        key = _key(ln.text)
        groups = [[ln]]
        nxt = cover[i + 1] if i + 1 < len(cover) else None
        nkey = _key(nxt.text) if nxt else ""
        # A title wrapped over two lines (「釧路・根室連携地域」 / 「政策展開方針」), or a fiscal year printed right
        # above it (「令和６年度」 / 「君津市一般会計予算書」).
        if nxt is not None and not _PLAN_SUFFIX.search(_base(key)) and len(key) <= 30 and len(nkey) <= 40 \
                and _PLAN_SUFFIX.search(_base(nkey)) and not _issue_date(nkey) and not _CAPTION.search(key) \
                and (not _issue_date(key) or _is_fiscal_year(key)):
            groups.append([ln, nxt])
        for group in groups:
            text = title_text(group[0].text) if len(group) == 1 else \
                (title_text(group[0].text) + (" " if _is_fiscal_year(key) else "") + title_text(group[1].text))
            out.append(_Candidate(text, i, bool(_CHAPTER.match(_nfkc(group[0].text).lstrip("# "))),
                                  group[0].text.startswith("# ")))
    return out


def _title_score(c: _Candidate, sizes: dict[str, float], property_title: str) -> float | None:
    """How title-like a cover line is; None for what can never be a title."""
    key = _key(c.text)
    if len(key) < 3 or len(key) > 70 or key.endswith("。") or _issue_date(key) or _date_and_bodies(c.text) \
            or re.fullmatch(r"[0-9\-‐－ー/pP.()]+", key) or "・・・" in key or key in ("目次", "はじめに"):
        return None
    score = -0.15 * c.index
    if _PLAN_SUFFIX.search(_base(key)):
        score += 5
    elif _SUBJECT_SUFFIX.search(_base(key)):
        score += 2
    if c.top_heading:
        score += 4
    if _CAPTION.search(key):
        score -= 6
    if c.chapter:
        score -= 3
    if key.startswith(_MARKER) or "\t" in c.text:
        score -= 3
    if "、" in key or "。" in key:
        score -= 3
    score += 1 if 6 <= len(key) <= 50 else -2
    if sizes:
        biggest = max(sizes.values())
        size = max((v for k, v in sizes.items() if len(k) >= 3 and (k in key or key in k)), default=0.0)
        score += 4 * size / biggest if size >= 0.9 * biggest else 0
    if property_title and (_key(property_title) in (key, _base(key))
                           or SequenceMatcher(None, _key(property_title), key).ratio() >= 0.85):
        score += 4   # the file's Title property, or it with the town's name added (「令和6年度　富岡市主要な…」)
    return score


def _property_title(properties: dict) -> str:
    """The file's Title property when it reads like a title, not a file name or a template's word."""
    title = _nfkc(str(properties.get("title") or ""))
    if not title or _FILE_TITLE.search(title) or len(title) < 4 or len(title) > 80:
        return ""
    return title


def choose_title(cover: list[RawLine], text_head: str, properties: dict, sizes: dict[str, float] | None = None) -> str:
    """The cover's most title-like line (or two-line title); a lone chapter heading names its plan too."""
    property_title = _property_title(properties)
    scored = [(s, c) for c in _candidates(cover) if (s := _title_score(c, sizes or {}, property_title)) is not None]
    if property_title and _PLAN_SUFFIX.search(_base(_key(property_title))):
        # the file says its title (a workbook whose first line is only its sheet name): as good as a cover title
        scored.append((6.0, _Candidate(property_title, 0, False, False)))
    if not scored:
        return property_title
    score, best = max(scored, key=lambda x: x[0])
    if score < 1 and property_title:
        return property_title
    if best.chapter and not _PLAN_SUFFIX.search(_base(_key(best.text))):
        plan = _QUOTED_PLAN.search(_nfkc(text_head))
        if plan and plan.group(1) not in best.text:
            return f"{plan.group(1)}\u3000{best.text}"
    return best.text


def _date_and_bodies(line: str) -> tuple[str, list[str]] | None:
    """「令和7年3月」, 「令和２年９月　鹿児島県西之表市　企画課」, 「長野県白馬村 総務課 令和6年3月」: a date of issue
    with nothing beside it but issuing bodies -> (date as 年月 or 年度, the bodies); else None."""
    parts = [_key(p) for p in re.split(r"[\s\u3000]+", _nfkc(line)) if p.strip()]
    dates = [d for p in parts if (d := _issue_date(p))]
    bodies = [p for p in parts if not _issue_date(p)]
    if len(dates) != 1 or not all(_BODY.match(b) for b in bodies):
        return None
    return dates[0], bodies


def _property_date(properties: dict) -> str | None:
    """「2025年3月」 from a creation date property (「D:20250312…」, 「2025-03-12T…」)."""
    m = re.search(r"((?:19|20)[0-9]{2})-?([01][0-9])", str(properties.get("created") or ""))
    return f"{m.group(1)}年{int(m.group(2))}月" if m and 1 <= int(m.group(2)) <= 12 else None


def choose_date(first_pages: list[RawLine], title: str, lines: list[RawLine], text: str, properties: dict) -> str | None:
    """The date of issue, best source first (see the module docstring)."""
    dated = [found[0] for ln in first_pages if (found := _date_and_bodies(ln.text))]
    if dated:   # 「令和7年3月」 (the date of issue) before a lone 「令和7年度」 (a year the cover also names)
        return max(dated, key=lambda d: ("月" in d) - dated.index(d) / 100)
    found = _first_year(_nfkc(title))
    if found:
        return found
    dated_property = _property_date(properties)
    if dated_property:
        return dated_property
    for ln in lines[:60]:
        for cell in _nfkc(ln.text).split("\t"):
            if len(cell) <= 30 and "日" not in cell:
                found = _first_year(cell) or _short_era_year(cell)
                if found:
                    return found
    return _period_start(_nfkc(text[:6000]))


def _body_of(name: str, gazetteer) -> str:
    """The issuing body a name stands for: 「千葉県松戸市財務部財政課」 -> 松戸市, 「釧路総合振興局」 -> 北海道;
    an office naming no place (「国土交通省」) stands for itself."""
    if gazetteer is not None:
        keys = [m.key for m in gazetteer.find(name)]
        if keys:
            return issuer_of_place(max(keys, key=lambda k: k.count("/")))
    return name if _OFFICE.search(name) and len(name) >= 3 else ""


def choose_issuer(first_pages: list[RawLine], cover: list[RawLine], properties: dict, place: str, title: str,
                  gazetteer) -> str:
    """The body named beside the cover's date or alone on a cover line, in the properties (author, company),
    else the body of the place covered."""
    named = [b for ln in first_pages if (found := _date_and_bodies(ln.text)) for b in found[1]]
    named += [_key(ln.text) for ln in cover[-8:] if _BODY.match(_key(ln.text)) and _key(ln.text) != _key(title)
              and not _PLAN_SUFFIX.search(_key(ln.text)) and "\t" not in ln.text]   # a table row 担当課｜…課 is no issuer
    named += [_key(str(properties.get(f) or "")) for f in ("company", "author")]
    for name in named:
        body = _body_of(name, gazetteer) if name else ""
        if body:
            return body
    return issuer_of_place(place)


def choose_edition(cover: list[RawLine], title: str) -> str:
    for text in [title] + [ln.text for ln in cover[:12] if "\t" not in ln.text and not ln.text.rstrip().endswith("。")]:
        m = _EDITION.search(_key(text))   # never a table cell's or a sentence's 「（第２期）」 工事
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


def read_metadata(path: Path, raw: RawText, overrides: dict[str, str], gazetteer=None) -> DocumentMetadata:
    """Everything a citation names: the sidecar's `overrides` first, else read from the document.
    `gazetteer` (ingest.places.gazetteer) gives the place covered and the body behind an office's name."""
    properties = {k.lower(): v for k, v in raw.properties.items() if v}
    lines = raw_lines(raw)
    cover = cover_lines(lines, raw)
    first_pages = _first_pages(lines, raw, DATE_PAGES)
    title = overrides.get("title") or choose_title(cover, raw.text[:3000], properties, cover_font_sizes(path))
    place = (document_place(title, raw.text, overrides.get("place") or "", gazetteer) if gazetteer is not None
             else overrides.get("place") or "")
    read = DocumentMetadata(
        title=title,
        date=choose_date(first_pages, title, lines, raw.text, properties),
        issuer=choose_issuer(first_pages, cover, properties, place, title, gazetteer),
        place=place,
        edition=choose_edition(cover, title),
        source_url=choose_source_url(raw, properties),
    )
    return replace(read, **{k: v for k, v in overrides.items() if k in ("date", "issuer", "edition", "source_url")})
