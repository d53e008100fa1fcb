"""The quantity grammar read on its table (tests/data/quantities.tsv) and the era reader on its own table
(tests/data/eras.tsv): every expression a plan prints, read as a user would read it."""
from __future__ import annotations

import math
from pathlib import Path

import pytest

from ingest.vocab.eras import read_years, western_year, years_in
from ingest.vocab.quantities import read_quantities, read_quantity, with_unit_note

DATA = Path(__file__).parent / "data"


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append((line.split("\t") + [""] * 8)[:8])
    return rows


QUANTITY_ROWS = _rows("quantities.tsv")
ERA_ROWS = _rows("eras.tsv")


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def test_table_is_large_enough():
    assert len(QUANTITY_ROWS) >= 300


def _params(rows: list[list[str]]) -> list:
    """A row whose note starts with "x " is a known misreading: an expected failure (strict, so a fix shows)."""
    return [pytest.param(r, id=r[0], marks=pytest.mark.xfail(strict=True, reason=r[7])) if r[7].startswith("x ")
            else pytest.param(r, id=r[0]) for r in rows]


@pytest.mark.parametrize("row", _params(QUANTITY_ROWS))
def test_quantity_table(row):
    text, kind, value, unit, qualifier, value_end, raw = row[:7]
    if raw:
        q = next((q for q in read_quantities(text) if q.raw == raw), None)
    else:
        q = read_quantity(text)
    if kind == "none":
        assert q is None, f"「{text}」: no quantity expected, read {q}"
        return
    assert q is not None, f"「{text}」: nothing read" + (f" as 「{raw}」" if raw else "")
    got = (q.kind, q.value, q.unit, q.qualifier, q.value_end)
    want = (kind, float(value), unit, qualifier, float(value_end) if value_end else None)
    assert q.kind == kind and _same(q.value, want[1]) and q.unit == unit and q.qualifier == qualifier \
        and _same(q.value_end, want[4]), f"「{text}」: read {got}, expected {want}"
    assert q.raw == text[q.start:q.end], f"「{text}」: raw is not the span"


@pytest.mark.parametrize("row", ERA_ROWS, ids=[r[0] for r in ERA_ROWS])
def test_era_table(row):
    text, year, year_end, is_date = row[:4]
    found = read_years(text)
    if year == "none":
        assert not [y for y in found if not y.bare], f"「{text}」: no year expected, read {found}"
        return
    assert found, f"「{text}」: no year read"
    y = found[0]
    got = (y.year, y.year_end, y.is_date)
    want = (int(year), int(year_end) if year_end else None, is_date == "date")
    assert got == want, f"「{text}」: read {got}, expected {want}"


def test_spans_point_into_the_text_as_given():
    text = "令和５年度の予算は１，２３４千円（前年比　△１２．３％）、目標は④の３位です。"
    found = read_quantities(text)
    assert [q.raw for q in found] == ["令和５年度", "１，２３４千円", "△１２．３％", "④", "３位"]
    assert all(text[q.start:q.end] == q.raw for q in found)
    assert [q.kind for q in found] == ["year", "money", "change", "marker", "rank"]


def test_unit_note_applies_to_a_bare_number_only():
    bare = read_quantity("1,234")
    assert with_unit_note(bare, "（単位：千円）").value == 1_234_000
    assert with_unit_note(bare, "予算額（百万円）").unit == "円"
    assert with_unit_note(bare, "順位").kind == "rank"
    stated = read_quantity("12人")
    assert with_unit_note(stated, "（単位：千円）") == stated


def test_western_year_of_every_era_form():
    assert western_year("令和", "元") == 2019
    assert western_year("S", 63) == western_year("昭和", 63) == 1988
    assert western_year("Ｈ", "３０") == 2018
    assert years_in("計画期間 R2～R6（2020年度～2024年度）") == {2020, 2021, 2022, 2023, 2024}
    assert years_in("基準値 H27 H28 H29 H30 目標値") == {2015, 2016, 2017, 2018}   # a header row of years
