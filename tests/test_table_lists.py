"""Lists of 事業 laid out as tables, one small document per form, made by the test (invented content, towns and
words of its own): a 実施計画 PDF whose tables stand under ■分野 / (1) 施策 headings with a composite 「事業名・内容」
column, a 種別 column of 〈新〉〈拡〉 and ★ (explained by a legend) and one column per year under a unit note; a
workbook whose 「事業名（所管課）」 column has group rows merged across the sheet and 区分 words; a 予算書 PDF whose
説明 column lists numbered 事業 under each 目; a PDF of one ruled form per 事業 with a 「事業名 … 担当課 …」 title row.
Each document is read by the project's own readers (ingest_file), and the records a list question is answered
from are checked: the names, the headings they stand under, their tags and their amounts per year.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.testbed.documents import GOTHIC, PAGE_H, PAGE_W, PdfPage
from ingest.pipeline import ingest_file


def _plan_pdf(out: Path) -> Path:
    pdf = PdfPage(out / "hanamaki_jisshi.pdf", title="花巻市まちづくり実施計画 2025-2027")
    pdf.text(40, 50, "花巻市まちづくり実施計画（2025年度〜2027年度）", 14, GOTHIC)
    pdf.text(40, 72, "各事業の計画額を年度ごとに示します。　単位：千円　　種別　〈新〉新規　〈拡〉拡充　〈継〉継続", 8)
    pdf.text(40, 86, "★：重点事業", 8)
    cols = [210, 50, 80, 60, 60, 55]
    head = ["事業名・内容", "種別", "所管", "2025年度", "2026年度", "2027年度"]
    groups = [("■分野２　健康・福祉", "(1) 高齢者がいきいきと暮らせる地域づくり", [
        ("介護予防ポイント事業", "ボランティア活動にポイントを付与", "〈継〉", "長寿福祉課", "3,200", "3,200", "3,200"),
        ("認知症カフェ運営支援事業", "カフェの運営団体に補助", "〈拡〉", "長寿福祉課", "1,500", "2,100", "2,100"),
        ("高齢者ごみ出し支援事業", "戸別収集を行う", "〈新〉★", "清掃課", "4,800", "4,800", "－")]),
        ("■分野３　産業・観光", "(1) 温泉と農の魅力を生かした観光", [
            ("温泉郷周遊バス運行事業", "温泉地を結ぶ周遊バスを運行", "〈新〉", "観光課", "12,600", "12,600", "12,600"),
            ("りんご園地継承事業", "園地の貸し借りを仲介", "〈継〉", "農政課", "2,400", "2,400", "2,400")])]
    top = 110
    for field, measure, rows in groups:
        pdf.text(40, top + 12, field, 11, GOTHIC)
        pdf.text(48, top + 30, measure, 10, GOTHIC)
        top += 40
        x = 40
        for w, cell in zip(cols, head):
            pdf.box(x, top, w, 18, fill=0.85)
            pdf.center(x + w / 2, top + 12.5, cell, 8, GOTHIC)
            x += w
        top += 18
        for name, summary, kind, section, *amounts in rows:
            x = 40
            for c, w in enumerate(cols):
                pdf.box(x, top, w, 30)
                if c == 0:
                    pdf.text(x + 4, top + 12, name, 9)
                    pdf.text(x + 10, top + 25, summary, 7)
                elif c in (1, 2):
                    pdf.center(x + w / 2, top + 18, (kind, section)[c - 1], 8.5)
                else:
                    pdf.right(x + w - 4, top + 18, amounts[c - 3], 8.5)
                x += w
            top += 30
        top += 16
    return pdf.save()


def _plan_xlsx(out: Path) -> Path:
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "実施事業"
    ws["A1"] = "令和7年度　西条市総合計画　実施事業一覧"
    for c, v in enumerate(["番号", "事業名（所管課）", "区分", "事業費", "概要"], start=1):
        ws.cell(3, c, v)
    groups = [("施策３－２　観光の振興", [(1, "石鎚山登山道整備事業（観光振興課）", "継続", 8400, "登山道の補修"),
                                      (2, "うちぬき水めぐり推進事業（観光振興課）", "新規", 2600, "湧水めぐりの案内板"),
                                      (3, "観光案内所運営事業（観光振興課）", "廃止", 0, "駅の案内所を統合")]),
              ("施策４－１　子育て支援", [(4, "一時預かり拡充事業（こども課）", "拡充", 5100, "受入れ枠を拡大"),
                                    (5, "子育て応援アプリ運営事業（こども課）", "継続", 1300, "情報配信")])]
    r = 4
    for title, rows in groups:
        ws.cell(r, 1, title)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        r += 1
        for values in rows:
            for c, v in enumerate(values, start=1):
                ws.cell(r, c, v)
            r += 1
    path = out / "saijo_jisshi.xlsx"
    wb.save(path)
    return path


def _budget_book_pdf(out: Path) -> Path:
    pdf = PdfPage(out / "ina_yosansho.pdf", title="令和7年度 伊那市一般会計予算書")
    pdf.text(40, 50, "令和７年度　伊那市一般会計予算　歳出", 13, GOTHIC)
    pdf.text(40, 70, "４款　衛生費　　１項　保健衛生費", 10, GOTHIC)
    pdf.right(PAGE_W - 40, 84, "（単位：千円）", 8)
    cols = [90, 70, 70, 60, 225]
    pdf.explained_rows(40, 90, cols, ["目", "本年度", "前年度", "比較", "説明"], [
        ("２目 予防費", ["84,300", "80,100", "4,200"],
         [("(1) 職員人件費", "21,000"), ("(2) 予防接種事業", "52,700"), ("(3) 感染症対策事業", "10,600")]),
        ("３目 環境衛生費", ["12,900", "13,400", "△500"],
         [("(1) 狂犬病予防事業", "1,900"), ("(2) 斎場管理運営事業", "11,000")])])
    return pdf.save()


def _forms_pdf(out: Path) -> Path:
    pdf = PdfPage(out / "kitami_seika.pdf", title="令和6年度 主要施策の成果報告書")
    pdf.text(40, 50, "令和６年度　主要施策の成果報告書", 14, GOTHIC)
    top = 80
    for name, section, rows in [
            ("森林環境学習推進事業", "林務課", [("決算額", "2,150千円"), ("目的", "森林の大切さを学ぶ機会をつくる。"),
                                          ("成果", "小学生420人が参加した。"), ("課題", "講師の確保。")]),
            ("商店街キャッシュレス化支援事業", "商工課", [("決算額", "6,480千円"), ("目的", "商店街の利便性を高める。"),
                                                  ("成果", "38店舗が導入した。"), ("課題", "高齢の店主への支援。")])]:
        pdf.box(40, top, 515, 20, fill=0.85)
        pdf.text(46, top + 14, f"事業名　{name}", 10, GOTHIC)
        pdf.right(549, top + 14, f"担当課　{section}", 9)
        top += 20
        for label, value in rows:
            pdf.box(40, top, 70, 22, fill=0.95)
            pdf.center(75, top + 14, label, 9, GOTHIC)
            pdf.box(110, top, 445, 22)
            pdf.text(116, top + 14, value, 9)
            top += 22
        top += 20
    pdf.center(PAGE_W / 2, PAGE_H - 28, "- 1 -", 9)
    return pdf.save()


@pytest.fixture(scope="module")
def plans(tmp_path_factory):
    out = tmp_path_factory.mktemp("table_lists")
    made = [_plan_pdf(out), _plan_xlsx(out), _budget_book_pdf(out), _forms_pdf(out)]
    return {p.name: ingest_file(p, out).plans for p in made}


def _items(plans, doc):
    return {i.name: i for i in plans[doc].items if i.form in ("cell", "form")}


def test_a_composite_name_column_lists_its_rows_under_the_headings_above_the_table(plans):
    items = _items(plans, "hanamaki_jisshi.pdf")
    assert {"介護予防ポイント事業", "認知症カフェ運営支援事業", "高齢者ごみ出し支援事業", "温泉郷周遊バス運行事業",
            "りんご園地継承事業"} <= set(items)
    assert any("高齢者がいきいきと暮らせる" in h for h in items["認知症カフェ運営支援事業"].headings)
    assert not any("高齢者がいきいきと暮らせる" in h for h in items["温泉郷周遊バス運行事業"].headings)


def test_a_kind_column_of_short_marks_and_a_legend_star_are_the_rows_tags(plans):
    items = _items(plans, "hanamaki_jisshi.pdf")
    assert set(items["高齢者ごみ出し支援事業"].tags) == {"新規", "重点"}
    assert items["認知症カフェ運営支援事業"].tags == ("拡充",)
    assert items["りんご園地継承事業"].tags == ("継続",)


def test_year_columns_under_a_unit_note_are_budget_lines_of_each_year(plans):
    lines = [b for b in plans["hanamaki_jisshi.pdf"].budgets if b.item == "認知症カフェ運営支援事業"]
    assert {(b.fiscal_year, b.amount_yen) for b in lines} == {(2025, 1_500_000), (2026, 2_100_000),
                                                                 (2027, 2_100_000)}
    # a year with 「－」 plans nothing: no line for it
    assert {b.fiscal_year for b in plans["hanamaki_jisshi.pdf"].budgets if b.item == "高齢者ごみ出し支援事業"} == {2025, 2026}


def test_a_workbooks_composite_column_keeps_merged_group_rows_as_headings_and_its_kind_words_as_tags(plans):
    items = _items(plans, "saijo_jisshi.xlsx")
    names = {n.split("（")[0] for n in items}
    assert {"石鎚山登山道整備事業", "うちぬき水めぐり推進事業", "観光案内所運営事業", "一時預かり拡充事業",
            "子育て応援アプリ運営事業"} <= names
    assert not any(n.startswith("施策") for n in names)
    by_name = {n.split("（")[0]: i for n, i in items.items()}
    assert by_name["観光案内所運営事業"].tags == ("廃止",)
    assert any("観光の振興" in h for h in by_name["うちぬき水めぐり推進事業"].headings)
    assert any("子育て支援" in h for h in by_name["一時預かり拡充事業"].headings)


def test_the_numbered_lines_of_a_budget_books_explanation_column_are_the_projects_of_their_moku(plans):
    items = _items(plans, "ina_yosansho.pdf")
    assert set(items) == {"予防接種事業", "感染症対策事業", "狂犬病予防事業", "斎場管理運営事業"}
    assert any("予防費" in h for h in items["感染症対策事業"].headings)
    assert any("環境衛生費" in h for h in items["斎場管理運営事業"].headings)


def test_each_ruled_form_with_a_title_row_is_one_project_with_its_settled_amount(plans):
    items = _items(plans, "kitami_seika.pdf")
    assert set(items) == {"森林環境学習推進事業", "商店街キャッシュレス化支援事業"}
    amounts = {b.item: b.amount_yen for b in plans["kitami_seika.pdf"].budgets}
    assert amounts.get("商店街キャッシュレス化支援事業") == 6_480_000
