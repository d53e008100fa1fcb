"""KPI progress tables whose cells run together in the text: a header of years, then one row per series.

総合戦略 KPI 進捗調書 print a table with the years as columns and the series as rows; exported as text
(a PDF copy, a web page), its cells run together on one line:

    [単位] 億円 現状値 H25 H26 H27 H28 H29 H30 目標値 H31 農業産出額 出典: … 期待値 4,356 4,278 … 4,380
    実績値 4,292 達成率 …

- the header is a run of years (three or more), a baseline word (基準値, 現状値) before the first and a target
  word (目標値) before the last; a baseline word may head a column of its own whose year the expected row
  gives in brackets (「基準値 H27 … 期待値 [H26] 2,000 …」): the expected row's length tells which;
- the indicator is the text between the header and the first row word, up to a 出典 note;
- rows: 期待値 (the yearly expected value, the full row), 実績値 (actuals, from the first year after the
  baseline on), 達成率 (progress of each actual against that year's 期待値);
- the unit is the header's [単位] cell, else the unit the document states beside the same target figure
  (「雇用創出数 (H27~H31累計):10,000人」).

Each year with an actual becomes one Kpi (baseline, that year's actual, the final target, the stated 達成率 and
that year's 期待値 as `target_interim`), so a question about one year finds that year's record. A table whose
rows do not line up with its header gives no record (never guessed).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.plans.records import Kpi, KpiValue, Source
from ingest.text.normalize import MappedText, quote_text
from ingest.vocab.eras import CURRENT_ERA_WORDS, era_year
from ingest.vocab.header_words import ROLE_LABELS, SERIES_BASE_WORDS, SERIES_ROW_WORDS, SERIES_TARGET_WORDS
from ingest.vocab.quantities import read_quantities, read_quantity

_YEAR = rf"(?:{CURRENT_ERA_WORDS})\s*(?:元|[0-9]{{1,2}})(?:年度?)?"
_HEAD_TOKEN = re.compile(rf"\s*(?P<word>{'|'.join(SERIES_BASE_WORDS + SERIES_TARGET_WORDS)})?\s*(?P<year>[\[(（]?{_YEAR}[\])）]?)")
_ROW_WORD = re.compile("|".join(sorted(SERIES_ROW_WORDS, key=len, reverse=True)))
_UNIT_CELL = re.compile(r"[\[［]単位[\]］]\s*(?P<unit>[^\s\[\]［］0-9]{1,6}?)\s*(?=" + "|".join(SERIES_BASE_WORDS) + ")")
_NAME_END = re.compile(r"出典|[:：(（\[【]")
WINDOW = 700          # characters after the header in which its rows stand


@dataclass(frozen=True)
class _Column:
    role: str           # baseline | year | target
    year: int | None


@dataclass(frozen=True)
class _Row:
    kind: str
    cells: tuple[tuple[int, int], ...]     # mapped spans of the cells, in order
    end: int


def _header_runs(line: str):
    """Each run of header tokens (years, a baseline or target word before one) holding three or more years:
    (start, end, [(word, year text)])."""
    pos = 0
    while True:
        m = _HEAD_TOKEN.search(line, pos)
        if not m:
            return
        start, tokens, end = m.start() + len(m.group(0)) - len(m.group(0).lstrip()), [], m.start()
        while m and m.start() == end:
            tokens.append((m.group("word") or "", m.group("year")))
            end = m.end()
            m = _HEAD_TOKEN.match(line, end)
        if len(tokens) >= 3:
            yield start, end, tokens
        pos = end


def _column_sets(tokens) -> list[list[_Column]]:
    """The header's columns: a leading baseline word heads the first year's column, or a column of its own."""
    merged: list[_Column] = []
    for word, year_text in tokens:
        role = "baseline" if word in SERIES_BASE_WORDS else "target" if word in SERIES_TARGET_WORDS else "year"
        merged.append(_Column(role, era_year(year_text)))
    sets = [merged]
    if tokens and tokens[0][0] in SERIES_BASE_WORDS:
        sets.append([_Column("baseline", None), _Column("year", era_year(tokens[0][1]))] + merged[1:])
    return sets


def _rows(line: str, start: int, end: int) -> dict[str, _Row]:
    """The first row of each kind after the header: its word, then cells only (a year in brackets, values),
    apart by spaces; anything else ends the row (「(速報値)」, the next row's word)."""
    rows: dict[str, _Row] = {}
    for m in _ROW_WORD.finditer(line, start, end):
        kind = SERIES_ROW_WORDS[m.group(0)]
        if kind in rows:
            continue
        cells, pos = [], m.end()
        for q in read_quantities(line[m.end():min(end, m.end() + 200)]):
            a, b = m.end() + q.start, m.end() + q.end
            if line[pos:a].strip(" \u3000[]［］") or not (q.is_value or q.kind == "year"):
                break
            if line[b:b + 1] in "]］":
                b += 1
            cells.append((a - 1 if line[a - 1:a] in "[［" else a, b))
            pos = b
        if cells:
            rows[kind] = _Row(kind, tuple(cells), pos)
    return rows


def _value(raw: str, unit: str, year: int | None, column: str) -> KpiValue:
    q = read_quantity(raw)
    number = q.value if q is not None and q.is_value else None
    return KpiValue(number, unit, year, None, raw.strip(), "", column)


def _stated_unit(mapped: str, indicator: str, raw_target: str) -> str:
    """The unit the document writes beside the indicator's target figure elsewhere (「…:10,000人」), as written."""
    figure = read_quantity(raw_target)
    if figure is None:
        return ""
    for m in re.finditer(re.escape(indicator), mapped):
        for q in read_quantities(mapped[m.end():m.end() + 40]):
            if q.is_value and q.scale_word and q.raw.replace(" ", "").startswith(figure.raw.replace(" ", "")):
                return q.scale_word
    return ""


def series_kpis(doc: str, source: str, mapped: MappedText, context_at, place_of) -> list[Kpi]:
    """Every KPI of the run-together series tables in one document (see the module docstring)."""
    text = mapped.text
    kpis: list[Kpi] = []
    for head_start, head_end, tokens in _header_runs(text):
        first_row = _ROW_WORD.search(text, head_end, head_end + WINDOW)
        if not first_row:
            continue
        name = text[head_end:first_row.start()]
        cut = _NAME_END.search(name)
        indicator = (name[:cut.start()] if cut else name).strip()
        if not (2 <= len(indicator) <= 40):
            continue
        rows = _rows(text, first_row.start(), min(len(text), head_end + WINDOW))
        expected = rows.get("expected")
        if not expected:
            continue
        columns = next((c for c in _column_sets(tokens) if len(c) == len(expected.cells)), None)
        if columns is None:
            continue
        unit_m = _UNIT_CELL.search(text, max(0, head_start - 30), head_end)
        cells = [text[a:b] for a, b in expected.cells]
        target_at = next((i for i, c in enumerate(columns) if c.role == "target"), len(columns) - 1)
        unit = unit_m.group("unit") if unit_m else _stated_unit(text, indicator, cells[target_at])
        base_at = next((i for i, c in enumerate(columns) if c.role == "baseline"), None)
        years = [c.year for c in columns]
        if base_at is not None and years[base_at] is None and cells[base_at].startswith(("[", "［")):
            years[base_at] = era_year(cells[base_at])     # 「基準値」 column holding 「[H26]」

        def value_at(i: int, raw: str, label: str) -> KpiValue:
            return _value(raw, unit, years[i], label)

        baseline = None
        if base_at is not None and not cells[base_at].startswith(("[", "［")):
            baseline = value_at(base_at, cells[base_at], ROLE_LABELS["baseline"])
        target = value_at(target_at, cells[target_at], ROLE_LABELS["target"])
        end = max(r.end for r in rows.values())
        a, b = mapped.source_span(head_start, end)
        src = Source(doc, a, b, quote_text(source[a:b]))
        context = context_at(a)
        place = place_of(indicator) or context.place
        first_after = (base_at + 1) if base_at is not None else 0
        actual_row, progress_row = rows.get("actual"), rows.get("progress")
        made = []
        if actual_row:
            for k, (x, y) in enumerate(actual_row.cells):
                col = first_after + k
                if col >= len(columns):
                    break
                actual = value_at(col, text[x:y], ROLE_LABELS["actual"])
                progress = None
                if progress_row and k < len(progress_row.cells):
                    progress = _value(text[slice(*progress_row.cells[k])], "%", None, ROLE_LABELS["progress"]).value
                interim = value_at(col, cells[col], ROLE_LABELS["expected"]) if col < len(cells) else None
                made.append(Kpi(indicator, context.area or context.region, context.project, baseline, actual, target,
                                progress, src, "table", place=place, outline=context.outline,
                                target_interim=interim))
        if not made:
            made.append(Kpi(indicator, context.area or context.region, context.project, baseline, None, target, None,
                            src, "table", place=place, outline=context.outline))
        kpis += made
    return kpis
