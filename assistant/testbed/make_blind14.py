"""Fourteenth blind fixture set: six documents in layouts nobody tuned the extractor to, answers written by hand.

`make_all(out_dir)` writes six documents of Japanese local-government kinds (a 過疎地域持続的発展計画 PDF whose 事業計画
table 区分｜事業名（施設名）｜事業内容｜事業主体｜備考 runs on over two pages; a 主要な施策の成果説明書 PDF with one card per
事業 and a two-row header 予算現額｜決算額｜不用額｜財源内訳（国県支出金｜地方債｜その他｜一般財源） in 円; a 子ども・子育て
支援事業計画 workbook of 量の見込みと確保方策 by year with the 区分 merged down; a 健康増進計画 中間評価 in Word with
◎○△× 評価 columns and bulleted 取組; a 指定避難所一覧 CSV in CP932 with ○×－ marks per 災害; a 補助金・助成制度一覧
HTML page with 新規/拡充 tags and amounts in 円 and 万円) into `out_dir` and returns their paths. The municipalities
are real and were used by no earlier set; every figure, name and sentence is invented. The expected answers in
`questions.jsonl` were written by hand from the text below, without reading or running the extractor. Binary
formats are generated here, never committed.
"""
from __future__ import annotations

from pathlib import Path

from assistant.testbed.documents import GOTHIC, MINCHO, PAGE_H, PAGE_W, PdfPage, column_lefts, write_text


# ---------------------------------------------------------------- 1. 過疎地域持続的発展計画 (PDF, 事業計画 over two pages)

# (持続的発展施策区分 or "" under the one above, 事業名（施設名）, 事業内容, 事業主体, 備考)
_KAMISHIHORO_ROWS = [
    ("２　産業の振興", "町営ナイタイ高原牧場草地更新事業", "草地更新　Ａ＝120ha", "町", ""),
    ("", "農業用排水路整備事業（居辺地区）", "排水路改修　Ｌ＝2,400ｍ", "町", ""),
    ("", "スマート農業推進事業", "自動操舵システム導入への補助", "町・農協", "特別事業"),
    ("", "ひがし大雪自然館改修事業", "展示設備更新・屋根改修", "町", ""),
    ("", "糠平温泉郷誘客促進事業", "冬季イベント開催・旅行商品造成", "町・観光協会", "特別事業"),
    ("３　地域における情報化", "光ファイバ網保守管理事業", "町内全域の光ファイバ網の維持", "町", ""),
    ("４　交通施設の整備、", "町道三股線改良事業", "Ｌ＝850ｍ　Ｗ＝6.5ｍ　改良舗装", "町", ""),
    ("　　交通手段の確保", "居辺橋長寿命化事業", "橋梁補修　１橋", "町", ""),
    ("", "除雪機械更新事業", "除雪ドーザ　２台", "町", ""),
    ("", "デマンドバス運行事業", "町内全域で予約制乗合バスを運行", "町", "特別事業"),
    ("５　生活環境の整備", "糠平浄水場更新事業", "ろ過設備・送水ポンプ更新", "町", ""),
    ("", "消防ポンプ自動車更新事業", "ＣＤ－Ⅰ型　１台", "消防組合", ""),
    ("", "町営住宅建替事業（東団地）", "２棟８戸", "町", ""),
    ("６　子育て環境の確保、高齢者", "認定こども園遊具更新事業", "大型複合遊具　１基", "町", ""),
    ("　　等の保健及び福祉の向上", "子育て世帯家賃助成事業", "民間賃貸住宅の家賃の一部を助成", "町", "特別事業"),
    ("　　及び増進", "高齢者生活支援ハウス改修事業", "居室・浴室改修", "町", ""),
    ("８　教育の振興", "上士幌中学校体育館改修事業", "屋根・床改修、照明ＬＥＤ化", "町", ""),
    ("", "学校給食センター設備更新事業", "回転釜・食器洗浄機更新", "町", ""),
    ("", "地域おこし協力隊学習支援事業", "公営塾の運営", "町", "特別事業"),
    ("９　集落の整備", "三股地区集会施設改修事業", "外壁・暖房設備改修", "町", ""),
]


