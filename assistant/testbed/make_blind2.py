"""Second blind fixture set: ten documents in layouts nobody tuned the extractor to, answers written by hand.

`make_all(out_dir)` writes ten documents of Japanese local-government kinds (a 総合戦略 KPI 検証 table,
施策評価シート, 当初予算の概要, a 広報 budget feature, 主要施策の成果, 事務事業評価, a 総合戦略 本文,
a 過疎地域持続的発展計画, a 市民意識調査 集計表 and a 議会だより) into `out_dir` and returns their
paths. The municipalities are real (none in 北海道, none in the prefectures of shared/realdocs, none of
the first blind set or of tests/fixtures/plans); every figure and sentence is invented. The expected
answers in `questions.jsonl` were written by hand from the text below, without reading or running the
extractor. Binary formats are generated here, never committed.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from assistant.testbed.documents import GOTHIC, MINCHO, PAGE_H, PAGE_W, PdfPage, write_text  # noqa: F401


# ---------------------------------------------------------------- 1. 総合戦略 KPI 検証 table (PDF)

def nanao_kpi_pdf(out: Path) -> Path:
    """石川県七尾市 総合戦略 KPI検証結果 (PDF, 2 pages): ruled table No｜KPI｜目標値｜実績値｜達成率｜基準値｜評価
    — the target before the actual and the baseline last; the year of each value inside its cell, written
    「（2024年度）」, 「（H30）」 or 「（2022年）」; 基本目標 rows spanning the table; a 「以下」 target with 達成率 「－」."""
    pdf = PdfPage(out / "nanao_sousei_kpi_kensho_r5.pdf",
                title="第2期七尾市まち・ひと・しごと創生総合戦略 KPI検証結果", author="七尾市 企画政策課")
    pdf.text(40, 60, "第２期七尾市まち・ひと・しごと創生総合戦略", 14, GOTHIC)
    pdf.text(40, 80, "重要業績評価指標（ＫＰＩ）の検証結果（令和５年度実績）", 14, GOTHIC)
    pdf.text(40, 104, "七尾市まち・ひと・しごと創生推進会議（令和６年８月２７日）資料２", 9)
    pdf.text(40, 122, "総合戦略に掲げた９つのＫＰＩについて、２０２３年度の実績値を取りまとめ、外部有識者による検証を行いました。", 9)
    cols = [22, 150, 82, 82, 46, 82, 48]
    head = ["No", "ＫＰＩ", "目標値", "実績値", "達成率", "基準値", "評価"]
    sections = [
        ("基本目標１　七尾の産業を磨き、しごとをつくる", [
            ["1", "市内事業所の新規雇用者数", "600人（2024年度）", "512人（2023年度）", "85.3%", "455人（H30）", "概ね順調"],
            ["2", "和倉温泉宿泊者数", "90万人（2024年度）", "61.8万人（2023年度）", "68.7%", "82.4万人（H30）", "遅れ"],
            ["3", "能登かき出荷量", "250t（2024年度）", "231t（2023年度）", "92.4%", "204t（2019年度）", "順調"],
        ]),
        ("基本目標２　七尾への新しいひとの流れをつくる", [
            ["4", "移住相談件数", "150件（2024年度）", "162件（2023年度）", "108.0%", "96件（H30）", "達成"],
            ["5", "転出超過数", "200人以下（2024年度）", "318人（2023年度）", "－", "287人（H30）", "遅れ"],
        ]),
        ("基本目標３　若い世代の結婚・出産・子育ての希望をかなえる", [
            ["6", "合計特殊出生率", "1.60（2024年度）", "1.38（2022年）", "86.3%", "1.47（H30）", "概ね順調"],
            ["7", "子育て支援センター利用者数", "24,000人（2024年度）", "19,650人（2023年度）", "81.9%",
             "21,300人（2019年度）", "概ね順調"],
        ]),
        ("基本目標４　安心して暮らせる持続可能なまちをつくる", [
            ["8", "のと鉄道の年間利用者数", "55万人（2024年度）", "43.2万人（2023年度）", "78.5%", "58.9万人（H30）", "遅れ"],
            ["9", "自主防災組織の組織率", "95.0%（2024年度）", "91.2%（2023年度）", "96.0%", "86.4%（H30）", "順調"],
        ]),
    ]
    x0, top, h = 40, 140, 20
    width = sum(cols)

    def header_row(t: float) -> None:
        x = x0
        for w, cell in zip(cols, head):
            pdf.box(x, t, w, h, fill=0.8)
            pdf.center(x + w / 2, t + 14, cell, 9, GOTHIC)
            x += w

    header_row(top)
    top += h
    for n, (title, rows) in enumerate(sections):
        if n == 2:   # the table goes on over a page break; the header is printed again
            pdf.text(40, top + 14, "※達成率＝実績値÷目標値×100（転出超過数は、目標が「以下」のため算出していません。）", 8)
            pdf.right(PAGE_W - 40, PAGE_H - 30, "－ 1 －", 9)
            pdf.page()
            top = 60
            header_row(top)
            top += h
        pdf.box(x0, top, width, h, fill=0.93)
        pdf.text(x0 + 5, top + 14, title, 9, GOTHIC)
        top += h
        for row in rows:
            x = x0
            for c, (w, cell) in enumerate(zip(cols, row)):
                pdf.box(x, top, w, h)
                if c == 1:
                    pdf.text(x + 4, top + 14, cell, 8.5)
                elif c == 6:
                    pdf.center(x + w / 2, top + 14, cell, 8.5)
                else:
                    pdf.right(x + w - 4, top + 14, cell, 8.5)
                x += w
            top += h
    pdf.text(40, top + 16, "評価の区分　達成：目標値に達した　順調：達成率90％以上　概ね順調：80％以上　遅れ：80％未満", 8)
    pdf.text(40, top + 50, "【検証結果の総括】", 11, GOTHIC)
    for i, s in enumerate([
        "移住相談件数は、オンライン相談の定着により目標を上回りました。",
        "和倉温泉宿泊者数は、令和６年１月の能登半島地震の影響により旅館の多くが休業したため、大きく減少しました。",
        "のと鉄道の年間利用者数も、地震による運休の影響で基準値を下回っています。",
        "今後は、復旧・復興の取組と一体となって、宿泊機能の回復と交流人口の確保に取り組みます。",
    ]):
        pdf.text(48, top + 72 + i * 16, s, 9)
    pdf.right(PAGE_W - 40, PAGE_H - 30, "－ 2 －", 9)
    return pdf.save()


# ---------------------------------------------------------------- 2. 施策評価シート, one sheet per 施策 (XLSX)

def shinshiro_hyoka_xlsx(out: Path) -> Path:
    """愛知県新城市 施策評価シート (XLSX, one sheet per 施策): a long form — labels down column A, values in
    column B; each 成果指標 is a block of label rows (指標名, 単位, 基準値（平成30年度）, 実績値（令和5年度）,
    目標値（令和7年度）, 達成度); 主な事務事業 as a small table (事業名｜R5決算額｜R6予算額, 千円)."""
    from openpyxl import Workbook
    sheets = [
        {"番号": "1-1", "施策名": "地域医療の確保", "主管課": "健康課", "関係課": "保険医療課、消防本部",
         "目的": "市民が住み慣れた地域で、必要なときに適切な医療を受けられるようにする。",
         "指標": [("休日・夜間に受診できる医療機関があると感じる市民の割合", "％", 52.4, 48.9, 60.0, "C"),
                  ("市内の病院・診療所数", "か所", 31, 28, 31, "C")],
         "評価": "C",
         "理由": "市内の診療所の閉院が続き、成果指標はいずれも基準値を下回った。",
         "課題": "開業医の高齢化が進んでおり、後継者のいない診療所の閉院が見込まれる。医師の確保と、休日診療体制の維持が課題である。",
         "方向性": "重点化",
         "事業": [("新城市民病院運営負担金", 612400, 598000), ("休日診療所運営事業", 18230, 19100),
                  ("医師確保修学資金貸与事業", 9600, 12000)]},
        {"番号": "2-3", "施策名": "観光の振興", "主管課": "観光課", "関係課": "商工政策課、文化課",
         "目的": "歴史と自然を生かした観光で交流人口を増やし、地域経済を活性化する。",
         "指標": [("観光入込客数", "万人", 142.6, 131.8, 160.0, "B"),
                  ("観光案内所の利用者数", "人", 18420, 21360, 22000, "A")],
         "評価": "B",
         "理由": "観光入込客数は回復途上にあるが、観光案内所の利用者は基準値を上回った。",
         "課題": "日帰り客が大半を占め、宿泊や飲食につながる滞在型の観光が少ない。",
         "方向性": "継続",
         "事業": [("観光協会補助事業", 24500, 25000), ("鳳来寺山魅力発信事業", 6800, 7200),
                  ("長篠・設楽原古戦場活用事業", 11350, 38600)]},
        {"番号": "3-2", "施策名": "移住・定住の促進", "主管課": "地域振興課", "関係課": "都市計画課",
         "目的": "移住希望者を呼び込み、若い世代の定住を促進する。",
         "指標": [("移住相談件数", "件", 84, 196, 200, "A"),
                  ("空き家バンク成約件数", "件", 12, 27, 30, "A")],
         "評価": "A",
         "理由": "移住相談、空き家バンクの成約ともに順調に増加している。",
         "課題": "空き家バンクへの登録物件が不足しており、所有者への働きかけが必要である。",
         "方向性": "継続",
         "事業": [("空き家バンク事業", 3150, 3400), ("若者定住住宅取得補助事業", 42800, 45000),
                  ("移住体験住宅運営事業", 1920, 2100)]},
    ]
    wb = Workbook()
    wb.remove(wb.active)
    for s in sheets:
        ws = wb.create_sheet(f"施策{s['番号']}")
        ws.column_dimensions["A"].width = 24
        ws.column_dimensions["B"].width = 48
        ws["A1"] = "令和6年度　施策評価シート（令和5年度実績）"
        ws["A2"] = "第2次新城市総合計画"
        rows: list[tuple] = [
            ("施策番号", s["番号"]), ("施策名", s["施策名"]), ("主管課", s["主管課"]), ("関係課", s["関係課"]),
            ("施策の目的", s["目的"]), (None, None),
        ]
        for i, (name, unit, base, act, target, grade) in enumerate(s["指標"], start=1):
            rows += [(f"成果指標{'①②③'[i - 1]}", name), ("単位", unit), ("基準値（平成30年度）", base),
                     ("実績値（令和5年度）", act), ("目標値（令和7年度）", target), ("達成度", grade), (None, None)]
        rows += [("施策の評価", s["評価"]), ("評価の理由", s["理由"]), ("課題", s["課題"]),
                 ("今後の方向性", s["方向性"]), (None, None)]
        r = 4
        for label, value in rows:
            if label is not None:
                ws.cell(r, 1, label)
                cell = ws.cell(r, 2, value)
                if isinstance(value, float):
                    cell.number_format = "0.0"
                elif isinstance(value, int):
                    cell.number_format = "#,##0"
            r += 1
        ws.cell(r, 1, "主な事務事業")
        ws.cell(r, 2, "事業名")
        ws.cell(r, 3, "R5決算額（千円）")
        ws.cell(r, 4, "R6予算額（千円）")
        for name, spent, budget in s["事業"]:
            r += 1
            ws.cell(r, 2, name)
            for col, v in ((3, spent), (4, budget)):
                ws.cell(r, col, v).number_format = "#,##0"
        ws.cell(r + 2, 1, "達成度・評価　A：順調　B：概ね順調　C：遅れ")
        ws.cell(r + 3, 1, "今後の方向性　重点化／継続／見直し／縮小")
    path = out / "shinshiro_shisaku_hyoka_r6.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 3. 当初予算の概要 (PDF)

def higashiomi_yosan_pdf(out: Path) -> Path:
    """滋賀県東近江市 当初予算（案）の概要 (PDF, 2 pages): ruled 会計区分｜令和7年度｜令和6年度｜増減額｜増減率
    table in 千円 with △; 主な事業 table 区分｜事業名｜予算額｜事業の概要 under 分野 rows, marks 〈新〉/〈拡〉/★."""
    pdf = PdfPage(out / "higashiomi_r7_yosan_gaiyo.pdf", title="令和7年度 東近江市当初予算（案）の概要",
                author="東近江市 総務部 財政課")
    pdf.text(50, 60, "令和７年度　東近江市当初予算（案）の概要", 16, GOTHIC)
    pdf.text(50, 82, "令和７年２月　東近江市", 10)
    pdf.text(50, 112, "予算案のポイント", 12, GOTHIC)
    for i, s in enumerate([
        "一般会計は528億4,000万円で、前年度に比べ8億8,000万円（1.7％）の増となり、過去最大の規模となりました。",
        "増加の主な要因は、新学校給食センターの建設と、こども・子育て施策の充実によるものです。",
    ]):
        pdf.text(58, 132 + i * 16, s, 9.5)
    pdf.text(50, 185, "１　会計別予算額", 12, GOTHIC)
    pdf.right(PAGE_W - 50, 200, "（単位：千円、％）", 8.5)
    cols = [170, 80, 80, 80, 60]
    head = ["会計区分", "令和7年度", "令和6年度", "増減額", "増減率"]
    rows = [
        ["一般会計", "52,840,000", "51,960,000", "880,000", "1.7"],
        ["国民健康保険事業特別会計", "10,214,300", "10,486,900", "△272,600", "△2.6"],
        ["後期高齢者医療事業特別会計", "1,932,500", "1,845,100", "87,400", "4.7"],
        ["介護保険事業特別会計", "11,608,200", "11,402,700", "205,500", "1.8"],
        ["特別会計　計", "23,755,000", "23,734,700", "20,300", "0.1"],
        ["下水道事業会計", "6,120,400", "6,250,800", "△130,400", "△2.1"],
        ["合　計", "82,715,400", "81,945,500", "769,900", "0.9"],
    ]
    top = 206
    for r, row in enumerate([head] + rows):
        x = 50
        for c, (w, cell) in enumerate(zip(cols, row)):
            pdf.box(x, top, w, 20, fill=0.85 if r == 0 else None)
            if r == 0:
                pdf.center(x + w / 2, top + 14, cell, 9, GOTHIC)
            elif c == 0:
                pdf.text(x + 5, top + 14, cell, 9)
            else:
                pdf.right(x + w - 5, top + 14, cell, 9)
            x += w
        top += 20
    pdf.text(50, top + 30, "２　一般会計の歳入", 12, GOTHIC)
    for i, s in enumerate([
        "市税は、定額減税の終了により19,806,000千円（前年度比3.9％増）を見込みました。",
        "市債は、給食センター建設事業債の借入れにより4,512,300千円となりました。",
    ]):
        pdf.text(58, top + 50 + i * 16, s, 9.5)
    pdf.right(PAGE_W - 50, PAGE_H - 30, "1", 9)
    pdf.page()

    pdf.text(50, 60, "３　主な事業", 12, GOTHIC)
    pdf.text(58, 78, "〈新〉＝新規事業　〈拡〉＝拡充事業　★＝重点事業（東近江市総合計画　重点プロジェクト）", 8.5)
    pdf.right(PAGE_W - 50, 92, "（単位：千円）", 8.5)
    cols = [36, 180, 64, 215]
    head = ["区分", "事業名", "予算額", "事業の概要"]
    fields = [
        ("■こども・子育て・教育", [
            ["〈新〉", "こども誰でも通園制度試行事業", "12,600", "就労要件を問わず保育所等を利用できる制度を試行"],
            ["〈拡〉", "小中学校給食費負担軽減事業", "386,400", "給食費の保護者負担を半額に軽減（小学校に拡大）"],
            ["★", "放課後児童クラブ整備事業", "148,200", "蒲生地区に放課後児童クラブを新築"],
        ]),
        ("■産業・農業", [
            ["〈新〉", "スマート農業機械導入支援事業", "30,000", "ドローン等の導入費用の一部を補助"],
            ["★", "近江牛ブランド力強化事業", "8,750", "首都圏での商談会開催、販路開拓を支援"],
            ["", "企業立地促進助成事業", "215,000", "工業団地に立地した企業への助成"],
        ]),
        ("■防災・暮らし", [
            ["〈新〉", "避難所環境改善事業", "46,300", "指定避難所に空調設備と簡易ベッドを配備"],
            ["〈拡〉", "地域公共交通ネットワーク再編事業", "92,870", "ちょこっとバスの路線を再編し運行本数を増便"],
            ["★", "愛知川河川防災対策事業", "71,500", "河道掘削と堤防補強（県事業負担金を含む）"],
        ]),
    ]
    top = 98
    x = 50
    for w, cell in zip(cols, head):
        pdf.box(x, top, w, 20, fill=0.85)
        pdf.center(x + w / 2, top + 14, cell, 9, GOTHIC)
        x += w
    top += 20
    for title, items in fields:
        pdf.box(50, top, sum(cols), 20, fill=0.93)
        pdf.text(55, top + 14, title, 9.5, GOTHIC)
        top += 20
        for row in items:
            x = 50
            for c, (w, cell) in enumerate(zip(cols, row)):
                pdf.box(x, top, w, 22)
                if c == 0:
                    pdf.center(x + w / 2, top + 15, cell, 9)
                elif c == 2:
                    pdf.right(x + w - 5, top + 15, cell, 9)
                else:
                    pdf.text(x + 4, top + 15, cell, 8.5 if c == 3 else 9)
                x += w
            top += 22
    pdf.text(50, top + 20, "問合せ　総務部財政課　財政係", 9)
    pdf.right(PAGE_W - 50, PAGE_H - 30, "2", 9)
    return pdf.save()


# ---------------------------------------------------------------- 4. 広報 budget feature (text, CP932, CRLF)

def numata_koho_text(out: Path) -> Path:
    """群馬県沼田市 広報 予算特集 (text, CP932, CRLF): ● headings, ⇒ items marked 【新】/【充】 with the amount
    after the name, a description line under some items, 億/万 compound amounts, dotted leaders, 市債残高."""
    text = """広報ぬまた　令和７年４月１日号（No.1187）

