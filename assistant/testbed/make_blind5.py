"""Fifth blind fixture set: ten documents in layouts nobody tuned the extractor to, answers written by hand.

`make_all(out_dir)` writes ten documents of Japanese local-government kinds (a landscape 実施計画 with the years
as rows and amounts in 百万円, a 総合戦略 KPI table split over two pages with 注 marks and footnotes, a 当初予算の
概要 with 款 bars and percentages, a 予算書 in text with tab-separated 第1表–第3表, a 主要施策の成果 in Word with
auto-numbered paragraphs and nested tables, a 事務事業評価 workbook with several blocks on one sheet, a 広報 budget
feature in CP932 with box-drawing tables, a 過疎計画 workbook, a 議会 会議録 with running page headers and a
市民意識調査 経年比較 CSV with the survey years as rows) into `out_dir` and returns their paths. The prefectures
are those of the second blind set, with other municipalities; the municipalities are real, every figure, name
and sentence is invented. The expected answers in `questions.jsonl` were written by hand from the text below,
without reading or running the extractor. Binary formats are generated here, never committed.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from assistant.testbed.documents import GOTHIC, MINCHO, PAGE_H, PAGE_W, PdfPage, write_text  # noqa: F401


def _lines(pdf: PdfPage, x: float, top: float, sentences: list[str], size: float = 9.0, step: float = 15) -> float:
    """Draw one sentence per line from `top` down; return the top of the next free line."""
    for s in sentences:
        pdf.text(x, top, s, size)
        top += step
    return top


# ---------------------------------------------------------------- 1. 実施計画, landscape, years as rows (PDF)

_TAHARA = [
    ("1-1 農業の振興", [
        ("施設園芸スマート化支援事業", "拡充", "農政課", [
            ("令和7年度", "環境制御装置の導入補助　40件", "48.0", "12.0"),
            ("令和8年度", "環境制御装置の導入補助　45件", "54.0", "13.5"),
            ("令和9年度", "環境制御装置の導入補助　45件", "54.0", "13.5"),
            ("3か年計", "", "156.0", "39.0")]),
        ("田原キャベツ産地継承事業", "新規", "農政課", [
            ("令和7年度", "共同選果施設の基本設計", "18.5", "18.5"),
            ("令和8年度", "共同選果施設の実施設計", "32.0", "8.0"),
            ("令和9年度", "－", "－", "－"),
            ("3か年計", "", "50.5", "26.5")]),
    ]),
    ("2-1 観光の振興", [
        ("伊良湖岬周辺観光拠点整備事業", "継続", "商工観光課", [
            ("令和7年度", "恋路ヶ浜駐車場の拡張", "126.3", "31.6"),
            ("令和8年度", "岬めぐり遊歩道の再整備", "88.7", "22.2"),
            ("令和9年度", "観光案内所の改修", "64.0", "16.0"),
            ("3か年計", "", "279.0", "69.8")]),
        ("サーフタウン推進事業", "拡充", "商工観光課", [
            ("令和7年度", "サーフィン大会の誘致・開催支援", "9.8", "9.8"),
            ("令和8年度", "サーフィン大会の誘致・開催支援", "9.8", "9.8"),
            ("令和9年度", "国際大会の誘致", "12.0", "12.0"),
            ("3か年計", "", "31.6", "31.6")]),
    ]),
    ("3-1 子育て支援の充実", [
        ("放課後児童クラブ室整備事業", "継続", "子育て支援課", [
            ("令和7年度", "童浦小学校区に1か所整備", "72.4", "7.2"),
            ("令和8年度", "野田小学校区に1か所整備", "68.9", "6.9"),
            ("令和9年度", "－", "－", "－"),
            ("3か年計", "", "141.3", "14.1")]),
        ("こども家庭センター運営事業", "新規", "健康課", [
            ("令和7年度", "センターの開設、相談員4人の配置", "21.6", "10.8"),
            ("令和8年度", "相談員4人の配置", "19.2", "9.6"),
            ("令和9年度", "相談員4人の配置", "19.2", "9.6"),
            ("3か年計", "", "60.0", "30.0")]),
    ]),
    ("4-1 防災・減災対策の推進", [
        ("津波避難施設整備事業", "継続", "防災対策課", [
            ("令和7年度", "堀切地区に津波避難タワー1基", "185.0", "18.5"),
            ("令和8年度", "和地地区に津波避難タワー1基", "192.5", "19.3"),
            ("令和9年度", "避難路の整備", "40.0", "10.0"),
            ("3か年計", "", "417.5", "47.8")]),
        ("木造住宅耐震改修費補助事業", "継続", "建築課", [
            ("令和7年度", "耐震改修の補助　30戸", "36.0", "12.0"),
            ("令和8年度", "耐震改修の補助　30戸", "36.0", "12.0"),
            ("令和9年度", "耐震改修の補助　30戸", "36.0", "12.0"),
            ("3か年計", "", "108.0", "36.0")]),
    ]),
]


def tahara_jisshi_keikaku_pdf(out: Path) -> Path:
    """愛知県田原市 総合計画 実施計画 (PDF, A4 landscape, 2 pages): one ruled table 施策｜事業名｜区分｜担当課｜
    年度｜事業内容｜事業費｜うち一般財源, **one row per year** (令和7年度/8年度/9年度 and a 3か年計 row) under each
    事業, the 施策, 事業名, 区分 and 担当課 printed once on the first row; amounts in **百万円** with one decimal,
    the unit only in a line above the table on page 1; 「－」 for years without work."""
    pdf = PdfPage(out / "tahara_jisshi_keikaku_r7_r9.pdf", title="第2次田原市総合計画 実施計画（令和7年度～令和9年度）",
                  author="田原市 企画部 企画課", landscape=True)
    W = pdf.W
    pdf.text(40, 46, "第２次田原市総合計画　実施計画（令和７年度～令和９年度）", 15, GOTHIC)
    _lines(pdf, 46, 70, [
        "実施計画の方針　（１）基本計画の重点施策に位置付けた事業を優先して計上しました。",
        "（２）施設の整備は、長寿命化と複合化により将来の維持管理費の抑制を図るものに限りました。",
        "（３）事業費は財政計画との整合を図り、３か年の一般財源の総額を前計画の範囲内に抑えました。",
    ], 8.5, 13)
    pdf.right(W - 40, 118, "（単位：百万円）", 8)
    cols = [110, 160, 32, 70, 56, 210, 58, 62]
    heads = ["施策", "事業名", "区分", "担当課", "年度", "事業内容", "事業費", "うち一般財源"]
    xs = [40]
    for w in cols[:-1]:
        xs.append(xs[-1] + w)

    def header(top: float) -> float:
        for x, w, h in zip(xs, cols, heads):
            pdf.box(x, top, w, 18, fill=0.85)
            pdf.center(x + w / 2, top + 12.5, h, 8, GOTHIC)
        return top + 18

    top = header(124)
    row = 16
    page = 1
    for n, (measure, projects) in enumerate(_TAHARA):
        if n == 3:
            pdf.center(W / 2, pdf.H - 20, f"- {page} -", 8)
            pdf.page()
            page += 1
            top = header(40)
        measure_top = top
        for name, kind, section, years in projects:
            project_top = top
            for year, content, cost, general in years:
                for c in (4, 5, 6, 7):
                    pdf.box(xs[c], top, cols[c], row, fill=0.95 if year == "3か年計" else None)
                pdf.text(xs[4] + 4, top + 11, year, 7.5)
                pdf.text(xs[5] + 4, top + 11, content, 7.5)
                pdf.right(xs[6] + cols[6] - 4, top + 11, cost, 7.5)
                pdf.right(xs[7] + cols[7] - 4, top + 11, general, 7.5)
                top += row
            for c, s in ((1, name), (2, kind), (3, section)):
                pdf.box(xs[c], project_top, cols[c], top - project_top)
                pdf.text(xs[c] + 4, project_top + 11, s, 7.5)
        pdf.box(xs[0], measure_top, cols[0], top - measure_top)
        pdf.text(xs[0] + 4, measure_top + 11, measure, 7.5, GOTHIC)
    pdf.text(40, top + 16, "区分　新規：計画期間中に新たに着手する事業　拡充：内容や規模を拡充する事業　継続：前計画から継続する事業", 7.5)
    pdf.text(40, top + 28, "※事業費は10万円未満を四捨五入しているため、3か年計と各年度の合計が一致しない場合があります。", 7.5)
    pdf.center(W / 2, pdf.H - 20, f"- {page} -", 8)
    return pdf.save()


# ---------------------------------------------------------------- 2. KPI table over two pages with 注 (PDF)

_MOKA_ROWS = [
    # (基本目標 lines or None, KPI, 注, 基準値, 実績値, 目標値, 評価)
    (["基本目標１", "しごとをつくり、", "安心して働ける", "ようにする"],
     "市内工業団地の立地企業数", "", "58社（R5）", "61社（R6）", "66社（R11）", "B"),
    (None, "いちごの新規就農者数（累計）", "注1", "12人（R5）", "21人（R6）", "60人（R11）", "B"),
    (None, "市内事業所の従業者数", "注2", "38,420人（R3）", "39,015人（R6）", "40,000人（R11）", "B"),
    (["基本目標２", "真岡への新しい", "ひとの流れを", "つくる"],
     "観光入込客数", "", "412.6万人（R5）", "438.9万人（R6）", "480万人（R11）", "B"),
    (None, "SLもおか号の乗車人数", "注3", "3.2万人（R5）", "2.9万人（R6）", "4.0万人（R11）", "D"),
    (None, "移住相談件数", "", "86件（R5）", "124件（R6）", "150件（R11）", "B"),
    # page 2: the 基本目標２ rows go on without their 基本目標 cell and without the header
    (None, "社会増減数", "注4", "△152人（R5）", "48人（R6）", "0人以上（R11）", "A"),
    (["基本目標３", "結婚・出産・子育て", "の希望をかなえる"],
     "合計特殊出生率", "注5", "1.31（R4）", "1.28（R5）", "1.50（R11）", "D"),
    (None, "保育所等待機児童数", "", "7人（R5）", "0人（R6）", "0人（R11）", "A"),
    (["基本目標４", "安心なくらしを", "守る"],
     "デマンド交通の年間利用者数", "", "28,640人（R5）", "31,205人（R6）", "36,000人（R11）", "B"),
    (None, "自主防災組織の組織率", "注6", "78.4％（R5）", "81.0％（R6）", "90.0％（R11）", "C"),
]

_MOKA_NOTES = [
    ["注1　令和2年度からの累計。市とJAの研修を修了して就農した人数。",
     "注2　基準値は経済センサス活動調査（令和3年）、実績値は市の事業所調査による。",
     "注3　真岡鐵道株式会社調べ。令和6年度は、蒸気機関車の全般検査による42日間の運休の影響で減少した。"],
    ["注4　転入者数から転出者数を差し引いた数。△は転出超過を表す。",
     "注5　暦年の数値（人口動態統計）。令和6年の数値は公表前のため、令和5年の数値を掲載している。",
     "注6　自主防災組織がある自治会の世帯数を、全世帯数で除したもの。"],
]


def moka_kpi_pdf(out: Path) -> Path:
    """栃木県真岡市 総合戦略 KPI 進捗状況 (PDF, 2 pages): a ruled table 基本目標｜重要業績評価指標（KPI）｜基準値｜
    実績値｜目標値｜評価 whose value cells hold **the figure and its year in one cell** 「58社（R5）」; the table
    **runs over the page break** — page 2 goes on with 基本目標２'s last row without the header and without the
    基本目標 cell; **注 marks** after some indicator names, explained in footnotes at the foot of each page (the
    reason for a decline only in 注3); the 評価 legend and a 総括 paragraph at the end."""
    pdf = PdfPage(out / "moka_sousei_kpi_shinchoku_r6.pdf", title="第3期真岡市総合戦略 KPI進捗状況（令和6年度）",
                  author="真岡市 総合政策部 企画課")
    pdf.text(40, 54, "第３期真岡市まち・ひと・しごと創生総合戦略", 14, GOTHIC)
    pdf.text(40, 74, "重要業績評価指標（KPI）の進捗状況（令和６年度）", 12, GOTHIC)
    pdf.text(40, 102, "１　評価の方法", 10.5, GOTHIC)
    _lines(pdf, 46, 122, [
        "計画期間（令和７年度～令和11年度）の初年度に当たり、各KPIの令和６年度の実績値を基準値と比べ、",
        "A～Dの４段階で評価しました。令和６年度の実績値が把握できない指標は、最新の数値で評価しています。",
    ], 8.5)
    pdf.text(40, 170, "２　数値目標の状況", 10.5, GOTHIC)
    _lines(pdf, 46, 190, [
        "基本目標１　市内の新規雇用者数　　　　　　　　令和６年度　412人（目標　年間450人）",
        "基本目標２　転入者数　　　　　　　　　　　　　令和６年度　2,284人（目標　年間2,300人）",
        "基本目標３　年間出生数　　　　　　　　　　　　令和６年　　486人（目標　年間550人）",
        "基本目標４　「住み続けたい」と答えた市民の割合　令和６年度　78.2％（目標　85.0％）",
    ], 8.5)
    pdf.text(40, 270, "３　KPIの進捗状況", 10.5, GOTHIC)
    cols = [78, 172, 76, 76, 76, 37]
    xs = [40]
    for w in cols[:-1]:
        xs.append(xs[-1] + w)
    top = 280
    for x, w, h in zip(xs, cols, ["基本目標", "重要業績評価指標（KPI）", "基準値", "実績値", "目標値", "評価"]):
        pdf.box(x, top, w, 20, fill=0.85)
        pdf.center(x + w / 2, top + 13.5, h, 8, GOTHIC)
    top += 20
    h = 64
    goal_top, goal_lines = top, None

    def close_goal(bottom: float) -> None:
        pdf.box(xs[0], goal_top, cols[0], bottom - goal_top)
        for i, s in enumerate(goal_lines or []):
            pdf.text(xs[0] + 4, goal_top + 12 + 10 * i, s, 7 if i else 7.5, GOTHIC if i == 0 else MINCHO)

    for n, (goal, name, note, base, actual, target, grade) in enumerate(_MOKA_ROWS):
        if n == 6:
            close_goal(top)
            for i, s in enumerate(_MOKA_NOTES[0]):
                pdf.text(40, 720 + 13 * i, s, 7)
            pdf.center(PAGE_W / 2, PAGE_H - 28, "- 5 -", 9)
            pdf.page()
            top = 50
            goal_top, goal_lines = top, None
        if goal is not None:
            if n not in (0, 6) and top > goal_top:
                close_goal(top)
            goal_top, goal_lines = top, goal
        pdf.box(xs[1], top, cols[1], h)
        pdf.text(xs[1] + 4, top + 35, name, 8)
        if note:
            width = pdf.c.stringWidth(name, MINCHO, 8)
            pdf.text(xs[1] + 5 + width, top + 31, note, 5.5)
        for c, value in ((2, base), (3, actual), (4, target)):
            pdf.box(xs[c], top, cols[c], h)
            pdf.right(xs[c] + cols[c] - 4, top + 35, value, 7.5)
        pdf.box(xs[5], top, cols[5], h)
        pdf.center(xs[5] + cols[5] / 2, top + 35, grade, 8.5, GOTHIC)
        top += h
    close_goal(top)
    pdf.text(40, top + 16, "評価　A：目標を達成　B：基準値より改善　C：基準値と同程度　D：基準値より悪化", 7.5)
    pdf.text(40, top + 40, "総括", 10, GOTHIC)
    _lines(pdf, 46, top + 58, [
        "11指標のうち、Aが2指標、Bが6指標、Cが1指標、Dが2指標でした。",
        "合計特殊出生率が低下していることから、若い世代の結婚・出産の希望をかなえる取組を強化します。",
        "具体的には、結婚新生活の住居費への補助を拡充し、産後ケアを市内全域で受けられるようにします。",
    ], 8.5)
    for i, s in enumerate(_MOKA_NOTES[1]):
        pdf.text(40, 720 + 13 * i, s, 7)
    pdf.center(PAGE_W / 2, PAGE_H - 28, "- 6 -", 9)
    return pdf.save()


# ---------------------------------------------------------------- 3. 当初予算の概要 with 款 bars (PDF)

_SHISO_OUT = [("民生費", 7412, "26.6"), ("総務費", 3905, "14.0"), ("土木費", 3618, "13.0"), ("教育費", 3247, "11.7"),
              ("公債費", 3105, "11.2"), ("衛生費", 2486, "8.9"), ("農林水産業費", 1752, "6.3"), ("消防費", 1118, "4.0"),
              ("商工費", 642, "2.3"), ("その他（注）", 555, "2.0")]
_SHISO_IN = [("地方交付税", 10520, "37.8"), ("市税", 3964, "14.2"), ("国庫支出金", 3310, "11.9"), ("市債", 3088, "11.1"),
             ("県支出金", 1902, "6.8"), ("繰入金", 1415, "5.1"), ("地方消費税交付金", 812, "2.9"), ("その他", 2829, "10.2")]


def _bars(pdf: PdfPage, top: float, title: str, rows: list[tuple[str, int, str]]) -> float:
    """A horizontal bar chart: the 款 at the left, a bar as long as its share, the amount and the share
    「7,412（26.6％）」 printed just after the bar's end."""
    pdf.text(40, top, title, 10.5, GOTHIC)
    top += 10
    for name, amount, share in rows:
        pdf.text(50, top + 10, name, 8)
        length = 300 * amount / 10520
        pdf.box(140, top + 2, length, 10, fill=0.55)
        pdf.text(146 + length, top + 10, f"{amount:,}（{share}％）", 8)
        top += 16
    return top