def _kamishihoro_table(pdf: PdfPage, top: float, rows, cols, xs) -> float:
    for x, w, h in zip(xs, cols, ["持続的発展施策区分", "事業名（施設名）", "事業内容", "事業主体", "備考"]):
        pdf.box(x, top, w, 18, fill=0.85)
        pdf.center(x + w / 2, top + 12, h, 8, GOTHIC)
    top += 18
    for row in rows:
        for c, (x, w) in enumerate(zip(xs, cols)):
            if c == 0:   # the 区分 column is ruled only at its sides: its label runs down over its rows
                pdf.c.setLineWidth(0.5)
                pdf.c.line(x, pdf.H - top, x, pdf.H - top - 17)
                if row[0] and not row[0].startswith("　"):
                    pdf.hline(x, x + w, top)
            else:
                pdf.box(x, top, w, 17)
        if row[0]:
            pdf.text(xs[0] + 4, top + 12, row[0], 7.5)
        pdf.text(xs[1] + 4, top + 12, row[1], 8)
        pdf.text(xs[2] + 4, top + 12, row[2], 8)
        pdf.center(xs[3] + cols[3] / 2, top + 12, row[3], 8)
        pdf.center(xs[4] + cols[4] / 2, top + 12, row[4], 7.5)
        top += 17
    pdf.hline(xs[0], xs[0] + cols[0], top)
    return top


def kamishihoro_kaso_keikaku_pdf(out: Path) -> Path:
    """北海道上士幌町 過疎地域持続的発展計画（令和８年度～令和12年度） 抜粋 (PDF, portrait, 2 pages): the 産業の振興
    chapter's (1)現況と問題点 prose and (2)その対策 bullets, then **the 事業計画 table 持続的発展施策区分｜事業名（施設名）｜
    事業内容｜事業主体｜備考, its 区分 label printed once over its rows (a long label wraps over two or three rows), run
    on to page 2 under 「（つづき）」 with the header repeated**; 備考 「特別事業」 marks 過疎地域持続的発展特別事業; no
    事業費 column."""
    pdf = PdfPage(out / "kamishihoro_kaso_jizokuteki_hatten_keikaku.pdf",
                  title="上士幌町過疎地域持続的発展計画（抜粋）", author="上士幌町 企画財政課")
    pdf.text(40, 46, "上士幌町過疎地域持続的発展計画（令和８年度～令和12年度）", 14, GOTHIC)
    pdf.right(PAGE_W - 40, 64, "令和８年３月　北海道上士幌町", 8.5)
    pdf.hline(40, PAGE_W - 40, 70, 1.0)
    pdf.text(40, 92, "第２章　産業の振興", 12, GOTHIC)
    pdf.text(48, 112, "（１）現況と問題点", 10, GOTHIC)
    for i, line in enumerate([
            "本町の基幹産業である酪農・畑作は、経営規模の拡大が進む一方で、担い手の高齢化と労働力不足が深刻",
            "になっています。観光では、糠平温泉郷の宿泊客数が令和元年度の約６割にとどまっており、冬季の誘客",
            "と滞在型観光への転換が課題です。"]):
        pdf.text(56, 130 + 14 * i, line, 9)
    pdf.text(48, 184, "（２）その対策", 10, GOTHIC)
    for i, line in enumerate([
            "・草地の計画的な更新と排水対策により、自給飼料の生産性を高めます。",
            "・ＩＣＴを活用したスマート農業の導入を支援し、省力化を進めます。",
            "・ナイタイ高原と糠平温泉郷を結ぶ周遊観光を促進し、冬季の滞在客を増やします。"]):
        pdf.text(56, 202 + 14 * i, line, 9)
    pdf.text(40, 262, "第３章　事業計画（令和８年度～令和12年度）", 12, GOTHIC)
    pdf.text(48, 280, "備考欄の「特別事業」は、過疎地域持続的発展特別事業（ソフト事業）です。", 8.5)
    cols = [125, 165, 140, 50, 35]
    xs = column_lefts(40, cols)
    top = _kamishihoro_table(pdf, 290, _KAMISHIHORO_ROWS[:13], cols, xs)
    pdf.center(PAGE_W / 2, PAGE_H - 24, "－ 14 －", 8)
    pdf.page()
    pdf.text(40, 46, "第３章　事業計画（令和８年度～令和12年度）（つづき）", 10, GOTHIC)
    top = _kamishihoro_table(pdf, 56, _KAMISHIHORO_ROWS[13:], cols, xs)
    pdf.text(48, top + 18, "※事業主体の「消防組合」は、町が構成団体となる一部事務組合です。", 8)
    pdf.text(48, top + 32, "※事業の実施は、各年度の予算の範囲内で行います。", 8)
    pdf.center(PAGE_W / 2, PAGE_H - 24, "－ 15 －", 8)
    return pdf.save()


# ---------------------------------------------------------------- 2. 主要な施策の成果説明書 (PDF, one card per 事業, 円)

