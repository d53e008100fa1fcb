"""Plans as data at question time: the KPI, project and budget registry over all indexed documents,
and the answers built from it (KPI lookups and filters, project lists, budget lookups and sums).

Every figure an answer states is the raw text of the cell or span its citation quotes.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cached_property

from assistant.extractive import IdfTable
from assistant.labels import citation_label
from assistant.blocks import BlockIndex
from assistant.lists import ListIndex
from assistant.quotes import quote_text, readable_span
from assistant.matching import BUDGET_MIN_ASKED, KPI_MIN_ASKED, KPI_MIN_COVER, Match, match, subject_tokens
from assistant.synonyms import expand
from assistant.scope import Scope, document_place, place_keys, place_tokens, years_in
from assistant.records import Answer, Citation, KpiFact, ProjectRef
from index.search import Hit
from index.tokenizer import JapaneseTokenizer
from ingest.places import contains
from ingest.plan_records import BudgetLine, Kpi, PlanUnit, Project, Source
from ingest.blocks import Block
from ingest.list_items import ListItem
from ingest.outline import unit_name
from ingest.projects import DocumentPlans, extract_plans
from ingest.records import Document
from ingest.textnorm import normalize_query
from ingest.vocab.eras import read_years

COMPUTED = "（計算）"   # a line the answer computed (a sum); `assistant.verify` checks its addends instead
_FIELD_WORDS = (("target", "目標"), ("actual", "実績"), ("actual", "現状"), ("baseline", "基準"), ("progress", "進捗"),
                ("progress", "達成"))
_FIELD_LABEL = {"baseline": "基準値", "actual": "実績値", "target": "目標値", "progress": "進捗率"}


def _key(text: str) -> str:
    return re.sub(r"[\s「」“”\"]", "", text)


def _shortened(quote: str, limit: int = 120) -> str:
    """A quote cut to about `limit` characters at a sentence, comma or space (never mid-word), with 「…」."""
    if len(quote) <= limit:
        return quote
    cut = max(quote.rfind(ch, 0, limit) for ch in "。、 ")
    return quote[: cut + 1 if cut > limit // 2 else limit].rstrip() + "…"


_NUMBERING = re.compile(r"^(?:[（(][0-9０-９]+[)）]|(?:基本目標|政策|施策|プロジェクト|重点)\s*[0-9０-９]+(?:\s*[－\-ー―の]\s*[0-9０-９]+)?)\s*")


_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_ERA_YEAR = r"(?:令和|平成|R|H)\s*(?:元|[0-9０-９]{1,2})\s*年度?"
_PERIOD_FROM = re.compile(_ERA_YEAR + r"\s*(?:から|～|~|〜)")
_PERIOD_TO = re.compile(_ERA_YEAR + r"\s*まで")


def _unnumbered(heading: str) -> str:
    """「（１）観光の振興」 -> 観光の振興, 「プロジェクト１－１ テレワークで…」 -> テレワークで…: a heading's name."""
    return _NUMBERING.sub("", heading.strip()).strip() or heading


def asked_fields(question: str) -> list[str]:
    """The KPI fields a question asks for (all of them when it names none)."""
    fields = list(dict.fromkeys(f for f, word in _FIELD_WORDS if word in question))
    return fields or ["baseline", "actual", "target", "progress"]


_PERCENT = re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*[%％]")


def _progress_as_printed(kpi: Kpi) -> str:
    """The progress rate as the KPI's row prints it (「129.0%」, not 129%), else as read."""
    for m in _PERCENT.finditer(kpi.source.quote):
        if abs(float(m.group(1)) - kpi.progress) < 1e-9:
            return f"{m.group(1)}%"
    return f"{kpi.progress:g}%"


def _states(kpi: Kpi, field: str) -> bool:
    """Whether the document states this KPI's `field` (a computed progress is not stated)."""
    if field == "progress":
        return kpi.progress is not None and not kpi.progress_computed
    return getattr(kpi, field) is not None


