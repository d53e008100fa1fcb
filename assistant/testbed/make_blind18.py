"""Eighteenth blind fixture set: six documents in layouts nobody tuned the extractor to, answers written by hand.

`make_all(out_dir)` writes six documents of the product's core kinds (a まち・ひと・しごと創生総合戦略 KPI 効果検証
sheet PDF in **A4 landscape whose ruled table runs over two pages with its two-row header repeated** on the second,
the unit in a column of its own, 基準年度 as R1/H30 abbreviations, a 進捗率 and an Ａ～Ｄ 評価 per row, one row whose
name wraps onto two lines with its figures set between them; a 当初予算の概要 PDF with a 会計別 table, **歳入 and 歳出
tables set side by side** under one 「（単位：千円）」 note, and 主な事業 as **boxed cards in two columns** (〔新規〕/〔拡充〕
in the card title, the 前年度 amount in parentheses or 皆増); a 総合計画 前期基本計画 in Word with a 施策体系 table of
vertically merged cells, 主な事業 tables with a 区分 word and a ☆ 総合戦略 mark, （再掲） rows and 成果指標 tables with a
中間目標 and a 目標 column; a 過疎地域持続的発展計画 workbook whose 事業計画 sheet merges 区分 and 細区分 cells over their
rows, packs the 特別事業 sub-label and the 事業名 into one wrapped cell, carries 小計/合計 rows and a （再掲） 特別事業
sheet; a 政策展開方針 web page of 重点プロジェクト cards with 【新】/【拡】 取組, KPI tables with a 令和８年度 and a
令和12年度 target (one in 全角 digits) and 関連予算額; a 子ども・子育て支援事業計画 概要 as **plain text in CP932**,
tables aligned with spaces, 量の見込み and 確保方策 by year, ◎○△ 評価 and ★ 新規 取組) into `out_dir` and returns their
paths. The municipalities are real (北海道・東北・関東・甲信越) and were used by no earlier set; every figure, name and
sentence is invented. The expected answers in `questions.jsonl` were written by hand from the text below, without
reading or running the extractor. Binary formats are generated here, never committed.
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


# ---------------------------------------------------------------- 1. 総合戦略 KPI 効果検証 (PDF, landscape, 2+1 pages)

_NK_GOALS = {
    1: "基本目標１　地域の産業を育て、安心して働ける場をつくる",
    7: "基本目標２　新しい人の流れをつくり、つながりを広げる",
    12: "基本目標３　結婚・出産・子育ての希望をかなえる",
    17: "基本目標４　安全・安心で、ずっと住み続けたいまちをつくる",
}
# (No., 区分, 指標, 単位, 基準値, 基準年度, 目標値（R9）, R5実績, R6実績, 進捗率, 評価, 担当課)
_NK_ROWS = [
    ("1", "◎", "市内事業所の従業者数", "人", "8,912", "R3", "9,000", "8,874", "8,851", "98.3", "Ｂ", "商工観光課"),
    ("2", "KPI", "創業支援による創業件数（累計）", "件", "12", "R2", "40", "31", "36", "90.0", "Ｂ", "商工観光課"),
    ("3", "KPI", "企業誘致件数（累計）", "件", "1", "R2", "5", "2", "2", "40.0", "Ｄ", "商工観光課"),
    ("4", "KPI", "認定農業者数", "人", "142", "R1", "150", "138", "135", "90.0", "Ｂ", "農政課"),
    ("5", "KPI", "新規就農者数（年間）", "人", "3", "R1", "6", "5", "7", "116.7", "Ａ", "農政課"),
    ("6", "KPI", "観光入込客数", "千人", "1,028", "R1", "1,100", "846", "912", "82.9", "Ｂ", "商工観光課"),
    ("7", "◎", "転入者数（年間）", "人", "743", "R1", "800", "702", "768", "96.0", "Ｂ", "まちづくり課"),
    ("8", "KPI", "移住相談件数（年間）", "件", "56", "R2", "120", "131", "148", "123.3", "Ａ", "まちづくり課"),
    ("9", "KPI", "空き家バンク成約件数（年間）", "件", "9", "R2", "15", "12", "8", "53.3", "Ｃ", "まちづくり課"),
    ("10", "KPI", "ふるさと納税寄附件数", "件", "2,415", "R2", "6,000", "5,102", "6,380", "106.3", "Ａ", "まちづくり課"),
    ("11", "KPI", "地域おこし協力隊員の定住率", "％", "50.0", "R2", "70.0", "66.7", "75.0", "107.1", "Ａ", "まちづくり課"),
    ("12", "◎", "出生数（年間）", "人", "128", "R1", "130", "97", "91", "70.0", "Ｃ", "健康福祉課"),
    ("13", "KPI", "地域子育て支援センターの|年間延べ利用者数", "人", "6,840", "R1", "7,500", "5,920", "6,215", "82.9", "Ｂ",
     "こども課"),
    ("14", "KPI", "放課後児童クラブの待機児童数", "人", "4", "R2", "0", "0", "2", "－", "Ｃ", "こども課"),
    ("15", "KPI", "妊婦健康診査の受診率", "％", "97.2", "R1", "100.0", "98.6", "99.1", "99.1", "Ｂ", "健康福祉課"),
    ("16", "KPI", "英語検定の受検者数（小中学生）", "人", "184", "R2", "260", "238", "271", "104.2", "Ａ", "学校教育課"),
    ("17", "◎", "「住み続けたい」と思う市民の割合", "％", "62.4", "R2", "70.0", "－", "64.8", "92.6", "Ｂ", "総合政策課"),
    ("18", "KPI", "デマンド交通の年間利用者数", "人", "11,260", "R1", "13,000", "12,115", "12,870", "99.0", "Ｂ",
     "総合政策課"),
    ("19", "KPI", "自主防災組織の組織率", "％", "71.5", "R2", "85.0", "78.9", "80.2", "94.4", "Ｂ", "総務課"),
    ("20", "KPI", "特定健康診査の受診率", "％", "38.6", "H30", "50.0", "43.2", "44.7", "89.4", "Ｂ", "健康福祉課"),
    ("21", "KPI", "１人１日当たりのごみ排出量", "ｇ", "958", "R1", "900", "941", "936", "96.2", "Ｂ", "環境課"),
    ("22", "KPI", "公民館講座の参加者数（年間）", "人", "3,960", "H30", "4,500", "3,015", "3,288", "73.1", "Ｃ", "生涯学習課"),
]
# column geometry: (left, width, alignment)
_NK_COLS = [(36, 24, "c"), (60, 30, "c"), (90, 190, "l"), (280, 32, "c"), (312, 62, "r"), (374, 40, "c"),
            (414, 66, "r"), (480, 62, "r"), (542, 62, "r"), (604, 52, "r"), (656, 34, "c"), (690, 116, "l")]


def _nk_header(pdf: PdfPage, top: float) -> float:
    """The two-row header of the 効果検証 table (実績 over 令和５年度｜令和６年度); returns the top below it."""
    heads = ["No.", "区分", "指標", "単位", "基準値", "基準年度", "目標値（R9）", None, None, "進捗率（％）", "評価", "担当課"]
    for (x, w, _), h in zip(_NK_COLS, heads):
        if h is None:
            continue
        pdf.box(x, top, w, 32, fill=0.85)
        pdf.center(x + w / 2, top + 19, h, 7.6 if len(h) > 4 else 8, GOTHIC)
    x5, w5 = _NK_COLS[7][0], _NK_COLS[7][1] + _NK_COLS[8][1]
    pdf.box(x5, top, w5, 16, fill=0.85)
    pdf.center(x5 + w5 / 2, top + 11, "実績", 8, GOTHIC)
    for x, w, _ in _NK_COLS[7:9]:
        pdf.box(x, top + 16, w, 16, fill=0.85)
    pdf.center(_NK_COLS[7][0] + _NK_COLS[7][1] / 2, top + 27, "令和５年度", 7.6, GOTHIC)
    pdf.center(_NK_COLS[8][0] + _NK_COLS[8][1] / 2, top + 27, "令和６年度", 7.6, GOTHIC)
    return top + 32


def _nk_row(pdf: PdfPage, top: float, row: tuple) -> float:
    wrapped = "|" in row[2]
    h = 30 if wrapped else 20
    for (x, w, align), v in zip(_NK_COLS, row):
        pdf.box(x, top, w, h)
        if "|" in v:
            a, b = v.split("|")
            pdf.text(x + 4, top + 12, a, 8.2)
            pdf.text(x + 4, top + 25, b, 8.2)
            continue
        y = top + (19 if wrapped else 13.5)
        if align == "c":
            pdf.center(x + w / 2, y, v, 8.2)
        elif align == "r":
            pdf.right(x + w - 4, y, v, 8.2)
        else:
            pdf.text(x + 4, y, v, 8.2)
    return top + h


def _nk_band(pdf: PdfPage, top: float, text: str) -> float:
    pdf.box(36, top, 770, 18, fill=0.93)
    pdf.text(42, top + 12.5, text, 8.8, GOTHIC)
    return top + 18


def nasukarasuyama_senryaku_kensho_pdf(out: Path) -> Path:
    """栃木県那須烏山市 第３期まち・ひと・しごと創生総合戦略 令和６年度 効果検証シート (PDF, A4 landscape, 3 pages): a
    ruled KPI table — No.｜区分（◎ 数値目標／KPI）｜指標｜単位｜基準値｜基準年度｜目標値（R9）｜実績（令和５年度｜令和６年度）｜
    進捗率（％）｜評価｜担当課 — with shaded 基本目標 band rows, **running over two pages with the header repeated** (the
    second page continues 基本目標３ without repeating its band), one name wrapped over two lines with the figures
    between them, 「－」 where a value is missing; page 3 a 評価の集計 table and the 総括 prose."""
    pdf = PdfPage(out / "nasukarasuyama_sogo_senryaku_kpi_kensho_r6.pdf", landscape=True,
                  title="第３期那須烏山市総合戦略 令和６年度効果検証", author="那須烏山市 総合政策課")
    pdf.text(36, 40, "第３期那須烏山市まち・ひと・しごと創生総合戦略　令和６年度　効果検証シート", 13, GOTHIC)
    pdf.right(pdf.W - 36, 40, "令和７年９月　那須烏山市総合政策課", 8.5)
    pdf.text(36, 58, "（計画期間：令和５年度～令和９年度）　◎：基本目標の数値目標　KPI：重要業績評価指標", 8)
    pdf.text(36, 71, "評価　Ａ：達成（100％以上）　Ｂ：概ね順調（80％以上100％未満）　Ｃ：遅れ（50％以上80％未満）　"
                     "Ｄ：大幅な遅れ（50％未満）", 8)
    top = _nk_header(pdf, 80)
    for row in _NK_ROWS[:12]:
        if int(row[0]) in _NK_GOALS:
            top = _nk_band(pdf, top, _NK_GOALS[int(row[0])])
        top = _nk_row(pdf, top, row)
    pdf.right(pdf.W - 36, top + 16, "（次頁へ続く）", 8)
    pdf.center(pdf.W / 2, pdf.H - 20, "－１－", 8)
    pdf.page()

    pdf.text(36, 40, "効果検証シート（続き）", 10, GOTHIC)
    top = _nk_header(pdf, 50)
    for row in _NK_ROWS[12:]:
        if int(row[0]) in _NK_GOALS:
            top = _nk_band(pdf, top, _NK_GOALS[int(row[0])])
        top = _nk_row(pdf, top, row)
    _lines(pdf, 36, top + 18, [
        "※進捗率は、令和６年度実績÷目標値×100で算出しています。ただし、No.21は減少を目指す指標のため目標値÷令和６年度実績×100としています。",
        "※No.14は目標値が０人のため進捗率を算出していません。No.17は隔年の市民意識調査によるため令和５年度の実績はありません。",
        "※No.6の観光入込客数は栃木県観光客入込数・宿泊数推定調査による暦年の数値です。"], 7.8, 12)
    pdf.center(pdf.W / 2, pdf.H - 20, "－２－", 8)
    pdf.page()

    pdf.text(36, 40, "評価の集計と総括", 12, GOTHIC)
    cols = [(36, 300), (336, 50), (386, 50), (436, 50), (486, 50), (536, 50)]
    heads = ["基本目標", "Ａ", "Ｂ", "Ｃ", "Ｄ", "計"]
    for (x, w), h in zip(cols, heads):
        pdf.box(x, 56, w, 18, fill=0.85)
        pdf.center(x + w / 2, 68, h, 8.5, GOTHIC)
    tallies = [("基本目標１　地域の産業を育て、安心して働ける場をつくる", "1", "4", "0", "1", "6"),
               ("基本目標２　新しい人の流れをつくり、つながりを広げる", "3", "1", "1", "0", "5"),
               ("基本目標３　結婚・出産・子育ての希望をかなえる", "1", "2", "2", "0", "5"),
               ("基本目標４　安全・安心で、ずっと住み続けたいまちをつくる", "0", "5", "1", "0", "6"),
               ("合計", "5", "12", "4", "1", "22")]
    top = 74
    for row in tallies:
        for i, ((x, w), v) in enumerate(zip(cols, row)):
            pdf.box(x, top, w, 18)
            if i == 0:
                pdf.text(x + 4, top + 12.5, v, 8.2, GOTHIC if v == "合計" else MINCHO)
            else:
                pdf.right(x + w - 6, top + 12.5, v, 8.2)
        top += 18
    pdf.text(36, top + 26, "総括", 10.5, GOTHIC)
    top = _lines(pdf, 42, top + 44, [
        "令和６年度は、22指標のうちＡ評価が５指標、Ｂ評価が12指標となり、全体の77.3％が概ね順調以上となりました。",
        "移住相談件数やふるさと納税寄附件数は目標を上回り、新しい人の流れづくりは着実に成果を上げています。",
        "一方、出生数は91人と基準値（128人）を大きく下回り、企業誘致件数も計画期間の半ばで２件にとどまっています。"], 9, 15)
    pdf.text(36, top + 16, "今後の方向性", 10.5, GOTHIC)
    _lines(pdf, 42, top + 34, [
        "基本目標３については、出生数の減少に歯止めをかけるため、結婚から子育てまでの切れ目のない支援を強化し、",
        "令和８年度に出会い・結婚支援の専任窓口を設けます。",
        "基本目標１については、南那須地区の工業団地の残区画への企業誘致を進めるため、県と連携した立地説明会を開催します。",
        "空き家バンクは成約件数が伸び悩んでいるため、烏山地区の中心市街地で空き家の掘り起こし調査を行います。",
        "各指標は那須烏山市総合戦略推進会議において外部委員の意見を聴き、次年度の事業に反映させます。"], 9, 15)
    pdf.center(pdf.W / 2, pdf.H - 20, "－３－", 8)
    pdf.page()
    return pdf.save()


# ---------------------------------------------------------------- 2. 当初予算の概要 (PDF, portrait, side-by-side tables, cards)

# (会計, 令和８年度, 令和７年度, 増減額, 増減率, level)  level 0 = plain, 1 = indented, 2 = 小計/合計
_KT_ACCOUNTS = [
    ("一般会計", "28,640,000", "27,910,000", "730,000", "2.6", 0),
    ("国民健康保険特別会計", "5,012,300", "5,108,600", "△96,300", "△1.9", 1),
    ("後期高齢者医療特別会計", "812,400", "776,900", "35,500", "4.6", 1),
    ("介護保険特別会計", "6,218,700", "6,105,200", "113,500", "1.9", 1),
    ("市営墓地事業特別会計", "18,600", "21,300", "△2,700", "△12.7", 1),
    ("特別会計　小計", "12,062,000", "12,012,000", "50,000", "0.4", 2),
    ("水道事業会計", "2,915,800", "2,744,300", "171,500", "6.2", 1),
    ("下水道事業会計", "3,406,200", "3,512,700", "△106,500", "△3.0", 1),
    ("企業会計　小計", "6,322,000", "6,257,000", "65,000", "1.0", 2),
    ("合計", "47,024,000", "46,179,000", "845,000", "1.8", 2),
]
_KT_REVENUE = [
    ("市税", "4,512,600", "4,468,200", "44,400"),
    ("地方譲与税", "268,400", "262,100", "6,300"),
    ("地方消費税交付金", "986,000", "954,000", "32,000"),
    ("地方交付税", "10,250,000", "10,080,000", "170,000"),
    ("国庫支出金", "3,418,700", "3,285,900", "132,800"),
    ("県支出金", "1,964,300", "1,902,500", "61,800"),
    ("繰入金", "1,226,500", "1,418,800", "△192,300"),
    ("市債", "2,870,200", "2,496,800", "373,400"),
    ("その他", "3,143,300", "3,041,700", "101,600"),
    ("歳入合計", "28,640,000", "27,910,000", "730,000"),
]
_KT_EXPENSE = [
    ("議会費", "218,400", "221,600", "△3,200"),
    ("総務費", "3,284,500", "3,412,300", "△127,800"),
    ("民生費", "8,962,300", "8,704,100", "258,200"),
    ("衛生費", "2,716,800", "2,598,400", "118,400"),
    ("農林水産業費", "1,648,200", "1,572,900", "75,300"),
    ("商工費", "1,102,600", "1,015,300", "87,300"),
    ("土木費", "2,945,700", "2,618,000", "327,700"),
    ("消防費", "1,160,300", "1,138,700", "21,600"),
    ("教育費", "2,858,900", "2,910,400", "△51,500"),
    ("公債費", "3,582,600", "3,548,300", "34,300"),
    ("その他", "159,700", "170,000", "△10,300"),
    ("歳出合計", "28,640,000", "27,910,000", "730,000"),
]
_KT_CARDS = [
    ("〔新規〕蔵のまち景観整備補助事業", ["予算額　48,600千円（皆増）", "担当：商工観光課",
                                 "蔵の外観を修景する工事費の３分の２を補助", "（１件当たり上限300万円）"]),
    ("〔拡充〕第２子以降保育料無償化事業", ["予算額　126,300千円（98,400千円）", "担当：こども課",
                                   "対象を３歳未満の第２子まで広げ、保育料を無償化"]),
    ("熱塩加納地区簡易給水施設更新事業", ["予算額　212,500千円（64,000千円）", "担当：上下水道課",
                                 "老朽化した浄水設備と配水管（L=2.1km）を更新"]),
    ("〔新規〕高郷地区デマンド型乗合タクシー実証運行事業", ["予算額　18,900千円（皆増）", "担当：地域振興課",
                                          "高郷地区で予約制の乗合タクシーを試行運行"]),
    ("〔拡充〕新規就農者経営開始支援事業", ["予算額　34,200千円（22,800千円）", "担当：農林課",
                                   "就農後３年間の経営費支援を年150万円に引上げ"]),
    ("市道改良事業（社会資本整備総合交付金）", ["予算額　486,000千円（402,500千円）", "担当：建設課",
                                     "市道12路線の改良・舗装"]),
    ("〔新規〕小中学校体育館空調設備整備事業", ["予算額　368,400千円（皆増）", "担当：教育総務課",
                                     "避難所となる小中学校９校の体育館に空調を整備",
                                     "財源：国庫支出金122,800　市債214,600　一般財源31,000"]),
    ("消防団詰所・ポンプ車更新事業", ["予算額　97,800千円（88,100千円）", "担当：危機管理課",
                               "消防団詰所２棟の建替え、消防ポンプ自動車２台の更新"]),
]


def _kt_table(pdf: PdfPage, x: float, top: float, widths: list[float], header: list[str], rows: list[tuple],
              size: float = 7.8) -> float:
    """A fully ruled table, the first column left-aligned and the rest right-aligned; returns the top below it."""
    left = x
    for w, h in zip(widths, header):
        pdf.box(left, top, w, 18, fill=0.85)
        pdf.center(left + w / 2, top + 12, h, size, GOTHIC)
        left += w
    top += 18
    for row in rows:
        left = x
        bold = row[0].endswith("合計") or "小計" in row[0]
        for i, (w, v) in enumerate(zip(widths, row)):
            pdf.box(left, top, w, 16)
            font = GOTHIC if bold else MINCHO
            if i == 0:
                pdf.text(left + 3, top + 11.5, v, size, font)
            else:
                pdf.right(left + w - 3, top + 11.5, v, size, font)
            left += w
        top += 16
    return top


def kitakata_toshoyosan_gaiyo_pdf(out: Path) -> Path:
    """福島県喜多方市 令和８年度当初予算の概要 (PDF, portrait, 3 pages): page 1 予算編成の基本方針 prose and a 会計別
    予算額 table (令和８年度｜令和７年度｜増減額｜増減率, △ negatives, indented 特別会計/企業会計 rows under 小計 rows,
    「（単位：千円、％）」 above it) with the total restated in 億円 below; page 2 **歳入（款別） and 歳出（目的別） set
    side by side** under one 「（単位：千円）」 note, so each printed line holds a row of both, then 市債・基金 notes; page 3
    主な事業 as **boxed cards in two columns** — 〔新規〕/〔拡充〕 in the title bar, 予算額 with the 前年度 amount in
    parentheses or 皆増, 担当, 内容 and one 財源 line."""
    pdf = PdfPage(out / "kitakata_r8_toshoyosan_gaiyo.pdf", title="令和８年度喜多方市当初予算の概要",
                  author="喜多方市 総務部 財政課")
    pdf.center(PAGE_W / 2, 56, "令和８年度　喜多方市当初予算の概要", 16, GOTHIC)
    pdf.right(PAGE_W - 40, 78, "令和８年２月　喜多方市総務部財政課", 8.5)
    pdf.text(40, 104, "１　予算編成の基本方針", 11, GOTHIC)
    top = _lines(pdf, 46, 122, [
        "令和８年度は、第３次喜多方市総合計画の３年目として、人口減少対策と子育て支援、防災力の強化を",
        "最優先に予算を編成しました。物価高騰により経常経費が増える中、事務事業の見直しで約２億円を削減し、",
        "財政調整基金の取崩しを前年度より抑えています。",
        "特に、避難所となる学校体育館の環境改善と、中山間地域の移動手段の確保に重点的に配分しました。"], 9, 15)
    pdf.text(40, top + 18, "２　会計別予算額", 11, GOTHIC)
    pdf.right(555, top + 36, "（単位：千円、％）", 8)
    widths = [165, 90, 90, 80, 60]
    rows = [(("　" + name) if level == 1 else name, a, b, c, d) for name, a, b, c, d, level in _KT_ACCOUNTS]
    top = _kt_table(pdf, 40, top + 42, widths, ["会計名", "令和８年度", "令和７年度", "増減額", "増減率"], rows, 8.2)
    _lines(pdf, 46, top + 16, [
        "※企業会計は収益的支出と資本的支出の合計額です。",
        "一般会計の予算規模は286億4,000万円（前年度比2.6％増）で、合併後最大となりました。",
        "全会計の合計は470億2,400万円（前年度比1.8％増）です。"], 8.5, 14)
    pdf.center(PAGE_W / 2, PAGE_H - 24, "－ 1 －", 8)
    pdf.page()

    pdf.text(40, 50, "３　一般会計の歳入・歳出", 11, GOTHIC)
    pdf.right(555, 66, "（単位：千円）", 8)
    pdf.text(40, 66, "【歳入（款別）】", 8.8, GOTHIC)
    pdf.text(304, 66, "【歳出（目的別）】", 8.8, GOTHIC)
    w = [76, 62, 62, 52]
    head = ["区分", "令和８年度", "令和７年度", "比較"]
    bottom_l = _kt_table(pdf, 40, 74, w, head, _KT_REVENUE, 7.6)
    bottom_r = _kt_table(pdf, 304, 74, w, head, _KT_EXPENSE, 7.6)
    top = max(bottom_l, bottom_r)
    _lines(pdf, 46, top + 18, [
        "※市債のうち臨時財政対策債は210,000千円（前年度 236,000千円）です。",
        "※繰入金のうち財政調整基金繰入金は850,000千円で、令和８年度末の財政調整基金残高は2,146,300千円の見込みです。",
        "※令和８年度末の一般会計市債残高は31,846,200千円（令和７年度末見込 31,502,900千円）の見込みです。"], 8, 14)
    pdf.center(PAGE_W / 2, PAGE_H - 24, "－ 2 －", 8)
    pdf.page()

    pdf.text(40, 50, "４　主な事業", 11, GOTHIC)
    pdf.text(46, 66, "〔新規〕新たに取り組む事業　〔拡充〕内容を拡充する事業　（　）内は前年度当初予算額、皆増は前年度予算なし",
             7.8)
    top = 80
    for i in range(0, len(_KT_CARDS), 2):
        (t1, l1), (t2, l2) = _KT_CARDS[i], _KT_CARDS[i + 1]
        h1 = pdf.framed_box(40, top, 250, t1, l1, 7.9, 13)
        h2 = pdf.framed_box(305, top, 250, t2, l2, 7.9, 13)
        top += max(h1, h2) + 14
    pdf.center(PAGE_W / 2, PAGE_H - 24, "－ 3 －", 8)
    pdf.page()
    return pdf.save()


# ---------------------------------------------------------------- 3. 総合計画 前期基本計画 (DOCX)

_AG_SYSTEM = [
    ("基本目標１　健やかに安心して暮らせるまち", ["施策１－１　子育て支援の充実", "施策１－２　健康づくりの推進",
                                   "施策１－３　地域福祉の推進"]),
    ("基本目標２　活力ある産業が育つまち", ["施策２－１　農業の振興", "施策２－２　観光の振興", "施策２－３　商工業の振興"]),
    ("基本目標３　安全で快適に暮らせるまち", ["施策３－１　防災・減災の推進", "施策３－２　公共交通の確保",
                                  "施策３－３　上下水道の運営"]),
    ("基本目標４　学び合い育ち合うまち", ["施策４－１　学校教育の充実", "施策４－２　生涯学習の推進"]),
]
# 施策: (見出し, 現状と課題, 施策の方向, 主な事業 [(事業名, 概要, 区分, 戦略, 担当課)], 成果指標 [(指標, 単位, 現状値, 年度, 中間, 目標)])
_AG_MEASURES = [
    ("施策１－１　子育て支援の充実",
     "出生数は10年間で約３割減少し、令和５年の合計特殊出生率は1.28と県平均を下回っています。共働き世帯の増加により、"
     "病児保育や放課後の居場所へのニーズが高まっています。",
     ["妊娠期から子育て期まで切れ目のない相談支援を行います。", "子育てにかかる経済的負担を軽減します。",
      "放課後の子どもの居場所を確保します。"],
     [("あがの版ネウボラ推進事業", "妊娠期から子育て期までの相談を一か所で受ける", "拡充", "☆", "こども支援課"),
      ("第３子以降給食費無償化事業", "第３子以降の小中学生の給食費を無償化", "新規", "☆", "学校教育課"),
      ("病児・病後児保育事業", "医療機関併設の病児保育室を運営", "継続", "", "こども支援課"),
      ("放課後児童クラブ運営事業", "京ヶ瀬地区にクラブを１か所増設", "拡充", "", "こども支援課"),
      ("子ども医療費助成事業", "18歳到達後最初の３月31日まで通院・入院を助成", "継続", "☆", "市民生活課")],
     [("合計特殊出生率", "－", "1.28", "令和５年", "1.35", "1.40"),
      ("子育て支援に満足している市民の割合", "％", "48.6", "令和６年度", "52.0", "55.0"),
      ("保育所等の待機児童数", "人", "0", "令和６年度", "0", "0")]),
    ("施策２－１　農業の振興",
     "本市の基幹産業である稲作は、米価の低迷と担い手の高齢化により経営が厳しくなっています。認定農業者の平均年齢は"
     "62歳を超え、10年後には農地の３割で耕作者がいなくなるおそれがあります。このため、農地の集積・集約と新たな担い手の"
     "確保が急務です。",
     ["担い手への農地の集積・集約を進めます。", "スマート農業の導入で省力化を図ります。",
      "五頭山麓の米や野菜のブランド化と販路拡大を進めます。"],
     [("スマート農業導入支援事業", "ドローン・自動操舵システム等の導入経費を補助", "拡充", "☆", "農林課"),
      ("新規就農者育成総合対策事業", "就農前の研修と就農直後の経営を支援", "継続", "☆", "農林課"),
      ("農地集積・集約化推進事業", "農地中間管理機構と連携して集積を推進", "継続", "", "農林課"),
      ("五頭山麓ブランド米販路開拓事業", "首都圏の飲食店・小売店への販路開拓", "新規", "☆", "農林課"),
      ("有機農業産地づくり推進事業", "有機栽培の技術実証と学校給食への利用", "新規", "", "農林課")],
     [("認定農業者数", "経営体", "612", "令和６年度", "620", "630"),
      ("農産物直売所の販売額", "百万円", "418", "令和５年度", "450", "480"),
      ("スマート農業技術を導入した経営体数", "経営体", "37", "令和６年度", "60", "80")]),
    ("施策２－２　観光の振興",
     "瓢湖の白鳥や五頭温泉郷には多くの人が訪れますが、日帰り客が中心で宿泊につながっていません。観光入込客数は令和５年度に"
     "147万２千人まで回復しましたが、市内での消費額は伸び悩んでいます。",
     ["瓢湖周辺を観光拠点として整備します。", "五頭温泉郷への宿泊を促します。", "自転車で市内を巡る観光を育てます。"],
     [("瓢湖周辺観光拠点整備事業", "観察舎の改修と駐車場の拡張", "拡充", "☆", "商工観光課"),
      ("五頭温泉郷誘客促進事業", "宿泊施設と連携した周遊キャンペーン", "継続", "☆", "商工観光課"),
      ("サイクルツーリズム推進事業", "笹神地区を起点とするサイクリングルートの整備", "新規", "", "商工観光課"),
      ("五頭山麓ブランド米販路開拓事業（再掲）", "首都圏の飲食店・小売店への販路開拓", "新規", "☆", "農林課")],
     [("観光入込客数", "千人", "1,472", "令和５年度", "1,600", "1,700"),
      ("五頭温泉郷の宿泊者数", "人", "86,300", "令和５年度", "92,000", "98,000")]),
    ("施策３－２　公共交通の確保",
     "路線バスの廃止が続き、市内循環バスとデマンド交通が市民の移動を支えています。運転免許を返納する高齢者が増えており、"
     "通院や買い物の移動手段の確保が課題です。",
     ["市内循環バスとデマンド交通を一体で運行します。", "交通結節点の利便性を高めます。"],
     [("市内循環バス運行事業", "市内４路線を運行", "継続", "☆", "企画政策課"),
      ("デマンド交通運行事業", "笹神・京ヶ瀬地区で運行日を週５日に拡大", "拡充", "☆", "企画政策課"),
      ("駅周辺駐輪場整備事業", "駐輪場の屋根とラックを更新", "新規", "", "都市計画課"),
      ("高齢者運転免許自主返納支援事業", "返納者にバス回数券を交付", "継続", "", "市民生活課")],
     [("市内循環バスの年間利用者数", "人", "38,420", "令和６年度", "41,000", "43,000"),
      ("デマンド交通の登録者数", "人", "1,905", "令和６年度", "2,400", "2,800")]),
    ("施策４－１　学校教育の充実",
     "全国学力・学習状況調査の平均正答率は全国平均をやや下回っています。不登校の児童生徒は５年間で約２倍に増えており、"
     "学校以外の学びの場が求められています。",
     ["一人ひとりに応じた学びを進めます。", "不登校の児童生徒の居場所と学びを保障します。", "学校施設を計画的に改修します。"],
     [("ＧＩＧＡスクール端末更新事業", "児童生徒１人１台端末の更新", "継続", "", "学校教育課"),
      ("学校施設長寿命化改修事業", "安田中学校ほか２校の大規模改修", "拡充", "", "教育総務課"),
      ("不登校児童生徒支援教室運営事業", "校外の支援教室を２か所に増設", "新規", "☆", "学校教育課"),
      ("第３子以降給食費無償化事業（再掲）", "第３子以降の小中学生の給食費を無償化", "新規", "☆", "学校教育課")],
     [("「学校に行くのが楽しい」と答えた児童生徒の割合", "％", "84.7", "令和６年度", "87.0", "90.0"),
      ("全国学力・学習状況調査の平均正答率（全国平均との差）", "ポイント", "△1.8", "令和６年度", "0.0", "1.0")]),
]


def agano_kihon_keikaku_docx(out: Path) -> Path:
    """新潟県阿賀野市 第３次総合計画 前期基本計画（令和８年度～令和12年度） (DOCX): Title; a 施策体系 table whose 基本目標
    cells are **merged vertically** over their 施策 rows; then one section per 施策 (Heading 2) with 【現状と課題】 prose,
    【施策の方向】 as numbered paragraphs, a 主な事業 table 事業名｜事業概要｜区分（新規／拡充／継続）｜戦略（☆ 総合戦略
    掲載）｜担当課 with （再掲） rows, and a 成果指標 table 指標名｜単位｜現状値｜基準年度｜中間目標（令和10年度）｜
    目標値（令和12年度） whose unit stands in a column of its own (one value △ negative, one unit 「－」)."""
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.add_heading("第３次阿賀野市総合計画　前期基本計画", level=0)
    d.add_paragraph("計画期間：令和８年度～令和12年度　　令和８年３月　阿賀野市")
    d.add_heading("第１章　前期基本計画の概要", level=1)
    d.add_paragraph("前期基本計画は、基本構想に掲げる将来像「水と緑と人が輝く　田園交流都市　あがの」の実現に向けて、"
                    "令和８年度から令和12年度までの５年間に取り組む施策を体系的に示すものです。各施策の主な事業のうち、"
                    "☆印の事業は第３期阿賀野市総合戦略にも位置付けています。")
    d.add_heading("第２章　施策の体系", level=1)
    rows = sum(len(m) for _, m in _AG_SYSTEM)
    t = d.add_table(rows=rows + 1, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text, t.cell(0, 1).text = "基本目標", "施策"
    r = 1
    for goal, measures in _AG_SYSTEM:
        first = r
        for m in measures:
            t.cell(r, 1).text = m
            r += 1
        merged = t.cell(first, 0).merge(t.cell(r - 1, 0))
        merged.text = goal
    d.add_paragraph("※本書では、主な施策の取組を抜粋して掲載しています。")
    d.add_heading("第３章　施策の展開", level=1)
    d.add_paragraph("区分　新規：計画期間中に新たに始める事業　拡充：内容を拡充する事業　継続：継続して取り組む事業")
    for head, issue, directions, projects, indicators in _AG_MEASURES:
        d.add_heading(head, level=2)
        d.add_paragraph("【現状と課題】").runs[0].bold = True
        d.add_paragraph(issue)
        d.add_paragraph("【施策の方向】").runs[0].bold = True
        for i, line in enumerate(directions, 1):
            d.add_paragraph(f"（{i}）{line}")
        d.add_paragraph("【主な事業】").runs[0].bold = True
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in enumerate(["事業名", "事業概要", "区分", "戦略", "担当課"]):
            t.rows[0].cells[c].text = h
        for row in projects:
            cells = t.add_row().cells
            for c, v in enumerate(row):
                cells[c].text = v
        d.add_paragraph("【成果指標】").runs[0].bold = True
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(["指標名", "単位", "現状値", "基準年度", "中間目標（令和10年度）", "目標値（令和12年度）"]):
            t.rows[0].cells[c].text = h
        for row in indicators:
            cells = t.add_row().cells
            for c, v in enumerate(row):
                cells[c].text = v
                for p in cells[c].paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(9)
    d.add_heading("第４章　計画の推進", level=1)
    d.add_paragraph("成果指標の達成状況は毎年度、行政評価により点検し、阿賀野市総合計画審議会に報告します。"
                    "評価結果は翌年度の予算編成と実施計画の見直しに反映します。")
    path = out / "agano_dai3ji_sogo_keikaku_zenki_kihon_keikaku.docx"
    d.save(str(path))
    return path


# ---------------------------------------------------------------- 4. 過疎地域持続的発展計画 (XLSX)

# (区分, [(細区分, [(事業名, 事業内容, 事業主体, 事業費, 備考)])], 小計)
_NW_PLAN = [
    ("１　移住・定住・地域間交流の促進、人材育成", [
        ("(1) 移住・定住", [("移住定住促進住宅整備事業", "子育て世帯向け町営住宅４棟の整備", "町", 148000, "")]),
        ("(4) 過疎地域持続的発展特別事業", [
            ("移住・定住\n移住支援金交付事業", "町外からの移住世帯に支援金を交付", "町", 30000, "過疎債ソフト分"),
            ("地域間交流\n地域おこし協力隊活用事業", "隊員の募集と活動・起業の支援", "町", 96500, "")]),
    ], 274500),
    ("２　産業の振興", [
        ("(1) 基盤整備　農業", [("沢内地区ほ場整備事業", "区画整理 A=42ha", "県", 186400, "県営事業負担金")]),
        ("(1) 基盤整備　林業", [("林道錦秋湖線改良事業", "改良 L=1,200m", "町", 124000, "")]),
        ("(9) 観光又はレクリエーション", [("錦秋湖周辺観光施設改修事業", "休憩施設・トイレの改修", "町", 72300, "")]),
        ("(10) 過疎地域持続的発展特別事業", [
            ("第１次産業\n特産山菜ブランド化推進事業", "山菜の加工品開発と販路開拓", "町", 18500, "過疎債ソフト分"),
            ("第１次産業\n新規就農者定着支援事業", "研修期間中の生活費を支援", "町", 22000, "")]),
    ], 423200),
    ("３　地域における情報化", [
        ("(1) 電気通信施設等情報化のための施設", [("光ファイバ網維持管理事業", "町所有の光ファイバ網の保守・更新", "町", 41800, "")]),
    ], 41800),
    ("４　交通施設の整備、交通手段の確保", [
        ("(1) 市町村道　道路", [("町道川尻線改良事業", "改良 L=680m W=6.0m", "町", 216000, ""),
                           ("町道橋梁長寿命化事業", "橋梁補修 ８橋", "町", 158600, "")]),
        ("(6) 自動車等　自動車", [("除雪ドーザ更新事業", "除雪ドーザ２台の更新", "町", 64900, "")]),
        ("(9) 過疎地域持続的発展特別事業", [
            ("公共交通\nデマンド型乗合交通運行事業", "町内全域で予約型の乗合交通を運行", "町", 52400, "過疎債ソフト分")]),
    ], 491900),
    ("５　生活環境の整備", [
        ("(1) 水道施設　簡易水道", [("沢内簡易水道配水管更新事業", "配水管の更新 L=3,400m", "町", 287000, "")]),
        ("(5) 消防施設", [("小型動力ポンプ付積載車更新事業", "積載車４台の更新", "町", 34800, "")]),
        ("(7) 過疎地域持続的発展特別事業", [
            ("生活\n屋根雪下ろし支援事業", "高齢者世帯の屋根雪下ろし費用を助成", "町", 27500, "")]),
    ], 349300),
    ("６　子育て環境の確保、高齢者等の保健及び福祉の向上及び増進", [
        ("(1) 児童福祉施設", [("認定こども園改修事業", "沢内認定こども園の屋根・外壁改修", "町", 58200, "")]),
        ("(8) 過疎地域持続的発展特別事業", [
            ("児童福祉\n子育て応援給付事業", "出生時に子ども１人当たり20万円を給付", "町", 20000, ""),
            ("高齢者・障害者福祉\n高齢者見守りネットワーク事業", "配食と見守りを組み合わせた訪問", "社会福祉協議会", 9600, "")]),
    ], 87800),
    ("７　医療の確保", [
        ("(1) 診療施設　診療所", [("町立診療所医療機器整備事業", "ＣＴ装置の更新", "町", 68000, "")]),
        ("(3) 過疎地域持続的発展特別事業", [
            ("自治体病院\n医師確保対策事業", "招へい医師の住宅確保と研修の支援", "町", 45000, "")]),
    ], 113000),
    ("８　教育の振興", [
        ("(1) 学校教育関連施設　給食施設", [("学校給食センター設備更新事業", "回転釜・食器洗浄機の更新", "町", 41200, "")]),
        ("(4) 過疎地域持続的発展特別事業", [
            ("義務教育以外\n高校魅力化支援事業", "町内の県立高校に通う生徒の通学費・下宿費を助成", "町", 36000, "")]),
    ], 77200),
]
_NW_TOTAL = 1858700


def nishiwaga_kaso_keikaku_xlsx(out: Path) -> Path:
    """岩手県西和賀町 過疎地域持続的発展計画（令和８年度～令和12年度） (XLSX, 3 sheets): 基本方針 (方針 text rows, a 人口の
    推移 table by 国勢調査 year in 和暦 with a 高齢者比率 row, a 計画の目標 table with △ values typed as text); 事業計画 —
    持続的発展施策区分｜細区分｜事業名（施設名）｜事業内容｜事業主体｜事業費｜備考, the 区分 and 細区分 cells **merged
    vertically**, each 特別事業 cell holding its sub-label and the 事業名 on two lines, a 小計 row per 区分 and a 合計,
    「（単位：千円）」 on the title row; 特別事業分（再掲） — the 特別事業 again with 必要性・効果 and a 計."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = openpyxl.Workbook()
    bold = Font(bold=True)
    shade = PatternFill("solid", fgColor="E2EFDA")
    wrap = Alignment(wrap_text=True, vertical="center")
    amt = "#,##0"

    ws = wb.active
    ws.title = "基本方針"
    ws["A1"] = "西和賀町過疎地域持続的発展計画（令和８年度～令和12年度）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "岩手県西和賀町"
    ws["A4"] = "１　基本的な事項"
    ws["A4"].font = bold
    ws["A5"] = "(1) 人口の推移（国勢調査）"
    for c, h in enumerate(["区分", "昭和55年", "平成２年", "平成12年", "平成22年", "令和２年"], 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font, cell.fill = bold, shade
    pop = [("総数（人）", 9823, 8412, 7586, 6602, 5134), ("0～14歳（人）", 1712, 1198, 812, 598, 392),
           ("15～64歳（人）", 6220, 5046, 3974, 3250, 2322), ("65歳以上（人）", 1891, 2168, 2800, 2754, 2420)]
    r = 7
    for name, *figs in pop:
        ws.cell(row=r, column=1, value=name)
        for c, v in enumerate(figs, 2):
            ws.cell(row=r, column=c, value=v).number_format = amt
        r += 1
    ws.cell(row=r, column=1, value="高齢者比率（％）")
    for c, v in enumerate([19.3, 25.8, 36.9, 41.7, 47.1], 2):
        ws.cell(row=r, column=c, value=v).number_format = "#,##0.0"
    r += 2
    ws.cell(row=r, column=1, value="(2) 持続的発展の基本方針").font = bold
    for line in [
            "豪雪と人口減少という二つの厳しい条件のもとでも、町民が安心して住み続けられる町を目指します。",
            "沢内地区と川尻地区の生活拠点に医療・買い物・交通の機能を集め、集落との間を乗合交通で結びます。",
            "錦秋湖をはじめとする自然と温泉を生かした交流を広げ、町外とのつながりから移住と仕事を生み出します。",
            "公共施設の維持は西和賀町公共施設等総合管理計画と整合を図り、施設の集約と長寿命化を進めます。"]:
        r += 1
        ws.cell(row=r, column=1, value=line)
    r += 2
    ws.cell(row=r, column=1, value="(3) 計画の目標").font = bold
    r += 1
    for c, h in enumerate(["目標項目", "単位", "基準値", "基準年度", "目標値（令和12年度）"], 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font, cell.fill = bold, shade
    goals = [("年間の社会増減数", "人", "△46", "令和６年度", "△20"),
             ("年間の移住者数", "人", 31, "令和６年度", 45),
             ("観光入込客数", "千人回", 412, "令和６年", 480),
             ("新規就農者数（５年間の累計）", "人", 7, "令和２～６年度", 12),
             ("デマンド型乗合交通の年間利用者数", "人", 6840, "令和６年度", 8000)]
    for name, unit, base, year, target in goals:
        r += 1
        for c, v in enumerate([name, unit, base, year, target], 1):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, int):
                cell.number_format = amt
    r += 1
    ws.cell(row=r, column=1, value="※社会増減数の△は転出超過を示します。計画の達成状況は毎年度町議会に報告します。")
    ws.column_dimensions["A"].width = 34
    for col in "BCDEF":
        ws.column_dimensions[col].width = 14

    ws = wb.create_sheet("事業計画")
    ws.merge_cells("A1:F1")
    ws["A1"] = "２　事業計画（令和８年度～令和12年度）"
    ws["A1"].font = Font(bold=True, size=12)
    ws["G1"] = "（単位：千円）"
    heads = ["持続的発展施策区分", "細区分", "事業名（施設名）", "事業内容", "事業主体", "事業費", "備考"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=2, column=c, value=h)
        cell.font, cell.fill, cell.alignment = bold, shade, Alignment(horizontal="center", vertical="center")
    r = 3
    for area, subs, subtotal in _NW_PLAN:
        first = r
        for sub, items in subs:
            sub_first = r
            for name, what, who, cost, note in items:
                ws.cell(row=r, column=3, value=name).alignment = wrap
                ws.cell(row=r, column=4, value=what).alignment = wrap
                ws.cell(row=r, column=5, value=who)
                ws.cell(row=r, column=6, value=cost).number_format = amt
                if note:
                    ws.cell(row=r, column=7, value=note)
                r += 1
            ws.cell(row=sub_first, column=2, value=sub).alignment = wrap
            if r - 1 > sub_first:
                ws.merge_cells(start_row=sub_first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=r, column=3, value="小計").font = bold
        ws.cell(row=r, column=6, value=subtotal).number_format = amt
        ws.cell(row=r, column=6).font = bold
        r += 1
        ws.cell(row=first, column=1, value=area).alignment = wrap
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(row=r, column=1, value="合計").font = bold
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.cell(row=r, column=6, value=_NW_TOTAL).number_format = amt
    ws.cell(row=r, column=6).font = bold
    ws.cell(row=r + 2, column=1, value="※事業費は計画期間５年間の見込額です。事業主体「県」は県営事業の町負担金を計上しています。")
    for col, width in zip("ABCDEFG", [26, 22, 30, 34, 12, 12, 16]):
        ws.column_dimensions[col].width = width

    ws = wb.create_sheet("特別事業分（再掲）")
    ws["A1"] = "過疎地域持続的発展特別事業分（再掲）"
    ws["A1"].font = Font(bold=True, size=12)
    ws["F2"] = "（単位：千円）"
    for c, h in enumerate(["持続的発展施策区分", "事業名", "具体的な事業内容", "事業の必要性", "見込まれる事業効果", "事業費"], 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font, cell.fill = bold, shade
    needs = {
        "移住支援金交付事業": ("転出超過が続き、若い世代の転入が少ない", "年間の移住者数の増加"),
        "地域おこし協力隊活用事業": ("地域活動の担い手が不足している", "任期後の町内定住と起業"),
        "特産山菜ブランド化推進事業": ("山菜の多くが未加工のまま安価で出荷されている", "農家所得の向上"),
        "新規就農者定着支援事業": ("農業者の高齢化が進み、担い手が減っている", "新規就農者の定着"),
        "デマンド型乗合交通運行事業": ("路線バスの廃止で交通空白地域が広がっている", "高齢者の通院・買い物の足の確保"),
        "屋根雪下ろし支援事業": ("高齢者世帯の雪下ろし中の事故が後を絶たない", "冬期の事故防止と安心な暮らし"),
        "子育て応援給付事業": ("出生数が年間20人を下回っている", "子育て世帯の経済的負担の軽減"),
        "高齢者見守りネットワーク事業": ("高齢者のひとり暮らし世帯が増えている", "孤立の防止と異変の早期発見"),
        "医師確保対策事業": ("町内の常勤医師が２人にとどまる", "診療体制の維持"),
        "高校魅力化支援事業": ("町内の県立高校の入学者が減少している", "高校の存続と地域人材の育成"),
    }
    r = 4
    total = 0
    for area, subs, _ in _NW_PLAN:
        for sub, items in subs:
            if "特別事業" not in sub:
                continue
            for name, what, _who, cost, _note in items:
                label, title = name.split("\n")
                need, effect = needs[title]
                for c, v in enumerate([area[2:] + "（" + label + "）", title, what, need, effect, cost], 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = wrap
                    if isinstance(v, int):
                        cell.number_format = amt
                total += cost
                r += 1
    ws.cell(row=r, column=1, value="計").font = bold
    ws.cell(row=r, column=6, value=total).number_format = amt
    ws.cell(row=r + 2, column=1, value="※いずれも計画期間終了後も町が継続して実施し、効果を検証します。")
    for col, width in zip("ABCDEF", [34, 28, 34, 34, 26, 12]):
        ws.column_dimensions[col].width = width
    path = out / "nishiwaga_kaso_jizokuteki_hatten_keikaku.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 5. 政策展開方針 重点プロジェクト (HTML)

_SB_PROJECTS = [
    ("1", "「さらべつで働く」しごと創出プロジェクト", "68,420",
     "農業の担い手と村内事業者の人材を確保し、村で働き続けられる環境をつくります。",
     ["【新】スマート農業実証フィールド整備", "農業研修生受入事業", "【新】特定地域づくり事業協同組合設立支援",
      "村内事業者の人材確保支援"],
     [("農業研修生の受入人数（累計）", "12人（R6）", "15人", "30人"),
      ("特定地域づくり事業協同組合の派遣職員数", "－", "3人", "8人")]),
    ("2", "子育て世代に選ばれる村プロジェクト", "124,900",
     "妊娠・出産から子育てまでの負担を軽くし、子育て世代の転入と定住につなげます。",
     ["【新】出産・子育て応援タクシー券交付", "子育て世帯向け村営住宅建設", "【拡】村立保育所の一時預かり",
      "学童保育所運営"],
     [("子育て世帯の転入数（年間）", "１４世帯（Ｒ６）", "１６世帯", "２５世帯"),
      ("年少人口（０～14歳）", "３９８人（Ｒ７．３末）", "４００人", "４００人")]),
    ("3", "上更別・勢雄 地域の暮らしを守るプロジェクト", "57,380",
     "市街地から離れた地区でも、買い物・通院・除雪に困らない暮らしを守ります。",
     ["【新】上更別地区コミュニティ拠点整備", "勢雄地区除雪支援", "デマンドバス運行", "【拡】高齢者買物支援サービス"],
     [("デマンドバスの年間利用者数", "5,210人（R6）", "5,400人", "6,000人"),
      ("地域の見守り協力事業所数", "21事業所（R6）", "23事業所", "30事業所")]),
    ("4", "ふるさと交流プロジェクト", "41,300",
     "ふるさと納税や交流イベントを通じて村を応援する人を増やし、関係人口を広げます。",
     ["ふるさと納税返礼品開発", "【新】ワーケーション受入体制整備", "さらべつ大収穫祭開催支援",
      "【新】関係人口登録制度「さらべつファン倶楽部」"],
     [("ふるさと納税寄附額", "482,600千円（R6）", "500,000千円", "600,000千円"),
      ("さらべつファン倶楽部登録者数", "－（R8創設）", "100人", "500人")]),
]


def sarabetsu_seisaku_tenkai_html(out: Path) -> Path:
    """北海道更別村 令和８年度 政策展開方針 (HTML, UTF-8): a village web page — site header, breadcrumb, 公開日 in 和暦;
    村長 message and 村の現状 prose, 基本方針 as an `<ol>`; four 重点プロジェクト **cards** (`<section>`), each with a
    ねらい, 関連予算額 in 千円, 主な取組 as `<ul>` items marked 【新】/【拡】, and a KPI table 指標｜基準値｜令和８年度目標｜
    令和12年度目標 with the unit and the base year inside the cell (one card in 全角 digits, 「－」 where no base exists);
    a closing 関連予算 table (令和８年度｜令和７年度｜増減 with △) and a note."""
    cards = []
    for no, name, budget, aim, items, kpis in _SB_PROJECTS:
        lis = "\n".join(f"<li>{i}</li>" for i in items)
        trs = "\n".join(f"<tr><td>{k}</td><td>{b}</td><td>{m}</td><td>{t}</td></tr>" for k, b, m, t in kpis)
        cards.append(f"""<section class="project">
<h3>重点プロジェクト{no}　{name}</h3>
<p class="aim">ねらい：{aim}</p>
<p class="budget">関連予算額（令和８年度当初）　{budget}千円</p>
<h4>主な取組</h4>
<ul>
{lis}
</ul>
<h4>成果指標（KPI）</h4>
<table border="1">
<tr><th>指標</th><th>基準値</th><th>令和８年度目標</th><th>令和12年度目標</th></tr>
{trs}
</table>
</section>""")
    body = "\n".join(cards)
    html = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>令和８年度 政策展開方針 - 北海道更別村</title>
</head>
<body>
<header><div class="site">北海道更別村ホームページ</div>
<nav><a href="/">トップ</a> | <a href="/life/">暮らし</a> | <a href="/village/">村政</a></nav></header>
<div class="breadcrumb">トップ &gt; 村政 &gt; 計画・方針 &gt; 令和８年度 政策展開方針</div>
<main>
<h1>令和８年度 政策展開方針</h1>
<p class="date">公開日：令和８年４月１日　企画政策課</p>
<h2>はじめに</h2>
<p>更別村では、第７期総合計画の後期５年間の初年度にあたり、限られた財源を効果的に配分するため、
村が特に力を入れる取組を「重点プロジェクト」としてまとめました。各プロジェクトには成果指標（KPI）を定め、
毎年度その達成状況を公表します。</p>
<h2>村の現状</h2>
<p>村の人口は令和７年３月末で3,046人となり、10年間で約１割減少しました。基幹産業の農業は大規模化が進む一方、
農業従事者と村内事業者の人手不足が深刻です。上更別・勢雄の両地区では高齢化率が40％を超え、
冬期の除雪や買い物への不安の声が多く寄せられています。</p>
<h2>基本方針</h2>
<ol>
<li>村で働き、稼ぐ力を高める</li>
<li>子どもを産み育てやすい環境を整える</li>
<li>どの地区でも安心して暮らし続けられる村をつくる</li>
<li>村の外とのつながりを広げる</li>
</ol>
<h2>重点プロジェクト</h2>
<p>【新】は令和８年度からの新規取組、【拡】は内容を拡充する取組です。</p>
{body}
<h2>重点プロジェクト関連予算</h2>
<table border="1">
<caption>重点プロジェクト関連予算の推移（単位：千円）</caption>
<tr><th>区分</th><th>令和８年度</th><th>令和７年度</th><th>増減</th></tr>
<tr><td>プロジェクト１</td><td>68,420</td><td>61,900</td><td>6,520</td></tr>
<tr><td>プロジェクト２</td><td>124,900</td><td>131,200</td><td>△6,300</td></tr>
<tr><td>プロジェクト３</td><td>57,380</td><td>44,050</td><td>13,330</td></tr>
<tr><td>プロジェクト４</td><td>41,300</td><td>38,850</td><td>2,450</td></tr>
<tr><th>計</th><td>292,000</td><td>276,000</td><td>16,000</td></tr>
</table>
<p>※プロジェクト２の減額は、子育て世帯向け村営住宅の建設が２棟から１棟になったことによるものです。</p>
<p>※関連予算額には、複数のプロジェクトにまたがる事業を主たるプロジェクトに計上しています。</p>
</main>
<footer>更別村役場 企画政策課　TEL 0155-00-0000</footer>
</body>
</html>
"""
    return write_text(out / "sarabetsu_r8_seisaku_tenkai_hoshin.html", html)


# ---------------------------------------------------------------- 6. 子ども・子育て支援事業計画 概要 (TXT, CP932)

def wakuya_kosodate_keikaku_txt(out: Path) -> Path:
    """宮城県涌谷町 第３期子ども・子育て支援事業計画（令和７年度～令和11年度） 概要 (plain text, **CP932**, CRLF):
    ■ section heads and ━ rules; a 子どもの人口 table and 量の見込み／確保方策 tables **aligned with spaces** (１号｜２号｜
    ３号（０歳）｜３号（１・２歳） for three 年度 blocks, うち rows, ②－①), 地域子ども・子育て支援事業 by year (令和７～11年度,
    「－」 where none), a 第２期 評価 table with ◎○△ marks, ★ for new 取組, and 評価指標 in 全角 digits."""
    text = """涌谷町　第３期子ども・子育て支援事業計画（概要版）
計画期間　令和７年度～令和11年度
令和７年３月　涌谷町　福祉課　子育て支援班

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
■１　計画策定の趣旨
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　本計画は、子ども・子育て支援法第61条に基づく市町村子ども・子育て支援事業計画として、
幼児期の教育・保育と地域の子育て支援事業の量の見込みと確保の方策を定めるものです。
あわせて、次世代育成支援対策推進法に基づく行動計画を兼ねます。

■２　基本理念
　「みんなで育む　わくやの子ども　笑顔あふれるまち」
　子どもの最善の利益を第一に、家庭・地域・事業者・行政が力を合わせて子育てを支えます。

■３　子どもの人口の見通し（各年４月１日、単位：人）
　区分　　　　　令和７年　令和８年　令和９年　令和10年　令和11年
　０歳　　　　　　　６８　　　６５　　　６３　　　６０　　　５８
　１・２歳　　　　１４６　　１４０　　１３５　　１３０　　１２６
　３～５歳　　　　２２８　　２２１　　２１２　　２０５　　１９７
　６～11歳　　　　５１２　　４９８　　４８５　　４７０　　４５４
　計　　　　　　　９５４　　９２４　　８９５　　８６５　　８３５
　※住民基本台帳（令和６年４月１日）をもとにコーホート変化率法で推計

■４　教育・保育の量の見込みと確保方策（単位：人）
　　　　　　　　　　　　　　１号　　　２号　　３号（０歳）　３号（１・２歳）
【令和７年度】
　①量の見込み　　　　　　　　85　　　210　　　　28　　　　　96
　②確保方策　　　　　　　　 120　　　215　　　　30　　　　　98
　　うち認定こども園　　　　 120　　　 90　　　　12　　　　　42
　　うち保育所　　　　　　　　－　　　125　　　　18　　　　　56
　②－①　　　　　　　　　　　35　　　　5　　　　 2　　　　　 2
【令和９年度】
　①量の見込み　　　　　　　　80　　　205　　　　26　　　　　92
　②確保方策　　　　　　　　 120　　　215　　　　30　　　　　98
　②－①　　　　　　　　　　　40　　　 10　　　　 4　　　　　 6
【令和11年度】
　①量の見込み　　　　　　　　74　　　198　　　　25　　　　　88
　②確保方策　　　　　　　　 105　　　205　　　　27　　　　　92
　　うち認定こども園　　　　 105　　　 95　　　　12　　　　　42
　　うち保育所　　　　　　　　－　　　110　　　　15　　　　　50
　②－①　　　　　　　　　　　31　　　　7　　　　 2　　　　　 4
　※令和10年度に町立保育所１か所を認定こども園へ移行する予定のため、令和11年度は保育所の定員が減ります。

■５　地域子ども・子育て支援事業の量の見込みと確保方策
　事業名（単位）　　　　　　　　　　　　　令和７　令和８　令和９　令和10　令和11
（１）利用者支援事業（か所）
　　　量の見込み・確保方策　　　　　　　　　　１　　　１　　　２　　　２　　　２
（２）時間外保育事業（人）
　　　量の見込み　　　　　　　　　　　　　　　62　　　60　　　58　　　56　　　55
　　　確保方策　　　　　　　　　　　　　　　　70　　　70　　　70　　　70　　　70
（３）放課後児童健全育成事業（人）
　　　量の見込み（低学年）　　　　　　　　　 142　　 138　　 135　　 131　　 128
　　　量の見込み（高学年）　　　　　　　　　　46　　　48　　　50　　　51　　　52
　　　確保方策　　　　　　　　　　　　　　　 180　　 180　　 200　　 200　　 200
（４）子育て短期支援事業（人日）
　　　量の見込み　　　　　　　　　　　　　　　－　　　－　　　－　　　－　　　－
　　　※町内に実施施設がないため、近隣市町の施設への委託を検討します。
（５）乳児家庭全戸訪問事業（人）
　　　量の見込み　　　　　　　　　　　　　　　68　　　65　　　63　　　60　　　58
（６）一時預かり事業（人日）
　　　量の見込み　　　　　　　　　　　　　 1,520　 1,480　 1,450　 1,410　 1,380
　　　確保方策　　　　　　　　　　　　　　 2,000　 2,000　 2,000　 2,000　 2,000
（７）病児保育事業（人日）
　　　量の見込み　　　　　　　　　　　　　　310　　 300　　 295　　 288　　 280
　　　確保方策　　　　　　　　　　　　　　　480　　 480　　 480　　 480　　 480

■６　第２期計画の評価
　評価　◎：目標を達成　○：目標に近づいた　△：基準値から後退
　指標　　　　　　　　　　　　　　　　　目標（令和６年度）　実績（令和５年度）　評価
　保育所等の待機児童数　　　　　　　　　　　　０人　　　　　　　３人　　　　　△
　放課後児童クラブの登録児童数　　　　　　　１６０人　　　　　１７４人　　　　　◎
　ファミリー・サポート・センター会員数　　　２００人　　　　　１６８人　　　　　○
　子育てしやすいまちだと思う保護者の割合　　６０．０％　　　　５２．４％　　　　○

■７　重点的な取組（★は第３期計画からの新規取組）
　★こども家庭センター設置・運営事業
　　　妊産婦と子育て家庭の相談を一体で受ける拠点を役場庁舎内に設けます。
　★産後ケア事業（宿泊型）
　　　宿泊型の産後ケアを町外の助産院に委託して実施します。
　　ファミリー・サポート・センター事業
　　　会員の養成講座を年２回に増やします。
　★箟岳地区放課後子ども教室
　　　箟岳地区の公民館で週２回、学習と遊びの場を開きます。
　　子育て世帯訪問支援事業
　　　家事・育児に不安を抱える家庭にヘルパーを派遣します。
　★多胎児家庭支援事業
　　　双子・三つ子の家庭に外出支援とタクシー利用券を提供します。

■８　計画の評価指標
　指標　　　　　　　　　　　　　　　　　　　現状値（令和５年度）　目標値（令和11年度）
　子育てしやすいまちだと思う保護者の割合　　　　　５２．４％　　　　　６５．０％
　保育所等の待機児童数　　　　　　　　　　　　　　　　３人　　　　　　　　０人
　子育て相談の年間件数　　　　　　　　　　　　　　　４１２件　　　　　　　５００件

■９　計画の推進
　涌谷町子ども・子育て会議において毎年度、量の見込みと実績を点検し、必要に応じて計画を見直します。
　令和９年度には中間年の見直しを行います。
"""
    return write_text(out / "wakuya_dai3ki_kodomo_kosodate_shien_jigyo_keikaku.txt", text, "cp932", crlf=True)


def make_all(out_dir: Path) -> list[Path]:
    """Write every document of the eighteenth blind set into `out_dir` (created if missing) and return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [
        nasukarasuyama_senryaku_kensho_pdf(out_dir),
        kitakata_toshoyosan_gaiyo_pdf(out_dir),
        agano_kihon_keikaku_docx(out_dir),
        nishiwaga_kaso_keikaku_xlsx(out_dir),
        sarabetsu_seisaku_tenkai_html(out_dir),
        wakuya_kosodate_keikaku_txt(out_dir),
    ]
