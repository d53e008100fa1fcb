"""The place hierarchy: names in questions and titles resolve to keys, and containment follows the hierarchy."""
from __future__ import annotations

import pytest

from ingest.places.gazetteer import contains, load_gazetteer, name_of


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.mark.parametrize("text, name, key", [
    ("音威子府村の観光入込客数の目標値は？", "音威子府村", "北海道/道北/上川/音威子府村"),
    ("観光入込客数（釧路）の目標値", "釧路", "北海道/釧路・根室/釧路"),
    ("釧路市の上水道普及率", "釧路市", "北海道/釧路・根室/釧路/釧路市"),
    ("釧路・根室連携地域政策展開方針", "釧路・根室連携地域", "北海道/釧路・根室"),
    ("十勝地域の高校卒業者の地元就職率", "十勝地域", "北海道/十勝"),
    ("富士市の予算", "富士市", "静岡県/富士市"),
    ("松戸市の主要観光スポットの観光客数", "松戸市", "千葉県/松戸市"),
    ("中川郡美深町の計画", "美深町", "北海道/道北/上川/美深町"),
    ("静岡市葵区の事業", "静岡市葵区", "静岡県/静岡市/葵区"),
    ("札幌市の待機児童数は？", "札幌市", "北海道/道央広域/石狩/札幌市"),
    ("日高振興局管内", "日高振興局", "北海道/道央広域/日高"),
])
def test_a_named_place_resolves_to_its_key(gazetteer, text, name, key):
    mentions = gazetteer.find(text)
    assert [(m.name, m.key) for m in mentions][:1] == [(name, key)]


def test_a_shared_name_takes_the_prefecture_the_text_names(gazetteer):
    hokkaido = [m for m in gazetteer.find("北海道の伊達市") if m.name == "伊達市"][0]
    assert hokkaido.key == "北海道/道央広域/胆振/伊達市" and len(hokkaido.keys) == 2
    assert gazetteer.find("福島県伊達市")[0].key == "福島県/伊達市"


def test_no_mention_inside_a_longer_word(gazetteer):
    assert [m.name for m in gazetteer.find("東北区域の整備")] == []


def test_containment_follows_the_hierarchy(gazetteer):
    village = gazetteer.resolve("音威子府村")[0]
    for outer in ("北海道", "北海道/道北", "北海道/道北/上川", village):
        assert contains(outer, village)
    assert not contains("北海道/十勝", village)
    assert not contains("", village)
    assert name_of(village) == "音威子府村"
    assert gazetteer.most_specific(["北海道", "北海道/道北/上川", village]) == village


def test_every_hokkaido_municipality_lies_in_one_of_the_14_areas(gazetteer):
    hokkaido = [p for p in gazetteer.places.values() if p.kind == "municipality" and p.key.startswith("北海道/")]
    assert len(hokkaido) == 179
    assert all(p.key.count("/") == 3 for p in hokkaido)
    assert len({p.key.rsplit("/", 1)[0] for p in hokkaido}) == 14
