"""A town web page (a real town of no other test, every figure invented) with 企業版ふるさと納税 results: a `<dl>` of
寄附企業数 / 寄附総額 printed as label lines over their values, then a table of the same 寄附 by 対象事業 (企業数｜寄附額（円）)
whose 計 row merges its label over the No.｜対象事業 columns.

A user asking the whole (「寄附企業数は？」) gets the `<dl>` value named as asked, never the first row of the breakdown
whose caption and header hold the same words; a user asking one 対象事業 gets its row; the 計 row's value is read under
its own column although its label spans two."""
from __future__ import annotations

from pathlib import Path

import pytest

_PAGE = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>企業版ふるさと納税の実績（令和５年度）｜安平町</title></head>
<body>
<nav><a href="/">トップ</a> ＞ <a href="/gyosei/">町政</a></nav>
<main>
<h1>企業版ふるさと納税の実績（令和５年度）</h1>
<p>安平町の地方創生の取組に御賛同いただいた企業の皆さまから、令和５年度に次のとおり御寄附をいただきました。</p>
<h2>寄附の概要</h2>
<dl>
<dt>寄附企業数</dt><dd>27社</dd>
<dt>寄附総額</dt><dd>84,350,000円</dd>
</dl>
<h2>対象事業別の寄附</h2>
<table>
<caption>対象事業別の寄附の状況（単位：社、円）</caption>
<tr><th>No.</th><th>対象事業</th><th>企業数</th><th>寄附額（円）</th></tr>
<tr><td>1</td><td>早来地区こども園整備事業</td><td>11</td><td>41,200,000</td></tr>
<tr><td>2</td><td>追分駅周辺にぎわい創出事業</td><td>9</td><td>25,650,000</td></tr>
<tr><td>3</td><td>スポーツ合宿誘致推進事業</td><td>7</td><td>17,500,000</td></tr>
<tr><td colspan="2">計</td><td>27</td><td>84,350,000</td></tr>
</table>
<p>いただいた寄附は、各事業の財源として令和５年度中に全額を充当しました。</p>
</main>
</body></html>
"""


def _page(folder: Path) -> Path:
    path = folder / "abira_kigyoban_furusato_nozei_r5.html"
    path.write_text(_PAGE, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("pair-over-rows")
    _page(folder)
    index_dir = tmp_path_factory.mktemp("pair-over-rows-index")
    update_index(folder, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def test_the_whole_named_as_asked_is_stated_not_a_row_of_its_breakdown(assistant):
    answer = assistant.ask("安平町の令和５年度の寄附企業数は何社ですか？")
    lead = answer.answer.split("\n")[0]
    assert answer.found and "27社" in lead
    for part in ("11", "9", "7"):
        assert f"は {part} " not in lead


def test_one_row_named_as_asked_is_stated(assistant):
    answer = assistant.ask("安平町で追分駅周辺にぎわい創出事業への寄附額はいくらでしたか？")
    assert answer.found and "25,650,000" in answer.answer.split("\n")[0]


def test_a_total_row_merged_over_two_columns_is_read_under_its_own_columns():
    from assistant.candidates import candidates_of

    labelled = ["No.|対象事業|企業数|寄附額(円)", "1|早来地区こども園整備事業|11|41,200,000",
                "計|27|84,350,000"]
    found = candidates_of("計 27 84,350,000", labelled, tabbed="計\t\t27\t84,350,000")
    assert {(c.header, c.quantity.value) for c in found} == {("企業数", 27), ("寄附額(円)", 84_350_000)}
    # without the printed cells (an empty cell dropped, or a merge: which, the row alone cannot say) no column is read
    assert not any(c.header for c in candidates_of("計 27 84,350,000", labelled))


def test_a_pair_named_as_asked_goes_before_a_row_the_question_does_not_name():
    """The order the search ranks them in is no matter (the row first, as for a page whose table holds the words)."""
    from types import SimpleNamespace

    from assistant.named_statements import first_answering
    from assistant.statements import Statement

    def unit(norm):
        return SimpleNamespace(unit=SimpleNamespace(norm=norm))

    row = (Statement("3 スポーツ合宿誘致推進事業", "7"), unit("3\tスポーツ合宿誘致推進事業\t7\t17,500,000"))
    pair = (Statement("寄附企業数", "27社"), unit("27社"))
    assert first_answering([row, pair], "安平町の令和５年度の寄附企業数は何社ですか？") == 1
    # a row the question names stays first; so does a first value that is no table row
    assert first_answering([row, pair], "スポーツ合宿誘致推進事業の寄附企業数は？") == 0
    assert first_answering([pair, row], "安平町の寄附企業数は？") == 0
