"""Plain records flowing from ingestion to the index: Document and Passage."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """One source file as text.

    `doc` is the path relative to the corpus directory (the contract's `doc`); `text` is the
    document text every offset refers to (decoded, with NUL/BOM/zero-width characters and CR
    removed, nothing else changed for text files); `page_starts` holds (offset, page number) pairs,
    sorted, the first at offset 0.
    """

    doc: str
    title: str
    date: str | None
    text: str
    content_hash: str
    page_starts: tuple[tuple[int, int], ...] = ((0, 1),)
    pages_known: bool = False
    # Metadata (issue 13): read from the document (cover, header/footer lines, file properties) or a sidecar.
    issuer: str = ""                       # 発行者: 北海道, 音威子府村, 富士市 …
    place: str = ""                        # the area it covers, a place key of ingest.places (「北海道/上川/音威子府村」)
    edition: str = ""                      # 「令和7年3月改訂版」, 「第2期」 …
    source_url: str = ""
    page_labels: tuple[str, ...] = ()      # printed page label per file page ("" where none is printed)

    def page_at(self, offset: int) -> int:
        i = bisect_right([s for s, _ in self.page_starts], offset) - 1
        return self.page_starts[max(i, 0)][1]

    @classmethod
    def from_json(cls, row: dict) -> "Document":
        """The inverse of dataclasses.asdict (JSON turns the page_starts pairs into lists)."""
        return cls(**{**row, "page_starts": tuple(tuple(p) for p in row["page_starts"]),
                      "page_labels": tuple(row.get("page_labels", ()))})

    @property
    def page_count(self) -> int:
        return self.page_starts[-1][1] if self.page_starts else 1


@dataclass(frozen=True)
class Passage:
    """A retrievable piece of a document.

    `start`/`end` are offsets into `Document.text`; `text` is the display form of that span
    (markup removed, line wraps joined, characters as in the document); `search_text` is the
    NFKC-normalised form with the heading path, used for tokens and embeddings.
    """

    passage_id: str
    doc: str
    page: int
    section: str
    start: int
    end: int
    text: str
    search_text: str


@dataclass(frozen=True)
class ReadProblem:
    """A file that gave trouble during an update, and why (Japanese, for people)."""

    doc: str
    reason: str


@dataclass
class RawText:
    """What a reader returns: the text, known page starts, whether pages are real, the tables it met
    (ingest.tables.Table, spans into `text`) and the file's own properties (title, author, created…)."""

    text: str
    page_starts: list[tuple[int, int]] = field(default_factory=lambda: [(0, 1)])
    pages_known: bool = False
    tables: list = field(default_factory=list)
    properties: dict = field(default_factory=dict)
