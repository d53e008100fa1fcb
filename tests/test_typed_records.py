"""The records between stages are typed: column roles and answer kinds are closed sets, and an answer's KPIs and
projects become the command line's JSON only at the edge, in the contract's shape."""
from __future__ import annotations

import json
from typing import get_args

from assistant.question import classify
from assistant.records import Answer, AnswerKind, Citation, KpiFact, ProjectRef
from ingest.plans.records import KpiValue
from ingest.vocab.table_words import RoleName, column_role
from ingest.vocab.header_words import ROLE_WORDS


def test_every_header_word_gives_a_known_role():
    roles = set(get_args(RoleName))
    assert set(ROLE_WORDS) <= roles
    for header in ("重要業績評価指標(KPI)", "現状値(2014年度)", "予算額（千円）", "2019年度", "基準年度", "名称"):
        assert column_role(header).role in roles, header


def test_every_question_kind_is_an_answer_kind():
    questions = ("観光入込客数（釧路）の目標値は？", "進捗率が80%未満の指標は？", "エゾシカ肉の活用に取り組んでいる事業はどれですか？",
                 "移住促進事業の予算額は？", "計画の目的は何ですか", "人口は何人ですか")
    assert {classify(q).kind for q in questions} <= set(get_args(AnswerKind))


def test_answer_json_has_the_contract_shape():
    target = KpiValue(904.6, "万人", 2025, None, "904.6万人(R7)")
    answer = Answer("観光入込客数（釧路）の目標値は？", True, "…は 904.6万人(R7) です[1]",
                    [Citation(1, "a.txt", 2, "観光入込客数 904.6万人(R7)", "a p.2", "計画", 10, 30)],
                    [ProjectRef("空知の魅力発信プロジェクト", "空知", (1,)),
                     ProjectRef("移住促進事業", "", (1,), "a.txt", ("基本目標1", "施策2"))],
                    [KpiFact("観光入込客数", "釧路", "", None, None, target, None, (1,), "a.txt")], kind="kpi")
    row = json.loads(json.dumps(answer.to_json(), ensure_ascii=False))
    assert row["kpis"] == [{"indicator": "観光入込客数", "region": "釧路", "project": "", "baseline": None, "actual": None,
                            "target": {"value": 904.6, "unit": "万人", "year": 2025, "year_end": None,
                                       "raw": "904.6万人(R7)", "qualifier": ""},
                            "progress": None, "citations": [1], "doc": "a.txt"}]
    assert row["projects"] == [{"name": "空知の魅力発信プロジェクト", "region": "空知", "citations": [1]},
                               {"name": "移住促進事業", "region": "", "citations": [1], "doc": "a.txt",
                                "outline": ["基本目標1", "施策2"]}]
    assert row["citations"][0] == {"n": 1, "doc": "a.txt", "page": 2, "quote": "観光入込客数 904.6万人(R7)",
                                   "label": "a p.2", "start": 10, "end": 30}
