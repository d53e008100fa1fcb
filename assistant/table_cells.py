"""The column header of every cell of a table row, from the rows above it in the same passage.

A table passage's search form (ingest.tables.passages) names each column once, at the first value under it
(「社人研推計｜2020年(実績) 75,820｜2030年(令和12年) 66,410…」), and the rows below carry bare cells
(「市の将来展望｜75,820｜68,900…」); a table whose reader found no header rows (an XLSX crosstab) carries its header
row as a row of words (「年代｜回答者数(人)｜住み続けたい｜…」) above rows of bare numbers, and a merged group header
(「割合(%)」 over the answer columns) as a shorter row above that. `row_headers` gives each cell of a row the header of
its column, by position, only when the row has as many cells as the row that names the columns: a row with another
number of cells (an empty cell dropped, a merged cell) gets no headers, so no value of it is stated by column —
unless its quote prints it as a line of tab-separated cells as wide as the named row (`printed_row_headers`).
A bare cell takes the unit its header, its table's caption or a unit note above states (`under_unit_note`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ingest.vocab.groups import groups_named
from ingest.vocab.header_words import CHANGE_RATE_HEADERS, COUNT_HEADER_ENDINGS, TOTAL_ROW_ENDINGS
from ingest.vocab.normal import normalize
from ingest.vocab.quantities import Quantity, value_quantities
from ingest.vocab.units import Unit, header_unit, unit_note_word, unit_of

# A passage's search form joins a row's cells with 「｜」, which its NFKC form turns into 「|」.
CELL_SEPARATOR = re.compile(r"[|｜]")
AGE_UNIT = "歳"   # an age band (「18～29歳」) heads a column; it is no value


def split_cells(line: str) -> list[str]:
    """The cells of a labelled row (「指標｜基準値(R2) 12人」, or 「|」 in its NFKC form)."""
    return [c.strip() for c in CELL_SEPARATOR.split(line)]


_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def cell_values(cell: str) -> list:
    """The values a table cell holds: not a bare number inside a name, a word before it and after it (「校舎改修（１期）」,
    「第２工区」: part of the name, no value of the cell); a number first in its cell stays one (「1,062橋」)."""
    return [q for q in value_quantities(cell) if not (q.kind in ("number", "index") and cell[:q.start].strip()
                                                      and _LETTER.match(cell[q.end:q.end + 1]))]


def headed_value(cell: str) -> str:
    """The header of a cell that is a header and one value and nothing else (「予算現額 4,860,000」 -> 「予算現額」): the
    first cell of a row that has no label of its own (ingest.tables.passages names it by its column); "" otherwise."""
    found = cell_values(cell)
    if len(found) != 1 or cell[found[0].end:].strip():
        return ""
    head = cell[:found[0].start].strip()
    return head if head and not value_quantities(head) else ""


def row_key(first: str) -> str:
    """What a row's first cell prints in the document: the cell, or the value of a headed value cell (「予算現額
    4,860,000」 -> 「4,860,000」: the header is the search form's)."""
    head = headed_value(first)
    return first[len(head):].strip() if head else first


_PART_CUT = re.compile(r"[／/、；;]")


def labelled_parts(cell: str) -> list:
    """The values of a cell that prints several, each after its own words (「第１子 100,000円／第２子 200,000円／第３子以降
    500,000円」 -> [(第１子, 100,000円), …]); [] unless every part is words then exactly one value. The words before the
    first part's own (the column named in the search form: 「補助の内容 第1子 …」) are the cell's header (`parts_header`)."""
    pieces = [p for p in _PART_CUT.split(cell) if p.strip()]
    if len(pieces) < 2:
        return []
    out, at = [], 0
    for piece in pieces:
        at = cell.index(piece, at)
        found = cell_values(piece)
        words = piece[:found[0].start].split()[-1:] if len(found) == 1 else []   # (the column's name may lead the cell)
        if not words or not _LETTER.search(words[0]) or piece[found[0].end:].strip():
            return []
        out.append((words[0], replace(found[0], start=found[0].start + at, end=found[0].end + at)))
        at += len(piece)
    return out


def parts_header(cell: str, parts: list) -> str:
    """The column name a cell of parts prints before its first part's words (「補助の内容 第1子 …」 -> 「補助の内容」)."""
    head = cell[:parts[0][1].start].strip()
    return head[:len(head) - len(parts[0][0])].strip() if parts else ""


def group_cell(cell: str) -> str:
    """The group a cell names when it is only that (「対象 65歳以上」 -> 「65歳以上」, under its header): whom a row counts,
    never a value of it; "" otherwise."""
    found = cell_values(cell)
    if not found or not groups_named(cell) or any(q.unit != AGE_UNIT for q in found):
        return ""
    return cell[len(cell_header(cell, found[0])):].strip()


