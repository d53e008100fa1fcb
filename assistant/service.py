"""The assistant: search and ask over one loaded index generation."""
from __future__ import annotations

from pathlib import Path

from assistant.extractive import IdfTable, pick_sentences, score_units
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
        missing = self.unknown_names(text)
        if missing:
            return Answer(question, False, f"資料には「{'」「'.join(missing)}」についての記述がありません。")
        shape = classify(text)
        answer = self.answer_from_plans(question, text, shape) or self.answer_from_passages(question, text, shape)
        if cut and answer.found:
            answer = Answer(answer.question, True, "（質問が長いため先頭部分で検索しました）" + answer.answer,
                            answer.citations, answer.projects, answer.kpis, answer.kind)
        return answer

    def answer_from_plans(self, question: str, text: str, shape: QuestionShape) -> Answer | None:
        """KPI, project and budget questions answered from the plans' tables (None: use passages)."""
        if shape.kind == "kpi_filter":
            answer = self.plans.answer_kpi_filter(text)
        elif shape.kind == "kpi":
            answer = self.plans.answer_kpi(text)
        elif shape.kind == "projects":
            answer = self.plans.answer_projects(text, self.searcher.search(text, self.search_depth))
        elif shape.kind == "budget":
            answer = self.plans.answer_budget(text)
        else:
            return None
        return Answer(question, answer.found, answer.answer, answer.citations, answer.projects, answer.kpis,
                      answer.kind) if answer else None

    def answer_from_passages(self, question: str, text: str, shape: QuestionShape) -> Answer:
        hits = self.searcher.search(text, self.search_depth)
        scored = score_units(text, shape, hits, self.documents, self.tokenizer, self.idf)
        chosen = pick_sentences(scored, shape)
        if not chosen:
            return Answer(question, False, NOT_FOUND, kind=shape.kind)
        citations, parts, length = [], [], 0
        for n, item in enumerate(chosen, start=1):
            part = f"{item.unit.quote}[{n}]"
            if parts and length + len(part) > ANSWER_LIMIT:
                break
            citations.append(self.citation(n, item.unit))
            parts.append(part)
            length += len(part) + 1
        return Answer(question, True, "\n".join(parts), citations, kind=shape.kind)