特集　令和７年度　沼田市の予算が決まりました

　３月市議会定例会で、令和７年度の予算が可決されました。
　一般会計は２２７億４，０００万円で、前年度より５億６，０００万円増えました。
　小中学校の体育館への空調設置など、子どもたちの学びと避難所の環境を整える事業に重点を置いています。

●会計ごとの予算額
　一般会計……………………………２２７億４，０００万円
　国民健康保険特別会計……………４１億２，５８０万円
　介護保険特別会計…………………５２億９３０万円
　後期高齢者医療特別会計…………７億８，６４０万円
　水道事業会計………………………１８億３，２００万円
　合計…………………………………３４６億９，３５０万円

●今年度の主な事業　【新】は新しく始める事業、【充】は内容を充実させる事業です
⇒【新】子育て応援タクシー利用助成事業　６８０万円
　　妊婦や乳幼児のいる家庭のタクシー利用料金を１回当たり１，５００円まで助成します。
⇒【新】沼田城跡石垣調査事業　１，２５０万円
⇒【新】ぬまたデジタル地域通貨導入事業　３，１２０万円
　　市内の加盟店で使えるポイントを発行し、地域内でのお金の循環を促します。
⇒【充】りんご農家担い手育成事業　２，４００万円
⇒【充】小中学校体育館空調設置事業　３億８，７００万円
　　令和７年度は小学校４校、中学校２校の体育館に空調を設置します。
⇒除雪機械更新事業　８，９６０万円

