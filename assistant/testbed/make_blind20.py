"""Twentieth blind fixture set: six documents of towns of 北海道・東北・関東 in layouts no earlier set uses.

Municipalities and place names are real; every figure, 事業 name and sentence is invented.

1. 山形県南陽市 第２期総合戦略 KPI 効果検証シート (PDF, landscape, a table spanning two pages whose header repeats)
2. 栃木県大田原市 第２次総合計画 後期基本計画 施策シート (DOCX: 施策体系, 主な事業 table, 成果指標 table)
3. 北海道遠軽町 令和８年度 当初予算の概要 (XLSX: 歳入・歳出 with 前年度比較 and △, 主な事業 with merged cells)
4. 栃木県塩谷町 政策展開方針 重点プロジェクト (PDF, portrait, boxed project cards two per row)
5. 群馬県上野村 第３期教育振興基本計画 (HTML, UTF-8)
6. 福島県鮫川村 第２期地域福祉計画 成果指標と主な取組 (CSV, CP932, CRLF)
"""
from __future__ import annotations

from pathlib import Path

from assistant.testbed.documents import GOTHIC, MINCHO, PAGE_W, PdfPage, write_text

# ---------------------------------------------------------------- 1. 南陽市 総合戦略 効果検証 (PDF, landscape, 2 pages)

# (基本目標, KPI, 単位, 基準値, 基準年, R5実績, R6実績, 目標値（R7）, 評価)
_NANYO_KPI = [
    ("１ しごと", "市内事業所の新規雇用者数", "人", "142", "R1", "151", "163", "180", "Ｂ"),
    ("１ しごと", "ぶどう・ワイン関連の新規就農者数（累計）", "人", "－", "－", "9", "14", "20", "Ｂ"),
    ("１ しごと", "赤湯温泉の年間観光入込客数", "千人", "612", "H30", "498", "547", "650", "Ｃ"),
    ("２ ひと", "社会増減数（転入－転出）", "人", "△186", "R1", "△142", "△97", "０", "Ｂ"),
    ("２ ひと", "移住相談窓口を通じた移住者数", "人", "21", "R1", "38", "46", "50", "Ａ"),
    ("３ 結婚・子育て", "合計特殊出生率", "－", "1.38", "H30", "1.29", "1.31", "1.50", "Ｄ"),
    ("３ 結婚・子育て", "子育て支援に満足している市民の割合", "％", "54.2", "R1", "58.9", "61.5", "65.0", "Ｂ"),
    ("４ まち", "公共交通（市民バス・デマンド）利用者数", "人", "38,420", "R1", "35,160", "36,870", "40,000", "Ｃ"),
    ("４ まち", "自主防災組織の活動カバー率", "％", "78.4", "R1", "88.0", "91.3", "90.0", "Ａ"),
]
_NANYO_HEAD = ["基本目標", "重要業績評価指標（KPI）", "単位", "基準値", "基準年", "令和５年度実績", "令和６年度実績",
               "目標値（R7）", "評価"]


