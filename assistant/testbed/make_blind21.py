"""Twenty-first blind fixture set: six documents in layouts nobody tuned the extractor to, answers written by hand.

`make_all(out_dir)` writes six documents of the product's core kinds for towns of 西日本 (東海・中国・四国・近畿・沖縄):
a まち・ひと・しごと創生総合戦略 効果検証 PDF (portrait, **one framed card per KPI** with a small ruled grid
基準値｜R4｜R5｜R6｜目標値 inside it, the unit in the card head, 評価 Ａ～Ｄ and a 検証コメント under the grid); a
総合計画 実施計画 workbook (施策体系 sheet with merged 基本目標 cells, 主な事業 with ◎新規/○拡充/再掲 marks in a 区分 column
and 事業費 in 千円 under a merged 計画事業費 header, 小計 rows; 成果指標 sheet with 和暦 text years); a 当初予算の概要 PDF
set **landscape** (a 会計別 table with △ and 増減率, a 歳出 款別 table whose numbers are right-aligned under a
「（単位：千円、％）」 note, a 主な事業 table with 【新規】【拡充】 tags and wrapped 事業 names); a 政策展開方針 in Word
(重点プロジェクト as Heading 2, a numbered 主な取組 list with ■ (新規) / □ marks, a KPI table with 全角 digits and units in
the cells, R5/H30 abbreviations); a 農業振興地域整備計画 の 目標・実績 CSV in **CP932** (three blocks, 「－」, ※ notes);
and a 公共施設等総合管理計画 web page (施設類型別 延床面積 table with rowspan, 数値目標 `<dl>`, 施策 `<ul>`).

The municipalities are real and were used by no earlier set; every figure, name and sentence is invented. The
expected answers in `questions.jsonl` were written by hand from the text below, without reading or running the
extractor. Binary formats are generated here, never committed.
"""
from __future__ import annotations

from pathlib import Path

from assistant.testbed.documents import GOTHIC, MINCHO, PAGE_W, PdfPage, write_text


def _amt(v: int) -> str:
    return f"△{-v:,}" if v < 0 else f"{v:,}"


def _pct(now: int, before: int) -> str:
    r = round((now - before) / before * 100, 1)
    return f"△{-r:.1f}" if r < 0 else f"{r:.1f}"


# ---------------------------------------------------------------- 1. 総合戦略 効果検証 (PDF, portrait, KPI cards)

# (基本目標, KPI, 単位, 基準値, 基準年度, R4, R5, R6, 目標値, 評価, コメント)
_NANKOKU_KPI = [
    ("１", "新規就農者数（累計）", "人", "12", "H30", "31", "39", "47", "60", "Ｂ",
     "施設園芸での就農が堅調。研修ハウスの増設で目標達成を目指す。"),
    ("１", "市内事業所の新規雇用者数（年間）", "人", "148", "R1", "121", "133", "152", "180", "Ｃ",
     "製造業で回復がみられるが、サービス業の人手不足が続いている。"),
    ("２", "後免町商店街の空き店舗への出店数（累計）", "件", "0", "H30", "7", "10", "14", "20", "Ｂ",
     "チャレンジショップ卒業生の出店が増えている。"),
    ("２", "観光施設の年間入込客数", "千人", "642", "H30", "455", "528", "590", "700", "Ｃ",
     "感染症の影響から回復途上。空港利用者の取込みが課題。"),
    ("３", "出生数（年間）", "人", "402", "H30", "338", "321", "309", "400", "Ｄ",
     "減少傾向に歯止めがかかっていない。"),
    ("３", "子育て世代包括支援センターの相談件数（年間）", "件", "1,086", "R1", "1,412", "1,530", "1,604", "1,500", "Ａ",
     "目標を上回った。相談内容の多様化に対応する体制づくりが必要。"),
    ("４", "自主防災組織の組織率", "％", "88.2", "H30", "93.5", "94.1", "95.0", "100.0", "Ｂ",
     "未結成地区への働きかけを継続する。"),
    ("４", "デマンド型乗合タクシーの年間利用者数", "人", "3,210", "R1", "4,015", "4,386", "4,702", "5,000", "Ｂ",
     "運行エリアの拡大で利用が伸びている。"),
]
_NANKOKU_GOALS = {"１": "基本目標１　地域の稼ぐ力を高め、安定した雇用を創出する",
                  "２": "基本目標２　南国市への新しいひとの流れをつくる",
                  "３": "基本目標３　結婚・出産・子育ての希望をかなえる",
                  "４": "基本目標４　安心して暮らせる魅力ある地域をつくる"}


