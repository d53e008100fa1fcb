"""KPI records from plan documents, in the forms the documents use.

- table rows under a header naming 基準値 / 実績値 / 目標値 / 進捗率:
  `観光入込客数 (釧路)	816.5万人(R1)	689.5万人(R5)	904.6万人(R7)	76.2%`
- inline: `○観光入込客数 2,240万人(H26)→2,789万人(R1)`, `累計20件(R3~R7)`, `180件以上(H27～R1合計)`,
  a target alone after 【KPI】 (`50件(R1)`), list forms `移住者数:11.4人/年 → 17人/年`.
Values keep their raw text; a value that does not parse is kept raw with value None, never guessed.
"""
from __future__ import annotations

import re

from ingest.eras import year_span
from ingest.plan_records import Kpi, KpiValue, Source
from ingest.structure import split_lines
from ingest.textnorm import MappedText, quote_text

HOKKAIDO_AREAS = ("釧路・根室", "道央広域", "道南", "道北", "オホーツク", "十勝", "空知", "石狩", "後志", "胆振",
                  "日高", "渡島", "檜山", "上川", "留萌", "宗谷", "釧路", "根室")
UNITS = ("万人/年", "人/年", "件/年", "万人", "千人", "人", "億円", "万円", "千円", "円", "件", "か所", "箇所", "ヶ所",
         "社", "店", "団体", "品目", "千トン", "トン", "万kW", "kW", "千m2", "m2", "ha", "%", "日", "事業", "回",
         "戸", "名", "台", "隻", "本", "部", "校", "施設")
_NUM = r"[0-9][0-9,]*(?:\.[0-9]+)?"
VALUE = re.compile(
    rf"(?P<pre>累計|約|年間)?\s*(?P<num>{_NUM})\s*(?P<unit>{'|'.join(re.escape(u) for u in UNITS)})"
    rf"\s*(?P<qual>以上|以下|未満)?\s*(?:\((?P<year>[^()]{{1,24}})\))?")
_KPI_MARKER = re.compile(r"【(?:主な)?KPI】|主な評価指標|主なKPI")
_REGION_TAG = re.compile(r"^\s*【([^】]{2,40})】")
_TRAILING_AREA = re.compile(r"^(.*?)\s*\(([^()]+)\)\s*$")


def parse_value(raw: str) -> KpiValue:
    """「816.5万人(R1)」, 「累計20件(R3~R7)」, 「180件以上(H27～R1合計)」 -> KpiValue; malformed -> value None."""
    m = VALUE.search(raw)
    if not m:
        return KpiValue(None, "", None, None, raw.strip())
    try:
        value = float(m.group("num").replace(",", ""))
    except ValueError:
        value = None
    year_text = m.group("year") or ""
    first, last = year_span(year_text) if year_text else (None, None)
    qualifier = "".join(q for q in (m.group("pre"), m.group("qual")) if q)
    qualifier += "".join(q for q in ("累計", "合計", "平均") if q in year_text)
    return KpiValue(value, m.group("unit"), last if first != last and last else first,
                    last if first != last else None, raw.strip(), qualifier)


def split_area(indicator: str) -> tuple[str, str]:
    """「観光入込客数 (釧路)」 -> (「観光入込客数」, 「釧路」); a last parenthesis naming a place is the area."""
    m = _TRAILING_AREA.match(indicator)
    if m and any(area in m.group(2) for area in HOKKAIDO_AREAS) and len(m.group(2)) <= 12:
        return m.group(1).strip(), m.group(2).strip()
    return indicator.strip(), ""


def region_of(tag: str) -> str:
    """「道南(渡島、檜山)」 -> 「道南」; 「釧路・根室」 -> 「釧路・根室」; not a place -> 「」."""
    head = tag.split("(")[0].strip()
    return head if any(head.startswith(area) for area in HOKKAIDO_AREAS) else ""


def _progress(cell: str) -> float | None:
    m = re.search(r"([0-9]+(?:\.[0-9]+)?)\s*%", cell)
    return float(m.group(1)) if m else None


