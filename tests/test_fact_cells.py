"""Fact questions a table's cell answers, on a document of a town and wording written here (no copy of any real or
blind document): an HTML 実施計画の概要 (徳島県上勝町, invented) with

- a 施策体系 table 基本目標｜施策｜担当課 (the 基本目標 cell spanning its 施策), and a 主な事業 table whose 担当課 column
  gives two offices for one 施策;
- a 観光入込客数 table whose unit 千人 stands only in its caption, its columns calendar years 令和４年｜５年｜６年;
- a 会計別予算額 table 令和８年度｜令和７年度｜増減額｜増減率, the ％ only in the note 「（単位：千円、％）」.

「…を担当している課は」 states the office of the row the question names, and nothing where the rows named give two;
「何千人でしたか」 and 「前年度から何％増えましたか」 state the cell, never a neighbour's.
"""
from __future__ import annotations

import pytest

from assistant.testbed.documents import write_text

_KAMIKATSU_HTML = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">
<title>上勝町実施計画（令和８年度）の概要 | 徳島県上勝町</title></head><body>
<h1>上勝町実施計画（令和８年度）の概要</h1>
<h2>施策体系</h2>
<table border="1">
<tr><th>基本目標</th><th>施策</th><th>担当課</th></tr>
<tr><th rowspan="2">基本目標１　ゼロ・ウェイストのまち</th><td>資源循環の推進</td><td>環境推進課</td></tr>
<tr><td>再生可能エネルギーの導入</td><td>企画環境課</td></tr>
<tr><th>基本目標２　いろどりが育つまち</th><td>葉っぱビジネスの振興</td><td>産業課</td></tr>
</table>
<h2>主な事業</h2>
<table border="1">
<tr><th>施策</th><th>事業名</th><th>担当課</th></tr>
<tr><td>移住の促進</td><td>お試し住宅運営事業</td><td>企画環境課</td></tr>
<tr><td>移住の促進</td><td>空き家改修補助事業</td><td>建設課</td></tr>
</table>
<h2>観光の動向</h2>
<table border="1">
<caption>主要観光地の入込客数（単位：千人）</caption>
<tr><th>観光地</th><th>令和４年</th><th>令和５年</th><th>令和６年</th></tr>
<tr><td>月ヶ谷温泉</td><td>96</td><td>104</td><td>111</td></tr>
<tr><td>棚田の里</td><td>41</td><td>47</td><td>52</td></tr>
</table>
<h2>会計別予算額</h2>
<p>（単位：千円、％）</p>
<table border="1">
<tr><th>会計</th><th>令和８年度</th><th>令和７年度</th><th>増減額</th><th>増減率</th></tr>
<tr><td>簡易水道事業会計</td><td>312,400</td><td>330,100</td><td>△17,700</td><td>△5.4</td></tr>
<tr><td>農業集落排水事業会計</td><td>88,600</td><td>81,200</td><td>7,400</td><td>9.1</td></tr>
</table>
</body></html>
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    corpus = tmp_path_factory.mktemp("fact-cells-corpus")
    write_text(corpus / "kamikatsu_jisshi_keikaku_r8_gaiyo.html", _KAMIKATSU_HTML)
    index_dir = tmp_path_factory.mktemp("fact-cells-index")
    update_index(corpus, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def _first_line(answer) -> str:
    return answer.answer.split("\n", 1)[0]


@pytest.mark.parametrize("question,office", [
    ("上勝町の実施計画で、施策「再生可能エネルギーの導入」を担当している課はどこですか？", "企画環境課"),
    ("上勝町の資源循環の推進はどの課が担当していますか？", "環境推進課"),
    ("上勝町の空き家改修補助事業の担当課は？", "建設課"),
])
def test_the_office_of_the_row_named_is_stated_and_cited(assistant, question, office):
    answer = assistant.ask(question)
    assert answer.found, answer.answer
    assert office in _first_line(answer)
    assert office in answer.citations[0].quote


def test_rows_named_alike_with_two_offices_state_none(assistant):
    answer = assistant.ask("上勝町の移住の促進を担当している課はどこですか？")
    assert not _first_line(answer).startswith("担当は"), answer.answer   # no office stated as the one in charge


def test_a_count_asked_in_thousands_is_the_cell_of_the_year_asked(assistant):
    answer = assistant.ask("上勝町の月ヶ谷温泉の入込客数は、令和５年に何千人でしたか？")
    assert answer.found, answer.answer
    assert "104" in _first_line(answer) and "111" not in _first_line(answer)


def test_a_change_from_the_year_before_is_the_rate_cell(assistant):
    answer = assistant.ask("上勝町の農業集落排水事業会計の予算は、前年度から何％増えましたか？")
    assert answer.found, answer.answer
    assert "9.1" in _first_line(answer) and "5.4" not in _first_line(answer)
