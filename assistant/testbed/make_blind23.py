"""Twenty-third blind fixture set: six documents in layouts nobody tuned the extractor to, answers written by hand.

`make_all(out_dir)` writes six documents of Japanese local-government kinds into `out_dir` and returns their paths:
a 総合戦略 効果検証報告書 PDF whose KPI tables are **transposed** (one column per KPI, one ruled row per attribute:
指標名, 単位, 基準値, 基準年度, 目標値, 実績値, 達成率, 評価, 担当課); a 当初予算案の概要 PDF with the 会計別 totals as
**label and value on consecutive lines** in 億/万 compound amounts, 歳入・歳出 款 tables **without any ruling line**
(numbers right-aligned, 「（単位：万円、％）」 in a header note, △ negatives) and 主要事業 as three-line entries
(name, 事業費 line, description); a 地域振興計画 in Word with one 重点プロジェクト table whose project cell is **merged
down its 事業 rows** and 成果指標 given as label / value paragraphs in 全角 digits; a 総合計画 後期基本計画 web page with
one section per 施策 (現状と課題, 施策の方向 `<ol>`, 主な取組 `<dl>` with badges, 成果指標 table with R/H abbreviations);
a 公共施設等総合管理計画 workbook (merged 大分類 cells, ㎡ and 千円 sheets, 削減率); and a 過疎地域持続的発展計画 事業計画
CSV in CP932 (区分 on a group's first row only, 特別事業 sub-rows, 「－」). The municipalities are real (北陸・東海・四国・
九州) and were used by no earlier set; every figure, name and sentence is invented. The expected answers in
`tests/fixtures/blind23/questions.jsonl` were written by hand from the text below, without reading or running the
extractor. Binary formats are generated here, never committed.
"""
from __future__ import annotations

from pathlib import Path

from assistant.testbed.documents import GOTHIC, MINCHO, PdfPage, write_text


def _lines(pdf: PdfPage, x: float, top: float, lines: list[str], size: float = 9.0, step: float = 14.0,
           font: str = MINCHO) -> float:
    for i, line in enumerate(lines):
        pdf.text(x, top + step * i, line, size, font)
    return top + step * len(lines)


# ---------------------------------------------------------------- 1. 総合戦略 効果検証 (PDF, transposed KPI tables)

# (番号, 指標名 lines, 単位, 基準値, 基準年度, 目標値, 実績値, 達成率, 評価, 担当課)
_NAKANOTO_GOALS = [
    ("基本目標１　地域の産業を元気にし、安心して働ける場をつくる", [
        ("ＫＰＩ１－１", ["町内事業所の新規雇用者数"], "人", "42", "R1", "60", "51", "85.0", "Ｂ", "商工観光課"),
        ("ＫＰＩ１－２", ["農産物直売所の販売額"], "百万円", "186", "H30", "230", "241", "104.8", "Ａ", "農林課"),
        ("ＫＰＩ１－３", ["創業支援による創業件数", "（累計）"], "件", "0", "R1", "25", "11", "44.0", "Ｄ", "商工観光課"),
    ]),
    ("基本目標２　新しい人の流れをつくる", [
        ("ＫＰＩ２－１", ["転入者数（年間）"], "人", "512", "R1", "600", "538", "89.7", "Ｂ", "企画課"),
        ("ＫＰＩ２－２", ["鹿西ふるさと交流館の", "年間利用者数"], "人", "8,420", "R1", "12,000", "9,870", "82.3", "Ｂ",
         "生涯学習課"),
        ("ＫＰＩ２－３", ["移住相談件数（年間）"], "件", "35", "R2", "80", "64", "80.0", "Ｂ", "企画課"),
    ]),
    ("基本目標３　結婚・出産・子育ての希望をかなえる", [
        ("ＫＰＩ３－１", ["合計特殊出生率"], "－", "1.38", "H30", "1.60", "1.41", "88.1", "Ｂ", "健康福祉課"),
        ("ＫＰＩ３－２", ["子育て支援センターの", "年間利用者数"], "人", "4,260", "R1", "5,000", "3,910", "78.2", "Ｃ",
         "子育て支援課"),
        ("ＫＰＩ３－３", ["特定健康診査の受診率"], "％", "41.2", "R1", "60.0", "52.7", "87.8", "Ｂ", "健康福祉課"),
    ]),
]
_NAKANOTO_ROWS = ["指標名", "単位", "基準値", "基準年度", "目標値（令和７年度）", "実績値（令和６年度）", "達成率（％）",
                  "評価", "担当課"]


