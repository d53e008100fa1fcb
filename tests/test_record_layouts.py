"""KPI and budget records from the layouts real documents use, on documents of invented towns written here
(not copies of any real document) with the records a reader expects, written by hand:

- a 総合戦略 KPI 進捗調書 whose table runs together on one line (years as columns, 期待値/実績値/達成率 rows);
- a 評価 table scrambled onto one line (values before their labels, evaluation marks between actual and target);
- KPI and budget tables flattened one cell per line (header cells, then each row's cells, blank lines between);
- a 広報 CSV (one article a row, a long body) with ◇ items, 〔amount〕 brackets, …leaders, label：amount and
  sentence subjects, next to an event article whose fees are no budget;
- a 補正予算 page with ▽ groups, labels and amounts on consecutive lines and kanji-mixed amounts;
- a survey page whose rates are stated in sentences beside their breakdown and change.

Each file is made by the test and read by the real pipeline (ingest_file).
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ingest.plans.comparison_tables import is_change_column
from ingest.pipeline import ingest_file
from ingest.plans.projects import DocumentPlans
from tests.fixtures.record_views import value_view as _v  # (value, unit, year)

SERIES = (
    "架空県まち・ひと・しごと創生総合戦略 KPI進捗状況シート 担当課 企画部・地域振興課 1 項目 [KPI] 移住相談件数 "
    "(R1)420 件 → (R6)1,000 件 2 位置付け 基本目標 2 新しいひとの流れをつくる 3 KPIの進捗状況 [単位] 件 "
    "基準値 R1 R2 R3 R4 R5 目標値 R6 移住相談件数 出典: 地域振興課調べ 期待値 420 540 660 780 900 1,000 "
    "実績値 515 702 741 達成率 95.4% 106.4% 95.0% 評価(※) 最新データ公表時点 令和4年度の実績値\n"
)
SCRAMBLED = (
    "資料2 総合戦略の施策評価 (令和3年度実績) 改善・悪化:改善○,維持△,悪化× 達成度:順調A,要改善B "
    "基本目標 数値目標 基準値 (R1) 実績値 (R3) 目標値 (R6) 45 61 80 延べ 10 延べ 25 延べ 40 "
    "観光入込客数(千人) 体験プログラム参加者数(人) ■施策① 観光の振興 R3 指 標 名 "
    "宿泊者数(人) 現状値 (R1) 8,200 実績 改善・ 悪化 達成度 目標値 (R6) 7,950 × B 9,000 "
    "≪成果と見直し≫ 感染症の影響により宿泊者は減少した。今後は誘客を強化する。 "
    "延べ 6 ○ A 延べ 12 重要業績 ガイド養成人数(人) 延べ 2 評価指標 ≪成果と見直し≫ 研修を2回開催した。\n"
)
STACKED = """架空町総合計画 成果指標の状況

指標名

基準値(R2)

実績値(R5)

目標値(R7)

移住者数

12人

21人

30人

空き家バンク登録件数

8件

15件

25件

※実績値は各年度末現在

令和5年度 主要事業の予算と決算                (単位:千円)

事業名

当初予算額

補正予算額

決算額

空き家改修補助事業

12,000

3,000

14,250

移住体験住宅運営事業

4,800

0

