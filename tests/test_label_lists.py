"""Lists under a label whose entries are partly tagged by a short bracketed mark (〔新〕, 〔拡〕, 【継】), in formats whose
lines are the writer's own, and the legend that says what a mark means quoted beside a list asked by it. Documents of
towns and wording written here (no copy of any real or blind document):

- an HTML 実行計画 (長野県平谷村, invented): three 重点施策 sections, each with 「主要事業」 over entries, some opened by
  〔新〕 or 〔拡〕 and some unmarked, then a KPI table under its own caption; a legend paragraph 「〔新〕は令和８年度から
  始める事業、〔拡〕は対象や内容を広げる事業です。」 above the sections;
- a DOCX 重点施策シート (奈良県上北山村, invented): 「主な事業」 paragraphs, the marks 【新】 【継】, the legend a note
  line 「【新】：今回の計画で新たに位置付けた事業　【継】：前計画から続ける事業」 after the list.

A question asking by the tag lists exactly the items so marked, and quotes the legend line; a question naming one
section lists all its entries, tagged or not; an unmarked entry is never the description of the tagged line above.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.testbed.documents import write_text
from ingest.text.normalize import comparable

_HIRAYA_HTML = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">
<title>令和８年度 重点施策実行計画 | 長野県平谷村</title></head><body>
<h1>平谷村 重点施策実行計画（令和８年度）</h1>
<p>作成：総務課 企画係</p>
<h2>重点施策の構成</h2>
<p>〔新〕は令和８年度から始める事業、〔拡〕は対象や内容を広げる事業です。</p>
<section><h3>重点施策１　峠のむらの仕事づくり</h3>
<h4>主要事業</h4>
<ul><li>〔新〕林業作業員の通年雇用助成</li><li>村有林の間伐推進</li><li>〔拡〕特産トマト加工所の設備更新</li></ul>
<h4>目標指標</h4>
<table><tr><th>指標</th><th>現状</th><th>目標</th></tr><tr><td>林業作業員数</td><td>6人</td><td>10人</td></tr></table>
</section>
<section><h3>重点施策２　星と森のむら観光</h3>
<h4>主要事業</h4>
<ul><li>星空ガイドの育成</li><li>〔新〕天体観測ドームの改修</li><li>キャンプ場の予約システム運用</li>
<li>〔拡〕スキー場のグリーンシーズン活用</li></ul>
<h4>目標指標</h4>
<table><tr><th>指標</th><th>現状</th><th>目標</th></tr><tr><td>宿泊者数</td><td>8,200人</td><td>9,500人</td></tr></table>
</section>
<section><h3>重点施策３　安心して暮らせる集落</h3>
<h4>主要事業</h4>
<ul><li>高齢者の配食サービス</li><li>〔新〕集落支援員の配置</li></ul>
</section>
<p>問い合わせ：平谷村役場 総務課</p>
</body></html>
"""


def _kamikitayama_docx(folder: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_heading("上北山村 重点施策シート（令和８年度～令和10年度）", level=1)
    doc.add_paragraph("奈良県上北山村　企画政策課")
    doc.add_heading("１　大台ヶ原を生かした交流", level=2)
    doc.add_paragraph("主な事業")
    for line in ("【新】大台ヶ原ビジターセンター連携ツアー", "村営宿泊施設の運営", "【継】登山道の案内標識整備",
                 "【新】山岳ガイド資格取得助成"):
        doc.add_paragraph(line)
    doc.add_paragraph("【新】：今回の計画で新たに位置付けた事業　【継】：前計画から続ける事業")
    path = folder / "kamikitayama_juten_shisaku_sheet.docx"
    doc.save(path)
    return path


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    corpus = tmp_path_factory.mktemp("label-lists-corpus")
    write_text(corpus / "hiraya_juten_shisaku_jikko_keikaku_r8.html", _HIRAYA_HTML)
    _kamikitayama_docx(corpus)
    index_dir = tmp_path_factory.mktemp("label-lists-index")
    update_index(corpus, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def _names(answer) -> set[str]:
    return {p.name for p in answer.projects}


def test_a_list_asked_by_its_tag_lists_every_item_of_a_short_mark_and_quotes_the_legend(assistant):
    answer = assistant.ask("平谷村の重点施策で、令和８年度に新しく始める事業はどれですか？")
    assert answer.found
    assert _names(answer) == {"林業作業員の通年雇用助成", "天体観測ドームの改修", "集落支援員の配置"}
    # the line that says what 〔新〕 means stands in the answer, cited verbatim
    assert "〔新〕は令和８年度から始める事業" in answer.answer
    assert any("〔新〕は令和８年度から始める事業" in c.quote for c in answer.citations)


def test_the_items_of_an_enlarged_mark_are_listed_by_it(assistant):
    answer = assistant.ask("平谷村の重点施策で、拡充する事業を教えてください。")
    assert _names(answer) == {"特産トマト加工所の設備更新", "スキー場のグリーンシーズン活用"}


def test_a_section_lists_its_unmarked_entries_beside_the_tagged_ones(assistant):
    answer = assistant.ask("平谷村の星と森のむら観光ではどのような事業に取り組みますか？")
    assert _names(answer) == {"星空ガイドの育成", "天体観測ドームの改修", "キャンプ場の予約システム運用",
                              "スキー場のグリーンシーズン活用"}
    # a table's caption after the list is no entry, nor a description of the last one
    assert not any("目標指標" in (p.description or "") + p.name for p in answer.projects)


def test_a_word_file_list_with_a_legend_after_it(assistant):
    answer = assistant.ask("上北山村の重点施策シートで新たに位置付けた事業は？")
    assert _names(answer) == {"大台ヶ原ビジターセンター連携ツアー", "山岳ガイド資格取得助成"}
    assert "今回の計画で新たに位置付けた事業" in answer.answer
    everything = assistant.ask("上北山村の大台ヶ原を生かした交流の主な事業は？")
    assert {"村営宿泊施設の運営", "登山道の案内標識整備"} <= _names(everything)


def test_a_pages_wrapped_lines_under_a_label_are_no_entries():
    from ingest.plans.list_items import list_items

    text = ("主な取組\n【新】地域公共交通の再編に向けた\n実証運行と利用者アンケートの実施により\n"
            "持続可能な路線を検討します。\n")
    names = [i.name for i in list_items("keikaku.pdf", text)]
    assert "実証運行と利用者アンケートの実施により" not in names
    html_names = [i.name for i in list_items("keikaku.html", "主な取組\n【新】巡回バスの再編\n買物支援サービス\n")]
    assert html_names == ["巡回バスの再編", "買物支援サービス"]


def test_the_legend_of_one_mark_is_cut_from_the_next_and_prose_is_no_legend():
    from assistant.legend_lines import legend_span

    text = "凡例\n新規：この計画から始める取組 重点：前半に集中する取組\n新規就農者は５年で12人となりました。\n"
    a, b = legend_span(text, "新規")
    assert text[a:b] == "新規：この計画から始める取組"
    a, b = legend_span(text, "重点")
    assert text[a:b] == "重点：前半に集中する取組"
    assert legend_span("新規就農者は５年で12人となりました。", "新規") is None
    assert comparable("〔拡〕は対象") in comparable(_HIRAYA_HTML)
