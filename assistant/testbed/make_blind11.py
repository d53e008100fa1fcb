"""Eleventh blind fixture set: eight documents in layouts nobody tuned the extractor to, answers written by hand.

`make_all(out_dir)` writes eight documents of Japanese local-government kinds no earlier set used (a 当初予算の概要
PDF whose 重点施策 items carry drawn 新規/拡充 badges and right-aligned amounts with the previous year beside them; a
地域福祉計画 PDF in A4 landscape whose 取組 stand in three columns by 主体 — 市民・地域・行政; a 国土強靱化地域計画
workbook whose 主な事業 cells hold several names; an 教育委員会 点検・評価報告書 PDF whose tables are drawn without
any ruling line; a 産業振興ビジョン KPI workbook with 中間/最終 targets; a 地球温暖化対策実行計画 web page; a 個別施設
計画 CSV in CP932; an 環境基本計画 年次報告書 in Word) into `out_dir` and returns their paths. The municipalities are
real (近畿・中国・四国・九州・沖縄) and were used by no earlier set; every figure, name and sentence is invented. The
expected answers in `questions.jsonl` were written by hand from the text below, without reading or running the
extractor. Binary formats are generated here, never committed.
"""
from __future__ import annotations

from pathlib import Path

from assistant.testbed.documents import GOTHIC, PAGE_H, PAGE_W, PdfPage, amount_text, column_lefts, write_text


# ---------------------------------------------------------------- 1. 当初予算の概要 (PDF, badges)

_KAMI_ACCOUNTS = [("一般会計", 17_862_000, 17_415_000, "2.6"),
                  ("国民健康保険事業特別会計", 2_684_300, 2_731_900, "△1.7"),
                  ("介護保険事業特別会計", 3_215_800, 3_198_400, "0.5"),
                  ("後期高齢者医療事業特別会計", 512_600, 498_700, "2.8"),
                  ("水道事業会計", 1_946_200, 1_872_500, "3.9")]

# (重点 heading, [(badge or "", name, amount 千円, previous year 千円 or None, 担当課, description)])
_KAMI_FOCUS = [
    ("重点１　ふるさとへの移住・定住を進める", [
        ("新規", "香美町ＵＩターン奨学金返還支援事業", 8_400, None, "企画課",
         "町内に住み、町内で働く若者の奨学金の返還を年間最大２０万円支援します。"),
        ("拡充", "空き家活用リフォーム補助金", 15_000, 9_000, "企画課",
         "補助上限を１００万円から１５０万円に引き上げ、子育て世帯には３０万円を加算します。"),
        ("", "地域おこし協力隊推進事業", 62_300, 58_700, "企画課", "隊員１４人の活動と定住に向けた起業を支援します。"),
        ("新規", "村岡地区お試し住宅整備事業", 21_800, None, "企画課",
         "旧教員住宅を改修し、移住を考える人が最長６か月暮らせるお試し住宅を２戸整備します。"),
    ]),
    ("重点２　基幹産業を元気にする", [
        ("拡充", "香住ガニブランド強化事業", 12_600, 7_800, "観光商工課",
         "首都圏の飲食店との商談会を年２回から４回に増やします。"),
        ("新規", "但馬牛繁殖基盤強化事業", 9_500, None, "農林水産課", "繁殖雌牛を導入する農家に１頭当たり２０万円を補助します。"),
        ("", "漁業後継者育成支援事業", 4_200, 4_200, "農林水産課", "新たに漁業に就く人の研修期間の生活費を支援します。"),
        ("拡充", "スキー場リフト更新支援事業", 48_000, 30_000, "観光商工課", "ハチ北高原のリフト１基の更新を支援します。"),
    ]),
    ("重点３　安心して子どもを産み育てる", [
        ("新規", "出産・子育て応援ギフト事業", 18_900, None, "健康課", "出生児１人につき１０万円分の町内商品券を贈ります。"),
        ("拡充", "学校給食費無償化事業", 86_200, 51_300, "教育総務課", "無償化の対象を小学生から中学生まで広げます。"),
        ("", "病児・病後児保育事業", 7_400, 7_100, "こども未来課", "香住区の医療機関に委託して実施します。"),
    ]),
    ("重点４　災害に強いまちをつくる", [
        ("新規", "防災行政無線デジタル化事業", 312_000, None, "総務課",
         "町内全域の防災行政無線をデジタル方式に更新します（令和８年度までの２か年）。"),
        ("", "急傾斜地崩壊対策事業", 54_600, 61_200, "建設課", "小代区の２か所で崩壊防止工事を行います。"),
    ]),
]