def nanyo_sogo_senryaku_pdf(out: Path) -> Path:
    """山形県南陽市 第２期まち・ひと・しごと創生総合戦略 効果検証シート: A4 landscape, a KPI table whose rows run onto
    a second page where the header is printed again; units in their own column, 基準年 as R1/H30, △ negatives, 「－」
    for none, an Ａ～Ｄ 評価 with its legend at the foot, and a 主な取組 and 検証結果 column-free block on page 2."""
    pdf = PdfPage(out / "nanyo_dai2ki_sogo_senryaku_kouka_kensho.pdf", title="南陽市総合戦略 効果検証シート",
                  author="南陽市 みらい戦略課", landscape=True)
    xs = [40, 110, 360, 400, 470, 510, 590, 670, 740]
    rights = [None, None, None, 460, None, 580, 660, 730, None]

    def header(top: float) -> float:
        pdf.hline(36, pdf.W - 36, top - 12, 1.0)
        for i, h in enumerate(_NANYO_HEAD):
            if rights[i]:
                pdf.right(rights[i], top, h, 8, GOTHIC)
            else:
                pdf.text(xs[i], top, h, 8, GOTHIC)
        pdf.hline(36, pdf.W - 36, top + 6, 0.6)
        return top + 22

    def row(top: float, r: tuple) -> float:
        for i, cell in enumerate(r):
            if rights[i]:
                pdf.right(rights[i], top, cell, 8.5)
            else:
                pdf.text(xs[i], top, cell, 8.5)
        pdf.hline(36, pdf.W - 36, top + 6, 0.2)
        return top + 20

    pdf.text(40, 40, "第２期南陽市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）効果検証シート", 13, GOTHIC)
    pdf.text(40, 58, "対象年度：令和６年度（令和７年度　南陽市総合戦略推進会議 報告）", 8.5)
    pdf.right(pdf.W - 40, 58, "（1／2）", 8.5)
    top = header(90)
    for r in _NANYO_KPI[:6]:
        top = row(top, r)
    pdf.text(40, top + 14, "評価　Ａ：目標達成　Ｂ：目標に向けて順調に推移　Ｃ：基準値を下回る　Ｄ：基準値を下回り改善が見られない",
             7.5)
    pdf.text(40, top + 27, "基準年の H30 は平成30年度、R1 は令和元年度。「－」は基準値を設定していない指標です。", 7.5)
    pdf.page()
    pdf.right(pdf.W - 40, 40, "（2／2）", 8.5)
    top = header(70)
    for r in _NANYO_KPI[6:]:
        top = row(top, r)
    top += 24
    pdf.text(40, top, "【検証結果と今後の方針】", 10, GOTHIC)
    lines = [
        "９指標のうちＡ評価は２指標、Ｂ評価は４指標でした。赤湯温泉の観光入込客数は感染症の影響から回復途上にあり、",
        "宿泊を伴う誘客が課題です。合計特殊出生率は基準値を下回り、若い世代の結婚・出産の希望をかなえる支援の強化が必要です。",
        "今後は、第３期戦略の策定に向けて、ワインツーリズムと温泉を組み合わせた滞在型観光の推進と、",
        "結婚から子育てまでの切れ目ない支援を重点に取組を見直します。",
    ]
    for i, s in enumerate(lines):
        pdf.text(44, top + 18 + 14 * i, s, 8.5)
    top += 18 + 14 * len(lines) + 14
    pdf.text(40, top, "【令和６年度の主な取組】", 10, GOTHIC)
    items = ["・ワイナリー新規参入支援事業（交付金事業）", "・赤湯温泉街なか回遊促進事業",
             "・南陽市ふるさと移住支援金", "・結婚新生活支援補助金", "・デマンド型乗合タクシー運行事業"]
    for i, s in enumerate(items):
        pdf.text(44, top + 18 + 14 * i, s, 8.5)
    pdf.page()
    return pdf.save()


# ---------------------------------------------------------------- 2. 大田原市 後期基本計画 (DOCX)

_OTAWARA_JIGYO = [
    ("1", "黒羽地区小中一貫教育推進事業", "学校教育課", "○", "継続"),
    ("2", "ＧＩＧＡスクール端末更新事業", "学校教育課", "●", "新規"),
    ("3", "湯津上地区放課後子ども教室運営事業", "生涯学習課", "○", "拡充"),
    ("4", "外国語指導助手配置事業", "学校教育課", "○", "継続"),
    ("5", "不登校児童生徒支援教室（ふれあい教室）運営事業", "教育研究所", "●", "拡充"),
    ("6", "学校給食費負担軽減事業", "学校給食課", "●", "新規"),
]
# (指標名, 現状値（R6）, 目標値（R12）, 単位)
_OTAWARA_KPI = [
    ("全国学力・学習状況調査の平均正答率（全国比）", "98.6", "102.0", "％"),
    ("「学校に行くのが楽しい」と答えた児童生徒の割合", "84.1", "90.0", "％"),
    ("不登校児童生徒の出現率", "2.84", "2.00", "％"),
    ("放課後子ども教室の参加児童数", "1,126", "1,400", "人"),
]