def _values(cell: str) -> list:
    return [q for q in value_quantities(cell) if q.unit != AGE_UNIT]


def is_header_row(cells: list[str]) -> bool:
    """A row of column names: at least two cells, no cell holding a value (a year or an age band is a name:
    「2040年」, 「18～29歳」, 「20代」)."""
    filled = [c for c in cells if c]
    return len(filled) >= 2 and not any(_values(c) and not groups_named(c) for c in filled)


def cell_header(cell: str, first) -> str:
    """The column name a labelled cell prints before its first value `first` (「2020年(実績) 75,820」 -> 「2020年(実績)」);
    a total column's name read as the number's qualifier counts too (「計 32,400」 -> 「計」)."""
    head = cell[:first.start].strip()
    if not head and first.qualifier in TOTAL_ROW_ENDINGS and cell.strip().startswith(first.qualifier):
        return first.qualifier
    return head


def named_columns(cells: list[str]) -> list[str] | None:
    """The headers a row names before its values (「2020年(実績) 75,820」 -> 「2020年(実績)」), one per cell ("" for a
    cell without one); None when fewer than half of its value cells name one."""
    heads, valued, named = [], 0, 0
    for cell in cells:
        found = value_quantities(cell)
        head = cell_header(cell, found[0]) if found else ""
        if found:
            valued += 1
            named += bool(head)
        heads.append(head)
    return heads if valued and named * 2 >= valued and named >= 1 else None


def _spread(group: list[str], above: list[str]) -> list[str]:
    """A shorter header row over a wider one (`above`, the row under it). When the lower row's names start again
    once per group cell (「総人口｜高齢化率」 over 「社人研推計｜市独自推計｜差｜社人研推計｜市独自推計」), each group
    cell spans from one start to the next; otherwise the rows align from the left, the last group cell over the rest
    (a merged 「割合(%)」 after 「年代｜回答者数(人)」)."""
    width = len(above)
    if len(group) >= 3 and width > len(group) and above[1]:
        starts = [k for k in range(1, width) if above[k] == above[1]]
        if len(starts) == len(group) - 1:
            out = [group[0]]
            for g, (a, b) in enumerate(zip(starts, starts[1:] + [width]), start=1):
                out += [group[g]] * (b - a)
            return out
    return [group[min(k, len(group) - 1)] for k in range(width)]


def row_headers(lines: list[str], index: int) -> list[str]:
    """The header of each cell of `lines[index]` (the passage's labelled rows), from the nearest row above with as
    many cells that names columns: a header row (with a shorter group row above it, joined 「割合(%) 住み続けたい」) or
    a row naming its columns before its values. [] when none."""
    cells = split_cells(lines[index])
    own = named_columns(cells)
    heads = _headers_of_width(lines, index, len(cells))
    if heads:
        return [o or h for o, h in zip(own, heads)] if own else heads
    return own or []


def printed_row_headers(lines: list[str], index: int, quote: str) -> list[str]:
    """The headers of a row whose search form has fewer cells than the rows naming the columns (its label merged over
    two columns: 「合計」 over No.｜使い道), read by the cells its quote prints (a tab-separated line, one cell per
    column, a merged cell's other columns empty): each filled cell under its own column's header. [] when the quote
    is no such line, or its filled cells are not the row's cells one for one."""
    cells = split_cells(lines[index])
    printed = quote.split("\t")
    filled = [k for k, cell in enumerate(printed) if cell.strip()]
    if len(printed) < 3 or len(filled) != len(cells) or len(filled) == len(printed):
        return []
    if any(normalize(printed[k]).text.strip() not in cell for k, cell in zip(filled, cells)):
        return []
    heads = _headers_of_width(lines, index, len(printed))
    return [heads[k] for k in filled] if heads else []


def _headers_of_width(lines: list[str], index: int, width: int) -> list[str]:
    """The column names of the nearest row above `lines[index]` with `width` cells that names columns (a header row,
    with a shorter group row above it; or a row naming its columns before its values); [] when none."""
    for j in range(index - 1, -1, -1):
        above = split_cells(lines[j])
        if len(above) != width:
            continue
        if is_header_row(above):
            heads = above
            if j > 0:
                group = split_cells(lines[j - 1])
                if 1 < len(group) < len(above) and is_header_row(group):
                    heads = [g if g == h else f"{g} {h}" for g, h in zip(_spread(group, above), above)]
            return heads
        named = named_columns(above)
        if named is not None:
            return named
    return []


