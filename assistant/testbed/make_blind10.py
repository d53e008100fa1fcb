"""Tenth blind fixture set: eight documents in layouts nobody tuned the extractor to, answers written by hand.

`make_all(out_dir)` writes eight documents of Japanese local-government kinds no earlier set used (a 地域公共交通計画
in A4 landscape PDF with a 評価指標 table and a 事業 schedule drawn as bars; a 健康増進計画 概要版 in PDF whose
指標 table is set **without any ruling line**; a 空家等対策計画 概要版 in two-column PDF; a 移住・定住支援制度一覧 web
page; a 介護保険事業計画 workbook with 推計, サービス見込量 and 保険料 sheets; a 国土強靱化地域計画 workbook whose cells
hold several 事業; a 農業振興地域整備計画書 in Word; a 地球温暖化対策実行計画 進捗 text in CP932) into `out_dir` and
returns their paths. The municipalities (関東・中部・北陸) are real and were used by no earlier set; every figure,
name and sentence is invented. The expected answers in `questions.jsonl` were written by hand from the text below,
without reading or running the extractor. Binary formats are generated here, never committed.
"""
from __future__ import annotations

from pathlib import Path

from assistant.testbed.documents import GOTHIC, MINCHO, PAGE_H, PAGE_W, PdfPage, column_lefts, write_text


# ---------------------------------------------------------------- 1. 地域公共交通計画 (PDF, landscape)

_KUROBE_GOALS = [  # (目標, 評価指標, 現状値, 基準年度, 目標値, 取得方法)
    ("目標１　市民の日常の移動を支える", "市民バスの年間利用者数", "182,400人", "令和５年度", "200,000人", "運行事業者の実績報告"),
    ("", "市民バスの収支率", "18.6％", "令和５年度", "22.0％", "運行事業者の実績報告"),
    ("目標２　拠点と地域をつなぐ", "黒部宇奈月温泉駅の二次交通利用者数（１日平均）", "1,240人", "令和５年度", "1,500人", "乗降調査"),
    ("", "デマンドタクシー「くろべ愛のり号」の登録者数", "1,860人", "令和６年度", "3,000人", "登録台帳"),
    ("目標３　持続可能な交通をつくる", "公共交通に対する市の財政負担額", "2億1,400万円", "令和５年度", "2億3,000万円以内", "決算額"),
    ("", "公共交通に満足している市民の割合", "31.2％", "令和６年度", "40.0％", "市民意識調査"),
]

# (No., 施策, 事業, 実施主体, 重点, (first year index, last year index, label))
_KUROBE_MEASURES = [
    ("1", "施策１　路線の再編", "市民バス路線の再編", "市・交通事業者", True, (0, 1, "検討・実施")),
    ("2", "", "電鉄黒部駅と市役所を結ぶ幹線の増便", "交通事業者", False, (1, 4, "実施")),
    ("3", "施策２　デマンド交通の拡充", "デマンドタクシーの全市展開", "市", True, (0, 2, "段階的に拡大")),
    ("4", "", "予約のオンライン化", "市・交通事業者", False, (1, 2, "導入")),
    ("5", "施策３　利用しやすい環境", "交通系ＩＣカードの導入", "交通事業者", True, (2, 3, "導入")),
    ("6", "", "駅とバス停の待合環境の改善", "市", False, (0, 4, "順次実施")),
    ("7", "", "公共交通マップの作成", "市", False, (0, 0, "作成")),
    ("8", "施策４　利用の促進", "高齢者運転免許自主返納支援事業", "市", False, (0, 4, "継続")),
    ("9", "", "宇奈月温泉観光二次交通実証運行", "市・観光協会", True, (1, 2, "実証")),
]


def kurobe_kotsu_keikaku_pdf(out: Path) -> Path:
    """富山県黒部市 地域公共交通計画（令和7年度～令和11年度） (PDF, A4 landscape, 2 pages): page 1 the 基本方針 in
    prose and a ruled 評価指標 table 目標｜評価指標｜現状値｜基準年度｜目標値（令和11年度）｜把握方法 (the 目標 only on its
    first row); page 2 a ruled 事業 table No.｜施策｜事業｜実施主体｜令和７年度…令和11年度 whose years hold **no text but a
    drawn bar** with a small label, and ◎ before a 重点 事業 explained in a legend line above the table."""
    pdf = PdfPage(out / "kurobe_chiiki_koukyou_koutsu_keikaku.pdf", title="黒部市地域公共交通計画",
                  author="黒部市 総務企画部 企画政策課", landscape=True)
    W, H = pdf.W, pdf.H
    pdf.text(40, 50, "黒部市地域公共交通計画（令和７年度～令和11年度）", 15, GOTHIC)
    pdf.right(W - 40, 50, "令和７年３月　黒部市", 9)
    pdf.hline(40, W - 40, 58, 1.2)
    pdf.text(40, 82, "１　基本方針", 11, GOTHIC)
    for i, s in enumerate([
        "本市の公共交通は、北陸新幹線の黒部宇奈月温泉駅、富山地方鉄道の電鉄黒部駅と、市民バス・デマンドタクシーが担っています。",
        "市民バスの利用者は令和元年度から約２割減り、運転士の確保も難しくなっていることから、路線を幹線と支線に分けて再編し、",
        "支線の役割をデマンドタクシーに移すことで、限られた車両と運転士で市内全域の移動を支えることを基本方針とします。",
    ]):
        pdf.text(52, 100 + 15 * i, s, 9)
    pdf.text(40, 160, "２　計画の目標と評価指標", 11, GOTHIC)
    cols = [150, 240, 75, 65, 115, 90]
    xs = column_lefts(40, cols)
    top = 172
    for x, w, h in zip(xs, cols, ["目　標", "評価指標", "現状値", "基準年度", "目標値（令和11年度）", "把握方法"]):
        pdf.box(x, top, w, 20, fill=0.85)
        pdf.center(x + w / 2, top + 13, h, 8.5, GOTHIC)
    top += 20
    for goal, name, now, year, target, how in _KUROBE_GOALS:
        for x, w in zip(xs, cols):
            pdf.box(x, top, w, 22)
        pdf.text(xs[0] + 4, top + 14, goal, 8.5, GOTHIC)
        pdf.text(xs[1] + 4, top + 14, name, 8.5)
        pdf.right(xs[2] + cols[2] - 5, top + 14, now, 8.5)
        pdf.center(xs[3] + cols[3] / 2, top + 14, year, 8.5)
        pdf.right(xs[4] + cols[4] - 5, top + 14, target, 8.5)
        pdf.text(xs[5] + 4, top + 14, how, 8)
        top += 22
    pdf.text(46, top + 16, "※財政負担額は、市民バスの運行経費とデマンドタクシーの運行委託料から運賃収入を差し引いた額です。", 8)
    pdf.center(W / 2, H - 20, "－ 1 －", 8)
    pdf.page()

    pdf.text(40, 50, "３　目標を達成するための事業と実施スケジュール", 11, GOTHIC)
    pdf.text(52, 68, "凡例　◎：重点事業　　実施主体の「市」は黒部市を、「交通事業者」はバス・タクシー事業者を指します。", 8.5)
    cols = [28, 130, 215, 85] + [58] * 5
    xs = column_lefts(40, cols)
    top = 78
    for x, w, h in zip(xs, cols, ["No.", "施　策", "事　業", "実施主体", "令和７年度", "令和８年度", "令和９年度",
                                   "令和10年度", "令和11年度"]):
        pdf.box(x, top, w, 20, fill=0.85)
        pdf.center(x + w / 2, top + 13, h, 8.5, GOTHIC)
    top += 20
    for no, measure, name, body, key, (first, last, label) in _KUROBE_MEASURES:
        for x, w in zip(xs, cols):
            pdf.box(x, top, w, 26)
        pdf.center(xs[0] + cols[0] / 2, top + 16, no, 8.5)
        pdf.text(xs[1] + 4, top + 16, measure, 8.5, GOTHIC)
        pdf.text(xs[2] + 4, top + 16, ("◎" if key else "　") + name, 8.5)
        pdf.text(xs[3] + 4, top + 16, body, 8.5)
        bar_left, bar_right = xs[4 + first] + 4, xs[4 + last] + cols[4 + last] - 4
        pdf.box(bar_left, top + 15, bar_right - bar_left, 6, fill=0.4)
        pdf.text(bar_left, top + 11, label, 6.5)
        top += 26
    for i, s in enumerate([
        "４　計画の推進",
        "計画の進み具合は、黒部市地域公共交通会議で毎年度評価し、評価指標の実績をホームページで公表します。",
        "中間年度の令和９年度には、市民バスの利用実績と運行経費を検証し、必要に応じて路線と運行ダイヤを見直します。",
    ]):
        pdf.text(40 if i == 0 else 52, top + 30 + 16 * i, s, 11 if i == 0 else 9, GOTHIC if i == 0 else MINCHO)
    pdf.center(W / 2, H - 20, "－ 2 －", 8)
    return pdf.save()


