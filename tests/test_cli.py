"""The command-line JSON contract (../shared/eval/README.md), run as a user runs it."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from ingest.text.normalize import comparable
from tests.conftest import CORPUS, ROOT



def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT, timeout=600)


def test_search_and_ask_batch_print_one_json_line_per_question(corpus_index, tmp_path):
    questions = tmp_path / "q.txt"
    questions.write_text("じもと×しごと発見フェアには何社が出展しましたか？\n沖縄県の観光入込客数の目標値は？\n", encoding="utf-8")
    common = ["--json", "--questions", str(questions), "--corpus", str(CORPUS), "--index", str(corpus_index), "--no-update"]

    search = run_cli("search", *common, "--top-k", "3")
    assert search.returncode == 0, search.stderr
    rows = [json.loads(line) for line in search.stdout.splitlines()]
    assert [r["query"] for r in rows] == questions.read_text(encoding="utf-8").split()
    hit = rows[0]["hits"][0]
    assert set(hit) == {"doc", "page", "section", "text", "score"} and len(rows[0]["hits"]) == 3
    assert "出展25社" in "".join(h["text"] for h in rows[0]["hits"])

    ask = run_cli("ask", *common)
    assert ask.returncode == 0, ask.stderr
    fair, okinawa = [json.loads(line) for line in ask.stdout.splitlines()]
    assert fair["found"] is True and "25社" in fair["answer"] and "[1]" in fair["answer"]
    citation = fair["citations"][0]
    document = (CORPUS / citation["doc"]).read_text(encoding="utf-8")
    assert comparable(citation["quote"]) in comparable(document)
    assert citation["label"].startswith("令和6年度釧路・根室連携地域政策展開方針に係るプロジェクト推進管理表")
    assert okinawa["found"] is False and okinawa["citations"] == []


def test_single_question_argument_and_readable_output(corpus_index):
    result = run_cli("ask", "サイクルトレインモニターツアーの参加者は何名でしたか？", "--corpus", str(CORPUS),
                     "--index", str(corpus_index), "--no-update")
    assert result.returncode == 0, result.stderr
    assert "18名" in result.stdout and "（出典：" in result.stdout


def test_missing_corpus_is_a_clear_message(tmp_path):
    result = run_cli("search", "人口", "--corpus", str(tmp_path / "nowhere"))
    assert result.returncode == 2 and "文書フォルダ" in result.stderr


def test_kpi_table_exports_open_in_excel(corpus_index, tmp_path):
    common = ["--corpus", str(CORPUS), "--index", str(corpus_index), "--no-update"]
    csv_out = run_cli("kpi", "--below", "80", "--csv", *common)
    assert csv_out.returncode == 0, csv_out.stderr
    assert csv_out.stdout.startswith("\ufeff指標,地域,場所,基準値,基準年度,実績値,実績年度,目標値,目標年度,進捗率,単位,"
                                     "プロジェクト,出典,文書,ページ")
    assert len(csv_out.stdout.strip().splitlines()) == 4 and "植林面積" in csv_out.stdout
    xlsx = tmp_path / "kpi.xlsx"
    assert run_cli("kpi", "観光入込客数", "--area", "釧路", "--xlsx", str(xlsx), *common).returncode == 0
    import openpyxl

    rows = list(openpyxl.load_workbook(xlsx).active.values)
    header = rows[0]
    assert header[0] == "指標" and rows[1][:2] == ("観光入込客数", "釧路")
    tourism = dict(zip(header, rows[1]))
    assert (tourism["基準値"], tourism["実績値"], tourism["目標値"], tourism["進捗率"]) == (816.5, 689.5, 904.6, 76.2)
    assert (tourism["目標年度"], tourism["単位"]) == (2025, "万人") and isinstance(tourism["ページ"], int)
    assert tourism["出典"].startswith("令和6年度釧路・根室連携地域政策展開方針に係るプロジェクト推進管理表")
    projects = run_cli("projects", "檜山", "--json", *common)
    names = [json.loads(line)["name"] for line in projects.stdout.splitlines()]
    assert "地域で支え合う安全・安心なまちづくりプロジェクト" in names


def test_output_cut_short_by_head_ends_quietly(corpus_index):
    """`plan-assistant kpi --json | head`: the reader closing the pipe is no error to report."""
    common = f"--corpus {CORPUS} --index {corpus_index} --no-update"
    for reader in ("head -n 1", "head -n 0"):   # head -n 0 closes the pipe before anything is written
        result = subprocess.run(["bash", "-c", f"{sys.executable} -m assistant kpi --json {common} | {reader}"],
                                capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=600)
        assert result.stderr == "", result.stderr
        assert len(result.stdout.splitlines()) == (1 if reader == "head -n 1" else 0)


def test_budget_and_project_lists_carry_amounts_in_yen_and_places(corpus_index, tmp_path):
    common = ["--corpus", str(CORPUS), "--index", str(corpus_index), "--no-update"]
    budgets = run_cli("budgets", "関係人口", "--area", "檜山", "--json", *common)
    assert budgets.returncode == 0, budgets.stderr
    rows = [json.loads(line) for line in budgets.stdout.splitlines()]
    hiyama = next(r for r in rows if r["item"] == "檜山地域関係人口創出事業")
    assert (hiyama["amount"], hiyama["unit"], hiyama["amount_yen"]) == ("3,582", "千円", 3_582_000)
    assert hiyama["place"].startswith("北海道") and hiyama["quote"]
    xlsx = tmp_path / "budgets.xlsx"
    assert run_cli("budgets", "--xlsx", str(xlsx), *common).returncode == 0
    import openpyxl

    sheet = list(openpyxl.load_workbook(xlsx).active.values)
    assert sheet[0][:3] == ("事業", "プロジェクト", "場所") and len(sheet) == 32   # 31 lines of the R3 budget table
    units = [json.loads(line) for line in run_cli("projects", "--place", "北海道", "--json", *common).stdout.splitlines()]
    assert units and all(u["place"].startswith("北海道") for u in units)
    assert any(u["name"] == "檜山地域関係人口創出事業" and u["kind"] == "事業" for u in units)


def test_an_index_named_without_its_folder_keeps_its_documents(small_corpus, tmp_path):
    """`--index DIR` without `--corpus`, run from another folder: the index is not 'updated' against the default
    `corpus` folder (which would drop every document); the folder it was made from is used, and said so."""
    index_dir = tmp_path / "idx"
    made = run_cli("index", "--corpus", str(small_corpus), "--index", str(index_dir))
    assert made.returncode == 0, made.stderr
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "corpus").mkdir(parents=True)
    result = subprocess.run([sys.executable, "-m", "assistant", "ask", "地域防災マスターは何名認定しましたか？",
                             "--index", str(index_dir), "--json"], capture_output=True, text=True, encoding="utf-8",
                            cwd=elsewhere, timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["found"] is True and "16名" in answer["answer"]
    assert str(small_corpus.resolve()) in result.stderr and "削除" not in result.stderr


def test_started_from_another_folder_without_a_corpus_the_bundled_corpus_and_its_index_are_used(tmp_path, monkeypatch,
                                                                                               capsys):
    """`python /path/to/ui.py` (or `plan-assistant ask …`) from a folder with no `corpus` of its own: the bundled
    documents and the index the README's command built beside them, said on stderr; a folder's own `corpus`, a named
    folder or PLAN_ASSISTANT_CORPUS still win."""
    from assistant.cli import build_parser, settings_from

    monkeypatch.delenv("PLAN_ASSISTANT_CORPUS", raising=False)
    monkeypatch.delenv("PLAN_ASSISTANT_INDEX", raising=False)
    monkeypatch.chdir(tmp_path)
    settings = settings_from(build_parser().parse_args(["ask", "観光入込客数の目標値は？"]))
    assert settings.corpus_dir == CORPUS.resolve()
    assert settings.index_dir.parent == ROOT.resolve() / ".plan-assistant"
    assert settings.index_dir.name.startswith("corpus-")
    assert "同梱の文書フォルダ" in capsys.readouterr().err

    (tmp_path / "corpus").mkdir()
    own = settings_from(build_parser().parse_args(["ask", "観光入込客数の目標値は？"]))
    assert own.corpus_dir == type(own.corpus_dir)("corpus") and own.index_dir is None
    named = settings_from(build_parser().parse_args(["ask", "--corpus", "docs", "観光入込客数の目標値は？"]))
    assert str(named.corpus_dir) == "docs"
