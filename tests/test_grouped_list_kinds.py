"""List and open questions over layouts that group, mark, rank or answer themselves — on documents of invented content
written here (towns real, every name and figure made up), the expected answers written by hand:

- a Word 振興計画 whose 戦略プロジェクト cell is merged down the rows of its 事業名 column (the 事業 are the items, the
  project their group) and whose projects stand again as numbered headings;
- a web page of 施策 sections whose 主な取組 `<dl>` prints a badge after each name (「… <span>重点</span>」) and a legend
  of bare badge words (「重点＝優先して取り組む事業」);
- a Word 実施計画 whose 施策 headings end with a legend's mark and label (「２－１　観光の振興　★戦略施策」);
- a survey page whose table gives a rate and its rank per measure (満足度｜割合｜順位, 重要度｜割合｜順位);
- texts whose blocks open on their first lines (「第１章　計画の趣旨」, 「■編成の考え方」), a 広報 with a Ｑ＆Ａ, a
  page whose contact line follows its last paragraph, and a 検証報告 whose 総括 says what lags most and why.
"""
from __future__ import annotations

import docx
import pytest

from assistant.testbed.documents import write_text

_PROJECTS = [("戦略プロジェクトＡ\n棚田の恵み再生プロジェクト", [("棚田オーナー制度推進事業", "継続", "4,200"),
                                                          ("棚田米ブランド化支援事業", "新規", "2,800")]),
             ("戦略プロジェクトＢ\n空き家で暮らす定住プロジェクト", [("空き家バンク登録促進事業", "拡充", "1,900"),
                                                              ("移住者住宅改修助成事業", "新規", "6,000"),
                                                              ("定住コンシェルジュ配置事業", "継続", "3,300")])]


def _shinko_docx(folder):
    d = docx.Document()
    d.add_heading("上勝町地域活性化計画", 0)
    d.add_paragraph("令和９年２月　上勝町")
    d.add_heading("第１章　計画の趣旨", 1)
    d.add_paragraph("この計画は、棚田と山の暮らしを次の世代に引き継ぎ、町外から人を迎え入れる仕組みを整えるために、"
                    "町が優先して進める戦略プロジェクトを定めるものです。")
    d.add_heading("第２章　戦略プロジェクト", 1)
    rows = sum(len(p[1]) for p in _PROJECTS)
    t = d.add_table(rows=rows + 1, cols=4)
    for i, h in enumerate(["戦略プロジェクト", "事業名", "区分", "事業費（千円）"]):
        t.cell(0, i).text = h
    r = 1
    for name, works in _PROJECTS:
        first = r
        for work, kubun, cost in works:
            t.cell(r, 1).text, t.cell(r, 2).text, t.cell(r, 3).text = work, kubun, cost
            r += 1
        t.cell(first, 0).merge(t.cell(r - 1, 0)).text = name
    d.add_heading("第３章　プロジェクトの目標", 1)
    for name, _ in _PROJECTS:
        d.add_heading(name.replace("\n", "　").replace("Ａ", "１").replace("Ｂ", "２"), 2)
        d.add_paragraph("目標は毎年度の推進会議で点検します。")
    path = folder / "kamikatsu_chiiki_kasseika_keikaku.docx"
    d.save(path)
    return path


_MARKED_TARGETS = ["観光の振興", "防災体制の強化"]


