"""A value question whose row the documents hold but whose value no candidate pins: the answer says 「見つかりません
でした」 and quotes the row the question names, never a bare not-found, and never a row of a subject the documents lack.

Invented documents of 静岡県川根本町: a 保育料 CSV (CP932) whose header stands far above its rows (a title, notes, then
階層｜対象となる世帯｜３歳未満児（月額・円）｜３歳以上児（月額・円）, eight 階層 with long 対象 cells full of 円 figures), and a
bus route table written as aligned text (路線名｜運行形態｜令和４年度｜令和５年度｜令和６年度 利用者数, １便当たり, a 合計 row).

What a user notices: 「第５階層の保育料は月額いくら」 (two amounts in the row: no value is stated) quotes the 第５階層 row
and no other 階層's; a 階層 the table lacks (第12階層) gets 「見つかりませんでした」 with no quote; a year the table does not
hold gets no row; 「合計」 alone names no row unless a column head is named beside it.
"""
from __future__ import annotations

import pytest

from assistant.named_rows import named_rows
from assistant.text_rows import text_tables

_HOIKU = """\
川根本町 保育所保育料（利用者負担額）基準額表,,,
令和７年４月１日から適用,,,
※ ２号・３号認定の子どもの保育料です。,,,
※ 第２子は半額、第３子以降は無料です。,,,
,,,
階層,対象となる世帯,３歳未満児（月額・円）,３歳以上児（月額・円）
第１階層,生活保護世帯,0,0
第２階層,市町村民税非課税世帯,0,0
第３階層,"市町村民税所得割額が48,600円未満の世帯","9,000",0
第４階層,"市町村民税所得割額が48,600円以上97,000円未満の世帯","18,500",0
第５階層,"市町村民税所得割額が97,000円以上169,000円未満の世帯","27,000",0
第６階層,"市町村民税所得割額が169,000円以上301,000円未満の世帯","36,000",0
第７階層,"市町村民税所得割額が301,000円以上397,000円未満の世帯","43,500",0
第８階層,"市町村民税所得割額が397,000円以上の世帯","50,000",0
"""

_ROUTES = """\
路線別の利用状況

路線名\t運行形態\t令和４年度\t令和５年度\t令和６年度\t１便当たり
千頭・奥泉線\t町営バス\t8,210\t7,940\t7,620\t3.1
接岨峡線\t町営バス\t3,480\t3,350\t3,120\t1.8
地名・笹間線\tデマンド\t1,260\t1,410\t1,530\t1.2
合計\t\t12,950\t12,700\t12,270\t
"""


def _tables(text: str):
    return text_tables("routes.txt", text)


def test_the_row_the_question_names_is_chosen_and_none_else():
    rows = named_rows("接岨峡線は１便当たり何人が利用していますか", _tables(_ROUTES), lambda doc: _ROUTES)
    assert [r.quote for r in rows] == ["接岨峡線 町営バス 3,480 3,350 3,120 1.8"]


def test_a_row_the_tables_lack_is_never_named():
    assert named_rows("大井川線は１便当たり何人が利用していますか", _tables(_ROUTES), lambda doc: _ROUTES) == []


def test_a_total_row_needs_a_column_head_named_beside_it():
    assert named_rows("合計は何人ですか", _tables(_ROUTES), lambda doc: _ROUTES) == []
    rows = named_rows("令和６年度の利用者数の合計は", _tables(_ROUTES), lambda doc: _ROUTES, (2024,))
    assert [r.quote.split()[0] for r in rows] == ["合計"]


def test_a_year_the_table_does_not_hold_names_no_row():
    assert named_rows("令和３年度の接岨峡線の利用者数は", _tables(_ROUTES), lambda doc: _ROUTES, (2021,)) == []
    assert named_rows("令和５年度の接岨峡線の利用者数は", _tables(_ROUTES), lambda doc: _ROUTES, (2023,))


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("named-rows")
    (folder / "kawanehon_hoikuryo_r7.csv").write_bytes(_HOIKU.replace("\n", "\r\n").encode("cp932"))
    (folder / "kawanehon_bus_riyou.txt").write_text("川根本町 地域公共交通の現状\n\n" + _ROUTES, encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("named-rows-index")
    update_index(folder, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def test_an_unpinned_value_quotes_the_row_named(assistant):
    answer = assistant.ask("川根本町の保育料で、第５階層の世帯の保育料は月額いくらですか？")
    if answer.found:   # a value stated first must be the row's own
        assert "27,000" in answer.answer.splitlines()[0], answer.answer
    else:
        assert "見つかりませんでした" in answer.answer
        assert any(c.quote.startswith("第５階層") for c in answer.citations), answer.answer
        assert not any(c.quote.startswith(("第４階層", "第６階層")) for c in answer.citations[:1]), answer.answer


def test_a_row_the_documents_lack_gets_no_quote(assistant):
    answer = assistant.ask("川根本町の保育料で、第12階層の世帯の保育料は月額いくらですか？")
    assert not answer.found and "見つかりませんでした" in answer.answer
    assert not any("階層" in c.quote and "円" in c.quote for c in answer.citations), answer.answer