def kami_tosho_yosan_gaiyo_pdf(out: Path) -> Path:
    """兵庫県香美町 令和7年度当初予算の概要 (PDF, portrait, 2 pages): a ruled 会計 table in 千円 (令和７年度｜令和６年度｜
    増減額｜増減率, △), then the 重点施策 as shaded bands with ■ items below — a **drawn badge 「新規」/「拡充」 at the
    left of the item** (none for 継続), the amount right-aligned 「86,200千円」 and **the previous year in parentheses
    at the right edge of the same line**, the 担当課 and a description on the next line; page 2 the 歳入 table and a
    町民１人当たり box."""
    pdf = PdfPage(out / "kami_r7_tosho_yosan_gaiyo.pdf", title="令和7年度 香美町当初予算の概要", author="香美町 総務課 財政係")
    pdf.box(40, 36, PAGE_W - 80, 34, fill=0.2)
    pdf.c.setFillGray(1)
    pdf.text(56, 59, "令和７年度　香美町当初予算の概要", 16, GOTHIC)
    pdf.c.setFillGray(0)
    pdf.right(PAGE_W - 40, 88, "令和７年２月　香美町総務課", 8.5)
    pdf.text(40, 112, "１　予算の規模", 11, GOTHIC)
    pdf.right(PAGE_W - 40, 126, "（単位：千円、％）", 8)
    cols = [175, 82, 82, 82, 94]
    xs = column_lefts(40, cols)
    top = 132
    for x, w, h in zip(xs, cols, ["会計区分", "令和７年度", "令和６年度", "増減額", "増減率"]):
        pdf.box(x, top, w, 18, fill=0.85)
        pdf.center(x + w / 2, top + 12, h, 8.5, GOTHIC)
    top += 18
    rows = [(n, amount_text(a), amount_text(b), amount_text(a - b), r) for n, a, b, r in _KAMI_ACCOUNTS]
    total_a = sum(a for _, a, _, _ in _KAMI_ACCOUNTS)
    total_b = sum(b for _, _, b, _ in _KAMI_ACCOUNTS)
    rows.append(("合　計", amount_text(total_a), amount_text(total_b), amount_text(total_a - total_b), "2.0"))
    for row in rows:
        for x, w in zip(xs, cols):
            pdf.box(x, top, w, 18)
        pdf.text(xs[0] + 5, top + 12, row[0], 8.5)
        for c in range(1, 5):
            pdf.right(xs[c] + cols[c] - 6, top + 12, row[c], 8.5)
        top += 18
    top += 26
    pdf.text(40, top, "２　重点施策と主な事業", 11, GOTHIC)
    top += 14
    pdf.text(46, top, "新規＝令和７年度から新たに取り組むもの　拡充＝内容を広げるもの　（印のないものは継続）　金額の単位は千円、（　）は前年度", 7)
    top += 10
    for n, (heading, items) in enumerate(_KAMI_FOCUS):
        if n == 2:
            pdf.center(PAGE_W / 2, PAGE_H - 24, "- 1 -", 8)
            pdf.page()
            top = 50
        pdf.box(40, top, PAGE_W - 80, 18, fill=0.8)
        pdf.text(48, top + 13, heading, 10, GOTHIC)
        top += 32
        for badge, name, amount, last, section, desc in items:
            if badge:
                pdf.box(44, top - 10, 30, 13, fill=0.35)
                pdf.c.setFillGray(1)
                pdf.text(47, top, badge, 8, GOTHIC)
                pdf.c.setFillGray(0)
            pdf.text(80, top, f"■{name}", 9.5, GOTHIC)
            pdf.right(450, top, f"{amount:,}千円", 9.5, GOTHIC)
            if last is not None:
                pdf.right(PAGE_W - 40, top, f"（{last:,}）", 8)
            pdf.text(92, top + 13, f"{desc}　【{section}】", 7.5)
            top += 32
        top += 4
    pdf.text(40, top + 14, "３　一般会計歳入の内訳", 11, GOTHIC)
    pdf.right(PAGE_W - 40, top + 28, "（単位：千円、％）", 8)
    cols = [180, 120, 90]
    xs = column_lefts(40, cols)
    top += 34
    for x, w, h in zip(xs, cols, ["区　分", "金　額", "構成比"]):
        pdf.box(x, top, w, 18, fill=0.85)
        pdf.center(x + w / 2, top + 12, h, 8.5, GOTHIC)
    top += 18
    for name, v, share in (("町税", 1_642_300, "9.2"), ("地方交付税", 8_120_000, "45.5"), ("国庫支出金", 1_486_700, "8.3"),
                           ("県支出金", 1_102_400, "6.2"), ("町債", 2_214_500, "12.4"), ("その他", 3_296_100, "18.5"),
                           ("合　計", 17_862_000, "100.0")):
        for x, w in zip(xs, cols):
            pdf.box(x, top, w, 18)
        pdf.text(xs[0] + 5, top + 12, name, 8.5)
        pdf.right(xs[1] + cols[1] - 6, top + 12, f"{v:,}", 8.5)
        pdf.right(xs[2] + cols[2] - 6, top + 12, share, 8.5)
        top += 18
    pdf.text(46, top + 13, "※構成比は端数処理のため、内訳の計が合計と一致しない場合があります。", 7)
    pdf.box(450, top - 126, PAGE_W - 490, 60)
    pdf.center(450 + (PAGE_W - 490) / 2, top - 110, "町民１人当たり", 8.5, GOTHIC)
    pdf.center(450 + (PAGE_W - 490) / 2, top - 94, "約１１４万５千円", 10, GOTHIC)
    pdf.center(450 + (PAGE_W - 490) / 2, top - 78, "（一般会計÷人口１５，６０２人）", 6.5)
    pdf.center(PAGE_W / 2, PAGE_H - 24, "- 2 -", 8)
    return pdf.save()


# ---------------------------------------------------------------- 2. 地域福祉計画 (PDF, landscape, 主体 columns)

# (基本目標, [(施策, 市民, 地域, 行政)])
_UWAJIMA = [
    ("基本目標１\n地域でつながり\n支え合う", [
        ("（１）見守り・声かけの\n輪を広げる",
         ["近所の人とあいさつを交わす", "ひとり暮らしの高齢者を気にかける"],
         ["地区見守りネットワークの運営", "ふれあいいきいきサロンの開催"],
         ["見守り協定事業者の拡大", "民生委員・児童委員の活動支援"]),
        ("（２）地域活動の担い手\nを育てる",
         ["地区の行事に参加する", "自分の得意なことを地域で生かす"],
         ["若い世代への役員の声かけ", "活動の記録と引継ぎ"],
         ["地域福祉コーディネーターの配置", "福祉ボランティア養成講座の開催"]),
    ]),
    ("基本目標２\n必要な支援に\nつながる", [
        ("（３）相談支援体制を\n充実する",
         ["困ったときは一人で悩まず相談する"],
         ["気になる世帯を民生委員につなぐ"],
         ["重層的支援体制整備事業の実施", "福祉まるごと相談窓口の開設", "ひきこもり支援ステーションの運営"]),
        ("（４）災害時の支え合い\nを進める",
         ["避難経路と避難場所を家族で確認する"],
         ["個別避難計画の作成への協力", "地区防災訓練の実施"],
         ["避難行動要支援者名簿の更新", "福祉避難所の指定拡大"]),
    ]),
    ("基本目標３\n権利を守り安心\nして暮らす", [
        ("（５）権利擁護を推進\nする",
         ["成年後見制度について知る"],
         ["消費者被害の情報を共有する"],
         ["うわじま権利擁護センターの運営", "市民後見人の養成"]),
    ]),
]


