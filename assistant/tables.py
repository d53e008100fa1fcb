"""KPI and project tables as users filter and sort them (UI and CLI share these)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.plans.records import BudgetLine, Kpi, PlanUnit, Project

SORTS = {
    "資料の順": None,
    "進捗率の低い順": "progress_asc",
    "進捗率の高い順": "progress_desc",
    "地域順": "area",
    "指標名順": "indicator",
}


@dataclass(frozen=True)
class KpiQuery:
    """Filters of the KPI view: 「釧路」 in the area, text in the indicator, progress within [low, high)."""

    area: str = ""
    text: str = ""
    progress_min: float | None = None
    progress_below: float | None = None
    sort: str = "資料の順"


def select_kpis(kpis: list[Kpi], query: KpiQuery) -> list[Kpi]:
    """KPIs matching every filter; a progress filter leaves out KPIs whose progress is not stated."""
    chosen = [k for k in kpis
              if (not query.area or query.area in k.area)
              and (not query.text or query.text in k.indicator)
              and (query.progress_min is None or (k.progress is not None and k.progress >= query.progress_min))
              and (query.progress_below is None or (k.progress is not None and k.progress < query.progress_below))]
    order = SORTS.get(query.sort)
    if order == "progress_asc":
        chosen.sort(key=lambda k: (k.progress is None, k.progress or 0.0))
    elif order == "progress_desc":
        chosen.sort(key=lambda k: (k.progress is None, -(k.progress or 0.0)))
    elif order == "area":
        chosen.sort(key=lambda k: k.area)
    elif order == "indicator":
        chosen.sort(key=lambda k: k.indicator)
    return chosen


def describe_kpi_query(query: KpiQuery) -> str:
    """The filters in words: 「地域: 釧路、進捗率 80% 未満」 ("" when nothing is filtered)."""
    parts = []
    if query.area:
        parts.append(f"地域: {query.area}")
    if query.text:
        parts.append(f"指標名に「{query.text}」")
    if query.progress_min is not None:
        parts.append(f"進捗率 {query.progress_min:g}% 以上")
    if query.progress_below is not None:
        parts.append(f"進捗率 {query.progress_below:g}% 未満")
    return "、".join(parts)


def single_areas(area: str) -> list[str]:
    """The areas a record's area names: 「十勝、オホーツク、釧路、根室」 lists four (a filter offers each one);
    「釧路・根室」 is one 連携地域 and stays whole."""
    return [part.strip() for part in re.split(r"[、，,]", area) if part.strip()]


def kpi_areas(kpis: list[Kpi]) -> list[str]:
    """The single areas KPIs are stated for, in first-seen order."""
    return list(dict.fromkeys(part for k in kpis for part in single_areas(k.area)))


def select_projects(projects: list[Project], region: str = "", text: str = "") -> list[Project]:
    return [p for p in projects
            if (not region or any(region in r for r in p.regions))
            and (not text or text in p.name or any(text in r for r in p.regions)
                 or any(text in k.indicator for k in p.kpis))]


def project_regions(projects: list[Project]) -> list[str]:
    return sorted({part for p in projects for r in p.regions for part in single_areas(r)})


def in_place(record_place: str, query: str) -> bool:
    """A record stands in the asked place: 「釧路」 or 「北海道/釧路・根室」 contains 「北海道/釧路・根室/釧路/釧路市」."""
    if not query:
        return True
    if not record_place:
        return False
    from ingest.places.gazetteer import contains, load_gazetteer

    keys = ([query] if "/" in query else load_gazetteer().resolve(query)) or [query]
    return any(record_place == k or contains(k, record_place) for k in keys) or query in record_place


def select_units(units: list[PlanUnit], text: str = "", place: str = "") -> list[PlanUnit]:
    """Project/事業 records whose name, kind, region or outline holds `text`, standing in `place`."""
    return [u for u in units if (not text or any(text in f for f in (u.name, u.kind, u.region, u.place, *u.outline)))
            and in_place(u.place, place)]


def select_budgets(lines: list[BudgetLine], text: str = "", area: str = "", place: str = "") -> list[BudgetLine]:
    """Budget lines whose item/project holds `text`, in `area` (振興局/連携地域) and `place`."""
    return [b for b in lines if (not text or any(text in f for f in (b.item, b.project, b.description, *b.outline)))
            and (not area or area in b.area or area in b.region) and in_place(b.place, place)]