●市の貯金と借金
　財政調整基金の残高見込み（令和７年度末）　３６億４，２００万円
　市債の残高見込み（令和７年度末）　　　　２３８億１，５００万円
　市民１人当たりにすると、市債残高は約５２万円になります。

問合せ　財政課財政係　電話０２７８（２３）２１１１
"""
    return write_text(out / "numata_koho_2025_04_01.txt", text, encoding="cp932", crlf=True)


# ---------------------------------------------------------------- 5. 主要施策の成果 (DOCX, heading styles, small tables)

def tambasasayama_seika_docx(out: Path) -> Path:
    """兵庫県丹波篠山市 主要施策の成果説明書 (DOCX): Word heading styles for 章/節/事業, prose paragraphs with
    決算額 and 予算現額 in one sentence, small tables of yearly figures 指標｜令和3年度｜令和4年度｜令和5年度."""
    import docx
    doc = docx.Document()
    doc.core_properties.title = "令和5年度 主要施策の成果説明書"
    doc.add_heading("令和5年度　主要施策の成果説明書", level=0)
    doc.add_paragraph("兵庫県丹波篠山市")
    doc.add_heading("第1章　決算の概要", level=1)
    doc.add_paragraph("令和5年度の一般会計は、歳入総額298億6,412万円、歳出総額287億9,035万円となり、"
                      "翌年度へ繰り越すべき財源を差し引いた実質収支は8億4,127万円の黒字となった。")
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for row in (["会計", "歳入決算額", "歳出決算額", "差引額"],
                ["一般会計", "29,864,120", "28,790,350", "1,073,770"]):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph("（単位：千円）")
    doc.add_heading("第2章　施策別の成果", level=1)

    def project(name: str, sentences: list[str], table: list[list[str]] | None = None) -> None:
        doc.add_heading(name, level=3)
        for s in sentences:
            doc.add_paragraph(s)
        if table:
            tbl = doc.add_table(rows=0, cols=len(table[0]))
            tbl.style = "Table Grid"
            for row in table:
                cells = tbl.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v

    doc.add_heading("第1節　子育て・教育", level=2)
    project("子ども医療費助成事業", [
        "所管：こども未来課",
        "予算現額330,000千円に対し、決算額は312,480千円（執行率94.7％）であった。",
        "高校生世代までの入院・通院に係る医療費の自己負担分を助成した。",
    ], [["指標", "令和3年度", "令和4年度", "令和5年度"],
        ["受給者数（人）", "5,812", "6,940", "6,905"],
        ["助成件数（件）", "88,420", "101,360", "99,870"]])
    project("中学校部活動地域移行推進事業", [
        "所管：教育委員会 学校教育課",
        "決算額は8,420千円であった。",
        "休日の部活動を地域のスポーツ・文化団体に移行するため、地域クラブの指導者への謝金と保険料を負担した。",
        "成果として、市内5中学校のうち3校の休日部活動を6つの地域クラブに移行した。",
    ])
    doc.add_heading("第2節　産業・農業", level=2)
    project("丹波篠山黒大豆ブランド振興事業", [
        "所管：農都創造課",
        "決算額は15,760千円であった。",
        "黒大豆の種子更新と、首都圏百貨店でのフェア開催を支援した。",
    ], [["指標", "令和3年度", "令和4年度", "令和5年度"],
        ["黒大豆作付面積（ha）", "402", "396", "389"],
        ["生産者数（戸）", "1,284", "1,236", "1,198"]])
    project("空き家活用促進事業", [
        "所管：創造都市課",
        "決算額は23,150千円であった。",
        "空き家の改修費補助と、古民家を活用した店舗の開業支援を行った。空き家バンクの成約は41件であった。",
    ])
    doc.add_heading("第3節　防災・生活基盤", level=2)
    project("消防団装備充実事業", [
        "所管：消防防災課",
        "決算額は19,880千円であった。",
        "消防団員の安全装備（防火衣、トランシーバー）を更新した。",
    ])
    path = out / "tambasasayama_shuyo_shisaku_seika_r5.docx"
    doc.save(path)
    return path


# ---------------------------------------------------------------- 6. 事務事業評価 (CSV, UTF-8 with BOM)

def nasushiobara_hyoka_csv(out: Path) -> Path:
    """栃木県那須塩原市 事務事業評価結果 (CSV, UTF-8 with BOM, LF): one row per 事業, 18 columns, 評価 letters
    A/B/C in 妥当性/有効性/効率性/総合評価, 今後の方向性 as words (拡充, 現状維持, 改善・見直し, 縮小, 休止・廃止)."""
    header = ["整理番号", "事業名", "担当課", "施策体系", "事業目的", "活動指標", "活動実績", "成果指標", "成果目標",
              "成果実績", "単位", "事業費（R5決算・千円）", "妥当性", "有効性", "効率性", "総合評価", "今後の方向性",
              "改善内容・理由"]
    rows = [
        ["R6-01", "塩原温泉街にぎわい創出事業", "商工観光課", "3-2 観光の振興", "温泉街への誘客とにぎわいの創出",
         "イベント開催回数", "12回", "温泉街イベント来場者数", "30,000", "26,400", "人", "18,620",
         "A", "B", "B", "B", "改善・見直し", "土日に来場者が集中しているため、イベント内容を見直し平日の集客を図る"],
        ["R6-02", "ごみ減量化推進事業", "環境管理課", "5-1 循環型社会の形成", "家庭ごみの減量と資源化の推進",
         "出前講座の開催回数", "24回", "1人1日当たりごみ排出量", "850", "872", "g", "5,430",
         "A", "B", "A", "B", "現状維持", "排出量は減少傾向にあり、現在の取組を継続する"],
        ["R6-03", "子育て世代包括支援センター運営事業", "子ども未来課", "1-1 子育て支援の充実",
         "妊娠期から子育て期までの切れ目ない支援", "相談件数", "3,418件", "妊娠届出時面談率", "100", "98.6", "％",
         "24,980", "A", "A", "A", "A", "拡充", "産後ケアの利用枠を拡大し、支援を充実させる"],
        ["R6-04", "生乳生産基盤強化支援事業", "畜産振興課", "3-1 農業の振興", "本州一の生乳産地の生産基盤の維持",
         "補助件数", "46件", "生乳生産量", "160,000", "151,200", "t", "42,300",
         "A", "B", "B", "B", "現状維持", "飼料価格の高騰が続いており、現在の支援を継続する"],
        ["R6-05", "敬老祝金支給事業", "高齢福祉課", "2-2 高齢者福祉の充実", "高齢者の長寿を祝い敬老の意を表す",
         "支給者数", "1,215人", "対象者への支給率", "100", "100", "％", "12,150",
         "C", "C", "B", "C", "縮小", "支給対象の年齢を見直し、節目の年齢に限って支給する"],
        ["R6-06", "公衆無線LAN整備事業", "情報政策課", "6-3 デジタル化の推進", "観光客と市民の利便性向上",
         "アクセスポイント数", "35か所", "年間利用件数", "50,000", "18,700", "件", "3,960",
         "B", "C", "C", "C", "休止・廃止", "携帯電話回線の普及で利用が低迷しており、令和6年度末で廃止する"],
        ["R6-07", "図書館資料デジタル化事業", "生涯学習課", "4-2 生涯学習の推進", "郷土資料の保存と公開",
         "デジタル化作業日数", "180日", "デジタル化資料数", "1,200", "1,350", "点", "6,780",
         "A", "A", "B", "A", "拡充", "公開の要望が多いため、対象を古文書に広げる"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["令和6年度 那須塩原市 事務事業評価結果一覧（令和5年度実施事業）"])
    w.writerow(header)
    w.writerows(rows)
    w.writerow(["※評価はA（高い）・B（普通）・C（低い）の3段階"])
    path = out / "nasushiobara_jimu_jigyo_hyoka_r6.csv"
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------- 7. 総合戦略 本文 with outline and KPI lines (text, UTF-8)

def onan_senryaku_text(out: Path) -> Path:
    """島根県邑南町 総合戦略 本文 (text, UTF-8): 第N章 / 1 / (1) / ① outline, 【基本的方向】【具体的な施策】 blocks,
    one-line KPI boxes 「KPI：指標　現状値○○（R5）→目標値○○（R11）」, half-width digits."""
    text = """第3期邑南町まち・ひと・しごと創生総合戦略
