"""KPIs, projects and budgets as data: every KPI row of the 推進管理表, the inline KPIs of 「Ⅲ 各地域の政策」,
each value form and era conversion, malformed values kept raw."""
from __future__ import annotations

import json

import pytest

from ingest.vocab.eras import era_year, year_span
from ingest.pipeline import ingest_file
from ingest.plans.projects import extract_plans
from ingest.plans.values import parse_value
from tests.conftest import CORPUS


def values(kpi):
    return tuple((v.value, v.unit, v.year) if v else None for v in (kpi.baseline, kpi.actual, kpi.target))


def test_every_kpi_row_of_the_progress_table():
    plans = extract_plans(ingest_file(CORPUS / "000_0f0b858db20fd076.txt", CORPUS).document)
    got = {(k.indicator, k.area): (values(k), k.progress) for k in plans.kpis}
    assert len(plans.kpis) == 11
    assert got[("観光入込客数", "釧路")] == (((816.5, "万人", 2019), (689.5, "万人", 2023), (904.6, "万人", 2025)), 76.2)
    assert got[("農業産出額", "釧路")] == (((888.3, "億円", 2019), (869.3, "億円", 2023), (917.9, "億円", 2024)), 94.7)
    assert got[("植林面積", "釧路・根室")] == (((1201, "ha", 2020), (972, "ha", 2023), (1734, "ha", 2025)), 56.1)
    assert got[("新エネルギー発電設備容量", "釧路")][1] == 67.7
    assert got[("患者の受療動向 (入院患者)", "釧路")][0][0] == (97.1, "%", 2016)
    assert got[("テレワーク施設等を利用してワーケーションを行った人数", "釧路")][1] == 101.7
    stock = next(k for k in plans.kpis if k.indicator == "どさんこプラザの商品定番化")
    assert stock.actual.qualifier == "累計" and stock.target.raw == "累計20件(R3~R7)"
    assert (stock.target.year, stock.target.year_end) == (2021, 2025)   # 「R3~R7」 keeps both ends
    tourism = next(k for k in plans.kpis if k.indicator == "観光入込客数")
    assert tourism.place == "北海道/釧路・根室/釧路"   # the row names its area; the document covers 釧路・根室
    assert tourism.outline[-1] == tourism.project == "地域の強みを活かした交流・関係人口の創出・拡大プロジェクト"
    kpi_projects = {k.project for k in plans.kpis}
    assert "地域の強みを活かした交流・関係人口の創出・拡大プロジェクト" in kpi_projects


def test_inline_kpis_of_the_regional_policies():
    plans = extract_plans(ingest_file(CORPUS / "002_9ff3f2c4b2a3626f.txt", CORPUS).document)
    by = {(k.indicator, k.area): k for k in plans.kpis}
    assert values(by[("観光入込客数", "道南")]) == ((1162, "万人", 2014), None, (1440, "万人", 2019))
    assert values(by[("先進技術関連事業所立地数", "十勝")]) == ((13, "件", 2014), None, (17, "件", 2020))
    assert values(by[("認定こども園設置数", "釧路・根室")]) == ((0, "か所", 2014), None, (26, "か所", 2019))
    assert by[("新規就農者数", "日高")].baseline.unit == "人/年"
    sales = next(k for k in plans.kpis if k.indicator.startswith("農水産物を活かしたオホーツク産品"))
    assert sales.baseline is None and sales.target.value == 180 and "以上" in sales.target.qualifier
    assert "合計" in sales.target.qualifier
    role = next(k for k in plans.kpis if k.indicator.startswith("女性キャリアデザイン"))
    assert role.baseline is None and (role.target.value, role.target.year) == (50, 2019)
    assert len({(k.indicator, k.area) for k in plans.kpis}) >= 38


