"""「重点プロジェクトを教えてください」「基本目標は何ですか」: the list of a plan's numbered parts of one kind is the plan's
own headings of that kind, each once — on documents of invented towns written here (not copies of any real document),
the parts written by hand: a Word 政策展開方針 whose 重点プロジェクト are Heading 2 paragraphs with key-value tables under
them (and a table of the 取組 「重点プロジェクト以外」 after them), and a text 総合戦略 with 基本目標 headings.
"""
from __future__ import annotations

import docx
import pytest

from assistant.testbed.documents import write_text

PROJECTS = ["ため池の郷づくりプロジェクト", "子育て応援まちなかプロジェクト", "稲美ブランド発信プロジェクト"]
WORKS = [["ため池ウォーキングコースの整備（新規）", "水辺の生き物調査の拡大（拡充）", "ため池オーナー制度の検討"],
         ["駅前子育てひろばの開設（新規）", "病児保育の定員拡大"],
         ["ふるさと産品カタログの刷新（拡充）", "首都圏アンテナショップ出店支援（新規）"]]
GOALS = ["しごとをつくり、安心して働ける町", "新しいひとの流れをつくる町", "子育ての希望がかなう町"]


def _policy_docx(folder):
    d = docx.Document()
    d.add_heading("令和９年度　稲美町政策展開方針", level=0)
    d.add_heading("１　方針の目的", level=1)
    d.add_paragraph("本方針は、総合計画の施策のうち令和９年度に特に力を入れる重点プロジェクトを示すものです。")
    d.add_heading("２　重点プロジェクト", level=1)
    for n, name in enumerate(PROJECTS, start=1):
        d.add_heading(f"重点プロジェクト{'１２３'[n - 1]}　{name}", level=2)
        table = d.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "ねらい", f"{name}を通じて町の魅力を高めます。"
        table.cell(1, 0).text = "主な取組"
        table.cell(1, 1).text = "\n".join(("☑ " if k < 2 else "☐ ") + w for k, w in enumerate(WORKS[n - 1]))
    d.add_heading("３　分野別の主な取組（重点プロジェクト以外）", level=1)
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate([("分野", "取組", "区分"), ("福祉", "見守りネットワーク事業", "継続"),
                             ("防災", "ため池防災対策事業", "拡充")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    path = folder / "inami_r9_seisaku_tenkai_hoshin.docx"
    d.save(path)
    return path


_STRATEGY = "\n".join(["第３期播磨町総合戦略", "", "基本目標１　" + GOALS[0],
                       "・企業立地の促進", "・創業支援", "",
                       "基本目標２　" + GOALS[1], "・移住相談窓口の充実", "",
                       "基本目標３　" + GOALS[2], "・保育の受け皿の確保", ""]) + "\n"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index
    corpus = tmp_path_factory.mktemp("parts_corpus")
    _policy_docx(corpus)
    write_text(corpus / "harima_sogo_senryaku_3.txt", _STRATEGY)
    index_dir = tmp_path_factory.mktemp("parts_index")
    report = update_index(corpus, index_dir, embedder, tokenizer)
    assert not report.problems
    return Assistant.open(index_dir, embedder, tokenizer)


@pytest.mark.parametrize("question", ["稲美町の令和９年度政策展開方針に掲げられた重点プロジェクトを教えてください。",
                                      "稲美町の重点プロジェクトは？"])
def test_the_numbered_headings_of_the_kind_are_the_list(assistant, question):
    answer = assistant.ask(question)
    names = " ".join(p.name for p in answer.projects)
    assert answer.found and all(name in names for name in PROJECTS), answer.answer
    assert "見守りネットワーク事業" not in answer.answer   # the 取組 「重点プロジェクト以外」 are not the list


def test_the_goals_of_a_strategy_are_its_numbered_goal_headings(assistant):
    answer = assistant.ask("播磨町の総合戦略の基本目標は何ですか？")
    assert all(goal in answer.answer for goal in GOALS), answer.answer


def test_a_question_inside_one_part_is_not_the_list_of_parts(assistant):
    answer = assistant.ask("稲美町の重点プロジェクト２の主な取組は？")
    assert not answer.answer.startswith("重点プロジェクトは")


def test_the_marked_pieces_of_a_cards_list_cell_are_its_items(assistant):
    answer = assistant.ask("稲美町のため池の郷づくりプロジェクトでは、どのような取組を行いますか？")
    names = [p.name for p in answer.projects]
    assert names[:3] == ["ため池ウォーキングコースの整備", "水辺の生き物調査の拡大", "ため池オーナー制度の検討"], answer.answer


def test_a_tag_after_one_piece_is_that_pieces_only(assistant):
    answer = assistant.ask("稲美町が令和９年度に新たに始める取組はどれですか？")
    names = {p.name for p in answer.projects}
    assert {"ため池ウォーキングコースの整備", "駅前子育てひろばの開設", "首都圏アンテナショップ出店支援"} <= names, answer.answer
    assert not names & {"水辺の生き物調査の拡大", "病児保育の定員拡大", "ふるさと産品カタログの刷新"}
