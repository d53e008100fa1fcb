"""Nineteenth blind fixture set: six documents in layouts nobody tuned the extractor to, answers written by hand.

`make_all(out_dir)` writes six documents of the product's core kinds for towns of 西日本 (北陸・東海・近畿・中国・四国・
沖縄): a まち・ひと・しごと創生総合戦略 KPI 進捗 sheet as a **landscape PDF whose ruled table runs over two pages, its
two-row header repeated on the second page** (基本目標 cells merged down the rows of a page, the unit in a column of its
own, 基準年度 as H30/R1/R5, 進捗率 「－」 where the value fell, ◎○△× marks); a 総合計画 実施計画 workbook (施策体系 with
merged 基本目標 cells, 主な事業 with 新規/拡充/継続/再掲 in a 区分 column, ○ in a 総合戦略 column, 事業費 in 千円 under a
header merged over 令和８｜９｜10年度｜３か年計, 小計 rows per 施策 and a 合計 without the 再掲 row, a 成果指標 sheet whose
年度 stands in a column); a 当初予算の概要 PDF (会計別 table with △ and 増減率, **歳入 and 歳出 tables set side by side**,
then **boxed cards of 主な事業 in two columns** under 分野 heads, 【新規】【拡充】 tags, 事業費 with 千円 in the line); a
政策展開方針 in Word (重点プロジェクト as Heading 2 with a key-value table whose 主な取組 cell lists ☑/☐ lines with
（新規）/（拡充） after the name, 全角 digits and units inside the KPI cells, one 基準値 with (R3)); a 観光振興計画 web page
(入込客数 by 暦年 with rowspan 区分, a 主な取組 table with ● marks under 新規｜重点, 数値目標 with units in the cells);
a 健康増進計画 中間評価 CSV in **CP932** (分野 only on a group's first row, 〃 for a repeated 指標, H30/R1/R5/R6 year
columns, Ａ～Ｅ evaluations, 「－」, then a block of 重点的な取組 with ○ under 新規).

The municipalities are real and were used by no earlier set; every figure, name and sentence is invented. The
expected answers in `questions.jsonl` were written by hand from the text below, without reading or running the
extractor. Binary formats are generated here, never committed.
"""
from __future__ import annotations

from pathlib import Path

from assistant.testbed.documents import GOTHIC, MINCHO, PAGE_H, PAGE_W, PdfPage, write_text


def _lines(pdf: PdfPage, x: float, top: float, lines: list[str], size: float = 9.0, step: float = 14.0,
           font: str = MINCHO) -> float:
    """Print `lines` one under another from `top`; return the top below the last."""
    for i, line in enumerate(lines):
        pdf.text(x, top + step * i, line, size, font)
    return top + step * len(lines)


def _pct(now: int, before: int) -> str:
    """増減率 as a budget table prints it: one decimal, △ for a fall."""
    r = round((now - before) / before * 100, 1)
    return f"△{-r:.1f}" if r < 0 else f"{r:.1f}"


def _amt(v: int) -> str:
    return f"△{-v:,}" if v < 0 else f"{v:,}"


# ---------------------------------------------------------------- 1. 総合戦略 KPI 進捗 (PDF, landscape, 2 pages)

_OBAMA_GOALS = {
    "1": ["基本目標１", "しごとをつくり、", "安心して働ける", "ようにする"],
    "2": ["基本目標２", "新しいひとの", "流れをつくる"],
    "3": ["基本目標３", "結婚・出産・子育て", "の希望をかなえる"],
    "4": ["基本目標４", "時代に合った地域", "をつくり、安心な", "くらしを守る"],
}
# (No, 基本目標, KPI, 単位, 基準年度, 基準値, R4, R5, R6, 目標値（R7）, 進捗率, 評価)
_OBAMA_KPI = [
    ("1", "1", "新規創業件数（累計）", "件", "H30", "0", "18", "26", "33", "40", "82.5", "○"),
    ("2", "1", "水産業の新規就業者数（累計）", "人", "H30", "0", "6", "9", "13", "15", "86.7", "○"),
    ("3", "1", "小浜港の水揚金額", "百万円", "H30", "1,284", "1,196", "1,152", "1,218", "1,400", "－", "×"),
    ("4", "1", "企業誘致・増設件数（累計）", "件", "R1", "0", "2", "3", "5", "5", "100.0", "◎"),
    ("5", "2", "観光入込客数", "万人", "H30", "171.5", "118.2", "142.6", "158.9", "190.0", "－", "×"),
    ("6", "2", "宿泊者数", "千人", "H30", "187.3", "142.0", "168.4", "181.6", "210.0", "－", "×"),
    ("7", "2", "移住相談件数", "件", "H30", "96", "154", "171", "188", "150", "170.4", "◎"),
    ("8", "2", "ふるさと納税寄附件数", "件", "H30", "3,412", "9,860", "12,475", "14,208", "10,000", "163.9", "◎"),
    ("9", "2", "社会増減数（転入者数－転出者数）", "人", "H30", "△186", "△142", "△121", "△98", "△50", "64.7", "○"),
    ("10", "3", "合計特殊出生率", "－", "H30", "1.62", "1.55", "1.51", "1.49", "1.80", "－", "×"),
    ("11", "3", "子育て支援に満足している市民の割合", "％", "R1", "52.4", "55.8", "57.1", "60.3", "65.0", "62.7", "○"),
    ("12", "3", "放課後児童クラブの待機児童数", "人", "H30", "14", "6", "3", "0", "0", "100.0", "◎"),
    ("13", "3", "縁結び事業によるカップル成立数（累計）", "組", "H30", "0", "21", "29", "34", "50", "68.0", "○"),
    ("14", "4", "自主防災組織の活動カバー率", "％", "H30", "78.6", "85.2", "87.9", "89.4", "95.0", "65.9", "○"),
    ("15", "4", "市営バスの年間利用者数", "千人", "H30", "214", "168", "175", "181", "240", "－", "×"),
    ("16", "4", "オンラインで申請できる行政手続の数", "件", "R5", "38", "－", "38", "64", "100", "41.9", "△"),
    ("17", "4", "空き家バンクの成約件数（累計）", "件", "H30", "0", "24", "35", "47", "60", "78.3", "○"),
]
# column widths (points) of No.｜基本目標｜KPI｜単位｜基準年度｜基準値｜R4｜R5｜R6｜目標値｜進捗率｜評価
_OBAMA_W = [26, 96, 200, 46, 44, 60, 56, 56, 56, 62, 52, 38]


