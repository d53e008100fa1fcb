"""Uploaded files land in the corpus under a safe name, only once read and never over a document without\nasking, or are refused with a reason naming them; removal stays inside the corpus; who may listen without a login."""
from __future__ import annotations

import pytest

from assistant.access import is_loopback, open_without_login
from assistant.documents import add_uploads, document_rows, outcome_messages, remove_document
from assistant.live import LiveIndex
from assistant.settings import Settings
from assistant.tables import KpiQuery, describe_kpi_query, select_kpis
from assistant.uploads import UploadRejected, safe_name, save_upload
from ingest.readers.sandbox import IngestLimits


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


def test_an_existing_name_is_replaced_only_when_asked(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "plan.txt").write_text("旧版", encoding="utf-8")
    source = tmp_path / "upload.bin"
    source.write_text("新版", encoding="utf-8")
    with pytest.raises(UploadRejected) as refused:
        save_upload(corpus, "plan.txt", source, max_bytes=1000)
    assert "同じ名前" in refused.value.reason and (corpus / "plan.txt").read_text(encoding="utf-8") == "旧版"
    save_upload(corpus, "plan.txt", source, max_bytes=1000, overwrite=True)
    assert (corpus / "plan.txt").read_text(encoding="utf-8") == "新版" and not list(corpus.glob(".*"))


def test_uploads_are_read_before_they_replace_anything(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "計画.pdf").write_bytes(b"the indexed version")
    (corpus / "memo.txt").write_text("■ 防災\n防災訓練を実施しました。\n", encoding="utf-8")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 100)
    memo = tmp_path / "memo.txt"
    memo.write_text("■ 防災\n防災訓練を2回実施しました。\n", encoding="utf-8")
    new = tmp_path / "new.txt"
    new.write_text("■ 観光\n観光入込客数が増えました。\n", encoding="utf-8")
    files = [("計画.pdf", broken), ("memo.txt", memo), ("new.txt", new), ("setup.exe", new)]
    outcomes = add_uploads(corpus, files, overwrite=False, max_bytes=10_000, limits=IngestLimits())
    assert [(o.name, o.action) for o in outcomes] == [("計画.pdf", "kept"), ("memo.txt", "kept"), ("new.txt", "added"),
                                                     ("setup.exe", "refused")]
    outcomes = add_uploads(corpus, files[:2], overwrite=True, max_bytes=10_000, limits=IngestLimits())
    assert [(o.name, o.action) for o in outcomes] == [("計画.pdf", "refused"), ("memo.txt", "replaced")]
    assert "今の版を残しています" in outcomes[0].reason
    assert (corpus / "計画.pdf").read_bytes() == b"the indexed version"
    assert "2回" in (corpus / "memo.txt").read_text(encoding="utf-8")
    assert sorted(p.name for p in corpus.iterdir()) == ["memo.txt", "new.txt", "計画.pdf"]
    lines = outcome_messages(outcomes, None)
    assert len(lines) == 2 and lines[0].startswith("追加できません: 計画.pdf — ")


def test_remove_deletes_inside_the_corpus_only(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "outside.txt").write_text("x", encoding="utf-8")
    assert remove_document(corpus, "../outside.txt").action == "not_removed"
    assert (tmp_path / "outside.txt").exists()
    assert remove_document(corpus, "a.txt").action == "removed" and not (corpus / "a.txt").exists()
    assert remove_document(corpus, "a.txt").action == "not_removed"


def test_document_states_say_indexed_or_the_problem(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a.txt", "b.pdf", "c.txt"):
        (corpus / name).write_text("x", encoding="utf-8")
    entries = {"a.txt": {"title": "A", "pages": None, "passages": 3, "added_at": "2026-01-01T00:00:00"}}
    problems = [{"doc": "b.pdf", "reason": "文字情報のない PDF です。"}]
    rows = {r.doc: r.state for r in document_rows(corpus, entries, problems)}
    assert rows == {"a.txt": "索引済み", "b.pdf": "索引に入っていません: 文字情報のない PDF です。",
                    "c.txt": "まだ索引に入っていません（次の更新で読み込みます）"}


@pytest.mark.parametrize("host, loopback", [("127.0.0.1", True), ("127.0.1.1", True), ("::1", True),
                                            ("localhost", True), ("0.0.0.0", False), ("::", False),
                                            ("192.168.1.20", False), ("plans.example.lg.jp", False)])
def test_only_this_computer_may_listen_without_a_login(host, loopback):
    assert is_loopback(host) is loopback
    refusal = open_without_login(host, has_auth=False, no_auth=False)
    assert (refusal is None) is loopback
    if refusal:
        assert "--no-auth" in refusal and "--auth-file" in refusal
    assert open_without_login(host, has_auth=True, no_auth=False) is None
    assert open_without_login(host, has_auth=False, no_auth=True) is None


def test_the_old_version_answers_until_the_new_one_is_indexed(small_corpus, tmp_path, embedder, tokenizer):
    live = LiveIndex(Settings(corpus_dir=small_corpus, index_dir=tmp_path / "index"), embedder, tokenizer)
    live.open()
    new = tmp_path / "a.txt"
    new.write_text("■ 観光の振興\n釧路地域の観光入込客数は令和7年度に900万人を目指します。\n", encoding="utf-8")
    outcomes = add_uploads(small_corpus, [("a.txt", new)], overwrite=True, max_bytes=10_000, limits=IngestLimits())
    assert [o.action for o in outcomes] == ["replaced"]
    top = live.assistant.search("観光入込客数", 1)[0].passage
    assert top.doc == "a.txt" and "増加しています" in top.text, "the indexed version answers meanwhile"
    report = live.update()
    assert report.changed == ["a.txt"] and outcome_messages(outcomes, report)[0] == "置き換えました（新しい版で答えます）: a.txt"
    top = live.assistant.search("観光入込客数", 1)[0].passage
    assert "900万人" in top.text


def test_a_long_upload_name_is_shortened_but_keeps_its_extension(tmp_path):
    """A title-length name (121-255 characters) lost its extension when cut at 120 characters and was
    refused as 「拡張子なし」; it is cut to what a file system holds (255 bytes), extension kept."""
    long = "令和6年度" + "地域づくり総合戦略推進事業評価報告書" * 8 + ".pdf"
    name = safe_name(long)
    assert name.endswith(".pdf") and len(name.encode("utf-8")) <= 255
    assert name.startswith("令和6年度地域づくり")
    source = tmp_path / "upload.txt"
    source.write_text("■ 計画\n本文です。\n", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    saved = save_upload(corpus, "計" * 200 + ".txt", source, 10_000_000)
    assert saved.suffix == ".txt" and saved.is_file()
