"""The labels of a table of accounts: its rows' label column, its amount columns' names.

The label column headed by a generic word (区分, 科目) that the vocabulary reads as an area:

A 決算 table 区分｜予算額｜決算額 whose 区分 is merged over two label columns (款 rows fill the first, 項 rows the second)
names accounts, not places: 「下水道事業収益」 and under it 「営業収益」. When no column names the rows otherwise and no
cell of the 区分 columns names a place, the first is the item column and the others the levels under it
(`ingest.plans.budget_tables` reads a row that leaves the first empty as a part of the row above).

An amount column under a group header of amounts (「予算額」 over 「当初予算額｜補正予算額｜予算現額」) is named by its own
header alone (「補正予算額」): the sub-header says the whole kind, as the sheet prints it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import Callable

from ingest.plans.table_records import cell_label, whole_text
from ingest.vocab.attributes import ATTRIBUTE_WORDS
from ingest.vocab.header_words import ACCOUNT_LABEL_HEADERS, PART_COLUMN_PREFIXES
from ingest.vocab.table_words import ColumnRole, column_role


def accounts_as_items(roles: list[ColumnRole], body, place_of: Callable[[str], str]) -> list[ColumnRole]:
    """`roles` with the 区分 column(s) of a table of accounts as its item and level columns (unchanged otherwise)."""
    if any(r.role in ("item", "indicator", "project") for r in roles):
        return roles
    labels = [i for i, r in enumerate(roles) if r.role == "area" and _key(r.header) in ACCOUNT_LABEL_HEADERS]
    if not labels or labels != list(range(labels[0], labels[0] + len(labels))):
        return roles
    cells = [cell_label(whole_text(row[i])) for row in body for i in labels if i < len(row) and not row[i].empty]
    if not cells or any(place_of(text) for text in cells):
        return roles   # a 区分 of places (地域, 市町村) is an area column
    if all(column_role(text).role == "amount" for text in cells):
        return roles   # a form's 区分｜年度… row of 「事業費」 names the form's 事業's amount, no account
    return [replace(r, role="item" if i == labels[0] else "") if i in labels else r for i, r in enumerate(roles)]


def _key(header: str) -> str:
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", header))


def amount_column_name(header: str) -> str:
    """「予算額 補正予算額」 -> 「補正予算額」: the last level of a header whose levels each name an amount, the upper one
    only kinds the lower already says (予算 in 補正予算額, 予算現額); the header as one label (`cell_label`) otherwise
    (「事業費 令和4年度決算額」: 事業費 says what the amount is of; 「事業費 うち一般財源」, 「目標値 2019年度」)."""
    levels = header.split()
    if len(levels) == 2 and all(column_role(level).role == "amount" for level in levels) \
            and not levels[1].startswith(PART_COLUMN_PREFIXES) and _kinds(levels[0]) and _kinds(levels[0]) <= _kinds(levels[1]):
        return cell_label(levels[1])
    return cell_label(header)


def _kinds(text: str) -> set[str]:
    return {kind for kind, words in ATTRIBUTE_WORDS.items() if any(word in text for word in words)}
