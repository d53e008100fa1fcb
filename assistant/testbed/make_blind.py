"""Blind fixture documents: layouts the extractor was not designed for, answers written by hand.

`make_all(out_dir)` writes eleven documents of Japanese local-government kinds (広報 budget features,
総合戦略 KPI lists, a 市民意識調査, 主要施策の成果, 事務事業評価, 総合計画, 補正予算書, a plan that only
says 「本町」) into `out_dir` and returns their paths. The municipalities are real (none in 北海道, none
in the prefectures of shared/realdocs, none used by tests/fixtures/plans); every figure and sentence is
invented. The expected answers in `questions.jsonl` were written by hand from the text below, never by
running the extractor. Binary formats are generated here, never committed.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from assistant.testbed.documents import GOTHIC, MINCHO, PAGE_H, PAGE_W, PdfPage, write_text  # noqa: F401


# ---------------------------------------------------------------- 1. 広報 budget feature, plain text UTF-8

def sabae_koho_text(out: Path) -> Path:
    """福井県鯖江市 広報 当初予算特集 (text, UTF-8): compound 億/万 amounts, 「4千5百万円」, 前年度比 △,
    市民１人当たり, amounts at the end of ○ lines after full-width spaces, full-width digits mixed with half-width."""
    text = """広報さばえ　2025（令和7）年4月号　No.812　　　4・5ページ

特集　令和７年度　当初予算のあらまし
～ 未来へつなぐ　ものづくりと子育てのまち ～

　鯖江市の令和７年度当初予算が３月定例会で可決されました。
　一般会計の総額は２９８億７，６５０万円で、前年度当初予算に比べて△１．４％となりました。大型の施設整備事業が完了したことによるものです。

■会計別の予算額
　一般会計　　　　　　　　　２９８億７，６５０万円（前年度比 △1.4％）
　国民健康保険特別会計　　　６２億１，０３０万円（前年度比 ＋0.8％）
　後期高齢者医療特別会計　　12億3,456万円（前年度比 ＋3.2％）
　介護保険特別会計　　　　　８７億４，２００万円（前年度比 △0.5％）
　水道事業会計　　　　　　　２１億５，９８０万円（前年度比 ＋1.1％）

■市民１人当たりにすると
　一般会計の予算額を市民１人当たりに換算すると、約４３万６千円になります。
　（令和７年３月１日現在の人口６８，５１２人で算出）

■主な事業
▼子育て・教育
　○こども医療費助成事業（拡充）　　　　　　４億２，３００万円
　　高校３年生までの医療費の自己負担分を、所得制限なしで助成します。
　○小中学校ＧＩＧＡ端末更新事業　　　　　　４千５百万円
　　児童生徒１人１台の学習用端末を順次更新します。
　○放課後児童クラブ施設整備事業　　　　　　１億９８０万円
▼産業・しごと
　○めがね産業ブランド発信事業　　　　　　　２千８百万円
　○ものづくり人材育成支援事業（新規）　　　８５０万円
　　市内企業の若手技術者の資格取得費用を補助します。
▼暮らし・安全
　○除雪体制強化事業　　　　　　　　　　　　３億１，２００万円
　○防災行政無線デジタル化事業　　　　　　　２億４，５６０万円

■歳入の内訳（一般会計）
　市税　　　　　　９５億８，２００万円（構成比32.1％）
　地方交付税　　　６８億５，０００万円（構成比22.9％）
　国庫支出金　　　４６億２，３１０万円（構成比15.5％）
　市債　　　　　　２４億８，７００万円（前年度比△12.6％）

