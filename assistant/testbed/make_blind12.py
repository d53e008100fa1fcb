"""Twelfth blind fixture set: eight documents in layouts nobody tuned the extractor to, answers written by hand.

`make_all(out_dir)` writes eight documents of Japanese local-government kinds no earlier set used (a 水道事業経営戦略
PDF in A4 landscape whose 収支計画 has ten years as columns; a 学校施設長寿命化計画 PDF whose tables are drawn without
any ruling line and whose 実施年度 stands only on a group's first row; a データヘルス計画 概要版 PDF in two text
columns; a 地域防災計画 備蓄計画 workbook; a 障害福祉計画 workbook with 実績/見込量 year columns and a 必須/任意 事業
sheet; a 社会教育計画 事業計画 in Word with a 新/拡/継 column; a 鳥獣被害防止計画 in CP932 plain text; a 指定管理者
モニタリング評価 web page) into `out_dir` and returns their paths. The municipalities are real (北海道・東北) and were
used by no earlier set; every figure, name and sentence is invented. The expected answers in `questions.jsonl` were
written by hand from the text below, without reading or running the extractor. Binary formats are generated here,
never committed.
"""
from __future__ import annotations

from pathlib import Path

from assistant.testbed.documents import GOTHIC, PAGE_H, PAGE_W, PdfPage, amount_text, column_lefts, write_text


# ---------------------------------------------------------------- 1. 水道事業経営戦略 (PDF, landscape, years as columns)

_BIHORO_YEARS = ["令和７年度", "令和８年度", "令和９年度", "令和10年度", "令和11年度",
                 "令和12年度", "令和13年度", "令和14年度", "令和15年度", "令和16年度"]
# (row label, ten values in 千円, shaded total row?)
_BIHORO_PLAN = [
    ("給水収益", [598_400, 594_100, 683_700, 679_200, 674_600, 670_300, 665_800, 661_200, 656_900, 652_400], False),
    ("他会計繰入金", [21_300, 21_300, 20_800, 20_800, 20_200, 20_200, 19_600, 19_600, 19_100, 19_100], False),
    ("長期前受金戻入", [88_600, 90_200, 92_400, 94_100, 95_800, 97_300, 98_900, 100_200, 101_600, 102_800], False),
    ("その他収益", [6_200, 6_200, 6_100, 6_100, 6_000, 6_000, 5_900, 5_900, 5_800, 5_800], False),
    ("収益的収入　計", None, True),
    ("職員給与費", [58_400, 58_900, 59_300, 59_800, 60_200, 60_700, 61_100, 61_600, 62_000, 62_500], False),
    ("動力費", [41_800, 42_600, 43_400, 44_300, 45_100, 46_000, 46_900, 47_800, 48_700, 49_600], False),
    ("修繕費", [52_300, 54_800, 56_100, 57_400, 58_900, 60_200, 61_800, 63_100, 64_700, 66_200], False),
    ("減価償却費", [402_600, 415_300, 431_800, 446_200, 459_700, 471_400, 482_900, 493_600, 503_800, 512_900], False),
    ("支払利息", [38_900, 40_200, 42_700, 44_900, 46_800, 48_300, 49_600, 50_400, 51_100, 51_500], False),
    ("その他費用", [104_700, 106_100, 107_400, 108_800, 110_100, 111_500, 112_900, 114_200, 115_600, 117_000], False),
    ("収益的支出　計", None, True),
]


def _bihoro_rows() -> list[tuple[str, list[str], bool]]:
    """The 収益的収支 rows with their totals and the 当年度純利益 (△ for a loss), printed as the plan prints them."""
    rows, income, cost = [], [0] * 10, [0] * 10
    for label, values, total in _BIHORO_PLAN:
        if total:
            sums = income if label.startswith("収益的収入") else cost
            rows.append((label, [amount_text(v) for v in sums], True))
            continue
        target = cost if rows and any(r[0].startswith("収益的収入") for r in rows) else income
        for i, v in enumerate(values):
            target[i] += v
        rows.append((label, [amount_text(v) for v in values], False))
    rows.append(("当年度純利益（△は純損失）", [amount_text(a - b) for a, b in zip(income, cost)], True))
    return rows


