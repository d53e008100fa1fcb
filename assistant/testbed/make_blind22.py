"""Twenty-second blind fixture set: six documents in layouts nobody tuned the extractor to, answers written by hand.

`make_all(out_dir)` writes six documents of Japanese local-government kinds (a 主要施策の成果説明書 PDF with **one
ruled form per 事業** — 款項目, 予算現額｜決算額｜不用額 in 円, a 財源内訳 row, 事業の概要 and a small 成果指標 grid of
its own, three forms to a page under a running head; a まち・ひと・しごと創生総合戦略 KPI 一覧 in TXT, **CP932**, whose
table was **flattened one cell per line** with 全角 digits, 「－」 and Ｒ/Ｈ year abbreviations; a town 広報誌 page
「当初予算のあらまし」 in PDF **set in two columns**, amounts in **億/万 compounds** with the label and the value on
consecutive lines and 〔新規〕 事業 in the right column; a 事務事業評価 workbook, one row per 事業 with 部 merged down its
rows, 事業費（千円） merged over two years, 目標｜実績｜達成率 and 評価 Ａ～Ｄ; a 総合計画 実施計画 in Word with Heading 1
per 基本目標, Heading 2 per 施策 (◎ 重点), 【現状と課題】, a 主な事業 table with 区分 新規/拡充/継続/再掲 and 「－」 years,
and a 成果指標 table; a 村民意識調査 web page whose 満足度 and 重要度 rates each have a 順位 column beside them and a
年齢別 定住意向 table) into `out_dir` and returns their paths. The municipalities are real (北海道・東北・関東・甲信越:
茨城県高萩市, 山形県大石田町, 福島県下郷町, 群馬県みどり市, 千葉県長南町, 山梨県道志村) and were used by no earlier set;
every figure, name and sentence is invented. The expected answers in `questions.jsonl` were written by hand from the
text below, without reading or running the extractor. Binary formats are generated here, never committed.
"""
from __future__ import annotations

from pathlib import Path

from assistant.testbed.documents import GOTHIC, MINCHO, PAGE_H, PAGE_W, PdfPage, write_text


# ---------------------------------------------------------------- 1. 主要施策の成果説明書 (PDF, one ruled form per 事業)

# (No, 〔新規〕?, 事業名, 担当課, 款項目, 予算現額, 決算額, 財源 (国県, 地方債, その他), 概要, 成果と課題,
#  指標 (名称, 単位, R5実績, R6目標, R6実績, 達成率))
_TAKAHAGI_FORMS = [
    (1, False, "花貫渓谷観光振興事業", "観光商工課", "７款１項３目　観光費", 18_640_000, 17_925_318,
     (5_000_000, 0, 1_200_000),
     ["紅葉期の臨時駐車場とシャトルバスを運行し、汐見滝吊り橋周辺の案内看板を多言語化した。"],
     ["入込客数は目標を上回ったが、紅葉期の週末に渋滞が集中しており、平日への分散が課題である。"],
     ("花貫渓谷の観光入込客数", "人", "142,300", "150,000", "156,820", "104.5％")),
    (2, False, "こども医療費助成事業", "こども課", "３款２項１目　児童福祉総務費", 96_300_000, 91_482_560,
     (30_150_000, 0, 0),
     ["０歳から18歳到達後最初の３月31日までの子どもの医療費の自己負担分を助成した。"],
     ["受診件数は前年度並みで推移した。県の制度改正への対応が今後の検討事項である。"],
     ("受給者証の交付者数", "人", "3,912", "4,000", "3,958", "99.0％")),
    (3, True, "君田地区移住体験住宅整備事業", "企画課", "２款１項６目　企画費", 32_500_000, 31_977_000,
     (15_988_000, 12_600_000, 0),
     ["君田地区の旧教員住宅２棟を改修し、最長３か月滞在できる移住体験住宅とした。"],
     ["供用開始が10月となったため利用は９世帯にとどまった。首都圏での周知の強化が課題である。"],
     ("移住体験住宅の利用世帯数", "世帯", "－", "12", "9", "75.0％")),
    (4, False, "学校給食費負担軽減事業", "学校教育課", "10款６項２目　学校給食費", 61_200_000, 60_845_900,
     (0, 0, 20_000_000),
     ["市内小中学校の児童生徒の給食費のうち月額2,000円を市が負担した。"],
     ["物価高騰により食材費が上昇しており、負担軽減額の見直しが課題である。"],
     ("給食費の軽減を受けた児童生徒数", "人", "1,986", "1,950", "1,941", "99.5％")),
    (5, False, "高齢者運転免許自主返納支援事業", "市民課", "２款１項10目　交通安全対策費", 4_800_000, 3_624_000,
     (0, 0, 0),
     ["運転免許を自主返納した65歳以上の方に、タクシー利用券２万円分を交付した。"],
     ["返納者数は前年度より増えたが目標には届かなかった。返納後の移動手段の確保が課題である。"],
     ("運転免許の自主返納者数", "人", "118", "150", "131", "87.3％")),
    (6, True, "公共施設ＬＥＤ化推進事業", "管財課", "２款１項５目　財産管理費", 124_800_000, 119_350_400,
     (0, 98_000_000, 0),
     ["本庁舎、市民体育館、公民館３館の照明をＬＥＤ灯具に更新した。"],
     ["電気使用量は前年度比で約18％減った。残る施設の更新を計画的に進める。"],
     ("公共施設照明のＬＥＤ化率", "％", "38.5", "60.0", "61.2", "102.0％")),
]