def _nankoku_card(pdf: PdfPage, x: float, top: float, no: int, row: tuple) -> float:
    _, name, unit, base, by, r4, r5, r6, target, grade, comment = row
    w = PAGE_W - 2 * x
    pdf.box(x, top, w, 92)
    pdf.box(x, top, w, 18, fill=0.88)
    pdf.text(x + 6, top + 13, f"ＫＰＩ{no}　{name}", 9.5, GOTHIC)
    pdf.right(x + w - 6, top + 13, f"単位：{unit}", 8, GOTHIC)
    heads = [f"基準値（{by}）", "R4実績", "R5実績", "R6実績", "目標値（R7）", "評価"]
    vals = [base, r4, r5, r6, target, grade]
    cw = (w - 20) / 6
    for i, (h, v) in enumerate(zip(heads, vals)):
        cx = x + 10 + cw * i
        pdf.box(cx, top + 24, cw, 15, fill=0.95)
        pdf.center(cx + cw / 2, top + 35, h, 7.8, GOTHIC)
        pdf.box(cx, top + 39, cw, 17)
        if i == 5:
            pdf.center(cx + cw / 2, top + 51, v, 9.5, GOTHIC)
        else:
            pdf.right(cx + cw - 6, top + 51, v, 9)
    pdf.text(x + 10, top + 72, "【検証】" + comment, 8.3)
    return top + 100


def nankoku_sogo_senryaku_pdf(out: Path) -> Path:
    pdf = PdfPage(out / "nankoku_dai2ki_sogo_senryaku_koka_kensho_r6.pdf",
                  title="第２期南国市まち・ひと・しごと創生総合戦略 効果検証報告書", author="南国市 企画課")
    x = 40
    pdf.center(PAGE_W / 2, 46, "第２期南国市まち・ひと・しごと創生総合戦略", 14, GOTHIC)
    pdf.center(PAGE_W / 2, 66, "令和６年度　効果検証報告書", 13, GOTHIC)
    pdf.right(PAGE_W - 40, 84, "令和７年８月　南国市地方創生推進委員会", 8.5)
    pdf.text(x, 108, "１　効果検証の目的", 10.5, GOTHIC)
    for i, s in enumerate(["本報告書は、第２期総合戦略（計画期間：令和２年度～令和７年度）に掲げた重要業績評価指標",
                           "（ＫＰＩ）の令和６年度の実績を把握し、外部有識者の意見を踏まえて施策の効果を検証すること",
                           "を目的とする。評価は、Ａ：目標達成、Ｂ：順調、Ｃ：やや遅れ、Ｄ：遅れ　の４段階とした。"]):
        pdf.text(x + 10, 126 + 14 * i, s, 9)
    pdf.text(x, 178, "２　ＫＰＩの進捗状況", 10.5, GOTHIC)
    top = 194
    goal = None
    for no, row in enumerate(_NANKOKU_KPI, 1):
        if row[0] != goal:
            goal = row[0]
            if top > 660:
                pdf.right(PAGE_W - 40, 820, f"－ {pdf.c.getPageNumber()} －", 8)
                pdf.page()
                top = 50
            pdf.text(x, top + 10, _NANKOKU_GOALS[goal], 10, GOTHIC)
            top += 20
        if top > 700:
            pdf.right(PAGE_W - 40, 820, f"－ {pdf.c.getPageNumber()} －", 8)
            pdf.page()
            top = 50
        top = _nankoku_card(pdf, x, top, no, row)
    if top > 640:
        pdf.right(PAGE_W - 40, 820, f"－ {pdf.c.getPageNumber()} －", 8)
        pdf.page()
        top = 50
    pdf.text(x, top + 14, "３　総括", 10.5, GOTHIC)
    for i, s in enumerate(["８指標のうち、Ａ評価は１指標、Ｂ評価は４指標であった。一方、出生数は基準値を大きく下回っており、",
                           "若い世代の結婚・出産を後押しする施策の強化が最大の課題である。次期総合戦略では、",
                           "産業振興と子育て支援を一体的に進める「南国ライフデザイン・プロジェクト」を重点に位置付ける。"]):
        pdf.text(x + 10, top + 32 + 14 * i, s, 9)
    pdf.text(x, top + 84, "※実績値は各年度末（３月31日）現在。観光施設の年間入込客数は暦年の値。", 8)
    pdf.right(PAGE_W - 40, 820, f"－ {pdf.c.getPageNumber()} －", 8)
    pdf.page()
    return pdf.save()