def bihoro_suido_keiei_senryaku_pdf(out: Path) -> Path:
    """北海道美幌町 水道事業経営戦略（令和７年度改定） 概要版 (PDF, **A4 landscape**, 2 pages): page 1 the 事業の概況 as
    label｜value pairs two to a ruled row, a 経営指標 table 令和３～５年度｜類似団体平均, the 経営上の課題 as ①～③;
    page 2 the 投資・財政計画（収益的収支） with **ten years as columns** in 千円 (totals shaded, △ for a loss), the
    目標 table and the 主な投資 items (not all ending in 事業)."""
    pdf = PdfPage(out / "bihoro_suido_jigyo_keiei_senryaku_gaiyo.pdf", title="美幌町水道事業経営戦略 概要版",
                  author="美幌町 建設水道部 上下水道課", landscape=True)
    W = pdf.W
    pdf.text(36, 42, "美幌町水道事業経営戦略（令和７年度改定）　概要版", 15, GOTHIC)
    pdf.right(W - 36, 42, "計画期間：令和７年度～令和16年度", 9)
    pdf.hline(36, W - 36, 50, 1.2)
    pdf.text(36, 74, "１　事業の概況（令和５年度末）", 11, GOTHIC)
    pairs = [("給水区域内人口", "18,406人", "給水人口", "18,112人"),
             ("年間総配水量", "2,284千㎥", "年間有収水量", "1,932千㎥"),
             ("浄水場", "２か所（美幌浄水場・古梅浄水場）", "管路延長", "248.6km"),
             ("家庭用料金（口径13mm・20㎥）", "月額 3,850円（年額 46,200円）", "職員数", "９人")]
    top = 82
    for a, b, c, d in pairs:
        for x, w, s, shade in ((36, 150, a, 0.9), (186, 230, b, None), (416, 130, c, 0.9), (546, 260, d, None)):
            pdf.box(x, top, w, 18, fill=shade)
            pdf.text(x + 5, top + 12, s, 8.5, GOTHIC if shade else "HeiseiMin-W3")
        top += 18
    pdf.text(36, top + 28, "２　経営指標の推移", 11, GOTHIC)
    pdf.right(W - 36, top + 28, "（単位：％、給水原価は円／㎥）", 8)
    cols = [200, 110, 110, 110, 150]
    xs = column_lefts(36, cols)
    top += 36
    for x, w, h in zip(xs, cols, ["指　標", "令和３年度", "令和４年度", "令和５年度", "類似団体平均（令和５年度）"]):
        pdf.box(x, top, w, 18, fill=0.85)
        pdf.center(x + w / 2, top + 12, h, 8.5, GOTHIC)
    top += 18
    for row in (("経常収支比率", "108.2", "106.5", "103.1", "110.4"), ("料金回収率", "98.7", "96.2", "94.8", "101.2"),
                ("有収率", "85.9", "85.1", "84.6", "86.3"), ("管路経年化率", "21.4", "23.0", "24.8", "19.6"),
                ("給水原価", "215.4", "221.8", "229.3", "180.2")):
        for x, w in zip(xs, cols):
            pdf.box(x, top, w, 18)
        pdf.text(xs[0] + 5, top + 12, row[0], 8.5)
        for c in range(1, 5):
            pdf.right(xs[c] + cols[c] - 8, top + 12, row[c], 8.5)
        top += 18
    pdf.text(36, top + 28, "３　経営上の課題", 11, GOTHIC)
    issues = ["①人口減少と節水機器の普及により、給水収益は令和元年度から約６％減少しています。",
              "②昭和50年代に布設した管路が更新時期を迎え、管路経年化率は類似団体平均を上回っています。",
              "③動力費と薬品費の高騰により給水原価が上昇し、料金回収率が100％を下回る状態が続いています。"]
    for i, line in enumerate(issues):
        pdf.text(48, top + 46 + 16 * i, line, 9)
    pdf.center(W / 2, pdf.H - 20, "- 1 -", 8)
    pdf.page()
    pdf.text(36, 40, "４　投資・財政計画（収益的収支）", 11, GOTHIC)
    pdf.right(W - 36, 40, "（単位：千円）", 8)
    cols = [150] + [64.5] * 10
    xs = column_lefts(30, cols)
    top = 48
    for x, w, h in zip(xs, cols, ["区　分"] + _BIHORO_YEARS):
        pdf.box(x, top, w, 16, fill=0.8)
        pdf.center(x + w / 2, top + 11, h, 7.5, GOTHIC)
    top += 16
    for label, values, total in _bihoro_rows():
        for x, w in zip(xs, cols):
            pdf.box(x, top, w, 15, fill=0.92 if total else None)
        pdf.text(xs[0] + 4, top + 10.5, label, 7.5, GOTHIC if total else "HeiseiMin-W3")
        for c, v in enumerate(values, start=1):
            pdf.right(xs[c] + cols[c] - 4, top + 10.5, v, 7.5)
        top += 15
    pdf.text(36, top + 14, "※令和９年度に平均改定率15.0％の料金改定を見込んでいます。改定後の家庭用料金（口径13mm・20㎥）は月額4,420円となる見込みです。", 7.5)
    pdf.text(36, top + 40, "５　経営の目標", 11, GOTHIC)
    cols = [190, 120, 120]
    xs = column_lefts(36, cols)
    t = top + 48
    for x, w, h in zip(xs, cols, ["目標指標", "現状（令和５年度）", "目標（令和16年度）"]):
        pdf.box(x, t, w, 18, fill=0.85)
        pdf.center(x + w / 2, t + 12, h, 8.5, GOTHIC)
    t += 18
    for row in (("有収率", "84.6％", "88.0％"), ("基幹管路の耐震適合率", "32.5％", "55.0％"), ("料金回収率", "94.8％", "100.0％")):
        for x, w in zip(xs, cols):
            pdf.box(x, t, w, 18)
        pdf.text(xs[0] + 5, t + 12, row[0], 8.5)
        pdf.right(xs[1] + cols[1] - 8, t + 12, row[1], 8.5)
        pdf.right(xs[2] + cols[2] - 8, t + 12, row[2], 8.5)
        t += 18
    x2 = 490
    pdf.text(x2, top + 40, "６　主な投資（令和７年度～令和16年度）", 11, GOTHIC)
    invest = [("基幹管路耐震化事業", "令和７年度～令和16年度", "2,140,000千円"),
              ("古梅浄水場電気設備更新", "令和８年度～令和９年度", "386,000千円"),
              ("配水池の耐震補強", "令和10年度～令和11年度", "274,500千円"),
              ("水道メーターのスマートメーター化", "令和12年度～令和14年度", "152,800千円")]
    for i, (name, span, cost) in enumerate(invest):
        pdf.text(x2 + 6, top + 60 + 15 * i, f"●{name}", 8.5)
        pdf.text(x2 + 170, top + 60 + 15 * i, span, 8)
        pdf.right(W - 36, top + 60 + 15 * i, cost, 8)
    pdf.center(W / 2, pdf.H - 20, "- 2 -", 8)
    return pdf.save()


# ---------------------------------------------------------------- 2. 学校施設長寿命化計画 (PDF, tables without rules)

# (学校, 棟, 建築年度, 構造, 延床面積, 健全度, 対策区分)
_IWAIZUMI_BUILDINGS = [
    ("岩泉小学校", "校舎", "昭和56年度", "RC", "3,842", "58", "長寿命化改修"),
    ("", "屋内運動場", "昭和57年度", "S", "1,106", "46", "長寿命化改修"),
    ("小本小学校", "校舎", "平成24年度", "RC", "2,215", "92", "予防保全"),
    ("", "屋内運動場", "平成24年度", "S", "884", "90", "予防保全"),
    ("安家小学校", "校舎", "昭和62年度", "W", "1,152", "49", "改築"),
    ("岩泉中学校", "校舎", "昭和60年度", "RC", "4,318", "63", "長寿命化改修"),
    ("", "屋内運動場", "平成２年度", "RC", "1,684", "71", "予防保全"),
    ("小川中学校", "校舎", "昭和53年度", "RC", "1,966", "37", "改築"),
]

# (実施年度 or "", 学校名, 工事内容, 概算事業費 千円)
_IWAIZUMI_PLAN = [
    ("令和８年度", "岩泉小学校", "校舎長寿命化改修（実施設計）", "24,800"),
    ("", "小本小学校", "屋上防水改修", "18,600"),
    ("", "岩泉中学校", "屋内運動場照明ＬＥＤ化", "9,700"),
    ("令和９年度", "岩泉小学校", "校舎長寿命化改修（１期）", "412,000"),
    ("", "小川中学校", "改築基本設計", "31,500"),
    ("", "安家小学校", "暖房設備更新", "14,200"),
    ("令和10年度", "岩泉小学校", "校舎長寿命化改修（２期）", "398,500"),
    ("", "小川中学校", "改築実施設計", "46,800"),
    ("令和11年度", "小川中学校", "改築工事（校舎）", "1,186,000"),
    ("", "岩泉小学校", "屋内運動場長寿命化改修", "226,400"),
    ("令和12年度", "岩泉中学校", "校舎長寿命化改修（実施設計）", "28,900"),
    ("", "安家小学校", "改築（義務教育学校化の検討結果による）", "－"),
]