def otawara_kouki_kihon_keikaku_docx(out: Path) -> Path:
    """栃木県大田原市 第２次総合計画 後期基本計画（令和８年度～令和12年度） 施策シート: a 施策体系 table with merged
    政策 cells, 現状と課題 / 施策の方針 paragraphs, a 主な事業 table (No.｜事業名｜担当課｜重点｜区分) where 重点 is ●
    and the 区分 word 新規／拡充／継続, and a 成果指標 table with the unit in its own last column."""
    import docx
    d = docx.Document()
    d.add_heading("第２次大田原市総合計画　後期基本計画", 0)
    d.add_paragraph("計画期間：令和８年度～令和12年度")
    d.add_heading("第１章　施策体系", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["政策", "施策", "施策番号"]):
        c.text = h
    rows = [("政策２　未来を担う人を育むまち", "２－１　確かな学力と豊かな心の育成", "2-1"),
            ("", "２－２　子どもの居場所づくり", "2-2"),
            ("", "２－３　生涯学習・スポーツの推進", "2-3"),
            ("政策３　健やかに暮らせるまち", "３－１　地域医療の確保", "3-1")]
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    t.cell(1, 0).merge(t.cell(3, 0))
    t.cell(1, 0).text = "政策２　未来を担う人を育むまち"
    d.add_heading("施策２－１　確かな学力と豊かな心の育成", 1)
    d.add_heading("現状と課題", 2)
    d.add_paragraph("本市の児童生徒の学力は全国平均をやや下回る水準で推移しています。小規模校が多い黒羽地区では、"
                    "児童生徒数の減少により集団での学び合いの機会が少なくなっていることが課題です。"
                    "また、不登校児童生徒の出現率は上昇傾向にあり、学校以外の学びの場の確保が急がれます。")
    d.add_heading("施策の方針", 2)
    d.add_paragraph("義務教育９年間を見通した小中一貫教育を全市に広げ、一人一台端末を活用した個別最適な学びを進めます。"
                    "あわせて、学校・家庭・地域が連携し、誰一人取り残さない教育環境を整えます。")
    d.add_heading("主な事業", 2)
    d.add_paragraph("●は重点事業、区分は前期基本計画との比較を示します。")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "事業名", "担当課", "重点", "区分"]):
        c.text = h
    for r in _OTAWARA_JIGYO:
        for c, v in zip(t.add_row().cells, r):
            c.text = v
    d.add_heading("成果指標", 2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["指標名", "現状値（令和６年度）", "目標値（令和12年度）", "単位"]):
        c.text = h
    for r in _OTAWARA_KPI:
        for c, v in zip(t.add_row().cells, r):
            c.text = v
    d.add_paragraph("※不登校児童生徒の出現率は、小中学校の全児童生徒数に占める割合です。")
    path = out / "otawara_dai2ji_sogo_keikaku_kouki_kihon_keikaku.docx"
    d.save(str(path))
    return path


# ---------------------------------------------------------------- 3. 遠軽町 当初予算の概要 (XLSX)

# (款, R8, R7) in 千円
_ENGARU_SAINYU = [
    ("町税", 1_482_300, 1_455_600), ("地方交付税", 5_210_000, 5_080_000), ("国庫支出金", 1_364_820, 1_512_470),
    ("道支出金", 702_150, 688_900), ("町債", 1_128_600, 1_391_300), ("諸収入・その他", 2_876_130, 2_801_730),
]
_ENGARU_SAISHUTSU = [
    ("総務費", 1_602_410, 1_588_020), ("民生費", 2_914_760, 2_861_300), ("衛生費", 1_104_380, 1_078_450),
    ("農林水産業費", 1_286_950, 1_342_180), ("土木費", 1_658_300, 1_902_760), ("教育費", 1_021_470, 986_340),
    ("公債費", 1_470_230, 1_452_950), ("その他", 1_705_500, 1_718_000),
]
# (区分, 事業名, 事業費（千円）, 新規)
_ENGARU_JIGYO = [
    ("子育て・教育", "丸瀬布小学校大規模改修事業", 284_600, ""),
    ("子育て・教育", "第２子以降保育料無償化事業", 41_250, "新規"),
    ("子育て・教育", "高校生通学費助成事業", 18_900, ""),
    ("産業振興", "生田原地区森林整備担い手確保事業", 23_480, "新規"),
    ("産業振興", "コスモス園観光施設リニューアル事業", 96_300, ""),
    ("暮らし・安全", "町道瀬戸瀬線改良事業", 152_000, ""),
    ("暮らし・安全", "防災行政無線デジタル化事業", 318_700, "新規"),
    ("暮らし・安全", "高齢者除雪サービス事業（再掲：福祉）", 12_640, ""),
]


