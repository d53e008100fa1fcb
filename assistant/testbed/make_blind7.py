"""Seventh blind fixture set: nine documents in layouts nobody tuned the extractor to, answers written by hand.

`make_all(out_dir)` writes nine documents of Japanese local-government kinds (a 施政方針 in PDF with a contents page,
running headers and two-column pages; a 主要事業の概要 in PDF with ★/◎ marks inside the name cell and a table
continued over a page; a 財政見通し whose ten years are printed as two tables of five year columns, one on each
page; a 総合戦略 効果検証 report with KPI and 事業 tables; a 公共施設等総合管理計画 概要版; a 施策評価シート workbook laid out as printed
forms with merged cells; a 補正予算の概要 in Word; a 議会だより in CP932 text with a 賛否 matrix; a 子ども・子育て支援
事業計画 CSV with the years as columns) into `out_dir` and returns their paths. The municipalities are real and were
used by no earlier set; every figure, name and sentence is invented. The expected answers in `questions.jsonl`
were written by hand from the text below, without reading or running the extractor. Binary formats are generated
here, never committed.
"""
from __future__ import annotations

from pathlib import Path

from assistant.testbed.documents import GOTHIC, MINCHO, PAGE_H, PAGE_W, PdfPage, amount_text, column_lefts, write_text


def _wrap(paragraph: str, width: int) -> list[str]:
    """Hard-wrap a paragraph every `width` characters, as a typesetter without word rules does."""
    return [paragraph[i:i + width] for i in range(0, len(paragraph), width)] or [""]




# ---------------------------------------------------------------- 1. 施政方針, contents page, two columns (PDF)

_KOSAI_SECTIONS = [
    ("１　はじめに", [
        "本日ここに、令和７年度の予算案をはじめ諸議案のご審議をお願いするに当たり、市政運営に臨む私の所信と主要な施策の概要を申し上げます。",
        "市制施行から半世紀を超え、本市は浜名湖と遠州灘に抱かれたものづくりのまちとして歩んでまいりました。一方で、若い世代の転出が続き、人口減少への対応は待ったなしの課題であります。",
    ]),
    ("２　予算編成の基本的な考え方", [
        "令和７年度の予算編成に当たっては、「子育て世代に選ばれるまち」の実現を最優先とし、限られた財源を子育て・教育と産業の振興に重点的に配分いたしました。",
        "この結果、令和７年度の一般会計の予算総額は２８６億４，０００万円で、前年度と比べて３．１％の増となりました。特別会計と企業会計を合わせた予算総額は４６８億９，２００万円であります。",
        "財政調整基金からの繰入金は、前年度より２億円少ない１２億５，０００万円にとどめ、将来に備えた財政の健全性の確保に努めました。",
    ]),
    ("３　主要施策の概要", []),
    ("（１）子育て・教育", [
        "第一に、新たに「こさいっ子給食費無償化事業」を実施し、市内の小・中学校に通う第２子以降の児童生徒の給食費を無償といたします。事業費は１億８，６００万円であります。",
        "第二に、新居地区に放課後児童クラブを１か所増設し、待機児童の解消を図ります。",
        "第三に、産後ケア事業の利用者負担を１回あたり２，５００円から１，０００円に引き下げ、出産後の母子の心身の回復を支えます。",
    ]),
    ("（２）産業・雇用", [
        "浜名湖西岸工業用地造成事業に着手し、約１２ヘクタールの用地を令和９年度の分譲開始を目指して整備いたします。",
        "うなぎ、のり、かきなど浜名湖の水産物の販路を広げるため、湖西ブランド発信事業を拡充いたします。",
        "また、市内企業に就職した若者の奨学金の返還を支援する制度を新たに設け、１人あたり年１２万円を上限に補助いたします。",
    ]),
    ("（３）防災・都市基盤", [
        "南海トラフ地震への備えとして、白須賀地区に津波避難マウンドを整備するとともに、同報系防災行政無線のデジタル化を完了させます。",
        "鷲津駅南口の駅前広場の再整備には１億２，３００万円を計上いたしました。",
    ]),
    ("４　むすび", [
        "以上、令和７年度の市政運営の方針と主要な施策について申し上げました。市民の皆様と議員各位のご理解とご協力を心からお願い申し上げ、施政方針といたします。",
    ]),
]


def kosai_shisei_houshin_pdf(out: Path) -> Path:
    """静岡県湖西市 令和7年度 施政方針 (PDF, 3 pages): page 1 a shaded title band and **the contents as a small
    ruled table** 項目｜頁 (no cover, no dotted leaders); pages 2–3 **set in two columns**, hard-wrapped every 22
    characters, under a running header with a rule and over 「－ N －」 page numbers, so each printed line of the
    text layer holds a line of the left column and a line of the right column; the amounts inside sentences in
    full-width digits."""
    pdf = PdfPage(out / "kosai_r7_shisei_houshin.pdf", title="令和7年度 施政方針", author="湖西市")
    W, H = pdf.W, pdf.H
    pdf.box(40, 40, W - 80, 30, fill=0.9)
    pdf.text(50, 60, "令和７年２月定例会　市長施政方針", 14, GOTHIC)
    pdf.right(W - 50, 60, "湖西市長　水野　康晴", 10)
    pdf.text(40, 100, "令和７年度の市政運営に当たって、その方針と主要な施策を次のとおり申し上げます。", 10)
    pdf.text(40, 130, "【目次】", 10.5, GOTHIC)
    contents = [("１　はじめに", "2"), ("２　予算編成の基本的な考え方", "2"), ("３　主要施策の概要", "2"),
                ("　（１）子育て・教育", "2"), ("　（２）産業・雇用", "2"), ("　（３）防災・都市基盤", "2"),
                ("４　むすび", "3")]
    for i, (head, page) in enumerate(contents):
        top = 150 + 20 * i
        pdf.box(60, top - 14, 330, 20)
        pdf.box(390, top - 14, 50, 20)
        pdf.text(66, top, head, 10)
        pdf.center(415, top, page, 10)
    pdf.text(40, 330, "※本文は２段組みで掲載しています。金額は当初予算案の額です。", 8.5)
    pdf.center(W / 2, H - 30, "－ １ －", 9)
    pdf.page()

    lines: list[tuple[str, bool]] = []
    for head, paragraphs in _KOSAI_SECTIONS:
        lines.append((head, True))
        for p in paragraphs:
            lines.extend((s, False) for s in _wrap("　" + p, 22))
        lines.append(("", False))
    per_column = 25
    columns = [lines[i:i + per_column] for i in range(0, len(lines), per_column)]
    page_no = 2
    for start in range(0, len(columns), 2):
        pdf.right(W - 50, 40, "令和７年度施政方針（湖西市）", 8)
        pdf.hline(50, W - 50, 46)
        for c, col in enumerate(columns[start:start + 2]):
            x = 50 + c * 258
            for i, (s, head) in enumerate(col):
                pdf.text(x, 72 + 16.5 * i, s, 10.5 if head else 10, GOTHIC if head else MINCHO)
        pdf.center(W / 2, H - 30, f"－ {'２３４'[page_no - 2]} －", 9)
        pdf.page()
        page_no += 1
    return pdf.save()


