"""Projects and 事業, KPIs and budget lines of one document, each linked to the unit it stands under.

Units come from the document's structure (ingest.text.outline: 基本目標 → 施策 → 事業, 政策 → プロジェクト → 取組), the
事業名 cells of budget tables, and projects named by a line, a table cell or a column of cells (十勝, 釧路・根室 in
「Ⅲ 各地域の政策」 lay projects out in columns: each later cell belongs to its column's project). A project's
evidence is the text under it, up to the next unit of the same or a higher level. KPIs and budget lines come from
tables (ingest.plans.table_records) and lines (ingest.plans.kpi_lines), each with its outline path, its project (the
innermost declared one, else the innermost unit) and its place (ingest.places.record_places).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import asdict, dataclass, field, replace

from ingest.plans.card_kpis import card_kpis
from ingest.plans.amount_lines import amount_lines
from ingest.plans.share_lines import share_lines
from ingest.plans.supplement_lines import supplement_lines
from ingest.plans.form_records import form_budgets
from ingest.plans.kpi_blocks import block_kpis
from ingest.plans.label_paragraphs import label_paragraph_tables
from ingest.plans.kpi_lines import REGION_TAG, KpiFinder, region_of, split_area
from ingest.plans.long_kpis import long_form_kpis
from ingest.text.blocks import Block, block_from_json, find_blocks
from ingest.plans.list_items import ListItem, item_from_json, list_items
from ingest.plans.list_tables import table_items
from ingest.plans.card_items import card_items
from ingest.plans.cell_names import outside_split_cells
from ingest.plans.heading_items import heading_items
from ingest.plans.paragraph_items import paragraph_items
from ingest.plans.prose_items import with_prose_items
from ingest.text.outline import Outline, heading_style, is_section_label, unit_name
from ingest.plans.records import BudgetLine, Kpi, PlanUnit, Source, budget_from_json, kpi_from_json, unit_from_json
from ingest.places.coverage import document_place
from ingest.places.gazetteer import HOKKAIDO_AREAS
from ingest.places.record_places import mentions, place_in
from ingest.records import Document
from ingest.plans.scrambled_kpis import scrambled_kpis
from ingest.plans.series_tables import series_kpis
from ingest.plans.survey_statements import is_survey, report_fiscal_year, survey_kpis
from ingest.plans.continued_tables import with_continued_headers
from ingest.plans.survey_tables import survey_kpis_from_table
from ingest.text.structure import split_lines
from ingest.tables.paired_tables import tables_apart
from ingest.tables.build import finish_tables
from ingest.plans.block_budgets import block_year_budgets
from ingest.plans.budget_tables import budgets_from_table
from ingest.plans.label_rows import label_row_budgets
from ingest.plans.table_records import RowContext, kpis_from_table, label_grid, names_units
from ingest.tables.text_tables import find_text_tables
from ingest.tables.table import Table
from ingest.text.normalize import HARD_LINE_END, MappedText, normalize, quote_text
from ingest.plans.values import has_value


@dataclass(frozen=True)
class DocumentPlans:
    """What one document says as data (extract_plans fills its lists while it reads the document)."""

    kpis: list[Kpi] = field(default_factory=list)
    budgets: list[BudgetLine] = field(default_factory=list)
    projects: dict[str, str] = field(default_factory=dict)          # name -> region
    evidence: dict[str, list[Source]] = field(default_factory=dict)  # name -> lines
    units: list[PlanUnit] = field(default_factory=list)              # 基本目標/施策/プロジェクト/事業 records
    items: list[ListItem] = field(default_factory=list)              # 事業/取組 named by the document's lists
    title: str = ""                                                  # the document's title (list answers name it)
    blocks: list[Block] = field(default_factory=list)                # 【課 題】, 目的 … blocks and their items
    places: list[str] = field(default_factory=list)                  # place keys its first lines name (a 広報 CSV's 自治体名)
    cover: str = ""                                                  # its first lines (what a list question may name it by)

    def to_json(self) -> dict:
        """Plain JSON for the index generation (extracted once per document version, not at every start)."""
        return {"kpis": [asdict(k) for k in self.kpis], "budgets": [asdict(b) for b in self.budgets],
                "projects": self.projects, "evidence": {n: [asdict(s) for s in v] for n, v in self.evidence.items()},
                "units": [asdict(u) for u in self.units], "items": [asdict(i) for i in self.items],
                "title": self.title, "blocks": [asdict(b) for b in self.blocks], "places": self.places,
                "cover": self.cover}

    @classmethod
    def from_json(cls, row: dict) -> "DocumentPlans":
        return cls([kpi_from_json(k) for k in row["kpis"]], [budget_from_json(b) for b in row["budgets"]],
                   dict(row["projects"]), {n: [Source(**s) for s in v] for n, v in row["evidence"].items()},
                   [unit_from_json(u) for u in row.get("units", ())],
                   [item_from_json(i) for i in row.get("items", ())], row.get("title", ""),
                   [block_from_json(b) for b in row.get("blocks", ())], list(row.get("places", ())),
                   row.get("cover", ""))


def document_region(title: str) -> str:
    return next((area for area in HOKKAIDO_AREAS if area in title), "")


class _ProjectMap:
    """Which declared project (and region) a mapped offset belongs to, by the document's structure:
    a column of projects (each later cell of a column), a project named in a table row (the rest of that table,
    until the next one named: merged cells), else the innermost unit of the outline that is a declared project."""

    def __init__(self, mapped: MappedText, outline: Outline, projects: dict[str, str]) -> None:
        self.mapped, self.outline, self.projects = mapped, outline, projects
        self.cells: list[tuple[int, int, str, str]] = []
        self.rows: list[tuple[int, int, str, str]] = []
        self.line_starts: list[int] = []
        self.lines: list[tuple[int, str, str]] = []
        self.outline_starts = [u.start for u in outline.units if not (u.kind == "プロジェクト" and u.style == "title")]
        # the 事業 and 取組 listed under a project its line declares, no heading itself (「重点プロジェクト２　…」 over
        # 「□〔新規〕…事業」 lines the outline takes for headings), end no project; a sibling heading does
        self.unit_spans = [(u.start, u.end) for u in outline.units]
        self.item_starts = {u.start for u in outline.units if u.kind in ("事業", "取組")}

    def __call__(self, offset: int) -> tuple[str, str]:
        for a, b, name, region in self.cells:
            if a <= offset < b:
                return name, region
        for a, b, name, region in reversed(self.rows):
            if a <= offset < b:
                return name, region
        source = self.mapped.source_span(offset, offset + 1)[0] if offset < len(self.mapped.text) else offset
        for heading in reversed(self.outline.path_at(source)):
            name = unit_name(heading)
            if name in self.projects:
                return name, self.projects[name]
        # a project named by a line the outline does not see as a heading (a paragraph inside a table cell):
        # it lasts until the next project named or the next heading of the outline, whichever comes first
        i = bisect_right(self.line_starts, offset) - 1
        if i >= 0:
            declared_at, name, region = self.lines[i]
            listed = not any(a <= declared_at < b for a, b in self.unit_spans)   # its line is no heading of the outline
            if not any(declared_at < h <= source and not (listed and h in self.item_starts)
                       for h in self._heading_starts(declared_at, source)):
                return name, region
        return "", ""

    def _heading_starts(self, a: int, b: int) -> list[int]:
        lo = bisect_right(self.outline_starts, a)
        hi = bisect_right(self.outline_starts, b)
        return self.outline_starts[lo:hi]

    def declare_line(self, mapped_offset: int, name: str, region: str) -> None:
        self.line_starts.append(mapped_offset)
        self.lines.append((self.mapped.source_span(mapped_offset, mapped_offset + 1)[0], name, region))


_NAME_AT = re.compile(r"([^\s【】■○\t<>「」]*(?:「[^」]{1,30}」)?[^\s【】■○\t<>「」]*(?:「[^」]{1,30}」)?[^\s【】■○\t<>]*?プロジェクト)(?=\s|【|$)")
_LEADING = re.compile(r"^[\s▶◆■○・\-]*")


def _valid_name(name: str) -> bool:
    return 8 <= len(name) <= 45 and not re.search(r"[、。:：]|全[0-9]+|^主な", name) and not re.match(r"^[0-9全]", name)


# 「重点プロジェクト２　子育て世代に選ばれるまち」: a numbered project label, then the project's own name to the line end
_NUMBERED = re.compile(r"(?:重点|戦略|主要|リーディング)?プロジェクト\s*[0-9０-９①-⑳]{1,2}\s*[:：．.]?\s*"
                       r"([^\s、。:：\t「」0-9０-９][^\t、。:：]{2,38}?)\s*$")


def _numbered_line(text: str, at: int) -> tuple[int, int] | None:
    """The span of the line holding `at` when it is a numbered project label with its name (「重点プロジェクト２　子育て世代
    に選ばれるまち」), its marks and trailing spaces left out; None otherwise."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    line = text[start:end].rstrip(" \u3000" + HARD_LINE_END)
    lead = len(line) - len(line.lstrip(" \u3000▶◆■○・-"))
    if "\t" in line or not _NUMBERED.match(unicodedata.normalize("NFKC", line[lead:])):
        return None
    return start + lead, start + len(line)


