"""List questions about things other than 事業 — facilities, stock items, investments — answered from the lists that
name them. Each document is of a town of its own, with names and figures written here, made by the test and read by
the project's readers and index:

- a town web page (北海道富良野市) listing its parks in a table 公園名｜種別｜所在地｜面積（㎡）, its caption naming both
  種別 (「街区公園・近隣公園一覧」): 「近隣公園はどこですか」 lists the rows whose own 種別 cell says so, not every row
  the caption's words stand over;
- a spreadsheet of stockpiles (大分県臼杵市) 分類｜品目｜数量｜主な保管場所, the 分類 merged down: 「衛生用品の品目は？」
  lists the 品目 of that group, 「…をどこに保管していますか」 the places of the row named;
- a landscape PDF 下水道事業経営戦略 (佐賀県嬉野市) whose two headings stand side by side on one printed line
  (「４ 経営目標 …… ５ 主な投資」), a 目標 table under the first and ● items after the table under the second:
  「主な投資は何ですか」 lists the ● items;
- a plain-text 食育推進計画 (北海道富良野市) whose 「■年代別の主な取組」 holds ◆ groups of ・ items, few ending like a 事業:
  「高齢期の主な取組は」 lists the group's items, not a 「…支援」 item of another group;
- a town no document covers (秋田県男鹿市): its 避難所 are not found.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.testbed.documents import GOTHIC, PdfPage, write_text
from ingest.vocab.item_kinds import asked_kind

_PARKS = [("朝日ヶ丘公園", "近隣公園", "朝日町", "18,400"), ("桂木みどり公園", "街区公園", "桂木町", "2,150"),
          ("瑞穂中央公園", "近隣公園", "瑞穂町", "21,300"), ("本町ひろば", "街区公園", "本町", "980"),
          ("若葉台公園", "街区公園", "若葉町", "1,620")]


def _parks_html(folder: Path) -> Path:
    rows = "\n".join(f"<tr><td>{name}</td><td>{kind}</td><td>{place}</td><td>{area}</td></tr>"
                     for name, kind, place, area in _PARKS)
    return write_text(folder / "furano_koen_ichiran.html", f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>市内の公園 | 富良野市</title></head>
<body><div class="site">北海道富良野市 公式ホームページ</div>
<h1>市内の公園</h1>
<p>富良野市が管理する街区公園と近隣公園は次のとおりです。</p>
<table><caption>街区公園・近隣公園一覧（令和７年４月１日現在）</caption>
<tr><th>公園名</th><th>種別</th><th>所在地</th><th>面積（㎡）</th></tr>
{rows}
</table>
<p>お問い合わせ：都市施設課 公園緑地係</p></body></html>
""")


_STOCK = [("食料", "アルファ化米", "4,800", "市防災倉庫"), ("食料", "缶入りパン", "2,400", "市防災倉庫\n野津防災倉庫"),
          ("衛生用品", "おむつ（乳幼児用）", "3,000", "臼杵市保健センター\n野津防災倉庫"),
          ("衛生用品", "マスク", "20,000", "市防災倉庫"), ("衛生用品", "消毒液", "300", "臼杵市保健センター"),
          ("資機材", "簡易ベッド", "150", "市民会館")]