def iwaizumi_gakko_chojumyoka_pdf(out: Path) -> Path:
    """岩手県岩泉町 学校施設長寿命化計画（令和７年度改訂） (PDF, portrait, 2 pages): 目的 prose; **a table drawn
    without any ruling line** — 学校名｜棟名｜建築年度｜構造｜延床面積（㎡）｜健全度｜対策区分, the 学校名 only on a
    school's first row; the cost outlook in a sentence (従来型 vs 長寿命化型 and the 縮減); page 2 a second unruled table
    実施年度｜学校名｜工事内容｜概算事業費（千円） **whose 実施年度 stands only on the first row of its year**."""
    pdf = PdfPage(out / "iwaizumi_gakko_shisetsu_chojumyoka_keikaku.pdf", title="岩泉町学校施設長寿命化計画",
                  author="岩泉町教育委員会 教育総務課")
    pdf.text(50, 50, "岩泉町学校施設長寿命化計画（令和７年度改訂）", 15, GOTHIC)
    pdf.right(PAGE_W - 50, 68, "令和７年３月　岩泉町教育委員会", 8.5)
    pdf.text(50, 96, "１　計画の目的", 11, GOTHIC)
    for i, line in enumerate(["町内の小中学校の多くは建築から40年を超え、老朽化が進んでいます。本計画は、児童生徒の安全を",
                              "確保しつつ、改修の時期と費用を平準化するため、学校施設を計画的に長寿命化することを目的とします。",
                              "計画期間は令和７年度から令和16年度までの10年間とします。"]):
        pdf.text(60, 114 + 14 * i, line, 9)
    pdf.text(50, 176, "２　対象施設と健全度", 11, GOTHIC)
    pdf.text(60, 192, "健全度は、屋根・外壁・設備等の劣化状況を100点満点で評価したもの（40点未満は早急な対応が必要）。", 7.5)
    heads = ["学校名", "棟名", "建築年度", "構造", "延床面積（㎡）", "健全度", "対策区分"]
    lefts = [56, 140, 212, 280, 318, 404, 450]
    for x, h in zip(lefts, heads):
        pdf.text(x, 214, h, 8.5, GOTHIC)
    top = 232
    for school, wing, year, kind, area, score, plan in _IWAIZUMI_BUILDINGS:
        pdf.text(lefts[0], top, school, 8.5)
        pdf.text(lefts[1], top, wing, 8.5)
        pdf.text(lefts[2], top, year, 8.5)
        pdf.text(lefts[3] + 6, top, kind, 8.5)
        pdf.right(lefts[4] + 54, top, area, 8.5)
        pdf.right(lefts[5] + 24, top, score, 8.5)
        pdf.text(lefts[6], top, plan, 8.5)
        top += 16
    pdf.text(60, top + 6, "構造　RC：鉄筋コンクリート造　S：鉄骨造　W：木造", 7.5)
    pdf.text(50, top + 36, "３　維持・更新コストの見通し", 11, GOTHIC)
    for i, line in enumerate(["今後40年間の維持・更新コストは、従来型（築50年で改築）で約186億円、長寿命化型（築80年まで使用）",
                              "で約128億円と試算され、長寿命化により約58億円の縮減が見込まれます。１年当たりでは約3.2億円となり、",
                              "過去５年間の施設関係経費の平均（年約2.1億円）を上回るため、改修時期の平準化が必要です。"]):
        pdf.text(60, top + 54 + 14 * i, line, 9)
    pdf.center(PAGE_W / 2, PAGE_H - 24, "- 1 -", 8)
    pdf.page()
    pdf.text(50, 50, "４　実施計画（令和８年度～令和12年度）", 11, GOTHIC)
    pdf.right(PAGE_W - 50, 66, "概算事業費の単位：千円", 7.5)
    lefts = [56, 130, 222]
    for x, h in zip(lefts, ["実施年度", "学校名", "工事内容"]):
        pdf.text(x, 84, h, 8.5, GOTHIC)
    pdf.right(PAGE_W - 60, 84, "概算事業費", 8.5, GOTHIC)
    top = 102
    for year, school, work, cost in _IWAIZUMI_PLAN:
        if year and top > 102:
            top += 6
        pdf.text(lefts[0], top, year, 8.5, GOTHIC)
        pdf.text(lefts[1], top, school, 8.5)
        pdf.text(lefts[2], top, work, 8.5)
        pdf.right(PAGE_W - 60, top, cost, 8.5)
        top += 16
    pdf.text(60, top + 6, "※安家小学校の改築は、令和９年度までに義務教育学校化の検討結果を踏まえて時期と規模を決定します。", 7.5)
    pdf.text(50, top + 36, "５　今後の方針", 11, GOTHIC)
    for i, line in enumerate(["改修に当たっては、断熱性能の向上と木材利用を進め、避難所としての機能（トイレの洋式化、",
                              "屋内運動場の空調設置）を併せて整備します。児童生徒数の推移を５年ごとに確認し、計画を見直します。"]):
        pdf.text(60, top + 54 + 14 * i, line, 9)
    pdf.center(PAGE_W / 2, PAGE_H - 24, "- 2 -", 8)
    return pdf.save()


# ---------------------------------------------------------------- 3. データヘルス計画 概要版 (PDF, two text columns)

_GOJOME_LEFT_1 = [
    ("h", "１　国保被保険者の現状"),
    ("t", "令和４年度末の被保険者数は1,862人で、"),
    ("t", "５年前より412人減少しました。65歳以上"),
    ("t", "の割合は58.4％と県平均を上回ります。"),
    ("t", "１人当たり医療費（月額）は32,410円で、"),
    ("t", "県平均の29,870円を上回っています。"),
    ("h", "２　健康課題"),
    ("t", "①特定健診の受診率が低く、40歳代・50歳"),
    ("t", "　代では20％台にとどまっています。"),
    ("t", "②医療費に占める生活習慣病の割合が高く、"),
    ("t", "　とくに慢性腎臓病（透析あり）が上位です。"),
    ("t", "③塩分の多い食習慣と、運動習慣のない人"),
    ("t", "　の割合の高さが背景にあります。"),
]
_GOJOME_KPI = [("特定健康診査受診率", "38.2％", "45.0％", "60.0％"),
               ("特定保健指導実施率", "21.5％", "35.0％", "60.0％"),
               ("HbA1c8.0％以上の者の割合", "1.8％", "1.5％", "1.2％"),
               ("新規人工透析導入患者数", "３人", "２人", "１人"),
               ("運動習慣のある者の割合", "29.6％", "32.0％", "35.0％")]
_GOJOME_LEFT_2 = [
    ("h", "４　保健事業"),
    ("t", "◎は重点的に取り組む事業です。"),
    ("t", "◎特定健康診査事業"),
    ("t", "◎特定保健指導事業"),
    ("t", "◎糖尿病性腎症重症化予防事業"),
    ("t", "○早期介入保健指導（30歳代健診）"),
    ("t", "○重複・頻回受診者への訪問指導"),
    ("t", "○ジェネリック医薬品差額通知"),
    ("t", "◎ごじょうめ減塩プロジェクト"),
    ("t", "○高齢者の保健事業と介護予防の一体的実施"),
]
_GOJOME_RIGHT_2 = [
    ("h", "５　計画の評価と見直し"),
    ("t", "令和８年度に中間評価を行い、目標値と"),
    ("t", "事業の内容を見直します。評価は、国保"),
    ("t", "データベース（ＫＤＢ）システムの情報を"),
    ("t", "用いて毎年度行います。"),
    ("h", "６　主な取組の方向性"),
    ("t", "受診率の低い40歳代・50歳代に対して、"),
    ("t", "休日健診と個別の電話勧奨を組み合わせ、"),
    ("t", "受けやすい健診体制をつくります。また、"),
    ("t", "朝市の出店者と協力して減塩の啓発を行い"),
    ("t", "ます。"),
]


