"""Seventeenth blind fixture set: six documents in layouts nobody tuned the extractor to, answers written by hand.

`make_all(out_dir)` writes six documents of Japanese local-government kinds (a 環境基本計画 概要版 PDF whose first page
is set in **two columns** — 目的・現状と課題 prose on the left, 〔新規〕〔拡充〕 取組 under four 基本目標 on the right — and
whose second page holds a 温室効果ガス 削減目標 table and a 環境指標 table **drawn without any ruling line**, the unit in the
指標 name and the 基準年度 in parentheses after the 基準値; a 地域公共交通計画 PDF whose middle page is **turned to landscape
inside a portrait document**, with a 路線別 table ruled by horizontal lines only under a two-row header 年間利用者数（人）
over three years and 収支率（％） over two, then a 事業 table with ●○ marks in 実施主体 columns; a 下水道事業 決算概要
workbook with 収益的収支 in 円 under a header 予算額 merged over 当初｜補正｜予算現額, 資本的収支 in 千円 and a 経営指標 sheet
beside a 類似団体平均 column; a 男女共同参画計画 in Word with a survey table in ％, ★重点 / 〔新規〕 bullets followed by the
担当課 in parentheses, and two 成果指標 tables (the last plan's 達成状況, the new plan's 目標); a 介護保険料 所得段階 CSV in
CP932 with the 軽減前 rate in parentheses after the 軽減後 rate and two more blocks (見込量 by year, 給付費 in 千円); a
ふるさと納税 寄附金の使途 web page with 円 and 千円 tables and several 事業 names in one cell) into `out_dir` and returns
their paths. The municipalities are real (中部・近畿・中国・四国・九州) and were used by no earlier set; every figure, name
and sentence is invented. The expected answers in `questions.jsonl` were written by hand from the text below,
without reading or running the extractor. Binary formats are generated here, never committed.
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


# ---------------------------------------------------------------- 1. 環境基本計画 概要版 (PDF, two columns, ruleless)

_MIZUNAMI_LEFT = [
    ("１　計画の目的", [
        "本計画は、瑞浪市環境基本条例に基づき、環境の",
        "保全と創造に関する施策を総合的かつ計画的に推",
        "進するために定めるものです。第二次計画の成果",
        "を引き継ぎ、2050年のゼロカーボンシティの実現",
        "に向けた中間段階の道筋を示します。",
        "計画期間は令和８年度から令和12年度までの５年",
        "間とします。"]),
    ("２　現状と課題", [
        "市域の約７割（9,320ha）を森林が占め、釜戸町や",
        "大湫町には良好な里山が残されています。一方、",
        "管理の担い手が減り、荒廃した森林が増えています。",
        "温室効果ガス排出量は基準年度から12.8％減少しま",
        "したが、運輸部門の減少幅が小さいことが課題です。",
        "自動車への依存度が高いことが最大の課題です。",
        "また、陶磁器製造で生じる廃石膏型や不良品の多く",
        "が埋立処分されており、資源化が求められています。",
        "環境学習講座の参加者は若い世代で少なく、次世代",
        "の担い手づくりが急がれます。"]),
]
_MIZUNAMI_RIGHT = [
    ("基本目標１　脱炭素社会の実現", ["・〔新規〕公共施設ＰＰＡ太陽光導入事業", "・〔拡充〕住宅用蓄電池設置費補助",
                                "・省エネ家電買替促進キャンペーン"]),
    ("基本目標２　循環型社会の形成", ["・〔新規〕陶磁器リサイクル推進事業", "・生ごみ水切り推進運動",
                                "・〔拡充〕資源集団回収奨励金"]),
    ("基本目標３　自然との共生", ["・〔拡充〕里山林整備支援事業", "・大湫町ビオトープ保全事業",
                            "・外来種駆除ボランティア活動支援"]),
    ("基本目標４　環境を守り育てる人づくり", ["・こども環境教室", "・〔新規〕みずなみ環境ポイント制度",
                                     "・事業者向け省エネ診断"]),
]
# (部門, 基準年度, 現状, 目標, 削減率)  in 千t-CO2
_MIZUNAMI_GHG = [
    ("産業部門", "198.6", "167.2", "119.2", "40.0％"),
    ("業務その他部門", "74.5", "63.8", "37.3", "49.9％"),
    ("家庭部門", "82.1", "70.4", "41.0", "50.1％"),
    ("運輸部門", "120.3", "112.9", "78.2", "35.0％"),
    ("廃棄物部門", "6.2", "5.9", "4.3", "30.6％"),
    ("合計", "481.7", "420.2", "280.0", "41.9％"),
]
# (指標（単位）, 基準値（年度）, 目標値（令和12年度）, 実績（令和６年度）, 達成状況)
_MIZUNAMI_KPI = [
    ("太陽光発電設備の導入容量（kW）", "18,400（R2）", "32,000", "24,650", "順調"),
    ("市民１人１日当たりのごみ排出量（ｇ）", "905（R2）", "850", "872", "順調"),
    ("公用車に占める次世代自動車の割合（％）", "6.5（R3）", "30.0", "14.8", "遅れ"),
    ("河川のＢＯＤ環境基準達成率（％）", "91.7（R2）", "100", "100", "達成"),
    ("環境学習講座の参加者数（人）", "1,240（R2）", "2,000", "1,386", "遅れ"),
    ("里山保全活動の登録団体数（団体）", "12（R2）", "20", "17", "順調"),
]


def mizunami_kankyo_kihon_keikaku_pdf(out: Path) -> Path:
    """岐阜県瑞浪市 第三次環境基本計画（令和８年度～令和12年度） 概要版 (PDF, portrait, 2 pages). Page 1 is set in
    **two columns** (目的 and 現状と課題 prose on the left, 〔新規〕〔拡充〕 取組 under four 基本目標 on the right), so a
    line of each column shares the printed line. Page 2: a 温室効果ガス 削減目標 table and a 環境指標 table, **both
    without a single ruling line** (columns kept by position only, a two-line header), the unit inside the 指標 name
    and the year after the 基準値 (「18,400（R2）」)."""
    pdf = PdfPage(out / "mizunami_dai3ji_kankyo_kihon_keikaku_gaiyo.pdf",
                  title="第三次瑞浪市環境基本計画 概要版", author="瑞浪市 生活環境部 環境課")
    pdf.text(40, 46, "第三次瑞浪市環境基本計画　概要版", 15, GOTHIC)
    pdf.text(40, 64, "計画期間：令和８年度～令和12年度", 9, GOTHIC)
    pdf.right(PAGE_W - 40, 64, "令和８年３月　瑞浪市", 9)
    pdf.hline(40, PAGE_W - 40, 72, 1.2)
    top = 96
    for head, lines in _MIZUNAMI_LEFT:
        pdf.text(40, top, head, 10.5, GOTHIC)
        top = _lines(pdf, 44, top + 17, lines, 8.8, 14) + 12
    top = 96
    pdf.text(310, top, "３　基本目標と主な取組", 10.5, GOTHIC)
    pdf.text(310, top + 15, "〔新規〕新たに始める取組　〔拡充〕内容を広げる取組", 7.5)
    top += 32
    for head, items in _MIZUNAMI_RIGHT:
        pdf.text(310, top, head, 9.5, GOTHIC)
        top = _lines(pdf, 316, top + 16, items, 8.8, 15) + 10
    pdf.right(PAGE_W - 40, PAGE_H - 30, "― 1 ―", 8)
    pdf.page()

    pdf.text(40, 50, "４　温室効果ガス排出量の削減目標", 11, GOTHIC)
    pdf.right(PAGE_W - 40, 68, "（単位：千t-CO2）", 8)
    xs = [60, 250, 330, 410, 500]          # 部門 left; then right edges of the figures
    heads = [("基準年度", "（平成25年度）"), ("現状", "（令和４年度）"), ("目標", "（令和12年度）"), ("削減率", "（基準年度比）")]
    pdf.text(xs[0], 92, "部門", 8.5, GOTHIC)
    for x, (h1, h2) in zip(xs[1:], heads):
        pdf.right(x, 86, h1, 8.5, GOTHIC)
        pdf.right(x, 98, h2, 7.5, GOTHIC)
    top = 120
    for name, *figs in _MIZUNAMI_GHG:
        pdf.text(xs[0], top, name, 9, GOTHIC if name == "合計" else MINCHO)
        for x, f in zip(xs[1:], figs):
            pdf.right(x, top, f, 9)
        top += 17
    top = _lines(pdf, 50, top + 6, [
        "森林吸収量（令和４年度 18.6千t-CO2）は上表に含めていません。",
        "2050年度に実質ゼロとするため、令和12年度までに基準年度比41.9％の削減をめざします。"], 8, 13)

    pdf.text(40, top + 26, "５　環境指標", 11, GOTHIC)
    top += 54
    xs = [50, 340, 400, 460, 540]
    pdf.text(xs[0], top + 6, "指標（単位）", 8.5, GOTHIC)
    for x, (h1, h2) in zip(xs[1:], [("基準値", "（年度）"), ("目標値", "（令和12年度）"), ("実績", "（令和６年度）"),
                                     ("達成", "状況")]):
        pdf.right(x, top, h1, 8.5, GOTHIC)
        pdf.right(x, top + 12, h2, 7.5, GOTHIC)
    top += 34
    for name, *figs in _MIZUNAMI_KPI:
        pdf.text(xs[0], top, name, 8.8)
        for x, f in zip(xs[1:], figs):
            pdf.right(x, top, f, 8.8)
        top += 18
    _lines(pdf, 50, top + 8, [
        "達成状況　達成：目標値に到達　順調：基準値から目標値へ向けて５割以上進捗　遅れ：進捗が５割未満",
        "（R2）は令和２年度、（R3）は令和３年度の値を示します。"], 7.5, 12)
    pdf.right(PAGE_W - 40, PAGE_H - 30, "― 2 ―", 8)
    pdf.page()
    return pdf.save()


# ---------------------------------------------------------------- 2. 地域公共交通計画 (PDF, landscape page inside)

# (路線名, 運行形態, R4, R5, R6 利用者数, 1便当たり(R6), 収支率 R5, R6, 市負担額（千円） R6)
_MINE_ROUTES = [
    ("秋芳線（美祢駅～秋芳洞）", "路線バス", "48,210", "45,630", "44,980", "6.1", "38.4", "36.9", "21,560"),
    ("美東線（美祢駅～大田）", "路線バス", "31,540", "30,120", "29,870", "5.2", "31.2", "30.5", "18,940"),
    ("大嶺・於福線", "コミュニティバス", "12,860", "12,410", "11,950", "3.4", "14.8", "13.9", "9,870"),
    ("市内循環２号線", "コミュニティバス", "9,540", "9,880", "10,260", "4.5", "16.2", "17.0", "7,150"),
    ("嘉万循環線", "コミュニティバス", "6,320", "6,010", "6,180", "2.8", "11.6", "12.1", "6,420"),
    ("厚保線", "コミュニティバス", "4,870", "4,520", "4,230", "2.1", "9.7", "8.8", "5,360"),
    ("豊田前線", "コミュニティバス", "3,910", "3,760", "3,640", "1.9", "8.3", "7.9", "4,710"),
    ("赤郷地区デマンド交通", "デマンド型乗合タクシー", "2,140", "2,380", "2,610", "1.6", "7.4", "8.1", "3,980"),
]
_MINE_TOTAL = ("合計", "", "119,390", "114,710", "113,720", "", "", "", "77,990")
# (事業名, 内容, 市, 交通事業者, 地域・住民, 前期, 後期)
_MINE_PROJECTS = [
    ("〔新規〕秋芳洞周遊バス実証運行", "観光客向けに土日祝日の周遊便を試行", "●", "●", "－", "実施", "本格運行"),
    ("ダイヤ・路線再編事業", "鉄道との接続を改善し重複区間を整理", "●", "●", "○", "実施", "検証"),
    ("〔新規〕キャッシュレス決済導入支援", "交通系ＩＣカード等の車載機導入を補助", "○", "●", "－", "実施", "－"),
    ("〔拡充〕デマンド型乗合タクシー運行区域拡大", "嘉万・岩永地区へ区域を広げる", "●", "○", "○", "検討", "実施"),
    ("乗り方教室・モビリティマネジメント", "高齢者サロン・小学校で乗り方を学ぶ", "●", "○", "●", "実施", "実施"),
    ("地域主体の移送サービス支援", "地域団体による移送の立ち上げを支援", "○", "－", "●", "実施", "実施"),
    ("〔新規〕バス待合環境整備事業", "主要停留所に上屋・ベンチを設置", "●", "－", "○", "検討", "実施"),
    ("運転士確保支援補助金", "二種免許取得費用を補助", "●", "●", "－", "実施", "実施"),
]
# (指標, 現状値（令和６年度）, 目標値（令和12年度）)
_MINE_KPI = [
    ("公共交通の年間利用者数（路線バス・コミュニティバス・デマンド交通の合計）", "113,720人", "120,000人"),
    ("コミュニティバスの収支率", "12.4％", "15.0％"),
    ("公共交通に係る市の財政負担額", "77,990千円", "75,000千円以内"),
    ("公共交通に満足している市民の割合", "28.6％", "40.0％"),
    ("交通空白地域の人口カバー率", "87.5％", "95.0％"),
]


def mine_chiiki_kokyo_kotsu_keikaku_pdf(out: Path) -> Path:
    """山口県美祢市 地域公共交通計画（令和８年度～令和12年度） (PDF, 3 pages): page 1 portrait, 目的 prose and 課題
    as ①②③ paragraphs; **page 2 turned to A4 landscape** with a 路線別 運行状況 table ruled by horizontal lines only,
    a two-row header (年間利用者数（人） over 令和４｜５｜６年度, 収支率（％） over 令和５｜６年度, the other heads spanning
    both rows), 1便当たり and 市負担額（千円） beside, a 合計 row; page 3 portrait again, 目標指標 with the unit inside
    the value and a 事業 table with ● 主体 / ○ 協力 marks under 市｜交通事業者｜地域・住民 and 前期｜後期 words."""
    pdf = PdfPage(out / "mine_chiiki_kokyo_kotsu_keikaku.pdf", title="美祢市地域公共交通計画",
                  author="美祢市 総合政策部 地域振興課")
    pdf.center(PAGE_W / 2, 60, "美祢市地域公共交通計画", 16, GOTHIC)
    pdf.center(PAGE_W / 2, 82, "（令和８年度～令和12年度）", 10, GOTHIC)
    pdf.text(50, 120, "第１章　計画の目的", 11.5, GOTHIC)
    top = _lines(pdf, 56, 140, [
        "本計画は、地域公共交通の活性化及び再生に関する法律に基づき、市内の路線バス、コミュニティバス",
        "及びデマンド交通を一体の交通網として見直し、市民の日常生活に必要な移動手段を将来にわたって確保",
        "することを目的とします。あわせて、秋芳洞をはじめとする観光地への来訪者の移動を支えます。"], 9)
    pdf.text(50, top + 20, "第２章　地域公共交通の課題", 11.5, GOTHIC)
    top = _lines(pdf, 56, top + 40, [
        "課題①　利用者の減少と収支の悪化",
        "　路線バス・コミュニティバスの利用者は令和４年度から令和６年度にかけて約５％減少し、市の財政負担",
        "　は増え続けています。",
        "課題②　運転士の不足",
        "　交通事業者の運転士の平均年齢は58歳を超え、減便を余儀なくされる路線が出ています。",
        "課題③　交通空白地域の存在",
        "　バス停から１km以上離れた集落が残り、高齢者の通院や買い物の移動が家族の送迎に頼っています。"], 9)
    pdf.right(PAGE_W - 40, PAGE_H - 30, "1", 8)
    pdf.page()

    pdf.c.setPageSize((PAGE_H, PAGE_W))
    pdf.W, pdf.H = PAGE_H, PAGE_W
    pdf.text(40, 44, "第３章　路線別の運行状況", 11.5, GOTHIC)
    pdf.right(pdf.W - 40, 44, "（収支率は経常収益÷経常費用）", 8)
    left = [40, 210]                                 # 路線名, 運行形態 (left-aligned)
    right = [380, 450, 520, 590, 660, 720, 800]      # R4 R5 R6 1便 収支R5 収支R6 市負担額 (right edges)
    top = 60
    pdf.hline(36, pdf.W - 36, top, 1.0)
    pdf.text(left[0], top + 22, "路線名", 8.5, GOTHIC)
    pdf.text(left[1], top + 22, "運行形態", 8.5, GOTHIC)
    pdf.center(450, top + 12, "年間利用者数（人）", 8.5, GOTHIC)
    pdf.hline(320, 525, top + 16, 0.4)
    for x, h in zip(right[:3], ["令和４年度", "令和５年度", "令和６年度"]):
        pdf.right(x, top + 28, h, 8, GOTHIC)
    pdf.right(right[3], top + 12, "１便当たり", 8, GOTHIC)
    pdf.right(right[3], top + 26, "（人・R6）", 7.5, GOTHIC)
    pdf.center(690, top + 12, "収支率（％）", 8.5, GOTHIC)
    pdf.hline(625, 725, top + 16, 0.4)
    for x, h in zip(right[4:6], ["令和５年度", "令和６年度"]):
        pdf.right(x, top + 28, h, 8, GOTHIC)
    pdf.right(right[6], top + 12, "市負担額", 8, GOTHIC)
    pdf.right(right[6], top + 26, "（千円・R6）", 7.5, GOTHIC)
    top += 36
    pdf.hline(36, pdf.W - 36, top, 0.6)
    for r in _MINE_ROUTES + [_MINE_TOTAL]:
        top += 20
        font = GOTHIC if r[0] == "合計" else MINCHO
        pdf.text(left[0], top - 6, r[0], 8.8, font)
        pdf.text(left[1], top - 6, r[1], 8.8, font)
        for x, v in zip(right, r[2:]):
            pdf.right(x, top - 6, v, 8.8, font)
        pdf.hline(36, pdf.W - 36, top, 0.3 if r is not _MINE_ROUTES[-1] else 0.8)
    _lines(pdf, 40, top + 20, [
        "注１）市内循環２号線は令和５年10月に停留所を３か所増設しました。",
        "注２）赤郷地区デマンド交通は事前予約制（前日17時まで）。１便当たりは１運行当たりの乗車人数です。"], 7.5, 12)
    pdf.right(pdf.W - 40, pdf.H - 24, "2", 8)
    pdf.page()

    pdf.c.setPageSize((PAGE_W, PAGE_H))
    pdf.W, pdf.H = PAGE_W, PAGE_H
    pdf.text(50, 56, "第４章　計画の目標", 11.5, GOTHIC)
    top = 74
    pdf.box(50, top, 300, 18, fill=0.9)
    pdf.box(350, top, 90, 18, fill=0.9)
    pdf.box(440, top, 105, 18, fill=0.9)
    pdf.center(200, top + 12, "目標指標", 8.5, GOTHIC)
    pdf.center(395, top + 12, "現状値（令和６年度）", 7.5, GOTHIC)
    pdf.center(492, top + 12, "目標値（令和12年度）", 7.5, GOTHIC)
    top += 18
    for name, now, goal in _MINE_KPI:
        h = 30 if len(name) > 22 else 18
        pdf.box(50, top, 300, h)
        pdf.box(350, top, 90, h)
        pdf.box(440, top, 105, h)
        if h == 30:
            pdf.text(54, top + 12, name[:name.index("（")], 8.3)
            pdf.text(54, top + 25, name[name.index("（"):], 8.3)
        else:
            pdf.text(54, top + 12, name, 8.3)
        pdf.right(436, top + 12, now, 8.3)
        pdf.right(541, top + 12, goal, 8.3)
        top += h
    pdf.text(50, top + 34, "第５章　目標を達成するための事業", 11.5, GOTHIC)
    pdf.text(60, top + 50, "実施主体　●：主体　○：協力　－：関与なし　　実施時期　前期：令和８～10年度　後期：令和11～12年度",
             7.5)
    top += 60
    cols = [(50, 160, "事業名"), (210, 150, "内容"), (360, 30, "市"), (390, 42, "交通事業者"), (432, 38, "地域・住民"),
            (470, 38, "前期"), (508, 38, "後期")]
    for x, w, h in cols:
        pdf.box(x, top, w, 20, fill=0.9)
        pdf.center(x + w / 2, top + 13, h, 6.8 if len(h) > 3 else 8, GOTHIC)
    top += 20
    for row in _MINE_PROJECTS:
        for (x, w, _), v in zip(cols, row):
            pdf.box(x, top, w, 20)
            if w >= 150:
                pdf.text(x + 3, top + 13, v, 7.2 if len(v) > 20 else 7.8)
            else:
                pdf.center(x + w / 2, top + 13, v, 7.8)
        top += 20
    pdf.right(PAGE_W - 40, PAGE_H - 30, "3", 8)
    pdf.page()
    return pdf.save()


# ---------------------------------------------------------------- 3. 下水道事業 決算概要 (XLSX, four sheets)

def kasai_gesuido_kessan_xlsx(out: Path) -> Path:
    """兵庫県加西市 令和６年度 下水道事業会計決算の概要 (XLSX, 4 sheets): 概要 (業務量 table 項目｜単位｜令和６年度｜
    令和５年度｜増減 with △ number formats, 主な建設改良事業 in 千円, 経営の状況 text rows); 収益的収支 in **円**, a
    header whose 予算額 is **merged over 当初予算額｜補正予算額｜予算現額** beside 決算額 and a last column 予算現額と
    決算額の比較 that holds 比較増減 for 収入 and 不用額 for 支出 (a 「（比較増減）」/「（不用額）」 label on each band row), 款 rows merged over two columns with 項 rows under them; 資本的収支 in **千円**; 経営指標 by year
    with a 類似団体平均（令和５年度） column beside the 令和６年度 one."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = openpyxl.Workbook()
    bold = Font(bold=True)
    shade = PatternFill("solid", fgColor="DDEBF7")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    yen = '#,##0;"△"#,##0'
    one = '0.0;"△"0.0'

    ws = wb.active
    ws.title = "概要"
    ws.merge_cells("A1:E1")
    ws["A1"] = "令和６年度　加西市下水道事業会計決算の概要"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "加西市 上下水道部 下水道課"
    ws["A4"] = "１　業務量"
    ws["A4"].font = bold
    for c, h in enumerate(["項目", "単位", "令和６年度", "令和５年度", "増減"], 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font, cell.fill, cell.alignment = bold, shade, center
    work = [("行政区域内人口", "人", 41862, 42310), ("処理区域内人口", "人", 38415, 38702),
            ("水洗化人口", "人", 36225, 36380), ("年間有収水量", "㎥", 4512806, 4546122),
            ("年間汚水処理水量", "㎥", 5388240, 5401715)]
    r = 6
    for name, unit, now, before in work:
        ws.cell(row=r, column=1, value=name)
        ws.cell(row=r, column=2, value=unit)
        for c, v in ((3, now), (4, before), (5, now - before)):
            ws.cell(row=r, column=c, value=v).number_format = yen
        r += 1
    ws.cell(row=r, column=1, value="水洗化率")
    ws.cell(row=r, column=2, value="％")
    for c, v in ((3, 94.3), (4, 94.0), (5, 0.3)):
        ws.cell(row=r, column=c, value=v).number_format = one
    r += 1
    ws.cell(row=r, column=1, value="処理施設：北条浄化センター（標準活性汚泥法）、善防浄化センター（オキシデーションディッチ法）")
    r += 2
    ws.cell(row=r, column=1, value="２　主な建設改良事業").font = bold
    ws.cell(row=r, column=5, value="（単位：千円）")
    r += 1
    for c, h in enumerate(["事業名", "", "内容", "", "決算額"], 1):
        if h:
            cell = ws.cell(row=r, column=c, value=h)
            cell.font, cell.fill, cell.alignment = bold, shade, center
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    works = [("北条浄化センター水処理設備更新工事", "反応タンク散気装置ほか更新", 312480),
             ("賀茂地区管渠長寿命化工事", "管更生 L=1,240m", 168930),
             ("在田地区汚水管耐震化工事", "重要幹線の耐震化 L=620m", 96540),
             ("富田地区マンホールポンプ更新工事", "ポンプ３基更新", 48215),
             ("〔新規〕下水道ストックマネジメント計画改定業務", "点検・調査計画の見直し", 21780)]
    for name, what, amount in works:
        r += 1
        ws.cell(row=r, column=1, value=name)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(row=r, column=3, value=what)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
        ws.cell(row=r, column=5, value=amount).number_format = yen
    r += 2
    ws.cell(row=r, column=1, value="３　経営の状況と今後の方針").font = bold
    for line in [
            "当年度純利益は148,920,115円（税抜）となり、５年連続で黒字を確保しました。",
            "一方、人口減少により有収水量は前年度から0.7％減少しており、使用料収入の伸びは見込めません。",
            "今後は、北条浄化センターと善防浄化センターの統合を検討し、維持管理費の削減を図ります。",
            "また、経費回収率100％の達成に向け、令和８年度に使用料の在り方を検証します。"]:
        r += 1
        ws.cell(row=r, column=1, value=line)
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["C"].width = 16

    ws = wb.create_sheet("収益的収支")
    ws.merge_cells("A1:G1")
    ws["A1"] = "収益的収入及び支出（税抜）"
    ws["A1"].font = Font(bold=True, size=12)
    ws["G2"] = "（単位：円）"
    ws.merge_cells("A3:B4")
    ws["A3"] = "区分"
    ws.merge_cells("C3:E3")
    ws["C3"] = "予算額"
    ws["C4"], ws["D4"], ws["E4"] = "当初予算額", "補正予算額", "予算現額"
    ws.merge_cells("F3:F4")
    ws["F3"] = "決算額"
    ws.merge_cells("G3:G4")
    ws["G3"] = "予算現額と決算額の比較"
    for row in ws["A3:G4"]:
        for cell in row:
            cell.font, cell.fill, cell.alignment = bold, shade, center
    blocks = [
        ("収入", "比較増減", [
            ("款", "下水道事業収益", 2148600000, 12300000, 2160900000, 2171438512, 10538512),
            ("項", "営業収益", 1312400000, 0, 1312400000, 1326905130, 14505130),
            ("項", "営業外収益", 836000000, 12300000, 848300000, 844533382, -3766618),
            ("項", "特別利益", 200000, 0, 200000, 0, -200000)]),
        ("支出", "不用額", [
            ("款", "下水道事業費用", 2063500000, -8400000, 2055100000, 1998276447, 56823553),
            ("項", "営業費用", 1742300000, -6100000, 1736200000, 1690114205, 46085795),
            ("項", "営業外費用", 316200000, -2300000, 313900000, 307962242, 5937758),
            ("項", "特別損失", 2000000, 0, 2000000, 200000, 1800000),
            ("項", "予備費", 3000000, 0, 3000000, 0, 3000000)]),
    ]
    r = 5
    for band, last, rows in blocks:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(row=r, column=1, value=f"【{band}】").font = bold
        ws.cell(row=r, column=7, value=f"（{last}）").alignment = center
        r += 1
        for level, name, *figs in rows:
            if level == "款":
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
                ws.cell(row=r, column=1, value=name).font = bold
            else:
                ws.cell(row=r, column=2, value=name)
            for c, v in zip(range(3, 8), figs):
                ws.cell(row=r, column=c, value=v).number_format = yen
            r += 1
    ws.cell(row=r + 1, column=1, value="比較増減は決算額から予算現額を差し引いた額、不用額は予算現額から決算額を差し引いた額。")
    ws.column_dimensions["B"].width = 16
    for col in "CDEFG":
        ws.column_dimensions[col].width = 16

    ws = wb.create_sheet("資本的収支")
    ws.merge_cells("A1:E1")
    ws["A1"] = "資本的収入及び支出（税込）"
    ws["A1"].font = Font(bold=True, size=12)
    ws["E2"] = "（単位：千円）"
    for c, h in enumerate(["区分", "", "予算現額", "決算額", "比較"], 1):
        if h:
            cell = ws.cell(row=3, column=c, value=h)
            cell.font, cell.fill, cell.alignment = bold, shade, center
    ws.merge_cells("A3:B3")
    cap = [("資本的収入", None, None, None),
           ("企業債", 612000, 598400, -13600), ("国庫補助金", 286500, 279350, -7150),
           ("他会計出資金", 194800, 194800, 0), ("受益者負担金", 8200, 9126, 926),
           ("計", 1101500, 1081676, -19824),
           ("資本的支出", None, None, None),
           ("建設改良費", 742600, 716283, 26317), ("企業債償還金", 1086400, 1086397, 3),
           ("計", 1829000, 1802680, 26320)]
    r = 4
    for name, *figs in cap:
        if figs[0] is None:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            ws.cell(row=r, column=1, value=name).font = bold
        else:
            ws.cell(row=r, column=2, value=name)
            for c, v in zip(range(3, 6), figs):
                ws.cell(row=r, column=c, value=v).number_format = yen
        r += 1
    ws.cell(row=r + 1, column=1, value="資本的収入額が資本的支出額に不足する額721,004千円は、当年度分損益勘定留保資金等で補塡しました。")
    ws.column_dimensions["B"].width = 16

    ws = wb.create_sheet("経営指標")
    ws["A1"] = "経営指標の推移"
    ws["A1"].font = Font(bold=True, size=12)
    for c, h in enumerate(["指標", "単位", "令和４年度", "令和５年度", "令和６年度", "類似団体平均（令和５年度）"], 1):
        cell = ws.cell(row=2, column=c, value=h)
        cell.font, cell.fill, cell.alignment = bold, shade, center
    ind = [("経常収支比率", "％", 106.8, 107.5, 108.2, 106.4), ("経費回収率", "％", 96.3, 97.1, 98.4, 92.8),
           ("汚水処理原価", "円/㎥", 162.4, 158.9, 155.7, 166.3), ("使用料単価", "円/㎥", 156.4, 154.3, 153.2, 145.2),
           ("水洗化率", "％", 93.6, 94.0, 94.3, 91.5)]
    for r, (name, unit, *figs) in enumerate(ind, 3):
        ws.cell(row=r, column=1, value=name)
        ws.cell(row=r, column=2, value=unit)
        for c, v in zip(range(3, 7), figs):
            ws.cell(row=r, column=c, value=v).number_format = "0.0"
    r = 3 + len(ind)
    ws.cell(row=r, column=1, value="企業債残高")
    ws.cell(row=r, column=2, value="百万円")
    for c, v in ((3, 14826), (4, 14338), (5, 13850)):
        ws.cell(row=r, column=c, value=v).number_format = "#,##0"
    ws.cell(row=r, column=6, value="－")
    ws.cell(row=r + 2, column=1, value="経費回収率＝使用料単価÷汚水処理原価×100")
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["F"].width = 24
    path = out / "kasai_gesuido_jigyo_kessan_gaiyo_r6.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 4. 男女共同参画計画 (DOCX)

_TOBE_SURVEY = [
    ("家庭生活", "12.4", "41.8", "19.8", "9.6", "2.3", "14.1"),
    ("職場", "14.7", "39.2", "22.5", "6.8", "1.4", "15.4"),
    ("学校教育の場", "3.1", "12.6", "58.3", "4.2", "0.8", "21.0"),
    ("地域活動の場", "9.8", "36.5", "27.4", "5.1", "1.2", "20.0"),
    ("政治の場", "35.2", "38.9", "8.6", "1.0", "0.4", "15.9"),
    ("社会通念・慣習・しきたり", "24.6", "46.1", "10.3", "2.7", "0.9", "15.4"),
]
_TOBE_PREVIOUS = [
    ("審議会等における女性委員の割合", "24.1％", "35.0％", "31.8％", "未達成（改善）"),
    ("町職員の管理職に占める女性の割合", "12.5％", "20.0％", "22.2％", "達成"),
    ("男性の育児休業取得率（町職員）", "0.0％", "13.0％", "50.0％", "達成"),
    ("「家庭生活で男女が平等」と感じる町民の割合", "21.6％", "30.0％", "19.8％", "未達成（悪化）"),
    ("女性消防団員数", "8人", "15人", "11人", "未達成（改善）"),
]
_TOBE_NEW = [
    ("審議会等における女性委員の割合", "31.8％", "40.0％"),
    ("町職員の管理職に占める女性の割合", "22.2％", "30.0％"),
    ("男性の育児休業取得率（町職員）", "50.0％", "85.0％"),
    ("「家庭生活で男女が平等」と感じる町民の割合", "19.8％", "30.0％"),
    ("女性の就業率（25～44歳）", "78.4％", "82.0％"),
    ("ＤＶ相談窓口を知っている町民の割合", "46.3％", "70.0％"),
]
_TOBE_GOALS = [
    ("基本目標Ⅰ　あらゆる分野における女性の活躍", [
        ("施策１　政策・方針決定過程への女性の参画拡大", [
            "★女性人材リスト整備事業〔新規〕（総務課）", "審議会等委員の公募制導入（総務課）"]),
        ("施策２　働く場における男女共同参画の推進", [
            "★女性のための起業・再就職セミナー（産業振興課）", "〔新規〕とべ子育て応援企業認定制度（産業振興課）"]),
    ]),
    ("基本目標Ⅱ　家庭・地域における男女共同参画", [
        ("施策３　固定的な性別役割分担意識の解消", [
            "パパの料理教室（生涯学習課）", "★男性の家事・育児参画応援講座（子育て支援課）"]),
        ("施策４　地域活動・防災における男女共同参画", [
            "〔新規〕女性防災リーダー育成事業（危機管理室）", "女性消防団員の加入促進（危機管理室）"]),
    ]),
    ("基本目標Ⅲ　安全・安心に暮らせる社会づくり", [
        ("施策５　あらゆる暴力の根絶", [
            "★ＤＶ相談窓口の周知強化（福祉課）", "デートＤＶ防止出前授業（学校教育課）"]),
        ("施策６　生涯を通じた健康支援", [
            "女性の健康相談（保健センター）", "〔新規〕プレコンセプションケア講座（保健センター）"]),
    ]),
]


def tobe_danjo_kyodo_sankaku_docx(out: Path) -> Path:
    """愛媛県砥部町 第３次男女共同参画計画（令和８年度～令和12年度） (DOCX): Title; Heading 1 per 章, Heading 2 per
    基本目標, Heading 3 per 施策; 目的 and 課題 paragraphs; a 町民意識調査 table in ％ with six answer columns
    (「（単位：％）」 above it, n in the caption); 取組 as List Bullet lines starting ★ (重点) or 〔新規〕 (or with
    〔新規〕 after the name) and ending with the 担当課 in parentheses; **two 成果指標 tables** — the 第２次計画's
    指標｜基準値（平成28年度）｜目標値（令和７年度）｜実績（令和６年度）｜達成状況 and the new plan's 指標｜現状値（令和６年度）｜
    目標値（令和12年度）, the same 指標 in both with different targets."""
    import docx

    d = docx.Document()
    d.add_heading("第３次砥部町男女共同参画計画（令和８年度～令和12年度）", level=0)
    d.add_paragraph("令和８年３月　砥部町 総務課")
    d.add_heading("第１章　計画の策定にあたって", level=1)
    d.add_heading("１　計画策定の目的", level=2)
    d.add_paragraph("この計画は、男女共同参画社会基本法に基づく市町村男女共同参画計画として、性別にかかわりなく一人ひとり"
                    "が個性と能力を発揮できるまちをつくることを目的として策定するものです。また、女性活躍推進法に基づく"
                    "推進計画及びＤＶ防止法に基づく基本計画を兼ねます。")
    d.add_heading("２　計画の期間", level=2)
    d.add_paragraph("令和８年度から令和12年度までの５年間とします。")
    d.add_heading("第２章　現状と課題", level=1)
    d.add_heading("１　町民意識調査の結果", level=2)
    d.add_paragraph("令和６年度に18歳以上の町民1,500人を対象に実施し、842人から回答を得ました（回収率56.1％）。"
                    "各分野で男女の地位が平等になっていると思うかを尋ねた結果は次のとおりです。")
    d.add_paragraph("（単位：％）")
    heads = ["分野", "男性の方が優遇されている", "どちらかといえば男性が優遇されている", "平等",
             "どちらかといえば女性が優遇されている", "女性の方が優遇されている", "わからない・無回答"]
    t = d.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        t.rows[0].cells[c].text = h
    for row in _TOBE_SURVEY:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            cells[c].text = v
    d.add_heading("２　主な課題", level=2)
    for line in ["家庭生活で「平等」と感じる人の割合は19.8％で、前回調査（21.6％）を下回りました。家事・育児の負担が"
                 "女性に偏っていることが最も大きな課題です。",
                 "政治の場で男性が優遇されていると感じる人は７割を超えています。",
                 "女性の防災活動への参画が進んでおらず、避難所運営に女性の視点が十分に反映されていません。",
                 "ＤＶ相談窓口を知っている町民は半数に届いていません。"]:
        d.add_paragraph(line, style="List Bullet")
    d.add_heading("３　第２次計画の成果指標の達成状況", level=2)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["指標", "基準値（平成28年度）", "目標値（令和７年度）", "実績（令和６年度）", "達成状況"]):
        t.rows[0].cells[c].text = h
    for row in _TOBE_PREVIOUS:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            cells[c].text = v
    d.add_heading("第３章　施策の展開", level=1)
    d.add_paragraph("★印は重点取組、〔新規〕は本計画から始める取組です。（　）内は担当課を示します。")
    for goal, measures in _TOBE_GOALS:
        d.add_heading(goal, level=2)
        for measure, items in measures:
            d.add_heading(measure, level=3)
            for item in items:
                d.add_paragraph(item, style="List Bullet")
    d.add_heading("第４章　成果指標", level=1)
    d.add_paragraph("本計画の進捗を測るため、次の指標を設定します。")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in enumerate(["指標", "現状値（令和６年度）", "目標値（令和12年度）"]):
        t.rows[0].cells[c].text = h
    for row in _TOBE_NEW:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            cells[c].text = v
    d.add_heading("第５章　計画の推進", level=1)
    d.add_paragraph("町長を本部長とする男女共同参画推進本部が毎年度進捗を点検し、砥部町男女共同参画審議会の意見を"
                    "聴いて公表します。")
    path = out / "tobe_dai3ji_danjo_kyodo_sankaku_keikaku.docx"
    d.save(str(path))
    return path