def _yen(v: int) -> str:
    return f"{v:,}"


def _takahagi_form(pdf: PdfPage, top: float, form: tuple) -> float:
    no, new, name, ka, kamoku, budget, spent, (kokuken, kisai, sonota), gaiyo, seika, kpi = form
    x, w = 40.0, PAGE_W - 80
    # title bar
    pdf.box(x, top, w, 20, fill=0.85)
    pdf.text(x + 6, top + 14, f"No.{no}", 9, GOTHIC)
    pdf.text(x + 44, top + 14, ("〔新規〕" if new else "") + name, 10, GOTHIC)
    pdf.right(x + w - 6, top + 14, f"担当課：{ka}", 8.5)
    top += 20
    # 款項目 / amounts row: label cells and value cells
    cols = [(x, 70, "会計・科目"), (x + 70, 160, kamoku)]
    for cx, cw, s in cols:
        pdf.box(cx, top, cw, 18, fill=0.95 if s == "会計・科目" else None)
        pdf.text(cx + 4, top + 12, s, 8)
    rest = x + 230
    labels = [("予算現額", budget), ("決算額", spent), ("不用額", budget - spent)]
    cw = (x + w - rest) / 3
    for i, (lab, v) in enumerate(labels):
        pdf.box(rest + cw * i, top, cw, 18)
        pdf.text(rest + cw * i + 4, top + 12, lab, 7.5, GOTHIC)
        pdf.right(rest + cw * (i + 1) - 4, top + 12, _yen(v) + "円", 8.5)
    top += 18
    # 財源内訳
    ippan = spent - kokuken - kisai - sonota
    pdf.box(x, top, 70, 18, fill=0.95)
    pdf.text(x + 4, top + 12, "財源内訳", 8)
    parts = [("国県支出金", kokuken), ("地方債", kisai), ("その他", sonota), ("一般財源", ippan)]
    cw = (w - 70) / 4
    for i, (lab, v) in enumerate(parts):
        pdf.box(x + 70 + cw * i, top, cw, 18)
        pdf.text(x + 74 + cw * i, top + 12, lab, 7.5)
        pdf.right(x + 70 + cw * (i + 1) - 4, top + 12, _yen(v) if v else "－", 8)
    top += 18
    # 概要 and 成果
    for lab, lines in (("事業の概要", gaiyo), ("成果と課題", seika)):
        h = 8 + 13 * len(lines)
        pdf.box(x, top, 70, h, fill=0.95)
        pdf.text(x + 4, top + 13, lab, 8)
        pdf.box(x + 70, top, w - 70, h)
        for i, line in enumerate(lines):
            pdf.text(x + 76, top + 13 + 13 * i, line, 8)
        top += h
    # 成果指標 grid
    heads = ["成果指標", "単位", "令和５年度実績", "令和６年度目標", "令和６年度実績", "達成率"]
    widths = [165, 35, 78, 78, 78, w - 165 - 35 - 78 * 3]
    cx = x
    for hw, hs in zip(widths, heads):
        pdf.box(cx, top, hw, 15, fill=0.95)
        pdf.center(cx + hw / 2, top + 11, hs, 7.5, GOTHIC)
        cx += hw
    top += 15
    cx = x
    for i, (hw, v) in enumerate(zip(widths, kpi)):
        pdf.box(cx, top, hw, 16)
        if i == 0:
            pdf.text(cx + 4, top + 11.5, v, 8)
        elif i == 1:
            pdf.center(cx + hw / 2, top + 11.5, v, 8)
        else:
            pdf.right(cx + hw - 4, top + 11.5, v, 8)
        cx += hw
    return top + 16


