"""The assistant: search and ask over one loaded index generation."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property
from pathlib import Path

from assistant.editions import choose_edition
from assistant.extractive import MIN_COVERAGE, IdfTable, pick_sentences, score_units
from assistant.followup import topic_of
from assistant import matching
from assistant.matching import subject_tokens
from assistant.scope import Scope, document_place, gazetteer, place_keys, read_scope, without_edition, without_scope, years_in
from assistant.statements import read_value, statement_line
from assistant.labels import citation_label
from assistant.plans import PlanRegistry
from assistant.question import QuestionShape, classify
from assistant.quotes import QuoteUnit
from assistant.records import Answer, Citation
from index.embedders import Embedder
from index.search import Hit, HybridSearcher
from index.store import SegmentCache
from index.tokenizer import JapaneseTokenizer
from ingest.textnorm import normalize_query

ANSWER_LIMIT = 480
NOT_FOUND = "資料の中に、この質問に答える記述は見つかりませんでした。"


class Assistant:
    """Answers questions from one index generation (build once, ask many times)."""

    def __init__(self, searcher: HybridSearcher, tokenizer: JapaneseTokenizer, search_depth: int = 8,
                 max_question_chars: int = 500):
        self.searcher = searcher
        self.tokenizer = tokenizer
        self.documents = searcher.data.documents
        self.idf = IdfTable(searcher.document_frequencies, searcher.row_count)
        self.search_depth = search_depth
        self.max_question_chars = max_question_chars
        self.plans = PlanRegistry(self.documents, tokenizer, self.idf, searcher.data.plans)

    @classmethod
    def open(cls, index_dir: Path, embedder: Embedder, tokenizer: JapaneseTokenizer, cache: SegmentCache | None = None,
             **options) -> "Assistant":
        return cls(HybridSearcher.open(index_dir, embedder, tokenizer, cache), tokenizer, **options)

    def search(self, query: str, top_k: int = 5) -> list[Hit]:
        query = normalize_query(query)[: self.max_question_chars]
        if not query:
            return []
        return self.searcher.search(query, top_k)

    def citation(self, n: int, unit: QuoteUnit) -> Citation:
        document = self.documents[unit.doc]
        page = document.page_at(unit.start)
        return Citation(n=n, doc=unit.doc, page=page, quote=unit.quote, label=citation_label(document, page, unit.start),
                        title=document.title, start=unit.start, end=unit.end)

    def unknown_names(self, question: str) -> list[str]:
        """Proper nouns of the question that no document mentions (「沖縄」): nothing to answer from."""
        return [name for name in self.tokenizer.proper_nouns(question) if not self.idf.known(name)]

    def ask(self, question: str) -> Answer:
        text = normalize_query(question)
        if not text or not self.tokenizer.tokenize(text):
            return Answer(question, False, "質問を文章で入力してください（例: 「観光入込客数（釧路）の目標値は？」）。")
        cut = len(text) > self.max_question_chars
        text = text[: self.max_question_chars]
        scope = read_scope(text)
        subject_text = _TAG.sub(" ", without_scope(text, scope)).strip()   # markup is no subject
        missing = [n for n in self.unknown_names(subject_text) if not gazetteer().find(n)]
        if missing:
            return Answer(question, False, f"資料には「{'」「'.join(missing)}」についての記述がありません。")
        shape = classify(text)
        subject = subject_tokens(self.tokenizer.tokenize(subject_text))
        if scope.places and not self._place_indexed(scope):
            return Answer(question, False, not_found_message(scope, subject_text, text, indexed=False), kind=shape.kind)
        answer, references = self.answer_from_plans(question, text, shape, scope, subject)
        if answer is None:
            answer = self.answer_from_passages(question, text, shape, scope, subject)
        if not answer.found and answer.answer == NOT_FOUND:
            message = not_found_message(scope, subject_text, text)
            if references:
                message += "\n" + references
            answer = Answer(question, False, message, kind=answer.kind)
        if cut and answer.found:
            answer = Answer(answer.question, True, "（質問が長いため先頭部分で検索しました）" + answer.answer,
                            answer.citations, answer.projects, answer.kpis, answer.kind)
        return answer

    # --- scope ------------------------------------------------------------------------------
    @cached_property
    def _document_places(self) -> dict[str, str]:
        """Each document's place key, read once per index generation on the first question naming a place.

        Documents are read from their segments on demand (index.store.DocumentShelf); reading all of them on
        every such question was the costliest step a question could take on a large corpus.
        """
        return {doc: document_place(self.documents[doc]) for doc in self.documents}

    def _place_indexed(self, scope: Scope) -> bool:
        """Whether any document, record or indexed word can speak for a place the question names."""
        if any(scope.covers(place) for place in set(self._document_places.values())):
            return True
        if any(scope.covers_any(p) for p in self.plans._kpi_places + self.plans._budget_places):
            return True
        return any(all(self.idf.known(t) for t in self.tokenizer.tokenize(name)) for name in scope.names)

    def _in_scope(self, hit: Hit, scope: Scope) -> bool:
        """A passage answers for the scope's places when its document lies inside one, or it names one."""
        if not scope.places:
            return True
        if scope.covers(self._document_places[hit.passage.doc]):
            return True
        return scope.covers_any(place_keys(f"{hit.passage.section}\n{hit.passage.text}"))

    def scoped_search(self, text: str, scope: Scope) -> list[Hit]:
        """The search hits inside the scope (searching deeper when a place narrows them)."""
        depth = self.search_depth * (3 if scope.places else 1)
        hits = [h for h in self.searcher.search(text, depth) if self._in_scope(h, scope)]
        return hits[: self.search_depth]

    # --- answers from records ---------------------------------------------------------------
    def answer_from_plans(self, question: str, text: str, shape: QuestionShape, scope: Scope,
                          subject: set[str]) -> tuple[Answer | None, str]:
        """KPI, project and budget questions answered from the plans' records (None: use passages),
        and a 「参考（他の地域）」 line naming records that match but lie outside the scope."""
        answer = self.plans.answer_units(text, subject, scope) if _ASKS_UNITS.search(text) else None
        references = ""
        if answer is None and shape.wants_date and _ASKS_PERIOD.search(text) and subject:
            answer = self.plans.answer_period(text, self.plans.match_budgets(subject - _PERIOD_WORDS, scope)[0])
        if answer is not None:
            pass  # the units under a named 施策 / 基本目標, or a budget row's 期間, answer it
        elif shape.kind == "kpi_filter":
            answer = self.plans.answer_kpi_filter(text, scope)
        elif shape.kind == "kpi":
            inside, elsewhere = self.plans.match_kpis(subject, scope)
            answer = self.plans.answer_kpi(text, inside)
            if answer is None and scope.years and self.plans.match_kpis(subject, replace(scope, years=()))[0]:
                # the indicator is there for the place, not for the year asked: say so, never another year's value
                answer = Answer(question, False, not_found_message(scope, without_scope(text, scope), text), kind="kpi")
            references = reference_line(scope, [self.plans.kpi_name(k) for k in elsewhere])
        elif shape.kind == "projects":
            answer = self.plans.answer_projects(text, self.scoped_search(text, scope), scope)
        elif shape.kind == "fact" and shape.wants_number and scope.years and subject and not _BUDGET_COLUMN.search(text):
            # 「…は令和5年度に何件でしたか」: the KPI value of that year, when an indicator matches (else passages)
            answer = self.plans.answer_kpi_year(text, self.plans.match_kpis(subject, scope)[0], set(scope.years))
        elif (shape.kind == "budget" or (shape.kind == "fact" and _BUDGET_COLUMN.search(text))) \
                and (subject or (shape.wants_sum and (scope.places or scope.years))):
            inside, elsewhere = self.plans.match_budgets(subject, scope)
            answer = self.plans.answer_budget(text, prefer_column(inside, text), shape.wants_sum)
            references = reference_line(scope, [l.item + (f"（{l.area}）" if l.area else "") for l in elsewhere])
        if answer is None:
            return None, references
        return Answer(question, answer.found, answer.answer, answer.citations, answer.projects, answer.kpis,
                      answer.kind), references

    # --- answers from passages --------------------------------------------------------------
    def answer_from_passages(self, question: str, text: str, shape: QuestionShape, scope: Scope | None = None,
                             subject: set[str] | None = None) -> Answer:
        scope = scope or Scope()
        searched = without_edition(text) if scope.edition else text
        hits = self.scoped_search(searched, scope)
        scored = score_units(searched, shape, hits, self.documents, self.tokenizer, self.idf, subject)
        qualified = [s for s in scored
                     if (s.subject >= matching.PASSAGE_MIN_SUBJECT if subject else s.coverage >= MIN_COVERAGE)
                     and (s.has_value or not (shape.wants_number or shape.wants_date))
                     and (not scope.years or set(scope.years) & _years_of(s)
                          or shape.kind not in ("fact", "kpi", "budget") or not shape.wants_number)]
        if shape.kind == "kpi":  # a KPI value from a passage: the asked column must be named there
            qualified = [s for s in qualified if names_field(text, f"{s.unit.norm}\n{s.block}\n{s.around}")]
        qualified, edition_note = choose_edition(qualified, self.documents, scope, text)
        chosen = pick_sentences(qualified, shape, min_coverage=0.0)
        if not chosen:
            return Answer(question, False, NOT_FOUND, kind=shape.kind)
        citations, parts, length = [], [], 0
        lead = ""
        if shape.wants_number:
            value = read_value(chosen[0].unit.quote, shape.answer_pattern, subject or set(), set(scope.years))
            lead = statement_line(value, 1) if value else ""
        for n, item in enumerate(chosen, start=1):
            part = f"{item.unit.quote}[{n}]"
            if parts and length + len(part) > ANSWER_LIMIT:
                break
            citations.append(self.citation(n, item.unit))
            parts.append(part)
            length += len(part) + 1
        lines = ([lead] if lead else []) + parts + ([edition_note] if edition_note else [])
        return Answer(question, True, "\n".join(lines), citations, kind=shape.kind)


