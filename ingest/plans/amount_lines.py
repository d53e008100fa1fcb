"""Budget lines written in text, not tables: a label and its money amount in a list item, a line, a pair of
lines or a sentence, in the forms 広報 budget features, 決算報告 and 予算の概要 use:

    ◇一般会計 2,119億8,400万円            (a list item; a CSV cell keeps it on one line)
    ◇一般会計 / 2,119億8,400万円          (label and amount on consecutive lines)
    ◇浸水対策事業〔35億1,917万円〕〔拡大〕  ○重層的支援体制整備事業…1億3,857万円
    新型コロナウイルスワクチン接種事業 1億1668万8千円      歳入総額：1069億8011万円
    一般会計では、収入が2,422億7,600万円(前年度比7.0%増)、支出が2,344億7,900万円 …

Amounts are read by the quantity grammar (ingest.vocab.quantities: 「73億6千9百万円」 = 7,369,000,000 円); only
money counts, never a change (「…の増」「比較…」), a per-person figure's 「1人」 or a rounding note. The label is
the text just before the amount, back to a bullet, a sentence or clause break, the previous amount or a space;
a label that ends in a particle other than が/は is prose, not a label. The group is the heading the item
stands under (▽衛生費, ◆子ども・子育て・教育) or the list item it is a part of (◇特別会計 … 国民健康保険事業).

Which amount it is — 当初予算額, 補正予算額, 決算額 or 予算額 — and its fiscal year come from what the document
says it is: a CSV row's title cells, else the document's title and its opening lines (「令和7年度当初予算」,
「令和5年度一般会計の決算額は…」); a 決算額 never answers a 当初予算 question. A label listed as an item
and also stated in a sentence of the same document keeps the listed one (prose rounds: 「一般会計が2,120億円」).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from ingest.plans.change_phrases import change_line as _change_line, change_of_last as _change_of_last, last_year_beside
from ingest.plans.comparison_tables import is_change_column
from ingest.plans.records import BudgetLine, Source
from ingest.text.brackets import CLOSERS, OPENERS, balanced
from ingest.text.normalize import quote_text
from ingest.vocab.eras import read_years
from ingest.vocab.header_words import (ACCOUNT_ENDINGS, ALLOCATION_VERBS, AMOUNT_COLUMN_WORDS, BUDGET_KIND_WORDS,
                                      CHANGE_AMOUNT_HEADERS,
                                      EACH_SIDE_WORDS, LIST_NAME_HEADER_WORDS, PREVIOUS_YEAR_LABELS, SUPPLEMENT_WORD)
from ingest.vocab.number_cuts import NUMBER_CUT_AFTER, NUMBER_CUT_BEFORE
from ingest.vocab.quantities import Quantity, read_quantities
from ingest.vocab.units import YEN

_BULLETS = "◇◆○●■□▽▼▶・◎"
_STOP = "。、,，；;"
_CHANGE_AFTER = re.compile(r"^\s*(?:[(（][^()（）]{0,12}[)）])?\s*(?:の)?(?:増|減|増額|減額|増加|減少|アップ|ダウン)")
_CHANGE_BEFORE = re.compile(r"(?:比較|比べ|前年度比|前年比|差引|差し引)[^0-9]{0,4}$")
_PARTICLE_END = re.compile(r"[ぁ-ゖ]$")
_TOPIC = re.compile(r"\s*([^、。\s]{2,24}?)(?:では|は)、")
_TAG = re.compile(r"^(?:[〔【\[［(（〈《＜<][^〕】\]］)）〉》＞>]{1,4}[〕】\]］)）〉》＞>])+")
# not a label: a phrase starting with a particle (「の金額」, 「を超える場合に」), a unit note, a change (「…の増」)
_NOT_LABEL = re.compile(r"^[のをにへとでやもが](?![ぁ-ゖ])|単位|(?:の|が)?(?:増|減)$|以上$|未満$")
_LABEL_TRIM = " \u3000\t…‥・:：〔［[「『※" + _BULLETS
OPENING = 300            # the opening characters of a document that say what its amounts are
MAX_LABEL = 40
MAX_PROSE_LABEL = 12     # 「歳入が…」, 「一般会計が…」: a sentence's subject names an amount only when short


@dataclass(frozen=True)
class _Found:
    label: str
    group: str
    quantity: Quantity
    start: int            # label start (document offset)
    end: int              # amount end
    listed: bool          # a list item or a line of its own (not a sentence)
    change: str = ""      # the change word a change of the amount before it is printed under (「前年度比較」)
    last_year: str = ""   # last year's amount in brackets after this one, as printed (「（前年度 6,200万円）」)


def kind_and_year(context: str) -> tuple[str, int | None]:
    """The kind of amount (the first kind word) and the fiscal year (the first year) a context names."""
    found = [(context.find(word), column) for word, column in BUDGET_KIND_WORDS if word in context]
    column = min(found)[1] if found else ""
    years = [y for y in read_years(context) if not y.is_date and not y.bare]
    years = [y for y in years if y.fiscal] or years       # 「令和5年度」 before a 「2024年」 of the issue
    return column, (years[0].year if years else None)


def _label_before(text: str, floor: int, at: int) -> tuple[str, int, bool] | None:
    """The label just before an amount at `at` (text[floor:at] may hold it): (label, start, is a list label)."""
    piece = text[floor:at]
    colon = piece.rstrip().endswith((":", "："))
    stripped = piece.rstrip(" \u3000\t…‥〔［[（(:：")
    each = next((w for w in EACH_SIDE_WORDS if stripped.endswith(w)), "")
    if each and stripped[:-len(each)].rstrip().endswith(("は", "は、")):   # 「総額は、歳入歳出それぞれ24,615,000千円」
        stripped = stripped[:-len(each)].rstrip()
    prose = False
    if stripped.endswith(("が", "は", "は、")):
        stripped, prose = re.sub(r"(?:が|は、?)$", "", stripped), True
    cut = _label_cut(stripped)
    label = stripped[cut + 1:]
    start = floor + cut + 1
    if colon:      # 「病院事業：純利益3億5830万円」: the label before the colon names it too
        label = label.replace("：", " ").replace(":", " ")
    label = _TAG.sub("", label.strip(" \u3000\t")).strip(_LABEL_TRIM)    # 「〔新規〕有田みかん…」: the tag is no name
    if not label or len(label) > (MAX_PROSE_LABEL if prose else MAX_LABEL) or _PARTICLE_END.search(label) and not prose:
        return None
    if _NOT_LABEL.search(label) or len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff々A-Za-z]", label)) < 2:
        return None
    if label.strip("（()）【】") in PREVIOUS_YEAR_LABELS:
        return None      # 「（前年度 54,000千円）」: last year's amount beside this year's, no line of its own
    if label[:1] in OPENERS and not balanced(label):
        return None      # 「年額73,200円（月額6,100円）」: an amount in brackets beside another is an aside, no line
    if re.search(r"[0-9０-９]", label) and not re.search(r"[^\x00-\x7f0-9０-９]{2}", label):
        return None
    return label, start + (len(text[start:at]) - len(text[start:at].lstrip(_LABEL_TRIM))), not prose


def _label_cut(text: str) -> int:
    """Where a label before an amount starts (the index before it): the last clause break, bullet or space that
    stands outside brackets (「市債残高見込み（一般会計、令和７年度末）」 is one label, not 「令和７年度末）」)."""
    breaks = _STOP + _BULLETS.replace("・", "") + " \u3000\t"
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        ch = text[i]
        if ch in CLOSERS:
            depth += 1
        elif ch in OPENERS:
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in breaks or ch == "・" and (i == 0 or text[i - 1].isspace())):
            return i
    return -1


_ALLOCATED = re.compile(r"^\s*(?:を|の予算を)(?:" + "|".join(ALLOCATION_VERBS) + ")")
# what may stand just before a 事業 name in prose: a clause break, a particle or a verb's end (「…を行う」「…する」)
_NAME_BOUNDARY = "、。「『（(・ \u3000\nうるたすくつむぶのをがはへとでになや"
_NAME_RUN = re.compile(r"[\u4e00-\u9fff々\u30a0-\u30ffー・Ａ-Ｚａ-ｚA-Za-z０-９0-9]{4,40}$")


def _allocated_to(text: str, floor: int, at: int, after: str) -> tuple[str, int, bool] | None:
    """「…を行うオーバーツーリズム対策事業に1億2,800万円を計上いたしました」: a sentence that allocates an amount
    to a named 事業 — the name is the run of kanji/katakana just before 「に」 (a name with kana in it is not read:
    its start cannot be told from the prose before it). None for any other sentence."""
    piece = text[floor:at].rstrip(" \u3000")
    if not piece.endswith("に") or not _ALLOCATED.match(after):
        return None
    m = _NAME_RUN.search(piece[:-1])
    if m is None or not re.search(r"[\u4e00-\u9fff\u30a0-\u30ff]{2}", m.group(0)):
        return None
    if m.start() > 0 and piece[m.start() - 1] not in _NAME_BOUNDARY:
        return None    # 「…にぎわい創出事業」: kana that may be the name's own (no boundary before the run)
    return m.group(0), floor + m.start(), False


def _items(text: str, a: int, b: int) -> list[_Found]:
    """Money amounts with their labels in text[a:b] (one line, or one CSV cell)."""
    out: list[_Found] = []
    floor = a
    segment_label = ""
    segment_start = a
    for q in read_quantities(text[a:b]):
        qa, qb = a + q.start, a + q.end
        if q.kind in ("year", "date"):
            continue      # 「令和6年度予算は…」: a year is part of the label, never its end
        if q.kind == "change" and q.unit.endswith(YEN) and out and not re.search("[。\n]", text[out[-1].end:qa]):
            # 「令和6年度予算は、73億6千9百万円、前年度比較2億6千9百万円の増」: the change of the amount before it
            word = re.split(f"[{_STOP}。]", text[out[-1].end:qa])[-1].strip(" \u3000")
            last = out[-1]
            out.append(_Found(last.label, last.group, q, last.start, qb, last.listed,
                              word if is_change_column(word) else CHANGE_AMOUNT_HEADERS[1]))
            floor = qb
            continue
        change = _change_of_last(text, out, qa, b, _STOP)
        if change is not None:   # 「…42億3,860万円で、前年度より1億2,470万円（3.0％）増えました」: the amount's change
            last = out[-1]
            out.append(_Found(last.label, last.group, change, last.start, change.end, last.listed,
                              CHANGE_AMOUNT_HEADERS[1]))
            floor = change.end
            continue
        if q.kind != "money" or not q.unit.endswith(YEN):
            if q.kind in ("marker", "change", "ratio", "points", "rank"):
                floor = max(floor, qb)     # 「1人当たり」, 「(△6.3%)」 end a label; 「さが園芸888…」 keeps its number
            continue
        if _broken_number(text, qa, qb):
            floor = qb
            continue      # 「…１９８億７，」 / 「６００万円で…」: the amount's other digits stand on the next line
        beside = last_year_beside(text, out, qa, qb)
        if beside:   # 「事業費 1億3,450万円 （前年度 6,200万円）」: last year's amount, said of this year's line (no line
            # of its own: it never stands for an amount of the year the document budgets)
            out[-1] = replace(out[-1], last_year=text[out[-1].end:beside].strip())
            floor = beside
            continue
        bullet = _bullet_at(text, segment_start, qa)
        if bullet > segment_start or (bullet == a and not segment_label):   # a new list item before this amount
            segment_start, segment_label = bullet, ""
            floor = max(floor, bullet + 1)
        after = text[qb:min(b, qb + 16)]
        if after.lstrip().startswith("単位"):
            floor = qb
            continue
        before = text[max(a, qa - 12):qa]
        found = None
        if not _CHANGE_AFTER.match(after) and not _CHANGE_BEFORE.search(before):
            found = _label_before(text, floor, qa) or _allocated_to(text, floor, qa, after)
        floor = qb
        if not found:
            continue
        label, start, listed = found
        if not listed:
            # a sentence's subjects (歳入が…、歳出は…) stand side by side; the sentence's topic (「一般会計では、」,
            # 「令和5年度一般会計の決算額は、」) is their group
            group = _topic(text, a, start)
        elif not segment_label:
            # the list item's first amount: its label right after the bullet heads the item (「◇特別会計 1,014億…
            # 国民健康保険事業 440億…」: the later amounts are its parts); words between (「■一般会計から税金の
            # 使い道を知ろう 歳入総額：…」) are a heading over every amount of the item
            lead = text[segment_start + 1:start].strip(_LABEL_TRIM) if segment_start < start else ""
            heading = lead if 0 < len(lead) <= MAX_LABEL and not any(c in lead for c in _STOP) else ""
            segment_label = heading or label
            group = heading
        else:
            group = segment_label if segment_label != label else ""
        out.append(_Found(label, group, q, start, qb, listed))
    return out


def _broken_number(text: str, qa: int, qb: int) -> bool:
    """Whether the amount at [qa, qb) is part of a number a line break cuts (a column's hard wrap: 「…１９８億７，」 over
    「６００万円」): it opens its line right after a line ending in a digit or a separator, or closes its line before
    one opening with a digit. Read alone it would be another amount."""
    line_start = text.rfind("\n", 0, qa) + 1
    line_end = text.find("\n", qb)
    if not text[line_start:qa].strip() and line_start > 0 and NUMBER_CUT_BEFORE.search(text[:line_start - 1][-8:]):
        return True
    return line_end >= 0 and not text[qb:line_end].strip() and bool(NUMBER_CUT_AFTER.match(text[line_end + 1:]))


def _topic(text: str, a: int, at: int) -> str:
    """The topic a sentence opens with before position `at`: 「一般会計では、」 -> 一般会計 ("" when none)."""
    begin = max(text.rfind(c, a, at) for c in "。\n") + 1
    begin = max(begin, a)
    m = _TOPIC.match(text, begin, at)
    return m.group(1).strip(_LABEL_TRIM) if m else ""


def _bullet_at(text: str, a: int, b: int) -> int:
    """The last bullet in text[a:b] (「・」 only at a line start or after a space: inside a name it joins words)."""
    at = max(text.rfind(c, a, b) for c in _BULLETS.replace("・", ""))
    for m in re.finditer(r"(?:^|(?<=\s))・", text[a:b]):
        at = max(at, a + m.start())
    return at


_RULE = re.compile(r"^\s*[━─―—=＝\-－_＿]{5,}\s*$")


def _headings(text: str, a: int, b: int) -> str:
    """A heading a line gives the lines below it: 「▽衛生費」, 「◆地域の活力を生むまちづくり」 (no amount)."""
    line = text[a:b].strip()
    if line[:1] in _BULLETS and len(line) <= MAX_LABEL and not any(q.kind == "money" for q in read_quantities(line)):
        return line.strip(_LABEL_TRIM)
    return ""


def amount_lines(doc: str, text: str, title: str, skip: list[tuple[int, int]], context_at, place_of,
                 labelled_only: list[tuple[int, int]] = ()) -> list[BudgetLine]:
    """Every budget line written in the text of one document (see the module docstring). In the `labelled_only`
    spans (a 成果説明書's form whose 成果指標 rows were read as KPIs) only the amounts whose own label says what they
    are (「予算現額 124,800,000円」), each cell of a row on its own."""
    opening = f"{title}\n{text[:OPENING]}"
    opening_place = place_of(opening)      # a newsletter page names its town in its header (「大分県杵築市」)
    found: list[tuple[_Found, str, int | None, str]] = []
    heading = ""
    previous: tuple[int, int] | None = None      # the last short line without an amount: a label for the next
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if _RULE.match(line):
            heading = ""     # a rule closes the section a heading opened: the next article's amounts are not its
        form_line = any(s <= a < e for s, e in labelled_only)
        if any(s <= a < e for s, e in skip) and not form_line:
            previous = None   # a table read apart stands between: its lines above label nothing below it
            continue
        cells = _cells(line, a)
        if form_line:
            row_context = ""
        elif len(cells) > 1:      # a CSV row: its longest cell is the article, the others (title, date) say what it is
            body = max(cells, key=lambda c: c[1] - c[0])
            row_context = "\n".join(text[x:y] for x, y in cells if (x, y) != body)
            cells = [body]
        else:
            row_context = ""
        column, year = kind_and_year(row_context) if row_context else kind_and_year(opening)
        if year is None and column == _SUPPLEMENT_COLUMN and not row_context:
            year = _session_fiscal_year(opening)
        row_place = place_of(row_context) if row_context else opening_place
        # an article or document that is no budget's (an event's fee, a wage) gives no budget line, but for an amount
        # whose label says what it is (「予算現額 124,800,000円 決算額 119,350,400円」 in a 成果説明書's form)
        own_only = not column or form_line
        beside = _change_line(text, found, a, b) if len(cells) == 1 and not own_only else None
        if beside is not None:
            (last, last_column, last_year, last_place), change = beside
            found.append((_Found(last.label, last.group, change, last.start, change.end, last.listed,
                                 CHANGE_AMOUNT_HEADERS[1]), last_column, last_year, last_place))
            previous = None
            continue
        for x, y in cells:
            items = _items(text, x, y)
            if own_only:
                items = [item for item in items if kind_and_year(item.label)[0]]
            elif not items and previous and _whole_amount(text, x, y):
                label = _TAG.sub("", text[previous[0]:previous[1]].strip().lstrip(_BULLETS + " \u3000")).strip(_LABEL_TRIM)
                q = _whole_amount(text, x, y)
                items = [_Found(label, heading, q, previous[0], q.end, True)] if label else []
            for item in items:
                found.append((item if item.group else replace(item, group=heading), column, year, row_place))
        title_line = _headings(text, a, b)
        if title_line:
            heading = title_line
        previous = (a, b) if line.strip() and len(line.strip()) <= MAX_LABEL and not _items(text, a, b) \
            and not line.rstrip().endswith("。") \
            and not _whole_amount(text, a, b) else None
    account = _account(opening)
    found = [(replace(f, group=account)
              if account and not f.group and f.label.endswith(_TOTAL_WORD) and account not in f.label else f,
              column, year, place) for f, column, year, place in found]
    listed = {(f.label, column) for f, column, _, _ in found if f.listed}
    lines = []
    for f, column, year, row_place in found:
        if not f.listed and (f.label, column) in listed:
            continue
        q = f.quantity
        own, _ = kind_and_year(f.label)   # 「予算現額330,000千円」 in a 決算 document is no 決算額: the label says so
        if own:
            # a label that is an amount word (予算現額, 当初予算額) is the column as written
            column = f.label if len(f.label) <= 8 and f.label.endswith("額") and f.label not in _KIND_AMOUNTS else own
        if column == f.label or f.label in AMOUNT_COLUMN_WORDS:
            # a bare 「予算額」/「事業費」 in a box or form of one 事業: the block's title names the 事業
            title = _block_title(text, f.start)
            f = replace(f, group=title) if title else f
        source = Source(doc, f.start, f.end, quote_text(text[f.start:f.end]))
        context = context_at(f.start)
        lines.append(BudgetLine(   # a change states its direction as printed (「2億6千9百万円の増」), no unit after it
            project=f.group or context.project, item=f.label, area=context.area, region=context.region,
            fiscal_year=year, amount=q.value, unit="" if f.change else YEN,
            raw=q.raw,
            description=f.last_year, source=source, amount_yen=q.value,
            column=f.change or column, place=place_of(f.label) or row_place or context.place,
            outline=context.outline + ((f.group,) if f.group else ())))
    return lines


_TOTAL_WORD = "総額"
_SUPPLEMENT_COLUMN = dict(BUDGET_KIND_WORDS)[SUPPLEMENT_WORD]
# 「補正額」 under a 補正予算 heading is that budget's 補正予算額 (the kind's own column), unlike 「予算現額」 or 「補正後の総額」
_KIND_AMOUNTS = {f"{word}額" for word, _ in BUDGET_KIND_WORDS}


def _session_fiscal_year(opening: str) -> int | None:
    """The fiscal year of the earliest full date a 議会だより's opening prints (its 会期 「令和６年11月28日～」 or its
    issue date): a 補正予算 is passed for the fiscal year in progress at its session, which the page never writes as
    「令和６年度」. None when the opening prints no date with a month."""
    dates = [y for y in read_years(opening) if y.is_date and y.month and y.day]
    if not dates:
        return None
    first = min(dates, key=lambda d: (d.year, d.month, d.day))
    return first.year if first.month >= 4 else first.year - 1
_ACCOUNT = re.compile(r"[^\s、。「」（）()]{0,12}?(?:" + "|".join(ACCOUNT_ENDINGS) + ")")


def _account(opening: str) -> str:
    """The one account a budget document's title and opening lines name (「…市一般会計予算」 -> 一般会計), "" when they
    name none or several: the 「総額」 its first article states is that account's."""
    names = {re.split(r"[のはがを市町村区県都道府年度]", m.group(0))[-1] for m in _ACCOUNT.finditer(opening)}
    return names.pop() if len(names) == 1 else ""