4,512
"""
HOSEI = """架空村議会 定例会資料
令和6年度 架空村一般会計補正予算(第2号)の概要
補正額は、歳入歳出それぞれ1億2千3百万円を追加し、総額を28億4,560万円とするものです。
▽民生費
子育て世帯臨時給付金
3,250万円
高齢者見守り事業
812万5千円
▽土木費
村道改良事業 4,100万円
"""
SURVEY = """- 広報紙名 : 広報かくう 2024年10月号
市民意識調査の結果をお知らせします
第5次総合計画の施策について、2年に1度の調査を実施しました。
■住みやすさ
「住みやすい」との回答は68.2%(「住みやすい」30.1%+「どちらかといえば住みやすい」38.1%)で、前回調査から1.5ポイントの増加となりました。
■定住意向
定住意向の割合は、72.4%で、年代別では70歳以上が最も高くなっています。
"""
CSV_ROWS = [
    ["自治体名", "公開年月", "発行号タイトル", "記事タイトル", "カテゴリ", "記事本文"],
    ["架空県架空市", "2024.04.01", "広報かくう 2024年4月号", "令和6年度当初予算のあらまし", "くらし",
     "令和6年度当初予算は、一般会計が99億円となりました。\n■会計別予算\n◇一般会計\n98億7,650万円\n市の基本的な会計\n"
     "◇特別会計\n41億2,000万円\n国民健康保険事業　22億1,500万円\n介護保険事業　19億500万円\n■主な事業\n"
     "◇観光振興事業〔1億2,300万円〕〔新規〕\n観光案内所を改修\n○子育て応援給付事業…4,560万円\n"
     "〔継続〕(市民1人当たり約1,520円)\n歳入総額：98億7,650万円"],
    ["架空県架空市", "2024.04.01", "広報かくう 2024年4月号", "令和5年度決算報告", "くらし",
     "一般会計では、歳入が95億4千3百万円、歳出が91億2千3百万円で、前年度と比較すると2億1,000万円の減となりました。"],
    ["架空県架空市", "2024.04.01", "広報かくう 2024年4月号", "春の音楽祭", "イベント",
     "日時：5月3日\n参加費：500円\n大人2,000円、高校生以下700円"],
]


def _write(tmp: Path) -> dict[str, Path]:
    files = {"series": tmp / "kaku_kpi_series.txt", "scrambled": tmp / "kaku_hyouka.txt",
             "stacked": tmp / "kaku_stacked.txt", "hosei": tmp / "kaku_hosei.txt", "survey": tmp / "kaku_survey.txt",
             "csv": tmp / "kaku_koho.csv"}
    files["series"].write_text(SERIES, encoding="utf-8")
    files["scrambled"].write_text(SCRAMBLED, encoding="utf-8")
    files["stacked"].write_text(STACKED, encoding="utf-8")
    files["hosei"].write_text(HOSEI, encoding="utf-8")
    files["survey"].write_text(SURVEY, encoding="utf-8")
    with files["csv"].open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(CSV_ROWS)
    return files


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, tuple[DocumentPlans, str]]:
    tmp = tmp_path_factory.mktemp("layouts")
    out = {}
    for key, path in _write(tmp).items():
        ingested = ingest_file(path, tmp)
        out[key] = (ingested.plans, ingested.document.text)
    return out


def _kpis(plans, key, indicator):
    return [k for k in plans[key][0].kpis if k.indicator == indicator]


def _quote_holds(plans, key, record, *pieces):
    """The record's span of the document holds each figure a reader would check it by."""
    span = plans[key][1][record.source.start:record.source.end]
    for piece in pieces:
        assert piece in span and piece in record.source.quote


def test_series_table_on_one_line_gives_one_record_per_year_with_an_actual(plans):
    rows = _kpis(plans, "series", "移住相談件数")
    got = [(_v(k.baseline), _v(k.actual), _v(k.target), k.progress, _v(k.target_interim)) for k in rows]
    assert got == [
        ((420, "件", 2019), (515, "件", 2020), (1000, "件", 2024), 95.4, (540, "件", 2020)),
        ((420, "件", 2019), (702, "件", 2021), (1000, "件", 2024), 106.4, (660, "件", 2021)),
        ((420, "件", 2019), (741, "件", 2022), (1000, "件", 2024), 95.0, (780, "件", 2022)),
    ]
    _quote_holds(plans, "series", rows[1], "702", "106.4%")


def test_scrambled_table_rows_by_order_and_by_marks(plans):
    expected = {
        "観光入込客数": ((45, "千人", 2019), (61, "千人", 2021), (80, "千人", 2021 + 3)),
        "体験プログラム参加者数": ((10, "人", 2019), (25, "人", 2021), (40, "人", 2024)),
        "宿泊者数": ((8200, "人", 2019), (7950, "人", 2021), (9000, "人", 2024)),
        "ガイド養成人数": ((2, "人", 2019), (6, "人", 2021), (12, "人", 2024)),
    }
    for name, (baseline, actual, target) in expected.items():
        rows = _kpis(plans, "scrambled", name)
        assert len(rows) == 1, name
        assert (_v(rows[0].baseline), _v(rows[0].actual), _v(rows[0].target)) == (baseline, actual, target), name
    assert _kpis(plans, "scrambled", "体験プログラム参加者数")[0].target.qualifier == "延べ"
    # a mark or a header word is never an indicator
    assert not [k for k in plans["scrambled"][0].kpis if k.indicator in ("A", "B", "×")]


def test_kpi_table_one_cell_per_line(plans):
    got = {k.indicator: (_v(k.baseline), _v(k.actual), _v(k.target)) for k in plans["stacked"][0].kpis}
    assert got["移住者数"] == ((12, "人", 2020), (21, "人", 2023), (30, "人", 2025))
    assert got["空き家バンク登録件数"] == ((8, "件", 2020), (15, "件", 2023), (25, "件", 2025))


