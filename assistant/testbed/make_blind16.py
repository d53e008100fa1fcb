"""Sixteenth blind fixture set: six documents in layouts nobody tuned the extractor to, answers written by hand.

`make_all(out_dir)` writes six documents of Japanese local-government kinds (a 広報 予算特集 PDF set **in two text
columns** whose lines share their baselines across the gutter, with a 会計 table drawn without ruling lines, 歳入 and a
ranked 歳出 list in 億・万円, and 主な事業 under 分野 headings tagged 〔新規〕/【拡充】 with the amount at the right; a
人口ビジョン PDF in A4 landscape whose 推計 table has no ruling line at all, two-line year heads (2020年 over
（令和２年）), two パターン blocks and **its year columns split over two pages** (2020–2040, then 2045–2060 with the row
labels repeated); a 事務事業評価シート workbook with an 一覧 sheet and **one form sheet per 事業** — merged label/value
cells, a 実績 header merged over three years, a 事業費 block 決算 vs 予算 in 千円 and the 今後の方向性 as ■/□ boxes; an
教育振興基本計画 in Word whose 成果指標 table has **指標/単位 merged down over two header rows and 目標値 merged across
中間/最終**, 基本目標 band rows merged across the table, ◎/○ bullets some with 〔新規〕 and a 学力調査 result table; a
公共施設等総合管理計画 施設類型別 CSV in CP932 with **a two-row header (現状/目標 over the columns, blank cells for the
span)**, the 大分類 printed only once per group and several 施設 names in one cell; a 総合戦略 効果検証 plain text file with
label：value blocks per 指標 (基準値/目標値/実績値/達成率/評価 Ａ～Ｄ) and ◎/○ 事業 lines carrying 事業費 in 千円 and an
評価) into `out_dir` and returns their paths. The municipalities are real (北海道・東北・関東・甲信越) and were used by
no earlier set; every figure, name and sentence is invented. The expected answers in `questions.jsonl` were written
by hand from the text below, without reading or running the extractor. Binary formats are generated here, never
committed.
"""
from __future__ import annotations

from pathlib import Path

from assistant.testbed.documents import GOTHIC, MINCHO, PAGE_H, PAGE_W, PdfPage, write_text


# ---------------------------------------------------------------- 1. 広報 予算特集 (PDF, portrait, two text columns)

# (会計, 令和７年度 千円, 前年度比 ％)
_KAMI_KAIKEI = [("一般会計", "12,860,000", "3.3"), ("国民健康保険特別会計", "2,384,500", "△1.8"),
                ("介護保険特別会計", "3,012,700", "2.4"), ("後期高齢者医療特別会計", "398,600", "4.1"),
                ("水道事業会計", "1,146,300", "△0.6"), ("下水道事業会計", "1,572,900", "1.2"),
                ("合計", "21,375,000", "2.4")]
_KAMI_SAINYU = [("町税", "18億2,400万円", "14.2"), ("地方交付税", "46億5,000万円", "36.2"),
                ("国庫支出金", "14億7,300万円", "11.5"), ("県支出金", "8億6,900万円", "6.8"),
                ("町債", "9億8,700万円", "7.7"), ("繰入金", "6億3,000万円", "4.9"), ("その他", "24億2,700万円", "18.9")]
_KAMI_SAISHUTSU = [("１位", "民生費", "35億8,200万円", "27.9"), ("２位", "総務費", "17億6,400万円", "13.7"),
                   ("３位", "土木費", "15億1,000万円", "11.7"), ("４位", "教育費", "13億9,500万円", "10.8"),
                   ("５位", "公債費", "12億8,800万円", "10.0")]
# column → [(分野, [(tag, 事業名, 予算額, 説明)])]
_KAMI_JIGYO = {
    "left": [
        ("■子育て・教育", [
            ("〔新規〕", "小中学校給食費無償化事業", "1億4,600万円", "町内の小中学生約1,450人の給食費を全額町が負担"),
            ("【拡充】", "子育て応援医療費助成事業", "9,870万円", "助成の対象を高校生年代まで広げます"),
            ("", "放課後子ども教室運営事業", "1,120万円", "町内５か所で学習と体験活動を行います"),
            ("〔新規〕", "小野田小学校屋内運動場改修事業", "2億3,500万円", "屋根・床の改修と空調設備の設置"),
        ]),
        ("■観光・産業", [
            ("〔新規〕", "薬莱山麓キャンプ場リニューアル事業", "4,800万円", "炊事棟とトイレを改修し通年営業に"),
            ("【拡充】", "新規就農者定着支援事業", "1,650万円", "家賃補助の期間を３年から５年に延長"),
            ("", "ふるさと納税推進事業", "3億2,000万円", "返礼品と受付サイトの充実"),
        ]),
    ],
    "right": [
        ("■安全・安心", [
            ("【拡充】", "木造住宅耐震改修補助事業", "2,160万円", "補助上限を100万円から150万円に"),
            ("〔新規〕", "防災行政無線戸別受信機更新事業", "1億1,800万円", "全世帯の戸別受信機をデジタル化"),
            ("", "除雪対策事業", "2億6,400万円", "除雪機械２台を更新します"),
        ]),
        ("■生活基盤", [
            ("", "第２期町道舗装長寿命化事業", "1億9,300万円", "町道14路線の舗装を補修"),
            ("〔新規〕", "デマンド型乗合タクシー実証運行事業", "1,980万円", "小野田地区で予約制の乗合タクシーを運行"),
            ("【拡充】", "合併処理浄化槽設置補助事業", "3,360万円", "単独処理浄化槽からの転換補助を上乗せ"),
        ]),
    ],
}