# ---------------------------------------------------------------- 2. 主要事業の概要, marks in the name cell (PDF)

_NAKATSUGAWA = [
    ("１　子育て・教育", [
        ("★中津川版ネウボラ推進事業", "24,380", "－", "24,380",
         ["妊娠期から子育て期まで切れ目なく相談に応じる", "拠点を本庁舎に開設"], "子育て支援課"),
        ("◎第３子以降保育料無償化事業", "86,200", "61,500", "24,700",
         ["対象を３歳児以上から０歳児以上に拡大", "（国の制度の対象外となる世帯）"], "幼児教育課"),
        ("学校体育館空調設備整備事業", "412,600", "158,000", "254,600",
         ["坂下中学校ほか２校の体育館に空調設備を設置", "（避難所機能の強化を兼ねる）"], "教育総務課"),
        ("★中学校部活動地域展開推進事業", "9,870", "－", "9,870",
         ["休日の部活動を地域クラブへ移行するための", "コーディネーター２人を配置"], "スポーツ課"),
    ]),
    ("２　産業・観光", [
        ("◎中山道馬籠宿景観整備事業", "138,400", "96,000", "42,400",
         ["石畳の補修と電線の地中化（延長280m）"], "観光課"),
        ("栗きんとん発祥の地ＰＲ事業\n恵那山麓ツーリズム推進事業", "31,500", "33,800", "△2,300",
         ["首都圏での物産展の開催と", "モニターツアーの実施"], "観光課"),
        ("★東濃ひのき住宅建築促進事業", "18,000", "－", "18,000",
         ["東濃ひのきを使った住宅の新築に", "１戸あたり６０万円を補助（３０戸）"], "林業振興課"),
        ("中小企業設備投資促進事業", "72,000", "80,000", "△8,000",
         ["生産性を高める設備の導入費の", "３分の１を補助（上限５００万円）"], "商工課"),
    ]),
    ("３　リニア・まちづくり", [
        ("◎リニア岐阜県駅周辺整備事業", "1,286,500", "934,200", "352,300",
         ["駅前広場と周辺道路の整備", "（うち国庫補助　642,000）"], "リニア都市政策課"),
        ("★中津川駅前再開発基本計画策定事業", "15,400", "－", "15,400",
         ["駅前の低未利用地の再開発に向けた", "基本計画の策定"], "都市計画課"),
        ("市営住宅長寿命化事業", "96,800", "104,300", "△7,500",
         ["苗木団地の外壁と屋上防水の改修"], "建築住宅課"),
    ]),
    ("４　健康・福祉", [
        ("◎高齢者補聴器購入費助成事業", "6,000", "3,000", "3,000",
         ["助成の上限額を２万円から３万円に引き上げ", "対象を住民税非課税世帯から全世帯に拡大"], "高齢支援課"),
        ("★へき地オンライン診療推進事業", "12,300", "－", "12,300",
         ["付知・加子母地区の診療所で", "オンライン診療を開始"], "地域医療課"),
        ("介護人材確保支援事業", "7,200", "7,200", "0",
         ["介護職員初任者研修の受講費を全額補助"], "介護保険課"),
    ]),
]


def nakatsugawa_shuyo_jigyo_pdf(out: Path) -> Path:
    """岐阜県中津川市 令和7年度当初予算 主要事業の概要 (PDF, 2 pages): a running header and page numbers; the
    legend 「★新規　◎拡充　無印は継続」 and the unit 「（単位：千円）」 once above the table on page 1; a ruled table
    事業名｜予算額｜前年度予算額｜増減｜事業の内容｜担当課 under shaded 分野 rows, **the mark ★/◎ printed inside
    the name cell**, two 事業 named in one cell with one amount, 「－」 for new 事業, △ decreases; the table runs
    over the page break with the header repeated and the 分野 3 row first on page 2."""
    pdf = PdfPage(out / "nakatsugawa_r7_shuyo_jigyo.pdf", title="令和7年度当初予算 主要事業の概要",
                 author="中津川市 総務部 財政課")
    W, H = pdf.W, pdf.H
    cols = [150, 52, 52, 48, 150, 62]
    xs = column_lefts(24, cols)
    heads = ["事業名", "予算額", "前年度予算額", "増減", "事業の内容", "担当課"]

    def furniture(page: int) -> None:
        pdf.text(24, 28, "令和７年度　中津川市当初予算　主要事業の概要", 7.5)
        pdf.hline(24, W - 24, 33)
        pdf.center(W / 2, H - 24, str(page), 9)

    def header(top: float) -> float:
        for x, w, h in zip(xs, cols, heads):
            pdf.box(x, top, w, 18, fill=0.8)
            pdf.center(x + w / 2, top + 12, h, 7.5, GOTHIC)
        return top + 18

    pdf.text(24, 64, "令和７年度当初予算　主要事業の概要", 15, GOTHIC)
    pdf.text(24, 88, "「リニアがつなぐ　人と自然が輝くまち」の実現に向け、次の事業に重点的に取り組みます。", 8.5)
    pdf.text(24, 108, "凡例　★新規　◎拡充　無印は継続", 8)
    pdf.right(W - 24, 108, "（単位：千円）", 8)
    top = header(114)
    page = 1
    for field, rows in _NAKATSUGAWA:
        if field.startswith("３"):
            furniture(page)
            pdf.page()
            page += 1
            top = header(48)
        pdf.box(xs[0], top, sum(cols), 16, fill=0.92)
        pdf.text(xs[0] + 4, top + 11.5, field, 8.5, GOTHIC)
        top += 16
        for name, budget, last, diff, content, section in rows:
            names = name.split("\n")
            height = 12 * max(len(names), len(content)) + 8
            for x, w in zip(xs, cols):
                pdf.box(x, top, w, height)
            for i, s in enumerate(names):
                pdf.text(xs[0] + 3, top + 12 + 12 * i, s, 7.5)
            for c, s in ((1, budget), (2, last), (3, diff)):
                pdf.right(xs[c] + cols[c] - 3, top + 12, s, 7.5)
            for i, s in enumerate(content):
                pdf.text(xs[4] + 3, top + 12 + 12 * i, s, 7)
            pdf.text(xs[5] + 3, top + 12, section, 7)
            top += height
    pdf.text(24, top + 14, "※予算額には職員の人件費を含みません。増減欄の△は減少を表します。", 7.5)
    pdf.text(24, top + 26, "※栗きんとん発祥の地ＰＲ事業と恵那山麓ツーリズム推進事業は一体で実施するため、予算額を合算して掲載しています。", 7.5)
    furniture(page)
    return pdf.save()


# ---------------------------------------------------------------- 3. 財政見通し, ten years in two stacked tables (PDF)

