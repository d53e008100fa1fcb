"""KPI answers from the plans' records: the values a question asks (of the years it names), as each cell states them,
and the KPIs a progress condition filters (「進捗率が80%未満の指標は？」)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import TYPE_CHECKING, Literal

from assistant.asked_targets import both_targets, target_asked
from assistant.query import EDITION_COUNTERS, counted_numbers
from assistant.records import Answer, KpiFact
from assistant.scope import Scope, named_years
from ingest.plans.records import Kpi
from ingest.text.normalize import normalize_query
from ingest.vocab.attributes import ACTUAL_NAMED_WORDS, CURRENT_ASK_WORDS, EVALUATION_ASK_WORDS, KPI_FIELD_ASK_WORDS
from ingest.vocab.header_words import (CURRENT_COLUMN_WORDS, CURRENT_VALUE_LABEL, GRADE_LABELS, INTERIM_TARGET_LABEL,
                                      KPI_FIELD_LABELS)
from ingest.vocab.value_questions import (ACTUAL_LEVEL_QUESTION, FROM_TO_QUESTION, MET_ASKED, PROGRESS_CONDITION,
                                         REDUCTION_QUESTION, TARGET_NAMED, TARGET_OPEN_QUESTION,
                                         TARGET_LEVEL_QUESTION, TARGET_MET_CONDITION)

if TYPE_CHECKING:
    from assistant.plans import PlanRegistry


# A KPI's value columns a question can ask for (ingest.plans.records.Kpi's fields of the same names).
KpiField = Literal["baseline", "actual", "target", "progress"]
_FIELD_WORDS: tuple[tuple[KpiField, str], ...] = KPI_FIELD_ASK_WORDS
_FIELD_LABEL = KPI_FIELD_LABELS


_TARGET_LEVEL = re.compile(TARGET_LEVEL_QUESTION)
_ACTUAL_LEVEL = re.compile(ACTUAL_LEVEL_QUESTION)
_TARGET_WORD = re.compile(TARGET_NAMED)
_MET = re.compile(MET_ASKED)   # 「目標を達成していますか」: the level reached beside the target
_TARGET_OPEN = re.compile(TARGET_OPEN_QUESTION)
_FROM_TO = re.compile(FROM_TO_QUESTION)
_REDUCTION = re.compile(REDUCTION_QUESTION)   # 「どれだけ削減する計画」: the row's own rate of change, quoted


def asked_fields(question: str) -> list[KpiField]:
    """The KPI fields a question asks for (all of them when it names none)."""
    fields = list(dict.fromkeys(f for f, word in _FIELD_WORDS if word in question))
    if _FROM_TO.search(normalize_query(question)):
        fields = list(dict.fromkeys(["baseline", "target"] + fields))   # 「いくらからいくらに増やす」: from where, to what
    if not fields and _TARGET_LEVEL.search(question):
        fields = ["target"]   # 「どこまで増やす計画？」: the level the plan sets
    if fields and "actual" not in fields and (_ACTUAL_LEVEL.search(normalize_query(question))
                                              or _bare_ask_beside_target(question, fields) or _MET.search(question)):
        fields = ["actual"] + fields   # 「令和６年度にどこまで来ていますか？目標値と比べて」: the level reached, too
    if fields == ["target"] and (_TARGET_OPEN.search(normalize_query(question))
                                 or _REDUCTION.search(normalize_query(question))):
        fields = ["target", "baseline"]   # 「…の目標を教えて」「どれだけ削減する」: where the plan starts from, too
    return fields or ["baseline", "actual", "target", "progress"]


_BARE_ASK = re.compile(r"どの(?:くらい|程度)|どれ(?:くらい|ぐらい|ほど)|いくつ|何[%％人件]")


def _bare_ask_beside_target(question: str, fields: list[KpiField]) -> bool:
    """「定着率はどのくらいで、いくらを目指していますか」: one clause asks a level without naming a column, another the
    target: the first asks the level now."""
    if fields != ["target"]:
        return False
    clauses = re.split(r"[、。？?]", normalize_query(question))
    return any(_BARE_ASK.search(c) and not _TARGET_WORD.search(c) for c in clauses) \
        and any(_TARGET_WORD.search(c) for c in clauses)


_PERCENT = re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*[%％]")
_DECIMAL = re.compile(r"(?<![0-9.,])[0-9]+\.[0-9]+(?![0-9.])")


def _progress_as_printed(kpi: Kpi) -> str:
    """The progress rate as the KPI's row prints it (「129.0%」, not 129%), else as read."""
    for m in _PERCENT.finditer(kpi.source.quote):
        if abs(float(m.group(1)) - kpi.progress) < 1e-9:
            return f"{m.group(1)}%"
    for m in _DECIMAL.finditer(unicodedata.normalize("NFKC", kpi.source.quote)):   # 「85.0」 under 「達成率（％）」
        if abs(float(m.group(0)) - kpi.progress) < 1e-9:
            return f"{m.group(0)}%"
    return f"{kpi.progress:g}%"


