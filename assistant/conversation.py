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

from assistant.editions import edition_year
from assistant.followup import followup_kind, rewrite_followup, subject_of
from assistant.records import Answer
from assistant.tables import single_areas
from ingest.vocab.eras import ERA_WORDS

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
        return kpi.indicator + (f"({kpi.region})" if kpi.region and kpi.region not in kpi.indicator else "")
    if answer.projects:
        return answer.projects[0].name
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
        kind, place = followup_kind(question, self.turns[-1].rewritten) if self.turns else ("", "")
        if kind == "place":
            answer = place_alone(answer, place)
        elif kind == "edition":
            answer = earlier_edition_said(answer, assistant.documents)
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


def place_alone(answer: Answer, place: str) -> Answer:
    """「十勝は？」 answered with a figure stated for several areas together (「十勝、オホーツク、釧路、根室」):
    that is not 十勝's figure. The answer says there is none for 十勝 alone and names the joint record for
    reference, without its value (as answers name other places' records)."""
    if not answer.found or not answer.kpis:
        return answer
    kpi = answer.kpis[0]
    areas = single_areas(kpi.region or "")
    if len(areas) < 2 or place not in areas:
        return answer
    said = (f"{place}だけの「{kpi.indicator}」の値は資料に見つかりませんでした"
            f"（{'、'.join(areas)}を合わせた値だけがあります）。")
    cited = answer.citations[:1]
    reference = f"\n参考（{place}を含む地域）: {kpi.indicator}[{cited[0].n}]" if cited else ""
    return replace(answer, found=False, answer=said + reference, citations=cited, kpis=[])


def _plan_name(title: str) -> str:
    """A plan's title without its year and edition words: what stays the same from one edition to the next."""
    return re.sub(rf"(?:{ERA_WORDS})\s*(?:元|[0-9０-９]+)\s*年度?|[0-9０-９]{{4}}\s*年度?|第\s*[0-9０-９一二三四五]+\s*期|改訂版|改定版|[（(].*?[)）]",
                  "", title).strip()


def earlier_edition_said(answer: Answer, documents) -> Answer:
    """「前の計画では？」 where no earlier edition of the cited plan is indexed: the answer says so first, so the
    current value is not taken for the earlier one."""
    cited = [documents.get(c.doc) for c in answer.citations]
    cited = [d for d in cited if d is not None]
    if not answer.found or not cited:
        return answer
    document = cited[0]
    year, name = edition_year(document), _plan_name(document.title)
    for doc in documents:
        other = documents.get(doc)
        if other is None or other.doc == document.doc or _plan_name(other.title) != name:
            continue
        other_year = edition_year(other)
        if year is None or (other_year is not None and other_year < year):
            return answer
    said = f"前の計画（「{name or document.title}」の以前の版）は索引にありません。今の版の内容です。\n"
    return replace(answer, answer=said + answer.answer)


def session_path(index_dir: Path, session_id: str) -> Path:
    """Where `--session ID` keeps its conversation: <index>/sessions/ID.json (ID: letters, digits, - and _)."""
    if not _SESSION_ID.match(session_id):
        raise ValueError(f"セッションID「{session_id}」は使えません（英数字・-・_ で64文字まで）。")
    return index_dir / "sessions" / f"{session_id}.json"