def engaru_tosho_yosan_xlsx(out: Path) -> Path:
    """北海道遠軽町 令和８年度 当初予算の概要: sheet 総括 (会計別 with 前年度比較, △ format), sheet 一般会計 (歳入 款
    and 歳出 款 blocks side by side in one sheet, 増減額 and 増減率, 合計 rows), sheet 主な事業 (区分 merged over its
    rows, 事業費 in 千円 only in a 単位 note, 新規 as a mark column)."""
    import openpyxl
    from openpyxl.styles import Alignment, Font
    wb = openpyxl.Workbook()
    fmt = '#,##0;"△"#,##0'
    ws = wb.active
    ws.title = "総括"
    ws["A1"] = "令和８年度　遠軽町当初予算の概要"
    ws["A1"].font = Font(bold=True, size=14)
    ws["E2"] = "（単位：千円、％）"
    ws.append(["会計", "令和８年度", "令和７年度", "増減額", "増減率"])
    kaikei = [("一般会計", 12_764_000, 12_930_000), ("国民健康保険特別会計", 2_086_400, 2_143_900),
              ("介護保険特別会計", 2_612_300, 2_548_700), ("後期高齢者医療特別会計", 402_600, 391_200),
              ("水道事業会計", 1_108_900, 1_046_500)]
    for name, a, b in kaikei:
        ws.append([name, a, b, a - b, round((a - b) / b * 100, 1)])
    ta, tb = sum(k[1] for k in kaikei), sum(k[2] for k in kaikei)
    ws.append(["合計", ta, tb, ta - tb, round((ta - tb) / tb * 100, 1)])
    for row in ws.iter_rows(min_row=4, max_row=ws.max_row, min_col=2, max_col=4):
        for c in row:
            c.number_format = fmt
    for row in ws.iter_rows(min_row=4, max_row=ws.max_row, min_col=5, max_col=5):
        for c in row:
            c.number_format = '0.0;"△"0.0'
    ws.append([])
    ws.append(["予算編成の基本方針"])
    ws.append(["人口減少と物価高騰が続くなか、防災行政無線のデジタル化など将来に備える投資を優先しつつ、"
               "事業の選択と集中により町債発行額を前年度より抑制しました。"])

    ws = wb.create_sheet("一般会計")
    ws["A1"] = "一般会計　歳入・歳出（款別）"
    ws["A2"] = "単位：千円"
    ws.append(["【歳入】", None, None, None, None, None, "【歳出】"])
    ws.append(["款", "令和８年度", "令和７年度", "比較", None, None, "款", "令和８年度", "令和７年度", "比較"])
    n = max(len(_ENGARU_SAINYU), len(_ENGARU_SAISHUTSU))
    for i in range(n):
        row = [None] * 10
        if i < len(_ENGARU_SAINYU):
            k, a, b = _ENGARU_SAINYU[i]
            row[0:4] = [k, a, b, a - b]
        k, a, b = _ENGARU_SAISHUTSU[i]
        row[6:10] = [k, a, b, a - b]
        ws.append(row)
    sa = sum(x[1] for x in _ENGARU_SAINYU), sum(x[2] for x in _ENGARU_SAINYU)
    ss = sum(x[1] for x in _ENGARU_SAISHUTSU), sum(x[2] for x in _ENGARU_SAISHUTSU)
    assert sa == ss == (12_764_000, 12_930_000), (sa, ss)
    ws.append(["歳入合計", sa[0], sa[1], sa[0] - sa[1], None, None, "歳出合計", ss[0], ss[1], ss[0] - ss[1]])
    for row in ws.iter_rows(min_row=5, max_row=ws.max_row):
        for c in row:
            if isinstance(c.value, int):
                c.number_format = fmt
    ws.append([])
    ws.append(["※町債のうち臨時財政対策債は 186,600千円（前年度 203,400千円）です。"])

    ws = wb.create_sheet("主な事業")
    ws["A1"] = "令和８年度の主な事業"
    ws["D2"] = "（事業費の単位：千円）"
    ws.append(["区分", "事業名", "事業費", "新規"])
    start = 4
    for r in _ENGARU_JIGYO:
        ws.append(list(r))
    for c in ws["C"][3:]:
        c.number_format = "#,##0"
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(_ENGARU_JIGYO):
        groups.setdefault(r[0], []).append(start + i)
    for name, rows in groups.items():
        ws.merge_cells(start_row=rows[0], end_row=rows[-1], start_column=1, end_column=1)
        ws.cell(rows[0], 1).alignment = Alignment(vertical="center")
    path = out / "engaru_r8_tosho_yosan_gaiyo.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 4. 塩谷町 政策展開方針 重点プロジェクト (PDF, cards)