def _states(kpi: Kpi, field: KpiField) -> bool:
    """Whether the document states this KPI's `field` (a computed progress is not stated)."""
    if field == "progress":
        return kpi.progress is not None and not kpi.progress_computed
    return getattr(kpi, field) is not None


def _of_years(kpi: Kpi, years: set[int], fields: tuple[str, ...] = ("baseline", "actual", "target")) -> Kpi:
    """The KPI with the values of other years than `years` left out of `fields` (values whose year is unknown
    stay, and so do the other fields' values)."""
    def keep(value):
        if value is None or not value.year:
            return value
        return value if years & set(range(value.year, (value.year_end or value.year) + 1)) else None
    return replace(kpi, **{f: keep(getattr(kpi, f)) for f in fields})


_FIELD_WORD = "(" + "|".join(w for f, w in _FIELD_WORDS if f != "progress") + ")値?"
_GLOSSED_FIELD = re.compile(_FIELD_WORD + r"\s*[(（]\s*$")                  # 「目標値（R7）」: the year glosses it
_YEAR_BEFORE_FIELD = re.compile(r"\s*(?P<of>の|時点の|時点での|における)?\s*" + _FIELD_WORD)
_AND_FIELD = re.compile(r"\s*(?:と|、|・|及び|および|や)\s*" + _FIELD_WORD)
_FIELD_OF_WORD = {word: field for field, word in _FIELD_WORDS}


def year_fields(question: str) -> tuple[KpiField, ...]:
    """The value fields the years of a question qualify. A year qualifies the field word it glosses (「目標値（R7）」)
    or stands right before: 「基準値と令和5年度の実績値」 -> (actual,), the 基準値 is asked whatever its year;
    「H27実績と目標値」 -> (actual,); 「令和5年度の目標値と実績値」 -> both (「の」 takes the fields joined after it).
    When a year stands before no field word (「令和5年度に何件」) it qualifies every field."""
    text = normalize_query(question)
    everything = ("baseline", "actual", "target")
    attached: list[str] = []
    for year in named_years(text):
        glossed = _GLOSSED_FIELD.search(text[:year.start])
        if glossed:
            attached.append(_FIELD_OF_WORD[glossed.group(1)])
            continue
        after = _YEAR_BEFORE_FIELD.match(text, year.end)
        if after is None and _ACTUAL_LEVEL.match(re.sub(r"^(?:末)?(?:時点|現在)?(?:で|に|の|は|まで)*", "",
                                                        text[year.end:year.end + 20])):
            attached.append("actual")   # 「令和６年度にどこまで来ていますか」: the year of the level reached
            continue
        clause = re.split(r"[、。？?]", text[year.end:], maxsplit=1)[0]
        if after is None and _TARGET_WORD.search(clause) and not _ACTUAL_LEVEL.search(clause):
            attached.append("target")   # 「令和12年度にどこまで伸ばす目標ですか？現状値も」: the target's year only
            continue
        if after is None and _TARGET_WORD.search(text) and not _TARGET_WORD.search(clause) \
                and not _TARGET_WORD.search(text[max(0, year.start - 4):year.start]):
            attached.append("actual")   # 「令和６年度は何人で、目標は何人ですか」: the year's clause asks no target
            continue
        if after is None:
            return everything
        attached.append(_FIELD_OF_WORD[after.group(2)])
        end = after.end()
        while after.group("of") and (joined := _AND_FIELD.match(text, end)):
            attached.append(_FIELD_OF_WORD[joined.group(1)])
            end = joined.end()
    return tuple(dict.fromkeys(attached)) or everything