_TONAMI_YEARS = ["令和７年度", "令和８年度", "令和９年度", "令和10年度", "令和11年度",
                 "令和12年度", "令和13年度", "令和14年度", "令和15年度", "令和16年度"]
_TONAMI_ROWS = [
    ("歳入総額", [203.0, 199.2, 194.8, 192.1, 190.4, 189.6, 188.3, 187.5, 186.2, 185.0]),
    ("　うち市税", [63.1, 63.5, 63.7, 63.9, 64.0, 63.8, 63.6, 63.3, 63.0, 62.7]),
    ("　うち地方交付税", [58.8, 58.1, 57.6, 57.1, 56.5, 55.9, 55.3, 54.8, 54.2, 53.6]),
    ("歳出総額", [203.5, 200.4, 196.9, 195.3, 194.1, 193.8, 193.0, 192.6, 191.9, 191.2]),
    ("　うち扶助費", [39.2, 39.7, 40.1, 40.6, 41.0, 41.3, 41.6, 41.8, 42.0, 42.2]),
    ("　うち公債費", [23.0, 23.5, 24.0, 24.2, 24.4, 24.6, 24.1, 23.5, 22.9, 22.4]),
    ("　うち普通建設事業費", [31.3, 27.9, 24.1, 22.9, 21.8, 21.0, 20.6, 20.4, 20.1, 19.8]),
]
_TONAMI_FUND = [53.1, 51.9, 49.8, 46.6, 42.9, 38.7, 34.0, 28.9, 23.2, 17.0]
_TONAMI_DEBT = [251.0, 250.6, 246.7, 241.8, 236.2, 230.1, 224.5, 219.0, 213.6, 208.3]


def _oku(v: float) -> str:
    """An amount in 億円 with one decimal, △ for a negative."""
    return f"△{-v:.1f}" if v < 0 else f"{v:.1f}"


def tonami_zaisei_mitoshi_pdf(out: Path) -> Path:
    """富山県砺波市 財政の見通し（令和7年度～令和16年度） (PDF, portrait, 2 pages): ten years are too wide for the
    page, so **the table is printed in two halves** — 令和７～11年度 on page 1 and 令和12～16年度 on page 2 under
    the same row labels (「うち」 rows indented), rows separated by thin rules and no vertical lines; amounts in
    **億円 with one decimal**, the unit once above the first half; the 収支 row computed, △ for a shortfall;
    the 令和７年度 column is the 当初予算, the rest 推計 (a ※ note only); the issues and measures in prose."""
    pdf = PdfPage(out / "tonami_zaisei_mitoshi_r7_r16.pdf", title="砺波市の財政見通し（令和7年度～令和16年度）",
                  author="砺波市 企画総務部 財政課")
    revenue, spending = _TONAMI_ROWS[0][1], _TONAMI_ROWS[3][1]
    rows = _TONAMI_ROWS + [("収支（歳入－歳出）", [round(a - b, 1) for a, b in zip(revenue, spending)]),
                           ("財政調整基金残高（年度末）", _TONAMI_FUND), ("市債残高（年度末）", _TONAMI_DEBT)]

    def half(top: float, first: int) -> float:
        label_w, col_w, left = 165, 66, 50
        right_edge = left + label_w + 5 * col_w
        pdf.hline(left, right_edge, top, 1.2)
        pdf.text(left + 4, top + 14, "区　　分", 8.5, GOTHIC)
        for i, year in enumerate(_TONAMI_YEARS[first:first + 5]):
            pdf.right(left + label_w + (i + 1) * col_w - 8, top + 14, year, 8.5, GOTHIC)
        top += 20
        pdf.hline(left, right_edge, top, 0.8)
        for name, values in rows:
            bold = not name.startswith("　")
            pdf.text(left + 4, top + 13, name, 8.5, GOTHIC if bold else MINCHO)
            for i, v in enumerate(values[first:first + 5]):
                pdf.right(left + label_w + (i + 1) * col_w - 8, top + 13, _oku(v), 8.5)
            top += 18
            pdf.hline(left, right_edge, top, 0.3)
        pdf.hline(left, right_edge, top, 1.2)
        return top

    pdf.text(40, 56, "砺波市の財政見通し（令和７年度～令和16年度）", 15, GOTHIC)
    pdf.right(PAGE_W - 40, 76, "令和７年３月　砺波市企画総務部財政課", 8.5)
    pdf.text(40, 104, "１　見通しの前提", 10.5, GOTHIC)
    for i, s in enumerate([
        "令和７年度当初予算を起点に、現行の制度と令和２年国勢調査に基づく人口推計を用いて、一般会計の",
        "今後10年間の収支を試算しました。新たな大規模事業は、実施が決まっているものだけを見込んでいます。",
    ]):
        pdf.text(48, 124 + 15 * i, s, 8.5)
    pdf.text(40, 172, "２　一般会計の収支見通し", 10.5, GOTHIC)
    pdf.right(PAGE_W - 40, 186, "（単位：億円）", 8)
    bottom = half(192, 0)
    pdf.text(50, bottom + 16, "※令和７年度は当初予算額、令和８年度以降は推計値です。端数処理のため、合計が一致しない場合があります。", 7)
    pdf.text(50, bottom + 28, "※令和12年度以降の見通しは次ページに続きます。", 7)
    pdf.center(PAGE_W / 2, PAGE_H - 26, "1", 9)
    pdf.page()
    bottom = half(60, 5)
    pdf.text(40, bottom + 36, "３　財政運営の課題", 10.5, GOTHIC)
    for i, s in enumerate([
        "扶助費の増加と地方交付税の減少により、毎年度の収支不足が続き、その額は年々拡大する見込みです。",
        "収支不足を財政調整基金で補うと、災害への備えとして確保すべき30億円を令和14年度以降下回る見込みです。",
    ]):
        pdf.text(48, bottom + 56 + 15 * i, s, 8.5)
    pdf.text(40, bottom + 100, "４　今後の対応", 10.5, GOTHIC)
    for i, s in enumerate([
        "（１）受益者負担の見直し　施設の使用料と手数料を４年ごとに点検し、原価との差を縮めます。",
        "（２）事業の選択　新規事業はスクラップ・アンド・ビルドを原則とし、既存事業の廃止・縮小と一体で計上します。",
        "（３）税源の涵養　高波地区の産業団地（約９ha）への企業誘致を進め、固定資産税の増収を図ります。",
    ]):
        pdf.text(48, bottom + 120 + 16 * i, s, 8.5)
    pdf.center(PAGE_W / 2, PAGE_H - 26, "2", 9)
    return pdf.save()


# ---------------------------------------------------------------- 4. 総合戦略 効果検証, KPI and 事業 tables (PDF)