_SHIOYA_CARDS = [
    ("重点プロジェクト１　名水と森のしごとづくり", [
        "ねらい：尚仁沢の名水と森林資源を生かした雇用の創出",
        "□ 〔新規〕名水ブランド商品開発支援事業",
        "□ 船生地区木材加工施設誘致事業",
        "□ 〔新規〕森林環境譲与税活用 林業研修事業",
        "ＫＰＩ：町内新規雇用者数　R6 24人 → R12 60人"]),
    ("重点プロジェクト２　子育て世代に選ばれるまち", [
        "ねらい：若い世代の定住と出生数の回復",
        "□ 〔新規〕玉生地区子育て交流拠点整備事業",
        "□ 塩谷町出産応援給付金（町独自上乗せ）",
        "□ 中学生海外派遣研修事業",
        "ＫＰＩ：年間出生数　R6 41人 → R12 55人"]),
    ("重点プロジェクト３　つながり支え合う地域", [
        "ねらい：高齢者が住み慣れた地域で暮らし続ける",
        "□ 地区公民館サロン運営支援事業",
        "□ 〔新規〕デマンドタクシー予約アプリ導入事業",
        "□ 買い物弱者移動販売車運行補助",
        "ＫＰＩ：サロン参加者数　R6 1,380人 → R12 2,000人"]),
    ("重点プロジェクト４　ゼロカーボンしおや", [
        "ねらい：再生可能エネルギーの地産地消",
        "□ 公共施設太陽光発電設備導入事業",
        "□ 〔新規〕住宅用木質ペレットストーブ設置補助",
        "□ 町有林Ｊ－クレジット創出事業",
        "ＫＰＩ：町の事務事業CO2排出量　R4 2,946t → R12 1,620t"]),
]


def shioya_seisaku_tenkai_hoshin_pdf(out: Path) -> Path:
    """栃木県塩谷町 令和８年度 政策展開方針: page 1 方針 prose and 課題 in a numbered list; page 2 four framed
    重点プロジェクト cards two per row (so lines of neighbouring cards share printed lines), □ checkbox 事業 lines
    with 〔新規〕 marks, and each card's KPI as a 「R6 24人 → R12 60人」 line."""
    pdf = PdfPage(out / "shioya_r8_seisaku_tenkai_hoshin.pdf", title="塩谷町 令和８年度 政策展開方針",
                  author="塩谷町 企画調整課")
    pdf.center(PAGE_W / 2, 60, "令和８年度　塩谷町政策展開方針", 16, GOTHIC)
    pdf.text(50, 100, "１　基本的な考え方", 11.5, GOTHIC)
    lines = [
        "第６次塩谷町振興計画の中間年を迎え、人口減少の進行に歯止めをかけることを最優先に、",
        "限られた財源を４つの重点プロジェクトに集中して投入します。各プロジェクトにはＫＰＩを設け、",
        "毎年度の効果検証により事業を見直します。",
    ]
    for i, s in enumerate(lines):
        pdf.text(56, 120 + 15 * i, s, 9.5)
    pdf.text(50, 180, "２　町が直面する課題", 11.5, GOTHIC)
    kadai = [
        "（１）年間出生数が10年前の半数程度に減少し、小学校の複式学級化が進んでいること。",
        "（２）町内に若い世代が就ける仕事が少なく、高校卒業後の転出超過が続いていること。",
        "（３）運転免許を返納した高齢者の通院・買い物の移動手段が不足していること。",
    ]
    for i, s in enumerate(kadai):
        pdf.text(56, 200 + 15 * i, s, 9.5)
    pdf.page()
    pdf.text(40, 50, "３　重点プロジェクト", 12, GOTHIC)
    pdf.text(40, 66, "□は主な事業、〔新規〕は令和８年度からの事業です。", 8)
    w = (PAGE_W - 100) / 2
    top = 84
    for i in range(0, 4, 2):
        h1 = pdf.framed_box(40, top, w, *_SHIOYA_CARDS[i], size=8.5, step=15)
        h2 = pdf.framed_box(60 + w, top, w, *_SHIOYA_CARDS[i + 1], size=8.5, step=15)
        top += max(h1, h2) + 24
    pdf.text(40, top + 4, "※ＫＰＩの R4・R6 は基準とした年度、R12 は目標年度です。", 8)
    pdf.page()
    return pdf.save()


