"""「重点プロジェクトを教えてください」「基本目標は何ですか」: the list of a plan's numbered parts of one kind (重点プロジェクト１
… ４, 基本目標１ … ３) is the plan's own headings of that kind, each once and in the document's order — never the 事業
listed under them, nor a table of the parts 「以外」.

A part is a unit whose name starts with the kind word and its number (「重点プロジェクト１　森のしごと継承プロジェクト」);
the question asks the kind's list when it names the kind without a number and without 「…の」 after it (「重点プロジェクト
３の取組は」 asks inside one part), and at least two parts of the kind stand in one document in scope.
"""
from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from assistant.records import Answer, ProjectRef
from assistant.scope import Scope
from ingest.vocab.section_words import PART_LIST_KINDS

if TYPE_CHECKING:
    from assistant.plans import PlanRegistry

_KINDS = "|".join(sorted(PART_LIST_KINDS, key=len, reverse=True))
_ASKED = re.compile(rf"({_KINDS})(?:等|など)?(?:は|を|が|には|として)?[^。？?]{{0,8}}?"
                    r"(?:何|なに|どれ|教え|挙げ|あげ|一覧|すべて|全て|[?？]|$)")
_ROW_KINDS = ("事業", "取組")
_NUMBERED = re.compile(rf"({_KINDS})\s*([0-9]{{1,2}})(?![0-9])")


def asked_part_kind(question: str) -> str | None:
    """The kind of part whose list the question asks (「重点プロジェクト」), None when it asks none or one part."""
    text = unicodedata.normalize("NFKC", question)
    m = _ASKED.search(text)
    if m is None or _NUMBERED.search(text) or re.match(r"\s*の", text[m.end(1):]):
        return None
    return m.group(1)


def answer_parts(plans: PlanRegistry, question: str, scope: Scope) -> Answer | None:
    """The parts of the asked kind, each once (by its number), from the one document in scope holding the most."""
    kind = asked_part_kind(question)
    if kind is None:
        return None
    by_doc: dict[str, dict[int, object]] = {}
    for unit in plans.units:
        heading = unicodedata.normalize("NFKC", unit.source.quote).strip()   # its name may have lost the numbering
        m = _NUMBERED.match(heading)
        if m is None or m.group(1) != kind or not scope.covers_any({unit.place} if unit.place else set()):
            continue
        parts = by_doc.setdefault(unit.source.doc, {})
        held = parts.get(int(m.group(2)))
        # a 事業 row that opens with its part's merged cell (「重点プロジェクト１ …｜ゆず加工…事業」) gives way to the part's own heading
        if held is None or held.kind in _ROW_KINDS and unit.kind not in _ROW_KINDS:
            parts[int(m.group(2))] = unit
    if not by_doc:
        return None
    doc, parts = max(by_doc.items(), key=lambda kv: len(kv[1]))
    if len(parts) < 2 or sum(1 for p in by_doc.values() if len(p) >= 2) > 1 and not scope.places:
        return None   # one or none: no list; several documents' parts and no place named: the passages tell
    units = [parts[n] for n in sorted(parts)]
    lines, citations, projects = [f"{kind}は {len(units)} 件です。"], [], []
    for n, unit in enumerate(units, start=1):
        citations.append(plans.citation(n, unit.source))
        lines.append(f"・{unit.source.quote.strip()}[{n}]")
        projects.append(ProjectRef(unit.name, "", (n,), unit.source.doc, unit.outline))
    return Answer(question, True, "\n".join(lines), citations, projects=projects, kind="projects")
