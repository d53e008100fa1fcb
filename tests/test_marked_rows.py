"""List questions that select items by a mark, a tag or a status word printed beside each, in layouts the earlier
filters missed, on documents of towns and wording written here (no copy of any real or blind document):

- a DOCX 中間評価 (秋田県上小阿仁村, invented): 指標｜基準値｜現状値｜目標値｜判定 tables, one per 分野, the 判定 a mark
  ◎○△× explained by a line 「判定の見方　◎：目標に到達　○：前進　△：横ばい　×：後退」;
- an HTML 実施計画 (長野県売木村, invented): 取組｜担当｜Ｒ８｜Ｒ９｜Ｒ10, the 工程 as ◎○△ marks under the year columns;
- a text 基本計画の概要 (岐阜県白川村, invented) printing three marked 施策 to a line (「★…　　　☆…　　　★…」) under a
  heading that carries the legend 「★重点施策　☆継続施策」, and a ・ list of 分別区分 two to a line, the new ones
  closed by 【新設】;
- an HTML 補助制度 page (高知県馬路村, invented): a 制度名 table whose name cells end with a badge 「新規」, and a list
  of プロジェクト each closed by 【新規】 or 【継続】 before its description;
- a text 事業計画 (奈良県野迫川村, invented): a tab table whose 区分 cell wraps onto a line of its own between rows, its
  備考 column marking 「特別事業」, which a sentence above explains;
- an HTML 取組状況 (鹿児島県三島村, invented) whose lines open with a status badge (「実施中」「完了」「準備中」);
- a DOCX 中間報告 (山形県大蔵村, invented) whose 分野 each close with 「今後の取組」 over short lines naming what is done.

A question that names the mark, its legend's meaning, the tag or the status must list exactly the items so marked,
each by its own name; never an item of another mark, the legend, or a neighbour.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.testbed.documents import write_text


def _kamikoani_docx(folder: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_heading("上小阿仁村健康づくり計画　中間評価（概要）", level=1)
    doc.add_paragraph("令和７年２月　秋田県上小阿仁村　住民福祉課")
    doc.add_paragraph("判定の見方　◎：目標に到達　○：前進　△：横ばい　×：後退")
    groups = [("１　食生活", [("野菜を毎日食べる人の割合", "41.0％", "47.5％", "50.0％", "○"),
                             ("塩分を控えている人の割合", "38.2％", "35.0％", "45.0％", "×")]),
              ("２　運動", [("週に２回以上歩く人の割合", "30.1％", "36.4％", "35.0％", "◎"),
                           ("スポーツ教室の参加者数", "420人", "415人", "500人", "△")]),
              ("３　こころ", [("睡眠で休養がとれている人の割合", "70.2％", "66.0％", "75.0％", "×"),
                            ("相談窓口を知っている人の割合", "22.0％", "31.5％", "30.0％", "◎")])]
    for heading, rows in groups:
        doc.add_paragraph(heading)
        table = doc.add_table(rows=1, cols=5)
        for cell, text in zip(table.rows[0].cells, ("指標", "基準値（令和元年度）", "現状値（令和６年度）", "目標値（令和11年度）", "判定")):
            cell.text = text
        for row in rows:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = text
    path = folder / "kamikoani_kenko_chukan_hyoka.docx"
    doc.save(path)
    return path


_URUGI_HTML = """<html><head><title>行政改革実施計画の工程 | 売木村</title></head><body>
<h1>売木村行政改革実施計画（令和８年度～令和10年度）</h1>
<p>工程の見方　◎：本格実施　○：一部実施　△：検討</p>
<table>
<tr><th>取組</th><th>担当</th><th>Ｒ８</th><th>Ｒ９</th><th>Ｒ10</th></tr>
<tr><td>電子申請の拡大</td><td>総務課</td><td>○</td><td>◎</td><td>◎</td></tr>
<tr><td>公共施設の集約</td><td>建設課</td><td>△</td><td>△</td><td>○</td></tr>
<tr><td>村税のキャッシュレス納付</td><td>税務課</td><td>◎</td><td>◎</td><td>◎</td></tr>
<tr><td>職員の兼務体制の見直し</td><td>総務課</td><td>△</td><td>○</td><td>◎</td></tr>
<tr><td>補助金の終期設定</td><td>企画課</td><td>◎</td><td>◎</td><td>○</td></tr>
</table>
<p>工程は毎年度見直します。</p>
</body></html>
"""

_GAP = "　" * 8
_SHIRAKAWA_TEXT = f"""白川村環境基本計画（令和８年度～令和17年度）概要
令和８年３月　岐阜県白川村　村民課
３　基本方針と施策{_GAP}★重点施策　☆継続施策
基本方針１　ごみを出さない暮らし
★合掌集落の観光ごみ持ち帰り運動{_GAP}☆コンポスト容器購入費補助{_GAP}☆レジ袋削減キャンペーン
基本方針２　資源を生かす暮らし
☆集団資源回収奨励金{_GAP}★使用済み食用油の回収拠点設置{_GAP}★雪冷房貯蔵庫の活用調査
４　分別区分の見直し（令和10年４月から）
・可燃ごみ{_GAP}・不燃ごみ
・容器包装プラスチック【新設】{_GAP}・びん・缶
・使用済み乾電池【新設】{_GAP}・粗大ごみ
"""

_UMAJI_HTML = """<html><head><title>補助制度のご案内 | 馬路村</title></head><body>
<h1>補助制度のご案内（令和８年度）</h1>
<p>令和８年度から始まる制度には「新規」と表示しています。</p>
<h2>暮らし</h2>
<table>
<tr><th>制度名</th><th>対象</th><th>上限額</th><th>担当</th></tr>
<tr><td>合併処理浄化槽設置補助金</td><td>村内に住宅を持つ方</td><td>80万円</td><td>建設課</td></tr>
<tr><td>薪ストーブ設置補助金 <span>新規</span></td><td>村内に住む方</td><td>20万円</td><td>産業課</td></tr>
<tr><td>通院タクシー助成 <span>新規</span></td><td>75歳以上の方</td><td>年２万円</td><td>保健福祉課</td></tr>
<tr><td>住宅リフォーム補助金</td><td>村内に住宅を持つ方</td><td>50万円</td><td>建設課</td></tr>
</table>
<h2>重点プロジェクトの状況</h2>
<ul>
<li><strong>ゆずの里ワーケーション誘致</strong>【新規】 首都圏の企業３社を招き、空き家を使った滞在を試行しました。</li>
<li><strong>森林鉄道遺産の保存</strong>【継続】 魚梁瀬の軌道跡の清掃を行いました。</li>
<li><strong>村営バスの予約運行</strong>【新規】 平日の午後便を予約制に切り替えました。</li>
</ul>
</body></html>
"""

_NOSEGAWA_TEXT = """野迫川村過疎地域持続的発展計画（令和８年度～令和12年度）
令和８年３月　奈良県野迫川村
第３章　事業計画
備考欄の「特別事業」は、過疎地域持続的発展特別事業（ソフト事業）です。
区分\t事業名\t事業内容\t事業主体\t備考
１ 産業の振興\t高野槙出荷施設整備事業\t選別施設の新設\t村\t
\t山村ツーリズム推進事業\t体験ツアーの造成\t村・観光協会\t特別事業
２ 交通施設の整備、\t村道北今西線改良事業\tＬ＝600ｍ 改良\t村\t
交通手段の確保
\t過疎地有償運送事業\t予約制の乗合車の運行\t村\t特別事業
\t林道弓手原線改良事業\t法面補強\t村\t
３ 教育の振興\t野迫川小中学校屋根改修事業\t屋根の葺替え\t村\t
\t山村留学推進事業\t留学生の受入れと住まいの支援\t村\t特別事業
※事業の実施は、各年度の予算の範囲内で行います。
"""

_MISHIMA_HTML = """<html><head><title>省エネルギー計画の取組状況 | 三島村</title></head><body>
<h1>三島村省エネルギー計画の取組状況（令和６年度）</h1>
<p>村の施設で進めている取組の状況をお知らせします。</p>
<h2>主な取組と状況</h2>
<p><span>完了</span>役場庁舎の照明のＬＥＤ化</p>
<p><span>実施中</span>竹島診療所への太陽光パネルの設置</p>
<p><span>準備中</span>黒島の電気自動車充電設備の整備</p>
<p><span>実施中</span>公用船の運航ダイヤの見直し</p>
<p><span>準備中</span>硫黄島の街路灯の更新</p>
<h2>お問い合わせ</h2>
<p>三島村役場 総務課</p>
</body></html>
"""


def _okura_docx(folder: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_heading("大蔵村健康増進計画　中間報告", level=1)
    doc.add_paragraph("令和７年３月　山形県大蔵村　保健福祉課")
    for field, state, doings in (
            ("１　栄養・食生活", "野菜の摂取量は増えましたが、朝食を食べない若い世代が増えています。",
             ("肘折温泉の湯治食レシピ講座", "朝ごはん応援カードの配布")),
            ("２　運動", "運動する人は増えましたが、冬の歩数が落ち込んでいます。",
             ("雪の中のスノーシュー散策会", "役場ロビーのストレッチ動画の放映"))):
        doc.add_heading(field, level=2)
        doc.add_paragraph(state)
        table = doc.add_table(rows=2, cols=3)
        for cell, text in zip(table.rows[0].cells + table.rows[1].cells,
                              ("指標", "現状値", "判定", f"{field[2:]}の指標", "50.0％", "○")):
            cell.text = text
        doc.add_paragraph("今後の取組")
        for doing in doings:
            doc.add_paragraph(doing)
    path = folder / "okura_kenko_chukan_hokoku.docx"
    doc.save(path)
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("marked-rows-corpus")
    _kamikoani_docx(folder)
    write_text(folder / "urugi_gyosei_kaikaku_jisshi_keikaku.html", _URUGI_HTML)
    write_text(folder / "shirakawa_kankyo_kihon_keikaku_gaiyo.txt", _SHIRAKAWA_TEXT)
    write_text(folder / "umaji_hojo_seido.html", _UMAJI_HTML)
    write_text(folder / "nosegawa_kaso_keikaku.txt", _NOSEGAWA_TEXT)
    write_text(folder / "mishima_shoene_torikumi_r6.html", _MISHIMA_HTML)
    _okura_docx(folder)
    return folder


@pytest.fixture(scope="module")
def assistant(corpus, tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    index_dir = tmp_path_factory.mktemp("marked-rows-index")
    update_index(corpus, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def _names(answer) -> list[str]:
    return [p.name for p in answer.projects]


@pytest.mark.parametrize("question,expected", [
    # a mark named as written, and a mark named by what the legend says it means
    ("上小阿仁村の健康づくり計画の中間評価で、後退した（×）指標を挙げてください。",
     {"塩分を控えている人の割合", "睡眠で休養がとれている人の割合"}),
    ("上小阿仁村の中間評価で、目標に到達した指標はどれですか？", {"週に２回以上歩く人の割合", "相談窓口を知っている人の割合"}),
    # a 工程's marks: the column of the year asked
    ("売木村の行政改革実施計画で、令和9年度に◎の取組はどれですか？",
     {"電子申請の拡大", "村税のキャッシュレス納付", "補助金の終期設定"}),
    ("売木村の行政改革実施計画で、令和10年度に◎となっている取組はどれですか？",
     {"電子申請の拡大", "村税のキャッシュレス納付", "職員の兼務体制の見直し"}),
    # a 備考 word explained by a sentence, over a table a wrapped group cell breaks
    ("野迫川村の過疎地域持続的発展特別事業にはどんなものがありますか？",
     {"山村ツーリズム推進事業", "過疎地有償運送事業", "山村留学推進事業"}),
])
def test_a_mark_or_a_word_in_a_column_selects_exactly_its_rows(assistant, question, expected):
    answer = assistant.ask(question)
    assert answer.found, answer.answer
    assert set(_names(answer)) == expected, answer.answer
    for project in answer.projects:   # each row is cited by its own line (a legend line may be cited beside them)
        assert project.name in answer.citations[project.citations[0] - 1].quote


def test_marked_items_printed_side_by_side_are_each_an_item_with_its_mark(assistant):
    answer = assistant.ask("白川村の環境基本計画で、重点施策とされているものを挙げてください。")
    assert set(_names(answer)) == {"合掌集落の観光ごみ持ち帰り運動", "使用済み食用油の回収拠点設置", "雪冷房貯蔵庫の活用調査"}, \
        answer.answer


def test_a_tag_that_closes_a_name_selects_it(assistant):
    answer = assistant.ask("白川村で令和10年4月から新しく設ける分別区分は何ですか？")
    assert set(_names(answer)) == {"容器包装プラスチック", "使用済み乾電池"}, answer.answer
    answer = assistant.ask("馬路村が新たに始めた重点プロジェクトは何ですか？")
    # (the page's new 制度 stand beside them: 「重点プロジェクト」 names no heading the list records keep)
    assert {"ゆずの里ワーケーション誘致", "村営バスの予約運行"} <= set(_names(answer)), answer.answer
    assert "森林鉄道遺産の保存" not in _names(answer), answer.answer


def test_a_badge_after_a_name_cell_is_its_tag(assistant):
    answer = assistant.ask("馬路村が令和8年度から新しく始める補助制度は？")
    # (the page's new プロジェクト stand beside them: the page's title holds 補助制度 for every item of it)
    assert {"薪ストーブ設置補助金", "通院タクシー助成"} <= set(_names(answer)), answer.answer
    assert not {"合併処理浄化槽設置補助金", "住宅リフォーム補助金"} & set(_names(answer)), answer.answer


def test_a_status_word_before_each_line_selects_the_lines(assistant):
    answer = assistant.ask("三島村の省エネルギー計画の取組のうち、準備中のものを挙げてください。")
    assert set(_names(answer)) == {"黒島の電気自動車充電設備の整備", "硫黄島の街路灯の更新"}, answer.answer


def test_the_list_items_of_side_by_side_lines_keep_their_tags():
    from ingest.plans.list_items import list_items

    items = {i.name: i.tags for i in list_items("d", _SHIRAKAWA_TEXT) if i.form == "item"}
    assert items["合掌集落の観光ごみ持ち帰り運動"] == ("重点",)
    assert items["コンポスト容器購入費補助"] == ("継続",)   # ☆ is 継続施策 by the legend beside the heading
    assert items["レジ袋削減キャンペーン"] == ("継続",)   # the third of a line is an item too
    assert items["使用済み乾電池"] == ("新設",)
    assert "継続施策" not in items   # the legend beside the heading is no item


def test_a_block_of_short_names_lists_them(assistant):
    answer = assistant.ask("大蔵村の運動の今後の取組は何ですか？")
    assert set(_names(answer)) == {"雪の中のスノーシュー散策会", "役場ロビーのストレッチ動画の放映"}, answer.answer
