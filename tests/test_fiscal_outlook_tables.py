"""財政見通し tables — the years as columns, one row per account — on documents of towns, wording and figures written
here (not copies of any real document), the amounts a reader expects written by hand:

- a 中長期財政見通し PDF whose ten years are printed **in two halves** (five year columns on each page under the same
  row labels, no vertical rules), amounts in 億円 with one decimal, the unit stated once above the first half only,
  indented 「うち」 rows and a computed 収支 row with △;
- a 財政計画 as tab-separated text whose header puts each column's kind (（決算見込）/（当初予算）/（見込）) on a
  second line under its year, amounts in 百万円.

Each file is made by the test and read by the real pipeline; the questions go through the real index.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.testbed.documents import GOTHIC, PdfPage, write_text
from ingest.pipeline import ingest_file

_ROWS = [   # label, ten years 令和8年度…令和17年度 (億円)
    ("歳入合計", ["142.6", "140.9", "139.5", "138.0", "137.2", "136.4", "135.1", "134.8", "133.9", "132.5"]),
    ("うち地方税", ["31.2", "31.0", "30.9", "30.7", "30.4", "30.2", "30.0", "29.8", "29.5", "29.3"]),
    ("歳出合計", ["143.9", "142.7", "141.8", "140.6", "139.9", "139.4", "138.8", "138.1", "137.6", "136.9"]),
    ("うち扶助費", ["24.5", "24.8", "25.1", "25.5", "25.8", "26.0", "26.3", "26.6", "26.9", "27.1"]),
    ("うち投資的経費", ["18.3", "17.1", "16.4", "15.9", "15.2", "14.8", "14.4", "13.9", "13.5", "13.2"]),
    ("歳入歳出差引", ["△1.3", "△1.8", "△2.3", "△2.6", "△2.7", "△3.0", "△3.7", "△3.3", "△3.7", "△4.4"]),
]


def _two_halves_pdf(folder: Path) -> Path:
    """長野県飯山市 中長期財政見通し (invented): ten years in two halves of five, one per page, no vertical rules."""
    pdf = PdfPage(folder / "iiyama_chochoki_zaisei_mitoshi.pdf", title="飯山市中長期財政見通し（令和8年度～令和17年度）")
    pdf.text(40, 50, "飯山市中長期財政見通し（令和８年度～令和17年度）", 13, GOTHIC)
    pdf.text(40, 80, "一般会計の今後10年間の収支を、現行制度のもとで試算しました。", 9)
    for page, (first, label) in enumerate([(0, "令和{}年度"), (5, "令和{}年度")]):
        top = 110 if page == 0 else 60
        if page == 0:
            pdf.text(40, top, "１　一般会計の見通し", 10, GOTHIC)
            pdf.right(555, top, "（単位：億円）", 9)
        top += 25
        pdf.text(40, top, "項　目", 9)
        for i in range(5):
            pdf.right(250 + 70 * i, top, label.format(8 + first + i), 9)
        for r, (name, values) in enumerate(_ROWS):
            y = top + 20 + 18 * r
            pdf.text(52 if name.startswith("うち") else 40, y, name, 9)
            for i in range(5):
                pdf.right(250 + 70 * i, y, values[first + i], 9)
        if page == 0:
            pdf.text(40, top + 140, "※令和８年度は当初予算額、令和９年度以降は推計値です。", 8)
            pdf.page()
    return pdf.save()


_PLAN = "\n".join([
    "江津市財政計画（令和８年度～令和12年度）",
    "２　収支の見込み",
    "（単位：百万円）",
    "区分\t令和７年度\t令和８年度\t令和９年度\t令和10年度\t令和11年度\t令和12年度",
    "\t（決算見込）\t（当初予算）\t（見込）\t（見込）\t（見込）\t（見込）",
    "市税\t4,310\t4,352\t4,370\t4,381\t4,390\t4,402",
    "地方交付税\t6,840\t6,720\t6,650\t6,580\t6,510\t6,460",
    "人件費\t2,905\t2,960\t2,948\t2,931\t2,920\t2,911",
    "公債費\t2,110\t2,085\t2,140\t2,172\t2,190\t2,205",
    "財源不足額\t0\t0\t△85\t△140\t△215\t△260",
]) + "\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("fiscal-outlook")
    _two_halves_pdf(folder)
    write_text(folder / "gotsu_zaisei_keikaku_r8.txt", _PLAN)
    return folder


@pytest.fixture(scope="module")
def assistant(corpus, tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    index_dir = tmp_path_factory.mktemp("fiscal-outlook-index")
    report = update_index(corpus, index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


def test_each_half_gives_its_years_lines_in_the_unit_stated_above_the_first(corpus):
    lines = {(b.item, b.fiscal_year): b for b in ingest_file(corpus / "iiyama_chochoki_zaisei_mitoshi.pdf",
                                                           corpus).plans.budgets}
    assert lines[("うち扶助費", 2028)].raw == "25.1" and lines[("うち扶助費", 2028)].unit == "億円"
    assert lines[("うち投資的経費", 2033)].raw == "13.9"
    assert lines[("うち投資的経費", 2033)].amount_yen == 1_390_000_000   # the second half: the unit stated on page 1
    assert lines[("歳入歳出差引", 2033)].raw == "△3.3"


@pytest.mark.parametrize("question, stated, not_stated", [
    ("飯山市の財政見通しで、令和10年度の扶助費はいくらと見込んでいますか？", "25.1億円", "25.5"),
    ("飯山市の令和15年度の投資的経費の見込みはいくらですか？", "13.9億円", "14.4"),
    ("飯山市の中長期財政見通しで、令和16年度の歳入歳出差引はいくらですか？", "△3.7億円", "△3.3"),
    ("江津市の財政計画で、令和10年度の公債費はいくらと見込まれていますか？", "2,172百万円", "2,140"),
    ("江津市の財政計画で、令和11年度の財源不足額はどのくらいですか？", "△215百万円", "△140"),
])
def test_the_asked_years_amount_is_stated_first(assistant, question, stated, not_stated):
    answer = assistant.ask(question)
    first = answer.answer.split("\n")[0]
    assert answer.found and stated in first and not_stated not in first, answer.answer


@pytest.mark.parametrize("question, never", [
    ("飯山市の財政見通しで、令和18年度の扶助費はいくらですか？", ("27.1", "26.9")),
    ("江津市の令和7年度当初予算の市税はいくらですか？", ("4,310", "4,352")),
    ("江津市の財政計画で、令和9年度の物件費はいくらですか？", ("4,370", "2,948", "2,140")),
])
def test_a_year_or_account_the_table_lacks_gets_no_value(assistant, question, never):
    first = assistant.ask(question).answer.split("\n")[0]
    assert not any(v in first for v in never), first
