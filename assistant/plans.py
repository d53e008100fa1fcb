"""Plans as data at question time: the KPI, project and budget records of every indexed document, with the tokens
and places a question is matched against (the answers built from them: assistant.kpi_answers,
assistant.project_answers, assistant.budget_answers).
"""
from __future__ import annotations

import re
from functools import cached_property

from assistant.closed_quotes import closed_span, whole_word_start, without_stray_brackets
from assistant.extractive import IdfTable
from assistant.labels import citation_label
from assistant.blocks import BlockIndex
from assistant.lists import ListIndex
from assistant.quotes import quote_text, readable_span
from assistant.budget_changes import asks_change, change_words_aside, combined_aside
from assistant.named_lines import named_items_first
from assistant.matching import BUDGET_MIN_ASKED, KPI_MIN_ASKED, KPI_MIN_COVER, Match, match, names_another_project
from ingest.vocab.synonyms import expand
from assistant.scope import Scope, document_place, place_keys, place_tokens
from ingest.vocab.attributes import WHOLE_NAMED
from ingest.vocab.header_words import REVENUE_SUFFIX_WORDS
from ingest.vocab.eras import years_in
from assistant.records import Citation
from index.tokenizer import JapaneseTokenizer
from ingest.places.gazetteer import contains
from ingest.plans.budget_tables import is_part_column, is_previous_year_column
from ingest.plans.tag_marks import tag_words
from ingest.plans.records import BudgetLine, Kpi, PlanUnit, Project, Source
from ingest.text.blocks import Block
from ingest.plans.list_items import ListItem
from assistant.row_filters import RowTables
from ingest.plans.projects import DocumentPlans, extract_plans
from ingest.records import Document


def _key(text: str) -> str:
    return re.sub(r"[\s「」“”\"]", "", text)


_UNIT_NAMES_REST = 0.8   # share of the subject words an indicator lacks that its 事業's name must hold
_PROJECT_NAMED = 0.75   # share of a project name's words a question naming it must hold (its KPIs asked without an indicator)


_GLOSS = re.compile(r"\s*[(（][^()（）]*[)）]\s*")


def _without_gloss(indicator: str) -> str:
    """The indicator without the glosses in brackets that define it, or the indicator itself when nothing is left."""
    head = _GLOSS.sub("", indicator).strip()
    return head if len(head) >= 2 else indicator


_WHOLE_ROW = re.compile(rf"\s*(?:{WHOLE_NAMED})\s*")


def _whole(kpi: Kpi) -> str:
    """A table's whole row (「合計」) counts what its table does: the name of the unit it stands under with it
    (「温室効果ガス排出量の削減目標 合計」); "" for any other record."""
    head = _without_gloss(kpi.indicator)
    return f"{kpi.project} {head}" if kpi.form == "table" and kpi.project and _WHOLE_ROW.fullmatch(head) else ""


def _row_label(kpi: Kpi) -> str:
    """The indicator and the label cells its table row prints before its first value (「喫煙率 成人男性」); the
    indicator alone for a record read from prose."""
    if kpi.form != "table":
        return kpi.indicator
    raws = [v.raw.strip() for v in (kpi.baseline, kpi.actual, kpi.target) if v is not None and v.raw.strip()]
    cuts = [kpi.source.quote.find(raw) for raw in raws]
    cut = min((c for c in cuts if c > 0), default=-1)
    return kpi.indicator + " " + kpi.source.quote[:cut] if cut > 0 else kpi.indicator