def shiso_yosan_gaiyo_pdf(out: Path) -> Path:
    """兵庫県宍粟市 令和7年度当初予算の概要 (PDF, 2 pages): a 会計別 table in **百万円**, then 歳入 and 歳出
    (目的別) as **bar charts**, each bar followed by 「amount（share％）」; 議会費 and others folded into 「その他
    （注）」 explained in a note; page 2 the 主要事業 under **section headings** 新規事業 / 拡充事業 / その他の主な事業
    (the mark is the heading, not a column), amounts in 百万円 with one decimal and 前年度 in a column."""
    pdf = PdfPage(out / "shiso_r7_tousho_yosan_gaiyo.pdf", title="令和7年度 宍粟市当初予算の概要",
                  author="宍粟市 企画総務部 財務課")
    pdf.text(40, 54, "令和７年度　宍粟市当初予算の概要", 16, GOTHIC)
    _lines(pdf, 46, 80, [
        "予算編成の基本方針　人口減少に歯止めをかけるため、「住み続けたい」「帰ってきたい」と思える",
        "まちづくりに重点を置き、子育て世帯の負担軽減と地域交通の確保に予算を重点的に配分しました。",
    ], 8.8)
    pdf.right(PAGE_W - 40, 118, "（単位：百万円、％）", 8)
    cols = [180, 95, 95, 70]
    rows = [["会計", "令和７年度", "令和６年度", "増減率"],
            ["一般会計", "27,840", "27,150", "2.5"],
            ["国民健康保険特別会計", "4,012", "4,136", "△3.0"],
            ["介護保険特別会計", "5,208", "5,091", "2.3"],
            ["水道事業会計", "1,986", "1,874", "6.0"],
            ["合計", "39,046", "38,251", "2.1"]]
    top = 124
    for r, cells in enumerate(rows):
        x = 40
        for c, (w, s) in enumerate(zip(cols, cells)):
            pdf.box(x, top, w, 18, fill=0.85 if r == 0 else None)
            if r == 0:
                pdf.center(x + w / 2, top + 12.5, s, 8.5, GOTHIC)
            elif c == 0:
                pdf.text(x + 5, top + 12.5, s, 8.5)
            else:
                pdf.right(x + w - 5, top + 12.5, s, 8.5)
            x += w
        top += 18
    top = _bars(pdf, top + 30, "一般会計　歳入の内訳", _SHISO_IN)
    top = _bars(pdf, top + 26, "一般会計　歳出の内訳（目的別）", _SHISO_OUT)
    pdf.text(40, top + 12, "（注）その他は、議会費、労働費、災害復旧費、諸支出金及び予備費の合計です。", 7.5)
    pdf.text(40, top + 24, "※構成比は、表示単位未満を四捨五入しているため、合計が100％にならない場合があります。", 7.5)
    pdf.center(PAGE_W / 2, PAGE_H - 28, "- 1 -", 9)
    pdf.page()
    pdf.text(40, 54, "主要事業", 13, GOTHIC)
    pdf.right(PAGE_W - 40, 66, "（単位：百万円）", 8)
    sections = [
        ("新規事業", [
            ("宍粟材活用木造住宅新築補助事業", "45.0", "－", "市産材を使った住宅の新築に、最大100万円を補助します。"),
            ("揖保川上流水辺公園整備事業", "62.4", "－", "川沿いの遊歩道と親水広場を整備します。"),
            ("子育て世帯生活応援給付金事業", "38.0", "－", "18歳以下の子ども1人当たり2万円を給付します。")]),
        ("拡充事業", [
            ("市内路線バス運行支援事業", "184.6", "152.3", "一宮・波賀地域の路線バスを増便し、通学の便を確保します。"),
            ("鳥獣被害防止対策事業", "73.5", "58.0", "防護柵の設置に対する補助率を2分の1から3分の2に引き上げます。")]),
        ("その他の主な事業", [
            ("学校給食センター整備事業", "1,052.3", "412.0", "老朽化した給食センターを統合し、新センターを建設します。"),
            ("道の駅はが改修事業", "128.0", "96.5", "地域の特産品売り場と休憩スペースを改修します。")]),
    ]
    cols = [170, 62, 62, 221]
    top = 74
    for title, items in sections:
        pdf.box(40, top, 515, 18, fill=0.8)
        pdf.text(46, top + 13, f"■{title}", 9.5, GOTHIC)
        top += 18
        for r, cells in enumerate([("事業名", "令和７年度", "前年度", "事業の概要")] + items):
            x = 40
            for c, (w, s) in enumerate(zip(cols, cells)):
                pdf.box(x, top, w, 20, fill=0.92 if r == 0 else None)
                if r == 0:
                    pdf.center(x + w / 2, top + 13.5, s, 8, GOTHIC)
                elif c in (1, 2):
                    pdf.right(x + w - 5, top + 13.5, s, 8)
                else:
                    pdf.text(x + 4, top + 13.5, s, 7.2 if c == 3 else 8)
                x += w
            top += 20
        top += 14
    pdf.text(40, top, "※金額は10万円未満を四捨五入しています。前年度は令和６年度当初予算額です。", 7.5)
    pdf.center(PAGE_W / 2, PAGE_H - 28, "- 2 -", 9)
    return pdf.save()