def _of_years(kpi: Kpi, years: set[int], fields: tuple[str, ...] = ("baseline", "actual", "target")) -> Kpi:
    """The KPI with the values of other years than `years` left out of `fields` (values whose year is unknown
    stay, and so do the other fields' values)."""
    from dataclasses import replace

    def keep(value):
        if value is None or not value.year:
            return value
        return value if years & set(range(value.year, (value.year_end or value.year) + 1)) else None
    return replace(kpi, **{f: keep(getattr(kpi, f)) for f in fields})


_FIELD_WORD = r"(目標|実績|現状|基準)値?"
_GLOSSED_FIELD = re.compile(_FIELD_WORD + r"\s*[(（]\s*$")                  # 「目標値（R7）」: the year glosses it
_YEAR_BEFORE_FIELD = re.compile(r"\s*(?P<of>の|時点の|時点での|における)?\s*" + _FIELD_WORD)
_AND_FIELD = re.compile(r"\s*(?:と|、|・|及び|および|や)\s*" + _FIELD_WORD)
_FIELD_OF_WORD = {word: field for field, word in _FIELD_WORDS}


def year_fields(question: str) -> tuple[str, ...]:
    """The value fields the years of a question qualify. A year qualifies the field word it glosses (「目標値（R7）」)
    or stands right before: 「基準値と令和5年度の実績値」 -> (actual,), the 基準値 is asked whatever its year;
    「H27実績と目標値」 -> (actual,); 「令和5年度の目標値と実績値」 -> both (「の」 takes the fields joined after it).
    When a year stands before no field word (「令和5年度に何件」) it qualifies every field."""
    text = normalize_query(question)
    everything = ("baseline", "actual", "target")
    attached: list[str] = []
    for year in (y for y in read_years(text) if not y.is_date):
        glossed = _GLOSSED_FIELD.search(text[:year.start])
        if glossed:
            attached.append(_FIELD_OF_WORD[glossed.group(1)])
            continue
        after = _YEAR_BEFORE_FIELD.match(text, year.end)
        if after is None:
            return everything
        attached.append(_FIELD_OF_WORD[after.group(2)])
        end = after.end()
        while after.group("of") and (joined := _AND_FIELD.match(text, end)):
            attached.append(_FIELD_OF_WORD[joined.group(1)])
            end = joined.end()
    return tuple(dict.fromkeys(attached)) or everything


def _latest_of_series(kpis: list[Kpi]) -> list[Kpi]:
    """The records of one table row's yearly series (one per year with an actual) reduced to its latest year's:
    a question naming no year asks the latest figure."""
    latest: dict[tuple, Kpi] = {}
    for kpi in kpis:
        key = (kpi.source.doc, kpi.source.start, kpi.source.end, kpi.indicator)
        year = kpi.actual.year if kpi.actual is not None and kpi.actual.year else 0
        held = latest.get(key)
        if held is None or year > (held.actual.year if held.actual is not None and held.actual.year else 0):
            latest[key] = kpi
    return [k for k in kpis if latest[(k.source.doc, k.source.start, k.source.end, k.indicator)] is k]


_CURRENT_COLUMN = re.compile(r"現状|現況")
_UNIT_NAMES_REST = 0.8   # share of the subject words an indicator lacks that its 事業's name must hold


def _as_current(kpi: Kpi) -> Kpi:
    """A KPI whose 「現状値」 column is its starting point (a baseline: the table has no 基準値) answers a
    question asking the 現状値 as its actual; other records unchanged."""
    from dataclasses import replace

    if kpi.actual is None and kpi.baseline is not None and _CURRENT_COLUMN.search(kpi.baseline.column):
        return replace(kpi, actual=kpi.baseline)
    return kpi


def _value_years(kpi: Kpi) -> set[int]:
    years = set()
    for value in (kpi.baseline, kpi.actual, kpi.target):
        if value is not None and value.year:
            years.update(range(value.year, (value.year_end or value.year) + 1))
    return years


