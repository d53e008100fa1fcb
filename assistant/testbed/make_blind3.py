"""Third blind fixture set: eleven documents in layouts nobody tuned the extractor to, answers written by hand.

`make_all(out_dir)` writes eleven documents of Japanese local-government kinds (a 総合計画 実施計画, a 予算書
事項別明細書, a KPI 進捗 workbook with merged headers, a 総合戦略 in Word, a 広報 budget feature in CP932, a
行政評価 CSV with 一次/二次評価, a 施政方針, a 主要施策の成果 with 事業 blocks, a 市民意識調査 report with
rank tables, a 主要事業一覧 workbook with 財源内訳 and a 議会 会議録) into `out_dir` and returns their paths.
The municipalities are real (none in 北海道, none in the prefectures of shared/realdocs, of the first and second
blind sets or of tests/fixtures/plans); every figure, name and sentence is invented. The expected answers in
`questions.jsonl` were written by hand from the text below, without reading or running the extractor. Binary
formats are generated here, never committed.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from assistant.testbed.documents import GOTHIC, MINCHO, PAGE_H, PAGE_W, PdfPage, write_text  # noqa: F401


def _lines(pdf: PdfPage, x: float, top: float, sentences: list[str], size: float = 9.5, step: float = 16) -> float:
    """Draw one sentence per line from `top` down; return the top of the next free line."""
    for s in sentences:
        pdf.text(x, top, s, size)
        top += step
    return top


# ---------------------------------------------------------------- 1. 総合計画 実施計画 (PDF)

def tsubame_jisshi_pdf(out: Path) -> Path:
    """新潟県燕市 総合計画 実施計画 (PDF, 2 pages): one block per 施策 — a 【施策】 heading, a 「施策の目標」 line,
    then a small ruled table 事業名｜区分｜担当課｜令和7年度｜令和8年度｜令和9年度 in 千円, the 事業概要 as a second,
    smaller line inside the 事業名 cell; 区分 as words (新規/拡充/継続); years with no amount printed 「－」."""
    pdf = PdfPage(out / "tsubame_jisshi_keikaku_r7_r9.pdf",
                title="第3次燕市総合計画 実施計画（令和7年度～令和9年度）", author="燕市 企画財政部 企画財政課")
    pdf.text(40, 56, "第３次燕市総合計画　実施計画", 16, GOTHIC)
    pdf.text(40, 78, "（令和７年度～令和９年度）", 11)
    top = _lines(pdf, 46, 104, [
        "実施計画は、基本計画に掲げた施策を具体化する事業を、３か年の事業費とともに示すものです。",
        "社会経済情勢の変化に対応するため、毎年度見直しを行うローリング方式により策定しています。",
        "事業費は各年度の見込額であり、予算の編成過程で変更になる場合があります。",
    ], 9)
    pdf.right(PAGE_W - 40, top + 2, "（単位：千円）", 8.5)
    cols = [200, 40, 80, 66, 66, 63]
    head = ["事業名／事業概要", "区分", "担当課", "令和７年度", "令和８年度", "令和９年度"]
    blocks = [
        ("【施策１－１】ものづくり産業の振興",
         "施策の目標　金属加工の技術と人材を次の世代へ引き継ぎ、世界に通用する産地をつくる", [
             ("金属加工技術継承支援事業", "熟練技能者による若手職人への技術指導を支援", "継続", "産業振興課",
              "18,400", "18,400", "18,400"),
             ("燕三条ものづくり海外販路開拓事業", "海外見本市への出展経費を補助", "拡充", "商工振興課",
              "26,500", "30,000", "30,000"),
             ("産業用ロボット導入補助事業", "中小企業の自動化設備の導入費を補助", "新規", "産業振興課",
              "45,000", "45,000", "－"),
         ]),
        ("【施策１－２】農業の振興",
         "施策の目標　担い手への農地の集積と省力化で、持続できる水田農業を実現する", [
             ("スマート水田管理実証事業", "水位センサーと自動給水栓の実証を行う", "新規", "農政課",
              "12,800", "9,600", "9,600"),
             ("農地集積・集約化推進事業", "担い手への農地の貸付けに協力金を交付", "継続", "農政課",
              "7,350", "7,350", "7,350"),
         ]),
        ("【施策２－１】子育て支援の充実",
         "施策の目標　妊娠期から子育て期まで切れ目なく支え、子育ての不安を減らす", [
             ("産後ケア事業", "助産師による宿泊型・日帰り型のケアを提供", "拡充", "子育て支援課",
              "15,900", "16,300", "16,300"),
             ("第２子以降保育料無償化事業", "第２子以降の３歳未満児の保育料を無償化", "継続", "子育て支援課",
              "98,200", "98,200", "98,200"),
             ("こども家庭センター設置事業", "母子保健と児童福祉の相談窓口を一体化", "新規", "健康づくり課",
              "22,600", "8,400", "8,400"),
         ]),
        ("【施策２－２】学校教育の充実",
         "施策の目標　安全で快適な学習環境を整え、子どもの確かな学力を育む", [
             ("小中学校タブレット端末更新事業", "児童生徒１人１台端末を更新", "新規", "学校教育課",
              "312,000", "－", "－"),
             ("吉田中学校長寿命化改修事業", "校舎の外壁・屋上防水・設備を改修", "継続", "教育総務課",
              "486,000", "512,000", "－"),
         ]),
        ("【施策３－１】防災・減災の推進",
         "施策の目標　災害に強いまちをつくり、市民の命と財産を守る", [
             ("中ノ口川沿い避難路整備事業", "避難路となる市道の拡幅と照明の設置", "継続", "土木課",
              "64,300", "71,800", "38,000"),
             ("防災行政無線デジタル化事業", "屋外拡声子局をデジタル方式に更新", "継続", "防災課",
              "128,000", "－", "－"),
             ("木造住宅耐震改修補助事業", "補助上限を１２０万円に引き上げ", "拡充", "都市計画課",
              "9,800", "9,800", "9,800"),
         ]),
    ]
    top += 10
    page_no = 1
    for n, (title, goal, rows) in enumerate(blocks):
        if n == 3:
            pdf.right(PAGE_W - 40, PAGE_H - 28, f"- {page_no} -", 9)
            pdf.page()
            page_no += 1
            top = 50
        pdf.text(40, top + 12, title, 11, GOTHIC)
        pdf.text(48, top + 30, goal, 8.5)
        top += 38
        x = 40
        for w, cell in zip(cols, head):
            pdf.box(x, top, w, 18, fill=0.85)
            pdf.center(x + w / 2, top + 12.5, cell, 8, GOTHIC)
            x += w
        top += 18
        for name, summary, kind, section, *amounts in rows:
            x = 40
            cells = [None, kind, section] + amounts
            for c, w in enumerate(cols):
                pdf.box(x, top, w, 30)
                if c == 0:
                    pdf.text(x + 4, top + 12, name, 9)
                    pdf.text(x + 10, top + 25, summary, 7)
                elif c in (1, 2):
                    pdf.center(x + w / 2, top + 18, cells[c], 8.5)
                else:
                    pdf.right(x + w - 4, top + 18, cells[c], 8.5)
                x += w
            top += 30
        top += 8
    pdf.text(40, top + 14, "区分　新規：令和７年度から新たに実施する事業　拡充：内容を拡大する事業　継続：前年度から引き続き実施する事業", 7.5)
    pdf.right(PAGE_W - 40, PAGE_H - 28, f"- {page_no} -", 9)
    return pdf.save()


# ---------------------------------------------------------------- 2. 予算書 歳出 事項別明細書 (PDF)

def kashihara_jikoubetsu_pdf(out: Path) -> Path:
    """奈良県橿原市 一般会計予算 歳出 事項別明細書 (PDF, 2 pages): 款/項 lines above a ruled table
    目｜本年度予算額｜前年度予算額｜比較｜財源内訳 (国県支出金｜地方債｜その他｜一般財源)｜説明, in 千円; the 説明
    column lists numbered 事業 with their amounts, one per line, inside the 目's tall row; △ for decreases."""
    pdf = PdfPage(out / "kashihara_r7_yosansho_saishutsu.pdf",
                title="令和7年度 橿原市一般会計予算 歳出 事項別明細書", author="橿原市")
    cols = [62, 52, 52, 46, 44, 40, 40, 46, 133]
    head1 = ["目", "本年度", "前年度", "比較", "本年度の財源内訳", "", "", "", "説明"]
    head2 = ["", "予算額", "予算額", "", "国県支出金", "地方債", "その他", "一般財源", ""]

    def header(top: float) -> float:
        pdf.right(PAGE_W - 40, top - 6, "（単位：千円）", 8)
        x = 40
        for c, w in enumerate(cols):
            if c == 4:
                pdf.box(x, top, sum(cols[4:8]), 14, fill=0.85)
                pdf.center(x + sum(cols[4:8]) / 2, top + 10, head1[4], 7.5, GOTHIC)
            if c < 4 or c == 8:
                pdf.box(x, top, w, 28, fill=0.85)
                pdf.center(x + w / 2, top + 12, head1[c], 7.5, GOTHIC)
                if head2[c]:
                    pdf.center(x + w / 2, top + 23, head2[c], 7.5, GOTHIC)
            else:
                pdf.box(x, top + 14, w, 14, fill=0.85)
                pdf.center(x + w / 2, top + 24, head2[c], 7, GOTHIC)
            x += w
        return top + 28

    def moku(top: float, name: str, figures: list[str], notes: list[tuple[str, str]]) -> float:
        height = max(30, 12 * len(notes) + 10)
        x = 40
        for c, w in enumerate(cols):
            pdf.box(x, top, w, height)
            if c == 0:
                pdf.text(x + 3, top + 12, name, 7.5)
            elif c < 8:
                pdf.right(x + w - 3, top + 12, figures[c - 1], 7.5)
            else:
                for i, (label, amount) in enumerate(notes):
                    pdf.text(x + 3, top + 12 + 12 * i, label, 6.8)
                    pdf.right(x + w - 3, top + 12 + 12 * i, amount, 6.8)
            x += w
        return top + height

    pdf.text(40, 50, "令和７年度　橿原市一般会計予算", 14, GOTHIC)
    pdf.text(40, 70, "歳出　事項別明細書", 12, GOTHIC)
    pdf.text(40, 96, "３款　民生費　　２項　児童福祉費", 10, GOTHIC)
    pdf.text(60, 112, "項計　本年度 6,842,310　前年度 6,512,480　比較 329,830", 8.5)
    top = header(130)
    top = moku(top, "１目　児童福祉総務費", ["1,124,560", "986,420", "138,140", "412,300", "－", "18,640", "693,620"], [
        ("01 児童福祉総務費（人件費）", "286,410"),
        ("02 子ども医療費助成事業", "398,720"),
        ("03 ひとり親家庭等医療費助成事業", "96,830"),
        ("04 こども家庭センター運営事業", "42,600"),
        ("05 子育て世帯訪問支援事業", "8,900"),
        ("06 放課後児童健全育成事業", "291,100"),
    ])
    top = moku(top, "２目　児童措置費", ["2,986,400", "3,018,200", "△31,800", "2,241,000", "－", "－", "745,400"], [
        ("01 児童手当支給事業", "2,712,500"),
        ("02 児童扶養手当支給事業", "273,900"),
    ])
    top = moku(top, "３目　保育所費", ["2,731,350", "2,507,860", "223,490", "986,300", "120,000", "312,450", "1,312,600"], [
        ("01 公立保育所運営事業", "1,104,820"),
        ("02 私立保育所等運営費負担金", "1,366,530"),
        ("03 今井保育所改修事業", "260,000"),
    ])
    pdf.center(PAGE_W / 2, PAGE_H - 28, "― 86 ―", 9)
    pdf.page()

    pdf.text(40, 50, "８款　土木費　　４項　都市計画費", 10, GOTHIC)
    top = header(70)
    top = moku(top, "２目　街路事業費", ["842,300", "1,204,600", "△362,300", "368,000", "401,200", "－", "73,100"], [
        ("01 大久保四条線整備事業", "612,400"),
        ("02 八木駅南口周辺整備事業", "229,900"),
    ])
    top = moku(top, "４目　公園費", ["318,750", "276,940", "41,810", "52,000", "96,000", "14,200", "156,550"], [
        ("01 公園維持管理事業", "184,350"),
        ("02 橿原運動公園遊具更新事業", "134,400"),
    ])
    pdf.text(40, top + 30, "10款　教育費　　３項　中学校費", 10, GOTHIC)
    top = header(top + 50)
    top = moku(top, "１目　学校管理費", ["486,920", "452,310", "34,610", "－", "－", "4,820", "482,100"], [
        ("01 中学校管理運営事業", "298,520"),
        ("02 中学校給食費無償化事業", "188,400"),
    ])
    pdf.center(PAGE_W / 2, PAGE_H - 28, "― 87 ―", 9)
    return pdf.save()