（令和7年度～令和11年度）

令和7年3月
邑南町

第1章　人口の現状と将来展望

1　人口の推移
本町の人口は、昭和30年の約2万6千人をピークに減少を続け、令和2年の国勢調査では10,331人となりました。
年少人口の割合は11.2%、老年人口の割合は46.8%で、高齢化が進んでいます。

2　将来展望
出生数の回復と転入の増加により人口減少の速度を緩め、令和22年（2040年）に人口8,000人を維持することを目指します。

第2章　基本目標と施策

1　基本目標1　食と農を生かしたしごとをつくる

(1)「A級グルメ」による起業・就業の促進
【基本的方向】
町内の食材と料理人を生かした「A級グルメ」の取組を発展させ、食の分野での起業と就業を増やします。
【具体的な施策】
①食の学校・耕すシェフ研修制度による料理人の育成
②町内での飲食店・加工施設の開業に対する空き店舗改修支援
③農家レストランと観光農園を結ぶ周遊ルートの整備
KPI：町内飲食店・加工施設での新規開業数　現状値3件（R5）→目標値15件（R11・5年間累計）

(2)農業の担い手の確保
【基本的方向】
新規就農者の受入れから定着までを一貫して支援し、集落営農組織の法人化を進めます。
【具体的な施策】
①就農研修生への研修手当の支給
②集落営農組織の法人化支援
KPI：新規就農者数　現状値4人（R5）→目標値6人（R11・単年度）