def takahagi_seika_setsumeisho_pdf(out: Path) -> Path:
    """茨城県高萩市 令和６年度 主要施策の成果説明書 (PDF, portrait, 2 pages): **one ruled form per 事業**, three to a
    page under a running head that repeats on page 2 — a shaded title bar (No., 〔新規〕 before two names, 担当課 at the
    right end), a row 会計・科目｜款項目｜予算現額｜決算額｜不用額 with 円 inside each value, a 財源内訳 row (「－」 for none),
    事業の概要 / 成果と課題 text cells, and a 成果指標 grid 令和５年度実績｜令和６年度目標｜令和６年度実績｜達成率."""
    pdf = PdfPage(out / "takahagi_r6_shuyo_shisaku_seika_setsumeisho.pdf",
                  title="令和６年度 主要施策の成果説明書", author="高萩市 総務部 財政課")
    for page, forms in enumerate((_TAKAHAGI_FORMS[:3], _TAKAHAGI_FORMS[3:]), start=1):
        pdf.text(40, 40, "令和６年度　主要施策の成果説明書", 13, GOTHIC)
        pdf.right(PAGE_W - 40, 40, "高萩市　一般会計", 8.5)
        pdf.hline(40, PAGE_W - 40, 48, 1.0)
        if page == 1:
            pdf.text(40, 64, "※金額は円単位。不用額は予算現額から決算額を差し引いた額。達成率は目標に対する実績の割合。", 7.5)
        top = 80
        for form in forms:
            top = _takahagi_form(pdf, top, form) + 22
        pdf.center(PAGE_W / 2, PAGE_H - 28, f"－ {page + 11} －", 8)
        pdf.page()
    return pdf.save()


# ---------------------------------------------------------------- 2. 総合戦略 KPI 一覧 (TXT, CP932, one cell per line)

_OISHIDA_HEAD = ["基本目標", "ＫＰＩ", "単位", "基準値", "基準年度", "実績値", "（Ｒ６）", "目標値", "（Ｒ11）"]
_OISHIDA_GOALS = [
    ("基本目標１　地域のしごとをつくり、安心して働けるようにする", [
        ("新規創業・事業承継件数（累計）", "件", "４", "Ｒ５", "７", "２０"),
        ("町内事業所の新規雇用者数", "人", "３８", "Ｒ５", "４１", "５０"),
        ("ふるさと納税寄附額", "百万円", "３１２", "Ｒ５", "３６８", "４００"),
    ]),
    ("基本目標２　大石田町への新しいひとの流れをつくる", [
        ("転入者数", "人", "１５８", "Ｈ30", "１４２", "１７０"),
        ("移住相談件数", "件", "２６", "Ｒ４", "４９", "６０"),
        ("次年子地区の交流人口", "人", "８，４２０", "Ｒ５", "９，１３０", "１０，０００"),
    ]),
    ("基本目標３　結婚・出産・子育ての希望をかなえる", [
        ("出生数", "人", "４２", "Ｒ５", "３８", "４５"),
        ("子育て支援センター利用者数（延べ）", "人", "３，２１５", "Ｒ５", "３，４８０", "３，６００"),
    ]),
    ("基本目標４　住み続けたいと思える地域をつくる", [
        ("町民の定住意向", "％", "７２．４", "Ｒ５", "７０．１", "８０．０"),
        ("地域運営組織の数", "団体", "２", "Ｒ５", "３", "５"),
        ("移住相談件数（再掲）", "件", "２６", "Ｒ４", "４９", "６０"),
        ("オンラインで申請できる行政手続の割合", "％", "－", "－", "３４．５", "６０．０"),
    ]),
]


def oishida_sogo_senryaku_kpi_txt(out: Path) -> Path:
    """山形県大石田町 第３期まち・ひと・しごと創生総合戦略（令和７年度～令和11年度） ＫＰＩ一覧 (TXT, **CP932**, CRLF):
    a table copied out of a PDF **one cell per line** — the header cells (two-line heads 実績値 / （Ｒ６） and 目標値 /
    （Ｒ11） split onto separate lines), then per 基本目標 its title line and, per KPI, six lines (name, unit, 基準値,
    基準年度, 実績値, 目標値); 全角 digits and commas, Ｈ30 / Ｒ４ / Ｒ５ base years, a （再掲） row, 「－」 for none."""
    lines = ["第３期大石田町まち・ひと・しごと創生総合戦略", "重要業績評価指標（ＫＰＩ）一覧",
             "計画期間：令和７年度～令和11年度", "",
             "【総合戦略の目的】",
             "本戦略は、人口減少と少子高齢化に歯止めをかけ、町の活力を将来にわたって維持するため、",
             "しごと・ひとの流れ・子育て・地域の四つの基本目標ごとに具体的な数値目標を掲げ、",
             "町民・事業者・行政が一体となって取り組むことを目的とする。", "",
             "※表計算ソフトから貼り付けたため、表の各セルを１行ずつ掲載しています。",
             "※基準年度のＨ30は平成30年度、Ｒ４は令和４年度、Ｒ５は令和５年度。「－」は基準値なし。", ""]
    lines += _OISHIDA_HEAD
    for goal, rows in _OISHIDA_GOALS:
        lines.append(goal)
        for row in rows:
            lines += list(row)
    lines += ["", "※オンライン申請の割合は令和６年度から把握を始めた指標である。",
              "※ふるさと納税寄附額は百万円未満を四捨五入。", "大石田町　総務課　企画係"]
    return write_text(out / "oishida_dai3ki_sogo_senryaku_kpi_ichiran.txt", "\n".join(lines) + "\n", "cp932", crlf=True)