# ---------------------------------------------------------------- 3. KPI 進捗 workbook with merged headers (XLSX)

def tsuruoka_kpi_xlsx(out: Path) -> Path:
    """山形県鶴岡市 総合戦略 KPI 進捗状況 (XLSX): a two-row header with merged cells — 基準値 over 値｜年度,
    実績値 over one column per year (令和3年度…令和6年度), 目標値（令和8年度） merged down — 基本目標 rows merged
    across the table, the unit in its own column, progress as ◎○△× explained on a second sheet, 備考 notes."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI進捗"
    ws["A1"] = "鶴岡市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況"
    ws["A2"] = "鶴岡市企画部政策企画課"
    heads = [("A", "No"), ("B", "指標名"), ("C", "単位"), ("F", "実績値"), ("J", "目標値（令和8年度）"),
             ("K", "進捗"), ("L", "備考")]
    for col, label in heads:
        ws[f"{col}4"] = label
    ws["D4"] = "基準値"
    ws.merge_cells("D4:E4")
    ws.merge_cells("F4:I4")
    for col in "ABCJKL":
        ws.merge_cells(f"{col}4:{col}5")
    for col, label in zip("DEFGHI", ["値", "年度", "令和3年度", "令和4年度", "令和5年度", "令和6年度"]):
        ws[f"{col}5"] = label
    for row in ws["A4:L5"]:
        for cell in row:
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    goals = [
        ("基本目標１　地域の資源を生かした産業を振興し、しごとをつくる", [
            (1, "農業産出額", "億円", 186.0, "R1", 192.4, 188.7, 201.3, 205.6, 210.0, "○", ""),
            (2, "市内宿泊者数", "千人", 624, "R1", 398, 455, 566, 589, 650, "△", "インバウンドの回復が遅れている"),
            (3, "創業支援による創業件数", "件", 28, "R1", 31, 35, 33, 40, 40, "◎", ""),
        ]),
        ("基本目標２　鶴岡への新しいひとの流れをつくる", [
            (4, "転入者数", "人", 2912, "R1", 2845, 2790, 2866, 2931, 3100, "△", ""),
            (5, "移住者数（市の支援制度を利用した人数）", "人", 106, "R1", 148, 172, 195, 221, 200, "◎",
             "移住コーディネーターの配置が効果を上げた"),
        ]),
        ("基本目標３　結婚・出産・子育ての希望をかなえる", [
            (6, "婚姻件数", "件", 618, "H30", 498, 476, 455, 441, 600, "×", "未婚化・晩婚化の進行により減少が続いている"),
            (7, "保育所等待機児童数", "人", 12, "R1", 0, 3, 0, 0, 0, "◎", ""),
        ]),
        ("基本目標４　安心して暮らせる地域をつくる", [
            (8, "市民バス利用者数", "千人", 318, "R1", 246, 258, 262, 280, 330, "△", "運転士不足により一部路線を減便"),
            (9, "地域運営組織数", "団体", 8, "R1", 10, 12, 13, 15, 20, "○", ""),
        ]),
    ]
    r = 6
    for title, rows in goals:
        ws.cell(r, 1, title)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        r += 1
        for values in rows:
            for c, v in enumerate(values, start=1):
                if v == "":
                    continue
                cell = ws.cell(r, c, v)
                if isinstance(v, float):
                    cell.number_format = "0.0"
                elif isinstance(v, int) and c > 1:
                    cell.number_format = "#,##0"
            r += 1
    ws.cell(r + 1, 1, "※実績値は各年度末（3月31日）時点。農業産出額は暦年の数値。")
    legend = wb.create_sheet("評価基準")
    for i, (mark, text) in enumerate([("◎", "目標値を達成"), ("○", "目標達成に向けて順調"),
                                      ("△", "基準値は上回るが目標達成は困難、または基準値を下回る"), ("×", "悪化")],
                                     start=1):
        legend.cell(i, 1, mark)
        legend.cell(i, 2, text)
    path = out / "tsuruoka_sousei_kpi_shinchoku.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 4. 総合戦略 in Word (DOCX)

def kurayoshi_senryaku_docx(out: Path) -> Path:
    """鳥取県倉吉市 総合戦略 (DOCX): numbered headings (第N章 / N 基本目標 / (N) 施策), 【現状と課題】 and
    【具体的な事業】 labels, the 事業 as List Bullet paragraphs ending 【新規】/【拡充】 and （担当課）, and per 施策
    a KPI table 重要業績評価指標｜基準値｜基準年｜目標値｜目標年 with the years in cells of their own."""
    import docx
    doc = docx.Document()
    doc.core_properties.title = "第3期倉吉市まち・ひと・しごと創生総合戦略"
    doc.add_heading("第3期倉吉市まち・ひと・しごと創生総合戦略", level=0)
    doc.add_paragraph("計画期間　令和7年度～令和11年度")
    doc.add_heading("第1章　総合戦略の基本的な考え方", level=1)
    doc.add_paragraph("本戦略は、倉吉市人口ビジョンに示す将来展望の実現に向け、今後5年間に取り組む施策と"
                      "具体的な事業をまとめたものです。")

    def kpi_table(rows: list[list[str]]) -> None:
        t = doc.add_table(rows=0, cols=5)
        t.style = "Table Grid"
        for row in [["重要業績評価指標", "基準値", "基準年", "目標値", "目標年"]] + rows:
            for c, v in zip(t.add_row().cells, row):
                c.text = v

    def measure(title: str, issue: str, projects: list[str], kpis: list[list[str]]) -> None:
        doc.add_heading(title, level=3)
        doc.add_paragraph("【現状と課題】")
        doc.add_paragraph(issue)
        doc.add_paragraph("【具体的な事業】")
        for p in projects:
            doc.add_paragraph(p, style="List Bullet")
        kpi_table(kpis)

    doc.add_heading("第2章　基本目標と具体的な施策", level=1)
    doc.add_heading("1　基本目標1　地域の稼ぐ力を高め、安定した雇用をつくる", level=2)
    doc.add_paragraph("数値目標：市内の従業者数　20,860人（令和3年）→21,000人（令和11年）")
    measure("(1)　中小企業の経営力強化と創業支援",
            "市内事業所の約6割で経営者が60歳以上となっており、事業承継が進まなければ廃業の増加が懸念されます。",
            ["事業承継マッチング支援事業【新規】（商工観光課）", "創業スタートアップ補助事業（商工観光課）",
             "白壁土蔵群空き店舗活用事業【拡充】（商工観光課）"],
            [["市の支援による創業件数", "18件", "令和5年度", "25件", "令和11年度"],
             ["事業承継の成約件数", "2件", "令和5年度", "10件", "令和11年度（5年間累計）"]])
    measure("(2)　農業の振興",
            "梨や西瓜の産地として知られるが、生産者の高齢化により栽培面積の減少が続いています。",
            ["梨産地再生支援事業【拡充】（農林課）", "新規就農者定着支援事業（農林課）"],
            [["新規就農者数", "7人", "令和5年度", "12人", "令和11年度"]])
    doc.add_heading("2　基本目標2　倉吉への新しいひとの流れをつくる", level=2)
    measure("(1)　移住・定住の促進",
            "20歳代の転出超過が続いており、特に進学・就職期の女性の転出が多くなっています。",
            ["移住定住総合窓口運営事業（企画課）", "お試し住宅整備事業【新規】（企画課）",
             "奨学金返還支援事業【拡充】（商工観光課）"],
            [["市の施策による移住者数", "142人", "令和5年度", "180人", "令和11年度"]])
    measure("(2)　関係人口の創出",
            "市外に住みながら本市を応援する人は増えているが、継続的な関わりにつながっていません。",
            ["ふるさと納税推進事業（企画課）", "倉吉ファンクラブ運営事業【新規】（企画課）"],
            [["ふるさと納税寄附件数", "38,420件", "令和5年度", "50,000件", "令和11年度"]])
    doc.add_heading("3　基本目標3　結婚・出産・子育ての希望をかなえる", level=2)
    measure("(1)　子育て支援の充実",
            "共働き世帯の増加により、放課後児童クラブの利用希望が定員を上回る校区が生じています。",
            ["放課後児童クラブ定員拡大事業【拡充】（子ども家庭課）", "出産・子育て応援給付事業（子ども家庭課）",
             "病児保育施設整備事業【新規】（子ども家庭課）"],
            [["放課後児童クラブ待機児童数", "24人", "令和5年度", "0人", "令和11年度"]])
    doc.add_heading("4　基本目標4　安心して暮らせる魅力あるまちをつくる", level=2)
    measure("(1)　中心市街地の再生と交通の確保",
            "路線バスの減便が続き、運転免許を返納した高齢者の通院や買い物の手段が限られています。",
            ["打吹地区まちなか再生事業（都市計画課）", "AIデマンド交通導入事業【新規】（企画課）"],
            [["路線バス・デマンド交通の年間利用者数", "412千人", "令和5年度", "430千人", "令和11年度"]])
    doc.add_heading("第3章　戦略の推進", level=1)
    doc.add_paragraph("外部委員で構成する倉吉市総合戦略推進委員会において、毎年度、KPIの達成状況を検証し、"
                      "必要に応じて事業を見直します。")
    path = out / "kurayoshi_dai3ki_sougou_senryaku.docx"
    doc.save(path)
    return path


# ---------------------------------------------------------------- 5. 広報 budget feature (text, CP932)

def ukiha_koho_text(out: Path) -> Path:
    """福岡県うきは市 広報 予算特集 (text, CP932, CRLF): ◎ headings, ○ groups, ・ items whose mark 「（新規）」/
    「（拡充）」 ends the name, a description line, and the amount on a line of its own 「予算額：…万円」."""
    text = """広報うきは　令和７年４月号