def _transposed_table(pdf: PdfPage, top: float, goal: str, kpis: list[tuple]) -> float:
    pdf.text(40, top, goal, 10, GOTHIC)
    top += 8
    x0, lw, cw = 40.0, 118.0, 142.0
    # header row: the KPI numbers
    pdf.box(x0, top, lw, 18, fill=0.85)
    pdf.center(x0 + lw / 2, top + 12, "項目", 8, GOTHIC)
    for i, k in enumerate(kpis):
        pdf.box(x0 + lw + cw * i, top, cw, 18, fill=0.85)
        pdf.center(x0 + lw + cw * i + cw / 2, top + 12, k[0], 8, GOTHIC)
    top += 18
    for r, label in enumerate(_NAKANOTO_ROWS):
        h = 28 if r == 0 else 17
        pdf.box(x0, top, lw, h, fill=0.95)
        pdf.text(x0 + 4, top + 12, label, 8, GOTHIC)
        for i, k in enumerate(kpis):
            x = x0 + lw + cw * i
            pdf.box(x, top, cw, h)
            if r == 0:
                for j, line in enumerate(k[1]):
                    pdf.text(x + 4, top + 11 + 11 * j, line, 8)
            else:
                v = k[r + 1]
                if r in (2, 4, 5, 6):
                    pdf.right(x + cw - 6, top + 12, v, 8)
                else:
                    pdf.center(x + cw / 2, top + 12, v, 8)
        top += h
    return top + 22


def nakanoto_sogo_senryaku_pdf(out: Path) -> Path:
    path = out / "nakanoto_dai2ki_sogo_senryaku_koka_kensho_r6.pdf"
    pdf = PdfPage(path, title="第２期中能登町まち・ひと・しごと創生総合戦略 令和６年度効果検証報告書", author="中能登町企画課")
    pdf.text(40, 50, "第２期中能登町まち・ひと・しごと創生総合戦略", 13, GOTHIC)
    pdf.text(40, 70, "令和６年度　効果検証報告書", 13, GOTHIC)
    pdf.right(555, 90, "令和７年９月　中能登町企画課", 8)
    top = _lines(pdf, 40, 115, [
        "１　効果検証の目的",
        "　本報告書は、第２期総合戦略（令和３年度～令和７年度）に掲げた重要業績評価指標（ＫＰＩ）の令和６年度の",
        "実績を取りまとめ、中能登町総合戦略推進会議の意見を踏まえて施策の効果を検証し、最終年度の取組の改善",
        "と次期戦略の策定に生かすことを目的とします。",
        "２　評価の方法",
        "　達成率は「実績値÷目標値×100」で算出し（小数点第２位を四捨五入）、次の４段階で評価しました。",
        "　Ａ：達成率100％以上　　Ｂ：80％以上100％未満　　Ｃ：50％以上80％未満　　Ｄ：50％未満",
        "　※基準年度の「R1」は令和元年度、「H30」は平成30年度を表します。",
    ], 8.5, 14)
    top += 14
    top = _transposed_table(pdf, top, *_NAKANOTO_GOALS[0])
    pdf.page()
    top = 50
    top = _transposed_table(pdf, top, *_NAKANOTO_GOALS[1])
    top = _transposed_table(pdf, top, *_NAKANOTO_GOALS[2])
    _lines(pdf, 40, top, [
        "３　総括",
        "　９指標のうち、目標を達成した指標（Ａ評価）は農産物直売所の販売額の１指標にとどまりました。",
        "最も遅れているのは創業件数で、創業後の資金繰りと販路の確保が課題となっています。",
        "子育て支援センターの利用者数は、未就学児の減少に加えて能登部地区の施設改修による休館の影響を",
        "受けてＣ評価となりました。転入者数は石動山周辺の体験移住の効果で増加傾向にあります。",
        "　令和７年度は最終年度として、創業支援の伴走体制を強化し、鹿西・鳥屋地区の空き店舗を活用した",
        "チャレンジショップの開設を進めます。",
        "　※ＫＰＩ３－１の合計特殊出生率は、人口動態統計に基づく単年の値です。",
    ], 8.5, 14)
    pdf.page()
    return pdf.save()


# ---------------------------------------------------------------- 2. 当初予算案の概要 (PDF, label/value lines, ruleless)

