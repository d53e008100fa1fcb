"""事業 named by the tables of a document: a 事業名 / 主な事業 / 取組 / 事項 column, and a form table that stands one 事業.

A 事業名 / 取組 column names one 事業 per row; its marker columns (〇 under 「拡充」「継続」「廃止」) are the row's tags, and
an amount column (ingest.vocab.header_words.AMOUNT_COLUMN_WORDS) its amount. A form table (事業名｜value,
事業の概要｜value) stands one 事業 with its description. The records are ingest.plans.list_items' ListItem, with verbatim
source spans.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ingest.plans.aligned_rows import aligned_rows
from ingest.plans.explained_items import explained_items
from ingest.plans.form_items import FORM_DESCRIPTION, form_item
from ingest.plans.cell_names import LEAD_MARKS, cell_names, name_tags, stacked_names
from ingest.plans.list_items import NAME_WORDS, ListItem
from ingest.plans.tag_marks import TAG, TAG_ABBREVIATIONS, TAG_WORDS, TRAILING_BADGE, cell_tags, legend_tags, status_legend
from ingest.plans.list_sections import (inner_header, is_header_again, outside_sections, section_tags,
                                        with_section_rows)
from ingest.plans.records import Source
from ingest.text.normalize import quote_text
from ingest.vocab.header_words import AMOUNT_COLUMN_WORDS, UNIT_NAME_LABELS
from ingest.vocab.item_kinds import header_kind
from ingest.vocab.table_words import column_role, is_tag_header, is_total_label, names_list_items

_AMOUNT_HEADER = re.compile("|".join(AMOUNT_COLUMN_WORDS))
_SPLIT = re.compile(r"\s*[／/、・]\s*")
# The formats whose readers join a cell's lines with spaces (an HTML <br>, a DOCX cell's paragraphs, an XLSX line break).
_JOINED_ORIGINS = ("html", "docx", "xlsx", "csv", "tsv")


_ANNOTATION = re.compile(r"\s*(?:[（(][^（()）]{1,20}[）)]|〔[^〔〕]{1,20}〕|［[^［］]{1,20}］)$")
_MARKER = re.compile(r"^[〇○●◎✓✔☑レ]$")
_NUMBER_CELL = re.compile(r"^[0-9０-９,，.．%％△▲\-−ー\s]*$")
# Columns left of the names that are no group of them however their cells repeat (所管課, 担当, No).
_NO_GROUP_ROLES = ("evaluation", "number", "amount", "unit")
_UNIT_LABEL_ROW = re.compile(rf"(?:^|\t)[ \u3000]*(?:{'|'.join(UNIT_NAME_LABELS)})[ \u3000]*[\t:：][ \u3000]*([^\t\n]{{2,40}})[ \u3000\t]*$",
                             re.M)
_NUMBERED_LINE = re.compile(r"^[(（][0-9０-９]{1,2}[)）]")
_CODE_LEGEND = re.compile(r"(?:^|(?<=[\s、,，：:（(／/「]))([0-9０-９A-Za-zＡ-Ｚａ-ｚ])」?\s*(?:[=＝:：]|は)\s*("
                          + "|".join(sorted(TAG_WORDS, key=len, reverse=True)) + ")")


@dataclass(frozen=True)
class _ListColumns:
    """What each column of a list of 事業 holds: the names, the amount, the tags (区分 words, a 方向性 column of
    拡充 / 縮小 / 廃止, codes a legend explains), the marks under a tag word, and the groups printed only on a
    group's first row (a 分野 / 施策 column left of the names, blank below)."""

    name: int
    amount: int | None
    tags: tuple[int, ...]
    markers: dict
    groups: tuple[int, ...]
    coded: tuple[int, ...] = ()   # tag columns of codes (「1」「2」) a legend explains (「区分：1=新規、2=拡充」)
    kind: str = ""                # what the names are: "" 事業, else a kind of ingest.vocab.item_kinds (施設, 品目 …)