2　基本目標2　邑南町への新しいひとの流れをつくる

(1)移住・定住の促進
【基本的方向】
UIターン者の住まいと仕事を一体的に確保し、移住後の定着を支えます。
【具体的な施策】
①空き家改修と定住促進住宅の整備
②地域おこし協力隊の任期後の起業支援
③移住者交流会の開催
KPI：UIターン者数　現状値62人（R5）→目標値80人（R11）

3　基本目標3　「日本一の子育て村」をつくる

(1)子育て支援の充実
【基本的方向】
保育料と医療費の負担軽減を続けるとともに、地域ぐるみで子どもを見守る体制を強化し、安心して子どもを産み育てられる環境をつくります。
【具体的な施策】
①第2子以降の保育料の無償化の継続
②中学校卒業までの医療費の無料化の継続
③地域の子育て支援員による一時預かりの充実
KPI：年間出生数　現状値52人（R5）→目標値60人（R11）
KPI：子育て環境に満足している保護者の割合　現状値71.5%（R5）→目標値80.0%（R11）

4　基本目標4　安心して暮らし続けられる地域をつくる

(1)小さな拠点づくり
【基本的方向】
公民館単位の12地区で地区別戦略を策定し、買い物や移動を地域で支える仕組みをつくります。
【具体的な施策】
①地区別戦略の策定と実行への支援
②地域運営組織による移動販売・移送サービスへの補助
KPI：地区別戦略を策定した地区数　現状値5地区（R5）→目標値12地区（R11）

