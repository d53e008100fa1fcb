"""Ninth blind fixture set: eight documents in layouts nobody tuned the extractor to, answers written by hand.

`make_all(out_dir)` writes eight documents of Japanese local-government kinds (a 予算説明書 歳出 事項別明細書 in A4
landscape PDF with 財源内訳 and 節 columns and a hierarchical 説明 column; a 健全化判断比率・資金不足比率 公表 in PDF with
the standards beside the ratios; a 行財政改革 実施計画 workbook with 効果額 by year; an 教育振興基本計画 in Word; a
男女共同参画プラン 進捗 CSV in CP932 whose value cells hold their year in parentheses; a ふるさと納税 web page; a
所信表明 in Word; an 観光入込客数 workbook of 地域 × 月) into `out_dir` and returns their paths. The municipalities
are real and were used by no earlier set; every figure, name and sentence is invented. The expected answers in
`questions.jsonl` were written by hand from the text below, without reading or running the extractor. Binary
formats are generated here, never committed.
"""
from __future__ import annotations

from pathlib import Path

from assistant.testbed.documents import GOTHIC, PAGE_H, PAGE_W, PdfPage, amount_text, column_lefts, write_text




# ---------------------------------------------------------------- 1. 予算説明書 歳出 事項別明細書 (PDF, landscape)

# (目 name, 本年度, 前年度, (国県支出金, 地方債, その他, 一般財源), [(節, 金額)], [(説明 label, amount)])
_ISHINOMAKI = [
    ("２款　総務費", "１項　総務管理費", [
        ("６目　企画費", 318_640, 276_210, (42_000, 0, 61_500, 215_140),
         [("１　報酬", 4_820), ("８　旅費", 1_360), ("１１　役務費", 2_940), ("１２　委託料", 98_320),
          ("１８　負担金補助及び交付金", 211_200)],
         [("１　企画調整事務費", "8,120"), ("２　移住定住促進事業", "64,300"), ("　（１）移住支援金", "38,000"),
          ("　（２）移住体験住宅管理", "4,300"), ("　（３）移住相談窓口運営委託", "22,000"),
          ("３　地域公共交通確保対策事業", "171,900"), ("　（１）住民バス運行委託", "76,320"),
          ("　（２）離島航路運航補助金", "95,580"), ("４　新　石巻かわまち交流拠点活性化事業", "74,320")]),
    ]),
    ("４款　衛生費", "１項　保健衛生費", [
        ("２目　予防費", 486_930, 512_460, (96_240, 0, 1_850, 388_840),
         [("７　報償費", 3_120), ("１０　需用費", 28_760), ("１２　委託料", 441_600), ("１９　扶助費", 13_450)],
         [("１　予防接種事業", "412,380"), ("　（１）定期予防接種", "361,200"), ("　（２）帯状疱疹ワクチン接種助成", "51,180"),
          ("２　がん検診事業", "61,100"), ("　（１）胃がん・大腸がん検診", "33,400"), ("　（２）子宮がん・乳がん検診", "27,700"),
          ("３　新　骨髄移植後ワクチン再接種助成事業", "1,280"), ("４　感染症予防事務費", "12,170")]),
        ("３目　母子保健費", 152_780, 148_930, (58_600, 0, 0, 94_180),
         [("８　旅費", 640), ("１２　委託料", 96_540), ("１９　扶助費", 55_600)],
         [("１　妊婦健康診査事業", "78,920"), ("２　産後ケア事業", "18,260"), ("３　新　乳幼児ヘルメット治療費助成事業", "3,000"),
          ("４　不妊治療費助成事業", "52,600")]),
    ]),
    ("１０款　教育費", "２項　小学校費", [
        ("１目　学校管理費", 1_024_560, 1_186_300, (118_000, 354_000, 8_400, 544_160),
         [("１　報酬", 62_480), ("１０　需用費", 186_320), ("１２　委託料", 121_760), ("１４　工事請負費", 654_000)],
         [("１　小学校管理運営費", "256,400"), ("２　学校施設長寿命化改修事業", "654,000"), ("　（１）蛇田小学校校舎改修", "412,000"),
          ("　（２）渡波小学校屋内運動場改修", "242,000"), ("３　スクールサポートスタッフ配置事業", "62,480"),
          ("４　学校ＩＣＴ環境整備事業", "51,680")]),
    ]),
]