def _list_columns(headers: list[str], body, legend: dict[str, str], codes: dict[str, str]) -> _ListColumns | None:
    """The columns of a table that lists 事業 (None when no column names them): the names are the first column
    headed 事業名 (a finer 事業 column before a 施策名 / 取組 one it stands beside)."""
    squeezed = [re.sub(r"[\s\u3000]", "", h or "") for h in headers]
    # a header of several levels (a form's label rows above the table: 「施策名 … 事業名」) is named by its lowest
    filled = [k for k in range(len(headers)) if any(k < len(row) and row[k].text.strip() for row in body)]
    named = [k for k in filled if names_list_items(squeezed[k]) or names_list_items((headers[k] or "-").split()[-1])]
    # no 事業 column: a column naming one thing of another kind per row (施設名, 品目, サービス名: ingest.vocab.item_kinds)
    kinds = {k: header_kind(squeezed[k]) or header_kind((headers[k] or "-").split()[-1]) for k in filled}
    kind = "" if named else next((kinds[k] for k in filled if kinds[k]), "")
    named = named or [k for k in filled if kinds[k] == kind and kind]
    if not named:
        return None
    # a column merged down the rows of a finer names column (「重点プロジェクト」 over its 事業名 rows) groups them
    named = [k for k in named if not (_group_column(body, k) and any(j > k and not _group_column(body, j) for j in named))]
    # a 事業 column first; else a 取組 column of names (no sentences) beside a 施策 one it is finer than
    name = next((k for k in named if re.search("事業|プロジェクト", squeezed[k])), None)
    name = name if name is not None else next((k for k in named if re.search("取組|取り組み", squeezed[k])
                                               and not any("。" in row[k].text for row in body if k < len(row))), named[0])
    amount = next((k for k, h in enumerate(squeezed) if _AMOUNT_HEADER.search(h)), None)
    markers = _marker_columns(headers, body, {name, amount})
    cells = {k: [row[k].text.strip() for row in body if k < len(row) and row[k].text.strip()]
             for k in range(len(headers))}
    tags, groups, coded = [], [], []
    for k, h in enumerate(squeezed):
        if k in (name, amount) or k in markers or not cells[k]:
            continue
        tagged = [c for c in cells[k] if len(c) <= 12 and cell_tags(c, legend)]
        if is_tag_header(h) and codes and all(c in codes for c in cells[k]):
            coded.append(k)
        elif tagged and (len(tagged) == len(cells[k]) or is_tag_header(h) and len(tagged) * 2 >= len(cells[k])):
            tags.append(k)   # 区分 / 方向性 / 二次評価 words, 〈新〉, a legend's ★
        elif k < name and column_role(headers[k]).role not in _NO_GROUP_ROLES and _group_column(body, k):
            groups.append(k)   # 「子育て・教育」 on the group's first row only, or repeated down a merged cell
    return _ListColumns(name, amount, tuple(tags), markers, tuple(groups), tuple(coded), kind)


def _kind_header(table) -> tuple[list[str], tuple] | None:
    """The header of a table no value column gave one (施設名｜種別｜所在地, 分類｜品目｜数量｜保管場所): the reader's header
    row, else the first of the top rows without figures, when one of its labels names a kind of item (「公園名」
    「品目」: ingest.vocab.item_kinds); None otherwise."""
    if table.header_rows and any(header_kind(h or "") for h in table.column_headers()):
        return table.column_headers(), table.body_rows
    rows = table.body_rows
    for i, row in enumerate(rows[:6]):
        labels = [c.text.strip() for c in row]
        if any(re.search(r"[0-9０-９]", t) for t in labels):
            continue
        if any(header_kind(t) for t in labels):
            return labels, rows[i + 1:]
    return None


def _other_kind_columns(headers: list[str], body, columns: _ListColumns) -> list[_ListColumns]:
    """The table's other columns that name one thing of a kind per row (「学校名」 beside 「工事内容」): each a list of
    its own, so a question about schools and one about works are both answered by the table (never the names
    column itself again, merged over two columns)."""
    found = []
    for k, header in enumerate(headers):
        kind = header_kind(header or "") or header_kind((header or "-").split()[-1])
        merged = all(k < len(row) and columns.name < len(row) and row[k].start == row[columns.name].start for row in body)
        if k != columns.name and kind and not merged and any(k < len(row) and row[k].text.strip() for row in body):
            found.append(replace(columns, name=k, kind=kind, groups=tuple(g for g in columns.groups if g != k)))
    return found