_FIELD_LINE = re.compile(r"^\s*([^\s:：]{1,12})(?:\s{2,}|\u3000|\t|\s*[:：]\s*)(\S.*)$")
MAX_BLOCK_FIELDS = 3     # lines of fields (担当課, 所管課, 期間) a block may hold between its title and its amount


def _block_title(text: str, at: int) -> str:
    """The title of the block a bare amount label at `at` stands in (「【拡充】放課後児童クラブ整備事業」 / 「担当課
    こども課」 / 「予算額 96,500千円」, a box of a 主要事業の概要): the nearest line above that is no field (a label, a
    wide gap, a value), with the fields between; a 「事業名：…」 field names it too. "" where no title stands (a blank
    line, a sentence, an amount, or more fields than a block holds)."""
    end = text.rfind("\n", 0, at)
    for _ in range(MAX_BLOCK_FIELDS + 1):
        if end <= 0:
            return ""
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        end = start - 1
        field = _FIELD_LINE.match(line)
        if field and field.group(1) in LIST_NAME_HEADER_WORDS:
            return field.group(2).strip()
        if field:
            continue
        if not line or len(line) > MAX_LABEL or line.endswith(("。", "、")) \
                or any(q.kind == "money" for q in read_quantities(line)):
            return ""
        return _TAG.sub("", line).strip(_LABEL_TRIM)
    return ""


def _cells(line: str, a: int) -> list[tuple[int, int]]:
    out, pos = [], a
    for cell in line.split("\t"):
        out.append((pos, pos + len(cell)))
        pos += len(cell) + 1
    return out


def _whole_amount(text: str, a: int, b: int) -> Quantity | None:
    """A line that is only a money amount (「2,119億8,400万円」, 「〔4,400万円〕」): the amount, spans into text."""
    line = text[a:b]
    qs = [q for q in read_quantities(line) if q.kind == "money"]
    if len(qs) != 1:
        return None
    rest = unicodedata.normalize("NFKC", line[:qs[0].start] + line[qs[0].end:]).strip(" 〔〕[]()（）")
    if rest:
        return None
    q = qs[0]
    return Quantity(q.value, q.unit, q.kind, a + q.start, a + q.end, q.raw, q.qualifier, q.value_end, q.scale_word)