def _latest_of_series(kpis: list[Kpi]) -> list[Kpi]:
    """The records of one table row's yearly series (one per year with an actual) reduced to its latest year's:
    a question naming no year asks the latest figure."""
    latest: dict[tuple, Kpi] = {}
    for kpi in kpis:
        key = (kpi.source.doc, kpi.source.start, kpi.source.end, kpi.indicator)
        year = kpi.actual.year if kpi.actual is not None and kpi.actual.year else 0
        held = latest.get(key)
        if held is None or year > (held.actual.year if held.actual is not None and held.actual.year else 0):
            latest[key] = kpi
    return [k for k in kpis if latest[(k.source.doc, k.source.start, k.source.end, k.indicator)] is k]


def _plan_in_force_first(kpis: list[Kpi]) -> list[Kpi]:
    """The records of one indicator in two plans (the 第２次 plan's row with its 令和７年度 target, the new plan's with its
    令和12年度 one) with the later target first: a question naming no year or edition asks the plan in force."""
    def name(kpi: Kpi) -> str:
        return unicodedata.normalize("NFKC", kpi.indicator).replace(" ", "")

    first = {}
    for i, kpi in enumerate(kpis):
        first.setdefault(name(kpi), i)
    return sorted(kpis, key=lambda k: (first[name(k)], -(k.target.year or 0) if k.target is not None else 0))


_CURRENT_COLUMN = re.compile("|".join(CURRENT_COLUMN_WORDS + CURRENT_ASK_WORDS))


def _as_current(kpi: Kpi) -> Kpi:
    """A KPI whose 「現状値」 column is its starting point (a baseline: the table has no 基準値) answers a
    question asking the 現状値 as its actual; other records unchanged."""
    if kpi.actual is None and kpi.baseline is not None and _CURRENT_COLUMN.search(kpi.baseline.column):
        return replace(kpi, actual=kpi.baseline)
    return kpi


def kpi_fact(kpi: Kpi, n: int) -> KpiFact:
    """The KPI as an answer states it, cited by [n]."""
    interim = kpi.target_interim if kpi.target_interim is not kpi.target else None
    return KpiFact(kpi.indicator, kpi.area, kpi.project, kpi.baseline, kpi.actual, kpi.target, kpi.progress, (n,),
                   kpi.source.doc, interim)


def kpi_name(kpi: Kpi) -> str:
    """「観光入込客数（釧路）」: the indicator with its area when the indicator does not say it."""
    return kpi.indicator + (f"（{kpi.area}）" if kpi.area and kpi.area not in kpi.indicator else "")


def told_apart(kpis: list[Kpi]) -> dict[int, str]:
    """Names for KPIs that share an indicator name but belong to different 事業/施策 (「利用者数」 of two 事業
    in one 事務事業評価 sheet): 「地区交流センター管理事業の利用者数」; the others keep their own name."""
    groups: dict[str, list[Kpi]] = {}
    for kpi in kpis:
        groups.setdefault(kpi_name(kpi), []).append(kpi)
    names = {}
    for name, same in groups.items():
        if len({k.project for k in same}) > 1 and all(k.project for k in same):
            names.update({id(k): f"{k.project}の{name}" for k in same})
    return names


def kpi_statement(kpi: Kpi, fields: list[KpiField], n: int, name: str = "", interim: bool = False,
                  grade: bool = False) -> str:
    """「観光入込客数（釧路）の目標値は 904.6万人(R7) です[1]」: each figure as its cell states it; with `interim`, the
    plan's interim target after its final one (「目標値は 43,000人、中間目標値は 41,000人」); with `grade`, the grade
    its 評価 row gives (「評価は Ｄ」)."""
    name = name or kpi_name(kpi)
    parts = []
    if interim and "target" in fields and kpi.target_interim is not None and kpi.target is not None:
        at = fields.index("target")
        fields = [*fields[:at + 1], "target_interim", *fields[at + 1:]]
    for f in fields:
        if f == "progress":
            if kpi.progress is not None and not kpi.progress_computed:
                parts.append(f"{_FIELD_LABEL['progress']}は {_progress_as_printed(kpi)}")
        elif getattr(kpi, f) is not None:
            value = getattr(kpi, f)   # a cell under a [単位] column or a label's 「(千円)」: say the unit it has
            unit = value.unit if value.unit and value.value is not None \
                and value.unit not in unicodedata.normalize("NFKC", value.raw) else ""
            # a survey's rate stated in a sentence has no column: it is the value, not a 実績値 beside a 目標値
            label = "" if f == "actual" and not value.column and kpi.target is None and kpi.baseline is None \
                else CURRENT_VALUE_LABEL if _CURRENT_COLUMN.search(value.column) \
                else INTERIM_TARGET_LABEL if f in ("target", "target_interim") and value is kpi.target_interim \
                else _FIELD_LABEL[f]
            parts.append(f"{label}は {value.raw}{unit}")
    if grade and kpi.grade:
        parts.append(f"{GRADE_LABELS[0]}は {kpi.grade}")
    if not parts:
        asked = "・".join(_FIELD_LABEL[f] for f in fields)
        return f"{name}の{asked}は記載がありません（指標の行は[{n}]）"
    said = "、".join(parts)
    return f"{name}{said if said.startswith('は') else 'の' + said} です[{n}]"


