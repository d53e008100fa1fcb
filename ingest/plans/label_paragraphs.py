"""KPI label and value paragraphs: a plan written in Word often sets each field of an indicator as a bracketed
label with its value on the paragraph below (or after it on the same line):

    【指標】                      ＜成果指標＞ 農産物直売所の売上額
    ゆず加工品の出荷額            ＜現状値＞ ４８．５百万円（令和５年度）
    【現状値】                    ＜目標値＞ ６０．０百万円（令和11年度）
    ２．４３億円（令和６年度）
    【目標値】
    ３．２０億円（令和12年度）

Each run of such pairs, from a label that names the indicator (指標, 成果指標, KPI: ingest.vocab.table_words) through
the value labels under it (基準値, 現状値, 目標値, 実績値, 達成率, 単位), is read as a label｜value table and
given to ingest.plans.kpi_blocks, so the roles, the years in the values and 「現状値 is the starting point」 are read
as for a form's label column. The cells are spans of the document (the label without its brackets), so the
record's quote is the document's own text.
"""
from __future__ import annotations

import re

from ingest.tables.table import Cell, Table
from ingest.vocab.table_words import column_role

_OPEN, _CLOSE = "【［[〔＜<《〈", "】］]〕＞>》〉"
# A label in brackets opening a line, what follows it on the same line (maybe nothing) kept apart.
_LABEL = re.compile(rf"^[ \u3000]*[{re.escape(_OPEN)}](?P<label>[^{re.escape(_CLOSE)}\n]{{1,16}})[{re.escape(_CLOSE)}]"
                    r"[ \u3000:：]*(?P<rest>[^\n]*?)[ \u3000]*$")
_FIELDS = ("baseline", "actual", "target", "progress", "unit")
MAX_VALUE_CHARS = 60       # a longer paragraph after a label is prose, not its value


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _value_after(text: str, lines: list[tuple[int, int]], i: int) -> tuple[tuple[int, int], int] | None:
    """The label's value: the next non-blank line (its span trimmed, the index after it), when short and no label."""
    j = i + 1
    while j < len(lines) and not text[slice(*lines[j])].strip():
        j += 1
    if j >= len(lines):
        return None
    a, b = lines[j]
    piece = text[a:b]
    if _LABEL.match(piece) or not piece.strip() or len(piece.strip()) > MAX_VALUE_CHARS:
        return None
    lead = len(piece) - len(piece.lstrip(" \u3000"))
    trail = len(piece) - len(piece.rstrip(" \u3000"))
    return (a + lead, b - trail), j + 1


def _pair_at(text: str, lines: list[tuple[int, int]], i: int):
    """(role, label cell span, value cell span, next line index) for a label line at `i`, or None."""
    m = _LABEL.match(text[slice(*lines[i])])
    if not m:
        return None
    role = column_role(m.group("label").strip(" \u3000")).role
    if role != "indicator" and role not in _FIELDS:
        return None
    a = lines[i][0]
    label = (a + m.start("label"), a + m.end("label"))
    if m.group("rest"):
        return role, label, (a + m.start("rest"), a + m.end("rest")), i + 1
    found = _value_after(text, lines, i)
    return (role, label, found[0], found[1]) if found else None


def label_paragraph_tables(doc: str, text: str) -> list[Table]:
    """Every run of label｜value paragraphs that names an indicator and at least one of its values, as a table
    of two columns (label, value) whose cells index `text`."""
    lines = _lines(text)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        rows: list[tuple[Cell, Cell]] = []
        j = i
        while j < len(lines):
            found = _pair_at(text, lines, j)
            if not found or (not rows and found[0] != "indicator"):
                break
            _, (la, lb), (va, vb), j = found
            rows.append((Cell(text[la:lb], la, lb), Cell(text[va:vb], va, vb)))
        roles = [column_role(label.text).role for label, _ in rows]
        if len(rows) >= 2 and any(r in _FIELDS for r in roles):
            tables.append(Table(doc, rows[0][0].start, rows[-1][1].end, (), tuple(rows), origin="label-paragraphs"))
            i = j
        else:
            i = max(j, i + 1)
    return tables
