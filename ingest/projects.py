"""Projects (地域重点政策ユニット, 主なプロジェクト), their evidence lines and budget lines.

A project is declared by its name (「…プロジェクト」) as a line, a cell or an HTML paragraph; the
text after it, up to the next project or chapter, is its evidence (purpose, measures, activities).
Where a table lays projects out in columns (十勝, 釧路・根室 in 「Ⅲ 各地域の政策」), each later cell
belongs to its column's project. Budget tables (「R3 予算額」, 単位：千円) give one line per 事業.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import asdict, dataclass, field

from ingest.eras import era_year
from ingest.kpi import _REGION_TAG, HOKKAIDO_AREAS, KpiFinder, region_of
from ingest.plan_records import BudgetLine, Kpi, Source, budget_from_json, kpi_from_json
from ingest.records import Document
from ingest.structure import heading_level, split_lines
from ingest.textnorm import MappedText, normalize, quote_text


@dataclass
class DocumentPlans:
    """What one document says as data."""

    kpis: list[Kpi] = field(default_factory=list)
    budgets: list[BudgetLine] = field(default_factory=list)
    projects: dict[str, str] = field(default_factory=dict)          # name -> region
    evidence: dict[str, list[Source]] = field(default_factory=dict)  # name -> lines

    def to_json(self) -> dict:
        """Plain JSON for the index generation (extracted once per document version, not at every start)."""
        return {"kpis": [asdict(k) for k in self.kpis], "budgets": [asdict(b) for b in self.budgets],
                "projects": self.projects, "evidence": {n: [asdict(s) for s in v] for n, v in self.evidence.items()}}

    @classmethod
    def from_json(cls, row: dict) -> "DocumentPlans":
        return cls([kpi_from_json(k) for k in row["kpis"]], [budget_from_json(b) for b in row["budgets"]],
                   dict(row["projects"]), {n: [Source(**s) for s in v] for n, v in row["evidence"].items()})


def document_region(title: str) -> str:
    return next((area for area in HOKKAIDO_AREAS if area in title), "")


class _ProjectMap:
    """Which project (and region) a mapped offset belongs to."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.entries: list[tuple[str, str]] = []
        self.cells: list[tuple[int, int, str, str]] = []

    def declare(self, offset: int, name: str, region: str) -> None:
        self.starts.append(offset)
        self.entries.append((name, region))

    def __call__(self, offset: int) -> tuple[str, str]:
        for a, b, name, region in self.cells:
            if a <= offset < b:
                return name, region
        i = bisect_right(self.starts, offset) - 1
        return self.entries[i] if i >= 0 else ("", "")


_NAME_AT = re.compile(r"([^\s【】■○\t<>「」]*(?:「[^」]{1,30}」)?[^\s【】■○\t<>「」]*(?:「[^」]{1,30}」)?[^\s【】■○\t<>]*?プロジェクト)(?=\s|【|$)")
_LEADING = re.compile(r"^[\s▶◆■○・\-]*")


def _valid_name(name: str) -> bool:
    return (8 <= len(name) <= 45 and not re.search(r"[、。:：]|全[0-9]+|^主な", name)
            and not re.match(r"^[0-9全]", name))


def _declared(cell: str):
    """The project a cell starts with (「…プロジェクト」 first in the cell, markers aside), or None."""
    lead = _LEADING.match(cell).end()
    # Names are at most 45 characters: matching a bounded window keeps the regex linear on very long lines.
    m = _NAME_AT.match(cell[:lead + 60], lead)
    if not m or not _valid_name(m.group(1)):
        return None
    boundary = cell[m.end():m.end() + 1]
    return m if boundary in ("", "【") or boundary.isspace() else None