def _column_lines(pdf: PdfPage, x: float, top: float, lines: list[tuple[str, str]]) -> float:
    for kind, s in lines:
        if kind == "h":
            top += 6
            pdf.text(x, top, s, 10, GOTHIC)
        else:
            pdf.text(x + 6, top, s, 8.5)
        top += 15
    return top


def gojome_data_health_pdf(out: Path) -> Path:
    """秋田県五城目町 第３期データヘルス計画（令和６年度～令和11年度） 概要版 (PDF, portrait, 2 pages, **two text
    columns**): the left column's 現状 and 課題 beside the right column's 目標 table (評価指標｜ベースライン（令和４年度）
    ｜中間目標（令和８年度）｜最終目標（令和11年度）), so every printed line joins both columns; page 2 the 保健事業 with
    ◎ (重点) and ○ marks in the left column beside the 評価 and 方向性 prose in the right one."""
    pdf = PdfPage(out / "gojome_dai3ki_data_health_keikaku_gaiyo.pdf", title="第3期五城目町データヘルス計画 概要版",
                  author="五城目町 健康福祉課")
    pdf.box(36, 30, PAGE_W - 72, 30, fill=0.88)
    pdf.text(46, 50, "第３期五城目町データヘルス計画（令和６年度～令和11年度）　概要版", 13, GOTHIC)
    pdf.text(40, 76, "五城目町国民健康保険　令和６年３月", 8)
    left, right = 40, 312
    _column_lines(pdf, left, 100, _GOJOME_LEFT_1)
    pdf.text(right, 106, "３　目標", 10, GOTHIC)
    cols = [104, 50, 50, 50]
    xs = column_lefts(right, cols)
    top = 116
    heads = [("評価指標", ""), ("ベースライン", "（令和４年度）"), ("中間目標", "（令和８年度）"), ("最終目標", "（令和11年度）")]
    for x, w, (a, b) in zip(xs, cols, heads):
        pdf.box(x, top, w, 26, fill=0.85)
        pdf.center(x + w / 2, top + 11, a, 7, GOTHIC)
        if b:
            pdf.center(x + w / 2, top + 21, b, 6, GOTHIC)
    top += 26
    for row in _GOJOME_KPI:
        for x, w in zip(xs, cols):
            pdf.box(x, top, w, 18)
        pdf.text(xs[0] + 3, top + 12, row[0], 6.5)
        for c in range(1, 4):
            pdf.right(xs[c] + cols[c] - 4, top + 12, row[c], 7.5)
        top += 18
    pdf.text(right, top + 14, "※HbA1cは、特定健診受診者に占める割合。", 6.5)
    pdf.center(PAGE_W / 2, PAGE_H - 24, "- 1 -", 8)
    pdf.page()
    _column_lines(pdf, left, 60, _GOJOME_LEFT_2)
    _column_lines(pdf, right, 60, _GOJOME_RIGHT_2)
    pdf.center(PAGE_W / 2, PAGE_H - 24, "- 2 -", 8)
    return pdf.save()


# ---------------------------------------------------------------- 4. 地域防災計画 備蓄計画 (XLSX)

# (区分, [(品目, 単位, 目標数量, 現在数量, 充足率, 令和7年度購入予定, 主な保管場所)])
_AJIGASAWA_STOCK = [
    ("食料", [
        ("アルファ化米", "食", 13_050, 9_800, 75.1, 1_600, "町防災備蓄倉庫\n赤石地区コミュニティセンター"),
        ("クラッカー・ビスケット", "食", 4_350, 4_600, 105.7, 0, "町防災備蓄倉庫"),
        ("乳児用液体ミルク", "本", 360, 144, 40.0, 120, "鰺ヶ沢町保健センター"),
    ]),
    ("飲料水", [
        ("保存水（500mL）", "本", 26_100, 18_720, 71.7, 4_800, "町防災備蓄倉庫\n舞戸地区防災倉庫\n鳴沢地区防災倉庫"),
    ]),
    ("生活用品", [
        ("毛布", "枚", 1_450, 1_180, 81.4, 150, "町防災備蓄倉庫"),
        ("簡易トイレ（凝固剤付き）", "回分", 21_750, 8_400, 38.6, 5_000, "町防災備蓄倉庫\n中村地区防災倉庫"),
        ("生理用品", "枚", 2_900, 2_900, 100.0, 0, "鰺ヶ沢町保健センター"),
        ("段ボールベッド", "台", 300, 120, 40.0, 60, "町民体育館"),
    ]),
    ("資機材", [
        ("発電機（ガソリン）", "台", 24, 17, 70.8, 3, "町防災備蓄倉庫\n各地区防災倉庫"),
        ("投光器", "台", 24, 24, 100.0, 0, "各地区防災倉庫"),
        ("石油ストーブ", "台", 60, 38, 63.3, 10, "町防災備蓄倉庫"),
    ]),
]

# (No., 避難所名, 地区, 収容人数, 種別, 備蓄)
_AJIGASAWA_SHELTERS = [
    (1, "鰺ヶ沢町町民体育館", "鰺ヶ沢", 420, "指定避難所", "○"),
    (2, "鰺ヶ沢中学校", "鰺ヶ沢", 380, "指定避難所", "○"),
    (3, "赤石地区コミュニティセンター", "赤石", 160, "指定避難所", "○"),
    (4, "舞戸小学校", "舞戸", 240, "指定避難所", "－"),
    (5, "鳴沢公民館", "鳴沢", 120, "指定避難所", "○"),
    (6, "中村地区農業構造改善センター", "中村", 90, "指定避難所", "○"),
    (7, "鰺ヶ沢町保健センター", "鰺ヶ沢", 40, "福祉避難所", "○"),
    (8, "特別養護老人ホーム白八幡荘", "鰺ヶ沢", 20, "福祉避難所（協定）", "－"),
    (9, "鰺ヶ沢町老人福祉センター", "舞戸", 35, "福祉避難所", "－"),
]