# ---------------------------------------------------------------- 2. 総合計画 実施計画 (XLSX)

# (基本目標, 施策, 区分, 事業名, 担当課, R8, R9, R10)
_OSAKI_JIGYO = [
    ("１　島の産業が元気なまち", "1-1 柑橘農業の振興", "◎新規", "レモン園地継承マッチング事業", "産業振興課", 4_800, 5_200, 5_200),
    ("１　島の産業が元気なまち", "1-1 柑橘農業の振興", "○拡充", "柑橘選果場機能強化支援事業", "産業振興課", 18_600, 2_400, 2_400),
    ("１　島の産業が元気なまち", "1-1 柑橘農業の振興", "", "有害鳥獣被害防止対策事業", "産業振興課", 9_350, 9_350, 9_350),
    ("１　島の産業が元気なまち", "1-2 造船・海運業の人材確保", "◎新規", "造船技能者住まい確保支援事業", "企画課", 12_000, 12_000, 8_000),
    ("１　島の産業が元気なまち", "1-2 造船・海運業の人材確保", "", "海事人材育成奨学金事業", "企画課", 6_300, 6_300, 6_300),
    ("２　安心して子育てできるまち", "2-1 子育て支援の充実", "○拡充", "島っ子すくすく医療費助成事業", "保健衛生課", 21_400, 21_900, 22_300),
    ("２　安心して子育てできるまち", "2-1 子育て支援の充実", "◎新規", "産後ケア訪問事業", "保健衛生課", 2_650, 2_650, 2_650),
    ("２　安心して子育てできるまち", "2-2 教育環境の充実", "", "離島留学生受入事業", "教育課", 15_200, 15_200, 15_200),
    ("２　安心して子育てできるまち", "2-2 教育環境の充実", "再掲", "海事人材育成奨学金事業", "企画課", 6_300, 6_300, 6_300),
    ("３　島のくらしを守るまち", "3-1 交通・移動手段の確保", "○拡充", "木江航路運航維持補助事業", "企画課", 31_500, 31_500, 31_500),
    ("３　島のくらしを守るまち", "3-1 交通・移動手段の確保", "◎新規", "電動モビリティ実証運行事業", "企画課", 7_700, 3_300, 0),
    ("３　島のくらしを守るまち", "3-2 防災体制の強化", "", "防災行政無線更新事業", "総務課", 86_000, 0, 0),
]
# (指標, 単位, 基準値, 基準年度, 目標値（R10）, 担当課)
_OSAKI_KPI = [
    ("レモンの出荷量", "ｔ", 1_240, "令和６年度", 1_400, "産業振興課"),
    ("町内造船所への新規就業者数（年間）", "人", 18, "令和６年度", 25, "企画課"),
    ("産後ケアの利用率", "％", 0, "令和６年度", 60, "保健衛生課"),
    ("離島留学生の受入数", "人", 22, "令和６年度", 30, "教育課"),
    ("航路の年間利用者数", "千人", 412, "令和５年度", 420, "企画課"),
]