def _jisshi_docx(folder):
    d = docx.Document()
    d.add_heading("西粟倉村総合計画　実施計画", 0)
    d.add_paragraph("令和９年３月　西粟倉村")
    d.add_paragraph("凡例：★戦略施策＝計画期間に優先して予算を配分する施策")
    sections = [("１－１　子育て環境の充実", [("保育料軽減事業", "継続")]),
                ("２－１　観光の振興　★戦略施策", [("森の宿泊体験事業", "新規"), ("村営キャンプ場改修事業", "拡充")]),
                ("２－２　林業の振興", [("森林作業道整備事業", "継続")]),
                ("３－１　防災体制の強化　★戦略施策", [("防災無線更新事業", "継続")])]
    for heading, works in sections:
        d.add_heading(heading, 2)
        d.add_paragraph("【主な事業】")
        t = d.add_table(rows=len(works) + 1, cols=3)
        for i, h in enumerate(["区分", "事業名", "担当課"]):
            t.cell(0, i).text = h
        for k, (work, kubun) in enumerate(works, start=1):
            t.cell(k, 0).text, t.cell(k, 1).text, t.cell(k, 2).text = kubun, work, "総務課"
    path = folder / "nishiawakura_jisshi_keikaku.docx"
    d.save(path)
    return path


_BADGES_HTML = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>施策別計画｜神山町</title></head><body>
<main><h1>神山町まちづくり計画 施策別計画</h1>
<p class="legend">取組のしるし：<span>新規</span>＝今期から始める事業、<span>重点</span>＝優先して取り組む事業</p>
<section><h2>施策１　移住の促進</h2>
<h3>主な取組</h3>
<dl>
<dt>サテライトオフィス誘致事業 <span class="badge">重点</span></dt><dd>町内の空き店舗を事務所に改修します。</dd>
<dt>移住体験ツアー <span class="badge">新規</span></dt><dd>年２回の体験ツアーを行います。</dd>
</dl></section>
<section><h2>施策２　農業の担い手確保</h2>
<h3>主な取組</h3>
<dl>
<dt>すだち園地継承事業 <span class="badge">重点</span></dt><dd>高齢農家の園地を新規就農者につなぎます。</dd>
<dt>農業機械共同利用支援</dt><dd>機械の共同利用組合を支援します。</dd>
</dl></section>
</main></body></html>
"""

_SURVEY_HTML = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>町民アンケート結果｜丹波山村</title></head>
<body><main><h1>令和８年度 丹波山村 村民アンケートの結果</h1>
<h2>分野ごとの満足度と重要度</h2>
<table border="1">
<thead><tr><th rowspan="2">番号</th><th rowspan="2">分野</th><th colspan="2">満足度</th><th colspan="2">重要度</th></tr>
<tr><th>割合</th><th>順位</th><th>割合</th><th>順位</th></tr></thead>
<tbody>
<tr><td>1</td><td>買い物の便利さ</td><td>21.5</td><td>6</td><td>66.0</td><td>3</td></tr>
<tr><td>2</td><td>診療所の体制</td><td>35.2</td><td>4</td><td>88.4</td><td>1</td></tr>
<tr><td>3</td><td>村道の維持</td><td>47.9</td><td>2</td><td>70.3</td><td>2</td></tr>
<tr><td>4</td><td>温泉施設</td><td>61.0</td><td>1</td><td>35.5</td><td>6</td></tr>
<tr><td>5</td><td>携帯電話の電波</td><td>28.8</td><td>5</td><td>52.1</td><td>4</td></tr>
<tr><td>6</td><td>ごみの収集</td><td>44.0</td><td>3</td><td>48.7</td><td>5</td></tr>
</tbody></table>
<h2>これからの取組</h2>
<p>村では、この結果を次期総合計画に生かします。特に、診療所の医師確保と、村外の病院へ通う交通手段の充実を急ぎます。</p>
<p>担当：丹波山村 総務課 電話 0428-00-0000</p>
</main></body></html>
"""

_KOHO = "\n".join([
    "広報まるもり　令和９年４月号　発行：丸森町",
    "特集　新年度予算のあらまし",
    "町の一般会計予算は62億1,400万円で、前年度より2億300万円増えました。",
    "■Ｑ＆Ａ",
    "Ｑ　一般会計の予算が前年度より増えたのはなぜですか。",
    "Ａ　築50年を超えた学校給食センターの建て替えと、町道の橋の補修を",
    "前年度より前倒しで行うことが主な理由です。",
    "問合せ　財政課財政係",
]) + "\n"

