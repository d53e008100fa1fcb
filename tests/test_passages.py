"""Passages of the real corpus: exact offsets, structure, tables kept as rows."""
from __future__ import annotations

import re

import pytest

from ingest.pipeline import ingest_file
from ingest.text.normalize import comparable
from tests.conftest import CORPUS

DOCS = sorted(CORPUS.glob("*.txt"))



@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_every_passage_is_the_document_text_at_its_offsets(path):
    ingested = ingest_file(path, CORPUS)
    document = ingested.document
    assert ingested.passages
    for passage in ingested.passages:
        # passage.text is display_text() of this very slice: comparing the two would test the call with itself,
        # so the checks below compare with the document independently (markup removed, whitespace ignored).
        assert "<" not in passage.text or "<" in re.sub(r"<[^>]+>", "", document.text[passage.start:passage.end])
        assert comparable(re.sub(r"<[^>]+>", "", document.text[passage.start:passage.end])) == comparable(passage.text)
        assert comparable(passage.text) in comparable(re.sub(r"<[^>]+>", "", document.text))
        assert len(passage.search_text) < 1200


def test_passages_follow_headings_and_keep_kpi_rows_whole():
    ingested = ingest_file(CORPUS / "000_0f0b858db20fd076.txt", CORPUS)
    fair = next(p for p in ingested.passages if "じもと×しごと発見フェア" in p.text)
    assert "出展25社" in fair.text
    assert fair.section == "農林水産業をはじめとした地域を支える産業の振興プロジェクト > これまでの主な取組・成果 > ■ 担い手確保に向けた管内事業者のPR [市、民間、振興局]"
    kpi = next(p for p in ingested.passages if "904.6万人(R7)" in p.text)
    # the row is whole on its own line in the display text, and labelled with its column headers for search
    assert "観光入込客数 (釧路)\t816.5万人(R1)\t689.5万人(R5)\t904.6万人(R7)\t76.2%" in kpi.text.split("\n")
    assert ("観光入込客数 (釧路)|基準値(基準年) 816.5万人(R1)|実績値(実績年) 689.5万人(R5)|目標値(目標年) 904.6万人(R7)"
            "|進捗率 76.2%") in kpi.search_text.split("\n")
    assert "主な評価指標 (KPI)" in kpi.search_text


def test_title_date_and_pages_from_the_cover_and_contents():
    document = ingest_file(CORPUS / "001_415e8db82cdb5ded.txt", CORPUS).document
    assert document.title == "釧路・根室連携地域政策展開方針"
    assert document.date == "令和7年3月"
    # 「４ これまでの取組と課題 ・・・ １０」 in the contents: the chapter starts on page 10.
    assert document.page_at(document.text.index("基幹産業である農林水産業の持続的な成長")) == 10