def _obama_header(pdf: PdfPage, left: float, top: float) -> float:
    xs = [left]
    for w in _OBAMA_W[:-1]:
        xs.append(xs[-1] + w)
    both = {0: "No.", 1: "基本目標", 2: "重要業績評価指標（KPI）", 3: "単位", 4: "基準年度", 5: "基準値"}
    for i, label in both.items():
        pdf.box(xs[i], top, _OBAMA_W[i], 32, fill=0.85)
        pdf.center(xs[i] + _OBAMA_W[i] / 2, top + 19, label, 8, GOTHIC)
    pdf.box(xs[6], top, sum(_OBAMA_W[6:9]), 16, fill=0.85)
    pdf.center(xs[6] + sum(_OBAMA_W[6:9]) / 2, top + 11, "実績値", 8, GOTHIC)
    for i, label in zip((6, 7, 8), ("R4", "R5", "R6")):
        pdf.box(xs[i], top + 16, _OBAMA_W[i], 16, fill=0.85)
        pdf.center(xs[i] + _OBAMA_W[i] / 2, top + 27, label, 8, GOTHIC)
    for i, (h1, h2) in zip((9, 10), (("目標値", "（R7）"), ("進捗率", "（％）"))):
        pdf.box(xs[i], top, _OBAMA_W[i], 32, fill=0.85)
        pdf.center(xs[i] + _OBAMA_W[i] / 2, top + 13, h1, 8, GOTHIC)
        pdf.center(xs[i] + _OBAMA_W[i] / 2, top + 25, h2, 7.5, GOTHIC)
    pdf.box(xs[11], top, _OBAMA_W[11], 32, fill=0.85)
    pdf.center(xs[11] + _OBAMA_W[11] / 2, top + 19, "評価", 8, GOTHIC)
    return top + 32


def _obama_rows(pdf: PdfPage, left: float, top: float, rows: list[tuple], continued: bool) -> float:
    xs = [left]
    for w in _OBAMA_W[:-1]:
        xs.append(xs[-1] + w)
    heights = [32 if len(r[2]) > 15 else 22 for r in rows]
    # the 基本目標 cell spans the rows of its goal on this page
    start = top
    i = 0
    while i < len(rows):
        goal = rows[i][1]
        j = i
        while j < len(rows) and rows[j][1] == goal:
            j += 1
        h = sum(heights[i:j])
        pdf.box(xs[1], start, _OBAMA_W[1], h)
        label = list(_OBAMA_GOALS[goal])
        if continued and i == 0:
            label[0] += "（続き）"
        _lines(pdf, xs[1] + 4, start + 13, label, 7.8, 12)
        start += h
        i = j
    for r, h in zip(rows, heights):
        no, _, name, unit, year, *figs, mark = r
        for c, w in enumerate(_OBAMA_W):
            if c != 1:
                pdf.box(xs[c], top, w, h)
        y = top + 14
        pdf.center(xs[0] + _OBAMA_W[0] / 2, y, no, 8.3)
        if h > 22:                                   # a long name wraps inside its cell
            cut = 12
            pdf.text(xs[2] + 4, y, name[:cut], 8.3)
            pdf.text(xs[2] + 4, y + 12, name[cut:], 8.3)
        else:
            pdf.text(xs[2] + 4, y, name, 8.3)
        pdf.center(xs[3] + _OBAMA_W[3] / 2, y, unit, 8.3)
        pdf.center(xs[4] + _OBAMA_W[4] / 2, y, year, 8.3)
        for c, v in zip(range(5, 11), figs):
            pdf.right(xs[c] + _OBAMA_W[c] - 4, y, v, 8.3)
        pdf.center(xs[11] + _OBAMA_W[11] / 2, y, mark, 9, GOTHIC)
        top += h
    return top


def obama_sogo_senryaku_kpi_pdf(out: Path) -> Path:
    """福井県小浜市 第２期まち・ひと・しごと創生総合戦略 KPI の進捗状況（令和６年度実績） (PDF, A4 landscape, 2 pages): one
    ruled table over both pages, **its two-row header (実績値 over R4｜R5｜R6, 目標値（R7）, 進捗率（％）) repeated on page
    2**, the 基本目標 cell merged down the rows of each page (「基本目標２（続き）」 at the top of page 2), the unit in a
    column of its own, 基準年度 as H30 / R1 / R5, 「－」 for a 進捗率 where the value fell and for a year not measured,
    ◎○△× marks; legend notes and a 総括 paragraph below the table on page 2."""
    pdf = PdfPage(out / "obama_dai2ki_sogo_senryaku_kpi_shinchoku_r6.pdf",
                  title="第２期小浜市まち・ひと・しごと創生総合戦略 KPIの進捗状況", author="小浜市 企画部 総合政策課",
                  landscape=True)
    left = 24
    pdf.text(left, 36, "第２期小浜市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況", 13, GOTHIC)
    pdf.text(left, 54, "令和６年度実績　（令和７年９月　小浜市総合戦略推進会議　資料２）", 8.5)
    pdf.right(pdf.W - 24, 54, "計画期間：令和２年度～令和７年度", 8.5)
    top = _obama_header(pdf, left, 64)
    _obama_rows(pdf, left, top, _OBAMA_KPI[:7], continued=False)
    pdf.right(pdf.W - 24, pdf.H - 20, "― 1 ―", 8)
    pdf.page()

    pdf.text(left, 36, "重要業績評価指標（KPI）の進捗状況（つづき）", 11, GOTHIC)
    top = _obama_header(pdf, left, 48)
    top = _obama_rows(pdf, left, top, _OBAMA_KPI[7:], continued=True)
    top = _lines(pdf, left + 4, top + 16, [
        "※1　進捗率＝（令和６年度実績値－基準値）÷（目標値－基準値）×100。実績値が基準値を下回る指標は進捗率を「－」としています。",
        "※2　評価　◎：目標達成（進捗率100％以上）　○：順調（50％以上）　△：やや遅れ（50％未満）　×：基準値より悪化",
        "※3　No.16は令和５年度に追加した指標のため、令和４年度の実績値はありません。"], 7.5, 12)
    pdf.text(left, top + 14, "【総括と今後の方向性】", 9.5, GOTHIC)
    _lines(pdf, left + 8, top + 30, [
        "17指標のうち、目標を達成した指標（◎）は４、順調（○）は７、やや遅れ（△）は１、基準値より悪化（×）は５でした。",
        "観光入込客数と宿泊者数は回復しつつあるものの、いずれも基準値を下回っています。今後は、内外海地区や田烏地区の漁村",
        "体験と食を組み合わせた滞在型観光を強化し、宿泊者数の回復を図ります。",
        "合計特殊出生率は低下が続いていることから、第３期戦略では結婚・出産・子育ての切れ目ない支援を最重点とします。"],
        8.5, 14)
    pdf.right(pdf.W - 24, pdf.H - 20, "― 2 ―", 8)
    pdf.page()
    return pdf.save()