# (款・項・目, 担当課, 事業名, tag, 予算現額, 決算額, [国県支出金, 地方債, その他, 一般財源], 事業の内容, 成果)
_TSUNAN_CARDS = [
    ("総務費・総務管理費・企画費", "地域振興課", "秋山郷移住体験住宅運営事業", "", 4_860_000, 4_512_300,
     [0, 0, 1_200_000, 3_312_300],
     ["秋山郷の古民家を改修した移住体験住宅２棟を、移住を検討する方に最長３か月貸し出しました。"],
     ["利用は18組41人で、このうち３組７人が町内に移住しました。"]),
    ("民生費・児童福祉費・児童福祉総務費", "福祉保健課", "津南町子育て応援給付金事業", "【新規】", 12_000_000, 10_650_000,
     [0, 0, 0, 10_650_000],
     ["令和６年度に生まれた子どもを養育する保護者に、子ども１人につき150,000円を支給しました。"],
     ["対象となった71人全員に支給しました。"]),
    ("衛生費・保健衛生費・予防費", "福祉保健課", "新生児聴覚検査費助成事業", "【新規】", 3_520_000, 3_108_400,
     [1_036_000, 0, 0, 2_072_400],
     ["新生児の聴覚検査の費用を、１人あたり上限7,500円まで助成しました。"],
     ["受検者は62人（受検率98.4％）で、精密検査の対象となった２人を医療機関につなぎました。"]),
    ("農林水産業費・農業費・農業振興費", "農林振興課", "雪下にんじんブランド化推進事業", "", 2_400_000, 2_286_000,
     [1_143_000, 0, 0, 1_143_000],
     ["首都圏の百貨店での販売会と、ふるさと納税の返礼品としての出品を支援しました。"],
     ["雪下にんじんの販売額は前年度比12.6％増の4,380万円となりました。"]),
    ("土木費・道路橋りょう費・道路維持費", "建設課", "町道除雪事業", "【拡充】", 386_400_000, 379_815_260,
     [48_000_000, 0, 0, 331_815_260],
     ["町道182.6kmの除雪と、高齢者世帯の玄関先までの除雪（拡充分）を行いました。"],
     ["出動日数は67日、累計降雪量は1,186cmでした。大雪の際も町道の通行止めは生じませんでした。",
      "玄関先除雪は124世帯が利用しました。"]),
    ("教育費・教育総務費・事務局費", "教育委員会", "小中学校スクールバス運行事業", "", 58_300_000, 57_962_880,
     [8_400_000, 0, 1_080_000, 48_482_880],
     ["上郷・秋山郷・外丸の各地区と小中学校を結ぶスクールバス６路線を運行しました。"],
     ["児童生徒延べ212人が利用しました。"]),
]


def _tsunan_card(pdf: PdfPage, top: float, card) -> float:
    kan, ka, name, tag, budget, settled, funds, content, results = card
    pdf.hline(40, PAGE_W - 40, top, 1.0)
    pdf.text(44, top + 14, kan, 8.5)
    pdf.right(PAGE_W - 44, top + 14, f"担当：{ka}", 8.5)
    pdf.text(44, top + 32, f"{tag}{name}", 11, GOTHIC)
    top += 42
    cols = [80, 80, 68, 68, 60, 60, 90]
    xs = column_lefts(44, cols)
    for c, h in zip((0, 1, 2), ("予算現額", "決算額", "不用額")):
        pdf.box(xs[c], top, cols[c], 30, fill=0.9)
        pdf.center(xs[c] + cols[c] / 2, top + 19, h, 8, GOTHIC)
    pdf.box(xs[3], top, sum(cols[3:]), 15, fill=0.9)
    pdf.center(xs[3] + sum(cols[3:]) / 2, top + 11, "財源内訳", 8, GOTHIC)
    for c, h in zip((3, 4, 5, 6), ("国県支出金", "地方債", "その他", "一般財源")):
        pdf.box(xs[c], top + 15, cols[c], 15, fill=0.9)
        pdf.center(xs[c] + cols[c] / 2, top + 26, h, 7.5, GOTHIC)
    top += 30
    values = [budget, settled, budget - settled] + funds
    for c, v in enumerate(values):
        pdf.box(xs[c], top, cols[c], 16)
        pdf.right(xs[c] + cols[c] - 4, top + 11, f"{v:,}" if v else "0", 8)
    top += 30
    pdf.text(44, top, "事業の内容", 8.5, GOTHIC)
    for line in content:
        pdf.text(110, top, line, 8.5)
        top += 13
    top += 2
    pdf.text(44, top, "成　　果", 8.5, GOTHIC)
    for line in results:
        pdf.text(110, top, line, 8.5)
        top += 13
    return top + 8