def ajigasawa_bichiku_xlsx(out: Path) -> Path:
    """青森県鰺ヶ沢町 地域防災計画 資料編 備蓄計画 (XLSX, 2 sheets): sheet 備蓄目標 — a title, **the 想定 in a note row
    above the table**, one header 区分｜品目｜単位｜目標数量｜現在数量（令和7年3月31日現在）｜充足率（％）｜令和7年度
    購入予定｜主な保管場所, the 区分 **merged down** over its rows, a 保管場所 cell holding several places one per line;
    sheet 避難所一覧 — No.｜避難所名｜地区｜収容人数（人）｜種別｜備蓄 (○/－)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = Workbook()
    ws = wb.active
    ws.title = "備蓄目標"
    shade = PatternFill("solid", fgColor="FCE4D6")
    wrap = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCDEFGH", (10, 26, 7, 11, 14, 10, 12, 30)):
        ws.column_dimensions[col].width = width
    ws.merge_cells("A1:H1")
    ws["A1"] = "鰺ヶ沢町地域防災計画　資料編　資料７　備蓄計画"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:H2")
    ws["A2"] = ("想定避難者数 1,450人（日本海東縁部の地震による最大想定）の３日分を目標数量とし、"
                "そのうち町は３分の２を備蓄し、残りは県及び協定事業者からの支援で確保する。")
    ws["A2"].alignment = wrap
    ws.row_dimensions[2].height = 32
    heads = ("区分", "品目", "単位", "目標数量", "現在数量（令和7年3月31日現在）", "充足率（％）", "令和7年度購入予定", "主な保管場所")
    for col, value in zip("ABCDEFGH", heads):
        ws[f"{col}4"] = value
        ws[f"{col}4"].fill = shade
        ws[f"{col}4"].font = Font(bold=True)
        ws[f"{col}4"].alignment = Alignment(wrap_text=True, vertical="center")
    row = 5
    for group, items in _AJIGASAWA_STOCK:
        first = row
        ws[f"A{row}"] = group
        ws[f"A{row}"].alignment = wrap
        for values in items:
            for col, v in zip("BCDEFGH", values):
                ws[f"{col}{row}"] = v
                if isinstance(v, float):
                    ws[f"{col}{row}"].number_format = "0.0"
                elif isinstance(v, int):
                    ws[f"{col}{row}"].number_format = "#,##0"
                ws[f"{col}{row}"].alignment = wrap
            row += 1
        if row - 1 > first:
            ws.merge_cells(f"A{first}:A{row - 1}")
    ws[f"A{row + 1}"] = "※充足率＝現在数量÷目標数量×100。100％を超える品目は賞味期限の到来に合わせて更新する。"
    ws[f"A{row + 2}"] = "※燃料は、町内の石油販売事業者との協定により調達する（町では備蓄しない）。"
    ws2 = wb.create_sheet("避難所一覧")
    ws2["A1"] = "指定避難所・福祉避難所一覧（令和７年４月１日現在）"
    ws2["A1"].font = Font(bold=True, size=13)
    for col, width in zip("ABCDEF", (6, 32, 10, 14, 20, 8)):
        ws2.column_dimensions[col].width = width
    for col, value in zip("ABCDEF", ("No.", "避難所名", "地区", "収容人数（人）", "種別", "備蓄")):
        ws2[f"{col}3"] = value
        ws2[f"{col}3"].fill = shade
        ws2[f"{col}3"].font = Font(bold=True)
    for r, values in enumerate(_AJIGASAWA_SHELTERS, start=4):
        for col, v in zip("ABCDEF", values):
            ws2[f"{col}{r}"] = v
    ws2[f"A{4 + len(_AJIGASAWA_SHELTERS) + 1}"] = "備蓄　○：備蓄品を保管している避難所　－：保管していない避難所"
    path = out / "ajigasawa_chiiki_bousai_keikaku_bichiku.xlsx"
    wb.properties.title = "鰺ヶ沢町地域防災計画 資料編 備蓄計画"
    wb.properties.creator = "鰺ヶ沢町 総務課 防災係"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 5. 障害福祉計画 (XLSX, 実績/見込量 two-row header)

# (種別, サービス名, 単位, 令和4年度実績, 令和5年度実績, 令和6年度, 令和7年度, 令和8年度)
_TOBETSU_SERVICES = [
    ("訪問系", "居宅介護", "時間/月", 812, 846, 870, 895, 920),
    ("訪問系", "居宅介護", "人/月", 41, 43, 44, 46, 48),
    ("日中活動系", "生活介護", "人日/月", 1_864, 1_902, 1_940, 1_980, 2_020),
    ("日中活動系", "生活介護", "人/月", 96, 98, 100, 102, 104),
    ("日中活動系", "就労移行支援", "人日/月", 118, 96, 110, 126, 140),
    ("日中活動系", "就労移行支援", "人/月", 7, 6, 7, 8, 9),
    ("日中活動系", "就労継続支援Ｂ型", "人日/月", 2_236, 2_318, 2_400, 2_480, 2_560),
    ("日中活動系", "就労継続支援Ｂ型", "人/月", 128, 133, 138, 142, 147),
    ("居住系", "共同生活援助（グループホーム）", "人/月", 54, 58, 62, 66, 70),
    ("居住系", "施設入所支援", "人/月", 62, 61, 61, 60, 59),
    ("相談支援", "計画相談支援", "人/月", 64, 69, 72, 76, 80),
]

# (項目, 基準（令和4年度末）, 目標値（令和8年度末）, 考え方)
_TOBETSU_GOALS = [
    ("施設入所者の地域生活への移行者数", "－", "４人", "令和４年度末の施設入所者62人の6％以上が地域生活へ移行する。"),
    ("施設入所者数", "62人", "59人", "令和４年度末から5％以上削減する。"),
    ("福祉施設から一般就労への移行者数", "３人", "５人", "令和３年度実績の1.28倍以上とする。"),
    ("地域生活支援拠点等の設置", "１か所", "１か所（機能強化）", "コーディネーターを配置し、年１回以上運用状況を検証する。"),
    ("強度行動障害を有する者への支援体制", "未整備", "整備", "支援ニーズを把握し、関係機関が連携した支援体制を整備する。"),
]

# (区分, 事業名, 令和6年度, 令和7年度, 令和8年度, 単位)
_TOBETSU_LOCAL = [
    ("必須事業", "理解促進研修・啓発事業", "実施", "実施", "実施", "－"),
    ("必須事業", "相談支援事業", "２", "２", "２", "か所"),
    ("必須事業", "成年後見制度利用支援事業", "３", "４", "５", "人/年"),
    ("必須事業", "意思疎通支援事業", "18", "20", "22", "件/年"),
    ("必須事業", "日常生活用具給付等事業", "412", "420", "428", "件/年"),
    ("必須事業", "移動支援事業", "24", "26", "28", "人/年"),
    ("必須事業", "地域活動支援センター事業", "１", "１", "１", "か所"),
    ("任意事業", "訪問入浴サービス事業", "６", "６", "７", "人/年"),
    ("任意事業", "日中一時支援事業", "31", "33", "35", "人/年"),
    ("任意事業", "自動車運転免許取得・改造助成事業", "２", "２", "２", "件/年"),
    ("任意事業", "とうべつ手話サロン", "実施", "実施", "実施", "－"),
]


def tobetsu_shogai_fukushi_xlsx(out: Path) -> Path:
    """北海道当別町 第７期障害福祉計画（令和６年度～令和８年度） (XLSX, 3 sheets): sheet 成果目標 — 項目｜基準（令和
    ４年度末）｜目標値（令和８年度末）｜考え方 with text values; sheet サービス見込量 — **a two-row header: 実績 merged
    over 令和４年度｜令和５年度 and 見込量 merged over 令和６年度｜令和７年度｜令和８年度**, the other heads merged down,
    **one service on two rows by unit (人日/月 beside 人/月)**; sheet 地域生活支援事業 — 区分 必須事業/任意事業 per row."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = Workbook()
    shade = PatternFill("solid", fgColor="E2EFDA")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws = wb.active
    ws.title = "成果目標"
    ws["A1"] = "第７期当別町障害福祉計画　成果目標"
    ws["A1"].font = Font(bold=True, size=13)
    for col, width in zip("ABCD", (36, 16, 20, 60)):
        ws.column_dimensions[col].width = width
    for col, value in zip("ABCD", ("項目", "基準（令和４年度末）", "目標値（令和８年度末）", "考え方")):
        ws[f"{col}3"] = value
        ws[f"{col}3"].fill = shade
        ws[f"{col}3"].font = Font(bold=True)
    for r, values in enumerate(_TOBETSU_GOALS, start=4):
        for col, v in zip("ABCD", values):
            ws[f"{col}{r}"] = v
    ws2 = wb.create_sheet("サービス見込量")
    ws2["A1"] = "障害福祉サービスの実績と見込量（１か月当たり）"
    ws2["A1"].font = Font(bold=True, size=13)
    for col, width in zip("ABCDEFGH", (12, 30, 10, 11, 11, 11, 11, 11)):
        ws2.column_dimensions[col].width = width
    for col, value in zip("ABC", ("種別", "サービス名", "単位")):
        ws2[f"{col}3"] = value
        ws2.merge_cells(f"{col}3:{col}4")
    ws2["D3"], ws2["F3"] = "実績", "見込量"
    ws2.merge_cells("D3:E3")
    ws2.merge_cells("F3:H3")
    for col, value in zip("DEFGH", ("令和４年度", "令和５年度", "令和６年度", "令和７年度", "令和８年度")):
        ws2[f"{col}4"] = value
    for r in (3, 4):
        for col in "ABCDEFGH":
            ws2[f"{col}{r}"].fill = shade
            ws2[f"{col}{r}"].alignment = center
            ws2[f"{col}{r}"].font = Font(bold=True)
    for r, values in enumerate(_TOBETSU_SERVICES, start=5):
        for col, v in zip("ABCDEFGH", values):
            ws2[f"{col}{r}"] = v
            if isinstance(v, int):
                ws2[f"{col}{r}"].number_format = "#,##0"
    end = 5 + len(_TOBETSU_SERVICES)
    ws2[f"A{end + 1}"] = "※人日/月は、１か月の利用者数×１人当たり平均利用日数。令和５年度は見込み値を含む。"
    ws3 = wb.create_sheet("地域生活支援事業")
    ws3["A1"] = "地域生活支援事業の見込み"
    ws3["A1"].font = Font(bold=True, size=13)
    for col, width in zip("ABCDEF", (12, 36, 11, 11, 11, 10)):
        ws3.column_dimensions[col].width = width
    for col, value in zip("ABCDEF", ("区分", "事業名", "令和６年度", "令和７年度", "令和８年度", "単位")):
        ws3[f"{col}3"] = value
        ws3[f"{col}3"].fill = shade
        ws3[f"{col}3"].font = Font(bold=True)
    for r, values in enumerate(_TOBETSU_LOCAL, start=4):
        for col, v in zip("ABCDEF", values):
            ws3[f"{col}{r}"] = v
    path = out / "tobetsu_dai7ki_shogai_fukushi_keikaku.xlsx"
    wb.properties.title = "第7期当別町障害福祉計画"
    wb.properties.creator = "当別町 福祉部 福祉課"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 6. 社会教育計画 事業計画 (DOCX, 新/拡/継 column)