# ---------------------------------------------------------------- 2. 総合計画 実施計画 (XLSX, three sheets)

_OWASE_SYSTEM = [
    ("基本目標１　海と山の恵みを活かした産業のまち", [("１－１", "水産業の振興", "水産農林課"),
                                                     ("１－２", "林業・木材産業の振興", "水産農林課"),
                                                     ("１－３", "観光・交流の推進", "商工観光課")]),
    ("基本目標２　安心して暮らせる健康と福祉のまち", [("２－１", "地域医療の確保", "健康づくり課"),
                                                      ("２－２", "子育て支援の充実", "福祉保健課")]),
    ("基本目標３　災害に強く快適なまち", [("３－１", "防災・減災対策の推進", "防災危機管理課"),
                                          ("３－２", "地域交通の確保", "政策調整課")]),
]
# 施策番号 -> [(事業名, 区分, 総合戦略, 事業概要, R8, R9, R10)]   amounts in 千円, None printed 「－」
_OWASE_WORKS = {
    "１－１": [("九鬼漁港海岸保全施設整備事業", "継続", "", "防潮堤の嵩上げと護岸の補修を行う。", 48600, 52300, 30100),
             ("尾鷲ぶり販路拡大支援事業", "拡充", "○", "首都圏の飲食店向けの商談会と産地見学ツアーを開催する。",
              6200, 6200, 6200),
             ("漁業担い手育成事業", "新規", "○", "新規就業者の研修期間中の生活費を補助する。", 4800, 5400, 5400)],
    "１－２": [("尾鷲ヒノキ利用促進事業", "継続", "○", "市内の住宅新築・リフォームでの尾鷲ヒノキ使用を補助する。",
              12500, 12500, 12500),
             ("森林経営管理推進事業", "拡充", "", "所有者の意向調査を終えた森林の間伐を市が代行する。", 21340, 23800, 23800)],
    "１－３": [("三木里海岸キャンプ場改修事業", "新規", "○", "炊事棟・トイレを改修し、オートキャンプサイトを新設する。",
              18900, 42600, None),
             ("八鬼山越え歩道整備事業", "継続", "", "石畳の補修と案内板の更新を行う。", 3300, 3300, 3300),
             ("観光デジタル案内整備事業", "新規", "○", "主要観光地に多言語対応のデジタル案内板を設置し、周遊情報を配信する。",
              7700, 2100, 2100)],
    "２－１": [("輪内地区診療所運営事業", "継続", "", "賀田・三木里・古江地区の住民が通う診療所を運営する。",
              31200, 31500, 31800),
             ("遠隔診療導入支援事業", "新規", "○", "診療所と市外の病院をつなぐオンライン診療の機器を整備する。",
              9600, 3200, 3200)],
    "２－２": [("子ども医療費助成事業", "拡充", "○", "助成の対象を18歳到達年度末まで拡大する。", 44100, 44800, 45200),
             ("ファミリー・サポート・センター運営事業", "継続", "○", "子育ての援助を受けたい人と行いたい人をつなぐ。",
              2600, 2600, 2600),
             ("放課後児童クラブ施設整備事業", "新規", "○", "老朽化したクラブ室を小学校の余裕教室へ移す。", 26400, None, None)],
    "３－１": [("須賀利地区避難路整備事業", "継続", "", "高台へ通じる避難路の拡幅と手すりの設置を行う。", 15800, 22100, 9900),
             ("九鬼漁港海岸保全施設整備事業", "再掲", "", "（１－１に掲載）", 48600, 52300, 30100),
             ("防災行政無線デジタル化事業", "拡充", "", "同報系無線をデジタル方式に更新し、戸別受信機を配布する。",
              64500, 58200, None)],
    "３－２": [("須賀利巡航船運航事業", "継続", "", "須賀利地区と市街地を結ぶ巡航船を運航する。", 14200, 14500, 14800),
             ("デマンド交通実証運行事業", "新規", "○", "輪内地区（賀田・三木里・古江）で予約型の乗合交通を試行する。",
              8800, 8800, 8800)],
}
# (施策番号, 成果指標, 単位, 現状値, 現状値の年度, 目標値（令和10年度）, 備考)
_OWASE_KPI = [
    ("１－１", "漁業就業者数", "人", 312, "令和６年度", 300, "減少幅を抑える目標"),
    ("１－２", "市有林の間伐面積", "ha／年", 85, "令和６年度", 120, ""),
    ("１－３", "観光入込客数", "千人", 452, "令和６年", 500, "暦年"),
    ("２－１", "輪内地区の診療所の受診者数", "人／年", 6840, "令和５年度", 7000, "延べ人数"),
    ("２－２", "放課後児童クラブの待機児童数", "人", 5, "令和６年度", 0, "４月１日現在"),
    ("３－１", "避難路の整備率", "％", 62.5, "令和６年度", 85.0, "整備済延長÷計画延長"),
    ("３－２", "巡航船・デマンド交通の年間利用者数", "人", 9120, "令和５年度", 10500, ""),
]