def ishinomaki_yosan_setsumeisho_pdf(out: Path) -> Path:
    """宮城県石巻市 令和7年度 一般会計予算説明書 歳出 事項別明細書 (PDF, A4 landscape, 3 pages): the 款 and 項
    printed as lines above each block, then a ruled table 目｜本年度予算額｜前年度予算額｜比較｜財源内訳 (国県支出金｜
    地方債｜その他｜一般財源, a two-row header)｜節 (区分｜金額)｜説明; each 目 row is tall, its 節 lines and its
    説明 lines stacked in their cells, the 説明 holding numbered 事業 with amounts and （１）（２） sub-items
    indented; 「新」 before a new 事業; △ for a decrease; 千円 once in the running header."""
    pdf = PdfPage(out / "ishinomaki_r7_yosan_setsumeisho_saishutsu.pdf", title="令和7年度 石巻市一般会計予算説明書",
                 author="石巻市 財務部 財政課", landscape=True)
    W, H = pdf.W, pdf.H
    cols = [78, 62, 62, 56, 52, 52, 46, 56, 110, 50, 160]
    xs = column_lefts(28, cols)
    page = [1]

    def furniture() -> None:
        pdf.text(28, 26, "令和７年度　石巻市一般会計予算説明書　歳出", 8)
        pdf.right(W - 28, 26, "（単位：千円）", 8)
        pdf.hline(28, W - 28, 31)
        pdf.center(W / 2, H - 18, f"－ {page[0] + 41} －", 8)

    def header(top: float) -> float:
        for i, h in ((0, "目"), (1, "本年度予算額"), (2, "前年度予算額"), (3, "比　較")):
            pdf.box(xs[i], top, cols[i], 30, fill=0.85)
            pdf.center(xs[i] + cols[i] / 2, top + 19, h, 7, GOTHIC)
        pdf.box(xs[4], top, sum(cols[4:8]), 15, fill=0.85)
        pdf.center(xs[4] + sum(cols[4:8]) / 2, top + 11, "本年度予算額の財源内訳", 7, GOTHIC)
        for i, h in ((4, "国県支出金"), (5, "地方債"), (6, "その他"), (7, "一般財源")):
            pdf.box(xs[i], top + 15, cols[i], 15, fill=0.85)
            pdf.center(xs[i] + cols[i] / 2, top + 26, h, 6.5, GOTHIC)
        pdf.box(xs[8], top, cols[8] + cols[9], 15, fill=0.85)
        pdf.center(xs[8] + (cols[8] + cols[9]) / 2, top + 11, "節", 7, GOTHIC)
        for i, h in ((8, "区　分"), (9, "金　額")):
            pdf.box(xs[i], top + 15, cols[i], 15, fill=0.85)
            pdf.center(xs[i] + cols[i] / 2, top + 26, h, 6.5, GOTHIC)
        pdf.box(xs[10], top, cols[10], 30, fill=0.85)
        pdf.center(xs[10] + cols[10] / 2, top + 19, "説　　　明", 7, GOTHIC)
        return top + 30

    pdf.text(28, 60, "歳出　事項別明細書", 14, GOTHIC)
    top = 78
    for n, (kan, kou, moku) in enumerate(_ISHINOMAKI):
        if n > 0:
            furniture()
            pdf.page()
            page[0] += 1
            top = 50
        kan_total = sum(m[1] for m in moku)
        pdf.text(28, top + 10, f"{kan}", 10, GOTHIC)
        pdf.text(150, top + 10, f"{kou}", 10, GOTHIC)
        top = header(top + 18)
        for name, now, last, funds, setsu, notes in moku:
            height = 11 * max(len(setsu), len(notes)) + 10
            for x, w in zip(xs, cols):
                pdf.box(x, top, w, height)
            pdf.text(xs[0] + 3, top + 11, name, 7.5)
            figures = [amount_text(now), amount_text(last), amount_text(now - last)] + [amount_text(f) if f else "－" for f in funds]
            for c, s in enumerate(figures, start=1):
                pdf.right(xs[c] + cols[c] - 3, top + 11, s, 7.5)
            for i, (label, value) in enumerate(setsu):
                pdf.text(xs[8] + 3, top + 11 + 11 * i, label, 7)
                pdf.right(xs[9] + cols[9] - 3, top + 11 + 11 * i, f"{value:,}", 7)
            for i, (label, value) in enumerate(notes):
                pdf.text(xs[10] + 3, top + 11 + 11 * i, label, 6.5)
                pdf.right(xs[10] + cols[10] - 3, top + 11 + 11 * i, value, 6.5)
            top += height
        pdf.text(28, top + 14, f"{kou}　計　{kan_total:,}", 7.5, GOTHIC)
    pdf.text(28, top + 30, "※「新」は令和７年度の新規事業。比較欄の△は前年度より減少したことを示す。", 7)
    furniture()
    return pdf.save()


# ---------------------------------------------------------------- 2. 健全化判断比率・資金不足比率 公表 (PDF)

