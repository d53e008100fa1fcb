"""Records the assistant returns; the CLI and the UI only render them (JSON is made here, at the edge)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

from ingest.plans.records import KpiValue

# What kind of question an answer answers (assistant.question.classify): a fact from passages, a KPI's values,
# KPIs filtered by progress, a list of projects or 事業, a budget line, or an open question's passages.
AnswerKind = Literal["fact", "passage", "kpi", "kpi_filter", "projects", "budget"]


@dataclass(frozen=True)
class Citation:
    """A verbatim quote with where it stands: `start`/`end` are offsets into the document text."""

    n: int
    doc: str
    page: int
    quote: str
    label: str
    title: str
    start: int
    end: int

    def paste_text(self) -> str:
        """「quote」（出典：label）, ready to paste into a draft."""
        return f"「{self.quote}」（出典：{self.label}）"


@dataclass(frozen=True)
class KpiFact:
    """A KPI an answer states, with every value its record holds and the citation number of its row."""

    indicator: str
    region: str
    project: str
    baseline: KpiValue | None
    actual: KpiValue | None
    target: KpiValue | None
    progress: float | None
    citations: tuple[int, ...]
    doc: str
    target_interim: KpiValue | None = None   # the plan's interim target where it sets one beside the final one

    def to_json(self) -> dict:
        values = {f: (getattr(self, f).to_json() if getattr(self, f) else None)
                  for f in ("baseline", "actual", "target")}
        interim = {"target_interim": self.target_interim.to_json()} if self.target_interim is not None else {}
        return {"indicator": self.indicator, "region": self.region, "project": self.project, **values, **interim,
                "progress": self.progress, "citations": list(self.citations), "doc": self.doc}


@dataclass(frozen=True)
class ProjectRef:
    """A project, plan unit (事業, 取組) or list item an answer names, with the citation numbers naming it.

    A declared project has only a name and region; a plan unit adds its document and outline; a list item adds
    its tags, printed amount and description too. Fields left None are not part of its kind (nor of its JSON)."""

    name: str
    region: str
    citations: tuple[int, ...]
    doc: str | None = None
    outline: tuple[str, ...] | None = None
    tags: tuple[str, ...] | None = None
    amount: str | None = None
    description: str | None = None

    def to_json(self) -> dict:
        row = {"name": self.name, "region": self.region, "citations": list(self.citations)}
        for key in ("doc", "outline", "tags", "amount", "description"):
            value = getattr(self, key)
            if value is not None:
                row[key] = list(value) if isinstance(value, tuple) else value
        return row


@dataclass(frozen=True)
class Answer:
    question: str
    found: bool
    answer: str
    citations: list[Citation] = field(default_factory=list)
    projects: list[ProjectRef] = field(default_factory=list)
    kpis: list[KpiFact] = field(default_factory=list)
    kind: AnswerKind = "fact"
    rewritten: str = ""     # the question as answered, when a follow-up was rewritten ("" otherwise)

    def to_json(self) -> dict:
        """The command-line contract's `ask --json` object (plus `rewritten` for a rewritten follow-up)."""
        extra = {"rewritten": self.rewritten} if self.rewritten else {}
        return {
            "question": self.question,
            "found": self.found,
            "answer": self.answer,
            "citations": [{k: v for k, v in asdict(c).items() if k in ("n", "doc", "page", "quote", "label", "start", "end")}
                          for c in self.citations],
            "projects": [p.to_json() for p in self.projects],
            "kpis": [k.to_json() for k in self.kpis],
            **extra,
        }