_MINAMIBOSO = [
    ("基本目標１　しごとをつくり、安心して働けるようにする",
     "数値目標　市内就業者数　基準値 18,230人（R2）　→　目標値 18,000人（R7）　現状 17,642人（R6）", [
         ("新規就農者数（累計）", ("12人", "（R1）"), "18人", "25人", "31人", ("40人", "（R7）"), "B"),
         ("房州びわの出荷量", ("412t", "（R1）"), "398t", "365t", "341t", ("450t", "（R7）"), "D"),
         ("市の支援による創業件数（累計）", ("8件", "（R1）"), "15件", "21件", "29件", ("30件", "（R7）"), "A"),
     ], [
         (["新規就農者定着支援事業"], ["8,640"], "就農者への家賃補助と機械導入補助（７人）"),
         (["房州びわ産地再生事業", "花き生産施設整備補助事業"], ["5,120", "7,260"],
          "びわの改植補助 2.1ha、ハウス２棟の整備補助"),
         (["創業支援事業"], ["3,300"], "創業塾の開催（受講者22人）、空き店舗改修補助"),
     ], ["房州びわの出荷量は、令和５年１月の寒波による樹体の被害と、生産者の高齢化による廃園の増加により、",
         "基準値を下回る状況が続いています。改植への補助を拡充し、若手生産者への園地の継承を進めます。"]),
    ("基本目標２　南房総市への新しいひとの流れをつくる",
     "数値目標　社会増減数　基準値 △186人（R1）　→　目標値 0人（R7）　現状 △94人（R6）", [
         ("観光入込客数", ("318.4万人", "（R1）"), "265.2万人", "289.7万人", "301.5万人", ("330万人", "（R7）"), "B"),
         ("移住相談件数", ("156件", "（R1）"), "210件", "248件", "263件", ("250件", "（R7）"), "A"),
         ("お試し住宅の利用者数", ("－", ""), "34人", "52人", "61人", ("80人", "（R7）"), "B"),
     ], [
         (["道の駅観光情報発信事業"], ["11,200"], "道の駅８駅でのデジタルサイネージによる情報発信"),
         (["移住定住促進事業", "お試し住宅運営事業"], ["24,860", "2,950"], "移住支援金の支給（18世帯）、お試し住宅２棟の運営"),
     ], ["移住相談件数は目標を上回りましたが、相談から移住に至る割合は２割程度にとどまっています。",
         "お試し住宅の利用者に対する仕事の紹介を強化し、移住の決断を後押しします。"]),
    ("基本目標３　結婚・出産・子育ての希望をかなえる",
     "数値目標　出生数　基準値 168人（R1）　→　目標値 150人（R7）　現状 109人（R6）", [
         ("出生数", ("168人", "（R1）"), "121人", "115人", "109人", ("150人", "（R7）"), "D"),
         ("子育て支援に満足している市民の割合", ("38.2％", "（R1）"), "41.0％", "43.5％", "44.1％", ("50.0％", "（R7）"), "C"),
     ], [
         (["出産祝金支給事業"], ["16,500"], "第１子10万円、第２子以降20万円の祝金（109人）"),
         (["子ども医療費助成事業"], ["98,400"], "18歳までの医療費の自己負担分を助成"),
         (["病児保育事業"], ["6,720"], "市内１か所で実施（延べ利用者412人）"),
     ], ["出生数の減少に歯止めがかからず、結婚を希望する若い世代への支援が課題です。",
         "令和７年度から結婚新生活支援補助金を創設し、住居費と引越費用を補助します。"]),
]


def minamiboso_kouka_kensho_pdf(out: Path) -> Path:
    """千葉県南房総市 第2期総合戦略 効果検証報告書（令和6年度実績） (PDF, 3 pages): a running header and
    「- N -」 page numbers; per 基本目標 a 数値目標 line, a ruled KPI table 重要業績評価指標（KPI）｜基準値｜令和４年度｜
    令和５年度｜令和６年度｜目標値｜達成見込み whose 基準値 and 目標値 cells hold **the value over its year on a
    second line**, a 主な事業 table 事業名｜令和６年度決算額（千円）｜主な実績 with **two 事業 and their two amounts
    stacked in one cell**, and the evaluation in prose; the legend and the 外部有識者会議 opinion at the end."""
    pdf = PdfPage(out / "minamiboso_sousei_kouka_kensho_r6.pdf",
                  title="第2期南房総市まち・ひと・しごと創生総合戦略 効果検証報告書", author="南房総市 企画財政課")
    kcols = [168, 58, 48, 48, 48, 58, 50]
    kx = column_lefts(40, kcols)
    jcols = [170, 90, 218]
    jx = column_lefts(40, jcols)
    page = [1]

    def furniture() -> None:
        pdf.text(40, 30, "第２期南房総市まち・ひと・しごと創生総合戦略　効果検証報告書（令和６年度実績）", 7.5)
        pdf.hline(40, PAGE_W - 40, 35)
        pdf.center(PAGE_W / 2, PAGE_H - 26, f"- {page[0]} -", 9)

    def new_page() -> float:
        furniture()
        pdf.page()
        page[0] += 1
        return 60

    pdf.text(40, 66, "効果検証報告書（令和６年度実績）", 15, GOTHIC)
    pdf.text(40, 90, "各基本目標の数値目標と重要業績評価指標（KPI）について令和６年度の実績を検証し、", 8.5)
    pdf.text(40, 104, "主な事業の決算額と実績を整理しました。達成見込みの区分は最終ページに示します。", 8.5)
    top = 128
    for n, (goal, target, kpis, projects, remarks) in enumerate(_MINAMIBOSO):
        if n > 0:
            top = new_page()
        pdf.text(40, top, goal, 10, GOTHIC)
        pdf.text(46, top + 17, target, 8)
        top += 28
        for x, w, h in zip(kx, kcols, ["重要業績評価指標（KPI）", "基準値", "令和４年度", "令和５年度", "令和６年度",
                                       "目標値", "達成見込み"]):
            pdf.box(x, top, w, 18, fill=0.85)
            pdf.center(x + w / 2, top + 12, h, 7, GOTHIC)
        top += 18
        for name, base, r4, r5, r6, aim, grade in kpis:
            for x, w in zip(kx, kcols):
                pdf.box(x, top, w, 28)
            pdf.text(kx[0] + 3, top + 17, name, 7.5)
            for c, (value, year) in ((1, base), (5, aim)):
                pdf.center(kx[c] + kcols[c] / 2, top + 12, value, 7.5)
                pdf.center(kx[c] + kcols[c] / 2, top + 23, year, 6.5)
            for c, v in ((2, r4), (3, r5), (4, r6)):
                pdf.center(kx[c] + kcols[c] / 2, top + 17, v, 7.5)
            pdf.center(kx[6] + kcols[6] / 2, top + 17, grade, 8, GOTHIC)
            top += 28
        top += 16
        pdf.text(40, top, "【主な事業】", 8.5, GOTHIC)
        top += 6
        for x, w, h in zip(jx, jcols, ["事業名", "令和６年度決算額（千円）", "主な実績"]):
            pdf.box(x, top, w, 16, fill=0.85)
            pdf.center(x + w / 2, top + 11, h, 7, GOTHIC)
        top += 16
        for names, amounts, result in projects:
            height = 12 * len(names) + 8
            for x, w in zip(jx, jcols):
                pdf.box(x, top, w, height)
            for i, (s, a) in enumerate(zip(names, amounts)):
                pdf.text(jx[0] + 3, top + 12 + 12 * i, s, 7.5)
                pdf.right(jx[1] + jcols[1] - 4, top + 12 + 12 * i, a, 7.5)
            pdf.text(jx[2] + 3, top + 12, result, 7)
            top += height
        top += 18
        pdf.text(40, top, "【評価と今後の方針】", 8.5, GOTHIC)
        for i, s in enumerate(remarks):
            pdf.text(46, top + 15 + 13 * i, s, 8)
        top += 15 + 13 * len(remarks)
    top += 24
    pdf.text(40, top, "達成見込みの区分　A：目標を達成　B：目標の達成が見込まれる　C：改善しているが達成は困難", 7.5)
    pdf.text(40, top + 12, "D：基準値を下回っている", 7.5)
    pdf.text(40, top + 36, "外部有識者会議の意見", 9, GOTHIC)
    pdf.text(46, top + 52, "観光入込客数は回復基調にあるが、日帰り客が中心であり、宿泊につながる滞在型の観光の強化が必要である。", 7.5)
    pdf.text(46, top + 65, "出生数の減少は深刻であり、子育て支援に加えて若い世代の雇用の場の確保と一体で取り組むべきである。", 7.5)
    furniture()
    return pdf.save()