def code_legend(text: str) -> dict[str, str]:
    """The codes a document's note explains as tags (「区分：1=新規、2=拡充、3=継続」, 「種別　Ａ：新規」, 「区分欄の「1」は
    新規事業」): code -> tag word."""
    return {m.group(1): m.group(2) for m in _CODE_LEGEND.finditer(text)}


def _group_column(body, col: int) -> bool:
    """Whether a column left of the names holds the rows' groups: words printed on a group's first row only
    (nothing on the rows below), or one word repeated down the rows of a merged cell (figures are no group)."""
    texts = [_whole(row[col]) if col < len(row) else "" for row in body]
    words = [t for t in texts if t]
    if not words or not texts[0] or any(_NUMBER_CELL.match(t) for t in words):
        return False
    return len(words) < len(texts) or len(set(words)) < len(words)


def table_items(doc: str, text: str, tables, path_at=None) -> list[ListItem]:
    """事業 named by tables, one record per name: the cells of a 事業名 / 主な事業 / 取組 / 事項 column (a composite
    label 「事業名／事業概要」 too; a cell that holds several names 「A事業／B事業」「A事業、B事業」 gives each, the row's
    amount and tag cells go with them), the numbered 事業 of a 予算書's 説明 column, and the 事業名 cell of a form
    table that stands one 事業 (a 事業名｜value label grid). A row's marker columns (〇 under 「拡充」「継続」「廃止」 …),
    its tag cells (区分, 方向性: 新規, 〈拡〉, 縮小, a ★ or a code the legend explains) and a mark before its name the
    legend explains (「★子育て…事業」) are its tags. `path_at` (source offset -> outline path) gives the group
    headings a table stands under (【施策２－１】…, ■分野, (1) 施策名), repeated per table; a group column printed on
    a group's first row only carries down to the rows below."""
    from ingest.plans.table_records import header_and_body, label_grid
    legend, codes, states = legend_tags(text), code_legend(text), status_legend(text)
    items, previous = [], None   # the last list table read (a table over a page break goes on from it)
    sections: list[str] = []     # the section rows of the list tables read so far
    for table in tables or ():
        headers, body, _ = header_and_body(table)
        if not headers:   # no value or amount columns: a header that names 施設 / 品目 … still heads a list
            headers, body = _kind_header(table) or (headers, body)
        columns = _list_columns(headers, body, legend, codes)
        body = with_section_rows(table, body, _group_row)
        inner = inner_header(body) if columns is None else None
        if inner is not None:   # section rows above the header (「■新規事業」): they stay as the rows' groups
            headers, body = [c.text.strip() for c in body[inner]], body[:inner] + body[inner + 1:]
            columns = _list_columns(headers, body, legend, codes)
        if columns is not None and _label_column(body, columns.name):
            columns = None   # 「事業名｜…」 over 「目的｜…」「評価｜…」 rows: one form, not a list
        outline = tuple(path_at(table.start)) if path_at else ()
        if columns is not None and columns.kind:
            # a column of 施設 / 品目 …: a table that names 事業 otherwise (a 説明 column, a form) is read as that
            explained = explained_items(doc, text, table, headers, body, outline)
            columns = None if explained or form_item(doc, text, table, label_grid(table)) else columns
        if columns is None:
            explained = explained_items(doc, text, table, headers, body, outline)
            form = None if explained else form_item(doc, text, table, label_grid(table))
            if form:   # a form under a heading (a 款 「２　民生費」 over each 事業's sheet) is in that heading's list
                form = replace(form, headings=outline + tuple(h for h in form.headings if h not in outline))
            items += explained + ([form] if form else [])
            continue
        caption = table.caption.strip()
        outline += tuple(h for h in (_form_unit_above(text, _body_start(table, body), outline), caption) if h and h not in outline)
        # an earlier table's last section row that the outline holds over this table is none of its headings
        sections += [_group_row(row) for row in body]
        heading = outside_sections(outline, sections) or (headers[columns.name],)
        group = ""
        if _continues(previous, headers, body) and _squeezed(heading) in (_squeezed(previous.heading),
                                                                          (headers[columns.name],)):
            # a page's rows before its first group row, with no heading of their own: the last page's group
            heading, group = previous.heading, previous.group
        joined = table.origin in _JOINED_ORIGINS
        items += _row_items(doc, text, headers, body, columns, heading, (legend, codes, states), group, joined)
        for named in _other_kind_columns(headers, body, columns):   # its header says what they are to the row
            items += _row_items(doc, text, headers, body, named, heading + (headers[named.name],),
                                (legend, codes, states), group, joined)
        previous = _ListTable(tuple(headers), heading, next((g for g in map(_group_row, reversed(body)) if g), group),
                              _pages(body)[1])
    # an unruled list no reader saw as a table (its lines aligned by spaces): read from its printed lines
    spans = [(t.start, t.end) for t in tables or ()]
    return items + [i for i in aligned_rows(doc, text) if not any(a <= i.source.start < b for a, b in spans)]