def test_budget_table_one_cell_per_line_keeps_its_columns_apart(plans):
    lines = {(b.item, b.column): b for b in plans["stacked"][0].budgets}
    assert lines[("空き家改修補助事業", "当初予算額")].amount_yen == 12_000_000
    assert lines[("空き家改修補助事業", "補正予算額")].amount_yen == 3_000_000
    settled = lines[("空き家改修補助事業", "決算額")]
    assert (settled.amount, settled.unit, settled.amount_yen, settled.fiscal_year) == (14250, "千円", 14_250_000, 2023)
    assert lines[("移住体験住宅運営事業", "決算額")].raw == "4,512"


def _budget(plans, key, item):
    # (a sentence's 「前年度と比較すると2億1,000万円の減」 is a change line of its own: ingest.plans.comparison_tables)
    found = [b for b in plans[key][0].budgets if b.item == item and not is_change_column(b.column)]
    assert len(found) == 1, (item, [(b.item, b.raw) for b in plans[key][0].budgets])
    return found[0]


def test_newsletter_csv_budget_items_prose_and_the_kind_from_the_article_title(plans):
    expected = {
        "一般会計": (9_876_500_000, "98億7,650万円", "当初予算額", 2024),
        "特別会計": (4_120_000_000, "41億2,000万円", "当初予算額", 2024),
        "国民健康保険事業": (2_215_000_000, "22億1,500万円", "当初予算額", 2024),
        "介護保険事業": (1_905_000_000, "19億500万円", "当初予算額", 2024),
        "観光振興事業": (123_000_000, "1億2,300万円", "当初予算額", 2024),
        "子育て応援給付事業": (45_600_000, "4,560万円", "当初予算額", 2024),
        "歳入総額": (9_876_500_000, "98億7,650万円", "当初予算額", 2024),
        "歳入": (9_543_000_000, "95億4千3百万円", "決算額", 2023),
        "歳出": (9_123_000_000, "91億2千3百万円", "決算額", 2023),
    }
    for item, (yen, raw, column, year) in expected.items():
        line = _budget(plans, "csv", item)
        assert (line.amount_yen, line.raw, line.column, line.fiscal_year) == (yen, raw, column, year), item
        assert raw in line.source.quote
    assert _budget(plans, "csv", "国民健康保険事業").project == "特別会計"
    assert _budget(plans, "csv", "歳出").project == "一般会計"       # the sentence's topic 「一般会計では、」
    items = {b.item for b in plans["csv"][0].budgets}
    # the rounded sentence figure gives way to the listed one; a change, a per-person figure and fees are no lines
    assert [b.raw for b in plans["csv"][0].budgets if b.item == "一般会計"] == ["98億7,650万円"]
    assert not items & {"参加費", "大人", "高校生以下", "市民1人当たり", "前年度と比較すると"}


def test_supplementary_budget_labels_on_the_line_above_and_groups(plans):
    welfare = _budget(plans, "hosei", "子育て世帯臨時給付金")
    assert (welfare.amount_yen, welfare.column, welfare.fiscal_year, welfare.project) == \
        (32_500_000, "補正予算額", 2024, "民生費")
    assert _budget(plans, "hosei", "高齢者見守り事業").amount_yen == 8_125_000
    road = _budget(plans, "hosei", "村道改良事業")
    assert (road.amount_yen, road.project) == (41_000_000, "土木費")


def test_survey_rates_stated_in_sentences(plans):
    got = {k.indicator: _v(k.actual) for k in plans["survey"][0].kpis if k.form == "statement"}
    assert got == {"「住みやすい」との回答": (68.2, "%", 2024), "定住意向の割合": (72.4, "%", 2024)}


SURVEY_TABLE = """架空市 市民満足度調査 結果報告書 2024年9月
満足度の高い施策（上位5項目）
順位\t施策\t満足度\t重要度\t回答数
1\tごみの収集・処理\t68.2%\t72.1%\t1,204
2\t上下水道の整備\t61.5%\t70.4%\t1,198
3\t公園・緑地の整備\t55.0%\t48.3%\t1,187

年代別の総合満足度
年代\t高い\t低い
20歳代\t31.2%\t25.0%
30歳代\t27.4%\t30.1%
"""


