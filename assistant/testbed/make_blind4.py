"""Fourth blind fixture set: ten documents in layouts nobody tuned the extractor to, answers written by hand.

`make_all(out_dir)` writes ten documents of Japanese local-government kinds (a 総合計画 基本計画 with a
施策体系図 and 成果指標 tables in two-line cells, a 主要事業 PDF in two columns of boxes, a KPI workbook in
long form, 事務事業評価シート in Word, a 事業一覧 TSV export with codes, a 広報 budget feature in CP932 with
▼/◇ items, a 決算の概要 text, a 人口ビジョン with projection tables, a 市民意識調査 crosstab workbook and a
議会 一般質問 通告一覧) into `out_dir` and returns their paths. Every prefecture had been used by an earlier set,
so this set reuses the prefectures of the first blind set with other municipalities; the municipalities are
real, every figure, name and sentence is invented. The expected answers in `questions.jsonl` were written by
hand from the text below, without reading or running the extractor. Binary formats are generated here, never
committed.
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


# ---------------------------------------------------------------- 1. 総合計画 基本計画 (PDF, 3 pages)

_ECHIZEN_TREE = [
    ("政策１", "活力ある産業とにぎわいのまち", [
        ("施策１－１　伝統産業の継承と発展", ["１－１－１　後継者の育成", "１－１－２　販路の拡大"]),
        ("施策１－２　企業立地と雇用の創出", ["１－２－１　企業誘致の推進", "１－２－２　創業の支援"]),
    ]),
    ("政策２", "子どもを育み学びあうまち", [
        ("施策２－１　子育て環境の充実", ["２－１－１　保育の充実", "２－１－２　妊娠期からの相談支援"]),
        ("施策２－２　学校教育の充実", ["２－２－１　学びの環境整備"]),
    ]),
    ("政策３", "安心して暮らせるまち", [
        ("施策３－１　地域公共交通の確保", ["３－１－１　乗合交通の充実", "３－１－２　二次交通の確保",
                                            "３－１－３　高齢者の移動支援"]),
        ("施策３－２　防災力の強化", ["３－２－１　地域防災力の向上"]),
    ]),
]

_ECHIZEN_SHEETS = [
    ("施策１－１　伝統産業の継承と発展", "政策１　活力ある産業とにぎわいのまち",
     ["越前和紙、越前打刃物、越前箪笥の３つの伝統的工芸品の産地を有しているが、従事者の高齢化が進み、",
      "６５歳以上の職人が全体の５割を超えている。",
      "また、国内需要の縮小により、産地の出荷額は１０年間で約２割減少している。"],
     ["（１）産地の工房での長期研修を支援し、伝統工芸の後継者を育成します。",
      "（２）海外見本市への出展やオンライン販売により、新たな販路を開拓します。"],
     [("伝統工芸の新規就業者数（累計）", "38人", "（令和５年度）", "60人", "（令和11年度）"),
      ("伝統的工芸品の産地出荷額", "41.2億円", "（令和４年）", "45.0億円", "（令和10年）")],
     [("１－１－１　後継者の育成", ["伝統工芸職人塾事業", "工房承継支援事業"]),
      ("１－１－２　販路の拡大", ["越前ものづくり海外展開事業", "伝統工芸オンライン商談会事業"])]),
    ("施策２－１　子育て環境の充実", "政策２　子どもを育み学びあうまち",
     ["共働き世帯の増加に伴い０～２歳児の保育需要が高まっており、年度途中の入所希望に応えられない",
      "状況がある。また、子育ての相談が多様化し、相談窓口が分かりにくいとの声がある。"],
     ["（１）保育士の確保と小規模保育施設の整備により、年度途中の入所にも対応します。",
      "（２）こども家庭センターを中心に、妊娠期からの相談支援を一体的に行います。"],
     [("年度途中の保育所入所待ち児童数", "14人", "（令和５年度）", "0人", "（令和11年度）"),
      ("子育てしやすいまちだと思う市民の割合", "52.6％", "（令和６年度）", "65.0％", "（令和11年度）")],
     [("２－１－１　保育の充実", ["保育士就労支援金事業", "小規模保育施設整備補助事業"]),
      ("２－１－２　妊娠期からの相談支援", ["伴走型子育て相談事業"])]),
    ("施策３－１　地域公共交通の確保", "政策３　安心して暮らせるまち",
     ["市内の路線バスは利用者の減少が続き、令和５年度には２路線が廃止された。",
      "運転免許を持たない高齢者の通院や買い物の移動手段の確保が急務となっている。"],
     ["（１）地域の実情に応じたデマンド型乗合タクシーを市内全域に広げます。",
      "（２）ＪＲ武生駅と北陸新幹線越前たけふ駅を結ぶ二次交通を充実します。",
      "（３）運転免許を返納した高齢者の移動を支援します。"],
     [("デマンド型乗合タクシーの年間利用者数", "8,460人", "（令和５年度）", "15,000人", "（令和11年度）")],
     [("３－１－１　乗合交通の充実", ["デマンド型乗合タクシー運行事業"]),
      ("３－１－２　二次交通の確保", ["新幹線駅二次交通確保事業"]),
      ("３－１－３　高齢者の移動支援", ["高齢者運転免許自主返納支援事業"])]),
]


def _echizen_tree(pdf: PdfPage, top: float) -> float:
    """The 施策体系図: 政策 boxes on the left, 施策 boxes in the middle, 基本事業 boxes on the right, joined by
    lines; a 政策 box is as tall as its 施策, so its text shares printed lines with the 施策 and 基本事業."""
    row = 22
    for policy_no, policy_name, measures in _ECHIZEN_TREE:
        policy_top = top
        for measure, basics in measures:
            measure_top = top
            for basic in basics:
                pdf.box(385, top + 3, 170, row - 6)
                pdf.text(390, top + 15, basic, 8)
                pdf.hline(360, 385, top + row / 2)
                top += row
            height = top - measure_top
            pdf.box(190, measure_top + 3, 170, height - 6, fill=0.93)
            pdf.text(195, measure_top + height / 2 + 3, measure, 8, GOTHIC)
            pdf.hline(170, 190, measure_top + height / 2)
        height = top - policy_top
        pdf.box(40, policy_top + 3, 130, height - 6, fill=0.85)
        pdf.text(46, policy_top + height / 2 - 3, policy_no, 9, GOTHIC)
        pdf.text(46, policy_top + height / 2 + 10, policy_name, 8, GOTHIC)
        top += 8
    return top


def _echizen_sheet(pdf: PdfPage, top: float, sheet: tuple) -> float:
    """One 施策 sheet: a shaded heading, 【現状と課題】 and 【施策の方向】 prose, a 成果指標 table whose 現状値 and
    目標値 cells hold the value on one line and its year on a second, and a 主な取組 table 基本事業｜主な事業."""
    title, policy, issues, directions, indicators, basics = sheet
    pdf.box(40, top, 515, 22, fill=0.8)
    pdf.text(46, top + 15, title, 11, GOTHIC)
    pdf.right(549, top + 15, policy, 8)
    top += 38
    pdf.text(40, top, "【現状と課題】", 9.5, GOTHIC)
    top = _lines(pdf, 48, top + 16, issues, 8.5, 14)
    pdf.text(40, top + 4, "【施策の方向】", 9.5, GOTHIC)
    top = _lines(pdf, 48, top + 20, directions, 8.5, 14)
    pdf.text(40, top + 4, "【成果指標】", 9.5, GOTHIC)
    top += 12
    cols = [255, 130, 130]
    for r, row in enumerate([("指標名", "現状値", "", "目標値", "")] + indicators):
        h = 18 if r == 0 else 32
        x = 40
        cells = [row[0], (row[1], row[2]), (row[3], row[4])]
        for c, (w, cell) in enumerate(zip(cols, cells)):
            pdf.box(x, top, w, h, fill=0.88 if r == 0 else None)
            if r == 0:
                pdf.center(x + w / 2, top + 12.5, cell if c == 0 else cell[0], 8.5, GOTHIC)
            elif c == 0:
                pdf.text(x + 5, top + 19, cell, 8.5)
            else:
                pdf.center(x + w / 2, top + 14, cell[0], 9)
                pdf.center(x + w / 2, top + 26, cell[1], 7)
            x += w
        top += h
    pdf.text(40, top + 18, "【主な取組】", 9.5, GOTHIC)
    top += 26
    for r, (basic, projects) in enumerate([("基本事業", ["主な事業"])] + basics):
        h = 18 if r == 0 else 6 + 14 * len(projects)
        pdf.box(40, top, 200, h, fill=0.88 if r == 0 else None)
        pdf.box(240, top, 315, h, fill=0.88 if r == 0 else None)
        font = GOTHIC if r == 0 else MINCHO
        pdf.text(46, top + 13, basic, 8.5, font)
        for i, name in enumerate(projects):
            pdf.text(246, top + 13 + 14 * i, name, 8.5, font)
        top += h
    return top + 30


def echizen_kihon_keikaku_pdf(out: Path) -> Path:
    """福井県越前市 第6次総合計画 基本計画 (PDF, 3 pages): page 1 the 施策体系図 (政策 → 施策 → 基本事業 boxes
    joined by lines), pages 2–3 one sheet per 施策 with 【現状と課題】, 【施策の方向】, a 成果指標 table whose
    value cells hold the figure and, on a second smaller line, its year, and a 主な取組 table; no amounts."""
    pdf = PdfPage(out / "echizen_dai6ji_kihon_keikaku.pdf", title="第6次越前市総合計画 基本計画",
                  author="越前市 総務部 政策推進課")
    pdf.text(40, 56, "第６次越前市総合計画　基本計画", 16, GOTHIC)
    pdf.text(40, 78, "計画期間　令和７年度～令和11年度", 10)
    _lines(pdf, 46, 104, [
        "基本計画は、基本構想に掲げる将来都市像の実現に向け、政策ごとに施策と基本事業を体系的に示すものです。",
        "各施策には成果指標を設定し、毎年度その達成状況を検証します。",
    ], 8.5)
    pdf.text(40, 150, "施策の体系", 12, GOTHIC)
    _echizen_tree(pdf, 164)
    pdf.center(PAGE_W / 2, PAGE_H - 28, "- 12 -", 9)
    pdf.page()
    top = 50
    for n, sheet in enumerate(_ECHIZEN_SHEETS):
        if n == 2:
            pdf.center(PAGE_W / 2, PAGE_H - 28, "- 13 -", 9)
            pdf.page()
            top = 50
        top = _echizen_sheet(pdf, top, sheet)
    pdf.text(40, top, "※成果指標の現状値は、計画策定時に把握できた最新の数値です。", 7.5)
    pdf.center(PAGE_W / 2, PAGE_H - 28, "- 14 -", 9)
    return pdf.save()


# ---------------------------------------------------------------- 2. 主要事業 in two columns of boxes (PDF, 2 pages)

_HANAMAKI_FIELDS = [
    ("■分野１　産業振興・観光", [
        ("【新規】宮沢賢治ゆかりの地周遊促進事業", "観光課", "18,600千円（前年度　－）",
         "国庫支出金 9,300千円、一般財源 9,300千円",
         ["賢治ゆかりの地を巡るデジタルスタンプラリーを", "実施し、市内の周遊と宿泊を促します。"]),
        ("【拡充】花巻温泉郷誘客推進事業", "観光課", "32,400千円（前年度　24,900千円）",
         "その他（入湯税）12,000千円、一般財源 20,400千円",
         ["温泉郷を結ぶ共同送迎バスを冬季にも", "運行します。"]),
        ("【継続】果樹産地強化事業", "農政課", "21,750千円（前年度　21,750千円）",
         "県支出金 10,870千円、一般財源 10,880千円",
         ["ぶどう・りんごの改植と防霜ファンの", "導入を支援します。"]),
        ("【新規】国際チャーター便誘致支援事業", "国際交流課", "15,000千円（前年度　－）",
         "一般財源 15,000千円",
         ["いわて花巻空港への国際チャーター便の", "運航経費の一部を助成します。"]),
    ]),
    ("■分野２　子育て・健康", [
        ("【拡充】子ども医療費給付事業", "こども課", "412,800千円（前年度　386,300千円）",
         "県支出金 98,400千円、一般財源 314,400千円",
         ["高校生までの医療費の自己負担を、", "所得制限なしで無料にします。"]),
        ("【新規】産後ケア訪問事業", "健康づくり課", "6,240千円（前年度　－）",
         "国庫支出金 3,120千円、一般財源 3,120千円",
         ["助産師が自宅を訪問し、授乳や育児の", "相談に応じます。"]),
        ("【継続】病児保育事業", "こども課", "28,300千円（前年度　27,900千円）",
         "国庫支出金 9,430千円、県支出金 9,430千円、一般財源 9,440千円",
         ["市内２か所の病児保育室の運営を", "委託します。"]),
        ("【拡充】放課後児童クラブ整備事業", "こども課", "96,500千円（前年度　54,000千円）",
         "国庫支出金 32,100千円、地方債 48,000千円、一般財源 16,400千円",
         ["待機児童が生じている２校区に", "クラブ室を新築します。"]),
    ]),
    ("■分野３　防災・まちづくり", [
        ("【新規】避難所環境改善事業", "防災危機管理課", "38,900千円（前年度　－）",
         "地方債 35,000千円、一般財源 3,900千円",
         ["指定避難所に簡易ベッドと", "間仕切りを配備します。"]),
        ("【継続】花巻駅周辺整備事業", "都市政策課", "264,000千円（前年度　310,500千円）",
         "国庫支出金 118,800千円、地方債 132,000千円、一般財源 13,200千円",
         ["駅東西自由通路の整備を", "進めます。"]),
        ("【拡充】木造住宅耐震化促進事業", "建築住宅課", "9,600千円（前年度　6,400千円）",
         "国庫支出金 4,800千円、一般財源 4,800千円",
         ["耐震改修の補助上限額を", "150万円に引き上げます。"]),
    ]),
]


def _hanamaki_box(pdf: PdfPage, x: float, top: float, box: tuple) -> float:
    """One 事業 box 250 wide: a shaded title with the mark before the name, then 担当課, 予算額 with the
    previous year in parentheses, 財源 and a two-line 概要; returns its height."""
    title, section, amount, sources, summary = box
    lines = [f"担当課　{section}", f"予算額　{amount}", f"財源　{sources}"] + summary
    height = 18 + 13 * len(lines) + 6
    pdf.box(x, top, 250, height)
    pdf.box(x, top, 250, 18, fill=0.85)
    pdf.text(x + 5, top + 13, title, 9, GOTHIC)
    for i, s in enumerate(lines):
        pdf.text(x + 8, top + 31 + 13 * i, s, 7 if i == 2 else 8)
    return height


def hanamaki_shuyo_jigyo_pdf(out: Path) -> Path:
    """岩手県花巻市 令和7年度当初予算 主要事業の概要 (PDF, 2 pages): 分野 headings across the page, then the
    事業 as boxes in two columns, so two boxes share every printed line; 【新規】/【拡充】/【継続】 before the
    name; 予算額 with 前年度 in parentheses (「－」 for a new 事業); no 決算, no 補正."""
    pdf = PdfPage(out / "hanamaki_r7_shuyo_jigyo.pdf", title="令和7年度 花巻市当初予算 主要事業の概要",
                  author="花巻市 財務部 財政課")
    pdf.text(40, 54, "令和７年度　花巻市当初予算　主要事業の概要", 15, GOTHIC)
    _lines(pdf, 46, 80, [
        "一般会計予算額　58,420,000千円（前年度比　2.1％増）",
        "新規・拡充の事業を中心に、分野ごとに主な事業を掲載しています。",
    ], 9)
    top, page_no = 120, 1
    for n, (field, boxes) in enumerate(_HANAMAKI_FIELDS):
        if n == 2:
            pdf.center(PAGE_W / 2, PAGE_H - 28, f"- {page_no} -", 9)
            pdf.page()
            page_no += 1
            top = 50
        pdf.text(40, top + 12, field, 11, GOTHIC)
        top += 22
        for i in range(0, len(boxes), 2):
            pair = boxes[i:i + 2]
            heights = [_hanamaki_box(pdf, 40 + 265 * j, top, box) for j, box in enumerate(pair)]
            top += max(heights) + 10
        top += 8
    pdf.text(40, top + 10, "【新規】令和７年度に新たに取り組む事業　【拡充】内容を拡充する事業　【継続】継続して実施する事業", 7.5)
    pdf.center(PAGE_W / 2, PAGE_H - 28, f"- {page_no} -", 9)
    return pdf.save()


# ---------------------------------------------------------------- 3. KPI in long form (XLSX)

def naruto_kpi_long_xlsx(out: Path) -> Path:
    """徳島県鳴門市 総合戦略 KPI 実績データ (XLSX, 2 sheets): **long form**, one row per indicator and year —
    基本目標｜施策｜指標ID｜指標名｜単位｜区分 (基準値/実績値/目標値)｜年度 (Western, a number)｜値｜備考 — with
    negative values shown as △ by the number format, a biennial survey indicator with no 2022/2024 rows, and
    the definitions on a second sheet."""
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "KPIデータ"
    ws.append(["鳴門市まち・ひと・しごと創生総合戦略　KPI実績データ（令和7年3月更新）"])
    ws.append(["基本目標", "施策", "指標ID", "指標名", "単位", "区分", "年度", "値", "備考"])
    goal1, goal2, goal3 = "1 しごとをつくる", "2 ひとの流れをつくる", "3 結婚・出産・子育て"
    series = [
        (goal1, "1-1 観光の振興", "N01", "観光入込客数", "万人", "0.0",
         [("基準値", 2019, 412.5), ("実績値", 2022, 298.0), ("実績値", 2023, 356.4), ("実績値", 2024, 389.1),
          ("目標値", 2027, 430.0)], {}),
        (goal1, "1-1 観光の振興", "N02", "渦潮観潮船の乗船者数", "千人", "#,##0",
         [("基準値", 2019, 286), ("実績値", 2022, 171), ("実績値", 2023, 224), ("実績値", 2024, 251),
          ("目標値", 2027, 300)], {}),
        (goal1, "1-2 産業の振興", "N03", "新規創業件数", "件", "#,##0",
         [("基準値", 2019, 21), ("実績値", 2022, 26), ("実績値", 2023, 24), ("実績値", 2024, 30),
          ("目標値", 2027, 30)], {2024: "目標値に到達"}),
        (goal1, "1-2 産業の振興", "N04", "なると金時の出荷量", "トン", "#,##0",
         [("基準値", 2019, 8420), ("実績値", 2022, 7960), ("実績値", 2023, 8105), ("実績値", 2024, 7710),
          ("目標値", 2027, 9000)], {2024: "夏の高温と少雨により減少"}),
        (goal2, "2-1 移住・定住", "N05", "社会増減数", "人", "#,##0;△#,##0",
         [("基準値", 2019, -312), ("実績値", 2022, -268), ("実績値", 2023, -241), ("実績値", 2024, -205),
          ("目標値", 2027, -100)], {2019: "転入者数－転出者数"}),
        (goal3, "3-1 出産・子育て", "N06", "出生数", "人", "#,##0",
         [("基準値", 2019, 398), ("実績値", 2022, 352), ("実績値", 2023, 331), ("実績値", 2024, 318),
          ("目標値", 2027, 380)], {2024: "20歳代・30歳代の女性の転出超過により出生数の減少が続いている"}),
        (goal3, "3-1 出産・子育て", "N07", "子育て支援に満足している市民の割合", "％", "0.0",
         [("基準値", 2019, 41.0), ("実績値", 2021, 44.2), ("実績値", 2023, 47.5), ("目標値", 2027, 55.0)],
         {2021: "市民アンケート（隔年実施）"}),
    ]
    for goal, measure, kpi_id, name, unit, fmt, points, notes in series:
        for kind, year, value in points:
            ws.append([goal, measure, kpi_id, name, unit, kind, year, value, notes.get(year)])
            ws.cell(ws.max_row, 8).number_format = fmt
    defs = wb.create_sheet("指標定義")
    defs.append(["指標ID", "定義", "出典", "更新頻度"])
    for row in [("N01", "市内の主な観光施設の入込客数の合計（暦年）", "徳島県観光入込客統計", "毎年"),
                ("N02", "観潮船２社の乗船者数の合計（年度）", "事業者調べ", "毎年"),
                ("N03", "創業支援等事業計画に基づく支援を受けて創業した件数", "商工政策課調べ", "毎年"),
                ("N04", "鳴門市産のさつまいも（なると金時）の系統出荷量", "JA調べ", "毎年"),
                ("N05", "住民基本台帳による転入者数から転出者数を引いた数（年度）", "市民課調べ", "毎年"),
                ("N06", "住民基本台帳による出生届出数（年度）", "市民課調べ", "毎年"),
                ("N07", "市民アンケートで「満足」「やや満足」と答えた割合", "市民アンケート", "隔年")]:
        defs.append(list(row))
    path = out / "naruto_sousei_kpi_data.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 4. 事務事業評価シート (DOCX)

_SAIJO_SHEETS = [
    ("うちぬき水資源保全事業", "環境政策課",
     "市民の生活と産業を支える地下水（うちぬき）を将来にわたって保全する。",
     "地下水位の常時観測、節水の啓発、事業所との地下水保全協定の締結を行った。",
     "地下水位観測井の観測日数　365日", "基準水位を下回った日数　0日（目標　0日）",
     ["令和5年度決算額　12,480千円", "令和6年度予算額　15,600千円"], "B（おおむね順調）",
     "夏季の渇水期に、沿岸部の観測井で塩水化の兆候が見られる。",
     ["拡充", "沿岸部の観測井を2か所増設し、塩水化の監視を強化する。"]),
    ("石鎚山系登山者受入環境整備事業", "観光振興課",
     "石鎚山を訪れる登山者が安全で快適に登山できる環境を整える。",
     "登山道の補修と山頂トイレの維持管理を行い、多言語の案内看板を12基設置した。",
     "案内看板の設置数　12基", "石鎚山系の登山者数　68,400人（令和4年度　61,200人）",
     ["令和5年度決算額　18,760千円", "令和6年度予算額　17,900千円"], "A（順調）",
     "外国人登山者が増える一方、遭難の通報件数も増えている。",
     ["継続", "県や山岳団体と連携し、安全登山の啓発を強化する。"]),
    ("地域子育て支援拠点事業", "こども家庭課",
     "乳幼児とその保護者が気軽に集い、交流し、相談できる場を提供し、子育ての孤立を防ぐ。",
     "市内7か所の子育て支援センターの運営を社会福祉法人等に委託した。",
     "開設日数　延べ1,652日", "延べ利用者数　42,310人",
     ["令和5年度決算額　96,820千円", "令和6年度予算額　98,400千円"], "B（おおむね順調）",
     "周辺部の拠点は利用者が少なく、移動手段のない家庭が利用しにくい。",
     ["拡充", "周辺部の公民館で出張ひろばを月2回開催する。"]),
    ("空き家改修補助事業", "住宅政策課",
     "空き家の改修を支援し、移住者の住まいを確保するとともに、空き家の増加を抑える。",
     "空き家を改修する所有者等に、改修費の2分の1（上限100万円）を補助した。",
     "補助件数　24件", "補助を受けた住宅への移住世帯数　14世帯",
     ["令和5年度決算額　24,000千円", "令和6年度予算額　16,000千円"], "C（課題あり）",
     "補助を受けた住宅の約4割が移住者以外の利用であり、移住促進の効果が限られている。",
     ["縮小", "補助の対象を移住世帯に限り、上限額を50万円に見直す。"]),
    ("高齢者外出支援バス券交付事業", "長寿介護課",
     "高齢者の外出の機会を増やし、閉じこもりを防ぐ。",
     "75歳以上の希望者に、路線バスで使える回数券（年24枚）を交付した。",
     "交付者数　2,840人", "バス券の利用率　38.5％",
     ["令和5年度決算額　8,240千円", "令和6年度予算額　8,300千円"], "C（課題あり）",
     "バス路線のない地域の高齢者が利用できず、利用率が低い。",
     ["廃止", "令和7年度から運行を始めるデマンドタクシーの利用助成に統合するため。"]),
]


def saijo_hyoka_sheet_docx(out: Path) -> Path:
    """愛媛県西条市 事務事業評価シート (DOCX): a Heading 2 「事務事業評価シート（No.N）」 per 事業, then one
    two-column table per 事業 with the labels in the left cells (事業名, 所管課, 事業の目的, …, 事業費, 評価, 課題,
    今後の方向性); 事業費 holds 決算額 and 予算額 as two paragraphs of one cell, 今後の方向性 a word and a reason."""
    import docx
    doc = docx.Document()
    doc.core_properties.title = "令和6年度 西条市事務事業評価シート"
    doc.add_heading("令和6年度　西条市事務事業評価シート", level=0)
    doc.add_paragraph("令和5年度に実施した事務事業について、所管課が自己評価を行い、行財政改革推進本部で確認した結果です。")
    labels = ["事業名", "所管課", "事業の目的", "事業の内容（令和5年度）", "活動指標", "成果指標", "事業費", "評価",
              "課題", "今後の方向性"]
    for n, (name, section, purpose, content, activity, outcome, costs, grade, issue, plan) in \
            enumerate(_SAIJO_SHEETS, start=1):
        doc.add_heading(f"事務事業評価シート（No.{n}）", level=2)
        table = doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        values = [name, section, purpose, content, activity, outcome, costs, grade, issue, plan]
        for label, value in zip(labels, values):
            left, right = table.add_row().cells
            left.text = label
            if isinstance(value, list):
                right.text = value[0]
                for more in value[1:]:
                    right.add_paragraph(more)
            else:
                right.text = value
        doc.add_paragraph("")
    doc.add_paragraph("評価　A：順調　B：おおむね順調　C：課題あり")
    doc.add_paragraph("今後の方向性　拡充／継続／改善／縮小／廃止")
    path = out / "saijo_jimu_jigyo_hyoka_r6.docx"
    doc.save(path)
    return path


# ---------------------------------------------------------------- 5. 事業一覧 export with codes (TSV)

def daisen_jigyo_ichiran_tsv(out: Path) -> Path:
    """秋田県大仙市 令和7年度 事業一覧 (TSV, UTF-8 with BOM, LF): a system export — 分野/施策/事業 codes beside
    their names, 区分 as a code (1/2/3) explained only in the last row, amounts in 千円 without separators,
    an empty 令和6年度 cell for a new 事業, 備考 notes."""
    rows = [
        ("01", "産業", "0101", "農業の振興", "010101", "園芸メガ団地推進事業", "農業振興課", "3", "48600", "52300", ""),
        ("01", "産業", "0101", "農業の振興", "010102", "スマート農業機械導入支援事業", "農業振興課", "1", "15000", "",
         "ドローン・自動操舵システムの導入費を補助"),
        ("01", "産業", "0102", "観光の振興", "010201", "大曲の花火通年観光推進事業", "観光交流課", "2", "26400", "19800",
         "春・秋の花火大会との連携事業を追加"),
        ("01", "産業", "0102", "観光の振興", "010202", "花火伝統文化継承事業", "観光交流課", "3", "8200", "8200", ""),
        ("01", "産業", "0102", "観光の振興", "010203", "インバウンド受入環境整備事業", "観光交流課", "1", "11500", "",
         "多言語案内板とキャッシュレス決済の導入"),
        ("02", "子育て・教育", "0201", "子育て支援", "020101", "子ども医療費助成事業", "子ども支援課", "3", "186400",
         "184900", ""),
        ("02", "子育て・教育", "0201", "子育て支援", "020102", "第2子以降保育料無償化事業", "子ども支援課", "2", "72300",
         "41800", "対象を0～2歳の第2子に拡大"),
        ("02", "子育て・教育", "0201", "子育て支援", "020103", "出産応援給付金事業", "子ども支援課", "1", "25000", "",
         "出生児1人につき10万円を給付"),
        ("02", "子育て・教育", "0202", "学校教育", "020201", "学校給食費支援事業", "教育総務課", "1", "98700", "",
         "小中学校の給食費の2分の1を支援"),
        ("02", "子育て・教育", "0202", "学校教育", "020202", "小中学校空調設備整備事業", "教育総務課", "3", "312000",
         "286000", ""),
        ("03", "生活・環境", "0301", "雪対策", "030101", "克雪住宅改修支援事業", "建築住宅課", "2", "18000", "12000",
         "屋根融雪装置の設置を補助対象に追加"),
        ("03", "生活・環境", "0301", "雪対策", "030102", "除排雪事業", "道路河川課", "3", "1286000", "1245000", ""),
        ("03", "生活・環境", "0301", "雪対策", "030103", "地域除雪協力員育成事業", "道路河川課", "1", "3600", "",
         "除雪機械の操作講習の受講費を助成"),
        ("03", "生活・環境", "0302", "公共交通", "030201", "乗合タクシー運行事業", "企画調整課", "2", "42800", "36500",
         "運行区域を協和・南外地域に拡大"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\n")
    w.writerow(["令和7年度　大仙市　事業一覧（当初予算）"])
    w.writerow(["分野コード", "分野名", "施策コード", "施策名", "事業コード", "事業名", "所管課", "区分",
                "令和7年度当初予算額（千円）", "令和6年度当初予算額（千円）", "備考"])
    w.writerows(rows)
    w.writerow(["区分：1=新規、2=拡充、3=継続"])
    path = out / "daisen_r7_jigyo_ichiran.tsv"
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------- 6. 広報 budget feature with ▼/◇ (text, CP932)

def isahaya_koho_text(out: Path) -> Path:
    """長崎県諫早市 市報 予算特集 (text, CP932, LF): ━ rules around the title, ▼ field headings, ◇ items with a
    【新】/【拡】 mark between the name and the amount in （ ）, a description line under some items; the previous
    year only as 「前年度比」; the 会計 totals on ◆ lines."""
    text = """市報いさはや　２０２５年４月１日号