# ---------------------------------------------------------------- 3. 広報誌 当初予算のあらまし (PDF, two columns)

_SHIMOGO_LEFT = [
    ("■予算の総額", None),
    ("一般会計", "42億3,860万円"),
    ("国民健康保険特別会計", "5億8,930万円"),
    ("後期高齢者医療特別会計", "9,870万円"),
    ("介護保険特別会計", "8億2,150万円"),
    ("農業集落排水事業特別会計", "1億4,260万円"),
    ("特別会計　小計", "16億5,210万円"),
    ("全会計　合計", "58億9,070万円"),
    ("■一般会計の主な歳入", None),
    ("町税", "5億1,640万円"),
    ("地方交付税", "21億8,000万円"),
    ("町債（町の借入金）", "3億2,480万円"),
]
_SHIMOGO_RIGHT = [
    ("■主な新規・拡充事業", None),
    ("〔新規〕大内宿茅葺き屋根葺替え支援事業", "2,850万円"),
    ("〔新規〕湯野上温泉駅前にぎわい創出事業", "1,120万円"),
    ("〔新規〕中学生海外派遣事業", "486万円"),
    ("〔新規〕除雪ドーザ更新事業", "3,960万円"),
    ("〔拡充〕高校生等医療費助成事業", "1,530万円"),
    ("〔拡充〕空き家バンク改修補助金", "600万円"),
    ("■継続の主な事業", None),
    ("町道改良事業（塔のへつり線ほか）", "1億2,300万円"),
    ("町営バス運行事業", "2,740万円"),
]


def shimogo_koho_yosan_pdf(out: Path) -> Path:
    """福島県下郷町 広報しもごう 令和８年４月号 特集「令和８年度 当初予算のあらまし」 (PDF, portrait, 2 pages): a
    masthead, a lead paragraph, then **two columns** (会計別の予算額 and 主な歳入 on the left, 〔新規〕/〔拡充〕 事業 on the
    right), each item **a label line with its amount on the next line**, amounts as **億/万 compounds** (「42億3,860万円」);
    page 2 a 町民１人当たり box, 基金・町債 残高 in prose and a Q&A."""
    pdf = PdfPage(out / "shimogo_koho_r8_04_tosho_yosan.pdf", title="広報しもごう 令和８年４月号", author="下郷町 総務課")
    pdf.text(40, 40, "広報しもごう　令和８年（2026年）４月号　No.712", 8.5)
    pdf.right(PAGE_W - 40, 40, "4", 9, GOTHIC)
    pdf.hline(40, PAGE_W - 40, 48, 1.5)
    pdf.text(40, 78, "特集　令和８年度　当初予算のあらまし", 17, GOTHIC)
    lead = ["３月の町議会定例会で、令和８年度の当初予算が可決されました。一般会計の総額は42億3,860万円で、",
            "前年度より1億2,470万円（3.0％）増えました。除雪体制の強化と大内宿の景観保全、子育て世代への",
            "支援を柱に、「住み続けられる下郷」を支える予算としました。"]
    for i, s in enumerate(lead):
        pdf.text(40, 104 + 14 * i, s, 9)
    for items, x in ((_SHIMOGO_LEFT, 44), (_SHIMOGO_RIGHT, 312)):
        top = 166
        for label, amount in items:
            if amount is None:
                pdf.text(x, top, label, 10.5, GOTHIC)
                top += 20
                continue
            pdf.text(x + 4, top, label, 9)
            pdf.right(x + 250, top + 14, amount, 11, GOTHIC)
            top += 34
        if x == 312:
            pdf.text(x, top + 4, "（金額は一般会計の予算額）", 7.5)
    pdf.center(PAGE_W / 2, PAGE_H - 28, "4", 8)
    pdf.page()

    pdf.text(40, 40, "広報しもごう　令和８年（2026年）４月号", 8.5)
    pdf.right(PAGE_W - 40, 40, "5", 9, GOTHIC)
    pdf.hline(40, PAGE_W - 40, 48, 1.5)
    pdf.framed_box(40, 66, PAGE_W - 80, "町民１人当たりにすると", [
        "一般会計の予算額　　　約79万円", "町税の負担額　　　　　約9万6千円", "（令和８年３月１日現在の人口5,362人で計算）"],
        9, 15)
    body = ["■町の貯金と借金",
            "令和７年度末の基金（町の貯金）の残高は18億4,520万円の見込みです。",
            "一方、町債（町の借金）の残高は38億7,100万円の見込みで、前年度末より",
            "6,830万円減りました。今後も新たな借入れを抑え、残高を減らしていきます。",
            "",
            "■Ｑ＆Ａ　なぜ予算が増えたの？",
            "Ｑ　令和８年度の予算が前年度より増えたのはなぜですか。",
            "Ａ　老朽化した除雪ドーザの更新と、大内宿の茅葺き屋根の葺替えを支援する",
            "　　新規事業を始めたことが主な理由です。",
            "",
            "問合せ　総務課財政係　☎0241-00-0000"]
    for i, s in enumerate(body):
        pdf.text(44, 160 + 16 * i, s, 10.5 if s.startswith("■") else 9, GOTHIC if s.startswith("■") else MINCHO)
    pdf.center(PAGE_W / 2, PAGE_H - 28, "5", 8)
    pdf.page()
    return pdf.save()