def _squeezed(heading: tuple[str, ...]) -> tuple[str, ...]:
    """Headings compared as printed words, whatever the spaces between them (a running title set again per page)."""
    return tuple(re.sub(r"[\s\u3000]+", "", h) for h in heading)


def _pages(body) -> tuple[int | None, int | None]:
    """The first and last file page a table's body stands on (None where the format has no pages)."""
    pages = [c.page for row in body for c in row if c.page is not None and c.text.strip()]
    return (pages[0], pages[-1]) if pages else (None, None)


@dataclass(frozen=True)
class _ListTable:
    """The last list table read: its header, headings, the group its last rows stand under and its last page."""

    headers: tuple[str, ...]
    heading: tuple[str, ...]
    group: str
    last_page: int | None


def _continues(previous: _ListTable | None, headers: list[str], body) -> bool:
    """Whether a table goes on from the last list table over a page break: the same header repeated on the next
    page, its first row a 事業 (no group row of its own yet), so its first rows stand under the last page's group."""
    if previous is None or previous.headers != tuple(headers) or not body or _group_row(body[0]):
        return False
    first, _ = _pages(body)
    return first is not None and previous.last_page is not None and first == previous.last_page + 1


def _row_items(doc: str, text: str, headers: list[str], body, columns: _ListColumns, heading: tuple[str, ...],
               legends: tuple[dict[str, str], ...], group: str = "", joined: bool = False) -> list[ListItem]:
    """One record per name of a list table's rows, under the table's headings and the rows' groups (a group cell
    over two lines, or a row of its own that holds only a group cell's second line, is read whole); `group`: the
    group the first rows stand under (carried over a page break); `legends`: the tag marks, the codes and the
    state marks (「△：検討中」) the document's legends explain."""
    legend, codes, states = legends
    name_col = columns.name
    annotated = bool(re.search(r"(?:[（(][^）)]+[）)]|〔[^〕]+〕|［[^］]+］)$", re.sub(r"[\s\u3000]", "", headers[name_col])))
    skip = {name_col, columns.amount, *columns.tags, *columns.coded}
    carried, items = {}, []
    for row in body:
        filled = {k for k, c in enumerate(row) if c.text.strip()}
        if is_header_again(row, headers):
            continue
        if filled and filled <= set(columns.groups) and carried:   # a group cell's next line
            for k in filled:
                carried[k] = carried.get(k, "") + row[k].text.strip()
            continue
        if _group_row(row) or name_col >= len(row) or not row[name_col].text.strip():
            group = _group_row(row) or group
            continue
        if is_total_label(row[name_col].text):   # 「合　計」「効果額　合計」: the rows' sum, no 事業
            continue
        for k in columns.groups:
            carried[k] = (_whole(row[k]) if k < len(row) else "") or carried.get(k, "")
        cell = row[name_col]
        amount = row[columns.amount].text.strip() if columns.amount is not None and columns.amount < len(row) else ""
        tag_text = " ".join(row[k].text for k in columns.tags if k < len(row)).strip()
        coded = [codes[row[k].text.strip()] for k in columns.coded if k < len(row) and row[k].text.strip() in codes]
        marked = [tag for k, tag in columns.markers.items() if k < len(row) and _MARKER.match(row[k].text.strip())]
        tags = tuple(dict.fromkeys([TAG_ABBREVIATIONS.get(m.group(1), m.group(1))
                                    for m in TAG.finditer(tag_text or cell.text)]
                                   + cell_tags(tag_text, legend) + coded + _name_marks(cell.text, legend) + marked
                                   + section_tags(heading + ((group,) if group else ()))))
        stated = [f"{headers[k]} {row[k].text.strip()}" for k in columns.tags + columns.coded
                  if k < len(row) and row[k].text.strip()]   # 「今後の方向性 拡充」: what a question may ask it by
        others = " ".join(stated + [_row_words(headers, row, skip, states)]).strip()
        cell, category = _name_line(text, cell)
        groups = tuple(carried[k] for k in columns.groups if carried.get(k)) + ((group,) if group not in ("", *heading) else ()) \
            + ((category,) if category else ())
        amount_cell = row[columns.amount] if columns.amount is not None and columns.amount < len(row) else None
        names = cell_names(text, cell, joined and not columns.kind)   # (「特別養護老人ホーム さくらの里」: one 施設)
        own = None if tag_text else name_tags(text, cell.start, cell.end, [(a, b) for _, a, b in names])
        if own is not None:   # several names in one cell, a tag before (or after) some: each name its own tags
            printed = {TAG_ABBREVIATIONS.get(m.group(1), m.group(1)) for m in TAG.finditer(cell.text)}
            rest = tuple(t for t in tags if t not in printed)
            named = [(name, a, b, tuple(dict.fromkeys(tuple(TAG_ABBREVIATIONS.get(t, t) for t in mine) + rest)), amount)
                     for (name, a, b), mine in zip(names, own)]
        else:
            named = [(name, a, b, tags, amount) for name, a, b in names]
        # a name stacked below the first (two 事業 in one cell): its own marks and amount
        named += [(name, a, b, tuple(_name_marks(line, legend)), own)
                  for name, a, b, line, own in stacked_names(text, cell, amount_cell)]
        for name, a, b, own_tags, own_amount in named:
            badge = TRAILING_BADGE.search(name)
            if badge:   # 「高齢者世帯雪下ろし費用助成 新規」: a badge printed after the name (an HTML <span>) is its tag
                name, own_tags = name[:badge.start()], tuple(dict.fromkeys(own_tags + (badge.group(1),)))
            if annotated:   # 「事業名（所管課）」「主な取組〔実施主体〕」: the bracket after the name is no part of it
                name = _ANNOTATION.sub("", name) or name
            source = Source(doc, a, b, quote_text(text[a:b]))
            items.append(ListItem(name, heading + groups, own_tags, own_amount, others[:200], "", source, "cell",
                                  kind=columns.kind))
    return items