def owase_jisshi_keikaku_xlsx(out: Path) -> Path:
    """三重県尾鷲市 第７次総合計画 実施計画（令和８年度～令和10年度） (XLSX, 3 sheets): 施策体系 (基本目標 merged
    down its 施策 rows, 施策番号 in 全角 「１－１」, 担当課); 主な事業 (**事業費（千円） merged over 令和８年度｜令和９年度｜
    令和10年度｜３か年計**, 施策 merged down its 事業 rows, 区分 新規/拡充/継続/**再掲**, ○ under 総合戦略, 事業概要 text
    wrapped, 「－」 for a year without cost, a 小計 row per 施策 and a 合計 row that leave the 再掲 row out, a ※ note);
    成果指標 (現状値 with its 年度 in a column of its own — 令和５年度, 令和６年度 and a 暦年 令和６年 —, 目標値（令和10年度）,
    one target below its 現状値)."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = openpyxl.Workbook()
    bold = Font(bold=True)
    shade = PatternFill("solid", fgColor="E2EFDA")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    yen = '#,##0;"△"#,##0'

    ws = wb.active
    ws.title = "施策体系"
    ws["A1"] = "尾鷲市第７次総合計画　実施計画（令和８年度～令和10年度）　施策体系"
    ws["A1"].font = Font(bold=True, size=13)
    for c, h in enumerate(["基本目標", "施策番号", "施策", "担当課"], 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font, cell.fill, cell.alignment = bold, shade, center
    r = 4
    for goal, measures in _OWASE_SYSTEM:
        ws.cell(row=r, column=1, value=goal).alignment = wrap
        ws.merge_cells(start_row=r, start_column=1, end_row=r + len(measures) - 1, end_column=1)
        for no, name, section in measures:
            ws.cell(row=r, column=2, value=no).alignment = center
            ws.cell(row=r, column=3, value=name)
            ws.cell(row=r, column=4, value=section)
            r += 1
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["C"].width = 24
    ws.column_dimensions["D"].width = 16

    ws = wb.create_sheet("主な事業")
    ws["A1"] = "主な事業と事業費"
    ws["A1"].font = Font(bold=True, size=13)
    ws["J2"] = "（単位：千円）"
    heads = [("A", "施策"), ("B", "No."), ("C", "事業名"), ("D", "区分"), ("E", "総合戦略"), ("F", "事業概要")]
    for col, h in heads:
        ws.merge_cells(f"{col}3:{col}4")
        ws[f"{col}3"] = h
    ws.merge_cells("G3:J3")
    ws["G3"] = "事業費（千円）"
    ws["G4"], ws["H4"], ws["I4"], ws["J4"] = "令和８年度", "令和９年度", "令和10年度", "３か年計"
    ws.merge_cells("K3:K4")
    ws["K3"] = "担当課"
    for row in ws["A3:K4"]:
        for cell in row:
            cell.font, cell.fill, cell.alignment = bold, shade, center
    sections = {no: (name, section) for _, ms in _OWASE_SYSTEM for no, name, section in ms}
    r, n = 5, 0
    total = [0, 0, 0]
    for no, works in _OWASE_WORKS.items():
        name, section = sections[no]
        ws.cell(row=r, column=1, value=f"{no}\n{name}").alignment = wrap
        ws.merge_cells(start_row=r, start_column=1, end_row=r + len(works), end_column=1)
        sub = [0, 0, 0]
        for work, kind, senryaku, summary, *years in works:
            n += 1
            ws.cell(row=r, column=2, value=n)
            ws.cell(row=r, column=3, value=work).alignment = wrap
            ws.cell(row=r, column=4, value=kind).alignment = center
            ws.cell(row=r, column=5, value=senryaku or None).alignment = center
            ws.cell(row=r, column=6, value=summary).alignment = wrap
            for c, v in zip((7, 8, 9), years):
                cell = ws.cell(row=r, column=c, value=v if v is not None else "－")
                cell.number_format = yen
                cell.alignment = Alignment(horizontal="right")
            ws.cell(row=r, column=10, value=sum(v or 0 for v in years)).number_format = yen
            ws.cell(row=r, column=11, value=section)
            if kind != "再掲":
                sub = [s + (v or 0) for s, v in zip(sub, years)]
            r += 1
        ws.cell(row=r, column=3, value="小計").font = bold
        for c, v in zip((7, 8, 9, 10), sub + [sum(sub)]):
            cell = ws.cell(row=r, column=c, value=v)
            cell.number_format, cell.font = yen, bold
        total = [t + s for t, s in zip(total, sub)]
        r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(row=r, column=1, value="合計").font = bold
    for c, v in zip((7, 8, 9, 10), total + [sum(total)]):
        cell = ws.cell(row=r, column=c, value=v)
        cell.number_format, cell.font = yen, bold
    ws.cell(row=r + 1, column=1, value="※区分の「再掲」は他の施策に掲載した事業を再び掲げたもので、小計・合計には含めていません。")
    ws.cell(row=r + 2, column=1, value="※総合戦略欄の○は、まち・ひと・しごと創生総合戦略に位置付けた事業です。")
    for col, w in (("A", 18), ("C", 30), ("F", 40), ("K", 14)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("成果指標")
    ws["A1"] = "施策の成果指標"
    ws["A1"].font = Font(bold=True, size=13)
    for c, h in enumerate(["施策番号", "成果指標", "単位", "現状値", "現状値の年度", "目標値（令和10年度）", "備考"], 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font, cell.fill, cell.alignment = bold, shade, center
    for r, (no, name, unit, now, year, goal, note) in enumerate(_OWASE_KPI, 4):
        ws.cell(row=r, column=1, value=no)
        ws.cell(row=r, column=2, value=name)
        ws.cell(row=r, column=3, value=unit)
        fmt = "0.0" if isinstance(now, float) else "#,##0"
        ws.cell(row=r, column=4, value=now).number_format = fmt
        ws.cell(row=r, column=5, value=year)
        ws.cell(row=r, column=6, value=goal).number_format = fmt
        ws.cell(row=r, column=7, value=note or None)
    ws.column_dimensions["B"].width = 34
    ws.column_dimensions["F"].width = 20
    path = out / "owase_dai7ji_sogo_keikaku_jisshi_keikaku_r8_r10.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 3. 当初予算の概要 (PDF, side-by-side tables, cards)

# (会計, 令和８年度, 令和７年度) in 千円; rows starting "　" are 計 rows printed in Gothic
_YOSANO_FUNDS = [
    ("一般会計", 11842000, 11356000),
    ("国民健康保険事業特別会計", 2184300, 2251600),
    ("後期高齢者医療特別会計", 498700, 472900),
    ("介護保険事業特別会計", 3126500, 3098200),
    ("特別会計　計", 5809500, 5822700),
    ("水道事業会計", 1072400, 1145800),
    ("下水道事業会計", 1865200, 1790100),
    ("企業会計　計", 2937600, 2935900),
    ("合　計", 20589100, 20114600),
]
_YOSANO_IN = [
    ("町税", 1824600, 1801300), ("地方交付税", 5120000, 5020000), ("国庫支出金", 1386200, 1254800),
    ("府支出金", 842500, 815600), ("町債", 1218700, 1096300), ("繰入金", 562000, 620000), ("その他", 888000, 748000),
]
_YOSANO_OUT = [
    ("議会費", 118400, 116900), ("総務費", 1486200, 1512400), ("民生費", 3412800, 3288100),
    ("衛生費", 1105600, 1062300), ("農林水産業費", 512300, 498800), ("商工費", 648900, 571200),
    ("土木費", 1162400, 1098600), ("消防費", 486700, 472500), ("教育費", 1308500, 1180900),
    ("公債費", 1560200, 1514300), ("災害復旧費・予備費", 40000, 40000),
]
# 分野 -> [(title, lines)]: cards set two to a row
_YOSANO_CARDS = [
    ("◆子育て・教育", [
        ("【新規】加悦地域子育て支援センター整備事業", ["事業費　86,400千円（前年度　－）",
                                                "財源　国庫支出金28,800　町債48,600",
                                                "旧加悦保育所を改修し、子育て支援センター",
                                                "を開設します。　　担当：子育て応援課"]),
        ("【拡充】学校給食費無償化事業", ["事業費　62,750千円（前年度　31,200千円）",
                                   "財源　一般財源62,750",
                                   "無償化の対象を小学生から中学生まで広げ",
                                   "ます。　　　　　　担当：教育総務課"]),
    ]),
    ("◆産業振興", [
        ("【拡充】織物業後継者育成支援事業", ["事業費　14,800千円（前年度　9,600千円）",
                                      "財源　府支出金4,900　一般財源9,900",
                                      "織物の技術を学ぶ研修生に月額15万円を",
                                      "最長２年間支給します。　担当：商工観光課"]),
        ("【新規】野田川流域農地集積促進事業", ["事業費　7,260千円（前年度　－）",
                                         "財源　府支出金3,630　一般財源3,630",
                                         "担い手への農地の集積に協力金を交付し",
                                         "ます。　　　　　　担当：農林課"]),
        ("加悦地区町並み保存事業", ["事業費　24,500千円（前年度　22,000千円）",
                               "財源　国庫支出金12,250　一般財源12,250",
                               "伝統的建造物の修理・修景を補助します。",
                               "　　　　　　　　　担当：社会教育課"]),
    ]),
    ("◆防災・くらし", [
        ("【拡充】三河内地区雨水排水対策事業", ["事業費　118,300千円（前年度　64,000千円）",
                                         "財源　町債106,400　一般財源11,900",
                                         "浸水被害が続く地区に排水ポンプ場を整備",
                                         "します。　　　　　担当：建設課"]),
        ("町道岩滝線道路改良事業", ["事業費　95,600千円（前年度　102,400千円）",
                               "財源　国庫支出金52,580　町債43,020",
                               "歩道の設置と交差点の改良を行います。",
                               "　　　　　　　　　担当：建設課"]),
    ]),
    ("◆健康・福祉", [
        ("【新規】高齢者補聴器購入費助成事業", ["事業費　3,000千円（前年度　－）",
                                         "財源　一般財源3,000",
                                         "65歳以上の方の補聴器購入費を上限３万円",
                                         "助成します。　　　担当：福祉課"]),
        ("健康ポイント事業", ["事業費　2,180千円（前年度　2,180千円）",
                          "財源　一般財源2,180",
                          "健診受診やウォーキングにポイントを付与",
                          "します。　　　　　担当：保健課"]),
    ]),
]


def _yosano_side_table(pdf: PdfPage, x: float, top: float, title: str, rows: list[tuple[str, int, int]]) -> float:
    cols = [92, 66, 40, 52]
    total_now = sum(r[1] for r in rows)
    total_before = sum(r[2] for r in rows)
    pdf.text(x, top, title, 9.5, GOTHIC)
    top += 8
    for w, h, xx in zip(cols, ["款", "予算額", "構成比", "前年度比"], [x, x + 92, x + 158, x + 198]):
        pdf.box(xx, top, w, 16, fill=0.88)
        pdf.center(xx + w / 2, top + 11, h, 7.8, GOTHIC)
    top += 16
    for name, now, before in rows + [("歳入合計" if "歳入" in title else "歳出合計", total_now, total_before)]:
        font = GOTHIC if "合計" in name else MINCHO
        for w, xx in zip(cols, [x, x + 92, x + 158, x + 198]):
            pdf.box(xx, top, w, 15)
        pdf.text(x + 3, top + 10.5, name, 7.8, font)
        pdf.right(x + 92 + 66 - 3, top + 10.5, f"{now:,}", 7.8, font)
        pdf.right(x + 158 + 40 - 3, top + 10.5, f"{now / total_now * 100:.1f}", 7.8, font)
        pdf.right(x + 198 + 52 - 3, top + 10.5, _pct(now, before), 7.8, font)
        top += 15
    return top


def yosano_tosho_yosan_gaiyo_pdf(out: Path) -> Path:
    """京都府与謝野町 令和８年度当初予算の概要 (PDF, portrait, 2 pages): page 1 予算編成の基本方針 prose, a 会計別 table
    (令和８年度｜令和７年度｜増減額｜増減率, 「（単位：千円、％）」 as a note, △ for falls, 計 rows for 特別会計 and
    企業会計, 合計), then **the 一般会計 歳入 (款別) and 歳出 (目的別) tables set side by side** (予算額｜構成比｜前年度比, the
    same note), so their rows share printed lines; page 2 **boxed cards of 主な事業 in two columns** under 分野 heads, a
    【新規】/【拡充】 tag before the name (three cards without a tag), 事業費 with 千円 in the line and the
    前年度 amount in parentheses, 財源, a sentence and the 担当課."""
    pdf = PdfPage(out / "yosano_r8_tosho_yosan_gaiyo.pdf", title="令和８年度 与謝野町当初予算の概要",
                  author="与謝野町 企画財政課")
    pdf.center(PAGE_W / 2, 50, "令和８年度　与謝野町当初予算の概要", 16, GOTHIC)
    pdf.right(PAGE_W - 40, 70, "令和８年２月　与謝野町 企画財政課", 8.5)
    pdf.text(40, 96, "１　予算編成の基本方針", 11, GOTHIC)
    top = _lines(pdf, 48, 114, [
        "人口減少と物価高騰が続くなか、第３次与謝野町総合計画の後期基本計画の２年目として予算を編成しました。",
        "歳出全般の徹底した見直しを行う一方、子育て世帯の定住促進と地場産業である織物業の振興に予算を重点配分",
        "しました。また、三河内地区の浸水対策など、町民の安全に直結する事業は前倒しで実施します。"], 8.8, 14)
    pdf.text(40, top + 18, "２　会計別予算額", 11, GOTHIC)
    pdf.right(PAGE_W - 40, top + 18, "（単位：千円、％）", 8)
    top += 28
    xs = [40, 230, 320, 410, 480]
    widths = [190, 90, 90, 70, 75]
    for x, w, h in zip(xs, widths, ["会計", "令和８年度", "令和７年度", "増減額", "増減率"]):
        pdf.box(x, top, w, 17, fill=0.88)
        pdf.center(x + w / 2, top + 12, h, 8.3, GOTHIC)
    top += 17
    for name, now, before in _YOSANO_FUNDS:
        font = GOTHIC if "計" in name else MINCHO
        for x, w in zip(xs, widths):
            pdf.box(x, top, w, 16)
        pdf.text(xs[0] + (14 if "　計" in name else 4), top + 11.5, name, 8.3, font)
        for x, w, v in zip(xs[1:], widths[1:], [f"{now:,}", f"{before:,}", _amt(now - before), _pct(now, before)]):
            pdf.right(x + w - 4, top + 11.5, v, 8.3, font)
        top += 16
    _lines(pdf, 44, top + 12, ["※水道事業会計・下水道事業会計は収益的支出と資本的支出の合計額です。"], 7.5)

    top += 40
    pdf.text(40, top, "３　一般会計の歳入・歳出", 11, GOTHIC)
    pdf.right(PAGE_W - 40, top, "（単位：千円、％）", 8)
    top += 20
    _yosano_side_table(pdf, 40, top, "歳入（款別）", _YOSANO_IN)
    bottom = _yosano_side_table(pdf, 305, top, "歳出（目的別）", _YOSANO_OUT)
    _lines(pdf, 44, bottom + 12, ["※構成比は合計に対する割合、前年度比は令和７年度当初予算に対する増減率です。"], 7.5)
    pdf.right(PAGE_W - 40, PAGE_H - 28, "－１－", 8)
    pdf.page()

    pdf.text(40, 50, "４　主な事業", 11, GOTHIC)
    pdf.text(48, 66, "【新規】令和８年度から始める事業　【拡充】内容を広げる事業", 7.8)
    top = 84
    for field, cards in _YOSANO_CARDS:
        pdf.text(40, top + 4, field, 10, GOTHIC)
        top += 14
        for i in range(0, len(cards), 2):
            pair = cards[i:i + 2]
            heights = [pdf.framed_box(40 + 262 * k, top, 252, title, lines, 7.8, 12.5)
                       for k, (title, lines) in enumerate(pair)]
            top += max(heights) + 10
        top += 4
    pdf.right(PAGE_W - 40, PAGE_H - 28, "－２－", 8)
    pdf.page()
    return pdf.save()


# ---------------------------------------------------------------- 4. 政策展開方針 (DOCX)

_NISHIAWAKURA_PROJECTS = [
    ("重点プロジェクト１　森のしごと継承プロジェクト",
     "村の面積の約９割を占める森林を次の世代へ引き継ぐため、林業の担い手を育て、木材を村内で加工・販売する仕組みを強めます。",
     ["☑ 林業研修生受入事業（新規）", "☑ 高性能林業機械の導入支援（拡充）", "☐ 木材加工団地の再編"],
     "産業観光課",
     [("村有林の間伐面積（年間）", "４２ha", "５８ha", "８０ha"),
      ("林業従事者数", "２８人", "３３人", "４０人")]),
    ("重点プロジェクト２　村の起業応援プロジェクト",
     "村で事業を起こしたい人を呼び込み、起業後も村ぐるみで支えることで、若い世代の働く場を増やします。",
     ["☑ 起業型地域おこし協力隊の募集（拡充）", "☑ 影石地区シェアオフィスの開設（新規）", "☐ 起業家向け村営住宅の整備"],
     "地方創生推進室",
     [("村内での新規起業件数（累計）", "０件", "１１件", "２０件"),
      ("地域おこし協力隊の定着率", "62.5％（R3）", "71.4％", "75.0％")]),
    ("重点プロジェクト３　子育て・移住の村づくりプロジェクト",
     "子育て世帯が住み続けたいと思える環境を整え、村外からの移住の受け皿となる住まいを確保します。",
     ["☑ 大茅地区定住住宅の建設（新規）", "☑ 保育料の完全無償化", "☑ 村営学習塾の運営（拡充）",
      "☐ 筏津地区の空き家改修支援"],
     "保健福祉課・教育委員会",
     [("年少人口（０～14歳）", "１８２人", "１７６人", "１９０人"),
      ("転入者数（年間）", "６４人", "７１人", "８０人")]),
    ("重点プロジェクト４　再生可能エネルギー自給プロジェクト",
     "木質バイオマスと小水力を柱に、村で使うエネルギーを村でつくり、エネルギー代金の村外流出を減らします。",
     ["☑ 木質バイオマス熱供給の拡大（拡充）", "☑ 小水力発電所の改修", "☐ 知社地区マイクログリッド構想（新規）"],
     "産業観光課",
     [("再生可能エネルギー自給率（電力）", "34.0％", "41.2％", "60.0％")]),
]


def nishiawakura_seisaku_tenkai_hoshin_docx(out: Path) -> Path:
    """岡山県西粟倉村 令和８年度 政策展開方針 (DOCX): Title; Heading 1 per 章; 目的 prose; 課題 as List Bullet; four
    重点プロジェクト as Heading 2, each with **a two-column key-value table** (ねらい｜主な取組｜担当) whose 主な取組 cell
    holds ☑ (実施) / ☐ (検討) lines with （新規）/（拡充） after the name, and a KPI table 指標｜基準値（令和２年度）｜実績
    （令和６年度）｜目標値（令和12年度） whose values carry **全角 digits and the unit in the cell**, one 基準値 with （R3）;
    a short 分野別 table after; no amount of money anywhere."""
    import docx

    d = docx.Document()
    d.add_heading("令和８年度　西粟倉村政策展開方針", level=0)
    d.add_paragraph("～重点プロジェクトとその指標～")
    d.add_paragraph("令和８年４月　西粟倉村 総務企画課")
    d.add_heading("１　方針の目的", level=1)
    d.add_paragraph("本方針は、第６次西粟倉村総合計画の後期基本計画に掲げる施策のうち、令和８年度に特に力を入れて取り組む"
                    "重点プロジェクトと、その成果を測る指標を村民の皆さんに明らかにするものです。")
    d.add_heading("２　現状と課題", level=1)
    for line in ["林業の担い手の高齢化により、村有林の間伐が計画どおりに進んでいないことが最大の課題です。",
                 "移住者は増えていますが、子育て世帯向けの住まいが不足し、転入の希望に応えられていません。",
                 "地域おこし協力隊の任期後に村に残る人の割合は上がってきたものの、起業した事業の継続支援が必要です。",
                 "灯油・電気代の高騰で、村外へ支払うエネルギー代金が増えています。"]:
        d.add_paragraph(line, style="List Bullet")
    d.add_heading("３　重点プロジェクト", level=1)
    d.add_paragraph("主な取組の☑は令和８年度に実施する取組、☐は検討段階の取組です。（新規）は令和８年度に始める取組、"
                    "（拡充）は内容を広げる取組を示します。")
    for title, aim, items, section, kpis in _NISHIAWAKURA_PROJECTS:
        d.add_heading(title, level=2)
        t = d.add_table(rows=3, cols=2)
        t.style = "Table Grid"
        for r, (k, v) in enumerate([("ねらい", aim), ("主な取組", "\n".join(items)), ("担当", section)]):
            t.rows[r].cells[0].text = k
            t.rows[r].cells[1].text = v
        d.add_paragraph("【成果指標】")
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for c, h in enumerate(["指標", "基準値（令和２年度）", "実績（令和６年度）", "目標値（令和12年度）"]):
            t.rows[0].cells[c].text = h
        for row in kpis:
            cells = t.add_row().cells
            for c, v in enumerate(row):
                cells[c].text = v
    d.add_heading("４　分野別の主な取組（重点プロジェクト以外）", level=1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in enumerate(["分野", "取組", "区分"]):
        t.rows[0].cells[c].text = h
    for row in [("福祉", "高齢者見守りネットワーク事業", "継続"), ("教育", "小中一貫教育の推進", "拡充"),
                ("防災", "坂根地区急傾斜地崩壊対策", "継続"), ("交通", "村営バスのダイヤ見直し", "継続")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            cells[c].text = v
    d.add_heading("５　推進体制", level=1)
    d.add_paragraph("村長を本部長とする政策推進会議が四半期ごとに進捗を確認し、年度末に成果指標の実績を公表します。")
    path = out / "nishiawakura_r8_seisaku_tenkai_hoshin.docx"
    d.save(str(path))
    return path


# ---------------------------------------------------------------- 5. 観光振興計画 (HTML)

# (区分, 観光地点, 令和４年, 令和５年, 令和６年) in 千人
_MANNO_VISITORS = [
    ("自然・公園", "満濃池周辺", "312", "348", "365"),
    ("自然・公園", "国営讃岐まんのう公園", "402", "438", "451"),
    ("温泉・施設", "琴南地区の観光施設", "88", "92", "97"),
    ("温泉・施設", "仲南地区の観光施設", "54", "58", "61"),
]
# (基本方針, [(取組, 新規, 重点)])
_MANNO_MEASURES = [
    ("基本方針１　満濃池を核とした周遊の促進", [
        ("満濃池周遊サイクリングルート整備", "●", "●"), ("満濃池ほとりの休憩施設リニューアル", "", ""),
        ("ため池の歴史ガイド養成講座", "●", "")]),
    ("基本方針２　滞在型観光への転換", [
        ("農家民泊・古民家宿泊の開業支援", "", "●"), ("帆山地区星空観察ツアー", "●", ""),
        ("公園の夜間イベントと連携した宿泊プラン", "", "")]),
    ("基本方針３　食と特産品による稼ぐ力の向上", [
        ("まんのうジビエ商品開発支援", "●", "●"), ("塩入温泉の日帰り入浴プラン造成", "", ""),
        ("特産品直売所の販売強化", "", "●")]),
    ("基本方針４　受入環境の整備と情報発信", [
        ("観光ホームページ・ＳＮＳの刷新", "", ""), ("観光協会と連携した観光地域づくり法人の設立検討", "●", "")]),
]


def manno_kanko_shinko_keikaku_html(out: Path) -> Path:
    """香川県まんのう町 第２次観光振興計画（令和８年度～令和12年度） 概要 (HTML, UTF-8): header, nav, breadcrumb; 目的
    prose; a 観光入込客数 table in 千人 by **暦年** (令和４年｜５年｜６年) with a rowspan 区分 column and a 合計 row; 課題
    as `<ul>`; a 主な取組 table with 基本方針 in rowspan cells and **● marks under 新規｜重点**; a 数値目標 table with the
    unit inside each value and 「－」 for a 現状値 that does not exist yet."""
    rows = []
    for i, (kind, place, *years) in enumerate(_MANNO_VISITORS):
        head = f'<th rowspan="2">{kind}</th>' if i % 2 == 0 else ""
        rows.append(f"<tr>{head}<td>{place}</td>" + "".join(f'<td class="num">{y}</td>' for y in years) + "</tr>")
    totals = [sum(int(r[k]) for r in _MANNO_VISITORS) for k in (2, 3, 4)]
    visitors = "\n".join(rows)
    measures = []
    for policy, items in _MANNO_MEASURES:
        for i, (item, new, key) in enumerate(items):
            head = f'<th rowspan="{len(items)}">{policy}</th>' if i == 0 else ""
            measures.append(f'<tr>{head}<td>{item}</td><td class="mark">{new}</td><td class="mark">{key}</td></tr>')
    measure_rows = "\n".join(measures)
    html = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第２次まんのう町観光振興計画の概要 | まんのう町</title>
</head>
<body>
<header><p class="site">香川県まんのう町</p>
<nav><ul><li><a href="/">トップ</a></li><li><a href="/kurashi/">暮らしの情報</a></li>
<li><a href="/kanko/">観光・イベント</a></li><li><a href="/gyosei/">町政</a></li></ul></nav>
</header>
<p class="breadcrumb">トップ ＞ 町政 ＞ 計画・施策 ＞ 第２次まんのう町観光振興計画の概要</p>
<main>
<h1>第２次まんのう町観光振興計画（令和８年度～令和12年度）の概要</h1>
<p class="update">掲載日：2026年4月1日　担当：地域振興課 観光係</p>
<h2>計画策定の目的</h2>
<p>満濃池や国営讃岐まんのう公園などの地域資源を生かし、観光客の滞在時間と観光消費額を増やして、地域の稼ぐ力を高める
ことを目的に策定しました。計画期間は令和８年度から令和12年度までの５年間です。</p>
<h2>観光の現状</h2>
<table border="1">
<caption>主な観光地点の観光入込客数（単位：千人）</caption>
<tr><th>区分</th><th>観光地点</th><th>令和４年</th><th>令和５年</th><th>令和６年</th></tr>
{visitors}
<tr><th colspan="2">合計</th>{''.join(f'<td class="num">{t:,}</td>' for t in totals)}</tr>
</table>
<p>※暦年（１月～12月）の延べ人数です。</p>
<h2>現状と課題</h2>
<ul>
<li>観光入込客数は３年続けて増えていますが、日帰り客が９割を超え、宿泊につながっていないことが最大の課題です。</li>
<li>琴南・仲南地区の観光施設は入込客数が少なく、満濃池周辺との回遊が生まれていません。</li>
<li>観光関連事業者の高齢化が進み、体験プログラムの担い手が不足しています。</li>
</ul>
<h2>基本方針と主な取組</h2>
<table border="1">
<caption>主な取組（●は該当）</caption>
<tr><th>基本方針</th><th>主な取組</th><th>新規</th><th>重点</th></tr>
{measure_rows}
</table>
<p>新規：本計画から始める取組　重点：計画期間の前半に集中して取り組む取組</p>
<h2>数値目標</h2>
<table border="1">
<tr><th>指標</th><th>現状値（令和６年）</th><th>目標値（令和12年）</th></tr>
<tr><td>観光入込客数</td><td>974千人</td><td>1,100千人</td></tr>
<tr><td>宿泊者数</td><td>18,600人</td><td>30,000人</td></tr>
<tr><td>観光消費額</td><td>42.8億円</td><td>55.0億円</td></tr>
<tr><td>満濃池周遊サイクリングルートの利用者数</td><td>－</td><td>5,000人</td></tr>
<tr><td>観光客の満足度（「満足」「やや満足」の割合）</td><td>71.3％</td><td>80.0％</td></tr>
</table>
<p>※観光消費額は観光客動態調査による推計値です。</p>
</main>
<footer><p>まんのう町役場 地域振興課 観光係</p></footer>
</body>
</html>
"""
    return write_text(out / "manno_dai2ji_kanko_shinko_keikaku_gaiyo.html", html)