◎令和７年度　うきは市の当初予算

　３月議会で令和７年度の当初予算が可決されました。
　フルーツの里の魅力を生かしながら、子育て世帯への支援と防災対策に重点的に配分しています。

○一般会計　　１７２億８，６００万円（前年度比３．２％増）
○特別会計（４会計）　　７６億２，４１０万円
○市税収入の見込み　　３０億８，４００万円
○ふるさと納税寄附金の見込み　　２５億円

◎主な新規・拡充事業

○子育て・教育
・うきはっ子応援給付金事業（新規）
　１８歳までの子どもに１人当たり年額２万円を給付します。
　予算額：４，８６０万円
・学校体育館空調整備事業（新規）
　市内の小学校５校の体育館に空調設備を整備します。
　予算額：２億６，５００万円
・放課後児童クラブ運営事業（拡充）
　全てのクラブで開所時間を午後７時まで延長します。
　予算額：９，３２０万円

○農業・観光
・果樹産地次世代継承事業（拡充）
　柿やぶどうの園地を若手農家に引き継ぐ際の改植費用を補助します。
　予算額：３，７５０万円
・筑後川温泉誘客促進事業（新規）
　温泉旅館と果樹園を巡る周遊プランの造成を支援します。
　予算額：１，２８０万円

○暮らし・防災
・浸水対策排水ポンプ整備事業（拡充）
　巨瀬川流域に排水ポンプを増設します。
　予算額：１億１，６００万円
・高齢者移動支援タクシー助成事業（新規）
　７５歳以上の方のタクシー利用料金の一部を助成します。
　予算額：８４０万円
・白壁の町並み保存修理事業
　筑後吉井の伝統的建造物の修理を支援します。
　予算額：５，２００万円

