"""Plans as data at question time: the KPI, project and budget registry over all indexed documents,
and the answers built from it (KPI lookups and filters, project lists, budget lookups and sums).

Every figure an answer states is the raw text of the cell or span its citation quotes.
"""
from __future__ import annotations

import re

from assistant.extractive import IdfTable
from assistant.labels import citation_label
from assistant.records import Answer, Citation
from index.search import Hit
from index.tokenizer import JapaneseTokenizer
from ingest.kpi import HOKKAIDO_AREAS
from ingest.eras import era_label
from ingest.plan_records import BudgetLine, Kpi, PlanUnit, Project, Source
from ingest.projects import DocumentPlans, extract_plans
from ingest.records import Document

_FIELD_WORDS = (("target", "目標"), ("actual", "実績"), ("baseline", "基準"), ("progress", "進捗"))
_FIELD_LABEL = {"baseline": "基準値", "actual": "実績値", "target": "目標値"}
_GENERIC = {"プロジェクト", "事業", "目指す", "取組む", "取り組む", "目標", "推進", "値", "kpi", "指標", "評価", "進捗",
            "率", "実績", "基準", "予算", "額", "いくつ", "教える", "どれ", "何", "目的", "活用", "連携", "地域"}


def _key(text: str) -> str:
    return re.sub(r"[\s「」“”\"]", "", text)


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
        seen: set[tuple] = set()
        for doc in documents:  # documents are read only when their plans were not stored (older ingest)
            plans = DocumentPlans.from_json(stored[doc]) if doc in stored else extract_plans(documents[doc])
            for kpi in plans.kpis:
                key = (_key(kpi.indicator), kpi.area, kpi.baseline and kpi.baseline.raw, kpi.target and kpi.target.raw)
                if key not in seen:
                    seen.add(key)
                    self.kpis.append(kpi)
            self.budgets += plans.budgets
            self.units += plans.units
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
        self._quote_tokens: dict[tuple[str, int, int], set[str]] = {}
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

    def _areas_in(self, question: str) -> list[str]:
        found = []
        for area in HOKKAIDO_AREAS:
            if area in question and not any(area in f for f in found):
                found.append(area)
        return found

    # --- KPIs -------------------------------------------------------------------------------
    def match_kpis(self, question: str) -> list[Kpi]:
        tokens = set(self.tokenizer.tokenize(question)) - _GENERIC
        if not tokens:
            return []
        areas = self._areas_in(question)
        scored = []
        for kpi, kpi_tokens in zip(self.kpis, self._kpi_tokens):
            if not kpi_tokens:
                continue
            shared = tokens & kpi_tokens
            weight = sum(self.idf.idf(t) for t in shared)
            cover = weight / max(1e-9, sum(self.idf.idf(t) for t in kpi_tokens - set(HOKKAIDO_AREAS)))
            asked = weight / max(1e-9, sum(self.idf.idf(t) for t in tokens - set(areas)))
            if cover < 0.5 and asked < 0.6:
                continue
            in_area = not areas or any(a in kpi.area or a in kpi.indicator for a in areas)
            scored.append((in_area, cover + asked, kpi))
        if not scored:
            return []
        best = max(s for _, s, _ in scored)
        keep = [(a, s, k) for a, s, k in scored if s >= best * 0.8]
        if any(a for a, _, _ in keep):
            keep = [x for x in keep if x[0]]
        return [k for _, _, k in sorted(keep, key=lambda x: -x[1])]

    def kpi_json(self, kpi: Kpi, n: int) -> dict:
        values = {f: (getattr(kpi, f).to_json() if getattr(kpi, f) else None) for f in ("baseline", "actual", "target")}
        return {"indicator": kpi.indicator, "region": kpi.area, "project": kpi.project, **values,
                "progress": kpi.progress, "citations": [n], "doc": kpi.source.doc}

    def _kpi_statement(self, kpi: Kpi, fields: list[str], n: int) -> str:
        label = kpi.indicator + (f"（{kpi.area}）" if kpi.area else "")
        parts = []
        for f in fields:
            if f == "progress":
                if kpi.progress is not None:
                    parts.append(f"進捗率 {kpi.progress:g}%")
            elif getattr(kpi, f) is not None:
                parts.append(f"{_FIELD_LABEL[f]} {getattr(kpi, f).raw}")
        return f"{label}: {'、'.join(parts) or '（該当する値の記載なし）'}[{n}]"

    def answer_kpi(self, question: str) -> Answer | None:
        kpis = self.match_kpis(question)[:8]
        if not kpis:
            return None
        fields = [f for f, word in _FIELD_WORDS if word in question] or ["baseline", "actual", "target", "progress"]
        lines, citations, records = [], [], []
        for n, kpi in enumerate(kpis, start=1):
            citations.append(self.citation(n, kpi.source))
            records.append(self.kpi_json(kpi, n))
            lines.append(self._kpi_statement(kpi, fields, n))
        return Answer(question, True, "\n".join(lines), citations, kpis=records, kind="kpi")

    def answer_kpi_filter(self, question: str) -> Answer | None:
        m = re.search(r"進捗率が?\s*([0-9.]+)\s*%?\s*(未満|以下|以上|を超え|超)", question)
        if m:
            limit, op = float(m.group(1)), m.group(2)
            test = {"未満": lambda p: p < limit, "以下": lambda p: p <= limit, "以上": lambda p: p >= limit,
                    "を超え": lambda p: p > limit, "超": lambda p: p > limit}[op]
            condition = f"進捗率が{limit:g}%{op}"
        else:
            test, condition = (lambda p: p >= 100), "目標を達成（進捗率100%以上）"
        areas = self._areas_in(question)
        chosen = [k for k in self.kpis if k.progress is not None and test(k.progress)
                  and (not areas or any(a in k.area for a in areas))]
        if not chosen:
            return Answer(question, False, f"{condition}の指標は見つかりませんでした。", kind="kpi_filter")
        lines, citations, records = [f"{condition}の指標は {len(chosen)} 件です。"], [], []
        for n, kpi in enumerate(chosen, start=1):
            citations.append(self.citation(n, kpi.source))
            records.append(self.kpi_json(kpi, n))
            lines.append(f"・{self._kpi_statement(kpi, ['progress', 'actual', 'target'], n)}")
        return Answer(question, True, "\n".join(lines), citations, kpis=records, kind="kpi_filter")

    # --- projects ---------------------------------------------------------------------------
    def answer_projects(self, question: str, hits: list[Hit]) -> Answer | None:
        topic = re.split(r"を?(?:目標|目指|取り?組|推進|進め|図)", question)[0]
        tokens = set(self.tokenizer.tokenize(topic)) - _GENERIC or set(self.tokenizer.tokenize(question)) - _GENERIC
        if not tokens:
            return None
        total = sum(self.idf.idf(t) for t in tokens)
        hit_spans = [(h.passage.doc, h.passage.start, h.passage.end, h.rank) for h in hits]
        ranked = []
        for entry in self.projects.values():
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
                ranked.append((best, entry, best_source))
        if not ranked:
            return None
        ranked.sort(key=lambda x: -x[0])
        lines, citations, projects = [f"該当するプロジェクトは {len(ranked[:10])} 件です。"], [], []
        length = len(lines[0])
        for n, (_, entry, source) in enumerate(ranked[:10], start=1):
            region = "・".join(entry.regions)
            line = f"・{entry.name}（{region}）: {source.quote[:120]}[{n}]"
            if length + len(line) > 1100:
                break
            length += len(line)
            lines.append(line)
            citations.append(self.citation(n, source))
            projects.append({"name": entry.name, "region": region, "citations": [n]})
        return Answer(question, True, "\n".join(lines), citations, projects=projects, kind="projects")

    # --- budgets ----------------------------------------------------------------------------
    def answer_budget(self, question: str) -> Answer | None:
        tokens = set(self.tokenizer.tokenize(question)) - _GENERIC
        areas = self._areas_in(question)
        wants_sum = bool(re.search(r"合計|総額|計は", question))
        scored = []
        for line, item_tokens in zip(self.budgets, self._budget_tokens):
            shared = tokens & item_tokens
            score = sum(self.idf.idf(t) for t in shared) / max(1e-9, sum(self.idf.idf(t) for t in tokens))
            scored.append((score, line))
        if wants_sum and areas:
            # 「釧路」 names the 釧路 振興局 area first; only without such lines the 連携地域 釧路・根室.
            chosen = ([l for l in self.budgets if l.area in areas]
                      or [l for l in self.budgets if any(a in l.region for a in areas)])
        else:
            best = max((s for s, _ in scored), default=0)
            chosen = [l for s, l in scored if s >= max(0.5, best * 0.95)][:5]
        if not chosen:
            return None
        citations = [self.citation(n, l.source) for n, l in enumerate(chosen, start=1)]
        year = lambda l: era_label(l.fiscal_year) if l.fiscal_year else ""
        lines = [f"・{l.item}（{l.area}、{l.project}）: {year(l)}予算額 {l.raw}{l.unit}[{n}]" for n, l in enumerate(chosen, start=1)]
        if wants_sum:
            total = sum(l.amount or 0 for l in chosen)
            lines.append(f"合計: {' + '.join(l.raw for l in chosen)} = {total:,.0f}{chosen[0].unit}（各項の出典は上記）")
        return Answer(question, True, "\n".join(lines), citations, kind="budget")
