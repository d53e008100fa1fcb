"""A question whose subject follows its town with a particle (「南伊勢町はしごとセンターの…」「…町ではまゆう号の…」): the
particle is read where the tagger reads it in the whole question, never cut into a kana name (「はしごとセンター」 alone
reads はしご／と, 「ではまゆう号」 loses はまゆう), nor left in front of the subject in a not-found message. A real town
of no other test, every figure invented."""
from __future__ import annotations

import pytest

from assistant.testbed.documents import write_text

_MINAMIISE = """\
南伊勢町地域公共交通計画（概要版）
令和７年３月　三重県南伊勢町

１　町営バスの利用状況
はまゆう号（五ヶ所～宿浦線）の令和６年度の年間利用者数は18,420人で、前年度より620人増えました。
ひまわり号（内瀬～礫浦線）の令和６年度の年間利用者数は9,870人で、前年度より310人減りました。

２　相談窓口の実績
しごとセンターの令和６年度の相談件数は1,284件でした。
子育て支援センターの令和６年度の相談件数は2,056件でした。
"""


def test_the_particle_after_the_town_is_no_part_of_the_subject(tokenizer):
    from assistant.scope import read_scope
    from assistant.subject_text import subject_text
    from ingest.text.normalize import normalize_query

    for question, subject in (("南伊勢町はしごとセンターの相談件数は？", "しごとセンターの相談件数は?"),
                              ("南伊勢町ではまゆう号の利用者数は？", "はまゆう号の利用者数は?"),
                              ("南伊勢町の令和６年度のはまゆう号の利用者数は？", "はまゆう号の利用者数は?"),
                              ("南伊勢町で、子育て支援センターの相談件数は？", "子育て支援センターの相談件数は?"),
                              ("南伊勢町子育て支援センターの相談件数は？", "子育て支援センターの相談件数は?")):
        text = normalize_query(question)
        assert subject_text(text, read_scope(text), tokenizer.particle_ends) == subject
    assert "しごと" in tokenizer.tokenize("しごとセンターの相談件数は?")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("place-particles")
    write_text(folder / "minamiise_kotsu_gaiyo.txt", _MINAMIISE)
    index_dir = tmp_path_factory.mktemp("place-particles-index")
    update_index(folder, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def test_a_kana_name_after_the_towns_particle_is_answered(assistant):
    answer = assistant.ask("南伊勢町はしごとセンターの相談件数は何件でしたか？")
    assert answer.found and "1,284件" in answer.answer.split("\n")[0]
    assert "2,056" not in answer.answer.split("\n")[0]


def test_a_not_found_message_names_the_subject_without_the_particle(assistant):
    answer = assistant.ask("南伊勢町で空き家バンクの登録件数は何件ですか？")
    assert not answer.found
    assert "『で" not in answer.answer and "『空き家バンクの登録件数』" in answer.answer