def uwajima_chiiki_fukushi_pdf(out: Path) -> Path:
    """愛媛県宇和島市 第4次地域福祉計画（令和7年度～令和11年度） 概要版 (PDF, **A4 landscape**, 2 pages): page 1 a ruled
    table 基本目標｜施策｜市民（自助）の取組｜地域（互助・共助）の取組｜行政（公助）の取組 — the 基本目標 cell spans its
    施策 rows, **each 主体 cell holds ・ items stacked**, so every printed line joins the items of three 主体; page 2
    the 課題 as numbered prose, a ruled 評価指標 table 指標｜現状値（令和５年度）｜目標値（令和11年度） and the 推進."""
    pdf = PdfPage(out / "uwajima_dai4ji_chiiki_fukushi_keikaku_gaiyo.pdf", title="第4次宇和島市地域福祉計画 概要版",
                  author="宇和島市 保健福祉部 福祉課", landscape=True)
    W, H = pdf.W, pdf.H
    pdf.text(36, 40, "第４次宇和島市地域福祉計画（令和７年度～令和11年度）　概要版", 14, GOTHIC)
    pdf.text(36, 60, "基本理念　「支え合い　誰もが安心して暮らせる　真珠のまち　宇和島」", 10)
    pdf.text(36, 80, "施策の体系と主体ごとの取組", 11, GOTHIC)
    cols = [96, 118, 190, 190, 190]
    xs = column_lefts(36, cols)
    top = 88
    for x, w, h in zip(xs, cols, ["基本目標", "施　策", "市民（自助）の取組", "地域（互助・共助）の取組", "行政（公助）の取組"]):
        pdf.box(x, top, w, 20, fill=0.8)
        pdf.center(x + w / 2, top + 13, h, 8.5, GOTHIC)
    top += 20
    step = 12
    for goal, measures in _UWAJIMA:
        heights = [step * max(2, len(a), len(b), len(c)) + 10 for _, a, b, c in measures]
        heights[-1] += max(0, step * len(goal.split("\n")) + 10 - sum(heights))
        pdf.box(xs[0], top, cols[0], sum(heights), fill=0.93)
        for i, line in enumerate(goal.split("\n")):
            pdf.text(xs[0] + 5, top + 14 + step * i, line, 8, GOTHIC)
        for (measure, *cells), height in zip(measures, heights):
            for x, w in zip(xs[1:], cols[1:]):
                pdf.box(x, top, w, height)
            for i, line in enumerate(measure.split("\n")):
                pdf.text(xs[1] + 4, top + 14 + step * i, line, 8)
            for c, items in enumerate(cells, start=2):
                for i, item in enumerate(items):
                    pdf.text(xs[c] + 5, top + 14 + step * i, f"・{item}", 8)
            top += height
    pdf.text(36, top + 16, "※行政の取組のうち、地域福祉活動計画（宇和島市社会福祉協議会）と連携して進めるものがあります。", 7.5)
    pdf.center(W / 2, H - 20, "1", 8)
    pdf.page()

    pdf.text(36, 44, "地域福祉を取り巻く課題", 11, GOTHIC)
    for i, s in enumerate([
        "① 高齢化率は令和５年に４２．１％となり、津島地区と三間地区では５割に近づいています。ひとり暮らし高齢者の見守りの担い手が不足しています。",
        "② 民生委員・児童委員の欠員が１７地区で生じており、自治会役員の高齢化とともに、地域活動の担い手の確保が課題です。",
        "③ 介護と育児、生活困窮とひきこもりなど、一つの世帯が複数の課題を抱える相談が増え、分野ごとの窓口では対応しきれなくなっています。",
        "④ 平成３０年７月豪雨の経験から、災害時に支援が必要な人の避難の備えを、平時から地域で進めておくことが求められています。",
    ]):
        pdf.text(44, 64 + 16 * i, s, 8.5)
    pdf.text(36, 148, "評価指標", 11, GOTHIC)
    cols = [330, 130, 130]
    xs = column_lefts(36, cols)
    top = 156
    for x, w, h in zip(xs, cols, ["指　標", "現状値（令和５年度）", "目標値（令和11年度）"]):
        pdf.box(x, top, w, 20, fill=0.8)
        pdf.center(x + w / 2, top + 13, h, 8.5, GOTHIC)
    top += 20
    for row in (("ふれあいいきいきサロンの数", "68か所", "80か所"),
                ("地区見守りネットワークの協力事業者数", "112事業所", "150事業所"),
                ("福祉ボランティア登録者数", "1,245人", "1,500人"),
                ("避難行動要支援者の個別避難計画の作成率", "23.4％", "60.0％"),
                ("市民後見人の登録者数", "4人", "15人")):
        for x, w in zip(xs, cols):
            pdf.box(x, top, w, 20)
        pdf.text(xs[0] + 5, top + 13, row[0], 8.5)
        pdf.right(xs[1] + cols[1] - 10, top + 13, row[1], 8.5)
        pdf.right(xs[2] + cols[2] - 10, top + 13, row[2], 8.5)
        top += 20
    pdf.text(36, top + 30, "計画の推進", 11, GOTHIC)
    for i, s in enumerate([
        "本計画は、宇和島市社会福祉協議会が策定する「第５次宇和島市地域福祉活動計画」と一体的に推進します。",
        "毎年度、地域福祉推進委員会で取組の状況を点検し、その結果を市のホームページで公表します。",
    ]):
        pdf.text(44, top + 50 + 15 * i, s, 8.5)
    pdf.center(W / 2, H - 20, "2", 8)
    return pdf.save()


# ---------------------------------------------------------------- 3. 教育委員会 点検・評価報告書 (PDF, no ruling lines)

# (No., 基本方針 printed only on the first row of its group, 事業名, 担当課, 決算額 千円, 評価)
_SUKUMO = [
    ("1", "学力の向上", "学力向上推進事業", "学校教育課", 12_480, "B"),
    ("2", "", "英語教育推進事業", "学校教育課", 8_930, "A"),
    ("3", "", "学校ＩＣＴ活用推進事業", "学校教育課", 46_210, "B"),
    ("4", "豊かな心の育成", "不登校対策支援事業", "学校教育課", 5_640, "C"),
    ("5", "", "スクールソーシャルワーカー活用事業", "学校教育課", 6_120, "B"),
    ("6", "教育環境の整備", "小学校施設長寿命化事業", "教育総務課", 184_300, "A"),
    ("7", "", "スクールバス運行事業", "教育総務課", 38_750, "B"),
    ("8", "生涯学習の推進", "公民館講座開催事業", "生涯学習課", 3_280, "C"),
    ("9", "", "宿毛歴史館企画展事業", "生涯学習課", 4_560, "A"),
    ("10", "", "市民スポーツ大会開催事業", "生涯学習課", 2_140, "B"),
]

_SUKUMO_SHEETS = [
    ("No.4　不登校対策支援事業（学校教育課）", [
        ("【目的】", "学校に行きづらい児童生徒が安心して過ごせる居場所をつくり、学習と社会的な自立を支えます。"),
        ("【成果】", "教育支援センター「すくも若草教室」の通室者は２３人で、うち７人が学校に復帰しました。"),
        ("【指標】", "通室者の学校復帰率　目標値５０．０％　実績値３０．４％"),
        ("【課題】", "小学校低学年の不登校が増えており、保護者が相談できる場が足りていません。"),
        ("【今後の方向性】", "令和７年度から保護者向けの相談会を毎月開き、オンラインでの学習支援を始めます。"),
    ]),
    ("No.6　小学校施設長寿命化事業（教育総務課）", [
        ("【目的】", "老朽化した小学校校舎を計画的に改修し、安全な学習環境を保ちます。"),
        ("【成果】", "宿毛小学校の外壁と屋上防水の改修を終え、工期内に完了しました。"),
        ("【指標】", "長寿命化改修を終えた小学校の数　目標値３校　実績値３校"),
        ("【課題】", "資材価格の上昇により、当初の計画より事業費が増えています。"),
        ("【今後の方向性】", "個別施設計画を見直し、改修の優先順位を改めて定めます。"),
    ]),
    ("No.8　公民館講座開催事業（生涯学習課）", [
        ("【目的】", "市民が身近な場所で学び、仲間づくりができる機会を提供します。"),
        ("【成果】", "講座を４２回開き、延べ６１８人が受講しました。"),
        ("【指標】", "講座の延べ受講者数　目標値９００人　実績値６１８人"),
        ("【課題】", "受講者の多くが７０歳以上で、若い世代や働く世代の参加がほとんどありません。"),
        ("【今後の方向性】", "講座の内容を見直し、休日の親子講座と夜間のスマートフォン講座を新たに設けます。"),
    ]),
]