def kami_kouhou_yosan_tokushu_pdf(out: Path) -> Path:
    """宮城県加美町 広報かみまち 令和７年５月号 特集「令和７年度当初予算」 (PDF, portrait, 2 pages, **two text
    columns whose lines share baselines across the gutter**): page 1 left — 予算の規模 prose and a 会計別予算額 table
    **drawn without any ruling line** (千円 and （％） only in its caption), page 1 right — 歳入 list in 億・万円 with
    the share in parentheses, 歳出 目的別 **ranked １位～５位** beside a share, 町債残高 prose; page 2 — 主な事業 under ■分野
    headings in both columns, each line 〔新規〕/【拡充】/no tag + name + 予算額 in 万円 at the column's right edge, then
    a one-line explanation."""
    pdf = PdfPage(out / "kamimachi_kouhou_r7_05_yosan_tokushu.pdf", title="広報かみまち 令和7年5月号 予算特集",
                  author="加美町 総務課")
    L, R, CW = 40.0, 310.0, 245.0   # the two columns: left edges and width
    pdf.box(0, 0, PAGE_W, 64, fill=0.25)
    pdf.c.setFillGray(1)
    pdf.text(40, 40, "広報かみまち", 20, GOTHIC)
    pdf.text(220, 40, "2025（令和７年）５月号　No.612", 10, GOTHIC)
    pdf.c.setFillGray(0)
    pdf.text(40, 98, "特集　令和７年度　加美町の予算が決まりました", 16, GOTHIC)
    pdf.text(40, 120, "一般会計は128億6,000万円　子育てと観光に重点", 11, GOTHIC)
    pdf.hline(40, PAGE_W - 40, 130, 1.0)
    left = [("h", "■予算の規模"),
            ("p", "３月定例議会で、令和７年度の当初予算が"),
            ("p", "可決されました。一般会計の総額は"),
            ("p", "128億6,000万円で、前年度に比べて"),
            ("p", "4億1,200万円（3.3％）の増となりました。"),
            ("p", "特別会計と事業会計を合わせた総額は"),
            ("p", "213億7,500万円です。"),
            ("p", "子育て世帯の負担軽減と、薬莱山周辺の"),
            ("p", "観光振興に重点を置いた予算としました。"),
            ("b", ""),
            ("h", "■会計別予算額（単位：千円、前年度比は％）"),
            ("t", ("会計名", "予算額", "前年度比"))]
    left += [("t", row) for row in _KAMI_KAIKEI]
    right = [("h", "■歳入　町の収入")]
    right += [("r", (name, amount, f"（{share}％）")) for name, amount, share in _KAMI_SAINYU]
    right += [("b", ""), ("h", "■歳出　目的別の使いみち（上位５位）")]
    right += [("r", (f"{rank}　{name}", amount, f"（{share}％）")) for rank, name, amount, share in _KAMI_SAISHUTSU]
    right += [("b", ""), ("h", "■町の借金（町債残高）"),
              ("p", "令和７年度末の町債残高は112億3,000万円"),
              ("p", "となる見込みです（前年度末見込み"),
              ("p", "115億800万円）。町民１人当たりでは"),
              ("p", "約53万円です。")]

    def draw(x: float, items: list, top: float) -> None:
        for i, (kind, item) in enumerate(items):
            y = top + 16 * i
            if kind == "h":
                pdf.text(x, y, item, 10, GOTHIC)
            elif kind == "p":
                pdf.text(x + 4, y, item, 9)
            elif kind == "t":
                bold = item[0] in ("会計名", "合計")
                font = GOTHIC if bold else MINCHO
                pdf.text(x + 4, y, item[0], 8.5, font)
                pdf.right(x + 178, y, item[1], 8.5, font)
                pdf.right(x + CW - 6, y, item[2], 8.5, font)
            elif kind == "r":
                pdf.text(x + 4, y, item[0], 9)
                pdf.right(x + 178, y, item[1], 9)
                pdf.right(x + CW - 4, y, item[2], 8.5)

    draw(L, left, 156)
    draw(R, right, 156)
    pdf.c.setLineWidth(0.3)
    pdf.c.line(PAGE_W / 2, PAGE_H - 145, PAGE_W / 2, PAGE_H - 520)
    pdf.center(PAGE_W / 2, PAGE_H - 24, "広報かみまち　2025.5　２", 8)
    pdf.page()
    pdf.text(40, 50, "令和７年度の主な事業", 15, GOTHIC)
    pdf.text(40, 70, "〔新規〕新たに始める事業　【拡充】内容を広げる事業　（金額は予算額）", 8.5)
    pdf.hline(40, PAGE_W - 40, 78, 1.0)
    for x, key in ((L, "left"), (R, "right")):
        top = 100
        for field, items in _KAMI_JIGYO[key]:
            pdf.text(x, top, field, 10.5, GOTHIC)
            top += 20
            for tag, name, amount, note in items:
                pdf.text(x + 2, top, f"{tag}{name}", 8.5, GOTHIC)
                pdf.right(x + CW, top, amount, 8.5, GOTHIC)
                pdf.text(x + 14, top + 13, note, 7.5)
                top += 32
            top += 8
    pdf.text(40, 560, "問合せ　総務課財政係（内線215）", 8.5)
    pdf.center(PAGE_W / 2, PAGE_H - 24, "広報かみまち　2025.5　３", 8)
    return pdf.save()


# ---------------------------------------------------------------- 2. 人口ビジョン (PDF, landscape, year columns split)

_GOSEN_YEARS = [("2020年", "（令和２年）"), ("2025年", "（令和７年）"), ("2030年", "（令和12年）"),
                ("2035年", "（令和17年）"), ("2040年", "（令和22年）"), ("2045年", "（令和27年）"),
                ("2050年", "（令和32年）"), ("2055年", "（令和37年）"), ("2060年", "（令和42年）")]
# (pattern label, rows of (label, [values per year]))
_GOSEN_P1 = [(47820, 5210, 25440, 17170, 35.9), (44960, 4630, 22890, 17440, 38.8), (41980, 4070, 20700, 17210, 41.0),
             (38930, 3580, 18650, 16700, 42.9), (35870, 3160, 16710, 16000, 44.6), (32840, 2790, 14850, 15200, 46.3),
             (29900, 2480, 13250, 14170, 47.4), (27110, 2200, 11870, 13040, 48.1), (24480, 1930, 10650, 11900, 48.6)]
_GOSEN_P2 = [(47820, 5210, 25440, 17170, 35.9), (45150, 4740, 22980, 17430, 38.6), (42640, 4430, 20980, 17230, 40.4),
             (40360, 4280, 19330, 16750, 41.5), (38420, 4230, 18050, 16140, 42.0), (36790, 4230, 17000, 15560, 42.3),
             (35420, 4210, 16300, 14910, 42.1), (34250, 4180, 15820, 14250, 41.6), (33200, 4120, 15500, 13580, 40.9)]
_GOSEN_ROWS = ["総人口", "0～14歳", "15～64歳", "65歳以上", "高齢化率（％）"]