# ---------------------------------------------------------------- 5. 介護保険料 所得段階 (CSV, CP932)

_SONI_STAGES = [
    ("第１段階", "生活保護受給者、老齢福祉年金受給者で世帯全員が住民税非課税の方、世帯全員が住民税非課税で本人の前年の"
                 "課税年金収入額とその他の合計所得金額の合計が80万円以下の方", "0.285（0.455）", "21,204", "1,767"),
    ("第２段階", "世帯全員が住民税非課税で、本人の前年の課税年金収入額とその他の合計所得金額の合計が80万円を超え120万円"
                 "以下の方", "0.485（0.685）", "36,084", "3,007"),
    ("第３段階", "世帯全員が住民税非課税で、第１段階・第２段階に該当しない方", "0.685（0.69）", "50,964", "4,247"),
    ("第４段階", "世帯に住民税課税者がいるが本人は非課税で、前年の課税年金収入額とその他の合計所得金額の合計が80万円以下"
                 "の方", "0.9", "66,960", "5,580"),
    ("第５段階", "世帯に住民税課税者がいるが本人は非課税で、第４段階に該当しない方", "1.0（基準額）", "74,400", "6,200"),
    ("第６段階", "本人が住民税課税で、前年の合計所得金額が120万円未満の方", "1.2", "89,280", "7,440"),
    ("第７段階", "本人が住民税課税で、前年の合計所得金額が120万円以上210万円未満の方", "1.3", "96,720", "8,060"),
    ("第８段階", "本人が住民税課税で、前年の合計所得金額が210万円以上320万円未満の方", "1.5", "111,600", "9,300"),
    ("第９段階", "本人が住民税課税で、前年の合計所得金額が320万円以上420万円未満の方", "1.7", "126,480", "10,540"),
    ("第10段階", "本人が住民税課税で、前年の合計所得金額が420万円以上520万円未満の方", "1.9", "141,360", "11,780"),
    ("第11段階", "本人が住民税課税で、前年の合計所得金額が520万円以上620万円未満の方", "2.1", "156,240", "13,020"),
    ("第12段階", "本人が住民税課税で、前年の合計所得金額が620万円以上720万円未満の方", "2.3", "171,120", "14,260"),
    ("第13段階", "本人が住民税課税で、前年の合計所得金額が720万円以上の方", "2.4", "178,560", "14,880"),
]
_SONI_SERVICES = [
    ("居宅サービス", "訪問介護", "回／月", "312", "326", "338"),
    ("居宅サービス", "通所介護", "回／月", "245", "252", "260"),
    ("居宅サービス", "短期入所生活介護", "日／月", "88", "92", "95"),
    ("居宅サービス", "福祉用具貸与", "人／月", "64", "66", "67"),
    ("地域密着型サービス", "認知症対応型共同生活介護", "人／月", "9", "9", "10"),
    ("施設サービス", "介護老人福祉施設", "人／月", "41", "42", "42"),
    ("施設サービス", "介護老人保健施設", "人／月", "13", "13", "14"),
]