def yuzawa_kenzenka_hiritsu_pdf(out: Path) -> Path:
    """秋田県湯沢市 令和5年度決算に基づく健全化判断比率及び資金不足比率の公表 (PDF, portrait, 2 pages): a ruled table
    区分｜令和５年度｜令和４年度｜早期健全化基準｜財政再生基準 with 「－」 where there is no deficit, the standards
    beside the town's ratios; a 資金不足比率 table 会計｜令和５年度｜令和４年度｜経営健全化基準; page 2 the 算定の
    基礎 in 千円 and the 分析 in prose."""
    pdf = PdfPage(out / "yuzawa_r5_kenzenka_handan_hiritsu.pdf", title="健全化判断比率及び資金不足比率の公表",
                  author="湯沢市 総務部 財政課")
    pdf.text(40, 56, "令和５年度決算に基づく健全化判断比率及び資金不足比率の公表", 13, GOTHIC)
    pdf.right(PAGE_W - 40, 76, "湯沢市総務部財政課", 8.5)
    for i, s in enumerate([
        "地方公共団体の財政の健全化に関する法律に基づき、令和５年度決算に係る健全化判断比率及び資金不足比率を",
        "監査委員の審査に付し、その意見を付けて議会に報告しましたので、次のとおり公表します。",
    ]):
        pdf.text(40, 100 + 14 * i, s, 8.5)
    pdf.text(40, 144, "１　健全化判断比率", 10.5, GOTHIC)
    pdf.right(PAGE_W - 40, 158, "（単位：％）", 8)
    cols = [170, 75, 75, 90, 90]
    xs = column_lefts(40, cols)
    top = 164
    for x, w, h in zip(xs, cols, ["区　分", "令和５年度", "令和４年度", "早期健全化基準", "財政再生基準"]):
        pdf.box(x, top, w, 20, fill=0.85)
        pdf.center(x + w / 2, top + 13, h, 8.5, GOTHIC)
    top += 20
    rows = [("実質赤字比率", "－", "－", "12.99", "20.00"),
            ("連結実質赤字比率", "－", "－", "17.99", "30.00"),
            ("実質公債費比率", "9.6", "10.4", "25.0", "35.0"),
            ("将来負担比率", "42.7", "51.3", "350.0", "－")]
    for row in rows:
        for x, w in zip(xs, cols):
            pdf.box(x, top, w, 20)
        pdf.text(xs[0] + 5, top + 13, row[0], 8.5)
        for c in range(1, 5):
            pdf.right(xs[c] + cols[c] - 8, top + 13, row[c], 8.5)
        top += 20
    for i, s in enumerate([
        "※実質赤字比率及び連結実質赤字比率の「－」は、赤字額がない（黒字である）ことを示します。",
        "※将来負担比率には財政再生基準がありません。早期健全化基準は本市の標準財政規模により算定しています。",
    ]):
        pdf.text(46, top + 14 + 12 * i, s, 7.5)
    top += 56
    pdf.text(40, top, "２　資金不足比率", 10.5, GOTHIC)
    pdf.right(PAGE_W - 40, top + 14, "（単位：％）", 8)
    cols2 = [200, 90, 90, 120]
    xs2 = column_lefts(40, cols2)
    top += 20
    for x, w, h in zip(xs2, cols2, ["特別会計の名称", "令和５年度", "令和４年度", "経営健全化基準"]):
        pdf.box(x, top, w, 20, fill=0.85)
        pdf.center(x + w / 2, top + 13, h, 8.5, GOTHIC)
    top += 20
    for name in ("水道事業会計", "下水道事業会計", "農業集落排水事業特別会計"):
        for x, w in zip(xs2, cols2):
            pdf.box(x, top, w, 20)
        pdf.text(xs2[0] + 5, top + 13, name, 8.5)
        for c, v in ((1, "－"), (2, "－"), (3, "20.0")):
            pdf.right(xs2[c] + cols2[c] - 8, top + 13, v, 8.5)
        top += 20
    pdf.text(46, top + 14, "※「－」は資金不足額がないことを示します。", 7.5)
    pdf.center(PAGE_W / 2, PAGE_H - 26, "1", 9)
    pdf.page()

    pdf.text(40, 56, "３　算定の基礎", 10.5, GOTHIC)
    pdf.right(PAGE_W - 40, 70, "（単位：千円）", 8)
    basis = [("標準財政規模", "17,486,320", "17,215,940"),
             ("実質公債費比率の分子（３か年平均）", "1,398,700", "1,512,480"),
             ("将来負担額", "38,924,610", "40,218,350"),
             ("充当可能財源等", "31,458,200", "31,386,700")]
    cols3 = [220, 130, 130]
    xs3 = column_lefts(40, cols3)
    top = 76
    for x, w, h in zip(xs3, cols3, ["項　目", "令和５年度", "令和４年度"]):
        pdf.box(x, top, w, 20, fill=0.85)
        pdf.center(x + w / 2, top + 13, h, 8.5, GOTHIC)
    top += 20
    for name, a, b in basis:
        for x, w in zip(xs3, cols3):
            pdf.box(x, top, w, 20)
        pdf.text(xs3[0] + 5, top + 13, name, 8.5)
        pdf.right(xs3[1] + cols3[1] - 8, top + 13, a, 8.5)
        pdf.right(xs3[2] + cols3[2] - 8, top + 13, b, 8.5)
        top += 20
    top += 30
    pdf.text(40, top, "４　比率の分析", 10.5, GOTHIC)
    for i, s in enumerate([
        "（１）実質公債費比率は、平成２０年度に借り入れた合併特例債の償還が終わったことにより、前年度から",
        "　　 0.8ポイント改善し、9.6％となりました。",
        "（２）将来負担比率は、地方債の現在高が減少したことと、公共施設整備基金へ３億円を積み立てたことに",
        "　　 より、前年度から8.6ポイント改善し、42.7％となりました。",
        "（３）いずれの比率も早期健全化基準を下回っていますが、今後は市立総合病院の建替えに伴う地方債の",
        "　　 借入れが見込まれるため、新規の借入額を毎年度の元金償還額の範囲内に抑え、比率の上昇を抑制します。",
    ]):
        pdf.text(46, top + 18 + 14 * i, s, 8.5)
    pdf.center(PAGE_W / 2, PAGE_H - 26, "2", 9)
    return pdf.save()


# ---------------------------------------------------------------- 3. 行財政改革 実施計画 (XLSX)

_OMURA = [
    ("Ⅰ　歳入の確保", [
        ("1", "市税等の収納率の向上", "コンビニ納付とスマートフォン決済を全税目に広げ、滞納整理を早期に着手する。", "収納課",
         18_400, 21_600, 24_000, "○"),
        ("2", "ふるさと納税の推進", "返礼品の協力事業者を増やし、ポータルサイトを２つ追加する。", "シティプロモーション課",
         35_000, 42_000, 50_000, "○"),
        ("3", "未利用市有地の売却", "旧松原出張所跡地ほか３件を一般競争入札により売却する。", "財産活用課",
         86_500, 12_300, 0, "◎"),
        ("4", "使用料・手数料の見直し", "施設使用料の原価計算を行い、令和８年度から料金を改定する。", "財政課",
         0, 9_800, 9_800, "△"),
    ]),
    ("Ⅱ　歳出の削減", [
        ("5", "公共施設の統廃合", "竹松地区の公民館２館を統合し、跡地を地域に貸し付ける。", "公共施設マネジメント課",
         -4_200, 16_800, 16_800, "△"),
        ("6", "補助金の見直し", "交付から５年を経過した団体補助金を一律に点検し、終期を設定する。", "財政課",
         12_600, 14_100, 15_000, "○"),
        ("7", "電力調達の見直し", "本庁舎ほか42施設の電力を一括して入札する。", "契約管財課",
         23_800, 23_800, 23_800, "◎"),
    ]),
    ("Ⅲ　業務の効率化", [
        ("8", "窓口業務の委託", "市民課の窓口業務を民間事業者に委託する。", "市民課",
         0, 7_500, 15_200, "△"),
        ("9", "ＲＰＡとＡＩ-ＯＣＲの導入", "給与事務と税の申告受付事務に導入し、事務時間を年4,000時間削減する。", "情報政策課",
         3_100, 6_400, 6_400, "○"),
    ]),
]


