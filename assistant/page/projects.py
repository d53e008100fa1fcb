"""The プロジェクト tab: projects by region and by a word of their name or KPI."""
from __future__ import annotations

from assistant.html_views import render_projects
from assistant.live import LiveIndex
from assistant.page.choices import ALL
from assistant.tables import select_projects


def project_view(live: LiveIndex, region: str, text: str) -> tuple[str, str]:
    """(count line, projects HTML) for the chosen region (「（すべて）」: every one) and typed words."""
    plans = live.assistant.plans
    projects = select_projects(list(plans.projects.values()), region="" if region == ALL else region,
                               text=(text or "").strip())
    return f"{len(projects)} 件のプロジェクト", render_projects(projects, plans.label_of)
