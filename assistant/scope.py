"""What a question is scoped to: the places, fiscal years and plan edition it names.

「音威子府村の観光入込客数の目標値は？」 names 音威子府村 (北海道/道北/上川/音威子府村 in the gazetteer of
`ingest.places.gazetteer`); a document or record answers it only when its place lies inside that place
(`contains(asked, place)`: a path-key prefix). A passage of a wider document (北海道, a 連携地域) answers
when the passage itself mentions a place inside the asked one. Years (「令和12年度」, 「R3」, 「2035年度」)
narrow values and passages to those years; 「前の計画」 asks for the edition before the newest.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.vocab.eras import YearMention, read_years
from ingest.vocab.groups import asked_breakdowns, shows_breakdown
from ingest.places.coverage import document_place as covered_document_place, narrowed_place
from ingest.places.gazetteer import Gazetteer, contains
from ingest.places.gazetteer import load_gazetteer as gazetteer   # the one cached gazetteer (read-only data)
from ingest.records import Document
from ingest.vocab.title_words import MASTHEAD_NOT_NAMES, MASTHEAD_WORDS
from ingest.text.normalize import normalize_query

_PREVIOUS = re.compile(r"(?:前|以前|旧|前回|従前|改訂前)の(?:計画|方針|版|戦略|プラン)|前の計画|旧計画|旧方針")
# Words that say "an area" after a place name; dropped with the name when the subject is read.
PLACE_TAIL = r"(?:連携地域|地域|管内|圏域|振興局|総合振興局|全体|内(?!容))?"   # 「南国市内事業所」: the town's own 事業所
_RESIDENTS = "民"   # after a town's 市/町/村/区: its residents (「市民」, 「町民」), a word of its own


@dataclass(frozen=True)
class Scope:
    places: tuple[str, ...] = ()       # place keys the question names
    names: tuple[str, ...] = ()        # the names as the question writes them
    years: tuple[int, ...] = ()        # Western fiscal years the question names
    year_texts: tuple[str, ...] = ()   # as written (「令和12年度」)
    edition: str = ""                  # "previous": the plan before the newest
    spans: tuple[tuple[int, int], ...] = field(default=(), compare=False)
    outside_docs: frozenset[str] = frozenset()   # documents titled with another 第N号 of what the question names

    def covers(self, place: str) -> bool:
        """True when `place` (a key; "" unknown) lies inside a named place, or no place is named."""
        if not self.places:
            return True
        return bool(place) and any(contains(asked, place) for asked in self.places)

    def covers_any(self, places) -> bool:
        return not self.places or any(self.covers(p) for p in places)

    @property
    def where(self) -> str:
        """「音威子府村」 / 「十勝・釧路」 for messages."""
        return "・".join(dict.fromkeys(self.names))


def named_years(text: str) -> list[YearMention]:
    """The years a question (or a passage) names as years (「令和5年度」, 「R3～R7」, 「2030年」), spans into `text`:
    the one reader of them, for a question's scope, for the KPI fields each year qualifies
    (assistant.kpi_answers.year_fields) and for the years a passage speaks for. A date (「令和5年4月1日」, a 広報's
    「2024年10月15日発行」) or a bare four-digit number (「2019」) names no year."""
    return [y for y in read_years(text) if not y.bare and not y.is_date]


def fiscal_years_named(text: str) -> set[int]:
    """The years a text names as years, not as dates (a 広報's 「2024年10月15日発行」 is not its fiscal year)."""
    years: set[int] = set()
    for y in named_years(text):
        years.update(range(y.year, min(y.year_end or y.year, y.year + 40) + 1))
    return years


def read_scope(question: str, places: Gazetteer | None = None) -> Scope:
    places = places or gazetteer()
    mentions = places.find(question)
    years, year_texts = [], []
    for y in named_years(question):
        years += range(y.year, min(y.year_end or y.year, y.year + 40) + 1)
        year_texts.append(y.raw.strip())
    edition = "previous" if _PREVIOUS.search(question) else ""
    return Scope(tuple(dict.fromkeys(m.key for m in mentions)), tuple(m.name for m in mentions),
                 tuple(dict.fromkeys(years)), tuple(year_texts), edition,
                 tuple((m.start, m.end) for m in mentions))


# 「補正予算（第3号）」, 「会議録（第4号）」, 「議案第52号」: the thing numbered (the last few characters before 第) and N.
_NUMBERED_THING = re.compile(r"([^\s()（）第0-9]{2,4})\s*[(（]?\s*第\s*([0-9]+)\s*号")


def numbered_things(text: str) -> set[tuple[str, int]]:
    """(thing, N) for each 第N号 a text names after the thing it numbers (NFKC text)."""
    return {(thing, int(n)) for thing, n in _NUMBERED_THING.findall(text)}


def numbered_otherwise(question: str, documents) -> frozenset[str]:
    """The documents (doc -> Document) whose title names only another number of what the question numbers (the
    question 「補正予算（第4号）」, the title 「…補正予算（第3号）の概要」) and whose text never names the asked one:
    such a document answers for its own number, never for the asked one (a bound volume of several 議案 names each
    of them). Empty, with no document looked at, when the question numbers nothing."""
    asked = numbered_things(question)
    if not asked:
        return frozenset()
    return frozenset(doc for doc, document in documents.items()
                     if _titled_otherwise(asked, numbered_things(normalize_query(document.title)), document.text))


def outside_documents(question: str, documents) -> frozenset[str]:
    """The documents that answer the question with nothing they hold, whatever its words match: titled with another
    第N号 of what it numbers, or unable to hold a breakdown it asks by name."""
    return numbered_otherwise(question, documents) | lacking_breakdown(question, documents)


def lacking_breakdown(question: str, documents) -> frozenset[str]:
    """The documents (doc -> Document) that cannot hold a breakdown the question asks by name (「地区別の定住意向」 of
    a survey that reports only 年代別): their figures answer for the whole, never for the breakdown asked. Empty, with
    no document looked at, when the question names none."""
    asked = asked_breakdowns(question)
    if not asked:
        return frozenset()
    return frozenset(doc for doc, document in documents.items()
                     if not all(shows_breakdown(stem, f"{document.title}\n{document.text}") for stem in asked))


def _titled_otherwise(asked: set[tuple[str, int]], titled: set[tuple[str, int]], text: str) -> bool:
    return any(any(thing == t and n != m for t, m in titled) and (thing, n) not in titled
               and not _names_numbered(text, thing, n) for thing, n in asked)


def _names_numbered(text: str, thing: str, n: int) -> bool:
    """Whether a raw text names 「thing（第n号）」 (full-width digits and brackets as printed)."""
    digits = "".join(f"[{d}{chr(ord(d) + 0xFEE0)}]" for d in str(n))
    return bool(re.search(rf"{re.escape(thing)}\s*[（(]?\s*第\s*{digits}\s*号", text))


def without_scope(question: str, scope: Scope) -> str:
    """The question with its place names (and 「地域」 after them), years and edition words removed."""
    text = question
    for name in sorted(set(scope.names), key=len, reverse=True):
        # 「おいらせ町民交流プラザ」: the 町民 a facility is named for stays a word of the subject
        text = re.sub(re.escape(name[:-1]) + f"(?={re.escape(name[-1:])}{_RESIDENTS})", " ", text)
        text = re.sub(re.escape(name) + PLACE_TAIL, " ", text)
    for y in sorted(read_years(text), key=lambda y: -y.start):
        if not y.bare:
            text = text[:y.start] + " " + text[y.end:]
    text = _PREVIOUS.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


COVER_CHARS = 300        # the cover: a document's first characters (a CSV's header and first row)


def cover_text(document: Document) -> str:
    """The title and the first characters of a document: where its fiscal year, kind and town are printed."""
    return f"{document.title}\n{document.text[:COVER_CHARS]}"


def document_place(document: Document, places: Gazetteer | None = None) -> str:
    """The document's place key as an answer reads it: `Document.place` (ingest.places.coverage.document_place) narrowed
    to a town its cover names and most of its mentions inside it name (`narrowed_place`), else the place its title
    names; "" when unknown."""
    places = places or gazetteer()
    if not document.place:
        return covered_document_place(document.title, "", gazetteer=places)
    return narrowed_place(document.place, cover_text(document), document.text, places)


def document_years(document: Document) -> set[int]:
    """The fiscal years a document's title, date and cover print with 年度 (「令和7年度当初予算案の概要」):
    the years its passages speak for when they name none themselves."""
    text = f"{document.title}\n{document.date or ''}\n{document.text[:COVER_CHARS]}"
    years: set[int] = set()
    for y in read_years(text):
        if y.fiscal and not y.bare:
            years.update(range(y.year, min(y.year_end or y.year, y.year + 10) + 1))
    return years


def place_keys(text: str, places: Gazetteer | None = None) -> set[str]:
    """Keys of the places a text mentions (a record's area 「十勝、オホーツク」, a passage)."""
    return {m.key for m in (places or gazetteer()).find(text)}


def place_tokens(tokens, places) -> set[str]:
    """The tokens that are names of places (「釧路」 in an indicator 「観光入込客数(釧路)」): not its subject."""
    return {t for t in tokens if gazetteer().resolve(t)}


def without_edition(question: str) -> str:
    """The question without 「前の計画で、」: what to search for once the edition is read."""
    return re.sub(r"^[、,\s]+", "", _PREVIOUS.sub("", question)).strip() or question


_PLACE_SUFFIX = re.compile(r"(?<=..)(?:市|町|村|区|都|道|府|県)$")


def names_asked_place(scope: Scope, document: Document, reading=None) -> bool:
    """Whether a document whose place cannot be read may speak for a place the question names: its title or text names
    that place, its name without 市/町/村 (「住み続けられる下郷」, never 「下郷町」), or that name in kana (「広報ひおき」 for
    日置市; `reading(text)` gives the katakana reading, three kana at least) — or it names no town of its own at all.
    A newsletter whose masthead names another town (「南会津町の予算は」 over 「広報しもごう」) speaks for that town."""
    if not scope.places:
        return True
    text = f"{document.title}\n{document.text}"
    for key in scope.places:
        name = key.rsplit("/", 1)[-1]
        stem = _PLACE_SUFFIX.sub("", name)
        if name in text or stem in text:
            return True
        kana = reading(stem) if reading else ""
        if len(kana) >= MIN_READING and re.fullmatch(r"[ァ-ヶー]+", kana) and (kana in text or _hiragana(kana) in text):
            return True
    return not _MASTHEAD.search(cover_text(document))


MIN_READING = 3   # 「しわ」 (紫波) stands in many a word: a name read in two kana says no place
# 「広報しもごう」, 「市報みなと」: a masthead and the town it names (kana or kanji), never 「広報紙」
_MASTHEAD = re.compile("(?:" + "|".join(MASTHEAD_WORDS) + r")[\s\u3000]*(?!" + "|".join(MASTHEAD_NOT_NAMES)
                       + r")(?:[ぁ-ゖー]{2,8}|[ァ-ヺー]{2,8}|[\u4e00-\u9fff々]{2,4})")



def _hiragana(katakana: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in katakana)