def omura_gyozaisei_kaikaku_xlsx(out: Path) -> Path:
    """長崎県大村市 第6次行財政改革実施計画（令和7年度～令和9年度） (XLSX, 2 sheets): a title block, the legend of the
    status marks, then **a two-row header** (効果額（千円） merged over 令和７年度｜令和８年度｜令和９年度｜計, the
    others merged down) and 取組項目 rows under merged 区分 rows; the marks ◎○△ in their own column; a negative
    effect stored as a number shown △ by its number format; a 合計 row; a second sheet 区分別集計."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = Workbook()
    ws = wb.active
    ws.title = "実施計画"
    shade = PatternFill("solid", fgColor="E2EFDA")
    fmt = '#,##0;"△"#,##0'
    for col, width in zip("ABCDEFGHIJ", (6, 26, 48, 20, 12, 12, 12, 12, 8, 4)):
        ws.column_dimensions[col].width = width
    ws.merge_cells("A1:I1")
    ws["A1"] = "第６次大村市行財政改革実施計画（令和７年度～令和９年度）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = "進捗状況　◎：実施済　○：実施中　△：検討中・未着手　　　効果額は前年度（令和６年度）予算との比較による"
    for cell, value in (("A4", "No."), ("B4", "取組項目"), ("C4", "取組内容"), ("D4", "所管課"), ("E4", "効果額（千円）"),
                        ("I4", "進捗")):
        ws[cell] = value
        ws[cell].fill = shade
        ws[cell].font = Font(bold=True)
    ws.merge_cells("E4:H4")
    for col in "ABCDI":
        ws.merge_cells(f"{col}4:{col}5")
    for cell, value in (("E5", "令和７年度"), ("F5", "令和８年度"), ("G5", "令和９年度"), ("H5", "計")):
        ws[cell] = value
        ws[cell].fill = shade
        ws[cell].font = Font(bold=True)
    row = 6
    totals = [0, 0, 0]
    summary = []
    for group, items in _OMURA:
        ws.merge_cells(f"A{row}:I{row}")
        ws[f"A{row}"] = group
        ws[f"A{row}"].font = Font(bold=True)
        ws[f"A{row}"].fill = PatternFill("solid", fgColor="F2F2F2")
        row += 1
        group_sum = [0, 0, 0]
        for no, name, content, section, a, b, c, mark in items:
            ws[f"A{row}"], ws[f"B{row}"], ws[f"C{row}"], ws[f"D{row}"] = int(no), name, content, section
            ws[f"C{row}"].alignment = Alignment(wrap_text=True, vertical="top")
            for col, v in zip("EFGH", (a, b, c, a + b + c)):
                ws[f"{col}{row}"] = v
                ws[f"{col}{row}"].number_format = fmt
            ws[f"I{row}"] = mark
            for i, v in enumerate((a, b, c)):
                group_sum[i] += v
            row += 1
        summary.append((group, group_sum))
        totals = [t + g for t, g in zip(totals, group_sum)]
    ws.merge_cells(f"A{row}:D{row}")
    ws[f"A{row}"] = "効果額　合計"
    ws[f"A{row}"].font = Font(bold=True)
    for col, v in zip("EFGH", totals + [sum(totals)]):
        ws[f"{col}{row}"] = v
        ws[f"{col}{row}"].number_format = fmt
    ws2 = wb.create_sheet("区分別集計")
    ws2["A1"] = "区分別の効果額（千円）"
    ws2["A1"].font = Font(bold=True)
    for col, value in zip("ABCDE", ("区分", "令和７年度", "令和８年度", "令和９年度", "３か年計")):
        ws2[f"{col}3"] = value
    for r, (group, s) in enumerate(summary, start=4):
        ws2[f"A{r}"] = group
        for col, v in zip("BCDE", s + [sum(s)]):
            ws2[f"{col}{r}"] = v
            ws2[f"{col}{r}"].number_format = fmt
    path = out / "omura_dai6ji_gyozaisei_kaikaku_jisshi_keikaku.xlsx"
    wb.properties.title = "第6次大村市行財政改革実施計画"
    wb.properties.creator = "大村市 財政部 行政改革推進室"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 4. 教育振興基本計画 (DOCX)

def yonezawa_kyoiku_shinko_docx(out: Path) -> Path:
    """山形県米沢市 第3期教育振興基本計画（令和7年度～令和11年度） (DOCX): Heading 1 per 基本方針, Heading 2 per 施策,
    【現状と課題】 and 【主な取組】 paragraphs with the 取組 named inside sentences, then **one 指標 table at the end**
    基本方針｜指標｜現状値（令和５年度）｜目標値（令和11年度） with ％ and 人 inside the cells."""
    import docx
    doc = docx.Document()
    doc.core_properties.title = "第3期米沢市教育振興基本計画"
    doc.core_properties.author = "米沢市教育委員会"
    doc.add_heading("第３期米沢市教育振興基本計画（令和７年度～令和11年度）", level=0)
    doc.add_paragraph("令和７年３月　米沢市教育委員会")
    doc.add_heading("第１章　計画の策定にあたって", level=1)
    doc.add_paragraph("本計画は、教育基本法第17条第２項に基づく本市の教育の振興のための施策に関する基本的な計画であり、"
                      "基本理念「上杉の志を受け継ぎ　未来を拓く　米沢の人づくり」のもと、三つの基本方針を定めるものです。")
    chapters = [
        ("基本方針１　確かな学力と豊かな心を育む学校教育の推進", [
            ("施策１　学びの質の向上",
             "全国学力・学習状況調査では、中学校数学の平均正答率が全国平均を下回る状況が続いています。また、一人一台端末の活用は教員によって差があり、授業での日常的な活用が課題です。",
             "令和７年度から「米沢まなびアップ事業」を始め、市内全中学校に数学の学習支援員を配置します。あわせて、ＩＣＴ支援員を６人から９人に増員し、端末を使った授業づくりを支援します。"),
            ("施策２　いじめ・不登校への対応",
             "不登校の児童生徒は増加傾向にあり、学校に行きづらい子どもが安心して過ごせる場の確保が求められています。",
             "教育支援センター「ひかりの森」に加え、令和８年度までに全ての中学校に校内教育支援センターを設置します。"),
        ]),
        ("基本方針２　地域とともにある学校づくり", [
            ("施策３　コミュニティ・スクールの推進",
             "全ての小・中学校に学校運営協議会を設置しましたが、地域学校協働活動の担い手が高齢化し、固定化しています。",
             "地域学校協働活動推進員を各中学校区に１人配置し、保護者や大学生の参加を広げます。"),
            ("施策４　学校の適正規模・適正配置",
             "児童数の減少により、複式学級を持つ小学校が令和５年度の３校から令和11年度には６校に増える見込みです。",
             "学校規模適正化検討委員会を設置し、令和８年度中に小学校の再編の方針を取りまとめます。"),
        ]),
        ("基本方針３　生涯にわたる学びと文化・スポーツの振興", [
            ("施策５　生涯学習の推進",
             "公民館講座の受講者は60歳以上が約７割を占め、働く世代の参加が少ない状況です。",
             "夜間と休日のオンライン講座「よねざわ夜学」を開講し、若い世代の学び直しを支援します。"),
            ("施策６　文化財の保存と活用",
             "上杉家ゆかりの文化財を活かした学習の機会は、市外からの来訪者に比べて市民の利用が少なくなっています。",
             "市内の小学校６年生全員を上杉博物館に招く「ふるさと米沢再発見事業」を実施します。"),
        ]),
    ]
    doc.add_heading("第２章　施策の展開", level=1)
    for policy, measures in chapters:
        doc.add_heading(policy, level=1)
        for title, issue, action in measures:
            doc.add_heading(title, level=2)
            doc.add_paragraph("【現状と課題】")
            doc.add_paragraph(issue)
            doc.add_paragraph("【主な取組】")
            doc.add_paragraph(action)
    doc.add_heading("第３章　成果指標", level=1)
    doc.add_paragraph("計画の進み具合を測るため、次の指標を設定します。現状値は令和５年度の値です。")
    rows = [("基本方針", "指標", "現状値（令和５年度）", "目標値（令和11年度）"),
            ("１", "授業でＩＣＴを週３回以上活用している児童生徒の割合", "58.3％", "90.0％"),
            ("１", "「自分には良いところがある」と答えた中学生の割合", "76.4％", "85.0％"),
            ("１", "校内教育支援センターを利用した生徒数", "42人", "120人"),
            ("２", "地域学校協働活動に参加した地域住民の延べ人数", "8,640人", "12,000人"),
            ("３", "公民館講座の受講者数（年間）", "15,230人", "16,500人"),
            ("３", "上杉博物館を利用した市内の児童生徒数", "2,180人", "3,600人")]
    table = doc.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            table.cell(r, c).text = v
    doc.add_paragraph("※目標値は計画の最終年度である令和11年度の値です。中間年度の令和９年度に見直します。")
    path = out / "yonezawa_dai3ki_kyoiku_shinko_kihon_keikaku.docx"
    doc.save(str(path))
    return path


# ---------------------------------------------------------------- 5. 男女共同参画プラン 進捗 (CSV, CP932)

def tamana_danjo_plan_csv(out: Path) -> Path:
    """熊本県玉名市 第3次男女共同参画プラン 進捗状況 (CSV, **CP932**, CRLF): a title row and a 基準日 row, then one
    header 基本目標,施策の方向,指標,策定時の値（年度）,現状値（年度）,目標値（年度）,所管課,評価 — **each value cell holds its
    year in parentheses** 「28.6％（令和元年度）」; the 基本目標 only on its first row (empty below); the legend at the end."""
    rows = [
        "第３次玉名市男女共同参画プラン　成果指標の進捗状況（令和６年度末）",
        "",
        "基本目標,施策の方向,指標,策定時の値（年度）,現状値（年度）,目標値（年度）,所管課,評価",
        "Ⅰ　あらゆる分野における女性の参画拡大,政策・方針決定過程への女性の参画,審議会等委員に占める女性の割合,28.6％（令和元年度）,33.9％（令和６年度）,40.0％（令和８年度）,総務課,Ｂ",
        ",政策・方針決定過程への女性の参画,市職員の管理職に占める女性の割合,12.5％（令和元年度）,18.2％（令和６年度）,25.0％（令和８年度）,人事課,Ｂ",
        ",女性の活躍推進,女性活躍推進法に基づく一般事業主行動計画を策定した市内事業所数,8社（令和元年度）,21社（令和６年度）,20社（令和８年度）,商工政策課,Ａ",
        "Ⅱ　ワーク・ライフ・バランスの実現,仕事と家庭の両立支援,市職員（男性）の育児休業取得率,7.1％（令和元年度）,46.2％（令和６年度）,50.0％（令和８年度）,人事課,Ｂ",
        ",仕事と家庭の両立支援,ファミリー・サポート・センター提供会員数,96人（令和元年度）,88人（令和６年度）,130人（令和８年度）,子育て支援課,Ｃ",
        "Ⅲ　安全・安心に暮らせる社会づくり,配偶者等からの暴力の根絶,ＤＶ相談窓口を知っている市民の割合,41.3％（令和２年度）,52.8％（令和５年度）,70.0％（令和８年度）,人権啓発課,Ｃ",
        ",男女共同参画の意識づくり,「男は仕事、女は家庭」という考え方に反対する市民の割合,55.0％（令和２年度）,63.7％（令和５年度）,70.0％（令和８年度）,人権啓発課,Ｂ",
        "",
        "評価　Ａ：目標を達成　Ｂ：順調に推移　Ｃ：策定時より改善が遅れている・悪化",
        "※市民意識に関する指標の現状値は、令和５年度に実施した男女共同参画に関する市民意識調査による（５年ごとに実施）。",
    ]
    return write_text(out / "tamana_danjo_kyodo_sankaku_plan_shinchoku.csv", "\n".join(rows) + "\n", encoding="cp932", crlf=True)


# ---------------------------------------------------------------- 6. ふるさと納税 実績 (HTML)

_MONBETSU_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>ふるさと納税の実績と寄附金の使いみち｜紋別市</title>
</head>
<body>
<header>
<div class="site-name"><a href="/">北海道紋別市</a></div>
<nav class="global-nav">
<ul>
<li><a href="/kurashi/">くらし・手続き</a></li>
<li><a href="/kosodate/">子育て・教育</a></li>
<li><a href="/kanko/">観光・イベント</a></li>
<li><a href="/shisei/">市政情報</a></li>
</ul>
</nav>
<div class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/shisei/">市政情報</a> &gt; <a href="/shisei/furusato/">ふるさと納税</a> &gt; 実績と使いみち</div>
</header>
<main>
<h1>ふるさと納税の実績と寄附金の使いみち</h1>
<p class="update">更新日：2025年6月20日</p>
<p>全国の皆さまから、たくさんのご寄附をいただき、誠にありがとうございます。令和６年度は、寄附件数が初めて80万件を超え、寄附金額は１９２億４，６３０万円となりました。</p>
<h2>寄附の実績</h2>
<table class="data">
<caption>年度別の寄附件数と寄附金額</caption>
<thead>
<tr><th>年度</th><th>寄附件数（件）</th><th>寄附金額（千円）</th><th>前年度比</th></tr>
</thead>
<tbody>
<tr><td>令和２年度</td><td>1,108,420</td><td>15,286,940</td><td>141.2％</td></tr>
<tr><td>令和３年度</td><td>1,046,870</td><td>15,318,560</td><td>100.2％</td></tr>
<tr><td>令和４年度</td><td>732,150</td><td>17,962,300</td><td>117.3％</td></tr>
<tr><td>令和５年度</td><td>768,940</td><td>18,530,710</td><td>103.2％</td></tr>
<tr><td>令和６年度</td><td>812,360</td><td>19,246,300</td><td>103.9％</td></tr>
</tbody>
</table>
<p class="note">※寄附金額は千円未満を切り捨てています。令和４年度から返礼品の見直しにより件数が減少しています。</p>
<h2>令和６年度の寄附金の使いみち</h2>
<p>いただいた寄附金は、寄附者の皆さまが選んだ分野に応じて、令和７年度の次の事業に活用します。</p>
<ul class="use-list">
<li>流氷のまちの子育て応援（学校給食費の無償化、出産祝金の支給）　３２億６，８００万円</li>
<li>オホーツクの海と森を守る（ホタテ漁場の保全、植樹活動）　１１億４，５００万円</li>
<li>住み続けられるまちづくり（除雪体制の強化、路線バスの維持）　８億９，２００万円</li>
<li>流氷観光の振興（ガリンコ号の更新準備、オホーツク流氷科学センターの改修）　６億３，４００万円</li>
<li>市長におまかせ（市政全般）　４億１，０００万円</li>
</ul>
<p>※使いみちの額は、令和７年度当初予算に計上した額です。残りは、ふるさと納税基金に積み立てて、翌年度以降の事業に活用します。</p>
<h2>お問い合わせ</h2>
<p>紋別市　企画調整課　ふるさと納税推進係<br>電話：0158-24-2111（内線 312）</p>
</main>
<footer>
<nav class="footer-nav"><a href="/sitemap/">サイトマップ</a>｜<a href="/privacy/">個人情報の取扱い</a>｜<a href="/accessibility/">ウェブアクセシビリティ</a></nav>
<p>紋別市役所　〒094-8707　北海道紋別市幸町2丁目1番18号</p>
<p><small>Copyright © Monbetsu City. All Rights Reserved.</small></p>
</footer>
</body>
</html>
"""