def _gosen_table(pdf: PdfPage, top: float, first: int, last: int) -> float:
    """The 推計 table for years [first, last): no ruling line, two-line year heads, two パターン blocks."""
    label_x, col0, step = 50, 330, 95
    for k, i in enumerate(range(first, last)):
        pdf.right(col0 + step * k, top, _GOSEN_YEARS[i][0], 9, GOTHIC)
        pdf.right(col0 + 4 + step * k, top + 12, _GOSEN_YEARS[i][1], 7.5)
    pdf.right(pdf.W - 40, top - 16, "（単位：人）", 8)
    top += 32
    for title, data in (("パターン１（社人研推計準拠）", _GOSEN_P1), ("パターン２（市独自推計・将来展望）", _GOSEN_P2)):
        pdf.text(label_x - 6, top, title, 9, GOTHIC)
        top += 16
        for r, label in enumerate(_GOSEN_ROWS):
            indent = 8 if r in (0, 4) else 22
            pdf.text(label_x + indent, top, label, 9)
            for k, i in enumerate(range(first, last)):
                v = data[i][r]
                pdf.right(col0 + step * k, top, f"{v:.1f}" if r == 4 else f"{v:,}", 9)
            top += 15
        top += 8
    return top


def gosen_jinko_vision_pdf(out: Path) -> Path:
    """新潟県五泉市 人口ビジョン（令和７年３月改訂） 抜粋 (PDF, **A4 landscape**, 2 pages): 人口の現状 prose with
    figures (47,820人, 出生数218人, 死亡数742人); the パターン explanation; a 推計 table **with no ruling line at all** —
    two-line year heads (2020年 over （令和２年）), two パターン blocks of 総人口 / 0～14歳 / 15～64歳 / 65歳以上 /
    高齢化率（％）, **the year columns 2020–2040 on page 1 and 2045–2060 on page 2 under the repeated row labels**;
    目標人口 prose; a 前提となる指標 block without rules (合計特殊出生率, 純移動数 with △); 主な取組 as ・items three to
    a line."""
    pdf = PdfPage(out / "gosen_jinko_vision_r7_kaitei.pdf", title="五泉市人口ビジョン（令和7年3月改訂）",
                  author="五泉市 企画政策課", landscape=True)
    W, H = pdf.W, pdf.H
    pdf.text(40, 44, "五泉市人口ビジョン（令和７年３月改訂）　抜粋", 15, GOTHIC)
    pdf.right(W - 40, 44, "五泉市企画政策課", 8.5)
    pdf.text(40, 76, "１　人口の現状", 11, GOTHIC)
    for i, line in enumerate([
            "令和２年国勢調査による本市の人口は47,820人で、平成７年の58,960人をピークに減少が続いています。",
            "令和６年の出生数は218人、死亡数は742人で、自然減は524人でした。転出が転入を上回る社会減も年間150人前後で推移しています。",
            "特に20歳代の転出が多く、進学や就職を機に市外へ出た若者が戻らないことが、出生数の減少にもつながっています。"]):
        pdf.text(50, 94 + 14 * i, line, 9)
    pdf.text(40, 150, "２　将来人口の推計", 11, GOTHIC)
    for i, line in enumerate([
            "パターン１は国立社会保障・人口問題研究所の推計（令和５年推計）に準拠したもの、パターン２は合計特殊出生率が段階的に",
            "上昇し、純移動数が令和17年（2035年）までに均衡すると仮定した本市独自の推計です。"]):
        pdf.text(50, 168 + 14 * i, line, 9)
    top = _gosen_table(pdf, 222, 0, 5)
    pdf.right(W - 40, top + 4, "（次ページへ続く）", 8)
    pdf.center(W / 2, H - 20, "－ ３ －", 8)
    pdf.page()
    pdf.text(40, 44, "将来人口の推計（続き）", 11, GOTHIC)
    top = _gosen_table(pdf, 78, 5, 9)
    pdf.text(40, top + 10, "３　目標人口", 11, GOTHIC)
    pdf.text(50, top + 28, "パターン２の実現により、2060年（令和42年）の総人口を33,000人以上とすることを目標とします。", 9)
    top += 56
    pdf.text(40, top, "４　将来展望の前提となる指標", 11, GOTHIC)
    top += 20
    for x, head in ((60, "指標"), (330, "現状"), (480, "目標")):
        pdf.text(x, top, head, 9, GOTHIC)
    for k, (name, now, goal) in enumerate([
            ("合計特殊出生率", "1.42（2023年）", "1.80（2040年）"),
            ("純移動数（転入－転出）", "△152人（2024年）", "0人（2035年）")]):
        pdf.text(60, top + 16 * (k + 1), name, 9)
        pdf.text(330, top + 16 * (k + 1), now, 9)
        pdf.text(480, top + 16 * (k + 1), goal, 9)
    top += 62
    pdf.text(40, top, "５　人口減少対策の主な取組（第３期総合戦略に反映）", 11, GOTHIC)
    items = ["結婚新生活応援事業", "ごせん版ネウボラ推進事業", "ニット産業人材確保事業",
             "若者Ｕターン奨学金返還支援事業", "村松地区サテライトオフィス誘致事業", "川東地区移住体験住宅整備事業"]
    for k, name in enumerate(items):
        pdf.text(60 + 250 * (k % 3), top + 18 + 15 * (k // 3), f"・{name}", 9)
    pdf.center(W / 2, H - 20, "－ ４ －", 8)
    return pdf.save()


# ---------------------------------------------------------------- 3. 事務事業評価シート (XLSX, one sheet per 事業)

# dicts: sheet, 事業名, 担当課, 期間, 目的, 内容, indicators [(区分, 指標名, 単位, R3, R4, R5, R7目標)],
# costs {row: (R3決算, R4決算, R5決算, R6予算)}, 職員, 評価 [(観点, 評価, 理由)], 総合, 方向性, 改善
_HATOYAMA = [
    dict(sheet="01_外出支援", name="高齢者外出支援タクシー助成事業", ka="長寿福祉課", period="令和２年度～",
         purpose="運転免許を返納した高齢者や車を持たない高齢者の通院・買物の移動手段を確保し、閉じこもりを防ぐ。",
         content="75歳以上の町民にタクシー利用券（１枚500円、年間24枚）を交付する。",
         ind=[("活動指標", "利用券の交付者数", "人", 612, 688, 745, 850),
              ("成果指標", "利用券の利用率", "％", 58.2, 63.5, 67.9, 75.0),
              ("成果指標", "外出の機会が増えたと答えた利用者の割合", "％", 71.0, 74.3, 76.8, 80.0)],
         cost={"事業費": (6_420, 7_310, 8_125, 9_600), "うち国・県支出金": (0, 0, 0, 0),
               "うちその他": (0, 0, 0, 0), "うち一般財源": (6_420, 7_310, 8_125, 9_600)},
         staff=(0.5, 0.5, 0.5, 0.5),
         hyoka=[("必要性", "Ａ", "路線バスの減便が続き、移動手段の確保は急務である。"),
                ("有効性", "Ａ", "利用率・満足度とも上昇している。"),
                ("効率性", "Ｂ", "利用券の印刷・郵送に事務費がかかっている。")],
         total="Ａ", way="拡充", kaizen="令和７年度から対象を70歳以上に広げ、利用券をアプリでも使えるようにする。"),
    dict(sheet="02_空き家バンク", name="鳩山ニュータウン空き家バンク事業", ka="政策財政課", period="平成30年度～",
         purpose="鳩山ニュータウンの空き家を若い世代に引き継ぎ、住宅地の活力を保つ。",
         content="空き家の登録・紹介と、購入者へのリフォーム費補助（上限50万円）を行う。",
         ind=[("活動指標", "空き家バンク登録件数", "件", 14, 19, 22, 30),
              ("成果指標", "空き家バンクによる成約件数", "件", 6, 9, 11, 15)],
         cost={"事業費": (3_180, 4_260, 5_140, 6_500), "うち国・県支出金": (1_000, 1_500, 2_000, 2_500),
               "うちその他": (0, 0, 0, 0), "うち一般財源": (2_180, 2_760, 3_140, 4_000)},
         staff=(0.8, 0.8, 1.0, 1.0),
         hyoka=[("必要性", "Ａ", "ニュータウンの高齢化率は50％を超え、空き家が増えている。"),
                ("有効性", "Ｂ", "成約は増えているが、登録物件の掘り起こしが不十分。"),
                ("効率性", "Ｂ", "宅建協会との協定で紹介業務を分担している。")],
         total="Ｂ", way="改善",
         kaizen="所有者向けの相続・売却相談会を年２回開き、登録件数を増やす。今宿地区など既存集落の空き家も対象に加える。"),
    dict(sheet="03_子ども食堂", name="子ども食堂運営支援事業", ka="子育て支援課", period="令和３年度～",
         purpose="子どもが安心して過ごせる居場所をつくり、食を通じた見守りを行う。",
         content="子ども食堂を運営する団体に、食材費・会場費の補助（１団体年額30万円まで）を行う。",
         ind=[("活動指標", "補助団体数", "団体", 2, 3, 4, 6),
              ("成果指標", "子ども食堂の延べ利用者数", "人", 640, 1_120, 1_580, 2_400)],
         cost={"事業費": (600, 900, 1_200, 1_800), "うち国・県支出金": (300, 450, 600, 900),
               "うちその他": (0, 0, 0, 0), "うち一般財源": (300, 450, 600, 900)},
         staff=(0.2, 0.2, 0.3, 0.3),
         hyoka=[("必要性", "Ａ", "ひとり親家庭の子どもの居場所づくりの要望が多い。"),
                ("有効性", "Ａ", "利用者数は２年で約2.5倍に増えた。"),
                ("効率性", "Ａ", "ボランティアの協力で少ない経費で運営されている。")],
         total="Ａ", way="拡充", kaizen="未設置の地区での立ち上げを支援し、令和７年度までに６団体とする。"),
    dict(sheet="04_遊休農地", name="遊休農地解消対策事業", ka="産業振興課", period="平成28年度～",
         purpose="遊休農地の発生を防ぎ、農地を次の担い手につなぐ。",
         content="遊休農地を再生して貸し付ける所有者・耕作者に、再生作業費（10ａ当たり３万円）を補助する。",
         ind=[("活動指標", "再生作業の補助面積", "ａ", 84, 102, 96, 120),
              ("成果指標", "町内の遊休農地面積", "ha", 41.6, 40.2, 39.5, 36.0)],
         cost={"事業費": (2_520, 3_060, 2_880, 3_600), "うち国・県支出金": (1_260, 1_530, 1_440, 1_800),
               "うちその他": (0, 0, 0, 0), "うち一般財源": (1_260, 1_530, 1_440, 1_800)},
         staff=(0.5, 0.5, 0.5, 0.5),
         hyoka=[("必要性", "Ａ", "農業者の高齢化で遊休農地が増えるおそれがある。"),
                ("有効性", "Ｂ", "遊休農地面積は減っているが、目標には届いていない。"),
                ("効率性", "Ｂ", "農業委員会の利用状況調査と連携している。")],
         total="Ｂ", way="継続", kaizen="農地中間管理機構を通じた貸付けを進める。"),
    dict(sheet="05_健康ポイント", name="町民健康ポイント事業", ka="健康づくり課", period="令和元年度～",
         purpose="町民が楽しみながら健康づくりに取り組むきっかけをつくる。",
         content="健診受診やウォーキングにポイントを付与し、貯まったポイントを町内商品券と交換する。",
         ind=[("活動指標", "参加登録者数", "人", 1_020, 980, 905, 1_500),
              ("成果指標", "特定健診の受診率", "％", 41.3, 42.0, 41.7, 50.0)],
         cost={"事業費": (4_350, 4_180, 3_960, 2_400), "うち国・県支出金": (2_175, 2_090, 1_980, 1_200),
               "うちその他": (0, 0, 0, 0), "うち一般財源": (2_175, 2_090, 1_980, 1_200)},
         staff=(0.6, 0.6, 0.6, 0.4),
         hyoka=[("必要性", "Ｂ", "健康づくりの動機付けとして一定の意義がある。"),
                ("有効性", "Ｃ", "参加者が減り、受診率も伸びていない。"),
                ("効率性", "Ｃ", "商品券の交換事務に手間がかかっている。")],
         total="Ｃ", way="縮小", kaizen="県のアプリ事業に参加し、町独自のポイント付与は健診受診分に絞る。"),
    dict(sheet="06_施設予約", name="公共施設予約システム運用事業", ka="総務課", period="平成26年度～",
         purpose="公民館・体育施設の空き状況の確認と予約をインターネットでできるようにする。",
         content="公共施設予約システムの保守・運用を行う。",
         ind=[("活動指標", "予約システムの対象施設数", "施設", 12, 12, 12, 12),
              ("成果指標", "インターネット予約の割合", "％", 18.4, 19.1, 17.6, 40.0)],
         cost={"事業費": (2_970, 2_970, 3_080, 3_080), "うち国・県支出金": (0, 0, 0, 0),
               "うちその他": (0, 0, 0, 0), "うち一般財源": (2_970, 2_970, 3_080, 3_080)},
         staff=(0.3, 0.3, 0.3, 0.3),
         hyoka=[("必要性", "Ｂ", "窓口・電話での予約が８割を超えている。"),
                ("有効性", "Ｃ", "インターネット予約の割合が伸びていない。"),
                ("効率性", "Ｃ", "利用件数に比べて保守費用が高い。")],
         total="Ｃ", way="廃止",
         kaizen="令和７年度末で独自システムを廃止し、県の共同利用型施設予約サービスに移行する。"),
]
_WAYS = ["拡充", "継続", "改善", "縮小", "廃止"]


def hatoyama_jimu_jigyo_hyoka_xlsx(out: Path) -> Path:
    """埼玉県鳩山町 令和６年度 事務事業評価シート（令和５年度実施事業） (XLSX, 7 sheets): sheet 評価結果一覧 — No.｜
    事業名｜担当課｜令和５年度決算額（千円）｜総合評価｜今後の方向性; then **one form sheet per 事業**: merged title,
    label/value cells merged across the form, an 指標 block **(区分 merged down, 実績 merged over 令和３年度｜令和４年度｜
    令和５年度, then 目標／令和７年度)**, a 事業費 block 令和３年度決算｜令和４年度決算｜令和５年度決算｜令和６年度予算 in
    千円 (#,##0) with 従事職員数 (0.0), 必要性/有効性/効率性 Ａ～Ｃ with reasons, 総合評価 and **今後の方向性 as one
    cell of ■/□ boxes** (■ is the one chosen)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    wb = Workbook()
    shade = PatternFill("solid", fgColor="DDEBF7")
    thin = Side(style="thin")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(vertical="center", wrap_text=True)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    ws = wb.active
    ws.title = "評価結果一覧"
    ws["A1"] = "令和６年度　事務事業評価結果一覧（令和５年度実施事業）"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:F1")
    for col, width in zip("ABCDEF", (5, 36, 14, 16, 10, 13)):
        ws.column_dimensions[col].width = width
    for col, head in zip("ABCDEF", ("No.", "事業名", "担当課", "令和５年度決算額（千円）", "総合評価", "今後の方向性")):
        ws[f"{col}3"] = head
        ws[f"{col}3"].fill, ws[f"{col}3"].alignment, ws[f"{col}3"].font = shade, center, Font(bold=True)
    for i, j in enumerate(_HATOYAMA, start=1):
        r = 3 + i
        ws[f"A{r}"], ws[f"B{r}"], ws[f"C{r}"] = i, j["name"], j["ka"]
        ws[f"D{r}"] = j["cost"]["事業費"][2]
        ws[f"D{r}"].number_format = "#,##0"
        ws[f"E{r}"], ws[f"F{r}"] = j["total"], j["way"]
        for col in "EF":
            ws[f"{col}{r}"].alignment = center
    r = 4 + len(_HATOYAMA) + 1
    ws[f"A{r}"] = "総合評価　Ａ：順調　Ｂ：概ね順調　Ｃ：見直しが必要"
    ws[f"A{r + 1}"] = "個別の評価内容は各事業のシートをご覧ください。"

    for j in _HATOYAMA:
        ws = wb.create_sheet(j["sheet"])
        for col, width in zip("ABCDEFGH", (14, 16, 20, 8, 13, 13, 13, 14)):
            ws.column_dimensions[col].width = width
        ws["A1"] = "事務事業評価シート（令和５年度実施事業）"
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:H1")
        ws["H2"] = "鳩山町"

        def label(cell: str, text: str) -> None:
            ws[cell] = text
            ws[cell].fill, ws[cell].font, ws[cell].alignment = shade, Font(bold=True), center

        label("A3", "事業名")
        ws["B3"] = j["name"]
        ws.merge_cells("B3:E3")
        label("F3", "担当課")
        ws["G3"] = j["ka"]
        ws.merge_cells("G3:H3")
        label("A4", "事業期間")
        ws["B4"] = j["period"]
        ws.merge_cells("B4:E4")
        label("F4", "会計区分")
        ws["G4"] = "一般会計"
        ws.merge_cells("G4:H4")
        label("A5", "事業の目的")
        ws["B5"] = j["purpose"]
        ws.merge_cells("B5:H5")
        label("A6", "事業の内容")
        ws["B6"] = j["content"]
        ws.merge_cells("B6:H6")
        for rr in (5, 6):
            ws[f"B{rr}"].alignment = wrap
            ws.row_dimensions[rr].height = 32
        # 指標 block: two header rows
        label("A8", "区分")
        ws.merge_cells("A8:A9")
        label("B8", "指標名")
        ws.merge_cells("B8:C9")
        label("D8", "単位")
        ws.merge_cells("D8:D9")
        label("E8", "実績")
        ws.merge_cells("E8:G8")
        for col, head in zip("EFG", ("令和３年度", "令和４年度", "令和５年度")):
            label(f"{col}9", head)
        label("H8", "目標")
        label("H9", "令和７年度")
        r = 10
        kinds: dict[str, list[int]] = {}
        for kind, name, unit, *vals in j["ind"]:
            kinds.setdefault(kind, []).append(r)
            ws[f"B{r}"], ws[f"D{r}"] = name, unit
            ws.merge_cells(f"B{r}:C{r}")
            ws[f"B{r}"].alignment = wrap
            for col, v in zip("EFGH", vals):
                ws[f"{col}{r}"] = v
                ws[f"{col}{r}"].number_format = "#,##0.0" if isinstance(v, float) else "#,##0"
            r += 1
        for kind, rows in kinds.items():
            label(f"A{rows[0]}", kind)
            if len(rows) > 1:
                ws.merge_cells(f"A{rows[0]}:A{rows[-1]}")
        r += 1
        # 事業費 block
        label(f"A{r}", "事業費（単位：千円）")
        ws.merge_cells(f"A{r}:D{r}")
        for col, head in zip("EFGH", ("令和３年度決算", "令和４年度決算", "令和５年度決算", "令和６年度予算")):
            label(f"{col}{r}", head)
        r += 1
        for row_name, vals in j["cost"].items():
            ws[f"A{r}"] = row_name
            ws.merge_cells(f"A{r}:D{r}")
            for col, v in zip("EFGH", vals):
                ws[f"{col}{r}"] = v
                ws[f"{col}{r}"].number_format = "#,##0"
            r += 1
        ws[f"A{r}"] = "従事職員数（人）"
        ws.merge_cells(f"A{r}:D{r}")
        for col, v in zip("EFGH", j["staff"]):
            ws[f"{col}{r}"] = v
            ws[f"{col}{r}"].number_format = "0.0"
        r += 2
        # 評価
        label(f"A{r}", "評価の観点")
        label(f"B{r}", "評価")
        label(f"C{r}", "評価の理由")
        ws.merge_cells(f"C{r}:H{r}")
        r += 1
        for point, mark, why in j["hyoka"]:
            ws[f"A{r}"], ws[f"B{r}"], ws[f"C{r}"] = point, mark, why
            ws[f"B{r}"].alignment = center
            ws.merge_cells(f"C{r}:H{r}")
            r += 1
        label(f"A{r}", "総合評価")
        ws[f"B{r}"] = j["total"]
        ws[f"B{r}"].alignment = center
        ws[f"C{r}"] = "Ａ：順調　Ｂ：概ね順調　Ｃ：見直しが必要"
        ws.merge_cells(f"C{r}:H{r}")
        r += 1
        label(f"A{r}", "今後の方向性")
        ws[f"B{r}"] = "　".join(("■" if w == j["way"] else "□") + w for w in _WAYS)
        ws.merge_cells(f"B{r}:H{r}")
        r += 1
        label(f"A{r}", "改善の内容・今後の取組")
        ws[f"B{r}"] = j["kaizen"]
        ws[f"B{r}"].alignment = wrap
        ws.merge_cells(f"B{r}:H{r}")
        ws.row_dimensions[r].height = 32
        for row in ws.iter_rows(min_row=3, max_row=r, max_col=8):
            for cell in row:
                cell.border = grid
    path = out / "hatoyama_r6_jimu_jigyo_hyoka_sheet.xlsx"
    wb.properties.title = "令和6年度 鳩山町事務事業評価シート"
    wb.properties.creator = "鳩山町 政策財政課"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 4. 教育振興基本計画 (DOCX, merged two-row header)

# (基本目標, [(指標, 単位, 現状値 R5, 中間 R9, 最終 R11)])
_KAWABA_KPI = [
    ("基本目標１　確かな学力を育む", [
        ("「授業がよく分かる」と答えた児童生徒の割合", "％", "78.4", "82.0", "85.0"),
        ("家庭学習を１日30分以上する児童の割合（小学生）", "％", "61.2", "70.0", "75.0"),
        ("英語検定３級以上相当の力がある中学３年生の割合", "％", "42.9", "50.0", "55.0"),
    ]),
    ("基本目標２　豊かな心と健やかな体を育む", [
        ("不登校児童生徒数", "人", "6", "4", "3"),
        ("体力テストの総合評価がＡ・Ｂの児童生徒の割合", "％", "55.7", "58.0", "60.0"),
    ]),
    ("基本目標３　生涯を通じて学び続ける村をつくる", [
        ("村民１人当たりの図書貸出冊数", "冊", "4.8", "5.5", "6.0"),
        ("公民館講座の延べ参加者数", "人", "1,840", "2,000", "2,200"),
    ]),
]
# (基本目標, [(施策, [bullets])])
_KAWABA_SHISAKU = [
    ("基本目標１　確かな学力を育む", [
        ("施策１　学びの基礎・基本の定着", [
            "◎〔新規〕一人一台端末を使った家庭学習支援",
            "○少人数指導・習熟度別指導の充実",
            "○村独自の学力調査の実施と授業改善",
        ]),
        ("施策２　ふるさと川場を学ぶ教育", [
            "◎小中一貫の「ふるさと学習」カリキュラムの作成",
            "○農業体験・りんご栽培体験の継続",
            "○〔新規〕外国語指導助手による小学校低学年の英語活動",
        ]),
    ]),
    ("基本目標２　豊かな心と健やかな体を育む", [
        ("施策３　いじめ・不登校への対応", [
            "◎〔新規〕校内教育支援センター（学びの部屋）の設置",
            "○スクールカウンセラー・スクールソーシャルワーカーの配置",
        ]),
        ("施策４　体力づくりと食育", [
            "○武尊山登山・スキー教室の実施",
            "○地場産食材を使った給食の提供（地場産物使用率60％以上）",
        ]),
    ]),
    ("基本目標３　生涯を通じて学び続ける村をつくる", [
        ("施策５　生涯学習の推進", [
            "◎〔新規〕図書室の蔵書電子化と電子書籍貸出サービス",
            "○公民館講座・村民大学の開催",
            "○文化財の保存と活用",
        ]),
    ]),
]


def kawaba_kyoiku_shinko_kihon_keikaku_docx(out: Path) -> Path:
    """群馬県川場村 第３期教育振興基本計画（令和７年度～令和11年度） (DOCX): Title; Heading 1 per 章; 基本理念 and
    現状 paragraphs with figures; 課題 as List Bullet; a 学力調査 result table 教科｜川場村｜群馬県｜全国 (平均正答率 ％ in
    the caption only); per 基本目標 (Heading 2) and 施策 (Heading 3) **List Bullet paragraphs starting ◎ or ○, some
    followed by 〔新規〕**, the legend as a paragraph; 第４章 a 成果指標 table **whose header is two rows — 指標 and 単位
    merged down, 現状値 over 令和５年度, 目標値 merged across 中間（令和９年度）｜最終（令和11年度）** — with 基本目標
    band rows merged across all five columns and the unit in a column of its own."""
    import docx
    doc = docx.Document()
    doc.core_properties.title = "第3期川場村教育振興基本計画"
    doc.core_properties.author = "川場村教育委員会"
    doc.add_heading("第３期川場村教育振興基本計画（令和７年度～令和11年度）", level=0)
    doc.add_paragraph("令和７年３月　川場村教育委員会")
    doc.add_heading("第１章　計画の基本的な考え方", level=1)
    doc.add_paragraph("基本理念　「ふるさとを愛し、未来を切り拓く川場の子ども」")
    doc.add_paragraph("この計画は、教育基本法第17条第２項に基づく本村の教育の振興のための施策に関する基本的な計画です。"
                      "村の豊かな自然と人のつながりを生かし、子どもから大人まで誰もが学び続けられる村をめざします。")
    doc.add_heading("第２章　教育の現状と課題", level=1)
    doc.add_paragraph("令和６年５月１日現在、村内の小学校の児童数は142人、中学校の生徒数は79人です。児童生徒数は"
                      "10年前に比べて約２割減少し、小学校では複式学級の編制が見込まれる学年もあります。")
    t = doc.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    for c, head in enumerate(("学年・教科", "川場村", "群馬県", "全国")):
        t.cell(0, c).text = head
    for r, row in enumerate([("小学６年・国語", "68.4", "67", "67.7"), ("小学６年・算数", "61.9", "63", "63.4"),
                             ("中学３年・国語", "59.3", "58", "58.1"), ("中学３年・数学", "49.2", "52", "52.5")],
                            start=1):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    doc.add_paragraph("表　全国学力・学習状況調査の結果（令和６年度、平均正答率　単位：％）")
    doc.add_paragraph("これらの状況から、本村の教育の課題を次のように整理しました。")
    for s in ["中学校の数学で全国平均を下回っており、学年が上がるにつれて学力の差が広がっている",
              "家庭での学習習慣が身についていない児童が約４割いる",
              "不登校やその傾向のある児童生徒が増えている",
              "公民館講座の参加者が固定化し、若い世代の参加が少ない"]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_heading("第３章　施策の展開", level=1)
    doc.add_paragraph("◎：重点的に取り組む施策　○：継続して取り組む施策　〔新規〕：この計画から新たに取り組む施策")
    for goal, measures in _KAWABA_SHISAKU:
        doc.add_heading(goal, level=2)
        for title, bullets in measures:
            doc.add_heading(title, level=3)
            for s in bullets:
                doc.add_paragraph(s, style="List Bullet")
    doc.add_heading("第４章　成果指標", level=1)
    n = 2 + sum(1 + len(rows) for _, rows in _KAWABA_KPI)
    t = doc.add_table(rows=n, cols=5)
    t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(1, 0))
    a.text = "指標"
    b = t.cell(0, 1).merge(t.cell(1, 1))
    b.text = "単位"
    t.cell(0, 2).text = "現状値"
    t.cell(1, 2).text = "令和５年度"
    m = t.cell(0, 3).merge(t.cell(0, 4))
    m.text = "目標値"
    t.cell(1, 3).text = "中間（令和９年度）"
    t.cell(1, 4).text = "最終（令和11年度）"
    r = 2
    for goal, rows in _KAWABA_KPI:
        band = t.cell(r, 0).merge(t.cell(r, 4))
        band.text = goal
        r += 1
        for row in rows:
            for c, v in enumerate(row):
                t.cell(r, c).text = v
            r += 1
    doc.add_paragraph("成果指標は毎年度、教育委員会の点検・評価で進み具合を確認し、村のホームページで公表します。")
    path = out / "kawaba_dai3ki_kyoiku_shinko_kihon_keikaku.docx"
    doc.save(str(path))
    return path


# ---------------------------------------------------------------- 5. 公共施設等総合管理計画 (CSV, CP932, two-row header)

_SHIWA_CSV = """\
紫波町公共施設等総合管理計画（令和７年３月改訂）　施設類型別の現状と目標,,,,,,,,
（面積の単位：㎡）,,,,,,,,
大分類,中分類,現状（令和５年度末）,,,目標（令和17年度末）,,主な施設,基本方針
,,施設数,延床面積,うち築30年以上,延床面積,削減率（％）,,
学校教育系施設,小学校,8,"31,240","22,180","25,600",18.1,－,児童数の推移を見ながら統合・複合化を検討する
,中学校,3,"18,960","9,870","16,200",14.6,－,長寿命化改修を計画的に行う
市民文化系施設,公民館・集会施設,14,"9,850","6,120","7,400",24.9,日詰地域交流館・古館ふれあいセンター・佐比内地区集会所,地区集会所は地元への譲渡を進める
,文化施設,1,"4,320",0,"4,320",0.0,彦部文化会館,維持
スポーツ・レクリエーション系施設,スポーツ施設,7,"12,680","8,410","10,100",20.3,日詰総合体育館・古館屋内ゲートボール場・町営彦部プール,プールは令和10年度までに廃止する
子育て支援施設,保育所・児童館,9,"6,540","2,980","6,540",0.0,古館児童館・佐比内へき地保育所,保育所の民間移管を進める（延床面積は維持）
保健・福祉施設,高齢福祉施設,3,"3,210","2,450","2,200",31.5,日詰老人福祉センター,民間事業者への貸付けまたは廃止
行政系施設,庁舎等,4,"11,870","1,930","11,370",4.2,紫波町役場本庁舎・古館出張所,出張所は地域交流館へ複合化する
公営住宅,町営住宅,12,"24,300","15,760","19,400",20.2,町営日詰団地・町営彦部団地,耐用年数を過ぎた団地は建替えずに用途廃止
合計,,61,"122,970","69,700","103,130",16.1,,
※削減率は、令和５年度末の延床面積に対する令和17年度末までの削減の割合です。,,,,,,,,
※現在の施設をすべて同じ規模で更新した場合の費用は、今後40年間で総額486億円（１年当たり12.2億円）と試算しています。,,,,,,,,
※道路・橋りょう・上水道などのインフラ施設は、別表で管理しています。,,,,,,,,
"""


def shiwa_koukyou_shisetsu_csv(out: Path) -> Path:
    """岩手県紫波町 公共施設等総合管理計画（令和７年３月改訂） 施設類型別の現状と目標 (CSV, **CP932**, CRLF): a title
    row and a unit row padded with commas; **a two-row header — 現状（令和５年度末） over 施設数｜延床面積｜うち築30年以上
    and 目標（令和17年度末） over 延床面積｜削減率（％）, the span as empty cells**; the 大分類 printed only on the first
    row of its group; **several 施設 names in one 主な施設 cell joined by ・**; quoted amounts with thousands
    separators; a 合計 row; ※ note rows (削減率 basis, 更新費用 in 億円, インフラ in 別表)."""
    return write_text(out / "shiwa_koukyou_shisetsu_ruikeibetsu_mokuhyou.csv", _SHIWA_CSV, encoding="cp932", crlf=True)


# ---------------------------------------------------------------- 6. 総合戦略 効果検証 (plain text, UTF-8, CRLF)

_OKURA_TXT = """\
第２期大蔵村まち・ひと・しごと創生総合戦略　効果検証シート（令和６年度実績）

令和７年８月　大蔵村総合戦略推進会議　資料２
大蔵村総務課企画係

【評価の基準】
　Ａ：目標を達成した（達成率100％以上）
　Ｂ：概ね順調（達成率80％以上100％未満）
　Ｃ：遅れている（達成率50％以上80％未満）
　Ｄ：大幅に遅れている（達成率50％未満）
　事業名の前の ◎ は重点事業、○ はその他の事業です。事業費は令和６年度の決算額です。

【評価の集計】
　数値目標・ＫＰＩ　計８指標のうち　Ａ：２指標　Ｂ：４指標　Ｃ：２指標　Ｄ：０指標

======================================================================
基本目標１　村の資源を生かした仕事をつくる
======================================================================
＜数値目標＞
　指標名　　：村内の新規起業・事業承継件数（累計）
　基準値　　：２件（令和元年度）
　目標値　　：10件（令和６年度）
　実績値　　：７件（令和６年度）
　達成率　　：70.0％
　評価　　　：Ｃ

＜ＫＰＩ＞
　指標名　　：肘折温泉の年間宿泊者数
　基準値　　：38,400人（令和元年度）
　目標値　　：42,000人（令和６年度）
　実績値　　：35,900人（令和６年度）
　達成率　　：85.5％
　評価　　　：Ｂ

＜具体的な施策と主な事業＞
（１）肘折温泉の魅力向上
　　◎湯治文化体験プログラム造成事業　　　　事業費　3,240千円　評価Ｂ
　　○温泉街空き店舗活用支援事業　　　　　　事業費　1,800千円　評価Ｃ
（２）農林業の担い手確保
　　◎そば・山菜ブランド化推進事業　　　　　事業費　2,650千円　評価Ａ
　　○地域おこし協力隊（農業）活動事業　　　事業費　7,920千円　評価Ｂ

＜推進会議の意見＞
　・温泉街の空き店舗は所有者の意向確認が進んでおらず、活用につながっていない。
　・そばと山菜は県外での評価が高く、ふるさと納税の返礼品としても伸ばせる。

＜今後の方向性＞
　宿泊者数は回復しつつあるが、起業・事業承継は目標に届いていない。商工会と連携して
　事業承継の相談窓口を設け、温泉街の空き店舗を貸したい所有者と出店希望者をつなぐ。

======================================================================
基本目標２　大蔵村への新しい人の流れをつくる
======================================================================
＜数値目標＞
　指標名　　：転入者数（年間）
　基準値　　：46人（令和元年度）
　目標値　　：60人（令和６年度）
　実績値　　：63人（令和６年度）
　達成率　　：105.0％
　評価　　　：Ａ

＜ＫＰＩ＞
　指標名　　：移住相談件数（年間）
　基準値　　：18件（令和元年度）
　目標値　　：40件（令和６年度）
　実績値　　：52件（令和６年度）
　達成率　　：130.0％
　評価　　　：Ａ

＜具体的な施策と主な事業＞
（１）移住・定住の促進
　　◎空き家改修支援事業　　　　　　　　　　事業費　6,000千円　評価Ａ
　　○お試し住宅運営事業　　　　　　　　　　事業費　1,150千円　評価Ａ
（２）関係人口の創出
　　○ふるさと大蔵応援団事業　　　　　　　　事業費　  480千円　評価Ｂ
　　◎山村留学受入事業　　　　　　　　　　　事業費　4,360千円　評価Ｂ

＜推進会議の意見＞
　・移住相談は首都圏のフェアからの問合せが多く、オンライン相談も定着した。
　・山村留学の受入家庭が不足しており、受入家庭への支援の拡充が必要である。

＜今後の方向性＞
　目標を上回ったため、空き家改修支援を継続し、山村留学の受入家庭を増やす。

======================================================================
基本目標３　結婚・出産・子育ての希望をかなえる
======================================================================
＜数値目標＞
　指標名　　：出生数（年間）
　基準値　　：14人（令和元年度）
　目標値　　：15人（令和６年度）
　実績値　　：９人（令和６年度）
　達成率　　：60.0％
　評価　　　：Ｃ

＜ＫＰＩ＞
　指標名　　：子育て支援に満足している保護者の割合
　基準値　　：58.3％（令和元年度）
　目標値　　：70.0％（令和６年度）
　実績値　　：66.1％（令和６年度）
　達成率　　：94.4％
　評価　　　：Ｂ

＜具体的な施策と主な事業＞
（１）出産・子育ての支援
　　◎出産祝金支給事業　　　　　　　　　　　事業費　2,700千円　評価Ｂ
　　○保育料完全無償化事業　　　　　　　　　事業費　5,880千円　評価Ａ
（２）結婚の支援
　　○結婚新生活支援事業　　　　　　　　　　事業費　  900千円　評価Ｃ

＜推進会議の意見＞
　・出生数の減少は若い世代の人口そのものが減っていることが大きい。
　・結婚新生活支援事業は制度が知られておらず、申請が１件にとどまった。

＜今後の方向性＞
　出生数は目標を大きく下回った。保育料の無償化など子育ての負担軽減は満足度の向上につながっており、
　今後は若い世代の住まいの確保と、出会いの場づくりを一体的に進める。

======================================================================
基本目標４　安心して住み続けられる村をつくる
======================================================================
＜数値目標＞
　指標名　　：「住み続けたい」と答えた村民の割合
　基準値　　：71.2％（令和元年度）
　目標値　　：80.0％（令和６年度）
　実績値　　：74.6％（令和６年度）
　達成率　　：93.3％
　評価　　　：Ｂ

＜ＫＰＩ＞
　指標名　　：デマンド交通の年間利用者数
　基準値　　：3,120人（令和元年度）
　目標値　　：4,000人（令和６年度）
　実績値　　：3,480人（令和６年度）
　達成率　　：87.0％
　評価　　　：Ｂ

＜具体的な施策と主な事業＞
（１）暮らしを支える仕組みづくり
　　◎デマンド交通運行事業　　　　　　　　　事業費 12,400千円　評価Ｂ
　　○雪下ろし支援事業　　　　　　　　　　　事業費　3,600千円　評価Ａ
　　◎小さな拠点（清水地区）整備事業　　　　事業費 18,500千円　評価Ｃ

＜推進会議の意見＞
　・小さな拠点の整備は用地の調整に時間がかかり、工事が翌年度に繰り越された。

＜今後の方向性＞
　第３期総合戦略（令和８年度～）の策定に向け、村民アンケートの結果を踏まえて指標を見直す。
"""


def okura_sougou_senryaku_kouka_kensho_txt(out: Path) -> Path:
    """山形県大蔵村 第２期まち・ひと・しごと創生総合戦略 効果検証シート（令和６年度実績） (plain text, UTF-8, CRLF):
    a 評価の基準 legend Ａ～Ｄ with 達成率 bands and the ◎/○ legend; an 評価の集計 line; per 基本目標 between ＝ rules,
    **label：value blocks** (指標名／基準値／目標値／実績値／達成率／評価, full-width digits, the year in parentheses
    after each value) for the 数値目標 and a ＫＰＩ; 事業 lines `◎name　事業費　3,240千円　評価Ｂ` aligned with
    full-width spaces under numbered 施策; 推進会議の意見 bullets; 今後の方向性 prose hard-wrapped."""
    return write_text(out / "okura_dai2ki_sougou_senryaku_kouka_kensho_r6.txt", _OKURA_TXT, crlf=True)


def make_all(out_dir: Path) -> list[Path]:
    """Write every document of the sixteenth blind set into `out_dir` (created if missing) and return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [
        kami_kouhou_yosan_tokushu_pdf(out_dir),
        gosen_jinko_vision_pdf(out_dir),
        hatoyama_jimu_jigyo_hyoka_xlsx(out_dir),
        kawaba_kyoiku_shinko_kihon_keikaku_docx(out_dir),
        shiwa_koukyou_shisetsu_csv(out_dir),
        okura_sougou_senryaku_kouka_kensho_txt(out_dir),
    ]