def _csv_cell(v: str) -> str:
    return f'"{v}"' if any(ch in v for ch in ',"') else v


def soni_kaigo_hokenryo_csv(out: Path) -> Path:
    """奈良県曽爾村 第９期介護保険事業計画（令和６年度～令和８年度） 介護保険料 所得段階別一覧 (CSV, **CP932**, CRLF): a
    title row, a 基準額 note row, a header 所得段階｜対象となる方｜基準額に対する割合｜年額（円）｜月額換算（円）, 13 rows
    whose 対象 cells hold commas (quoted), **the 軽減後 rate with the 軽減前 rate in parentheses** for 第１～第３段階
    and 「1.0（基準額）」 for 第５段階; then, after blank rows, a second block (サービス見込量 by 令和６｜７｜８年度, 区分
    repeated on every row, the unit in a column) and a third (標準給付費見込額 in 千円 with a 合計 column); ※ notes."""
    rows = [["曽爾村 第９期介護保険事業計画（令和６年度～令和８年度） 第１号被保険者の介護保険料", "", "", "", ""],
            ["基準額（第５段階）：年額74,400円（月額換算6,200円）", "", "", "", ""],
            ["所得段階", "対象となる方", "基準額に対する割合", "年額（円）", "月額換算（円）"]]
    rows += [list(s) for s in _SONI_STAGES]
    rows += [["※第１～第３段階の割合は公費による軽減後の割合で、（　）内は軽減前の割合です。", "", "", "", ""],
             ["※年額は基準額に割合を乗じ、円未満を切り捨てた額です。月額換算は年額の12分の１です。", "", "", "", ""],
             ["", "", "", "", ""],
             ["介護サービス見込量", "", "", "", "", "", ""],
             ["区分", "サービス", "単位", "令和６年度", "令和７年度", "令和８年度", ""]]
    rows += [list(s) + [""] for s in _SONI_SERVICES]
    rows += [["", "", "", "", "", "", ""],
             ["標準給付費見込額（単位：千円）", "", "", "", "", "", ""],
             ["区分", "令和６年度", "令和７年度", "令和８年度", "合計", "", ""],
             ["標準給付費見込額", "286,410", "291,880", "297,530", "875,820", "", ""],
             ["地域支援事業費", "18,620", "18,940", "19,270", "56,830", "", ""],
             ["第１号被保険者数（人）", "712", "705", "698", "2,115", "", ""],
             ["※第１号被保険者数は各年度の９月末見込み。合計は延べ人数です。", "", "", "", "", "", ""]]
    text = "\n".join(",".join(_csv_cell(v) for v in row) for row in rows) + "\n"
    return write_text(out / "soni_dai9ki_kaigo_hokenryo_dankai.csv", text, "cp932", crlf=True)


