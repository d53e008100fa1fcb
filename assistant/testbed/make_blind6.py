"""Sixth blind fixture set: eleven documents in layouts nobody tuned the extractor to, answers written by hand.

`make_all(out_dir)` writes eleven documents of Japanese local-government kinds (a landscape 中期財政計画 with the
years as columns, a 決算カード workbook, a 予算編成方針 in Word, a 補正予算 committee paper with an unruled table,
a two-column 総合戦略 効果検証 report, a 前期基本計画 in Word with interim and final targets, 事務事業評価 sheets
drawn on an Excel grid of narrow cells, a multi-page 予算のあらまし with a contents page and a table over a page
break, a 広報 text edition for screen readers in CP932, a 地区別 population CSV and a 観光振興計画 with stepwise
targets) into `out_dir` and returns their paths. The prefectures are those of the third blind set, with other
municipalities; the municipalities are real, every figure, name and sentence is invented. The expected answers in `questions.jsonl` were written by
hand from the text below, without reading or running the extractor. Binary formats are generated here, never
committed.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from assistant.testbed.documents import GOTHIC, MINCHO, PAGE_H, PAGE_W, PdfPage, amount_text, write_text



# ---------------------------------------------------------------- 1. 中期財政計画, landscape, years as columns (PDF)

_FUEFUKI_REVENUE = [
    ("市税", [8412, 8530, 8560, 8590, 8610, 8630]),
    ("地方譲与税・交付金", [2105, 2160, 2150, 2150, 2140, 2140]),
    ("地方交付税", [9870, 9640, 9520, 9410, 9300, 9200]),
    ("国・県支出金", [7215, 7480, 7350, 7300, 7280, 7260]),
    ("市債", [2940, 3210, 2880, 2650, 2400, 2380]),
    ("うち臨時財政対策債", [210, 150, 140, 130, 120, 110]),
    ("繰入金", [1120, 1350, 1180, 1050, 980, 940]),
    ("その他", [2318, 2250, 2190, 2170, 2150, 2140]),
]
_FUEFUKI_SPENDING = [
    ("人件費", [5280, 5410, 5450, 5380, 5350, 5330]),
    ("扶助費", [7930, 8120, 8240, 8360, 8470, 8580]),
    ("公債費", [3610, 3540, 3580, 3650, 3720, 3760]),
    ("物件費", [4720, 4810, 4790, 4770, 4750, 4740]),
    ("補助費等", [3150, 3240, 3200, 3180, 3160, 3150]),
    ("繰出金", [3420, 3480, 3520, 3560, 3600, 3640]),
    ("投資的経費", [4760, 5210, 4420, 3980, 3600, 3400]),
    ("その他", [1040, 810, 860, 850, 840, 830]),
]
_FUEFUKI_STOCK = [
    ("財政調整基金残高（年度末）", [6820, 6140, 5310, 4460, 3590, 2700]),
    ("減債基金残高（年度末）", [1205, 1105, 1005, 905, 805, 705]),
    ("地方債残高（年度末）", [36480, 36920, 36870, 36560, 36010, 35400]),
]


def fuefuki_chuki_zaisei_pdf(out: Path) -> Path:
    """山梨県笛吹市 中期財政計画 (PDF, A4 landscape, 2 pages): a ruled 財政収支の見通し table with **the years as
    columns** — 令和6年度 (決算見込), 令和7年度 (当初予算), 令和8–11年度 (推計) — and the column's kind on a second
    header line; 歳入 and 歳出 groups, a 「うち」 row not summed, 歳入合計（A）, 歳出合計（B）, 差引（A）－（B） with
    △; amounts in 百万円 (unit once, above the table); page 2 a second table of 基金 and 地方債 残高 and prose."""
    pdf = PdfPage(out / "fuefuki_chuki_zaisei_keikaku_r7_r11.pdf", title="笛吹市中期財政計画（令和7年度～令和11年度）",
                  author="笛吹市 総務部 財政課", landscape=True)
    W = pdf.W
    pdf.text(40, 44, "笛吹市中期財政計画（令和７年度～令和11年度）", 15, GOTHIC)
    pdf.right(W - 40, 44, "令和７年２月　笛吹市総務部財政課", 8.5)
    pdf.text(40, 70, "１　計画の趣旨", 10, GOTHIC)
    pdf.text(52, 86, "普通交付税の段階的な縮減と扶助費の増加が続く中で、持続可能な財政運営を行うため、今後５年間の財政収支の見通しを示すものです。", 8.5)
    pdf.text(40, 106, "２　財政収支の見通し（一般会計）", 10, GOTHIC)
    pdf.right(W - 40, 118, "（単位：百万円）", 8)
    heads = [("令和６年度", "（決算見込）"), ("令和７年度", "（当初予算）"), ("令和８年度", "（推計）"),
             ("令和９年度", "（推計）"), ("令和10年度", "（推計）"), ("令和11年度", "（推計）")]
    x0, label_w, col_w, row = 40, 190, 96, 15
    top = 122
    pdf.box(x0, top, label_w, 28, fill=0.85)
    pdf.center(x0 + label_w / 2, top + 17, "区分", 8.5, GOTHIC)
    for i, (year, kind) in enumerate(heads):
        x = x0 + label_w + i * col_w
        pdf.box(x, top, col_w, 28, fill=0.85)
        pdf.center(x + col_w / 2, top + 12, year, 8.5, GOTHIC)
        pdf.center(x + col_w / 2, top + 23, kind, 7.5)
    top += 28

    def rows(group: str, items, total_label: str) -> list[int]:
        nonlocal top
        totals = [0] * 6
        pdf.box(x0, top, label_w + 6 * col_w, row, fill=0.93)
        pdf.text(x0 + 4, top + 11, group, 8.5, GOTHIC)
        top += row
        for name, values in items:
            inner = name.startswith("うち")
            pdf.box(x0, top, label_w, row)
            pdf.text(x0 + (26 if inner else 14), top + 11, name, 8)
            for i, v in enumerate(values):
                x = x0 + label_w + i * col_w
                pdf.box(x, top, col_w, row)
                pdf.right(x + col_w - 5, top + 11, f"（{amount_text(v)}）" if inner else amount_text(v), 8)
                if not inner:
                    totals[i] += v
            top += row
        pdf.box(x0, top, label_w, row, fill=0.96)
        pdf.text(x0 + 4, top + 11, total_label, 8.5, GOTHIC)
        for i, v in enumerate(totals):
            x = x0 + label_w + i * col_w
            pdf.box(x, top, col_w, row, fill=0.96)
            pdf.right(x + col_w - 5, top + 11, amount_text(v), 8, GOTHIC)
        top += row
        return totals

    revenue = rows("歳入", _FUEFUKI_REVENUE, "歳入合計（A）")
    spending = rows("歳出", _FUEFUKI_SPENDING, "歳出合計（B）")
    pdf.box(x0, top, label_w, row + 2)
    pdf.text(x0 + 4, top + 12, "差引（A）－（B）　財源不足額", 8.5, GOTHIC)
    for i in range(6):
        x = x0 + label_w + i * col_w
        pdf.box(x, top, col_w, row + 2)
        pdf.right(x + col_w - 5, top + 12, amount_text(revenue[i] - spending[i]), 8, GOTHIC)
    top += row + 14
    pdf.text(40, top, "※令和６年度は決算見込額、令和７年度は当初予算額、令和８年度以降は令和７年１月時点の制度に基づく推計値です。", 7.5)
    pdf.text(40, top + 11, "※表示単位未満を四捨五入しているため、合計が一致しない場合があります。「うち」の数値は内数です。", 7.5)
    pdf.center(W / 2, pdf.H - 18, "－ 1 －", 8)
    pdf.page()
    pdf.text(40, 44, "３　基金残高と地方債残高の見通し", 10, GOTHIC)
    pdf.right(W - 40, 44, "（単位：百万円）", 8)
    top = 56
    pdf.hline(40, W - 40, top, 1.0)
    pdf.text(44, top + 12, "区分", 8.5, GOTHIC)
    for i, (year, kind) in enumerate(heads):
        pdf.right(40 + 250 + (i + 1) * 90, top + 12, year + kind, 8, GOTHIC)
    top += 18
    pdf.hline(40, W - 40, top)
    for name, values in _FUEFUKI_STOCK:
        pdf.text(44, top + 13, name, 8.5)
        for i, v in enumerate(values):
            pdf.right(40 + 250 + (i + 1) * 90, top + 13, amount_text(v), 8.5)
        top += 18
    pdf.hline(40, W - 40, top, 1.0)
    pdf.text(40, top + 16, "※財源不足額は財政調整基金の取崩しにより補てんする見込みです。", 7.5)
    top += 44
    pdf.text(40, top, "４　財政健全化に向けた取組", 10, GOTHIC)
    for i, s in enumerate([
        "（１）公共施設の再編　公共施設等総合管理計画に基づき、令和11年度までに延床面積を８％縮減します。",
        "（２）歳入の確保　ふるさと納税の返礼品にフルーツ加工品を加え、寄附額の増加を図ります。",
        "（３）事業の見直し　すべての補助金について終期を設定し、３年ごとに効果を検証します。",
        "（４）財政目標　計画期間中も財政調整基金の残高を標準財政規模の10％以上に保つことを目標とします。",
    ]):
        pdf.text(52, top + 18 + 16 * i, s, 8.5)
    pdf.center(W / 2, pdf.H - 18, "－ 2 －", 8)
    return pdf.save()


# ---------------------------------------------------------------- 2. 決算カード (XLSX, a dense grid, 2 sheets)

_SHIBATA_REVENUE = [
    ("地方税", 12486213, 30.4, 11802574), ("地方譲与税", 412306, 1.0, 412306),
    ("地方消費税交付金", 2014877, 4.9, 2014877), ("地方交付税", 9873140, 24.0, 8920466),
    ("国庫支出金", 6248115, 15.2, 0), ("都道府県支出金", 2913408, 7.1, 0),
    ("繰入金", 884920, 2.2, 0), ("繰越金", 1206335, 2.9, 0), ("諸収入", 1105442, 2.7, 24118),
    ("地方債", 2640800, 6.4, 186000), ("その他", 1294311, 3.2, 310220),
]
_SHIBATA_NATURE = [
    ("人件費", 6214580, 15.7, 22.8), ("扶助費", 8716204, 22.0, 12.6), ("公債費", 4602118, 11.6, 17.9),
    ("物件費", 5418330, 13.7, 14.2), ("補助費等", 4106725, 10.4, 8.9), ("繰出金", 3588014, 9.1, 9.8),
    ("積立金", 1024600, 2.6, 0.0), ("投資的経費", 5310473, 13.4, 0.0), ("その他", 582150, 1.5, 4.5),
]
_SHIBATA_PURPOSE = [
    ("議会費", 268440), ("総務費", 4862115), ("民生費", 12372796), ("衛生費", 3604218), ("労働費", 58311),
    ("農林水産業費", 2491620), ("商工費", 1120487), ("土木費", 4215930), ("消防費", 1542306),
    ("教育費", 4096715), ("災害復旧費", 326089), ("公債費", 4602118), ("諸支出金", 2049),
]


def shibata_kessan_card_xlsx(out: Path) -> Path:
    """新潟県新発田市 決算カード 令和5年度 (XLSX, 2 sheets): sheet 決算カード is **a dense grid of small tables set
    side by side** — 歳入 (決算額｜構成比｜経常一般財源等) on the left, 性質別歳出 (決算額｜構成比｜経常収支比率) on the
    right, 目的別歳出 below, 収支状況 and 財政指標 as label｜value pairs in merged cells; the unit 千円 once in the title
    block; sheet 財政指標の推移 has **the years as rows** (平成31年度・令和元年度 … 令和5年度)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = Workbook()
    ws = wb.active
    ws.title = "決算カード"
    shade = PatternFill("solid", fgColor="DDEBF7")
    bold = Font(bold=True)

    def put(ref: str, value, fmt: str | None = None, fill=False, merge: str | None = None):
        cell = ws[ref]
        cell.value = value
        if fmt:
            cell.number_format = fmt
        if fill:
            cell.fill = shade
            cell.font = bold
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        if merge:
            ws.merge_cells(f"{ref}:{merge}")

    put("A1", "令和５年度　決算カード（普通会計）", merge="L1")
    put("A2", "都道府県名", fill=True)
    put("B2", "新潟県")
    put("C2", "団体名", fill=True)
    put("D2", "新発田市", merge="E2")
    put("F2", "住民基本台帳人口（令和6年1月1日）", fill=True, merge="H2")
    put("I2", 95318, "#,##0")
    put("J2", "面積（k㎡）", fill=True)
    put("K2", 533.1, "0.00")
    put("L2", "（単位：千円・％）")
    put("A4", "歳入の状況", fill=True, merge="D4")
    put("G4", "性質別歳出の状況", fill=True, merge="J4")
    for col, head in zip("ABCD", ["区分", "決算額", "構成比", "経常一般財源等"]):
        put(f"{col}5", head, fill=True)
    for col, head in zip("GHIJ", ["区分", "決算額", "構成比", "経常収支比率"]):
        put(f"{col}5", head, fill=True)
    r = 6
    for name, amount, share, general in _SHIBATA_REVENUE:
        put(f"A{r}", name)
        put(f"B{r}", amount, "#,##0")
        put(f"C{r}", share, "0.0")
        put(f"D{r}", general, "#,##0")
        r += 1
    put(f"A{r}", "歳入合計", fill=True)
    put(f"B{r}", sum(x[1] for x in _SHIBATA_REVENUE), "#,##0")
    put(f"C{r}", 100.0, "0.0")
    put(f"D{r}", sum(x[3] for x in _SHIBATA_REVENUE), "#,##0")
    r = 6
    for name, amount, share, ratio in _SHIBATA_NATURE:
        put(f"G{r}", name)
        put(f"H{r}", amount, "#,##0")
        put(f"I{r}", share, "0.0")
        put(f"J{r}", ratio, "0.0")
        r += 1
    put(f"G{r}", "歳出合計", fill=True)
    put(f"H{r}", sum(x[1] for x in _SHIBATA_NATURE), "#,##0")
    put(f"I{r}", 100.0, "0.0")
    put(f"J{r}", 91.4, "0.0")
    r = 20
    put(f"A{r}", "目的別歳出の状況", fill=True, merge=f"D{r}")
    put(f"G{r}", "収支状況", fill=True, merge=f"J{r}")
    put(f"A{r + 1}", "区分", fill=True)
    put(f"B{r + 1}", "決算額", fill=True)
    put(f"C{r + 1}", "構成比", fill=True)
    total = sum(v for _, v in _SHIBATA_PURPOSE)
    for i, (name, amount) in enumerate(_SHIBATA_PURPOSE):
        put(f"A{r + 2 + i}", name)
        put(f"B{r + 2 + i}", amount, "#,##0")
        put(f"C{r + 2 + i}", round(amount * 100 / total, 1), "0.0")
    balance = [("歳入総額", 41079867), ("歳出総額", 39563194), ("歳入歳出差引", 1516673),
               ("翌年度に繰り越すべき財源", 214500), ("実質収支", 1302173), ("単年度収支", 95838),
               ("積立金", 300000), ("積立金取崩し額", 560000), ("実質単年度収支", -164162)]
    for i, (label, value) in enumerate(balance):
        put(f"G{r + 1 + i}", label, merge=f"I{r + 1 + i}")
        put(f"J{r + 1 + i}", value, '#,##0;"△"#,##0')
    r = 36
    put(f"G{r}", "財政指標", fill=True, merge=f"J{r}")
    indicators = [("基準財政需要額", 15620418, "#,##0"), ("基準財政収入額", 8142305, "#,##0"),
                  ("標準財政規模", 22814620, "#,##0"), ("財政力指数（3か年平均）", 0.52, "0.00"),
                  ("実質収支比率", 5.7, "0.0"), ("経常収支比率", 91.4, "0.0"), ("実質公債費比率", 8.7, "0.0"),
                  ("将来負担比率", 42.5, "0.0"), ("財政調整基金現在高", 4236810, "#,##0"),
                  ("地方債現在高", 46318420, "#,##0")]
    for i, (label, value, fmt) in enumerate(indicators):
        put(f"G{r + 1 + i}", label, merge=f"I{r + 1 + i}")
        put(f"J{r + 1 + i}", value, fmt)
    put("A50", "※経常収支比率は、減収補てん債（特例分）及び臨時財政対策債を経常一般財源等に加えた場合の数値です。", merge="L50")
    put("A51", "※財政力指数は令和3年度から令和5年度までの3か年平均です。", merge="L51")
    for col, width in zip("ABCDEFGHIJKL", [18, 14, 8, 14, 2, 2, 22, 14, 8, 12, 10, 14]):
        ws.column_dimensions[col].width = width
    trend = wb.create_sheet("財政指標の推移")
    trend.append(["財政指標の推移（普通会計）"])
    trend.append(["年度", "財政力指数", "経常収支比率（％）", "実質公債費比率（％）", "将来負担比率（％）", "地方債現在高（千円）"])
    for row in [("平成31年度・令和元年度", 0.54, 89.6, 10.2, 61.3, 48920115), ("令和2年度", 0.54, 90.8, 9.8, 57.4, 48305220),
                ("令和3年度", 0.53, 88.1, 9.3, 51.2, 47716904), ("令和4年度", 0.52, 90.2, 9.0, 46.8, 47102388),
                ("令和5年度", 0.52, 91.4, 8.7, 42.5, 46318420)]:
        trend.append(list(row))
        trend.cell(trend.max_row, 6).number_format = "#,##0"
        for c in (3, 4, 5):
            trend.cell(trend.max_row, c).number_format = "0.0"
    trend.append([])
    trend.append(["※将来負担比率は、将来負担額から充当可能財源等を控除した額の標準財政規模に対する比率です。"])
    path = out / "shibata_r5_kessan_card.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 3. 予算編成方針 (DOCX, headings, lists, tables)