def _declared(cell: str):
    """The project a cell starts with (「…プロジェクト」 first in the cell, markers aside; or the name after a numbered
    project label), or None."""
    lead = _LEADING.match(cell).end()
    numbered = _NUMBERED.match(cell.rstrip(HARD_LINE_END), lead)
    if numbered and not has_value(numbered.group(1)):
        return numbered
    # Names are at most 45 characters: matching a bounded window keeps the regex linear on very long lines.
    m = _NAME_AT.match(cell[:lead + 60], lead)
    if not m or not _valid_name(m.group(1)):
        return None
    boundary = cell[m.end():m.end() + 1]
    return m if boundary in ("", "【") or boundary.isspace() else None


def _declare_projects(lines, region_default: str, projects: _ProjectMap, plans: DocumentPlans) -> None:
    """Projects named by a line, a table cell or a column of cells (「…プロジェクト」 first), with their region."""
    columns: list[tuple[str, str]] = []
    row_region = ""
    run_end = {}
    end = None
    for start, line in reversed(lines):   # where each run of table rows ends
        end = (end if "\t" in line and end is not None else start + len(line)) if "\t" in line else None
        run_end[start] = end
    for i, (start, line) in enumerate(lines):
        cells = line.split("\t")
        first = cells[0].strip()
        if "\t" in line and any(first.startswith(a) for a in HOKKAIDO_AREAS):
            row_region = next(a for a in HOKKAIDO_AREAS if first.startswith(a))
        declared = [(_declared(c), c) for c in cells]
        if len(cells) >= 2 and all(m for m, _ in declared):
            columns = []
            for m, c in declared:
                tag = REGION_TAG.match(c[m.end():])
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
                tag = REGION_TAG.match(cell[m.end():])
                following = lines[i + 1][1] if i + 1 < len(lines) and not tag else ""
                tag = tag or REGION_TAG.match(following)
                region = region_of(tag.group(1)) if tag else ""
                region = region or (row_region if "\t" in line else "") or region_default
                plans.projects.setdefault(name, region)
                if "\t" not in line:
                    projects.declare_line(offset + m.start(1), name, region)
                else:   # a project named in a table row: the rest of the table until the next one
                    if projects.rows and projects.rows[-1][1] > offset:
                        a, _, n, r = projects.rows[-1]
                        projects.rows[-1] = (a, offset, n, r)
                    projects.rows.append((offset + m.start(1), run_end[start], name, region))
            offset += len(cell) + 1