◎市の財政の健全性
○実質公債費比率　８．１％（令和５年度決算）
○将来負担比率　２４．６％（令和５年度決算）

問合せ　財政課　財政係
"""
    return write_text(out / "ukiha_koho_2025_04.txt", text, encoding="cp932", crlf=True)


# ---------------------------------------------------------------- 6. 行政評価 with 一次/二次評価 (CSV, UTF-8, CRLF)

def kobayashi_hyoka_csv(out: Path) -> Path:
    """宮崎県小林市 行政評価（事務事業評価）結果 (CSV, UTF-8 without BOM, CRLF): a title row, a group header row
    (事業の概要／事業費（千円）／成果／評価) above the field row, 事業費 for three years (R4決算｜R5決算｜R6予算),
    「－」 where none, and two grades in words — 一次評価（所管課）and 二次評価（行政評価委員会）, often different."""
    groups = ["事業の概要", "", "", "", "事業費（千円）", "", "", "成果", "", "", "評価", "", "", ""]
    header = ["事業番号", "事業名", "所管課", "区分", "R4決算", "R5決算", "R6予算", "成果指標", "R5実績", "単位",
              "一次評価（所管課）", "二次評価（行政評価委員会）", "課題", "今後の方針"]
    rows = [
        ["K-101", "霧島ジオパーク推進事業", "観光交流課", "継続", "8,420", "9,160", "9,800",
         "ジオガイドの案内人数", "3,240", "人", "継続", "改善",
         "ガイドの養成は進んだが、ジオサイトへの来訪者数が伸び悩んでいる",
         "民間事業者と連携したツアー造成に重点を移す"],
        ["K-102", "出の山公園周辺整備事業", "都市整備課", "継続", "45,600", "62,300", "18,900",
         "公園利用者数", "48,700", "人", "継続", "縮小",
         "整備がおおむね完了した", "令和6年度で整備を終え、維持管理を中心とする"],
        ["K-103", "移住定住促進補助事業", "地方創生課", "継続", "38,200", "41,750", "44,000",
         "補助制度を利用した移住世帯数", "64", "世帯", "拡大", "拡大",
         "子育て世帯の移住が増えている", "住宅取得補助の対象を中古住宅の改修に広げる"],
        ["K-104", "地域おこし協力隊活用事業", "地方創生課", "継続", "21,300", "24,880", "26,400",
         "任期終了後の定住率", "66.7", "％", "継続", "継続",
         "隊員の募集に対する応募が少ない", "募集活動を首都圏の移住フェアに広げる"],
        ["K-105", "高齢者生きがいデイサービス事業", "長寿介護課", "継続", "6,820", "6,410", "6,500",
         "延べ利用者数", "2,118", "人", "縮小", "廃止",
         "利用者が減少し、介護予防教室と内容が重複している", "介護予防教室に統合する"],
        ["K-106", "子ども食堂支援事業", "子育て支援課", "新規", "－", "3,600", "4,200",
         "支援した子ども食堂の数", "9", "か所", "拡大", "拡大",
         "中山間地域に子ども食堂がない", "開設経費の補助を新たに設ける"],
        ["K-107", "畜産経営安定化支援事業", "畜産課", "継続", "52,400", "48,900", "50,000",
         "肉用牛の飼養頭数", "26,300", "頭", "継続", "継続",
         "飼料価格の高騰が続いている", "現在の支援を継続する"],
        ["K-108", "公共施設予約システム運用事業", "情報政策課", "継続", "2,140", "2,140", "2,140",
         "オンライン予約件数", "5,860", "件", "継続", "廃止",
         "県の共同利用システムへの移行が決まった", "令和6年度末で運用を終了する"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["令和6年度　小林市行政評価（事務事業評価）結果一覧　対象：令和5年度実施事業"])
    w.writerow(groups)
    w.writerow(header)
    w.writerows(rows)
    w.writerow(["評価区分：拡大／継続／改善／縮小／廃止"])
    path = out / "kobayashi_gyosei_hyoka_r6.csv"
    path.write_bytes(buf.getvalue().encode("utf-8"))
    return path


# ---------------------------------------------------------------- 7. 施政方針 (text, UTF-8)

def fujiyoshida_shisei_text(out: Path) -> Path:
    """山梨県富士吉田市 施政方針 (text, UTF-8): a speech in prose, 漢数字 section headings (一　はじめに …),
    「第一に」「第二に」 enumerations, amounts inside sentences written 「328億6千万円」 and 「1億2,800万円」, new
    事業 named in one sentence."""
    text = """令和7年度　施政方針