def _stock_xlsx(folder: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = "備蓄品"
    ws.append(["臼杵市地域防災計画 資料編 備蓄品一覧"])
    ws.append([])
    ws.append(["分類", "品目", "数量", "主な保管場所"])
    rows: dict[str, list[int]] = {}
    for group, item, count, place in _STOCK:
        ws.append([None if group in rows else group, item, count, place])
        rows.setdefault(group, []).append(ws.max_row)
        ws.cell(ws.max_row, 4).alignment = Alignment(wrap_text=True)
    for group, numbers in rows.items():   # the 分類 merged down over its items
        if len(numbers) > 1:
            ws.merge_cells(start_row=numbers[0], start_column=1, end_row=numbers[-1], end_column=1)
    path = folder / "usuki_bichikuhin_ichiran.xlsx"
    wb.save(path)
    return path


def _sewer_pdf(folder: Path) -> Path:
    pdf = PdfPage(folder / "ureshino_gesuido_keiei_senryaku_gaiyo.pdf", title="嬉野市下水道事業経営戦略 概要版",
                  author="嬉野市 上下水道課", landscape=True)
    pdf.text(40, 40, "嬉野市下水道事業経営戦略（令和７年度改定） 概要版", 13, GOTHIC)
    pdf.text(40, 80, "４   経営目標", 11, GOTHIC)
    pdf.text(440, 80, "５   主な投資（令和７年度〜令和16年度）", 11, GOTHIC)
    for i, (name, now, target) in enumerate([("目標指標", "現状（令和５年度）", "目標（令和16年度）"),
                                             ("水洗化率", "88.2％", "93.0％"), ("経費回収率", "91.5％", "100.0％")]):
        top = 96 + 18 * i
        for x, w, s in ((40, 150, name), (190, 110, now), (300, 110, target)):
            pdf.box(x, top, w, 18, fill=0.85 if i == 0 else None)
            pdf.text(x + 4, top + 12, s, 8.5, GOTHIC if i == 0 else "HeiseiMin-W3")
    for i, (name, years, amount) in enumerate([("●処理場長寿命化事業", "令和７年度〜令和12年度", "1,480,000千円"),
                                               ("●中継ポンプ場の更新", "令和９年度〜令和11年度", "312,000千円"),
                                               ("●管渠の点検・調査", "令和７年度〜令和16年度", "96,500千円")]):
        top = 160 + 18 * i
        pdf.text(440, top, name, 9)
        pdf.text(620, top, years, 8.5)
        pdf.right(800, top, amount, 8.5)
    return pdf.save()


def _shokuiku_txt(folder: Path) -> Path:
    return write_text(folder / "furano_shokuiku_suishin_keikaku.txt", """富良野市食育推進計画（第４次）概要
■計画の目標
市民が生涯を通じて健全な食生活を実践できるまちをめざします。
■年代別の主な取組
◆乳幼児期
・離乳食づくり体験会の開催
・保護者の朝食づくり支援
◆学齢期
・給食での地場産野菜デー
・親子料理教室
◆高齢期
・配食を通じた見守り
・口腔機能を保つ食事の講話
・低栄養を防ぐ食生活相談
""")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("item-kind-lists")
    _parks_html(folder), _stock_xlsx(folder), _sewer_pdf(folder), _shokuiku_txt(folder)
    index_dir = tmp_path_factory.mktemp("item-kind-lists-index")
    assert not update_index(folder, index_dir, embedder, tokenizer).problems
    return Assistant.open(index_dir, embedder, tokenizer)


def _names(answer) -> set[str]:
    return {p.name for p in answer.projects}


def test_a_question_names_the_kind_of_thing_it_lists():
    assert asked_kind("○○町の福祉避難所はどこですか？") == "施設"
    assert asked_kind("○○市が令和8年度に予定している学校施設の工事は何ですか") == "工事"
    assert asked_kind("備蓄品のうち、不足している品目は？") == "品目"
    assert asked_kind("○○町の観光振興の事業は何ですか") == ""
    assert asked_kind("○○市の庁舎は何年度に建てられましたか") == ""   # one value of one facility, not a list


def test_parks_of_one_kind_are_the_rows_that_say_so(assistant):
    answer = assistant.ask("富良野市の近隣公園はどこですか？")
    assert _names(answer) == {"朝日ヶ丘公園", "瑞穂中央公園"}, answer.answer
    assert answer.answer.startswith("該当する施設は 2 件です。")


def test_stock_items_of_a_merged_group_and_the_places_of_one_item(assistant):
    answer = assistant.ask("臼杵市の備蓄品のうち、衛生用品の品目は？")
    assert _names(answer) == {"おむつ（乳幼児用）", "マスク", "消毒液"}, answer.answer
    where = assistant.ask("臼杵市では、おむつ（乳幼児用）をどこに保管していますか？")
    assert where.projects and all("臼杵市保健センター" in p.name and "野津防災倉庫" in p.name
                                  for p in where.projects), where.answer


def test_bulleted_investments_after_a_table_under_the_heading_beside_its_own(assistant):
    answer = assistant.ask("嬉野市の下水道事業経営戦略の主な投資は何ですか？")
    assert _names(answer) == {"処理場長寿命化事業", "中継ポンプ場の更新", "管渠の点検・調査"}, answer.answer
    assert answer.answer.startswith("該当する投資は 3 件です。")


def test_a_kind_asked_of_a_town_no_document_covers_is_not_found(assistant):
    answer = assistant.ask("秋田県男鹿市の避難所はどこですか？")
    assert not answer.projects and not answer.found, answer.answer


def test_the_items_of_a_group_inside_a_labelled_block(assistant):
    answer = assistant.ask("富良野市の食育推進計画で、高齢期の主な取組は何ですか？")
    assert _names(answer) == {"配食を通じた見守り", "口腔機能を保つ食事の講話", "低栄養を防ぐ食生活相談"}, answer.answer
