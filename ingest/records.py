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
    place: str = ""                        # the area it covers, a place key of ingest.places.gazetteer (「北海道/上川/音威子府村」)
    edition: str = ""                      # 「令和7年3月改訂版」, 「第2期」 …
    source_url: str = ""
    page_labels: tuple[str, ...] = ()      # printed page label per file page ("" where none is printed)
    # Where a quote stands when there are no pages: (offset, 「第3章 2(1)」 or 「シート名!B7」), sorted (ingest.text.locations).
    locations: tuple[tuple[int, str], ...] = ()

    def page_at(self, offset: int) -> int:
        i = bisect_right([s for s, _ in self.page_starts], offset) - 1
        return self.page_starts[max(i, 0)][1]

    def printed_page(self, page: int) -> str:
        """The page number printed on file page `page` (「10」), else the file page itself."""
        label = self.page_labels[page - 1] if 0 < page <= len(self.page_labels) else ""
        return label or str(page)

    def location_at(self, offset: int) -> str:
        """The section or cell an offset stands in (「第3章 2(1)」, 「シート名!B7」), "" when unknown."""
        i = bisect_right([s for s, _ in self.locations], offset) - 1
        return self.locations[i][1] if i >= 0 else ""

    @classmethod
    def from_json(cls, row: dict) -> "Document":
        """The inverse of dataclasses.asdict (JSON turns the page_starts pairs into lists)."""
        return cls(**{**row, "page_starts": tuple(tuple(p) for p in row["page_starts"]),
                      "page_labels": tuple(row.get("page_labels", ())),
                      "locations": tuple(tuple(x) for x in row.get("locations", ()))})

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
    # The text the passage's dense vector is made from, when not `search_text`: the pieces of one record row of a
    # large sheet share the row's opening (its first cells say which record it is; the sparse index reads them all).
    vector_text: str = ""


@dataclass
class RawText:
    """What a reader returns: the text, known page starts, whether pages are real, the tables it met
    (ingest.tables.table.Table, spans into `text`) and the file's own properties (title, author, created…)."""

    text: str
    page_starts: list[tuple[int, int]] = field(default_factory=lambda: [(0, 1)])
    pages_known: bool = False
    tables: list = field(default_factory=list)
    properties: dict = field(default_factory=dict)
    # (start, end, level) of the lines the format itself marks as headings (a DOCX 「見出し 1」 / 'Heading 2' style, a
    # PDF line printed larger or bolder than the body): what the text alone cannot show. Level 1 is the outermost.
    headings: list = field(default_factory=list)
    # (start, end) of the paragraphs the format numbers or bullets itself (a DOCX List Number paragraph: Word prints
    # 「１.」 before it, the text holds no number): the items of a list, which the text alone cannot show.
    list_paragraphs: list = field(default_factory=list)