_NANJO_FOCUS = [
    ("重点項目１　子どもの未来を支えるまちづくり", [
        "（仮称）南城市こども館整備事業", "放課後児童クラブ待機児童解消事業", "小中学校タブレット端末更新事業"]),
    ("重点項目２　観光と農業で稼ぐ力の強化", [
        "斎場御嶽周辺交通渋滞対策事業", "南城市産マンゴー販路拡大事業"]),
    ("重点項目３　安全・安心な暮らしの確保", [
        "津波避難路整備事業", "地域公共交通（Ｎバス）再編事業"]),
]


def nanjo_yosan_hensei_houshin_docx(out: Path) -> Path:
    """沖縄県南城市 令和8年度予算編成方針 (DOCX): a 市長 notice to the departments — Heading 1 第１…第５, prose on
    the financial state with figures inside sentences, the 重点項目 as Heading 2 each followed by **List Bullet
    事業**, a 要求基準 table 経費区分｜要求基準｜備考 with percentages in the cells, a 一般財源の見通し table in
    百万円 (令和7年度当初｜令和8年度見込｜増減, △), a schedule table, 留意事項 as List Number; no amounts of 事業,
    no 令和8年度 予算総額 (the budget is not made yet)."""
    import docx
    doc = docx.Document()
    doc.core_properties.title = "令和8年度予算編成方針"
    doc.core_properties.author = "南城市 総務部 財政課"
    doc.add_heading("令和８年度　南城市予算編成方針", level=0)
    doc.add_paragraph("南財第１２８号　令和７年10月６日")
    doc.add_paragraph("各部局長　様　　　　南城市長")
    doc.add_heading("第１　本市の財政状況", level=1)
    doc.add_paragraph("令和６年度決算では、経常収支比率が92.8％と前年度から1.6ポイント上昇し、財政の硬直化が進んでいる。"
                      "財政調整基金の残高は18億4千万円となり、３年連続で取り崩した。")
    doc.add_paragraph("令和８年度は、市税の伸びが見込まれる一方で、会計年度任用職員の処遇改善や物価高騰により経常経費が増加し、"
                      "一般財源ベースで約９億円の財源不足が見込まれる。")
    doc.add_paragraph("一般財源の見通し（単位：百万円）")
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["区分", "令和７年度当初", "令和８年度見込", "増減"]):
        cell.text = text
    for row in [("市税", "5,842", "5,968", "126"), ("地方交付税", "7,215", "7,090", "△125"),
                ("地方消費税交付金等", "1,904", "1,952", "48"), ("臨時財政対策債", "214", "96", "△118"),
                ("一般財源計", "15,175", "15,106", "△69")]:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    doc.add_heading("第２　予算編成の基本方針", level=1)
    doc.add_paragraph("第２次南城市総合計画後期基本計画の最終年度に向けて、限られた財源を重点項目に集中させるとともに、"
                      "全ての事業をゼロベースで見直し、持続可能な財政基盤を確立することを基本方針とする。")
    doc.add_paragraph("特に、次の三つの重点項目に関連する事業には、優先的に予算を配分する。")
    for heading, projects in _NANJO_FOCUS:
        doc.add_heading(heading, level=2)
        for name in projects:
            doc.add_paragraph(name, style="List Bullet")
    doc.add_heading("第３　予算要求の基準", level=1)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["経費区分", "要求基準", "備考"]):
        cell.text = text
    for row in [("義務的経費", "所要見込額", "人件費、扶助費、公債費"),
                ("経常的経費", "令和７年度当初予算の一般財源額の95％以内", "光熱水費は所要見込額"),
                ("政策的経費", "事業ごとに精査した額", "新規事業はスクラップ・アンド・ビルドを原則とする"),
                ("投資的経費", "令和７年度当初予算の一般財源額の90％以内", "実施計画に計上した事業に限る")]:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    doc.add_heading("第４　留意事項", level=1)
    for s in ["補助金は、終期の到来したものを廃止することを原則とし、継続する場合は効果を示すこと。",
              "使用料・手数料は、受益者負担の原則に基づき、原価計算をやり直すこと。",
              "国・県の補助制度や、ふるさと納税、企業版ふるさと納税の活用を積極的に検討すること。",
              "新規事業を要求する場合は、同額以上の既存事業の廃止・縮小を併せて提案すること。"]:
        doc.add_paragraph(s, style="List Number")
    doc.add_heading("第５　日程", level=1)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["項目", "期日"]):
        cell.text = text
    for row in [("予算要求書の提出期限", "令和７年11月14日（金）"), ("財政課ヒアリング", "令和７年11月下旬～12月中旬"),
                ("市長査定", "令和８年１月中旬"), ("予算案の議会提出", "令和８年２月定例会")]:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    path = out / "nanjo_r8_yosan_hensei_houshin.docx"
    doc.save(path)
    return path