def _value_years(kpi: Kpi) -> set[int]:
    years = set()
    for value in (kpi.baseline, kpi.actual, kpi.target, *kpi.targets):   # each of stepwise targets
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
        self.covers: dict[str, str] = {}   # each document's first lines (ingest.plans.projects.cover_lines)
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
        # an indicator without its gloss (「移住者数（市の支援制度を利用した人数）」 -> 「移住者数」): what it counts
        self._kpi_heads = [set(tokenizer.tokenize(_without_gloss(k.indicator))) for k in self.kpis]
        self._kpi_wholes = [set(tokenizer.tokenize(_whole(k))) for k in self.kpis]
        # the indicator with the row's other label cells (its 対象 「成人男性」, 「65歳以上」): whom it counts
        self._kpi_rows = [set(tokenizer.tokenize(_row_label(k))) for k in self.kpis]
        # (a short tag says its word: 「【新】…事業」 is a 新規 事業, as 〔新規〕 is)
        self._budget_tokens = [set(tokenizer.tokenize(line.item + " " + line.project + " " + _named_column(line)))
                               | set(tag_words(line.item)) for line in self.budgets]
        self.kpi_places = [self._places_of(k.place, k.area, k.source.doc) for k in self.kpis]
        self.budget_places = [self._places_of(b.place, b.area or b.region, b.source.doc) for b in self.budgets]
        self._quote_tokens: dict[tuple[str, int, int], set[str]] = {}
        self._unit_tokens: dict[str, set[str]] = {}   # a KPI's 事業/施策 name -> its tokens, made on first need
        for entry in self.projects.values():
            for source in entry.sources + [b.source for b in entry.budgets]:
                self.tokens_of(source)

    def tokens_of(self, source: Source) -> set[str]:
        key = (source.doc, source.start, source.end)
        if key not in self._quote_tokens:
            self._quote_tokens[key] = set(self.tokenizer.tokenize(source.quote))
        return self._quote_tokens[key]

    # --- shared helpers -------------------------------------------------------------------
    def citation(self, n: int, source: Source) -> Citation:
        """The citation of a plan record's source span (its quote, label and offsets)."""
        document = self.documents[source.doc]
        page = document.page_at(source.start)
        quote, end = closed_span(source.quote, document.text, source.end)   # never a bracket left open
        quote, start = whole_word_start(quote, document.text, source.start)   # never a word cut at its start
        quote, start, end = without_stray_brackets(quote, document.text, start, end)   # never an OCR slip's bracket
        return Citation(n, source.doc, page, quote, citation_label(document, page, start), document.title, start, end)

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
    def match_kpis(self, subject: set[str], scope: Scope, whole: bool = False) -> tuple[list[Kpi], list[Kpi]]:
        """KPIs whose indicator matches the subject: (inside the scope, elsewhere), best first. With `whole` (the
        question asks a whole: 「…（合計）」) a table's 合計 row matches a subject its table's unit names in full."""
        if not subject:
            return [], []
        inside, elsewhere = [], []
        for with_unit in (False, True):
            for kpi, kpi_tokens, head, row, places, total in zip(self.kpis, self._kpi_tokens, self._kpi_heads,
                                                                 self._kpi_rows, self.kpi_places, self._kpi_wholes):
                m = self._kpi_match(subject, kpi, kpi_tokens - place_tokens(kpi_tokens, places), with_unit)
                if m is None and not with_unit and head != kpi_tokens:
                    m = self._kpi_match(subject, kpi, head - place_tokens(head, places), False)
                if m is None and not with_unit and whole and total:
                    m = self._kpi_match(subject, kpi, total - place_tokens(total, places), False)
                    m = m if m is not None and m.asked >= 1 else None   # the table's subject alone, no row's words
                if m is None and not with_unit and row - kpi_tokens:
                    m = self._kpi_match(subject, kpi, row - place_tokens(row, places), False)
                if m is None:
                    continue
                covered = kpi.source.doc not in scope.outside_docs and scope.covers_any(places) \
                    and (not scope.years or bool(set(scope.years) & _value_years(kpi)))
                (inside if covered else elsewhere).append((m.asked + m.cover, kpi))
            if inside or elsewhere:
                break
        if not inside and not elsewhere:   # 「重点プロジェクト「…」のＫＰＩは」: the KPIs of the project named in full
            for kpi, places in zip(self.kpis, self.kpi_places):
                m = self._project_named(subject, kpi)
                if m is not None:
                    covered = kpi.source.doc not in scope.outside_docs and scope.covers_any(places) \
                        and (not scope.years or bool(set(scope.years) & _value_years(kpi)))
                    (inside if covered else elsewhere).append((m.asked + m.cover, kpi))

        def best(scored):
            if not scored:
                return []
            top = max(s for s, _ in scored)
            return [k for s, k in sorted(scored, key=lambda x: -x[0]) if s >= top * 0.8]
        return best(inside), best(elsewhere)

    def _project_named(self, subject: set[str], kpi: Kpi):
        """How fully the subject names the KPI's project (every word of its name), or None: a question asking the KPI
        of a project without naming the indicator."""
        if not kpi.project:
            return None
        if kpi.project not in self._unit_tokens:
            self._unit_tokens[kpi.project] = set(self.tokenizer.tokenize(kpi.project))
        unit = self._unit_tokens[kpi.project]
        m = match(subject, unit, self.idf)
        return m if unit and m.cover >= _PROJECT_NAMED and m.asked >= KPI_MIN_ASKED else None

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

    # --- list items, blocks and record spans ----------------------------------------------
    @cached_property
    def list_index(self) -> ListIndex:
        """The list items with their tokens, made on the first list question of this index generation."""
        return ListIndex(self.items, self.titles, self.tokenizer, self.idf, self.covers)

    @cached_property
    def row_tables(self) -> RowTables:
        """The tables of the documents' text (ingest.tables: tab rows, aligned columns), read on the first question
        that filters rows (assistant.row_filters)."""
        return RowTables(self.documents)

    @cached_property
    def block_index(self) -> BlockIndex:
        """The labelled blocks with their tokens, made on the first open question of this index generation."""
        return BlockIndex(self.blocks, self.tokenizer, self.idf,
                          {doc: f"{title}\n{self.covers.get(doc, '')}" for doc, title in self.titles.items()})

    def readable(self, source: Source) -> Source:
        """A record's source widened to the start of its sentence or item when it starts inside brackets."""
        if source.doc not in self.documents:
            return source
        text = self.documents[source.doc].text
        a, b = readable_span(text, source.start, source.end)
        return source if (a, b) == (source.start, source.end) else Source(source.doc, a, b, quote_text(text[a:b]))

    # --- budgets ----------------------------------------------------------------------------
    def match_budgets(self, subject: set[str], scope: Scope, unplaced: bool = False, asked: str = ""
                      ) -> tuple[list[BudgetLine], list[BudgetLine]]:
        """Budget lines whose 事業 matches the subject: (inside the scope, elsewhere), best first.
        With no subject words (「十勝のR3予算額の合計は？」) every line inside the scope matches. `unplaced`: a line
        whose place cannot be read (a 広報 page that never names its town) counts as inside the scope's places
        (the caller allows it only where no document covers them). `asked`: the question without its scope; a line
        of another 事業 whose name merely ends like the one it names (「病児保育事業」 for 「病後児保育事業」) is none."""
        inside, elsewhere = [], []
        subject = change_words_aside(asked, subject)   # 「…の増加額は」: the change asked names no row
        subject = combined_aside(asked, subject)        # 「一般会計と特別会計を合わせた全会計」: the whole
        subject = (subject - set(REVENUE_SUFFIX_WORDS)) or subject   # 「町税収入」 asks the 款 町税
        for line, tokens, places in zip(self.budgets, self._budget_tokens, self.budget_places):
            score = match(subject, tokens, self.idf).asked if subject else 1.0
            if score < BUDGET_MIN_ASKED or (asked and names_another_project(asked, line.item or line.project)):
                continue
            covered = (line.source.doc not in scope.outside_docs   # titled with another 第N号 than the one asked
                       and (scope.covers_any(places) or (unplaced and not places))
                       and (not scope.years or line.fiscal_year in scope.years
                            or bool(set(scope.years) & years_in(line.column))))
            (inside if covered else elsewhere).append((score, line))
        if asked and not asks_change(asked):   # 「営業収益の決算額」: the line named so, never 営業外収益 beside it
            inside = named_items_first(inside, asked)

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


def _named_column(line: BudgetLine) -> str:
    """The column of a line a question must name to be answered by it (「…財源内訳 地方債」, 「前年度予算額」): its words
    count toward the line's match; "" for a line of a whole amount."""
    column = line.column.split("（")[0]
    return column if is_part_column(column) or is_previous_year_column(column) else ""