_IBIGAWA_KAIKEI = [
    ("一般会計", "98億7,650万円", "前年度比　3億2,140万円（3.4％）増"),
    ("特別会計（５会計）", "41億2,380万円", "前年度比　△8,760万円（△2.1％）"),
    ("企業会計（水道事業会計）", "12億5,400万円", "前年度比　1,930万円（1.6％）増"),
    ("総額", "152億5,430万円", "前年度比　2億5,310万円（1.7％）増"),
]
_IBIGAWA_SAINYU = [
    ("町税", "178,420", "176,950", "1,470", "0.8"),
    ("地方交付税", "452,000", "441,000", "11,000", "2.5"),
    ("国庫支出金", "98,760", "92,310", "6,450", "7.0"),
    ("県支出金", "61,230", "63,480", "△2,250", "△3.5"),
    ("町債", "84,300", "71,900", "12,400", "17.2"),
    ("繰入金", "52,600", "58,200", "△5,600", "△9.6"),
    ("その他", "60,340", "51,670", "8,670", "16.8"),
    ("歳入合計", "987,650", "955,510", "32,140", "3.4"),
]
_IBIGAWA_SAISHUTSU = [
    ("議会費", "9,870", "9,910", "△40", "△0.4"),
    ("総務費", "128,450", "119,300", "9,150", "7.7"),
    ("民生費", "265,300", "258,740", "6,560", "2.5"),
    ("衛生費", "96,420", "92,180", "4,240", "4.6"),
    ("農林水産業費", "74,610", "70,050", "4,560", "6.5"),
    ("商工費", "31,280", "28,900", "2,380", "8.2"),
    ("土木費", "118,900", "112,440", "6,460", "5.7"),
    ("消防費", "42,150", "44,870", "△2,720", "△6.1"),
    ("教育費", "108,770", "101,620", "7,150", "7.0"),
    ("公債費", "104,900", "110,500", "△5,600", "△5.1"),
    ("災害復旧費・予備費", "7,000", "7,000", "0", "0.0"),
    ("歳出合計", "987,650", "955,510", "32,140", "3.4"),
]
_IBIGAWA_JIGYO = [
    ("◆子育て・教育", [
        ("①", "〔新規〕第２子以降保育料無償化事業", "4,820万円", "（前年度　－）",
         "第２子以降の３歳未満児の保育料を所得にかかわらず無償化します。"),
        ("②", "〔拡充〕小中学校ＩＣＴ環境更新事業", "1億3,450万円", "（前年度　6,200万円）",
         "児童生徒１人１台端末を更新し、校内ネットワークを増強します。"),
        ("③", "放課後児童クラブ運営事業", "3,960万円", "（前年度　3,710万円）",
         "町内６か所の放課後児童クラブを運営します。"),
    ]),
    ("◆産業・観光", [
        ("④", "〔新規〕谷汲門前にぎわい拠点整備事業", "1億2,860万円", "（前年度　－）",
         "谷汲地区の門前通りに観光案内と物販の拠点施設を整備します。"),
        ("⑤", "〔拡充〕揖斐茶ブランド振興事業", "1,240万円", "（前年度　890万円）",
         "茶園の改植支援に加え、首都圏での商談会出展を支援します。"),
        ("⑥", "藤橋地区森林整備事業", "6,570万円", "（前年度　6,310万円）",
         "間伐と作業道の開設により、水源の森を保全します。"),
    ]),
    ("◆防災・生活基盤", [
        ("⑦", "〔新規〕久瀬地区防災行政無線デジタル化事業", "2億1,300万円", "（前年度　－）",
         "久瀬地区の屋外拡声子局をデジタル方式に更新します。"),
        ("⑧", "町道坂内線改良事業", "9,480万円", "（前年度　1億1,020万円）",
         "狭い区間（延長420ｍ）の拡幅と落石対策を行います。"),
        ("⑨", "〔拡充〕木造住宅耐震化促進事業", "2,150万円", "（前年度　1,380万円）",
         "耐震改修の補助上限額を引き上げます。"),
    ]),
]


def _ruleless(pdf: PdfPage, top: float, title: str, head: list[str], rows: list[tuple]) -> float:
    pdf.text(50, top, title, 10, GOTHIC)
    pdf.right(545, top, "（単位：万円、％）", 7.5)
    top += 18
    rights = [300, 380, 460, 540]
    pdf.text(60, top, head[0], 8, GOTHIC)
    for x, h in zip(rights, head[1:]):
        pdf.right(x, top, h, 8, GOTHIC)
    top += 15
    for row in rows:
        font = GOTHIC if row[0].endswith("合計") else MINCHO
        pdf.text(60, top, row[0], 8.5, font)
        for x, v in zip(rights, row[1:]):
            pdf.right(x, top, v, 8.5, font)
        top += 14
    return top + 10