_TAG = re.compile(r"<[^<>]{0,200}>")
# 「…の主な事業は？」, 「…ではどんな取組をしますか」: the units under a named 基本目標 / 施策 / プロジェクト.
_BUDGET_COLUMN = re.compile(r"決算額|事業費|限度額")
_ASKS_PERIOD = re.compile(r"期間|いつから|いつまで")
_PERIOD_WORDS = {"期間", "債務", "負担", "行為", "いつ", "から", "まで"}   # what is asked, not which row
_ASKS_UNITS = re.compile(r"主な(?:事業|取組)|どんな(?:取組|事業)|どのような(?:取組|事業)")


def _years_of(scored) -> set[int]:
    """The years a scored sentence speaks for: those it or its item heading states; when it states none, the
    years of the lines around it (「第１条 歳入歳出予算の総額は…」 under 「令和６年度君津市の一般会計の予算は」)."""
    own = years_in(f"{scored.block}\n{scored.unit.norm}")
    return own or years_in(scored.around)


# Kinds of amount a column names, and the kinds a question naming one must never be answered with.
_OTHER_KINDS = {"決算": ("当初", "補正", "予算"), "補正": ("当初", "決算"), "当初": ("補正", "決算"), "予算": ("決算",)}


def prefer_column(lines: list, question: str) -> list:
    """The lines whose column is the kind the question names (決算額 / 予算額 / 限度額), when some are; a line whose
    column names another kind (a 当初予算額 for a 決算 question, a 決算額 for a 予算 one) never answers it."""
    for word in ("決算", "補正", "当初", "予算"):
        if word in question:
            lines = [line for line in lines
                     if word in line.column or not any(other in line.column for other in _OTHER_KINDS[word])]
            break
    for word in ("決算", "予算", "限度"):
        if word in question:
            named = [line for line in lines if word in line.column]
            return named or lines
    return lines


