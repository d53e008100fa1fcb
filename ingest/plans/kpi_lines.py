"""KPI records written in lines rather than tables, in the forms plans use:

- bullet lists with arrows: `○観光入込客数 2,240万人(H26)→2,789万人(R1)`, `①婚姻率:5.5‰(平成 25 年)→5.9‰(平成 31 年)`,
  `・移住者数：11.4人/年 ⇒ 17人/年`, three values `120人(H30)→135人(R5)→150人(R7)` (baseline, actual, target);
- a target alone under a KPI label (【KPI】, 主な評価指標, 数値目標, 成果指標): `○女性キャリアデザイン… 50件(R1)`;
- role words before the values in one line: `移住者数 基準値 120人(H30) 目標値 150人(R7)`;
- a block with each value on its own line: `指標：移住者数` / `基準値：120人(H30)` / `目標値：150人(R7)`.
Tables are read by ingest.plans.table_records; lines inside a KPI table are skipped here.
Values keep their raw text; a value that does not parse is kept raw with value None, never guessed.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import Callable

from ingest.vocab.eras import YEAR_PATTERN, era_year, is_date, read_years, year_span
from ingest.vocab.note_marks import without_note_mark
from ingest.vocab.numbers import NUMBER_PATTERN
from ingest.vocab.quantities import read_quantities
from ingest.places.gazetteer import HOKKAIDO_AREAS
from ingest.plans.records import Kpi, KpiValue, Source
from ingest.text.structure import split_lines
from ingest.plans.table_records import RowContext, cell_label
from ingest.vocab.header_words import CURRENT_COLUMN_WORDS, STARTING_POINT_WORDS
from ingest.vocab.table_words import ROLE_WORDS
from ingest.text.normalize import HARD_LINE_END, MappedText, quote_text
from ingest.vocab.units import UNIT_PATTERN
from ingest.plans.values import VALUE, computed_progress, has_value, parse_progress, parse_value

__all__ = ["VALUE", "split_area", "region_of", "KpiFinder"]
# A value as it stands in a line (spaces allowed between its parts, 「4,107 人(平成 31 年)」).
SPACED_VALUE = re.compile(
    rf"(?:累計|約|年間|毎年)?\s*[△▲−]?\s*(?:[0-9]{{1,3}}(?:,\s?[0-9]{{3}})+(?:\.[0-9]+)?|{NUMBER_PATTERN})\s*(?:{UNIT_PATTERN})?\s*(?:以上|以下|未満|超|程度)?"
    rf"(?:\s*[(（][^()（）\n]{{1,30}}[)）])?")
_ARROW = re.compile(r"\s*(?:→|⇒|➡|->|=>|⟶)\s*")
_TILDE = re.compile(r"\s*[～〜~]\s*")
_KPI_MARKER = re.compile(r"【(?:主な)?KPI】|主な評価指標|主なKPI|数値目標|成果指標|評価指標|重要業績評価指標|目標指標")
# A region tag opening a cell or line (「【道南(渡島、檜山)】」): the group is the tag, read with `region_of`.
REGION_TAG = re.compile(r"^\s*【([^】]{2,40})】")
_TRAILING_AREA = re.compile(r"^(.*?)\s*\(([^()]+)\)\s*$")
_BULLET = "○・●◆■◇□▶▷◎★☆◯"
# A bullet starts a segment; 「・」 only at the start or after a space (inside a name it joins words: 「胆振・日高」).
_SEGMENT = re.compile(r"(?:[○●◆■◇□▶▷◎★☆◯]|(?:^|(?<=\s))・)((?:[^○●◆■◇□▶▷◎★☆◯【\t・]|(?<!\s)・(?!\s))+)")
# Marks and numbering before a name, a card's code among them (「■KPI1-2 新規就農者数」, 「ＫＰＩ３ 出生数」).
_LEAD_MARKS = re.compile(r"^[\s○・●◆■◇□▶▷◎★☆◯\-－*＊]*(?:[①-⑳]|[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．)）]\s"
                         r"|(?:KPI|ＫＰＩ|指標)\s*[0-9０-９]{1,2}(?:\s*[-－‐―ー]\s*[0-9０-９]{1,2}){0,2}(?=\s|[^0-9０-９]))?\s*")
_ROLE_LINE_WORDS = sorted({w for r in ("baseline", "actual", "target", "progress") for w in ROLE_WORDS[r]}, key=len,
                          reverse=True)
_ROLE_WORD = re.compile("|".join(map(re.escape, _ROLE_LINE_WORDS)))
_COUNTER_AFTER = re.compile(r"[一-龥ぁ-ん]{1,3}(?=[\s　→⇒（(]|$)")
_HEAD_BEFORE = re.compile(rf"[\s　]*(?:{_ROLE_WORD.pattern})値?\s*(?:[(（][^()（）]{{1,16}}[)）])?[\s　:：]*$")
_ROLE_LINE = re.compile(rf"^[\s{_BULLET}\-]*(?P<word>{_ROLE_WORD.pattern})(?:値)?"
                        r"\s*(?:[(（](?P<yr>[^()（）]{1,16})[)）])?\s*[:：]?\s*(?P<rest>.*)$")
# 「目標を達成したものは11項目」, 「実績に応じて」: a role word as a verb's object or goal labels no value after it
_ROLE_AS_OBJECT = re.compile(r"\s*(?:を|に|へ)")
# Words that open a value line of a 基準値/現状値/目標値 block (bare 実績 or 目標 in an activity report do not).
_BLOCK_WORDS = {w for w in _ROLE_LINE_WORDS if w.endswith(("値", "率", "度", "時"))}
_YEAR_WORD = YEAR_PATTERN
_PROSE_VALUE = rf"[△▲]?\s*(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+)(?:\.[0-9]+)?\s*(?:{UNIT_PATTERN})"
_PROSE = re.compile(rf"(?P<name>[^、。,「」（）()\s]{{2,30}}?)(?:を|は|について)、?\s*(?P<y1>{_YEAR_WORD})?\s*(?:の|時点の|実績の|現在の)?"
                    rf"\s*(?P<v1>{_PROSE_VALUE})\s*から、?\s*(?P<y2>{_YEAR_WORD})\s*(?:まで)?(?:に|には)、?\s*"
                    rf"(?P<v2>{_PROSE_VALUE})")
_INDICATOR_LINE = re.compile(r"^[\s○・●◆■\-]*(?:指標名?|KPI|評価指標|成果指標)\s*[:：]\s*(?P<name>.+)$")


def split_area(indicator: str) -> tuple[str, str]:
    """「観光入込客数 (釧路)」 -> (「観光入込客数」, 「釧路」); a last parenthesis naming a place is the area. A note mark
    after the name (「社会増減数注4」) is no part of it."""
    indicator = without_note_mark(indicator)
    m = _TRAILING_AREA.match(indicator)
    if m and any(area in m.group(2) for area in HOKKAIDO_AREAS) and len(m.group(2)) <= 12:
        return m.group(1).strip(), m.group(2).strip()
    return indicator.strip(), ""


def region_of(tag: str) -> str:
    """「道南(渡島、檜山)」 -> 「道南」; 「釧路・根室」 -> 「釧路・根室」; not a place -> 「」."""
    head = tag.split("(")[0].strip()
    return head if any(head.startswith(area) for area in HOKKAIDO_AREAS) else ""


def _role_of(word: str) -> str:
    return next(r for r in ("baseline", "actual", "target", "progress") if word in ROLE_WORDS[r] or word + "値" in ROLE_WORDS[r])


def _values_in(text: str) -> list[re.Match]:
    """Value matches in a stretch of line text that are values: not inside a year, a date (「令和5年6月7日～13日」,
    「H30.10.3」) or an era year (「R6年」), and not a bare one- or two-digit number (numbering)."""
    blocked = [(y.start, y.end) for y in read_years(text)]   # bare 「2019」 too: a year beside a KPI
    blocked += [(q.start, q.end) for q in read_quantities(text) if q.kind == "date"]
    out = []
    for m in SPACED_VALUE.finditer(text):
        raw = m.group(0)
        if not raw.strip() or re.fullmatch(r"\s*[0-9]{1,2}\s*", raw):
            continue
        lead = len(raw) - len(raw.lstrip())
        num_at = m.start() + lead + len(re.match(r"(?:累計|約|年間|毎年)?\s*[△▲−]?\s*", raw[lead:]).group(0))
        if any(a <= num_at < b for a, b in blocked) or not has_value(raw):
            continue
        out.append(m)
    return out


def _year_before(text: str):
    """The year mention that ends right before a value (「令和７年度１８０人」, 「R7: 180人」), else None."""
    mentions = read_years(text)
    if mentions and not text[mentions[-1].end:].strip(" 　:：の"):
        return mentions[-1]
    return None


def _split_outside_parens(text: str, pattern: re.Pattern) -> list[tuple[int, int]]:
    """Spans of the pieces of `text` between matches of `pattern` found outside parentheses."""
    depth, cuts = 0, []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        elif depth == 0:
            m = pattern.match(text, i)
            if m and m.end() > i:
                cuts.append((m.start(), m.end()))
                i = m.end()
                continue
        i += 1
    pieces, last = [], 0
    for a, b in cuts:
        pieces.append((last, a))
        last = b
    pieces.append((last, len(text)))
    return pieces


class KpiFinder:
    """Walks one document's normalised lines and collects the KPIs written in lines (see the module docstring)."""

    def __init__(self, doc: str, source: str, mapped: MappedText, context_at: Callable[[int], RowContext],
                 place_of: Callable[[str], str], skip: list[tuple[int, int]] = ()):
        self.doc, self.source, self.mapped = doc, source, mapped
        self.context_at, self.place_of = context_at, place_of
        self.skip = sorted(skip)   # source spans of KPI tables (read from the tables)
        self.kpis: list[Kpi] = []

    def _source(self, start: int, end: int) -> Source:
        a, b = self.mapped.source_span(start, end)
        return Source(self.doc, a, b, quote_text(self.source[a:b]))

    def _skipped(self, mapped_start: int) -> bool:
        a, _ = self.mapped.source_span(mapped_start, mapped_start + 1)
        return any(s <= a < e for s, e in self.skip)

    def find(self) -> list[Kpi]:
        in_kpi_block = False
        block: dict = {}
        last_label: tuple[str, int, int] | None = None
        last_line_kpi = False
        for ln in split_lines(self.mapped):
            line, start = ln.text, ln.start
            if self._skipped(start):
                continue
            role = _ROLE_LINE.match(line)
            if role and self.kpis and self.kpis[-1].form == "inline" and last_line_kpi and "\t" not in line \
                    and self._extend_last(line, start):
                continue   # 「実績値:171 人(令和元年)　達成状況:85.5%」 under the KPI line it completes
            last_line_kpi = False
            if role and role.group("word") in _BLOCK_WORDS and "\t" not in line and _values_in(role.group("rest")) \
                    and not _values_in(line[:role.start("word")]):
                block.setdefault("name", last_label)
                rest_start = start + role.start("rest")
                vm = _values_in(role.group("rest"))
                if vm:
                    a, b = rest_start + vm[0].start(), rest_start + vm[0].end()
                    block.setdefault("values", []).append((_role_of(role.group("word")), role.group("yr"), a, b,
                                                           role.group("word")))
                    block.setdefault("lines", []).append((_role_of(role.group("word")), start, start + len(line)))
                    block["end"] = b
                continue
            self._flush(block)
            block = {}
            named = _INDICATOR_LINE.match(line)
            if named and not _values_in(named.group("name")):
                last_label = (named.group("name").strip(), start + named.start("name"), start + len(line))
                continue
            if _KPI_MARKER.search(line) and not _values_in(line):
                in_kpi_block = True
            elif not _values_in(line):
                in_kpi_block = False   # a line without a value (a heading, prose) ends a 数値目標 / KPI block
            found = self._line(line, start, in_kpi_block) or self._prose(line, start)
            last_line_kpi = found
            if not found and not _values_in(line) and len(line) <= 40:
                last_label = (line.strip(), start, start + len(line))
        self._flush(block)
        return self.kpis

    def _prose(self, line: str, start: int) -> bool:
        """「観光入込客数を令和元年度の120万人から令和7年度までに150万人に増やします」: a KPI inside a sentence."""
        found = False
        for m in _PROSE.finditer(line):
            values = {}
            for role, v, y in (("baseline", "v1", "y1"), ("target", "v2", "y2")):
                a, b = self.mapped.source_span(start + m.start(v), start + m.end(v))
                value = parse_value(self.source[a:b].strip())
                if value.year is None and m.group(y):
                    value = replace(value, year=era_year(m.group(y)))
                values[role] = value
            if values["baseline"].value is None or values["target"].value is None:
                continue
            found |= self._add(None, start + m.start("name"), start + m.end("v2"), values["baseline"], None,
                               values["target"], None, "inline", name_end=start + m.end("name"))
        return found

    def _extend_last(self, line: str, start: int) -> bool:
        """Role-worded values on the line under an inline KPI fill its empty fields (actual, progress)."""
        roles = list(_ROLE_WORD.finditer(line))
        last = self.kpis[-1]
        changes: dict = {}
        for i, rm in enumerate(roles):
            end = roles[i + 1].start() if i + 1 < len(roles) else len(line)
            role = _role_of(rm.group(0))
            piece = line[rm.end():end]
            a, b = self.mapped.source_span(start + rm.end(), start + end)
            if role == "progress":
                changes["progress"] = parse_progress(self.source[a:b]) if re.search(r"[0-9]", piece) else None
                changes["progress_computed"] = False
                continue
            vals = _values_in(piece)
            if vals and getattr(last, role) is None:
                s, e = self.mapped.source_span(start + rm.end() + vals[0].start(), start + rm.end() + vals[0].end())
                changes[role] = parse_value(self.source[s:e].strip())
        if not changes:
            return False
        if "progress" not in changes and "actual" in changes:
            computed = computed_progress(changes["actual"], last.target, last.baseline)
            changes.update(progress=computed, progress_computed=computed is not None)
        a, b = self.mapped.source_span(start, start + len(line))
        source = Source(self.doc, last.source.start, b, quote_text(self.source[last.source.start:b]))
        self.kpis[-1] = replace(last, source=source, **changes)
        return True

    def _flush(self, block: dict) -> None:
        """A 基準値/現状値/目標値 block: at least two value lines under the indicator line just above them."""
        if len(block.get("values", ())) < 2 or not block.get("name"):
            return
        name, a, name_end = block["name"]
        values: dict[str, KpiValue] = {}
        progress = None
        roles = [v[0] for v in block["values"]]
        fields = []
        for role, year_text, s, e, word in block["values"]:
            if role == "actual" and roles.count("actual") > 1 and "baseline" not in roles \
                    and (word in STARTING_POINT_WORDS or word + "値" in STARTING_POINT_WORDS):
                role = "baseline"   # 「現状値」 beside a 実績値 and no 基準値: the starting point
            fields.append(role)
            raw = self.source[slice(*self.mapped.source_span(s, e))]
            if role == "progress":
                progress = parse_progress(raw)
                continue
            value = parse_value(raw)
            if value.year is None and year_text:
                first, last = year_span(year_text)
                value = KpiValue(value.value, value.unit, first, last if last != first else None, value.raw,
                                 value.qualifier)
            values[role] = value
        if self._add(name, a, block["end"], values.get("baseline"), values.get("actual"), values.get("target"),
                     progress, "block") and self._read_apart(a, block["end"]):
            lines = [("name", a, name_end)] + [(f, s, e) for f, (_, s, e) in zip(fields, block["lines"]) if f != "progress"]
            pieces = tuple((field, self._source(s, e)) for field, s, e in lines)
            self.kpis[-1] = replace(self.kpis[-1], pieces=pieces)

    def _read_apart(self, start: int, end: int) -> bool:
        """Whether the lines of [start, end) were read from a column or box: the reader ends such lines with
        HARD_LINE_END, as their join stands in no printed line."""
        a, b = self.mapped.source_span(start, end)
        return HARD_LINE_END in self.source[a:b]

    def _line(self, line: str, start: int, in_kpi_block: bool) -> bool:
        """KPIs of one line: each bullet segment (or the whole line) with arrows, role words or a lone target."""
        found = False
        offset = 0
        for cell in line.split("\t"):
            cell_start = start + offset
            offset += len(cell) + 1
            marker = _KPI_MARKER.search(cell)
            segments = [(m.start(1), m.group(1)) for m in _SEGMENT.finditer(cell)] or [(0, cell)]
            for seg_start, segment in segments:
                under_marker = in_kpi_block or bool(marker and marker.start() < seg_start) or self._after_marker(cell_start)
                found |= self._segment(segment, cell_start + seg_start, under_marker)
        return found

    def _after_marker(self, mapped_start: int) -> bool:
        before = self.mapped.text[max(0, mapped_start - 40):mapped_start]
        return bool(re.search(r"【(?:主な)?KPI】|主な評価指標|主なKPI", before))

    def _segment(self, segment: str, seg_start: int, under_marker: bool) -> bool:
        body = segment.rstrip()
        pieces = _split_outside_parens(body, _ARROW)
        if len(pieces) == 1:
            tilde = _split_outside_parens(body, _TILDE)
            if len(tilde) == 2 and _values_in(body[tilde[0][0]:tilde[0][1]]) and \
                    _values_in(body[tilde[1][0]:tilde[1][1]])[:1] and \
                    _values_in(body[tilde[1][0]:tilde[1][1]])[0].start() <= 1:
                pieces = tilde
        roles_inline = [m for m in _ROLE_WORD.finditer(body)
                        if not _ROLE_AS_OBJECT.match(body, m.end())]
        years_before = {}   # 「令和元年度１４２人→令和７年度１８０人」: the year printed right before each value
        columns = {}        # 「現状値62人（R5）→目標値80人（R11）」: the column word printed right before each value
        if len(pieces) >= 2:
            chain, years, heads = [], [], []
            for a, b in pieces:
                vals = _values_in(body[a:b])
                if not vals:
                    return False
                v = vals[-1] if not chain else vals[0]
                years.append(_year_before(body[a:a + v.start()]))
                heads.append(body[a:a + v.start()][-8:])
                end = a + v.end()
                counter = _COUNTER_AFTER.match(body, end, b)   # 「412経営体」: a counter the vocabulary lacks, as printed
                chain.append((a + v.start() + (len(v.group(0)) - len(v.group(0).lstrip())),
                              counter.end() if counter else end))
            left_vals = _values_in(body[pieces[0][0]:pieces[0][1]])
            name_end = pieces[0][0] + left_vals[-1].start()
            if years[0] is not None:
                name_end = pieces[0][0] + years[0].start   # the year is the value's, no part of the indicator
            head = _HEAD_BEFORE.search(body[:name_end])   # 「…の数　現状（令和６年）　412経営体」: the column's head
            if head and head.start() > 0:
                name_end = head.start()
            spans = {"baseline": chain[0], "target": chain[-1]}
            if len(chain) >= 3:
                spans["actual"] = chain[-2]
            roles = ["baseline"] + (["actual"] if len(chain) >= 3 else []) + ["target"]
            years_before = {role: y for role, y in zip(roles, [years[0]] + years[-(len(roles) - 1):]) if y is not None}
            for role, head in zip(roles, [heads[0]] + heads[-(len(roles) - 1):]):
                said = [m.group(0) for m in _ROLE_WORD.finditer(head)]
                current = role == "baseline" and said and said[-1].startswith(CURRENT_COLUMN_WORDS)
                if said and (_role_of(said[-1]) == role or current):
                    columns[role] = said[-1]
        elif roles_inline and len(_values_in(body)) >= 2:
            spans = {}
            for i, rm in enumerate(roles_inline):
                end = roles_inline[i + 1].start() if i + 1 < len(roles_inline) else len(body)
                vals = _values_in(body[rm.end():end])
                if vals:
                    v = vals[0]
                    spans.setdefault(_role_of(rm.group(0)), (rm.end() + v.start(), rm.end() + v.end()))
            if not spans:
                return False
            name_end = roles_inline[0].start()
        elif under_marker:
            vals = _values_in(body)
            if not vals or vals[0].start() == 0:
                return False
            spans = {"target": (vals[0].start(), vals[0].end())}
            name_end = vals[0].start()
        else:
            return False
        name_start = seg_start
        values = {}
        progress = None
        for role, (a, b) in spans.items():
            raw = self.source[slice(*self.mapped.source_span(seg_start + a, seg_start + b))]
            if role == "progress":
                progress = parse_progress(raw)
            else:
                values[role] = parse_value(raw.strip())
                if values[role].year is None and role in years_before:
                    values[role] = replace(values[role], year=years_before[role].year)
                if role in columns and not values[role].column:
                    values[role] = replace(values[role], column=columns[role])
        end = max(b for _, b in spans.values())
        return self._add(None, name_start, seg_start + end, values.get("baseline"), values.get("actual"),
                         values.get("target"), progress, "inline", name_end=seg_start + name_end)

    def _add(self, name: str | None, start: int, end: int, baseline, actual, target, progress, form: str,
             name_end: int | None = None) -> bool:
        if name is None:
            a, b = self.mapped.source_span(start, name_end)
            name = self.source[a:b]
        indicator = unicodedata.normalize("NFKC", _LEAD_MARKS.sub("", name.strip()))
        indicator = re.sub(r"^(?:【(?:主な)?KPI】|主なKPI|KPI\s*[:：]|指標名?\s*[:：])\s*", "", indicator)
        indicator = cell_label(indicator).strip(" :：、,")
        for word in _ROLE_LINE_WORDS:   # 「移住者数 基準値」 -> 「移住者数」
            if indicator.endswith(word):
                indicator = indicator[:-len(word)].rstrip(" :：")
        # (a one-letter name is a grade of a legend: 「Ａ：達成率100％以上」)
        if len(indicator) < 2 or len(indicator) > 80 or is_date(indicator) or re.fullmatch(r"[0-9.,\s]+", indicator):
            return False
        indicator, area = split_area(indicator) if not indicator.endswith("))") else (indicator, "")
        computed = False
        if progress is None:
            progress = computed_progress(actual, target, baseline)
            computed = progress is not None
        source = self._source(start, end)
        context = self.context_at(source.start)
        self.kpis.append(Kpi(indicator, area or context.area or context.region, context.project, baseline, actual,
                             target, progress, source, "inline" if form != "block" else "block",
                             place=self.place_of(indicator) or context.place, outline=context.outline,
                             progress_computed=computed))
        return True