# ---------------------------------------------------------------- 5. 公共施設等総合管理計画 概要版 (PDF)

_MANIWA_TYPES = [
    ("学校教育系施設", "38", "142,860", "37.0"),
    ("公営住宅", "46", "58,240", "15.1"),
    ("市民文化系施設", "74", "41,530", "10.7"),
    ("スポーツ・レクリエーション系施設", "52", "36,980", "9.6"),
    ("行政系施設", "41", "31,420", "8.1"),
    ("保健・福祉施設", "22", "18,760", "4.9"),
    ("子育て支援施設", "19", "12,640", "3.3"),
    ("産業系施設", "36", "22,310", "5.8"),
    ("その他", "84", "21,800", "5.6"),
]


def maniwa_koukyou_shisetsu_pdf(out: Path) -> Path:
    """岡山県真庭市 公共施設等総合管理計画（令和7年3月改訂）概要版 (PDF, 2 pages): a chapter tab in the margin
    of each page, a ruled table 施設類型｜施設数｜延床面積（㎡）｜割合（％） with a total row and a 現在 note
    below, the renewal cost in 億円 in prose and in a **side-by-side pair of figure boxes**, the reduction target
    in a framed box, an infrastructure table and, on page 2, a two-column ruled table 施設類型｜基本方針 whose
    policy cells run over several lines."""
    pdf = PdfPage(out / "maniwa_koukyou_shisetsu_kanri_keikaku.pdf", title="真庭市公共施設等総合管理計画（改訂版）概要版",
                  author="真庭市 総合政策部")
    pdf.box(PAGE_W - 34, 60, 22, 120, fill=0.85)
    for i, ch in enumerate("第２章現状"):
        pdf.center(PAGE_W - 23, 80 + 18 * i, ch, 9, GOTHIC)
    pdf.text(40, 50, "真庭市公共施設等総合管理計画（令和７年３月改訂）　概要版", 14, GOTHIC)
    pdf.text(40, 80, "１　公共建築物の保有状況", 10.5, GOTHIC)
    cols = [190, 70, 110, 80]
    xs = column_lefts(60, cols)
    top = 92
    for x, w, h in zip(xs, cols, ["施設類型", "施設数", "延床面積（㎡）", "割合（％）"]):
        pdf.box(x, top, w, 18, fill=0.85)
        pdf.center(x + w / 2, top + 12, h, 8, GOTHIC)
    top += 18
    for name, count, area, share in _MANIWA_TYPES + [("合計", "412", "386,540", "100.0")]:
        for x, w in zip(xs, cols):
            pdf.box(x, top, w, 16, fill=0.93 if name == "合計" else None)
        pdf.text(xs[0] + 4, top + 11, name, 8, GOTHIC if name == "合計" else MINCHO)
        for c, v in ((1, count), (2, area), (3, share)):
            pdf.right(xs[c] + cols[c] - 5, top + 11, v, 8)
        top += 16
    pdf.text(60, top + 12, "※令和６年３月31日現在。割合は端数処理のため合計が100にならない場合があります。", 7)
    top += 36
    pdf.text(40, top, "２　将来の更新費用の見通し", 10.5, GOTHIC)
    for i, s in enumerate([
        "現在保有する公共建築物とインフラ施設を、耐用年数を迎えた時点で同じ規模で更新すると仮定した場合、",
        "今後40年間の更新費用の総額は約1,642億円、１年あたり約41.1億円と推計されます。",
        "これは、過去５年間の投資的経費の平均額（約23.8億円）の約1.7倍に当たります。",
    ]):
        pdf.text(46, top + 18 + 14 * i, s, 8.5)
    top += 70
    for x, title, value in ((60, "40年間の更新費用（総額）", "1,642億円"), (300, "1年あたりの更新費用", "41.1億円")):
        pdf.box(x, top, 220, 44)
        pdf.center(x + 110, top + 16, title, 8.5, GOTHIC)
        pdf.center(x + 110, top + 35, value, 14, GOTHIC)
    top += 66
    pdf.text(40, top, "３　数値目標", 10.5, GOTHIC)
    pdf.box(60, top + 8, 460, 40)
    pdf.text(70, top + 24, "公共建築物の延床面積を、令和17年度までに令和６年度と比べて15％以上縮減します。", 9, GOTHIC)
    pdf.text(70, top + 39, "（縮減の目安　約58,000㎡）", 8.5)
    top += 70
    pdf.text(40, top, "４　インフラ施設の保有状況", 10.5, GOTHIC)
    infra = [("市道", "実延長", "1,284km"), ("橋りょう", "橋数", "1,062橋"), ("上水道", "管路延長", "986km"),
             ("下水道", "管路延長", "412km")]
    top += 10
    for name, what, value in infra:
        pdf.box(60, top, 150, 16)
        pdf.box(210, top, 110, 16)
        pdf.box(320, top, 110, 16)
        pdf.text(64, top + 11, name, 8)
        pdf.text(214, top + 11, what, 8)
        pdf.right(426, top + 11, value, 8)
        top += 16
    pdf.center(PAGE_W / 2, PAGE_H - 26, "3", 9)
    pdf.page()

    pdf.box(PAGE_W - 34, 60, 22, 120, fill=0.85)
    for i, ch in enumerate("第３章方針"):
        pdf.center(PAGE_W - 23, 80 + 18 * i, ch, 9, GOTHIC)
    pdf.text(40, 50, "５　施設類型ごとの管理に関する基本方針", 10.5, GOTHIC)
    policies = [
        ("学校教育系施設", ["児童生徒数の推移を踏まえ、小規模校の在り方を地域とともに検討します。",
                     "改築の際は、地域の集会施設や放課後児童クラブとの複合化を基本とします。"]),
        ("公営住宅", ["老朽化した木造住宅は新たな入居者の募集を停止し、用途廃止を進めます。",
                  "耐火構造の住宅は長寿命化計画に基づき、予防保全型の改修を行います。"]),
        ("市民文化系施設", ["各地域の公民館と集会所の利用状況を調べ、利用の少ない施設は地域への",
                     "譲渡や廃止を検討します。"]),
        ("スポーツ・レクリエーション系施設", ["同種の施設が複数の地域にある体育館とプールは、",
                                 "利用圏域を見直して集約します。"]),
        ("行政系施設", ["本庁舎と振興局の機能を見直し、空いた床を民間に貸し付けます。"]),
    ]
    top = 64
    for x, w, h in ((40, 170, "施設類型"), (210, 320, "基本方針")):
        pdf.box(x, top, w, 18, fill=0.85)
        pdf.center(x + w / 2, top + 12, h, 8, GOTHIC)
    top += 18
    for name, lines in policies:
        height = 13 * len(lines) + 9
        pdf.box(40, top, 170, height)
        pdf.box(210, top, 320, height)
        pdf.text(44, top + 13, name, 8)
        for i, s in enumerate(lines):
            pdf.text(214, top + 13 + 13 * i, s, 8)
        top += height
    pdf.text(40, top + 30, "６　計画の推進体制", 10.5, GOTHIC)
    pdf.text(46, top + 48, "財政課に置く公共施設マネジメント推進室が施設情報を一元的に管理し、", 8.5)
    pdf.text(46, top + 62, "個別施設計画の進捗を毎年度点検して、その結果を市のホームページで公表します。", 8.5)
    pdf.center(PAGE_W / 2, PAGE_H - 26, "4", 9)
    return pdf.save()