# ---------------------------------------------------------------- 4. 予算書 with tab-separated tables (text)

_NAGATO_IN = [
    ("1 市税", "3,412,600", [("1 市民税", "1,286,400"), ("2 固定資産税", "1,702,300"), ("3 軽自動車税", "118,900"),
                             ("4 市たばこ税", "268,000"), ("5 入湯税", "37,000")]),
    ("2 地方譲与税", "268,000", [("1 地方揮発油譲与税", "82,000"), ("2 自動車重量譲与税", "176,000"),
                                 ("3 森林環境譲与税", "10,000")]),
    ("3 地方消費税交付金", "712,000", [("1 地方消費税交付金", "712,000")]),
    ("4 地方交付税", "9,850,000", [("1 地方交付税", "9,850,000")]),
    ("5 分担金及び負担金", "98,400", [("1 負担金", "98,400")]),
    ("6 使用料及び手数料", "356,200", [("1 使用料", "301,500"), ("2 手数料", "54,700")]),
    ("7 国庫支出金", "3,126,500", [("1 国庫負担金", "2,204,100"), ("2 国庫補助金", "904,800"), ("3 委託金", "17,600")]),
    ("8 県支出金", "1,842,300", [("1 県負担金", "986,200"), ("2 県補助金", "741,500"), ("3 委託金", "114,600")]),
    ("9 寄附金", "600,000", [("1 寄附金", "600,000")]),
    ("10 繰入金", "1,630,000", [("1 基金繰入金", "1,630,000")]),
    ("11 諸収入", "250,100", [("1 貸付金元利収入", "142,000"), ("2 雑入", "108,100")]),
    ("12 市債", "2,468,900", [("1 市債", "2,468,900")]),
]
_NAGATO_OUT = [
    ("1 議会費", "198,400", [("1 議会費", "198,400")]),
    ("2 総務費", "2,864,300", [("1 総務管理費", "2,312,500"), ("2 徴税費", "286,100"), ("3 戸籍住民基本台帳費", "148,900"),
                              ("4 選挙費", "52,600"), ("5 統計調査費", "6,800"), ("6 監査委員費", "57,400")]),
    ("3 民生費", "7,206,800", [("1 社会福祉費", "3,885,200"), ("2 児童福祉費", "2,468,300"), ("3 生活保護費", "846,100"),
                              ("4 災害救助費", "7,200")]),
    ("4 衛生費", "2,318,600", [("1 保健衛生費", "1,204,700"), ("2 清掃費", "1,113,900")]),
    ("5 農林水産業費", "1,586,200", [("1 農業費", "842,500"), ("2 林業費", "206,300"), ("3 水産業費", "537,400")]),
    ("6 商工費", "1,024,500", [("1 商工費", "462,800"), ("2 観光費", "561,700")]),
    ("7 土木費", "2,640,700", [("1 土木管理費", "98,600"), ("2 道路橋りょう費", "1,412,300"), ("3 河川費", "86,400"),
                              ("4 港湾費", "204,500"), ("5 都市計画費", "612,700"), ("6 住宅費", "226,200")]),
    ("8 消防費", "986,300", [("1 消防費", "986,300")]),
    ("9 教育費", "2,310,900", [("1 教育総務費", "412,600"), ("2 小学校費", "486,300"), ("3 中学校費", "352,800"),
                              ("4 幼稚園費", "18,400"), ("5 社会教育費", "604,500"), ("6 保健体育費", "436,300")]),
    ("10 災害復旧費", "120,000", [("1 農林水産施設災害復旧費", "80,000"), ("2 公共土木施設災害復旧費", "40,000")]),
    ("11 公債費", "3,318,300", [("1 公債費", "3,318,300")]),
    ("12 諸支出金", "20,000", [("1 普通財産取得費", "20,000")]),
    ("13 予備費", "20,000", [("1 予備費", "20,000")]),
]


