"""What the benchmark scripts ask and add: the dev questions (kept in the repository) and a 10-page document."""
from __future__ import annotations

from pathlib import Path

DEV_QUESTIONS = Path(__file__).resolve().parents[1] / "tests" / "data" / "dev_questions.txt"


def dev_questions() -> list[str]:
    """The 24 questions of the dev set, one a line (a copy of ../shared/eval/dev.jsonl's questions)."""
    return [line for line in DEV_QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]


def ten_pages(tag: str = "") -> str:
    """A 10-page plan text (30 sentences a page, a page number after each page); `tag` makes each copy distinct."""
    suffix = f"（{tag}）" if tag else ""
    pages = []
    for page in range(1, 11):
        lines = [f"■ 第{page}章 十勝地域の新しい取組{suffix}"]
        lines += [f"十勝地域では第{page}期の施策{j}として、農業と観光の連携による地域づくりを進めます。" for j in range(30)]
        pages.append("\n".join(lines) + f"\n{page}\n")
    return "\n".join(pages)


def rss_mb() -> float:
    """This process's resident memory in MB (Linux's /proc/self/status; nan where there is none)."""
    status = Path("/proc/self/status")
    for line in (status.read_text().splitlines() if status.exists() else ()):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")