# ---------------------------------------------------------------- 6. 施策評価シート, printed forms (XLSX)

_HONJO = [
    ("3-2", "子育て支援の充実", "子育て支援課", "保育課、健康推進課",
     "安心して子どもを産み育てられる環境が整い、子育て世帯が本庄市に住み続けたいと感じている。", [
         ("保育所等待機児童数", "人", 14, 6, 3, 0, 0, "◎"),
         ("子育てしやすいまちと感じる市民の割合", "％", 52.4, 55.8, 57.1, 56.3, 65.0, "△"),
         ("子育て支援センターの延べ利用者数", "人", 18240, 12930, 15410, 17860, 20000, "○"),
     ], [
         ("保育所等運営費給付事業", "保育課", 2184560, 2236900, "継続"),
         ("子育て支援センター運営事業", "子育て支援課", 42310, 44800, "拡充"),
         ("病後児保育事業", "保育課", 9870, 10200, "継続"),
         ("子育て世帯訪問支援事業", "子育て支援課", 3450, 6900, "拡充"),
         ("児童館管理運営事業", "子育て支援課", 31200, 29600, "改善"),
     ], "B",
     "待機児童数は目標を達成したが、子育てしやすいと感じる市民の割合は前年度から低下した。",
     "共働き世帯の増加により、放課後の居場所と病児・病後児の預け先に対する需要が高まっている。",
     "子育て世帯訪問支援事業の対象を広げ、家事・育児の負担が大きい世帯への支援を強化する。"),
    ("4-1", "商工業の振興", "商工観光課", "産業政策課",
     "市内の事業者が安定して経営を続け、新たな創業や企業の立地により雇用の場が生まれている。", [
         ("市内の事業所数", "事業所", 3812, 3744, 3730, 3702, 3800, "△"),
         ("創業支援による創業件数", "件", 11, 14, 17, 21, 20, "◎"),
         ("産業団地への企業立地件数（累計）", "件", 0, 2, 3, 5, 8, "○"),
     ], [
         ("中小企業融資あっせん事業", "商工観光課", 18420, 19000, "継続"),
         ("創業支援事業", "商工観光課", 4360, 5200, "拡充"),
         ("産業団地整備事業", "産業政策課", 286700, 412300, "継続"),
         ("プレミアム付商品券発行事業", "商工観光課", 96000, 0, "廃止"),
     ], "C",
     "創業件数は目標を上回ったが、事業所数は経営者の高齢化による廃業が続き、基準値を下回った。",
     "後継者のいない小規模事業者が多く、事業承継の支援が十分に行き届いていない。",
     "商工会議所と連携して事業承継の相談窓口を設け、承継を希望する事業者と創業希望者の引き合わせを進める。"),
]


