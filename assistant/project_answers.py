"""Project answers from the plans' records: the declared projects whose evidence holds a question's topic, and
the 事業/取組 standing under a 基本目標, 施策 or プロジェクト a question names."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.matching import KPI_MIN_ASKED, KPI_MIN_COVER, match, subject_tokens
from assistant.records import Answer, ProjectRef
from assistant.scope import Scope, place_keys
from index.search import Hit
from ingest.text.outline import unit_name

if TYPE_CHECKING:
    from assistant.plans import PlanRegistry


def _shortened(quote: str, limit: int = 120) -> str:
    """A quote cut to about `limit` characters at a sentence, comma or space (never mid-word), with 「…」."""
    if len(quote) <= limit:
        return quote
    cut = max(quote.rfind(ch, 0, limit) for ch in "。、 ")
    return quote[: cut + 1 if cut > limit // 2 else limit].rstrip() + "…"


_NUMBERING = re.compile(r"^(?:[（(][0-9０-９]+[)）]|(?:基本目標|政策|施策|プロジェクト|重点)\s*[0-9０-９]+(?:\s*[－\-ー―の]\s*[0-9０-９]+)?)\s*")


def _unnumbered(heading: str) -> str:
    """「（１）観光の振興」 -> 観光の振興, 「プロジェクト１－１ テレワークで…」 -> テレワークで…: a heading's name."""
    return _NUMBERING.sub("", heading.strip()).strip() or heading


def answer_projects(plans: PlanRegistry, question: str, hits: list[Hit], scope: Scope) -> Answer | None:
    """Projects whose evidence holds the question's topic (inside the scope's places)."""
    topic = re.split(r"を?(?:目標|目指|取り?組|推進|促進|進め|図)|に(?:関する|関連|関係|係る)", question)[0]
    tokens = subject_tokens(plans.tokenizer.tokenize(topic)) or subject_tokens(plans.tokenizer.tokenize(question))
    if not tokens:
        return None
    total = sum(plans.idf.idf(t) for t in tokens)
    hit_spans = [(h.passage.doc, h.passage.start, h.passage.end, h.rank) for h in hits]
    ranked = []
    for entry in plans.projects.values():
        if scope.places and not scope.covers_any(set().union(*(place_keys(r) for r in entry.regions), set())):
            continue
        best, best_source = 0.0, None
        for source in entry.sources + [b.source for b in entry.budgets]:
            shared = tokens & plans.tokens_of(source)
            score = sum(plans.idf.idf(t) for t in shared) / total
            for doc, a, b, rank in hit_spans:  # found by meaning: the passage search agrees
                if source.doc == doc and a <= source.start < b:
                    score += 0.1 / rank
            if score > best:
                best, best_source = score, source
        if best_source is not None and best >= 0.75:
            ranked.append((best, entry, plans.readable(best_source)))
    if not ranked:
        return None
    ranked.sort(key=lambda x: -x[0])
    lines, citations, projects = [f"該当するプロジェクトは {len(ranked[:10])} 件です。"], [], []
    length = len(lines[0])
    for n, (_, entry, source) in enumerate(ranked[:10], start=1):
        region = "・".join(entry.regions)
        line = f"・{entry.name}（{region}）: {_shortened(source.quote)}[{n}]"
        if length + len(line) > 1100:
            break
        length += len(line)
        lines.append(line)
        citations.append(plans.citation(n, source))
        projects.append(ProjectRef(entry.name, region, (n,)))
    return Answer(question, True, "\n".join(lines), citations, projects=projects, kind="projects")


def answer_units(plans: PlanRegistry, question: str, subject: set[str], scope: Scope) -> Answer | None:
    """「〇〇の主な事業は？」: the 事業/取組 units standing under the 基本目標, 施策 or プロジェクト the
    question names (matched on its subject words, inside the scope), each cited where it is named.

    The parents are the outline entries the 事業/取組 stand under (a 施策 heading 「（１）観光の振興」 need
    not be a unit of its own); a child stands under a parent when one of its outline entries is it."""
    leaves = [u for u in plans.units if u.kind in ("事業", "取組")
              and scope.covers_any({u.place} if u.place else set())]
    if not subject or not leaves:
        return None
    parents = []
    for doc, heading in dict.fromkeys((u.source.doc, h) for u in leaves for h in u.outline):
        m = match(subject, set(plans.tokenizer.tokenize(_unnumbered(heading))), plans.idf)
        if m.asked >= KPI_MIN_ASKED and m.cover >= KPI_MIN_COVER:
            parents.append((m.asked + m.cover, doc, heading))
    if not parents:
        return None
    _, doc, heading = max(parents, key=lambda x: x[0])
    children = [u for u in leaves if u.source.doc == doc and heading in u.outline]
    # a group heading with units under it (「◇森林資源の循環利用」 over its ・事業) is not one of them itself
    # (its list items stand under it: ListItem.headings), whether the outline nests them or lists both flat
    groups = {unit_name(u.outline[-1]) for u in children if u.outline and u.outline[-1] != heading}
    groups |= {unit_name(h) for item in plans.items if item.source.doc == doc for h in item.headings}
    children = [u for u in children if unit_name(u.name) not in groups] or children
    name = _unnumbered(heading)
    lines = [f"{name}の主な{children[0].kind}は {len(children[:12])} 件です。"]
    citations, projects = [], []
    for n, unit in enumerate(children[:12], start=1):
        citations.append(plans.citation(n, unit.source))
        lines.append(f"・{unit.name}[{n}]")
        projects.append(ProjectRef(unit.name, "", (n,), unit.source.doc, unit.outline))
    return Answer(question, True, "\n".join(lines), citations, projects=projects, kind="projects")