_BUDGET_POLICY = "\n".join([
    "令和９年度　川本町当初予算の概要",
    "令和９年２月　川本町",
    "■編成の考え方",
    "人口減少が続く中でも暮らしの安心を守るため、「通院と買物に困らないまち」を重点目標に掲げ、移動支援の事業に",
    "予算を重点的に配分しました。",
    "■予算の規模",
    "一般会計　38億2,000万円",
]) + "\n"

_REVIEW = "\n".join([
    "美郷町総合戦略　効果検証報告",
    "令和９年８月　美郷町",
    "１　検証の趣旨",
    "この報告は、総合戦略に掲げた指標の令和８年度の実績を確かめ、次の取組に生かすためのものです。",
    "２　総括",
    "８指標のうち５指標が目標を上回りました。",
    "最も遅れているのは農産物の販売額で、担い手の高齢化と出荷先の確保が課題となっています。",
    "来年度は直売所の販路拡大を支援します。",
]) + "\n"


_GRID = "成果指標\t単位\t目標値\t実績値\t達成率"
_FORMS = "\n".join([
    "令和８年度　主要な施策の成果に関する説明書　八郎潟町",
    "No.1 子供の学習支援事業 担当課：教育委員会",
    "事業の概要\t小学生の放課後学習教室を町内３か所で開いた。",
    _GRID, "教室の延べ参加人数\t人\t1,200\t1,236\t103.0％",
    "No.2 〔新規〕ため池防災改修事業 担当課：建設課",
    "事業の概要\t老朽化したため池２か所の堤体を改修した。",
    _GRID, "改修を終えた箇所数\t箇所\t2\t2\t100.0％",
    "No.3 小学校トイレ改修事業 担当：教育総務課",
    "事業の概要\t町内２校のトイレを洋式に改修した。",
    _GRID, "洋式化率\t％\t80.0\t76.0\t95.0％",
    "No.4 地域公共交通確保事業 担当課：企画課",
    "事業の概要\tデマンド交通の運行を委託した。",
    _GRID, "デマンド交通の利用者数\t人\t6,000\t6,540\t109.0％",
]) + "\n"


_SIDE_BY_SIDE = "\n".join([
    "広報かつらお　令和９年４月号　発行：葛尾村",
    "特集　新年度予算のポイント",
    "村の予算は会計ごとに次のとおりです。新しい事業は右の欄をご覧ください。",
    "一般会計                                          〔新規〕村営バス再編事業",
    "24億1,000万円                                                    1,840万円",
    "国民健康保険特別会計                              〔拡充〕薪ストーブ購入補助金",
    "3億2,500万円                                                       320万円",
    "■継続の主な事業",
    "村道維持補修事業",
    "■村の借金",
    "村債の残高は12億円の見込みです。",
]) + "\n"


_KASO_CSV = "\n".join([
    "錦町過疎地域持続的発展計画　事業計画,,,,,",
    "施策区分,事業名,事業内容,実施主体,事業費（千円）,備考",
    "１　産業の振興,茶園改植支援事業,老木の茶園を改植する。,町,\"8,400\",新規",
    ",県営かんがい排水事業,用水路を改修する。,熊本県,\"96,000\",",
    ",球磨川下り船更新事業,観光船を更新する。,町,\"30,000\",",
    "２　子育て・福祉,病児保育委託事業,病児保育を委託して行う。,球磨郡医師会,\"5,200\",",
    ",高齢者配食サービス事業,一人暮らし高齢者に弁当を届ける。,町,\"3,600\",新規",
]) + "\n"