def honjo_shisaku_hyoka_xlsx(out: Path) -> Path:
    """埼玉県本庄市 施策評価シート（令和6年度実施・令和5年度実績） (XLSX, 2 sheets): **one printed form per
    sheet** — label cells shaded, value cells merged across; 成果指標 with **a two-row header** (実績値 merged over
    令和３年度｜令和４年度｜令和５年度), units in their own column, 達成度 ◎○△; 施策を構成する事務事業 with
    R5決算額 and R6予算額 side by side (#,##0, 「－」 for an ended one) and 今後の方向性 words; 施策の評価 grade,
    理由, 課題 and 今後の方向性 as long merged text cells."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = Workbook()
    wb.remove(wb.active)
    shade = PatternFill("solid", fgColor="DDEBF7")
    wrap = Alignment(wrap_text=True, vertical="top")
    for number, name, lead, others, aim, indicators, projects, grade, reason, issue, direction in _HONJO:
        ws = wb.create_sheet(f"施策{number}")
        for col, width in zip("ABCDEFGH", (30, 10, 14, 14, 14, 14, 14, 10)):
            ws.column_dimensions[col].width = width

        def label(cell: str, value: str) -> None:
            ws[cell] = value
            ws[cell].fill = shade
            ws[cell].font = Font(bold=True)

        ws.merge_cells("A1:H1")
        ws["A1"] = "令和６年度　施策評価シート（令和５年度実績）"
        ws["A1"].font = Font(bold=True, size=14)
        label("A3", "施策番号")
        ws["B3"] = number
        label("C3", "施策名")
        ws.merge_cells("D3:H3")
        ws["D3"] = name
        label("A4", "主管課")
        ws["B4"] = lead
        label("C4", "関係課")
        ws.merge_cells("D4:H4")
        ws["D4"] = others
        label("A6", "施策の目指す姿")
        ws.merge_cells("B6:H7")
        ws["B6"] = aim
        ws["B6"].alignment = wrap
        label("A9", "１　成果指標")
        for cell, value in (("A10", "指標名"), ("B10", "単位"), ("C10", "基準値（平成30年度）"), ("D10", "実績値"),
                            ("G10", "目標値（令和７年度）"), ("H10", "達成度")):
            label(cell, value)
        ws.merge_cells("D10:F10")
        for col in ("A", "B", "C", "G", "H"):
            ws.merge_cells(f"{col}10:{col}11")
        for cell, value in (("D11", "令和３年度"), ("E11", "令和４年度"), ("F11", "令和５年度")):
            label(cell, value)
        row = 12
        for indicator in indicators:
            for col, value in zip("ABCDEFGH", indicator):
                ws[f"{col}{row}"] = value
                if isinstance(value, float):
                    ws[f"{col}{row}"].number_format = "0.0"
                elif isinstance(value, int):
                    ws[f"{col}{row}"].number_format = "#,##0"
            row += 1
        row += 1
        label(f"A{row}", "２　施策を構成する事務事業")
        row += 1
        for col, value in zip("ABCDE", ("事務事業名", "担当課", "令和５年度決算額（千円）", "令和６年度予算額（千円）",
                                         "今後の方向性")):
            label(f"{col}{row}", value)
        row += 1
        for project, section, spent, planned, way in projects:
            ws[f"A{row}"], ws[f"B{row}"], ws[f"C{row}"] = project, section, spent
            ws[f"C{row}"].number_format = "#,##0"
            ws[f"D{row}"] = planned if planned else "－"
            if planned:
                ws[f"D{row}"].number_format = "#,##0"
            ws[f"E{row}"] = way
            row += 1
        row += 1
        label(f"A{row}", "３　施策の評価")
        ws[f"B{row}"] = grade
        ws.merge_cells(f"C{row}:H{row}")
        ws[f"C{row}"] = "評価　A：順調　B：おおむね順調　C：やや遅れている　D：遅れている"
        for title, text in (("評価の理由", reason), ("課題", issue), ("今後の方向性", direction)):
            row += 1
            label(f"A{row}", title)
            ws.merge_cells(f"B{row}:H{row + 1}")
            ws[f"B{row}"] = text
            ws[f"B{row}"].alignment = wrap
            row += 1
    path = out / "honjo_r6_shisaku_hyoka.xlsx"
    wb.properties.title = "令和6年度 施策評価シート"
    wb.properties.creator = "本庄市 企画財政部 企画課"
    wb.save(path)
    return path


# ---------------------------------------------------------------- 7. 補正予算の概要 (DOCX)

def sado_hosei_yosan_docx(out: Path) -> Path:
    """新潟県佐渡市 令和6年度 12月補正予算（第3号）の概要 (DOCX): Word headings; a 会計 table 会計名｜補正前の額｜
    補正額｜補正後の額 in 千円 with a △ decrease; the 主な補正 as ○ paragraphs with **the amount after the name
    on the same line** for some and **on the next paragraph** 「補正額　…（うち…）」 for others, a description under
    each; a 歳入 table; a 債務負担行為 paragraph."""
    import docx
    doc = docx.Document()
    doc.core_properties.title = "令和6年度12月補正予算の概要"
    doc.core_properties.author = "佐渡市 総務課 財政係"
    doc.add_heading("令和６年度　佐渡市一般会計補正予算（第３号）の概要", level=0)
    doc.add_paragraph("令和６年12月　佐渡市")
    doc.add_heading("１　補正予算の規模", level=1)
    doc.add_paragraph("一般会計の補正額は８億４，２６０万円で、補正後の予算総額は５１２億７，３９０万円となります。"
                      "あわせて、国民健康保険事業特別会計と介護保険事業特別会計を補正します。")
    doc.add_paragraph("（単位：千円）")
    rows = [("会計名", "補正前の額", "補正額", "補正後の額"),
            ("一般会計", "50,431,300", "842,600", "51,273,900"),
            ("国民健康保険事業特別会計", "6,120,400", "38,200", "6,158,600"),
            ("介護保険事業特別会計", "9,842,000", "△16,800", "9,825,200")]
    table = doc.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            table.cell(r, c).text = v
    doc.add_heading("２　主な補正の内容（歳出）", level=1)
    items = [
        ("○低所得世帯支援給付金事業　　３億２，４００万円", None,
         "物価高騰の影響を受ける住民税非課税世帯に、１世帯あたり３万円を給付する（国庫支出金10/10）。"),
        ("○佐渡金銀山世界遺産登録記念事業", "　補正額　４，５００万円（うち国庫支出金　１，５００万円）",
         "登録１周年の記念式典と、相川地区の案内看板の多言語化を行う。"),
        ("○トキの森公園展示施設改修事業　　２，８６０万円", None,
         "展示施設の屋根の雨漏りを修繕し、観覧通路をバリアフリーに改修する。"),
        ("○除雪機械更新事業　　１億１，６００万円", None,
         "導入から20年を超えた除雪ドーザ４台を更新する。"),
        ("○離島航路利用促進事業", "　補正額　１，９８０万円",
         "島外の高校に通う生徒の帰省にかかる航路運賃の２分の１を助成する。"),
        ("○農地・農業用施設災害復旧事業　　２億３，７４０万円", None,
         "７月の大雨で被災した農道12か所と用水路８か所を復旧する。"),
    ]
    for head, amount, text in items:
        doc.add_paragraph(head)
        if amount:
            doc.add_paragraph(amount)
        doc.add_paragraph("　" + text)
    doc.add_heading("３　歳入の内訳", level=1)
    income = [("款", "補正額（千円）"), ("国庫支出金", "402,300"), ("県支出金", "86,400"), ("繰越金", "214,900"),
              ("市債", "139,000"), ("合計", "842,600")]
    table = doc.add_table(rows=len(income), cols=2)
    table.style = "Table Grid"
    for r, (a, b) in enumerate(income):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    doc.add_heading("４　債務負担行為の補正（追加）", level=1)
    doc.add_paragraph("佐渡市総合体育館ほか４施設の指定管理料　期間　令和７年度～令和11年度　限度額　３億６，０００万円")
    doc.add_paragraph("※金額は千円未満を四捨五入しています。")
    path = out / "sado_r6_hosei_yosan_dai3go_gaiyo.docx"
    doc.save(str(path))
    return path


# ---------------------------------------------------------------- 8. 議会だより, CP932 text with a 賛否 matrix

_MINAMISATSUMA = """\
みなみさつま　議会だより　第７８号
令和７年２月１日発行　　編集　南さつま市議会　議会広報編集特別委員会

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
【12月定例会】　会期　令和６年11月28日～12月18日（21日間）
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　市長提出議案22件と議員提出議案１件を審議し、議案第81号を除く22件を原案のとおり可決しました。
議案第81号（南さつま市手数料条例の一部改正）は賛成少数で否決しました。

■一般会計補正予算（第６号）
　補正額　　　　　４億２，１８０万円
　補正後の総額　２６８億９，４７０万円

　主なもの
　　◇加世田小学校プール改修事業　　　　　　　８，６００万円
　　◇坊津地区急傾斜地崩壊対策事業　　　　　　６，２４０万円
　　◇肉用牛繁殖基盤強化事業　　　　　　　　　３，１５０万円
　　◇大浦干拓排水機場修繕事業　　　　　　　　２，７８０万円
　　◇物価高騰対応学校給食費支援事業　　　　　１，９２０万円