def _region_marks(lines) -> list[tuple[int, str]]:
    """「道南連携地域」 lines: the 連携地域 the lines after them are about."""
    marks = []
    for start, line in lines:
        m = re.match(r"^(.+?)連携地域$", line.strip()) if "\t" not in line else None
        if m and region_of(m.group(1)):
            marks.append((start, m.group(1)))
    return marks


def _before(text: str, offset: int, lines: int = 3) -> str:
    """The few lines just above a table (a 「（単位：千円）」 line, a caption)."""
    return "\n".join(text[:offset].rstrip("\n").split("\n")[-lines:])


def extract_plans(document: Document, mapped: MappedText | None = None, tables: list[Table] | None = None,
                  headings=(), list_paragraphs=()) -> DocumentPlans:
    """KPIs, budget lines, projects and units of one document. `tables`: what its reader found (RawText.tables);
    None reads tables from the text's tab-separated rows (text files, and documents stored before tables).
    `headings` and `list_paragraphs`: the lines the reader saw set as headings, and as numbered or bulleted items."""
    mapped = mapped or normalize(document.text)
    if tables is None:
        tables = finish_tables(document.doc, document.text, find_text_tables(document.text))
    tables = tables_apart(tables)   # 歳入｜歳出 side by side in one reader's grid: two tables
    region_default = document_region(document.title)
    doc_place = document_place(document.title, document.text, document.place)
    plans = DocumentPlans()
    lines = [(ln.start, ln.text) for ln in split_lines(mapped)]
    outline = Outline(document.text, headings)   # headings: the lines the reader saw set as headings
    projects = _ProjectMap(mapped, outline, plans.projects)
    _declare_projects(lines, region_default, projects, plans)
    marks = [(mapped.source_span(s, s + 1)[0], r) for s, r in _region_marks(lines)]
    mapped_at = _SourceToMapped(mapped)

    sheets = sorted((t.start, grid) for t in tables for grid in [label_grid(t)] if grid)

    def context_at(source_offset: int) -> RowContext:
        sheet = next((grid for start, grid in reversed(sheets) if start <= source_offset), None)
        if sheet:   # inside a 事業評価シート: its 事業, under its 基本目標/施策
            name, path, _ = sheet
            return RowContext(name, path + (name,), "", region_default, doc_place, name)
        name, region = projects(mapped_at(source_offset))
        path = outline.path_at(source_offset)
        if not name and path:
            name = unit_name(path[-1])
        mark = next((r for s, r in reversed(marks) if s <= source_offset), "")
        return RowContext(name, path, "", mark or region or region_default, doc_place)

    def place_of(text: str) -> str:
        return place_in(text, doc_place)

    skip, kpi_tables = [], []
    unit_sources: set[tuple[int, str]] = set()   # budget lines whose item is a 事業 of the plan
    for table in with_continued_headers(tables, document.text, document.page_starts):
        before = _before(document.text, table.start)
        # a long-form table (a 区分 column of 基準値/実績値/目標値) first: its 値 column may carry a value word too
        kpis = (long_form_kpis(table, document.text, context_at, place_of, split_area)
                or kpis_from_table(table, document.text, context_at, place_of, split_area, before)
                or block_kpis(table, document.text, context_at, place_of, split_area)
                or card_kpis(table, document.text, context_at, place_of, split_area))
        if kpis:
            skip.append((table.start, table.end))
            kpi_tables.append((table.start, table.end))
        plans.kpis.extend(kpis)
        # a years table inside stacked blocks first: its label rows above would be read as a header of many levels
        budgets = label_row_budgets(table, document.text, document.title, context_at, place_of) \
            or block_year_budgets(table, document.text, context_at, place_of) \
            or budgets_from_table(table, document.text, context_at, place_of, before, title=document.title)
        budgets = budgets or form_budgets(table, document.text, context_at, place_of, before, document.text[:300],
                                          document.title)
        plans.budgets.extend(budgets)
        if names_units(table):
            unit_sources.update((b.source.start, b.item) for b in budgets)
        if budgets:
            skip.append((table.start, table.end))
        if not kpis and not budgets and is_survey(f"{document.title}\n{table.caption}\n{before}"):
            plans.kpis.extend(survey_kpis_from_table(table, document.text, context_at, place_of,
                                                     report_fiscal_year(document.date)))
    for table in label_paragraph_tables(document.doc, document.text):   # 【指標】 / 【現状値】 paragraphs
        kpis = block_kpis(table, document.text, context_at, place_of, split_area)
        skip += [(table.start, table.end)] if kpis else []
        plans.kpis.extend(kpis)
    budget_spans = {(b.source.start, b.source.end) for b in plans.budgets}
    forms = [(a, b) for a, b in kpi_tables if not any(a <= s < b for s, _ in budget_spans)]   # no amount read there yet
    plans.budgets.extend(amount_lines(document.doc, document.text, document.title, skip, context_at, place_of, forms))
    plans.budgets.extend(share_lines(document.doc, document.text, document.title, skip, context_at, place_of))
    plans.budgets.extend(supplement_lines(document.doc, document.text, document.title, context_at, place_of))
    run_together = series_kpis(document.doc, document.text, mapped, context_at, place_of)
    run_together += scrambled_kpis(document.doc, document.text, context_at, place_of)
    run_together += survey_kpis(document.doc, document.text, mapped, document.date, context_at, place_of)
    plans.kpis.extend(run_together)
    taken = [(k.source.start, k.source.end) for k in run_together]
    # a line's reading of the same stretch (a mark or a header word taken for an indicator) gives way to them
    plans.kpis.extend(k for k in KpiFinder(document.doc, document.text, mapped, context_at, place_of, skip).find()
                      if not any(k.source.start < e and s < k.source.end for s, e in taken))
    plans.kpis[:] = _without_computed_progress(sorted(plans.kpis, key=lambda k: k.source.start))
    _evidence(document, mapped, lines, projects, plans)
    plans.units.extend(_units(document, outline, plans, context_at, doc_place, unit_sources))
    plans.units.extend(_sheet_units(document, sheets, doc_place))
    plans.units.sort(key=lambda u: u.source.start)
    in_tables = table_items(document.doc, document.text, tables, outline.path_at)
    in_tables += [i for i in card_items(document.doc, document.text, tables, outline.path_at)
                  if i.name not in {t.name for t in in_tables}]
    plans.items.extend(outside_split_cells(document.text, list_items(document.doc, document.text), in_tables) + in_tables)
    plans.items.extend(heading_items(document.doc, document.text, outline, {i.name for i in plans.items}))
    plans.items[:] = paragraph_items(document.doc, document.text, list_paragraphs, outline.path_at, plans.items)
    plans.items[:] = with_prose_items(document.doc, document.text, outline.path_at, plans.items)
    plans.blocks.extend(find_blocks(document.doc, document.text))
    plans.places.extend(dict.fromkeys(mentions(document.text[:3000])))
    return replace(plans, title=document.title, cover=cover_lines(document.text))