# ---------------------------------------------------------------- 4. 補正予算 committee paper, unruled (PDF)

_KAIZUKA_SPENDING = [
    ("２款　総務費", [
        ("庁舎非常用発電設備更新事業", 86900, "本庁舎の非常用発電設備に故障が生じたため、更新を前倒しで行う。財源は市債。"),
        ("ふるさと納税推進事業", 24600, "寄附の増加に伴い、返礼品の調達費と仲介サイトの手数料を増額する。"),
    ]),
    ("３款　民生費", [
        ("物価高騰対応生活支援給付金事業", 238500, "住民税非課税世帯に１世帯当たり３万円を給付する。財源は国庫支出金。"),
        ("保育所等ＩＣＴ化推進事業", 18400, "私立保育所６園の登降園管理システムの導入を補助する。"),
        ("障害福祉サービス等給付事業", -12500, "上半期の実績により、年間の給付見込額を精査し減額する。"),
    ]),
    ("４款　衛生費", [
        ("帯状疱疹ワクチン接種費助成事業", 31700, "定期接種化に伴い、65歳の市民の接種費用を助成する。"),
    ]),
    ("８款　土木費", [
        ("通学路安全対策事業", 52000, "合同点検で危険とされた12か所に防護柵と路面標示を設置する。"),
    ]),
    ("10款　教育費", [
        ("小学校体育館空調設備整備事業", 148000, "避難所となる小学校６校の体育館に空調設備を整備する。"),
        ("学校給食物価高騰対策事業", 21900, "食材費の上昇分を公費で負担し、給食費を据え置く。"),
    ]),
]


def kaizuka_hosei_gaiyo_pdf(out: Path) -> Path:
    """大阪府貝塚市 一般会計補正予算（第3号）の概要 (PDF, 2 pages): a committee paper with a running header
    「令和７年９月定例月議会　総務文教常任委員会資料２」 and 「－N－」 page numbers; **unruled tables** — only a thick
    rule above and below and a thin one under the header — 会計｜補正前の額｜補正額｜補正後の額 in 千円, 歳入 by 款,
    then 歳出の主な内容 with **the 款 printed once on its first 事業 line**, the 補正額 right-aligned and the
    説明 on the same line; a 減額 as 「△12,500」; page 2 繰越明許費補正 and 債務負担行為補正 (変更前｜変更後)."""
    pdf = PdfPage(out / "kaizuka_r7_hosei_dai3go_gaiyo.pdf", title="令和7年度貝塚市一般会計補正予算（第3号）の概要",
                  author="貝塚市 財政課")

    def frame(n: int) -> None:
        pdf.right(PAGE_W - 40, 28, "令和７年９月定例月議会　総務文教常任委員会資料２", 8)
        pdf.hline(40, PAGE_W - 40, 33)
        pdf.center(PAGE_W / 2, PAGE_H - 24, f"－{n}－", 8)

    def rules_table(top: float, xs: list[tuple[float, str]], head: list[str], rows: list[list[str]]) -> float:
        pdf.hline(40, PAGE_W - 40, top, 1.2)
        for (x, align), h in zip(xs, head):
            (pdf.right if align == "r" else pdf.text)(x, top + 13, h, 8, GOTHIC)
        top += 19
        pdf.hline(40, PAGE_W - 40, top, 0.4)
        for cells in rows:
            top += 15
            for (x, align), s in zip(xs, cells):
                (pdf.right if align == "r" else pdf.text)(x, top, s, 8)
        top += 7
        pdf.hline(40, PAGE_W - 40, top, 1.2)
        return top

    frame(1)
    pdf.text(40, 62, "議案第52号　令和７年度貝塚市一般会計補正予算（第３号）の概要", 12.5, GOTHIC)
    pdf.text(40, 84, "１　補正予算の規模", 10, GOTHIC)
    pdf.right(PAGE_W - 40, 84, "（単位：千円）", 8)
    cols = [(44, "l"), (300, "r"), (390, "r"), (480, "r")]
    top = rules_table(92, cols, ["会計", "補正前の額", "補正額", "補正後の額"], [
        ["一般会計", "48,620,000", "612,340", "49,232,340"],
        ["介護保険事業特別会計", "9,874,000", "38,200", "9,912,200"],
        ["合計", "58,494,000", "650,540", "59,144,540"]])
    pdf.text(40, top + 13, "※国民健康保険事業特別会計ほか３特別会計の補正はありません。", 7.5)
    pdf.text(40, top + 38, "２　歳入の内訳（一般会計）", 10, GOTHIC)
    top = rules_table(top + 46, [(44, "l"), (300, "r"), (320, "l")], ["款", "補正額", "主な内容"], [
        ["国庫支出金", "245,100", "物価高騰対応重点支援地方創生臨時交付金ほか"],
        ["府支出金", "61,200", "保育所等ＩＣＴ化推進事業補助金ほか"],
        ["繰越金", "198,040", "前年度繰越金"],
        ["市債", "108,000", "緊急防災・減災事業債ほか"],
        ["合計", "612,340", ""]])
    pdf.text(40, top + 28, "３　歳出の主な内容（一般会計）", 10, GOTHIC)
    rows = []
    for kan, items in _KAIZUKA_SPENDING:
        for i, (name, amount, note) in enumerate(items):
            rows.append([kan if i == 0 else "", name, amount_text(amount), note])
    pdf.hline(40, PAGE_W - 40, top + 36, 1.2)
    head_top = top + 36
    for x, h in [(44, "款"), (100, "事業名"), (292, "補正額"), (300, "説明")]:
        (pdf.right if x == 292 else pdf.text)(x, head_top + 13, h, 8, GOTHIC)
    top = head_top + 19
    pdf.hline(40, PAGE_W - 40, top, 0.4)
    for kan, name, amount, note in rows:
        top += 15
        pdf.text(44, top, kan, 7.5)
        pdf.text(100, top, name, 7.5)
        pdf.right(292, top, amount, 7.5)
        pdf.text(300, top, note, 6.8)
    top += 7
    pdf.hline(40, PAGE_W - 40, top, 1.2)
    pdf.text(40, top + 13, "※上記のほか、人事異動等に伴う人件費の補正を各款で行っています。", 7.5)
    pdf.page()
    frame(2)
    pdf.text(40, 62, "４　繰越明許費補正（追加）", 10, GOTHIC)
    top = rules_table(70, [(44, "l"), (110, "l"), (200, "l"), (520, "r")], ["款", "項", "事業名", "金額（千円）"], [
        ["８款　土木費", "道路橋りょう費", "通学路安全対策事業", "52,000"],
        ["10款　教育費", "小学校費", "小学校体育館空調設備整備事業", "148,000"]])
    pdf.text(40, top + 13, "※年度内に工事が完了しない見込みのため、翌年度に繰り越して使用できるようにするものです。", 7.5)
    pdf.text(40, top + 40, "５　債務負担行為補正（変更）", 10, GOTHIC)
    top = rules_table(top + 48, [(44, "l"), (220, "l"), (440, "r"), (520, "r")],
                      ["事項", "期間", "変更前限度額", "変更後限度額"], [
        ["一般廃棄物収集運搬業務委託", "令和８年度～令和12年度", "1,240,000", "1,386,000"],
        ["学校給食調理業務委託", "令和８年度～令和10年度", "318,000", "342,600"]])
    pdf.text(40, top + 13, "※単位は千円です。人件費の上昇を反映して限度額を変更するものです。", 7.5)
    pdf.text(40, top + 40, "６　補正後の財政調整基金残高見込み", 10, GOTHIC)
    pdf.text(52, top + 58, "今回の補正では財政調整基金の取崩しを行わず、令和７年度末の残高は42億1,800万円となる見込みです。", 8.5)
    return pdf.save()


