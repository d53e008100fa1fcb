"""The KPI of a 重点プロジェクト asked by the project's name alone: a text 政策展開方針 (a village of no other test, every
figure invented) whose projects are numbered labels with their own names (「重点プロジェクト２　子どもの声が響く村」), each
with ■ 事業 lines and one KPI line (「ＫＰＩ：年少人口　R6 212人→R12 230人」).

A user asks 「重点プロジェクト「子どもの声が響く村」のＫＰＩとその目標値は？」 and gets that project's indicator and target,
never the other project's; the 事業 listed under a project do not end it."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.testbed.documents import write_text
from ingest.pipeline import ingest_file

_TEXT = """令和８年度　占冠村政策展開方針
１　基本的な考え方
人口減少に歯止めをかけるため、2つの重点プロジェクトに財源を集中します。
２　重点プロジェクト
重点プロジェクト１　星空と牧場のむらづくり
■天文台周辺景観整備事業
■〔新規〕牧場体験ツアー造成事業
ＫＰＩ：観光入込客数　R6 18,200人→R12 25,000人
重点プロジェクト２　子どもの声が響く村
■村営住宅子育て世帯入居支援事業
■〔新規〕放課後こども広場運営事業
ＫＰＩ：年少人口　R6 212人→R12 230人
"""


def _plan(folder: Path) -> Path:
    return write_text(folder / "shimukappu_r8_seisaku_tenkai_hoshin.txt", _TEXT)


def test_a_numbered_project_label_names_the_project_of_its_kpi(tmp_path):
    kpis = {k.indicator: k for k in ingest_file(_plan(tmp_path), tmp_path).plans.kpis}
    assert kpis["観光入込客数"].project == "星空と牧場のむらづくり"
    assert kpis["年少人口"].project == "子どもの声が響く村"
    assert kpis["年少人口"].target.raw == "230人" and kpis["年少人口"].target.year == 2030


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("project-kpis")
    _plan(folder)
    index_dir = tmp_path_factory.mktemp("project-kpis-index")
    update_index(folder, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def test_the_kpi_of_a_project_asked_by_its_name(assistant):
    answer = assistant.ask("占冠村の重点プロジェクト「子どもの声が響く村」のＫＰＩとその目標値は？")
    lead = answer.answer.split("\n")[0]
    assert answer.found and "年少人口" in lead and "230人" in lead
    assert "25,000" not in answer.answer
    other = assistant.ask("占冠村の星空と牧場のむらづくりプロジェクトでは、観光入込客数を何人まで増やす目標ですか？")
    assert other.found and "25,000人" in other.answer.split("\n")[0]


def test_the_projects_and_the_projects_own_measures(assistant):
    projects = assistant.ask("占冠村の政策展開方針にある重点プロジェクトは何ですか？")
    assert projects.found and [p.name for p in projects.projects] == ["星空と牧場のむらづくり", "子どもの声が響く村"]
    measures = assistant.ask("占冠村の「子どもの声が響く村」プロジェクトに位置付けられた事業は？")
    assert measures.found
    names = " ".join(p.name for p in measures.projects)
    assert "村営住宅子育て世帯入居支援事業" in names and "放課後こども広場運営事業" in names
    assert "天文台" not in measures.answer and "牧場体験" not in measures.answer


def test_a_project_number_the_plan_lacks_and_a_count_never_asked(assistant):
    absent = assistant.ask("占冠村の重点プロジェクト３のＫＰＩは何ですか。")
    assert not absent.found and "重点プロジェクト3" in absent.answer
    named = assistant.ask("占冠村の重点プロジェクト２のＫＰＩは何ですか。")
    assert "2つ" not in named.answer.split("\n")[0] and "二つ" not in named.answer.split("\n")[0]