問合せ　鯖江市役所　財政課（内線２２１１）
"""
    return write_text(out / "sabae_koho_2025_04_yosan.txt", text)


# ---------------------------------------------------------------- 2. 広報 articles as CSV rows, CP932

def tono_koho_csv(out: Path) -> Path:
    """岩手県遠野市 広報 (CSV, CP932, CRLF): one article per row under the columns 通番,掲載面,見出し,本文,担当,
    multi-line quoted bodies, ◆/・ lists with amounts after the 事業 name, unrelated articles around."""
    rows = [
        ["通番", "掲載面", "見出し", "本文", "担当"],
        ["1", "P2", "市長室から　春の訪れ",
         "雪解けとともに田畑に人の姿が戻ってきました。\n今年も市民の皆さんとともに、一歩ずつまちづくりを進めてまいります。", "秘書広報課"],
        ["2", "P3-4", "令和7年度 遠野市の予算がまとまりました",
         "令和7年度の一般会計予算は231億5,800万円で、前年度に比べ3.6％の増となりました。\n"
         "特別会計を合わせた総額は352億1,240万円です。\n主な事業は次のとおりです。\n"
         "◆新規事業\n・遠野ふるさと移住定住促進住宅整備事業　1億2,400万円\n"
         "・スマート農業導入支援事業　3,600万円\n"
         "◆継続事業\n・観光誘客推進事業　2,150万円\n・地域公共交通再編事業　8,870万円\n"
         "・学校給食費無償化事業　1億5,320万円", "財政課"],
        ["3", "P5", "ふるさと納税　令和6年度の実績",
         "令和6年度は全国の皆さまから12,345件、総額3億4,567万円のご寄附をいただきました。\n"
         "前年度に比べ件数は1,204件の増加となりました。\n"
         "いただいた寄附金は、子育て支援や郷土芸能の継承などに活用させていただきます。", "ふるさと納税推進室"],
        ["4", "P6", "図書館　5月のおはなし会",
         "日時　5月10日（土）午前10時から\n場所　市立図書館2階\n対象　3歳から小学校低学年\n参加無料・申込不要", "市立図書館"],
        ["5", "P7", "特定健診を受けましょう",
         "40歳から74歳の国民健康保険加入者を対象に特定健診を行います。\n自己負担額は1,000円です。\n"
         "受診券は5月下旬に郵送します。", "健康長寿課"],
        ["6", "P8", "東京で移住相談会を開催しました",
         "2月に東京都内で移住相談会を開催し、48組の方にご来場いただきました。\n"
         "そのうち5組が現地見学ツアーに申し込みました。", "移住推進課"],
        ["7", "P9", "遠野市総合計画 後期基本計画の策定に向けて",
         "市では、令和8年度から令和12年度までの5年間を計画期間とする後期基本計画の策定を進めています。\n"
         "市民アンケートを7月に実施し、地区懇談会を市内11地区で開催する予定です。\n"
         "皆さんの声を計画づくりに生かしますので、ご協力をお願いします。", "政策企画課"],
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    path = out / "tono_koho_2025_05.csv"
    path.write_bytes(buf.getvalue().encode("cp932"))
    return path


# ---------------------------------------------------------------- 3. 総合戦略 KPI table flattened one cell per line

def kamiyama_flat_kpi(out: Path) -> Path:
    """徳島県神山町 総合戦略 KPI一覧 (text, UTF-8): an HTML table copied one cell per line, the years only in
    the header cells (split over two lines), 「−」 as unit, 「達成」 as a state, a 累計 indicator."""
    header = ["基本目標", "指標", "単位", "基準値", "（令和元年度）", "実績値", "（令和5年度）", "目標値",
              "（令和6年度）", "達成状況"]
    rows = [
        ["1 しごとをつくる", "町内での新規創業件数", "件", "2", "9", "10", "90.0%"],
        ["1 しごとをつくる", "サテライトオフィス進出企業数（累計）", "社", "16", "21", "20", "105.0%"],
        ["2 ひとの流れをつくる", "転入者数", "人", "186", "172", "220", "78.2%"],
        ["2 ひとの流れをつくる", "移住相談窓口の相談件数", "件", "64", "131", "100", "131.0%"],
        ["3 結婚・出産・子育て", "合計特殊出生率", "−", "1.21", "1.30", "1.45", "89.7%"],
        ["3 結婚・出産・子育て", "町内の保育所待機児童数", "人", "3", "0", "0", "達成"],
        ["4 地域をつくる", "地域おこし協力隊員の定着率", "％", "55.0", "62.5", "70.0", "89.3%"],
        ["4 地域をつくる", "町営バスの年間利用者数", "人", "21,480", "19,302", "24,000", "80.4%"],
    ]
    lines = ["第2期神山町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況",
             "更新日：2025年3月31日", "ページ番号：0000031207", ""] + header
    for row in rows:
        lines += row
    lines += ["", "※達成状況は、目標値に対する実績値の割合です。",
              "※待機児童数は、目標（0人）を達成したため「達成」と表記しています。",
              "このページに関するお問い合わせ", "総務課　企画調整係"]
    return write_text(out / "kamiyama_sousei_kpi_shinchoku.txt", "\n".join(lines) + "\n")


# ---------------------------------------------------------------- 4. 市民意識調査 (PDF)

def nabari_survey_pdf(out: Path) -> Path:
    """三重県名張市 市民意識調査 結果報告 (PDF, 2 pages): age-group table of 高い/低い shares, ruled ranking
    table 順位｜施策｜満足度｜前回比 (ポイント) — the rank stands beside the rate."""
    pdf = PdfPage(out / "nabari_shimin_ishiki_chosa_r6.pdf", title="令和6年度 名張市市民意識調査 結果報告書（概要版）",
                author="名張市 総合企画政策室")
    pdf.text(60, 70, "令和6年度　名張市市民意識調査　結果報告書（概要版）", 15, GOTHIC)
    pdf.text(60, 100, "１　調査の概要", 12, GOTHIC)
    for i, s in enumerate([
        "調査対象　市内在住の18歳以上の方　3,000人（無作為抽出）",
        "調査期間　令和6年7月1日～7月22日",
        "回収数　　1,284件（回収率42.8％）",
    ]):
        pdf.text(72, 122 + i * 17, s)
    pdf.text(60, 190, "２　市の取組全体に対する満足度", 12, GOTHIC)
    pdf.text(72, 212, "市の取組全体について、満足度が「高い」（「満足」と「やや満足」の合計）と答えた方は46.3％で、")
    pdf.text(72, 229, "前回調査（令和4年度）から2.4ポイント上昇しました。「低い」（「やや不満」と「不満」の合計）は")
    pdf.text(72, 246, "18.9％で、前回から1.1ポイント低下しています。")
    pdf.text(60, 280, "年代別の満足度", 11, GOTHIC)
    cols = [100, 70, 80, 80]
    x0, top = 72, 292
    head = ["年代", "回答数", "高い", "低い"]
    ages = [
        ["18・19歳", "23", "52.2％", "8.7％"],
        ["20歳代", "96", "49.0％", "15.6％"],
        ["30歳代", "141", "41.8％", "22.7％"],
        ["40歳代", "187", "43.9％", "21.4％"],
        ["50歳代", "212", "44.3％", "20.8％"],
        ["60歳代", "298", "47.0％", "18.5％"],
        ["70歳以上", "310", "48.7％", "16.1％"],
        ["無回答", "17", "－", "－"],
    ]
    for r, row in enumerate([head] + ages):
        x = x0
        for c, (w, cell) in enumerate(zip(cols, row)):
            pdf.box(x, top + r * 20, w, 20, fill=0.85 if r == 0 else None)
            if c == 0 or r == 0:
                pdf.text(x + 5, top + r * 20 + 14, cell, 9.5)
            else:
                pdf.right(x + w - 6, top + r * 20 + 14, cell, 9.5)
            x += w
    pdf.text(72, top + 9 * 20 + 20, "※「高い」「低い」以外は「どちらともいえない」と無回答です。", 8.5)
    pdf.right(PAGE_W - 60, PAGE_H - 30, "－ 1 －", 9)
    pdf.page()

    pdf.text(60, 70, "３　施策ごとの満足度", 12, GOTHIC)
    pdf.text(72, 92, "32の施策のうち、満足度（「高い」の割合）の上位と下位は次のとおりです。前回比は令和4年度調査との差です。")
    cols = [40, 210, 70, 80]
    head = ["順位", "施策", "満足度", "前回比"]

    def ranking(top: float, title: str, rows: list[list[str]]) -> None:
        pdf.text(72, top - 8, title, 11, GOTHIC)
        for r, row in enumerate([head] + rows):
            x = 72
            for c, (w, cell) in enumerate(zip(cols, row)):
                pdf.box(x, top + r * 20, w, 20, fill=0.85 if r == 0 else None)
                if c == 1 or r == 0:
                    pdf.text(x + 5, top + r * 20 + 14, cell, 9.5)
                else:
                    pdf.right(x + w - 6, top + r * 20 + 14, cell, 9.5)
                x += w

    ranking(130, "満足度の高い施策", [
        ["1", "ごみの収集・リサイクル", "71.4％", "＋0.8"],
        ["2", "上水道の安定供給", "69.0％", "△1.2"],
        ["3", "健康診査・保健指導", "58.7％", "＋3.1"],
        ["4", "消防・救急体制", "55.2％", "＋0.4"],
        ["5", "図書館・生涯学習", "49.6％", "＋2.2"],
    ])
    ranking(290, "満足度の低い施策", [
        ["30", "公共交通（バス・鉄道）", "21.3％", "△2.7"],
        ["31", "商業の活性化", "18.4％", "＋0.6"],
        ["32", "雇用の確保", "15.9％", "△0.3"],
    ])
    pdf.text(72, 400, "（前回比の単位はポイント。△は低下）", 8.5)
    pdf.text(60, 430, "４　今後のまちづくりで重要だと思うこと", 12, GOTHIC)
    pdf.text(72, 452, "「医療体制の充実」が最も多く、次いで「公共交通の確保」「子育て支援」の順となりました。")
    pdf.right(PAGE_W - 60, PAGE_H - 30, "－ 2 －", 9)
    return pdf.save()


# ---------------------------------------------------------------- 5. 主要施策の成果 (DOCX)

def uchiko_seika_docx(out: Path) -> Path:
    """愛媛県内子町 主要な施策の成果に関する説明書 (DOCX): one label｜value table per 事業, 予算額 and 決算額
    on one row (予算額｜v｜決算額｜v), 千円未満四捨五入 note, 成果指標 目標/実績 in a sentence cell."""
    import docx
    doc = docx.Document()
    doc.core_properties.title = "令和5年度 主要な施策の成果に関する説明書"
    doc.add_heading("令和5年度　主要な施策の成果に関する説明書", level=1)
    doc.add_paragraph("愛媛県内子町")
    doc.add_paragraph("（単位：千円。千円未満四捨五入）")
    forms = [
        {"事業名": "町並み保存地区修景補助事業", "所管課": "まちづくり推進課",
         "総合計画の位置付け": "基本目標2　施策2-3　歴史的な町並みの保存と活用",
         "予算額": "24,600", "決算額": "22,815",
         "財源内訳": "国庫支出金 9,800　一般財源 13,015",
         "事業の概要": "伝統的建造物群保存地区内の建物の修理・修景に要する経費に対し補助した。",
         "成果": "修理5件、修景2件の計7件に補助した。成果指標「修理・修景件数」は目標8件に対し実績7件。"},
        {"事業名": "有害鳥獣被害防止対策事業", "所管課": "農林振興課",
         "総合計画の位置付け": "基本目標3　施策3-1　農林業の振興",
         "予算額": "18,350", "決算額": "17,962",
         "財源内訳": "県支出金 8,200　一般財源 9,762",
         "事業の概要": "猟友会への捕獲委託、防護柵の設置補助を行った。",
         "成果": "イノシシ842頭、シカ311頭を捕獲した。防護柵の設置延長は12.4kmとなった。"},
        {"事業名": "地域おこし協力隊活用事業", "所管課": "総務課",
         "総合計画の位置付け": "基本目標1　施策1-2　移住・定住の促進",
         "予算額": "31,200", "決算額": "27,648",
         "財源内訳": "一般財源 27,648（特別交付税措置あり）",
         "事業の概要": "地域おこし協力隊員を委嘱し、観光振興や農業支援に従事してもらった。",
         "成果": "隊員数は9人（うち令和5年度新規委嘱3人）。任期を終えた2人が町内に定住した。"},
    ]
    for form in forms:
        doc.add_paragraph("")
        table = doc.add_table(rows=0, cols=4)
        table.style = "Table Grid"
        for label in ("事業名", "所管課", "総合計画の位置付け"):
            cells = table.add_row().cells
            cells[0].text = label
            merged = cells[1].merge(cells[3])
            merged.text = form[label]
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = "予算額", form["予算額"], "決算額", form["決算額"]
        for label in ("財源内訳", "事業の概要", "成果"):
            cells = table.add_row().cells
            cells[0].text = label
            merged = cells[1].merge(cells[3])
            merged.text = form[label]
    path = out / "uchiko_shuyo_shisaku_seika_r5.docx"
    doc.save(path)
    return path


# ---------------------------------------------------------------- 6. 事務事業評価 (XLSX, many columns, 〇 markers)

def yokote_hyoka_xlsx(out: Path) -> Path:
    """秋田県横手市 事務事業評価一覧 (XLSX): 23 columns under merged group headers (事業費, 成果指標, 評価,
    今後の方向性), the direction given by a 〇 in one of five marker columns, A/B/C grades, numbers as numbers."""
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "評価一覧"
    ws["A1"] = "令和6年度　事務事業評価結果一覧（令和5年度実施事業）"
    ws["A2"] = "横手市 経営企画部　　（事業費の単位：千円）"
    top = ["No", "事業コード", "事業名", "所管課", "政策", "施策", "事業費", None, None, "成果指標", None, None, None,
           "評価", None, None, "今後の方向性", None, None, None, None, "評価コメント"]
    sub = [None, None, None, None, None, None, "R5決算額", "R6予算額", "うち一般財源", "指標名", "単位", "目標値",
           "実績値", "必要性", "有効性", "効率性", "拡充", "継続", "改善", "縮小", "廃止", None]
    ws.append([])
    ws.append(top)
    ws.append(sub)
    for col in "ABCDEFV":
        ws.merge_cells(f"{col}4:{col}5")
    for a, b in (("G4", "I4"), ("J4", "M4"), ("N4", "P4"), ("Q4", "U4")):
        ws.merge_cells(f"{a}:{b}")
    rows = [
        [1, "0101", "雪下ろし支援事業", "地域づくり支援課", "安全・安心", "雪対策の推進", 12480, 14000, 9800,
         "支援世帯数", "世帯", 350, 318, "A", "A", "B", "〇", None, None, None, None, "高齢世帯の増加に対応するため拡充する"],
        [2, "0214", "婚活イベント開催事業", "子育て支援課", "子育て", "結婚支援", 845, 620, 620,
         "成婚組数", "組", 5, 1, "B", "C", "C", None, None, None, "〇", None, "参加者が減少しており規模を縮小する"],
        [3, "0322", "市民農園管理事業", "農業振興課", "産業", "都市農村交流", 392, 0, 0,
         "区画利用率", "％", 90, 48, "C", "C", "C", None, None, None, None, "〇", "利用率が低く令和6年度で廃止する"],
        [4, "0408", "空き家バンク運営事業", "建築住宅課", "定住", "移住・定住の促進", 2310, 2500, 2100,
         "成約件数", "件", 30, 34, "A", "A", "A", None, "〇", None, None, None, "成果が上がっており継続する"],
        [5, "0515", "スクールバス運行事業", "教育総務課", "教育", "学校教育の充実", 98640, 101200, 52000,
         "利用児童数", "人", 420, 406, "A", "B", "B", None, None, "〇", None, None, "路線の見直しにより効率化を図る"],
        [6, "0619", "デジタル商品券発行事業", "商工観光課", "産業", "商業の振興", 56300, 60000, 12000,
         "利用店舗数", "店", 400, 437, "B", "A", "B", "〇", None, None, None, None, "利用店舗が拡大しており対象を広げる"],
        [7, "0703", "地区交流センター管理事業", "地域づくり支援課", "協働", "地域コミュニティ", 708, 730, 730,
         "利用者数", "人", 900, 812, "B", "B", "B", None, "〇", None, None, None, "現行どおり継続する"],
    ]
    for row in rows:
        ws.append(row)
    for r in range(6, 6 + len(rows)):
        for c in (7, 8, 9, 12, 13):
            ws.cell(r, c).number_format = "#,##0"
    path = out / "yokote_jimu_jigyo_hyoka_r6.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 7. KPI sheet, merged headers and yearly columns (XLSX)

def goto_kpi_xlsx(out: Path) -> Path:
    """長崎県五島市 KPI進捗 (XLSX): 「重要業績評価指標」 merged over 指標名｜単位, 「実績値の推移」 merged over
    R2..R5, 基準値(R1) and 目標値(R6) merged down, section rows 基本目標 merged across, 評価 A-D."""
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI進捗"
    ws["A1"] = "五島市まち・ひと・しごと創生総合戦略　KPIの進捗状況（令和5年度実績）"
    ws.merge_cells("A1:J1")
    ws.append([])
    ws.append(["No", "重要業績評価指標", None, "基準値(R1)", "実績値の推移", None, None, None, "目標値(R6)", "評価"])
    ws.append([None, "指標名", "単位", None, "R2", "R3", "R4", "R5", None, None])
    for col in "ADIJ":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("B3:C3")
    ws.merge_cells("E3:H3")
    blocks = [
        ("基本目標１　稼ぐ力を高め、しごとをつくる", [
            [1, "観光客延べ数", "千人", 212.6, 98.4, 131.7, 176.2, 201.9, 250.0, "B"],
            [2, "水産物水揚げ金額", "億円", 41.2, 39.8, 40.5, 38.9, 42.7, 45.0, "B"],
            [3, "新規就農者数", "人", 6, 4, 7, 5, 8, 10, "B"],
        ]),
        ("基本目標２　新しいひとの流れをつくる", [
            [4, "移住者数", "人", 178, 203, 245, 266, 291, 300, "A"],
            [5, "空き家バンク成約件数", "件", 21, 27, 33, 30, 36, 40, "B"],
        ]),
        ("基本目標３　結婚・出産・子育ての希望をかなえる", [
            [6, "出生数", "人", 228, 219, 205, 197, 188, 250, "D"],
            [7, "子育て支援に満足している市民の割合", "％", 38.5, 40.2, 41.0, 43.6, 45.1, 50.0, "B"],
        ]),
    ]
    row = 5
    for title, body in blocks:
        ws.cell(row, 1, title)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        row += 1
        for values in body:
            for col, v in enumerate(values, start=1):
                cell = ws.cell(row, col, v)
                if isinstance(v, float):
                    cell.number_format = "0.0"
            row += 1
    ws.cell(row + 1, 1, "評価　A：目標達成見込み　B：概ね順調　C：やや遅れ　D：遅れ")
    path = out / "goto_kpi_suii.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 8. 総合計画 with 【課題】/【主な取組】 blocks (text, UTF-8)

def shimanto_keikaku_text(out: Path) -> Path:
    """高知県四万十町 総合計画 後期基本計画 (text, UTF-8): 施策 → 【現状と課題】 ① sentences → 【主な取組】
    ◇取組 ・事業 lists → 【成果指標】 with 現状値 and 目標値 on one row, full-width digits, ㎥ and ha units."""
    text = """第２次四万十町総合計画　後期基本計画（令和７年度～令和11年度）