def nagato_yosansho_text(out: Path) -> Path:
    """山口県長門市 令和7年度一般会計予算 (text, UTF-8, CRLF): the 第1条–第5条 of the 予算 in prose, then 第1表
    歳入歳出予算, 第2表 債務負担行為 and 第3表 地方債 as **tab-separated tables** — the 款 on its own line with its
    amount, its 項 on the following lines with an empty first field; amounts in 千円 given only in the header
    field 「金額（千円）」; 一時借入金 only in 第4条; no 事業 names, no 補正."""
    def table(title: str, rows: list[tuple[str, str, list[tuple[str, str]]]], total: str) -> str:
        lines = [title, "款\t項\t金額（千円）"]
        for kan, amount, kos in rows:
            lines.append(f"{kan}\t\t{amount}")
            lines += [f"\t{ko}\t{value}" for ko, value in kos]
        lines.append(f"{title[:2]}合計\t\t{total}")
        return "\n".join(lines)

    text = "\n".join([
        "令和７年度長門市一般会計予算",
        "",
        "　令和７年度長門市の一般会計の予算は、次に定めるところによる。",
        "（歳入歳出予算）",
        "第１条　歳入歳出予算の総額は、歳入歳出それぞれ24,615,000千円と定める。",
        "２　歳入歳出予算の款項の区分及び当該区分ごとの金額は、「第１表　歳入歳出予算」による。",
        "（債務負担行為）",
        "第２条　地方自治法第214条の規定により債務を負担する行為をすることができる事項、期間及び限度額は、「第２表　債務負担行為」による。",
        "（地方債）",
        "第３条　地方自治法第230条第１項の規定により起こすことができる地方債の起債の目的、限度額、起債の方法、利率及び償還の方法は、「第３表　地方債」による。",
        "（一時借入金）",
        "第４条　地方自治法第235条の３第２項の規定による一時借入金の借入れの最高額は、2,000,000千円と定める。",
        "（歳出予算の流用）",
        "第５条　地方自治法第220条第２項ただし書の規定により歳出予算の各項の経費の金額を流用することができる場合は、次のとおりと定める。",
        "（１）各款に計上された給料、職員手当等及び共済費（賃金に係る共済費を除く。）に係る予算額に過不足を生じた場合における同一款内でのこれらの経費の各項の間の流用",
        "",
        "令和７年２月28日提出",
        "長門市長",
        "",
        "第１表　歳入歳出予算",
        "",
        table("歳入", _NAGATO_IN, "24,615,000"),
        "",
        table("歳出", _NAGATO_OUT, "24,615,000"),
        "",
        "第２表　債務負担行為",
        "事項\t期間\t限度額",
        "学校給食調理業務委託料\t令和８年度から令和10年度まで\t246,000千円",
        "ルネッサながと指定管理料\t令和８年度から令和12年度まで\t185,000千円",
        "長門市中小企業融資制度に係る損失補償\t令和７年度から令和17年度まで\t金融機関が融資した元金の80％以内の額",
        "",
        "第３表　地方債",
        "起債の目的\t限度額\t起債の方法\t利率\t償還の方法",
        "過疎対策事業\t1,284,500千円\t証書借入又は証券発行\t年5.0％以内（ただし、利率見直し方式で借り入れる場合は、利率の見直し後においても当該見直し後の利率）\t政府資金については、その融資条件により、銀行その他の場合にはその債権者と協定するものによる。",
        "緊急防災・減災事業\t386,400千円\t証書借入又は証券発行\t同上\t同上",
        "公共事業等\t386,000千円\t証書借入又は証券発行\t同上\t同上",
        "臨時財政対策債\t412,000千円\t証書借入又は証券発行\t同上\t同上",
        "計\t2,468,900千円",
        "",
    ])
    return write_text(out / "nagato_r7_ippan_kaikei_yosansho.txt", text, crlf=True)