def monbetsu_furusato_html(out: Path) -> Path:
    """北海道紋別市 ふるさと納税の実績と寄附金の使いみち (HTML, UTF-8): a municipal page with a global nav, a
    breadcrumb, a table 年度｜寄附件数（件）｜寄附金額（千円）｜前年度比 (five years), a ※ note, a use-of-funds `<ul>`
    whose items end with compound 億/万 amounts in full-width digits, and a footer with the address."""
    return write_text(out / "monbetsu_furusato_nozei_jisseki.html", _MONBETSU_HTML)


# ---------------------------------------------------------------- 7. 所信表明 (DOCX, long prose)

_KARATSU = [
    "令和７年６月定例会の開会にあたり、市長として二期目の市政運営に臨む私の所信の一端を申し上げ、議員各位並びに市民の皆様のご理解とご協力を賜りたいと存じます。",
    "まず、一期目の４年間を振り返りますと、新型コロナウイルス感染症からの社会経済活動の回復に全力を注ぐとともに、呼子の朝市や唐津くんちの再開を市民の皆様とともに迎えることができました。一方で、本市の人口は４年間で約６，２００人減少し、令和７年４月１日現在で１１万２，８４０人となりました。人口減少への対応は、引き続き市政の最重要課題であります。",
    "二期目の市政運営にあたっては、「人が集い、人が育つ、海と城のまち唐津」を基本理念に掲げ、次の三つの柱に沿って施策を進めてまいります。",
    "第一の柱は、「子どもを産み育てる希望をかなえる」ことであります。",
    "これまで中学生までとしていた子ども医療費の助成を、令和７年10月から高校生年代まで拡大いたします。これにより、新たに約３，４００人が対象となり、年間の事業費は約１億２，０００万円増える見込みであります。また、保育士の確保が難しく、年度途中の入所を待つ児童が生じていることから、「からつ保育士定着応援事業」を新たに立ち上げ、市内の保育所に勤める保育士に年額１２万円の奨励金を３年間支給いたします。",
    "第二の柱は、「地域の産業に稼ぐ力をつける」ことであります。",
    "玄界灘の水産物と唐津焼をはじめとする地域の産品は、本市の大きな強みであります。しかしながら、漁業者の高齢化と燃油の高騰により、漁業生産額は10年前の約７割にまで落ち込んでいます。そこで、「玄界灘ブランド魚育成事業」により、養殖マグロとヨコワの販路を首都圏と海外に広げるとともに、新たに漁業に就く若者に月額１５万円を最長３年間支給する制度を設けます。",
    "観光については、令和６年の観光客数が６５２万人と、コロナ禍前の令和元年の水準を初めて上回りました。ただし、その多くは日帰りであり、宿泊客数は全体の約８％にとどまっております。このため、唐津城と虹の松原、名護屋城跡を結ぶ周遊の仕組みを整える「唐津城下町ナイトタイム活性化事業」に取り組み、夜の楽しみを増やして宿泊につなげてまいります。",
    "第三の柱は、「安心して住み続けられるまちをつくる」ことであります。",
    "離島を含む市内の公共交通については、路線バスの運転手不足により、この２年間で１４路線が減便となりました。令和８年度までに、予約に応じて運行する「のれそれ号」を市内全域に広げ、高齢者の通院と買い物の足を確保いたします。また、玄海原子力発電所の３０キロ圏にある本市として、避難道路の整備と、離島の住民の避難手段の確保を国と県に強く求めてまいります。",
    "これらの取組を支える財政運営についてであります。令和７年度の一般会計当初予算は６７８億４，０００万円でありましたが、本定例会に提出した補正予算を加えますと、予算の総額は６９１億２，３００万円となります。合併算定替の終了により地方交付税は減少しており、財政調整基金の残高は令和６年度末で６２億円と、５年前に比べて１８億円減少しております。このため、事業の見直しを徹底し、令和10年度までに年間５億円の収支改善を図ってまいります。",
    "市政の主役は市民の皆様であります。私は、市内１４の地区を毎年訪ねる「まちなか対話集会」を続け、皆様の声を市政に生かしてまいります。",
    "以上、私の所信の一端を申し上げました。議員各位並びに市民の皆様の一層のご支援とご協力を心からお願い申し上げます。",
]


