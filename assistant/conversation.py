"""One conversation: follow-ups rewritten with what came before, for the CLI, the JSON contract and the page.

`Conversation.ask(assistant, question)` rewrites a follow-up (「実績値は？」, 「十勝は？」, 「それはいつまで？」,
「前の計画では？」) against the previous turn, answers the rewritten question and records the turn.
The answer carries the rewritten question (`Answer.rewritten`) so every front end can show what was
searched. A conversation is saved as JSON (`--context FILE`, or `--session ID` under the index folder).
"""
from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from assistant.followup import rewrite_followup, subject_of
from assistant.records import Answer

MAX_TURNS = 20
_SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass(frozen=True)
class Turn:
    question: str     # as the user asked it
    rewritten: str    # as it was answered
    subject: str      # what the answer was about (the KPI, the project, the question's topic)
    found: bool


def answer_subject(answer: Answer, asked: str) -> str:
    """What an answer was about: its KPI or project when it has one, else the question's topic."""
    if answer.kpis:
        kpi = answer.kpis[0]
        return kpi["indicator"] + (f"({kpi['region']})" if kpi.get("region") and kpi["region"] not in kpi["indicator"] else "")
    if answer.projects:
        return answer.projects[0]["name"]
    return subject_of(asked)


class Conversation:
    """The turns so far; `ask` adds one."""

    def __init__(self, turns: list[Turn] | None = None):
        self.turns: list[Turn] = list(turns or [])

    def rewrite(self, question: str) -> str:
        if not self.turns:
            return question
        last = self.turns[-1]
        return rewrite_followup(question, last.rewritten, last.subject)

    def ask(self, assistant, question: str) -> Answer:
        rewritten = self.rewrite(question)
        answer = assistant.ask(rewritten)
        answer = replace(answer, question=question, rewritten=rewritten if rewritten != question else "")
        self.turns = (self.turns + [Turn(question, rewritten, answer_subject(answer, rewritten), answer.found)])[-MAX_TURNS:]
        return answer

    def to_json(self) -> list[dict]:
        return [asdict(t) for t in self.turns]

    @classmethod
    def from_json(cls, rows: list[dict]) -> "Conversation":
        return cls([Turn(**{k: r.get(k, "" if k != "found" else False) for k in ("question", "rewritten", "subject", "found")})
                    for r in rows])

    @classmethod
    def load(cls, path: Path) -> "Conversation":
        """The conversation saved at `path` (a new one when the file does not exist yet)."""
        if not path.exists():
            return cls()
        try:
            rows = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ValueError(f"会話ファイル {path} を読めません: {exc}") from exc
        if not isinstance(rows, list):
            raise ValueError(f"会話ファイル {path} の形式が違います（質問のリストではありません）。")
        return cls.from_json(rows)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(path)


def session_path(index_dir: Path, session_id: str) -> Path:
    """Where `--session ID` keeps its conversation: <index>/sessions/ID.json (ID: letters, digits, - and _)."""
    if not _SESSION_ID.match(session_id):
        raise ValueError(f"セッションID「{session_id}」は使えません（英数字・-・_ で64文字まで）。")
    return index_dir / "sessions" / f"{session_id}.json"