# ---------------------------------------------------------------- 4. 事務事業評価 (XLSX, one row per 事業)

# (部, No, 事業名, 担当課, R4事業費, R5事業費, 指標, 単位, 目標, 実績, 達成率, 評価, 方向性)
_MIDORI_ROWS = [
    ("企画部", 1, "移住定住促進奨励事業", "企画課", 18_300, 21_450, "奨励金交付世帯数", "世帯", 40, 46, 115.0, "A",
     "拡充", "子育て世帯の加算を新設し、対象を拡げる。"),
    ("企画部", 2, "笠懸地区コミュニティバス運行事業", "企画課", 31_200, 32_870, "年間利用者数", "人", 42_000, 36_950, 88.0,
     "C", "改善・見直し", "利用の少ない便を整理し、デマンド運行との組合せを検討する。"),
    ("産業観光部", 3, "草木湖周辺観光施設管理事業", "観光課", 24_560, 26_180, "観光施設利用者数", "人", 85_000, 78_420, 92.3,
     "B", "現状維持", "指定管理者と連携し、閑散期のイベントを充実させる。"),
    ("産業観光部", 4, "大間々地区空き店舗対策事業", "商工課", 6_400, 7_150, "新規出店数", "件", 5, 3, 60.0, "C",
     "改善・見直し", "補助要件を見直し、創業支援と一体で周知する。"),
    ("保健福祉部", 5, "高齢者いきいきサロン支援事業", "介護高齢課", 5_860, 5_420, "参加者数（延べ）", "人", 12_000, 12_640,
     105.3, "B", "現状維持", "担い手の高齢化に備え、ボランティア養成を進める。"),
    ("保健福祉部", 6, "紙おむつ支給事業", "介護高齢課", 9_730, 8_910, "支給者数", "人", 310, 262, 84.5, "D",
     "縮小・廃止", "介護保険の地域支援事業へ段階的に移行する。"),
    ("教育部", 7, "小中学校ＩＣＴ支援員配置事業", "学校教育課", 14_880, 15_340, "授業でＩＣＴを活用した教員の割合", "％",
     90.0, 93.6, 104.0, "A", "拡充", "支援員を１名増員し、全校に週２日配置する。"),
    ("市民生活部", 8, "ごみ減量化推進事業", "環境課", 3_210, 3_090, "市民１人１日当たりのごみ排出量", "ｇ", 880, 902, 97.6,
     "B", "現状維持", "生ごみ処理機の購入補助を継続する。"),
]


def midori_jimu_jigyo_hyoka_xlsx(out: Path) -> Path:
    """群馬県みどり市 令和６年度 事務事業評価結果一覧（令和５年度実施事業） (XLSX, 2 sheets): sheet 評価結果一覧 — title,
    a 評価 legend row, a two-row header with **事業費（千円） merged over 令和４年度｜令和５年度** and 成果指標 merged over
    指標名｜単位｜目標値｜実績値｜達成率（％）, **部 merged down its rows**, 評価 Ａ～Ｄ as half-width letters, 今後の方向性
    and a wrapped 改善内容 cell; sheet 集計 — 評価別 件数｜構成比 with a 合計 row and a 総括 paragraph."""
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "評価結果一覧"
    ws["A1"] = "みどり市　令和６年度　事務事業評価結果一覧（令和５年度実施事業）"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "評価：A＝拡充　B＝現状維持　C＝改善・見直し　D＝縮小・廃止"
    ws["M2"] = "（事業費の単位：千円）"
    ws.append([])
    ws.append(["部", "No.", "事業名", "担当課", "事業費（千円）", None, "成果指標", None, None, None, None, "評価",
               "今後の方向性", "改善内容"])
    ws.append([None, None, None, None, "令和４年度", "令和５年度", "指標名", "単位", "目標値", "実績値", "達成率（％）",
               None, None, None])
    for rng in ("A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4", "G4:K4", "L4:L5", "M4:M5", "N4:N5"):
        ws.merge_cells(rng)
    r = 6
    start, prev = r, None
    for bu, no, name, ka, r4, r5, ind, unit, goal, act, rate, grade, hoko, kaizen in _MIDORI_ROWS:
        if bu != prev:
            if prev is not None and r - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            start = r
            ws.cell(r, 1, bu)
        for c, v in enumerate([no, name, ka, r4, r5, ind, unit, goal, act, rate, grade, hoko, kaizen], start=2):
            ws.cell(r, c, v)
        for c in (5, 6, 9, 10):
            ws.cell(r, c).number_format = "#,##0" if isinstance(ws.cell(r, c).value, int) else "0.0"
        ws.cell(r, 11).number_format = "0.0"
        prev = bu
        r += 1
    if r - 1 > start:
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(r, 3, "合計")
    ws.cell(r, 5, sum(x[4] for x in _MIDORI_ROWS)).number_format = "#,##0"
    ws.cell(r, 6, sum(x[5] for x in _MIDORI_ROWS)).number_format = "#,##0"
    ws.cell(r + 2, 1, "※達成率は実績値÷目標値。ごみ排出量は目標値÷実績値で算出（少ないほど良い指標）。")
    for row in ws.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="center")

    ws2 = wb.create_sheet("集計")
    ws2.append(["評価結果の集計"])
    ws2.append(["評価", "区分", "件数", "構成比（％）"])
    counts = {g: sum(1 for x in _MIDORI_ROWS if x[11] == g) for g in "ABCD"}
    names = {"A": "拡充", "B": "現状維持", "C": "改善・見直し", "D": "縮小・廃止"}
    for g in "ABCD":
        ws2.append([g, names[g], counts[g], round(100 * counts[g] / len(_MIDORI_ROWS), 1)])
    ws2.append(["合計", None, len(_MIDORI_ROWS), 100.0])
    ws2.append([])
    ws2.append(["総括"])
    ws2.append(["評価の結果、８事業のうち２事業を拡充、１事業を縮小・廃止とした。今後は、成果指標の達成率が低い事業を中心に"
                "手段の見直しを進め、限られた財源を移住定住と教育の分野へ重点的に振り向ける方針である。"])
    path = out / "midori_r6_jimu_jigyo_hyoka_kekka.xlsx"
    wb.save(str(path))
    return path


