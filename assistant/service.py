"""The assistant: search and ask over one loaded index generation."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property
from pathlib import Path

from assistant.editions import choose_edition
from assistant.extractive import MIN_COVERAGE, IdfTable, pick_sentences, score_units
from assistant import filtered_lists, matching
from assistant.matching import subject_tokens
from assistant.part_lists import answer_parts
from assistant.marked_parts import answer_marked_parts
from assistant.qa_pairs import qa_blocks
from assistant.named_rows import answer_named_rows
from assistant.messages import EMPTY_QUESTION, NEAREST, NOT_FOUND, not_found_message, reference_line
from assistant.ranked_sentences import asks_first_ranked, ranked_in_passages, ranked_word
from assistant.row_cells import answer_row_cell, asked_headers
from assistant.scope import (Scope, cover_text, document_place, document_years, fiscal_years_named, gazetteer,
                            names_asked_place, outside_documents, place_keys, read_scope, without_edition, without_scope)
from assistant.query import (attributes_named, conflicts, counted_numbers, counts_only_others, names_only_others, numbers_named,
                             read_query)
from ingest.vocab.groups import group_words
from assistant.closed_quotes import stray_brackets
from assistant.decisions import decision_line, decision_units
from assistant.absent_names import asked_names_text, parts_nowhere, written_nowhere
from assistant.subject_text import subject_text as read_subject
from assistant.statements import first_statement, precise_form, statement_line, unit_candidates
from assistant.replies import asking_turns, asks_reply, replies_for_turns, with_replies
from assistant.row_groups import with_row_groups
from assistant.row_descriptions import answer_row_description
from assistant.blocks import answer_blocks, asked_block_kind, asked_block_kinds, asks_kind_at_end, block_topic
from assistant.labelled_sentences import labelled_sentences
from assistant.open_sentences import asks_response, section_sentences, states_target, with_responses
from assistant.listed_items import all_paragraphs, names_offices
from assistant.notation_notes import answer_notation
from assistant.grade_legends import answer_grade_legend
from assistant.ranked_rows import answer_ranked_row
from assistant.survey_totals import answer_survey_total
from assistant.tag_legends import legend_list_matches
from assistant.legend_lines import with_legends
from assistant.office_cells import answer_office
from assistant.lists import (answer_described, answer_list, asked_kind, asked_tags, asks_about_named, asks_list,
                             document_in_scope, in_labelled_blocks, list_matches, named_items)
from assistant.asked_values import (OWN_NAME_ATTRIBUTES, STATED_KINDS, asks_beyond_records, asks_budget_amount, asks_quantity,
                                     asks_value, kpi_fits, kpi_of_other_kind, names_field, prefer_column, unstated)
from assistant.budget_answers import answer_budget, answer_period, one_asked, one_current, one_row, totals_only
from assistant.budget_changes import asks_change
from assistant.kpi_answers import answer_kpi, answer_kpi_filter, answer_kpi_year, kpi_name
from assistant.plans import PlanRegistry
from assistant.project_answers import answer_projects, answer_units
from assistant.question import QuestionShape, classify
from assistant.quotes import QuoteUnit
from assistant.records import Answer, Citation
from ingest.plans.records import Source
from index.embedders import Embedder
from index.search import Hit, HybridSearcher
from index.store import SegmentCache
from index.tokenizer import JapaneseTokenizer
from ingest.text.normalize import normalize_query
from ingest.vocab.frame_words import strip_frame_words
from ingest.vocab.header_words import AMOUNT_ASK_COLUMNS

ANSWER_LIMIT = 480


class Assistant:
    """Answers questions from one index generation (build once, ask many times)."""

    def __init__(self, searcher: HybridSearcher, tokenizer: JapaneseTokenizer, search_depth: int = 8,
                 max_question_chars: int = 500):
        self.searcher = searcher
        self.tokenizer = tokenizer
        self.documents = searcher.data.documents
        self.idf = IdfTable(searcher.document_frequencies, searcher.row_count)
        self.search_depth, self.max_question_chars = search_depth, max_question_chars
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
        return self.plans.citation(n, Source(unit.doc, unit.start, unit.end, unit.quote))   # one citation builder

    def unknown_names(self, question: str, scope: Scope) -> list[str]:
        """Proper nouns no document mentions (「沖縄」); for a place, also none of its documents prints as written."""
        missing = [n for n in self.tokenizer.proper_nouns(asked_names_text(question, self.tokenizer.particle_ends))
                   if not self.idf.known(n) and not gazetteer().find(n)]
        in_scope = self._scope_test(scope)
        texts = [self.documents[d].text for d in self.documents if in_scope(d)]
        parts = parts_nowhere(question, texts)   # 「重点プロジェクト５」 of a plan of four
        if not (missing and scope.places):
            return missing + parts
        return written_nowhere(missing, texts) + parts

    def ask(self, question: str) -> Answer:
        text = normalize_query(question)
        if not text or not self.tokenizer.tokenize(text):
            return Answer(question, False, EMPTY_QUESTION)
        cut = len(text) > self.max_question_chars
        text = text[: self.max_question_chars]
        scope = replace(read_scope(text), outside_docs=outside_documents(text, self.documents))
        # markup is no subject, nor the particles after a place (「瑞浪市で市民…」)
        subject_text = _TAG.sub(" ", read_subject(text, scope, self.tokenizer.particle_ends)).strip()
        missing = self.unknown_names(subject_text, scope)
        if missing:
            return Answer(question, False, f"資料には「{'」「'.join(missing)}」についての記述がありません。")
        shape = classify(text)
        subject = subject_tokens(self.tokenizer.tokenize(subject_text))
        # a record holds what the question is about, never the words naming the plan, column or question asked
        record_subject = subject_tokens(self.tokenizer.tokenize(strip_frame_words(subject_text))) or subject
        passage_subject = subject_tokens(self.tokenizer.tokenize(strip_frame_words(subject_text, attributes=False))) \
            or subject
        if scope.places and not self._place_indexed(scope):
            return Answer(question, False, not_found_message(scope, subject_text, text, indexed=False), kind=shape.kind)
        # 「（　）内の数字は何を意味しますか」: the note that explains the notation
        answer, references = answer_notation(question, self.documents, self._scope_test(scope), subject, self.plans.citation), ""
        if answer is None:   # 「評価をＡとする基準は」: the legend entry of that grade
            answer = answer_grade_legend(question, self.documents, self._scope_test(scope), subject,
                                         self.plans.citation)
        if answer is None:   # 「最も重要だと考えている施策は」「「住み続けたい」の割合は」: a survey table's row
            in_scope, rows = [d for d in self.documents if self._scope_test(scope)(d)], self.plans.row_tables.tables
            answer = answer_ranked_row(text, rows, in_scope, self.documents, self.plans.citation) \
                or answer_survey_total(text, rows, in_scope, self.documents, self.plans.citation)
        if answer is None:   # 「…を担当している課は」: the 担当課 cell of the row named
            answer = answer_office(question, without_scope(text, scope), self.plans.row_tables.tables,
                                   [d for d in self.documents if self._scope_test(scope)(d)], self.documents, self.plans.citation)
        blocks_first = asked_block_kind(text) not in (None, "取組")   # 目的は？ 主な課題は？: a block, not a list
        if blocks_first and answer is None:
            answer = self.answer_from_blocks(question, text, shape, scope)
        if answer is None:
            answer, references = self.answer_from_plans(question, text, shape, scope, subject, record_subject)
        if answer is None and not blocks_first:
            answer = self.answer_from_blocks(question, text, shape, scope)
        if answer is None and not (shape.wants_number or shape.wants_date):
            answer = self.answer_from_item(question, text, scope)
        if answer is None:
            # a sentence stating a number must be about the subject itself, not merely name the plan it stands in
            answer = self.answer_from_passages(question, text, shape, scope,
                                               passage_subject if asks_quantity(shape, text) else subject)
        if not answer.found and (answer.answer == NOT_FOUND or NEAREST in answer.answer) and asks_value(shape, text):
            room = ANSWER_LIMIT - len(not_found_message(scope, subject_text, text)) - 1   # the rows it names, if any
            answer = answer_named_rows(question, without_scope(text, scope), tuple(scope.years),
                                       self.scoped_search(text, scope), self.plans, answer, room) or answer
        if not answer.found and answer.answer.startswith(NEAREST):   # quotes of lines whose value is not known
            answer = replace(answer, answer=not_found_message(scope, subject_text, text) + "\n" + answer.answer)
        if not answer.found and answer.answer == NOT_FOUND:
            message = not_found_message(scope, subject_text, text)
            if references:
                message += "\n" + references
            answer = Answer(question, False, message, kind=answer.kind)
        if cut and answer.found:
            answer = replace(answer, answer="（質問が長いため先頭部分で検索しました）" + answer.answer)
        return answer

    # --- scope ------------------------------------------------------------------------------
    @cached_property
    def _document_places(self) -> dict[str, str]:
        """Each document's place key, read once per index generation on the first question naming a place (documents
        are read from their segments on demand: reading all of them per question was the costliest step)."""
        return {doc: document_place(self.documents[doc]) for doc in self.documents}

    def _place_indexed(self, scope: Scope) -> bool:
        """Whether any document, record or indexed word can speak for a place the question names."""
        if any(not place or scope.covers(place) for place in set(self._document_places.values())):
            return True   # (a document whose place cannot be read may be the place's own: its answer says so)
        if any(scope.covers_any(p) for p in self.plans.kpi_places + self.plans.budget_places):
            return True
        return any(all(self.idf.known(t) for t in self.tokenizer.tokenize(name)) for name in scope.names)

    def _in_scope(self, hit: Hit, scope: Scope) -> bool:
        """A passage answers for the scope's places when its document lies inside one, or it names one."""
        if hit.passage.doc in scope.outside_docs:
            return False
        if not scope.places:
            return True
        place = self._document_places[hit.passage.doc]
        if self._scope_test(scope)(hit.passage.doc):   # its place, or a place its first lines name (広報 CSV)
            return True
        if not place and not self._place_covered(scope):   # a document whose place cannot be read answers for a
            # place no document covers, when it names it
            return names_asked_place(scope, self.documents[hit.passage.doc], self.tokenizer.reading)
        return scope.covers_any(place_keys(f"{hit.passage.section}\n{hit.passage.text}"))

    def _place_covered(self, scope: Scope) -> bool:
        """Whether some document's own place lies inside a place the question names."""
        return any(place and scope.covers(place) for place in set(self._document_places.values()))

    def scoped_search(self, text: str, scope: Scope) -> list[Hit]:
        """The search hits inside the scope (searching deeper when a place narrows them)."""
        depth = self.search_depth * (3 if scope.places else 1)
        hits = [h for h in self.searcher.search(text, depth) if self._in_scope(h, scope)]
        return hits[: self.search_depth]

    # --- answers from records ---------------------------------------------------------------
    def answer_from_plans(self, question: str, text: str, shape: QuestionShape, scope: Scope,
                          subject: set[str], record_subject: set[str] | None = None) -> tuple[Answer | None, str]:
        """KPI, project and budget questions answered from the plans' records (None: use passages),
        and a 「参考（他の地域）」 line naming records that match but lie outside the scope. A KPI or budget
        record is matched by `record_subject` (the subject without the words naming the plan or the column
        asked); the units under a named 施策 by the question's own subject."""
        answer = answer_units(self.plans, text, subject, scope) if _ASKS_UNITS.search(text) else None
        answer = answer or (answer_parts(self.plans, text, scope) if shape.kind in ("projects", "fact", "kpi") else None) \
            or answer_marked_parts(text, self.documents, self._scope_test(scope), self.plans.citation)
        subject = record_subject if record_subject is not None else subject
        query = read_query(text)
        if answer is None:   # the rows a filter selects (「評価がＣだった指標はどれ」「民生費では」), else the list items
            answer = filtered_lists.answer_filtered(question, text, shape, scope, self.plans, self._list_scope(scope),
                                                    self.answer_list)
        references = ""
        if answer is None and shape.wants_date and _ASKS_PERIOD.search(text) and subject:
            answer = answer_period(self.plans, text, self.plans.match_budgets(subject - _PERIOD_WORDS, scope)[0])
        if answer is not None:
            pass  # the units under a named 施策 / 基本目標, or a budget row's 期間, answer it
        elif shape.kind == "kpi_filter":
            answer = answer_kpi_filter(self.plans, text, scope)
        elif shape.kind == "kpi" and not asks_beyond_records(query, text) and not asks_budget_amount(query, text):
            inside, elsewhere = self.plans.match_kpis(subject, scope, whole=query.whole)
            answer = answer_kpi(self.plans, text, inside, set(scope.years))
            if answer is None and scope.years and self.plans.match_kpis(subject, replace(scope, years=()))[0]:
                # the indicator is there for the place, not for the year asked: say so, never another year's value
                answer = Answer(question, False, not_found_message(scope, without_scope(text, scope), text), kind="kpi")
            references = reference_line(scope, [kpi_name(k) for k in elsewhere])
        elif shape.kind == "projects":
            answer = answer_projects(self.plans, text, self.scoped_search(text, scope), scope)
        elif shape.kind == "fact" and query.kind in ("money", "change") and subject and not _BUDGET_COLUMN.search(text):
            # 「…決算で、支出はいくらでしたか」: the one budget line that fits subject, attribute and year (else passages)
            matched = self.plans.match_budgets(subject, scope, asked=without_scope(text, scope))[0]
            inside = self.plans.narrow_budgets(subject, prefer_column(matched, text, self._document_attributes))
            inside = totals_only(inside) if shape.wants_sum else inside   # 「…の合計は」: never one 事業's amount
            # one line, a comparison row (this year's, last year's, the change), or the one 「３か年計」 asked
            picked = inside if len(inside) == 1 or (one_row(inside) and (asks_change(text) or one_current(inside))) \
                else one_asked(text, inside)   # (a row of 予算現額｜決算額 is two amounts: none is told apart)
            if picked:
                answer = answer_budget(self.plans, text, picked, False)
        elif shape.kind == "fact" and shape.wants_number and scope.years and subject and not _BUDGET_COLUMN.search(text):
            # 「…は令和5年度に何件でしたか」: the KPI value of that year, when an indicator matches (else passages)
            matched = [k for k in self.plans.match_kpis(subject, scope)[0] if not kpi_of_other_kind(k, query)]
            answer = answer_kpi_year(self.plans, text, matched, set(scope.years))
        elif shape.kind == "fact" and query.kind in ("ratio", "count") and subject:
            # 「…と答えた人の割合は？」: the one KPI (a survey's rate) whose indicator the question names, of the kind asked
            fitting = [k for k in self.plans.match_kpis(subject, scope)[0] if kpi_fits(k, query)]
            if len({k.indicator for k in fitting}) == 1:
                answer = answer_kpi(self.plans, text, fitting, set(scope.years))
        elif (shape.kind == "budget" or (shape.kind == "fact" and _BUDGET_COLUMN.search(text)) or asks_budget_amount(query, text)) \
                and (subject or (shape.wants_sum and (scope.places or scope.years))) \
                and (query.kind not in ("ratio", "rank") or asks_change(text)):
            # (「…に占める地方交付税の割合は何％」: an amount never answers a share; the passages hold it. A rate of change
            # (「伸び率」) is a comparison table's own column)
            inside, elsewhere = self.plans.match_budgets(subject, scope, asked=without_scope(text, scope))
            if not inside and scope.places and subject and not self._place_covered(scope):
                # no document covers the place: a document whose place cannot be read may be its own (and says so)
                inside, elsewhere = self.plans.match_budgets(subject, scope, unplaced=True,
                                                             asked=without_scope(text, scope))
                inside = [l for l in inside if names_asked_place(scope, self.documents[l.source.doc],
                                                                   self.tokenizer.reading)]
                answer = answer_budget(self.plans, text, prefer_column(inside, text, self._document_attributes),
                                       shape.wants_sum)
                if answer is not None:
                    answer = replace(answer, answer=answer.answer + "\n（場所の記載がない資料から）")
            else:
                answer = answer_budget(self.plans, text, prefer_column(inside, text, self._document_attributes),
                                       shape.wants_sum)
            references = reference_line(scope, [l.item + (f"（{l.area}）" if l.area else "") for l in elsewhere])
        if answer is None:
            return None, references
        return replace(answer, question=question), references

    def _scope_test(self, scope: Scope):
        """doc -> whether the document answers for the scope's places (its place, or a place its first lines name)."""
        return lambda doc: doc not in scope.outside_docs and document_in_scope(
            scope, self._document_places.get(doc, ""), self.plans.mentions.get(doc, []))

    def answer_list(self, question: str, text: str, shape: QuestionShape, scope: Scope) -> Answer | None:
        """A list question (「〜の事業は？」「新規の事業を教えて」) answered from the list items (first the declared projects)."""
        indicators_by_value = shape.kind == "kpi_filter" and asked_kind(text) == "指標"   # the KPI records answer
        if not asks_list(text) or shape.wants_number or shape.wants_date or indicators_by_value:
            return None
        asked = without_scope(text, scope)
        # a legend the question names by its words (「重点＝重点的に進める取組」) says the tag asked, before topic words
        found = legend_list_matches(self.plans.list_index, text, asked, scope, self._list_scope(scope), self.documents) \
            or list_matches(self.plans.list_index, text, asked, scope, self._list_scope(scope))
        if asked_block_kind(text) and not re.search(r"事業|プロジェクト|助成", text) and not asked_tags(text):
            # 「どんな取組を？」: a block says it, unless only table rows hold its words or blocks name the 取組 found
            rows = found and all(m.item.form == "cell" for m in found) and not asks_about_named(asked, found)
            # 「…課が担当する取組」: the items that name it; the paragraphs a format bullets: the list it sets
            listed = rows or in_labelled_blocks(found) or names_offices(found, asked) or all_paragraphs(found)
            return self._listed(question, text, found) if listed else None
        if shape.kind == "projects" or re.search(r"プロジェクト.{0,6}(?:挙げ|教え)", text):
            declared = answer_projects(self.plans, text, self.scoped_search(text, scope), scope)
            if declared is not None and declared.projects:
                return declared
        if named_items(asked, self.plans.items, self._list_scope(scope)) or asks_about_named(asked, found):
            return None   # 「…モデル事業はどんな事業ですか」: one named 事業, answered with its description
        answer = self._listed(question, text, found)
        if answer is not None and scope.places and any(not self._document_places[m.item.source.doc] for m in found):
            answer = replace(answer, answer=answer.answer + "\n（場所の記載がない資料から）")
        return answer

    def _listed(self, question: str, text: str, found) -> Answer | None:   # (with the legend of a tag asked)
        return with_legends(answer_list(question, found, self.plans.titles, self.plans.citation), text, self.documents,
                            self.plans.citation)

    def _list_scope(self, scope: Scope):
        """doc -> whether its lists answer for the scope: its place is inside, or (as for passages) its place cannot
        be read and no document's own place lies inside the places asked."""
        inside = self._scope_test(scope)
        if not scope.places or self._place_covered(scope):
            return inside
        return lambda doc: inside(doc) or not self._document_places.get(doc, "") \
            and names_asked_place(scope, self.documents[doc], self.tokenizer.reading)

    def answer_from_blocks(self, question: str, text: str, shape: QuestionShape, scope: Scope) -> Answer | None:
        """An open question (主な課題は？ 目的は？) answered from the labelled blocks of its kind (None: passages)."""
        kinds = asked_block_kinds(text)
        valued = shape.wants_number or shape.wants_date or shape.kind in ("kpi", "kpi_filter")
        if not kinds or (valued and not asks_kind_at_end(text)):   # 「…基準値を下回っている理由は？」 asks a reason
            return None
        topic = block_topic(without_scope(text, scope), self.tokenizer)
        found = {kind: self.plans.block_index.find(kind, topic, scope, self._scope_test(scope), text) for kind in kinds}
        if asks_first_ranked(text) and not any(found[k] for k in kinds if ranked_word(text) in k):
            # 「最大の課題は」 said in a report's 総括, under no 課題 label: the sentence that ranks it first
            ranked = ranked_in_passages(text, [h.passage for h in self.scoped_search(text, scope)], self.documents)
            if ranked is not None:
                return Answer(question, True, f"{ranked.quote}[1]", [self.plans.citation(1, ranked)], kind="passage")
        blocks = list(dict.fromkeys(b for kind in kinds for b in found[kind]))   # 「課題と今後の方向性」: both
        if not blocks:   # no label opens a block of this kind: a document's own Ｑ＆Ａ, a sentence that states it (「黒字の要因は、…」)
            blocks = qa_blocks(kinds[0], text, without_scope(text, scope), self.documents, self._list_scope(scope),
                               self.tokenizer, self.idf) \
                or labelled_sentences(kinds[0], topic, self.scoped_search(text, scope), self.documents,
                                      self.tokenizer, self.idf, question=text)
        return answer_blocks(question, tuple(k for k in kinds if found[k]) or kinds[:1], blocks, self.documents,
                             self.plans.citation)

    def answer_from_item(self, question: str, text: str, scope: Scope) -> Answer | None:
        """「…事業は、どう拡充されますか」: the description the documents' list gives the 事業 the question names."""
        items = named_items(without_scope(text, scope), self.plans.items, self._list_scope(scope))
        answer = answer_described(question, items, self.documents, self.plans.citation) or answer_row_description(
            question, lambda: self.scoped_search(text, scope), self.documents, self.plans.citation)
        if answer is not None and scope.places and any(not self._document_places[i.source.doc] for i in items):
            answer = replace(answer, answer=answer.answer + "\n（場所の記載がない資料から）")
        return answer

    def _years_of(self, scored) -> set[int]:
        """The years a scored sentence, its item heading or its row states; else those of the lines around it, of its
        table's caption (a sheet's later rows), of its document (its title and cover)."""
        own = fiscal_years_named(f"{scored.block}\n{scored.unit.norm}") | fiscal_years_named(scored.row_head)
        return own or fiscal_years_named(scored.around) or fiscal_years_named(scored.caption) \
            or self._document_years[scored.unit.doc]

    def _period_only(self, scored) -> bool:
        """Whether a unit's year is only its table's or document's period (「事業計画（令和3年度～令和7年度）」 over a
        row of 事業費): its figure is the period's, never one year's of it."""
        own = f"{scored.block}\n{scored.unit.norm}\n{scored.row_head}\n" + "\n".join(scored.labelled)
        return not fiscal_years_named(own) and len(self._years_of(scored)) > 1

    def _attributes_of(self, scored) -> frozenset[str]:
        """The attributes (当初, 決算, 目標 …) a unit, its heading and row name; else its document's cover."""
        own = attributes_named(f"{scored.block}\n{scored.unit.norm}\n{scored.row_head}")   # (a change 「前年度比」
        return own if own - {"増減", "前年度"} else own | self._document_attributes[scored.unit.doc]   # says no kind)

    @cached_property
    def _document_years(self) -> dict[str, set[int]]:
        """Each document's fiscal years as its title and cover print them (「令和7年度当初予算案の概要」)."""
        return {doc: document_years(self.documents[doc]) for doc in self.documents}

    @cached_property
    def _document_attributes(self) -> dict[str, frozenset[str]]:
        return {doc: attributes_named(cover_text(self.documents[doc])) for doc in self.documents}

    # --- answers from passages --------------------------------------------------------------
    def answer_from_passages(self, question: str, text: str, shape: QuestionShape, scope: Scope | None = None,
                             subject: set[str] | None = None) -> Answer:
        scope = scope or Scope()
        searched = without_edition(text) if scope.edition else text
        if subject and group_words(text):   # an age band is matched as a band (assistant.candidates.in_groups)
            subject = (subject - set(self.tokenizer.tokenize(" ".join(group_words(text))))) or subject
        hits = self.scoped_search(searched, scope)
        if not shape.wants_number and asked_headers(text):   # 「…事業はどの課が担当」: the row's cell under 担当課
            cell = answer_row_cell(self.plans, text, list(dict.fromkeys(h.passage.doc for h in hits)))
            if cell is not None:
                return replace(cell, question=question)
        scored = score_units(searched, shape, hits, self.documents, self.tokenizer, self.idf, subject)
        query = read_query(text)
        counted = counted_numbers(text)   # 「2号認定」: never answered from rows under 「3号認定」
        wants_number = asks_quantity(shape, text)   # 「割合は」, 「いくら」 want a number even without 「何」
        qualified = [s for s in scored
                     if (s.subject >= matching.PASSAGE_MIN_SUBJECT if subject else s.coverage >= MIN_COVERAGE)
                     and (s.has_value or not (shape.wants_number or shape.wants_date))
                     and (not scope.years or set(scope.years) & self._years_of(s) and not (wants_number and
                                                                              self._period_only(s))
                          or (shape.kind not in ("fact", "kpi", "budget") or not wants_number)
                          and not self._document_years[s.unit.doc])   # (a document of other years: not in words either)
                     and not (wants_number and conflicts(query.attributes, self._attributes_of(s)))
                     and not (wants_number and unstated(query.attributes, self._attributes_of(s)
                                                        | self._document_attributes[s.unit.doc]))
                     and not names_only_others(numbers_named(text), s.context_text)
                     and not (counts_only_others(counted, f"{s.block}\n{s.unit.norm}")
                              and not counted & counted_numbers(self.documents[s.unit.doc].title))]
        if shape.kind == "kpi":  # a KPI value from a passage: the asked column must be named there
            qualified = [s for s in qualified if names_field(text, f"{s.unit.norm}\n{s.block}\n{s.around}")]
        qualified, edition_note = choose_edition(qualified, self.documents, scope, text)
        if wants_number and query.attributes & OWN_NAME_ATTRIBUTES:
            # an upper limit or an expected value is answered only by a value named so (not the budget beside it)
            qualified = [s for s in qualified if any(query.attributes & (c.named | attributes_named(c.context))
                                                     for c in unit_candidates(s))]
        if wants_number and query.kind in STATED_KINDS:
            # a quote holding no number of the asked kind (a rank, a rate …) cannot answer: never a number of another
            # (a bare number may be an amount or a count whose unit a table's note gives: 「[単位] 億円」)
            loose = ("number", "index") if query.kind in ("money", "count") else ()
            qualified = [s for s in qualified if any(query.takes(c.quantity.kind, c.quantity.unit)
                                                     or c.quantity.kind in loose for c in unit_candidates(s))]
        chosen = pick_sentences(qualified, shape, min_coverage=0.0)
        decided = decision_units(text, scored)   # 「議案第17号をどう決定」: the row with the bill and its decision
        chosen = decided[:2] if decided is not None else chosen   # none for the bill named: not found
        value_question = asks_value(shape, text)
        if not (shape.wants_number or shape.wants_date):
            chosen = section_sentences(chosen, scored)   # a heading alone is no answer: the sentence under it is
            chosen = with_responses(chosen, scored, asks_response(text))   # 「…が課題です。このため、…」: the response
            chosen = with_row_groups(chosen, self.documents,   # 「〇〇議員は…」: every row the member's cell spans
                                     lambda head: bool((subject or set()) & set(self.tokenizer.tokenize(head))))
        if asks_reply(text):   # 「どう答弁しましたか」: a listed question or 「会議録で公開します」 is no reply
            chosen = with_replies(chosen + asking_turns(scored), self.documents)
        elif not value_question:   # a member's question turn is no answer: the reply after it is
            chosen = replies_for_turns(chosen, self.documents, text)
        if not chosen:
            return Answer(question, False, NOT_FOUND, kind=shape.kind)
        citations, parts, length = [], [], 0
        lead = ""
        if value_question:   # a value question states the one value its best quote gives
            value, chosen = first_statement(chosen, query, subject or set(), self.tokenizer.tokenize,
                                            lambda words: matching.weight(words, self.idf), set(scope.years), text)
            if value is not None and value.quantity.kind == "money":
                exact = precise_form(value, chosen[0], [s for s in scored if s.unit.doc == chosen[0].unit.doc], query)
                if exact is not None:
                    value, unit = exact
                    chosen = [unit] + [c for c in chosen if c is not unit][:1]
            lead = statement_line(value, 1) if value else ""
        lead = decision_line(text, chosen) if decided else lead
        unplaced = scope.places and any(not self._document_places[c.unit.doc] for c in chosen)
        for item in chosen:
            n = len(citations) + 1
            citation = self.citation(n, item.unit)
            if citations and stray_brackets(citation.quote):
                continue   # an OCR row whose brackets never pair (「29,290,25(）」) supports nothing the first quote does not
            part = f"{item.unit.quote}[{n}]"
            if parts and length + len(part) > ANSWER_LIMIT:
                break
            citations.append(citation)
            parts.append(part)
            length += len(part) + 1
        note = ["（場所の記載がない資料から）"] if unplaced else []
        if not lead and value_question and not states_target(text, chosen[0]):
            # a value question whose quotes hold no value that could be stated: say it was not found, and show the
            # nearest passages for the reader to check (never a number of our own choosing)
            unsure = not_found_message(scope, without_scope(_TAG.sub(" ", text), scope), text) + "\n" + NEAREST
            while len(parts) > 1 and len("\n".join([unsure] + parts + note)) > ANSWER_LIMIT:
                parts, citations = parts[:-1], citations[:-1]   # the message counts toward the answer's length too
            return Answer(question, False, "\n".join([unsure] + parts + note), citations, kind=shape.kind)
        lines = ([lead] if lead else []) + parts + note + ([edition_note] if edition_note else [])
        return Answer(question, True, "\n".join(lines), citations, kind=shape.kind)


_TAG = re.compile(r"<[^<>]{0,200}>")
# 「…の主な事業は？」, 「…ではどんな取組をしますか」: the units under a named 基本目標 / 施策 / プロジェクト.
_BUDGET_COLUMN = re.compile("|".join(AMOUNT_ASK_COLUMNS))
_ASKS_PERIOD = re.compile(r"期間|いつから|いつまで")
_PERIOD_WORDS = {"期間", "債務", "負担", "行為", "いつ", "から", "まで"}   # what is asked, not which row
_ASKS_UNITS = re.compile(r"主な(?:事業|取組)|どんな(?:取組|事業)|どのような(?:取組|事業)"
                         r"|位置(?:付け|づけ)られ\S{0,4}(?:事業|取組)"   # 「…プロジェクトに位置付けられた事業は」
                         r"|(?:プロジェクト|基本目標|施策)(?:に|の|で)\S{0,6}(?:事業|取組)(?:は|を|が|[?？])")
