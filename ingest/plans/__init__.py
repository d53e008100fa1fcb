"""Plans as data: KPI records, budget lines, projects and list items, from tables, lines and forms."""