# ---------------------------------------------------------------- 6. ふるさと納税 寄附金の使途 (HTML)

_KAMIMINE_USES = [
    ("1", "子どもたちの未来を育む事業", "12,846", "352,140,000", "33.7"),
    ("2", "健康・福祉の充実", "6,218", "168,920,000", "16.1"),
    ("3", "安全・安心なまちづくり", "4,907", "131,560,000", "12.6"),
    ("4", "産業振興・にぎわいづくり", "5,633", "149,880,000", "14.3"),
    ("5", "町長におまかせ", "8,808", "243,775,000", "23.3"),
]
_KAMIMINE_SPENT = [
    ("子どもたちの未来を育む事業", ["小中学校給食費無償化事業", "〔新規〕18歳までの医療費助成拡大事業", "英語検定受験料補助"],
     "186,420"),
    ("健康・福祉の充実", ["高齢者タクシー利用助成", "〔新規〕帯状疱疹ワクチン接種費助成"], "64,350"),
    ("安全・安心なまちづくり", ["防犯カメラ設置事業（坊所・前牟田地区）", "通学路安全対策事業"], "48,900"),
    ("産業振興・にぎわいづくり", ["鎮西山周辺整備事業", "〔新規〕空き店舗活用チャレンジ支援"], "71,260"),
    ("町長におまかせ", ["町営バス運行事業", "〔新規〕切通公民館改修事業"], "92,700"),
]


