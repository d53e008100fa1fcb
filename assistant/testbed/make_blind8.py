"""Eighth blind fixture set: nine documents in layouts nobody tuned the extractor to, answers written by hand.

`make_all(out_dir)` writes nine documents of Japanese local-government kinds (a 総合計画 実施計画 in landscape PDF
with three year columns and a 財源 split; a 過疎地域持続的発展計画 in Word with merged 区分 cells and 特別事業
sub-rows; a 主要施策の成果説明書 in PDF, two 事業 a page; a 広報 予算特集 in PDF with a pie chart and 事業 boxes;
a 地方創生 交付金事業 効果検証 workbook with a two-row header; a 人口ビジョン in PDF; a 市民意識調査 報告書 in Word
with its 年代別 集計表 in CSV with a BOM; a 議会 一般質問 会議録 in CP932 text) into `out_dir` and returns their
paths. The municipalities are real and were used by no earlier set; every figure, name, person and sentence is
invented. The expected answers in `questions.jsonl` were written by hand from the text below, without reading or
running the extractor. Binary formats are generated here, never committed.
"""
from __future__ import annotations

import math
from pathlib import Path

from assistant.testbed.documents import GOTHIC, MINCHO, PdfPage, column_lefts, write_text



def _n(v) -> str:
    """An amount as tables print it: thousands separators, △ for a negative, 「－」 for none."""
    if v is None:
        return "－"
    return f"△{-v:,}" if v < 0 else f"{v:,}"


# ---------------------------------------------------------------- 1. 総合計画 実施計画 (PDF, landscape)

# (No., name, 区分, R7, R8, R9, 国県支出金, 地方債, その他, 一般財源) in 千円; None prints 「－」
_JOSO = [
    ("施策１－１　子育て支援の充実", [
        (1, "こども家庭センター運営事業", "新規", 18400, 17900, 17900, 27100, None, None, 27100),
        (2, "常総っ子医療費助成事業", "継続", 232000, 235500, 238000, 84000, None, None, 621500),
        (3, "石下地区認定こども園整備事業", "新規", 96000, 412000, None, 169300, 285700, None, 53000),
    ]),
    ("施策２－１　防災・減災の推進", [
        (4, "鬼怒川・小貝川水害対策事業", "継続", 64800, 58200, 52600, 87800, 70200, None, 17600),
        (5, "避難所環境改善事業", "拡充", 31200, 24600, 24600, 40200, None, 12000, 28200),
        (6, "防災行政無線デジタル化事業", "継続", 186000, None, None, None, 176700, None, 9300),
    ]),
    ("施策３－１　産業の振興", [
        (7, "圏央道常総インター周辺産業団地整備事業", "拡充", 540000, 620000, 380000, None, 1232000, 308000, None),
        (8, "常総ブランド農産物販路拡大事業", "新規", 12500, 12500, 10000, 17500, None, None, 17500),
        (9, "水海道商店街にぎわい創出事業", "継続", 8600, 8600, 8600, None, None, 6000, 19800),
    ]),
    ("施策４－１　学校教育の充実", [
        (10, "小中学校体育館空調整備事業", "新規", 148000, 296000, 296000, 246600, 444000, None, 49400),
        (11, "ＧＩＧＡスクール端末更新事業", "継続", 214500, None, None, 160800, None, None, 53700),
    ]),
]


def joso_jisshi_keikaku_pdf(out: Path) -> Path:
    """茨城県常総市 総合計画 実施計画（令和7年度～令和9年度） (PDF, A4 landscape, 2 pages): a ruled table
    No.｜事業名｜区分｜令和７年度｜令和８年度｜令和９年度｜３か年計 and **a two-row header** 「３か年計の財源内訳」
    over 国県支出金｜地方債｜その他｜一般財源; 施策 headings as shaded rows spanning the table; 千円 once above it;
    「－」 for a year without 事業費; a 合計 row at the end of page 2; the rolling method in prose."""
    pdf = PdfPage(out / "joso_jisshi_keikaku_r7_r9.pdf", title="常総市総合計画 実施計画（令和7年度～令和9年度）",
                 author="常総市 企画課", landscape=True)
    W, H = pdf.W, pdf.H
    cols = [26, 190, 34, 62, 62, 62, 70, 62, 62, 56, 62]
    xs = column_lefts(28, cols)
    pdf.text(28, 44, "第２次常総市総合計画　実施計画（令和７年度～令和９年度）", 15, GOTHIC)
    pdf.right(W - 28, 44, "令和７年３月　常総市", 9)
    for i, s in enumerate([
        "１　実施計画の概要　実施計画は、後期基本計画に掲げる施策を具体化する事業と、その事業費の見込みを定めるものです。",
        "計画期間は３年間とし、社会経済情勢の変化に対応するため、毎年度見直しを行うローリング方式により策定します。",
        "令和７年度の事業費は当初予算額、令和８年度及び令和９年度の事業費は見込額であり、今後の予算編成で変わることがあります。",
    ]):
        pdf.text(28, 68 + 14 * i, s, 9)
    pdf.text(28, 122, "２　施策別の主な事業", 10.5, GOTHIC)
    pdf.right(W - 28, 122, "（単位：千円）", 8.5)

    def header(top: float) -> float:
        for c, h in ((0, "No."), (1, "事業名"), (2, "区分"), (3, "令和７年度"), (4, "令和８年度"), (5, "令和９年度"),
                     (6, "３か年計")):
            pdf.box(xs[c], top, cols[c], 32, fill=0.82)
            pdf.center(xs[c] + cols[c] / 2, top + 20, h, 8, GOTHIC)
        pdf.box(xs[7], top, sum(cols[7:]), 16, fill=0.82)
        pdf.center(xs[7] + sum(cols[7:]) / 2, top + 11.5, "３か年計の財源内訳", 8, GOTHIC)
        for c, h in ((7, "国県支出金"), (8, "地方債"), (9, "その他"), (10, "一般財源")):
            pdf.box(xs[c], top + 16, cols[c], 16, fill=0.88)
            pdf.center(xs[c] + cols[c] / 2, top + 27.5, h, 7.5, GOTHIC)
        return top + 32

    top = header(128)
    totals = [0, 0, 0, 0]
    for k, (measure, rows) in enumerate(_JOSO):
        if k == 2:
            pdf.center(W / 2, H - 20, "－ １ －", 8.5)
            pdf.page()
            pdf.text(28, 36, "第２次常総市総合計画　実施計画（令和７年度～令和９年度）　施策別の主な事業（続き）", 9, GOTHIC)
            pdf.right(W - 28, 36, "（単位：千円）", 8.5)
            top = header(44)
        pdf.box(xs[0], top, sum(cols), 17, fill=0.93)
        pdf.text(xs[0] + 6, top + 12, measure, 9, GOTHIC)
        top += 17
        for no, name, kind, r7, r8, r9, state, bond, other, general in rows:
            total = sum(v or 0 for v in (r7, r8, r9))
            for i, v in enumerate((r7, r8, r9)):
                totals[i] += v or 0
            totals[3] += total
            cells = [str(no), name, kind, _n(r7), _n(r8), _n(r9), _n(total), _n(state), _n(bond), _n(other), _n(general)]
            for c, s in enumerate(cells):
                pdf.box(xs[c], top, cols[c], 20)
                if c == 1:
                    pdf.text(xs[c] + 4, top + 13.5, s, 8.5)
                elif c in (0, 2):
                    pdf.center(xs[c] + cols[c] / 2, top + 13.5, s, 8.5)
                else:
                    pdf.right(xs[c] + cols[c] - 4, top + 13.5, s, 8.5)
            top += 20
    pdf.box(xs[0], top, sum(cols[:3]), 20, fill=0.9)
    pdf.center(xs[0] + sum(cols[:3]) / 2, top + 13.5, "合　　計", 8.5, GOTHIC)
    for c, v in zip((3, 4, 5, 6), totals):
        pdf.box(xs[c], top, cols[c], 20, fill=0.9)
        pdf.right(xs[c] + cols[c] - 4, top + 13.5, _n(v), 8.5, GOTHIC)
    pdf.box(xs[7], top, sum(cols[7:]), 20, fill=0.9)
    top += 34
    for i, s in enumerate([
        "※区分欄の「新規」は令和７年度から着手する事業、「拡充」は内容を拡大する事業です。事業費欄の「－」は事業費を見込んでいない年度を示します。",
        "※石下地区認定こども園整備事業は令和８年度に完成し、令和９年４月の開園を予定しています。",
        "※圏央道常総インター周辺産業団地整備事業のその他財源は、保留地処分金です。",
    ]):
        pdf.text(28, top + 13 * i, s, 7.5)
    pdf.center(W / 2, H - 20, "－ ２ －", 8.5)
    return pdf.save()