# ---------------------------------------------------------------- 2. 健康増進計画 概要版 (PDF, unruled table)

_YUKI_TARGETS = [  # (分野, 指標, 対象, 現状値, 目標値)
    ("栄養・食生活", "朝食を毎日食べる人の割合", "20歳代男性", "58.2％", "70.0％"),
    ("", "主食・主菜・副菜をそろえて食べる人の割合", "成人", "42.6％", "50.0％"),
    ("身体活動・運動", "運動習慣のある人の割合", "成人男性", "33.8％", "40.0％"),
    ("", "", "成人女性", "26.4％", "35.0％"),
    ("歯・口腔", "80歳で20本以上の歯を有する人の割合", "80歳", "48.0％", "60.0％"),
    ("喫煙", "喫煙率", "成人男性", "24.1％", "15.0％"),
    ("", "", "成人女性", "6.3％", "4.0％"),
    ("休養", "睡眠で休養が十分とれている人の割合", "成人", "71.5％", "80.0％"),
    ("健診・検診", "特定健康診査受診率", "国保40～74歳", "38.7％", "60.0％"),
    ("", "胃がん検診受診率", "50～69歳", "8.9％", "15.0％"),
]

_YUKI_STAGES = [
    ("妊娠期・乳幼児期", ["妊婦への栄養相談と歯科健診の実施", "離乳食教室「もぐもぐ広場」の開催", "家族の禁煙支援"]),
    ("学童期・思春期", ["小学校での朝ごはん調べの実施", "中学生へのがん教育", "部活動と連携した歯と口の健康づくり"]),
    ("青壮年期", ["健康ポイント「ゆうき健康マイレージ」の参加者拡大", "職域と連携した健康づくり出前講座",
              "特定保健指導の夜間・休日実施"]),
    ("高齢期", ["通いの場での口腔機能向上体操の普及", "低栄養予防のための食生活相談", "シニア向けウォーキング教室"]),
]


