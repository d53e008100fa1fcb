"""KPI tables whose ruled cells a text extraction scrambled onto one long line: values before or after their
labels, evaluation marks between them.

A 総合戦略 評価 table (指標名 | 基準値 (H26) | 実績値 (H27) | 改善・悪化 | 達成度 | 目標値 (H31)) copied from a
PDF often comes out as one line in which each row's cells keep their order but not their place:

    目標指標 基準値 (H26) 実績値 (H27) 目標値 (H31) 3 9 12 延べ 2 延べ 6 延べ 8 創業・起業の年間件数(件) 農・…(人)
    有害鳥獣による農作物年間被害額(千円) 現状値 (H26) 22,585 実績 改善・ 悪化 達成度 目標値 (H31) 20,563 ○ A 20,000
    延べ 4 ○ A 延べ 5 重要業績 農業の後継者・担い手の育成(人) 延べ 2 評価指標 ≪成果と見直し≫ …

Read as a stream of tokens (split on spaces in the document text):
- the header: role words each with a year in parentheses (基準値 (H26), 実績値 (H27), 目標値 (H31)) gives the
  columns and their years; a later role word without its year takes the year the header gave that role;
- an indicator is a label ending in its unit in parentheses (「…年間件数(件)」, 「…面積(ha)」);
- a run of values followed by as many labels as the run holds rows gives the rows in order (row-major);
- otherwise a label takes the values after it up to the next label or a sentence, and a run of values just
  before it that no label took; evaluation marks (○ △ ×, A B C) stand between the actual and the target, so
  the value before them is the actual, the value after them the target, and the one left the baseline;
  without marks the values follow the header's order.
Rows that do not give one value per column give no record (never guessed).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ingest.plans.records import Kpi, KpiValue, Source
from ingest.text.normalize import quote_text
from ingest.vocab.eras import era_year, read_years
from ingest.vocab.header_words import ROLE_LABELS, RUN_TOGETHER_ROLES
from ingest.vocab.quantities import read_quantity
from ingest.vocab.units import unit_of

MIN_LINE = 200          # a line this long holding a KPI header: a table run together
_MARK = re.compile(r"^(?:[○△×◎◯●▲]|[A-DＡ-Ｄ][+＋]?|[SＳ])$")
_LABEL = re.compile(r"^(?P<name>.{3,60}?)[(（](?P<unit>[^()（）]{1,6})[)）]$")
_QUALIFIERS = ("延べ", "累計")
MAX_FILLER = 12         # a short word between cells (指標名, 改善・悪化, 重要業績): skipped, not a break


@dataclass(frozen=True)
class _Token:
    kind: str        # role | year | value | mark | label | filler | break
    text: str        # NFKC
    start: int
    end: int
    qualifier: str = ""


def _tokens(source: str, a: int, b: int) -> list[_Token]:
    out: list[_Token] = []
    for m in re.finditer(r"\S+", source[a:b]):
        raw = unicodedata.normalize("NFKC", m.group(0))
        s, e = a + m.start(), a + m.end()
        if raw in _QUALIFIERS:
            out.append(_Token("qualifier", raw, s, e))
        elif raw in RUN_TOGETHER_ROLES:
            out.append(_Token("role", raw, s, e))
        elif _is_year(raw):
            out.append(_Token("year", raw, s, e))
        elif _is_number(raw):
            qualifier = out[-1].text if out and out[-1].kind == "qualifier" else ""
            start = out.pop().start if qualifier else s
            out.append(_Token("value", raw, start, e, qualifier))
        elif _MARK.match(raw):
            out.append(_Token("mark", raw, s, e))
        elif _LABEL.match(raw) and unit_of(_LABEL.match(raw).group("unit")) and any(ord(c) > 0x3000 for c in raw):
            out.append(_Token("label", raw, s, e))
        elif len(raw) <= MAX_FILLER and not re.search(r"[。≪≫]", raw):
            out.append(_Token("filler", raw, s, e))
        else:
            out.append(_Token("break", raw, s, e))
    return out


def _is_year(token: str) -> bool:
    """「(H26)」, 「H27」, 「R3」: a year and nothing else."""
    years = read_years(token)
    return len(years) == 1 and not years[0].bare and not token.replace(years[0].raw, "").strip("()（）[]")


def _is_number(token: str) -> bool:
    """「22,585」, 「24.6」, 「△3」: a bare value cell (no unit: the label's parentheses give it)."""
    q = read_quantity(token)
    return q is not None and q.is_value and not q.unit and q.raw == token


def _header(tokens: list[_Token]) -> tuple[int, dict[str, int]] | None:
    """Where the first header of role words with years ends, and each role's year."""
    years: dict[str, int] = {}
    order: list[str] = []
    for i, tok in enumerate(tokens[:-1]):
        nxt = tokens[i + 1]
        if tok.kind == "role" and nxt.kind == "year":
            role = RUN_TOGETHER_ROLES[tok.text]
            if role not in years:
                years[role] = era_year(nxt.text)
                order.append(role)
            if len(order) >= 2 and (i + 2 >= len(tokens) or tokens[i + 2].kind != "role"):
                return i + 2, years
    return None


def _assign(values: list[_Token], marks_after: int | None, columns: list[str]) -> dict[str, _Token] | None:
    """Values of one row to columns: marks split actual | target; else the header's order."""
    if marks_after is not None and len(values) == len(columns) and "actual" in columns and "target" in columns:
        before, after = values[:marks_after], values[marks_after:]
        if len(after) < 1 or len(before) < 1:
            return None
        row = {"actual": before[-1], "target": after[0]}
        rest = before[:-1] + after[1:]
        if "baseline" in columns and len(rest) == 1:
            row["baseline"] = rest[0]
        return row if len(row) == len(columns) else None
    if len(values) == len(columns):
        return dict(zip(columns, values))
    return None


def scrambled_kpis(doc: str, source: str, context_at, place_of) -> list[Kpi]:
    """Every KPI of the scrambled run-together tables in one document (see the module docstring)."""
    kpis: list[Kpi] = []
    pos = 0
    for line in source.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if len(line) < MIN_LINE:
            continue
        tokens = _tokens(source, a, b)
        head = _header(tokens)
        if head is None:
            continue
        at, years = head
        columns = [r for r in ("baseline", "actual", "target") if r in years]
        for label, cells in _rows(tokens[at:], columns):
            kpis.append(_kpi(doc, source, label, cells, years, context_at, place_of))
    return kpis


def _rows(tokens: list[_Token], columns: list[str]):
    """(label token, {role: value token}) for each row the stream gives (see the module docstring)."""
    n = len(columns)
    i, pending = 0, []          # pending: values (and marks) since the last break that no label took
    while i < len(tokens):
        tok = tokens[i]
        if tok.kind == "break":
            pending = []
        elif tok.kind in ("value", "mark"):
            pending.append(tok)
        elif tok.kind == "label":
            labels = [tok]
            while i + len(labels) < len(tokens) and tokens[i + len(labels)].kind == "label":
                labels.append(tokens[i + len(labels)])
            values = [t for t in pending if t.kind == "value"]
            if len(labels) >= 2 and len(values) == n * len(labels) and all(t.kind == "value" for t in pending):
                for k, lab in enumerate(labels):
                    yield lab, dict(zip(columns, values[k * n:(k + 1) * n]))
                pending, i = [], i + len(labels)
                continue
            after, j = [], i + 1
            while j < len(tokens) and tokens[j].kind not in ("label", "break"):
                if tokens[j].kind in ("value", "mark"):
                    after.append(tokens[j])
                j += 1
            stream = after if sum(t.kind == "value" for t in after) >= n else pending + after
            values = [t for t in stream if t.kind == "value"]
            first_mark = next((k for k, t in enumerate(stream) if t.kind == "mark"), None)
            marks_after = None if first_mark is None else sum(t.kind == "value" for t in stream[:first_mark])
            row = _assign(values, marks_after, columns)
            if row:
                yield tok, row
            pending = []
            i = j
            continue
        i += 1


def _has_marks(tokens: list[_Token]) -> bool:
    return any(t.kind == "mark" for t in tokens)


def _kpi(doc, source, label: _Token, cells: dict[str, _Token], years: dict[str, int], context_at, place_of) -> Kpi:
    m = _LABEL.match(label.text)
    name, unit = m.group("name").strip(), m.group("unit")
    values = {role: KpiValue(float(t.text.replace(",", "")), unit, years.get(role), None,
                             source[t.start:t.end], t.qualifier, ROLE_LABELS[role])
              for role, t in cells.items()}
    spans = [(label.start, label.end)] + [(t.start, t.end) for t in cells.values()]
    a, b = min(s for s, _ in spans), max(e for _, e in spans)
    context = context_at(a)
    return Kpi(name, context.area or context.region, context.project, values.get("baseline"), values.get("actual"),
               values.get("target"), None, Source(doc, a, b, quote_text(source[a:b])), "table",
               place=place_of(name) or context.place, outline=context.outline)