# ---------------------------------------------------------------- 5. 総合戦略 効果検証, two columns (PDF)

_HYUGA_CARDS = [
    ("基本目標１　地域の稼ぐ力を高め、安定した雇用を創出する", None),
    ("■KPI 1-1　企業立地件数（累計）", [
        "基準値　3件（令和元年度）",
        "目標値　15件（令和6年度）",
        "実績値　14件（令和6年度）　達成率 93.3％",
        "評価　Ｂ（概ね順調）",
        "【要因分析】細島港周辺の工業用地に物流",
        "関連企業２社が立地した。",
        "【今後の方向性】新たな工業用地の造成を",
        "検討する。"]),
    ("■KPI 1-2　新規就農者数（単年度）", [
        "基準値　8人（令和元年度）",
        "目標値　12人（令和6年度）",
        "実績値　6人（令和6年度）　達成率 50.0％",
        "評価　Ｄ（遅れ）",
        "【要因分析】施設園芸の資材価格が高騰し、",
        "就農を延期した研修生がいた。",
        "【今後の方向性】ハウスのリース事業を",
        "拡充し、初期投資の負担を減らす。"]),
    ("■KPI 1-3　細島港の取扱貨物量", [
        "基準値　412万トン（令和元年）",
        "目標値　450万トン（令和6年）",
        "実績値　438万トン（令和6年）　達成率 97.3％",
        "評価　Ｂ（概ね順調）",
        "※取扱貨物量は暦年の数値です。"]),
    ("基本目標２　日向市への新しい人の流れをつくる", None),
    ("■KPI 2-1　移住相談を経た移住者数", [
        "基準値　35人（令和元年度）",
        "目標値　80人（令和6年度）",
        "実績値　92人（令和6年度）　達成率 115.0％",
        "評価　Ａ（達成）",
        "【要因分析】サーフィン移住の特設サイトと",
        "お試し住宅の利用者が移住につながった。"]),
    ("■KPI 2-2　観光入込客数", [
        "基準値　118.6万人（令和元年）",
        "目標値　130万人（令和6年）",
        "実績値　121.4万人（令和6年）　達成率 93.4％",
        "評価　Ｂ（概ね順調）",
        "【要因分析】馬ヶ背の遊歩道改修による",
        "一時閉鎖の影響があった。"]),
    ("基本目標３　結婚・出産・子育ての希望をかなえる", None),
    ("■KPI 3-1　出生数", [
        "基準値　512人（令和元年）",
        "目標値　500人（令和6年）",
        "実績値　431人（令和6年）　達成率 86.2％",
        "評価　Ｃ（やや遅れ）"]),
    ("■KPI 3-2　子育て支援センターの利用者数", [
        "基準値　18,240人（令和元年度）",
        "目標値　20,000人（令和6年度）",
        "実績値　集計中（令和6年度）",
        "参考　19,120人（令和5年度）",
        "評価　－（令和７年９月に確定予定）"]),
    ("基本目標４　安心して暮らせる地域をつくる", None),
    ("■KPI 4-1　自主防災組織の訓練実施率", [
        "基準値　46.0％（令和元年度）",
        "目標値　70.0％（令和7年度）",
        "実績値　63.5％（令和6年度）",
        "評価　Ｂ（概ね順調）",
        "※令和5年度に目標年度を令和7年度へ",
        "変更しました。"]),
    ("■KPI 4-2　ぷらっとバスの年間利用者数", [
        "基準値　41,300人（令和元年度）",
        "目標値　45,000人（令和6年度）",
        "実績値　36,850人（令和6年度）　達成率 81.9％",
        "評価　Ｃ（やや遅れ）",
        "【要因分析】運転士不足により平日の",
        "便数を２割減らした。",
        "【今後の方向性】AIデマンド交通との",
        "組み合わせで路線を再編する。"]),
]

_HYUGA_OPINIONS = [
    "【日向市総合戦略推進会議の意見】",
    "・新規就農者の確保は、研修修了後の住まいの",
    "　確保と一体で進めるべきである。",
    "・観光入込客数は回復しつつあるが、宿泊に",
    "　つなげる取組が弱い。滞在型観光の指標を",
    "　次期戦略で設けることを検討されたい。",
    "・移住者数は目標を大きく上回っており、",
    "　移住後の定着状況も把握されたい。",
]


def hyuga_sousei_kensho_pdf(out: Path) -> Path:
    """宮崎県日向市 総合戦略 効果検証報告書 (PDF, 2 pages): a title across the page, then **two text columns**: each
    KPI a card — a ■ heading, 基準値 / 目標値 / 実績値 lines **each with its year in parentheses**, 達成率 and 評価 on
    the lines, 【要因分析】 and 【今後の方向性】 wrapped inside the column — so each printed line of the page holds
    a line of the left and a line of the right column; one KPI whose 実績 is 「集計中」 with a 令和5年度 参考 value;
    a target year moved (令和7年度) in a ※ note; calendar-year KPIs (令和6年); the 推進会議's opinions at the end."""
    pdf = PdfPage(out / "hyuga_sousei_kouka_kensho_r6.pdf", title="第2期日向市総合戦略 令和6年度効果検証報告書",
                  author="日向市 総合政策部")
    cols, col_w, step = (40, 312), 244, 12.5
    pdf.text(40, 46, "第２期日向市まち・ひと・しごと創生総合戦略　令和６年度効果検証報告書", 12.5, GOTHIC)
    pdf.text(40, 64, "令和７年８月　日向市総合政策部総合政策課", 8.5)
    pdf.hline(40, PAGE_W - 40, 72)
    page_tops, bottom = [92, 52], PAGE_H - 50
    page, col, top = 0, 0, page_tops[0]

    def advance(lines: int) -> None:
        nonlocal page, col, top
        if top + lines * step > bottom:
            if col == 0:
                col, top = 1, page_tops[page]
            else:
                pdf.center(PAGE_W / 2, PAGE_H - 24, f"- {page + 1} -", 8)
                pdf.page()
                page, col, top = page + 1, 0, page_tops[1]

    blocks = [(title, lines) for title, lines in _HYUGA_CARDS] + [(None, _HYUGA_OPINIONS)]
    for title, lines in blocks:
        x = cols[col]
        if lines is None:
            advance(3)
            x = cols[col]
            pdf.box(x, top - 10, col_w, 24, fill=0.88)
            words = title.split("　", 1)
            pdf.text(x + 4, top + 1, words[0], 8.5, GOTHIC)
            pdf.text(x + 4, top + 11, words[1], 7.5, GOTHIC)
            top += 30
            continue
        advance(len(lines) + (1 if title else 0))
        x = cols[col]
        if title:
            pdf.text(x, top, title, 8.5, GOTHIC)
            top += step + 1
        for line in lines:
            pdf.text(x + (0 if title is None else 8), top, line, 7.8)
            top += step
        top += 8
    pdf.center(PAGE_W / 2, PAGE_H - 24, f"- {page + 1} -", 8)
    pdf.page()
    pdf.text(40, 52, "総括", 11, GOTHIC)
    pdf.hline(40, PAGE_W - 40, 58)
    for i, line in enumerate([
        "　９のKPIのうち、Ａ（達成）は１、Ｂ（概ね順調）は４、Ｃ（やや遅れ）は２、Ｄ（遅れ）は１で、１は集計中です。",
        "　雇用と移住の分野は順調に推移した一方、出生数と公共交通の利用は、基準値を下回っています。",
        "　令和７年度は、出生数の減少に対応するため、不妊治療の交通費助成と産後ケアの利用料の減免を新たに始めます。",
        "　また、次期戦略の策定に当たっては、推進会議の意見を踏まえ、観光客の宿泊者数を新たな指標とする方向で検討します。",
    ]):
        pdf.text(40, 78 + 16 * i, line, 8.5)
    pdf.center(PAGE_W / 2, PAGE_H - 24, f"- {page + 2} -", 8)
    return pdf.save()


# ---------------------------------------------------------------- 6. 前期基本計画 施策 pages (DOCX)