class KpiFinder:
    """Walks one document's normalised text and collects its KPIs (and the projects they belong to)."""

    def __init__(self, doc: str, source: str, mapped: MappedText, document_region: str = ""):
        self.doc, self.source, self.mapped = doc, source, mapped
        self.document_region = document_region
        self.kpis: list[Kpi] = []

    def _source(self, start: int, end: int) -> Source:
        a, b = self.mapped.source_span(start, end)
        return Source(self.doc, a, b, quote_text(self.source[a:b]))

    def find(self, project_at) -> list[Kpi]:
        """`project_at(offset) -> (project, region)` names the project a KPI at that mapped offset belongs to."""
        header: dict[str, int] | None = None
        for start, line in ((ln.start, ln.text) for ln in split_lines(self.mapped)):
            if "\t" in line and re.search(r"基準値|実績値|目標値|進捗率", line):
                header = {}
                for i, cell in enumerate(line.split("\t")):
                    for key, word in (("baseline", "基準"), ("actual", "実績"), ("target", "目標"), ("progress", "進捗")):
                        if word in cell and key not in header:
                            header[key] = i
                continue
            if header is not None and "\t" in line:
                self._table_row(line, start, header, project_at)
                continue
            header = None
            self._inline(line, start, project_at)
        return self.kpis

    def _table_row(self, line: str, start: int, header: dict[str, int], project_at) -> None:
        cells = line.split("\t")
        indicator, area = split_area(cells[0])
        if not indicator or not any(VALUE.search(c) for c in cells[1:]):
            return
        values = {k: parse_value(cells[i]) if i < len(cells) and cells[i].strip() else None
                  for k, i in header.items() if k != "progress"}
        progress = _progress(cells[header["progress"]]) if "progress" in header and header["progress"] < len(cells) else None
        project, region = project_at(start)
        self.kpis.append(Kpi(indicator, area or region or self.document_region, project, values.get("baseline"),
                             values.get("actual"), values.get("target"), progress,
                             self._source(start, start + len(line)), "table"))

    def _inline(self, line: str, start: int, project_at) -> None:
        in_kpi = bool(_KPI_MARKER.search(line))
        offset = 0
        for cell in line.split("\t"):
            cell_start = start + offset
            offset += len(cell) + 1
            marker = _KPI_MARKER.search(cell)
            for m in re.finditer(r"○([^○■【\t]+)", cell):
                segment = m.group(1)
                has_arrow = "→" in segment
                if not has_arrow and not (in_kpi or (marker and marker.start() < m.start()) or self._after_marker(cell_start)):
                    continue
                self._segment(segment, cell_start + m.start(1), project_at, has_arrow)
            if "○" not in cell and "→" in cell and re.search(r"[:：]", cell):
                self._segment(cell, cell_start, project_at, True)   # 「移住者数:11.4人/年 → 17人/年」

    def _after_marker(self, mapped_start: int) -> bool:
        before = self.mapped.text[max(0, mapped_start - 40):mapped_start]
        return bool(_KPI_MARKER.search(before))

    def _segment(self, segment: str, seg_start: int, project_at, has_arrow: bool) -> None:
        body = segment.rstrip()
        if has_arrow:
            left, right = body.split("→", 1)
            left_values = list(VALUE.finditer(left))
            right_value = VALUE.search(right)
            if not left_values or not right_value:
                return
            base_m = left_values[-1]
            indicator = left[:base_m.start()].strip(" :：")
            baseline, target = parse_value(base_m.group(0)), parse_value(right_value.group(0))
            end = len(left) + 1 + right_value.end()
        else:
            value_m = VALUE.search(body)
            if not value_m or value_m.start() == 0:
                return
            indicator = body[:value_m.start()].strip(" :：")
            baseline, target = None, parse_value(value_m.group(0))
            end = value_m.end()
        indicator = re.sub(r"^(?:【(?:主な)?KPI】|主なKPI)\s*", "", indicator).strip(" ○")
        if not indicator or len(indicator) > 80:
            return
        indicator, area = split_area(indicator) if not indicator.endswith("))") else (indicator, "")
        project, region = project_at(seg_start)
        self.kpis.append(Kpi(indicator, area or region or self.document_region, project, baseline, None, target, None,
                             self._source(seg_start, seg_start + end), "inline"))