# ---------------------------------------------------------------- 5. 上野村 教育振興基本計画 (HTML)

_UENO_HTML = """<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>第３期上野村教育振興基本計画を策定しました｜上野村</title></head>
<body>
<header><p class="site">群馬県上野村 公式ホームページ</p>
<nav><ul><li><a href="/">トップ</a></li><li><a href="/kurashi/">くらし</a></li><li><a href="/kyoiku/">教育・文化</a></li></ul></nav></header>
<p class="crumb"><a href="/">トップ</a> &gt; <a href="/kyoiku/">教育・文化</a> &gt; 第３期上野村教育振興基本計画</p>
<main>
<h1>第３期上野村教育振興基本計画を策定しました</h1>
<p class="date">掲載日：2026年4月1日　教育委員会事務局</p>
<p>上野村教育委員会は、令和８年度から令和12年度までの５年間を計画期間とする「第３期上野村教育振興基本計画」を策定しました。</p>
<h2>計画の目的</h2>
<p>小規模校の良さを生かし、村の自然と人に学ぶ教育を通して、ふるさとを愛し、自ら未来を切り拓く子どもを育てることを目的とします。</p>
<h2>現状と課題</h2>
<ul>
<li>児童生徒数は平成30年度の58人から令和６年度の41人に減少し、学年によっては１人学級となっています。</li>
<li>山村留学生の受入れが村の学校の活力を支えている一方、受入れ家庭（里親）の確保が難しくなっています。</li>
<li>乙父・楢原地区では公民館の利用が減り、大人の学びの場の維持が課題です。</li>
</ul>
<h2>基本方針と主な取組</h2>
<table border="1">
<thead><tr><th>基本方針</th><th>主な取組</th><th>新規</th></tr></thead>
<tbody>
<tr><td rowspan="3">１ 確かな学びの保障</td><td>小中一貫校における少人数指導の充実</td><td></td></tr>
<tr><td>遠隔合同授業推進事業</td><td>✔</td></tr>
<tr><td>英語検定受検料助成</td><td></td></tr>
<tr><td rowspan="2">２ ふるさと学習と山村留学</td><td>山村留学生受入れ促進事業</td><td></td></tr>
<tr><td>森林・川の体験学習プログラム</td><td>✔</td></tr>
<tr><td rowspan="2">３ 生涯学習の推進</td><td>乙父・楢原地区公民館講座</td><td></td></tr>
<tr><td>村民デジタル活用講座</td><td>✔</td></tr>
</tbody>
</table>
<h2>成果指標</h2>
<table border="1">
<thead><tr><th>指標</th><th>基準値</th><th>目標値<br>（令和12年度）</th></tr></thead>
<tbody>
<tr><td>山村留学生の受入れ人数</td><td>９人<br>（令和６年度）</td><td>12人</td></tr>
<tr><td>「授業がわかる」と答えた児童生徒の割合</td><td>87.8％<br>（令和６年度）</td><td>95.0％</td></tr>
<tr><td>公民館講座の延べ参加者数</td><td>642人<br>（令和５年度）</td><td>800人</td></tr>
<tr><td>図書館の村民一人当たり貸出冊数</td><td>6.4冊<br>（令和６年度）</td><td>8.0冊</td></tr>
</tbody>
</table>
<p>※計画の全文（PDF）は教育委員会事務局で閲覧できます。</p>
</main>
<footer><p>上野村役場　〒370-1614 群馬県多野郡上野村大字川和</p></footer>
</body>
</html>
"""


