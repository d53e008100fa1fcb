"""Survey results a report states in a sentence: 「満足度が『高い』との回答は25.9%(「高い」2.6%+…)で、…」,
「幸福度は、『とても幸せ』『幸せ』『ふつう』と回答した人の合計が94.6%となり、0.4ポイント上昇」.

A survey page (市民満足度調査, 市民実感度調査) gives its headline rates as sentences, not tables: the subject
before 「は」 names what is measured (a word ending in 度, 率 or 割合, 「…との回答」, 「…と答えた方」), and the first
percentage after it, in the same sentence with no other number between, is its value. The breakdown after
it (「高い」2.6%+…) and the change against the last survey (0.9ポイント) are not the value. Only sentences of a
survey (調査 or 回答 in the sentence or the lines just above) count. The year is the survey's: the report's
own fiscal year (its date), since 「前回調査(令和5年度)」 in the sentence names the previous one.
Each becomes a Kpi with the actual value only (form "statement").
"""
from __future__ import annotations

import re

from ingest.plans.records import Kpi, KpiValue, Source
from ingest.text.normalize import MappedText, quote_text
from ingest.vocab.eras import era_year
from ingest.vocab.frame_words import RESPONDENT_WORDS
from ingest.vocab.quantities import read_quantities

_SUBJECT = re.compile(r"(?P<subject>[^\s。、,，・■◇◆●○「」『』]?[^\s。、,，・■◇◆●○]{1,29}?)は、?")
MAX_GAP = 40             # characters between 「…は」 and the rate
_MEASURE = re.compile(rf"(?:度|率|割合|回答|(?:答え|回答し)た(?:{'|'.join(RESPONDENT_WORDS)}))(?:[」』])?$")
_SURVEY = re.compile(r"調査|回答|アンケート")
CONTEXT = 300
OPENING = 300            # a page's opening names its town (「- 自治体名 : 富山県小矢部市」)


def is_survey(text: str) -> bool:
    """Whether a context speaks of a survey (調査, 回答, アンケート)."""
    return bool(_SURVEY.search(text))


def report_fiscal_year(date: str | None) -> int | None:
    """The fiscal year of a report's date: 「2025年11月」 -> 2025, 「令和7年2月」 -> 2024 (Jan-Mar close the year)."""
    if not date:
        return None
    year = era_year(date)
    month = re.search(r"年\s*([0-9]{1,2})\s*月", date)
    if year and month and int(month.group(1)) <= 3:
        return year - 1
    return year


def _row_context(source: str, offset: int) -> str:
    """What a CSV row says about the article at `offset` (its 自治体名, title cells); else the document's opening."""
    start = source.rfind("\n", 0, offset) + 1
    end = source.find("\n", offset)
    cells = source[start:end if end >= 0 else len(source)].split("\t")
    if len(cells) < 2:
        return source[:OPENING]
    body = max(cells, key=len)
    return "\n".join(c for c in cells if c is not body)


def survey_kpis(doc: str, source: str, mapped: MappedText, date: str | None, context_at, place_of) -> list[Kpi]:
    text = mapped.text
    year = report_fiscal_year(date)
    kpis = []
    for m in _SUBJECT.finditer(text):
        subject = m.group("subject").strip()
        if not _MEASURE.search(subject) or re.search(r"[0-9]", subject):
            continue
        clause = text[m.end():m.end() + MAX_GAP + 12].split("。")[0].split("\n")[0]
        first = next(iter(read_quantities(clause)), None)
        if first is None or first.kind != "ratio" or first.scale_word not in ("%", "％") or first.start > MAX_GAP:
            continue
        if not _SURVEY.search(text[max(0, m.start() - CONTEXT):m.end() + first.end]):
            continue
        a, b = mapped.source_span(m.start("subject"), m.end() + first.end)
        v_a, v_b = mapped.source_span(m.end() + first.start, m.end() + first.end)
        value = KpiValue(first.value, "%", year, None, source[v_a:v_b].strip(), first.qualifier, "")
        context = context_at(a)
        place = place_of(subject) or place_of(_row_context(source, a)) or context.place
        kpis.append(Kpi(subject, context.area or context.region, context.project, None, value, None, None,
                        Source(doc, a, b, quote_text(source[a:b])), "statement", place=place, outline=context.outline))
    return kpis