def osakikamijima_jisshi_keikaku_xlsx(out: Path) -> Path:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "主な事業"
    ws["A1"] = "第６次大崎上島町総合計画　実施計画（令和８年度～令和10年度）"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "区分：◎新規＝新規事業　○拡充＝拡充事業　再掲＝他の施策の再掲（合計に含まない）"
    ws["H2"] = "（単位：千円）"
    ws.append([])
    ws.append(["基本目標", "施策", "区分", "事業名", "担当課", "計画事業費", None, None, "３か年計"])
    ws.append([None, None, None, None, None, "令和８年度", "令和９年度", "令和10年度", None])
    for rng in ("A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:H4", "I4:I5"):
        ws.merge_cells(rng)
    r = 6
    goal_start = r
    total = [0, 0, 0]
    prev_goal = prev_sesaku = None
    sub = [0, 0, 0]

    def close_sesaku():
        nonlocal r, sub
        ws.cell(r, 4, "小計")
        for i in range(3):
            ws.cell(r, 6 + i, sub[i]).number_format = "#,##0"
        ws.cell(r, 9, sum(sub)).number_format = "#,##0"
        r += 1
        sub = [0, 0, 0]

    for goal, sesaku, kubun, name, ka, a, b, c in _OSAKI_JIGYO:
        if prev_sesaku is not None and sesaku != prev_sesaku:
            close_sesaku()
        if goal != prev_goal:
            if prev_goal is not None and r - 1 > goal_start:
                ws.merge_cells(start_row=goal_start, start_column=1, end_row=r - 1, end_column=1)
            goal_start = r
            ws.cell(r, 1, goal)
        if sesaku != prev_sesaku:
            ws.cell(r, 2, sesaku)
        ws.cell(r, 3, kubun or None)
        ws.cell(r, 4, name)
        ws.cell(r, 5, ka)
        for i, v in enumerate((a, b, c)):
            ws.cell(r, 6 + i, v).number_format = "#,##0"
        ws.cell(r, 9, a + b + c).number_format = "#,##0"
        if kubun != "再掲":
            for i, v in enumerate((a, b, c)):
                sub[i] += v
                total[i] += v
        prev_goal, prev_sesaku = goal, sesaku
        r += 1
    close_sesaku()
    ws.merge_cells(start_row=goal_start, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(r, 1, "合計（再掲を除く）")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    for i in range(3):
        ws.cell(r, 6 + i, total[i]).number_format = "#,##0"
    ws.cell(r, 9, sum(total)).number_format = "#,##0"
    ws.cell(r + 2, 1, "※事業費は見込額であり、各年度の予算編成において精査する。")
    for row in ws.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="center")

    ws2 = wb.create_sheet("成果指標")
    ws2.append(["成果指標（令和10年度目標）"])
    ws2.append(["指標名", "単位", "基準値", "基準年度", "目標値（令和10年度）", "担当課"])
    for row in _OSAKI_KPI:
        ws2.append(list(row))
        ws2.cell(ws2.max_row, 3).number_format = "#,##0"
        ws2.cell(ws2.max_row, 5).number_format = "#,##0"
    ws2.append(["※産後ケアの利用率は、産後ケア訪問事業の開始（令和８年度）により新たに設定した指標。基準値は「－」とすべきところ０とした。"])

    ws3 = wb.create_sheet("計画の考え方")
    ws3["A1"] = "実施計画の目的"
    ws3["A2"] = ("実施計画は、基本計画に掲げた施策を具体的に推進するため、今後３か年に実施する主な事業と事業費を明らかにし、"
                 "毎年度の予算編成の指針とすることを目的とする。")
    ws3["A4"] = "策定の方針"
    ws3["A5"] = "１　人口減少が続く中、造船・海運業と柑橘農業の担い手確保を最優先とする。"
    ws3["A6"] = "２　航路の維持など島の生活基盤を守る事業を継続する。"
    path = out / "osakikamijima_dai6ji_sogo_keikaku_jisshi_keikaku_r8.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 3. 当初予算の概要 (PDF, landscape)

_KOFU_KAIKEI = [("一般会計", 4_386_000, 4_152_000), ("国民健康保険事業特別会計", 412_300, 425_800),
                ("後期高齢者医療事業特別会計", 61_900, 58_700), ("介護保険事業特別会計", 598_200, 601_400),
                ("簡易水道事業会計", 226_500, 198_300)]
_KOFU_SAISHUTSU = [("議会費", 62_410, 61_980), ("総務費", 612_350, 580_120), ("民生費", 905_870, 884_300),
                   ("衛生費", 318_460, 326_910), ("農林水産業費", 498_120, 402_760), ("商工費", 211_300, 148_650),
                   ("土木費", 547_880, 602_440), ("消防費", 176_240, 169_830), ("教育費", 463_900, 421_770),
                   ("公債費", 569_110, 534_960), ("予備費", 20_360, 18_280)]