def cite_kpi(plans: PlanRegistry, kpi: Kpi, fields: list[KpiField], n: int) -> tuple[list, str]:
    """The citations of a KPI's stated `fields`, numbered from n, and the statement's markers (「[1]」). A record
    whose lines stand apart in print (a card in a text column) is cited line by line: its name's line and the
    line of each value stated, each quote as printed (「[1][2][3]」)."""
    if not kpi.pieces:
        return [plans.citation(n, kpi.source)], f"[{n}]"
    stated = [src for f, src in kpi.pieces if f == "name" or (f in fields and getattr(kpi, f) is not None)]
    citations = [plans.citation(n + i, src) for i, src in enumerate(stated)]
    return citations, "".join(f"[{c.n}]" for c in citations)


def answer_kpi(plans: PlanRegistry, question: str, kpis: list[Kpi], years: set[int] = frozenset()) -> Answer | None:
    """The matched KPIs' asked values, one line each; with `years`, only values of those years (a R6
    target never answers for an R6 actual, nor an R5 actual for R6)."""
    if not kpis:
        return None
    fields = asked_fields(question)
    qualified = year_fields(question) if years else ()
    if "actual" in qualified and "target" not in qualified and "actual" not in fields:
        fields = ["actual"] + fields   # 「令和６年度は何人で、目標は何人」: the year's level is asked too
    if not years:
        kpis = _latest_of_series(kpis)
        if not any(counter in EDITION_COUNTERS for counter, _ in counted_numbers(question)):
            kpis = _plan_in_force_first(kpis)
    asked = [(target_asked(k, question, years), both_targets(k, question, years)) for k in kpis]
    kpis = [k for k, _ in asked]
    two = {id(k) for k, b in asked if b}   # the interim target is stated beside the final one
    narrowed = [_of_years(k, years, tuple(f for f in qualified if f != "target" or id(k) not in two)) if years else k
                for k in kpis]
    if "actual" in fields and (_CURRENT_COLUMN.search(question)
                               or not any(word in question for word in ACTUAL_NAMED_WORDS)):
        # the level now asked in words other than 実績 (「いまどのくらい」): a 「現状値」 starting point is it
        narrowed = [_as_current(k) for k in narrowed]
    # the record as indexed: its JSON carries every value, the line only the asked year's
    whole = {id(n): k for n, k in zip(narrowed, kpis)}
    kpis = narrowed
    stated = [k for k in kpis if any(_states(k, f) for f in fields)]
    if not stated:  # the indicator is there, the asked column is not: say so, never another column's value
        asked = "・".join(_FIELD_LABEL[f] for f in fields)
        others = "・".join(_FIELD_LABEL[f] for f in _FIELD_LABEL if _states(kpis[0], f))
        return Answer(question, False, f"{kpi_name(kpis[0])}の{asked}は資料に記載がありません"
                      + (f"（記載があるのは{others}です）。" if others else "。"), kind="kpi")
    kpis = stated[:8]
    names = told_apart(kpis)
    grade = any(word in question for word in EVALUATION_ASK_WORDS)
    lines, citations, records, others = [], [], [], []
    said: dict[str, int] = {}
    for kpi in kpis:
        n = len(citations) + 1
        interim = id(whole.get(id(kpi), kpi)) in two
        said_as = kpi_statement(kpi, fields, 0, names.get(id(kpi), ""), interim, grade)
        if said_as in said:   # the yearly records of one series state the same target: say it once
            records.append(kpi_fact(whole.get(id(kpi), kpi), said[said_as]))
            continue
        said[said_as] = n
        cited, marks = cite_kpi(plans, whole.get(id(kpi), kpi), fields, n)
        statement = kpi_statement(kpi, fields, n, names.get(id(kpi), ""), interim, grade).replace(f"[{n}]", marks)
        citations += cited
        records.append(kpi_fact(whole.get(id(kpi), kpi), n))
        lines.append(statement)
        if kpi.form == "table" and not kpi.pieces and grade and not kpi.grade:
            lines.append(f"（評価は指標の行のとおり）{whole.get(id(kpi), kpi).source.quote}{marks}")   # the grade as printed
        elif kpi.form == "table" and not kpi.pieces and _REDUCTION.search(normalize_query(question)):
            lines.append(f"（削減率などは指標の行のとおり）{whole.get(id(kpi), kpi).source.quote}{marks}")
        others += [line.replace(f"[{n}]", marks)
                   for line in _of_other_years(whole.get(id(kpi), kpi), kpi, fields, n, names.get(id(kpi), ""))]
    return Answer(question, True, "\n".join(lines + list(dict.fromkeys(others))), citations, kpis=records, kind="kpi")