# (対象 heading, [(区分, 事業名, 内容, 担当)])
_SHONAI_PLAN = [
    ("（１）乳幼児期・少年期", [
        ("継", "家庭教育支援講座", "乳幼児の保護者を対象に、子育ての悩みを話し合う講座を年６回開きます。", "生涯学習係"),
        ("拡", "放課後子ども教室", "余目・立川の２教室に狩川教室を加え、３教室で実施します。", "生涯学習係"),
        ("新", "しょうない子ども探究クラブ", "小学５・６年生が地域の課題を調べて発表する通年の講座を始めます。", "生涯学習係"),
        ("継", "少年少女自然体験キャンプ", "清川地区で２泊３日の自然体験活動を行います。", "清川公民館"),
    ]),
    ("（２）青年期", [
        ("新", "若者まちづくりミーティング", "18歳から39歳までの町民が町の将来を話し合う場を年４回設けます。", "社会教育係"),
        ("継", "二十歳のつどい", "実行委員の若者が企画・運営する式典を響ホールで開きます。", "社会教育係"),
        ("拡", "ジュニアリーダー養成事業", "中高生リーダーの研修を年３回から年５回に増やします。", "社会教育係"),
    ]),
    ("（３）成人期", [
        ("継", "町民大学講座", "教養・健康・歴史の３コースで全18回開講します。", "社会教育係"),
        ("拡", "デジタル活用講座", "スマートフォン講座に加え、オンライン手続の講座を開きます。", "余目公民館"),
        ("継", "地区公民館活動支援事業", "地区公民館の自主的な活動に補助金を交付します。", "社会教育係"),
    ]),
    ("（４）高齢期", [
        ("継", "いきいき長寿大学", "65歳以上の町民を対象に、月１回の学習と交流の場を設けます。", "立川公民館"),
        ("新", "シニア地域先生バンク", "特技や経験をもつ高齢者を講師として登録し、学校や地区へ紹介します。", "生涯学習係"),
    ]),
    ("（５）全世代", [
        ("拡", "図書館読書活動推進事業", "移動図書館車の巡回先を12か所から18か所に増やします。", "町立図書館"),
        ("継", "文化財保護・活用事業", "清川関所跡の案内板を更新し、歴史講座を開きます。", "社会教育係"),
        ("新", "響ホール舞台芸術体験事業", "町民が照明・音響などの舞台裏を体験する講座を開きます。", "響ホール"),
    ]),
]

_SHONAI_KPI = [("指標", "現状値（令和５年度）", "目標値（令和11年度）"),
               ("公民館講座の延べ参加者数", "8,412人", "10,000人"),
               ("町立図書館の年間貸出冊数", "62,318冊", "70,000冊"),
               ("放課後子ども教室の登録児童数", "86人", "120人"),
               ("生涯学習ボランティアの登録者数", "147人", "200人")]