def tsunan_seika_setsumeisho_pdf(out: Path) -> Path:
    """新潟県津南町 令和６年度 主要な施策の成果説明書 (PDF, portrait, 2 pages): one card per 事業 — the 款・項・目 and the
    担当課 on a rule, the 事業名 with 【新規】/【拡充】, **a ruled table with a two-row header 予算現額｜決算額｜不用額｜財源
    内訳 (国県支出金｜地方債｜その他｜一般財源) and amounts in 円 (not 千円)**, then 事業の内容 and 成果 as labelled lines."""
    pdf = PdfPage(out / "tsunan_r6_shuyou_shisaku_seika_setsumeisho.pdf",
                  title="令和6年度 主要な施策の成果説明書", author="津南町 総務課")
    pdf.text(40, 46, "令和６年度　主要な施策の成果説明書（一般会計）", 14, GOTHIC)
    pdf.right(PAGE_W - 40, 64, "新潟県津南町", 8.5)
    pdf.text(40, 82, "（金額の単位：円）", 8)
    top = 92
    for card in _TSUNAN_CARDS[:3]:
        top = _tsunan_card(pdf, top, card)
    pdf.center(PAGE_W / 2, PAGE_H - 24, "－ 3 －", 8)
    pdf.page()
    top = 40
    for card in _TSUNAN_CARDS[3:]:
        top = _tsunan_card(pdf, top, card)
    pdf.text(44, top + 10, "※不用額＝予算現額－決算額。予算現額には前年度からの繰越分を含みません。", 8)
    pdf.center(PAGE_W / 2, PAGE_H - 24, "－ 4 －", 8)
    return pdf.save()


# ---------------------------------------------------------------- 3. 子ども・子育て支援事業計画 (XLSX, 量の見込みと確保方策)

_YEARS = ["令和７年度", "令和８年度", "令和９年度", "令和10年度", "令和11年度"]
# 区分 → (①量の見込み, ②確保方策)
_KUZUMAKI_KYOIKU = [
    ("１号認定（３～５歳・教育）", [12, 11, 11, 10, 10], [15, 15, 15, 15, 15]),
    ("２号認定（３～５歳・保育）", [68, 64, 61, 58, 55], [80, 80, 75, 75, 75]),
    ("３号認定（０歳）", [9, 9, 8, 8, 8], [12, 12, 12, 12, 12]),
    ("３号認定（１・２歳）", [30, 28, 27, 26, 25], [36, 36, 36, 33, 33]),
]
# (事業名, 単位, ①量の見込み, ②確保方策, 備考)
_KUZUMAKI_CHIIKI = [
    ("延長保育事業", "人／年", [24, 23, 22, 21, 20], [30, 30, 30, 30, 30], ""),
    ("放課後児童健全育成事業（低学年）", "人", [45, 44, 42, 40, 39], [50, 50, 50, 50, 50], ""),
    ("放課後児童健全育成事業（高学年）", "人", [18, 18, 17, 16, 16], [20, 20, 20, 20, 20], ""),
    ("一時預かり事業", "人日／年", [320, 310, 300, 290, 280], [400, 400, 400, 360, 360], ""),
    ("病児保育事業", "人日／年", [40, 40, 38, 36, 35], [0, 0, 60, 60, 60], "新規（令和９年度開始予定）"),
    ("地域子育て支援拠点事業", "人回／月", [150, 145, 140, 135, 130], [150, 150, 150, 150, 150], ""),
    ("妊婦健康診査", "人回／年", [280, 270, 266, 252, 238], [280, 270, 266, 252, 238], "全員に受診券を交付"),
    ("乳児家庭全戸訪問事業", "人／年", [22, 21, 21, 20, 20], [22, 21, 21, 20, 20], ""),
    ("子育て世帯訪問支援事業", "人日／年", [12, 12, 12, 12, 12], [24, 24, 24, 24, 24], "新規（令和７年度創設）"),
    ("乳児等通園支援事業（こども誰でも通園制度）", "人日／月", [0, 8, 8, 8, 7], [0, 10, 10, 10, 10], "新規（令和８年度開始）"),
]
# (施設名, 種別, 地区, 利用定員, 備考)
_KUZUMAKI_SHISETSU = [
    ("葛巻保育園", "保育所", "葛巻", 90, ""),
    ("江刈へき地保育所", "へき地保育所", "江刈", 20, "令和８年度末で閉所予定（葛巻保育園に統合）"),
    ("くずまき幼稚園", "幼稚園", "葛巻", 30, ""),
    ("葛巻放課後児童クラブ", "放課後児童クラブ", "葛巻", 50, ""),
    ("江刈放課後児童クラブ", "放課後児童クラブ", "江刈", 20, ""),
    ("子育て支援センターひだまり", "地域子育て支援拠点", "葛巻", None, "病児保育室を併設予定"),
    ("小屋瀬児童館", "児童館", "小屋瀬", None, "令和７年度から休館"),
]


