"""A sentence that gives one figure per year (「…は令和元年度の312人から令和６年度の268人に減少し、１学級の…」), in a town's
text page of no other test (every figure invented): a question naming one year gets that year's figure, never the other
year's nor a figure of no year beside it."""
from __future__ import annotations

import pytest

from assistant.testbed.documents import write_text

_TEXT = """幌加内町教育振興基本計画（概要）
１　現状と課題
町内の高校生の数は令和元年度の312人から令和６年度の268人に減少し、部活動によっては１チームを組めなくなっています。
図書館の年間貸出冊数は令和元年度の21,400冊から令和６年度の24,950冊に増加しました。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("year-figures")
    write_text(folder / "horokanai_kyoiku_gaiyo.txt", _TEXT)
    index_dir = tmp_path_factory.mktemp("year-figures-index")
    update_index(folder, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def test_the_figure_of_the_year_asked(assistant):
    latest = assistant.ask("幌加内町の令和６年度の高校生の数は何人ですか？")
    assert latest.found and "268人" in latest.answer.split("\n")[0]
    first = assistant.ask("幌加内町の令和元年度の高校生の数は何人でしたか？")
    assert first.found and "312人" in first.answer.split("\n")[0]
    books = assistant.ask("幌加内町の図書館の令和６年度の年間貸出冊数は？")
    assert books.found and "24,950冊" in books.answer.split("\n")[0]