# ---------------------------------------------------------------- 6. 健康増進計画 中間評価 (CSV, CP932)

_KITANAKA_ROWS = [
    ("栄養・食生活", "肥満者の割合（％）", "40～60歳代男性", "48.6", "H30", "51.2", "R5", "40.0", "Ｄ"),
    ("", "〃", "40～60歳代女性", "32.4", "H30", "30.1", "R5", "25.0", "Ｂ"),
    ("", "朝食を欠食する子どもの割合（％）", "小学５年生", "9.8", "R1", "7.6", "R6", "5.0", "Ｂ"),
    ("身体活動・運動", "運動習慣のある者の割合（％）", "20～64歳", "24.3", "H30", "26.8", "R5", "35.0", "Ｂ"),
    ("", "１日の平均歩数（歩）", "20～64歳男性", "6,512", "H30", "6,380", "R5", "8,000", "Ｃ"),
    ("休養・こころ", "睡眠で休養が十分とれていない者の割合（％）", "20歳以上", "22.1", "H30", "24.7", "R5", "15.0", "Ｄ"),
    ("飲酒", "生活習慣病のリスクを高める量を飲酒している者の割合（％）", "男性", "21.8", "H30", "18.3", "R5", "13.0",
     "Ｂ"),
    ("", "〃", "女性", "14.2", "H30", "14.0", "R5", "6.4", "Ｃ"),
    ("喫煙", "喫煙率（％）", "20歳以上", "17.9", "H30", "14.6", "R5", "12.0", "Ｂ"),
    ("歯・口腔", "80歳で20歯以上の自分の歯を有する者の割合（％）", "80歳", "38.0", "H30", "51.5", "R5", "50.0", "Ａ"),
    ("健診", "特定健康診査受診率（％）", "国保被保険者40～74歳", "41.2", "H30", "46.8", "R5", "60.0", "Ｂ"),
    ("", "特定保健指導実施率（％）", "国保被保険者40～74歳", "56.3", "H30", "74.9", "R5", "70.0", "Ａ"),
    ("", "胃がん検診受診率（％）", "40～69歳", "8.4", "H30", "－", "－", "15.0", "Ｅ"),
]
_KITANAKA_ACTIONS = [
    ("栄養・食生活", "減塩チャレンジ教室", "○", "健康保険課"),
    ("栄養・食生活", "保育所・学校と連携した朝ごはん推進", "", "子育て支援課"),
    ("身体活動・運動", "喜舎場公園ウォーキングマップの作成", "○", "健康保険課"),
    ("身体活動・運動", "荻道・熱田地区いきいき体操の拡充", "", "福祉課"),
    ("休養・こころ", "職域向けこころの健康講座", "○", "健康保険課"),
    ("健診", "島袋公民館での休日集団健診", "", "健康保険課"),
    ("健診", "がん検診のＷｅｂ予約の導入", "○", "健康保険課"),
]