_KYOTANGO = [
    ("施策２－１　観光の振興",
     "丹後の海と食と文化を楽しむ観光客が一年を通して訪れ、市内に長く滞在している。",
     ["観光客の約７割が日帰りで、宿泊を伴う滞在につながっていません。",
      "夏の海水浴シーズンと冬のカニのシーズンに観光客が集中し、春と秋の誘客が課題です。",
      "外国人観光客は増えつつありますが、多言語の案内や決済環境の整備が遅れています。"],
     [("観光入込客数", "万人", "312.4", "330", "350"),
      ("観光客の宿泊者数", "万人", "68.2", "75", "82"),
      ("外国人宿泊者数", "人", "9,860", "15,000", "20,000")],
     [("（１）滞在型観光の推進",
       "温泉と体験プログラムを組み合わせ、２泊以上の滞在を促します。",
       "主な事業：夕日ヶ浦温泉滞在促進事業、丹後ちりめん体験プログラム造成事業"),
      ("（２）閑散期の誘客",
       "春と秋の食のイベントを充実し、季節による偏りを小さくします。",
       "主な事業：丹後ばらずし街道推進事業、秋の丹後くろまつ号運行支援事業"),
      ("（３）受入環境の整備",
       "案内表示の多言語化とキャッシュレス決済の導入を支援します。",
       "主な事業：観光案内多言語化事業、観光事業者キャッシュレス導入補助事業")]),
    ("施策２－２　農林水産業の振興",
     "担い手が確保され、丹後の農林水産物がブランドとして高い評価を得ている。",
     ["農業者の平均年齢は70歳を超え、10年後には耕作者の半数が引退すると見込まれます。",
      "丹後産コシヒカリは食味ランキングで高い評価を得ていますが、販売価格に十分反映されていません。",
      "ズワイガニの漁獲量が減少しており、資源管理と漁業者の所得の確保が課題です。"],
     [("新規就農者数（５年間累計）", "人", "24", "40", "70"),
      ("認定農業者数", "経営体", "186", "195", "205"),
      ("ふるさと納税の農水産物返礼品の寄附額", "百万円", "412", "520", "600")],
     [("（１）担い手の確保・育成",
       "就農前の研修から定着までを一貫して支援します。",
       "主な事業：丹後農業実践型学舎運営事業、新規就農者住宅支援事業"),
      ("（２）ブランド力の強化",
       "丹後産コシヒカリの高付加価値化と販路の開拓を進めます。",
       "主な事業：丹後米ブランド化推進事業、農水産物海外販路開拓事業")]),
]


def kyotango_zenki_kihon_keikaku_docx(out: Path) -> Path:
    """京都府京丹後市 第3次総合計画 前期基本計画 (DOCX): Heading 1 per 基本目標, **one 施策 per Heading 2** with
    【目指す姿】 in a one-cell framed table, 【現状と課題】 as List Bullet paragraphs, 【成果指標】 a table 指標名｜単位｜
    現状値（令和5年度）｜中間目標（令和8年度）｜目標値（令和11年度） — **two targets**, the unit in its own column,
    the years only in the header — and 【施策の展開】 (１)… paragraphs each ending in a 「主な事業：A、B」 line; no
    amounts at all, no 令和6年度 実績."""
    import docx
    doc = docx.Document()
    doc.core_properties.title = "第3次京丹後市総合計画 前期基本計画"
    doc.core_properties.author = "京丹後市 市長公室 企画政策課"
    doc.add_heading("第３次京丹後市総合計画　前期基本計画（令和７年度～令和11年度）", level=0)
    doc.add_paragraph("この計画は、基本構想に掲げた将来像「海・山・里がつながり、人が輝く京丹後」の実現に向けて、"
                      "前期５年間に取り組む施策を示すものです。成果指標の中間目標は令和８年度に検証します。")
    doc.add_heading("基本目標２　にぎわいと活力のあるまち", level=1)
    for title, vision, issues, indicators, actions in _KYOTANGO:
        doc.add_heading(title, level=2)
        doc.add_paragraph("【目指す姿】")
        frame = doc.add_table(rows=1, cols=1)
        frame.style = "Table Grid"
        frame.cell(0, 0).text = vision
        doc.add_paragraph("【現状と課題】")
        for s in issues:
            doc.add_paragraph(s, style="List Bullet")
        doc.add_paragraph("【成果指標】")
        table = doc.add_table(rows=1, cols=5)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, ["指標名", "単位", "現状値（令和5年度）", "中間目標（令和8年度）",
                                                    "目標値（令和11年度）"]):
            cell.text = text
        for row in indicators:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = text
        doc.add_paragraph("【施策の展開】")
        for head, body, projects in actions:
            doc.add_paragraph(head)
            doc.add_paragraph(body)
            doc.add_paragraph(projects)
    path = out / "kyotango_dai3ji_zenki_kihon_keikaku.docx"
    doc.save(path)
    return path


# ---------------------------------------------------------------- 7. 事務事業評価, Excel grid of narrow cells (XLSX)

_KAMINOYAMA = [
    dict(no="R6-015", name="かみのやま温泉クアオルト推進事業", section="観光課",
         policy="政策３　にぎわいと交流のまち／施策３－２　観光の振興",
         purpose="温泉と自然を生かした健康ウォーキングにより、交流人口の拡大と市民の健康づくりを図る。",
         content="専用コースでのガイド付きウォーキングを毎日開催し、企業の健康経営研修を誘致した。",
         money=[(18420, 9210), (19650, 9825), (21300, 10650), (22800, 11400)],
         activity=("ウォーキング開催回数（回）", [352, 360, 361, "－"]),
         outcome=("ウォーキング参加者数（人）", [14820, 16240, 17905, "－"]),
         grades="ＡＡＢ", direction="拡充",
         reason="企業研修の需要が高く、冬季のコースを新たに設けて通年の受入れを増やす。"),
    dict(no="R6-027", name="空き家バンク活用促進事業", section="まちづくり推進課",
         policy="政策４　安心して住み続けられるまち／施策４－３　住環境の整備",
         purpose="空き家の利活用を進め、移住・定住の促進と良好な住環境の確保を図る。",
         content="空き家バンクの登録物件の改修費と家財処分費を補助した。",
         money=[(6200, 6200), (5800, 5800), (4150, 4150), (4500, 4500)],
         activity=("空き家バンク登録件数（件）", [31, 27, 22, "－"]),
         outcome=("空き家バンクの成約件数（件）", [18, 15, 11, "－"]),
         grades="ＡＢＣ", direction="改善",
         reason="登録件数が減っているため、固定資産税の納税通知書に制度の案内を同封し、所有者への働きかけを強める。"),
    dict(no="R6-041", name="敬老祝金支給事業", section="福祉課",
         policy="政策２　健やかに暮らせるまち／施策２－４　高齢者福祉の充実",
         purpose="長寿を祝い、高齢者の福祉の増進を図る。",
         content="88歳と100歳の市民に祝金を支給した。",
         money=[(9650, 9650), (9900, 9900), (10250, 10250), (10400, 10400)],
         activity=("支給人数（人）", [386, 396, 410, "－"]),
         outcome=("―（成果指標の設定なし）", ["－", "－", "－", "－"]),
         grades="ＢＣＣ", direction="縮小",
         reason="対象者の増加が見込まれるため、令和８年度から88歳の祝金を記念品に改める。"),
    dict(no="R6-052", name="小学校英語教育支援事業", section="学校教育課",
         policy="政策１　未来を担う人を育むまち／施策１－２　学校教育の充実",
         purpose="外国語指導助手の配置により、児童の英語によるコミュニケーション能力を育てる。",
         content="外国語指導助手３人を小学校７校に巡回配置した。",
         money=[(15840, 15840), (16120, 16120), (16480, 16480), (16900, 16900)],
         activity=("外国語指導助手の配置人数（人）", [3, 3, 3, "－"]),
         outcome=("英語の授業が楽しいと答えた児童の割合（％）", [78.5, 80.2, 83.6, "－"]),
         grades="ＡＡＡ", direction="継続",
         reason="児童の評価が高く、現在の配置で効果が上がっているため。"),
    dict(no="R6-063", name="蔵王坊平アスリートヴィレッジ合宿誘致事業", section="観光課",
         policy="政策３　にぎわいと交流のまち／施策３－２　観光の振興",
         purpose="高地トレーニングの合宿を誘致し、宿泊客の増加と地域経済の活性化を図る。",
         content="実業団と大学の陸上競技部に宿泊費の一部を助成し、首都圏で誘致説明会を開催した。",
         money=[(7800, 3900), (8100, 4050), (8350, 4175), (8350, 4175)],
         activity=("誘致説明会の開催回数（回）", [2, 3, 3, "－"]),
         outcome=("合宿の延べ宿泊者数（人泊）", [6420, 6180, 5940, "－"]),
         grades="ＢＢＢ", direction="改善",
         reason="延べ宿泊者数が減っているため、助成の対象を中学・高校の部活動に広げ、冬季の屋内練習施設の案内を加える。"),
]

_DIRECTIONS = ["拡充", "継続", "改善", "縮小", "統合", "廃止"]