def sukumo_tenken_hyoka_pdf(out: Path) -> Path:
    """高知県宿毛市 教育委員会の事務の点検・評価報告書（令和６年度事業分） (PDF, portrait, 2 pages): the 評価 legend,
    then a summary table **drawn without any ruling line** — columns set at fixed x positions (No.｜基本方針｜事業名｜
    担当課｜決算額（千円）｜評価), the 基本方針 printed only on the first row of its group; page 2 one block per chosen
    事業 with 【目的】【成果】【指標】【課題】【今後の方向性】 labels in a left column, and the 学識経験者の意見."""
    pdf = PdfPage(out / "sukumo_kyoiku_iinkai_tenken_hyoka_r6.pdf", title="宿毛市教育委員会 点検・評価報告書",
                  author="宿毛市教育委員会 教育総務課")
    pdf.center(PAGE_W / 2, 60, "宿毛市教育委員会の事務の点検・評価報告書", 15, GOTHIC)
    pdf.center(PAGE_W / 2, 80, "（令和６年度事業分）", 11, GOTHIC)
    pdf.right(PAGE_W - 50, 104, "令和７年８月　宿毛市教育委員会", 8.5)
    for i, s in enumerate([
        "地方教育行政の組織及び運営に関する法律第26条に基づき、令和６年度に実施した主な事業について点検及び評価を行いました。",
        "評価は次の３段階で行っています。",
        "Ａ：目標を達成し、十分な成果があった　　Ｂ：おおむね目標を達成した　　Ｃ：目標の達成が不十分であった",
    ]):
        pdf.text(50, 132 + 15 * i, s, 8.5)
    pdf.text(50, 196, "１　点検・評価の結果一覧", 11, GOTHIC)
    xs = [56, 84, 170, 340, 470, 520]
    top = 224
    heads = ["No.", "基本方針", "事業名", "担当課", "決算額（千円）", "評価"]
    for x, h in zip(xs, heads):
        if h == "決算額（千円）":
            pdf.right(496, top, h, 8.5, GOTHIC)
        else:
            pdf.text(x, top, h, 8.5, GOTHIC)
    top += 22
    for no, policy, name, section, amount, grade in _SUKUMO:
        if policy and no != "1":
            top += 8
        pdf.right(xs[0] + 12, top, no, 8.5)
        pdf.text(xs[1], top, policy, 8.5)
        pdf.text(xs[2], top, name, 8.5)
        pdf.text(xs[3], top, section, 8.5)
        pdf.right(496, top, f"{amount:,}", 8.5)
        pdf.text(xs[5] + 4, top, grade, 8.5)
        top += 18
    total = sum(r[4] for r in _SUKUMO)
    pdf.text(xs[2], top + 6, "合　計", 8.5, GOTHIC)
    pdf.right(496, top + 6, f"{total:,}", 8.5, GOTHIC)
    pdf.text(50, top + 34, "評価の内訳　Ａ　３事業　　Ｂ　５事業　　Ｃ　２事業", 8.5)
    pdf.center(PAGE_W / 2, PAGE_H - 26, "－ 1 －", 8)
    pdf.page()

    pdf.text(50, 56, "２　事業ごとの点検・評価（抜粋）", 11, GOTHIC)
    top = 82
    for title, lines in _SUKUMO_SHEETS:
        pdf.text(50, top, title, 10, GOTHIC)
        top += 18
        for label, text in lines:
            pdf.text(58, top, label, 8.5, GOTHIC)
            pdf.text(150, top, text, 8.5)
            top += 15
        top += 16
    pdf.text(50, top + 6, "３　学識経験者の意見", 11, GOTHIC)
    for i, s in enumerate([
        "不登校対策については、居場所づくりの成果が出始めている一方、学校復帰率は目標を大きく下回っている。",
        "保護者支援を強めるとともに、学校復帰だけを成果とせず、子どもの社会的な自立を測る指標を検討されたい。",
        "（学識経験者　元宿毛市立小学校長　浜田　理恵）",
    ]):
        pdf.text(58, top + 28 + 15 * i, s, 8.5)
    pdf.center(PAGE_W / 2, PAGE_H - 26, "－ 2 －", 8)
    return pdf.save()


# ---------------------------------------------------------------- 4. 国土強靱化地域計画 (XLSX, names stacked in cells)

# (目標, [(No., リスクシナリオ, 施策分野, 推進方針, [主な事業], 担当課)])
_SHIRAHAMA = [
    ("１　直接死を最大限防ぐ", [
        ("1-1", "住宅・建物の倒壊による多数の死傷者の発生", "住宅・都市",
         "昭和56年以前に建てられた木造住宅の耐震診断と耐震改修を進め、倒壊のおそれのあるブロック塀の撤去を促す。",
         ["木造住宅耐震改修補助事業", "ブロック塀等撤去支援事業"], "建設課"),
        ("1-2", "津波による多数の死者の発生", "防災・減災",
         "南海トラフ地震の津波から命を守るため、避難路と避難場所を整え、観光客を含めた避難誘導の体制をつくる。",
         ["津波避難タワー整備事業（堅田地区）", "避難路整備事業", "白良浜周辺避難誘導標識設置事業"], "防災課"),
        ("1-3", "土砂災害による多数の死傷者の発生", "国土保全",
         "土砂災害警戒区域の住民に危険を周知し、県と連携して急傾斜地の対策工事を進める。",
         ["急傾斜地崩壊対策事業", "土砂災害ハザードマップ更新事業"], "建設課"),
    ]),
    ("２　救助・救急、医療活動を迅速に行う", [
        ("2-1", "道路の寸断による集落の孤立", "交通・物流",
         "日置川地域の集落が孤立しないよう、町道の改良と、孤立した場合の通信手段の確保を進める。",
         ["町道日置川線改良事業", "孤立想定集落衛星通信設備整備事業"], "建設課、防災課"),
        ("2-2", "医療機関の被災による医療機能の麻痺", "保健・医療",
         "災害時の救護所を定め、医薬品と資機材を備える。医師会と訓練を行う。",
         ["災害拠点救護所資機材整備事業"], "健康課"),
    ]),
    ("３　行政機能を確保する", [
        ("3-1", "職員・庁舎の被災による行政機能の大幅な低下", "行政機能",
         "業務継続計画（ＢＣＰ）を見直し、庁舎の非常用電源を72時間以上動かせるように強化する。",
         ["役場庁舎非常用発電設備更新事業", "業務継続計画の見直し"], "総務課"),
    ]),
    ("４　経済活動を機能不全に陥らせない", [
        ("4-1", "観光客の帰宅困難と観光産業の停滞", "観光",
         "南紀白浜空港や宿泊施設と連携し、観光客の一時滞在と帰宅の支援を行う。被災後の風評被害を防ぐ情報発信を準備する。",
         ["観光客避難誘導マニュアルの策定", "宿泊施設防災対策支援事業"], "観光課"),
    ]),
]