def ueno_kyoiku_shinko_html(out: Path) -> Path:
    """群馬県上野村 第３期教育振興基本計画 (web page, UTF-8): nav, breadcrumb, 掲載日 in Western style, 課題 as <ul>, a
    基本方針｜主な取組｜新規 table with rowspan and ✔ marks, a 成果指標 table whose 基準値 cells hold the unit and the
    year on a second line (<br>), the target year only in the header."""
    p = out / "ueno_dai3ki_kyoiku_shinko_kihon_keikaku.html"
    return write_text(p, _UENO_HTML)


# ---------------------------------------------------------------- 6. 鮫川村 地域福祉計画 (CSV, CP932)

_SAMEGAWA_CSV = [
    ["第２期鮫川村地域福祉計画（令和８年度～令和12年度）　成果指標と主な取組"],
    [],
    ["【成果指標】"],
    ["No.", "指標", "単位", "策定時（Ｒ６）", "中間目標（Ｒ10）", "最終目標（Ｒ12）", "備考"],
    ["1", "見守りネットワーク協力事業所数", "事業所", "３２", "４０", "４５", ""],
    ["2", "ふれあいいきいきサロン設置数", "か所", "１４", "１７", "２０", "渡瀬地区を含む全行政区"],
    ["3", "生活支援ボランティア登録者数", "人", "８６", "１１０", "１３０", ""],
    ["4", "避難行動要支援者の個別避難計画作成率", "％", "４１．５", "７０．０", "１００．０", "同意を得た方が対象"],
    ["5", "「困ったときに相談できる人がいる」村民の割合", "％", "７２．３", "－", "８０．０", "村民アンケート"],
    [],
    ["【主な取組】"],
    ["基本目標", "取組", "実施主体", "新規", "再掲"],
    ["１　支え合う地域づくり", "見守りネットワーク事業", "社会福祉協議会", "", ""],
    ["１　支え合う地域づくり", "ふれあいいきいきサロン運営補助", "村", "", ""],
    ["１　支え合う地域づくり", "渡瀬地区買い物支え合い事業", "地区・社協", "○", ""],
    ["２　誰もが相談できる体制", "重層的支援体制整備事業", "村", "○", ""],
    ["２　誰もが相談できる体制", "ひきこもり相談窓口の設置", "村・社協", "○", ""],
    ["２　誰もが相談できる体制", "成年後見制度利用支援事業", "村", "", ""],
    ["３　安心して暮らせる環境", "個別避難計画作成推進事業", "村", "", ""],
    ["３　安心して暮らせる環境", "見守りネットワーク事業", "社会福祉協議会", "", "再掲"],
    ["３　安心して暮らせる環境", "福祉有償運送支援事業", "村", "", ""],
    [],
    ["※数値は全角で記載。「－」は中間目標を設定していない指標。"],
    ["※計画の目的：住民、地域、社会福祉協議会及び村が協働し、誰もが役割を持ち支え合いながら安心して暮らせる村をつくること。"],
]


def samegawa_chiiki_fukushi_csv(out: Path) -> Path:
    """福島県鮫川村 第２期地域福祉計画 成果指標と主な取組 (CSV, CP932, CRLF): 全角 digits, 策定時（Ｒ６）｜中間目標（Ｒ10）｜
    最終目標（Ｒ12） columns, 「－」 for a missing 中間目標, a second block of 取組 with 新規 ○ and 再掲 columns and the
    基本目標 repeated on every row."""
    def cell(v: str) -> str:
        return f'"{v}"' if ("," in v or '"' in v) else v
    text = "\n".join(",".join(cell(v) for v in row) for row in _SAMEGAWA_CSV) + "\n"
    return write_text(out / "samegawa_dai2ki_chiiki_fukushi_keikaku.csv", text, encoding="cp932", crlf=True)


def make_all(out_dir: Path) -> list[Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [nanyo_sogo_senryaku_pdf(out_dir), otawara_kouki_kihon_keikaku_docx(out_dir),
            engaru_tosho_yosan_xlsx(out_dir), shioya_seisaku_tenkai_hoshin_pdf(out_dir),
            ueno_kyoiku_shinko_html(out_dir), samegawa_chiiki_fukushi_csv(out_dir)]
