"""Records the assistant returns; the CLI and the UI only render them."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


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
class Answer:
    question: str
    found: bool
    answer: str
    citations: list[Citation] = field(default_factory=list)
    projects: list[dict] = field(default_factory=list)
    kpis: list[dict] = field(default_factory=list)
    kind: str = "fact"
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
            "projects": self.projects,
            "kpis": self.kpis,
            **extra,
        }