━━━━━━━━━━━━━━━━━━━━
特集　令和７年度当初予算のあらまし
━━━━━━━━━━━━━━━━━━━━

　令和７年度の当初予算が、３月市議会で可決されました。
　「子どもを産み育てやすいまち」と「災害に強いまち」を柱に編成しています。

◆一般会計　６９２億４，０００万円（前年度比１．８％減）
◆特別会計（３会計）　２９３億６，２００万円
◆企業会計（水道事業・下水道事業）　９８億１，５００万円
◆市民１人当たりの一般会計予算額　約５２万円

　減額の主な理由は、新庁舎整備事業が完了したことによるものです。

主な事業を紹介します（【新】は新規事業、【拡】は拡充事業）

▼子育て・教育
◇こども誰でも通園制度モデル事業【新】（２，４６０万円）
　保育所などに通っていない生後６か月から２歳の子どもを、月１０時間まで預かります。
◇学校給食費第３子以降無償化事業【拡】（８，９００万円）
　対象を中学生まで広げます。
◇中学校部活動地域移行推進事業（１，３２０万円）

▼農業・水産業
◇干拓地農業担い手確保事業【新】（３，６００万円）
　干拓地で新たに営農を始める法人や若い農業者の機械導入を支援します。
◇有明海水産振興事業【拡】（１億２，５００万円）
　カキ養殖の試験を、これまでの２地区から４地区に広げます。