第3章　計画の推進
本戦略の進捗は、毎年度、産官学金労言で構成する邑南町総合戦略推進会議において検証し、必要に応じて見直します。
"""
    return write_text(out / "onan_dai3ki_sougou_senryaku.txt", text)


# ---------------------------------------------------------------- 8. 過疎地域持続的発展計画 (PDF)

def yamato_kaso_pdf(out: Path) -> Path:
    """熊本県山都町 過疎地域持続的発展計画 (PDF, 2 pages): prose sections, a ruled 事業計画 table
    持続的発展施策区分｜事業名（施設名）｜事業内容｜事業主体｜備考 whose 区分 cell stands only on the first row
    of its group, and a 概算事業費 table in 千円."""
    pdf = PdfPage(out / "yamato_kaso_jizokuteki_hatten_keikaku.pdf",
                title="山都町過疎地域持続的発展計画（令和3年度～令和7年度）", author="山都町 企画政策課")
    pdf.text(50, 60, "山都町過疎地域持続的発展計画", 16, GOTHIC)
    pdf.text(50, 82, "（令和３年度～令和７年度）", 11)
    pdf.text(50, 115, "１　基本的な事項", 12, GOTHIC)
    for i, s in enumerate([
        "本町は熊本県の東部、九州山地の中央に位置し、町の面積の約７割を森林が占めている。",
        "人口は令和２年国勢調査で13,210人であり、平成27年からの５年間で8.9％減少した。",
        "高齢化率は50.3％に達し、集落機能の維持が困難な地区が増えている。",
    ]):
        pdf.text(62, 137 + i * 16, s, 9.5)
    pdf.text(50, 200, "２　産業の振興", 12, GOTHIC)
    pdf.text(56, 220, "（１）現況と問題点", 10.5, GOTHIC)
    for i, s in enumerate([
        "農業は中山間地の小規模経営が中心で、農道の狭さが機械化の妨げとなっている。",
        "有機農業の先進地として知られるが、認証取得の費用負担が新たな参入の障壁となっている。",
    ]):
        pdf.text(62, 240 + i * 16, s, 9.5)
    pdf.text(56, 280, "（２）その対策", 10.5, GOTHIC)
    for i, s in enumerate([
        "農道の改良により農作業の効率化を図るとともに、有機ＪＡＳ認証の取得を支援する。",
        "通潤橋を核とした観光拠点を整備し、農産物の販売と観光を結び付ける。",
    ]):
        pdf.text(62, 300 + i * 16, s, 9.5)
    pdf.text(50, 350, "３　計画期間の概算事業費", 12, GOTHIC)
    pdf.right(PAGE_W - 50, 364, "（単位：千円）", 8.5)
    cols = [250, 110, 135]
    rows = [
        ["持続的発展施策区分", "事業費", "うち過疎対策事業債"],
        ["１　移住・定住・地域間交流の促進、人材育成", "86,400", "0"],
        ["２　産業の振興", "412,300", "185,000"],
        ["４　交通施設の整備、交通手段の確保", "628,900", "402,000"],
        ["６　子育て環境の確保、高齢者等の保健及び福祉の向上及び増進", "54,200", "0"],
        ["８　教育の振興", "318,700", "250,000"],
        ["合計", "1,500,500", "837,000"],
    ]
    top = 370
    for r, row in enumerate(rows):
        x = 50
        for c, (w, cell) in enumerate(zip(cols, row)):
            pdf.box(x, top, w, 20, fill=0.85 if r == 0 else None)
            if r == 0:
                pdf.center(x + w / 2, top + 14, cell, 9, GOTHIC)
            elif c == 0:
                pdf.text(x + 4, top + 14, cell, 8)
            else:
                pdf.right(x + w - 5, top + 14, cell, 9)
            x += w
        top += 20
    pdf.right(PAGE_W - 50, PAGE_H - 30, "1", 9)
    pdf.page()

    pdf.text(40, 55, "４　事業計画（令和３年度～令和７年度）", 12, GOTHIC)
    cols = [118, 150, 130, 46, 71]
    head = ["持続的発展施策区分", "事業名（施設名）", "事業内容", "事業主体", "備考"]
    groups = [
        ("１　移住・定住・地域間", "交流の促進、人材育成", [
            ["(1)移住・定住", "空き家バンク改修支援事業", "登録物件の改修費を補助", "町", ""],
            ["(4)過疎地域持続的発展特別事業", "地域おこし協力隊推進事業", "隊員の募集・活動支援", "町", ""],
        ]),
        ("２　産業の振興", "", [
            ["(1)基盤整備　農業", "中山間地域農道整備事業（菅尾地区）", "農道改良　L=1,200m", "町", ""],
            ["(9)観光又はレクリエーション", "通潤橋周辺整備事業", "駐車場・トイレ改修", "町", ""],
            ["(10)過疎地域持続的発展特別事業", "有機農業推進事業", "有機JAS認証の取得支援", "町", ""],
        ]),
        ("４　交通施設の整備、", "交通手段の確保", [
            ["(1)市町村道　道路", "町道浜町馬見原線改良事業", "改良　L=850m　W=5.0m", "町", ""],
            ["(9)過疎地域持続的発展特別事業", "デマンド交通運行事業", "予約型乗合タクシーの運行", "町", "事業者へ委託"],
        ]),
        ("６　子育て環境の確保、", "高齢者等の福祉の向上", [
            ["(8)過疎地域持続的発展特別事業", "高齢者見守りネットワーク事業", "見守りセンサーの設置", "町",
             "社会福祉協議会へ委託"],
        ]),
        ("８　教育の振興", "", [
            ["(1)学校教育関連施設　校舎", "矢部小学校大規模改造事業", "校舎の外壁・内装改修", "町", ""],
        ]),
    ]
    top = 68
    x = 40
    for w, cell in zip(cols, head):
        pdf.box(x, top, w, 24, fill=0.85)
        pdf.center(x + w / 2, top + 15, cell, 8, GOTHIC)
        x += w
    top += 24
    for line1, line2, items in groups:
        for i, row in enumerate(items):
            x = 40
            # the 区分 column: a box per row, its text only on the group's first row (the cell is merged in print)
            pdf.c.setLineWidth(0.5)
            pdf.c.line(x, PAGE_H - top, x, PAGE_H - top - 34)
            if i == 0:
                pdf.hline(x, x + cols[0], top)
                pdf.text(x + 3, top + 13, line1, 7.5)
                if line2:
                    pdf.text(x + 11, top + 25, line2, 7.5)
            x += cols[0]
            first, second = row[0], row[1]
            pdf.box(x, top, cols[1], 34)
            pdf.text(x + 3, top + 13, first, 7)
            pdf.text(x + 9, top + 27, second, 8)
            x += cols[1]
            for c, w in zip((2, 3, 4), cols[2:]):
                pdf.box(x, top, w, 34)
                if c == 3:
                    pdf.center(x + w / 2, top + 20, row[c], 8)
                else:
                    pdf.text(x + 3, top + 20, row[c], 7.5)
                x += w
            top += 34
    pdf.hline(40, 40 + cols[0], top)
    pdf.text(40, top + 18, "※事業名欄の（　）内は施設名又は地区名である。", 8)
    pdf.right(PAGE_W - 50, PAGE_H - 30, "2", 9)
    return pdf.save()


# ---------------------------------------------------------------- 9. 市民意識調査 単純集計表 (XLSX)

def marugame_survey_xlsx(out: Path) -> Path:
    """香川県丸亀市 市民意識調査 単純集計表 (XLSX, one sheet): blocks 問N 設問 → header 選択肢｜回答数｜割合(%)
    → rows → 合計, 割合 as numbers in a column headed (%), one block with a 前回(R3) column, a multiple-answer
    block whose shares exceed 100 in total."""
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "単純集計"
    ws["A1"] = "令和6年度　丸亀市市民意識調査　単純集計表"
    ws["A2"] = "調査期間　令和6年6月3日～6月24日　　配布数 2,500　　有効回答数 1,046（回収率 41.8％）"
    blocks = [
        ("問1　あなたは、これからも丸亀市に住み続けたいと思いますか。（○は1つ）", True, [
            ("住み続けたい", 512, 48.9, 45.2), ("どちらかといえば住み続けたい", 301, 28.8, 30.1),
            ("どちらかといえば住み続けたくない", 88, 8.4, 9.6), ("住み続けたくない", 41, 3.9, 4.4),
            ("わからない", 94, 9.0, 9.5), ("無回答", 10, 1.0, 1.2), ("合計", 1046, 100.0, 100.0)]),
        ("問2　あなたの年齢をお答えください。（○は1つ）", False, [
            ("18～29歳", 98, 9.4), ("30歳代", 121, 11.6), ("40歳代", 160, 15.3), ("50歳代", 178, 17.0),
            ("60歳代", 219, 20.9), ("70歳以上", 262, 25.0), ("無回答", 8, 0.8), ("合計", 1046, 100.0)]),
        ("問5　今後、市が特に力を入れるべきだと思う取組は何ですか。（○は3つまで）", False, [
            ("公共交通の充実", 498, 47.6), ("子育て支援", 402, 38.4), ("医療体制の充実", 351, 33.6),
            ("防災対策", 310, 29.6), ("道路の整備", 222, 21.2), ("観光の振興", 105, 10.0),
            ("回答者数", 1046, None)]),
    ]
    r = 4
    for question, with_previous, rows in blocks:
        ws.cell(r, 1, question)
        r += 1
        heads = ["選択肢", "回答数", "割合(%)"] + (["前回(R3)割合(%)"] if with_previous else [])
        for c, h in enumerate(heads, start=1):
            ws.cell(r, c, h)
        for row in rows:
            r += 1
            for c, v in enumerate(row, start=1):
                if v is None:
                    continue
                cell = ws.cell(r, c, v)
                if isinstance(v, float):
                    cell.number_format = "0.0"
                elif isinstance(v, int):
                    cell.number_format = "#,##0"
        r += 2
    ws.cell(r, 1, "※割合は小数点以下第2位を四捨五入しているため、合計が100.0にならない場合があります。")
    ws.cell(r + 1, 1, "※問5は複数回答のため、割合の合計は100を超えます。")
    path = out / "marugame_shimin_ishiki_chosa_r6.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 10. 議会だより with 補正予算 款 lines (text, UTF-8)

def hagi_gikai_text(out: Path) -> Path:
    """山口県萩市 市議会だより (text, UTF-8): the issue number 「第215号」 beside 補正予算（第4号）, 款 lines
    「２款　総務費……1億1,480万円」 with the purpose on the next line, 一般質問 as 問/答 pairs."""
    text = """はぎ市議会だより　第215号
