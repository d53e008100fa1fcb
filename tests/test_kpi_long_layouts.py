"""KPI records from layouts that list an indicator's figures down rows, and the answers a user gets from them:
documents of invented towns written here (not copies of any real document), the expected records written by hand,
indexed with the real tokenizer, embedder and index.

- a CSV export in long form, one row per 年度 × 区分 × 指標, **sorted by year** so an indicator's rows stand apart,
  era years (「令和4年度」) in the year column, a biennial indicator with no row for the odd years;
- an XLSX sheet in long form grouped by indicator, Western years as numbers, negative values shown 「△」 by the
  number format, an interim and a final target, one figure 「－」 (not reported); a second sheet with 目標 and 実績
  rows under year columns, each indicator named on its first row only;
- a CSV 施策評価 form with labels down its first column and two indicators side by side (指標名｜A｜B, then 単位,
  現状値（年度）, 実績値（年度）, 目標値（年度） rows), and a second single-indicator block below a prose row;
- a ruled PDF 成果指標 table whose value cells print the figure on one line and its year on a second, smaller
  line (「（2023年度）」 or 「（令和５年）」), the indicator name set once in the middle of its row's height.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.testbed.documents import GOTHIC, PdfPage
from ingest.plans.projects import DocumentPlans
from tests.fixtures.record_views import plans_of, value_view as _v  # (value, unit, year)

LONG_CSV = """みどり台町 総合戦略 成果指標データ（令和6年9月時点）
年度,区分,施策,指標,数値,単位
令和元年度,基準,学びの場づくり,図書館の貸出冊数,182,千冊
令和元年度,基準,健康づくり,健康診断の受診率,38.5,％
令和元年度,基準,ふるさとづくり,ふるさと納税の寄附件数,3240,件
令和2年度,実績,健康づくり,健康診断の受診率,39.8,％
令和3年度,実績,学びの場づくり,図書館の貸出冊数,165,千冊
令和4年度,実績,学びの場づくり,図書館の貸出冊数,171,千冊
令和4年度,実績,健康づくり,健康診断の受診率,41.0,％
令和4年度,実績,ふるさとづくり,ふるさと納税の寄附件数,5810,件
令和5年度,実績,学びの場づくり,図書館の貸出冊数,176,千冊
令和5年度,実績,ふるさとづくり,ふるさと納税の寄附件数,6020,件
令和8年度,目標,学びの場づくり,図書館の貸出冊数,200,千冊
令和8年度,目標,健康づくり,健康診断の受診率,50.0,％
令和8年度,目標,ふるさとづくり,ふるさと納税の寄附件数,6000,件
※健康診断の受診率は隔年の調査です。
"""

BLOCK_CSV = """かわせみ村 施策評価表（令和6年度実施）
施策名,地域の見守り体制の充実
主管課,保健福祉課
指標名,見守り協力員の登録者数,高齢者サロンの開設数
単位,人,か所
現状値（令和4年度）,142,18
実績値（令和6年度）,171,21
目標値（令和8年度）,200,25
評価,順調に増えている。
成果指標,買い物支援サービスの利用世帯数
単位,世帯
基準値（令和2年度）,36
目標値（令和8年度）,80
"""


def _long_sheet(path: Path) -> Path:
    """A 進捗管理 sheet in long form: 指標番号｜指標名｜区分｜年度｜値｜単位｜備考, grouped by indicator."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "進捗データ"
    sheet["A1"] = "やまびこ市 第2期総合戦略 重要業績評価指標（KPI）進捗データ"
    sheet.append([])
    sheet.append(["指標番号", "指標名", "区分", "年度", "値", "単位", "備考"])
    rows = [
        ("K-1", "転入超過数", "基準値", 2020, -85, "人", "転入者数から転出者数を引いた数"),
        ("K-1", "転入超過数", "実績値", 2022, -64, "人", None),
        ("K-1", "転入超過数", "実績値", 2023, -41, "人", None),
        ("K-1", "転入超過数", "目標値", 2026, 0, "人", None),
        ("K-2", "農産物直売所の売上高", "基準値", 2020, 2.35, "億円", None),
        ("K-2", "農産物直売所の売上高", "実績値", 2022, 2.6, "億円", None),
        ("K-2", "農産物直売所の売上高", "実績値", 2023, "－", "億円", "集計中"),
        ("K-2", "農産物直売所の売上高", "目標値", 2024, 2.8, "億円", "中間目標"),
        ("K-2", "農産物直売所の売上高", "目標値", 2026, 3.0, "億円", None),
        ("K-3", "子ども食堂の設置数", "基準値", 2020, 3, "か所", None),
        ("K-3", "子ども食堂の設置数", "実績値", 2023, 12, "か所", "目標を前倒しで達成"),
        ("K-3", "子ども食堂の設置数", "目標値", 2026, 10, "か所", None),
    ]
    for row in rows:
        sheet.append(list(row))
    for r in range(4, 4 + len(rows)):
        sheet.cell(r, 5).number_format = '#,##0.0;"△"#,##0.0' if r in (8, 9, 10, 11, 12) else '#,##0;"△"#,##0'
    yearly = book.create_sheet("年度別")   # 目標 and 実績 rows under year columns, the name on the first row only
    yearly.append(["指標", "単位", "区分", "令和4年度", "令和5年度", "令和6年度"])
    yearly.append(["観光ボランティアガイド数", "人", "目標", 40, 45, 50])
    yearly.append([None, None, "実績", 38, 44, None])
    yearly.append(["空き家バンク登録件数", "件", "目標", 20, 25, 30])
    yearly.append([None, None, "実績", 22, 27, 29])
    book.save(path)
    return path