第３章　分野別計画

基本目標２　産業が元気で、働く場があるまち

施策２－１　農業の振興

【現状と課題】
①担い手の高齢化が進み、６５歳以上の農業者が全体の約７割を占めています。
②耕作放棄地は令和５年度末で約１４２ｈａとなり、５年前から２割増加しています。
③米価の低迷により、付加価値の高い作物への転換が求められています。

【主な取組】
◇担い手の確保・育成
　・新規就農者研修支援事業
　・農業次世代人材投資事業
　・集落営農組織化推進事業
◇農地の保全
　・中山間地域等直接支払事業
　・耕作放棄地再生利用支援事業
◇ブランド化の推進
　・しまんと米ブランド化推進事業
　・有機農業産地づくり事業

【成果指標】
指標名　　　　　　　　　　　　　現状値（Ｒ５）　　目標値（Ｒ11）
新規就農者数（５年間累計）　　　　１８人　　　　　　２５人
耕作放棄地の再生面積　　　　　　　３．２ｈａ　　　　１０．０ｈａ

施策２－２　林業の振興

【現状と課題】
①町の面積の約９割を森林が占めていますが、林業就業者は１０年間で３割減少しました。
②主伐期を迎えた人工林の活用と、伐採後の再造林が課題です。

【主な取組】
◇森林資源の循環利用
　・森林経営管理事業
　・町産材利用促進住宅助成事業
◇林業従事者の確保
　・林業就業者定着支援事業