富士吉田市長

一　はじめに
本日、3月市議会定例会の開会に当たり、令和7年度の市政運営に臨む所信の一端と、主要な施策の概要を申し上げます。
富士山の麓に暮らす私たちにとって、世界文化遺産の価値を守りながら、その恵みを地域の活力につなげていくことは、変わらぬ使命であります。

二　予算の概要
令和7年度の一般会計の予算総額は328億6千万円で、前年度当初予算に比べ12億4千万円、3.9パーセントの増となりました。
特別会計と企業会計を合わせた予算総額は541億2,300万円であります。
歳入では、市税が堅調に推移する一方、ふるさと納税寄附金は返礼品の見直しにより減少を見込んでおります。

三　主要な施策
第一に、観光と市民生活の調和であります。
新倉山浅間公園の周辺では、観光客の急増による交通渋滞やごみの散乱が市民生活に影響を及ぼしております。
このため、観光客の分散を図る周遊バスの運行と、公園周辺への臨時駐車場の設置を行うオーバーツーリズム対策事業に1億2,800万円を計上いたしました。
あわせて、地域住民と事業者による協議会を設け、マナー啓発に取り組んでまいります。

第二に、子育て支援の充実であります。
子育て分野では、新規事業として、子どもインフルエンザ予防接種助成事業、産後ケア宿泊型利用助成事業、ファミリー・サポート利用料助成事業に取り組みます。
また、本年4月には、母子保健と児童福祉の相談を一体的に行うこども家庭センターを市役所本庁舎に開設いたします。

第三に、地場産業の振興であります。
千年以上の歴史を持つ織物産業では、産地の名を冠した生地の販路を広げる織物産地ブランド推進事業に3,400万円を計上し、首都圏での展示会への出展を支援いたします。