# (tag, 事業名 (lines), 予算額, 前年度, 担当課)
_KOFU_JIGYO = [
    ("【新規】", ["奥大山ブランド米販路開拓支援事業"], 8_400, 0, "産業振興課"),
    ("【拡充】", ["鳥獣被害対策実施隊活動事業"], 12_650, 9_100, "産業振興課"),
    ("【新規】", ["旧小学校校舎活用サテライトオフィス整備事業"], 86_300, 0, "企画政策課"),
    ("", ["町営住宅長寿命化事業"], 54_200, 61_800, "建設課"),
    ("【拡充】", ["江府町っ子給食費無償化事業"], 18_900, 9_450, "教育委員会"),
    ("【新規】", ["デジタル窓口導入事業"], 6_600, 0, "総務課"),
    ("", ["町道改良事業", "（下蚊屋線ほか）"], 132_000, 188_500, "建設課"),
]


def kofu_tosho_yosan_pdf(out: Path) -> Path:
    pdf = PdfPage(out / "kofu_r8_tosho_yosan_no_gaiyo.pdf", title="令和８年度 江府町当初予算の概要",
                  author="江府町 総務課", landscape=True)
    W = pdf.W
    pdf.center(W / 2, 40, "令和８年度　江府町当初予算の概要", 15, GOTHIC)
    pdf.text(40, 64, "１　予算編成の方針", 10.5, GOTHIC)
    for i, s in enumerate(["令和８年度予算は、人口減少対策と奥大山の資源を生かした産業振興を柱に、限られた財源を重点的に配分して",
                           "編成した。一般会計の予算規模は、旧小学校校舎の活用事業などにより前年度を上回るものとなった。"]):
        pdf.text(50, 82 + 14 * i, s, 9)
    pdf.text(40, 126, "２　会計別予算額", 10.5, GOTHIC)
    pdf.right(440, 126, "（単位：千円、％）", 8)
    cols = [140, 75, 75, 65, 45]
    heads = ["会計名", "令和８年度", "令和７年度", "比較増減", "増減率"]
    xs = [40]
    for w in cols[:-1]:
        xs.append(xs[-1] + w)
    top = 134
    for x, w, h in zip(xs, cols, heads):
        pdf.box(x, top, w, 16, fill=0.85)
        pdf.center(x + w / 2, top + 11, h, 8, GOTHIC)
    top += 16
    rows = list(_KOFU_KAIKEI) + [("合計", sum(r[1] for r in _KOFU_KAIKEI), sum(r[2] for r in _KOFU_KAIKEI))]
    for name, now, before in rows:
        vals = [name, f"{now:,}", f"{before:,}", _amt(now - before), _pct(now, before)]
        for i, (x, w, v) in enumerate(zip(xs, cols, vals)):
            pdf.box(x, top, w, 15)
            if i == 0:
                pdf.text(x + 4, top + 11, v, 8, GOTHIC if name == "合計" else MINCHO)
            else:
                pdf.right(x + w - 4, top + 11, v, 8)
        top += 15
    # 歳出 款別 on the right, ruled by horizontal lines only
    x0 = 460
    pdf.text(x0, 126, "３　一般会計歳出（款別）", 10.5, GOTHIC)
    pdf.right(W - 40, 126, "（単位：千円、％）", 8)
    cw = [80, 75, 75, 65, 45]
    sx = [x0]
    for w in cw[:-1]:
        sx.append(sx[-1] + w)
    t = 134
    pdf.hline(x0, W - 40, t, 1)
    for x, w, h in zip(sx, cw, ["款", "令和８年度", "令和７年度", "比較", "構成比"]):
        pdf.center(x + w / 2, t + 11, h, 8, GOTHIC)
    t += 16
    pdf.hline(x0, W - 40, t)
    total_now = sum(r[1] for r in _KOFU_SAISHUTSU)
    for name, now, before in _KOFU_SAISHUTSU + [("歳出合計", total_now, sum(r[2] for r in _KOFU_SAISHUTSU))]:
        pdf.text(x0 + 4, t + 11, name, 8)
        pdf.right(sx[1] + cw[1] - 4, t + 11, f"{now:,}", 8)
        pdf.right(sx[2] + cw[2] - 4, t + 11, f"{before:,}", 8)
        pdf.right(sx[3] + cw[3] - 4, t + 11, _amt(now - before), 8)
        pdf.right(sx[4] + cw[4] - 2, t + 11, f"{now / total_now * 100:.1f}", 8)
        t += 15
        pdf.hline(x0, W - 40, t, 0.3)
    pdf.text(40, max(top, t) + 20, "※簡易水道事業会計は、令和８年度から地方公営企業法を適用し、収益的支出と資本的支出の合計を計上している。", 8)
    pdf.right(W - 40, 575, "－１－", 8)
    pdf.page()

    pdf.text(40, 40, "４　主な事業", 10.5, GOTHIC)
    pdf.right(W - 40, 40, "（単位：千円）", 8)
    cols = [60, 250, 90, 90, 90, 120]
    heads = ["区分", "事業名", "令和８年度", "令和７年度", "増減", "担当課"]
    xs = [40]
    for w in cols[:-1]:
        xs.append(xs[-1] + w)
    top = 50
    for x, w, h in zip(xs, cols, heads):
        pdf.box(x, top, w, 16, fill=0.85)
        pdf.center(x + w / 2, top + 11, h, 8, GOTHIC)
    top += 16
    for tag, name, now, before, ka in _KOFU_JIGYO:
        h = 14 * len(name) + 6
        for x, w in zip(xs, cols):
            pdf.box(x, top, w, h)
        pdf.center(xs[0] + cols[0] / 2, top + 13, tag, 8, GOTHIC)
        for i, line in enumerate(name):
            pdf.text(xs[1] + 4, top + 13 + 14 * i, line, 8.5)
        pdf.right(xs[2] + cols[2] - 4, top + 13, f"{now:,}", 8.5)
        pdf.right(xs[3] + cols[3] - 4, top + 13, f"{before:,}" if before else "－", 8.5)
        pdf.right(xs[4] + cols[4] - 4, top + 13, _amt(now - before), 8.5)
        pdf.text(xs[5] + 4, top + 13, ka, 8.5)
        top += h
    pdf.text(40, top + 18, "５　財政調整基金の状況", 10.5, GOTHIC)
    pdf.text(50, top + 36, "令和８年度末の財政調整基金残高は、取崩し（150,000千円）により 812,400千円 となる見込みである。", 9)
    pdf.right(W - 40, 575, "－２－", 8)
    pdf.page()
    return pdf.save()