def shonai_shakai_kyoiku_docx(out: Path) -> Path:
    """山形県庄内町 第３次社会教育計画 令和７年度事業計画 (DOCX): Word headings; the 基本方針 and 課題 as paragraphs;
    the 区分 legend 新・拡・継 as one paragraph; a 数値目標 table; then per 対象 (乳幼児期・少年期 … 全世代) a Heading 3
    and **a table 区分｜事業名｜内容｜担当 whose first column holds the one-character mark 新/拡/継**; the 担当 a 係,
    a 公民館 or a facility."""
    import docx
    doc = docx.Document()
    doc.core_properties.title = "第3次庄内町社会教育計画 令和7年度事業計画"
    doc.core_properties.author = "庄内町教育委員会 社会教育課"
    doc.add_heading("第３次庄内町社会教育計画　令和７年度事業計画", level=0)
    doc.add_paragraph("令和７年４月　庄内町教育委員会")
    doc.add_heading("１　計画の基本方針", level=1)
    doc.add_paragraph("第３次庄内町社会教育計画（令和７年度～令和11年度）は、「学びがつなぐ　人と地域　しょうない」を"
                      "目指す姿とし、生涯の各時期に応じた学びの機会と、学んだ成果を地域で生かす仕組みをつくります。")
    doc.add_heading("２　社会教育の課題", level=1)
    doc.add_paragraph("公民館講座の参加者は60歳以上が７割を占め、子育て世代や働く世代の参加が少ない状況です。"
                      "また、地区公民館の役員の高齢化が進み、活動の担い手の確保が課題となっています。")
    doc.add_heading("３　数値目標", level=1)
    table = doc.add_table(rows=len(_SHONAI_KPI), cols=3)
    table.style = "Table Grid"
    for r, values in enumerate(_SHONAI_KPI):
        for c, v in enumerate(values):
            table.cell(r, c).text = v
    doc.add_heading("４　対象別の事業", level=1)
    doc.add_paragraph("区分　新：令和７年度から始める事業　拡：内容を拡充する事業　継：継続する事業")
    for heading, rows in _SHONAI_PLAN:
        doc.add_heading(heading, level=3)
        t = doc.add_table(rows=len(rows) + 1, cols=4)
        t.style = "Table Grid"
        for c, v in enumerate(("区分", "事業名", "内容", "担当")):
            t.cell(0, c).text = v
        for r, values in enumerate(rows, start=1):
            for c, v in enumerate(values):
                t.cell(r, c).text = v
    doc.add_heading("５　計画の推進", level=1)
    doc.add_paragraph("各事業は、社会教育委員の会議で年２回点検し、その結果を翌年度の事業計画に反映します。")
    path = out / "shonai_dai3ji_shakai_kyoiku_keikaku_r7.docx"
    doc.save(str(path))
    return path


# ---------------------------------------------------------------- 7. 鳥獣被害防止計画 (text, CP932)

_NISHIAIZU_TEXT = """\
西会津町鳥獣被害防止計画

　　　　　　　　　　　　　　　　　　　　　　　　　　　　令和７年４月　福島県耶麻郡西会津町

計画主体　　西会津町
連絡先　　　西会津町　農林振興課　農林振興係（電話0241-45-2211）

１．対象鳥獣の種類、被害防止計画の期間及び対象地域

　対象鳥獣　　：イノシシ、ニホンジカ、ツキノワグマ、ニホンザル、カラス類
　計画期間　　：令和７年度～令和９年度
　対象地域　　：西会津町全域（野沢、尾野本、群岡、登世島、奥川、新郷の各地区）

２．鳥獣による農林水産業等に係る被害の防止に関する基本的な方針

（１）被害の現状（令和５年度）

　〔イノシシ〕　　　水稲、ばれいしょ、そば　　　　　被害金額　8,420千円　　被害面積　12.6ha
　〔ニホンザル〕　　野菜、果樹（りんご・柿）　　　　被害金額　3,150千円　　被害面積　 4.2ha
　〔ツキノワグマ〕　果樹、飼料用とうもろこし　　　　被害金額　1,860千円　　被害面積　 2.8ha
　〔ニホンジカ〕　　水稲、牧草　　　　　　　　　　　被害金額　　 640千円　　被害面積　 1.9ha
　〔カラス類〕　　　果樹、野菜　　　　　　　　　　　被害金額　　 410千円　　被害面積　 0.7ha
　　　合　計　　　　　　　　　　　　　　　　　　　　被害金額 14,480千円　　被害面積　22.2ha

（２）被害の傾向
　イノシシの被害は奥川・新郷地区の山際の水田に集中しており、令和元年度と比べて被害金額は約1.6倍となった。
ニホンザルは群れの数が４群から６群に増え、野沢地区の住宅地周辺にも出没している。ツキノワグマはブナの凶作年
に人家周辺への出没が増え、令和５年度の出没件数は142件（前年度58件）であった。

（３）被害の軽減目標

　指標　　　　　　　　　　　現状値（令和５年度）　　目標値（令和９年度）
　被害金額（５鳥獣計）　　　14,480千円　　　　　　　10,100千円
　被害面積（５鳥獣計）　　　22.2ha　　　　　　　　　15.5ha
　ツキノワグマの出没件数　　142件　　　　　　　　　　80件

（４）従来講じてきた被害防止対策の課題
　電気柵の設置は進んだが、設置後の草刈りや漏電の点検が不十分で、効果が落ちている箇所が多い。また、捕獲の
担い手である西会津町鳥獣被害対策実施隊の隊員は24人で、平均年齢が67歳と高く、新たな担い手の確保が急務である。

３．対象鳥獣の捕獲等に関する事項

（１）捕獲計画数

　対象鳥獣　　　　　令和７年度　　令和８年度　　令和９年度
　イノシシ　　　　　　　380頭　　　　400頭　　　　420頭
　ニホンジカ　　　　　　 40頭　　　　 50頭　　　　 60頭
　ニホンザル　　　　　　 60頭　　　　 60頭　　　　 60頭
　ツキノワグマ　　　　　 必要に応じて（県の管理計画の範囲内）
　カラス類　　　　　　　150羽　　　　150羽　　　　150羽

（２）捕獲等の取組内容
　・西会津町鳥獣被害対策実施隊による通年の捕獲（箱わな・くくりわな）
　・ＩＣＴ捕獲通知システム「わなベル」の導入（令和７年度に50基）
　・狩猟免許の取得経費の助成（１人当たり上限30,000円）
　・捕獲報奨金の交付（イノシシ成獣１頭当たり上限15,000円）

４．防護柵の設置等に関する事項

　【新規】サル用電気柵（多段式）の設置　　　　　　野沢・群岡地区　延長3.2km
　【継続】イノシシ用電気柵の設置　　　　　　　　　奥川・新郷地区　延長8.5km
　【継続】ワイヤーメッシュ柵の設置　　　　　　　　尾野本地区　　　延長2.4km
　【新規】緩衝帯の整備（やぶの刈払い）　　　　　　登世島地区　　　面積6.0ha

５．生息環境管理その他の被害防止施策
　・放任果樹（柿・栗）の伐採を所有者に働きかけ、伐採費用を１本当たり5,000円を上限に補助する。
　・収穫後の野菜くずを畑に放置しないよう、集落座談会で周知する。
　・ツキノワグマの出没情報を町の防災メールとＬＩＮＥで配信する。

６．被害防止対策に要する経費（令和７年度）

　鳥獣被害対策関連予算　　当初予算額　18,640千円　　（９月補正後　21,350千円）
　　うち捕獲報奨金　　　　　　　　　　 4,500千円
　　うち電気柵等資材購入費　　　　　　 6,280千円
　　うち狩猟免許取得助成　　　　　　　　 300千円
　※９月補正は、ツキノワグマの出没増加に対応した追い払い用花火と箱わなの追加購入による。

７．被害防止施策の実施体制
　西会津町鳥獣被害防止対策協議会（事務局：農林振興課）を中心に、会津よつば農業協同組合、猟友会西会津支部、
会津農林事務所と連携して取り組む。
"""