def _two_line_pdf(path: Path) -> Path:
    """A plan page with a ruled 成果指標 table: each value cell holds the figure and, below it in smaller type, the
    year it is of; the indicator name is set once, in the middle of the row."""
    pdf = PdfPage(path, title="はなみずき市 第3次環境基本計画（概要版）")
    pdf.text(50, 60, "はなみずき市 第3次環境基本計画（概要版）", 14, GOTHIC)
    pdf.text(50, 90, "施策２ ごみの減量とリサイクルの推進", 11, GOTHIC)
    pdf.text(50, 110, "家庭ごみの排出量は減っているが、資源化率は横ばいが続いている。", 10)
    pdf.text(50, 135, "■成果指標", 10, GOTHIC)
    cols, top = [50, 250, 370, 490], 145
    for c, head in enumerate(["指標名", "基準値", "目標値"]):
        pdf.box(cols[c], top, cols[c + 1] - cols[c], 20, fill=0.85)
        pdf.text(cols[c] + 6, top + 14, head, 9, GOTHIC)
    top += 20
    rows = [("市民１人１日当たりの家庭ごみ排出量", "612ｇ", "（2023年度）", "560ｇ", "（2030年度）"),
            ("リサイクル率", "18.4％", "（令和５年）", "25.0％", "（令和12年）")]
    for name, base, base_year, goal, goal_year in rows:
        for c in range(3):
            pdf.box(cols[c], top, cols[c + 1] - cols[c], 34)
        pdf.text(cols[0] + 6, top + 21, name, 9)
        for c, (figure, year) in ((1, (base, base_year)), (2, (goal, goal_year))):
            pdf.text(cols[c] + 6, top + 14, figure, 10)
            pdf.text(cols[c] + 6, top + 28, year, 7)
        top += 34
    pdf.text(50, top + 25, "・生ごみの水切りの呼びかけ", 10)
    pdf.page()
    return pdf.save()


def _write(folder: Path) -> dict[str, Path]:
    files = {"long_csv": folder / "midoridai_kpi_data.csv", "blocks": folder / "kawasemi_shisaku_hyoka.csv"}
    files["long_csv"].write_text(LONG_CSV, encoding="utf-8-sig")
    files["blocks"].write_text(BLOCK_CSV, encoding="utf-8")
    files["long_xlsx"] = _long_sheet(folder / "yamabiko_kpi_shinchoku.xlsx")
    files["pdf"] = _two_line_pdf(folder / "hanamizuki_kankyo_keikaku.pdf")
    return files


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict[str, Path]]:
    folder = tmp_path_factory.mktemp("kpi-long") / "corpus"
    folder.mkdir()
    return folder, _write(folder)


def _records(plans: DocumentPlans) -> dict[str, list[tuple]]:
    """indicator -> [(baseline, actual, target)] in the order the records come."""
    out: dict[str, list[tuple]] = {}
    for k in plans.kpis:
        out.setdefault(k.indicator, []).append((_v(k.baseline), _v(k.actual), _v(k.target)))
    return out


# --- records ------------------------------------------------------------------------------------

def test_long_csv_sorted_by_year_gives_one_record_per_year_with_an_actual(corpus):
    records = _records(plans_of(corpus, "long_csv"))
    assert records == {
        "図書館の貸出冊数": [((182, "千冊", 2019), (165, "千冊", 2021), (200, "千冊", 2026)),
                         ((182, "千冊", 2019), (171, "千冊", 2022), (200, "千冊", 2026)),
                         ((182, "千冊", 2019), (176, "千冊", 2023), (200, "千冊", 2026))],
        "健康診断の受診率": [((38.5, "%", 2019), (39.8, "%", 2020), (50.0, "%", 2026)),
                         ((38.5, "%", 2019), (41.0, "%", 2022), (50.0, "%", 2026))],
        "ふるさと納税の寄附件数": [((3240, "件", 2019), (5810, "件", 2022), (6000, "件", 2026)),
                             ((3240, "件", 2019), (6020, "件", 2023), (6000, "件", 2026))],
    }
    kpis = [k for k in plans_of(corpus, "long_csv").kpis if k.indicator == "図書館の貸出冊数"]
    assert {k.project for k in kpis} == {"学びの場づくり"}
    assert "令和5年度,実績,学びの場づくり,図書館の貸出冊数,176" in corpus[0].joinpath(
        kpis[-1].source.doc).read_text(encoding="utf-8-sig")


