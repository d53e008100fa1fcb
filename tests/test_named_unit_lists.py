"""A list question naming a numbered unit (「基本方針３（生涯学習と文化）の主な取組は？」) lists the 取組 of every 施策
under it, each in its own 【主な取組】 block — not only the one whose words the question repeats (blind9 p08 after the
merge of the list kinds). The document is of another town (三重県大台町), written here as text."""
from __future__ import annotations

import pytest

from assistant.testbed.documents import write_text

_ODAI_KYOIKU = """\
大台町教育振興基本計画（令和７年度～令和11年度）
三重県大台町教育委員会

基本方針２　生涯にわたる学びと文化の振興
施策４　生涯学習の推進
【現状と課題】
公民館講座の受講者は高齢の方が多く、働く世代の参加が少ない状況です。
【主な取組】
夜間に受けられるオンライン講座「おおだい夜の学校」を開講します。
施策５　文化財の保存と活用
【現状と課題】
町内の文化財を訪れる町民は少なく、学ぶ機会が限られています。
【主な取組】
町内の中学１年生全員が文化財を巡る「ふるさと大台探訪事業」を実施します。
基本方針３　健やかな体づくり
施策６　スポーツの推進
【主な取組】
総合型地域スポーツクラブの活動を支援します。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("named-unit-lists")
    write_text(folder / "odai_kyoiku_shinko_kihon_keikaku.txt", _ODAI_KYOIKU)
    index_dir = tmp_path_factory.mktemp("named-unit-lists-index")
    update_index(folder, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def test_every_block_of_the_named_unit_is_listed(assistant):
    answer = assistant.ask("大台町の教育振興基本計画で、基本方針２（生涯学習と文化）の主な取組は？")
    assert "おおだい夜の学校" in answer.answer and "ふるさと大台探訪事業" in answer.answer, answer.answer
    assert "総合型地域スポーツクラブ" not in answer.answer, answer.answer
