"""A 水道事業会計 決算書 workbook (a real town of no other test, every figure invented): 区分 merged over two label columns (款 rows
fill the first, 項 rows the second), 「予算」 merged over 当初予算額｜補正予算額｜予算現額 beside 決算額 and a 増減 column,
「［収入］」「［支出］」 bands merged across the table under the header, amounts in 円 on one sheet and 千円 on the next,
and a caption row with its unit note at the table's right edge (「１ 主要工事 … （単位：千円）」).

A user asks a 項 by its name and gets that row's amount, never the 項 whose name holds the same words (営業外費用 for
営業費用); asks a 款 and gets the 款's, not its 項's; asks two kinds side by side (予算現額 and 決算額) and gets both."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pipeline import ingest_file

_FORMAT = '#,##0;"▲"#,##0'


def _account_book(folder: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    summary = book.active
    summary.title = "概況"
    summary.append(["令和５年度　多良木町水道事業会計決算"])
    summary.append(["多良木町 上下水道課"])
    summary.append([])
    summary.append(["１　主要工事", None, None, "（単位：千円）"])
    summary.append(["工事名", None, "施工箇所", "決算額"])
    summary.merge_cells("A5:B5")
    for r, (name, where, amount) in enumerate((("第二配水池耐震補強工事", "西ノ原", 184_250),
                                               ("老朽管更新工事（第３工区）", "中通り", 97_360)), start=6):
        summary.append([name, None, where, amount])
        summary.merge_cells(f"A{r}:B{r}")
        summary.cell(r, 4).number_format = _FORMAT

    income = book.create_sheet("収益的収支")
    income.append(["収益的収入及び支出"])
    income.append([None, None, None, None, None, None, "（単位：円）"])
    income.append(["区分", None, "予算", None, None, "決算額", "増減"])
    income.append([None, None, "当初予算額", "補正予算額", "予算現額", None, None])
    income.merge_cells("A3:B4")
    income.merge_cells("C3:E3")
    income.merge_cells("F3:F4")
    income.merge_cells("G3:G4")
    rows = (("［収入］", None, None),
            ("水道事業収益", None, (905_000_000, 6_500_000, 911_500_000, 917_842_310, 6_342_310)),
            (None, "営業収益", (842_000_000, 0, 842_000_000, 850_114_905, 8_114_905)),
            (None, "営業外収益", (63_000_000, 6_500_000, 69_500_000, 67_727_405, -1_772_595)),
            ("［支出］", None, None),
            ("水道事業費用", None, (861_400_000, -3_200_000, 858_200_000, 829_615_774, -28_584_226)),
            (None, "営業費用", (797_100_000, -3_200_000, 793_900_000, 768_020_118, -25_879_882)),
            (None, "営業外費用", (64_300_000, 0, 64_300_000, 61_595_656, -2_704_344)))
    for r, (account, part, amounts) in enumerate(rows, start=5):
        if amounts is None:
            income.append([account])
            income.merge_cells(f"A{r}:G{r}")
            continue
        income.append([account, part, *amounts])
        if account:
            income.merge_cells(f"A{r}:B{r}")
        for c in range(3, 8):
            income.cell(r, c).number_format = _FORMAT

    capital = book.create_sheet("資本的収支")
    capital.append(["資本的収入及び支出", None, None, None, "（単位：千円）"])
    capital.append([])
    capital.append(["区分", None, "予算現額", "決算額", "増減"])
    capital.merge_cells("A3:B3")
    capital.append(["資本的支出"])
    capital.merge_cells("A4:E4")
    for r, (part, amounts) in enumerate((("建設改良費", (402_600, 381_610, -20_990)),
                                         ("企業債償還金", (158_300, 158_297, -3))), start=5):
        capital.append([None, part, *amounts])
        for c in range(3, 6):
            capital.cell(r, c).number_format = _FORMAT
    path = folder / "taragi_suido_kessan_r5.xlsx"
    book.save(path)
    return path


def test_account_rows_are_items_under_their_account_and_bands_are_no_header(tmp_path):
    lines = ingest_file(_account_book(tmp_path), tmp_path).plans.budgets
    by_key = {(b.item, b.column): b for b in lines}
    settled = by_key[("営業費用", "決算額")]
    assert settled.raw == "768,020,118" and settled.amount_yen == 768_020_118 and settled.project == "水道事業費用"
    assert by_key[("水道事業収益", "補正予算額")].raw == "6,500,000"        # the sub-header names the column alone
    assert by_key[("水道事業費用", "予算現額")].raw == "858,200,000"
    assert by_key[("建設改良費", "決算額")].amount_yen == 381_610_000          # 千円 on this sheet
    assert by_key[("第二配水池耐震補強工事", "決算額")].amount_yen == 184_250_000
    assert not any("［" in b.column or "工事名" in (b.item, b.project) for b in lines)
    assert not any(b.column.startswith("増減") for b in lines)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("account-tables")
    _account_book(folder)
    index_dir = tmp_path_factory.mktemp("account-tables-index")
    update_index(folder, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def test_a_part_named_in_full_is_answered_not_the_part_whose_name_holds_its_words(assistant):
    answer = assistant.ask("多良木町水道事業の令和５年度決算で、営業費用の決算額はいくらですか？")
    assert answer.found and answer.answer.split("\n")[0].startswith("営業費用")
    assert "768,020,118" in answer.answer.split("\n")[0]
    assert "61,595,656" not in answer.answer


def test_two_kinds_asked_side_by_side_are_both_stated_for_the_account_only(assistant):
    answer = assistant.ask("多良木町の水道事業費用について、予算現額と決算額を教えてください。")
    assert answer.found
    assert "858,200,000" in answer.answer and "829,615,774" in answer.answer
    assert "793,900,000" not in answer.answer          # the 項 under it is no answer for the 款
    assert "861,400,000" not in answer.answer          # nor the 当初 beside the 予算現額


def test_the_amount_a_supplement_added_is_its_column(assistant):
    answer = assistant.ask("多良木町の水道事業収益は、補正予算でいくら増額されましたか？")
    assert answer.found and "6,500,000" in answer.answer.split("\n")[0]
