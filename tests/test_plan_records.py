"""KPI, budget and project records of the fixture plans (16 layouts, expected records written by hand),
compared field by field; and the vocabulary, value and era units under them.

Run with -s to see a table per fixture: records expected / found / right.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from ingest.vocab.eras import era_label, era_year, is_date, year_span
from ingest.pipeline import ingest_file
from ingest.plans.records import KpiValue
from ingest.plans.projects import DocumentPlans
from ingest.vocab.table_words import ROLE_WORDS, column_role
from ingest.plans.values import parse_amount, parse_value, unit_in
from assistant.testbed.make_fixtures import make_all

PLANS = Path(__file__).parent / "fixtures" / "plans"
EXPECTED = sorted((PLANS / "expected").glob("*.json"))
# Layouts whose records are not all right yet, and why (strict: a fixed layout must leave this list).
KNOWN_FAILING: dict[str, str] = {
    "kimitsu_yosansho_r6": "the 予算の総額 stated in a sentence (第１条) is not read as a budget line",
    "numazu_yosansho_r6": "歳出予算事項別明細書: the three-line pdftotext header and the 説明 item|amount column pairs",
}


def _norm(text) -> str:
    """Compared as a reader sees it: NFKC, whitespace and ※ removed, every dash one dash (PDFs print 「－」 as 「−」)."""
    text = re.sub(r"[\s※]+", "", unicodedata.normalize("NFKC", str(text or "")))
    return re.sub(r"[−‐―ー-]", "-", text) if re.search(r"[0-9０-９][−‐―－-][0-9０-９]", text) else text


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, tuple[DocumentPlans, str]]:
    out = tmp_path_factory.mktemp("plans")
    paths = make_all(out)
    result = {}
    for path in paths:
        ingested = ingest_file(path, out)
        result[path.name] = (ingested.plans, ingested.document.text)
    return result


def _value_right(want: dict | None, got: KpiValue | None) -> bool:
    if want is None:
        return got is None
    if got is None or got.value is None or want.get("value") is None:
        return got is not None and want.get("value") is None and got.value is None
    return (abs(got.value - want["value"]) < 1e-6 and _norm(got.unit) == _norm(want.get("unit", ""))
            and got.year == want.get("year") and ("year_end" not in want or got.year_end == want["year_end"]))


def kpi_problems(want: dict, got) -> list[str]:
    """The fields of one KPI record that differ from the hand-written one ([] when it is right)."""
    problems = []
    for field in ("baseline", "actual", "target") + (("target_interim",) if "target_interim" in want else ()):
        if not _value_right(want.get(field), getattr(got, field)):
            problems.append(f"{field}: want {want.get(field)} got {getattr(got, field)}")
    want_progress = want.get("progress")
    if (want_progress is None) != (got.progress is None) or (
            want_progress is not None and abs(got.progress - want_progress) > 0.05):
        problems.append(f"progress: want {want_progress} got {got.progress}")
    if bool(want.get("progress_computed")) != got.progress_computed and want_progress is not None:
        problems.append("progress_computed")
    if _norm(want["quote"]) not in _norm(got.source.quote):
        problems.append(f"source {got.source.quote[:40]!r} lacks {want['quote']!r}")
    return problems


def budget_problems(want: dict, got) -> list[str]:
    problems = []
    if got.amount is None if want.get("amount") is not None else got.amount is not None:
        problems.append(f"amount: want {want.get('amount')} got {got.amount}")
    elif want.get("amount") is not None and abs(got.amount - want["amount"]) > 1e-6:
        problems.append(f"amount: want {want['amount']} got {got.amount}")
    if want.get("amount") is not None and _norm(got.unit) != _norm(want.get("unit")):
        problems.append(f"unit: want {want.get('unit')} got {got.unit}")
    if (want.get("amount_yen") or None) != (got.amount_yen or None) and not (
            want.get("amount_yen") and got.amount_yen and abs(want["amount_yen"] - got.amount_yen) < 1):
        problems.append(f"amount_yen: want {want.get('amount_yen')} got {got.amount_yen}")
    if "fiscal_year" in want and want["fiscal_year"] != got.fiscal_year:
        problems.append(f"fiscal_year: want {want['fiscal_year']} got {got.fiscal_year}")
    if _norm(want["quote"]) not in _norm(got.source.quote):
        problems.append(f"source {got.source.quote[:40]!r} lacks {want['quote']!r}")
    return problems


def _match(wants: list[dict], gots: list, key_want, key_got):
    """Pairs (want, got or None): each expected record with the first unused found record of the same key."""
    used, pairs = set(), []
    for want in wants:
        got = next((i for i, g in enumerate(gots) if i not in used and key_got(g) == key_want(want)), None)
        if got is not None:
            used.add(got)
        pairs.append((want, None if got is None else gots[got]))
    return pairs


def compare(expected: dict, plans: DocumentPlans) -> dict[str, tuple[int, int, int, list[str]]]:
    """kind -> (expected, found, right, problems) for KPIs, budgets and projects."""
    out = {}
    kpis = _match(expected.get("kpis", []), plans.kpis, lambda w: _norm(w["indicator"]), lambda g: _norm(g.indicator))
    problems = [f"KPI {w['indicator']}: not found" if g is None else
                "; ".join(f"KPI {w['indicator']}: {p}" for p in kpi_problems(w, g)) for w, g in kpis]
    out["kpis"] = (len(kpis), len(plans.kpis), sum(1 for p in problems if not p), [p for p in problems if p])
    budgets = _match(expected.get("budgets", []), plans.budgets,
                     lambda w: (_norm(w["item"]), w.get("fiscal_year")), lambda g: (_norm(g.item), g.fiscal_year))
    problems = [f"budget {w['item']}: not found" if g is None else
                "; ".join(f"budget {w['item']}: {p}" for p in budget_problems(w, g)) for w, g in budgets]
    out["budgets"] = (len(budgets), len(plans.budgets), sum(1 for p in problems if not p), [p for p in problems if p])
    units = [u for u in plans.units if u.kind in ("事業", "プロジェクト", "取組")]
    projects = _match(expected.get("projects", []), units, lambda w: _norm(w["name"]), lambda g: _norm(g.name))
    problems = []
    for w, g in projects:
        if g is None:
            problems.append(f"project {w['name']}: not found")
        elif [_norm(o) for o in w.get("outline", [])] != [_norm(o) for o in g.outline][-len(w.get("outline", [])) or 99:]:
            problems.append(f"project {w['name']}: outline want {w.get('outline')} got {list(g.outline)}")
        else:
            problems.append("")
    out["projects"] = (len(projects), len(units), sum(1 for p in problems if not p), [p for p in problems if p])
    records = plans.kpis + plans.budgets + plans.units
    wrong = [r for r in records if not _same_place(r.place, expected["place"])]
    out["place"] = (len(records), len(records), len(records) - len(wrong),
                    [f"place: want {expected['place']} got {r.place!r}" for r in wrong[:3]])
    return out


def _same_place(key: str, written: str) -> bool:
    """「北海道/道北/上川/美瑛町」 is 「北海道美瑛町」: the prefecture and the municipality as the expected file writes them."""
    parts = key.split("/")
    return bool(key) and written.startswith(parts[0]) and written.endswith(parts[-1])


@pytest.mark.parametrize("expected_path", EXPECTED, ids=lambda p: p.stem)
def test_fixture_records_field_by_field(expected_path, extracted, request):
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    if expected_path.stem in KNOWN_FAILING:
        request.applymarker(pytest.mark.xfail(reason=KNOWN_FAILING[expected_path.stem], strict=True))
    plans, _ = extracted[expected["file"]]
    result = compare(expected, plans)
    row = "  ".join(f"{kind} {e}/{f}/{r}" for kind, (e, f, r, _) in result.items())
    print(f"\n{expected_path.stem:32s} expected/found/right: {row}")
    problems = [p for _, _, _, ps in result.values() for p in ps]
    for p in problems[:12]:
        print("    ", p)
    assert not problems


# --- vocabulary: one test per header word --------------------------------------------------------------------
@pytest.mark.parametrize("role,word", [(r, w) for r, words in ROLE_WORDS.items() for w in words])
def test_each_header_word_gives_its_role(role, word):
    assert column_role(word).role == role


@pytest.mark.parametrize("header,role,year,unit", [
    ("重要業績評価指標(KPI)", "indicator", None, ""),
    ("現状値(2014年度)", "actual", 2014, ""),
    ("目標値（2019年度）", "target", 2019, ""),
    ("平成25 (基準値)", "baseline", 2013, ""),
    ("目標値 R7", "target", 2025, ""),
    ("目標年次", "year", None, ""),
    ("基準値(基準年)", "baseline", None, ""),
    ("予算額（千円）", "amount", None, "千円"),
    ("令和６年度予算額（百万円）", "amount", 2024, "百万円"),
    ("予算額（円）", "amount", None, "円"),
    ("事業名", "item", None, ""),
    ("No", "number", None, ""),
    ("NO.", "number", None, ""),
    ("達成率", "progress", None, ""),
    # two header levels joined (Table.column_headers): the sub-header's own role wins over its group's …
    ("成果指標 目標値", "target", None, ""),
    ("重要業績評価指標 単位", "unit", None, ""),
    ("事業費 R5決算額", "amount", 2023, ""),
    # … a year or an unknown word under a group takes the group's role; a bracket annotates the word before it
    ("実績値の推移 R4", "actual", 2022, ""),
    ("事業費 うち一般財源", "amount", None, ""),
    ("目標値 (2029年度)", "target", 2029, ""),
    ("指標 (単位)", "indicator", None, ""),
    ("事業コード", "number", None, ""),
])
def test_headers_give_role_year_and_unit(header, role, year, unit):
    r = column_role(header)
    assert (r.role, r.year, r.unit) == (role, year, unit)


# --- values -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("raw,expected", [
    ("4,107 人(平成 31 年)", (4107, "人", 2019, None)),
    ("５.５‰（平成２５年）", (5.5, "‰", 2013, None)),
    ("1.20", (1.2, "", None, None)),
    ("2.5倍", (2.5, "倍", None, None)),
    ("3ポイント", (3, "ポイント", None, None)),
    ("第12位", (12, "位", None, None)),
    ("30校", (30, "校", None, None)),
    ("△12.3%", (-12.3, "%", None, None)),
    ("▲5件", (-5, "件", None, None)),
    ("累計20件(R3~R7)", (20, "件", 2021, 2025)),
    ("120人（令和元年度）", (120, "人", 2019, None)),
    ("98人(2024年度)", (98, "人", 2024, None)),
    ("１，０２４人", (1024, "人", None, None)),
])
def test_values_as_written(raw, expected):
    v = parse_value(raw)
    assert (v.value, v.unit, v.year, v.year_end) == expected and v.raw == raw


def test_a_date_is_never_a_value():
    assert is_date("H30.10.3") and is_date("令和5年5月26日")
    assert parse_value("H30.10.3").value is None


@pytest.mark.parametrize("raw,unit,yen", [
    ("1,234", "百万円", 1_234_000_000), ("1,234", "千円", 1_234_000), ("1,234", "円", 1_234),
    ("△500", "千円", -500_000), ("１２，３４５", "千円", 12_345_000), ("1,234", "", None), ("3億円", "", 300_000_000),
])
def test_amounts_to_yen_with_the_stated_unit_never_guessed(raw, unit, yen):
    amount = parse_amount(raw, unit)
    assert amount.yen == yen and amount.raw == raw


@pytest.mark.parametrize("note,unit", [("（単位：百万円）", "百万円"), ("単位:千円", "千円"), ("予算額（円）", "円"),
                                       ("(単位：千円)", "千円"), ("事業名", "")])
def test_unit_notes(note, unit):
    assert unit_in(note) == unit


# --- eras ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,year", [("令和元年", 2019), ("令和元年度", 2019), ("平成 31 年", 2019), ("西暦2024年度", 2024),
                                       ("Ｒ７", 2025), ("H30.10.3", 2018), ("昭和64年", 1989), ("平成２５年", 2013)])
def test_every_era(text, year):
    assert era_year(text) == year


def test_ranges_keep_both_ends():
    assert year_span("R3~R7") == (2021, 2025)
    assert year_span("平成 20~24 年") == (2008, 2012)
    assert year_span("R2～R6") == (2020, 2024)


@pytest.mark.parametrize("year,label", [(2018, "H30年度"), (2019, "R1年度"), (2021, "R3年度"), (1988, "S63年度")])
def test_era_labels_never_print_r0(year, label):
    assert era_label(year) == label


# --- records from made documents: inline forms, tables built by hand, units of budget tables ----------------
def _plans(text: str, tables=None, title: str = "") -> DocumentPlans:
    from ingest.plans.projects import extract_plans
    from ingest.records import Document

    return extract_plans(Document("made.txt", title or text.split("\n", 1)[0], None, text, "h"), tables=tables)


def _by_indicator(plans: DocumentPlans) -> dict:
    return {k.indicator: k for k in plans.kpis}


@pytest.mark.parametrize("line", [
    "○移住者数 120人(H30)⇒150人(R7)",
    "● 移住者数：120人（平成30年度）➡150人（令和7年度）",
    "・移住者数 120人(H30) → 150人(R7)",
    "(1) 移住者数:120人(H30)～150人(R7)",
    "◆移住者数　基準値 120人(H30)　目標値 150人(R7)",
])
def test_inline_kpi_forms(line):
    kpi = _by_indicator(_plans("移住促進計画\n" + line))["移住者数"]
    assert (kpi.baseline.value, kpi.baseline.year, kpi.target.value, kpi.target.year) == (120, 2018, 150, 2025)
    assert line.split("150")[0][-3:] in kpi.source.quote or "120" in kpi.source.quote


@pytest.mark.parametrize("line", [
    "・交流人口（年間）平成30年度 ２２０人→令和７年度 ３１０人",
    "○交流人口（年間） H30：220人 ⇒ R7：310人",
])
def test_an_arrow_line_with_each_year_before_its_value(line):
    """The year printed before each value is that value's, never part of the indicator's name."""
    kpi = _by_indicator(_plans("交流促進計画\n" + line))["交流人口(年間)"]
    assert (kpi.baseline.value, kpi.baseline.year, kpi.target.value, kpi.target.year) == (220, 2018, 310, 2025)


def test_value_block_one_value_per_line():
    text = "総合戦略\n【数値目標】\n指標：観光入込客数\n基準値：1,200千人（平成30年）\n現状値：1,050千人（令和元年）\n目標値：1,500千人（令和7年）\n"
    kpi = _by_indicator(_plans(text))["観光入込客数"]
    assert (kpi.baseline.value, kpi.actual.value, kpi.target.value) == (1200, 1050, 1500)
    assert kpi.progress == 70.0 and kpi.progress_computed


def test_a_date_line_is_never_an_indicator():
    text = "進捗状況\n①婚姻率:5.5‰(平成 25 年)→5.9‰(平成 31 年)\nH30.10.3 現在 120人→150人\n"
    plans = _plans(text)
    assert [k.indicator for k in plans.kpis] == ["婚姻率"]
    assert plans.kpis[0].baseline.unit == "‰" and plans.kpis[0].target.year == 2019


def _table(doc: str, text: str, rows: list[list[str]], header_rows: int = 1, unit_note: str = "", caption: str = ""):
    """A Table over `text` whose cells are found in it in order (what a reader would return)."""
    from ingest.tables.table import Cell, Table

    pos, grid = 0, []
    for row in rows:
        cells = []
        for value in row:
            at = text.index(value, pos) if value else pos
            cells.append(Cell(value, at, at + len(value)))
            pos = at + len(value)
        grid.append(tuple(cells))
    return Table(doc, grid[0][0].start, pos, tuple(grid[:header_rows]), tuple(grid[header_rows:]),
                 caption=caption, unit_note=unit_note)


@pytest.mark.parametrize("unit_note,header,yen", [
    ("（単位：百万円）", "予算額", 2_108_000_000), ("（単位：千円）", "予算額", 2_108_000), ("", "予算額（円）", 2_108),
    ("", "予算額", None),
])
def test_budget_amounts_take_the_stated_unit_and_never_guess(unit_note, header, yen):
    text = f"主要事業\n{unit_note}\n事業名 {header}\n体育館空調整備事業 2,108\n"
    table = _table("made.txt", text, [["事業名", header], ["体育館空調整備事業", "2,108"]], unit_note=unit_note)
    line = _plans(text, [table]).budgets[0]
    assert line.item == "体育館空調整備事業" and line.amount == 2108 and line.amount_yen == yen and line.raw == "2,108"


def test_kpi_table_roles_from_words_not_positions():
    text = "KPI\n目標値（2019年度） 指標 No 現状値（2014年度）\n年12人 短期移住体験者数 1 9人(延べ243日)\n"
    table = _table("made.txt", text, [["目標値（2019年度）", "指標", "No", "現状値（2014年度）"],
                                      ["年12人", "短期移住体験者数", "1", "9人(延べ243日)"]])
    (kpi,) = _plans(text, [table]).kpis
    assert kpi.indicator == "短期移住体験者数"
    assert (kpi.baseline.value, kpi.baseline.year, kpi.target.value, kpi.target.year) == (9, 2014, 12, 2019)
    assert kpi.target.column == "目標値（2019年度）"


def test_records_link_to_the_unit_they_stand_under():
    text = ("基本目標１　しごとをつくる\n（１）観光の振興\n◆ 観光ＰＲプロジェクト\n概要を書く。\n◆ 滞在促進事業\n"
            "・宿泊者数 100人(R1)→150人(R7)\n（２）農業の振興\n・新規就農者数 3人(R1)→10人(R7)\n")
    plans = _plans(text)
    stay, farm = _by_indicator(plans)["宿泊者数"], _by_indicator(plans)["新規就農者数"]
    assert stay.project == "滞在促進事業" and stay.outline[-1] == "◆ 滞在促進事業"
    assert farm.project == "農業の振興" and farm.outline == ("基本目標１ しごとをつくる", "（２）農業の振興")
    names = {u.name: u for u in plans.units}
    assert names["観光ＰＲプロジェクト"].outline == ("基本目標１ しごとをつくる", "（１）観光の振興")


def test_a_kpi_inside_a_sentence():
    text = "観光振興\n本町では、観光入込客数を令和元年度の120万人から令和7年度までに150万人に増やすことを目指します。\n"
    kpi = _by_indicator(_plans(text))["観光入込客数"]
    assert (kpi.baseline.value, kpi.baseline.unit, kpi.baseline.year) == (120, "万人", 2019)
    assert (kpi.target.value, kpi.target.year) == (150, 2025)


def test_budget_book_explanation_items_are_lines_of_their_own():
    text = ("歳出予算事項別明細書\n（単位：千円）\n目 本年度予算額 説明\n６ 企画費 284,510 職員給与費 72,200\n"
            "移住・定住促進事業 42,680\n")
    rows = [["目", "本年度予算額", "説明", ""], ["６ 企画費", "284,510", "職員給与費", "72,200"],
            ["", "", "移住・定住促進事業", "42,680"]]
    table = _table("made.txt", text, rows, unit_note="（単位：千円）")
    got = {(b.item, b.column): b for b in _plans(text, [table], title="令和６年度沼津市一般会計予算書").budgets}
    assert got[("企画費", "本年度予算額")].amount_yen == 284_510_000
    moving = got[("移住・定住促進事業", "説明")]
    assert (moving.amount, moving.unit, moving.project, moving.fiscal_year) == (42_680, "千円", "企画費", 2024)
    assert "移住・定住促進事業" in moving.source.quote and len(got) == 3


def test_columns_named_by_years_alone():
    text = "数値目標\n指標 H26 R1 R7\n移住者数 120人 135人 150人\n"
    table = _table("made.txt", text, [["指標", "H26", "R1", "R7"], ["移住者数", "120人", "135人", "150人"]])
    (kpi,) = _plans(text, [table]).kpis
    assert [(v.value, v.year) for v in (kpi.baseline, kpi.actual, kpi.target)] == [(120, 2014), (135, 2019), (150, 2025)]
