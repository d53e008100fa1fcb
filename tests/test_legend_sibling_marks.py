"""Marks that a legend explains as kinds of one list's items (「☆ は新たな事業、◇ はそれ以外の事業を表します。」) are
printed at one level: a ☆ item is no heading of the ◇ items after it, and ・ bullets under a 「＜…＞」 label line
stand under that label, never under the last 事業, and a 「＜今後の方向性＞」 block after them is about the headings
above the 事業 lines (a marked 事業 line with its amount is no heading of what follows). A text 実施状況 of a village written here (新潟県粟島浦村,
invented content, other marks and wording than any blind set).
"""
from __future__ import annotations

_AWASHIMA = """\
粟島浦村　離島活性化計画　実施状況（令和６年度）

　☆ は新たな事業、◇ はそれ以外の事業を表します。金額は令和６年度の決算額です。

１　島の産業を育てる
　（１）漁業の担い手
　　◇漁船リース支援事業　　　　　　　　2,100千円　進捗：順調
　　☆養殖いけす実証事業　　　　　　　　3,450千円　進捗：遅れ
　　◇漁業体験民泊推進事業　　　　　　　　640千円　進捗：順調
＜島民会議の主な意見＞
　・いけすの実証は台風で遅れており、来年度も続けてほしい。
　・漁業体験の受入れ家庭を増やす工夫が必要である。

２　島で暮らし続ける
　（２）交通と医療
　　☆高速船運賃助成事業　　　　　　　　5,800千円　進捗：順調
　　◇診療所医師確保事業　　　　　　　　9,200千円　進捗：遅れ
＜島民会議の主な意見＞
　・冬季の欠航が多く、高速船の運賃助成は住民に好評である。
＜今後の方向性＞
　医師の確保が続くよう、本土の病院と交代で勤務する仕組みを県と協議する。
"""


def test_marks_a_legend_explains_are_one_level():
    from ingest.plans.list_items import list_items

    items = {i.name: i for i in list_items("awashima.txt", _AWASHIMA)}
    names = ["漁船リース支援事業", "養殖いけす実証事業", "漁業体験民泊推進事業", "高速船運賃助成事業", "診療所医師確保事業"]
    assert set(names) <= set(items)
    for name in names:   # each under its 施策, none under another 事業
        assert items[name].headings[-1] in ("（１）漁業の担い手", "（２）交通と医療"), items[name].headings
    assert items["漁業体験民泊推進事業"].amount   # (its own line, no description of the ☆ item above)
    # the bullets under the label stand under it, not under the last 事業
    opinion = items["いけすの実証は台風で遅れており、来年度も続けてほしい。"]
    assert opinion.headings[-1] == "＜島民会議の主な意見＞"
    # the legend line is no item
    assert not [n for n in items if n.startswith("は")]


def test_a_question_for_the_items_of_one_measure_gets_them_all(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from assistant.testbed.documents import write_text
    from index.update import update_index

    corpus = tmp_path_factory.mktemp("legend-sibling-marks")
    write_text(corpus / "awashimaura_ritou_kasseika_jisshi_r6.txt", _AWASHIMA)
    index_dir = tmp_path_factory.mktemp("legend-sibling-marks-index")
    update_index(corpus, index_dir, embedder, tokenizer)
    assistant = Assistant.open(index_dir, embedder, tokenizer)
    answer = assistant.ask("粟島浦村の離島活性化計画で、漁業の担い手に関する事業は？")
    assert {p.name for p in answer.projects} == {"漁船リース支援事業", "養殖いけす実証事業", "漁業体験民泊推進事業"}, \
        answer.answer
    # a block after the 事業 lines stands under the headings above them, not under the last 事業 and its amount
    answer = assistant.ask("粟島浦村は交通と医療の分野で今後どのような方向で取り組むとしていますか？")
    assert answer.found and "本土の病院と交代で勤務する仕組み" in answer.answer, answer.answer