def yuki_kenko_keikaku_pdf(out: Path) -> Path:
    """茨城県結城市 第3次健康ゆうき21計画 概要版 (PDF, portrait, 2 pages): the 計画の概要 and 前計画の評価 in prose,
    then **a 分野別 目標 table set without any ruling line** — columns placed by position only, 分野｜指標｜対象｜
    現状値（令和５年度）｜目標値（令和18年度）, the 分野 and the 指標 printed only on their first row (a 成人女性 row under a
    成人男性 row holds only 対象 and values); page 2 ライフステージ別の主な取組 as ・ lists under ◆ headings."""
    pdf = PdfPage(out / "yuki_dai3ji_kenko_zoshin_keikaku_gaiyo.pdf", title="第3次健康ゆうき21計画 概要版",
                  author="結城市 保健福祉部 健康増進課")
    pdf.text(40, 54, "第３次健康ゆうき21計画（結城市健康増進計画・食育推進計画）概要版", 12.5, GOTHIC)
    pdf.right(PAGE_W - 40, 72, "計画期間：令和７年度～令和18年度", 8.5)
    pdf.text(40, 96, "■ 基本理念", 10.5, GOTHIC)
    pdf.text(52, 114, "「紬のように　人と人が支え合い　生涯いきいき暮らせるまち　結城」", 9.5)
    pdf.text(40, 140, "■ 前計画の評価", 10.5, GOTHIC)
    for i, s in enumerate([
        "第２次計画の指標42項目のうち、目標を達成したものは11項目（26.2％）、改善したものは17項目でした。",
        "一方で、20歳代から30歳代の朝食の欠食と、働く世代の運動不足は改善がみられず、特定健康診査の受診率も",
        "国の目標を大きく下回っています。このため、第３次計画では「働く世代の健康づくり」を重点課題とします。",
    ]):
        pdf.text(52, 158 + 14 * i, s, 8.8)
    pdf.text(40, 214, "■ 分野別の目標", 10.5, GOTHIC)
    xs = [46, 130, 330, 412, 494]
    top = 236
    for x, h in zip(xs, ["分野", "指標", "対象", "現状値（令和５年度）", "目標値（令和18年度）"]):
        pdf.text(x, top, h, 7.5, GOTHIC)
    for i, (field, name, who, now, target) in enumerate(_YUKI_TARGETS):
        y = top + 20 + 17 * i
        pdf.text(xs[0], y, field, 8.3, GOTHIC)
        pdf.text(xs[1], y, name, 8.3)
        pdf.text(xs[2], y, who, 8.3)
        pdf.right(xs[3] + 66, y, now, 8.3)
        pdf.right(xs[4] + 66, y, target, 8.3)
    y = top + 20 + 17 * len(_YUKI_TARGETS) + 8
    pdf.text(46, y, "注）運動習慣のある人：１回30分以上の運動を週２回以上、１年以上続けている人。", 7.5)
    pdf.text(46, y + 12, "注）現状値は令和５年度に実施した「健康づくりに関する市民アンケート」及び法定報告による。", 7.5)
    pdf.center(PAGE_W / 2, PAGE_H - 24, "1", 8)
    pdf.page()
    pdf.text(40, 54, "■ ライフステージ別の主な取組", 10.5, GOTHIC)
    top = 78
    for stage, items in _YUKI_STAGES:
        pdf.text(46, top, f"◆{stage}", 9.5, GOTHIC)
        for j, item in enumerate(items):
            pdf.text(60, top + 16 + 14 * j, f"・{item}", 8.8)
        top += 16 + 14 * len(items) + 12
    pdf.text(40, top + 6, "■ 計画の推進", 10.5, GOTHIC)
    for i, s in enumerate([
        "市民、地域、職域、医療機関と市が役割を分担し、「健康ゆうき21推進会議」で毎年度の取組の状況を確認します。",
        "令和12年度に中間評価を行い、指標と取組を見直します。",
    ]):
        pdf.text(52, top + 24 + 14 * i, s, 8.8)
    pdf.center(PAGE_W / 2, PAGE_H - 24, "2", 8)
    return pdf.save()


# ---------------------------------------------------------------- 3. 空家等対策計画 概要版 (PDF, two columns)

_MINAMIUONUMA_LEFT = [
    ("h", "１　計画の目的"),
    ("", "本計画は、空家等対策の推進に関する特別"),
    ("", "措置法第７条に基づき、市内の空家等に関"),
    ("", "する対策を総合的に進めるために定めるも"),
    ("", "のです。計画期間は令和７年度から令和11"),
    ("", "年度までの５年間です。"),
    ("", ""),
    ("h", "２　空家等の現状"),
    ("", "令和５年度に実施した実態調査では、市内"),
    ("", "の空家等は１，２８６件で、前回調査（令"),
    ("", "和元年度）の１，０４２件から２４４件増"),
    ("", "加しました。このうち、屋根や外壁の損傷"),
    ("", "が著しい管理不全の空家等は２１４件で、"),
    ("", "六日町地域と塩沢地域の市街地に多くみら"),
    ("", "れます。空家等の所有者の約４割は市外に"),
    ("", "住んでおり、うち約６割が65歳以上です。"),
    ("", ""),
    ("h", "３　空家等の課題"),
    ("", "（１）冬期の雪下ろしが行われず、屋根の"),
    ("", "　　　雪の重みで倒壊するおそれがある。"),
    ("", "（２）相続登記がされず、所有者の分から"),
    ("", "　　　ない空家等が増えている。"),
    ("", "（３）空き家バンクの登録物件が少なく、"),
    ("", "　　　移住希望者の求めに応えられない。"),
]

_MINAMIUONUMA_RIGHT = [
    ("h", "４　基本方針"),
    ("", "方針１　空家等の発生を抑える"),
    ("", "方針２　空家等の活用を進める"),
    ("", "方針３　適切な管理と除却を促す"),
    ("", ""),
    ("h", "５　主な取組"),
    ("", "【新】は新規、【拡】は拡充する取組です。"),
    ("g", "◇方針１　発生の抑制"),
    ("", "・空家の「終活」相談会の開催【新】"),
    ("", "・相続登記と家財整理の啓発"),
    ("", "・高齢者世帯への空家予防チラシの配布"),
    ("g", "◇方針２　活用の促進"),
    ("", "・空き家バンク登録物件改修補助【拡】"),
    ("", "・雪国型リノベーション住宅モデル事業【新】"),
    ("", "・空き家バンクの運営"),
    ("g", "◇方針３　管理と除却"),
    ("", "・危険空家等除却補助金（上限50万円）"),
    ("", "・管理不全空家等への助言・指導・勧告"),
    ("", "・冬期雪下ろし代行支援事業【拡】"),
]