# ---------------------------------------------------------------- 3. 主要施策の成果説明書 (PDF, two 事業 a page)

_KOKA = [
    {"kan": "款　民生費　　項　児童福祉費　　目　児童福祉総務費", "name": "甲賀流子育て応援給付事業", "section": "子育て政策課",
     "budget": 64200, "spent": 61850, "fin": (20000, 10000, None, None, 31850),
     "result": ["第２子以降の子を養育する世帯に、子１人あたり３万円の応援給付金を支給した。",
                "支給件数は１，１５３件で、出生数の減少により前年度から３３件減少した。",
                "給付と合わせて子育て支援情報の冊子を配布し、相談窓口の周知を図った。"],
     "ind": [("活動指標", "給付件数", "件", "1,212", "1,186", "1,153"),
             ("成果指標", "子育て環境の満足度", "％", "61.2", "63.5", "65.8")]},
    {"kan": "款　商工費　　項　商工費　　目　商工振興費", "name": "信楽焼産地振興事業", "section": "商工労政課",
     "budget": 28600, "spent": 27314, "fin": (None, 5000, None, 3200, 19114),
     "result": ["信楽焼の新たな販路を開くため、首都圏と海外の見本市に計７回出展した。",
                "新規取引は３１件となり、うち海外との取引が９件であった。",
                "窯元の後継者育成のため、陶芸の森と連携した研修を実施し、４人が修了した。"],
     "ind": [("活動指標", "見本市への出展回数", "回", "4", "6", "7"),
             ("成果指標", "新規取引件数", "件", "18", "25", "31")]},
    {"kan": "款　商工費　　項　観光費　　目　観光振興費", "name": "忍者の里観光誘客事業", "section": "観光企画推進課",
     "budget": 48000, "spent": 45720, "fin": (22860, None, None, None, 22860),
     "result": ["甲賀流忍術屋敷を拠点とする周遊ルートを整備し、多言語の案内アプリを導入した。",
                "インバウンド向けの体験プログラムを１２本造成し、延べ２，８４０人が参加した。",
                "観光入込客数は４５１万人となったが、宿泊を伴う観光客の割合は伸び悩んでいる。"],
     "ind": [("活動指標", "体験プログラム造成数", "本", "4", "9", "12"),
             ("成果指標", "観光入込客数", "万人", "412.3", "438.6", "451.0")]},
    {"kan": "款　土木費　　項　都市計画費　　目　下水道費", "name": "水口地区雨水幹線整備事業", "section": "下水道課",
     "budget": 186000, "spent": 172480, "fin": (86240, None, 77600, None, 8640),
     "result": ["水口町の市街地の浸水被害を解消するため、雨水幹線３８５ｍを整備した。",
                "用地交渉の難航により一部の工事を翌年度に繰り越し、整備延長は計画の４１０ｍを下回った。",
                "整備済み区間の流域では、令和６年度の浸水被害は３件にとどまった。"],
     "ind": [("活動指標", "雨水幹線の整備延長", "ｍ", "320", "410", "385"),
             ("成果指標", "浸水被害件数", "件", "12", "7", "3")]},
]


