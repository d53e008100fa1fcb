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
from ingest.list_items import list_items
from ingest.readers import read_file

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
    names = [p["name"] for p in answer.projects]
    assert answer.found, answer.answer
    for want in case["projects"]:
        assert want in names, f"{want} missing: {answer.answer}"
    for unwanted in case["not"]:
        assert unwanted not in names, f"{unwanted} listed: {answer.answer}"
    for project in answer.projects:
        cited = answer.citations[project["citations"][0] - 1]
        assert project["name"] in cited.quote or project["name"] in cited.quote.replace(" ", "")
