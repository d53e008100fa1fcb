"""A CSV whose rows leave some cells empty (備考 only on some rows): every value of such a row names its column, so
the row the question names answers, not its neighbour with a like name. An invented town, answers written by hand."""
from __future__ import annotations

import pytest

SHELTERS_CSV = """みなと町 指定避難所一覧,,,,,
番号,施設名,所在地,地区,収容人数（人）,備考
1,みなと東小学校 体育館,みなと町東1-2,東,410,津波時は２階以上
2,みなと東中学校 体育館,みなと町東5-8,東,365,
3,西地区コミュニティセンター,みなと町西3-1,西,120,
4,北公民館,みなと町北2-2,北,80,土砂災害警戒区域内
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("gapped-rows") / "corpus"
    folder.mkdir()
    (folder / "minato_hinanjo.csv").write_text(SHELTERS_CSV, encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("gapped-rows-index")
    report = update_index(folder, index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


def test_the_row_named_answers_not_its_neighbour(assistant):
    answer = assistant.ask("みなと町のみなと東中学校体育館の収容人数は何人ですか？")
    assert answer.found and "365" in answer.answer.splitlines()[0]
    assert "410" not in answer.answer.splitlines()[0]


def test_a_row_without_an_empty_cell_still_answers(assistant):
    answer = assistant.ask("みなと町の北公民館の収容人数は何人ですか？")
    assert answer.found and "80" in answer.answer.splitlines()[0]
