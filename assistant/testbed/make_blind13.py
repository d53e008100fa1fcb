"""Thirteenth blind fixture set: six documents in layouts nobody tuned the extractor to, answers written by hand.

`make_all(out_dir)` writes six documents of Japanese local-government kinds (a 総合計画 後期基本計画 PDF with one
block per 施策 whose 成果指標 table puts the 単位 in a column of its own and whose 主な事業 stand two to a printed
line; a 補正予算の概要 PDF, a press paper whose 主な補正内容 are unruled items with the 財源 on a second line; a
使用料 改定一覧 workbook with a two-row 使用料 header and 町内/町外 prices; a 懇談会 意見と対応 in Word with the 地区
merged down a table and a 反映を検討する事業 table; a 総合戦略 KPI 進捗 CSV in CP932 whose 基準年度 differs per row;
a 議会だより 予算特集 in plain text with amounts in 億・万円) into `out_dir` and returns their paths. The
municipalities are real and were used by no earlier set; every figure, name and sentence is invented. The expected
answers in `questions.jsonl` were written by hand from the text below, without reading or running the extractor.
Binary formats are generated here, never committed.
"""
from __future__ import annotations

from pathlib import Path

from assistant.testbed.documents import GOTHIC, MINCHO, PAGE_H, PAGE_W, PdfPage, column_lefts, write_text


# ---------------------------------------------------------------- 1. 総合計画 後期基本計画 (PDF, one block per 施策)

# (基本目標 or None, 施策 heading, 担当課, 現状と課題 lines, [(成果指標, 単位, 基準値, 目標値)], 主な事業)
_GOJO_SHISAKU = [
    ("基本目標２　安心して子どもを産み育てられるまち",
     "施策２－１　子育て支援の充実", "こども未来課",
     ["共働き世帯の増加により、０～２歳児の保育の需要が高まっています。一方、市内の出生数は",
      "令和５年度に148人と、10年前の約６割に減少しており、子育て世帯の転出を抑える支援が課題です。"],
     [("保育所等の待機児童数", "人", "3", "0"),
      ("子育てしやすいと感じる市民の割合", "％", "52.4", "65.0")],
     ["【重点】こども家庭センター運営事業", "病児保育事業", "【重点】第２子以降保育料無償化", "子育て応援アプリ配信"]),
    (None,
     "施策２－２　学校教育の充実", "学校教育課",
     ["児童生徒数の減少により小規模校が増え、西吉野・大塔地区では複式学級が生じています。",
      "不登校の児童生徒は増加傾向にあり、一人ひとりに応じた学びの場の確保が求められています。"],
     [("不登校児童生徒の出現率", "％", "2.8", "2.0"),
      ("授業がわかると答えた児童生徒の割合", "％", "78.6", "85.0")],
     ["ＧＩＧＡスクール端末更新", "【重点】小中一貫教育推進事業", "西吉野・大塔地区スクールバス運行", "学校給食センター改修"]),
    ("基本目標３　地域の資源を生かした活力あるまち",
     "施策３－１　農林業の振興", "農林政策課",
     ["柿の生産量は県内有数ですが、生産者の平均年齢は68歳を超え、園地の荒廃が進んでいます。",
      "また、シカ・イノシシによる被害が山間部で続いています。"],
     [("柿の出荷量", "ｔ", "4,820", "5,000"),
      ("新規就農者数（累計）", "人", "12", "30")],
     ["【重点】柿産地パワーアップ事業", "有害鳥獣捕獲対策", "森林環境譲与税活用間伐", "新規就農者定着支援事業"]),
    (None,
     "施策３－２　観光の振興", "商工観光課",
     ["五條新町の町並みや大塔の渓谷など観光資源は豊かですが、滞在時間が短く日帰り客が中心です。",
      "宿泊施設が少ないことから、観光消費額が伸び悩んでいます。"],
     [("観光入込客数", "万人", "68.4", "80.0"),
      ("市内宿泊者数", "人", "21,360", "30,000")],
     ["【重点】五條新町にぎわい創出事業", "大塔・西吉野周遊ルート整備", "観光案内所運営事業", "【重点】古民家宿泊施設開業支援"]),
]


