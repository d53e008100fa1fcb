"""A 介護保険料 table exported as CSV (CP932; a real town of no other test, every figure invented): title rows above the
header 段階｜対象となる方｜保険料率｜年額（円）｜月額（円）, long 対象 cells, so the table is cut into several passages.

The header is a header (年額, 月額 are column names), so every passage of the table names its columns: a 段階 asked in
a later passage gets its own row's 年額, never its 月額 nor another 段階's."""
from __future__ import annotations

import pytest

from assistant.testbed.documents import write_text

_TARGETS = ("生活保護を受けている方、世帯全員が町民税非課税で老齢福祉年金を受けている方",
            "世帯全員が町民税非課税で、前年の合計所得金額と課税年金収入額の合計が80万円を超え120万円以下の方",
            "世帯全員が町民税非課税で、第１段階・第２段階に該当しない方",
            "本人が町民税非課税（世帯に課税者がいる）で、前年の合計所得金額と課税年金収入額の合計が80万円以下の方",
            "本人が町民税非課税（世帯に課税者がいる）で、第４段階に該当しない方",
            "本人が町民税課税で、前年の合計所得金額が120万円未満の方",
            "本人が町民税課税で、前年の合計所得金額が120万円以上210万円未満の方",
            "本人が町民税課税で、前年の合計所得金額が210万円以上320万円未満の方",
            "本人が町民税課税で、前年の合計所得金額が320万円以上の方")
_RATES = ("0.285", "0.485", "0.685", "0.90", "1.00", "1.20", "1.30", "1.50", "1.70")


def _csv() -> str:
    base = 70_800
    rows = ["新冠町 第９期介護保険事業計画　第１号被保険者の保険料,,,,",
            "\"保険料基準額（第５段階）：年額70,800円\",,,,",
            "段階,対象となる方,保険料率,年額（円）,月額（円）"]
    for k, (who, rate) in enumerate(zip(_TARGETS, _RATES), start=1):
        yearly = int(base * float(rate))
        rows.append(f'第{k}段階,{who},{rate},"{yearly:,}","{yearly // 12:,}"')
    return "\r\n".join(rows) + "\r\n"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("premium-tables")
    write_text(folder / "niikappu_kaigo_hokenryo.csv", _csv(), encoding="cp932")
    index_dir = tmp_path_factory.mktemp("premium-tables-index")
    update_index(folder, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def test_a_later_rows_yearly_premium_is_read_under_its_column(assistant):
    answer = assistant.ask("新冠町の介護保険料で、第８段階に該当する人の保険料年額はいくらですか？")
    lead = answer.answer.split("\n")[0]
    assert answer.found and "106,200" in lead             # 70,800 × 1.50
    assert "8,850" not in lead and "92,040" not in lead   # its 月額, the 第７段階's 年額


def test_the_header_of_the_premium_table_is_its_header():
    from ingest.tables.build import header_row_count
    from ingest.tables.table import Cell

    row = tuple(Cell(text, 0, len(text)) for text in ("段階", "対象となる方", "保険料率", "年額（円）", "月額（円）"))
    assert header_row_count([row]) == 1