▼防災・まちづくり
◇本明川流域浸水対策事業【拡】（２億８，３００万円）
　雨水ポンプ場を増設し、市街地の浸水被害を減らします。
◇諫早駅東口にぎわい創出事業【新】（１，９８０万円）
　駅前広場でのイベントの開催と、空き店舗への出店を支援します。
◇コミュニティバス運行事業（６，４５０万円）

問合せ　財政課　予算係
"""
    return write_text(out / "isahaya_shiho_2025_04.txt", text, encoding="cp932")


# ---------------------------------------------------------------- 7. 決算の概要 (text, UTF-8)

def konan_kessan_text(out: Path) -> Path:
    """高知県香南市 決算の概要 (text, UTF-8): space-aligned tables (決算規模 with 令和5年度｜令和4年度｜増減率,
    実質収支 and 単年度収支 with △), 財政指標 lines with the previous year in parentheses, 基金 and 特別会計
    lines, and the points in prose; no 当初予算, no 令和6年度 figures."""
    text = """令和５年度　香南市決算の概要
                                              財政課

１　一般会計の決算規模                                     （単位：千円）
  区分                          令和5年度        令和4年度     増減率
  歳入総額（A）                 28,416,302       27,905,118     1.8％
  歳出総額（B）                 27,503,661       26,988,410     1.9％
  形式収支（C）＝（A）－（B）      912,641          916,708    △0.4％
  翌年度へ繰り越すべき財源（D）    184,220          260,530   △29.3％
  実質収支（C）－（D）             728,421          656,178    11.0％
  単年度収支                        72,243          △48,306      －

