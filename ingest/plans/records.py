"""Plans as data: KPI values, KPI records, budget lines and projects, each with where it stands."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Source:
    """A verbatim span of a document: offsets into Document.text and the quote."""

    doc: str
    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class KpiValue:
    """「816.5万人(R1)」 -> value 816.5, unit 万人, year 2019. `value` is None when the text is malformed."""

    value: float | None
    unit: str
    year: int | None
    year_end: int | None
    raw: str
    qualifier: str = ""   # 累計, 以上, 平均, 合計 …
    column: str = ""      # the header the value stood under (「目標値(2019年度)」), "" for inline forms

    def to_json(self) -> dict:
        return {"value": self.value, "unit": self.unit, "year": self.year, "year_end": self.year_end,
                "raw": self.raw, "qualifier": self.qualifier}


@dataclass(frozen=True)
class Kpi:
    indicator: str
    area: str
    project: str
    baseline: KpiValue | None
    actual: KpiValue | None
    target: KpiValue | None
    progress: float | None
    source: Source
    form: str              # table | inline
    place: str = ""        # place key (ingest.places.gazetteer): the row's own place, else the document's
    outline: tuple[str, ...] = ()   # where it stands in the plan: (基本目標…, 施策…, 事業…)
    progress_computed: bool = False  # progress = actual / target computed here, the document states none
    target_interim: KpiValue | None = None   # an interim target where the plan sets two (R4年度 and R7年度)
    # The printed lines of a record read from a column or box whose lines stand apart in print (the join of its
    # lines is in no printed line): (field, line) for its name ("name") and each value, so that a citation
    # quotes lines as they are printed.
    pieces: tuple[tuple[str, Source], ...] = ()
    # Every target of a row that sets stepwise targets (令和8年｜令和10年｜令和12年), in column order; () when it sets one.
    targets: tuple[KpiValue, ...] = ()
    grade: str = ""        # the grade a 評価 row or column gives it (「Ｄ」, 「◎」), as printed; "" where none


@dataclass(frozen=True)
class BudgetLine:
    project: str
    item: str              # the 事業 name 【…】
    area: str              # 振興局 area (空知, 釧路 …)
    region: str            # 連携地域 (道央広域, 釧路・根室 …)
    fiscal_year: int | None
    amount: float | None
    unit: str
    raw: str
    description: str
    source: Source
    amount_yen: float | None = None   # amount × the stated unit (百万円 -> ×1,000,000); None when no unit is known
    column: str = ""                  # the header the amount stood under (「予算額（千円）」, 「限度額」)
    place: str = ""                   # place key (ingest.places.gazetteer)
    outline: tuple[str, ...] = ()
    period: tuple[int | None, int | None] | None = None   # 期間 of a 債務負担行為 (first and last fiscal year)


@dataclass
class Project:
    """One project across documents: `sources` are its evidence lines (purpose, measures, activities)."""

    name: str
    regions: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    kpis: list[Kpi] = field(default_factory=list)
    budgets: list[BudgetLine] = field(default_factory=list)


def value_from_json(row: dict | None) -> KpiValue | None:
    return None if row is None else KpiValue(**row)


def kpi_to_json(kpi: Kpi) -> dict:
    return asdict(kpi)


def kpi_from_json(row: dict) -> Kpi:
    return Kpi(**{**row, "baseline": value_from_json(row["baseline"]), "actual": value_from_json(row["actual"]),
                  "target": value_from_json(row["target"]), "source": Source(**row["source"]),
                  "target_interim": value_from_json(row.get("target_interim")),
                  "pieces": tuple((f, Source(**src)) for f, src in row.get("pieces", ())),
                  "targets": tuple(KpiValue(**v) for v in row.get("targets", ())),
                  "outline": tuple(row.get("outline", ()))})


def budget_from_json(row: dict) -> BudgetLine:
    period = row.get("period")
    return BudgetLine(**{**row, "source": Source(**row["source"]), "outline": tuple(row.get("outline", ())),
                         "period": tuple(period) if period else None})


@dataclass(frozen=True)
class PlanUnit:
    """A unit of a plan as a record: a 基本目標, 施策, プロジェクト or 事業, with where it stands and its place."""

    name: str                      # as the document names it, numbering and marks removed (「移住促進事業」)
    kind: str                      # 基本目標 / 政策 / 施策 / プロジェクト / 事業 / 取組 / 項目
    outline: tuple[str, ...]       # the units above it (outermost first), itself excluded
    source: Source                 # the heading line, list item or table cell that names it
    place: str = ""                # place key (ingest.places.gazetteer)
    region: str = ""               # Hokkaido 連携地域 / 振興局 area where the document gives one


def unit_from_json(row: dict) -> PlanUnit:
    return PlanUnit(**{**row, "source": Source(**row["source"]), "outline": tuple(row.get("outline", ()))})
