"""A table whose rows name only years, on a page whose title says what it counts (「空き家バンクの実績｜安来市」, the subject named in the title only):
its cells answer a question naming the title's subject, and a question about another subject is not answered from
them. An HTML page of a town's site (navigation, footer) made by the test, read by the real pipeline and index;
the town, wording and figures are invented.
"""
from __future__ import annotations

import pytest

_PAGE = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>空き家バンクの実績｜安来市</title></head>
<body>
<nav><ul><li><a href="/">ホーム</a></li><li><a href="/kurashi/">くらし・手続き</a></li></ul></nav>
<main>
<h1>制度のご案内</h1>
<p>市では、住まいの有効活用と移住・定住の促進のため、所有者と利用希望者をつなぐ取組を進めています。</p>
<p>登録を希望する所有者の方は、定住促進課へ申込書を提出してください。現地確認ののち、情報をホームページに掲載します。</p>
<p>利用を希望する方は、利用者登録を行ってください。物件の見学は、所有者の了解を得たうえで市職員が同行します。</p>
<p>売買や賃貸の契約は、当事者間または宅地建物取引業者の仲介により行っていただきます。市は契約に関与しません。</p>
<p>改修費の補助（上限50万円）と家財道具の処分費の補助（上限10万円）を利用できます。詳しくはお問い合わせください。</p>
<p>移住を検討されている方には、お試し住宅（最長30日）もご用意しています。</p>
<h2>利用の実績</h2>
<h2>年度別の登録件数と成約件数</h2>
<table>
<tr><th>年度</th><th>成約件数（件）</th><th>補助金額（千円）</th><th>前年度比</th></tr>
<tr><td>令和３年度</td><td>21</td><td>8,450</td><td>112.0％</td></tr>
<tr><td>令和４年度</td><td>29</td><td>11,620</td><td>137.5％</td></tr>
<tr><td>令和５年度</td><td>34</td><td>13,090</td><td>112.7％</td></tr>
</table>
</main>
<footer><p>安来市役所 定住促進課</p></footer>
</body></html>
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("titled-tables")
    (folder / "yasugi_akiya_bank.html").write_text(_PAGE, encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("titled-tables-index")
    report = update_index(folder, index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


def test_a_year_row_answers_for_the_subject_its_page_title_names(assistant):
    answer = assistant.ask("安来市の令和5年度の空き家バンクの補助金額はいくらですか？")
    first = answer.answer.split("\n")[0]
    assert answer.found and "13,090" in first and "11,620" not in first, answer.answer


def test_a_subject_the_page_does_not_count_gets_no_value_from_its_rows(assistant):
    first = assistant.ask("安来市の令和5年度の空き家の解体件数は何件ですか？").answer.split("\n")[0]
    assert not any(v in first for v in ("34", "13,090", "112.7")), first
