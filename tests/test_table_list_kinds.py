"""Lists of 事業 and 取組 read from tables of three kinds, one document per kind made by the test (towns of their
own, 事業 and 取組 invented, layouts of their own), read by the project's readers and asked through the real index:

- a PDF 実施計画 (岩手県一関市) whose ruled table has a header on two rows that holds years and a count of years
  (No.｜事業名｜新規｜計画事業費（千円） over R7｜R8｜R9｜３か年計, the left cells merged down), ● marks under 新規,
  shaded 政策 rows spanning the table over their 事業, the header printed again on page 2 and a 合　計 row;
- a spreadsheet of 取組 (岐阜県可児市) whose names do not end in 事業, with a two-row header (スケジュール merged
  over R7｜R8), merged 区分 rows, a 担当課 column and a 達成状況 column of marks a legend row below explains
  (●＝完了　▲＝一部実施　×＝未実施);
- a PDF 予算説明書 (高知県土佐清水市) whose 説明 cells number their 事業 (「01 …事業 12,340」), print 「新」 before a new
  one and list （１）（２） parts under a 事業.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.testbed.documents import GOTHIC, PdfPage, column_lefts
from ingest.pipeline import ingest_file
from ingest.readers.registry import read_file
from ingest.text.normalize import quote_text

# 一関市: (政策, [(No, 事業名, 新規, R7, R8, R9)]) over two pages
_PLAN_PAGES = [
    [("政策１　子育て・教育", [(1, "一関っ子すこやか健診事業", "●", 12400, 12400, 12600),
                             (2, "中学校給食センター改修事業", "", 85000, 120000, 0),
                             (3, "放課後学習サポート事業", "●", 6200, 6500, 6500)])],
    [("政策２　産業・観光", [(4, "地場産品ＥＣ販路開拓事業", "●", 9800, 9800, 8000),
                           (5, "猊鼻渓観光拠点再整備事業", "", 150000, 42000, 0)]),
     ("政策３　防災・安全", [(6, "河川監視カメラ増設事業", "", 18000, 0, 0),
                           (7, "自主防災組織資機材支援事業", "●", 3000, 3000, 3000)])],
]


def _plan_pdf(folder: Path) -> Path:
    pdf = PdfPage(folder / "ichinoseki_jisshi_keikaku_r7.pdf", title="一関市総合計画 実施計画（令和７年度～令和９年度）",
                  author="一関市 まちづくり推進部")
    cols = [28, 190, 34, 62, 62, 62, 70]
    xs = column_lefts(30, cols)
    total = [0, 0, 0]
    for n, groups in enumerate(_PLAN_PAGES, start=1):
        pdf.text(30, 40, "一関市総合計画　実施計画（令和７年度～令和９年度）", 12, GOTHIC)
        pdf.right(xs[-1] + cols[-1], 62, "（単位：千円）", 8)
        top = 68
        for i, head in ((0, "No."), (1, "事業名"), (2, "新規"), (6, "３か年計")):
            pdf.box(xs[i], top, cols[i], 32, fill=0.85)
            pdf.center(xs[i] + cols[i] / 2, top + 20, head, 8, GOTHIC)
        pdf.box(xs[3], top, sum(cols[3:6]), 16, fill=0.85)
        pdf.center(xs[3] + sum(cols[3:6]) / 2, top + 11, "計画事業費（千円）", 8, GOTHIC)
        for i, head in ((3, "R7"), (4, "R8"), (5, "R9")):
            pdf.box(xs[i], top + 16, cols[i], 16, fill=0.85)
            pdf.center(xs[i] + cols[i] / 2, top + 27, head, 8, GOTHIC)
        top += 32
        for policy, rows in groups:
            pdf.box(xs[0], top, sum(cols), 18, fill=0.93)
            pdf.text(xs[0] + 4, top + 12, policy, 9, GOTHIC)
            top += 18
            for no, name, new, *years in rows:
                cells = [str(no), name, new] + [f"{v:,}" if v else "－" for v in years] + [f"{sum(years):,}"]
                total = [a + b for a, b in zip(total, years)]
                for c, (x, w, s) in enumerate(zip(xs, cols, cells)):
                    pdf.box(x, top, w, 18)
                    (pdf.text(x + 3, top + 12, s, 8) if c == 1 else
                     pdf.center(x + w / 2, top + 12, s, 8) if c in (0, 2) else pdf.right(x + w - 3, top + 12, s, 8))
                top += 18
        if n == len(_PLAN_PAGES):
            pdf.box(xs[0], top, sum(cols[:3]), 18)
            pdf.center(xs[0] + sum(cols[:3]) / 2, top + 12, "合　計", 8, GOTHIC)
            for i, v in zip((3, 4, 5, 6), total + [sum(total)]):
                pdf.box(xs[i], top, cols[i], 18)
                pdf.right(xs[i] + cols[i] - 3, top + 12, f"{v:,}", 8)
        pdf.center(pdf.W / 2, 810, f"- {n} -", 8)
        pdf.page()
    return pdf.save()


# 可児市: (区分, [(番号, 取組項目, 内容, 担当課, R7, R8, 達成状況)])
_DX_GROUPS = [
    ("１　窓口のデジタル化", [(1, "書かない窓口の導入", "申請書を職員が聞き取りで作成する。", "市民課", "実施", "拡大", "●"),
                            (2, "オンライン申請の対象手続の追加", "子育てと介護の手続を電子申請に加える。", "情報政策課", "実施", "実施", "▲"),
                            (3, "窓口キャッシュレス決済の導入", "証明書手数料を電子マネーで受け取る。", "会計課", "検討", "実施", "×")]),
    ("２　行政事務の効率化", [(4, "電子決裁の全庁展開", "起案から決裁までを電子で完結させる。", "総務課", "実施", "実施", "●"),
                            (5, "会議録作成の自動化", "音声認識で会議録の下書きを作る。", "情報政策課", "検討", "実施", "×"),
                            (6, "庁内ペーパーレス化の推進", "会議資料をタブレットで配る。", "総務課", "実施", "実施", "▲")]),
    ("３　地域社会のデジタル化", [(7, "高齢者向けスマホ教室の開催", "公民館で月２回の教室を開く。", "地域振興課", "実施", "実施", "▲"),
                                (8, "デマンド交通の予約システム導入", "電話に加えてアプリで予約できるようにする。", "都市計画課", "検討", "検討", "×")]),
]


def _dx_xlsx(folder: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = "取組一覧"
    ws.append(["可児市デジタル化推進計画　取組一覧（令和７年度～令和８年度）"])
    ws.append([])
    ws.append(["番号", "取組項目", "内容", "担当課", "スケジュール", None, "達成状況"])
    ws.append([None, None, None, None, "R7", "R8", None])
    for col in "ABCDG":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("E3:F3")
    for group, rows in _DX_GROUPS:
        ws.append([group])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=7)
        for row in rows:
            ws.append(list(row))
            ws.cell(ws.max_row, 3).alignment = Alignment(wrap_text=True)
    ws.append([])
    ws.append(["達成状況　●＝完了　▲＝一部実施　×＝未実施"])
    path = folder / "kani_digital_suishin_keikaku_torikumi.xlsx"
    wb.save(path)
    return path


# 土佐清水市: (目, 本年度, 前年度, 説明 lines)
_BUDGET_ROWS = [
    ("１目 観光費", 31040, 28800, [("01 観光施設維持管理事業", "12,340"), ("（１）指定管理料", "10,000"),
                                  ("（２）施設修繕料", "2,340"), ("02 新 足摺岬誘客促進事業", "8,500"),
                                  ("03 観光案内所運営事業", "10,200")]),
    ("２目 商工振興費", 18900, 19400, [("01 中小企業振興資金利子補給事業", "6,100"), ("02 新 空き店舗活用支援事業", "3,000"),
                                      ("（１）改装費補助金", "2,400"), ("（２）家賃補助金", "600"),
                                      ("03 商工会運営補助事業", "9,800")]),
]


def _budget_pdf(folder: Path) -> Path:
    pdf = PdfPage(folder / "tosashimizu_r7_yosan_setsumeisho.pdf", title="令和７年度 土佐清水市一般会計予算説明書",
                  author="土佐清水市 総務課")
    pdf.text(40, 40, "令和７年度　土佐清水市一般会計予算説明書　歳出", 12, GOTHIC)
    pdf.right(555, 58, "（単位：千円）", 8)
    pdf.text(40, 76, "７款　商工費　　１項　商工費", 10, GOTHIC)
    rows = [(name, [f"{now:,}", f"{last:,}", f"{now - last:,}".replace("-", "△")], notes)
            for name, now, last, notes in _BUDGET_ROWS]
    pdf.explained_rows(40, 84, [80, 62, 62, 56, 255], ["目", "本年度予算額", "前年度予算額", "比較", "説明"], rows)
    pdf.text(40, 300, "※「新」は令和７年度から新たに実施する事業です。", 8)
    return pdf.save()


def _items(path: Path):
    ingested = ingest_file(path, path.parent)
    text = ingested.document.text
    for item in ingested.plans.items:   # every record cites its own verbatim span
        assert quote_text(text[item.source.start:item.source.end]) == item.source.quote
    return ingested.plans.items


def test_a_header_with_years_and_a_count_of_years_is_the_header(tmp_path):
    tables = [t for t in read_file(_plan_pdf(tmp_path)).tables if t.header_rows]
    assert len(tables) == 2   # one per page, each with its own header
    for table in tables:
        lower = [c.text for c in table.header_rows[-1]]
        assert lower[:3] == ["No.", "事業名", "新規"] and lower[3:6] == ["R7", "R8", "R9"], lower
        assert lower[6] == "３か年計"


def test_plan_rows_keep_their_own_policy_and_mark_over_pages(tmp_path):
    items = _items(_plan_pdf(tmp_path))
    by_name = {i.name: i for i in items}
    assert set(by_name) == {name for page in _PLAN_PAGES for _, rows in page for _, name, *_ in rows}
    assert {n for n, i in by_name.items() if "新規" in i.tags} == {
        "一関っ子すこやか健診事業", "放課後学習サポート事業", "地場産品ＥＣ販路開拓事業", "自主防災組織資機材支援事業"}
    for page in _PLAN_PAGES:
        for policy, rows in page:
            for _, name, *_ in rows:   # page 2's rows never stand under page 1's last 政策
                policies = [h.replace(" ", "　") for h in by_name[name].headings if h.startswith("政策")]
                assert policies == [policy], by_name[name].headings


def test_a_sheet_of_torikumi_gives_each_row_its_office_group_and_state(tmp_path):
    items = _items(_dx_xlsx(tmp_path))
    by_name = {i.name: i for i in items if i.form == "cell"}
    # the 取組項目 column, not the 内容 beside it; no legend, no total
    assert set(by_name) == {row[1] for _, rows in _DX_GROUPS for row in rows}
    states = {"●": "完了", "▲": "一部実施", "×": "未実施"}
    for group, rows in _DX_GROUPS:
        for _, name, _, office, _, _, mark in rows:
            item = by_name[name]
            assert group in item.headings and office in item.description
            assert f"達成状況 {states[mark]}" in item.description, item.description


def test_budget_explanations_give_numbered_projects_with_their_new_mark(tmp_path):
    items = _items(_budget_pdf(tmp_path))
    by_name = {i.name: i for i in items}
    assert set(by_name) == {"観光施設維持管理事業", "足摺岬誘客促進事業", "観光案内所運営事業", "中小企業振興資金利子補給事業",
                            "空き店舗活用支援事業", "商工会運営補助事業"}   # the （１） parts are no 事業
    assert {n for n, i in by_name.items() if "新規" in i.tags} == {"足摺岬誘客促進事業", "空き店舗活用支援事業"}
    assert "１目 観光費" in by_name["足摺岬誘客促進事業"].headings


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("table-list-kinds")
    _plan_pdf(folder), _dx_xlsx(folder), _budget_pdf(folder)
    index_dir = tmp_path_factory.mktemp("table-list-kinds-index")
    assert not update_index(folder, index_dir, embedder, tokenizer).problems
    return Assistant.open(index_dir, embedder, tokenizer)


def _names(answer) -> set[str]:
    return {p.name for p in answer.projects}


def test_new_projects_of_a_plan_table_over_two_pages(assistant):
    answer = assistant.ask("一関市の実施計画で、新規の事業を教えてください。")
    assert _names(answer) == {"一関っ子すこやか健診事業", "放課後学習サポート事業", "地場産品ＥＣ販路開拓事業",
                              "自主防災組織資機材支援事業"}, answer.answer
    assert "合" not in "".join(_names(answer))


def test_projects_under_a_policy_row(assistant):
    answer = assistant.ask("一関市の実施計画で、子育て・教育の政策に位置付けられた事業は？")
    assert _names(answer) == {"一関っ子すこやか健診事業", "中学校給食センター改修事業", "放課後学習サポート事業"}, answer.answer


def test_torikumi_by_state_office_and_group(assistant):
    answer = assistant.ask("可児市のデジタル化推進計画で、未実施の取組は何ですか？")
    assert _names(answer) == {"窓口キャッシュレス決済の導入", "会議録作成の自動化", "デマンド交通の予約システム導入"}, answer.answer
    answer = assistant.ask("可児市のデジタル化推進計画で、情報政策課が担当する取組を挙げてください。")
    assert _names(answer) == {"オンライン申請の対象手続の追加", "会議録作成の自動化"}, answer.answer
    answer = assistant.ask("可児市のデジタル化推進計画で、行政事務の効率化に区分される取組を教えてください。")
    assert _names(answer) >= {"電子決裁の全庁展開", "会議録作成の自動化", "庁内ペーパーレス化の推進"}, answer.answer
    assert not _names(answer) & {"書かない窓口の導入", "高齢者向けスマホ教室の開催"}, answer.answer


def test_new_projects_and_the_projects_of_one_moku_in_a_budget_book(assistant):
    answer = assistant.ask("土佐清水市の予算説明書で、新規事業を挙げてください。")
    assert _names(answer) == {"足摺岬誘客促進事業", "空き店舗活用支援事業"}, answer.answer
    answer = assistant.ask("土佐清水市の観光費にはどのような事業が計上されていますか？")
    assert _names(answer) == {"観光施設維持管理事業", "足摺岬誘客促進事業", "観光案内所運営事業"}, answer.answer


# 一関市's 施策評価 sheets: a label row 「施策コード｜…｜施策名｜…」 over a list of the 事業 that make up the 施策
_POLICY_SHEETS = [("2-1", "地域医療の確保", ["休日当番医運営事業", "医師確保奨学金貸与事業"]),
                  ("5-3", "農業の担い手育成", ["新規就農者定着支援事業", "農地集積推進事業"])]


def _policy_sheets_xlsx(folder: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for code, policy, projects in _POLICY_SHEETS:
        ws = wb.create_sheet(f"施策{code}")
        ws.append(["施策評価シート（令和６年度）"])
        ws.append(["施策コード", code, "施策名", policy])
        ws.append(["担当部", "保健福祉部" if code.startswith("2") else "農林部"])
        ws.append([])
        ws.append(["構成する事業"])
        ws.append(["事業名", "所管課", "令和６年度予算額（千円）"])
        for n, name in enumerate(projects, start=1):
            ws.append([name, "健康づくり課" if code.startswith("2") else "農政課", 1200 * n])
    path = folder / "ichinoseki_shisaku_hyoka_r6.xlsx"
    wb.save(path)
    return path


def test_each_sheets_projects_stand_under_the_policy_its_label_row_names(tmp_path):
    items = [i for i in _items(_policy_sheets_xlsx(tmp_path)) if i.form == "cell"]
    assert {i.name for i in items} == {name for _, _, names in _POLICY_SHEETS for name in names}
    for _, policy, names in _POLICY_SHEETS:
        for item in items:
            assert (policy in item.headings) == (item.name in names), (item.name, item.headings)
