"""Questions and answers over the plan documents: cited search, extractive answers, KPI lookups."""
