"""Example questions for the page, made from the loaded corpus (its KPIs, budget lines and projects),
so a new user's first click always has an answer in the documents they loaded."""
from __future__ import annotations

from assistant.kpi_answers import kpi_name
from assistant.plans import PlanRegistry


def example_questions(plans: PlanRegistry, limit: int = 4) -> list[str]:
    """Up to `limit` questions: a KPI target, a KPI's actual value, a 事業's budget, a progress filter."""
    questions = []
    with_target = [k for k in plans.kpis if k.target is not None]
    if with_target:
        questions.append(f"{kpi_name(with_target[0])}の目標値は？")
    with_actual = [k for k in plans.kpis if k.actual is not None and k not in with_target[:1]]
    if with_actual:
        questions.append(f"{kpi_name(with_actual[0])}の実績値は？")
    if plans.budgets:
        questions.append(f"{plans.budgets[0].item}の予算額は？")
    if any(k.progress is not None for k in plans.kpis):
        questions.append("進捗率が80%未満の指標は？")
    elif plans.projects:
        questions.append(f"{next(iter(plans.projects.values())).name}の取組は？")
    return questions[:limit]