def test_long_xlsx_keeps_negative_values_interim_targets_and_skips_unreported_figures(corpus):
    plans = plans_of(corpus, "long_xlsx")
    records = _records(plans)
    assert records["転入超過数"] == [((-85, "人", 2020), (-64, "人", 2022), (0, "人", 2026)),
                                ((-85, "人", 2020), (-41, "人", 2023), (0, "人", 2026))]
    assert records["農産物直売所の売上高"] == [((2.35, "億円", 2020), (2.6, "億円", 2022), (3.0, "億円", 2026))]
    assert records["子ども食堂の設置数"] == [((3, "か所", 2020), (12, "か所", 2023), (10, "か所", 2026))]
    assert records["観光ボランティアガイド数"] == [(None, (38, "人", 2022), (50, "人", 2024)),
                                         (None, (44, "人", 2023), (50, "人", 2024))]
    assert records["空き家バンク登録件数"][-1] == (None, (29, "件", 2024), (30, "件", 2024))
    sales = next(k for k in plans.kpis if k.indicator == "農産物直売所の売上高")
    assert _v(sales.target_interim) == (2.8, "億円", 2024)
    assert all(k.progress is None for k in plans.kpis if k.indicator == "転入超過数")   # no ratio of negatives
    assert "-85" in next(k for k in plans.kpis if k.indicator == "転入超過数").source.quote


def test_label_blocks_give_one_record_per_indicator_column(corpus):
    plans = plans_of(corpus, "blocks")
    records = _records(plans)
    assert records == {
        "見守り協力員の登録者数": [((142, "人", 2022), (171, "人", 2024), (200, "人", 2026))],
        "高齢者サロンの開設数": [((18, "か所", 2022), (21, "か所", 2024), (25, "か所", 2026))],
        "買い物支援サービスの利用世帯数": [((36, "世帯", 2020), None, (80, "世帯", 2026))],
    }


def test_two_line_pdf_cells_give_the_year_printed_under_each_figure(corpus):
    records = _records(plans_of(corpus, "pdf"))
    assert records == {
        "市民1人1日当たりの家庭ごみ排出量": [((612, "g", 2023), None, (560, "g", 2030))],
        "リサイクル率": [((18.4, "%", 2023), None, (25.0, "%", 2030))],
    }


# --- answers ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def assistant(corpus, tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    index_dir = tmp_path_factory.mktemp("kpi-long-index")
    report = update_index(corpus[0], index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


def _kpi(answer) -> dict:
    return json.loads(json.dumps(answer.to_json(), ensure_ascii=False))["kpis"][0]


def test_the_asked_year_of_a_long_form_indicator(assistant):
    answer = assistant.ask("図書館の貸出冊数の令和4年度の実績は？")
    assert answer.found and answer.answer.startswith("図書館の貸出冊数の実績値は 171千冊 です")
    assert _kpi(answer)["actual"]["year"] == 2022


def test_the_latest_actual_when_no_year_is_asked(assistant):
    answer = assistant.ask("観光ボランティアガイド数の実績値は？")
    assert answer.found and answer.answer.startswith("観光ボランティアガイド数の実績値は 44人 です")


def test_a_year_the_biennial_indicator_has_no_row_for_is_not_found(assistant):
    answer = assistant.ask("健康診断の受診率の令和5年度の実績は？")
    assert not answer.found and "41.0" not in answer.answer and "39.8" not in answer.answer


def test_baseline_and_target_of_a_long_form_indicator(assistant):
    answer = assistant.ask("ふるさと納税の寄附件数の基準値と目標値を教えて")
    assert answer.found and "3240件" in answer.answer and "6000件" in answer.answer
    kpi = _kpi(answer)
    assert (kpi["baseline"]["year"], kpi["target"]["year"]) == (2019, 2026)


def test_a_years_actual_first_and_the_target_of_another_year_only_as_a_marked_reference(assistant):
    answer = assistant.ask("転入超過数の令和5年度の実績値と目標値は？")
    first, *rest = answer.answer.splitlines()
    assert answer.found and first == "転入超過数の実績値は -41人 です[1]"
    assert rest == ["（参考）転入超過数の目標値は 0人（問われた年度の値ではありません）[1]"]
    assert _kpi(answer)["target"]["year"] == 2026


def test_the_target_of_one_indicator_of_a_side_by_side_block(assistant):
    answer = assistant.ask("高齢者サロンの開設数の目標値は？")
    assert answer.found and answer.answer.startswith("高齢者サロンの開設数の目標値は 25か所 です")
    assert _kpi(answer)["target"] == {"value": 25.0, "unit": "か所", "year": 2026, "year_end": None,
                                      "raw": "25", "qualifier": ""}


def test_a_two_line_cells_value_is_stated_with_its_year(assistant):
    answer = assistant.ask("リサイクル率の基準値と目標値を教えて")
    assert answer.found and "18.4％（令和５年）" in answer.answer and "25.0％（令和12年）" in answer.answer
    assert _kpi(answer)["baseline"]["year"] == 2023