# (No., 指標, 単位, 現状値, 現状値の時点, 目標値, 目標年度)
_SHIRAHAMA_KPI = [
    ("1-1", "住宅の耐震化率", "％", 78.4, "令和５年度", 95.0, "令和12年度"),
    ("1-2", "津波避難タワーの整備数", "基", 3, "令和６年度", 6, "令和12年度"),
    ("1-2", "津波避難訓練の参加者数", "人", 2_860, "令和５年度", 4_000, "令和12年度"),
    ("1-3", "土砂災害警戒区域内の対策済み箇所数", "か所", 41, "令和５年度", 55, "令和12年度"),
    ("2-1", "衛星通信設備を整備した孤立想定集落の割合", "％", 35.0, "令和５年度", 100.0, "令和10年度"),
    ("3-1", "業務継続計画（ＢＣＰ）の見直し", "－", "未実施", "令和６年度", "実施", "令和８年度"),
    ("4-1", "防災対策を実施した宿泊施設の割合", "％", 42.5, "令和５年度", 80.0, "令和12年度"),
]


def shirahama_kyojinka_xlsx(out: Path) -> Path:
    """和歌山県白浜町 国土強靱化地域計画（第２期） (XLSX, 2 sheets): sheet 推進方針 — a title, one header row No.｜
    事前に備えるべき目標｜起きてはならない最悪の事態（リスクシナリオ）｜施策分野｜推進方針｜主な事業｜担当課, the 目標
    **merged down** over its rows, **the 主な事業 cell holding several names, one per line with 「・」**, a 担当課 cell
    naming two 課; sheet 重要業績指標 — No.｜指標｜単位｜現状値｜現状値の時点｜目標値｜目標年度, numbers as numbers
    and two text values (未実施 → 実施)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = Workbook()
    ws = wb.active
    ws.title = "推進方針"
    shade = PatternFill("solid", fgColor="DDEBF7")
    wrap = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCDEFG", (7, 20, 30, 12, 50, 34, 14)):
        ws.column_dimensions[col].width = width
    ws.merge_cells("A1:G1")
    ws["A1"] = "白浜町国土強靱化地域計画（第２期）　リスクシナリオごとの推進方針と主な事業"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "計画期間：令和７年度～令和12年度"
    for col, value in zip("ABCDEFG", ("No.", "事前に備えるべき目標", "起きてはならない最悪の事態（リスクシナリオ）", "施策分野",
                                      "推進方針", "主な事業", "担当課")):
        ws[f"{col}4"] = value
        ws[f"{col}4"].fill = shade
        ws[f"{col}4"].font = Font(bold=True)
        ws[f"{col}4"].alignment = Alignment(wrap_text=True, vertical="center")
    row = 5
    for goal, scenarios in _SHIRAHAMA:
        first = row
        ws[f"B{row}"] = goal
        ws[f"B{row}"].alignment = wrap
        for no, scenario, field, policy, projects, section in scenarios:
            ws[f"A{row}"], ws[f"C{row}"], ws[f"D{row}"], ws[f"E{row}"] = no, scenario, field, policy
            ws[f"F{row}"] = "\n".join(f"・{p}" for p in projects)
            ws[f"G{row}"] = section
            for col in "ACDEFG":
                ws[f"{col}{row}"].alignment = wrap
            row += 1
        if row - 1 > first:
            ws.merge_cells(f"B{first}:B{row - 1}")
    ws2 = wb.create_sheet("重要業績指標")
    ws2["A1"] = "重要業績指標（ＫＰＩ）"
    ws2["A1"].font = Font(bold=True, size=13)
    for col, width in zip("ABCDEFG", (7, 44, 8, 12, 14, 12, 14)):
        ws2.column_dimensions[col].width = width
    for col, value in zip("ABCDEFG", ("No.", "指標", "単位", "現状値", "現状値の時点", "目標値", "目標年度")):
        ws2[f"{col}3"] = value
        ws2[f"{col}3"].fill = shade
        ws2[f"{col}3"].font = Font(bold=True)
    for r, values in enumerate(_SHIRAHAMA_KPI, start=4):
        for col, v in zip("ABCDEFG", values):
            ws2[f"{col}{r}"] = v
            if isinstance(v, float):
                ws2[f"{col}{r}"].number_format = "0.0"
            elif isinstance(v, int):
                ws2[f"{col}{r}"].number_format = "#,##0"
    ws2[f"A{4 + len(_SHIRAHAMA_KPI) + 1}"] = "※No.は推進方針のリスクシナリオの番号に対応する。"
    path = out / "shirahama_kokudo_kyojinka_chiiki_keikaku.xlsx"
    wb.properties.title = "白浜町国土強靱化地域計画（第２期）"
    wb.properties.creator = "白浜町 総務課 防災室"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 5. 産業振興ビジョン KPI (XLSX, 中間/最終 targets)

# (分野, [(No., 指標, 単位, 基準値, 令和6年度実績, 中間目標, 最終目標, 達成率, 担当課)])
_MIMA = [
    ("農業", [
        (1, "新規就農者数（累計）", "人", 12, 17, 30, 50, 56.7, "農林課"),
        (2, "美馬ブランド認証品目数", "品目", 8, 11, 15, 20, 73.3, "農林課"),
        (3, "農産物直売所の年間販売額", "百万円", 284, 301, 330, 360, 91.2, "農林課"),
    ]),
    ("商工業", [
        (4, "創業支援による創業件数（累計）", "件", 6, 14, 25, 45, 56.0, "商工観光課"),
        (5, "市内事業所の従業者数", "人", 9_812, 9_745, 9_900, 10_000, 98.4, "商工観光課"),
        (6, "企業誘致件数（累計）", "件", 2, 3, 5, 8, 60.0, "企画政策課"),
    ]),
    ("観光", [
        (7, "観光入込客数", "千人", 612, 648, 700, 760, 92.6, "商工観光課"),
        (8, "脇町うだつの町並みの宿泊者数", "人", 4_120, 4_580, 5_500, 7_000, 83.3, "商工観光課"),
        (9, "外国人観光客数", "人", 1_860, "－", 3_000, 5_000, "－", "商工観光課"),
    ]),
]

_MIMA_ACTIONS = [
    ("農業", "スマート農業機械の導入支援", "ドローンと自動操舵トラクターの導入を９経営体に補助した。", "農林課"),
    ("農業", "就農相談会の開催", "大阪と徳島で計４回開き、３８人が相談に訪れた。", "農林課"),
    ("商工業", "創業塾「みまチャレンジ塾」の開催", "全５回の講座に２１人が参加し、うち４人が創業した。", "商工観光課"),
    ("商工業", "サテライトオフィスの誘致", "首都圏の企業３社が現地視察を行った。", "企画政策課"),
    ("観光", "うだつの町並み夜間ライトアップ", "秋の週末に計１２日間実施し、約１万２千人が訪れた。", "商工観光課"),
    ("観光", "穴吹川キャンプ場の再整備", "炊事棟とトイレの改修設計を行った。", "商工観光課"),
    ("観光", "外国人向け体験メニューの造成", "藍染めと阿波踊りの体験メニューを３つ造成した。", "商工観光課"),
]


def mima_sangyo_shinko_kpi_xlsx(out: Path) -> Path:
    """徳島県美馬市 産業振興ビジョン 成果指標の進捗 (XLSX, 2 sheets): title and a note on how the 達成率 is taken,
    then **a two-row header** — 目標値 merged over 中間（令和９年度）｜最終（令和12年度）, the others merged down —
    分野 cells **merged down** over their rows, numbers as numbers, 「－」 text for a figure not yet counted, 達成率 as
    a number under 「（％）」; sheet 主な取組 分野｜取組｜令和６年度の実施内容｜担当課 (取組 that are not 事業)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標"
    shade = PatternFill("solid", fgColor="FFF2CC")
    for col, width in zip("ABCDEFGHIJ", (10, 5, 34, 8, 16, 14, 14, 14, 16, 12)):
        ws.column_dimensions[col].width = width
    ws.merge_cells("A1:J1")
    ws["A1"] = "美馬市産業振興ビジョン　成果指標（ＫＰＩ）の進捗状況（令和６年度実績）"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:J2")
    ws["A2"] = "達成率は、中間目標値に対する令和６年度実績値の割合（基準値からの伸びではない）。"
    heads = {"A": "分野", "B": "No.", "C": "成果指標", "D": "単位", "E": "基準値（令和５年度）", "F": "令和６年度実績",
             "G": "目標値", "I": "中間目標に対する達成率（％）", "J": "担当課"}
    for col, value in heads.items():
        ws[f"{col}4"] = value
        ws[f"{col}4"].fill = shade
        ws[f"{col}4"].font = Font(bold=True)
        ws[f"{col}4"].alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    ws.merge_cells("G4:H4")
    for col in "ABCDEFIJ":
        ws.merge_cells(f"{col}4:{col}5")
    for col, value in (("G", "中間（令和９年度）"), ("H", "最終（令和12年度）")):
        ws[f"{col}5"] = value
        ws[f"{col}5"].fill = shade
        ws[f"{col}5"].font = Font(bold=True)
    row = 6
    for field, items in _MIMA:
        ws[f"A{row}"] = field
        ws[f"A{row}"].alignment = Alignment(vertical="center")
        ws.merge_cells(f"A{row}:A{row + len(items) - 1}")
        for values in items:
            for col, v in zip("BCDEFGHIJ", values):
                ws[f"{col}{row}"] = v
                if isinstance(v, float):
                    ws[f"{col}{row}"].number_format = "0.0"
                elif isinstance(v, int) and col != "B":
                    ws[f"{col}{row}"].number_format = "#,##0"
                elif isinstance(v, str) and v == "－":
                    ws[f"{col}{row}"].alignment = Alignment(horizontal="right")
            row += 1
    ws[f"A{row + 1}"] = "※外国人観光客数の令和６年度実績は、県の調査結果の公表が遅れているため未集計（－）。"
    ws2 = wb.create_sheet("主な取組")
    ws2["A1"] = "令和６年度の主な取組"
    ws2["A1"].font = Font(bold=True, size=13)
    for col, width in zip("ABCD", (10, 34, 56, 12)):
        ws2.column_dimensions[col].width = width
    for col, value in zip("ABCD", ("分野", "取組", "令和６年度の実施内容", "担当課")):
        ws2[f"{col}3"] = value
        ws2[f"{col}3"].fill = shade
        ws2[f"{col}3"].font = Font(bold=True)
    for r, values in enumerate(_MIMA_ACTIONS, start=4):
        for col, v in zip("ABCD", values):
            ws2[f"{col}{r}"] = v
    path = out / "mima_sangyo_shinko_vision_kpi_r6.xlsx"
    wb.properties.title = "美馬市産業振興ビジョン 成果指標の進捗状況"
    wb.properties.creator = "美馬市 経済建設部 商工観光課"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 6. 地球温暖化対策実行計画 取組状況 (HTML)