def _label_column(body, col: int) -> bool:
    """Whether the names column holds a form's labels (the first column of 事業名｜value, 目的｜value … rows)."""
    texts = [row[col].text.strip() for row in body if col < len(row) and row[col].text.strip()]
    return col == 0 and len(texts) >= 2 and not any(_is_name(t) for t in texts) \
        and all(len(r) <= 3 for r in body) and all(len(t) <= 12 for t in texts) \
        and sum(1 for t in texts if FORM_DESCRIPTION.match(t) or is_tag_header(t) or column_role(t).role) * 2 >= len(texts)


def _body_start(table, body) -> int:
    """Where a table's first body row starts (its header rows may be a form's label rows)."""
    starts = [c.start for c in (body[0] if body else ()) if 0 <= c.start]
    return min(starts) if starts else table.start


def _form_unit_above(text: str, start: int, outline: tuple[str, ...]) -> str:
    """The unit a form names in a label｜value row above a list of 事業 (「施策名	移住・定住の促進」 on an evaluation
    sheet, also as the last pair of a row 「施策番号	4-1	施策名	…」), searched back to the heading the table stands under (or 2,000 characters): its name, else ""."""
    floor = text.rfind(outline[-1], 0, start) if outline else -1
    window = text[max(floor, start - 2000, 0):start]
    found = [m.group(1).strip() for m in _UNIT_LABEL_ROW.finditer(window)]
    return found[-1] if found else ""