def koka_seika_setsumeisho_pdf(out: Path) -> Path:
    """滋賀県甲賀市 令和6年度 主要施策の成果説明書 (PDF, 2 pages): **one 事業 per half page** — a 款項目 line, a
    shaded name band with the 担当課 at its right, a ruled 予算現額｜決算額 and 財源内訳 table (国庫支出金｜県支出金｜
    地方債｜その他｜一般財源, 千円), 【事業の成果】 prose, and a ruled 指標 mini table 区分｜指標名｜単位｜令和４年度｜
    令和５年度｜令和６年度; a running header and page numbers 「－N－」."""
    pdf = PdfPage(out / "koka_r6_shuyo_shisaku_seika.pdf", title="令和6年度 主要施策の成果説明書", author="甲賀市")
    W, H = pdf.W, pdf.H
    for page in range(2):
        pdf.text(36, 30, "令和６年度　甲賀市一般会計決算　主要施策の成果説明書", 8)
        pdf.hline(36, W - 36, 35)
        for half in range(2):
            d = _KOKA[page * 2 + half]
            top = 50 + half * 385
            pdf.text(36, top + 10, d["kan"], 8)
            pdf.box(36, top + 16, W - 72, 20, fill=0.85)
            pdf.text(42, top + 30, "事業名　" + d["name"], 10.5, GOTHIC)
            pdf.right(W - 42, top + 30, "担当課　" + d["section"], 8.5)
            cols = [75, 75, 70, 62, 62, 62, 117]
            xs = column_lefts(36, cols)
            heads = ["予算現額", "決算額", "国庫支出金", "県支出金", "地方債", "その他", "一般財源"]
            t = top + 44
            pdf.box(xs[0], t, cols[0] + cols[1], 14, fill=0.93)
            pdf.center(xs[0] + (cols[0] + cols[1]) / 2, t + 10, "事業費（単位：千円）", 7.5, GOTHIC)
            pdf.box(xs[2], t, sum(cols[2:]), 14, fill=0.93)
            pdf.center(xs[2] + sum(cols[2:]) / 2, t + 10, "決算額の財源内訳", 7.5, GOTHIC)
            for x, w, h in zip(xs, cols, heads):
                pdf.box(x, t + 14, w, 14, fill=0.96)
                pdf.center(x + w / 2, t + 24, h, 7.5)
            values = [d["budget"], d["spent"], *d["fin"]]
            for x, w, v in zip(xs, cols, values):
                pdf.box(x, t + 28, w, 18)
                pdf.right(x + w - 4, t + 41, _n(v), 8.5)
            t += 64
            pdf.text(36, t, "【事業の成果】", 9, GOTHIC)
            for i, s in enumerate(d["result"]):
                pdf.text(46, t + 16 + 14 * i, s, 8.5)
            t += 16 + 14 * len(d["result"]) + 10
            pdf.text(36, t, "【指標】", 9, GOTHIC)
            icols = [60, 170, 40, 70, 70, 70]
            ixs = column_lefts(60, icols)
            t += 6
            for x, w, h in zip(ixs, icols, ["区分", "指標名", "単位", "令和４年度", "令和５年度", "令和６年度"]):
                pdf.box(x, t, w, 15, fill=0.93)
                pdf.center(x + w / 2, t + 10.5, h, 7.5)
            for r, row in enumerate(d["ind"]):
                for c, (x, w, s) in enumerate(zip(ixs, icols, row)):
                    pdf.box(x, t + 15 + 16 * r, w, 16)
                    if c >= 3:
                        pdf.right(x + w - 4, t + 26 + 16 * r, s, 8)
                    else:
                        pdf.text(x + 4, t + 26 + 16 * r, s, 8)
            if half == 0:
                pdf.hline(36, W - 36, 425, 0.3)
        pdf.center(W / 2, H - 22, f"－{page + 41}－", 8.5)
        pdf.page()
    return pdf.save()


# ---------------------------------------------------------------- 4. 広報 予算特集 (PDF, pie chart and boxes)

_IMABARI_PIE = [("市税", 22.8, "194億8,500万円"), ("地方交付税", 21.5, "183億7,400万円"),
                ("国庫支出金", 17.9, "152億9,800万円"), ("市債", 9.6, "82億400万円"),
                ("県支出金", 7.1, "60億6,800万円"), ("繰入金", 4.3, "36億7,500万円"), ("その他", 16.8, "143億5,600万円")]
_IMABARI_BOXES = [
    ("新規", "しまなみサイクル拠点整備事業", "２億４，６００万円", ["サンライズ糸山に", "サイクリストの休憩拠点を整備"]),
    ("拡充", "今治タオル産業人材確保事業", "３，８５０万円", ["市外からの就職者への", "奨励金を年３０万円に増額"]),
    ("新規", "こども誰でも通園モデル事業", "１，２８０万円", ["保護者の就労に関係なく", "月１０時間まで保育園を利用"]),
    ("拡充", "学校給食費保護者負担軽減事業", "４億１，２００万円", ["中学生に加え", "小学生の給食費も全額を支援"]),
    ("新規", "大三島地区医療ＭａａＳ導入事業", "２，１５０万円", ["看護師が乗った車両で", "オンライン診療を行う"]),
    ("拡充", "来島海峡観光推進事業", "９６０万円", ["潮流体験船の運航日を", "週末から毎日に拡大"]),
]