def karatsu_shoshin_hyomei_docx(out: Path) -> Path:
    """佐賀県唐津市 令和7年6月定例会 市長所信表明 (DOCX): a title, the date and the speaker, then **long prose
    paragraphs only** — no headings, no tables; the three 柱 as short paragraphs of their own; figures inside sentences in
    full-width digits (compound 億/万, 人, ％); the 重点 事業 named inside sentences with 「」; the 当初 budget and the
    total after the 補正 in one sentence."""
    import docx
    doc = docx.Document()
    doc.core_properties.title = "令和7年6月定例会 市長所信表明"
    doc.core_properties.author = "唐津市 総務部 秘書課"
    doc.add_paragraph("令和７年６月定例会　市長所信表明").style = doc.styles["Title"]
    doc.add_paragraph("令和７年６月１０日　唐津市長　松浦　雅彦")
    for p in _KARATSU:
        doc.add_paragraph("　" + p)
    path = out / "karatsu_r7_6gatsu_shoshin_hyomei.docx"
    doc.save(str(path))
    return path


# ---------------------------------------------------------------- 8. 観光入込客数 統計 (XLSX)

_BEPPU_AREAS = ["別府温泉", "浜脇温泉", "観海寺温泉", "堀田温泉", "明礬温泉", "鉄輪温泉", "柴石温泉", "亀川温泉"]
_BEPPU_MONTHS = ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"]
_BEPPU = {
    "別府温泉": [182_400, 168_300, 201_500, 176_200, 214_800, 158_900, 187_600, 246_300, 181_200, 203_700, 212_900, 196_400],
    "浜脇温泉": [12_300, 11_800, 13_900, 12_100, 14_600, 10_700, 12_800, 16_900, 12_400, 13_800, 14_200, 13_100],
    "観海寺温泉": [28_600, 26_900, 31_200, 27_400, 33_100, 24_800, 29_300, 38_700, 28_100, 31_600, 32_900, 30_400],
    "堀田温泉": [9_800, 9_200, 10_900, 9_500, 11_400, 8_600, 10_100, 13_200, 9_700, 10_800, 11_300, 10_400],
    "明礬温泉": [41_200, 38_600, 45_100, 39_800, 47_900, 35_300, 42_600, 55_800, 40_900, 46_200, 48_100, 44_300],
    "鉄輪温泉": [96_700, 89_400, 107_300, 93_600, 115_200, 84_100, 99_800, 131_600, 96_200, 108_400, 113_700, 104_500],
    "柴石温泉": [5_400, 5_100, 6_000, 5_200, 6_300, 4_700, 5_600, 7_300, 5_300, 5_900, 6_200, 5_700],
    "亀川温泉": [17_900, 16_800, 19_700, 17_200, 20_800, 15_400, 18_300, 24_100, 17_600, 19_800, 20_600, 19_000],
}
_BEPPU_RATIO = {"別府温泉": 104.2, "浜脇温泉": 98.6, "観海寺温泉": 101.3, "堀田温泉": 96.8, "明礬温泉": 107.9,
                "鉄輪温泉": 108.5, "柴石温泉": 95.1, "亀川温泉": 102.4}