def minamiuonuma_akiya_keikaku_pdf(out: Path) -> Path:
    """新潟県南魚沼市 第2次空家等対策計画 概要版 (PDF, portrait, 2 pages): a title band across the page, then page 1
    **set in two columns** hard-wrapped about every 20 characters — 目的, 現状 (figures inside wrapped sentences in
    full-width digits), 課題 （１）～（３） on the left; 基本方針 and 主な取組 as ・ items under ◇ 方針 headings with
    【新】/【拡】 at the end on the right; page 2 a full-width ruled 成果指標 table and the 今後の方向性 in prose."""
    pdf = PdfPage(out / "minamiuonuma_dai2ji_akiya_taisaku_keikaku_gaiyo.pdf", title="第2次南魚沼市空家等対策計画 概要版",
                  author="南魚沼市 市民生活部 環境交通課")
    pdf.box(40, 36, PAGE_W - 80, 30, fill=0.88)
    pdf.text(52, 57, "第２次南魚沼市空家等対策計画　概要版", 14, GOTHIC)
    pdf.right(PAGE_W - 48, 57, "令和７年３月", 8.5)
    for x, lines in ((40, _MINAMIUONUMA_LEFT), (316, _MINAMIUONUMA_RIGHT)):
        for i, (kind, s) in enumerate(lines):
            size, font = (10, GOTHIC) if kind == "h" else (9, GOTHIC) if kind == "g" else (9, MINCHO)
            pdf.text(x + (0 if kind == "h" else 6), 92 + 16 * i, s, size, font)
    pdf.c.setLineWidth(0.4)
    pdf.c.line(PAGE_W / 2 + 8, pdf.H - 80, PAGE_W / 2 + 8, pdf.H - 490)
    pdf.center(PAGE_W / 2, PAGE_H - 24, "－ 1 －", 8)
    pdf.page()

    pdf.text(40, 56, "６　成果指標", 10, GOTHIC)
    cols = [255, 130, 130]
    xs = column_lefts(40, cols)
    top = 66
    for x, w, h in zip(xs, cols, ["指　標", "基準値（令和５年度）", "目標値（令和11年度）"]):
        pdf.box(x, top, w, 20, fill=0.85)
        pdf.center(x + w / 2, top + 13, h, 8.5, GOTHIC)
    top += 20
    for name, base, target in [("空き家バンクの成約件数（累計）", "38件", "100件"),
                               ("特定空家等の除却件数（累計）", "12件", "40件"),
                               ("空家等に関する相談件数（年間）", "156件", "200件"),
                               ("管理不全の空家等の件数", "214件", "150件")]:
        for x, w in zip(xs, cols):
            pdf.box(x, top, w, 20)
        pdf.text(xs[0] + 5, top + 13, name, 8.5)
        pdf.right(xs[1] + cols[1] - 10, top + 13, base, 8.5)
        pdf.right(xs[2] + cols[2] - 10, top + 13, target, 8.5)
        top += 20
    pdf.text(46, top + 14, "※累計は、空き家バンクを開設した平成29年度からの件数です。", 7.5)
    pdf.text(40, top + 44, "７　今後の方向性", 10, GOTHIC)
    for i, s in enumerate([
        "所有者の多くが市外に住んでいることから、ふるさと納税の返礼品として空家の見回りサービスを提供し、",
        "遠くに住む所有者が空家の状態を知ることができる仕組みをつくります。また、除却した後の跡地を、",
        "地域の雪捨て場や駐車場として活用する仕組みを、自治会と協議しながら検討します。",
    ]):
        pdf.text(46, top + 62 + 15 * i, s, 9)
    pdf.center(PAGE_W / 2, PAGE_H - 24, "－ 2 －", 8)
    return pdf.save()


# ---------------------------------------------------------------- 4. 移住・定住支援制度一覧 (HTML)

