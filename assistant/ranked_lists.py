"""「満足度の順位が下位３つだった施策は」「最も重要だと考えられている施策は」: the rows of a table ranked by a measure the
question names — a survey's items with a rate and its rank per measure (満足度｜割合｜順位, 重要度｜割合｜順位).

The measure is a column group whose word stands in the question (満足度; 「重要だと」 names 重要度 by its stem); its rank
column (順位: 1 is the highest) orders the rows where the table has one, else its value column (highest first). The
question asks the top or bottom N (上位３, 下位３つ, ワースト３) or the one at an end (最も高い / 最も低い / 一番). Only one
table in scope may fit, and the rows at the cut must not tie: otherwise None (the other paths answer).
"""
from __future__ import annotations

import re

from assistant.row_filters import RowMatch, name_column
from assistant.text_rows import TextTable
from ingest.plans.records import Source
from ingest.text.normalize import quote_text, spaceless

_RANK_HEADER = "順位"
_COUNT = re.compile(r"(上位|下位|ワースト|ベスト|トップ)\s*([0-9]{1,2})")
_LOWEST = re.compile(r"(?:最も|一番|いちばん)(?:低|少な|悪|不満)")
_HIGHEST = re.compile(r"最も|一番|いちばん")
_NUMBER = re.compile(r"^[0-9]+(?:\.[0-9]+)?$")


def asked_cut(question: str) -> tuple[str, int] | None:
    """("top" | "bottom", how many) the question asks, None when it asks no rank."""
    q = spaceless(question)
    m = _COUNT.search(q)
    if m:
        return ("bottom" if m.group(1) in ("下位", "ワースト") else "top"), int(m.group(2))
    if _LOWEST.search(q):
        return "bottom", 1
    if _HIGHEST.search(q):
        return "top", 1
    return None


def _measures(headers: tuple[str, ...]) -> list[str]:
    """The group word of each column of a two-level header (「満足度 割合」 -> 満足度); a lone 「順位」 right of a grouped
    column is that group's (the group cell spans both, its text read into the first); "" for a header of one level."""
    found: list[str] = []
    for header in headers:
        parts = header.split()
        if len(parts) >= 2:
            found.append(spaceless(parts[0]))
        else:
            found.append(found[-1] if found and spaceless(header) == _RANK_HEADER else "")
    return found


def _named(measure: str, question: str) -> bool:
    stem = measure[:-1] if measure.endswith("度") and len(measure) >= 3 else measure
    return bool(measure) and len(stem) >= 2 and stem in question


def _value(cell: str) -> float | None:
    text = spaceless(cell).rstrip("%位")
    return float(text) if _NUMBER.match(text) else None


def ranked_table_rows(table: TextTable, question: str, text: str) -> list[RowMatch] | None:
    """The rows a table ranks for the question, in rank order; None when the table has no measure it names."""
    q = spaceless(question)
    cut = asked_cut(q)
    groups = _measures(table.headers)
    measures = {g for g in groups if _named(g, q)}
    if cut is None or len(measures) != 1:
        return None
    measure = measures.pop()
    columns = [n for n, g in enumerate(groups) if g == measure
               and sum(_value(r.cells[n]) is not None for r in table.rows) >= max(2, len(table.rows) - 1)]
    if not columns:
        return None
    ranks = [n for n in columns if spaceless(table.headers[n]).endswith(_RANK_HEADER)]
    column = ranks[0] if ranks else columns[0]
    names = name_column(table, set(columns))
    if names is None:
        return None
    rows = [r for r in table.rows if r.cells[names] and _value(r.cells[column]) is not None]
    # a rank: 1 first; a value: the highest first
    order = sorted(rows, key=lambda r: _value(r.cells[column]) * (1 if ranks else -1))
    way, count = cut
    if way == "bottom":
        order = order[::-1]
    if count >= len(order) or _value(order[count - 1].cells[column]) == _value(order[count].cells[column]):
        return None   # a tie at the cut (or every row asked): no ranking to state
    return [RowMatch(r.cells[names], (f"{measure} {_RANK_HEADER if ranks else table.headers[column].split()[-1]}：{r.cells[column]}",),
                     Source(table.doc, r.start, r.end, quote_text(text[r.start:r.end]))) for r in order[:count]]


def ranked_matches(row_tables, question: str, inside) -> list[RowMatch]:
    """The ranked rows of the one table in scope that ranks by a measure the question names ([] when none or several)."""
    if asked_cut(question) is None:
        return []
    found = []
    for doc, document in row_tables.documents.items():
        if not inside(doc):
            continue
        for table in row_tables.tables(doc):
            rows = ranked_table_rows(table, question, document.text)
            if rows:
                found.append(rows)
    return found[0] if len(found) == 1 else []