２　主な財政指標
  財政力指数（3か年平均）          0.402（前年度 0.398）
  経常収支比率                     92.4％（前年度 90.8％）
  実質公債費比率（3か年平均）      10.6％（前年度 11.2％）
  将来負担比率                     38.5％（前年度 44.1％）

３　基金と市債の年度末残高                                 （単位：千円）
  財政調整基金       4,862,100
  減債基金           1,204,500
  市債（一般会計）  31,524,800

４　特別会計の決算                                         （単位：千円）
  会計名                  歳入決算額     歳出決算額     差引
  国民健康保険事業         4,012,330      3,935,870     76,460
  介護保険事業             4,688,140      4,602,950     85,190
  後期高齢者医療事業         812,470        808,120      4,350

５　決算のポイント
  歳入では、ふるさと納税寄附金が前年度比38.2％増の21億4,600万円となり、過去最高となりました。
  歳出では、物価高騰対策の給付金の支給と、南海トラフ地震に備えた津波避難タワーの整備により、普通建設事業費が増加しました。
  経常収支比率が上昇した主な要因は、会計年度任用職員の処遇改善による人件費の増加と、障害福祉サービス費などの扶助費の増加です。
  実質公債費比率は、過去に借り入れた市債の償還が進んだことにより低下しました。
