"""「〇〇町の政策展開方針では、最大の課題として何が挙げられていますか」: the 方針 that ends the document's name is where the
question looks, not what it asks — the 課題 block answers (a document of an invented town written here, not a copy of
any real document; the expected sentence written by hand)."""
from __future__ import annotations

import pytest

from assistant.testbed.documents import write_text

_POLICY = "\n".join([
    "令和９年度 太子町政策展開方針",
    "",
    "１ 方針の目的",
    "本方針は、総合計画の施策のうち令和９年度に重点的に取り組む事業を町民に示すものです。",
    "",
    "２ 現状と課題",
    "・町内の空き店舗が増え、駅前のにぎわいが失われつつあることが最大の課題です。",
    "・子育て世帯の転出が続いています。",
    "",
    "３ 今後の方針",
    "駅前の空き店舗を活用した創業支援を強化します。",
    "",
    "４ 主な事業の成果",
    "古民家を改修したお試し住宅３棟を、移住を検討する方に最長２か月貸し出しました。",
    "利用は14組33人で、このうち２組５人が町内に移住しました。",
]) + "\n"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index
    corpus = tmp_path_factory.mktemp("source_kind_corpus")
    write_text(corpus / "taishi_r9_seisaku_tenkai_hoshin.txt", _POLICY)
    index_dir = tmp_path_factory.mktemp("source_kind_index")
    report = update_index(corpus, index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


def test_the_kind_named_after_the_document_is_the_one_asked(assistant):
    answer = assistant.ask("太子町の政策展開方針では、最大の課題として何が挙げられていますか？")
    assert answer.found and "空き店舗が増え" in answer.answer, answer.answer
    assert "本方針は" not in answer.answer.splitlines()[1]


def test_an_effect_asked_with_dono_kurai_states_no_size_of_the_subject(assistant):
    """「どのくらい移住につながりましたか」 asks an effect: the subject's own size (お試し住宅３棟) is never stated as it."""
    answer = assistant.ask("太子町のお試し住宅は、どのくらい移住につながりましたか？")
    assert "３棟 です" not in answer.answer.splitlines()[0] and "3棟 です" not in answer.answer.splitlines()[0]