_YAMANOUCHI_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>移住・定住支援制度一覧（令和7年度）｜山ノ内町</title>
</head>
<body>
<header>
<p class="site-title"><a href="/">長野県山ノ内町</a></p>
<nav><ul class="menu">
<li><a href="/life/">暮らしの情報</a></li>
<li><a href="/iju/">移住・定住</a></li>
<li><a href="/kanko/">観光情報</a></li>
<li><a href="/gyosei/">町政情報</a></li>
</ul></nav>
<ol class="breadcrumbs"><li><a href="/">トップ</a></li><li><a href="/iju/">移住・定住</a></li><li>支援制度一覧</li></ol>
</header>
<main id="content">
<h1>移住・定住支援制度一覧（令和7年度）</h1>
<p class="date">掲載日：2025年4月1日</p>
<div class="lead">
<p>志賀高原と湯田中渋温泉郷のまち、山ノ内町への移住を応援します。令和6年度に町の支援制度を利用して移住した方は58世帯112人でした。</p>
<p>各制度には予算の範囲内で受付を終了する場合があります。申請の前に必ず担当課へご相談ください。</p>
</div>
<h2>支援制度の一覧</h2>
<p>★印は令和7年度から始まった制度です。</p>
<table class="seido">
<thead>
<tr><th>分野</th><th>制度名</th><th>対象となる方・主な要件</th><th>支援の内容</th><th>担当</th></tr>
</thead>
<tbody>
<tr><th rowspan="3">住まい</th><td>移住者住宅取得補助金</td><td>町外から転入し、転入後1年以内に町内で住宅を取得した方</td><td>取得費の2分の1<br>上限100万円（中学生以下の子ども1人につき30万円を加算）</td><td>総務課</td></tr>
<tr><td>空き家バンク物件改修補助金</td><td>空き家バンクで購入又は賃借した物件を改修する方</td><td>改修費の2分の1<br>上限50万円</td><td>総務課</td></tr>
<tr><td>★若者定住家賃補助金</td><td>40歳未満で町内の民間賃貸住宅に住む方</td><td>月額1万円（最長36か月）</td><td>総務課</td></tr>
<tr><th rowspan="3">しごと</th><td>移住支援金</td><td>東京23区に住んでいた方又は東京圏から23区に通勤していた方で、町内で就業又は起業した方</td><td>単身60万円、世帯100万円<br>18歳未満の子ども1人につき100万円を加算</td><td>総務課</td></tr>
<tr><td>★観光業就業者住まい支援金</td><td>町内の宿泊施設・スキー場に正規職員として就職した方</td><td>家賃の2分の1、月額上限2万円（最長24か月）</td><td>観光商工課</td></tr>
<tr><td>新規就農者定着支援金</td><td>50歳未満で町内で新たに農業を始めた方（りんご・ぶどう・きのこ）</td><td>年額最大120万円（最長3年間）</td><td>農林課</td></tr>
<tr><th rowspan="3">子育て</th><td>出産祝金</td><td>町内に住所のある方が出産したとき</td><td>第1子・第2子　5万円<br>第3子以降　20万円</td><td>健康福祉課</td></tr>
<tr><td>★子育て世帯転入応援金</td><td>中学生以下の子どもと一緒に転入した世帯</td><td>1世帯10万円</td><td>健康福祉課</td></tr>
<tr><td>保育料の軽減</td><td>第2子以降の0歳から2歳の子どもを保育園に預ける世帯</td><td>保育料を無料</td><td>教育委員会 子ども支援係</td></tr>
</tbody>
</table>
<p class="note">※移住支援金は長野県と町が共同で実施する制度です。転入後5年以上住み続ける意思があることが要件です。</p>
<h2>お試し移住</h2>
<p>町内の移住体験住宅（2棟）に1泊1,500円で最長14日間滞在できます。冬のくらしを体験できる1月から3月は、特に早めのお申込みをおすすめします。</p>
<h2>お問い合わせ</h2>
<p>山ノ内町役場 総務課 移住定住推進係<br>電話：0269-33-3111（代表）</p>
</main>
<footer>
<ul class="footer-links"><li><a href="/sitemap/">サイトマップ</a></li><li><a href="/policy/">このサイトについて</a></li></ul>
<p>山ノ内町役場　〒381-0498　長野県下高井郡山ノ内町大字平穏3352番地1</p>
</footer>
</body>
</html>
"""


def yamanouchi_iju_shien_html(out: Path) -> Path:
    """長野県山ノ内町 移住・定住支援制度一覧（令和7年度） (HTML, UTF-8): a town page with nav and breadcrumbs, a lead
    with the number of movers, **a table whose 分野 is a `<th rowspan>` cell** and whose 支援の内容 cells hold several
    amounts split by `<br>` (a rate, a ceiling, an addition), ★ before the names of new 制度 (legend above the table),
    a ※ note, the お試し移住 paragraph with a price, and a footer."""
    return write_text(out / "yamanouchi_iju_teiju_shien_seido.html", _YAMANOUCHI_HTML)


# ---------------------------------------------------------------- 5. 介護保険事業計画 (XLSX, 3 sheets)

_DAIGO_YEARS = ["令和５年度", "令和６年度", "令和７年度", "令和８年度", "令和12年度", "令和22年度"]
_DAIGO_POPULATION = [  # (区分, values by year, number format)
    ("総人口（人）", [15_412, 15_016, 14_630, 14_248, 12_806, 9_514], "#,##0"),
    ("65歳以上人口（人）", [7_384, 7_370, 7_340, 7_282, 6_998, 5_742], "#,##0"),
    ("　うち75歳以上（人）", [4_402, 4_478, 4_561, 4_629, 4_788, 3_946], "#,##0"),
    ("高齢化率（％）", [47.9, 49.1, 50.2, 51.1, 54.6, 60.4], "0.0"),
    ("要支援・要介護認定者数（人）", [1_428, 1_446, 1_471, 1_493, 1_562, 1_398], "#,##0"),
    ("認定率（％）", [19.3, 19.7, 20.1, 20.6, 22.3, 24.3], "0.0"),
]
_DAIGO_SERVICES = [  # (区分 or None, サービス, 単位, 令和６, ７, ８年度)
    ("居宅サービス", None, None, None),
    (None, "訪問介護", "回／月", (3_820, 3_910, 4_020)),
    (None, "訪問看護", "回／月", (612, 640, 668)),
    (None, "通所介護", "回／月", (4_150, 4_220, 4_260)),
    (None, "短期入所生活介護", "日／月", (1_240, 1_270, 1_300)),
    (None, "福祉用具貸与", "人／月", (486, 495, 503)),
    ("地域密着型サービス", None, None, None),
    (None, "認知症対応型共同生活介護", "人／月", (54, 54, 63)),
    (None, "地域密着型通所介護", "回／月", (980, 1_010, 1_040)),
    ("施設サービス", None, None, None),
    (None, "介護老人福祉施設", "人／月", (168, 170, 172)),
    (None, "介護老人保健施設", "人／月", (96, 96, 98)),
]
_DAIGO_PREMIUM = [  # (段階, 対象者, 割合, 年額)
    ("第１段階", "生活保護受給者、世帯全員が住民税非課税で本人の年金収入等が80万円以下の方", 0.285, 21_200),
    ("第２段階", "世帯全員が住民税非課税で本人の年金収入等が80万円超120万円以下の方", 0.485, 36_000),
    ("第３段階", "世帯全員が住民税非課税で第１・第２段階に該当しない方", 0.685, 50_900),
    ("第４段階", "世帯に課税者がいるが本人は非課税で年金収入等が80万円以下の方", 0.90, 66_900),
    ("第５段階", "世帯に課税者がいるが本人は非課税で第４段階に該当しない方", 1.00, 74_400),
    ("第６段階", "本人が住民税課税で合計所得金額が120万円未満の方", 1.20, 89_200),
    ("第７段階", "本人が住民税課税で合計所得金額が120万円以上210万円未満の方", 1.30, 96_700),
    ("第８段階", "本人が住民税課税で合計所得金額が210万円以上320万円未満の方", 1.50, 111_600),
    ("第９段階", "本人が住民税課税で合計所得金額が320万円以上の方", 1.70, 126_400),
]


def daigo_kaigo_hoken_xlsx(out: Path) -> Path:
    """茨城県大子町 第9期高齢者福祉計画・介護保険事業計画 (XLSX, 3 sheets): sheet 高齢者人口等の推計 with **a two-row
    header** (実績 over 令和５年度, 推計 merged over 令和６～８年度 and 令和12・22年度) and the unit inside each row label;
    sheet サービス見込量 with 区分 rows above their サービス and a 単位 column (回／月, 人／月) before 令和６～８年度;
    sheet 保険料 with the 基準額 月額 and 年額 in text cells above a 所得段階 table (割合 as 0.285 shown 0.285, 年額)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "高齢者人口等の推計"
    ws["A1"] = "大子町第９期高齢者福祉計画・介護保険事業計画（令和６年度～令和８年度）"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "基本理念：「住み慣れた大子で　支え合い　自分らしく暮らし続けるまち」"
    ws["A4"] = "１　高齢者人口と要支援・要介護認定者数の推計（各年度９月末）"
    ws["A5"], ws["B5"], ws["C5"] = "区分", "実績", "推計"
    ws.merge_cells("A5:A6")
    ws.merge_cells("C5:G5")
    for c, year in enumerate(_DAIGO_YEARS, start=2):
        ws.cell(row=6, column=c, value=year)
    for cell in ("A5", "B5", "C5"):
        ws[cell].alignment = Alignment(horizontal="center", vertical="center")
        ws[cell].font = Font(bold=True)
    for r, (label, values, fmt) in enumerate(_DAIGO_POPULATION, start=7):
        ws.cell(row=r, column=1, value=label)
        for c, v in enumerate(values, start=2):
            ws.cell(row=r, column=c, value=v).number_format = fmt
    ws["A14"] = "※推計はコーホート変化率法による。令和22年度は団塊ジュニア世代が65歳以上となる年度。"
    ws.column_dimensions["A"].width = 30

    ws2 = wb.create_sheet("サービス見込量")
    ws2["A1"] = "２　介護サービスの見込量（１月当たり）"
    ws2["A1"].font = Font(bold=True, size=12)
    for c, h in enumerate(["サービスの種類", "単位", "令和６年度", "令和７年度", "令和８年度"], start=1):
        ws2.cell(row=3, column=c, value=h).font = Font(bold=True)
    r = 4
    for group, name, unit, values in _DAIGO_SERVICES:
        if group:
            ws2.cell(row=r, column=1, value=f"【{group}】").font = Font(bold=True)
            ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        else:
            ws2.cell(row=r, column=1, value=name)
            ws2.cell(row=r, column=2, value=unit)
            for c, v in enumerate(values, start=3):
                ws2.cell(row=r, column=c, value=v).number_format = "#,##0"
        r += 1
    ws2.cell(row=r + 1, column=1, value="※認知症対応型共同生活介護は、令和８年度に１ユニット（９人）の整備を見込んでいます。")

    ws3 = wb.create_sheet("保険料")
    ws3["A1"] = "３　第１号被保険者の介護保険料（令和６年度～令和８年度）"
    ws3["A1"].font = Font(bold=True, size=12)
    ws3["A3"] = "保険料基準額（月額）"
    ws3["B3"] = "6,200円（第８期　5,900円）"
    ws3["A4"] = "保険料基準額（年額）"
    ws3["B4"] = "74,400円"
    for c, h in enumerate(["所得段階", "対象となる方", "基準額に対する割合", "保険料（年額・円）"], start=1):
        ws3.cell(row=6, column=c, value=h).font = Font(bold=True)
    for r, (step, who, rate, year) in enumerate(_DAIGO_PREMIUM, start=7):
        ws3.cell(row=r, column=1, value=step)
        ws3.cell(row=r, column=2, value=who)
        ws3.cell(row=r, column=3, value=rate).number_format = "0.000"
        ws3.cell(row=r, column=4, value=year).number_format = "#,##0"
    ws3.cell(row=17, column=1, value="※第１～第３段階の割合は、公費による軽減を反映した後の割合です。年額は100円未満を切り捨てています。")
    path = out / "daigo_dai9ki_kaigo_hoken_jigyo_keikaku.xlsx"
    wb.properties.title = "大子町第9期高齢者福祉計画・介護保険事業計画"
    wb.properties.creator = "大子町 健康福祉課"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 6. 国土強靱化地域計画 (XLSX, cells of several 事業)