# ---------------------------------------------------------------- 5. 主要施策の成果 with nested tables (DOCX)

_TOMIOKA = [
    ("１　総務費", [
        ("富岡製糸場保存整備事業", "世界遺産課",
         "国宝・重要文化財である建造物を保存修理し、世界遺産としての価値を後世に伝える。",
         "西置繭所に続き、乾燥場の保存修理工事（第２期）を実施した。",
         "386,240千円", [("国庫支出金", "193,120"), ("県支出金", "38,600"), ("地方債", "121,500"), ("一般財源", "33,020")],
         "乾燥場の保存修理は計画どおり進み、進捗率は45％となった。令和6年度の製糸場の入場者数は41万2千人（前年度38万5千人）であった。",
         "保存修理の期間中も見学できる範囲を広げ、入場者の満足度を保つ必要がある。"),
        ("上信電鉄沿線活性化事業", "企画課",
         "市民の通勤・通学の足である上信電鉄の利用を促し、沿線のにぎわいを取り戻す。",
         "鉄道設備の更新に補助するとともに、高校生の通学定期券の購入費の２分の１を助成した（412人）。",
         "52,800千円", [("県支出金", "17,600"), ("一般財源", "35,200")],
         "通学定期券の購入者は前年度より38人増えた。",
         "通勤での利用が減っており、パークアンドライド駐車場の整備を検討する。"),
    ]),
    ("２　民生費", [
        ("ファミリー・サポート・センター事業", "こども課",
         "子育ての援助を受けたい人と行いたい人をつなぎ、地域で子育てを支え合う。",
         "提供会員182人、依頼会員436人による保育園の送迎や一時預かりを調整した。",
         "8,960千円", [("国庫支出金", "2,980"), ("県支出金", "2,980"), ("一般財源", "3,000")],
         "活動件数は2,315件で、前年度の1,980件から増えた。",
         "提供会員の高齢化が進んでおり、子育てを終えた世代の登録を増やす必要がある。"),
        ("高齢者見守り配食サービス事業", "介護高齢課",
         "一人暮らしの高齢者に食事を届け、安否を確認する。",
         "市内の3事業者に委託し、昼食の配達と安否の確認を行った。",
         "24,180千円", [("その他", "9,600"), ("一般財源", "14,580")],
         "延べ配食数は38,400食であった。配達時の声かけにより、体調の急変を2件発見した。",
         "配達を担う事業者の人手不足により、妙義地区で配達日を減らしている。"),
    ]),
    ("３　農林水産業費", [
        ("こんにゃく産地強化事業", "農林課",
         "こんにゃく芋の生産性を高め、全国有数の産地を守る。",
         "省力化機械の導入を14件補助し、種芋の病害対策講習会を6回開いた。",
         "12,350千円", [("県支出金", "6,170"), ("一般財源", "6,180")],
         "補助を受けた14戸で作業時間が平均2割短くなった。一方、生産者の高齢化により作付面積は前年度比4.2％減少した。",
         "後継者のいない生産者の農地を、担い手に集積する仕組みづくりが必要である。"),
        ("有害鳥獣対策事業", "農林課",
         "イノシシやシカによる農作物の被害を減らす。",
         "猟友会に捕獲を委託し、防護柵の設置に補助した。",
         "31,470千円", [("県支出金", "12,400"), ("一般財源", "19,070")],
         "捕獲頭数はイノシシ612頭、シカ384頭であった。",
         "捕獲の担い手が高齢化しており、若い狩猟免許取得者への支援が必要である。"),
    ]),
]


def tomioka_seika_docx(out: Path) -> Path:
    """群馬県富岡市 主要な施策の成果説明書 (DOCX): 款 as Heading 1 「１　総務費」, each 事業 a **List Number**
    paragraph (Word numbers it; the number is not in the text), then one two-column table 事業名｜担当課｜目的｜
    実施内容｜決算額｜成果｜今後の課題 whose 決算額 cell holds the amount and **a nested table of its 財源内訳** (a
    cell reader sees the amount, not the nested table); no 予算現額, no 当初予算額, no 令和7年度."""
    import docx
    doc = docx.Document()
    doc.core_properties.title = "令和6年度 主要な施策の成果説明書"
    doc.core_properties.author = "富岡市 総務部 財務課"
    doc.add_heading("令和6年度　富岡市主要な施策の成果説明書", level=0)
    doc.add_paragraph("この説明書は、地方自治法第233条第5項の規定により、令和6年度の主要な施策の成果を説明するものです。")
    doc.add_paragraph("金額は千円未満を四捨五入しています。")
    for kan, projects in _TOMIOKA:
        doc.add_heading(kan, level=1)
        for name, section, purpose, content, amount, sources, result, issue in projects:
            doc.add_paragraph(name, style="List Number")
            table = doc.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for label, value in [("事業名", name), ("担当課", section), ("目的", purpose), ("実施内容", content),
                                 ("決算額", amount), ("成果", result), ("今後の課題", issue)]:
                left, right = table.add_row().cells
                left.text = label
                right.text = value
                if label == "決算額":
                    inner = right.add_table(rows=2, cols=len(sources))
                    inner.style = "Table Grid"
                    for i, (kind, figure) in enumerate(sources):
                        inner.cell(0, i).text = kind
                        inner.cell(1, i).text = figure
            doc.add_paragraph("")
    path = out / "tomioka_r6_shuyo_shisaku_seika.docx"
    doc.save(path)
    return path


# ---------------------------------------------------------------- 6. 事務事業評価, blocks on one sheet (XLSX)

_TAKASHIMA = [
    ("メタセコイア並木周辺渋滞対策事業", "商工観光課", "平成30年度",
     "紅葉の時期の並木道周辺の渋滞を和らげ、観光客と地域住民の安全を確保する。",
     "臨時駐車場の開設と、マキノ駅からのシャトルバスの運行を行った。",
     "臨時駐車場の開設日数（日）", "繁忙期の並木道の平均渋滞長（km）",
     [(4800, 4800, 24, 3.2), (6200, 3100, 31, 2.6), (9450, 4725, 38, 1.9)],
     "A", "継続", "シャトルバスの効果が出ており、現行の体制で続ける。"),
    ("高島ちぢみ販路開拓支援事業", "商工観光課", "令和2年度",
     "地場産業である高島ちぢみの販路を広げ、産地の売上を回復させる。",
     "首都圏の展示会への出展経費を補助した。",
     "展示会への出展支援件数（件）", "支援を受けた事業者の新規取引先数（件）",
     [(3000, 3000, 5, 11), (3000, 3000, 6, 9), (2400, 2400, 4, 7)],
     "C", "改善", "出展後の商談につながっていないため、オンライン商談の支援に切り替える。"),
    ("朽木地域移動支援事業", "政策企画課", "令和元年度",
     "公共交通の乏しい朽木地域で、通院や買い物の移動手段を確保する。",
     "予約型乗合タクシーを週5日運行した。",
     "予約型乗合タクシーの運行日数（日）", "年間利用者数（人）",
     [(12600, 6300, 244, 3812), (13100, 6550, 245, 3590), (13800, 6900, 243, 3275)],
     "B", "改善", "利用者の減少が続いているため、運行区域を今津地域の病院まで広げ、乗り継ぎなしで通院できるようにする。"),
    ("湖岸清掃ボランティア支援事業", "環境政策課", "平成26年度",
     "琵琶湖の湖岸の美化を市民との協働で進める。",
     "清掃活動を行う団体にごみ袋と軍手を支給し、回収したごみを運搬した。",
     "清掃活動の開催回数（回）", "参加者数（人）",
     [(1850, 1850, 18, 1240), (1920, 1920, 21, 1416), (1980, 1980, 22, 1502)],
     "A", "拡大", "参加者が増えており、漂着ごみの多い北部の湖岸にも活動を広げる。"),
    ("紙おむつ購入費助成事業", "子育て支援課", "平成29年度",
     "乳児のいる世帯の経済的負担を軽くする。",
     "1歳未満の乳児のいる世帯に、紙おむつの購入費を月2,000円まで助成した。",
     "助成件数（件）", "助成を受けた世帯の満足度（％）",
     [(5400, 5400, 418, 82.1), (5200, 5200, 402, 80.4), (4960, 4960, 385, 81.0)],
     "C", "廃止", "令和7年度から始める出産・子育て応援ギフトに統合するため。"),
]