def extract_plans(document: Document, mapped: MappedText | None = None) -> DocumentPlans:
    mapped = mapped or normalize(document.text)
    region_default = document_region(document.title)
    plans = DocumentPlans()
    projects = _ProjectMap()
    lines = [(ln.start, ln.text) for ln in split_lines(mapped)]
    columns: list[tuple[str, str]] = []
    row_region = ""
    for start, line in lines:
        cells = line.split("\t")
        if heading_level(line) == 1:
            projects.declare(start, "", "")
        first = cells[0].strip()
        if "\t" in line and any(first.startswith(a) for a in HOKKAIDO_AREAS):
            row_region = next(a for a in HOKKAIDO_AREAS if first.startswith(a))
        declared = [(_declared(c), c) for c in cells]
        if len(cells) >= 2 and all(m for m, _ in declared):
            columns = []
            for m, c in declared:
                tag = _REGION_TAG.match(c[m.end():])
                columns.append((m.group(1), (region_of(tag.group(1)) if tag else "") or region_default))
            for (name, region) in columns:
                plans.projects.setdefault(name, region)
        if columns and len(cells) == len(columns):
            offset = start
            for (name, region), cell in zip(columns, cells):
                projects.cells.append((offset, offset + len(cell) + 1, name, region))
                offset += len(cell) + 1
            continue
        columns = []
        offset = start
        for cell in cells:
            m = _declared(cell)
            if m:
                name = m.group(1)
                tag = _REGION_TAG.match(cell[m.end():])
                following = next((l for s, l in lines if s > start), "") if not tag else ""
                tag = tag or _REGION_TAG.match(following)
                region = region_of(tag.group(1)) if tag else ""
                region = region or (row_region if "\t" in line else "") or region_default
                projects.declare(offset + m.start(1), name, region)
                plans.projects.setdefault(name, region)
            offset += len(cell) + 1
    finder = KpiFinder(document.doc, document.text, mapped, region_default)
    plans.kpis = finder.find(projects)
    _evidence(document, mapped, lines, projects, plans)
    plans.budgets = _budgets(document, mapped, lines, projects)
    return plans


def _span(document: Document, mapped: MappedText, a: int, b: int) -> Source:
    s, e = mapped.source_span(a, b)
    return Source(document.doc, s, e, quote_text(document.text[s:e]))


def _evidence(document, mapped, lines, projects: _ProjectMap, plans: DocumentPlans) -> None:
    for start, line in lines:
        offset = start
        for cell in line.split("\t"):
            for m in re.finditer(r"[^■○•・\n]+", cell):
                text = m.group(0).strip()
                if len(text) < 6:
                    continue
                name, _ = projects(offset + m.start())
                if name:
                    a = offset + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
                    plans.evidence.setdefault(name, []).append(_span(document, mapped, a, a + len(text)))
            offset += len(cell) + 1


def _budgets(document, mapped, lines, projects: _ProjectMap) -> list[BudgetLine]:
    budgets: list[BudgetLine] = []
    header: dict | None = None
    unit, region, area = "千円", "", ""
    for start, line in lines:
        if re.search(r"単位\s*[:：]\s*(千円|万円|円|億円)", line):
            unit = re.search(r"単位\s*[:：]\s*(千円|万円|円|億円)", line).group(1)
        if "\t" not in line:
            header = None
            m = re.match(r"^(.+?)連携地域$", line.strip())
            if m:
                region = m.group(1)
            continue
        cells = line.split("\t")
        if any("予算" in c for c in cells):
            amount_col = next(i for i, c in enumerate(cells) if "予算" in c)
            header = {"amount": amount_col, "year": era_year(cells[amount_col]),
                      "project": next((i for i, c in enumerate(cells) if "プロジェクト" in c), None),
                      "item": next((i for i, c in enumerate(cells) if "施策" in c or "事業" in c), None)}
            area = ""
            continue
        if header is None or header["amount"] >= len(cells):
            continue
        raw = cells[header["amount"]].strip()
        if not re.fullmatch(r"[0-9][0-9,]*(?:\.[0-9]+)?", raw):
            continue
        area = cells[0].strip() or area
        item_cell = cells[header["item"]] if header["item"] is not None and header["item"] < len(cells) else ""
        item = re.match(r"\s*【([^】]+)】", item_cell)
        project, _ = projects(start + sum(len(c) + 1 for c in cells[:header["item"] or 0]))
        budgets.append(BudgetLine(
            project=project, item=item.group(1) if item else item_cell[:40], area=area, region=region,
            fiscal_year=header["year"], amount=float(raw.replace(",", "")), unit=unit, raw=raw,
            description=item_cell[item.end():].strip() if item else item_cell,
            source=_span(document, mapped, start, start + len(line))))
    return budgets