def test_survey_table_each_rate_with_its_column_never_the_rank_or_count(tmp_path):
    path = tmp_path / "kaku_manzoku.txt"
    path.write_text(SURVEY_TABLE, encoding="utf-8")
    plans = ingest_file(path, tmp_path).plans
    got = {k.indicator: (k.actual.value, k.actual.unit, k.actual.year, k.actual.column) for k in plans.kpis}
    assert got["ごみの収集・処理 満足度"] == (68.2, "%", 2024, "満足度")
    assert got["ごみの収集・処理 重要度"] == (72.1, "%", 2024, "重要度")
    assert got["上下水道の整備 満足度"] == (61.5, "%", 2024, "満足度")
    assert got["30歳代 低い"] == (30.1, "%", 2024, "低い")
    assert not [k for k in plans.kpis if k.actual and k.actual.value in (1, 2, 3, 1204, 1198, 1187)]
    rank_row = next(k for k in plans.kpis if k.indicator == "公園・緑地の整備 満足度")
    assert "55.0%" in rank_row.source.quote


WRAPPED_HEADER = """架空村 KPIの状況
指標
単位
基準値
（令和2年度）
実績値
（令和5年度）
目標値
（令和7年度）
達成状況
観光客入込数
千人
120
98
150
65.3%
ふるさと納税件数
件
850
1,420
1,200
達成
"""


def test_stacked_header_cells_wrapped_onto_a_second_line(tmp_path):
    path = tmp_path / "kaku_kpi_wrapped.txt"
    path.write_text(WRAPPED_HEADER, encoding="utf-8")
    plans = ingest_file(path, tmp_path).plans
    got = {k.indicator: (_v(k.baseline), _v(k.actual), _v(k.target), k.progress) for k in plans.kpis}
    assert got["観光客入込数"] == ((120, "千人", 2020), (98, "千人", 2023), (150, "千人", 2025), 65.3)
    assert got["ふるさと納税件数"][:3] == ((850, "件", 2020), (1420, "件", 2023), (1200, "件", 2025))


def test_form_of_label_value_cells_keeps_budget_and_settlement_apart(tmp_path):
    """A 主要な施策の成果 form in Word: one table per 事業 of label｜value cells, 予算額 and 決算額 on one row."""
    import docx

    document = docx.Document()
    document.add_paragraph("令和4年度　主要な施策の成果説明書")
    document.add_paragraph("（単位：千円）")
    for name, budget, settled in (("空き店舗活用支援事業", "6,500", "5,980"), ("移住体験ツアー事業", "1,200", "1,164")):
        table = document.add_table(rows=3, cols=4)
        table.cell(0, 0).text, table.cell(0, 1).text = "事業名", name
        table.cell(1, 0).text, table.cell(1, 1).text = "担当課", "地域振興課"
        for k, text in enumerate(("予算額", budget, "決算額", settled)):
            table.cell(2, k).text = text
        document.add_paragraph("")
    path = tmp_path / "kaku_seika.docx"
    document.save(path)
    plans = ingest_file(path, tmp_path).plans
    got = {(b.item, b.column): (b.amount, b.unit, b.amount_yen, b.fiscal_year) for b in plans.budgets}
    assert got[("空き店舗活用支援事業", "予算額")] == (6500, "千円", 6_500_000, 2022)
    assert got[("空き店舗活用支援事業", "決算額")] == (5980, "千円", 5_980_000, 2022)
    assert got[("移住体験ツアー事業", "決算額")] == (1164, "千円", 1_164_000, 2022)


def test_export_with_several_name_columns_names_each_line_by_its_finest_unit(tmp_path):
    """An 事業一覧 export: 分野名｜施策名｜事業名 side by side, plain digits under 千円 headers. Each budget line is named
    by its 事業 (the finest unit a row is about), not by the 施策 it shares with its neighbours."""
    path = tmp_path / "kaku_jigyo_export.csv"
    rows = [["分野名", "施策名", "事業名", "担当", "令和8年度当初予算額（千円）", "令和7年度当初予算額（千円）"],
            ["福祉", "地域福祉の推進", "見守りネットワーク事業", "福祉課", "3200", "2900"],
            ["福祉", "地域福祉の推進", "配食サービス事業", "福祉課", "15400", ""],
            ["環境", "ごみ減量", "生ごみ堆肥化促進事業", "環境課", "870", "910"]]
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    plans = ingest_file(path, tmp_path).plans
    got = {(b.item, b.fiscal_year): (b.amount, b.unit) for b in plans.budgets}
    assert got[("見守りネットワーク事業", 2026)] == (3200, "千円")
    assert got[("見守りネットワーク事業", 2025)] == (2900, "千円")
    assert got[("配食サービス事業", 2026)] == (15400, "千円")
    assert got[("生ごみ堆肥化促進事業", 2025)] == (910, "千円")
    assert not any(b.item in ("地域福祉の推進", "ごみ減量") for b in plans.budgets)