class PlanRegistry:
    """KPIs, projects and budget lines of every indexed document (built once per index generation)."""

    def __init__(self, documents: dict[str, Document], tokenizer: JapaneseTokenizer, idf: IdfTable,
                 stored: dict[str, dict] | None = None):
        """`stored`: each document's plans as the index holds them (extracted at ingest); others are extracted here."""
        self.documents, self.tokenizer, self.idf = documents, tokenizer, idf
        stored = stored or {}
        self.kpis: list[Kpi] = []
        self.budgets: list[BudgetLine] = []
        self.projects: dict[str, Project] = {}
        self.units: list[PlanUnit] = []   # every 基本目標/施策/プロジェクト/事業 record, with its outline and place
        self.items: list[ListItem] = []   # every list item (事業/取組 under a group heading), assistant.lists
        self.titles: dict[str, str] = {}
        self.covers: dict[str, str] = {}   # each document's first lines (ingest.projects.cover_lines)
        self.blocks: list[Block] = []     # every labelled block (【課 題】, 目的 …), assistant.blocks
        self.mentions: dict[str, list[str]] = {}   # the places each document's first lines name
        seen: set[tuple] = set()
        for doc in documents:  # documents are read only when their plans were not stored (older ingest)
            plans = DocumentPlans.from_json(stored[doc]) if doc in stored else extract_plans(documents[doc])
            for kpi in plans.kpis:
                key = (_key(kpi.indicator), kpi.area, kpi.baseline and kpi.baseline.raw, kpi.target and kpi.target.raw,
                       kpi.actual and (kpi.actual.raw, kpi.actual.year))   # a series table: one record per year
                if key not in seen:
                    seen.add(key)
                    self.kpis.append(kpi)
            self.budgets += plans.budgets
            self.units += plans.units
            self.items += plans.items
            self.blocks += plans.blocks
            self.mentions[doc] = plans.places
            self.titles[doc] = plans.title or doc
            self.covers[doc] = plans.cover
            for name, region in plans.projects.items():
                entry = self.projects.setdefault(_key(name), Project(name))
                if region and region not in entry.regions:
                    entry.regions.append(region)
                entry.sources += plans.evidence.get(name, [])
        for kpi in self.kpis:
            if _key(kpi.project) in self.projects:
                self.projects[_key(kpi.project)].kpis.append(kpi)
        for line in self.budgets:
            if _key(line.project) in self.projects:
                self.projects[_key(line.project)].budgets.append(line)
        # tokens of everything a question is matched against, made once here and not per question
        self._kpi_tokens = [set(tokenizer.tokenize(k.indicator)) for k in self.kpis]
        self._budget_tokens = [set(tokenizer.tokenize(line.item + " " + line.project)) for line in self.budgets]
        self._kpi_places = [self._places_of(k.place, k.area, k.source.doc) for k in self.kpis]
        self._budget_places = [self._places_of(b.place, b.area or b.region, b.source.doc) for b in self.budgets]
        self._quote_tokens: dict[tuple[str, int, int], set[str]] = {}
        self._unit_tokens: dict[str, set[str]] = {}   # a KPI's 事業/施策 name -> its tokens, made on first need
        for entry in self.projects.values():
            for source in entry.sources + [b.source for b in entry.budgets]:
                self._tokens_of(source)

    def _tokens_of(self, source: Source) -> set[str]:
        key = (source.doc, source.start, source.end)
        if key not in self._quote_tokens:
            self._quote_tokens[key] = set(self.tokenizer.tokenize(source.quote))
        return self._quote_tokens[key]

    # --- shared helpers -------------------------------------------------------------------
    def citation(self, n: int, source: Source) -> Citation:
        """The citation of a plan record's source span (its quote, label and offsets)."""
        document = self.documents[source.doc]
        page = document.page_at(source.start)
        return Citation(n, source.doc, page, source.quote, citation_label(document, page, source.start), document.title,
                        source.start, source.end)

    def label_of(self, source: Source) -> str:
        """「title（issuer、date）p.N」 for a plan record's source."""
        return self.citation(0, source).label

    def _places_of(self, place: str, area: str, doc: str) -> set[str]:
        """A record's place keys: its own (issue 11), else the places its area names, else its document's."""
        keys = place_keys(area)
        if place:  # the area a record names is more specific than a wide document's place (北海道 → 道南)
            return keys if keys and all(contains(place, k) for k in keys) else {place}
        if keys:
            return keys
        own = document_place(self.documents[doc]) if doc in self.documents else ""
        return {own} if own else set()

    # --- KPIs -------------------------------------------------------------------------------
    def match_kpis(self, subject: set[str], scope: Scope) -> tuple[list[Kpi], list[Kpi]]:
        """KPIs whose indicator matches the subject: (inside the scope, elsewhere), best first."""
        if not subject:
            return [], []
        inside, elsewhere = [], []
        for with_unit in (False, True):
            for kpi, kpi_tokens, places in zip(self.kpis, self._kpi_tokens, self._kpi_places):
                m = self._kpi_match(subject, kpi, kpi_tokens - place_tokens(kpi_tokens, places), with_unit)
                if m is None:
                    continue
                covered = scope.covers_any(places) and (not scope.years or bool(set(scope.years) & _value_years(kpi)))
                (inside if covered else elsewhere).append((m.asked + m.cover, kpi))
            if inside or elsewhere:
                break

        def best(scored):
            if not scored:
                return []
            top = max(s for s, _ in scored)
            return [k for s, k in sorted(scored, key=lambda x: -x[0]) if s >= top * 0.8]
        return best(inside), best(elsewhere)

    def _kpi_match(self, subject: set[str], kpi: Kpi, indicator: set[str], with_unit: bool):
        """How a KPI matches the subject, or None. The indicator must hold the subject; `with_unit` (asked only
        when no indicator does): the words the indicator lacks must name the 事業 or 施策 the KPI belongs to
        (「雪下ろし支援事業の支援世帯数」), while the subject still covers the indicator itself; the score then
        counts how fully the subject names indicator and 事業 together (another 事業 of the same indicator
        scores lower)."""
        m = match(subject, indicator, self.idf)
        if with_unit:
            if kpi.project not in self._unit_tokens:
                self._unit_tokens[kpi.project] = set(self.tokenizer.tokenize(kpi.project)) if kpi.project else set()
            unit = self._unit_tokens[kpi.project]
            rest = subject - expand(indicator)
            if not unit or not rest or m.cover < KPI_MIN_COVER or rest == subject:
                return None
            named = match(rest, unit, self.idf).asked
            if named < _UNIT_NAMES_REST:
                return None
            both = match(subject, indicator | unit, self.idf)
            m = Match(both.asked, both.cover)
            return m if m.asked >= KPI_MIN_ASKED else None
        return m if m.asked >= KPI_MIN_ASKED and m.cover >= KPI_MIN_COVER else None

    @staticmethod
    def kpi_fact(kpi: Kpi, n: int) -> KpiFact:
        """The KPI as an answer states it, cited by [n]."""
        return KpiFact(kpi.indicator, kpi.area, kpi.project, kpi.baseline, kpi.actual, kpi.target, kpi.progress, (n,),
                       kpi.source.doc)

    @staticmethod
    def kpi_name(kpi: Kpi) -> str:
        """「観光入込客数（釧路）」: the indicator with its area when the indicator does not say it."""
        return kpi.indicator + (f"（{kpi.area}）" if kpi.area and kpi.area not in kpi.indicator else "")

    def _told_apart(self, kpis: list[Kpi]) -> dict[int, str]:
        """Names for KPIs that share an indicator name but belong to different 事業/施策 (「利用者数」 of two 事業
        in one 事務事業評価 sheet): 「地区交流センター管理事業の利用者数」; the others keep their own name."""
        groups: dict[str, list[Kpi]] = {}
        for kpi in kpis:
            groups.setdefault(self.kpi_name(kpi), []).append(kpi)
        names = {}
        for name, same in groups.items():
            if len({k.project for k in same}) > 1 and all(k.project for k in same):
                names.update({id(k): f"{k.project}の{name}" for k in same})
        return names

    def _kpi_statement(self, kpi: Kpi, fields: list[str], n: int, name: str = "") -> str:
        """「観光入込客数（釧路）の目標値は 904.6万人(R7) です[1]」: each figure as its cell states it."""
        name = name or self.kpi_name(kpi)
        parts = []
        for f in fields:
            if f == "progress":
                if kpi.progress is not None and not kpi.progress_computed:
                    parts.append(f"進捗率は {_progress_as_printed(kpi)}")
            elif getattr(kpi, f) is not None:
                value = getattr(kpi, f)   # a cell under a [単位] column or a label's 「(千円)」: say the unit it has
                unit = value.unit if value.unit and value.value is not None \
                    and value.unit not in unicodedata.normalize("NFKC", value.raw) else ""
                # a survey's rate stated in a sentence has no column: it is the value, not a 実績値 beside a 目標値
                label = "" if f == "actual" and not value.column and kpi.target is None and kpi.baseline is None \
                    else "現状値" if _CURRENT_COLUMN.search(value.column) else _FIELD_LABEL[f]
                parts.append(f"{label}は {value.raw}{unit}")
        if not parts:
            asked = "・".join(_FIELD_LABEL[f] for f in fields)
            return f"{name}の{asked}は記載がありません（指標の行は[{n}]）"
        said = "、".join(parts)
        return f"{name}{said if said.startswith('は') else 'の' + said} です[{n}]"

    def answer_kpi(self, question: str, kpis: list[Kpi], years: set[int] = frozenset()) -> Answer | None:
        """The matched KPIs' asked values, one line each; with `years`, only values of those years (a R6
        target never answers for an R6 actual, nor an R5 actual for R6)."""
        if not kpis:
            return None
        fields = asked_fields(question)
        whole: dict[int, Kpi] = {}   # the record as indexed: its JSON carries every value, the line only the asked year's
        if not years:
            kpis = _latest_of_series(kpis)
        narrowed = [_of_years(k, years, year_fields(question)) if years else k for k in kpis]
        if "actual" in fields and _CURRENT_COLUMN.search(question):
            narrowed = [_as_current(k) for k in narrowed]
        whole = {id(n): k for n, k in zip(narrowed, kpis)}
        kpis = narrowed
        stated = [k for k in kpis if any(_states(k, f) for f in fields)]
        if not stated:  # the indicator is there, the asked column is not: say so, never another column's value
            asked = "・".join(_FIELD_LABEL[f] for f in fields)
            others = "・".join(_FIELD_LABEL[f] for f in _FIELD_LABEL if _states(kpis[0], f))
            return Answer(question, False, f"{self.kpi_name(kpis[0])}の{asked}は資料に記載がありません"
                          + (f"（記載があるのは{others}です）。" if others else "。"), kind="kpi")
        kpis = stated[:8]
        names = self._told_apart(kpis)
        lines, citations, records = [], [], []
        said: dict[str, int] = {}
        for kpi in kpis:
            n = len(citations) + 1
            said_as = self._kpi_statement(kpi, fields, 0, names.get(id(kpi), ""))
            if said_as in said:   # the yearly records of one series state the same target: say it once
                records.append(self.kpi_fact(whole.get(id(kpi), kpi), said[said_as]))
                continue
            said[said_as] = n
            statement = self._kpi_statement(kpi, fields, n, names.get(id(kpi), ""))
            citations.append(self.citation(n, kpi.source))
            records.append(self.kpi_fact(whole.get(id(kpi), kpi), n))
            lines.append(statement)
        return Answer(question, True, "\n".join(lines), citations, kpis=records, kind="kpi")

    def answer_kpi_year(self, question: str, kpis: list[Kpi], years: set[int]) -> Answer | None:
        """「…は令和5年度に何件でしたか」: each matched KPI's value of an asked year (実績 first, then 基準, 目標),
        as its cell states it; None when no matched KPI has a value of that year."""
        lines, citations, records = [], [], []
        for kpi in kpis[:3]:
            for field in ("actual", "baseline", "target"):
                value = getattr(kpi, field)
                if value is not None and value.year and years & set(range(value.year, (value.year_end or value.year) + 1)):
                    n = len(citations) + 1
                    citations.append(self.citation(n, kpi.source))
                    records.append(self.kpi_fact(kpi, n))
                    lines.append(self._kpi_statement(kpi, [field], n))
                    break
        if not lines:
            return None
        return Answer(question, True, "\n".join(lines), citations, kpis=records, kind="kpi")

    def answer_kpi_filter(self, question: str, scope: Scope) -> Answer | None:
        m = re.search(r"進捗率が?\s*([0-9.]+)\s*%?\s*(未満|以下|以上|を超え|超)", question)
        if m:
            limit, op = float(m.group(1)), m.group(2)
            test = {"未満": lambda p: p < limit, "以下": lambda p: p <= limit, "以上": lambda p: p >= limit,
                    "を超え": lambda p: p > limit, "超": lambda p: p > limit}[op]
            condition = f"進捗率が{limit:g}%{op}"
        else:
            test, condition = (lambda p: p >= 100), "目標を達成（進捗率100%以上）"
        chosen = [k for k, places in zip(self.kpis, self._kpi_places)
                  if k.progress is not None and not k.progress_computed and test(k.progress) and scope.covers_any(places)]
        where = f"{scope.where}の" if scope.places else ""
        if not chosen:
            return Answer(question, False, f"{where}{condition}の指標は見つかりませんでした。", kind="kpi_filter")
        lines, citations, records = [f"{where}{condition}の指標は {len(chosen)} 件です。"], [], []
        for n, kpi in enumerate(chosen, start=1):
            citations.append(self.citation(n, kpi.source))
            records.append(self.kpi_fact(kpi, n))
            lines.append(f"・{self._kpi_statement(kpi, ['progress', 'actual', 'target'], n)}")
        return Answer(question, True, "\n".join(lines), citations, kpis=records, kind="kpi_filter")

    # --- projects ---------------------------------------------------------------------------
    def answer_projects(self, question: str, hits: list[Hit], scope: Scope) -> Answer | None:
        """Projects whose evidence holds the question's topic (inside the scope's places)."""
        topic = re.split(r"を?(?:目標|目指|取り?組|推進|促進|進め|図)|に(?:関する|関連|関係|係る)", question)[0]
        tokens = subject_tokens(self.tokenizer.tokenize(topic)) or subject_tokens(self.tokenizer.tokenize(question))
        if not tokens:
            return None
        total = sum(self.idf.idf(t) for t in tokens)
        hit_spans = [(h.passage.doc, h.passage.start, h.passage.end, h.rank) for h in hits]
        ranked = []
        for entry in self.projects.values():
            if scope.places and not scope.covers_any(set().union(*(place_keys(r) for r in entry.regions), set())):
                continue
            best, best_source = 0.0, None
            for source in entry.sources + [b.source for b in entry.budgets]:
                shared = tokens & self._tokens_of(source)
                score = sum(self.idf.idf(t) for t in shared) / total
                for doc, a, b, rank in hit_spans:  # found by meaning: the passage search agrees
                    if source.doc == doc and a <= source.start < b:
                        score += 0.1 / rank
                if score > best:
                    best, best_source = score, source
            if best_source is not None and best >= 0.75:
                ranked.append((best, entry, self._readable(best_source)))
        if not ranked:
            return None
        ranked.sort(key=lambda x: -x[0])
        lines, citations, projects = [f"該当するプロジェクトは {len(ranked[:10])} 件です。"], [], []
        length = len(lines[0])
        for n, (_, entry, source) in enumerate(ranked[:10], start=1):
            region = "・".join(entry.regions)
            line = f"・{entry.name}（{region}）: {_shortened(source.quote)}[{n}]"
            if length + len(line) > 1100:
                break
            length += len(line)
            lines.append(line)
            citations.append(self.citation(n, source))
            projects.append(ProjectRef(entry.name, region, (n,)))
        return Answer(question, True, "\n".join(lines), citations, projects=projects, kind="projects")

    @cached_property
    def list_index(self) -> ListIndex:
        """The list items with their tokens, made on the first list question of this index generation."""
        return ListIndex(self.items, self.titles, self.tokenizer, self.idf, self.covers)

    @cached_property
    def block_index(self) -> BlockIndex:
        """The labelled blocks with their tokens, made on the first open question of this index generation."""
        return BlockIndex(self.blocks, self.tokenizer, self.idf,
                          {doc: f"{title}\n{self.covers.get(doc, '')}" for doc, title in self.titles.items()})

    def _readable(self, source: Source) -> Source:
        """A record's source widened to the start of its sentence or item when it starts inside brackets."""
        if source.doc not in self.documents:
            return source
        text = self.documents[source.doc].text
        a, b = readable_span(text, source.start, source.end)
        return source if (a, b) == (source.start, source.end) else Source(source.doc, a, b, quote_text(text[a:b]))

    # --- plan units (基本目標 > 施策 > 事業) ------------------------------------------------------
    def answer_units(self, question: str, subject: set[str], scope: Scope) -> Answer | None:
        """「〇〇の主な事業は？」: the 事業/取組 units standing under the 基本目標, 施策 or プロジェクト the
        question names (matched on its subject words, inside the scope), each cited where it is named.

        The parents are the outline entries the 事業/取組 stand under (a 施策 heading 「（１）観光の振興」 need
        not be a unit of its own); a child stands under a parent when one of its outline entries is it."""
        leaves = [u for u in self.units if u.kind in ("事業", "取組")
                  and scope.covers_any({u.place} if u.place else set())]
        if not subject or not leaves:
            return None
        parents = []
        for doc, heading in dict.fromkeys((u.source.doc, h) for u in leaves for h in u.outline):
            m = match(subject, set(self.tokenizer.tokenize(_unnumbered(heading))), self.idf)
            if m.asked >= KPI_MIN_ASKED and m.cover >= KPI_MIN_COVER:
                parents.append((m.asked + m.cover, doc, heading))
        if not parents:
            return None
        _, doc, heading = max(parents, key=lambda x: x[0])
        children = [u for u in leaves if u.source.doc == doc and heading in u.outline]
        # a group heading with units under it (「◇森林資源の循環利用」 over its ・事業) is not one of them itself
        # (its list items stand under it: ListItem.headings), whether the outline nests them or lists both flat
        groups = {unit_name(u.outline[-1]) for u in children if u.outline and u.outline[-1] != heading}
        groups |= {unit_name(h) for item in self.items if item.source.doc == doc for h in item.headings}
        children = [u for u in children if unit_name(u.name) not in groups] or children
        name = _unnumbered(heading)
        lines = [f"{name}の主な{children[0].kind}は {len(children[:12])} 件です。"]
        citations, projects = [], []
        for n, unit in enumerate(children[:12], start=1):
            citations.append(self.citation(n, unit.source))
            lines.append(f"・{unit.name}[{n}]")
            projects.append(ProjectRef(unit.name, "", (n,), unit.source.doc, unit.outline))
        return Answer(question, True, "\n".join(lines), citations, projects=projects, kind="projects")

    # --- budgets ----------------------------------------------------------------------------
    def match_budgets(self, subject: set[str], scope: Scope) -> tuple[list[BudgetLine], list[BudgetLine]]:
        """Budget lines whose 事業 matches the subject: (inside the scope, elsewhere), best first.
        With no subject words (「十勝のR3予算額の合計は？」) every line inside the scope matches."""
        inside, elsewhere = [], []
        for line, tokens, places in zip(self.budgets, self._budget_tokens, self._budget_places):
            score = match(subject, tokens, self.idf).asked if subject else 1.0
            if score < BUDGET_MIN_ASKED:
                continue
            covered = scope.covers_any(places) and (not scope.years or line.fiscal_year in scope.years
                                                    or bool(set(scope.years) & years_in(line.column)))
            (inside if covered else elsewhere).append((score, line))
        def best(scored, ratio):
            top = max((s for s, _ in scored), default=0)
            return [l for s, l in sorted(scored, key=lambda x: -x[0]) if s >= top * ratio]
        return best(inside, 0.95 if subject else 0.0), best(elsewhere, 0.95)

    def narrow_budgets(self, subject: set[str], lines: list[BudgetLine]) -> list[BudgetLine]:
        """Of lines that hold the subject alike, those whose own label the subject names most fully
        (「病院事業：純利益」 over 「公共下水道事業：純利益」 for 「病院事業の純利益」)."""
        if len(lines) < 2:
            return lines
        tokens = {id(l): t for l, t in zip(self.budgets, self._budget_tokens)}
        cover = [(match(subject, tokens.get(id(l), set()), self.idf).cover, l) for l in lines]
        top = max(c for c, _ in cover)
        return [l for c, l in cover if c >= top - 1e-9]

    def header_source(self, source: Source, column: str) -> Source | None:
        """The header line naming `column` above a table row (to cite where a column's year or unit stands)."""
        if not column or source.doc not in self.documents:
            return None
        text = self.documents[source.doc].text
        at = text.rfind(column, max(0, source.start - 20000), source.start)
        if at < 0:  # the column name as printed with full-width digits (「令和４年度決算額」)
            at = text.rfind(column.translate(_FULL_WIDTH), max(0, source.start - 20000), source.start)
        if at < 0:
            return None
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        return Source(source.doc, start, end, re.sub(r"\s+", " ", text[start:end]).strip())

    def answer_period(self, question: str, lines: list[BudgetLine]) -> Answer | None:
        """「…の債務負担行為の期間は？」: the 期間 cell of the matched row (「令和７年度から」…「令和11年度まで」),
        as the row's quote writes it; None when the row states no period (never the amount instead)."""
        for line in lines[:1]:
            quote = line.source.quote
            begin, until = _PERIOD_FROM.search(quote), _PERIOD_TO.search(quote)
            if not (begin or until):
                continue
            period = "".join(m.group(0).strip() for m in (begin, until) if m)
            return Answer(question, True, f"{line.item}の期間は {period} です[1]\n{quote}[1]",
                          [self.citation(1, line.source)], kind="budget")
        return None

    def answer_budget(self, question: str, lines: list[BudgetLine], wants_sum: bool) -> Answer | None:
        """The matched lines' amounts, each under its column's own name (the header cited beside the row);
        a sum only when asked for and every addend matched."""
        chosen = lines if wants_sum else lines[:5]
        if not chosen or (wants_sum and len(chosen) < 2):
            wants_sum = False
        if not chosen:
            return None
        citations, statements, headers = [], [], {}
        for line in chosen:
            n = len(citations) + 1
            citations.append(self.citation(n, line.source))
            named = bool(line.column) and line.column in f"{line.item}{line.source.quote}"
            header = None if named else self.header_source(line.source, line.column)   # 「決算額は…」 says it itself
            marks = f"[{n}]"
            if header is not None:
                key = (header.doc, header.start)
                if key not in headers:
                    headers[key] = len(citations) + 1
                    citations.append(self.citation(headers[key], header))
                marks += f"[{headers[key]}]"
            column = line.column if header is not None else (line.column or "予算額")   # 決算額 stays 決算額
            amount = line.raw if line.unit and line.raw.endswith(line.unit) else f"{line.raw}{line.unit}"
            what = line.item if line.column and line.column in line.item else f"{line.item}の{column}"
            if what == line.item and len(line.item) <= len(line.column) + 2 and line.project:
                what = f"{line.project}の{line.item}"   # a bare 「決算額」 is the 事業's it stands under
            statements.append(f"{what}は {amount} です{marks}")   # 「1億1668万8千円」 carries its unit
        if wants_sum and len({l.unit for l in chosen}) == 1 and all(l.amount is not None for l in chosen):
            total = sum(l.amount for l in chosen)
            statements = [f"・{s}" for s in statements]
            statements.append(f"{COMPUTED}合計: {' + '.join(l.raw for l in chosen)} = {total:,.0f}{chosen[0].unit}"
                              "（資料に合計の記載はなく、上の各項を足した値です）")
        return Answer(question, True, "\n".join(statements), citations, kind="budget")