"""
    return write_text(out / "konan_r5_kessan_gaiyo.txt", text)


# ---------------------------------------------------------------- 8. 人口ビジョン with projection tables (PDF, 2 pages)

def _ruled_table(pdf: PdfPage, top: float, cols: list[float], rows: list[list], head_rows: int = 1) -> float:
    """A ruled table; a cell given as a tuple is printed on two lines (the second smaller); the first column
    is left-aligned, the others right-aligned; `head_rows` rows are shaded and centred."""
    for r, row in enumerate(rows):
        two = any(isinstance(cell, tuple) for cell in row)
        h = 28 if two else 18
        x = 40
        for c, (w, cell) in enumerate(zip(cols, row)):
            head = r < head_rows
            pdf.box(x, top, w, h, fill=0.88 if head else None)
            parts = cell if isinstance(cell, tuple) else (cell,)
            for i, part in enumerate(parts):
                y = top + (12 if len(parts) == 2 else 12.5) + 11 * i
                size = 8.5 if i == 0 else 7
                if head:
                    pdf.center(x + w / 2, y, part, size, GOTHIC)
                elif c == 0:
                    pdf.text(x + 4, y, part, size)
                else:
                    pdf.right(x + w - 5, y, part, size)
            x += w
        top += h
    return top


def tome_jinko_vision_pdf(out: Path) -> Path:
    """宮城県登米市 人口ビジョン（令和7年改訂版） (PDF, 2 pages): the current state and the causes of decline in
    prose, then a projection table 区分｜2020年（実績）｜2030年（令和12年）…2060年（令和42年） whose header cells
    hold the Western year and the era year on two lines, rows 社人研推計｜市の将来展望｜差, an age table for the
    将来展望, and the direction in numbered prose; no 2070, no 2045."""
    pdf = PdfPage(out / "tome_jinko_vision_r7.pdf", title="登米市人口ビジョン（令和7年改訂版）",
                  author="登米市 企画部 企画政策課")
    pdf.text(40, 56, "登米市人口ビジョン（令和７年改訂版）", 16, GOTHIC)
    pdf.text(40, 90, "第１章　人口の現状", 12, GOTHIC)
    top = _lines(pdf, 46, 112, [
        "本市の人口は、昭和30年の約11万人をピークに減少が続き、令和２年国勢調査では75,820人となりました。",
        "年少人口の割合は11.4％、老年人口の割合は35.6％で、少子高齢化が県平均を上回る速さで進んでいます。",
    ], 8.8)
    pdf.text(40, top + 14, "第２章　人口減少の要因", 12, GOTHIC)
    top = _lines(pdf, 46, top + 36, [
        "（１）自然減の拡大",
        "　出生数は令和５年に382人となり、20年前の約半数に減少しました。一方で死亡数は年間1,200人前後で推移し、",
        "　自然減は年間800人を超えています。",
        "（２）若い世代の転出超過",
        "　進学や就職を迎える18歳から22歳の転出超過が続いており、特に仙台市への転出が全体の４割を占めています。",
        "　転出した若者が本市に戻る割合は、男性で約３割、女性で約２割にとどまっています。",
    ], 8.8)
    pdf.center(PAGE_W / 2, PAGE_H - 28, "- 1 -", 9)
    pdf.page()
    pdf.text(40, 56, "第３章　将来人口の推計と将来展望", 12, GOTHIC)
    pdf.right(PAGE_W - 40, 76, "（単位：人）", 8)
    years = [("2020年", "（実績）"), ("2030年", "（令和12年）"), ("2040年", "（令和22年）"),
             ("2050年", "（令和32年）"), ("2060年", "（令和42年）")]
    top = _ruled_table(pdf, 82, [135, 76, 76, 76, 76, 76], [
        ["区分"] + years,
        ["社人研推計", "75,820", "66,410", "57,230", "48,650", "40,980"],
        ["市の将来展望", "75,820", "68,900", "62,100", "56,300", "51,800"],
        ["差（将来展望－社人研推計）", "－", "2,490", "4,870", "7,650", "10,820"],
    ])
    pdf.text(46, top + 16, "※社人研推計は、国立社会保障・人口問題研究所の推計方法に準拠して市が算出したもの。", 7.5)
    pdf.text(40, top + 44, "年齢３区分別人口（市の将来展望）", 10, GOTHIC)
    top = _ruled_table(pdf, top + 52, [175, 110, 110, 110], [
        ["区分", "2020年", "2040年", "2060年"],
        ["年少人口（0～14歳）", "8,640", "7,420", "6,980"],
        ["生産年齢人口（15～64歳）", "40,210", "31,050", "27,400"],
        ["老年人口（65歳以上）", "26,970", "23,630", "17,420"],
        ["合計", "75,820", "62,100", "51,800"],
    ])
    pdf.text(40, top + 34, "第４章　目指すべき将来の方向", 12, GOTHIC)
    _lines(pdf, 46, top + 56, [
        "将来展望は、合計特殊出生率が2040年までに1.80まで上昇し、社会移動が2035年までに均衡することを前提としています。",
        "（１）若い世代が安心して結婚し、子どもを産み育てられる環境をつくり、出生数の減少に歯止めをかけます。",
        "（２）市内での就業の場を広げ、進学で転出した若者が戻ってくる流れをつくります。",
        "（３）人口が減少しても、地域の暮らしを支える生活サービスを維持できるまちづくりを進めます。",
    ], 8.5)
    pdf.center(PAGE_W / 2, PAGE_H - 28, "- 2 -", 9)
    return pdf.save()


# ---------------------------------------------------------------- 9. 市民意識調査 crosstab by age group (XLSX)

def ise_ishiki_chosa_xlsx(out: Path) -> Path:
    """三重県伊勢市 市民意識調査 年代別クロス集計 (XLSX, 3 sheets): the survey's facts as label｜value rows; a
    定住意向 crosstab with the age groups as rows and the answers as columns (回答者数 in 人, shares in ％ under
    a merged 「割合（％）」 header); a multiple-answer 重点施策 crosstab transposed, the choices as rows and the
    age groups as columns. Shares only: no ranks, no previous survey, no breakdown by sex."""
    from openpyxl import Workbook
    wb = Workbook()
    info = wb.active
    info.title = "調査概要"
    info.append(["令和6年度　伊勢市市民意識調査　年代別クロス集計表"])
    for row in [("調査対象", "市内在住の18歳以上の市民3,000人（無作為抽出）"), ("調査期間", "令和6年6月3日～6月24日"),
                ("調査方法", "郵送配布・郵送またはWEB回答"), ("回収数", "1,412人（回収率47.1％）")]:
        info.append(list(row))

    ages = ["18～29歳", "30～39歳", "40～49歳", "50～59歳", "60～69歳", "70歳以上"]
    stay = wb.create_sheet("問5 定住意向")
    stay.append(["問5　あなたは今後も伊勢市に住み続けたいと思いますか（年代別）"])
    stay.append(["年代", "回答者数（人）", "割合（％）"])
    stay.merge_cells("C2:H2")
    stay.append(["", "", "住み続けたい", "どちらかといえば住み続けたい", "どちらかといえば移りたい", "移りたい",
                 "わからない", "無回答"])
    stay.merge_cells("A2:A3")
    stay.merge_cells("B2:B3")
    for label, n, *shares in [("全体", 1412, 48.2, 27.6, 9.8, 4.1, 9.6, 0.7),
                              (ages[0], 142, 24.6, 31.0, 19.7, 10.6, 13.4, 0.7),
                              (ages[1], 176, 35.2, 33.5, 13.1, 6.3, 11.4, 0.5),
                              (ages[2], 218, 42.7, 30.3, 11.0, 4.6, 11.0, 0.4),
                              (ages[3], 241, 47.3, 29.0, 9.1, 3.7, 10.4, 0.5),
                              (ages[4], 287, 55.4, 25.1, 6.6, 2.4, 9.8, 0.7),
                              (ages[5], 348, 63.2, 22.4, 4.3, 1.1, 7.5, 1.5)]:
        stay.append([label, n] + shares)
        stay.cell(stay.max_row, 2).number_format = "#,##0"
        for c in range(3, 9):
            stay.cell(stay.max_row, c).number_format = "0.0"

    focus = wb.create_sheet("問12 重点施策")
    focus.append(["問12　今後、市が特に力を入れるべき施策（3つまで選択）　年代別の選択割合（％）"])
    focus.append(["施策", "全体"] + ages)
    for row in [("医療体制の充実", 44.1, 28.2, 35.8, 40.4, 45.2, 49.1, 52.0),
                ("公共交通の充実", 31.6, 38.7, 22.2, 24.3, 27.4, 33.1, 40.2),
                ("子育て支援", 27.3, 35.9, 58.5, 41.7, 20.3, 14.6, 12.4),
                ("防災対策", 25.4, 18.3, 21.0, 24.8, 27.9, 28.2, 27.6),
                ("観光の振興", 18.9, 26.1, 15.3, 17.4, 19.5, 18.8, 18.1),
                ("高齢者福祉", 17.2, 4.2, 5.1, 9.6, 16.6, 24.7, 28.4)]:
        focus.append(list(row))
        for c in range(2, 9):
            focus.cell(focus.max_row, c).number_format = "0.0"
    focus.append(["回答者数（人）", 1412, 142, 176, 218, 241, 287, 348])
    path = out / "ise_shimin_ishiki_chosa_r6.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 10. 一般質問 通告一覧 (PDF, 1 page)

_TANABE_MEMBERS = [
    ("1", "谷口　健一", [
        ("1　熊野古道の受入環境について", ["(1) 外国人観光客の増加に伴う課題", "(2) トイレ・休憩施設の整備方針"],
         "市長、商工観光部長"),
        ("2　梅の価格低迷への対策について", ["(1) 梅農家の経営の現状", "(2) 梅加工品の販路拡大"], "農林水産部長"),
    ]),
    ("2", "山本　由紀", [
        ("1　放課後児童クラブの待機児童について", ["(1) 待機児童数の推移", "(2) 民間事業者の活用"], "教育長"),
    ]),
    ("3", "森　達也", [
        ("1　南海トラフ地震への備えについて", ["(1) 津波避難タワーの整備計画", "(2) 個別避難計画の作成状況"],
         "市長、危機管理局長"),
        ("2　龍神地域の公共交通について", ["(1) 路線バス減便の影響", "(2) デマンド交通の導入"], "企画部長"),
    ]),
    ("4", "中西　さおり", [
        ("1　ふるさと納税について", ["(1) 寄附額の推移と使い道", "(2) 返礼品の拡充"], "企画部長"),
    ]),
    ("5", "岡本　大輔", [
        ("1　中山間地域の鳥獣被害対策について", ["(1) 被害額の推移", "(2) 捕獲の担い手の確保"], "農林水産部長"),
    ]),
]


def tanabe_tsukoku_pdf(out: Path) -> Path:
    """和歌山県田辺市 議会 一般質問 通告一覧 (PDF, 1 page): a ruled table 順番｜質問議員｜質問事項｜質問の要旨｜
    答弁を求める者, the member's cells printed once beside all of their 質問事項, the 要旨 two lines per cell; the
    session's dates above; no answers (a 通告一覧 only)."""
    pdf = PdfPage(out / "tanabe_r6_09_ippan_shitsumon_tsukoku.pdf", title="令和6年9月田辺市議会定例会 一般質問通告一覧",
                  author="田辺市議会事務局")
    pdf.text(40, 56, "令和６年９月田辺市議会定例会　一般質問通告一覧", 14, GOTHIC)
    _lines(pdf, 46, 82, ["会期　令和６年９月２日（月）～９月27日（金）", "一般質問　９月10日（火）～９月12日（木）"], 9)
    cols = [34, 70, 165, 160, 86]
    x0 = [40]
    for w in cols[:-1]:
        x0.append(x0[-1] + w)
    top = 120
    for c, head in enumerate(["順番", "質問議員", "質問事項", "質問の要旨", "答弁を求める者"]):
        pdf.box(x0[c], top, cols[c], 20, fill=0.85)
        pdf.center(x0[c] + cols[c] / 2, top + 13.5, head, 8.5, GOTHIC)
    top += 20
    for order, member, items in _TANABE_MEMBERS:
        member_top = top
        for item, gist, answerer in items:
            h = 34
            pdf.box(x0[2], top, cols[2], h)
            pdf.text(x0[2] + 4, top + 14, item, 8)
            pdf.box(x0[3], top, cols[3], h)
            for i, g in enumerate(gist):
                pdf.text(x0[3] + 4, top + 13 + 13 * i, g, 7.8)
            pdf.box(x0[4], top, cols[4], h)
            pdf.text(x0[4] + 4, top + 14, answerer, 7.8)
            top += h
        pdf.box(x0[0], member_top, cols[0], top - member_top)
        pdf.center(x0[0] + cols[0] / 2, member_top + 14, order, 8.5)
        pdf.box(x0[1], member_top, cols[1], top - member_top)
        pdf.text(x0[1] + 4, member_top + 14, f"{member}　議員", 8)
    pdf.text(40, top + 20, "※質問の順番は通告順です。答弁の内容は会議録で公開します。", 7.5)
    return pdf.save()


MAKERS = [
    echizen_kihon_keikaku_pdf, hanamaki_shuyo_jigyo_pdf, naruto_kpi_long_xlsx, saijo_hyoka_sheet_docx,
    daisen_jigyo_ichiran_tsv, isahaya_koho_text, konan_kessan_text, tome_jinko_vision_pdf, ise_ishiki_chosa_xlsx,
    tanabe_tsukoku_pdf,
]


def make_all(out_dir: Path) -> list[Path]:
    """Write every document of the fourth blind set into `out_dir` (created if missing) and return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [make(out_dir) for make in MAKERS]


if __name__ == "__main__":
    import sys
    for p in make_all(Path(sys.argv[1] if len(sys.argv) > 1 else "blind4-out")):
        print(p)
