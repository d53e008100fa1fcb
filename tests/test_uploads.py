"""Uploaded files land in the corpus under a safe name, or are refused with a reason naming them."""
from __future__ import annotations

import pytest

from assistant.tables import KpiQuery, describe_kpi_query, select_kpis
from assistant.uploads import UploadRejected, safe_name, save_upload


@pytest.mark.parametrize("name, safe", [
    ("../../etc/passwd.txt", "passwd.txt"), ("..\\..\\計画 2025.pdf", "計画 2025.pdf"),
    ("/abs/path/表.xlsx", "表.xlsx"), (".hidden.txt", "hidden.txt"), ("a\x00b\n.txt", "ab.txt"), ("..", ""),
])
def test_safe_name_keeps_only_the_last_component(name, safe):
    assert safe_name(name) == safe


def test_upload_is_written_inside_the_corpus_only(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    source = tmp_path / "upload.bin"
    source.write_bytes("釧路の計画".encode("cp932"))
    saved = save_upload(corpus, "../../outside.txt", source, max_bytes=1000)
    assert saved == (corpus / "outside.txt").resolve() and saved.read_bytes() == source.read_bytes()
    assert not (tmp_path / "outside.txt").exists() and not list(corpus.glob(".*"))


@pytest.mark.parametrize("name, size, words", [
    ("run.sh", 10, "形式"), ("big.pdf", 2000, "大きすぎ"), ("empty.txt", 0, "空"), ("..", 10, "名前"),
])
def test_refused_uploads_say_why_and_name_the_file(tmp_path, name, size, words):
    source = tmp_path / "upload.bin"
    source.write_bytes(b"x" * size)
    with pytest.raises(UploadRejected) as refused:
        save_upload(tmp_path, name, source, max_bytes=1000)
    assert words in refused.value.reason and refused.value.name == name


def test_kpi_filters_and_sorts(assistant):
    kpis = assistant.plans.kpis
    low = select_kpis(kpis, KpiQuery(area="釧路", progress_below=80, sort="進捗率の低い順"))
    assert low and all("釧路" in k.area and k.progress < 80 for k in low)
    assert [k.progress for k in low] == sorted(k.progress for k in low)
    assert {k.indicator for k in select_kpis(kpis, KpiQuery(text="植林"))} == {"植林面積"}
    assert describe_kpi_query(KpiQuery(area="釧路", progress_below=80)) == "地域: 釧路、進捗率 80% 未満"