@pytest.mark.parametrize("raw,expected", [
    ("816.5万人(R1)", (816.5, "万人", 2019, None, "")),
    ("2,240万人(H26)", (2240, "万人", 2014, None, "")),
    ("0か所(H26)", (0, "か所", 2014, None, "")),
    ("累計21件(R5)", (21, "件", 2023, None, "累計")),
    ("累計20件(R3~R7)", (20, "件", 2021, 2025, "累計")),
    ("180件以上(H27～R1合計)", (180, "件", 2015, 2019, "以上合計")),
    ("８人(H21～25平均)", (8, "人", 2009, 2013, "平均")),
    ("11.4人/年", (11.4, "人/年", None, None, "")),
    ("1,734ha(R7)", (1734, "ha", 2025, None, "")),
    ("36.8万kW(R1)", (36.8, "万kW", 2019, None, "")),
    ("1,294千トン(H26)", (1294, "千トン", 2014, None, "")),
    ("45.8億円(R3)", (45.8, "億円", 2021, None, "")),
])
def test_value_forms(raw, expected):
    import unicodedata

    v = parse_value(unicodedata.normalize("NFKC", raw))
    got = (v.value, v.unit, v.year, v.year_end, v.qualifier)
    assert got == expected


@pytest.mark.parametrize("raw", ["未定", "-", "集計中(R5)", "―万人"])
def test_malformed_values_are_kept_raw_never_guessed(raw):
    v = parse_value(raw)
    assert v.value is None and v.raw == raw


@pytest.mark.parametrize("text,year", [("R1", 2019), ("H26", 2014), ("H31", 2019), ("令和元年", 2019), ("平成30年度", 2018),
                                       ("2020年", 2020), ("R7", 2025), ("令和7年3月", 2025)])
def test_era_years(text, year):
    assert era_year(text) == year


def test_year_spans():
    assert year_span("R3~R7") == (2021, 2025)
    assert year_span("H27～R1") == (2015, 2019)
    assert year_span("H21～25") == (2009, 2013)


def test_budget_lines_of_the_project_table():
    plans = extract_plans(ingest_file(CORPUS / "004_4db2e1b683a3f48b.txt", CORPUS).document)
    hiyama = next(b for b in plans.budgets if b.item == "檜山地域関係人口創出事業")
    assert (hiyama.amount, hiyama.unit, hiyama.fiscal_year, hiyama.area, hiyama.region) == (3582, "千円", 2021, "檜山", "道南")
    assert hiyama.project == "地域で支え合う安全・安心なまちづくりプロジェクト"
    assert hiyama.amount_yen == 3_582_000 and hiyama.column == "R3 予算額" and hiyama.place.startswith("北海道/道南/檜山")
    assert len(plans.budgets) == 31


def test_kpi_answers_state_only_cited_figures(assistant):
    answer = assistant.ask("観光入込客数（釧路）の目標値はいくつですか？")
    assert answer.found and "904.6万人(R7)" in answer.answer
    for record, citation in zip(answer.kpis, answer.citations):
        for field in ("baseline", "actual", "target"):
            if getattr(record, field):
                assert getattr(record, field).raw.replace(" ", "") in citation.quote.replace(" ", "").replace("　", "")


def test_progress_filter_lists_every_matching_kpi(assistant):
    answer = assistant.ask("進捗率が80%未満の評価指標はどれですか？")
    assert sorted(k.progress for k in answer.kpis) == [56.1, 67.7, 76.2]


def test_projects_by_meaning_with_evidence(assistant):
    answer = assistant.ask("エゾシカ肉の活用に取り組んでいる事業はどれですか？")
    names = [p.name for p in answer.projects]
    assert "空知の魅力発信プロジェクト" in names and "環境保全と地域資源の有効利用推進プロジェクト" in names
    assert all(p.citations for p in answer.projects)


def test_budget_sum_shows_the_arithmetic(assistant):
    answer = assistant.ask("釧路の事業のR3予算の合計は？")
    assert "7,000 + 298 + 4,000 = 11,298千円" in answer.answer
    assert len([c for c in answer.citations if "【" in c.quote]) == 3   # the three rows (and the header naming R3)


def test_plans_stored_in_the_index_are_the_plans_extracted(assistant):
    """The registry reads each document's plans from the index generation; they round-trip exactly."""
    from ingest.plans.projects import DocumentPlans, extract_plans

    stored = assistant.searcher.data.plans
    assert set(stored) == set(assistant.documents)
    for doc, document in assistant.documents.items():
        assert DocumentPlans.from_json(stored[doc]) == extract_plans(document)
        assert json.loads(json.dumps(DocumentPlans.from_json(stored[doc]).to_json())) == json.loads(json.dumps(stored[doc]))