def kuzumaki_kosodate_keikaku_xlsx(out: Path) -> Path:
    """岩手県葛巻町 第３期子ども・子育て支援事業計画 量の見込みと確保方策 (XLSX, 3 sheets): 教育・保育 — **the 区分
    merged down over ①量の見込み｜②確保方策｜②－① rows, a two-row header 計画期間 merged over 令和７年度…令和11年度**;
    地域子ども・子育て支援事業 — 事業名 and 単位 merged down over the two rows, a 備考 column with 新規 notes; 提供体制 — a
    list of 施設 with 地区 and 利用定員, 備考 notes (閉所予定, 休館)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = Workbook()
    shade = PatternFill("solid", fgColor="E2EFDA")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def header(ws, first_cols, last=None):
        for col, value in first_cols:
            ws[f"{col}4"] = value
            ws.merge_cells(f"{col}4:{col}5")
        start = chr(ord(first_cols[-1][0]) + 1)
        end = chr(ord(start) + 4)
        ws[f"{start}4"] = "計画期間"
        ws.merge_cells(f"{start}4:{end}4")
        for i, y in enumerate(_YEARS):
            ws[f"{chr(ord(start) + i)}5"] = y
        if last:
            col = chr(ord(end) + 1)
            ws[f"{col}4"] = last
            ws.merge_cells(f"{col}4:{col}5")
            end = col
        for r in (4, 5):
            for c in range(ord("A"), ord(end) + 1):
                ws[f"{chr(c)}{r}"].fill = shade
                ws[f"{chr(c)}{r}"].alignment = center
                ws[f"{chr(c)}{r}"].font = Font(bold=True)
        return start

    ws = wb.active
    ws.title = "教育・保育"
    ws["A1"] = "第３期葛巻町子ども・子育て支援事業計画　教育・保育の量の見込みと確保方策"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "（単位：人）　※量の見込みは各年度４月１日時点の利用希望者数"
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 14
    start = header(ws, [("A", "区分"), ("B", "項目")])
    r = 6
    for name, need, supply in _KUZUMAKI_KYOIKU:
        ws[f"A{r}"] = name
        ws.merge_cells(f"A{r}:A{r + 2}")
        ws[f"A{r}"].alignment = Alignment(vertical="center", wrap_text=True)
        for k, (label, values) in enumerate((("①量の見込み", need), ("②確保方策", supply),
                                             ("②－①", [s - n for s, n in zip(supply, need)]))):
            ws[f"B{r + k}"] = label
            for i, v in enumerate(values):
                ws[f"{chr(ord(start) + i)}{r + k}"] = v
        r += 3
    ws[f"A{r + 1}"] = "※確保方策は、町内の特定教育・保育施設の利用定員の合計です。"
    ws[f"A{r + 2}"] = "※２号認定の確保方策は、江刈へき地保育所の閉所に伴い令和９年度から75人とします。"

    ws = wb.create_sheet("地域子ども・子育て支援事業")
    ws["A1"] = "地域子ども・子育て支援事業の量の見込みと確保方策"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "※単位欄の「人日」は延べ利用日数、「人回」は延べ利用回数です。"
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 10
    ws.column_dimensions["C"].width = 14
    ws.column_dimensions["I"].width = 30
    start = header(ws, [("A", "事業名"), ("B", "単位"), ("C", "項目")], last="備考")
    r = 6
    for name, unit, need, supply, note in _KUZUMAKI_CHIIKI:
        ws[f"A{r}"], ws[f"B{r}"] = name, unit
        ws.merge_cells(f"A{r}:A{r + 1}")
        ws.merge_cells(f"B{r}:B{r + 1}")
        for k, (label, values) in enumerate((("①量の見込み", need), ("②確保方策", supply))):
            ws[f"C{r + k}"] = label
            for i, v in enumerate(values):
                ws[f"{chr(ord(start) + i)}{r + k}"] = v
                ws[f"{chr(ord(start) + i)}{r + k}"].number_format = "#,##0"
        if note:
            ws[f"I{r}"] = note
            ws.merge_cells(f"I{r}:I{r + 1}")
        r += 2
    ws[f"A{r + 1}"] = "※地域子育て支援拠点事業の確保方策は、子育て支援センターひだまり（１か所）で受け入れる延べ人数です。"

    ws = wb.create_sheet("提供体制")
    ws["A1"] = "教育・保育、子育て支援の提供体制（令和７年４月１日現在）"
    ws["A1"].font = Font(bold=True, size=13)
    for col, width in zip("ABCDE", (30, 20, 10, 14, 40)):
        ws.column_dimensions[col].width = width
    for col, h in zip("ABCDE", ("施設名", "種別", "地区", "利用定員（人）", "備考")):
        ws[f"{col}3"] = h
        ws[f"{col}3"].fill = shade
        ws[f"{col}3"].font = Font(bold=True)
    for r, row in enumerate(_KUZUMAKI_SHISETSU, start=4):
        for col, v in zip("ABCDE", row):
            ws[f"{col}{r}"] = "－" if v is None else v
    ws[f"A{4 + len(_KUZUMAKI_SHISETSU) + 1}"] = "計画の基本理念：地域みんなで　子どもの笑顔と育ちを支える　くずまき"
    path = out / "kuzumaki_dai3ki_kodomo_kosodate_shien_jigyo_keikaku.xlsx"
    wb.properties.title = "第3期葛巻町子ども・子育て支援事業計画 量の見込みと確保方策"
    wb.properties.creator = "葛巻町 健康福祉課"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 4. 健康増進計画 中間評価 (DOCX, ◎○△× 評価)

# 分野 → (現状と課題, [(指標, 対象, 策定時, 現状値, 目標値, 評価)], 今後の取組)
_NISHIKAWA = [
    ("１　栄養・食生活",
     "働き盛りの男性の肥満者の割合が策定時より増えています。食塩摂取量は減っていますが、目標との差は大きいままです。",
     [("肥満者（BMI25以上）の割合", "40～60歳代男性", "34.2％", "36.8％", "28.0％", "×"),
      ("１日の食塩摂取量（推定）", "成人", "11.2ｇ", "10.4ｇ", "8.0ｇ", "○"),
      ("朝食を欠食する人の割合", "20歳代", "22.5％", "18.3％", "15.0％", "○")],
     ["減塩みそ汁キャンペーンの実施", "月山の山菜を使ったヘルシーレシピの普及", "特定保健指導での食事相談の強化"]),
    ("２　身体活動・運動",
     "運動習慣のある人は増え、目標を達成しました。一方で、高齢者の歩数はほとんど変わっていません。",
     [("１日30分以上の運動を週２回以上している人の割合", "成人", "28.6％", "35.1％", "35.0％", "◎"),
      ("１日の平均歩数", "65歳以上", "5,120歩", "5,160歩", "6,500歩", "△")],
     ["大井沢地区のノルディックウォーキング教室", "健康ポイント事業の対象拡大"]),
    ("３　喫煙",
     "成人男性の喫煙率は下がっていますが、県平均を上回っています。",
     [("喫煙率", "成人男性", "27.8％", "23.9％", "20.0％", "○"),
      ("妊娠中の喫煙率", "妊婦", "2.9％", "0.0％", "0.0％", "◎")],
     ["禁煙外来の受診費用の助成"]),
    ("４　歯・口腔の健康",
     "子どものむし歯は大きく減りました。成人の歯周病検診の受診者は少ない状況です。",
     [("80歳で20本以上の歯を持つ人の割合", "80歳", "38.0％", "44.6％", "50.0％", "○"),
      ("３歳児でむし歯のない子の割合", "３歳児", "78.3％", "91.2％", "90.0％", "◎")],
     ["歯周病検診の対象年齢の拡大"]),
    ("５　がん検診",
     "胃がん検診の受診率は策定時を下回りました。感染症の流行期に受診を控えた人が、検診に戻っていないことが主な課題です。",
     [("胃がん検診受診率", "40～69歳", "18.4％", "16.2％", "30.0％", "×"),
      ("大腸がん検診受診率", "40～69歳", "24.1％", "24.6％", "35.0％", "△"),
      ("乳がん検診受診率", "40～69歳女性", "29.5％", "31.8％", "40.0％", "○")],
     ["休日検診と託児付き検診の実施", "未受診者への個別の再勧奨"]),
]


def nishikawa_kenkou_chuukan_hyouka_docx(out: Path) -> Path:
    """山形県西川町 第３次健康にしかわ21 中間評価報告書（概要） (DOCX): Title, 計画の概要 as a label｜value table, an 評価
    legend and a count table (評価｜指標数); then per 分野 a Heading 2, a 現状と課題 paragraph, **a table 指標｜対象｜策定時
    （平成30年度）｜現状値（令和５年度）｜目標値（令和11年度）｜評価 with the units inside the value cells and ◎○△× marks**,
    and 今後の取組 as bulleted paragraphs."""
    import docx
    doc = docx.Document()
    doc.core_properties.title = "第3次健康にしかわ21 中間評価報告書（概要）"
    doc.core_properties.author = "西川町 健康福祉課"
    doc.add_heading("第３次健康にしかわ21　中間評価報告書（概要）", level=0)
    doc.add_paragraph("令和７年３月　山形県西川町　健康福祉課")
    doc.add_heading("１　中間評価の概要", level=1)
    facts = [("計画期間", "令和２年度～令和11年度（10年間）"),
             ("中間評価の目的", "計画の中間年に指標の達成状況を確認し、後期５年間の取組を見直すため"),
             ("評価の方法", "令和５年度の町民健康意識調査（回答1,046人）と各種健診データによる"),
             ("評価した指標", "５分野12指標")]
    t = doc.add_table(rows=len(facts), cols=2)
    t.style = "Table Grid"
    for r, (k, v) in enumerate(facts):
        t.cell(r, 0).text, t.cell(r, 1).text = k, v
    doc.add_paragraph("評価の区分　◎：目標を達成　○：改善　△：変化なし（策定時との差が１ポイント未満など）　×：悪化")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for r, (k, v) in enumerate([("評価", "指標数"), ("◎", "３"), ("○", "５"), ("△", "２"), ("×", "２")]):
        t.cell(r, 0).text, t.cell(r, 1).text = k, v
    doc.add_heading("２　分野別の評価", level=1)
    heads = ("指標", "対象", "策定時（平成30年度）", "現状値（令和５年度）", "目標値（令和11年度）", "評価")
    for field, issue, rows, actions in _NISHIKAWA:
        doc.add_heading(field, level=2)
        doc.add_paragraph(issue)
        t = doc.add_table(rows=len(rows) + 1, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(heads):
            t.cell(0, c).text = h
        for r, row in enumerate(rows, start=1):
            for c, v in enumerate(row):
                t.cell(r, c).text = v
        doc.add_paragraph("今後の取組")
        for a in actions:
            doc.add_paragraph(a, style="List Bullet")
    doc.add_heading("３　後期に向けて", level=1)
    doc.add_paragraph("後期５年間は、働き盛り世代の生活習慣病予防とがん検診の受診率向上を重点に取り組みます。")
    path = out / "nishikawa_kenkou21_chuukan_hyouka.docx"
    doc.save(str(path))
    return path


# ---------------------------------------------------------------- 5. 指定避難所一覧 (CSV, CP932, ○×－ per 災害)

_MATSUZAKI_CSV = """\
松崎町　指定避難所・指定緊急避難場所一覧,,,,,,,,,,,,
令和８年４月１日現在　松崎町総務課防災係,,,,,,,,,,,,
番号,施設名,所在地,地区,収容人数（人）,洪水,土砂災害,地震,津波,指定避難所,指定緊急避難場所,福祉避難所,備考
1,松崎小学校 体育館,松崎町宮内300,松崎,320,×,○,○,×,○,○,－,津波時は校舎３階を緊急避難場所とする
2,松崎中学校 体育館,松崎町江奈210,松崎,280,○,○,○,○,○,○,－,
3,松崎町民会館,松崎町宮内25,松崎,160,×,○,○,×,○,○,○,要配慮者を優先して受け入れる
4,岩科地区公民館,松崎町岩科北側410,岩科,60,○,×,○,○,○,○,－,土砂災害警戒区域内
5,石部生活改善センター,松崎町石部88,石部,40,○,○,○,×,○,○,－,
6,雲見区民会館,松崎町雲見395,雲見,50,○,○,○,×,○,－,－,
7,岩地公民館,松崎町岩地120,岩地,35,○,×,○,×,○,－,－,
8,大沢地区集会所,松崎町大沢150,大沢,30,○,×,○,○,○,○,－,
9,松崎高等学校 体育館,松崎町江奈188,松崎,400,○,○,○,○,○,○,－,県立施設（施設管理者と協定）
10,特別養護老人ホーム さくらの里,松崎町宮内600,松崎,20,○,○,○,○,－,－,○,協定による福祉避難所
※○：その災害で使用できる　×：使用できない　－：指定なし,,,,,,,,,,,,
※福祉避難所は、一般の避難所での生活が難しい高齢者・障害者などを受け入れます。開設は町が判断します。,,,,,,,,,,,,
※収容人数は、１人あたり２㎡で算定しています。,,,,,,,,,,,,
"""


def matsuzaki_hinanjo_csv(out: Path) -> Path:
    """静岡県松崎町 指定避難所・指定緊急避難場所一覧 (CSV, **CP932**, CRLF): a title row and a date row padded with
    commas, one header 番号｜施設名｜所在地｜地区｜収容人数（人）｜洪水｜土砂災害｜地震｜津波｜指定避難所｜指定緊急避難場所｜
    福祉避難所｜備考, **○ / × / － marks per 災害 and per kind of 指定**, ※ legend rows."""
    return write_text(out / "matsuzaki_shitei_hinanjo_ichiran.csv", _MATSUZAKI_CSV, encoding="cp932", crlf=True)


# ---------------------------------------------------------------- 6. 補助金・助成制度一覧 (HTML, UTF-8)

# 分野 → [(制度名, tag, 対象者, 補助内容, 上限額, 担当)]
_TADAMI = [
    ("住まい・移住", [
        ("移住定住住宅取得補助金", "拡充", "町外から転入し、町内に住宅を取得する方", "住宅取得費の２分の１",
         "200万円（子育て世帯は250万円）", "地域創生課"),
        ("空き家改修補助金", "", "空き家バンク登録物件を購入または賃借した方", "改修費の２分の１", "100万円", "地域創生課"),
        ("屋根融雪設備設置補助金", "", "町内に住宅を所有する方", "設置費の３分の１", "60万円", "建設課"),
        ("高齢者世帯雪下ろし費用助成", "新規", "65歳以上の方のみの世帯", "雪下ろし１回の費用の２分の１",
         "１シーズン５万円", "保健福祉課")]),
    ("子育て・教育", [
        ("出産祝金", "", "町内に住所があり、子どもを出産した方",
         "第１子 100,000円／第２子 200,000円／第３子以降 500,000円", "－", "保健福祉課"),
        ("高校生通学定期券補助", "新規", "只見線で町外の高校に通う生徒の保護者", "通学定期券の購入費の全額",
         "月額20,000円", "教育委員会"),
        ("子ども医療費助成", "", "18歳到達後最初の３月31日までの子ども", "保険診療の自己負担分", "－", "町民生活課")]),
    ("産業・しごと", [
        ("創業支援補助金", "新規", "町内で新たに事業を始める方", "店舗改装費・設備費などの３分の２", "150万円", "産業振興課"),
        ("新規就農者支援金", "", "就農して５年以内の方", "月額50,000円（最長３年間）", "－", "産業振興課"),
        ("町産材利用住宅補助金", "", "町産材を使って住宅を新築・増改築する方", "使用量１立方メートルあたり20,000円",
         "60万円", "産業振興課")]),
]


def tadami_hojokin_ichiran_html(out: Path) -> Path:
    """福島県只見町 補助金・助成制度一覧（令和８年度） (HTML, UTF-8): a web page with a breadcrumb, an update date and an
    〈お知らせ〉 box; per 分野 an h2 and **a table 制度名｜対象となる方｜補助の内容｜上限額｜担当 whose 制度名 cell carries a
    <span> tag 新規/拡充**; amounts in 円 and 万円; a footnote list and the 問い合わせ block."""
    parts = ["""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>補助金・助成制度一覧（令和８年度） | 只見町</title>
