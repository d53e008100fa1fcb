"""Choices drawn from the corpus (KPI areas, project regions, example questions), filled in when the page
loads for a signed-in user and never written into the page itself: with --auth-file, the page a visitor
gets before login must not tell the corpus. Loading again refreshes them after an update."""
from __future__ import annotations

import gradio as gr

from assistant.examples import example_questions
from assistant.live import LiveIndex
from assistant.tables import kpi_areas, project_regions

ALL = "（すべて）"      # the filters' first choice: no condition
EXAMPLE_SLOTS = 4       # example question buttons (filled when the page loads)
EXAMPLES = ("観光入込客数（釧路）の目標値は？", "関係人口を目標にしているプロジェクトは？", "進捗率が80%未満の指標は？",
            "じもと×しごと発見フェアには何社が出展しましたか？")   # when the corpus suggests none


def page_choices(live: LiveIndex, area_now: str, region_now: str):
    """(地域 chooser, 連携地域 chooser, one update per example button); a chosen value that is still offered stays."""
    plans = live.assistant.plans
    areas = [ALL] + kpi_areas(plans.kpis)
    regions = [ALL] + project_regions(list(plans.projects.values()))
    examples = (example_questions(plans) or list(EXAMPLES))[:EXAMPLE_SLOTS]
    shown = [gr.update(value=q, visible=True) for q in examples]
    shown += [gr.update(value="", visible=False)] * (EXAMPLE_SLOTS - len(examples))
    return (gr.update(choices=areas, value=area_now if area_now in areas else ALL),
            gr.update(choices=regions, value=region_now if region_now in regions else ALL), *shown)