_YOMITAN_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>地球温暖化対策実行計画（事務事業編）の取組状況｜読谷村</title>
</head>
<body>
<header>
<p class="site-name"><a href="/">読谷村役場</a></p>
<nav class="global-nav">
<ul>
<li><a href="/kurashi/">暮らし</a></li>
<li><a href="/kenko/">健康・福祉</a></li>
<li><a href="/sangyo/">産業・観光</a></li>
<li><a href="/sonsei/">村政</a></li>
</ul>
</nav>
<ol class="breadcrumb">
<li><a href="/">トップ</a></li>
<li><a href="/kurashi/">暮らし</a></li>
<li><a href="/kurashi/kankyo/">環境</a></li>
<li>実行計画の取組状況</li>
</ol>
</header>
<main>
<article>
<h1>読谷村地球温暖化対策実行計画（事務事業編）の取組状況（令和５年度）</h1>
<p class="date">掲載日：2024年11月15日　担当：環境安全課</p>
<p>本村では、令和４年３月に「第２次読谷村地球温暖化対策実行計画（事務事業編）」を策定し、村の事務事業から排出される温室効果ガスを、令和12年度までに平成25年度比で50％削減することを目標に取り組んでいます。</p>
<p>令和５年度の排出量は、基準年度より1,014t-CO2少ない3,992t-CO2となりました。</p>
<h2>温室効果ガス排出量の推移</h2>
<table>
<caption>排出源別の温室効果ガス排出量（単位：t-CO2）</caption>
<thead>
<tr><th rowspan="2">排出源</th><th rowspan="2">平成25年度（基準年度）</th><th colspan="2">実績</th><th rowspan="2">基準年度比</th></tr>
<tr><th>令和４年度</th><th>令和５年度</th></tr>
</thead>
<tbody>
<tr><th>電気の使用</th><td>3,412</td><td>2,786</td><td>2,651</td><td>△22.3％</td></tr>
<tr><th>燃料の使用（ガソリン・軽油・灯油・Ａ重油）</th><td>1,208</td><td>1,034</td><td>1,012</td><td>△16.2％</td></tr>
<tr><th>廃棄物の焼却等</th><td>386</td><td>342</td><td>329</td><td>△14.8％</td></tr>
<tr><th>合計</th><td>5,006</td><td>4,162</td><td>3,992</td><td>△20.3％</td></tr>
</tbody>
</table>
<p class="note">※電気の使用に伴う排出量は、各年度に電気事業者が公表した排出係数で算定しています。</p>
<h2>施設別の排出量（令和５年度・上位５施設）</h2>
<table>
<thead>
<tr><th>施設名</th><th>排出量（t-CO2）</th><th>村全体に占める割合</th></tr>
</thead>
<tbody>
<tr><td>村立小中学校（７校）</td><td>704</td><td>17.6％</td></tr>
<tr><td>読谷村役場本庁舎</td><td>612</td><td>15.3％</td></tr>
<tr><td>読谷村文化センター</td><td>498</td><td>12.5％</td></tr>
<tr><td>読谷村健康管理センター</td><td>233</td><td>5.8％</td></tr>
<tr><td>残波岬いこいの広場</td><td>187</td><td>4.7％</td></tr>
</tbody>
</table>
<h2>主な取組と進み具合</h2>
<ul class="actions">
<li><span class="status done">完了</span>本庁舎照明のＬＥＤ化</li>
<li><span class="status doing">実施中</span>公用車への電気自動車の導入（令和５年度は３台）</li>
<li><span class="status doing">実施中</span>読谷村文化センターへの太陽光発電設備の設置</li>
<li><span class="status plan">検討中</span>小中学校の空調設備の高効率化</li>
<li><span class="status plan">検討中</span>村営住宅の省エネルギー改修</li>
<li><span class="status doing">実施中</span>ごみの分別の徹底と紙の使用量の削減</li>
</ul>
<h2>今後の方向性</h2>
<p>排出量の約３分の２を電気の使用が占めています。今後は、施設の更新に合わせて太陽光発電と蓄電池の導入を進めるとともに、再生可能エネルギー由来の電力の調達を検討します。また、座喜味城跡周辺の公共施設を含め、照明と空調の運用を見直します。</p>
<h2>お問い合わせ</h2>
<p>読谷村役場　環境安全課　環境保全係<br>電話：098-982-9200</p>
</article>
</main>
<footer>
<p>〒904-0392　沖縄県中頭郡読谷村字座喜味2901番地</p>
<p><small>Copyright © Yomitan Village. All Rights Reserved.</small></p>
</footer>
</body>
</html>
"""


def yomitan_jikko_keikaku_html(out: Path) -> Path:
    """沖縄県読谷村 地球温暖化対策実行計画（事務事業編） 取組状況 (HTML, UTF-8): a village web page — site name, nav, a
    breadcrumb as `<ol>`, the lead with the target and the year's total in sentences, **a table with a two-row header
    (rowspan/colspan: 実績 over 令和４年度｜令和５年度)** and row labels in `<th>`, the unit only in the caption, △
    for a decrease; a 施設別 table; 取組 as `<li>` **whose status 完了/実施中/検討中 is a `<span>` before the text**."""
    return write_text(out / "yomitan_ondanka_jikko_keikaku_torikumi_r5.html", _YOMITAN_HTML)


# ---------------------------------------------------------------- 7. 個別施設計画 対策一覧 (CSV, CP932)

_IBUSUKI_ROWS = [
    ("1", "学校教育系施設", "指宿小学校　校舎", "指宿", "昭和52年度", "4,812", "Ｃ", "長寿命化改修", "令和８年度～令和９年度", "624,000", "教育総務課"),
    ("2", "学校教育系施設", "山川中学校　屋内運動場", "山川", "昭和58年度", "1,186", "Ｄ", "建替え", "令和10年度", "486,000", "教育総務課"),
    ("3", "学校教育系施設", "開聞小学校　校舎", "開聞", "昭和54年度", "3,480", "Ｃ", "長寿命化改修", "令和11年度～令和12年度", "512,000", "教育総務課"),
    ("4", "市民文化系施設", "指宿市民会館", "指宿", "昭和49年度", "5,230", "Ｄ", "解体（機能は集約）", "令和９年度", "248,000", "社会教育課"),
    ("5", "スポーツ・レクリエーション系施設", "開聞総合体育館", "開聞", "平成元年度", "2,940", "Ｂ", "大規模改造", "令和８年度", "182,500", "社会教育課"),
    ("6", "子育て支援施設", "山川保育所", "山川", "昭和55年度", "842", "Ｃ", "集約化（指宿保育所へ統合）", "令和11年度", "－", "子育て支援課"),
    ("7", "行政系施設", "山川庁舎", "山川", "昭和47年度", "3,120", "Ｄ", "減築・複合化", "令和12年度～令和13年度", "395,000", "資産経営課"),
    ("8", "公営住宅", "湯の浜団地（１～３号棟）", "指宿", "昭和60年度", "3,660", "Ｃ", "長寿命化改修", "令和８年度～令和10年度", "318,600", "建築課"),
    ("9", "保健・福祉施設", "開聞老人福祉センター", "開聞", "昭和57年度", "624", "Ｄ", "廃止", "令和８年度", "－", "長寿介護課"),
    ("10", "産業系施設", "山川砂むし温泉「砂湯里」", "山川", "平成８年度", "1,020", "Ｂ", "大規模改造", "令和９年度", "96,400", "観光課"),
]


def ibusuki_kobetsu_shisetsu_csv(out: Path) -> Path:
    """鹿児島県指宿市 公共施設個別施設計画 対策の実施計画 (CSV, **CP932**, CRLF): a title row, a unit row, then one
    header No.,施設分類,施設名,地域,建築年度,延床面積（㎡）,劣化度,対策区分,実施予定年度,概算事業費（千円）,所管課 and
    one row per 施設 — **numbers with thousands separators quoted**, 劣化度 as full-width Ａ～Ｄ, 実施予定年度 as a
    span 「令和８年度～令和９年度」, 「－」 where no cost is counted; the legend and ※ notes as rows at the end."""
    def line(values) -> str:
        return ",".join(f'"{v}"' if "," in v else v for v in values)
    rows = ["指宿市公共施設個別施設計画　対策の実施計画（令和７年度～令和16年度）",
            "単位：延床面積は㎡、概算事業費は千円",
            "",
            "No.,施設分類,施設名,地域,建築年度,延床面積（㎡）,劣化度,対策区分,実施予定年度,概算事業費（千円）,所管課"]
    rows += [line(r) for r in _IBUSUKI_ROWS]
    rows += ["",
             "劣化度　Ａ：おおむね良好　Ｂ：部分的に劣化　Ｃ：広範囲に劣化　Ｄ：早急に対応する必要がある",
             "※概算事業費は令和６年度の単価による見込み額であり、実施の際に改めて精査する。",
             "※解体・廃止・集約化のうち「－」のものは、跡地の活用方法が決まった後に事業費を見込む。"]
    return write_text(out / "ibusuki_kobetsu_shisetsu_keikaku_taisaku.csv", "\n".join(rows) + "\n", encoding="cp932", crlf=True)


# ---------------------------------------------------------------- 8. 環境基本計画 年次報告書 (DOCX)

_YURIHAMA_KPI = [
    ("基本目標", "環境指標", "基準値（令和元年度）", "令和５年度", "令和６年度", "目標値（令和11年度）", "評価"),
    ("１", "東郷池のＣＯＤ（年平均値）", "5.8mg/L", "5.4mg/L", "5.1mg/L", "4.5mg/L", "○"),
    ("１", "東郷池のシジミ漁獲量", "142t", "118t", "109t", "160t", "×"),
    ("２", "町民１人１日当たりのごみ排出量", "812g", "786g", "771g", "750g", "○"),
    ("２", "リサイクル率", "18.2％", "19.6％", "21.4％", "21.0％", "◎"),
    ("３", "住宅用太陽光発電設備の設置件数（累計）", "524件", "668件", "731件", "900件", "○"),
    ("３", "公用車に占める次世代自動車の割合", "6.5％", "14.8％", "17.2％", "40.0％", "○"),
    ("４", "環境保全活動に参加した町民の延べ人数", "2,350人", "2,810人", "3,120人", "3,000人", "◎"),
]

# (基本目標 heading, [(取組, 令和６年度の実施状況, 担当課)]); ★ marks a 重点取組
_YURIHAMA_ACTIONS = [
    ("基本目標１　東郷池と海の自然を守る", [
        ("★東郷池の水質浄化対策", "湖岸のヨシ刈りを年２回行い、流入する河川の水質調査を12地点で実施しました。", "環境整備課"),
        ("シジミ資源の回復", "東郷湖漁業協同組合と協力し、稚貝約２トンを放流しました。", "産業振興課"),
        ("海岸漂着ごみの回収", "羽合海水浴場など３か所で回収活動を行い、4.2トンを回収しました。", "環境整備課"),
    ]),
    ("基本目標２　資源を大切にする循環のまちをつくる", [
        ("★生ごみの堆肥化の推進", "段ボールコンポストの購入費を86世帯に助成しました。", "環境整備課"),
        ("資源ごみ拠点回収の拡大", "回収拠点を８か所から11か所に増やしました。", "環境整備課"),
    ]),
    ("基本目標３　脱炭素のまちをつくる", [
        ("★住宅用太陽光発電・蓄電池の導入支援", "63件の設置に補助を行いました。", "企画課"),
        ("公共施設の照明のＬＥＤ化", "中央公民館と町営プールの照明をＬＥＤに改修しました。", "総務課"),
        ("★はわい温泉の未利用熱の活用検討", "温泉の排湯の熱を施設の給湯に使うための調査を行いました。", "企画課"),
    ]),
    ("基本目標４　みんなで環境を守る人を育てる", [
        ("環境学習出前講座", "町内の小学校５校で23回実施しました。", "環境整備課"),
    ]),
]


def yurihama_kankyo_nenji_hokoku_docx(out: Path) -> Path:
    """鳥取県湯梨浜町 第２次環境基本計画 年次報告書（令和６年度実績） (DOCX): Word headings; the 評価 legend ◎○△×
    as a paragraph; **one 環境指標 table with two actual-year columns between the baseline and the target**
    (基準値（令和元年度）｜令和５年度｜令和６年度｜目標値（令和11年度）｜評価), units inside the cells; then per 基本目標
    a Heading 2 and a table 取組｜令和６年度の実施状況｜担当課 **with ★ before the 重点取組 names**; the 課題 and
    今後の方向性 as paragraphs under a last heading."""
    import docx
    doc = docx.Document()
    doc.core_properties.title = "第2次湯梨浜町環境基本計画 年次報告書"
    doc.core_properties.author = "湯梨浜町 町民課 環境整備室"
    doc.add_heading("第２次湯梨浜町環境基本計画　年次報告書（令和６年度実績）", level=0)
    doc.add_paragraph("令和７年９月　湯梨浜町")
    doc.add_heading("１　計画の概要", level=1)
    doc.add_paragraph("第２次湯梨浜町環境基本計画は、令和２年度から令和11年度までの10年間を計画期間とし、望ましい環境像"
                      "「東郷池と日本海に抱かれ　人と自然が共に輝くまち　ゆりはま」の実現に向けて、四つの基本目標を定めています。"
                      "この報告書は、湯梨浜町環境基本条例に基づき、令和６年度の環境の状況と取組の実施状況をまとめたものです。")
    doc.add_heading("２　環境指標の状況", level=1)
    doc.add_paragraph("評価　◎：目標値を達成　○：基準値より改善　△：基準値から横ばい　×：基準値より悪化")
    table = doc.add_table(rows=len(_YURIHAMA_KPI), cols=7)
    table.style = "Table Grid"
    for r, values in enumerate(_YURIHAMA_KPI):
        for c, v in enumerate(values):
            table.cell(r, c).text = v
    doc.add_paragraph("※東郷池のシジミ漁獲量は東郷湖漁業協同組合の調べによる。令和６年度は夏の高水温の影響を受けた。")
    doc.add_heading("３　主な取組の実施状況", level=1)
    doc.add_paragraph("★は、計画の重点取組です。")
    for heading, actions in _YURIHAMA_ACTIONS:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=len(actions) + 1, cols=3)
        t.style = "Table Grid"
        for c, v in enumerate(("取組", "令和６年度の実施状況", "担当課")):
            t.cell(0, c).text = v
        for r, values in enumerate(actions, start=1):
            for c, v in enumerate(values):
                t.cell(r, c).text = v
    doc.add_heading("４　課題と今後の方向性", level=1)
    doc.add_paragraph("【課題】")
    doc.add_paragraph("東郷池のシジミ漁獲量は基準値を大きく下回っており、高水温と塩分濃度の変化への対応が急がれます。"
                      "また、公用車の次世代自動車への切替えは、車両の更新時期に左右されるため、目標の達成が難しい状況です。")
    doc.add_paragraph("【今後の方向性】")
    doc.add_paragraph("令和７年度は、計画の中間見直しに合わせて、脱炭素に関する指標を追加します。"
                      "東郷池については、鳥取県と共同で水質と生き物の調査を強化し、漁業者と連携した資源管理の仕組みをつくります。")
    path = out / "yurihama_kankyo_kihon_keikaku_nenji_hokoku_r6.docx"
    doc.save(str(path))
    return path


def make_all(out_dir: Path) -> list[Path]:
    """Write every document of the eleventh blind set into `out_dir` (created if missing) and return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [
        kami_tosho_yosan_gaiyo_pdf(out_dir),
        uwajima_chiiki_fukushi_pdf(out_dir),
        sukumo_tenken_hyoka_pdf(out_dir),
        shirahama_kyojinka_xlsx(out_dir),
        mima_sangyo_shinko_kpi_xlsx(out_dir),
        yomitan_jikko_keikaku_html(out_dir),
        ibusuki_kobetsu_shisetsu_csv(out_dir),
        yurihama_kankyo_nenji_hokoku_docx(out_dir),
    ]