def reference_line(scope: Scope, names: list[str]) -> str:
    """「参考（他の地域）: …」 naming records outside the scope (never their values: they do not answer)."""
    names = list(dict.fromkeys(names))[:5]
    if not names or not (scope.places or scope.years):
        return ""
    label = ("参考（他の地域・年度）" if scope.years else "参考（他の地域）") if scope.places else "参考（他の年度）"
    return f"{label}: {'、'.join(names)} の記録はあります（この質問の答えではありません）。"


# The words a table or sentence uses for each KPI column a question can ask for.
_FIELD_NAMES = {"目標": ("目標",), "実績": ("実績", "現状", "直近"), "基準": ("基準", "策定時", "現状"),
                "進捗": ("進捗", "達成")}


def names_field(question: str, text: str) -> bool:
    """True when `text` names every KPI column the question asks for (or the question asks for none)."""
    asked = [names for word, names in _FIELD_NAMES.items() if word in question]
    return all(any(n in text for n in names) for names in asked)


_FIELDS = ("目標値", "実績値", "基準値", "進捗率", "予算額", "総額", "合計")


def not_found_message(scope: Scope, subject_text: str, question: str, indexed: bool = True) -> str:
    """「音威子府村の資料に『観光入込客数』の目標値は見つかりませんでした。」: what was looked for, and where."""
    what = re.sub(r"の\s+の", "の", re.sub(r"[<>&\"']", "", topic_of(subject_text))).strip(" のはをがに、?？")[:40]
    field = next((f for f in _FIELDS if f in question), "")
    where = scope.where
    years = "・".join(scope.year_texts)
    if not indexed:
        return f"{where}の資料は索引にありません（『{what}』{'の' + field if field else ''}を探しました）。"
    place = f"{where}の資料" if where else "資料"
    sought = f"『{what}』" + (f"の{years}" if years else "") + (f"の{field}" if field else "")
    return f"{place}に{sought}は見つかりませんでした。"
