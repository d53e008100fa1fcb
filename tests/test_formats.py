"""The formats we read are declared once, by the reader modules of ingest.readers.formats, and collected by
ingest.readers.registry: the corpus scan, the worker isolation, the page's upload check and the messages that list
the formats all follow that one registry, so adding a format is one new module there."""
from __future__ import annotations

import ast

import pytest

from assistant.uploads import UPLOAD_SUFFIXES, UploadRejected, corpus_target
from ingest.errors import IngestError
from ingest.readers import formats
from ingest.readers.registry import FORMATS, declared_formats, ISOLATED_SUFFIXES, SUPPORTED_SUFFIXES, read_file
from ingest.readers.sandbox import IngestLimits, ingest_bounded
from tests.conftest import ROOT


def test_every_list_of_suffixes_is_derived_from_the_registry():
    declared = [suffix for fmt in FORMATS for suffix in fmt.suffixes]
    assert list(SUPPORTED_SUFFIXES) == declared and len(set(declared)) == len(declared)
    assert list(ISOLATED_SUFFIXES) == [suffix for fmt in FORMATS if fmt.isolated for suffix in fmt.suffixes]
    assert UPLOAD_SUFFIXES == SUPPORTED_SUFFIXES
    assert all(suffix.startswith(".") and suffix == suffix.lower() for suffix in declared)
    assert all(fmt.isolated for fmt in FORMATS if fmt.office_zip)   # the ZIP check guards a third-party parser


def _suffix_lists(tree: ast.AST) -> list[int]:
    """Lines of tuple/list/set literals naming two or more of our suffixes."""
    out = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            named = [e.value for e in node.elts if isinstance(e, ast.Constant) and e.value in SUPPORTED_SUFFIXES]
            if len(named) >= 2:
                out.append(node.lineno)
    return out


def test_no_other_module_spells_its_own_list_of_formats():
    files = [p for folder in ("ingest", "index", "assistant") for p in (ROOT / folder).rglob("*.py")]
    files += [p for p in ROOT.glob("*.py")]
    spelled = {str(p.relative_to(ROOT)): lines for p in files
               if not p.is_relative_to(ROOT / "ingest" / "readers" / "formats") and (lines := _suffix_lists(ast.parse(p.read_text(encoding="utf-8"))))}
    assert spelled == {}


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
def test_the_page_takes_every_format_the_index_reads(tmp_path, suffix):
    assert corpus_target(tmp_path, f"計画{suffix.upper()}").name == f"計画{suffix.upper()}"


def test_an_unknown_format_is_refused_with_the_formats_we_read(tmp_path):
    with pytest.raises(UploadRejected) as upload:
        corpus_target(tmp_path, "setup.exe")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    with pytest.raises(IngestError) as read:
        read_file(tmp_path / "photo.jpg")
    for suffix in SUPPORTED_SUFFIXES:
        assert suffix in upload.value.reason and suffix in read.value.reason


def test_only_the_formats_declared_isolated_are_read_in_the_worker(tmp_path):
    """Under a memory limit too small for any parser, the worker's formats fail with the memory message and
    the in-process ones (ours, linear in the file size) still read."""
    tight = IngestLimits(parse_memory_bytes=16 * 2**20)
    for suffix in SUPPORTED_SUFFIXES:
        path = tmp_path / f"note{suffix}"
        path.write_text("事業の進捗,令和7年度,3件\n", encoding="utf-8")
        if suffix in ISOLATED_SUFFIXES:
            with pytest.raises(IngestError, match="メモリ"):
                ingest_bounded(path, tmp_path, tight)
        else:
            assert "令和7年度" in ingest_bounded(path, tmp_path, tight).document.text


def test_a_new_reader_module_is_found_without_touching_any_other_file(tmp_path, monkeypatch):
    (tmp_path / "rtf_sample.py").write_text(
        "from ingest.readers.file_format import FileFormat\n"
        "from ingest.records import RawText\n"
        "FORMATS = (FileFormat(('.rtf',), lambda path, data: RawText(data.decode())),)\n", encoding="utf-8")
    monkeypatch.setattr(formats, "__path__", [*formats.__path__, str(tmp_path)])
    found = [suffix for fmt in declared_formats() for suffix in fmt.suffixes]
    assert ".rtf" in found and set(SUPPORTED_SUFFIXES) <= set(found)