_BEPPU_STAY = [  # (宿泊客数, 日帰り客数) per month
    (148_200, 246_100), (139_600, 226_500), (171_300, 264_300), (142_800, 238_200), (178_600, 285_500),
    (126_300, 216_200), (152_900, 253_200), (208_700, 325_200), (147_400, 243_200), (169_100, 271_100),
    (176_300, 283_600), (163_500, 260_300),
]


def beppu_kanko_irikomi_xlsx(out: Path) -> Path:
    """大分県別府市 令和6年 観光動態要覧 観光入込客数 (XLSX, 2 sheets): sheet 1 **地域 (別府八湯) × 月** — the months
    as columns 1月…12月 (calendar year), a 合計 column, a 前年比（％） column, a 合計 row at the bottom; sheet 2 the
    months as rows with 宿泊客数｜日帰り客数｜計, a 年計 row; the unit 人 once in the title row; numbers #,##0."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "地域別月別"
    ws["A1"] = "令和６年　地域別・月別観光入込客数（単位：人）"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "※調査期間：令和６年１月～12月（暦年）。市内の主要観光施設と宿泊施設の利用者数から推計。"
    header = ["地域"] + _BEPPU_MONTHS + ["合計", "前年比（％）"]
    for c, h in enumerate(header, start=1):
        ws.cell(row=4, column=c, value=h).font = Font(bold=True)
    month_totals = [0] * 12
    for r, area in enumerate(_BEPPU_AREAS, start=5):
        ws.cell(row=r, column=1, value=area)
        for m, v in enumerate(_BEPPU[area]):
            ws.cell(row=r, column=2 + m, value=v).number_format = "#,##0"
            month_totals[m] += v
        ws.cell(row=r, column=14, value=sum(_BEPPU[area])).number_format = "#,##0"
        ws.cell(row=r, column=15, value=_BEPPU_RATIO[area]).number_format = "0.0"
    r = 5 + len(_BEPPU_AREAS)
    ws.cell(row=r, column=1, value="合計").font = Font(bold=True)
    for m, v in enumerate(month_totals):
        ws.cell(row=r, column=2 + m, value=v).number_format = "#,##0"
    ws.cell(row=r, column=14, value=sum(month_totals)).number_format = "#,##0"
    ws.cell(row=r, column=15, value=104.6).number_format = "0.0"
    ws2 = wb.create_sheet("宿泊・日帰り別")
    ws2["A1"] = "令和６年　月別　宿泊客数・日帰り客数（単位：人）"
    ws2["A1"].font = Font(bold=True, size=13)
    for c, h in enumerate(["月", "宿泊客数", "日帰り客数", "計", "宿泊客の割合（％）"], start=1):
        ws2.cell(row=3, column=c, value=h).font = Font(bold=True)
    stay_sum = day_sum = 0
    for i, (month, (stay, day)) in enumerate(zip(_BEPPU_MONTHS, _BEPPU_STAY)):
        r = 4 + i
        ws2.cell(row=r, column=1, value=month)
        ws2.cell(row=r, column=2, value=stay).number_format = "#,##0"
        ws2.cell(row=r, column=3, value=day).number_format = "#,##0"
        ws2.cell(row=r, column=4, value=stay + day).number_format = "#,##0"
        ws2.cell(row=r, column=5, value=round(100 * stay / (stay + day), 1)).number_format = "0.0"
        stay_sum += stay
        day_sum += day
    r = 16
    ws2.cell(row=r, column=1, value="年計").font = Font(bold=True)
    ws2.cell(row=r, column=2, value=stay_sum).number_format = "#,##0"
    ws2.cell(row=r, column=3, value=day_sum).number_format = "#,##0"
    ws2.cell(row=r, column=4, value=stay_sum + day_sum).number_format = "#,##0"
    ws2.cell(row=r, column=5, value=round(100 * stay_sum / (stay_sum + day_sum), 1)).number_format = "0.0"
    ws2["A18"] = "※地域別の内訳は「地域別月別」シートを参照。端数処理のため、宿泊・日帰りの計と地域別の合計は一致しない。"
    path = out / "beppu_r6_kanko_irikomi_kyakusu.xlsx"
    wb.properties.title = "令和6年 別府市観光動態要覧"
    wb.properties.creator = "別府市 観光・産業部 観光課"
    wb.save(path)
    return path


# ---------------------------------------------------------------- all

def make_all(out_dir: Path) -> list[Path]:
    """Write every document of the ninth blind set into `out_dir` (created if missing) and return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [
        ishinomaki_yosan_setsumeisho_pdf(out_dir),
        yuzawa_kenzenka_hiritsu_pdf(out_dir),
        omura_gyozaisei_kaikaku_xlsx(out_dir),
        yonezawa_kyoiku_shinko_docx(out_dir),
        tamana_danjo_plan_csv(out_dir),
        monbetsu_furusato_html(out_dir),
        karatsu_shoshin_hyomei_docx(out_dir),
        beppu_kanko_irikomi_xlsx(out_dir),
    ]