# ---------------------------------------------------------------- 4. 政策展開方針 (DOCX)

def ine_seisaku_tenkai_docx(out: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("伊根町　令和８年度　政策展開方針", 0)
    d.add_paragraph("令和８年４月　伊根町企画観光課")
    d.add_heading("１　方針の目的", 1)
    d.add_paragraph("本方針は、第５次伊根町総合計画の後期基本計画を着実に進めるため、令和８年度に町が重点的に取り組む"
                    "プロジェクトと、その成果を測る指標（ＫＰＩ）を町民に分かりやすく示すことを目的とする。")
    d.add_heading("２　現状と課題", 1)
    for s in ["人口は令和２年国勢調査で１，９２８人となり、高齢化率は５割を超えている。",
              "舟屋の町並みを目当てとした観光客は増えているが、日帰りが中心で町内での消費が少ない。",
              "漁業就業者の減少と高齢化が進み、担い手の確保が最も大きな課題となっている。"]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("３　重点プロジェクト", 1)
    d.add_paragraph("凡例：■＝令和８年度新規の取組　□＝継続の取組")
    projects = [
        ("重点プロジェクト１　海の担い手育成プロジェクト",
         ["■ 漁業就業フェロー制度（新規）", "□ 定置網漁業研修支援", "■ 漁船リース支援事業（新規）"],
         [("新規漁業就業者数（累計）", "２人（Ｒ５）", "１０人（Ｒ１０）"),
          ("漁業研修の修了者数（年間）", "３人（Ｒ５）", "５人（Ｒ１０）")]),
        ("重点プロジェクト２　舟屋の里滞在型観光プロジェクト",
         ["■ 舟屋ステイ促進補助金（新規）", "□ 蒲入地区ガイド養成講座", "□ 伊根湾めぐり案内板整備"],
         [("観光客の平均滞在時間", "２．４時間（Ｒ５）", "４．０時間（Ｒ１０）"),
          ("町内宿泊者数（年間）", "３５，２００人（Ｈ３０）", "４２，０００人（Ｒ１０）")]),
        ("重点プロジェクト３　いね暮らし定住応援プロジェクト",
         ["□ 空き家改修補助金", "■ 移住体験住宅の整備（新規）", "□ 通学費助成"],
         [("移住者数（年間）", "１４人（Ｒ５）", "２０人（Ｒ１０）")]),
    ]
    for title, items, kpis in projects:
        d.add_heading(title, 2)
        d.add_paragraph("【主な取組】")
        for it in items:
            d.add_paragraph(it, style="List Number")
        d.add_paragraph("【ＫＰＩ】")
        t = d.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["指標", "基準値", "目標値"]):
            c.text = h
        for row in kpis:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = v
    d.add_heading("４　推進体制", 1)
    d.add_paragraph("各プロジェクトは、担当課長を責任者とするプロジェクトチームが進め、年度末に伊根町総合計画審議会で"
                    "進捗を点検する。※事業費は当初予算で別に定める。")
    path = out / "ine_r8_seisaku_tenkai_hoshin.docx"
    d.save(str(path))
    return path


