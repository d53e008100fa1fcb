"""Fifteenth blind fixture set: six documents in layouts nobody tuned the extractor to, answers written by hand.

`make_all(out_dir)` writes six documents of Japanese local-government kinds (an 一般廃棄物処理基本計画 概要版 PDF whose
数値目標 table has a two-row header 目標値 over 中間/最終 and the unit in a column of its own, ◎/○ 施策 two or three to a
line and a ruled 施設 table; a 行財政改革 実施計画 PDF in A4 landscape whose 工程 is a ◎○△－ mark per year column
and whose table goes on over the page under 重点項目 bands; a 当初予算（案） 新規・拡充事業一覧 workbook with 〇 columns
and a 財源内訳 two-row header; a 地域福祉計画 in Word with 自助/互助・共助/公助 tables and 【新規】 bullets; a 指定避難所
一覧 open-data CSV in CP932 with ○/× columns per 災害種別; a 観光振興計画 進捗 web page with a colspan 目標値 header
and ◎○△ 評価) into `out_dir` and returns their paths. The municipalities are real (東海・北陸・中国・四国・九州・沖縄)
and were used by no earlier set; every figure, name and sentence is invented. The expected answers in
`questions.jsonl` were written by hand from the text below, without reading or running the extractor. Binary
formats are generated here, never committed.
"""
from __future__ import annotations

from pathlib import Path

from assistant.testbed.documents import GOTHIC, PAGE_H, PAGE_W, PdfPage, column_lefts, write_text


# ---------------------------------------------------------------- 1. 一般廃棄物処理基本計画 概要版 (PDF, portrait)

# (指標, 単位, 現状（令和６年度）, 中間（令和12年度）, 最終（令和17年度）)
_IGA_TARGETS = [
    ("１人１日当たりのごみ排出量", "ｇ", "994", "940", "890"),
    ("家庭系ごみ１人１日当たり排出量（資源物を除く）", "ｇ", "562", "520", "480"),
    ("事業系ごみ排出量", "ｔ／年", "9,846", "9,200", "8,600"),
    ("資源化率", "％", "18.6", "22.0", "25.0"),
    ("最終処分量", "ｔ／年", "2,914", "2,500", "2,100"),
]
# (基本方針, [(mark, 施策)])
_IGA_MEASURES = [
    ("基本方針１　発生抑制（リデュース）の推進",
     [("◎", "食品ロス削減推進事業"), ("○", "生ごみ処理機購入費補助"), ("○", "マイバッグ・マイボトル運動")]),
    ("基本方針２　分別の徹底と資源化の推進",
     [("◎", "プラスチック資源一括回収"), ("○", "古紙回収団体奨励金"), ("◎", "小型家電回収ボックス設置")]),
    ("基本方針３　安全で安定した処理体制の確保",
     [("○", "ふれあい収集（高齢者等のごみ出し支援）"), ("◎", "上野クリーンセンター延命化工事"),
      ("○", "不法投棄監視パトロール")]),
]
# (施設名, 所在地区, 処理内容, 処理能力, 稼働開始, 今後の方針)
_IGA_PLANTS = [
    ("上野クリーンセンター", "上野地区", "焼却（ストーカ式）", "94ｔ/日", "平成15年４月", "令和11年度に延命化工事"),
    ("青山資源化センター", "青山地区", "缶・びん・ペットボトルの選別・圧縮", "18ｔ/日", "平成20年４月", "継続使用"),
    ("大山田剪定枝堆肥化施設", "大山田地区", "剪定枝・草のチップ化・堆肥化", "6ｔ/日", "令和２年４月", "継続使用"),
    ("島ヶ原最終処分場", "島ヶ原地区", "管理型埋立", "残余容量41,200㎥", "平成11年10月", "令和15年度に埋立終了見込み"),
]
_IGA_SORTS = ["燃やすごみ", "燃やさないごみ", "プラスチック資源【新設】", "ペットボトル", "缶・びん", "古紙・古布",
              "小型家電【新設】", "粗大ごみ"]