def ibigawa_tosho_yosan_pdf(out: Path) -> Path:
    path = out / "ibigawa_r8_tosho_yosanan_no_gaiyo.pdf"
    pdf = PdfPage(path, title="令和８年度 揖斐川町当初予算案の概要", author="揖斐川町総務課財政係")
    pdf.center(297, 50, "令和８年度　揖斐川町当初予算案の概要", 14, GOTHIC)
    pdf.right(545, 70, "令和８年２月　揖斐川町", 8)
    top = _lines(pdf, 50, 95, [
        "■予算編成の基本方針",
        "　物価高騰や人件費の上昇により歳出が増加する一方、町税は微増にとどまる見込みです。このため、事務事業",
        "の見直しを徹底したうえで、「子育て世代に選ばれるまち」と「災害に強いまち」の実現に向けた事業に予算",
        "を重点配分しました。また、財政調整基金の取崩しを前年度より抑え、持続可能な財政運営に努めます。",
        "■予算の規模",
    ], 8.5, 14)
    top += 4
    for label, amount, diff in _IBIGAWA_KAIKEI:
        pdf.text(70, top, label, 9, GOTHIC)
        pdf.text(90, top + 15, amount, 12, GOTHIC)
        pdf.text(90, top + 30, diff, 8.5)
        top += 46
    top += 6
    top = _ruleless(pdf, top, "■一般会計　歳入（款別）", ["款", "令和８年度", "令和７年度", "増減", "前年度比"],
                    _IBIGAWA_SAINYU)
    pdf.page()
    top = _ruleless(pdf, 50, "■一般会計　歳出（目的別）", ["款", "令和８年度", "令和７年度", "増減", "前年度比"],
                    _IBIGAWA_SAISHUTSU)
    top = _lines(pdf, 50, top, [
        "※前年度比の△は減を表します。表示単位未満を四捨五入しているため、合計が一致しない場合があります。",
        "※町債のうち臨時財政対策債は2,100万円（前年度 3,500万円）です。",
    ], 7.5, 12)
    top += 12
    pdf.text(50, top, "■主要事業", 10, GOTHIC)
    top += 18
    for head, items in _IBIGAWA_JIGYO:
        pdf.text(55, top, head, 9, GOTHIC)
        top += 15
        for no, name, amount, before, desc in items:
            pdf.text(62, top, f"{no}{name}", 8.5, GOTHIC)
            pdf.text(80, top + 12, f"事業費　{amount}　{before}", 8.5)
            pdf.text(80, top + 24, desc, 8)
            top += 38
    pdf.page()
    _lines(pdf, 50, 50, [
        "■財政の見通し",
        "　令和８年度末の町債残高は112億4,300万円、財政調整基金残高は18億6,500万円となる見込みです。",
        "　※財政調整基金の取崩額は２億2,000万円（前年度 ２億9,500万円）です。",
    ], 8.5, 14)
    pdf.page()
    return pdf.save()


# ---------------------------------------------------------------- 3. 地域振興計画 (DOCX, merged project cells)

# (プロジェクト, [(事業名, 区分, 実施地区, 令和８年度事業費（千円）)], [(指標, 現状値, 目標値)])
_NAKA_PROJECTS = [
    ("重点プロジェクト１\n木頭ゆずブランド力強化プロジェクト", [
        ("ゆず加工施設機能強化事業", "新規", "木頭", "48,600"),
        ("木頭ゆず販路開拓支援事業", "拡充", "町内全域", "6,200"),
        ("ゆず園地継承マッチング事業", "新規", "木頭・上那賀", "3,150"),
    ], [("ゆず加工品の出荷額", "２．４３億円（令和６年度）", "３．２０億円（令和12年度）"),
        ("ゆず園地の新規継承件数", "２件（令和５年度）", "累計１５件（令和12年度）")]),
    ("重点プロジェクト２\n相生・鷲敷移住定住プロジェクト", [
        ("お試し住宅運営事業", "継続", "相生", "12,800"),
        ("空き家改修補助事業", "拡充", "町内全域", "9,000"),
        ("若者定住奨励金交付事業", "新規", "町内全域", "7,500"),
    ], [("移住者数（年間）", "２８人（令和６年度）", "４５人（令和12年度）"),
        ("空き家バンク成約件数（年間）", "９件（令和６年度）", "２０件（令和12年度）")]),
    ("重点プロジェクト３\n清流アウトドア交流プロジェクト", [
        ("鷲敷カヌー拠点整備事業", "新規", "鷲敷", "35,400"),
        ("アウトドアガイド育成事業", "継続", "町内全域", "2,400"),
        ("上那賀キャンプ場リニューアル事業", "拡充", "上那賀", "21,000"),
    ], [("観光入込客数（年間）", "１８．６万人（令和６年度）", "２５．０万人（令和12年度）"),
        ("アウトドアガイド登録者数", "７人（令和６年度）", "２０人（令和12年度）")]),
    ("重点プロジェクト４\n暮らしを支える移動・買物プロジェクト", [
        ("移動販売車運行支援事業", "継続", "木頭・上那賀", "5,600"),
        ("デマンドタクシー運行事業", "拡充", "町内全域", "18,900"),
        ("ドローン物流実証事業", "新規", "木頭", "8,800"),
    ], [("買物支援サービスの利用者数（年間）", "１，２４０人（令和６年度）", "１，８００人（令和12年度）")]),
]