def kaminoyama_jimu_jigyo_hyoka_xlsx(out: Path) -> Path:
    """山形県上山市 事務事業評価シート (XLSX, one sheet per 事業 and a cover sheet): **an Excel grid of narrow
    columns** (A:AF, 2.6 wide) with every label and value in a merged range; a 事業費の推移 block with **the years
    as columns** (令和4–6年度 決算, 令和7年度 予算) over 事業費｜うち一般財源 in 千円 (#,##0), 活動指標 and 成果指標 rows
    with 「－」 in the 予算 year; 評価 必要性・有効性・効率性 as one text cell 「ＡＡＢ」 under three labels; **今後の
    方向性 as check boxes in one text cell** 「□拡充　■継続　□改善…」; the legend only on the cover sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    wb = Workbook()
    cover = wb.active
    cover.title = "表紙"
    cover["B2"] = "令和６年度実施事業　事務事業評価シート"
    cover["B3"] = "上山市 総務課 行政改革推進室"
    cover["B5"] = "評価の見方"
    cover["B6"] = "必要性・有効性・効率性：Ａ＝高い　Ｂ＝普通　Ｃ＝低い（評価欄の左から順に記載）"
    cover["B7"] = "今後の方向性：■が付いた項目が、所管課と行政改革推進本部が決定した方向性です。"
    cover["B8"] = "事業費は千円単位です。令和７年度は当初予算額です。"
    shade = PatternFill("solid", fgColor="E2EFDA")
    for p in _KAMINOYAMA:
        ws = wb.create_sheet(p["no"])
        for c in range(1, 33):
            ws.column_dimensions[get_column_letter(c)].width = 2.6

        def put(r: int, c0: int, c1: int, value, label: bool = False, fmt: str | None = None, height: int = 1):
            ws.cell(r, c0, value)
            if fmt:
                ws.cell(r, c0).number_format = fmt
            ws.cell(r, c0).alignment = Alignment(wrap_text=True, vertical="center")
            if label:
                ws.cell(r, c0).fill = shade
                ws.cell(r, c0).font = Font(bold=True)
            if c1 > c0 or height > 1:
                ws.merge_cells(start_row=r, start_column=c0, end_row=r + height - 1, end_column=c1)

        put(1, 1, 32, "事務事業評価シート（令和６年度実施事業）", label=True)
        put(2, 1, 4, "No.", True)
        put(2, 5, 10, p["no"])
        put(2, 11, 15, "担当課", True)
        put(2, 16, 32, p["section"])
        put(3, 1, 4, "事業名", True)
        put(3, 5, 32, p["name"])
        put(4, 1, 4, "位置付け", True)
        put(4, 5, 32, p["policy"])
        put(5, 1, 4, "目的", True, height=2)
        put(5, 5, 32, p["purpose"], height=2)
        put(7, 1, 4, "内容", True, height=2)
        put(7, 5, 32, p["content"], height=2)
        put(9, 1, 32, "事業費の推移（単位：千円）", True)
        put(10, 1, 8, "区分", True)
        for i, year in enumerate(["令和４年度決算", "令和５年度決算", "令和６年度決算", "令和７年度予算"]):
            put(10, 9 + 6 * i, 14 + 6 * i, year, True)
        rows = [("事業費", [m[0] for m in p["money"]], "#,##0"), ("うち一般財源", [m[1] for m in p["money"]], "#,##0"),
                ("活動指標：" + p["activity"][0], p["activity"][1], "#,##0"),
                ("成果指標：" + p["outcome"][0], p["outcome"][1], "#,##0")]
        for j, (label, values, fmt) in enumerate(rows):
            put(11 + j, 1, 8, label, True)
            for i, v in enumerate(values):
                number_fmt = fmt if isinstance(v, int) else ("0.0" if isinstance(v, float) else None)
                put(11 + j, 9 + 6 * i, 14 + 6 * i, v, fmt=number_fmt)
        put(16, 1, 8, "評価", True)
        put(16, 9, 14, "必要性", True)
        put(16, 15, 20, "有効性", True)
        put(16, 21, 26, "効率性", True)
        put(17, 9, 26, p["grades"])
        put(18, 1, 8, "今後の方向性", True)
        put(18, 9, 32, "　".join(("■" if d == p["direction"] else "□") + d for d in _DIRECTIONS))
        put(19, 1, 8, "方向性の理由", True, height=2)
        put(19, 9, 32, p["reason"], height=2)
    path = out / "kaminoyama_r6_jimu_jigyo_hyoka.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 8. 予算のあらまし, contents page, table over a page break (PDF)

_ASAKURA_ACCOUNTS = [
    ("一般会計", "28,460,000", "27,910,000", "550,000", "2.0"),
    ("国民健康保険特別会計", "5,812,000", "5,934,000", "△122,000", "△2.1"),
    ("後期高齢者医療特別会計", "1,042,000", "998,000", "44,000", "4.4"),
    ("介護保険特別会計", "6,318,000", "6,205,000", "113,000", "1.8"),
    ("水道事業会計", "2,146,000", "2,090,000", "56,000", "2.7"),
    ("合計", "43,778,000", "43,137,000", "641,000", "1.5"),
]
_ASAKURA_REVENUE = [("市税", "5,126,000", "18.0"), ("地方交付税", "9,870,000", "34.7"), ("国庫支出金", "4,412,000", "15.5"),
                    ("県支出金", "2,196,000", "7.7"), ("市債", "2,655,000", "9.3"), ("繰入金", "1,288,000", "4.5"),
                    ("その他", "2,913,000", "10.2"), ("歳入合計", "28,460,000", "100.0")]
_ASAKURA_NATURE = [("人件費", "4,015,000"), ("扶助費", "6,120,000"), ("公債費", "2,874,000"), ("物件費", "3,906,000"),
                   ("補助費等", "2,514,000"), ("繰出金", "2,302,000"), ("普通建設事業費", "5,480,000"),
                   ("災害復旧事業費", "612,000"), ("その他", "637,000"), ("歳出合計", "28,460,000")]
_ASAKURA_PROJECTS = [
    ("２款　総務費", [
        ("○", "地域公共交通再編事業", "デマンドタクシーの運行区域を市内全域に広げる", "48,200", "企画政策課"),
        ("", "ふるさと納税推進事業", "返礼品の開発と寄附受付の委託", "612,400", "商工観光課")]),
    ("３款　民生費", [
        ("◎", "こども誰でも通園制度試行事業", "保育所に通っていない子の一時的な預かり（２園）", "12,800", "こども未来課"),
        ("○", "放課後児童クラブ運営事業", "開所時間を午後７時まで延長", "286,400", "こども未来課"),
        ("", "障がい者福祉タクシー助成事業", "タクシー料金の初乗り分を助成", "9,600", "福祉事務所")]),
    ("４款　衛生費", [
        ("○", "妊産婦健康診査事業", "産後２週間と１か月の健診費用を新たに助成", "58,300", "健康課"),
        ("", "ごみ処理施設基幹的設備改良事業", "甘木・朝倉・三井環境施設組合への負担金", "1,284,000", "環境課")]),
    ("６款　農林水産業費", [
        ("◎", "柿・梨産地スマート化支援事業", "自動防除機とかん水設備の導入を補助", "36,500", "農林振興課"),
        ("○", "鳥獣被害防止総合対策事業", "捕獲報償金の単価を引き上げ", "41,200", "農林振興課")]),
    ("７款　商工費", [
        ("◎", "秋月城跡周辺観光拠点整備事業", "観光案内所と駐車場の整備（実施設計）", "184,600", "商工観光課"),
        ("", "原鶴温泉誘客促進事業", "宿泊キャンペーンと鵜飼い観覧船の運航支援", "22,000", "商工観光課"),
        ("◎", "創業者家賃補助事業", "空き店舗で創業する人の家賃を２年間補助", "7,200", "商工観光課")]),
    ("８款　土木費", [
        ("", "橋りょう長寿命化修繕事業", "点検に基づく修繕（14橋）", "318,000", "都市計画課"),
        ("○", "市営住宅長寿命化改善事業", "外壁と給水管の改修（２団地）", "246,700", "都市計画課")]),
    ("10款　教育費", [
        ("◎", "中学校部活動地域移行推進事業", "休日の部活動を地域クラブへ移行", "18,900", "学校教育課"),
        ("○", "学校給食費保護者負担軽減事業", "第２子以降の給食費を無償化", "94,800", "学校教育課")]),
    ("11款　災害復旧費", [
        ("", "令和５年梅雨前線豪雨災害復旧事業", "農地・農業用施設と林道の復旧", "528,300", "農林振興課")]),
]


def asakura_yosan_no_aramashi_pdf(out: Path) -> Path:
    """福岡県朝倉市 令和7年度 予算のあらまし (PDF, 4 pages): a cover with a **contents page** (dotted leaders and
    printed page numbers); **running header** 「令和７年度　朝倉市予算のあらまし」 and footer 「－ N －」 on pages 2–4
    (printed page 1 is file page 2); ruled 会計 table in 千円 (令和7年度｜令和6年度｜増減額｜増減率, △); 歳入 with
    構成比 and 性質別 歳出 side by side; 主要事業 a ruled table 区分｜事業名・概要｜予算額｜担当課 **over a page break
    with the header repeated** but the 款 row not, 款 as shaded rows spanning the table, 区分 marks ◎/○ explained
    in a legend line above the table, the 概要 as a second, smaller line in the 事業名 cell; no 決算, no 事業's 前年度."""
    pdf = PdfPage(out / "asakura_r7_yosan_no_aramashi.pdf", title="令和7年度 朝倉市予算のあらまし", author="朝倉市 財政課")
    pdf.center(PAGE_W / 2, 200, "令和７年度", 18, GOTHIC)
    pdf.center(PAGE_W / 2, 236, "朝倉市予算のあらまし", 24, GOTHIC)
    pdf.center(PAGE_W / 2, 280, "福岡県朝倉市", 12)
    pdf.text(170, 400, "目　次", 12, GOTHIC)
    for i, (item, page) in enumerate([("１　予算の規模", "1"), ("２　一般会計の歳入・歳出", "1"), ("３　主要事業", "2"),
                                      ("４　市債と基金の状況", "3")]):
        pdf.text(170, 428 + 20 * i, item + " " + "・" * (24 - len(item)) + " " + page, 10)
    pdf.page()

    def frame(n: int) -> None:
        pdf.text(40, 30, "令和７年度　朝倉市予算のあらまし", 8)
        pdf.hline(40, PAGE_W - 40, 35)
        pdf.center(PAGE_W / 2, PAGE_H - 24, f"－ {n} －", 8)

    def grid(top: float, xs: list[float], rows: list[tuple], head: bool = True, height: float = 16) -> float:
        for r, cells in enumerate(rows):
            for c, s in enumerate(cells):
                x, w = xs[c], xs[c + 1] - xs[c]
                shaded = head and r == 0
                pdf.box(x, top, w, height, fill=0.87 if shaded else None)
                if c == 0 or shaded:
                    pdf.text(x + 4, top + 11, s, 8, GOTHIC if shaded else MINCHO)
                else:
                    pdf.right(x + w - 4, top + 11, s, 8)
            top += height
        return top

    frame(1)
    pdf.text(40, 62, "１　予算の規模", 11, GOTHIC)
    pdf.right(PAGE_W - 40, 62, "（単位：千円、％）", 8)
    top = grid(70, [40, 190, 280, 370, 450, 555],
               [("会計", "令和７年度", "令和６年度", "増減額", "増減率")] + _ASAKURA_ACCOUNTS)
    pdf.text(40, top + 12, "※水道事業会計は収益的支出と資本的支出の合計です。", 7.5)
    pdf.text(40, top + 40, "２　一般会計の歳入・歳出", 11, GOTHIC)
    pdf.right(PAGE_W - 40, top + 40, "（単位：千円、％）", 8)
    left = grid(top + 48, [40, 130, 210, 260], [("歳入", "予算額", "構成比")] + _ASAKURA_REVENUE)
    right = grid(top + 48, [300, 420, 520], [("歳出（性質別）", "予算額")] + _ASAKURA_NATURE)
    top = max(left, right)
    pdf.text(40, top + 12, "※構成比は小数点以下第２位を四捨五入しているため、合計が100％にならない場合があります。", 7.5)
    pdf.page()
    frame(2)
    pdf.text(40, 62, "３　主要事業", 11, GOTHIC)
    pdf.text(40, 80, "区分の欄の　◎は新規事業、○は拡充事業を示します。　　　　　　　　　　（単位：千円）", 8)
    xs = [40, 76, 380, 460, 555]

    def header(top: float) -> float:
        for x0, x1, h in zip(xs, xs[1:], ["区分", "事業名・概要", "予算額", "担当課"]):
            pdf.box(x0, top, x1 - x0, 18, fill=0.87)
            pdf.center((x0 + x1) / 2, top + 12, h, 8, GOTHIC)
        return top + 18

    top, page = header(88), 2
    for kan, items in _ASAKURA_PROJECTS:
        if top + 30 > PAGE_H - 60:
            page += 1
            pdf.page()
            frame(page)
            top = header(50)
        pdf.box(xs[0], top, xs[-1] - xs[0], 15, fill=0.95)
        pdf.text(xs[0] + 4, top + 11, kan, 8, GOTHIC)
        top += 15
        for mark, name, summary, amount, section in items:
            if top + 36 > PAGE_H - 60:
                page += 1
                pdf.page()
                frame(page)
                top = header(50)
            for x0, x1 in zip(xs, xs[1:]):
                pdf.box(x0, top, x1 - x0, 36)
            pdf.center((xs[0] + xs[1]) / 2, top + 21, mark, 9)
            pdf.text(xs[1] + 4, top + 14, name, 8.5)
            pdf.text(xs[1] + 10, top + 28, summary, 6.8)
            pdf.right(xs[3] - 4, top + 21, amount, 8.5)
            pdf.text(xs[3] + 4, top + 21, section, 7.5)
            top += 36
    pdf.text(40, top + 14, "４　市債と基金の状況", 11, GOTHIC)
    pdf.text(52, top + 32, "令和７年度末の一般会計の市債残高は326億4,500万円、財政調整基金の残高は38億2,000万円となる見込みです。", 8.5)
    pdf.text(52, top + 46, "災害復旧事業債の償還が進み、市債残高は前年度末より４億1,200万円減少する見込みです。", 8.5)
    return pdf.save()


