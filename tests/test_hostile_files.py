"""Hostile and broken files in one corpus: each is reported by name in the update summary, with a reason a
person can act on, and the good files beside them are indexed. PDF and Office parsing runs in a bounded
worker process, so a decompression bomb costs one file, not the update.
"""
from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

import pytest

from assistant.service import Assistant
from index.update import update_index
from ingest.errors import IngestError
from ingest.readers.sandbox import IngestLimits, ingest_bounded
from tests.test_readers import make_pdf

GOOD_LINE = "■ 防災\n地域防災マスターを16名認定しました。\n"


def office_zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def zip_bomb(size: int) -> bytes:
    """A .docx-shaped ZIP whose one member unpacks to `size` bytes of zeros (a few hundred kB packed)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            block = b"\0" * (1 << 20)
            for _ in range(size >> 20):
                member.write(block)
    return out.getvalue()


BILLION_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + b"".join(f'<!ENTITY lol{i} "{"&lol%s;" % ("" if i == 1 else i - 1) * 10}">'.encode() for i in range(1, 10))
                  + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                  b"<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>")


def flate_bomb_pdf(unpacked: int) -> bytes:
    """A one-page PDF whose content stream inflates to `unpacked` bytes (pypdf would return "" for it)."""
    packer = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    stream = b"".join(packer.compress(chunk) for _ in range(unpacked >> 20)) + packer.flush()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def encrypted_pdf(tmp_path: Path) -> bytes:
    from pypdf import PdfReader, PdfWriter

    plain = make_pdf(tmp_path / "plain-source.pdf", ["秘密の計画です。"])
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    plain.unlink()
    return out.getvalue()


def scanned_pdf(tmp_path: Path) -> bytes:
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan-source.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.rect(10, 10, 100, 100, fill=1)
    pdf.showPage()
    pdf.save()
    data = path.read_bytes()
    path.unlink()
    return data


@pytest.fixture()
def hostile_corpus(tmp_path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    good_pdf = make_pdf(tmp_path / "good.pdf", ["十勝の計画です。", "スマート農業を進めます。"]).read_bytes()
    files = {
        "good.txt": GOOD_LINE.encode("utf-8"),
        "良い 計画 (1).pdf": good_pdf,
        "名前に..がある.txt": "■ 漁業\n近年はイワシの漁獲量が増えています。\n".encode("cp932"),
        "nul.txt": "■ 観光\n釧路の\0観光入込客数は\0増加しています。\n".encode("utf-8"),
        "long-line.txt": ("長い行の文書です。" * 5_000).encode("utf-8"),
        "empty.txt": b"",
        "junk.txt": bytes(range(256)) * 40,
        "junk.pdf": b"%PDF-1.7\n" + bytes(range(256)) * 40,
        "truncated.pdf": good_pdf[: len(good_pdf) // 2],
        "encrypted.pdf": encrypted_pdf(tmp_path),
        "scan.pdf": scanned_pdf(tmp_path),
        "bomb.docx": zip_bomb(600 << 20),
        "laughs.docx": office_zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": BILLION_LAUGHS}),
        "laughs.xlsx": office_zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": BILLION_LAUGHS}),
        "unknown-encoding.txt": bytes([0x82, 0xA0, 0xFF, 0xFE, 0x81]) * 60 + "計画".encode("euc-jp") * 50,
        "big.txt": ("大きな文書。" * 200_000).encode("utf-8"),
        "inflate-bomb.pdf": flate_bomb_pdf(700 << 20),
    }
    for name, data in files.items():
        (corpus / name).write_bytes(data)
    return corpus


EXPECTED_PROBLEMS = {
    "empty.txt": "空",
    "junk.txt": "テキストファイルではない",
    "junk.pdf": "PDF を読めません",
    "truncated.pdf": "PDF",
    "encrypted.pdf": "パスワード",
    "scan.pdf": "OCR には対応していません",
    "bomb.docx": "圧縮爆弾",
    "laughs.docx": "DTD",
    "laughs.xlsx": "DTD",
    "big.txt": "大きすぎます",
    "inflate-bomb.pdf": "中止しました",
}


def test_every_bad_file_is_reported_by_name_and_the_good_ones_are_indexed(hostile_corpus, tmp_path, embedder, tokenizer):
    limits = IngestLimits(max_file_bytes=2 * 2**20, parse_seconds=60, parse_memory_bytes=600 * 2**20)
    index_dir = tmp_path / "index"
    report = update_index(hostile_corpus, index_dir, embedder, tokenizer, limits=limits)
    problems = dict(report.problems)
    for name, words in EXPECTED_PROBLEMS.items():
        assert name in problems, f"{name} not reported: {problems}"
        assert words in problems[name], (name, problems[name])
    summary = "\n".join(report.lines())
    assert all(f"問題: {name} — " in summary for name in EXPECTED_PROBLEMS)
    indexed = set(report.added)
    assert {"good.txt", "良い 計画 (1).pdf", "名前に..がある.txt", "nul.txt", "long-line.txt"} <= indexed, (indexed, problems)
    assert "unknown-encoding.txt" in indexed | set(problems)

    assistant = Assistant.open(index_dir, embedder, tokenizer)
    assert "16名" in assistant.ask("地域防災マスターは何名認定されましたか？").answer
    assert any(h.passage.doc == "良い 計画 (1).pdf" for h in assistant.search("スマート農業", 3))
    nul_text = assistant.documents["nul.txt"].text
    assert "\0" not in nul_text and "観光入込客数は増加" in nul_text
    assert max(len(p.text) for p in assistant.searcher.data.passages()) <= 1000


def test_a_parser_past_its_time_limit_costs_only_that_file(tmp_path):
    path = tmp_path / "slow.pdf"
    path.write_bytes(flate_bomb_pdf(300 << 20))
    with pytest.raises(IngestError, match="秒以内に読み終わらなかった|メモリ") as refused:
        ingest_bounded(path, tmp_path, IngestLimits(parse_seconds=0.5, parse_memory_bytes=2 * 2**30))
    assert refused.value.path == "slow.pdf"