def _without_computed_progress(kpis: list) -> list:
    """The KPIs without computed progress when the document states progress where it measures it: computing it for
    other rows would add a claim it does not make."""
    if not any(k.progress is not None and not k.progress_computed for k in kpis):
        return kpis
    return [replace(k, progress=None, progress_computed=False) if k.progress_computed else k for k in kpis]


def _sheet_units(document: Document, sheets: list, doc_place: str) -> list[PlanUnit]:
    """The 事業 each 事業評価シート (a label｜value grid) is about, cited by its 事業名 cell."""
    units = []
    for _, (name, path, cell) in sheets:
        source = Source(document.doc, cell.start, cell.end, quote_text(document.text[cell.start:cell.end]))
        units.append(PlanUnit(name, "事業", path, source, place_in(name, doc_place) or doc_place))
    return units


def cover_lines(text: str, limit: int = 200) -> str:
    """A document's title lines, up to `limit` characters (「広報…4月号」「特集 令和７年度 当初予算のあらまし」): the
    words it names itself by beyond its title. They end where the body begins — a sentence, a heading, a marked
    or bracketed line (「■主な事業」「## 第2章」 name a part of it, not all of it); table rows are left out."""
    lines = []
    for line in text.split("\n"):
        if "\t" in line:
            continue
        line = " ".join(line.split())
        if not line:
            continue
        style = heading_style(line)
        if line.endswith("。") or style not in (None, "title", "md1") or line[0] in "■□◆◇●○◎・▼▽▶☆★【〔[" \
                or is_section_label(line) or sum(map(len, lines)) + len(line) > limit or len(lines) >= 4 \
                or re.match(r"(?:No|NO|Ｎｏ|ＮＯ)[.．]\s*[0-9０-９]", line):   # 「No.1 …事業」: the first form, no title
            break
        lines.append(line)
    return "\n".join(lines)