def imabari_koho_yosan_pdf(out: Path) -> Path:
    """愛媛県今治市 広報いまばり 令和7年4月号 予算特集 (PDF, 2 pages): page 1 a lead, **a pie chart of the 歳入
    drawn as wedges with each label, its percentage and amount placed around the pie**, a 市民１人当たり box of
    amounts in 万/円; page 2 **新規/拡充 事業 boxes in a grid of two columns**, each a badge, the name, the amount
    in large type under the name and two lines of description."""
    pdf = PdfPage(out / "imabari_koho_2025_04_yosan.pdf", title="広報いまばり 2025年4月号 予算特集", author="今治市")
    W, H = pdf.W, pdf.H
    pdf.text(36, 34, "広報いまばり　２０２５（令和７）年４月号", 8.5)
    pdf.box(36, 44, W - 72, 40, fill=0.88)
    pdf.text(48, 70, "特集　令和７年度　今治市の当初予算", 18, GOTHIC)
    for i, s in enumerate([
        "令和７年度の一般会計当初予算は８５４億６，０００万円で、前年度に比べ２．４％増えました。",
        "「しまなみの未来へ　挑戦を続けるまち」を合言葉に、人への投資と島しょ部の暮らしの安心に重点を置きました。",
    ]):
        pdf.text(40, 104 + 15 * i, s, 9.5)
    pdf.text(40, 150, "■　歳入　お金はどこから入ってくるの？", 11, GOTHIC)
    cx, cy, r = W / 2, 320, 88
    angle = 90.0
    for k, (name, share, amount) in enumerate(_IMABARI_PIE):
        extent = -360 * share / 100
        pdf.c.setFillGray(0.35 + 0.09 * k)
        pdf.c.wedge(cx - r, H - cy - r, cx + r, H - cy + r, angle, extent, stroke=1, fill=1)
        mid = math.radians(angle + extent / 2)
        lx, ly = cx + (r + 30) * math.cos(mid), cy - (r + 24) * math.sin(mid)
        pdf.c.setFillGray(0)
        align = pdf.text if math.cos(mid) >= 0 else (lambda x, t, s, size=10.0, font=MINCHO: pdf.right(x, t, s, size, font))
        align(lx, ly, f"{name}　{share:.1f}％", 9, GOTHIC)
        align(lx, ly + 12, amount, 8)
        angle += extent
    pdf.c.setFillGray(1)
    pdf.c.circle(cx, H - cy, 36, stroke=0, fill=1)
    pdf.c.setFillGray(0)
    pdf.center(cx, cy - 2, "歳入総額", 8, GOTHIC)
    pdf.center(cx, cy + 10, "854.6億円", 8, GOTHIC)
    pdf.text(40, 470, "※構成比は端数処理のため、合計が100％にならない場合があります。", 7.5)
    pdf.box(40, 490, W - 80, 150)
    pdf.text(52, 508, "市民１人当たりに換算すると…（令和７年３月１日現在の人口１４８，６２０人で計算）", 9.5, GOTHIC)
    pairs = [("民生費（福祉・子育て）", "２１万４，６００円"), ("教育費", "６万２，３００円"),
             ("土木費（道路・公園など）", "５万８，１００円"), ("衛生費（健康・ごみ処理）", "４万９，８００円"),
             ("公債費（借入金の返済）", "６万１，４００円")]
    for i, (a, b) in enumerate(pairs):
        pdf.text(64, 530 + 18 * i, a, 9)
        pdf.right(300, 530 + 18 * i, b, 9)
    pdf.text(330, 548, "一般会計の歳出を", 9)
    pdf.text(330, 566, "市民１人当たりにすると", 9)
    pdf.text(330, 594, "５７万５，０００円", 16, GOTHIC)
    pdf.text(330, 614, "（前年度　５６万１，２００円）", 8.5)
    pdf.center(W / 2, H - 24, "２", 9)
    pdf.page()

    pdf.text(36, 34, "広報いまばり　２０２５（令和７）年４月号", 8.5)
    pdf.text(40, 70, "■　令和７年度の新しい取り組み　新規・拡充事業", 12, GOTHIC)
    bw, bh = (W - 100) / 2, 100
    for k, (badge, name, amount, desc) in enumerate(_IMABARI_BOXES):
        x = 40 + (k % 2) * (bw + 20)
        top = 92 + (k // 2) * (bh + 16)
        pdf.box(x, top, bw, bh)
        pdf.box(x, top, 36, 18, fill=0.3)
        pdf.c.setFillGray(1)
        pdf.center(x + 18, top + 13, badge, 9, GOTHIC)
        pdf.c.setFillGray(0)
        pdf.text(x + 44, top + 14, name, 9.5, GOTHIC)
        pdf.right(x + bw - 10, top + 42, amount, 14, GOTHIC)
        for i, s in enumerate(desc):
            pdf.text(x + 10, top + 64 + 14 * i, s, 8.5)
    pdf.text(40, 470, "※金額は令和７年度当初予算額です。このほか、国の経済対策に伴う補正予算を３月に議決しています。", 7.5)
    pdf.text(40, 500, "問い合わせ　財政課（電話０８９８－３６－１５１０）", 8.5)
    pdf.center(W / 2, H - 24, "３", 9)
    return pdf.save()


# ---------------------------------------------------------------- 6. 人口ビジョン (PDF)

_ANAN_YEARS = ["2020年", "2025年", "2030年", "2035年", "2040年", "2045年", "2050年"]
_ANAN_ERA = ["（令和2年）", "（令和7年）", "（令和12年）", "（令和17年）", "（令和22年）", "（令和27年）", "（令和32年）"]
_ANAN_IPSS = [72410, 69320, 66050, 62640, 59120, 55540, 51980]
_ANAN_OWN = [72410, 69640, 67020, 64480, 62010, 59630, 57400]
_ANAN_AGING = [("高齢化率（社人研推計）", ["33.1", "35.4", "36.9", "38.2", "39.6", "40.5", "41.2"]),
               ("高齢化率（市独自推計）", ["33.1", "35.2", "36.3", "37.0", "37.6", "38.1", "38.6"])]


def anan_jinko_vision_pdf(out: Path) -> Path:
    """徳島県阿南市 人口ビジョン（令和7年改訂版） (PDF, 2 pages): the 合計特殊出生率 and migration assumptions in
    prose with full-width digits; a ruled projection table with **the years as rows** (「2040年（令和22年）」 in
    one cell) under **a two-row header** — 総人口 over 社人研推計｜市独自推計｜差, 高齢化率 over 社人研推計｜市独自推計
    (the same two words under both groups); 人 and ％ in one unit line; the 2020 row shaded as 実績; the 将来展望 in
    a framed box with a compound 万/千 figure."""
    pdf = PdfPage(out / "anan_jinko_vision_r7.pdf", title="阿南市人口ビジョン（令和7年改訂版）", author="阿南市")
    W, H = pdf.W, pdf.H
    pdf.text(40, 56, "阿南市人口ビジョン（令和７年改訂版）", 16, GOTHIC)
    pdf.text(40, 90, "第３章　将来人口の推計と分析", 12, GOTHIC)
    pdf.text(40, 114, "１　推計の前提", 10.5, GOTHIC)
    for i, s in enumerate([
        "国立社会保障・人口問題研究所（社人研）の令和５年推計に準拠した推計では、本市の合計特殊出生率は現在の",
        "１．４８（平成３０年～令和４年）からほぼ横ばいで推移し、転出超過も続くと仮定されています。",
        "市独自推計では、合計特殊出生率が令和１２年に１．６０、令和２２年に１．８０まで上昇し、",
        "若い世代の転出超過が令和１７年までに均衡すると仮定しました。",
    ]):
        pdf.text(48, 134 + 15 * i, s, 9)
    pdf.text(40, 210, "２　総人口の推計結果", 10.5, GOTHIC)
    pdf.right(W - 40, 224, "（単位：人、％）", 8)
    cols = [110, 74, 74, 66, 66, 66]
    xs = column_lefts(40, cols)
    top = 230
    pdf.box(xs[0], top, cols[0], 32, fill=0.85)
    pdf.center(xs[0] + cols[0] / 2, top + 20, "年", 8.5, GOTHIC)
    for first, span, label in ((1, 3, "総人口"), (4, 2, "高齢化率")):
        w = sum(cols[first:first + span])
        pdf.box(xs[first], top, w, 16, fill=0.85)
        pdf.center(xs[first] + w / 2, top + 11.5, label, 8.5, GOTHIC)
    for c, h in enumerate(["社人研推計", "市独自推計", "差（独自－社人研）", "社人研推計", "市独自推計"], start=1):
        pdf.box(xs[c], top + 16, cols[c], 16, fill=0.9)
        pdf.center(xs[c] + cols[c] / 2, top + 27.5, h, 7.5, GOTHIC)
    top += 32
    for k in range(7):
        shaded = 0.95 if k == 0 else None
        values = [f"{_ANAN_IPSS[k]:,}", f"{_ANAN_OWN[k]:,}",
                  f"{_ANAN_OWN[k] - _ANAN_IPSS[k]:,}" if k else "－", _ANAN_AGING[0][1][k], _ANAN_AGING[1][1][k]]
        pdf.box(xs[0], top, cols[0], 18, fill=0.95)
        pdf.text(xs[0] + 4, top + 12.5, _ANAN_YEARS[k] + _ANAN_ERA[k], 7.5)
        for c, v in enumerate(values, start=1):
            pdf.box(xs[c], top, cols[c], 18, fill=shaded)
            pdf.right(xs[c] + cols[c] - 5, top + 12.5, v, 8)
        top += 18
    pdf.text(40, top + 14, "※2020年（網掛け）は国勢調査の実績値です（年齢不詳を按分）。2025年以降は推計値です。", 7.5)
    pdf.text(40, top + 40, "３　推計結果の分析", 10.5, GOTHIC)
    for i, s in enumerate([
        "社人研推計では、２０５０年の総人口は２０２０年から約２万４００人減少し、高齢化率は４割を超えます。",
        "出生率の向上と転出の抑制が実現した場合、２０５０年の人口は社人研推計より５，４２０人多くなります。",
        "特に、生産年齢人口の減少は地域の産業の担い手不足に直結するため、橘湾沿岸の工業地帯を中心に",
        "若い世代の雇用の場を確保することが、人口減少を緩やかにする鍵となります。",
    ]):
        pdf.text(48, top + 60 + 15 * i, s, 9)
    pdf.center(W / 2, H - 24, "－ 18 －", 9)
    pdf.page()
    pdf.text(40, 56, "第４章　目指すべき将来の方向", 12, GOTHIC)
    pdf.box(60, 80, W - 120, 70)
    pdf.text(76, 104, "【将来展望】", 10.5, GOTHIC)
    pdf.text(76, 124, "２０５０年（令和３２年）に　総人口　５万７千人程度を確保します", 11, GOTHIC)
    pdf.text(76, 142, "（社人研推計　５万１，９８０人）", 9)
    pdf.text(40, 180, "１　基本的な視点", 10.5, GOTHIC)
    for i, s in enumerate([
        "（１）結婚・出産・子育ての希望をかなえ、合計特殊出生率を段階的に引き上げる。",
        "（２）ＬＥＤ関連産業をはじめとする地域の強みを生かし、若者が働き続けられる雇用を創出する。",
        "（３）那賀川流域の豊かな自然と暮らしやすさを発信し、転入者を増やす。",
        "（４）人口減少を前提とした、持続可能な地域づくりを進める。",
    ]):
        pdf.text(48, 200 + 16 * i, s, 9)
    pdf.center(W / 2, H - 24, "－ 19 －", 9)
    return pdf.save()


# ---------------------------------------------------------------- 2. 過疎地域持続的発展計画 (DOCX, merged cells)

# (区分, 事業名（施設名）, 事業内容, 事業主体, 備考); 区分 and 事業名 cells of equal text in a run are merged
_GOTSU = [
    ("１　移住・定住・地域間交流の促進、人材育成", "（１）移住・定住", "ＵＩターン者住宅改修補助\n空き家の改修費の２分の１を補助（上限１５０万円）", "市", ""),
    ("１　移住・定住・地域間交流の促進、人材育成", "（１）移住・定住", "定住促進住宅整備\n桜江町に２戸１棟を建設", "市", "過疎対策事業債"),
    ("１　移住・定住・地域間交流の促進、人材育成", "（４）過疎地域持続的発展特別事業\n移住・定住",
     "ごうつ暮らし体験事業\n具体的な事業内容：お試し住宅を運営し、最長３か月の滞在を受け入れる。\n"
     "事業の必要性：移住希望者が暮らしを体験できる場が不足している。\n見込まれる事業効果：移住者数の増加", "市",
     "事業の効果は将来に及ぶ"),
    ("２　産業の振興", "（１）基盤整備\n農業", "ほ場整備事業（有福地区）\n区画整理　Ａ＝１８．４ｈａ", "県", "負担金"),
    ("２　産業の振興", "（１）基盤整備\n林業", "林道開設事業（後山線）\nＬ＝１，２６０ｍ　Ｗ＝４．０ｍ", "市", "過疎対策事業債"),
    ("２　産業の振興", "（９）観光又はレクリエーション", "有福温泉街景観整備事業\n共同浴場の改修と石畳の修景", "市", ""),
    ("２　産業の振興", "（10）過疎地域持続的発展特別事業\n第１次産業",
     "石州瓦産業後継者育成事業\n具体的な事業内容：瓦職人を目指す若者に、研修期間中の生活費を月１５万円支給する。\n"
     "事業の必要性：窯元の高齢化が進み、技術の継承が危ぶまれている。\n見込まれる事業効果：担い手の確保と地場産業の維持", "市",
     "事業の効果は将来に及ぶ"),
    ("５　交通施設の整備、交通手段の確保", "（１）市町村道\n道路", "市道波積本郷線改良事業\nＬ＝６２０ｍ　Ｗ＝５．５ｍ", "市", "過疎対策事業債"),
    ("５　交通施設の整備、交通手段の確保", "（９）過疎地域持続的発展特別事業\n公共交通",
     "生活バス路線維持事業\n具体的な事業内容：桜江・川平地区の生活バス３路線の運行を民間事業者に委託する。\n"
     "事業の必要性：ＪＲ三江線の廃止後、高齢者の移動手段の確保が急務である。\n見込まれる事業効果：通院・買物の移動手段の確保", "市",
     "事業の効果は将来に及ぶ"),
    ("７　子育て環境の確保、高齢者等の保健及び福祉の向上及び増進", "（８）過疎地域持続的発展特別事業\n児童福祉",
     "江津っ子すくすく応援事業\n具体的な事業内容：第１子からの保育料を無償とし、出産時に１０万円の祝金を支給する。\n"
     "事業の必要性：若い世代の経済的負担が出生数の減少の一因となっている。\n見込まれる事業効果：出生数の維持", "市",
     "事業の効果は将来に及ぶ"),
]


def gotsu_kaso_keikaku_docx(out: Path) -> Path:
    """島根県江津市 過疎地域持続的発展計画（令和3年度～令和7年度）【令和6年度変更】 (DOCX): Word headings, the
    現況 and 目標 in paragraphs, then **the 事業計画 table** 持続的発展施策区分｜事業名（施設名）｜事業内容｜事業主体｜
    備考 whose 区分 cells are merged down over their rows and whose 事業名 cells are merged where they repeat (the
    merge spans are ragged: some rows share a 事業名, others do not); **過疎地域持続的発展特別事業 sub-rows hold the
    事業 name only as the first line of the 事業内容 cell**, followed by 具体的な事業内容／事業の必要性／見込まれる事業効果."""
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    style = doc.styles["Normal"]
    style.font.name = "MS Mincho"
    style.font.size = Pt(10.5)
    doc.add_heading("江津市過疎地域持続的発展計画（令和３年度～令和７年度）", level=0)
    doc.add_paragraph("令和６年１２月変更　島根県江津市")
    doc.add_heading("第１章　基本的な事項", level=1)
    doc.add_paragraph("　本市の人口は、令和２年国勢調査で２２，９５９人となり、平成２７年から１，５１９人減少した。"
                      "高齢化率は４０．２％に達し、特に桜江町と有福温泉町を含む山間部では５０％を超える地区もある。")
    doc.add_paragraph("　このため本計画では、移住・定住の促進と地場産業の担い手確保を柱に、生活交通と子育て環境の"
                      "確保に取り組み、人口減少に歯止めをかけることを基本方針とする。")
    doc.add_heading("計画の目標", level=2)
    doc.add_paragraph("　移住者数（年間）　令和元年度　１４２人　→　令和７年度　１８０人")
    doc.add_paragraph("　社会増減数（年間）　令和元年度　△１２６人　→　令和７年度　△５０人")
    doc.add_heading("第２章　事業計画（令和３年度～令和７年度）", level=1)
    doc.add_paragraph("　過疎地域の持続的発展のために実施する事業は次のとおりとする。")
    table = doc.add_table(rows=1 + len(_GOTSU), cols=5)
    table.style = "Table Grid"
    for c, h in enumerate(["持続的発展施策区分", "事業名（施設名）", "事業内容", "事業主体", "備考"]):
        table.cell(0, c).text = h
    for r, row in enumerate(_GOTSU, start=1):
        for c, v in enumerate(row):
            table.cell(r, c).text = v
    for c in (0, 1):
        start = 1
        for r in range(2, len(_GOTSU) + 2):
            if r == len(_GOTSU) + 1 or _GOTSU[r - 1][c] != _GOTSU[start - 1][c]:
                if r - 1 > start:
                    text = _GOTSU[start - 1][c]
                    merged = table.cell(start, c).merge(table.cell(r - 1, c))
                    merged.text = text
                start = r
    doc.add_paragraph("※事業主体の「県」は島根県が実施し、市が負担金を支出する事業である。")
    doc.add_heading("第３章　計画の評価", level=1)
    doc.add_paragraph("　毎年度、江津市過疎地域持続的発展計画推進会議において目標の達成状況を確認し、その結果を"
                      "市のホームページで公表する。令和５年度の移住者数は１６８人で、目標に向けて順調に推移している。")
    path = out / "gotsu_kaso_jizokuteki_hatten_keikaku.docx"
    doc.save(str(path))
    return path


# ---------------------------------------------------------------- 5. 地方創生 交付金事業 効果検証 (XLSX)

_KOMATSU = [
    ("デジタル田園都市国家構想交付金（地方創生推進タイプ）", "小松空港国際線利用促進事業", 32400,
     "小松空港国際線の年間利用者数", "人", (40000, 12480), (80000, 61350), (120000, 98720),
     "目標未達成（令和６年度の達成率８２．３％）",
     "地方創生に効果があった。国際線の復便は進んでいるが、台湾便以外の需要の掘り起こしが今後の課題である。"),
    ("デジタル田園都市国家構想交付金（地方創生推進タイプ）", "こまつ産業人材ＵＩＪターン促進事業", 18600,
     "市内企業へのＵＩＪターン就職者数", "人", (60, 48), (70, 73), (80, 91),
     "目標達成",
     "地方創生に非常に効果があった。建設機械関連企業との合同説明会が成果を上げており、継続すべきである。"),
    ("地方創生拠点整備交付金", "粟津温泉にぎわい拠点整備事業", 210000,
     "粟津温泉の年間宿泊者数", "人", (180000, 165200), (200000, 203400), (220000, 214800),
     "おおむね達成（令和６年度の達成率９７．６％）",
     "地方創生に効果があった。拠点の稼働率を高めるため、平日の利用促進策を検討されたい。"),
    ("デジタル田園都市国家構想交付金（デジタル実装タイプ）", "行政手続オンライン化推進事業", 9800,
     "オンライン申請の利用率", "％", (15.0, 12.6), (25.0, 27.3), (35.0, 38.9),
     "目標達成",
     "地方創生に効果があった。高齢者への操作支援を並行して行うことが望ましい。"),
    ("デジタル田園都市国家構想交付金（地方創生推進タイプ）", "安宅の関歴史観光推進事業", 14200,
     "安宅の関周辺の観光入込客数", "千人", (2100, 1954), (2250, 2310), (2400, 2287),
     "目標未達成（令和６年度の達成率９５．３％）",
     "地方創生に相当程度効果があった。北陸新幹線小松駅の開業効果を周辺に波及させる工夫が必要である。"),
]


def komatsu_kouka_kensho_xlsx(out: Path) -> Path:
    """石川県小松市 地方創生関係交付金事業 効果検証シート (XLSX, 1 sheet): a title and a unit note, then **a header on
    two rows** — No.｜交付金の種類｜事業名｜総事業費（千円）｜重要業績評価指標（KPI）｜単位 merged down, 令和４年度｜
    令和５年度｜令和６年度 each merged across 目標値｜実績値, then 達成状況｜外部評価 merged down; one row per 事業,
    long cells wrapped (wrap_text) and KPI values as numbers (#,##0 or 0.0), the 外部評価 sentence by the
    創生推進会議."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "効果検証（令和６年度）"
    ws["A1"] = "令和６年度　地方創生関係交付金事業の効果検証（小松市）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "評価：小松市まち・ひと・しごと創生推進会議（令和７年８月２０日開催）"
    heads = ["No.", "交付金の種類", "事業名", "総事業費（千円）", "重要業績評価指標（KPI）", "単位"]
    for c, h in enumerate(heads, start=1):
        ws.cell(4, c, h)
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    for k, year in enumerate(["令和４年度", "令和５年度", "令和６年度"]):
        col = 7 + 2 * k
        ws.cell(4, col, year)
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
        ws.cell(5, col, "目標値")
        ws.cell(5, col + 1, "実績値")
    for col, h in ((13, "達成状況"), (14, "外部評価")):
        ws.cell(4, col, h)
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for row in ws.iter_rows(min_row=4, max_row=5, max_col=14):
        for cell in row:
            cell.fill = fill
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, (kind, name, cost, kpi, unit, y4, y5, y6, status, opinion) in enumerate(_KOMATSU):
        r = 6 + i
        values = [i + 1, kind, name, cost, kpi, unit, *y4, *y5, *y6, status, opinion]
        for c, v in enumerate(values, start=1):
            cell = ws.cell(r, c, v)
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            if isinstance(v, (int, float)) and c >= 4:
                cell.number_format = "0.0" if unit == "％" and c >= 7 else "#,##0"
        ws.row_dimensions[r].height = 75
    for col, width in zip("ABCDEFGHIJKLMN", [5, 22, 22, 11, 22, 6, 9, 9, 9, 9, 9, 9, 18, 40]):
        ws.column_dimensions[col].width = width
    ws.cell(6 + len(_KOMATSU) + 1, 1, "※外部評価は、創生推進会議の委員の意見を事務局が要約したものである。")
    path = out / "komatsu_sousei_koufukin_kouka_kensho_r6.xlsx"
    wb.save(str(path))
    return path


# ---------------------------------------------------------------- 7. 市民意識調査 (DOCX) and its 集計表 (CSV with BOM)

_SHUNAN = [  # 施策, 満足度, 満足度順位, 重要度, 重要度順位
    ("子育て支援の充実", "0.21", "6", "1.32", "2"), ("学校教育の充実", "0.34", "3", "1.18", "5"),
    ("医療体制の充実", "0.12", "8", "1.41", "1"), ("高齢者福祉の充実", "0.18", "7", "1.24", "4"),
    ("防災・減災対策", "0.26", "5", "1.29", "3"), ("公共交通の利便性", "△0.48", "12", "1.02", "8"),
    ("雇用の確保と産業の振興", "△0.31", "11", "1.09", "6"), ("中心市街地の活性化", "△0.22", "10", "0.86", "10"),
    ("ごみ処理・リサイクル", "0.52", "1", "0.97", "9"), ("上下水道の整備", "0.47", "2", "1.05", "7"),
    ("文化・スポーツの振興", "0.29", "4", "0.58", "12"), ("市民参画・協働", "0.03", "9", "0.61", "11"),
]


def shunan_ishiki_chosa_docx(out: Path) -> Path:
    """山口県周南市 令和6年度 市民意識調査 報告書 (DOCX): Word headings; the 調査の概要 as a two-column label table;
    **a table 施策｜満足度（評価点）｜順位｜重要度（評価点）｜順位 with the rank beside each score** and △ for a negative
    score; the 重点改善分野 as List Bullet paragraphs; 結果の活用 prose. The 年代別 cross-tab is the CSV beside it."""
    import docx
    doc = docx.Document()
    doc.add_heading("令和６年度　周南市市民意識調査　報告書（概要版）", level=0)
    doc.add_heading("１　調査の概要", level=1)
    rows = [("調査対象", "市内在住の18歳以上の市民3,000人（住民基本台帳から無作為抽出）"),
            ("調査期間", "令和６年７月１日～７月２２日"), ("調査方法", "郵送配布、郵送またはインターネットによる回答"),
            ("回収数", "1,287人（回収率42.9％）")]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, (a, b) in enumerate(rows):
        t.cell(r, 0).text, t.cell(r, 1).text = a, b
    doc.add_heading("２　施策の満足度と重要度", level=1)
    doc.add_paragraph("　市の12の施策について、満足度と重要度を５段階で尋ね、「満足（重要）」を２点、「やや満足（やや重要）」を"
                      "１点、「ふつう」を０点、「やや不満（あまり重要でない）」を－１点、「不満（重要でない）」を－２点として"
                      "評価点を算出した。△はマイナスを示す。")
    t = doc.add_table(rows=1 + len(_SHUNAN), cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["施策", "満足度（評価点）", "順位", "重要度（評価点）", "順位"]):
        t.cell(0, c).text = h
    for r, row in enumerate(_SHUNAN, start=1):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    doc.add_heading("３　重点改善分野", level=1)
    doc.add_paragraph("　満足度が低く重要度が高い次の施策を、重点改善分野と位置付ける。")
    for s in ["公共交通の利便性（満足度が12施策中最も低い）", "雇用の確保と産業の振興", "医療体制の充実（重要度が最も高い）"]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_heading("４　定住意向", level=1)
    doc.add_paragraph("　「住み続けたい」「どちらかといえば住み続けたい」を合わせた定住意向は全体で７６．５％となり、"
                      "前回調査（令和３年度）の７８．９％を２．４ポイント下回った。年代別では１８～２９歳が最も低い。"
                      "年代別の集計は別添の集計表のとおりである。")
    doc.add_heading("５　結果の活用", level=1)
    doc.add_paragraph("　調査結果は、第３次周南市まちづくり総合計画の成果指標の実績値として用いるとともに、重点改善分野の"
                      "施策については、令和７年度の事業の見直しにおいて予算を優先的に配分する。")
    path = out / "shunan_r6_shimin_ishiki_chosa.docx"
    doc.save(str(path))
    return path


_SHUNAN_AGES = [  # 年代, then 回答数 for 住み続けたい｜どちらかといえば住み続けたい｜どちらかといえば移りたい｜移りたい｜無回答
    ("18～29歳", [26, 40, 29, 19, 4]), ("30歳代", [45, 57, 28, 16, 3]), ("40歳代", [71, 78, 30, 15, 4]),
    ("50歳代", [90, 80, 31, 14, 6]), ("60歳代", [127, 87, 28, 13, 8]), ("70歳以上", [174, 109, 31, 11, 13]),
]


def _share(count: int, total: int) -> str:
    """A share in ％ with one decimal, rounded half up as survey tables print it."""
    return f"{(count * 1000 + total // 2) // total / 10:.1f}"


def shunan_cross_tab_csv(out: Path) -> Path:
    """山口県周南市 市民意識調査 集計表 年代別 (CSV, **UTF-8 with BOM**, CRLF): a title row and a question row, then a
    cross-tab whose **each 年代 takes two rows — the 回答数 row carries the 年代 and its total, the ％ row below it
    starts with an empty cell and the word 「％」** (the layout of a statistics package's output); the 全体 rows
    first; a ※ note."""
    heads = "年代,区分,合計,住み続けたい,どちらかといえば住み続けたい,どちらかといえば移りたい,移りたい,無回答"
    everyone = [sum(counts[i] for _, counts in _SHUNAN_AGES) for i in range(5)]
    lines = ["令和６年度周南市市民意識調査　集計表（年代別クロス集計）",
             "問12　あなたは、これからも周南市に住み続けたいと思いますか。", heads]
    for age, counts in [("全体", everyone)] + _SHUNAN_AGES:
        total = sum(counts)
        total_cell = f'"{total:,}"' if total >= 1000 else str(total)
        lines.append(",".join([age, "回答数", total_cell] + [str(c) for c in counts]))
        lines.append(",".join(["", "％", "100.0"] + [_share(c, total) for c in counts]))
    lines.append("※構成比は小数点第２位を四捨五入しているため、合計が100.0にならない場合がある。")
    text = "\n".join(lines) + "\n"
    return write_text(out / "shunan_r6_ishiki_chosa_nendaibetsu.csv", text, encoding="utf-8-sig", crlf=True)


# ---------------------------------------------------------------- 8. 議会 一般質問 会議録 (CP932 text)

_SHOBARA = """\
令和６年第４回庄原市議会定例会会議録（第３号）

令和６年１２月１０日（火曜日）午前１０時開議

１　出席議員（１８名）
　　　１番　坂　本　和　也　君　　　　２番　藤　原　由　紀　君
　　　３番　岡　田　誠　司　君　　　　７番　横　山　里　美　君
　　（以下略）

２　説明のため出席した者
　　　市長　　　　　　竹　森　正　弘　君
　　　副市長　　　　　宮　地　敏　郎　君
　　　教育長　　　　　片　山　恵　子　君
　　　企画振興部長　　植　田　康　夫　君

―――――――――――――――――――――――――――――――――――

　　　　　午前１０時００分　開議

○議長（長谷川　勝君）　ただいまから本日の会議を開きます。
　日程第１、一般質問を行います。順次発言を許します。
　７番、横山里美議員。

〔７番　横山里美君登壇〕
○７番（横山里美君）　皆さん、おはようございます。通告に従い、地域公共交通の確保について質問いたします。
　芸備線の備後落合駅と東城駅の間は、利用者の減少が続き、存廃の議論が本格化しております。鉄道の将来が見通せない中、高齢者の通院や買い物の足をどう守るのか。市が運行する乗合タクシーの利用状況とあわせて、市長の考えをお伺いいたします。

○議長（長谷川　勝君）　市長。

〔市長　竹森正弘君登壇〕
○市長（竹森正弘君）　横山議員のご質問にお答えいたします。
　市が運行しております乗合タクシーの令和５年度の利用者数は、延べ８，４２６人でございまして、前年度と比べて６１２人の増加となっております。
　一方で、東城地域と西城地域では、運転手の確保が難しく、減便を余儀なくされた路線もございます。
　このため、令和７年度から、東城地域において、予約に応じて運行するＡＩデマンド交通の実証運行を開始したいと考えております。運行経費は、年間およそ１，２００万円を見込んでおり、国の補助金を活用してまいります。
　芸備線につきましては、沿線の自治体と連携し、鉄道を生かした地域づくりを引き続き国とＪＲに働きかけてまいります。

○議長（長谷川　勝君）　７番、横山里美議員。

○７番（横山里美君）　ＡＩデマンド交通の実証運行について、利用料金と、運行する範囲はどのようにお考えでしょうか。

○議長（長谷川　勝君）　企画振興部長。

○企画振興部長（植田康夫君）　お答えいたします。
　利用料金は、１回当たり５００円を基本とし、７５歳以上の方と障害のある方は３００円とする方向で検討しております。運行範囲は、東城地域の全域とし、東城駅と市立西城市民病院への乗り入れを予定しております。

○議長（長谷川　勝君）　次に、２番、藤原由紀議員。

〔２番　藤原由紀君登壇〕
○２番（藤原由紀君）　子どもの減少と学校のあり方についてお尋ねします。
　市内の小学校の児童数は、この１０年で大きく減っております。複式学級の状況と、学校の再編に対する教育委員会の方針を伺います。

○議長（長谷川　勝君）　教育長。

○教育長（片山恵子君）　藤原議員のご質問にお答えいたします。
　市内の小学校の児童数は、令和６年５月１日現在で１，４０２人であり、１０年前と比べますと４１７人の減少となっております。
　また、市内１８校のうち７校で複式学級を編制しております。
　教育委員会といたしましては、児童数の推移を見極めながら、地域の皆様との協議を重ね、令和８年度中に「庄原市立学校の適正配置に関する基本方針」を改定する考えでございます。再編ありきではなく、小規模校の良さを生かす選択肢もあわせて検討してまいります。

○議長（長谷川　勝君）　次に、３番、岡田誠司議員。

○３番（岡田誠司君）　鳥獣被害対策について質問します。
　〔「そうだ」と呼ぶ者あり〕
　比婆山の麓の集落では、イノシシやシカの被害で耕作をやめる農家が出ております。被害の現状と、捕獲の強化策を伺います。

○議長（長谷川　勝君）　市長。

○市長（竹森正弘君）　岡田議員のご質問にお答えいたします。
　令和５年度の有害鳥獣による農作物の被害額は、約２，３８０万円でございまして、このうちイノシシによるものが約６割を占めております。
　捕獲の担い手を確保するため、令和７年度から、イノシシとシカの捕獲報奨金を、１頭当たり８，０００円から１万円に引き上げることといたします。
　あわせて、狩猟免許の取得に要する経費の全額を助成し、若い世代の狩猟者の育成に努めてまいります。

○議長（長谷川　勝君）　以上で一般質問を終わります。
　本日はこれにて散会いたします。

　　　　　午前１１時５２分　散会
"""


def shobara_kaigiroku_txt(out: Path) -> Path:
    """広島県庄原市 令和6年第4回定例会会議録（第3号） (text, **CP932**, CRLF): a 会議録 head with 出席議員 in two
    columns and 説明員, then **speaker turns** 「○議長（…君）」／「○７番（…君）」／「○市長（…君）」／「○教育長（…君）」,
    each a paragraph whose first line carries the speaker; the figures stated in the answers in full-width digits."""
    return write_text(out / "shobara_r6_4teirei_kaigiroku_3go.txt", _SHOBARA, encoding="cp932", crlf=True)


# ---------------------------------------------------------------- all

def make_all(out_dir: Path) -> list[Path]:
    """Write every document of the eighth blind set into `out_dir` (created if missing) and return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [
        joso_jisshi_keikaku_pdf(out_dir),
        gotsu_kaso_keikaku_docx(out_dir),
        koka_seika_setsumeisho_pdf(out_dir),
        imabari_koho_yosan_pdf(out_dir),
        komatsu_kouka_kensho_xlsx(out_dir),
        anan_jinko_vision_pdf(out_dir),
        shunan_ishiki_chosa_docx(out_dir),
        shunan_cross_tab_csv(out_dir),
        shobara_kaigiroku_txt(out_dir),
    ]