# ---------------------------------------------------------------- 5. 総合計画 実施計画 (DOCX)

# (基本目標, [(施策番号, 施策名, 重点, 現状と課題, [(区分, 事業名, R8, R9, R10, 担当課)], [(指標, 単位, 現状値, 目標値)])])
_CHONAN = [
    ("基本目標１　安心して子どもを産み育てられるまち", [
        ("１－１", "子育て支援の充実", True,
         "出生数は10年前の約６割に減っている。共働き世帯が増え、放課後の居場所と産後の支援が不足していることが最大の課題である。",
         [("継続", "子ども医療費助成事業", "42,300", "42,300", "42,300", "健康保険課"),
          ("新規", "産後ケア事業", "3,600", "3,800", "3,800", "保健センター"),
          ("新規", "笠森地区放課後児童クラブ整備事業", "48,500", "－", "－", "福祉課")],
         [("子育て環境に満足している町民の割合", "％", "41.2", "50.0")]),
        ("１－２", "学校教育の充実", False,
         "小中学校の施設の老朽化が進んでいる。英語やデジタル機器を使う力を伸ばす学習の充実が求められている。",
         [("継続", "小中学校トイレ洋式化事業", "21,000", "18,500", "－", "学校教育課"),
          ("拡充", "英語教育推進事業", "6,240", "6,240", "6,240", "学校教育課")],
         [("英検３級相当以上の中学３年生の割合", "％", "38.5", "50.0")]),
    ]),
    ("基本目標２　地域の資源を生かした活力あるまち", [
        ("２－１", "農業の振興", True,
         "農業者の平均年齢は70歳を超え、耕作放棄地が増えている。イノシシ等による農作物被害も深刻である。",
         [("拡充", "有害鳥獣被害防止対策事業", "12,800", "12,800", "12,800", "産業振興課"),
          ("新規", "スマート農業導入支援事業", "5,000", "5,000", "5,000", "産業振興課"),
          ("継続", "農地中間管理事業", "1,450", "1,450", "1,450", "産業振興課")],
         [("有害鳥獣による農作物被害額", "千円", "18,420", "12,000")]),
        ("２－２", "観光・交流の推進", False,
         "笠森観音を訪れる人は多いが、町内での滞在時間が短く、消費に結び付いていない。",
         [("継続", "笠森観音周辺環境整備事業", "9,300", "4,100", "4,100", "産業振興課"),
          ("新規", "移住お試し住宅運営事業", "2,400", "2,400", "2,400", "企画政策課")],
         [("観光入込客数", "人", "152,300", "180,000")]),
    ]),
    ("基本目標３　安全で快適に暮らせるまち", [
        ("３－１", "防災・減災の推進", False,
         "防災行政無線の設備が更新時期を迎えている。自主防災組織のない地区が残っている。",
         [("継続", "防災行政無線デジタル化事業", "86,000", "－", "－", "総務課"),
          ("継続", "自主防災組織育成事業", "1,200", "1,200", "1,200", "総務課"),
          ("再掲", "有害鳥獣被害防止対策事業", "12,800", "12,800", "12,800", "産業振興課")],
         [("自主防災組織の組織率", "％", "63.4", "75.0")]),
    ]),
]


def _num(s: str) -> int:
    return 0 if s == "－" else int(s.replace(",", ""))


