"""List items as records, and list questions answered from them, on fixture documents in layouts of their own.

The fixtures (tests/fixtures/lists, invented content) lay lists out as budget features, 広報 CSV articles and a
Markdown 総合計画 do: ☆ items with 「…… 金額【新規】」, ◎ items with 「(金額)(拡充)」 inside one CSV cell, ・ lines
ending in 「[事業名]」 under 【主な取組】, unmarked 「事業名 金額」 lines under 「▽土木費」, and 事業 a sentence
enumerates. The expected records are written by hand in expected.json.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assistant.lists import asks_list
from assistant.service import Assistant
from index.update import update_index
from ingest.plans.list_items import list_items
from ingest.readers.registry import read_file

FIXTURES = Path(__file__).parent / "fixtures" / "lists"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_list_item_is_read_with_its_heading_tags_and_amount(name):
    raw = read_file(FIXTURES / name)
    items = {i.name: i for i in list_items(name, raw.text)}
    for want in EXPECTED[name]:
        assert want["name"] in items, f"{name}: {want['name']} not read ({sorted(items)})"
        item = items[want["name"]]
        assert (item.headings[-1] if item.headings else "") == want["heading"]
        if "under" in want:
            assert want["under"] in item.headings
        assert list(item.tags) == want["tags"]
        assert item.amount == want["amount"]
        assert raw.text[item.source.start:item.source.end].strip(), "the item is cited by its own span"


def test_the_description_is_the_items_own_words_not_its_figures():
    raw = read_file(FIXTURES / "hoshizora_r8_juten_jigyo.txt")
    item = next(i for i in list_items("h", raw.text) if i.name == "こども食堂応援事業")
    assert item.description.startswith("地域のこども食堂")
    assert "問合せ" not in " ".join(i.description for i in list_items("h", raw.text))


@pytest.mark.parametrize("question,wanted", [
    ("新規の事業を教えてください", True), ("子育て支援に関するプロジェクトは？", True),
    ("どんな取組をしていますか", True), ("農業で取り組む事業をすべて挙げてください", True),
    ("こども食堂応援事業の予算額はいくらですか？", False), ("観光入込客数の目標値は？", False),
])
def test_list_questions_are_told_from_value_questions(question, wanted):
    assert asks_list(question) is wanted


@pytest.fixture(scope="module")
def list_assistant(tmp_path_factory, embedder, tokenizer) -> Assistant:
    work = tmp_path_factory.mktemp("lists")
    corpus = work / "corpus"
    shutil.copytree(FIXTURES, corpus, ignore=shutil.ignore_patterns("*.json", "*.jsonl"))
    update_index(corpus, work / "index", embedder, tokenizer)
    return Assistant.open(work / "index", embedder, tokenizer)


QUESTIONS = [json.loads(line) for line in (FIXTURES / "questions.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]


@pytest.mark.parametrize("case", QUESTIONS, ids=[q["question"] for q in QUESTIONS])
def test_list_questions_list_the_items_of_the_named_group_each_cited(list_assistant, case):
    answer = list_assistant.ask(case["question"])
    names = [p.name for p in answer.projects]
    assert answer.found, answer.answer
    for want in case["projects"]:
        assert want in names, f"{want} missing: {answer.answer}"
    for unwanted in case["not"]:
        assert unwanted not in names, f"{unwanted} listed: {answer.answer}"
    for project in answer.projects:
        cited = answer.citations[project.citations[0] - 1]
        assert project.name in cited.quote or project.name in cited.quote.replace(" ", "")


def _write_docx(path: Path) -> None:
    """A 予算の概要 as a DOCX: heading styles, ◇ items with amounts and tags, and a 事業名 table whose cells hold
    several names (invented content)."""
    from docx import Document as Docx
    doc = Docx()
    doc.add_heading("森野村 令和8年度 予算の概要", level=1)
    doc.add_heading("重点事業", level=2)
    doc.add_paragraph("◆ 暮らしの安心")
    doc.add_paragraph("◇ 雪下ろし支援事業（180万円）〔新規〕")
    doc.add_paragraph("高齢者世帯の屋根の雪下ろしを支援します。")
    doc.add_paragraph("◇ 診療所送迎バス運行事業（620万円）")
    doc.add_paragraph("診療所への送迎バスを週3日運行します。")
    table = doc.add_table(rows=3, cols=4)
    for k, text in enumerate(["事業名", "概要", "予算額（千円）", "区分"]):
        table.cell(0, k).text = text
    for k, text in enumerate(["空き家バンク運営事業／空き家改修補助事業", "空き家の登録と改修費の補助", "3,200", "新規"]):
        table.cell(1, k).text = text
    for k, text in enumerate(["移住・定住相談窓口事業", "相談員の配置", "1,450", "継続"]):
        table.cell(2, k).text = text
    doc.save(path)


def test_a_docx_lists_items_and_table_cells_with_several_names(tmp_path):
    from ingest.plans.projects import extract_plans
    from ingest.records import Document
    path = tmp_path / "morino_r8_yosan.docx"
    _write_docx(path)
    raw = read_file(path)
    document = Document(doc=path.name, title="森野村 予算の概要", date="", text=raw.text, content_hash="x")
    items = {i.name: i for i in extract_plans(document, tables=raw.tables).items}
    assert items["雪下ろし支援事業"].tags == ("新規",) and items["雪下ろし支援事業"].amount == "180万円"
    assert items["雪下ろし支援事業"].headings[-1] == "◆ 暮らしの安心"
    assert items["診療所送迎バス運行事業"].description.startswith("診療所への送迎バス")
    for name in ("空き家バンク運営事業", "空き家改修補助事業"):
        assert items[name].form == "cell" and items[name].amount == "3,200" and items[name].tags == ("新規",)
        assert raw.text[items[name].source.start:items[name].source.end] == name
    assert items["移住・定住相談窓口事業"].tags == ("継続",), "a 「・」 inside one name does not split it"


def test_a_debt_burden_table_names_each_matter_with_its_limit(tmp_path):
    """債務負担行為 as a CSV: each 事項 row is a record with its 限度額 (invented figures)."""
    from ingest.plans.projects import extract_plans
    from ingest.records import Document
    path = tmp_path / "saimu_futan.csv"
    path.write_text("事項,期間,限度額（千円）\n学校給食調理業務委託,令和8年度から令和10年度まで,86400\n"
                    "庁舎清掃業務委託,令和8年度から令和9年度まで,12300\n", encoding="utf-8")
    raw = read_file(path)
    document = Document(doc=path.name, title="債務負担行為", date="", text=raw.text, content_hash="x")
    items = {i.name: i for i in extract_plans(document, tables=raw.tables).items}
    assert items["学校給食調理業務委託"].amount == "86400" and items["学校給食調理業務委託"].form == "cell"
    assert items["庁舎清掃業務委託"].amount == "12300"