def takashima_hyoka_xlsx(out: Path) -> Path:
    """滋賀県高島市 事務事業評価 (XLSX, 1 sheet): **one block per 事業 stacked down one sheet** — a shaded 「No.N」
    row, label｜value pairs two to a row (事業名, 所管課｜開始年度, 目的, 内容), a small table with **the fiscal years
    as rows** (令和4年度決算｜令和5年度決算｜令和6年度決算 × 事業費（千円）｜うち一般財源（千円）｜活動指標｜成果指標),
    then 評価 A/B/C, 今後の方向性 in words and its 理由 — and **a second block to the right** of the first rows, a
    count of the directions. Numbers as numbers; no 予算 at all; no 二次評価."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = Workbook()
    ws = wb.active
    ws.title = "評価シート"
    ws["A1"] = "令和7年度　高島市事務事業評価シート（令和6年度実施事業）"
    ws["A1"].font = Font(bold=True, size=13)
    shade = PatternFill("solid", fgColor="D9D9D9")
    r = 3
    for n, (name, section, start, purpose, content, activity, outcome, years, grade, plan, reason) in \
            enumerate(_TAKASHIMA, start=1):
        ws.cell(r, 1, f"No.{n}").fill = shade
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        ws.cell(r, 1, "事業名")
        ws.cell(r, 2, name)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        r += 1
        ws.cell(r, 1, "所管課")
        ws.cell(r, 2, section)
        ws.cell(r, 4, "事業開始年度")
        ws.cell(r, 5, start)
        r += 1
        for label, value in (("事業の目的", purpose), ("事業の内容", content)):
            ws.cell(r, 1, label)
            ws.cell(r, 2, value).alignment = Alignment(wrap_text=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            r += 1
        for c, head in enumerate(["年度", "事業費（千円）", "うち一般財源（千円）", f"活動指標：{activity}",
                                  f"成果指標：{outcome}"], start=1):
            ws.cell(r, c, head).fill = shade
        r += 1
        for year, (cost, general, act, res) in zip(["令和4年度決算", "令和5年度決算", "令和6年度決算"], years):
            ws.cell(r, 1, year)
            for c, v in ((2, cost), (3, general), (4, act), (5, res)):
                ws.cell(r, c, v).number_format = "0.0" if isinstance(v, float) else "#,##0"
            r += 1
        ws.cell(r, 1, "評価")
        ws.cell(r, 2, grade)
        ws.cell(r, 3, "今後の方向性")
        ws.cell(r, 4, plan)
        r += 1
        ws.cell(r, 1, "方向性の理由")
        ws.cell(r, 2, reason).alignment = Alignment(wrap_text=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        r += 2
    ws.cell(r, 1, "評価　A：成果が上がっている　B：一定の成果が上がっている　C：成果が不十分")
    ws["H3"] = "今後の方向性の集計"
    ws["H3"].fill = shade
    for i, (label, count) in enumerate([("拡大", 1), ("継続", 1), ("改善", 2), ("縮小", 0), ("廃止", 1), ("計", 5)],
                                       start=4):
        ws.cell(i, 8, label)
        ws.cell(i, 9, count).number_format = "0\"件\""
    for col, width in zip("ABCDEFGHI", (16, 26, 18, 30, 30, 6, 2, 18, 8)):
        ws.column_dimensions[col].width = width
    path = out / "takashima_r7_jimu_jigyo_hyoka.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 7. 広報 budget feature with box drawing (text, CP932)

def mitoyo_koho_text(out: Path) -> Path:
    """香川県三豊市 広報 予算特集 (text, CP932, CRLF): tables drawn with **box-drawing characters** — the 会計 table
    会計｜令和７年度｜前年度比, the 目的別 table 款｜金額｜割合, and a 主な事業 table whose **区分 column holds
    新規/拡充/継続** and whose description stands on a continuation row of the box with an empty 区分 and 予算額
    cell; full-width compound 億/万 amounts; the previous year only as 前年度比."""
    text = """広報みとよ　令和７年４月号

┏━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃　特集　令和７年度　三豊市の予算が決まりました　　　　┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━┛

　３月議会で令和７年度の予算が可決されました。「子育て世代に選ばれるまち」と「海と山の恵みを生かすまち」を柱に、観光と子育ての事業に重点を置いています。

■会計別の予算額
┌──────────┬────────────┬──────┐
│会計　　　　　　　　│令和７年度　　　　　　　│前年度比　　│
├──────────┼────────────┼──────┤
│一般会計　　　　　　│３２１億５，０００万円　│２．４％増　│
│特別会計（４会計）　│１３８億２，６００万円　│０．８％減　│
│企業会計（下水道）　│　４２億７，３００万円　│５．１％増　│
│合計　　　　　　　　│５０２億４，９００万円　│１．５％増　│
└──────────┴────────────┴──────┘

■一般会計の使いみち（目的別）
┌────────┬───────────┬────┐
│款　　　　　　　│金額　　　　　　　　　│割合　　│
├────────┼───────────┼────┤
│民生費　　　　　│９８億４，２００万円　│30.6％　│
│総務費　　　　　│４１億３，５００万円　│12.9％　│
│教育費　　　　　│３６億８，１００万円　│11.4％　│
│公債費　　　　　│３５億２，４００万円　│11.0％　│
│土木費　　　　　│３３億６，９００万円　│10.5％　│
│衛生費　　　　　│３０億１，７００万円　│ 9.4％　│
│農林水産業費　　│１８億９，６００万円　│ 5.9％　│
│その他　　　　　│２６億８，６００万円　│ 8.4％　│
└────────┴───────────┴────┘
※割合は四捨五入しているため、合計が100％になりません。