def _csv_cell(v: str) -> str:
    return f'"{v}"' if any(ch in v for ch in ',"') else v


def kitanakagusuku_kenko_zoshin_csv(out: Path) -> Path:
    """沖縄県北中城村 健康増進計画（健康きたなかぐすく21・第２次） 中間評価 指標一覧 (CSV, **CP932**, CRLF): a title row,
    an evaluation legend row (Ａ～Ｅ in 全角), a header 分野｜指標｜対象｜ベースライン｜年度｜直近値｜年度｜目標値（令和11年度）｜
    評価 with **two columns both named 年度** holding H30 / R1 / R5 / R6, 分野 only on a group's first row, 〃 for a
    repeated 指標, quoted amounts with commas, 「－」 for a value not comparable; ※ notes; then a second block of
    重点的な取組 (分野｜取組｜新規｜担当課) with ○ under 新規."""
    rows = [["北中城村健康増進計画（健康きたなかぐすく21・第２次）　中間評価　指標一覧", "", "", "", "", "", "", "", ""],
            ["評価　Ａ：目標値に達した　Ｂ：目標値に達していないが改善傾向　Ｃ：変わらない　Ｄ：悪化　Ｅ：評価困難",
             "", "", "", "", "", "", "", ""],
            ["分野", "指標", "対象", "ベースライン", "年度", "直近値", "年度", "目標値（令和11年度）", "評価"]]
    rows += [list(r) for r in _KITANAKA_ROWS]
    rows += [["※年度欄のH30は平成30年度、R1は令和元年度、R5は令和５年度、R6は令和６年度を示します。", "", "", "", "", "", "", "",
              ""],
             ["※胃がん検診は令和２年度に検診方法を変更したため、直近値を比較できず評価困難（Ｅ）としました。", "", "", "", "",
              "", "", "", ""],
             ["", "", "", "", "", "", "", "", ""],
             ["重点的な取組（中間評価を踏まえて）", "", "", "", "", "", "", "", ""],
             ["分野", "取組", "新規", "担当課", "", "", "", "", ""]]
    rows += [list(r) + ["", "", "", "", ""] for r in _KITANAKA_ACTIONS]
    rows += [["※新規欄の○は、中間評価の後に始める取組です。", "", "", "", "", "", "", "", ""]]
    text = "\n".join(",".join(_csv_cell(v) for v in row) for row in rows) + "\n"
    return write_text(out / "kitanakagusuku_kenko_zoshin_keikaku_chukan_hyoka.csv", text, "cp932", crlf=True)


def make_all(out_dir: Path) -> list[Path]:
    """Write every document of the nineteenth blind set into `out_dir` (created if missing) and return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [
        obama_sogo_senryaku_kpi_pdf(out_dir),
        owase_jisshi_keikaku_xlsx(out_dir),
        yosano_tosho_yosan_gaiyo_pdf(out_dir),
        nishiawakura_seisaku_tenkai_hoshin_docx(out_dir),
        manno_kanko_shinko_keikaku_html(out_dir),
        kitanakagusuku_kenko_zoshin_csv(out_dir),
    ]