# ---------------------------------------------------------------- 9. 広報 text edition for screen readers (CP932)

_SAKAIMINATO = """市報さかいみなと　令和７年４月号　音声読み上げ用テキスト版

このテキストは、紙面の内容を読み上げソフトで聞きやすいように、文字だけにしたものです。
図や表、写真は、その内容を文章で説明しています。金額は読み上げやすいように「億」「万」を使って書いています。

――――――――――――――――――――
２ページから３ページ
――――――――――――――――――――

特集　令和７年度　境港市の予算が決まりました

　３月定例市議会で、令和７年度の当初予算が可決されました。
　一般会計の予算額は１６８億４，０００万円で、前年度と比べて５億２，０００万円、３．２パーセントの増となりました。
　市長は「港とともに育つ、子育てに選ばれるまち」を掲げ、子育て支援と港まちのにぎわいづくりに予算を重点的に配分したと話しています。

【図の説明】会計ごとの予算額を示した棒グラフです。
　一般会計は、１６８億４，０００万円です。
　国民健康保険特別会計は、３７億１，２００万円です。
　介護保険特別会計は、４２億６，８００万円です。
　後期高齢者医療特別会計は、６億９００万円です。
　下水道事業会計は、２８億３，５００万円です。
　すべての会計を合わせると、２８２億６，４００万円です。

【図の説明】一般会計の歳入の内訳を示した円グラフです。大きい順に読み上げます。
　地方交付税、５３億５，０００万円、全体の３１．８パーセント。
　国・県支出金、３９億２，６００万円、全体の２３．３パーセント。
　市税、３４億８，２００万円、全体の２０．７パーセント。
　その他、２８億４，２００万円、全体の１６．９パーセント。
　市債、１２億４，０００万円、全体の７．４パーセント。
　割合は四捨五入しているため、合計が１００パーセントになりません。

【囲み記事】市の予算を家計に例えると
　一般会計を、月収３０万円の家庭に例えてみました。
　給料にあたる市税は６万２千円、親からの仕送りにあたる地方交付税と国・県支出金は１６万５千円です。
　ローンの返済にあたる公債費は２万９千円、医療費や子どもの教育費にあたる扶助費は８万８千円です。

――――――――――――――――――――
４ページ
――――――――――――――――――――

主な事業を紹介します

【表の説明】令和７年度の主な事業の表です。
表は「区分」「事業名」「予算額」「内容」の４つの列でできています。１行ずつ、この順に読み上げます。
区分の「新規」は令和７年度から始める事業、「拡充」は内容を広げる事業、「継続」は前年度から続ける事業です。

新規、境港さかなセンター周辺にぎわい創出事業、８，６４０万円、水産物直売所の改修と、岸壁沿いの遊歩道の整備を行います。
拡充、子ども医療費助成事業、１億２，１５０万円、通院の自己負担を１８歳まで無料にします。
新規、水木しげるロード夜間景観整備事業、４，２３０万円、妖怪ブロンズ像のライトアップ設備を更新し、夜の回遊を促します。
継続、境港市民体育館改修事業、３億６，８００万円、屋根と外壁の改修工事の２年目です。
拡充、小中学校給食費支援事業、６，０２０万円、第２子以降の給食費を無償にします。
新規、外国人材受入れ支援事業、１，１８０万円、水産加工業で働く外国人の日本語教室と生活相談窓口を設けます。
継続、弓ヶ浜地区浸水対策事業、２億４００万円、雨水ポンプ場の増設工事を進めます。

【写真の説明】改修を予定している、さかなセンター前の岸壁の写真です。

――――――――――――――――――――
５ページ
――――――――――――――――――――

市の借金と貯金

　令和７年度末の市債の残高は、２１８億６，０００万円になる見込みです。
　令和７年度末の財政調整基金の残高は、２４億３，０００万円になる見込みです。
　市民１人当たりにすると、市債の残高は約６５万円です。

問い合わせ　財政課（内線２１３）

――――――――――――――――――――
６ページ
――――――――――――――――――――

春の全国交通安全運動

　４月６日から１５日までの１０日間、春の全国交通安全運動が行われます。
　子どもと高齢者の交通事故防止と、自転車のヘルメット着用の徹底を重点に取り組みます。

問い合わせ　防災危機管理課（内線３３１）
"""


def sakaiminato_koho_text(out: Path) -> Path:
    """鳥取県境港市 市報 令和7年4月号 音声読み上げ用テキスト版 (text, CP932, CRLF): page markers between ― rules,
    figures described in prose (【図の説明】 one sentence per bar or slice, 「地方交付税、５３億５，０００万円、全体の
    ３１．８パーセント。」), **a table read out one row per line with its cells separated by 読点** (区分、事業名、
    予算額、内容), the columns announced once above; full-width compound 億/万 amounts; a household analogy box;
    an unrelated article; the previous year only as an increase."""
    return write_text(out / "sakaiminato_koho_2025_04_text.txt", _SAKAIMINATO, encoding="cp932", crlf=True)


# ---------------------------------------------------------------- 10. 地区別 population statistics (CSV)

_IKOMA_DISTRICTS = [
    # 地区, 世帯数, 男, 女, 0～14, 15～64, 65以上
    ("北地区", 9823, 10912, 11648),
    ("中地区", 12406, 13580, 14702),
    ("南地区", 7018, 7624, 8266),
    ("東地区", 5214, 5402, 5990),
    ("西地区", 8962, 10118, 10740),
]
_IKOMA_AGES = {
    "北地区": (3012, 13026, 6522), "中地区": (4215, 17644, 6423), "南地区": (1840, 8452, 5598),
    "東地区": (1105, 5702, 4585), "西地区": (3288, 12810, 4760),
}