class _SourceToMapped:
    """Source offset -> the mapped offset of the first character at or after it."""

    def __init__(self, mapped: MappedText):
        self.origin = mapped.origin

    def __call__(self, offset: int) -> int:
        return bisect_left(self.origin, offset)


def _units(document: Document, outline: Outline, plans: DocumentPlans, context_at, doc_place: str,
           unit_sources: set[tuple[int, str]]) -> list[PlanUnit]:
    """Every unit of the plan as a record: outline headings, declared projects, 事業 named in budget tables."""
    units: dict[tuple[str, tuple[str, ...]], PlanUnit] = {}
    for unit in outline.units:
        if unit.kind in ("章", "項目"):
            continue
        name = unit_name(unit.name)
        a, b = unit.start, unit.end
        source = Source(document.doc, a, b, quote_text(document.text[a:b]))
        path = unit.path[:-1]
        if unit.kind in ("事業", "取組"):   # a 事業 listed under a project its line declares (no heading of the outline)
            project = context_at(a).project
            if project and project in plans.projects and not any(unit_name(p) == project for p in path):
                path = path + (project,)
        units.setdefault((name, path), PlanUnit(name, unit.kind, path, source,
                                                          place_in(name, doc_place) or doc_place,
                                                          plans.projects.get(name, "")))
    for name, region in plans.projects.items():
        if any(u.name == name for u in units.values()):
            continue
        sources = plans.evidence.get(name) or []
        at = document.text.find(name)
        if at >= 0:
            a, b = _numbered_line(document.text, at) or (at, at + len(name))   # 「重点プロジェクト２　…」 whole
            source = Source(document.doc, a, b, quote_text(document.text[a:b]))
        elif sources:
            source = sources[0]
        else:
            continue
        units.setdefault((name, ()), PlanUnit(name, "プロジェクト", context_at(source.start).outline, source,
                                              place_in(name, doc_place) or doc_place, region))
    for line in plans.budgets:
        if not line.item or (line.source.start, line.item) not in unit_sources or (line.item, line.outline[:-1]) in units:
            continue
        outline_path = line.outline
        units.setdefault((line.item, outline_path), PlanUnit(line.item, "事業", outline_path, line.source,
                                                             line.place, line.region))
    return sorted(units.values(), key=lambda u: u.source.start)


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