令和6年11月1日発行　萩市議会

9月定例会　補正予算など28議案を可決

■令和6年度萩市一般会計補正予算（第4号）
　既定の予算に8億3,210万円を追加し、総額を389億6,540万円とするものです。
　〈款別の主な補正額〉
　２款　総務費…………………1億1,480万円
　　　（ふるさと納税推進事業の返礼品経費）
　３款　民生費…………………2億2,350万円
　　　（物価高騰対応重点支援給付金）
　６款　農林水産業費…………1億9,600万円
　　　（萩漁港の荷さばき施設の修繕）
　８款　土木費…………………2億5,180万円
　　　（市道の維持補修、橋りょうの点検）
　10款　教育費………………………4,600万円
　　　（小学校トイレの洋式化）

■令和6年度萩市国民健康保険特別会計補正予算（第2号）
　保険給付費の増加に対応するため、3,120万円を追加するものです。

一般質問から

問　空き家対策の現状と今後の取組は。（中村議員）
答　市内の空き家は約3,100戸と推計している。今後は、空き家バンクへの登録を働きかけるとともに、危険な空き家の除却費補助の上限を引き上げる。（市長）

問　萩・石見空港の利用促進策は。（田中議員）
答　東京便の搭乗率は58.4％であった。県や周辺市町と連携し、旅行商品への助成を続ける。（商工観光部長）

次の定例会は12月3日（火）開会の予定です。
"""
    return write_text(out / "hagi_gikai_dayori_215.txt", text)


MAKERS = [
    nanao_kpi_pdf, shinshiro_hyoka_xlsx, higashiomi_yosan_pdf, numata_koho_text, tambasasayama_seika_docx,
    nasushiobara_hyoka_csv, onan_senryaku_text, yamato_kaso_pdf, marugame_survey_xlsx, hagi_gikai_text,
]


def make_all(out_dir: Path) -> list[Path]:
    """Write every document of the second blind set into `out_dir` (created if missing) and return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [make(out_dir) for make in MAKERS]


if __name__ == "__main__":
    import sys
    for p in make_all(Path(sys.argv[1] if len(sys.argv) > 1 else "blind2-out")):
        print(p)