def rate_of_change(header: str) -> bool:
    """True when a column header names a rate of change (「増減率」, 「対前年度比」): a bare number under it is a
    percentage change, printed without its 「％」."""
    return any(word in header for word in CHANGE_RATE_HEADERS)


def stated_unit(*texts: str) -> Unit | None:
    """The unit a column header or row label states in brackets or a unit note (「割合(%)」 -> %, 「回答者数(人)」 -> 人),
    the first text that states one deciding; None when none does."""
    for text in texts:
        unit = header_unit(text) if text else None
        if unit is not None and unit.kind not in ("rank",):
            return unit
    return None


def _mostly_values(text: str) -> bool:
    """True when values make up a fifth or more of a line's characters (a table row, not a caption)."""
    return sum(len(q.raw) for q in _values(text)) * 5 >= len(text.replace(" ", ""))


def caption_unit(lines: list[str]) -> Unit | None:
    """The unit a table's caption states at its end (「年代別の選択割合（％）」 -> %), from the nearest line (first given)
    that is no row of values and ends in a bracketed unit; None when none does."""
    for line in lines:
        text = normalize(line).text.strip()
        if not text or CELL_SEPARATOR.search(text) or _mostly_values(text):
            continue   # a row of values, not a caption (a caption may number and count: 「問12 …（3つまで選択）」)
        if text.endswith(")") and "(" in text and not re.search(r"[0-9]", text[text.rfind("("):]):
            # (「有効回答数 1,046（回収率 41.8％）」: a bracketed value, no unit of the table)
            unit = header_unit(text[text.rfind("("):])
            if unit is not None and unit.kind in ("ratio", "count", "money"):
                return unit
    return None


def row_printed(line: str, norm: str) -> bool:
    """Whether a quote unit (normalised text `norm`) prints the labelled row `line`: its first cell stands in it, or,
    for a row whose first cell the search form filled down from the row above (「,％,100.0,22.0」 under 「18～29歳,
    回答数,118,26」), its other words and all its values in order do."""
    cells = split_cells(line)
    first = normalize(row_key(cells[0])).text.strip()
    if first and first in norm:
        return True
    words = [normalize(c).text.strip() for c in cells[1:] if c.strip() and not value_quantities(c)]
    values = [normalize(q.raw).text.strip() for c in cells[1:] for q in value_quantities(c)]
    at = 0
    for value in values:
        at = norm.find(value, at)
        if at < 0:
            return False
        at += len(value)
    return len(values) >= 2 and all(w in norm for w in words)


def row_index(lines: list[str], norm: str) -> int | None:
    """The index of the labelled row a quote unit is (it prints the row: `row_printed`)."""
    for i, line in enumerate(lines):
        if row_printed(line, norm):
            return i
    return None


def column_words(lines: list[str], norm: str) -> str:
    """The headers of the columns of the row a quote unit is, as one text (「全体 18~29歳 30~39歳 …」): words a table
    row is read under, like an item heading over a sentence. "" when the unit is no row of these lines."""
    i = row_index(lines, norm) if lines else None
    if i is None:
        return ""
    first = row_key(split_cells(lines[i])[0])
    lead = [first] if first and normalize(first).text.strip() not in norm else []   # a label filled down (「18~29歳」)
    return " ".join(h for h in dict.fromkeys(lead + row_headers(lines, i)[1:]) if h)


def in_unit(quantity: Quantity, unit) -> Quantity:
    """A bare number read in the unit a header or note states (728,421 under 千円: money 728,421,000)."""
    return replace(quantity, kind=unit.kind, unit=unit.base, scale_word=unit.word, value=quantity.value * unit.scale)


def under_unit_note(candidates: list, note_text: str) -> list:
    """Bare numbers in table cells read in the unit a unit note above them names (「（単位：千円）」 over
    「実質収支 728,421」: 728,421 千円, money). The raw text stays as printed; without a known unit nothing changes."""
    unit = unit_of(unit_note_word(note_text)) or caption_unit(note_text.split("\n"))
    if unit is None:
        return candidates
    # 24.6 under 「割合（％）」 is a share, 2,846.3 under 「（単位：ha）」 an area; a decimal under a note of yen or of a
    # count may be a rate column's (「基準額に対する割合」 0.685, a 高齢化率 under 「単位：世帯、人、％」), never read so
    bare = ("number", "index") if unit.kind in ("ratio", "measure") else ("number",)
    return [replace(c, quantity=in_unit(c.quantity, unit)) if c.quantity.kind in bare and c.header
            and not (unit.kind == "ratio" and normalize(c.header).text.strip().endswith(COUNT_HEADER_ENDINGS)) else c
            for c in candidates]   # (a 「回答数」 column stays a count under a note of shares)