def chonan_jisshi_keikaku_docx(out: Path) -> Path:
    """千葉県長南町 第６次総合計画 実施計画（令和８年度～令和10年度） (DOCX): Title; 目的 paragraph; Heading 1 per
    基本目標, Heading 2 per 施策 「１－１　子育て支援の充実　◎重点施策」; 【現状と課題】 paragraph; a 主な事業 table
    区分｜事業名｜令和８年度｜令和９年度｜令和10年度｜担当課 (千円, 「－」 for no outlay, a 再掲 row); a 成果指標 table
    指標｜単位｜現状値（令和６年度）｜目標値（令和10年度）; then a 基本目標別 計画事業費 table whose 合計 excludes 再掲."""
    import docx

    d = docx.Document()
    d.add_heading("第６次長南町総合計画　実施計画（令和８年度～令和10年度）", 0)
    d.add_paragraph("令和８年３月　長南町企画政策課")
    d.add_heading("実施計画の目的", 1)
    d.add_paragraph("実施計画は、基本計画に掲げた施策を着実に進めるため、今後３年間に取り組む主な事業とその事業費を示し、"
                    "毎年度の予算編成の指針とするものです。事業費は見込額であり、毎年度見直します（ローリング方式）。")
    d.add_paragraph("凡例：◎重点施策＝計画期間中に特に力を入れる施策。区分の「再掲」は他の施策の事業を再び掲げたもので、"
                    "事業費の合計には含めません。事業費の単位は千円。")
    totals = []
    for goal, sesakus in _CHONAN:
        d.add_heading(goal, 1)
        sums = [0, 0, 0]
        for no, name, juten, kadai, jigyo, kpis in sesakus:
            d.add_heading(f"{no}　{name}" + ("　◎重点施策" if juten else ""), 2)
            d.add_paragraph("【現状と課題】")
            d.add_paragraph(kadai)
            d.add_paragraph("【主な事業】（単位：千円）")
            t = d.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["区分", "事業名", "令和８年度", "令和９年度", "令和10年度", "担当課"]):
                c.text = h
            for row in jigyo:
                for c, v in zip(t.add_row().cells, row):
                    c.text = v
                if row[0] != "再掲":
                    for i in range(3):
                        sums[i] += _num(row[2 + i])
            d.add_paragraph("【成果指標】")
            t = d.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["指標", "単位", "現状値（令和６年度）", "目標値（令和10年度）"]):
                c.text = h
            for row in kpis:
                for c, v in zip(t.add_row().cells, row):
                    c.text = v
        totals.append((goal.split("　")[0], sums))
    d.add_heading("基本目標別　計画事業費", 1)
    d.add_paragraph("（単位：千円）")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["基本目標", "令和８年度", "令和９年度", "令和10年度", "３か年合計"]):
        c.text = h
    grand = [0, 0, 0]
    for name, sums in totals:
        for c, v in zip(t.add_row().cells, [name] + [f"{s:,}" for s in sums] + [f"{sum(sums):,}"]):
            c.text = v
        grand = [g + s for g, s in zip(grand, sums)]
    for c, v in zip(t.add_row().cells, ["合計"] + [f"{s:,}" for s in grand] + [f"{sum(grand):,}"]):
        c.text = v
    d.add_paragraph("※再掲の事業費は合計に含めていません。")
    path = out / "chonan_dai6ji_sogo_keikaku_jisshi_keikaku_r8_r10.docx"
    d.save(str(path))
    return path


# ---------------------------------------------------------------- 6. 村民意識調査 (HTML)

# (No, 施策, 満足度, 順位, 重要度, 順位)
_DOSHI_RATES = [
    (1, "道路の整備", "38.2", "5", "71.4", "3"),
    (2, "冬期の除雪", "45.6", "3", "82.3", "1"),
    (3, "医療体制", "18.7", "9", "79.8", "2"),
    (4, "子育て支援", "41.9", "4", "58.2", "7"),
    (5, "公共交通", "12.4", "10", "63.5", "5"),
    (6, "ごみ・リサイクル", "56.3", "1", "44.1", "9"),
    (7, "観光振興", "29.5", "7", "40.6", "10"),
    (8, "防災対策", "49.8", "2", "60.2", "6"),
    (9, "高齢者福祉", "33.1", "6", "68.9", "4"),
    (10, "情報通信環境", "24.0", "8", "47.7", "8"),
]
_DOSHI_AGES = [
    ("18～29歳", "22.4", "25.9", "34.5", "17.2"),
    ("30～39歳", "31.0", "28.6", "23.8", "16.6"),
    ("40～49歳", "38.5", "27.7", "18.5", "15.3"),
    ("50～59歳", "46.2", "26.9", "12.6", "14.3"),
    ("60～69歳", "58.7", "22.3", "7.4", "11.6"),
    ("70歳以上", "67.9", "17.6", "4.1", "10.4"),
    ("全体", "50.2", "23.4", "13.1", "13.3"),
]