【成果指標】
指標名　　　　　　　　　　　　　現状値（Ｒ５）　　目標値（Ｒ11）
素材生産量　　　　　　　　　　　２３，４００㎥　　３０，０００㎥

施策２－３　観光の振興

【現状と課題】
①清流を訪れる観光客は令和５年に約６８万人まで回復しましたが、宿泊客は観光客全体の１割程度にとどまっています。
②体験型観光の担い手と、受入れ体制の整備が求められています。

【主な取組】
◇滞在型観光の推進
　・体験型観光プログラム造成事業
　・カヌー拠点施設周辺整備事業
◇情報発信の強化
　・観光ＤＸ推進事業

【成果指標】
指標名　　　　　　　　　　　　　現状値（Ｒ５）　　目標値（Ｒ11）
観光入込客数　　　　　　　　　　６８万人　　　　　８０万人
宿泊者数　　　　　　　　　　　　６．４万人　　　　８．５万人
"""
    return write_text(out / "shimanto_sougou_keikaku_kouki.txt", text)


# ---------------------------------------------------------------- 9. 補正予算書 table in 千円 (text, CP932)

def onagawa_hosei_text(out: Path) -> Path:
    """宮城県女川町 一般会計補正予算（第２号） (text, CP932, CRLF): 第１条 sentence with 千円 totals, 第１表
    款 table with 当初予算額｜既補正額｜今回補正額｜計 columns aligned with spaces, 千円未満四捨五入 note."""
    head = "　款　　　　　　　　　　　当初予算額　　　既補正額　　今回補正額　　　　　　計"
    rows = [
        ("１　議会費", "98,420", "0", "0", "98,420"),
        ("２　総務費", "1,204,310", "12,500", "45,870", "1,262,680"),
        ("３　民生費", "1,530,880", "8,200", "31,240", "1,570,320"),
        ("４　衛生費", "684,150", "0", "12,600", "696,750"),
        ("５　労働費", "4,210", "0", "0", "4,210"),
        ("６　農林水産業費", "912,330", "25,000", "58,300", "995,630"),
        ("７　商工費", "402,760", "0", "22,400", "425,160"),
        ("８　土木費", "1,388,900", "30,000", "46,070", "1,464,970"),
        ("９　消防費", "356,440", "0", "0", "356,440"),
        ("10　教育費", "712,210", "4,300", "0", "716,510"),
        ("11　災害復旧費", "25,000", "0", "0", "25,000"),
        ("12　公債費", "610,890", "0", "0", "610,890"),
        ("14　予備費", "30,000", "0", "0", "30,000"),
        ("歳出合計", "7,960,500", "80,000", "216,480", "8,256,980"),
    ]
    table = [head]
    for name, *nums in rows:
        pad = "　" * max(1, 12 - len(name))
        table.append("　" + name + pad + "".join(n.rjust(13) for n in nums))
    text = "\r\n".join([
        "令和６年度女川町一般会計補正予算（第２号）",
        "",
        "　令和６年度女川町の一般会計補正予算（第２号）は、次に定めるところによる。",
        "（歳入歳出予算の補正）",
        "第１条　既定の歳入歳出予算の総額に歳入歳出それぞれ216,480千円を追加し、歳入歳出予算の総額を"
        "歳入歳出それぞれ8,256,980千円とする。",
        "２　歳入歳出予算の補正の款項の区分及び当該区分ごとの金額並びに補正後の歳入歳出予算の金額は、"
        "「第１表　歳入歳出予算補正」による。",
        "",
        "　　令和６年９月１０日提出",
        "　　　　　　　　　　　　　　　　　　　　女川町長",
        "",
        "第１表　歳入歳出予算補正",
        "　歳出　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　（単位：千円）",
        *table,
        "※千円未満四捨五入のため、合計が一致しない場合があります。",
        "",
        "補正の主な内容",
        "　総務費　　　ふるさと納税返礼品等経費の増額",
        "　農林水産業費　漁港施設機能保全事業（水産物荷さばき所の屋根改修）",
        "　商工費　　　中心市街地にぎわい創出イベント補助金",
        "　土木費　　　町道清水線の舗装補修",
        "",
    ])
    path = out / "onagawa_hosei_yosan_r6_dai2go.txt"
    path.write_bytes(text.encode("cp932"))
    return path


# ---------------------------------------------------------------- 10. 広報 budget page, 〔新規〕 items with the amount on the next line (PDF)

def aridagawa_budget_pdf(out: Path) -> Path:
    """和歌山県有田川町 広報 予算特集 (PDF, 1 page): 〔新規〕/〔拡充〕/〔継続〕 items whose amount stands on the
    next line, a description line after it, 前年度比 in words (増), the 特別会計 total in a framed box."""
    pdf = PdfPage(out / "aridagawa_koho_2025_04_yosan.pdf", title="広報ありだがわ 2025年4月号",
                author="有田川町")
    pdf.text(50, 50, "広報ありだがわ　2025年4月号", 9)
    pdf.text(50, 85, "令和７年度　当初予算のポイント", 18, GOTHIC)
    pdf.text(50, 108, "有田川町の令和７年度当初予算が３月定例会で可決されました。", 10)
    pdf.text(50, 122, "一般会計は158億2,300万円で、前年度当初予算と比べて4億1,600万円（2.7％）の増となりました。", 10)
    pdf.box(50, 130, 260, 50)
    pdf.text(60, 150, "一般会計　　　158億2,300万円", 11, GOTHIC)
    pdf.text(60, 170, "特別会計（6会計）　64億9,870万円", 11, GOTHIC)
    pdf.text(50, 210, "主な事業", 13, GOTHIC)
    pdf.hline(50, PAGE_W - 50, 216)
    items = [
        ("〔新規〕有田みかん園地継承支援事業", "2,350万円", "後継者のいない園地を新規就農者へ引き継ぐ経費を補助します。"),
        ("〔新規〕こども第三の居場所整備事業", "4,180万円", "放課後に子どもが安心して過ごせる居場所を町内2か所に整備します。"),
        ("〔拡充〕デマンド型乗合タクシー運行事業", "1,960万円", "運行区域を町内全域に広げます。"),
        ("〔新規〕避難所Wi-Fi整備事業", "3,075万円", "指定避難所18か所に公衆無線LANを整備します。"),
        ("〔継続〕簡易水道統合整備事業", "5億4,800万円", "老朽化した浄水施設を統合し、更新します。"),
    ]
    top = 238
    for name, amount, desc in items:
        pdf.text(56, top, name, 11, GOTHIC)
        pdf.text(80, top + 17, amount, 11, GOTHIC)
        pdf.text(80, top + 34, desc, 9.5)
        top += 62
    pdf.text(50, top + 10, "※金額は万円未満を四捨五入しています。", 8.5)
    pdf.text(50, top + 40, "問合せ　財政課", 9)
    pdf.right(PAGE_W - 50, PAGE_H - 30, "2", 9)
    return pdf.save()


# ---------------------------------------------------------------- 11. a plan that only says 「本町」 (PDF)

def honcho_kosodate_pdf(out: Path) -> Path:
    """A 子ども・子育て支援事業計画 summary (PDF, 1 page) whose text never names its town: it says 「本町」;
    the town (福島県三島町) is only in the PDF's Author property, which a reader does not see."""
    pdf = PdfPage(out / "kosodate_shien_keikaku_dai3ki_gaiyo.pdf", title="第3期子ども・子育て支援事業計画 概要版",
                author="福島県三島町 保健福祉課")
    pdf.text(50, 70, "第３期子ども・子育て支援事業計画（概要版）", 16, GOTHIC)
    pdf.text(50, 95, "計画期間　令和７年度～令和11年度（５年間）", 10)
    pdf.text(50, 130, "１　計画の基本理念", 12, GOTHIC)
    pdf.text(62, 152, "「地域みんなで見守り、育む　子どもの笑顔があふれるまち」", 11)
    pdf.text(50, 185, "２　本町の子どもを取り巻く状況", 12, GOTHIC)
    for i, s in enumerate([
        "本町の出生数は、平成27年の12人から令和5年には7人へと減少しています。",
        "18歳未満の子どもがいる世帯のうち、共働き世帯の割合は68.5％（令和5年）です。",
        "ニーズ調査では、放課後の居場所の充実を望む声が最も多くなりました。",
    ]):
        pdf.text(62, 207 + i * 17, s)
    pdf.text(50, 275, "３　主な目標", 12, GOTHIC)
    cols = [190, 110, 110]
    rows = [
        ["指標", "現状（令和5年度）", "目標（令和11年度）"],
        ["放課後児童クラブ登録児童数", "18人", "24人"],
        ["一時預かり事業の年間利用延べ人数", "96人日", "150人日"],
        ["子育て支援に満足している保護者の割合", "61.2％", "75.0％"],
    ]
    for r, row in enumerate(rows):
        x = 62
        for c, (w, cell) in enumerate(zip(cols, row)):
            pdf.box(x, 287 + r * 22, w, 22)
            pdf.text(x + 5, 287 + r * 22 + 15, cell, 9.5)
            x += w
    pdf.text(50, 400, "４　主な取組", 12, GOTHIC)
    for i, s in enumerate([
        "・放課後子ども教室と放課後児童クラブの一体的な運営",
        "・病児保育の広域連携による実施",
        "・子育て世帯への町営住宅家賃の減免",
    ]):
        pdf.text(62, 422 + i * 17, s)
    return pdf.save()


MAKERS = [
    sabae_koho_text, tono_koho_csv, kamiyama_flat_kpi, nabari_survey_pdf, uchiko_seika_docx, yokote_hyoka_xlsx,
    goto_kpi_xlsx, shimanto_keikaku_text, onagawa_hosei_text, aridagawa_budget_pdf, honcho_kosodate_pdf,
]


def make_all(out_dir: Path) -> list[Path]:
    """Write every blind document into `out_dir` (created if missing) and return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [make(out_dir) for make in MAKERS]


if __name__ == "__main__":
    import sys
    for p in make_all(Path(sys.argv[1] if len(sys.argv) > 1 else "blind-out")):
        print(p)