def _hyoka_xlsx(folder):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "評価一覧"
    ws.append(["事業名", "担当課", "評価", "今後の方向性"])
    ws.append(["温泉施設管理事業", "観光課", "B", "現状維持"])
    ws.append(["婚活支援事業", "企画課", "C", "改善・見直し"])
    ws2 = wb.create_sheet("まとめ")
    ws2["A1"] = "総括"
    ws2["A2"] = ("評価の結果、２事業のうち１事業を見直しとした。今後は、効果の低い事業を整理し、生み出した財源を"
                 "子育てと防災の分野に充当する方針である。")
    path = folder / "yuzawa_r8_jimu_jigyo_hyoka.xlsx"
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index
    corpus = tmp_path_factory.mktemp("grouped_corpus")
    _shinko_docx(corpus)
    _jisshi_docx(corpus)
    _hyoka_xlsx(corpus)
    write_text(corpus / "kamiyama_shisaku_betsu_keikaku.html", _BADGES_HTML)
    write_text(corpus / "tabayama_sonmin_anketo.html", _SURVEY_HTML)
    write_text(corpus / "marumori_koho_r9_04.txt", _KOHO)
    write_text(corpus / "kawamoto_r9_tosho_yosan_gaiyo.txt", _BUDGET_POLICY)
    write_text(corpus / "misato_sogo_senryaku_kensho.txt", _REVIEW)
    write_text(corpus / "hachirogata_r8_seika_setsumeisho.txt", _FORMS)
    write_text(corpus / "katsurao_koho_r9_04.txt", _SIDE_BY_SIDE)
    write_text(corpus / "kuma_kaso_jigyo_keikaku.csv", _KASO_CSV, "cp932")
    index_dir = tmp_path_factory.mktemp("grouped_index")
    report = update_index(corpus, index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


def _names(answer) -> list[str]:
    return [p.name for p in answer.projects]


def test_a_project_cell_merged_down_its_rows_groups_the_works_of_its_name_column(assistant):
    answer = assistant.ask("上勝町で定住に関してどんな事業が計画されていますか？")
    assert set(_names(answer)) >= {"空き家バンク登録促進事業", "移住者住宅改修助成事業", "定住コンシェルジュ配置事業"}, answer.answer
    assert not any("戦略プロジェクト" in n for n in _names(answer)), answer.answer   # the group is no 事業 of it
    # each 事業 is cited by its own row: the group cell merged beside the rows stands in no row's line
    assert answer.citations and not any("戦略プロジェクト" in c.quote for c in answer.citations), answer.citations


def test_the_projects_of_a_plan_are_its_numbered_headings_not_the_rows_under_them(assistant):
    answer = assistant.ask("上勝町の地域活性化計画の戦略プロジェクトを全部教えてください。")
    names = " ".join(_names(answer))
    assert "棚田の恵み再生プロジェクト" in names and "空き家で暮らす定住プロジェクト" in names, answer.answer
    assert "棚田オーナー制度推進事業" not in answer.answer


def test_a_badge_after_the_name_is_its_tag_and_the_legend_words_ask_it(assistant):
    answer = assistant.ask("神山町で優先して取り組む事業はどれですか？")
    assert sorted(_names(answer)) == ["すだち園地継承事業", "サテライトオフィス誘致事業"], answer.answer
    assert "重点" not in " ".join(_names(answer))   # the badge is a tag, not part of the name


def test_headings_a_legend_mark_singles_out_are_the_list(assistant):
    answer = assistant.ask("西粟倉村の実施計画で戦略施策に位置付けられているのはどの施策ですか？")
    assert _names(answer) == _MARKED_TARGETS, answer.answer
    assert "林業の振興" not in answer.answer and "子育て環境の充実" not in answer.answer


def test_the_works_under_a_heading_with_a_trailing_mark_stand_under_it(assistant):
    answer = assistant.ask("西粟倉村で観光の振興のために実施する事業を教えてください。")
    assert set(_names(answer)) == {"森の宿泊体験事業", "村営キャンプ場改修事業"}, answer.answer


def test_rows_ranked_by_the_measure_named(assistant):
    answer = assistant.ask("丹波山村のアンケートで、満足度の順位が下位２つだった分野は何ですか？")
    assert _names(answer) == ["買い物の便利さ", "携帯電話の電波"], answer.answer
    top = assistant.ask("丹波山村の村民が最も重要だと考えている分野は何ですか？")
    assert "診療所の体制" in top.answer and "村道の維持" not in top.answer, top.answer   # 重要度 順位 1, not 満足度
    assert top.citations and all(c.quote for c in top.citations)


def test_a_paragraph_before_the_contact_line_is_quoted_whole(assistant):
    answer = assistant.ask("丹波山村はアンケートの結果を受けて、これからどのように取り組みますか？")
    assert "交通手段の充実" in answer.answer and "0428" not in answer.answer, answer.answer


def test_a_chapter_label_on_the_first_lines_opens_a_block(assistant):
    answer = assistant.ask("上勝町の地域活性化計画はどんな目的で作られたものですか？")
    assert answer.found and "町外から人を迎え入れる仕組み" in answer.answer, answer.answer


def test_a_marked_label_on_the_first_lines_opens_a_block(assistant):
    answer = assistant.ask("川本町は令和９年度予算をどんな方針で編成しましたか？")
    assert answer.found and "通院と買物に困らないまち" in answer.answer, answer.answer


def test_a_document_that_asks_the_question_answers_it(assistant):
    answer = assistant.ask("丸森町の予算が前年度より増えた理由を、広報ではどう説明していますか？")
    assert answer.found and "学校給食センターの建て替え" in answer.answer, answer.answer
    assert "問合せ" not in answer.answer


def test_what_a_review_says_lags_most_and_why(assistant):
    answer = assistant.ask("美郷町の総合戦略の効果検証で、最も遅れている指標とその課題は何とされていますか？")
    assert "担い手の高齢化と出荷先の確保" in answer.answer, answer.answer


def test_the_numbered_titles_of_a_report_name_its_works_without_their_office(assistant):
    answer = assistant.ask("八郎潟町の成果説明書に載っている、子どもや学校に関する事業は何ですか？")
    assert set(_names(answer)) == {"子供の学習支援事業", "小学校トイレ改修事業"}, answer.answer
    assert "担当" not in " ".join(_names(answer))


def test_a_tagged_item_in_the_right_box_takes_the_amount_below_it_and_heads_no_section(assistant):
    answer = assistant.ask("葛尾村が拡充する事業は何ですか？")
    assert [(p.name, p.amount) for p in answer.projects] == [("薪ストーブ購入補助金", "320万円")], answer.answer
    assert "3億2,500万円" not in answer.answer   # the account's total printed in the box beside it
    new = assistant.ask("葛尾村が新たに始める事業は何ですか？")
    assert [(p.name, p.amount) for p in new.projects] == [("村営バス再編事業", "1,840万円")], new.answer


def test_rows_whose_column_holds_another_value_than_the_one_excluded(assistant):
    answer = assistant.ask("錦町の過疎計画で、町以外が実施主体となっている事業はどれですか？")
    assert _names(answer) == ["県営かんがい排水事業", "病児保育委託事業"], answer.answer
    assert "熊本県" in answer.answer and "球磨郡医師会" in answer.answer


def test_the_grid_rows_a_filter_selects_are_named_by_the_form_they_stand_in(assistant):
    answer = assistant.ask("八郎潟町の成果説明書で、達成率が100％を超えた事業を挙げてください。")
    assert _names(answer) == ["子供の学習支援事業", "地域公共交通確保事業"], answer.answer
    assert "103.0％" in answer.answer and "ため池防災改修事業" not in answer.answer   # 100.0％ does not exceed 100


def test_a_sentence_that_says_what_comes_next_answers_in_the_words_of_the_question(assistant):
    answer = assistant.ask("湯沢市は事務事業評価の結果を踏まえ、今後どのような方針で財源を配分するとしていますか？")
    assert answer.found and "子育てと防災の分野に充当する" in answer.answer, answer.answer