def _name_line(text: str, cell):
    """A 事業名 cell over two lines whose first line is a category and whose next line the name (「(1)基盤整備 農業」
    over 「中山間地域農道整備事業（菅尾地区）」): (the cell as the name's line, the category); else (cell, "")."""
    if not cell.tail_spans or _is_name(cell.text) and not _NUMBERED_LINE.match(cell.text.strip()):
        return cell, ""   # 「(10)過疎地域持続的発展特別事業」 over a name: a numbered line is the category
    for a, b in cell.tail_spans:
        if 0 <= a < b <= len(text) and _is_name(text[a:b]):
            return replace(cell, text=text[a:b], start=a, end=b, tail_spans=(), tail=""), cell.text.strip()
    return cell, ""


def _is_name(line: str) -> bool:
    """Whether a line ends like the name of a 事業 (an annotation in brackets aside)."""
    return bool(NAME_WORDS.search(_ANNOTATION.sub("", TAG.sub("", line.strip()))))


def _whole(cell) -> str:
    """A cell's text over all its lines (「子育て・」 and 「教育」 of a two-line PDF cell)."""
    return (cell.text.strip() + cell.tail.strip()) if cell.text.strip() else ""


def _name_marks(name: str, legend: dict[str, str]) -> list[str]:
    """The tags the marks before a name say where the legend explains them (「★◎子育て…事業」, ★：重点事業)."""
    lead = LEAD_MARKS.match(name.strip())
    return [legend[ch] for ch in lead.group(0) if ch in legend] if lead else []


def _group_row(row) -> str:
    """A row of a list of 事業 that holds one text only (「重点テーマ２ まちの魅力」 merged across the sheet): the
    group heading of the rows below it; "" for any other row."""
    texts = list(dict.fromkeys(c.text.strip() for c in row if c.text.strip()))
    merged = all(c.text == row[0].text for c in row)   # one cell merged across the row
    if len(row) >= 3 and len(texts) == 1 and not _NUMBER_CELL.match(texts[0]) and len(texts[0]) <= 60 \
            and (merged or not NAME_WORDS.search(texts[0])):
        return texts[0]
    return ""


def _marker_columns(headers: list[str], body, skip: set) -> dict[int, str]:
    """Columns that hold only a mark (〇) or nothing, headed by a tag word (「今後の方向性 拡充」 -> 拡充): col -> tag."""
    found = {}
    for k, header in enumerate(headers):
        words = (header or "").split()
        last = re.sub(r"[\s\u3000]", "", words[-1]) if words else ""
        if k in skip or last not in TAG_WORDS:
            continue
        cells = [row[k].text.strip() for row in body if k < len(row) and row[k].text.strip()
                 and not _group_row(row) and not is_total_label(row[k].text)]   # a 政策 row, a 合計 row
        if cells and all(_MARKER.match(c) for c in cells):
            found[k] = last
    return found


def _row_words(headers: list[str], row, skip: set, states: dict[str, str]) -> str:
    """The words of a row's other cells, for matching: a mark a legend explains as a state as its header and
    word (「進捗 検討中・未着手」 for △), a marker cell as its header (「今後の方向性 拡充」), figures and grade
    letters left out."""
    words = []
    for k, cell in enumerate(row):
        value = cell.text.strip()
        if k in skip or not value:
            continue
        if value in states:
            words.append(f"{headers[k] if k < len(headers) else ''} {states[value]}".strip())
        elif _MARKER.match(value):
            words.append(headers[k] if k < len(headers) and headers[k] else value)
        elif not _NUMBER_CELL.match(value) and not re.match(r"^[A-ES]$", value):
            words.append(value)
    return " ".join(words)