■国民健康保険特別会計補正予算（第３号）
　補正額　　　　　　　　３，４２０万円

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
【議案の賛否】　○賛成　●反対　－議長のため採決に加わらない
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
議案番号　　　　　　　　　　　結果　　有村　大迫　上村　川畑　久木田　新屋　徳留　濵田　吉満
議案第79号（一般会計補正予算）　可決　　○　　○　　○　　○　　○　　　○　　○　　－　　○
議案第81号（手数料条例）　　　　否決　　●　　○　　●　　●　　○　　　●　　●　　－　　●
議案第84号（指定管理者の指定）　可決　　○　　○　　○　　●　　○　　　○　　○　　－　　○

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
【一般質問】　８人の議員が市政を問いました（掲載は抜粋）
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
＞＞空き家対策の強化を　　　　　　　　　　　　　　　　大迫　議員
〈質問要旨〉
　市内の空き家は５年間で約600戸増えた。倒壊の危険がある空き家の解体を促す支援を
強めるべきではないか。
〈当局の答弁〉
　令和７年度から、危険な空き家の解体費補助の上限を50万円から80万円に引き上げる。
あわせて、空き家バンクへの登録を条件に、家財の処分費を10万円まで補助する。

＞＞笠沙・大浦地区の移動手段の確保を　　　　　　　　　川畑　議員
〈質問要旨〉
　路線バスの減便で、通院や買い物に困る高齢者が増えている。市の対応を問う。
〈当局の答弁〉
　令和７年10月から、予約制の乗合タクシーを笠沙・大浦地区で試験運行する。
運賃は１回300円とし、利用状況を見て他の地区への拡大を検討する。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
【委員会の動き】
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
◆産業建設委員会
　所管事務調査として、金峰町の農業用ため池の改修状況を視察しました。
◆文教厚生委員会
　陳情第５号「学校給食費の無償化を求める陳情」は、財源の確保に課題があるとして継続審査としました。

次の定例会は３月上旬に開かれる予定です。傍聴においでください。
"""


def minamisatsuma_gikai_dayori_txt(out: Path) -> Path:
    """鹿児島県南さつま市 議会だより 第78号 (text, **CP932**, CRLF): ━ rules around 【】 sections, the 補正予算
    amounts on their own lines under ■ headings, ◇ items with the amount after full-width spaces, a **賛否 matrix**
    — one line per 議案 with a ○/●/－ under each member's name, aligned by full-width spaces — and 一般質問 as
    ＞＞ titles with the member's name at the end of the line and 〈質問要旨〉/〈当局の答弁〉 blocks."""
    return write_text(out / "minamisatsuma_gikai_dayori_78.txt", _MINAMISATSUMA, encoding="cp932", crlf=True)


# ---------------------------------------------------------------- 9. 子ども・子育て支援事業計画, CSV, years as columns

def yame_kodomo_keikaku_csv(out: Path) -> Path:
    """福岡県八女市 第3期子ども・子育て支援事業計画 量の見込みと確保方策 (CSV, UTF-8 without BOM, LF): **blocks,
    each under a ■ title row, with the plan years as columns** 令和7年度…令和11年度 and rows ①量の見込み / ②確保の
    内容 / ②－① (△ for a shortfall); thousands quoted 「"1,182"」; ※ note rows; then a 成果指標 block with
    現状値 and 目標値 each beside its year."""
    years = ["令和7年度", "令和8年度", "令和9年度", "令和10年度", "令和11年度"]
    blocks = [
        ("■１号認定（３～５歳・教育）", "人", [612, 588, 566, 545, 527], [780, 780, 760, 760, 760]),
        ("■２号認定（３～５歳・保育が必要）", "人", [1182, 1156, 1131, 1104, 1080], [1210, 1210, 1190, 1190, 1170]),
        ("■３号認定（０歳）", "人", [214, 209, 205, 201, 197], [196, 205, 205, 205, 205]),
        ("■３号認定（１・２歳）", "人", [736, 721, 707, 694, 680], [724, 730, 730, 730, 730]),
        ("■放課後児童健全育成事業（放課後児童クラブ）", "人", [1046, 1062, 1071, 1068, 1059], [1020, 1060, 1080, 1080, 1080]),
        ("■病児・病後児保育事業", "人日", [1840, 1820, 1800, 1780, 1760], [2400, 2400, 2400, 2400, 2400]),
    ]

    def cell(v) -> str:
        s = amount_text(v) if isinstance(v, int) else str(v)
        return f'"{s}"' if "," in s else s

    lines = ["第３期八女市子ども・子育て支援事業計画　量の見込みと確保方策（計画期間：令和7年度～令和11年度）", ""]
    for title, unit, need, supply in blocks:
        lines.append(title)
        lines.append(",".join(["区分", "単位"] + years))
        lines.append(",".join(["①量の見込み", unit] + [cell(v) for v in need]))
        lines.append(",".join(["②確保の内容", unit] + [cell(v) for v in supply]))
        lines.append(",".join(["②－①", unit] + [cell(b - a) for a, b in zip(need, supply)]))
        if title.startswith("■３号認定（０歳）"):
            lines.append("※令和7年度の不足分は、企業主導型保育事業の地域枠と保育士の確保により令和8年度までに解消する。")
        if title.startswith("■放課後"):
            lines.append("※令和7年度は、黒木地区と立花地区で受入れ枠が不足する。令和8年度に学校の余裕教室を活用して２クラブを開設する。")
        lines.append("")
    lines.append("■計画の成果指標")
    lines.append("指標,現状値,現状値の年度,目標値,目標年度")
    lines.append("子育てが楽しいと感じる保護者の割合,62.5％,令和5年度,70.0％,令和11年度")
    lines.append("保育所等待機児童数（4月1日時点）,3人,令和6年度,0人,令和11年度")
    lines.append("地域子育て支援拠点の年間延べ利用者数,\"14,820人\",令和5年度,\"18,000人\",令和11年度")
    lines.append("※現状値の割合は、令和5年度に実施したニーズ調査（就学前児童の保護者1,420人が回答）による。")
    return write_text(out / "yame_kodomo_kosodate_shien_keikaku_3ki.csv", "\n".join(lines) + "\n")


# ---------------------------------------------------------------- all

def make_all(out_dir: Path) -> list[Path]:
    """Write every document of the seventh blind set into `out_dir` (created if missing) and return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [
        kosai_shisei_houshin_pdf(out_dir),
        nakatsugawa_shuyo_jigyo_pdf(out_dir),
        tonami_zaisei_mitoshi_pdf(out_dir),
        minamiboso_kouka_kensho_pdf(out_dir),
        maniwa_koukyou_shisetsu_pdf(out_dir),
        honjo_shisaku_hyoka_xlsx(out_dir),
        sado_hosei_yosan_docx(out_dir),
        minamisatsuma_gikai_dayori_txt(out_dir),
        yame_kodomo_keikaku_csv(out_dir),
    ]