def iga_haikibutsu_keikaku_pdf(out: Path) -> Path:
    """三重県伊賀市 一般廃棄物処理基本計画（令和８年度～令和17年度） 概要版 (PDF, portrait, 2 pages): 現状 prose with
    figures; a ruled 数値目標 table **with a two-row header — 目標値 over 中間（令和12年度）｜最終（令和17年度）** and the
    unit in a column of its own; 施策 under three 基本方針, **three marked items to a printed line** (◎重点 ○継続);
    page 2 a ruled 施設 table, the 分別区分 two to a line with 【新設】 tags, ごみ処理経費 in 億・万円 and 円 in prose."""
    pdf = PdfPage(out / "iga_ippan_haikibutsu_shori_kihon_keikaku_gaiyo.pdf",
                  title="伊賀市一般廃棄物処理基本計画 概要版", author="伊賀市 生活環境部 廃棄物対策課")
    pdf.box(40, 30, PAGE_W - 80, 30, fill=0.85)
    pdf.text(50, 50, "伊賀市一般廃棄物処理基本計画（令和８年度～令和17年度）　概要版", 13, GOTHIC)
    pdf.right(PAGE_W - 40, 76, "令和８年３月　伊賀市生活環境部廃棄物対策課", 8.5)
    pdf.text(40, 100, "１　ごみ処理の現状と課題", 11, GOTHIC)
    for i, line in enumerate([
            "令和６年度のごみ総排出量は32,418ｔで、１人１日当たりのごみ排出量は994ｇでした。排出量は減少傾向にある",
            "ものの、県平均を上回っています。資源化率は18.6％にとどまり、燃やすごみの約４割を生ごみ、約２割を紙類が",
            "占めています。分別の徹底により資源化できるものを燃やすごみから減らすことが最大の課題です。",
            "また、最終処分場の残余容量がひっ迫しており、埋立量の削減も急がれます。"]):
        pdf.text(50, 118 + 14 * i, line, 9)
    pdf.text(40, 190, "２　数値目標", 11, GOTHIC)
    cols = [210, 50, 80, 80, 80]
    xs = column_lefts(50, cols)
    top = 200
    for c, head in ((0, "指標"), (1, "単位"), (2, "現状（令和６年度）")):
        pdf.box(xs[c], top, cols[c], 32, fill=0.88)
        pdf.center(xs[c] + cols[c] / 2, top + 20, head, 8, GOTHIC)
    pdf.box(xs[3], top, cols[3] + cols[4], 16, fill=0.88)
    pdf.center(xs[3] + (cols[3] + cols[4]) / 2, top + 11, "目標値", 8, GOTHIC)
    for c, head in ((3, "中間（令和12年度）"), (4, "最終（令和17年度）")):
        pdf.box(xs[c], top + 16, cols[c], 16, fill=0.88)
        pdf.center(xs[c] + cols[c] / 2, top + 27, head, 8, GOTHIC)
    top += 32
    for name, unit, now, mid, final in _IGA_TARGETS:
        for x, w in zip(xs, cols):
            pdf.box(x, top, w, 17)
        pdf.text(xs[0] + 4, top + 12, name, 8)
        pdf.center(xs[1] + cols[1] / 2, top + 12, unit, 8)
        for c, v in ((2, now), (3, mid), (4, final)):
            pdf.right(xs[c] + cols[c] - 6, top + 12, v, 8)
        top += 17
    pdf.text(50, top + 14, "※中間目標は計画５年目、最終目標は計画目標年度の値です。", 7.5)
    top += 44
    pdf.text(40, top, "３　基本方針と主な施策", 11, GOTHIC)
    pdf.right(PAGE_W - 40, top, "◎重点施策　○継続施策", 8)
    top += 20
    for policy, items in _IGA_MEASURES:
        pdf.text(50, top, policy, 9.5, GOTHIC)
        for i, (mark, name) in enumerate(items):
            pdf.text(62 + 170 * i, top + 16, f"{mark}{name}", 8)
        top += 38
    pdf.center(PAGE_W / 2, PAGE_H - 24, "－ １ －", 8)
    pdf.page()
    pdf.text(40, 50, "４　ごみ処理施設", 11, GOTHIC)
    cols = [110, 55, 145, 75, 60, 70]
    xs = column_lefts(40, cols)
    top = 60
    for x, w, head in zip(xs, cols, ["施設名", "所在地区", "処理内容", "処理能力", "稼働開始", "今後の方針"]):
        pdf.box(x, top, w, 18, fill=0.88)
        pdf.center(x + w / 2, top + 12, head, 8, GOTHIC)
    top += 18
    for row in _IGA_PLANTS:
        for x, w in zip(xs, cols):
            pdf.box(x, top, w, 26)
        for c, v in enumerate(row):
            if c == 5 and len(v) > 8:
                pdf.text(xs[c] + 3, top + 11, v[:7], 7)
                pdf.text(xs[c] + 3, top + 21, v[7:], 7)
            else:
                pdf.text(xs[c] + 3, top + 16, v, 7.5)
        top += 26
    pdf.text(40, top + 34, "５　分別区分の見直し（令和９年４月から）", 11, GOTHIC)
    pdf.text(50, top + 52, "現在の６分別に「プラスチック資源」と「小型家電」を加え、８分別とします。", 9)
    for i, name in enumerate(_IGA_SORTS):
        x = 62 if i % 2 == 0 else 260
        pdf.text(x, top + 72 + 15 * (i // 2), f"・{name}", 9)
    top += 72 + 15 * 4 + 20
    pdf.text(40, top, "６　ごみ処理経費", 11, GOTHIC)
    pdf.text(50, top + 18, "令和６年度のごみ処理経費（収集運搬・中間処理・最終処分）は18億4,300万円で、", 9)
    pdf.text(50, top + 32, "市民１人当たりでは20,100円でした。", 9)
    pdf.center(PAGE_W / 2, PAGE_H - 24, "－ ２ －", 8)
    return pdf.save()


# ---------------------------------------------------------------- 2. 行財政改革 実施計画 (PDF, landscape, 工程 marks)

# (重点項目 band, [(No, 取組項目, 取組内容, 所管課, R7, R8, R9, 効果額)])
_NIIMI_ITEMS = [
    ("重点項目１　持続可能な財政運営", [
        ("1", "使用料・手数料の見直し", "受益者負担の原則に基づき、４年ごとに料金を見直す", "財政課", "△", "◎", "◎", "12,400"),
        ("2", "ふるさと納税の推進", "返礼品の開拓と受付サイトの追加", "企画政策課", "◎", "◎", "◎", "30,000"),
        ("3", "未利用市有地の売却", "旧神郷中学校跡地など９件を売却する", "管財課", "○", "◎", "◎", "48,600"),
        ("4", "市税等の収納率向上", "スマートフォン決済の導入と滞納整理の強化", "税務課", "◎", "◎", "◎", "6,200"),
    ]),
    ("重点項目２　公共施設の最適化", [
        ("5", "公民館の統合", "哲西・哲多地域の公民館を地域交流センターに統合", "生涯学習課", "△", "○", "◎", "3,800"),
        ("6", "大佐市営プールの廃止", "老朽化したプールを令和８年度末で廃止する", "スポーツ振興課", "△", "◎", "－", "5,100"),
        ("7", "指定管理者制度の拡大", "道の駅・温泉施設など３施設に導入する", "行政改革推進室", "△", "○", "◎", "9,000"),
    ]),
    ("重点項目３　デジタル化と働き方改革", [
        ("8", "書かない窓口の導入", "本庁市民課で申請書の自動作成を始める", "市民課", "○", "◎", "◎", "－"),
        ("9", "電子契約の導入", "工事・委託契約を電子契約に切り替える", "契約検査課", "△", "○", "◎", "1,200"),
        ("10", "会計年度任用職員の配置の見直し", "業務量調査に基づき配置を最適化する", "総務課", "◎", "◎", "◎", "22,000"),
        ("11", "時間外勤務の縮減", "ＲＰＡの活用と業務の平準化", "総務課", "○", "◎", "◎", "14,500"),
    ]),
]


def _niimi_header(pdf: PdfPage, xs: list[float], cols: list[float], top: float) -> float:
    for c, head in enumerate(["No.", "取組項目", "取組内容", "所管課"]):
        pdf.box(xs[c], top, cols[c], 32, fill=0.85)
        pdf.center(xs[c] + cols[c] / 2, top + 20, head, 8.5, GOTHIC)
    pdf.box(xs[4], top, cols[4] * 3, 16, fill=0.85)
    pdf.center(xs[4] + cols[4] * 1.5, top + 11, "工程", 8.5, GOTHIC)
    for c, head in ((4, "Ｒ７"), (5, "Ｒ８"), (6, "Ｒ９")):
        pdf.box(xs[c], top + 16, cols[c], 16, fill=0.85)
        pdf.center(xs[c] + cols[c] / 2, top + 27, head, 8.5, GOTHIC)
    pdf.box(xs[7], top, cols[7], 32, fill=0.85)
    pdf.center(xs[7] + cols[7] / 2, top + 13, "効果額（千円）", 8, GOTHIC)
    pdf.center(xs[7] + cols[7] / 2, top + 25, "令和９年度見込", 7, GOTHIC)
    return top + 32


def niimi_gyozaisei_kaikaku_pdf(out: Path) -> Path:
    """岡山県新見市 行財政改革大綱 実施計画（令和７年度～令和９年度） (PDF, **A4 landscape**, 2 pages): 計画の趣旨 prose
    and two 目標 label lines; the 工程 legend; one ruled table No.｜取組項目｜取組内容｜所管課｜**工程 merged over
    Ｒ７｜Ｒ８｜Ｒ９ holding ◎○△－ marks**｜効果額（千円） with shaded 重点項目 bands, **continued on page 2 under a
    repeated header** and a 合計 row."""
    pdf = PdfPage(out / "niimi_gyozaisei_kaikaku_jisshi_keikaku_r7_r9.pdf", title="新見市行財政改革大綱 実施計画",
                  author="新見市 総務部 行政改革推進室", landscape=True)
    W = pdf.W
    pdf.text(40, 44, "新見市行財政改革大綱　実施計画（令和７年度～令和９年度）", 15, GOTHIC)
    pdf.right(W - 40, 44, "令和７年４月　新見市行政改革推進本部", 8.5)
    pdf.hline(40, W - 40, 52, 1.0)
    pdf.text(40, 74, "１　計画の趣旨", 11, GOTHIC)
    for i, line in enumerate([
            "人口減少により市税と地方交付税の減少が見込まれる一方、社会保障費と施設の維持補修費は増え続けています。この計画は、",
            "大綱に掲げた三つの重点項目について具体的な取組と工程を定め、将来にわたって持続可能な行財政運営を確立することを目的とします。"]):
        pdf.text(50, 92 + 14 * i, line, 9)
    pdf.text(40, 136, "２　計画期間の目標", 11, GOTHIC)
    goals = [("財政調整基金残高", "令和９年度末に40億円以上を確保（令和６年度末　36億2,000万円）"),
             ("経常収支比率", "令和９年度に93.0％以下（令和６年度　96.8％）")]
    for i, (label, value) in enumerate(goals):
        pdf.text(60, 154 + 15 * i, f"〇{label}", 9.5, GOTHIC)
        pdf.text(190, 154 + 15 * i, value, 9.5)
    pdf.text(40, 200, "３　取組項目と工程", 11, GOTHIC)
    pdf.right(W - 40, 200, "工程　◎：実施　○：一部実施・試行　△：検討・準備　－：予定なし", 8)
    cols = [30, 170, 280, 90, 40, 40, 40, 72]
    xs = column_lefts(40, cols)
    width = sum(cols)
    top = _niimi_header(pdf, xs, cols, 210)

    def band(t: float, label: str) -> float:
        pdf.box(40, t, width, 16, fill=0.93)
        pdf.text(46, t + 11.5, label, 8.5, GOTHIC)
        return t + 16

    def row(t: float, r) -> float:
        for x, w in zip(xs, cols):
            pdf.box(x, t, w, 20)
        pdf.center(xs[0] + cols[0] / 2, t + 13, r[0], 8)
        pdf.text(xs[1] + 4, t + 13, r[1], 8)
        pdf.text(xs[2] + 4, t + 13, r[2], 8)
        pdf.text(xs[3] + 4, t + 13, r[3], 8)
        for c in (4, 5, 6):
            pdf.center(xs[c] + cols[c] / 2, t + 13, r[c], 9)
        pdf.right(xs[7] + cols[7] - 5, t + 13, r[7], 8)
        return t + 20

    total = 0
    for g, (label, rows) in enumerate(_NIIMI_ITEMS):
        if g == 2:
            pdf.right(W - 40, top + 14, "（次ページに続く）", 8)
            pdf.center(W / 2, PAGE_W - 20, "－ １ －", 8)
            pdf.page()
            pdf.text(40, 44, "３　取組項目と工程（続き）", 11, GOTHIC)
            top = _niimi_header(pdf, xs, cols, 54)
        top = band(top, label)
        for r in rows:
            top = row(top, r)
            if r[7] != "－":
                total += int(r[7].replace(",", ""))
    pdf.box(40, top, width - cols[7], 20, fill=0.88)
    pdf.box(xs[7], top, cols[7], 20, fill=0.88)
    pdf.center(40 + (width - cols[7]) / 2, top + 13, "効果額　合計", 8.5, GOTHIC)
    pdf.right(xs[7] + cols[7] - 5, top + 13, f"{total:,}", 8.5, GOTHIC)
    pdf.text(46, top + 38, "※効果額は、取組を行わなかった場合と比べた令和９年度の歳出削減額・歳入増加額の見込みです。", 8)
    pdf.text(46, top + 52, "※取組の進み具合は毎年度行政改革推進委員会に報告し、市ホームページで公表します。", 8)
    pdf.center(W / 2, PAGE_W - 20, "－ ２ －", 8)
    return pdf.save()


# ---------------------------------------------------------------- 3. 当初予算（案） 新規・拡充事業一覧 (XLSX)

# (会計, 令和７年度, 令和６年度) in 千円
_AWARA_KAIKEI = [("一般会計", 16_480_000, 15_920_000), ("国民健康保険特別会計", 3_120_400, 3_186_200),
                 ("介護保険特別会計", 3_684_000, 3_597_500), ("後期高齢者医療特別会計", 612_300, 588_900),
                 ("水道事業会計", 1_248_900, 1_302_600), ("下水道事業会計", 2_036_500, 1_981_700)]
# 分野 → [(事業名, 担当課, 新規, 拡充, 予算額, 国・県支出金, 地方債, その他, 一般財源, 概要)]
_AWARA_JIGYO = [
    ("子育て・教育", [
        ("産後ケア事業（宿泊型）", "健康長寿課", "〇", "", 3_850, 1_920, 0, 0, 1_930, "助産院等での宿泊型ケアの利用料を助成"),
        ("小学校体育館空調設備整備事業", "教育総務課", "〇", "", 186_400, 46_600, 124_000, 0, 15_800,
         "金津小・本荘小の体育館に空調設備を設置（避難所機能の強化）"),
        ("放課後児童クラブ運営事業", "子育て支援課", "", "〇", 42_760, 28_500, 0, 0, 14_260, "芦原児童クラブの定員を40人から60人に拡大"),
    ]),
    ("観光・産業", [
        ("芦原温泉駅西口にぎわい広場活用事業", "観光商工課", "〇", "", 12_300, 0, 0, 6_000, 6_300,
         "駅西口広場でのマルシェ開催と運営委託（その他はふるさと応援基金）"),
        ("北潟湖畔サイクリングコース整備事業", "観光商工課", "", "〇", 28_900, 14_450, 12_000, 0, 2_450, "案内サイン32基と休憩所２か所を整備"),
        ("新規就農者育成総合対策事業", "農林水産課", "", "〇", 9_600, 9_600, 0, 0, 0, "就農準備資金の対象者を３人から５人に拡大"),
    ]),
    ("暮らし・安全", [
        ("防災士資格取得支援事業", "防災安全課", "〇", "", 1_440, 0, 0, 0, 1_440, "区の推薦を受けた24人の受講料を全額補助"),
        ("デマンドタクシー運行事業", "政策課", "", "〇", 34_200, 11_400, 0, 0, 22_800, "運行日を週３日から週５日に拡大"),
        ("空き家解体費補助事業", "建設課", "", "〇", 8_000, 4_000, 0, 0, 4_000, "補助上限額を50万円から80万円に引上げ"),
    ]),
]


def awara_yosan_shinki_kakuju_xlsx(out: Path) -> Path:
    """福井県あわら市 令和７年度当初予算（案） (XLSX, 3 sheets): sheet 会計別予算額 — 会計｜令和７年度｜令和６年度｜
    増減額｜増減率（％） in 千円 with a 合計 row; sheet 新規・拡充事業 — **a two-row header: 新規｜拡充 holding 〇 and
    財源内訳 merged over 国・県支出金｜地方債｜その他｜一般財源**, 分野 rows merged across the table, a 合計 row;
    sheet 予算編成の考え方 — numbered text rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = Workbook()
    shade = PatternFill("solid", fgColor="E2EFDA")
    band = PatternFill("solid", fgColor="F2F2F2")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws = wb.active
    ws.title = "会計別予算額"
    ws["A1"] = "令和７年度　あわら市当初予算（案）　会計別予算額"
    ws["A1"].font = Font(bold=True, size=13)
    ws["E2"] = "（単位：千円）"
    for col, width in zip("ABCDE", (28, 15, 15, 13, 12)):
        ws.column_dimensions[col].width = width
    for col, head in zip("ABCDE", ("会計", "令和７年度", "令和６年度", "増減額", "増減率（％）")):
        ws[f"{col}3"] = head
        ws[f"{col}3"].fill, ws[f"{col}3"].alignment, ws[f"{col}3"].font = shade, center, Font(bold=True)
    r = 4
    for name, now, prev in _AWARA_KAIKEI + [("合計", sum(v for _, v, _ in _AWARA_KAIKEI),
                                            sum(v for _, _, v in _AWARA_KAIKEI))]:
        ws[f"A{r}"], ws[f"B{r}"], ws[f"C{r}"], ws[f"D{r}"] = name, now, prev, now - prev
        ws[f"E{r}"] = round((now - prev) / prev * 100, 1)
        for col in "BCD":
            ws[f"{col}{r}"].number_format = '#,##0;"△"#,##0'
        ws[f"E{r}"].number_format = '0.0;"△"0.0'
        r += 1
    ws[f"A{r + 1}"] = "※水道事業会計・下水道事業会計は、収益的支出と資本的支出の合計額です。"

    ws = wb.create_sheet("新規・拡充事業")
    ws["A1"] = "令和７年度当初予算（案）　新規・拡充事業一覧"
    ws["A1"].font = Font(bold=True, size=13)
    ws["L2"] = "（単位：千円）"
    for col, width in zip("ABCDEFGHIJKL", (5, 34, 13, 6, 6, 11, 11, 10, 9, 10, 2, 46)):
        ws.column_dimensions[col].width = width
    for col, head in (("A", "No."), ("B", "事業名"), ("C", "担当課"), ("D", "新規"), ("E", "拡充"), ("F", "予算額"),
                      ("L", "事業概要")):
        ws[f"{col}3"] = head
        ws.merge_cells(f"{col}3:{col}4")
    ws["G3"] = "財源内訳"
    ws.merge_cells("G3:J3")
    for col, head in zip("GHIJ", ("国・県支出金", "地方債", "その他", "一般財源")):
        ws[f"{col}4"] = head
    for rr in (3, 4):
        for col in "ABCDEFGHIJL":
            ws[f"{col}{rr}"].fill, ws[f"{col}{rr}"].alignment, ws[f"{col}{rr}"].font = shade, center, Font(bold=True)
    r, no, sums = 5, 0, [0] * 5
    for field, rows in _AWARA_JIGYO:
        ws[f"A{r}"] = f"◆{field}"
        ws.merge_cells(f"A{r}:L{r}")
        ws[f"A{r}"].fill, ws[f"A{r}"].font = band, Font(bold=True)
        r += 1
        for name, ka, new, more, *money, summary in rows:
            no += 1
            ws[f"A{r}"], ws[f"B{r}"], ws[f"C{r}"] = no, name, ka
            if new:
                ws[f"D{r}"] = new
            if more:
                ws[f"E{r}"] = more
            for col in "DE":
                ws[f"{col}{r}"].alignment = Alignment(horizontal="center")
            for i, (col, v) in enumerate(zip("FGHIJ", money)):
                ws[f"{col}{r}"] = v
                ws[f"{col}{r}"].number_format = "#,##0"
                sums[i] += v
            ws[f"L{r}"] = summary
            r += 1
    ws[f"B{r}"] = "合計"
    for col, v in zip("FGHIJ", sums):
        ws[f"{col}{r}"] = v
        ws[f"{col}{r}"].number_format = "#,##0"
    ws[f"A{r + 2}"] = "〇印は、新規事業または拡充事業であることを示します。"
    ws[f"A{r + 3}"] = "「その他」は、基金繰入金・使用料・諸収入などです。"

    ws = wb.create_sheet("予算編成の考え方")
    ws["A1"] = "令和７年度予算編成の考え方"
    ws["A1"].font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 110
    for i, line in enumerate([
            "１　北陸新幹線の芦原温泉駅開業効果を市内全域に広げるため、観光と交流の事業に重点的に配分しました。",
            "２　子育て世帯の負担を減らし、安心して子どもを産み育てられる環境を整えます。",
            "３　物価の上昇が続くなか、全ての事業を見直し、経常的な経費の前年度比１％削減を目標としました。",
            "４　財源不足は財政調整基金からの繰入金４億2,000万円で補っています。"], start=3):
        ws[f"A{i}"] = line
    path = out / "awara_r7_tousho_yosan_an_shinki_kakuju_jigyo.xlsx"
    wb.properties.title = "令和7年度あわら市当初予算（案） 新規・拡充事業一覧"
    wb.properties.creator = "あわら市 財政課"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 4. 地域福祉計画 (DOCX, 自助/共助/公助 tables)

# (Heading 2 基本目標, Heading 3 施策, [自助], [互助・共助], [公助 bullets])
_KUROSHIO_SHISAKU = [
    ("基本目標１　つながり、支え合う地域づくり", "施策（１）見守り活動の推進",
     ["近所の人とあいさつを交わす", "気になる人がいたら地区の民生委員に知らせる"],
     ["地区ごとの見守り活動（社協・区長・民生委員）", "あったかふれあいセンターでの集いの場づくり"],
     ["【新規】見守りネットワーク協定の締結拡大（郵便局・新聞販売店・宅配事業者）",
      "民生委員・児童委員の活動費の助成", "【新規】ひとり暮らし高齢者の安否確認アプリ導入支援"]),
    ("基本目標１　つながり、支え合う地域づくり", "施策（２）地域の担い手づくり",
     ["地域の行事やボランティアに参加する"],
     ["生活支援サポーターの養成講座（社協）", "地域食堂の運営"],
     ["生活支援サポーター養成講座の開催", "【新規】地域食堂立ち上げ補助金", "ボランティアポイント制度"]),
    ("基本目標２　安心して暮らせる仕組みづくり", "施策（３）災害時の避難支援",
     ["家族で避難の方法と避難先を話し合っておく", "地域の避難訓練に参加する"],
     ["自主防災組織による要支援者の避難訓練", "津波避難タワーまでの避難経路の点検"],
     ["個別避難計画の作成支援", "【新規】福祉避難所の運営訓練（佐賀地区・大方地区）", "避難行動要支援者名簿の更新"]),
]
_KUROSHIO_KPI = [("地域の支え合いが進んでいると感じる町民の割合", "38.2％", "50.0％"),
                 ("あったかふれあいセンターの利用者数（延べ）", "12,640人", "15,000人"),
                 ("個別避難計画の作成率", "46.5％", "100％"),
                 ("生活支援サポーター登録者数", "84人", "150人"),
                 ("地域食堂の設置数", "３か所", "８か所")]


def kuroshio_chiiki_fukushi_keikaku_docx(out: Path) -> Path:
    """高知県黒潮町 第３期地域福祉計画・地域福祉活動計画（令和８年度～令和12年度） 抜粋 (DOCX): Title; Heading 1 per
    章; 目的 and 現状 paragraphs with figures in sentences, 課題 as List Bullet; per 施策 (Heading 3) **a three-column
    table 自助（町民一人ひとり）｜互助・共助（地域・社会福祉協議会）｜公助（町） with the items as lines in one cell**,
    then 「町の主な取組」 as List Bullet paragraphs, some tagged 【新規】; 第４章 a 成果指標 table 指標｜現状値（令和６年度）｜
    目標値（令和12年度） with the unit inside the value."""
    import docx
    doc = docx.Document()
    doc.core_properties.title = "第3期黒潮町地域福祉計画・地域福祉活動計画（抜粋）"
    doc.core_properties.author = "黒潮町 健康福祉課"
    doc.add_heading("第３期黒潮町地域福祉計画・地域福祉活動計画（令和８年度～令和12年度）抜粋", level=0)
    doc.add_paragraph("令和８年３月　黒潮町・黒潮町社会福祉協議会")
    doc.add_heading("第１章　計画の策定にあたって", level=1)
    doc.add_paragraph("この計画は、町が策定する地域福祉計画と社会福祉協議会が策定する地域福祉活動計画を一体的にまとめたもの"
                      "です。年齢や障がいの有無にかかわらず、誰もが住み慣れた地域で役割を持ち、支え合いながら安心して暮らし"
                      "続けられる町をつくることを目的としています。")
    doc.add_heading("第２章　地域の現状と課題", level=1)
    doc.add_paragraph("令和７年４月１日現在の本町の人口は9,412人、高齢化率は45.8％で、ひとり暮らしの高齢者世帯は1,386世帯と"
                      "５年前より約200世帯増えました。南海トラフ地震では最大34ｍの津波が想定されています。")
    doc.add_paragraph("町民アンケートや地区座談会から、次の課題が見えてきました。")
    for s in ["民生委員・児童委員の欠員が続き、見守りの担い手が不足している",
              "地区の行事が減り、住民同士が顔を合わせる機会が少なくなっている",
              "災害時に一人で避難できない人の個別避難計画づくりが遅れている",
              "困りごとをどこに相談すればよいか分からない人が多い"]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_heading("第３章　施策の展開", level=1)
    last_goal = None
    for goal, shisaku, jijo, kyojo, kojo in _KUROSHIO_SHISAKU:
        if goal != last_goal:
            doc.add_heading(goal, level=2)
            last_goal = goal
        doc.add_heading(shisaku, level=3)
        t = doc.add_table(rows=2, cols=3)
        t.style = "Table Grid"
        for c, head in enumerate(("自助（町民一人ひとり）", "互助・共助（地域・社会福祉協議会）", "公助（町）")):
            t.cell(0, c).text = head
        t.cell(1, 0).text = "\n".join(f"・{s}" for s in jijo)
        t.cell(1, 1).text = "\n".join(f"・{s}" for s in kyojo)
        t.cell(1, 2).text = "下記「町の主な取組」のとおり"
        doc.add_paragraph("町の主な取組")
        for s in kojo:
            doc.add_paragraph(s, style="List Bullet")
    doc.add_heading("第４章　成果指標", level=1)
    t = doc.add_table(rows=len(_KUROSHIO_KPI) + 1, cols=3)
    t.style = "Table Grid"
    for c, head in enumerate(("指標", "現状値（令和６年度）", "目標値（令和12年度）")):
        t.cell(0, c).text = head
    for r, row in enumerate(_KUROSHIO_KPI, start=1):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    doc.add_paragraph("【新規】は、この計画から新たに取り組むものです。")
    path = out / "kuroshio_dai3ki_chiiki_fukushi_keikaku.docx"
    doc.save(str(path))
    return path


# ---------------------------------------------------------------- 5. 指定避難所一覧 (CSV, CP932, open data)

_BUNGOONO_CSV = """\
豊後大野市　指定緊急避難場所・指定避難所一覧（令和７年４月１日現在）,,,,,,,,,,,
No,施設名,地区,所在地,指定避難所,洪水,土砂災害,地震,津波,大規模な火事,収容人数（人）,備考
1,三重総合体育館,三重町,三重町市場１１８０番地,○,○,○,○,○,○,650,
2,三重第一小学校体育館,三重町,三重町赤嶺２２０５番地,○,×,○,○,○,○,320,洪水時は使用しない（想定浸水深0.5～3.0ｍ）
3,三重中央公民館,三重町,三重町市場９３４番地,○,○,○,○,○,○,180,福祉避難所
4,清川ふるさと交流センター,清川町,清川町砂田１５８０番地,○,○,×,○,○,○,140,土砂災害警戒区域内
5,緒方体育館,緒方町,緒方町馬場４１２番地,○,×,○,○,○,○,410,洪水時は使用しない（想定浸水深0.5～3.0ｍ）
6,緒方公民館,緒方町,緒方町下自在２７６番地,○,○,○,○,○,○,120,福祉避難所
7,朝地地域交流センター,朝地町,朝地町池田１９０２番地,○,○,○,○,○,○,230,
8,大野中央運動公園,大野町,大野町田中２３１０番地,,○,○,○,○,○,,屋外（避難場所のみ）
9,大野老人福祉センター,大野町,大野町田中１２８５番地,○,○,○,○,○,○,90,福祉避難所
10,千歳体育館,千歳町,千歳町新殿５５０番地,○,○,○,○,○,○,260,
11,犬飼小学校体育館,犬飼町,犬飼町田原６７番地,○,×,○,○,○,○,300,洪水時は使用しない（想定浸水深3.0～5.0ｍ）
12,犬飼公民館,犬飼町,犬飼町大寒１０２番地,○,○,×,○,○,○,110,土砂災害警戒区域内
※「洪水」～「大規模な火事」は指定緊急避難場所として使用できる災害の種別（○：使用可　×：使用不可）,,,,,,,,,,,
※収容人数は、避難者１人当たり２㎡として算定しています。,,,,,,,,,,,
※ペットとの同行避難は、各避難所の屋外スペースや車中で受け入れます。ケージ等はご自身でご用意ください。,,,,,,,,,,,
※福祉避難所は、一般の避難所での生活が難しい高齢者や障がいのある方などを、市が必要と認めた場合に開設します。,,,,,,,,,,,
"""


def bungoono_hinanjo_csv(out: Path) -> Path:
    """大分県豊後大野市 指定緊急避難場所・指定避難所一覧 (CSV, **CP932**, CRLF, open-data style): a title row padded
    with commas, one header whose **災害種別 columns 洪水｜土砂災害｜地震｜津波｜大規模な火事 hold ○ / ×**, an empty
    指定避難所 and 収容人数 for an outdoor 避難場所, full-width 番地 in the addresses, 備考 福祉避難所 / 使用しない,
    ※ note rows."""
    return write_text(out / "bungoono_shitei_hinanjo_ichiran.csv", _BUNGOONO_CSV, encoding="cp932", crlf=True)


# ---------------------------------------------------------------- 6. 観光振興計画 進捗 (HTML, colspan header)

_ONNA_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第３次恩納村観光振興計画の進捗状況（令和６年度） | 恩納村役場</title>
</head>
<body>
<header>
  <p class="site-name"><a href="/">恩納村役場</a></p>
  <nav>
    <ul>
      <li><a href="/kurashi/">くらし・手続き</a></li>
      <li><a href="/kosodate/">子育て・教育</a></li>
      <li><a href="/sangyo/">観光・産業</a></li>
      <li><a href="/sonsei/">村政情報</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/sangyo/">観光・産業</a> &gt; 観光振興計画</div>
<main>
<h1>第３次恩納村観光振興計画の進捗状況（令和６年度）</h1>
<p class="update">更新日：2025年9月12日　担当：商工観光課</p>
<p>村では、第３次恩納村観光振興計画（令和２年度～令和11年度）に基づき、「海と人が輝く、世界に誇れる滞在型リゾート」を
めざして施策を進めています。令和６年度の数値目標の状況と、重点プロジェクトの取組を報告します。</p>

<h2>数値目標の状況</h2>
<table border="1">
  <thead>
    <tr><th rowspan="2">指標</th><th rowspan="2">策定時<br>（令和元年度）</th><th rowspan="2">実績<br>（令和６年度）</th>
        <th colspan="2">目標値</th><th rowspan="2">評価</th></tr>
    <tr><th>中間（令和７年度）</th><th>最終（令和11年度）</th></tr>
  </thead>
  <tbody>
    <tr><td>入域観光客数</td><td>298.4万人</td><td>276.2万人</td><td>300.0万人</td><td>330.0万人</td><td>△</td></tr>
    <tr><td>観光客１人当たり消費額</td><td>42,800円</td><td>51,600円</td><td>48,000円</td><td>55,000円</td><td>◎</td></tr>
    <tr><td>平均宿泊日数</td><td>2.1泊</td><td>2.3泊</td><td>2.3泊</td><td>2.5泊</td><td>◎</td></tr>
    <tr><td>村内宿泊施設の客室稼働率</td><td>74.6％</td><td>71.8％</td><td>76.0％</td><td>80.0％</td><td>△</td></tr>
    <tr><td>観光による村民の生活満足度</td><td>41.5％</td><td>46.2％</td><td>50.0％</td><td>60.0％</td><td>○</td></tr>
  </tbody>
</table>
<p>評価　◎：中間目標を達成　○：策定時より改善　△：策定時を下回る</p>

<h2>重点プロジェクトの取組状況</h2>
<ul class="project-list">
  <li><strong>真栄田岬利用ルールづくり</strong>【新規】　ダイビング事業者・地元区と協議会を設け、一日の入域人数の上限と駐車場の予約制を試行しました。</li>
  <li><strong>万座毛周辺シャトルバス実証運行</strong>【新規】　夏季の土日祝日に、ホテル街と万座毛を結ぶシャトルバスを延べ42日運行しました。</li>
  <li><strong>谷茶・前兼久ナイトツーリズム推進</strong>【継続】　夜市とサンセットクルーズの周遊券を販売しました。</li>
  <li><strong>サンゴ再生エコツアー認証制度</strong>【継続】　認証事業者は18社となりました。</li>
  <li><strong>観光人材育成インターンシップ</strong>【新規】　村内の高校生27人が宿泊施設で就業体験をしました。</li>
</ul>

<h2>今後の課題</h2>
<p>入域観光客数は回復途上にあり、客室稼働率も策定時を下回っています。一方、１人当たり消費額と宿泊日数は伸びており、
量より質を重視した滞在型観光への転換は進みつつあります。今後は、観光客の増加による交通渋滞と自然環境への負荷を抑え
ながら、観光の効果が村民の暮らしに行きわたる仕組みづくりが課題です。</p>
<p>この計画の期間は令和11年度までです。中間目標は令和７年度の値で評価します。</p>
</main>
<footer><p>恩納村役場　商工観光課</p></footer>
</body>
</html>
"""


def onna_kanko_shinchoku_html(out: Path) -> Path:
    """沖縄県恩納村 第３次観光振興計画の進捗状況（令和６年度） (HTML, UTF-8): a village web page — site name, nav,
    breadcrumb, lead; **a table with a two-row header (目標値 colspan over 中間｜最終, the other heads rowspan, <br>
    inside heads) and the unit inside each value**, a ◎○△ 評価 column and its legend; 重点プロジェクト as a `<ul>` of
    `<strong>` names with 【新規】/【継続】 tags; 今後の課題 prose."""
    return write_text(out / "onna_kanko_shinko_keikaku_shinchoku_r6.html", _ONNA_HTML)


def make_all(out_dir: Path) -> list[Path]:
    """Write every document of the fifteenth blind set into `out_dir` (created if missing) and return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [
        iga_haikibutsu_keikaku_pdf(out_dir),
        niimi_gyozaisei_kaikaku_pdf(out_dir),
        awara_yosan_shinki_kakuju_xlsx(out_dir),
        kuroshio_chiiki_fukushi_keikaku_docx(out_dir),
        bungoono_hinanjo_csv(out_dir),
        onna_kanko_shinchoku_html(out_dir),
    ]