第四に、火山防災の強化であります。
富士山の噴火に備え、火山避難計画に基づき、避難路となる市道の拡幅工事に着手いたします。
また、改訂した火山防災マップを全世帯に配布し、地区ごとの避難訓練を実施いたします。

四　むすび
以上、令和7年度の市政運営に当たっての所信と主要な施策について申し上げました。
市民の皆様並びに議員各位の御理解と御協力を心からお願い申し上げ、施政方針といたします。
"""
    return write_text(out / "fujiyoshida_r7_shisei_houshin.txt", text)


# ---------------------------------------------------------------- 8. 主要施策の成果 with 事業 blocks (PDF)

def nago_seika_pdf(out: Path) -> Path:
    """沖縄県名護市 主要施策の成果説明書 (PDF, 2 pages): one ruled block per 事業 — a shaded title row
    「事業名…　所管課…」, then label cells 決算額｜目的｜内容｜成果｜課題 down the left and their text on the right;
    the 決算額 cell holds the 財源内訳 in parentheses; no 当初予算額, no targets."""
    pdf = PdfPage(out / "nago_r5_shuyo_shisaku_seika.pdf", title="令和5年度 主要な施策の成果に関する説明書",
                author="名護市")
    pdf.text(40, 52, "令和５年度　主要な施策の成果に関する説明書", 15, GOTHIC)
    pdf.text(40, 74, "沖縄県名護市", 10)
    _lines(pdf, 46, 98, [
        "地方自治法第２３３条第５項の規定により、令和５年度の主要な施策の成果を説明するものです。",
        "一般会計の歳出決算額は48,216,730千円で、予算現額に対する執行率は91.0％でした。",
    ], 9)
    blocks = [
        ("中心市街地空き店舗活用支援事業", "商工・企業誘致課", [
            ("決算額", ["8,640千円（財源：一般財源　8,640千円）"]),
            ("目的", ["名護十字路周辺の中心市街地に、かつてのにぎわいを取り戻す。"]),
            ("内容", ["空き店舗に出店する事業者に対し、改修費と家賃の一部を補助した。"]),
            ("成果", ["新規出店７件（うち飲食店４件）。"]),
            ("課題", ["出店後３年以内に撤退する店舗があり、経営面のフォローアップが必要である。"]),
        ]),
        ("学習支援員配置事業", "教育委員会 学校教育課", [
            ("決算額", ["42,310千円（財源：県支出金　21,150千円、一般財源　21,160千円）"]),
            ("目的", ["学習につまずきのある児童生徒に、授業の中で個別の支援を行う。"]),
            ("内容", ["学習支援員を小学校14校、中学校６校に計32人配置した。"]),
            ("成果", ["授業の内容がよく分かると答えた児童の割合が78.2％（前年度74.5％）に上昇した。"]),
            ("課題", ["支援員の確保が難しく、年度途中に欠員が生じた学校があった。"]),
        ]),
        ("特定健診受診率向上事業", "健康づくり推進課", [
            ("決算額", ["15,920千円（財源：国庫支出金　5,300千円、県支出金　5,300千円、", "一般財源　5,320千円）"]),
            ("目的", ["生活習慣病を早期に発見し、重症化を予防する。"]),
            ("内容", ["未受診者への電話とはがきによる受診勧奨を行い、休日健診を12回実施した。"]),
            ("成果", ["特定健診受診率は39.6％となり、前年度の36.1％から上昇した。"]),
            ("課題", ["40歳代・50歳代の受診率が30％を下回っており、働く世代への働きかけが課題である。"]),
        ]),
        ("市内線バス運行支援事業", "企画政策課", [
            ("決算額", ["96,480千円（財源：県支出金　32,000千円、一般財源　64,480千円）"]),
            ("目的", ["交通空白地域を解消し、高齢者や学生の移動手段を確保する。"]),
            ("内容", ["市内線バス６路線の運行経費を補助した。"]),
            ("成果", ["年間利用者数は184,600人で、前年度に比べ8.2％増加した。"]),
            ("課題", ["運転手の不足により、減便を余儀なくされた路線がある。"]),
        ]),
        ("海岸漂着物対策事業", "環境対策課", [
            ("決算額", ["27,350千円（財源：県支出金　27,350千円）"]),
            ("目的", ["海岸の良好な景観と環境を保全する。"]),
            ("内容", ["東海岸と西海岸の計18か所で漂着ごみの回収と処理を行った。"]),
            ("成果", ["漂着ごみ186トンを回収・処理した。"]),
            ("課題", ["台風の後に大量の漂着があり、回収が追いつかない時期がある。"]),
        ]),
    ]
    top = 140
    page_no = 1
    for n, (name, section, items) in enumerate(blocks):
        if n == 3:
            pdf.center(PAGE_W / 2, PAGE_H - 28, f"- {page_no} -", 9)
            pdf.page()
            page_no += 1
            top = 50
        pdf.box(40, top, 515, 20, fill=0.88)
        pdf.text(46, top + 14, f"事業名　{name}", 10, GOTHIC)
        pdf.right(549, top + 14, f"所管課　{section}", 8.5)
        top += 20
        for label, texts in items:
            height = 8 + 14 * len(texts)
            pdf.box(40, top, 60, height, fill=0.95)
            pdf.center(70, top + 13, label, 8.5, GOTHIC)
            pdf.box(100, top, 455, height)
            for i, s in enumerate(texts):
                pdf.text(106, top + 13 + 14 * i, s, 8.5)
            top += height
        top += 16
    pdf.center(PAGE_W / 2, PAGE_H - 28, f"- {page_no} -", 9)
    return pdf.save()


# ---------------------------------------------------------------- 9. 市民意識調査 report with rank tables (PDF)

def kameoka_chosa_pdf(out: Path) -> Path:
    """京都府亀岡市 市民意識調査 報告書 (PDF, 2 pages): a label｜value table of the survey's facts, rank tables
    順位｜項目｜割合（％）｜前回順位 (ranks written 「1位」, a 「－」 前回 rank for a new choice), a 満足度｜重要度 table
    of scores in points, and the findings in prose (定住意向 with the previous survey's share)."""
    pdf = PdfPage(out / "kameoka_shimin_ishiki_chosa_r6.pdf", title="令和6年度 亀岡市市民意識調査 報告書（概要版）",
                author="亀岡市 企画管理部")
    pdf.text(40, 52, "令和６年度　亀岡市市民意識調査　報告書（概要版）", 14, GOTHIC)
    pdf.text(40, 82, "１　調査の概要", 11, GOTHIC)
    facts = [("調査対象", "市内在住の18歳以上の市民3,000人（住民基本台帳から無作為抽出）"),
             ("調査期間", "令和６年７月１日～７月22日"),
             ("調査方法", "郵送配布、郵送またはインターネットによる回答"),
             ("有効回答数", "1,284人（有効回答率42.8％）")]
    top = 92
    for label, value in facts:
        pdf.box(46, top, 90, 20, fill=0.92)
        pdf.text(52, top + 14, label, 9)
        pdf.box(136, top, 410, 20)
        pdf.text(142, top + 14, value, 9)
        top += 20

    def rank_table(top: float, title: str, rows: list[tuple[str, str, str, str]], with_previous: bool) -> float:
        pdf.text(46, top, title, 10, GOTHIC)
        top += 8
        cols = [50, 280, 80] + ([70] if with_previous else [])
        head = ["順位", "項目", "割合（％）"] + (["前回順位"] if with_previous else [])
        for r, row in enumerate([tuple(head)] + rows):
            x = 46
            for c, (w, cell) in enumerate(zip(cols, row)):
                pdf.box(x, top, w, 18, fill=0.85 if r == 0 else None)
                if c == 1 and r:
                    pdf.text(x + 4, top + 12.5, cell, 8.5)
                elif c == 2 and r:
                    pdf.right(x + w - 6, top + 12.5, cell, 8.5)
                else:
                    pdf.center(x + w / 2, top + 12.5, cell, 8.5, GOTHIC if r == 0 else MINCHO)
                x += w
            top += 18
        return top

    pdf.text(40, top + 26, "２　主な調査結果", 11, GOTHIC)
    top = rank_table(top + 50, "（１）亀岡市の魅力だと思うもの（３つまで選択）", [
        ("1位", "保津川下りやトロッコ列車などの観光資源", "48.2", "1位"),
        ("2位", "京都市や大阪方面への交通の便", "41.5", "3位"),
        ("3位", "豊かな自然環境", "39.8", "2位"),
        ("4位", "京野菜や亀岡牛などの農産物", "26.4", "4位"),
        ("5位", "湯の花温泉", "14.1", "6位"),
        ("6位", "サンガスタジアム", "12.7", "－"),
    ], True)
    pdf.text(46, top + 14, "※前回順位は令和３年度調査。「－」は今回新たに設けた選択肢。", 7.5)
    top = rank_table(top + 40, "（２）今後、市が特に力を入れるべき施策（３つまで選択）", [
        ("1位", "医療体制の充実", "44.6", ""),
        ("2位", "道路・交通網の整備", "38.9", ""),
        ("3位", "子育て支援", "31.2", ""),
        ("4位", "防災対策", "27.5", ""),
        ("5位", "高齢者福祉", "25.0", ""),
    ], False)
    pdf.center(PAGE_W / 2, PAGE_H - 28, "1", 9)
    pdf.page()

    pdf.text(46, 56, "（３）施策の満足度と重要度", 10, GOTHIC)
    pdf.text(52, 74, "各施策について５段階で評価していただき、＋２点から－２点に換算した平均点です。", 8.5)
    cols = [200, 90, 90]
    top = 84
    for r, row in enumerate([("施策", "満足度（点）", "重要度（点）"),
                             ("ごみ処理・リサイクル", "0.82", "1.21"), ("公共交通", "－0.64", "1.18"),
                             ("子育て支援", "0.12", "1.34"), ("観光振興", "0.35", "0.62"),
                             ("防災・減災", "0.08", "1.40")]):
        x = 52
        for c, (w, cell) in enumerate(zip(cols, row)):
            pdf.box(x, top, w, 18, fill=0.85 if r == 0 else None)
            if c == 0 and r:
                pdf.text(x + 4, top + 12.5, cell, 8.5)
            else:
                pdf.center(x + w / 2, top + 12.5, cell, 8.5, GOTHIC if r == 0 else MINCHO)
            x += w
        top += 18
    pdf.text(46, top + 30, "（４）定住意向", 10, GOTHIC)
    _lines(pdf, 52, top + 50, [
        "「住み続けたい」「どちらかといえば住み続けたい」を合わせた定住意向は76.3％で、",
        "前回調査（令和３年度）の72.8％から3.5ポイント上昇しました。",
    ], 9)
    pdf.text(40, top + 100, "３　まとめ", 11, GOTHIC)
    _lines(pdf, 46, top + 120, [
        "公共交通は、満足度が最も低く、重要度が高いことから、重点的に改善すべき分野に位置付けられます。",
        "防災・減災は重要度が最も高く、引き続き市民の関心が高い分野です。",
    ], 9)
    pdf.center(PAGE_W / 2, PAGE_H - 28, "2", 9)
    return pdf.save()


# ---------------------------------------------------------------- 10. 主要事業一覧 with 財源内訳 (XLSX)

def kawachinagano_jigyo_xlsx(out: Path) -> Path:
    """大阪府河内長野市 当初予算 主要事業一覧 (XLSX): a two-row merged header — 予算額（千円） over
    令和7年度｜令和6年度, 財源内訳（千円） over 国・府支出金｜地方債｜その他｜一般財源 — 重点テーマ rows merged across
    the sheet, 区分 (新規/拡充/継続) in a column, 「－」 text where a new 事業 had no budget the year before."""
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "主要事業"
    ws["A1"] = "令和7年度　河内長野市当初予算　主要事業一覧"
    top = ["No", "担当課", "事業名", "区分", "予算額（千円）", None, "財源内訳（千円）", None, None, None, "事業概要"]
    sub = [None, None, None, None, "令和7年度", "令和6年度", "国・府支出金", "地方債", "その他", "一般財源", None]
    for c, v in enumerate(top, start=1):
        if v:
            ws.cell(3, c, v)
    for c, v in enumerate(sub, start=1):
        if v:
            ws.cell(4, c, v)
    ws.merge_cells("E3:F3")
    ws.merge_cells("G3:J3")
    for col in "ABCDK":
        ws.merge_cells(f"{col}3:{col}4")
    themes = [
        ("重点テーマ１　子育て・教育", [
            (1, "子育て支援課", "出産・子育て応援ギフト事業", "新規", 18600, "－", 12400, 0, 0, 6200,
             "第2子以降の出産に5万円分のギフトを贈呈"),
            (2, "教育総務課", "小中学校トイレ洋式化事業", "拡充", 124800, 86500, 41600, 74800, 0, 8400,
             "令和7年度は小学校3校、中学校2校で実施"),
            (3, "こども政策課", "病児保育事業", "継続", 32150, 31400, 21400, 0, 0, 10750,
             "市内2か所の病児保育施設の運営を委託"),
        ]),
        ("重点テーマ２　まちの魅力", [
            (4, "観光交流課", "観心寺・金剛寺周辺観光振興事業", "拡充", 9720, 6300, 0, 0, 4860, 4860,
             "寺社と奥河内の自然を巡るガイドツアーを拡大"),
            (5, "農林課", "奥河内森林整備事業", "継続", 58300, 57900, 29150, 0, 11000, 18150,
             "森林環境譲与税を活用した間伐と作業道の整備"),
            (6, "都市計画課", "河内長野駅前広場再整備事業", "新規", 86000, "－", 43000, 38700, 0, 4300,
             "駅前広場の再整備に向けた実施設計と用地測量"),
        ]),
        ("重点テーマ３　安全・安心", [
            (7, "危機管理課", "避難所Wi-Fi整備事業", "新規", 14300, "－", 0, 0, 14300, 0,
             "指定避難所15か所に公衆無線LANを整備（財源は防災基金）"),
            (8, "高齢福祉課", "フレイル予防推進事業", "拡充", 11480, 8950, 5740, 0, 0, 5740,
             "通いの場への専門職派遣を全地区に拡大"),
        ]),
    ]
    r = 5
    for title, rows in themes:
        ws.cell(r, 1, title)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        r += 1
        for values in rows:
            for c, v in enumerate(values, start=1):
                cell = ws.cell(r, c, v)
                if isinstance(v, int) and 5 <= c <= 10:
                    cell.number_format = "#,##0"
            r += 1
    ws.cell(r + 1, 1, "区分　新規：令和7年度に新たに始める事業　拡充：内容を拡充する事業　継続：継続して実施する事業")
    path = out / "kawachinagano_r7_shuyo_jigyo.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 11. 議会 会議録 (text, UTF-8)

def towada_kaigiroku_text(out: Path) -> Path:
    """青森県十和田市 議会 定例会 会議録 (text, UTF-8): ○speaker（name君） turns, ◎日程 lines, a 補正予算 in the
    市長's 提案理由 with the 事業 and their amounts inside one long sentence, 一般質問 in question and answer turns,
    full-width digits in amounts written 「４億３，２８０万円」 and a count written 「２５万８千人」."""
    text = """令和６年１２月十和田市議会定例会会議録（第２号）

令和６年１２月５日（木曜日）午前１０時開議

◎日程第１　議案第８８号　令和６年度十和田市一般会計補正予算（第６号）

○議長（佐藤正男君）　ただいまから本日の会議を開きます。
　日程第１、議案第８８号を議題といたします。提出者の説明を求めます。市長。

○市長（工藤和彦君）　議案第８８号　令和６年度十和田市一般会計補正予算（第６号）について御説明申し上げます。
　今回の補正は、歳入歳出それぞれ４億３，２８０万円を追加し、補正後の予算総額を３１８億７，６４０万円とするものであります。
　主な内容は、物価高騰対応給付金給付事業に２億１，０００万円、除雪対策事業に１億２，４００万円、奥入瀬渓流冬季誘客促進事業に１，８５０万円を計上するものであります。
　よろしく御審議のほどお願い申し上げます。

○議長（佐藤正男君）　これより質疑に入ります。質疑はありませんか。
　〔「なし」と呼ぶ者あり〕
○議長（佐藤正男君）　質疑なしと認めます。議案第８８号は、原案のとおり可決されました。

◎日程第２　一般質問

○議長（佐藤正男君）　日程第２、一般質問を行います。順次発言を許します。３番。

○３番（中野美香君）　十和田市現代美術館の入館者数の推移と、今後の誘客策について伺います。

○観光商工部長（吉田浩一君）　お答えいたします。
　入館者数は、令和５年度が２５万８千人で、過去最多であった令和元年度の３１万２千人には届いておりません。
　今後は、海外に向けたオンラインでの情報発信を強化するとともに、官庁街通りで開催する冬のイベントとの連携に取り組んでまいります。

○議長（佐藤正男君）　１２番。

○１２番（川村誠君）　冬期間の除雪体制について、現状と課題を伺います。

○建設部長（石井修君）　お答えいたします。
　市内の除雪は、委託業者２８社の協力により行っております。
　しかしながら、除雪オペレーターの平均年齢は６１歳に達しており、担い手の不足が大きな課題となっております。
　このため、若手オペレーターの大型特殊免許の取得費用を助成する制度を設け、担い手の確保に努めてまいります。

○議長（佐藤正男君）　以上で本日の日程は全部終了いたしました。本日はこれにて散会いたします。
　午後２時４５分　散会
"""
    return write_text(out / "towada_r6_12_teireikai_kaigiroku.txt", text)


MAKERS = [
    tsubame_jisshi_pdf, kashihara_jikoubetsu_pdf, tsuruoka_kpi_xlsx, kurayoshi_senryaku_docx, ukiha_koho_text,
    kobayashi_hyoka_csv, fujiyoshida_shisei_text, nago_seika_pdf, kameoka_chosa_pdf, kawachinagano_jigyo_xlsx,
    towada_kaigiroku_text,
]


def make_all(out_dir: Path) -> list[Path]:
    """Write every document of the third blind set into `out_dir` (created if missing) and return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [make(out_dir) for make in MAKERS]


if __name__ == "__main__":
    import sys
    for p in make_all(Path(sys.argv[1] if len(sys.argv) > 1 else "blind3-out")):
        print(p)