# ---------------------------------------------------------------- 5. 農業振興計画 目標・実績 (CSV, CP932)

def higashishirakawa_nogyo_csv(out: Path) -> Path:
    lines = [
        "東白川村農業振興計画（令和４年度～令和13年度）　目標と実績の状況,,,,,,",
        "令和７年３月末現在,,,,,,",
        ",,,,,,",
        "１　目標指標,,,,,,",
        "指標,単位,基準値（R2）,R4,R5,R6,目標値（R13）",
        "認定農業者数,経営体,21,22,24,25,30",
        "茶の栽培面積,ha,38.5,37.9,37.2,36.8,40.0",
        "トマトの出荷額,百万円,186,198,211,207,250",
        "新規就農者数（累計）,人,－,2,3,5,10",
        "遊休農地の面積,ha,14.2,13.6,12.9,12.1,8.0",
        "鳥獣による農作物被害額,千円,\"3,480\",\"2,910\",\"2,650\",\"2,720\",\"1,500\"",
        "※新規就農者数は令和４年度からの累計。「－」は該当なし。,,,,,,",
        ",,,,,,",
        "２　主な施策,,,,,,",
        "基本方針,施策,区分,実施主体,R6実施状況,,",
        "担い手の育成・確保,新規就農者研修受入事業,継続,村・ＪＡ,研修生２名を受入れ,,",
        "担い手の育成・確保,神土地区営農組織設立支援,新規,村,組織設立の合意形成中,,",
        "特産品の振興,村産茶ブランド再生事業,拡充,村・茶業組合,新商品３点を開発,,",
        "特産品の振興,トマト選果施設改修補助,継続,ＪＡ,改修設計を完了,,",
        "農地の保全,遊休農地再生作付支援,継続,村,再生面積0.8ha,,",
        "農地の保全,スマート捕獲わな導入事業,新規,村・猟友会,ＩＣＴわな12基を設置,,",
        ",,,,,,",
        "３　課題と今後の方向,,,,,,",
        "課題,茶の栽培面積は生産者の高齢化で減少が続き、目標値との差が広がっている。,,,,,",
        "今後の方向,茶園の作業受託体制を整え、樹園地の担い手への集積を進める。,,,,,",
    ]
    return write_text(out / "higashishirakawa_nogyo_shinko_keikaku_mokuhyo_jisseki.csv", "\n".join(lines) + "\n",
                      "cp932", crlf=True)


# ---------------------------------------------------------------- 6. 公共施設等総合管理計画 (HTML)

def ginoza_kokyo_shisetsu_html(out: Path) -> Path:
    html = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>宜野座村公共施設等総合管理計画（改訂版）の概要｜宜野座村</title></head>