■主な事業
┌──┬────────────────────┬──────────┐
│区分│事業名　　　　　　　　　　　　　　　　　│予算額　　　　　　　│
├──┼────────────────────┼──────────┤
│新規│父母ヶ浜周辺交通対策事業　　　　　　　　│３，２００万円　　　│
│　　│　夕日の時間帯に、臨時駐車場からシャトル│　　　　　　　　　　│
│　　│　バスを運行します。　　　　　　　　　　│　　　　　　　　　　│
├──┼────────────────────┼──────────┤
│新規│紫雲出山遺跡館リニューアル事業　　　　　│１億１，４００万円　│
│　　│　展示を一新し、桜の時期の来館者を受け入│　　　　　　　　　　│
│　　│　れます。　　　　　　　　　　　　　　　│　　　　　　　　　　│
├──┼────────────────────┼──────────┤
│拡充│高瀬茶ブランド化推進事業　　　　　　　　│８６０万円　　　　　│
│　　│　新茶まつりに加え、秋の茶摘み体験を始め│　　　　　　　　　　│
│　　│　ます。　　　　　　　　　　　　　　　　│　　　　　　　　　　│
├──┼────────────────────┼──────────┤
│拡充│不妊治療費助成事業　　　　　　　　　　　│２，４５０万円　　　│
│　　│　先進医療の自己負担分も助成の対象にしま│　　　　　　　　　　│
│　　│　す。　　　　　　　　　　　　　　　　　│　　　　　　　　　　│
├──┼────────────────────┼──────────┤
│継続│コミュニティバス運行事業　　　　　　　　│１億８，２００万円　│
├──┼────────────────────┼──────────┤
│継続│詫間港海岸保全事業　　　　　　　　　　　│２億６，５００万円　│
└──┴────────────────────┴──────────┘

■市の貯金と借金
　財政調整基金の残高見込み（令和７年度末）　４８億６，０００万円
　市債残高見込み（一般会計、令和７年度末）　３６２億円

問合せ　財政課　財政係
"""
    return write_text(out / "mitoyo_koho_2025_04.txt", text, encoding="cp932", crlf=True)


# ---------------------------------------------------------------- 8. 過疎地域持続的発展計画 (XLSX)

def unnan_kaso_xlsx(out: Path) -> Path:
    """島根県雲南市 過疎地域持続的発展計画 (XLSX, 3 sheets): 計画の概要 with 現況と問題点 / その対策 as long text
    cells per 区分; 目標 with **a value and its year in one text cell** 「42人（R1）」; 事業計画 with the 区分 in
    a cell **merged down** over its 事業, 事業費（千円） as numbers for the whole period (R3–R7, no year
    breakdown) and 「うち過疎対策事業債 …千円」 in 備考."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment
    wb = Workbook()
    info = wb.active
    info.title = "計画の概要"
    info.append(["雲南市過疎地域持続的発展計画（令和3年度～令和7年度）"])
    info.append(["区分", "現況と問題点", "その対策"])
    info.append(["1 移住・定住・地域間交流の促進、人材育成",
                 "転出超過が続き、特に20歳代の転出が多い。空き家は増えているが、所有者の意向が分からず、移住者に紹介できる物件が不足している。",
                 "空き家の所有者への意向調査を行い、改修費を補助して移住者向けの住まいを確保する。地域おこし協力隊を受け入れ、定住につなげる。"])
    info.append(["4 交通施設の整備、交通手段の確保",
                 "市民バスの利用者は減少しているが、運転免許を返納した高齢者の通院や買い物の足として欠かせない。吉田・掛合地域では、バス停まで1km以上歩く集落がある。",
                 "市民バスの路線を維持しつつ、バス停から遠い集落を対象にデマンド型乗合交通を導入する。"])
    for row in info.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")

    goals = wb.create_sheet("目標")
    goals.append(["区分", "評価指標", "現状値", "目標値"])
    for row in [("1 移住・定住", "移住相談を経た移住者数", "42人（R1）", "60人（R7）"),
                ("1 移住・定住", "社会増減数", "△186人（R1）", "△100人（R7）"),
                ("2 産業の振興", "新規就農者数（5年間累計）", "18人（H27～R1）", "25人（R3～R7）"),
                ("2 産業の振興", "観光入込客数", "103.4万人（R1）", "110万人（R7）"),
                ("4 交通", "市民バスの年間利用者数", "186,500人（R1）", "170,000人（R7）"),
                ("7 医療", "訪問診療を受けられる地区の割合", "78.0％（R2）", "100％（R7）")]:
        goals.append(list(row))
    goals.append(["※市民バスの利用者数は、人口減少を見込み、現状より低い目標としている。"])

    plan = wb.create_sheet("事業計画")
    plan.append(["事業計画（令和3年度～令和7年度）"])
    plan.append(["持続的発展施策区分", "事業名（施設名）", "事業内容", "事業主体", "事業費（千円）", "備考"])
    groups = [
        ("1 移住・定住・地域間交流の促進、人材育成", [
            ("空き家活用移住促進事業", "空き家の改修費の補助（上限150万円）", "市", 60000, ""),
            ("地域おこし協力隊活用事業", "協力隊員の受入れ（各年度8人）", "市", 186000, "")]),
        ("2 産業の振興", [
            ("基幹農道 三刀屋中央線 改良", "L=1,200m　W=5.0m", "市", 240000, "うち過疎対策事業債 228,000千円"),
            ("スマート農業推進事業", "ドローン等の導入費の補助", "市", 45000, ""),
            ("鉄の歴史博物館展示改修事業", "たたら製鉄の展示の改修", "市", 98000, "")]),
        ("4 交通施設の整備、交通手段の確保", [
            ("市道 加茂中央線 改良", "L=850m　W=6.0m", "市", 312000, "うち過疎対策事業債 296,000千円"),
            ("市民バス運行事業", "市民バス18路線の運行", "市", 520000, "過疎地域持続的発展特別事業"),
            ("デマンド型乗合交通導入事業", "吉田・掛合地域での実証運行", "市", 36000, "過疎地域持続的発展特別事業")]),
        ("6 子育て環境の確保、高齢者等の保健及び福祉の向上及び増進", [
            ("放課後児童クラブ整備事業", "木次小学校区に1か所", "市", 68000, ""),
            ("高齢者福祉施設整備補助事業", "小規模多機能型居宅介護事業所 1か所", "社会福祉法人", 72000, "")]),
        ("7 医療の確保", [
            ("訪問診療車整備事業", "訪問診療車 2台", "市", 14000, "")]),
    ]
    for group, items in groups:
        first = plan.max_row + 1
        for name, content, body, cost, note in items:
            plan.append(["", name, content, body, cost, note])
            plan.cell(plan.max_row, 5).number_format = "#,##0"
        plan.cell(first, 1, group).alignment = Alignment(vertical="top", wrap_text=True)
        if len(items) > 1:
            plan.merge_cells(start_row=first, start_column=1, end_row=plan.max_row, end_column=1)
    plan.append(["合計", "", "", "", 1651000, ""])
    plan.cell(plan.max_row, 5).number_format = "#,##0"
    plan.append(["※事業費は計画期間（5年間）の総額。"])
    path = out / "unnan_kaso_jizokuteki_hatten_keikaku.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 9. 会議録 with running headers (PDF, 3 pages)