_SHIRAKAWA = [  # (目標, シナリオ, 推進方針, 主な事業 (◆ new), 担当課, KPI, 現状値, 目標値)
    ("１　直接死を最大限防ぐ",
     "1-1　合掌造り集落など木造家屋の密集地で大規模な火災が起き、多数の死傷者が出る事態",
     "放水銃と消火栓を計画的に更新し、集落の住民による自主防災組織の初期消火訓練を毎年続ける。",
     ["放水銃更新事業", "◆合掌家屋防火診断事業", "自主防災組織育成補助"], "総務課",
     "放水銃の更新率", "58％（令和５年度）", "100％"),
    ("",
     "1-2　豪雪や雪崩により、住宅の倒壊や除雪中の事故で死傷者が出る事態",
     "除雪機械を計画的に更新するとともに、屋根雪を下ろせない高齢者世帯を地域で支える体制をつくる。",
     ["除雪機械更新事業", "◆高齢者世帯屋根雪下ろし支援事業"], "基盤整備課",
     "除雪機械の更新台数（累計）", "3台（令和５年度）", "8台"),
    ("",
     "1-3　土砂災害により多数の死傷者が出る事態",
     "急傾斜地の崩壊対策を県と進め、土砂災害警戒区域の住民が早めに避難できるよう訓練を重ねる。",
     ["急傾斜地崩壊対策事業", "土砂災害ハザードマップ更新事業"], "基盤整備課",
     "土砂災害警戒区域の住民の避難訓練参加率", "34％（令和５年度）", "60％"),
    ("２　救助・救急、医療活動を確実に行う",
     "2-1　国道156号と国道360号が通行止めとなり、集落が長期間孤立する事態",
     "孤立のおそれがある集落に衛星通信機器と備蓄品を配備し、迂回路となる村道の改良を進める。",
     ["◆衛星通信機器配備事業", "防災備蓄倉庫整備事業", "村道改良事業（鳩谷地区）"], "総務課、基盤整備課",
     "孤立のおそれがある集落への衛星通信機器の配備率", "40％（令和５年度）", "100％"),
    ("",
     "2-2　観光客が帰れなくなり、村内に多数とどまる事態",
     "観光客の一時滞在施設を指定し、外国人観光客にも多言語で防災情報を届ける。",
     ["観光客一時滞在施設指定事業", "◆多言語防災情報配信事業"], "観光振興課",
     "多言語で防災情報を配信できる宿泊施設の数", "12施設（令和５年度）", "30施設"),
    ("３　ライフラインの被害を最小限にとどめる",
     "3-1　上水道が長期間にわたって断水する事態",
     "基幹管路の耐震化を進め、断水時に備えて給水タンクを配備する。",
     ["水道管耐震化事業", "◆緊急用給水タンク整備事業"], "上下水道課",
     "基幹管路の耐震化率", "21.5％（令和５年度）", "35.0％"),
]