def naka_chiiki_shinko_docx(out: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("那賀町地域振興計画（令和８年度～令和12年度）", 0)
    d.add_paragraph("令和８年３月　那賀町")
    d.add_heading("第１章　計画策定の目的", 1)
    d.add_paragraph("本計画は、人口減少と高齢化が進む中にあっても、町の基幹産業である林業とゆず生産を守り、"
                    "木頭・上那賀・相生・鷲敷の各地域で暮らし続けられる環境をつくるため、町が重点的に取り組む"
                    "プロジェクトとその成果指標を定めるものです。")
    d.add_heading("第２章　現状と課題", 1)
    d.add_paragraph("町の人口は令和２年国勢調査で7,318人となり、５年間で約１割減少しました。")
    d.add_paragraph("課題１　ゆず生産者の高齢化が進み、管理できなくなった園地が増えています。", style="List Bullet")
    d.add_paragraph("課題２　若い世代の転出が続き、移住の受け皿となる住まいが不足しています。", style="List Bullet")
    d.add_paragraph("課題３　路線バスの減便により、高齢者の通院や買物の手段が細っています。", style="List Bullet")
    d.add_heading("第３章　重点プロジェクト", 1)
    d.add_paragraph("次の４つの重点プロジェクトを推進します。区分欄の「新規」は本計画で新たに始める事業、"
                    "「拡充」は内容を拡大する事業です。（単位：千円）")
    rows = sum(len(p[1]) for p in _NAKA_PROJECTS)
    t = d.add_table(rows=rows + 2, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["重点プロジェクト", "No.", "事業名", "区分", "実施地区", "令和８年度事業費"]):
        t.cell(0, i).text = h
    r = 1
    no = 1
    total = 0
    for name, jigyo, _ in _NAKA_PROJECTS:
        first = r
        for j, (jname, kubun, area, cost) in enumerate(jigyo):
            t.cell(r, 1).text = str(no)
            t.cell(r, 2).text = jname
            t.cell(r, 3).text = kubun
            t.cell(r, 4).text = area
            t.cell(r, 5).text = cost
            total += int(cost.replace(",", ""))
            r += 1
            no += 1
        merged = t.cell(first, 0).merge(t.cell(r - 1, 0))
        merged.text = name
    t.cell(r, 0).merge(t.cell(r, 4)).text = "合計"
    t.cell(r, 5).text = f"{total:,}"
    d.add_heading("第４章　成果指標", 1)
    for (name, _, kpis) in _NAKA_PROJECTS:
        d.add_heading(name.replace("\n", "　"), 2)
        for ind, now, goal in kpis:
            d.add_paragraph("【指標】")
            d.add_paragraph(ind)
            d.add_paragraph("【現状値】")
            d.add_paragraph(now)
            d.add_paragraph("【目標値】")
            d.add_paragraph(goal)
    d.add_heading("第５章　推進体制", 1)
    d.add_paragraph("各プロジェクトは地域振興課が総括し、毎年度、那賀町地域振興推進委員会で進捗を点検します。")
    path = out / "naka_chiiki_shinko_keikaku_r8_r12.docx"
    d.save(str(path))
    return path


# ---------------------------------------------------------------- 4. 総合計画 後期基本計画 (HTML, per 施策 sections)

_AYAGAWA_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第２次綾川町総合計画 後期基本計画（施策別）｜綾川町</title>
</head>
<body>
<header><p class="site">香川県 綾川町</p>
<nav><a href="/">トップ</a> ＞ <a href="/gyosei/">町政情報</a> ＞ <a href="/gyosei/keikaku/">計画・施策</a> ＞ 後期基本計画</nav></header>
<main>
<h1>第２次綾川町総合計画 後期基本計画（令和８年度～令和12年度）施策別計画</h1>
<p class="date">掲載日：2026年4月1日　担当：総務課企画係</p>
<p>後期基本計画では、前期の検証結果を踏まえ、施策ごとに「現状と課題」「施策の方向」「主な取組」「成果指標」を定めました。このページでは、基本目標２「健やかに暮らせるまち」と基本目標３「活力ある産業のまち」から３つの施策を掲載しています。</p>
<p class="legend">主な取組のマーク：<span class="badge">新規</span>＝後期計画で新たに始める取組、<span class="badge">重点</span>＝重点的に進める取組</p>

<section id="s2-1">
<h2>施策２－１　子育て支援の充実</h2>
<h3>現状と課題</h3>
<p>本町の出生数は平成30年度の112人から令和６年度には84人に減少しています。綾南地区では共働き世帯の増加により保育需要が高まる一方、綾上地区では児童数の減少で子育て世帯どうしの交流の機会が少なくなっています。</p>
<p>子育てに不安を感じる保護者の割合が高く、妊娠期から切れ目なく相談できる体制づくりが課題です。</p>
<h3>施策の方向</h3>
<ol>
<li>妊娠期から子育て期まで切れ目のない相談支援体制を整えます。</li>
<li>保育の受け皿を確保し、保育の質を高めます。</li>
<li>地域で子育てを支える交流の場を広げます。</li>
</ol>
<h3>主な取組</h3>
<dl>
<dt>こども家庭センター運営事業 <span class="badge">重点</span></dt>
<dd>保健師と家庭支援員を配置し、妊娠期から18歳までの相談にワンストップで応じます。</dd>
<dt>産後ケア利用料助成 <span class="badge">新規</span></dt>
<dd>宿泊型・日帰り型の産後ケアの利用料を全額助成します。</dd>
<dt>綾上地区子育てひろば開設 <span class="badge">新規</span></dt>
<dd>旧保育所を改修し、週３日の子育てひろばを開設します。</dd>
<dt>保育士確保奨励金</dt>
<dd>町内の保育所に就職した保育士に奨励金を交付します。</dd>
</dl>
<h3>成果指標</h3>
<table>
<tr><th>指標名</th><th>基準値</th><th>現状値（R6）</th><th>目標値（R12）</th></tr>
<tr><td>子育てに不安を感じる保護者の割合</td><td>４８．５％（H30）</td><td>４４．２％</td><td>３５．０％</td></tr>
<tr><td>子育てひろばの年間利用者数</td><td>6,150人（R1）</td><td>5,380人</td><td>7,000人</td></tr>
<tr><td>保育所等の待機児童数</td><td>６人（R2）</td><td>２人</td><td>０人</td></tr>
</table>
</section>

<section id="s2-3">
<h2>施策２－３　健康づくりの推進</h2>
<h3>現状と課題</h3>
<p>65歳以上の人口割合は令和６年度に37.4％となり、生活習慣病の重症化予防が重要になっています。特定健康診査の受診率は県平均を下回り、特に40歳代・50歳代の受診が伸び悩んでいます。</p>
<h3>施策の方向</h3>
<ol>
<li>働く世代が受けやすい健診の体制をつくります。</li>
<li>運動と食の両面から健康づくりを支えます。</li>
</ol>
<h3>主な取組</h3>
<dl>
<dt>休日・夜間健診の実施 <span class="badge">拡充</span></dt>
<dd>休日健診を年４回から８回に増やし、夜間健診を新たに設けます。</dd>
<dt>あやがわ健康ポイント事業 <span class="badge">重点</span></dt>
<dd>健診受診やウォーキングにポイントを付与し、町内の店舗で使える商品券と交換します。</dd>
<dt>滝宮地区ウォーキングコース整備 <span class="badge">新規</span></dt>
<dd>滝宮地区の河川敷に距離表示付きのウォーキングコースを整備します。</dd>
</dl>
<h3>成果指標</h3>
<table>
<tr><th>指標名</th><th>基準値</th><th>現状値（R6）</th><th>目標値（R12）</th></tr>
<tr><td>特定健康診査の受診率</td><td>38.6％（R1）</td><td>43.9％</td><td>55.0％</td></tr>
<tr><td>健康ポイント事業の参加者数</td><td>－</td><td>1,120人</td><td>2,500人</td></tr>
</table>
</section>

<section id="s3-1">
<h2>施策３－１　農業の振興</h2>
<h3>現状と課題</h3>
<p>農家数は10年間で約３割減少し、基幹的農業従事者の平均年齢は71.2歳に達しています。耕作放棄地は綾上地区の中山間部を中心に増えており、担い手への農地の集積と、新たな担い手の確保が急務です。</p>
<h3>施策の方向</h3>
<ol>
<li>認定農業者と集落営農組織への農地の集積を進めます。</li>
<li>新規就農者の確保と定着を支援します。</li>
<li>特産品の高付加価値化を進めます。</li>
</ol>
<h3>主な取組</h3>
<dl>
<dt>農地集積推進事業 <span class="badge">重点</span></dt>
<dd>農地中間管理機構と連携し、担い手への農地の貸付けを進めます。</dd>
<dt>新規就農者定着支援金 <span class="badge">新規</span></dt>
<dd>就農後３年間、住居費と機械リース料の一部を支援します。</dd>
<dt>綾川ブランド農産物認証制度</dt>
<dd>町の基準を満たす農産物を認証し、販路の開拓を支援します。</dd>
</dl>
<h3>成果指標</h3>
<table>
<tr><th>指標名</th><th>基準値</th><th>現状値（R6）</th><th>目標値（R12）</th></tr>
<tr><td>担い手への農地集積率</td><td>32.4％（R2）</td><td>38.1％</td><td>50.0％</td></tr>
<tr><td>新規就農者数（累計）</td><td>０人（R2）</td><td>９人</td><td>２０人</td></tr>
<tr><td>耕作放棄地の面積</td><td>186ha（H30）</td><td>204ha</td><td>180ha</td></tr>
</table>
<p class="note">※基準値の括弧内は基準年度（H30＝平成30年度、R1＝令和元年度、R2＝令和２年度）です。目標値は令和12年度の値です。</p>
</section>
</main>
<footer><p>綾川町役場　総務課企画係</p></footer>
</body>
</html>
"""


def ayagawa_sogo_keikaku_html(out: Path) -> Path:
    return write_text(out / "ayagawa_dai2ji_sogo_keikaku_kouki_shisaku.html", _AYAGAWA_HTML)


# ---------------------------------------------------------------- 5. 公共施設等総合管理計画 (XLSX)

# (大分類, 中分類, 施設数, 延床面積 R2年度末, 延床面積 R6年度末, 今後の方針)
_INABE_SHISETSU = [
    ("市民文化系施設", "集会施設", 38, 18420, 17960, "地区への譲渡を進め、利用の少ない施設は廃止"),
    ("市民文化系施設", "文化施設", 3, 9870, 9870, "大規模改修時に機能を集約"),
    ("学校教育系施設", "小学校", 15, 86240, 84110, "児童数の推移を見て統合を検討"),
    ("学校教育系施設", "中学校", 4, 41360, 41360, "長寿命化改修を計画的に実施"),
    ("子育て支援施設", "保育園・こども園", 11, 14950, 13280, "民間移管を推進"),
    ("保健・福祉施設", "福祉センター等", 6, 12740, 12740, "複合化を検討"),
    ("行政系施設", "庁舎等", 5, 21530, 19870, "旧北勢庁舎は令和９年度に解体"),
    ("公営住宅", "市営住宅", 9, 33860, 32090, "老朽住棟の用途廃止"),
    ("その他", "その他施設", 27, 15230, 13730, "未利用施設は売却・貸付"),
]


def inabe_kokyo_shisetsu_xlsx(out: Path) -> Path:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "施設保有状況"
    ws["A1"] = "いなべ市公共施設等総合管理計画（令和８年３月改訂）　施設類型別の保有状況"
    ws["A1"].font = Font(bold=True)
    ws["F2"] = "（単位：施設、㎡）"
    head = ["大分類", "中分類", "施設数", "延床面積（令和２年度末）", "延床面積（令和６年度末）", "増減", "今後の方針"]
    for i, h in enumerate(head, 1):
        ws.cell(3, i, h).font = Font(bold=True)
    r = 4
    groups: dict[str, list[int]] = {}
    tot = [0, 0, 0]
    for big, mid, n, a, b, plan in _INABE_SHISETSU:
        groups.setdefault(big, []).append(r)
        ws.cell(r, 1, big)
        ws.cell(r, 2, mid)
        ws.cell(r, 3, n)
        for c, v in ((4, a), (5, b), (6, b - a)):
            ws.cell(r, c, v).number_format = "#,##0;\"△\"#,##0;0"
        ws.cell(r, 7, plan).alignment = Alignment(wrap_text=True)
        tot[0] += n
        tot[1] += a
        tot[2] += b
        r += 1
    for big, rows in groups.items():
        if len(rows) > 1:
            ws.merge_cells(start_row=rows[0], start_column=1, end_row=rows[-1], end_column=1)
            ws.cell(rows[0], 1).alignment = Alignment(vertical="center")
    ws.cell(r, 1, "合計")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 3, tot[0])
    for c, v in ((4, tot[1]), (5, tot[2]), (6, tot[2] - tot[1])):
        ws.cell(r, c, v).number_format = "#,##0;\"△\"#,##0;0"
    ws.cell(r + 1, 1, "※インフラ施設（道路・橋りょう・上下水道）は別表で管理しています。")

    ws2 = wb.create_sheet("数値目標")
    ws2["A1"] = "計画の数値目標（計画期間：令和８年度～令和17年度）"
    for i, h in enumerate(["目標項目", "単位", "基準値（令和２年度）", "現状値（令和６年度）", "目標値（令和17年度）",
                           "削減率（基準比・％）"], 1):
        ws2.cell(2, i, h).font = Font(bold=True)
    targets = [
        ("公共建築物の延床面積", "㎡", 254200, 245010, 216070, "15.0"),
        ("公共施設の温室効果ガス排出量", "t-CO2", 8240, 7015, 4120, "50.0"),
        ("公共建築物の維持管理費（年間）", "千円", 1486300, 1452800, 1337700, "10.0"),
    ]
    for j, row in enumerate(targets, 3):
        for i, v in enumerate(row, 1):
            cell = ws2.cell(j, i, v)
            if i in (3, 4, 5):
                cell.number_format = "#,##0"
            if i == 6:
                cell.alignment = Alignment(horizontal="right")
    ws2.cell(6, 1, "※延床面積は公営住宅を含みます。削減率は「（基準値－目標値）÷基準値」で算出しています。")
    ws2.cell(8, 1, "基本方針")
    ws2.cell(9, 1, "１　新たな施設は原則として建設せず、更新の際は複合化・集約化により総量を縮減します。")
    ws2.cell(10, 1, "２　予防保全型の維持管理に転換し、施設の長寿命化を図ります。")
    ws2.cell(11, 1, "３　員弁・大安・北勢の各地域で、生活に必要な機能は地域ごとに維持します。")

    ws3 = wb.create_sheet("更新費用の見通し")
    ws3["A1"] = "公共建築物の更新費用の見通し（長寿命化対策を実施した場合）"
    ws3["E2"] = "（単位：千円）"
    for i, h in enumerate(["期間", "更新費用", "充当可能財源", "不足額", "備考"], 1):
        ws3.cell(3, i, h).font = Font(bold=True)
    costs = [("令和８～12年度", 6842000, 5310000, "阿下喜小学校 長寿命化改修を含む"),
             ("令和13～17年度", 7415000, 5260000, "－"),
             ("令和18～27年度", 12980000, 10450000, "－")]
    for j, (period, cost, fund, note) in enumerate(costs, 4):
        ws3.cell(j, 1, period)
        for i, v in ((2, cost), (3, fund), (4, cost - fund)):
            ws3.cell(j, i, v).number_format = "#,##0"
        ws3.cell(j, 5, note)
    ws3.cell(7, 1, "合計")
    for i, v in ((2, sum(c[1] for c in costs)), (3, sum(c[2] for c in costs)),
                 (4, sum(c[1] - c[2] for c in costs))):
        ws3.cell(7, i, v).number_format = "#,##0"
    path = out / "inabe_kokyo_shisetsu_sogo_kanri_keikaku_kaitei.xlsx"
    wb.save(str(path))
    return path


# ---------------------------------------------------------------- 6. 過疎地域持続的発展計画 事業計画 (CSV, CP932)

_ITSUKI_CSV = """\
五木村過疎地域持続的発展計画（令和８年度～令和12年度）　事業計画,,,,,,
※計画の目的：村の人口減少に歯止めをかけ、頭地・宮園・田口をはじめとする各集落で安心して暮らし続けられる村をつくることを目的とする。,,,,,,
持続的発展施策区分,細区分,事業名（施設名）,事業内容,事業主体,事業費（千円）,備考
１　移住・定住・地域間交流の促進、人材育成,(1)移住・定住,村営定住住宅建設事業（頭地団地）,若者・子育て世帯向けの村営住宅を建設する。,村,"96,000",２棟４戸
,(4)過疎地域持続的発展特別事業,移住支援金交付事業,村外から転入し５年以上定住する世帯に支援金を交付する。,村,"12,000",新規
,,地域おこし協力隊活用事業,協力隊員を受け入れ、特産品開発と情報発信を行う。,村,"18,600",
２　産業の振興,(1)基盤整備　農業,宮園地区ほ場整備事業,区画の拡大と用排水路の整備を行う。,県,"142,500",村負担分は別途
,(1)基盤整備　林業,林道田口線開設事業,木材搬出のための林道を開設する。,村,"88,400",延長1.2km
,(10)過疎地域持続的発展特別事業,山村林業担い手育成事業,新規林業就業者の研修費と装備費を助成する。,五木村森林組合,"15,300",
,,五木産品販路拡大事業,村の特産品の通信販売サイトを運営する。,村,"6,800",新規
３　地域における情報化,(2)過疎地域持続的発展特別事業,光回線維持管理事業,村が所有する光ファイバー網を維持管理する。,村,"24,000",
４　交通施設の整備、交通手段の確保,(1)市町村道　道路,村道宮園線改良事業,幅員の狭い区間を拡幅する。,村,"210,000",延長650m
,(9)過疎地域持続的発展特別事業,デマンド交通運行事業,予約制の乗合タクシーを運行する。,村,"21,500",
５　生活環境の整備,(2)下水処理施設,頭地簡易排水施設更新事業,処理施設の機械設備を更新する。,村,"54,200",
６　子育て環境の確保、高齢者等の保健及び福祉の向上及び増進,(8)過疎地域持続的発展特別事業,高齢者見守りネットワーク事業,一人暮らし高齢者宅を定期的に訪問する。,五木村社会福祉協議会,"9,600",
,,子育て応援給付金事業,中学生までの子を養育する世帯に給付金を支給する。,村,"7,200",新規
７　教育の振興,(1)学校教育関連施設　校舎,五木学校大規模改修事業,校舎の屋根と外壁を改修する。,村,"185,000",
,(4)過疎地域持続的発展特別事業,通学支援事業,遠距離通学の児童生徒の送迎を行う。,村,－,既存の村営バスで対応
８　集落の整備,(2)過疎地域持続的発展特別事業,集落支援員設置事業,集落支援員を配置し、集落点検と話合いを支援する。,村,"10,800",
※事業費は計画期間（令和８年度～令和12年度）の合計見込額であり、各年度の予算で精査する。,,,,,,
※事業主体の「県」は熊本県を表す。,,,,,,
"""


def itsuki_kaso_csv(out: Path) -> Path:
    return write_text(out / "itsuki_kaso_jizokuteki_hatten_jigyo_keikaku.csv", _ITSUKI_CSV, "cp932", crlf=True)


def make_all(out_dir: Path) -> list[Path]:
    """Write every document of the twenty-third blind set into `out_dir` (created if missing) and return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [
        nakanoto_sogo_senryaku_pdf(out_dir),
        ibigawa_tosho_yosan_pdf(out_dir),
        naka_chiiki_shinko_docx(out_dir),
        ayagawa_sogo_keikaku_html(out_dir),
        inabe_kokyo_shisetsu_xlsx(out_dir),
        itsuki_kaso_csv(out_dir),
    ]
