"""A large spreadsheet (事務事業評価: hundreds of 事業 rows × 185 columns, most cells empty) is read streaming,
each row one record of its labelled, non-empty cells (timing against the bundled corpus: bench/large_sheet.py)."""
from __future__ import annotations

from ingest.pipeline import ingest_file
from assistant.testbed.made_documents import make_evaluation_workbook


def test_each_row_of_a_wide_sheet_reads_as_its_labelled_cells(tmp_path):
    book = make_evaluation_workbook(tmp_path / "事務事業評価.xlsx", rows=12, columns=185)
    ingested = ingest_file(book, tmp_path)
    text = ingested.document.text
    row = next(line for line in text.splitlines() if line.startswith("No 2｜"))
    assert row.startswith("No 2｜事業名 子育て支援推進事業2｜所管課 観光振興課｜総合戦略 〇｜施策 子育て支援の推進｜")
    assert "指標1目標値 172｜指標1実績値 183" in row          # a number says what it is
    assert "｜｜" not in row and "None" not in text              # empty cells leave nothing behind
    assert len(row) < 185 * 12
    found = [p for p in ingested.passages if "子育て支援推進事業2" in p.text]
    assert found and ingested.document.location_at(found[0].start).startswith("事務事業評価!")


def test_each_record_row_is_its_own_passages_sharing_one_vector_of_its_opening(tmp_path):
    """A row longer than a passage is cut into passages of its own (never glued to the next row), and its
    pieces share one vector made from the row's opening: the index embeds one text per row, not every piece."""
    book = make_evaluation_workbook(tmp_path / "事務事業評価.xlsx", rows=6, columns=185)
    passages = ingest_file(book, tmp_path).passages
    row = [p for p in passages if "子育て支援推進事業2" in p.vector_text]
    assert len(row) >= 2 and row[0].text.startswith("No 2｜事業名") and "子育て支援推進事業2" in row[0].text[:20]
    assert len({p.vector_text for p in row}) == 1 and "所管課" in row[0].vector_text
    assert all("No 3｜" not in p.text for p in row)               # the next row is not in its passages
    vectors = {p.vector_text or p.search_text for p in passages}
    assert len(vectors) < len(passages)
