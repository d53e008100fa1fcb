"""One 施策 per page, each with its heading above a 主な取組 table of the same header (基本事業｜主な事業): the
table on the next page is not the previous page's table going on, so its 事業 stand under their own page's 施策.
A PDF of a town (静岡県裾野市), 施策 and 事業 written here (invented), read by the
real pipeline and index.
"""
from __future__ import annotations

import pytest

from assistant.testbed.documents import GOTHIC, PdfPage

_PAGES = [
    ("施策２−３　地域医療の確保", [("２−３−１ 救急医療の充実", "救急医療体制確保事業"),
                                ("２−３−２ 医師の確保", "医師修学資金貸与事業")]),
    ("施策２−４　地域公共交通の確保", [("２−４−１ 乗合交通の充実", "デマンド交通運行事業"),
                                    ("２−４−２ 通学の移動支援", "高校生通学定期券補助事業")]),
]


def _plan_pdf(folder):
    pdf = PdfPage(folder / "susono_kihon_keikaku.pdf", title="裾野市総合計画 基本計画")
    for n, (heading, rows) in enumerate(_PAGES, start=1):
        pdf.text(40, 50, heading, 13, GOTHIC)
        pdf.text(40, 80, "【施策の方向】", 10, GOTHIC)
        pdf.text(50, 98, "市民の暮らしを支える取組を着実に進めます。", 10)
        pdf.text(40, 130, "【主な取組】", 10, GOTHIC)
        top = 140
        for cells, shade in [(("基本事業", "主な事業"), 0.85)] + [(row, None) for row in rows]:
            x = 40
            for w, cell in zip((200, 240), cells):
                pdf.box(x, top, w, 18, fill=shade)
                pdf.text(x + 4, top + 12, cell, 9)
                x += w
            top += 18
        pdf.center(297, 810, f"-{n}-", 9)
        pdf.page()
    return pdf.save()


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("paged-list-headings")
    _plan_pdf(folder)
    index_dir = tmp_path_factory.mktemp("paged-list-headings-index")
    assert not update_index(folder, index_dir, embedder, tokenizer).problems
    return Assistant.open(index_dir, embedder, tokenizer)


def test_the_next_pages_table_lists_under_its_own_heading(assistant):
    answer = assistant.ask("裾野市の総合計画で、地域公共交通の確保に向けた主な事業は何ですか？")
    names = {p.name for p in answer.projects}
    assert names >= {"デマンド交通運行事業", "高校生通学定期券補助事業"}, answer.answer
    assert not {"救急医療体制確保事業", "医師修学資金貸与事業"} & names, answer.answer