def nishiaizu_chojuu_higai_boushi_txt(out: Path) -> Path:
    """福島県西会津町 鳥獣被害防止計画（令和７年度～令和９年度） (text, **CP932**, CRLF): the national form's numbered
    sections; **the 被害の現状 as one line per 鳥獣 with the name in 〔〕 and label-value pairs 被害金額／被害面積**; the
    軽減目標 and the 捕獲計画 as space-aligned tables (years as columns); 防護柵 items with 【新規】/【継続】 marks; the
    経費 line with the 当初予算額 and the 補正後 amount in parentheses; 上限 amounts beside 予算額."""
    return write_text(out / "nishiaizu_chojuu_higai_boushi_keikaku.txt", _NISHIAIZU_TEXT, encoding="cp932", crlf=True)


# ---------------------------------------------------------------- 8. 指定管理者 モニタリング評価 (HTML)

_OIRASE_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>令和６年度 指定管理者モニタリング評価結果 | おいらせ町</title>
</head>
<body>
<header><p class="site">青森県おいらせ町</p>
<nav><a href="/">トップ</a> <a href="/kurashi/">くらし</a> <a href="/machi/">町政情報</a></nav></header>
<main>
<div class="pankuzu">トップ ＞ 町政情報 ＞ 行財政 ＞ 指定管理者制度</div>
<h1>令和６年度 指定管理者モニタリング評価結果</h1>
<p class="update">更新日：2025年7月15日</p>
<p>町では、公の施設を管理する指定管理者について、毎年度、利用状況・サービスの質・管理運営の経費などを点検し評価しています。
令和６年度は、町が指定管理者制度を導入している７施設について評価を行いました。</p>
<div class="legend">総合評価　Ｓ：仕様を大きく上回る　Ａ：仕様を上回る　Ｂ：仕様どおり　Ｃ：改善が必要</div>
<table class="result">
<tr><th>施設名</th><th>指定管理者</th><th>指定期間</th><th>指定管理料（年額・千円）</th><th>利用者数（人）</th><th>総合評価</th></tr>
<tr><td>いちょう公園</td><td rowspan="2">一般社団法人おいらせ町観光協会</td><td>令和４年度～令和８年度</td><td>12,480</td><td>86,214</td><td>Ａ</td></tr>
<tr><td>おいらせ町観光物産館「アグリの里おいらせ」</td><td>令和４年度～令和８年度</td><td>0</td><td>312,506</td><td>Ｓ</td></tr>
<tr><td>おいらせ町民交流プラザ</td><td rowspan="2">株式会社しもだ地域サービス</td><td>令和５年度～令和９年度</td><td>28,760</td><td>41,872</td><td>Ｂ</td></tr>
<tr><td>下田公園テニスコート</td><td>令和５年度～令和９年度</td><td>3,150</td><td>9,418</td><td>Ｂ</td></tr>
<tr><td>百石町民プール</td><td>ＮＰＯ法人おいらせスポーツクラブ</td><td>令和３年度～令和７年度</td><td>18,920</td><td>22,306</td><td>Ｃ</td></tr>
<tr><td>おいらせ町自然観察館</td><td>ＮＰＯ法人奥入瀬川ネイチャーネット</td><td>令和６年度～令和10年度</td><td>9,640</td><td>7,985</td><td>Ａ</td></tr>
<tr><td>おいらせ町老人福祉センター</td><td>社会福祉法人おいらせ町社会福祉協議会</td><td>令和４年度～令和８年度</td><td>15,300</td><td>18,644</td><td>Ｂ</td></tr>
</table>
<p class="note">※観光物産館は利用料金制（指定管理料なし）。利用者数は延べ人数。</p>
<h2>評価のポイント</h2>
<h3>おいらせ町観光物産館「アグリの里おいらせ」（Ｓ評価）</h3>
<p>地元農産物の直売コーナーを拡張し、売上高は前年度比112.4％となりました。</p>
<h3>百石町民プール（Ｃ評価）</h3>
<p>ろ過装置の故障により７月に12日間休館し、利用者への周知も遅れました。町は改善計画の提出を求め、
令和７年度は毎月の点検結果を報告させることとしました。</p>
<h2>次期指定に向けた方針</h2>
<p>令和７年度末で指定期間が満了する百石町民プールについては、施設の老朽化と利用者数の減少を踏まえ、
指定管理を継続するか直営に戻すかを令和７年９月までに判断します。</p>
<h2>お問い合わせ</h2>
<p>おいらせ町役場　財政管財課　管財係<br>電話：0178-56-2111</p>
</main>
<footer><p>〒039-2192　青森県上北郡おいらせ町中下田135番地2</p></footer>
</body>
</html>
"""


def oirase_shitei_kanri_html(out: Path) -> Path:
    """青森県おいらせ町 令和６年度 指定管理者モニタリング評価結果 (HTML, UTF-8): a town web page — site name, nav, a
    `<div>` breadcrumb with ＞, the 評価 legend Ｓ～Ｃ in a `<div>`, **one table whose header is a plain first `<tr>` of
    `<th>` (no thead) and whose 指定管理者 cell spans two 施設 (rowspan)**, the 指定管理料 年額 beside the 利用者数,
    a 0 for a 利用料金制 施設, then 評価のポイント per 施設 and the 次期指定 方針."""
    return write_text(out / "oirase_shitei_kanrisha_monitoring_r6.html", _OIRASE_HTML)


def make_all(out_dir: Path) -> list[Path]:
    """Write every document of the twelfth blind set into `out_dir` (created if missing) and return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [
        bihoro_suido_keiei_senryaku_pdf(out_dir),
        iwaizumi_gakko_chojumyoka_pdf(out_dir),
        gojome_data_health_pdf(out_dir),
        ajigasawa_bichiku_xlsx(out_dir),
        tobetsu_shogai_fukushi_xlsx(out_dir),
        shonai_shakai_kyoiku_docx(out_dir),
        nishiaizu_chojuu_higai_boushi_txt(out_dir),
        oirase_shitei_kanri_html(out_dir),
    ]