def _gojo_block(pdf: PdfPage, top: float, item) -> float:
    goal, heading, ka, issues, kpis, projects = item
    if goal:
        pdf.text(40, top + 12, goal, 11, GOTHIC)
        top += 24
    pdf.box(40, top, PAGE_W - 80, 20, fill=0.8)
    pdf.text(48, top + 14, heading, 10.5, GOTHIC)
    pdf.right(PAGE_W - 48, top + 14, f"担当：{ka}", 8.5, GOTHIC)
    top += 34
    pdf.text(48, top, "◆現状と課題", 9, GOTHIC)
    for i, line in enumerate(issues):
        pdf.text(56, top + 15 + 13 * i, line, 8.5)
    top += 15 + 13 * len(issues) + 8
    pdf.text(48, top, "◆成果指標", 9, GOTHIC)
    cols = [200, 40, 110, 110]
    xs = column_lefts(56, cols)
    t = top + 6
    for x, w, h in zip(xs, cols, ["指標名", "単位", "基準値（令和５年度）", "目標値（令和11年度）"]):
        pdf.box(x, t, w, 16, fill=0.9)
        pdf.center(x + w / 2, t + 11, h, 8, GOTHIC)
    t += 16
    for name, unit, base, goal_value in kpis:
        for x, w in zip(xs, cols):
            pdf.box(x, t, w, 16)
        pdf.text(xs[0] + 4, t + 11, name, 8)
        pdf.center(xs[1] + cols[1] / 2, t + 11, unit, 8)
        pdf.right(xs[2] + cols[2] - 6, t + 11, base, 8)
        pdf.right(xs[3] + cols[3] - 6, t + 11, goal_value, 8)
        t += 16
    top = t + 18
    pdf.text(48, top, "◆主な事業", 9, GOTHIC)
    for i, name in enumerate(projects):
        x = 56 if i % 2 == 0 else 300
        pdf.text(x, top + 15 + 13 * (i // 2), f"■{name}", 8.5)
    return top + 15 + 13 * ((len(projects) + 1) // 2) + 14


def gojo_kouki_kihon_keikaku_pdf(out: Path) -> Path:
    """奈良県五條市 第６次総合計画 後期基本計画（令和７年度～令和11年度） 抜粋 (PDF, portrait, 2 pages): per 施策 a
    shaded band with the 担当課 at its right end, ◆現状と課題 prose, a ruled ◆成果指標 table 指標名｜単位｜基準値（令和
    ５年度）｜目標値（令和11年度） **with the unit in a column of its own**, and ◆主な事業 **two items to a printed
    line**, some tagged 【重点】, not all ending in 事業."""
    pdf = PdfPage(out / "gojo_dai6ji_sougou_keikaku_kouki_kihon_keikaku.pdf",
                  title="第6次五條市総合計画 後期基本計画（抜粋）", author="五條市 総務部 企画政策課")
    pdf.text(40, 44, "第６次五條市総合計画　後期基本計画（令和７年度～令和11年度）", 14, GOTHIC)
    pdf.right(PAGE_W - 40, 62, "令和７年３月　奈良県五條市", 8.5)
    pdf.hline(40, PAGE_W - 40, 68, 1.0)
    pdf.text(48, 86, "【重点】は、後期基本計画の重点プロジェクトに位置付ける事業です。", 8.5)
    top = 96
    for item in _GOJO_SHISAKU[:2]:
        top = _gojo_block(pdf, top, item)
    pdf.center(PAGE_W / 2, PAGE_H - 24, "－ 21 －", 8)
    pdf.page()
    top = 40
    for item in _GOJO_SHISAKU[2:]:
        top = _gojo_block(pdf, top, item)
    pdf.text(48, top + 4, "※基準値は令和５年度の実績値です。目標値は計画最終年度（令和11年度）の値です。", 8)
    pdf.center(PAGE_W / 2, PAGE_H - 24, "－ 22 －", 8)
    return pdf.save()


# ---------------------------------------------------------------- 2. 補正予算の概要 (PDF, press paper)

# (款, 補正前の額, 補正額) in 千円
_TAKANABE_KAN = [("総務費", 1_402_300, 38_200), ("民生費", 4_286_100, 126_480), ("衛生費", 1_118_400, 21_900),
                 ("農林水産業費", 842_600, 74_300), ("土木費", 1_064_200, 33_600), ("教育費", 1_236_800, 18_000),
                 ("その他（議会費・公債費等）", 1_783_300, 0)]
# (款, [(事業名, 補正額 千円, 財源 line)])
_TAKANABE_ITEMS = [
    ("総務費", [("庁舎空調設備緊急修繕", "27,700", "財源：繰越金"),
              ("ふるさと納税推進事業（返礼品・委託料）", "10,500", "財源：寄附金")]),
    ("民生費", [("物価高騰対応重点支援給付金事業", "96,000", "財源：国庫支出金 96,000"),
              ("保育士等処遇改善臨時特例事業", "18,480", "財源：国庫支出金 9,240　県支出金 4,620　一般財源 4,620"),
              ("障害福祉サービス費（過年度精算）", "12,000", "財源：繰越金")]),
    ("衛生費", [("【新規】帯状疱疹ワクチン接種費助成", "21,900", "財源：県支出金 7,300　一般財源 14,600")]),
    ("農林水産業費", [("【新規】スマート農業機械導入支援事業", "42,300", "財源：国庫支出金 13,460　県支出金 9,480　一般財源 19,360"),
                   ("蚊口漁港しゅんせつ工事", "32,000", "財源：繰越金")]),
    ("土木費", [("町道持田・上江線舗装補修", "33,600", "財源：繰越金")]),
    ("教育費", [("【新規】中学校部活動地域移行推進事業", "18,000", "財源：一般財源")]),
]


def _yen(v: int) -> str:
    return f"{v:,}"


def takanabe_hosei_gaiyo_pdf(out: Path) -> Path:
    """宮崎県高鍋町 令和７年度 一般会計補正予算（第３号）の概要 (PDF, portrait, 2 pages), a 報道発表資料: a framed
    「報道発表資料」 label and 発表日; the 補正の規模 as four label lines (当初予算額, 既補正額, 今回補正額, 補正後の
    予算総額); a ruled 款別 table 款｜補正前の額｜補正額｜補正後の額 and the 歳入 補正 in one sentence; page 2 the 主な
    補正内容 **as unruled items grouped under 款 names, each item's 財源 on a second, smaller line below it**, 【新規】
    tags, 千円 only in a note."""
    pdf = PdfPage(out / "takanabe_r7_ippan_hosei_dai3go_gaiyo.pdf", title="令和7年度高鍋町一般会計補正予算（第3号）の概要",
                  author="高鍋町 総務課 財政係")
    pdf.box(40, 30, 90, 20)
    pdf.center(85, 44, "報道発表資料", 9, GOTHIC)
    pdf.right(PAGE_W - 40, 44, "令和７年８月26日　高鍋町総務課財政係", 8.5)
    pdf.text(40, 80, "令和７年度 高鍋町一般会計補正予算（第３号）の概要", 14, GOTHIC)
    pdf.text(40, 100, "令和７年第３回高鍋町議会定例会（９月２日開会）に提出する補正予算の概要をお知らせします。", 9)
    pdf.text(40, 128, "１　補正の規模", 11, GOTHIC)
    total_before = sum(b for _, b, _ in _TAKANABE_KAN)
    total_add = sum(a for _, _, a in _TAKANABE_KAN)
    lines = [("当初予算額", "11,208,000千円"), ("既補正額（第１号・第２号）", "525,700千円"),
             ("今回補正額（第３号）", f"{_yen(total_add)}千円"), ("補正後の予算総額", f"{_yen(total_before + total_add)}千円")]
    for i, (label, value) in enumerate(lines):
        pdf.text(60, 148 + 16 * i, label, 9.5)
        pdf.right(360, 148 + 16 * i, value, 9.5)
    pdf.text(40, 232, "２　款別の補正額（歳出）", 11, GOTHIC)
    pdf.right(PAGE_W - 40, 232, "（単位：千円）", 8)
    cols = [170, 110, 100, 110]
    xs = column_lefts(50, cols)
    top = 240
    for x, w, h in zip(xs, cols, ["款", "補正前の額", "補正額", "補正後の額"]):
        pdf.box(x, top, w, 18, fill=0.85)
        pdf.center(x + w / 2, top + 12, h, 9, GOTHIC)
    top += 18
    rows = [(k, b, a) for k, b, a in _TAKANABE_KAN] + [("合　計", total_before, total_add)]
    for kan, before, add in rows:
        for x, w in zip(xs, cols):
            pdf.box(x, top, w, 18)
        font = GOTHIC if kan == "合　計" else MINCHO
        pdf.text(xs[0] + 5, top + 12, kan, 9, font)
        for c, v in ((1, before), (2, add), (3, before + add)):
            pdf.right(xs[c] + cols[c] - 6, top + 12, _yen(v) if v else "0", 9, font)
        top += 18
    pdf.text(40, top + 30, "３　歳入の補正", 11, GOTHIC)
    for i, line in enumerate(["歳入は、国庫支出金118,700千円、県支出金21,400千円、寄附金10,500千円を計上し、",
                              "不足する財源は前年度繰越金161,880千円で調整しました。"]):
        pdf.text(50, top + 48 + 14 * i, line, 9)
    pdf.center(PAGE_W / 2, PAGE_H - 24, "－１－", 8)
    pdf.page()
    pdf.text(40, 50, "４　主な補正内容", 11, GOTHIC)
    pdf.right(PAGE_W - 40, 50, "金額の単位：千円", 8)
    top = 76
    for kan, items in _TAKANABE_ITEMS:
        pdf.text(46, top, f"〈{kan}〉", 9.5, GOTHIC)
        top += 16
        for name, amount, source in items:
            pdf.text(62, top, name, 9.5)
            pdf.right(PAGE_W - 60, top, amount, 9.5)
            pdf.text(80, top + 12, source, 7.5)
            top += 28
        top += 4
    pdf.text(46, top + 8, "【新規】は、令和７年度に新たに取り組む事業です。", 8)
    pdf.text(46, top + 36, "５　補正の考え方", 11, GOTHIC)
    for i, line in enumerate(["国の経済対策に伴う物価高騰対策を速やかに実施するとともに、夏季の高温で故障した庁舎の空調",
                              "設備を緊急に修繕し、住民サービスへの影響を最小限に抑えるための補正としました。"]):
        pdf.text(56, top + 54 + 14 * i, line, 9)
    pdf.center(PAGE_W / 2, PAGE_H - 24, "－２－", 8)
    return pdf.save()


# ---------------------------------------------------------------- 3. 使用料 改定一覧 (XLSX, two-row 使用料 header)

# sheet → [(施設名 or "" under the one above, 区分, 単位, 現行（町内）, 改定後（町内）, 改定後（町外）, 改定率, 備考)]
_SATSUMA_SHEETS = {
    "体育施設": [
        ("宮之城総合体育館", "アリーナ全面", "１時間", 1_200, 1_500, 2_250, 25.0, ""),
        ("", "アリーナ半面", "１時間", 600, 750, 1_120, 25.0, "町外は10円未満切捨て"),
        ("", "会議室", "１時間", 300, 400, 600, 33.3, ""),
        ("鶴田体育館", "全面", "１時間", 800, 1_000, 1_500, 25.0, ""),
        ("薩摩運動公園野球場", "全面", "２時間", 2_000, 2_400, 3_600, 20.0, ""),
        ("", "夜間照明", "１時間", 1_500, 2_200, 3_300, 46.7, "電気料金の上昇を反映"),
        ("宮之城テニスコート", "１面", "１時間", 400, 500, 750, 25.0, ""),
        ("さつま町武道館", "全面", "１時間", 500, 500, 750, 0.0, "据置"),
    ],
    "文化・温泉施設": [
        ("宮之城文化センター", "大ホール（全日）", "１回", 42_000, 48_000, 72_000, 14.3, ""),
        ("", "小ホール（午前）", "１回", 6_000, 7_000, 10_500, 16.7, ""),
        ("", "練習室", "１時間", 400, 400, 600, 0.0, "据置"),
        ("鶴田温泉センター", "入浴料（大人）", "１回", 300, 350, 350, 16.7, "町内外同額"),
        ("", "入浴料（小人）", "１回", 150, 150, 150, 0.0, "据置・町内外同額"),
        ("", "家族風呂", "１時間", 1_000, 1_300, 1_300, 30.0, "町内外同額"),
        ("紫尾区コミュニティ館", "和室", "１時間", 200, 250, 370, 25.0, ""),
    ],
}


def satsuma_shiyoryo_kaitei_xlsx(out: Path) -> Path:
    """鹿児島県さつま町 公共施設使用料の改定一覧（令和８年４月１日施行） (XLSX, 2 sheets + a 考え方 sheet): a title and
    the 施行日 note; **a two-row header — 使用料（円） merged over 現行（町内）｜改定後（町内）｜改定後（町外）**, the
    施設名 merged down over its rooms, a 改定率（％） number beside the prices, 備考 「据置」; a third sheet with the
    改定の考え方 as numbered text rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = Workbook()
    shade = PatternFill("solid", fgColor="DDEBF7")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    first = True
    for sheet, rows in _SATSUMA_SHEETS.items():
        ws = wb.active if first else wb.create_sheet(sheet)
        ws.title, first = sheet, False
        ws["A1"] = f"さつま町公共施設使用料の改定一覧（{sheet}）"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "施行日：令和８年４月１日　／　現行料金は平成26年４月改定"
        for col, width in zip("ABCDEFGH", (24, 18, 9, 12, 12, 12, 11, 24)):
            ws.column_dimensions[col].width = width
        for col, value in zip("ABC", ("施設名", "区分", "単位")):
            ws[f"{col}4"] = value
            ws.merge_cells(f"{col}4:{col}5")
        ws["D4"] = "使用料（円）"
        ws.merge_cells("D4:F4")
        for col, value in zip("DEF", ("現行（町内）", "改定後（町内）", "改定後（町外）")):
            ws[f"{col}5"] = value
        for col, value in zip("GH", ("改定率（％）", "備考")):
            ws[f"{col}4"] = value
            ws.merge_cells(f"{col}4:{col}5")
        for r in (4, 5):
            for col in "ABCDEFGH":
                ws[f"{col}{r}"].fill = shade
                ws[f"{col}{r}"].alignment = center
                ws[f"{col}{r}"].font = Font(bold=True)
        r, start = 6, 6
        for name, *values in rows:
            if name:
                if r - 1 > start:
                    ws.merge_cells(f"A{start}:A{r - 1}")
                start = r
                ws[f"A{r}"] = name
                ws[f"A{r}"].alignment = Alignment(vertical="top")
            for col, v in zip("BCDEFGH", values):
                if v == "":
                    continue
                ws[f"{col}{r}"] = v
                if isinstance(v, float):
                    ws[f"{col}{r}"].number_format = "0.0"
                elif isinstance(v, int):
                    ws[f"{col}{r}"].number_format = "#,##0"
            r += 1
        if r - 1 > start:
            ws.merge_cells(f"A{start}:A{r - 1}")
        ws[f"A{r + 1}"] = "※改定率＝（改定後（町内）－現行（町内））÷現行（町内）×100（小数点第２位を四捨五入）"
        ws[f"A{r + 2}"] = "※町外の料金は、町内の料金の1.5倍としています（温泉施設を除く）。"
    ws = wb.create_sheet("改定の考え方")
    ws["A1"] = "使用料改定の考え方"
    ws["A1"].font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 110
    for i, line in enumerate([
            "１　施設の維持管理に要する費用のうち、利用者が負担する割合（受益者負担率）を施設の性質ごとに定め、使用料を算定しました。",
            "２　前回改定から10年以上が経過し、光熱水費と人件費が上昇したため、多くの施設で料金を引き上げます。",
            "３　激変緩和のため、改定率の上限を原則50％としました。",
            "４　子どもの利用が多い施設（武道館・練習室）と、温泉施設の小人料金は据え置きます。"], start=3):
        ws[f"A{i}"] = line
    path = out / "satsuma_koukyou_shisetsu_shiyoryo_kaitei_ichiran.xlsx"
    wb.properties.title = "さつま町公共施設使用料の改定一覧"
    wb.properties.creator = "さつま町 企画財政課"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 4. 懇談会 意見と対応 (DOCX, 地区 merged down)

# (地区, ご意見・ご要望, 村の考え方・対応, 対応区分, 担当課)
_TOTSUKAWA_OPINIONS = [
    ("上野地", "谷瀬の吊り橋の観光シーズンに、県道沿いの路上駐車で地元の車が通れない。",
     "令和８年度に吊り橋付近の村有地を臨時駐車場として整備し、繁忙期には誘導員を配置します。", "対応予定", "観光振興課"),
    ("上野地", "集落の高齢者が通院に使う路線バスが減便され、困っている。",
     "バス事業者との協議を続けるとともに、予約制の村営デマンドタクシーの運行区域を上野地まで広げます。", "対応予定", "総務課"),
    ("小原", "十津川温泉周辺の空き家が増えており、移住希望者に紹介してほしい。",
     "空き家の所有者への意向調査を行い、登録された物件は村の空き家バンクで紹介しています。", "実施済", "企画課"),
    ("小原", "防災行政無線の放送が雨の日に聞き取りにくい。",
     "戸別受信機の無償貸与を続けています。聞き取りにくい世帯は役場までご連絡ください。", "実施済", "総務課"),
    ("平谷", "冬季の国道の凍結が心配。融雪剤の散布箇所を増やしてほしい。",
     "国道の管理者である県に要望します。村道については散布箇所を12か所から20か所に増やします。", "一部対応", "建設課"),
    ("平谷", "若い世代が働ける場所が村内に少ない。",
     "林業の担い手育成と、温泉を生かしたサテライトオフィスの誘致を検討します。", "検討", "企画課"),
    ("折立", "診療所の医師が週３日しかおらず、急病の時が不安。",
     "医師の確保は難しい状況ですが、オンライン診療の導入に向けて県立医大と協議しています。", "検討", "住民課"),
]

# (事業名, 区分, 担当課, 概要)
_TOTSUKAWA_PROJECTS = [
    ("谷瀬の吊り橋周辺駐車場整備事業", "新規", "観光振興課", "村有地約1,200㎡を舗装し、普通車40台分を確保"),
    ("村営デマンドタクシー運行事業", "拡充", "総務課", "運行区域に上野地・谷瀬を追加"),
    ("村道凍結防止対策", "拡充", "建設課", "融雪剤散布箇所を20か所に増設"),
    ("へき地オンライン診療導入事業", "新規", "住民課", "折立・小原の２診療所で試行"),
    ("林業就業者定住促進住宅", "新規", "農林課", "就業者向け住宅２戸を整備"),
]


def totsukawa_kondankai_docx(out: Path) -> Path:
    """奈良県十津川村 令和７年度 地区別むらづくり懇談会 ご意見と村の考え方 (DOCX): Title; 開催概要 as a label｜value
    table (日程, 会場, 参加者数); **the 意見 table 地区｜ご意見・ご要望｜村の考え方・対応｜対応区分｜担当課 with the
    地区 cell merged down over its rows**; then a Heading 1 and a table of 事業 whose 令和８年度予算への反映を検討 is
    listed with 区分 新規/拡充 and 担当課 (not all ending in 事業)."""
    import docx
    doc = docx.Document()
    doc.core_properties.title = "令和7年度 地区別むらづくり懇談会 ご意見と村の考え方"
    doc.core_properties.author = "十津川村 企画課"
    doc.add_heading("令和７年度　地区別むらづくり懇談会　ご意見と村の考え方", level=0)
    doc.add_paragraph("十津川村では、村民の皆さんの声を村政に生かすため、村長と職員が各地区に出向いて懇談会を開いて"
                      "います。いただいた主なご意見と村の考え方をお知らせします。")
    doc.add_heading("１　開催概要", level=1)
    facts = [("開催期間", "令和７年６月９日～令和７年７月４日"), ("会場", "８会場（各地区の集会所・公民館）"),
             ("参加者数", "延べ214人（前年度 189人）"), ("主な説明事項", "第５次十津川村総合計画の進捗、防災対策、地域交通")]
    t = doc.add_table(rows=len(facts), cols=2)
    t.style = "Table Grid"
    for r, (k, v) in enumerate(facts):
        t.cell(r, 0).text, t.cell(r, 1).text = k, v
    doc.add_heading("２　主なご意見と村の考え方", level=1)
    doc.add_paragraph("対応区分　実施済：すでに対応しているもの　対応予定：対応を決めたもの　一部対応：一部について対応"
                      "するもの　検討：今後検討するもの")
    heads = ("地区", "ご意見・ご要望", "村の考え方・対応", "対応区分", "担当課")
    t = doc.add_table(rows=len(_TOTSUKAWA_OPINIONS) + 1, cols=5)
    t.style = "Table Grid"
    for c, v in enumerate(heads):
        t.cell(0, c).text = v
    start = 1
    for r, row in enumerate(_TOTSUKAWA_OPINIONS, start=1):
        for c, v in enumerate(row):
            if c == 0 and r > 1 and v == _TOTSUKAWA_OPINIONS[r - 2][0]:
                continue
            t.cell(r, c).text = v
        if r == len(_TOTSUKAWA_OPINIONS) or _TOTSUKAWA_OPINIONS[r][0] != row[0]:
            if r > start:
                t.cell(start, 0).merge(t.cell(r, 0))
            start = r + 1
    doc.add_heading("３　令和８年度予算への反映を検討する事業", level=1)
    t = doc.add_table(rows=len(_TOTSUKAWA_PROJECTS) + 1, cols=4)
    t.style = "Table Grid"
    for c, v in enumerate(("事業名", "区分", "担当課", "概要")):
        t.cell(0, c).text = v
    for r, row in enumerate(_TOTSUKAWA_PROJECTS, start=1):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    doc.add_paragraph("※事業の実施は、令和８年度当初予算の議決を経て決定します。")
    doc.add_heading("４　お問い合わせ", level=1)
    doc.add_paragraph("十津川村役場　企画課　企画係")
    path = out / "totsukawa_r7_mura_zukuri_kondankai_iken.docx"
    doc.save(str(path))
    return path


# ---------------------------------------------------------------- 5. 総合戦略 KPI 進捗 (CSV, CP932, 基準年度 per row)

_SUOOSHIMA_CSV = """\
第２期周防大島町まち・ひと・しごと創生総合戦略　重要業績評価指標（ＫＰＩ）の進捗状況,,,,,,,,,,,
令和７年８月　周防大島町　政策企画課,,,,,,,,,,,
No.,基本目標,施策,ＫＰＩ,単位,基準値,基準年度,実績値（令和６年度）,目標値（令和７年度）,達成率（％）,評価,担当課
1,１　しごとをつくる,（１）農林水産業の担い手確保,新規漁業就業者数（累計）,人,0,令和元年度,9,12,75.0,Ｃ,農林水産課
2,１　しごとをつくる,（１）農林水産業の担い手確保,みかん新規就農者数（累計）,人,0,令和元年度,14,15,93.3,Ａ,農林水産課
3,１　しごとをつくる,（２）観光の振興,観光入込客数,千人,"1,286",平成30年度,"1,104","1,400",78.9,Ｃ,商工観光課
4,１　しごとをつくる,（２）観光の振興,宿泊客数,人,"98,420",平成30年度,"86,950","110,000",79.0,Ｃ,商工観光課
5,２　ひとの流れをつくる,（１）移住・定住の促進,移住者数（年間）,人,182,令和元年度,236,250,94.4,Ａ,政策企画課
6,２　ひとの流れをつくる,（１）移住・定住の促進,空き家バンク成約件数（年間）,件,21,令和元年度,34,30,113.3,Ａ,政策企画課
7,２　ひとの流れをつくる,（２）関係人口の創出,地域おこし協力隊員の任期後の定住率,％,50.0,令和元年度,62.5,70.0,89.3,Ｂ,政策企画課
8,３　結婚・出産・子育ての希望をかなえる,（１）出産・子育て支援,出生数（年間）,人,69,令和元年度,48,80,60.0,Ｄ,健康増進課
9,３　結婚・出産・子育ての希望をかなえる,（１）出産・子育て支援,子育て支援に満足している保護者の割合,％,61.2,令和２年度,70.4,75.0,93.9,Ａ,子育て支援課
10,４　安心して暮らせる地域をつくる,（１）健康づくり・支え合い,高齢者サロン参加者数（延べ）,人,"8,240",令和元年度,"7,016","9,000",78.0,Ｃ,福祉課
11,４　安心して暮らせる地域をつくる,（２）地域交通の確保,路線バス・デマンド交通の利用者数（年間）,人,"142,600",令和元年度,"118,350","140,000",84.5,Ｂ,政策企画課
12,４　安心して暮らせる地域をつくる,（３）防災力の向上,自主防災組織の活動カバー率,％,88.2,令和元年度,96.4,100.0,96.4,Ａ,防災危機管理課
※達成率＝実績値÷目標値×100（累計の指標は目標値に対する累計の実績値の割合）,,,,,,,,,,,
※評価　Ａ：90％以上　Ｂ：80％以上90％未満　Ｃ：70％以上80％未満　Ｄ：70％未満,,,,,,,,,,,
※宿泊客数は、町内の旅館・ホテル・民宿の延べ宿泊者数（片添ヶ浜地区のキャンプ場を除く）,,,,,,,,,,,
"""


def suooshima_kpi_csv(out: Path) -> Path:
    """山口県周防大島町 第２期総合戦略 KPI の進捗状況（令和６年度実績） (CSV, **CP932**, CRLF): a title row and a
    date row padded with commas, one header No.｜基本目標｜施策｜ＫＰＩ｜単位｜基準値｜基準年度｜実績値（令和６年度）｜
    目標値（令和７年度）｜達成率（％）｜評価｜担当課, **one row per KPI with its own 基準年度 (平成30年度, 令和元年度,
    令和２年度)**, quoted amounts with commas, full-width Ａ～Ｄ grades, ※ note rows."""
    return write_text(out / "suooshima_dai2ki_sougou_senryaku_kpi_shinchoku_r6.csv", _SUOOSHIMA_CSV,
                      encoding="cp932", crlf=True)


# ---------------------------------------------------------------- 6. 議会だより 予算特集 (text, UTF-8)

_SHIMOJO_TEXT = """\
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　議会だより　しもじょう　　第１８５号
　令和７年５月１日発行　　発行：下條村議会　　編集：議会広報編集委員会
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

◇◆　３月定例会　令和７年度予算を可決　◆◇

　３月定例会は３月４日から３月14日まで11日間の会期で開かれ、令和７年度の
一般会計予算、特別会計予算など議案23件を原案どおり可決しました。

　　会　計　名　　　　　　　　　予　算　額　　　　　前年度比
　　一般会計　　　　　　　　　３４億２，６００万円　　　４．８％増
　　国民健康保険特別会計　　　　４億１，２００万円　　　１．５％減
　　介護保険特別会計　　　　　　５億６，８００万円　　　２．１％増
　　後期高齢者医療特別会計　　　　　７，９４０万円　　　３．６％増
　　簡易水道事業会計　　　　　　２億３，５００万円　　　９．２％増

　一般会計の歳入のうち、村税は３億１，８６０万円、地方交付税は１８億４，０００万円
で、歳入全体の約54％を地方交付税が占めています。村の貯金にあたる財政調整基金から
１億２，０００万円を取り崩します。

◇◆　令和７年度の主な事業　◆◇
　（【新】新規事業　【拡】拡充事業　金額は一般会計の事業費）

〈子育て・教育〉
　【新】陽皐保育園給食室改修工事　　　　　　　　　　　　　　 ４，２８０万円
　【拡】小中学校給食費の無償化（全学年に拡大）　　　　　　　 １，９６０万円
　　　　下條中学校タブレット端末更新　　　　　　　　　　　　　　 ８７０万円
〈産業・観光〉
　【新】下條そばブランド化支援　　　　　　　　　　　　　　　　　３２０万円
　【拡】新規就農者家賃補助　　　　　　　　　　　　　　　　　　　 ２４０万円
　　　　そば畑景観づくり事業　　　　　　　　　　　　　　　　　　 １８０万円
〈生活基盤・防災〉
　【新】村営住宅（睦沢団地）長寿命化改修工事　　　　　　　　　８，４００万円
　　　　防災行政無線デジタル化（第２期）　　　　　　　　　　　６，２３０万円
　【拡】高齢者世帯の除雪支援　　　　　　　　　　　　　　　　　　 ３６０万円

◇◆　令和６年度補正予算も可決　◆◇

　令和６年度一般会計補正予算（第６号）は、事業費の確定に伴う減額が中心で、
歳入歳出それぞれ３，１２０万円を減額し、総額を３８億６，４５０万円としました。

◇◆　一般質問　◆◇

■ 村営住宅の空き室対策は（田中　誠議員）
問　睦沢団地では空き室が増えている。改修に合わせて若い世代の入居を促す考えは。
答（村長）　長寿命化改修では間取りを子育て世帯向けに変え、入居の条件に、村内に
　５年以上住む意思があることを加えます。家賃は改修後も据え置く考えです。

■ 高齢者の移動手段の確保を（佐々木　恵子議員）
問　免許を返納した高齢者が買い物や通院に困っている。
答（村長）　令和７年10月から、予約制の乗合タクシーを村内全域で運行します。
　運賃は１回200円とし、75歳以上の方は半額とします。

◇◆　委員会から　◆◇
　総務産業常任委員会は、防災行政無線デジタル化の工事の進み具合を現地で確認しました。

　次の定例会は６月に開かれる予定です。傍聴においでください。
"""


def shimojo_gikai_dayori_txt(out: Path) -> Path:
    """長野県下條村 議会だより しもじょう 第185号 (text, UTF-8): ━ rules, ◇◆ headings; a 会計 table in full-width
    digits with **億・万円 amounts and 前年度比 right after**; 主な事業 under 〈分野〉 headings with 【新】/【拡】 tags
    (and untagged items indented by spaces) and amounts in 万円; the 令和６年度 補正予算（第６号） as prose; 一般質問 as
    問/答 pairs."""
    return write_text(out / "shimojo_gikai_dayori_185.txt", _SHIMOJO_TEXT)


def make_all(out_dir: Path) -> list[Path]:
    """Write every document of the thirteenth blind set into `out_dir` (created if missing) and return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [
        gojo_kouki_kihon_keikaku_pdf(out_dir),
        takanabe_hosei_gaiyo_pdf(out_dir),
        satsuma_shiyoryo_kaitei_xlsx(out_dir),
        totsukawa_kondankai_docx(out_dir),
        suooshima_kpi_csv(out_dir),
        shimojo_gikai_dayori_txt(out_dir),
    ]