<body>
<header><p class="site">沖縄県宜野座村 公式ホームページ</p>
<nav><a href="/">ホーム</a> ＞ <a href="/soshiki/">組織から探す</a> ＞ 企画課</nav></header>
<main>
<h1>宜野座村公共施設等総合管理計画（改訂版）の概要</h1>
<p class="date">最終更新日：2026年3月18日</p>
<h2>計画の目的</h2>
<p>本計画は、老朽化が進む公共施設等の全体の状況を把握し、長期的な視点で更新・統廃合・長寿命化を計画的に行うことで、
財政負担を軽減・平準化し、施設の最適な配置を実現することを目的としています。計画期間は令和８年度から令和37年度までの30年間です。</p>
<h2>施設類型別の保有状況</h2>
<p>（令和６年度末現在　単位：㎡）</p>
<table border="1">
<thead><tr><th>大分類</th><th>施設類型</th><th>施設数</th><th>延床面積</th><th>築30年以上の割合（％）</th></tr></thead>
<tbody>
<tr><td rowspan="2">文化・教育</td><td>学校教育系施設</td><td>4</td><td>18,640</td><td>62.3</td></tr>
<tr><td>社会教育系施設</td><td>3</td><td>4,215</td><td>48.0</td></tr>
<tr><td rowspan="2">行政・福祉</td><td>行政系施設</td><td>5</td><td>6,980</td><td>71.6</td></tr>
<tr><td>保健・福祉施設</td><td>3</td><td>2,870</td><td>－</td></tr>
<tr><td rowspan="2">住宅・その他</td><td>村営住宅</td><td>9</td><td>12,450</td><td>55.9</td></tr>
<tr><td>漢那ダム周辺公園施設</td><td>6</td><td>1,320</td><td>33.3</td></tr>
<tr><th colspan="2">合計</th><th>30</th><th>46,475</th><th>57.4</th></tr>
</tbody></table>
<p>※保健・福祉施設はすべて築30年未満のため「－」としています。</p>
<h2>数値目標</h2>
<dl>
<dt>公共建築物の延床面積の縮減</dt><dd>令和37年度までに 10％縮減（令和６年度末 46,475㎡ → 41,800㎡）</dd>
<dt>長寿命化改修の実施施設数</dt><dd>令和17年度までに 12施設（令和６年度末 3施設）</dd>
<dt>施設の維持管理・更新等に係る経費の見込み</dt><dd>今後30年間で 年平均 684百万円（現状の投資的経費 年平均 512百万円）</dd>
</dl>
<h2>基本方針と主な施策</h2>
<ul>
<li>点検・診断等の実施方針：施設カルテを整備し、毎年度の定期点検結果を一元管理します。</li>
<li>長寿命化の実施方針：予防保全型の維持管理に転換し、目標使用年数を80年とします。</li>
<li>統合・廃止の推進方針：利用率の低い集会施設は、地区公民館への機能集約を検討します。</li>
<li>脱炭素化の推進方針：改修時に太陽光発電設備とＬＥＤ照明を導入します。（新規）</li>
<li>ユニバーサルデザイン化の推進方針：村役場庁舎と学校施設のバリアフリー化を優先します。（新規）</li>
</ul>
<h2>課題</h2>
<p>村内の公共建築物の57.4％が築30年以上を経過しており、今後一斉に更新時期を迎えます。現在の投資的経費の水準では、
すべての施設を維持することは困難であり、更新費用の縮減と平準化が最大の課題です。</p>
<p>問合せ：宜野座村役場 企画課 財政係</p>
</main>
<footer><p>&copy; Ginoza Village</p></footer>
</body></html>
"""
    return write_text(out / "ginoza_kokyo_shisetsu_sogo_kanri_keikaku_gaiyo.html", html)


def make_all(out_dir: Path) -> list[Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [nankoku_sogo_senryaku_pdf(out_dir), osakikamijima_jisshi_keikaku_xlsx(out_dir),
            kofu_tosho_yosan_pdf(out_dir), ine_seisaku_tenkai_docx(out_dir),
            higashishirakawa_nogyo_csv(out_dir), ginoza_kokyo_shisetsu_html(out_dir)]
