"""A 広報 budget feature set in narrow columns (a real town of no other test, every figure invented): a sentence whose
figures the line ends cut from their words (「一般会計の総額は」 / 「96億1,800万円で、前年度に比べて」 / 「2億6,500万円
（2.7％）の減となりました。」), and a 保険料 stated per year with the monthly figure in brackets after it.

The user asking how much the budget fell gets the amount of the change (not its rate in brackets, not the total);
asking the monthly 保険料 gets the bracketed monthly figure, the yearly one the yearly figure — never the other."""
from __future__ import annotations

import pytest

from assistant.testbed.documents import write_text

_KOUHOU = """\
広報ひがしあがつま　令和７年４月号
群馬県東吾妻町

特集　令和７年度の予算
■予算の規模
３月議会で令和７年度の当初予算が可決されました。
一般会計の総額は
96億1,800万円で、前年度に比べて
2億6,500万円（2.7％）の減となりました。
国民健康保険特別会計など五つの特別会計を合わせた総額は
158億4,300万円です。

■介護保険料
第９期の介護保険料基準額は年額73,200円（月額6,100円）です。
所得に応じて13段階に分かれます。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("wrapped-amounts")
    write_text(folder / "higashiagatsuma_kouhou_r7_04.txt", _KOUHOU)
    index_dir = tmp_path_factory.mktemp("wrapped-amounts-index")
    update_index(folder, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def test_the_change_of_a_budget_is_its_amount_read_across_the_line_ends(assistant):
    answer = assistant.ask("東吾妻町の一般会計当初予算は前年度からどれだけ減りましたか？")
    lead = answer.answer.split("\n")[0]
    assert answer.found and "2億6,500万円" in lead
    assert "2.7" not in lead and "96億" not in lead


def test_a_monthly_figure_in_brackets_answers_the_monthly_question_only(assistant):
    monthly = assistant.ask("東吾妻町の介護保険料基準額は月額いくらですか？")
    assert monthly.found and "6,100円" in monthly.answer.split("\n")[0]
    yearly = assistant.ask("東吾妻町の介護保険料基準額は年額いくら？")
    assert yearly.found and "73,200円" in yearly.answer.split("\n")[0]
    assert "6,100" not in yearly.answer.split("\n")[0]


def test_an_amount_in_brackets_beside_another_is_no_budget_line(tmp_path):
    from ingest.pipeline import ingest_file

    path = write_text(tmp_path / "higashiagatsuma_kouhou_r7_04.txt", _KOUHOU)
    assert not any(line.item.startswith(("（", "(")) for line in ingest_file(path, tmp_path).plans.budgets)


def test_a_value_glossed_in_brackets_is_still_asked_for():
    from assistant.question import classify

    shape = classify("東吾妻町の高齢者移送サービス事業について、令和５年度の決算額（事業費）を教えてください。")
    assert shape.wants_number and shape.kind != "passage"
    assert classify("東吾妻町の移住支援（空き家バンク）について教えてください").kind == "passage"


_LEFT = [
    "■予算の規模",
    "３月議会で令和７年度の当初予算が可決",
    "されました。一般会計の総額は",
    "96億1,800万円で、前年度に比べて",
    "2億6,500万円（2.7％）の減となりました。",
    "大型の施設整備が終わったためです。",
    "特別会計を合わせた総額は",
    "158億4,300万円です。",
]
_RIGHT = [
    "■主な事業",
    "子育て世帯の負担を軽くするため、中学生",
    "までの給食費を無償にします。",
    "岩島地区の公民館を改修し、避難所と",
    "しての機能を高めます。",
    "町営バスの運行を１日４便に増やし、通院",
    "や買い物に使いやすくします。",
    "",
]


def _kouhou_pdf(folder):
    from assistant.testbed.documents import GOTHIC, PdfPage

    pdf = PdfPage(folder / "higashiagatsuma_kouhou_r7_04.pdf", title="広報ひがしあがつま 令和７年４月号")
    pdf.center(297, 50, "広報ひがしあがつま　令和７年４月号　特集　令和７年度の予算", 12, GOTHIC)
    pdf.text(50, 70, "群馬県東吾妻町", 9)
    for i, (left, right) in enumerate(zip(_LEFT, _RIGHT)):
        pdf.text(50, 100 + 16.5 * i, left, 10)
        if right:
            pdf.text(310, 100 + 16.5 * i, right, 10)
    return pdf.save()


def test_in_a_page_set_in_columns_the_wrapped_figure_is_stated_and_each_quote_stands_on_a_printed_line(
        tmp_path, embedder, tokenizer):
    import unicodedata

    import pdfplumber

    from assistant.service import Assistant
    from index.update import update_index

    path = _kouhou_pdf(tmp_path)
    update_index(tmp_path, tmp_path / "index", embedder, tokenizer)
    answer = Assistant.open(tmp_path / "index", embedder, tokenizer).ask(
        "東吾妻町の一般会計当初予算は前年度からどれだけ減りましたか？")
    lead = answer.answer.split("\n")[0]
    assert answer.found and "2億6,500万円" in lead and "2.7" not in lead
    with pdfplumber.open(path) as pdf:
        printed = "".join(page.extract_text() or "" for page in pdf.pages)

    def squeezed(text):
        return "".join(unicodedata.normalize("NFKC", text).split())

    assert all(squeezed(c.quote) in squeezed(printed) for c in answer.citations)