def _of_other_years(record: Kpi, narrowed: Kpi, fields: list[KpiField], n: int, name: str) -> list[str]:
    """Reference lines for the asked fields left out for their year (「令和6年度の実績値と目標値」 where the target is of
    令和9年度): each value as its cell states it, marked as not of the year asked, after the lines that answer."""
    lines = []
    for f in fields:
        if f != "progress" and getattr(narrowed, f) is None and getattr(record, f) is not None:
            said = kpi_statement(record, [f], n, name).replace(" です[", "（問われた年度の値ではありません）[")
            lines.append(f"（参考）{said}")
    return lines


def answer_kpi_year(plans: PlanRegistry, question: str, kpis: list[Kpi], years: set[int]) -> Answer | None:
    """「…は令和5年度に何件でしたか」: each matched KPI's value of an asked year (実績 first, then 基準, 目標),
    as its cell states it; None when no matched KPI has a value of that year."""
    lines, citations, records = [], [], []
    for kpi in (target_asked(k, question, years) for k in kpis[:3]):
        for field in ("actual", "baseline", "target"):
            value = getattr(kpi, field)
            if value is not None and value.year and years & set(range(value.year, (value.year_end or value.year) + 1)):
                n = len(citations) + 1
                cited, marks = cite_kpi(plans, kpi, [field], n)
                citations += cited
                records.append(kpi_fact(kpi, n))
                lines.append(kpi_statement(kpi, [field], n).replace(f"[{n}]", marks))
                break
    if not lines:
        return None
    return Answer(question, True, "\n".join(lines), citations, kpis=records, kind="kpi")


def answer_kpi_filter(plans: PlanRegistry, question: str, scope: Scope) -> Answer | None:
    """「進捗率が80%未満の指標は？」 (or 「目標を達成した指標は？」): every KPI inside the scope whose stated progress
    meets the condition, each with its progress, actual and target."""
    m = re.search(PROGRESS_CONDITION, question)
    if m:
        limit, op = float(m.group(1)), m.group(2)
        test = {"未満": lambda p: p < limit, "以下": lambda p: p <= limit, "以上": lambda p: p >= limit,
                "を超え": lambda p: p > limit, "超": lambda p: p > limit}[op]
        condition = f"{_FIELD_LABEL['progress']}が{limit:g}%{op}"
    else:
        test, condition = (lambda p: p >= 100), TARGET_MET_CONDITION
    chosen = [k for k, places in zip(plans.kpis, plans.kpi_places)
              if k.progress is not None and not k.progress_computed and test(k.progress) and scope.covers_any(places)]
    where = f"{scope.where}の" if scope.places else ""
    if not chosen:
        return Answer(question, False, f"{where}{condition}の指標は見つかりませんでした。", kind="kpi_filter")
    lines, citations, records = [f"{where}{condition}の指標は {len(chosen)} 件です。"], [], []
    for kpi in chosen:
        n = len(citations) + 1
        cited, marks = cite_kpi(plans, kpi, ["progress", "actual", "target"], n)
        citations += cited
        records.append(kpi_fact(kpi, n))
        lines.append(f"・{kpi_statement(kpi, ['progress', 'actual', 'target'], n).replace(f'[{n}]', marks)}")
    return Answer(question, True, "\n".join(lines), citations, kpis=records, kind="kpi_filter")