def ikoma_chiku_betsu_jinko_csv(out: Path) -> Path:
    """奈良県生駒市 地区別・年齢別 人口と世帯 (CSV, UTF-8 without BOM, LF): a title row, a 基準日 row and a unit row;
    **block 1 with a two-row header** (年齢３区分別人口 over 0～14歳｜15～64歳｜65歳以上) and **the 総数 row first**,
    numbers quoted with commas; block 2 **years as columns** (令和３年…令和７年, 4月1日現在) for 人口, 世帯数, 高齢化率,
    外国人住民数 — the only place 外国人 stands; block 3 10歳階級 男女別; notes at the end."""
    rows: list[list[str]] = [["生駒市　地区別人口・世帯数（住民基本台帳）"], ["令和7年4月1日現在"], ["（単位：世帯、人、％）"],
                             ["地区", "世帯数", "人口", "", "", "年齢３区分別人口", "", "", "高齢化率"],
                             ["", "", "総数", "男", "女", "0～14歳", "15～64歳", "65歳以上", "（％）"]]
    body, totals = [], [0] * 7
    for name, households, men, women in _IKOMA_DISTRICTS:
        young, work, old = _IKOMA_AGES[name]
        assert young + work + old == men + women, name
        values = [households, men + women, men, women, young, work, old]
        totals = [t + v for t, v in zip(totals, values)]
        body.append([name] + [f"{v:,}" for v in values] + [f"{old * 100 / (men + women):.1f}"])
    rows.append(["総数"] + [f"{v:,}" for v in totals] + [f"{totals[6] * 100 / totals[1]:.1f}"])
    rows += body
    rows += [[], ["人口・世帯数の推移（各年4月1日現在）"], ["区分", "令和3年", "令和4年", "令和5年", "令和6年", "令和7年"],
             ["人口", "100,412", "100,018", "99,640", "99,305", f"{totals[1]:,}"],
             ["世帯数", "42,716", "42,958", "43,140", "43,287", f"{totals[0]:,}"],
             ["高齢化率（％）", "26.9", "27.3", "27.6", "27.9", f"{totals[6] * 100 / totals[1]:.1f}"],
             ["外国人住民数", "1,021", "1,064", "1,132", "1,208", "1,276"],
             [], ["年齢10歳階級別人口（市全体）"], ["年齢", "男", "女", "計"]]
    for age, men, women in [("0～9歳", 3004, 2710), ("10～19歳", 4212, 3888), ("20～29歳", 3601, 3160),
                            ("30～39歳", 3903, 3740), ("40～49歳", 7610, 8032), ("50～59歳", 8120, 8644),
                            ("60～69歳", 6288, 6902), ("70～79歳", 7214, 8320), ("80～89歳", 3290, 4982),
                            ("90歳以上", 394, 968)]:
        rows.append([age, f"{men:,}", f"{women:,}", f"{men + women:,}"])
    rows += [[], ["※住民基本台帳による。外国人住民を含む。"], ["※高齢化率は、65歳以上人口を総人口で割ったものです。"],
             ["※地区は、市内の自治会連合会の区域によります。"]]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path = out / "ikoma_chiku_betsu_jinko_r7.csv"
    path.write_bytes(buf.getvalue().encode("utf-8"))
    return path


# ---------------------------------------------------------------- 11. 観光振興計画, stepwise targets, 取組 in cells (PDF)

_GOSHOGAWARA_KPI = [
    ("観光入込客数", "千人", "2,846", "2,412", "2,600", "2,750", "2,900"),
    ("宿泊者数", "千人泊", "186", "142", "165", "180", "200"),
    ("立佞武多の館の入館者数", "千人", "312", "268", "290", "305", "320"),
    ("観光消費額", "億円", "98.4", "86.1", "95.0", "102.0", "110.0"),
    ("外国人観光客数", "人", "4,820", "6,150", "8,000", "10,000", "12,000"),
]
_GOSHOGAWARA_ACTIONS = [
    ("基本方針１", "立佞武多を核とした", "通年観光の推進", [
        "★① 立佞武多の館の夜間開館と制作現場の公開〔市・観光協会〕",
        "② 金木地区の文学ゆかりの地を巡る周遊ルートの造成〔観光協会〕",
        "③ 冬の地吹雪体験ツアーの商品化〔事業者・観光協会〕"]),
    ("基本方針２", "滞在と消費を", "増やす仕組みづくり", [
        "★① 市内宿泊を条件とするねぷた観覧席の販売〔観光協会・事業者〕",
        "② 十三湖のしじみを使った食のブランド化〔事業者〕",
        "③ 観光施設共通のキャッシュレス周遊パスの導入〔市〕"]),
    ("基本方針３", "受入環境の整備と", "情報発信", [
        "① 五所川原駅前観光案内所の多言語対応〔市〕",
        "★② 台湾・香港向けのＳＮＳ広告と旅行会社の招へい〔市・観光協会〕"]),
]


def goshogawara_kanko_shinko_keikaku_pdf(out: Path) -> Path:
    """青森県五所川原市 第2次観光振興計画 概要版 (PDF, 2 pages): 現状と課題 as numbered prose; a ruled KPI table
    with **a two-row header** — 実績 merged over 令和元年｜令和5年 and 目標 merged over 令和8年｜令和10年｜令和12年
    (**stepwise targets**, calendar years), the unit in its own column; page 2 a two-column ruled table 基本方針｜主な取組
    whose 基本方針 cell holds three short lines and whose 取組 cell holds **several ①② lines, each ending with its
    実施主体 in 〔〕 and some marked ★ (重点) at the start**, the ★ explained below the table; no 令和6年 or 令和11年."""
    pdf = PdfPage(out / "goshogawara_dai2ji_kanko_shinko_keikaku_gaiyo.pdf", title="第2次五所川原市観光振興計画 概要版",
                  author="五所川原市 経済部 観光物産課")
    pdf.text(40, 50, "第２次五所川原市観光振興計画（令和７年度～令和12年度）　概要版", 13, GOTHIC)
    pdf.hline(40, PAGE_W - 40, 58, 1.0)
    pdf.text(40, 80, "１　現状と課題", 11, GOTHIC)
    for i, line in enumerate([
        "（１）観光入込客数は、令和５年にコロナ禍前（令和元年）の約85％まで回復しましたが、宿泊者数の回復が遅れています。",
        "（２）観光客の多くが８月の立佞武多祭りの期間に集中し、冬季の入込客数は夏季の３分の１にとどまっています。",
        "（３）市内の宿泊施設の客室数が少なく、祭りの期間は近隣市町に宿泊する観光客が多くなっています。",
        "（４）外国人観光客は増えていますが、案内表示や決済手段が十分に対応できていません。"]):
        pdf.text(48, 100 + 16 * i, line, 8.3)
    pdf.text(40, 180, "２　計画の目標（数値目標）", 11, GOTHIC)
    xs = [40, 180, 230, 295, 360, 425, 490, 555]
    top = 190
    pdf.box(xs[0], top, xs[1] - xs[0], 36, fill=0.87)
    pdf.center((xs[0] + xs[1]) / 2, top + 22, "指標", 8.5, GOTHIC)
    pdf.box(xs[1], top, xs[2] - xs[1], 36, fill=0.87)
    pdf.center((xs[1] + xs[2]) / 2, top + 22, "単位", 8.5, GOTHIC)
    pdf.box(xs[2], top, xs[4] - xs[2], 18, fill=0.87)
    pdf.center((xs[2] + xs[4]) / 2, top + 12, "実績", 8.5, GOTHIC)
    pdf.box(xs[4], top, xs[7] - xs[4], 18, fill=0.87)
    pdf.center((xs[4] + xs[7]) / 2, top + 12, "目標", 8.5, GOTHIC)
    for i, year in enumerate(["令和元年", "令和5年", "令和8年", "令和10年", "令和12年"]):
        pdf.box(xs[2 + i], top + 18, xs[3 + i] - xs[2 + i], 18, fill=0.87)
        pdf.center((xs[2 + i] + xs[3 + i]) / 2, top + 30, year, 8, GOTHIC)
    top += 36
    for row in _GOSHOGAWARA_KPI:
        for c, cell in enumerate(row):
            pdf.box(xs[c], top, xs[c + 1] - xs[c], 18)
            if c < 2:
                pdf.text(xs[c] + 4, top + 12, cell, 8)
            else:
                pdf.right(xs[c + 1] - 5, top + 12, cell, 8)
        top += 18
    pdf.text(40, top + 12, "※観光入込客数、宿泊者数及び外国人観光客数は暦年（１月～12月）の数値です。", 7.5)
    pdf.text(40, top + 23, "※観光消費額は、観光庁の共通基準による推計値です。令和元年はコロナ禍前の参考値として掲載しています。", 7.5)
    pdf.center(PAGE_W / 2, PAGE_H - 24, "１", 8)
    pdf.page()
    pdf.text(40, 50, "３　施策の展開", 11, GOTHIC)
    top = 60
    pdf.box(40, top, 120, 18, fill=0.87)
    pdf.center(100, top + 12, "基本方針", 8.5, GOTHIC)
    pdf.box(160, top, 395, 18, fill=0.87)
    pdf.center(357, top + 12, "主な取組〔実施主体〕", 8.5, GOTHIC)
    top += 18
    for head, line1, line2, actions in _GOSHOGAWARA_ACTIONS:
        height = 16 * len(actions) + 10
        pdf.box(40, top, 120, height)
        pdf.box(160, top, 395, height)
        for i, s in enumerate([head, line1, line2]):
            pdf.text(46, top + 14 + 13 * i, s, 8, GOTHIC if i == 0 else MINCHO)
        for i, s in enumerate(actions):
            pdf.text(166, top + 15 + 16 * i, s, 8)
        top += height
    pdf.text(40, top + 13, "★は重点取組です。実施主体の「事業者」は、宿泊、飲食、交通などの民間事業者をいいます。", 7.5)
    pdf.text(40, top + 40, "４　推進体制", 11, GOTHIC)
    pdf.text(48, top + 58, "市、観光協会、事業者で構成する五所川原市観光戦略会議を年２回開催し、数値目標の達成状況を毎年度検証します。", 8.3)
    pdf.center(PAGE_W / 2, PAGE_H - 24, "２", 8)
    return pdf.save()


MAKERS = [
    fuefuki_chuki_zaisei_pdf, shibata_kessan_card_xlsx, nanjo_yosan_hensei_houshin_docx, kaizuka_hosei_gaiyo_pdf,
    hyuga_sousei_kensho_pdf, kyotango_zenki_kihon_keikaku_docx, kaminoyama_jimu_jigyo_hyoka_xlsx,
    asakura_yosan_no_aramashi_pdf, sakaiminato_koho_text, ikoma_chiku_betsu_jinko_csv,
    goshogawara_kanko_shinko_keikaku_pdf,
]


def make_all(out_dir: Path) -> list[Path]:
    """Write every document of the sixth blind set into `out_dir` (created if missing) and return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [make(out_dir) for make in MAKERS]


if __name__ == "__main__":
    import sys
    for p in make_all(Path(sys.argv[1] if len(sys.argv) > 1 else "blind6-out")):
        print(p)