def kamimine_furusato_nozei_html(out: Path) -> Path:
    """佐賀県上峰町 令和６年度 ふるさと納税（ふるさと応援寄附金）の実績と使い道 (HTML, UTF-8): header, nav and
    breadcrumb; a `<dl>` of 寄附件数 / 寄附金額; a 使い道別 table in **円** with 件数 and 構成比（％） beside (a No.
    column in front); a 充当事業 table in **千円** with **several 事業 names in one cell** (`<br>`), 〔新規〕 before some
    of them, a 計 row; 経費 as prose in ％ and 円; the 基金 balance in 千円; 今後の活用方針 as an `<ol>`."""
    uses = "\n".join(f"<tr><td>{n}</td><td>{name}</td><td class=\"num\">{k}</td><td class=\"num\">{yen}</td>"
                     f"<td class=\"num\">{pct}</td></tr>" for n, name, k, yen, pct in _KAMIMINE_USES)
    spent = "\n".join(f"<tr><th scope=\"row\">{use}</th><td>{'<br>'.join(names)}</td><td class=\"num\">{amt}</td></tr>"
                      for use, names, amt in _KAMIMINE_SPENT)
    html = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>令和６年度ふるさと納税の実績と使い道 | 上峰町</title>
</head>
<body>
<header><p class="site">佐賀県上峰町 公式ホームページ</p>
<nav><ul><li><a href="/">ホーム</a></li><li><a href="/kurashi/">くらし・手続き</a></li>
<li><a href="/machi/">町政情報</a></li></ul></nav>
</header>
<p class="breadcrumb">ホーム ＞ 町政情報 ＞ ふるさと納税 ＞ 令和６年度ふるさと納税の実績と使い道</p>
<main>
<h1>令和６年度ふるさと納税の実績と使い道</h1>
<p class="update">更新日：2025年8月29日　担当：まちづくり課 ふるさと納税推進係</p>
<p>上峰町を応援していただいた皆さまに心からお礼申し上げます。令和６年度（令和６年４月１日～令和７年３月31日）に
いただいた寄附の実績と、寄附金を活用した事業をお知らせします。</p>
<h2>寄附の実績</h2>
<dl>
<dt>寄附件数</dt><dd>38,412件</dd>
<dt>寄附金額</dt><dd>1,046,275,000円</dd>
</dl>
<h2>使い道別の寄附の状況</h2>
<table border="1">
<caption>寄附者が選んだ使い道（単位：件、円、％）</caption>
<tr><th>No.</th><th>使い道</th><th>件数</th><th>寄附金額（円）</th><th>構成比（％）</th></tr>
{uses}
<tr><th colspan="2">合計</th><td class="num">38,412</td><td class="num">1,046,275,000</td><td class="num">100.0</td></tr>
</table>
<h2>寄附金を活用した事業（令和６年度充当分）</h2>
<table border="1">
<caption>使い道ごとの充当事業と充当額（単位：千円）</caption>
<tr><th>使い道</th><th>充当した事業</th><th>充当額（千円）</th></tr>
{spent}
<tr><th scope="row">計</th><td></td><td class="num">463,630</td></tr>
</table>
<p>〔新規〕は令和６年度に寄附金の充当を始めた事業です。</p>
<h2>寄附の募集に要した経費</h2>
<p>返礼品の調達や送付、ポータルサイト手数料などの経費の合計は500,119,450円で、寄附金額に占める割合は47.8％でした。
このうち返礼品の調達費用は寄附金額の29.6％です。</p>
<h2>基金への積立て</h2>
<p>事業に充当しなかった寄附金は「上峰町ふるさと応援基金」に積み立てています。令和６年度末の基金残高は1,284,516千円です。</p>
<h2>今後の活用方針</h2>
<ol>
<li>寄附者の皆さまが選んだ使い道を尊重し、子育て・教育分野への重点的な充当を続けます。</li>
<li>鎮西山周辺の整備など、町の魅力を高める事業に計画的に活用します。</li>
<li>基金は単年度で使い切らず、将来の大規模改修に備えて計画的に取り崩します。</li>
</ol>
</main>
<footer><p>上峰町役場 まちづくり課 ふるさと納税推進係</p></footer>
</body>
</html>
"""
    return write_text(out / "kamimine_furusato_nozei_jisseki_tsukaimichi_r6.html", html)


def make_all(out_dir: Path) -> list[Path]:
    """Write every document of the seventeenth blind set into `out_dir` (created if missing) and return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [
        mizunami_kankyo_kihon_keikaku_pdf(out_dir),
        mine_chiiki_kokyo_kotsu_keikaku_pdf(out_dir),
        kasai_gesuido_kessan_xlsx(out_dir),
        tobe_danjo_kyodo_sankaku_docx(out_dir),
        soni_kaigo_hokenryo_csv(out_dir),
        kamimine_furusato_nozei_html(out_dir),
    ]