<style>
 table { border-collapse: collapse; } th, td { border: 1px solid #999; padding: 4px; }
 .tag-new { color: #c00; font-weight: bold; } .tag-up { color: #06c; font-weight: bold; }
</style>
</head>
<body>
<header><p class="site">福島県只見町</p>
<nav class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/kurashi/">くらし</a> &gt; 補助金・助成制度一覧</nav></header>
<main>
<h1>補助金・助成制度一覧（令和８年度）</h1>
<p class="update">更新日：令和８年４月１日</p>
<div class="notice">
<p>〈お知らせ〉</p>
<p>令和８年度から、新たに３つの制度を始めました。制度名の横に「新規」と表示しています。</p>
<p>補助金の多くは、工事の契約や購入の前に申請が必要です。事前に担当課へご相談ください。</p>
</div>
"""]
    for field, rows in _TADAMI:
        parts.append(f"<h2>{field}</h2>\n<table>\n<tr><th>制度名</th><th>対象となる方</th><th>補助の内容</th>"
                     "<th>上限額</th><th>担当</th></tr>\n")
        for name, tag, who, what, cap, ka in rows:
            mark = ""
            if tag == "新規":
                mark = ' <span class="tag-new">新規</span>'
            elif tag == "拡充":
                mark = ' <span class="tag-up">拡充</span>'
            parts.append(f"<tr><td>{name}{mark}</td><td>{who}</td><td>{what}</td><td>{cap}</td><td>{ka}</td></tr>\n")
        parts.append("</table>\n")
    parts.append("""<h2>ご注意</h2>
<ul>
<li>町税などに滞納がある方は、補助の対象になりません。</li>
<li>移住定住住宅取得補助金の子育て世帯とは、中学生以下の子どもがいる世帯です。</li>
<li>予算の上限に達した場合は、年度の途中で受付を終了することがあります。</li>
</ul>
<div class="contact"><p>問い合わせ先：只見町役場　地域創生課　電話 0241-xx-xxxx</p></div>
</main>
<footer><p>&copy; Tadami Town</p></footer>
</body>
</html>
""")
    return write_text(out / "tadami_hojokin_joseiseido_ichiran.html", "".join(parts))


def make_all(out_dir: Path) -> list[Path]:
    """Write every document of the fourteenth blind set into `out_dir` (created if missing) and return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [
        kamishihoro_kaso_keikaku_pdf(out_dir),
        tsunan_seika_setsumeisho_pdf(out_dir),
        kuzumaki_kosodate_keikaku_xlsx(out_dir),
        nishikawa_kenkou_chuukan_hyouka_docx(out_dir),
        matsuzaki_hinanjo_csv(out_dir),
        tadami_hojokin_ichiran_html(out_dir),
    ]