def shirakawa_kyojinka_xlsx(out: Path) -> Path:
    """岐阜県白川村 国土強靱化地域計画（第2期） (XLSX, 2 sheets): sheet 推進方針と主な事業 — title and legend rows, then
    目標｜リスクシナリオ｜推進方針｜主な事業（◆は新規）｜担当課｜重要業績指標（KPI）｜現状値｜目標値（令和11年度),
    **the 目標 cell merged down over its シナリオ rows**, **several 事業 in one cell** (・ lines joined by line breaks,
    ◆ before a new one), **the 現状値's year inside its cell** 「58％（令和５年度）」; sheet 脆弱性評価の概要 with long text
    cells of the assessment."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "推進方針と主な事業"
    ws["A1"] = "白川村国土強靱化地域計画（第２期）　推進方針と主な事業"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "計画期間：令和７年度～令和11年度　　◆は第２期から新たに位置付けた事業"
    header = ["事前に備えるべき目標", "リスクシナリオ（起きてはならない最悪の事態）", "推進方針", "主な事業（◆は新規）",
              "担当課", "重要業績指標（KPI）", "現状値", "目標値（令和11年度）"]
    for c, h in enumerate(header, start=1):
        ws.cell(row=4, column=c, value=h).font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    goal_start = None
    for r, row in enumerate(_SHIRAKAWA, start=5):
        goal, scenario, policy, projects, section, kpi, now, target = row
        if goal:
            if goal_start and r - 1 > goal_start:
                ws.merge_cells(start_row=goal_start, start_column=1, end_row=r - 1, end_column=1)
            goal_start = r
            ws.cell(row=r, column=1, value=goal)
        for c, v in enumerate([scenario, policy, "\n".join("・" + p for p in projects), section, kpi, now, target],
                              start=2):
            ws.cell(row=r, column=c, value=v).alignment = wrap
    last = 4 + len(_SHIRAKAWA)
    if goal_start and last > goal_start:
        ws.merge_cells(start_row=goal_start, start_column=1, end_row=last, end_column=1)
    for col, width in zip("ABCDEFGH", [18, 36, 44, 30, 14, 30, 18, 14]):
        ws.column_dimensions[col].width = width

    ws2 = wb.create_sheet("脆弱性評価の概要")
    ws2["A1"] = "脆弱性評価の結果（概要）"
    ws2["A1"].font = Font(bold=True, size=12)
    notes = [
        ("道路", "村外と結ぶ道路は国道156号と国道360号に限られ、冬期の雪崩や土砂崩れで通行止めになると、集落が孤立するおそれが大きい。"),
        ("防火", "合掌造り家屋はかや葺きの木造であり、一度火災が起きると隣接する家屋に燃え広がりやすい。放水銃の約４割は設置から40年を超えている。"),
        ("観光", "年間約200万人の観光客が訪れる一方、村内の避難所の収容人数は住民分を前提としており、観光客の受入れが課題である。"),
        ("担い手", "消防団員の平均年齢は上がり続けており、平日の日中に出動できる団員が少ない。"),
    ]
    for r, (topic, text) in enumerate(notes, start=3):
        ws2.cell(row=r, column=1, value=topic)
        ws2.cell(row=r, column=2, value=text).alignment = wrap
    ws2.column_dimensions["B"].width = 90
    path = out / "shirakawa_dai2ki_kokudo_kyojinka_chiiki_keikaku.xlsx"
    wb.properties.title = "白川村国土強靱化地域計画（第2期）"
    wb.properties.creator = "白川村 総務課"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 7. 農業振興地域整備計画書 (DOCX)

def tsumagoi_noshin_keikaku_docx(out: Path) -> Path:
    """群馬県嬬恋村 農業振興地域整備計画書（令和7年変更） (DOCX): the 計画書's own outline as plain paragraphs, not Word
    headings — 「第１　農用地利用計画」, 「１　土地利用区分の方向」, 「（１）土地利用の方向」, 「ア　土地利用の構想」 — with prose
    under them; a 用途区分 table whose **用途 are columns and 現況／将来／増減 are rows** (ha, △ for a decrease); a
    農業生産基盤 table 事業の種類｜事業の概要｜受益の範囲｜受益面積（ha）｜対図番号 whose 受益の範囲 holds the real 大字;
    the 経営の目標 as 「現状　…　→　目標　…」 lines."""
    import docx
    doc = docx.Document()
    doc.core_properties.title = "嬬恋農業振興地域整備計画書"
    doc.core_properties.author = "嬬恋村 農林振興課"
    doc.add_paragraph("嬬恋農業振興地域整備計画書").style = doc.styles["Title"]
    doc.add_paragraph("令和７年６月変更　群馬県吾妻郡嬬恋村")

    def para(text: str, bold: bool = False) -> None:
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.bold = bold

    def table(rows: list[tuple[str, ...]]) -> None:
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for r, values in enumerate(rows):
            for c, v in enumerate(values):
                t.cell(r, c).text = v

    para("第１　農用地利用計画", bold=True)
    para("１　土地利用区分の方向", bold=True)
    para("（１）土地利用の方向")
    para("ア　土地利用の構想")
    para("本村は、浅間山の北麓に広がる標高800メートルから1,400メートルの高原に位置し、夏秋キャベツの日本一の産地として、"
         "冷涼な気候を生かした露地野菜の生産が行われている。農用地は、大笹、鎌原、干俣、田代、大前及び三原の各地区にまとまって"
         "分布しており、今後も優良な農用地として確保し、高原キャベツの産地を次の世代に引き継ぐことを土地利用の基本とする。")
    para("イ　農用地区域の設定の方針")
    para("集団的に存在する農用地と、土地基盤整備事業の対象となった農用地は、原則として農用地区域に含める。"
         "ただし、別荘地に隣接し、既に宅地化が進んでいる区域は、農用地区域に含めないものとする。")
    para("（２）用途区分別の土地利用の目標　　　　　　　　　　　　　　　　　　　　　　　（単位：ha）")
    table([("区分", "農地", "採草放牧地", "混牧林地", "農業用施設用地", "計"),
           ("現況（令和６年）", "2,846.3", "118.4", "32.0", "21.6", "3,018.3"),
           ("将来（令和16年）", "2,812.5", "104.0", "32.0", "28.4", "2,976.9"),
           ("増減", "△33.8", "△14.4", "0.0", "6.8", "△41.4")])
    para("農地の減少は、高齢化による耕作放棄が見込まれる傾斜地を、採草放牧地の一部とあわせて見直すことによるものである。"
         "農業用施設用地は、キャベツの予冷施設と集出荷施設の整備により増加する。")
    para("第２　農業生産基盤の整備開発計画", bold=True)
    para("１　農業生産基盤の整備及び開発の方向")
    para("大型機械の導入に対応するため、区画の拡大と農道の舗装を進めるとともに、干ばつ時の畑地かんがい用水を確保する。"
         "また、シカやイノシシによる食害を防ぐため、地区ごとに侵入防止柵を整備する。")
    para("２　農業生産基盤整備開発計画")
    table([("事業の種類", "事業の概要", "受益の範囲", "受益面積（ha）", "対図番号"),
           ("農地耕作条件改善事業", "区画整理　12.0ha、暗きょ排水", "大笹地区", "12.0", "１"),
           ("農道整備事業", "舗装　延長2,400m、幅員5.0m", "鎌原地区", "86.5", "２"),
           ("畑地かんがい施設整備事業", "用水路　延長3,100m、給水栓48か所", "干俣地区・大前地区", "142.0", "３"),
           ("鳥獣被害防止施設整備事業", "侵入防止柵　延長8,600m", "田代地区", "210.3", "４")])
    para("第３　農用地等の保全計画", bold=True)
    para("大雨の際に畑の土が流れ出ることを防ぐため、沈砂池と承水路の維持管理を地域の共同活動で行う。"
         "多面的機能支払交付金を活用し、農道の補修と法面の草刈りを集落ぐるみで続ける。")
    para("第４　農業経営の規模の拡大及び農用地等の効率的利用の促進計画", bold=True)
    para("１　効率的かつ安定的な農業経営の目標")
    para("効率的かつ安定的な農業経営体の数　　現状（令和６年）　412経営体　→　目標（令和16年）　380経営体")
    para("１経営体当たりの平均経営面積　　　　現状（令和６年）　6.2ha　→　目標（令和16年）　7.5ha")
    para("経営体の数は減少する見込みであるが、農地中間管理事業による農地の集積と集約化を進め、一つの経営体が担う面積を広げることで、"
         "産地の出荷量を維持する。")
    para("第５　農業従事者の安定的な就業の促進計画", bold=True)
    para("収穫期の人手不足に対応するため、農業協同組合と連携して、村外からの短期就労者を受け入れる宿泊施設の確保を支援する。"
         "あわせて、冬期の就業の場として、スキー場と連携した通年雇用の仕組みづくりを進める。")
    path = out / "tsumagoi_nogyo_shinko_chiiki_seibi_keikaku.docx"
    doc.save(str(path))
    return path


# ---------------------------------------------------------------- 8. 地球温暖化対策実行計画 進捗 (text, CP932)

_ODAWARA = """小田原市地球温暖化対策実行計画（区域施策編）
令和５年度の進捗状況について