_AMAKUSA_TURNS = [
    ("○議長（宮崎　和夫）", ["ただいまから、本日の会議を開きます。",
                             "日程第１、議第142号「令和6年度天草市一般会計補正予算（第5号）」を議題とします。",
                             "市長の提案理由の説明を求めます。"]),
    ("○市長（山口　隆一）", ["議第142号は、歳入歳出予算の総額にそれぞれ3億4,560万円を追加し、総額を712億8,930万円とするものです。",
                             "主な内容は、物価高騰に対応した学校給食費の支援に8,200万円、",
                             "豪雨で被災した林道の復旧に1億6,400万円を計上しております。"]),
    ("○議長（宮崎　和夫）", ["次に、日程第２、一般質問を行います。", "12番、浜崎恵子議員。"]),
    ("○12番（浜崎　恵子）", ["世界文化遺産の崎津集落についてお尋ねします。",
                             "観光客は増えておりますが、集落内の駐車場が不足し、休日には生活道路に車があふれています。",
                             "住民の生活を守りながら観光客を受け入れるため、駐車場の確保にどう取り組むのか伺います。"]),
    ("○観光文化部長（本田　誠）", ["お答えします。", "崎津集落では、休日の路上駐車が住民の通行の妨げになっていることを承知しております。",
                                  "そこで、令和７年度に旧崎津小学校の跡地を活用し、普通車40台分の駐車場を整備する計画です。",
                                  "\f",
                                  "事業費は約4,800万円を見込んでおり、あわせて集落の入口から徒歩で巡る案内板を設置します。"]),
    ("○議長（宮崎　和夫）", ["次に、15番、松本修議員。"]),
    ("○15番（松本　修）", ["牛深地域の水産業について伺います。",
                           "ブリやマダイの養殖業者が年々減っており、担い手の確保が急務です。市の取組を伺います。"]),
    ("○市長（山口　隆一）", ["お答えします。",
                             "養殖業の担い手を確保するため、市では新たに漁業に就業した方に、漁業就業者定着支援金を月額10万円、最長3年間給付しております。",
                             "この支援金は令和５年度までに23人が利用し、そのうち19人が現在も市内で漁業を続けております。",
                             "今後は、県の水産研究センターと連携し、赤潮に強い養殖技術の研修を新たに行ってまいります。"]),
    ("○15番（松本　修）", ["漁業就業者定着支援金の給付期間を延ばすことは考えていないのか、再度伺います。"]),
    ("○市長（山口　隆一）", ["給付期間の延長につきましては、利用者の経営の状況を調べたうえで、令和７年度中に判断いたします。"]),
    ("○議長（宮崎　和夫）", ["以上で、本日の日程は全部終了しました。", "本日は、これで散会します。"]),
]


def amakusa_kaigiroku_pdf(out: Path) -> Path:
    """熊本県天草市 議会 定例会 会議録 (PDF, 2 pages): a **running header on every page** 「令和6年第4回天草市議会
    定例会会議録（第3号）」 and a page number 「－ 85 －」, speaker labels 「○12番（浜崎　恵子）」 on their own
    line and the speech indented below, wrapped at a fixed width so sentences break across lines and one answer
    runs over a page break (the header between its halves); the 補正予算（第5号） figures in the 市長's 提案理由."""
    pdf = PdfPage(out / "amakusa_r6_04_teireikai_kaigiroku_3go.pdf", title="令和6年第4回天草市議会定例会会議録（第3号）",
                  author="天草市議会事務局")
    header = "令和６年第４回天草市議会定例会会議録（第３号）"
    page_no = 85
    width = 38

    def start_page() -> float:
        pdf.text(40, 36, header, 8)
        pdf.hline(40, PAGE_W - 40, 42)
        return 70

    def end_page() -> None:
        nonlocal page_no
        pdf.center(PAGE_W / 2, PAGE_H - 28, f"－ {page_no} －", 9)
        page_no += 1
        pdf.page()

    top = start_page()
    pdf.text(40, top, "令和６年12月10日（火曜日）", 11, GOTHIC)
    top = _lines(pdf, 46, top + 22, ["議事日程（第３号）", "　日程第１　議第142号　令和6年度天草市一般会計補正予算（第5号）",
                                     "　日程第２　一般質問"], 9, 15) + 14
    bottom = 640
    for speaker, sentences in _AMAKUSA_TURNS:
        if top > bottom - 30:
            end_page()
            top = start_page()
        pdf.text(40, top, speaker, 9.5, GOTHIC)
        top += 17
        for sentence in sentences:
            if sentence == "\f":
                end_page()
                top = start_page()
                continue
            chunks = [sentence[i:i + width] for i in range(0, len(sentence), width)]
            for i, chunk in enumerate(chunks):
                if top > bottom:
                    end_page()
                    top = start_page()
                pdf.text(58 if i == 0 else 48, top, ("　" if i == 0 else "") + chunk, 10)
                top += 17
        top += 8
    pdf.center(PAGE_W / 2, PAGE_H - 28, f"－ {page_no} －", 9)
    return pdf.save()


# ---------------------------------------------------------------- 10. 市民意識調査 経年比較, years as rows (CSV)

def hakusan_ishiki_chosa_csv(out: Path) -> Path:
    """石川県白山市 市民意識調査 経年比較 (CSV, UTF-8 with BOM, CRLF): **three blocks, each with the survey years
    as rows** (平成30年度, 令和2年度, 令和4年度, 令和6年度; a survey every two years) — 住みよさ shares, 施策の満足度
    in weighted points (−2～＋2, negatives with a minus sign), and the response rates — separated by blank lines,
    each with its own header; a note on the 令和2年度 survey; no age or sex breakdown."""
    rows = [
        ["白山市市民意識調査　経年比較表"],
        [],
        ["問1　白山市の住みよさ（％）"],
        ["調査年度", "回答者数（人）", "住みよい", "どちらかといえば住みよい", "どちらかといえば住みにくい", "住みにくい", "無回答"],
        ["平成30年度", "1,286", "38.2", "41.5", "11.8", "4.1", "4.4"],
        ["令和2年度", "1,198", "40.6", "40.2", "10.9", "3.8", "4.5"],
        ["令和4年度", "1,254", "42.3", "39.6", "10.1", "3.5", "4.5"],
        ["令和6年度", "1,312", "44.8", "38.7", "9.2", "3.1", "4.2"],
        [],
        ["問8　施策の満足度（加重平均点：満足＝2、やや満足＝1、やや不満＝-1、不満＝-2）"],
        ["調査年度", "除雪対策", "公共交通", "子育て支援", "医療体制", "防災対策", "観光振興"],
        ["平成30年度", "-0.52", "-0.61", "0.18", "0.35", "0.12", "0.05"],
        ["令和2年度", "-0.48", "-0.66", "0.24", "0.38", "0.15", "-0.02"],
        ["令和4年度", "-0.31", "-0.70", "0.29", "0.33", "0.21", "0.08"],
        ["令和6年度", "-0.12", "-0.74", "0.36", "0.30", "0.27", "0.19"],
        [],
        ["調査の実施状況"],
        ["調査年度", "配布数（人）", "回収数（人）", "回収率（％）", "調査時期"],
        ["平成30年度", "3,000", "1,286", "42.9", "6月"],
        ["令和2年度", "3,000", "1,198", "39.9", "9月"],
        ["令和4年度", "3,000", "1,254", "41.8", "6月"],
        ["令和6年度", "3,000", "1,312", "43.7", "6月"],
        ["※調査は2年ごとに実施。令和2年度は新型コロナウイルス感染症の影響により、調査時期を9月に変更した。"],
        ["※対象は市内在住の18歳以上の市民3,000人（住民基本台帳から無作為抽出）。"],
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    path = out / "hakusan_shimin_ishiki_chosa_keinen.csv"
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


MAKERS = [
    tahara_jisshi_keikaku_pdf, moka_kpi_pdf, shiso_yosan_gaiyo_pdf, nagato_yosansho_text, tomioka_seika_docx,
    takashima_hyoka_xlsx, mitoyo_koho_text, unnan_kaso_xlsx, amakusa_kaigiroku_pdf, hakusan_ishiki_chosa_csv,
]


def make_all(out_dir: Path) -> list[Path]:
    """Write every document of the fifth blind set into `out_dir` (created if missing) and return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [make(out_dir) for make in MAKERS]


if __name__ == "__main__":
    import sys
    for p in make_all(Path(sys.argv[1] if len(sys.argv) > 1 else "blind5-out")):
        print(p)