def doshi_ishiki_chosa_html(out: Path) -> Path:
    """山梨県道志村 令和６年度 村民意識調査 結果の概要 (HTML, UTF-8): a village web page (site name, nav, breadcrumb,
    掲載日 in Western style); 調査の概要 `<dl>`; a 満足度・重要度 table with a **順位 column beside each rate** (two-row
    header with colspan); a 年齢別 定住意向 table in ％ with a 全体 row and the 前回（令和元年度） figure in a note;
    調査結果から見える課題 `<ul>` and 今後の方針 prose."""
    rates = "\n".join(f"<tr><td>{n}</td><td>{name}</td><td class=\"num\">{s}</td><td class=\"rank\">{sr}</td>"
                      f"<td class=\"num\">{i}</td><td class=\"rank\">{ir}</td></tr>" for n, name, s, sr, i, ir in _DOSHI_RATES)
    ages = "\n".join(f"<tr><th scope=\"row\">{a}</th>" + "".join(f"<td class=\"num\">{v}</td>" for v in vals) + "</tr>"
                     for a, *vals in _DOSHI_AGES)
    html = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>令和６年度 村民意識調査の結果について｜道志村</title>
<style>td.num, td.rank {{ text-align: right; }} td.rank {{ color: #666; }}</style>
</head>
<body>
<header><p class="site">山梨県道志村 公式ホームページ</p>
<nav><ul><li><a href="/">ホーム</a></li><li><a href="/kurashi/">くらし</a></li><li><a href="/sonsei/">村政情報</a></li></ul></nav>
</header>
<div class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/sonsei/">村政情報</a> &gt; 村民意識調査</div>
<main>
<h1>令和６年度 村民意識調査の結果について</h1>
<p class="date">掲載日：2025年1月20日　更新日：2025年2月3日</p>
<p>第６次道志村総合計画の進み具合を確かめ、今後の村づくりに生かすため、村民の皆さまに村の施策への満足度と重要度を
伺いました。ご協力いただいた皆さま、ありがとうございました。</p>
<h2>調査の概要</h2>
<dl>
<dt>調査対象</dt><dd>村内にお住まいの18歳以上の方　800人（無作為抽出）</dd>
<dt>調査期間</dt><dd>令和６年７月１日～７月31日</dd>
<dt>調査方法</dt><dd>郵送配布・郵送またはインターネット回答</dd>
<dt>回収数（回収率）</dt><dd>512人（64.0％）</dd>
</dl>
<h2>施策の満足度と重要度</h2>
<p>満足度は「満足」「やや満足」と答えた方の割合、重要度は「重要」「やや重要」と答えた方の割合です（単位：％）。</p>
<table border="1">
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">施策</th><th colspan="2">満足度</th><th colspan="2">重要度</th></tr>
<tr><th>割合</th><th>順位</th><th>割合</th><th>順位</th></tr>
</thead>
<tbody>
{rates}
</tbody>
</table>
<p>※順位は10施策の中での順位です。</p>
<h2>これからも道志村に住み続けたいと思いますか（年齢別）</h2>
<table border="1">
<caption>（単位：％）</caption>
<thead><tr><th>年齢</th><th>住み続けたい</th><th>どちらかといえば住み続けたい</th><th>村外へ移りたい</th><th>わからない・無回答</th></tr></thead>
<tbody>
{ages}
</tbody>
</table>
<p>※前回調査（令和元年度）では、全体で「住み続けたい」が54.8％でした。</p>
<h2>調査結果から見える課題</h2>
<ul>
<li>医療体制と公共交通は、重要度が高いにもかかわらず満足度が低く、優先して取り組むべき分野です。</li>
<li>18～29歳では「村外へ移りたい」が３割を超え、若い世代の定住が大きな課題です。</li>
<li>冬期の除雪は重要度が最も高く、引き続き体制の維持が求められています。</li>
</ul>
<h2>今後の方針</h2>
<p>村では、この結果を第６次総合計画の後期基本計画の策定に反映します。特に、村外の医療機関への通院を支える移動手段の
確保と、若い世代が働き、暮らし続けられる住まいと仕事づくりを重点的に進めていきます。</p>
<p>担当：道志村 企画課 企画係　電話 0554-00-0000</p>
</main>
<footer><p>&copy; Doshi Village</p></footer>
</body>
</html>
"""
    return write_text(out / "doshi_r6_sonmin_ishiki_chosa_kekka.html", html)


def make_all(out_dir: Path) -> list[Path]:
    """Write every document of the twenty-second blind set into `out_dir` (created if missing) and return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [
        takahagi_seika_setsumeisho_pdf(out_dir),
        oishida_sogo_senryaku_kpi_txt(out_dir),
        shimogo_koho_yosan_pdf(out_dir),
        midori_jimu_jigyo_hyoka_xlsx(out_dir),
        chonan_jisshi_keikaku_docx(out_dir),
        doshi_ishiki_chosa_html(out_dir),
    ]