令和７年２月
小田原市 環境部 環境政策課

――――――――――――――――――――――――――――――――――――――
【１】計画の概要
――――――――――――――――――――――――――――――――――――――
　計画期間　　令和３年度～令和12年度（2021年度～2030年度）
　削減目標　　市域の温室効果ガス排出量を、2030年度に2013年度比で46％削減する。
　長期目標　　2050年に温室効果ガス排出量の実質ゼロを目指す（ゼロカーボンシティ小田原）。

――――――――――――――――――――――――――――――――――――――
【２】温室効果ガス排出量の推移
――――――――――――――――――――――――――――――――――――――
　国の統計の公表に時間を要するため、本報告の最新値は2021年度の値です。（単位：千t-CO2）

◇市域全体
　　基準年度（2013年度）　　１，９８４
　　現状（2021年度）　　　　１，５６２　（基準年度比　△21.3％）
　　目標（2030年度）　　　　１，０７１　（基準年度比　△46.0％）

◇産業部門
　　基準年度（2013年度）　　　　５８２
　　現状（2021年度）　　　　　　４６１　（基準年度比　△20.8％）
　　目標（2030年度）　　　　　　３４９　（基準年度比　△40.0％）

◇業務その他部門
　　基準年度（2013年度）　　　　４７６
　　現状（2021年度）　　　　　　３５８　（基準年度比　△24.8％）
　　目標（2030年度）　　　　　　２３３　（基準年度比　△51.1％）

◇家庭部門
　　基準年度（2013年度）　　　　４２１
　　現状（2021年度）　　　　　　３８７　（基準年度比　△8.1％）
　　目標（2030年度）　　　　　　１４３　（基準年度比　△66.0％）

◇運輸部門
　　基準年度（2013年度）　　　　４３８
　　現状（2021年度）　　　　　　３２９　（基準年度比　△24.9％）
　　目標（2030年度）　　　　　　３０７　（基準年度比　△29.9％）

◇廃棄物部門
　　基準年度（2013年度）　　　　　６７
　　現状（2021年度）　　　　　　　２７　（基準年度比　△59.7％）
　　目標（2030年度）　　　　　　　３９　（基準年度比　△41.8％）

　家庭部門の削減が遅れています。電気の使用に伴う排出が多く、住宅の断熱化と太陽光発電の導入を一層進める必要があります。

――――――――――――――――――――――――――――――――――――――
【３】再生可能エネルギーの導入状況
――――――――――――――――――――――――――――――――――――――
　市内の太陽光発電設備の導入容量
　　2019年度　　３８，４００kW
　　2023年度　　５６，９００kW
　　2030年度（目標）　　１００，０００kW

　市内の電気自動車（EV）・プラグインハイブリッド車（PHV）の登録台数
　　2019年度　　　　８６０台
　　2023年度　　　２，１４０台
　　2030年度（目標）　　１０，０００台

――――――――――――――――――――――――――――――――――――――
【４】主な施策の進捗（★は重点施策）
――――――――――――――――――――――――――――――――――――――
　進捗　◎：計画どおり　○：おおむね計画どおり　▲：遅れている

　★住宅用太陽光発電・蓄電池の設置補助　　　　　◎
　★公共施設への太陽光発電の導入（ＰＰＡ方式）　○
　★地域マイクログリッドの構築（県西部地域）　　▲
　　住宅の断熱改修への補助　　　　　　　　　　　○
　　公用車の電気自動車への切替え　　　　　　　　▲
　★小田原ゼロカーボン・アクションの普及啓発　　◎
　　森林整備によるCO2吸収源対策　　　　　　　　○

【５】今後の方向性
　地域マイクログリッドの構築は、蓄電池の調達の遅れにより着手が令和７年度にずれ込みました。
　令和６年度からは、事業者向けの省エネルギー診断の費用を全額補助し、業務その他部門の削減を後押しします。
　家庭部門では、断熱改修の補助の対象を既存の賃貸住宅にも広げ、市民一人ひとりの行動変容を促します。

【問合せ】小田原市 環境部 環境政策課　電話 0465-33-1471
"""


def odawara_ondanka_txt(out: Path) -> Path:
    """神奈川県小田原市 地球温暖化対策実行計画（区域施策編） 令和5年度の進捗状況 (text, **CP932**, CRLF): ― rules
    around 【】 sections; the 排出量 **not as a table but as one ◇部門 block each**, three lines 基準年度（2013年度）／
    現状（2021年度）／目標（2030年度） with the years in **Western fiscal years**, full-width figures, 千t-CO2 only in the
    section's lead line and the 基準年度比 in parentheses; the 再エネ figures as year lines; the 施策 with ★ 重点 marks
    and a ◎○▲ status after full-width spaces."""
    return write_text(out / "odawara_ondanka_taisaku_jikkou_keikaku_shinchoku_r5.txt", _ODAWARA,
                      encoding="cp932", crlf=True)


# ---------------------------------------------------------------- all

def make_all(out_dir: Path) -> list[Path]:
    """Write every document of the tenth blind set into `out_dir` (created if missing) and return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [
        kurobe_kotsu_keikaku_pdf(out_dir),
        yuki_kenko_keikaku_pdf(out_dir),
        minamiuonuma_akiya_keikaku_pdf(out_dir),
        yamanouchi_iju_shien_html(out_dir),
        daigo_kaigo_hoken_xlsx(out_dir),
        shirakawa_kyojinka_xlsx(out_dir),
        tsumagoi_noshin_keikaku_docx(out_dir),
        odawara_ondanka_txt(out_dir),
    ]
