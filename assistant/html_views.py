"""HTML for the web page, built from the assistant's records. Every text from a document or a user
is escaped here, so a question or a quote holding <script> shows as text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from assistant.context import CitationContext
from assistant.source_view import SourceView
from assistant.records import Answer
from ingest.plans.records import Kpi, Project

EMPTY_CHAT = ('<div class="pa-empty">質問を入力するか、下の例をクリックしてください。'
              '答えの各文には出典番号 [n] が付き、出典をクリックすると前後の本文を確認できます。</div>')


def _answer_body(text: str, turn: int) -> str:
    body = escape(text).replace("\n", "<br>")
    return re.sub(r"\[(\d+)\]", lambda m: f'<button class="pa-ref" data-key="{turn}:{m.group(1)}">[{m.group(1)}]</button>',
                  body)


def render_turn(turn: int, question: str, searched: str, answer: Answer) -> str:
    parts = [f'<div class="pa-turn" data-turn="{turn}">',
             f'<div class="pa-question">{escape(question)}</div>']
    if searched != question:
        parts.append(f'<div class="pa-searched">前の質問を踏まえて「{escape(searched)}」として検索しました。</div>')
    status = "pa-answer" if answer.found else "pa-answer pa-notfound"
    parts.append(f'<div class="{status}">{_answer_body(answer.answer, turn)}</div>')
    if answer.citations:
        parts.append('<ol class="pa-citations">')
        for c in answer.citations:
            key = f"{turn}:{c.n}"
            parts.append(
                f'<li><button class="pa-open" data-key="{key}" title="前後の本文を表示">[{c.n}] {escape(c.label)}</button>'
                f' <span class="pa-quote">「{escape(c.quote)}」</span>'
                f' <button class="pa-copy" data-paste="{escape(c.paste_text(), quote=True)}" '
                f'title="「引用」（出典：…）の形でコピー">コピー</button></li>')
        parts.append("</ol>")
    parts.append("</div>")
    return "".join(parts)


def render_conversation(answers: Sequence[Answer]) -> str:
    """The page's chat: each answer under the question as asked and, for a rewritten follow-up, what was searched."""
    if not answers:
        return EMPTY_CHAT
    return "".join(render_turn(i, a.question, a.rewritten or a.question, a) for i, a in enumerate(answers))


def _tidy_context(text: str) -> str:
    """Blank lines of the context are shown as one line break (the quote itself is never touched)."""
    return re.sub(r"\n[ \t\u3000]*(?:\n[ \t\u3000]*)+", "\n", text)


def render_context(ctx: CitationContext | None, n: int | None = None) -> str:
    if ctx is None:
        return '<div class="pa-context pa-muted">出典をクリックすると、ここに前後の本文が表示されます。</div>'
    head = f"[{n}] " if n else ""
    return (f'<div class="pa-context"><div class="pa-context-head">{head}{escape(ctx.label)}</div>'
            f'<div class="pa-context-body">{escape(_tidy_context(ctx.before))}<mark>{escape(ctx.quoted)}</mark>'
            f'{escape(_tidy_context(ctx.after))}</div>'
            f'<div class="pa-context-label">出典：{escape(ctx.label)}</div>'
            f'<div class="pa-muted pa-file">ファイル: {escape(ctx.doc)}</div></div>')


def render_source(view: SourceView | None, n: int | None = None, original_url: str = "") -> str:
    """The source panel: label, where the quote stands, the text around it and, for a PDF, the page image
    with the quote boxed (beside the text on a wide screen, below it on a narrow one) and a link that
    opens the original file at that page."""
    if view is None:
        return render_context(None)
    ctx = view.context
    head = f"[{n}] " if n else ""
    parts = [f'<div class="pa-context"><div class="pa-context-head">{head}{escape(ctx.label)}</div>']   # by its title
    if view.location:
        parts.append(f'<div class="pa-location">場所: {escape(view.location)}</div>')
    parts.append('<div class="pa-source">')
    parts.append(f'<div class="pa-context-body">{escape(_tidy_context(ctx.before))}<mark>{escape(ctx.quoted)}</mark>'
                 f'{escape(_tidy_context(ctx.after))}</div>')
    if view.page_png:
        note = "" if view.quote_found_on_page else '<div class="pa-muted">このページの画像では引用箇所を特定できませんでした。</div>'
        parts.append(f'<figure class="pa-page"><img class="pa-page-image" alt="{escape(ctx.doc)} の {view.page} ページ目"'
                     f' src="{view.page_data_uri()}">{note}</figure>')
    parts.append("</div>")
    if original_url:
        parts.append(f'<div class="pa-original"><a href="{escape(original_url, quote=True)}" target="_blank" '
                     f'rel="noopener">元のファイルを開く（{escape(view.location or ctx.doc)}）</a></div>')
    if view.source_url.startswith(("https://", "http://")):
        parts.append(f'<div class="pa-original">入手元: <a href="{escape(view.source_url, quote=True)}" target="_blank" '
                     f'rel="noopener noreferrer">{escape(view.source_url)}</a></div>')
    parts.append(f'<div class="pa-context-label">出典：{escape(ctx.label)}</div>'
                 f'<div class="pa-muted pa-file">ファイル: {escape(ctx.doc)}</div></div>')
    return "".join(parts)


def render_progress_chart(kpis: list[Kpi], limit: int = 40) -> str:
    """Horizontal bars of progress (%) per indicator, with the 100% line; KPIs without progress are left out."""
    rows = [k for k in kpis if k.progress is not None][:limit]
    if not rows:
        return '<div class="pa-muted">進捗率が記載された指標はありません。</div>'
    label_w, bar_w, row_h = 300, 420, 22
    scale_max = max(120.0, max(k.progress for k in rows) * 1.05)
    height = row_h * len(rows) + 30
    x100 = label_w + bar_w * 100 / scale_max
    chart_w = label_w + bar_w + 60   # the viewBox lets the page scale the chart down on a narrow screen
    parts = [f'<svg class="pa-chart" role="img" aria-label="指標ごとの進捗率" width="{chart_w}" height="{height}" '
             f'viewBox="0 0 {chart_w} {height}" xmlns="http://www.w3.org/2000/svg" font-size="12">']
    for i, k in enumerate(rows):
        y = 20 + i * row_h
        width = bar_w * k.progress / scale_max
        color = "#2e7d32" if k.progress >= 100 else ("#f9a825" if k.progress >= 80 else "#c62828")
        name = f"{k.indicator}（{k.area}）" if k.area else k.indicator
        short = name if len(name) <= 24 else name[:23] + "…"
        parts.append(f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end"><title>{escape(name)}</title>{escape(short)}</text>'
                     f'<rect class="pa-bar" x="{label_w}" y="{y + 3}" width="{width:.1f}" height="{row_h - 6}" fill="{color}">'
                     f'<title>{escape(name)}: {k.progress:g}%</title></rect>'
                     f'<text x="{label_w + width + 4:.1f}" y="{y + 14}">{k.progress:g}%</text>')
    parts.append(f'<line class="pa-target" x1="{x100:.1f}" y1="12" x2="{x100:.1f}" y2="{height - 4}" stroke="#333" '
                 f'stroke-dasharray="4 3"/><text x="{x100 + 3:.1f}" y="11">100%</text></svg>')
    return "".join(parts)


def render_projects(projects: list[Project], label_of) -> str:
    """Project cards: regions, KPIs with their values, budget lines and the sources (with labels)."""
    if not projects:
        return '<div class="pa-muted">条件に合うプロジェクトはありません。</div>'
    parts = []
    for p in projects:
        parts.append(f'<details class="pa-project"><summary><b>{escape(p.name)}</b>'
                     f' <span class="pa-muted">{escape("・".join(p.regions) or "地域の記載なし")}'
                     f'（KPI {len(p.kpis)} 件、予算 {len(p.budgets)} 件）</span></summary>')
        if p.kpis:
            parts.append('<table class="pa-table"><tr><th>指標</th><th>地域</th><th>基準値</th><th>実績値</th>'
                         '<th>目標値</th><th>進捗率</th><th>出典</th></tr>')
            for k in p.kpis:
                cells = [k.indicator, k.area, k.baseline.raw if k.baseline else "", k.actual.raw if k.actual else "",
                         k.target.raw if k.target else "", "" if k.progress is None else f"{k.progress:g}%",
                         label_of(k.source)]
                parts.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
            parts.append("</table>")
        if p.budgets:
            parts.append('<ul class="pa-budgets">')
            for b in p.budgets:
                parts.append(f'<li>{escape(b.item)} {escape(b.area)} {escape(b.raw)}{escape(b.unit)}'
                             f' <span class="pa-muted">（{escape(label_of(b.source))}）</span></li>')
            parts.append("</ul>")
        for s in p.sources[:3]:
            parts.append(f'<div class="pa-evidence">「{escape(s.quote)}」<span class="pa-muted">（出典：{escape(label_of(s))}）</span></div>')
        parts.append("</details>")
    return "".join(parts)


KPI_VALUE_COLUMNS = (("基準値", "baseline"), ("実績値", "actual"), ("目標値", "target"))


def render_kpi_table(rows: list[dict]) -> str:
    """The KPI view's table from the export rows: 指標, 地域 and the values as written, 進捗率; the project,
    place and source open under the indicator (a <details>). Cells carry `data-label` so that on a narrow
    screen each row becomes a card that names its values (see the page's CSS)."""
    if not rows:
        return '<div class="pa-muted">条件に合う指標はありません。</div>'
    head = "".join(f"<th>{h}</th>" for h in ("指標", "地域", *(h for h, _ in KPI_VALUE_COLUMNS), "進捗率"))
    parts = [f'<div class="pa-kpi-wrap"><table class="pa-kpi"><thead><tr>{head}</tr></thead><tbody>']
    for i, r in enumerate(rows):
        detail = [("プロジェクト", r["project"] or "（記載なし）"), ("場所", r.get("place", "")), ("出典", r["label"]),
                  ("文書", f'{r["doc"]} p.{r["page"]}'), ("引用", f'「{r["quote"]}」')]
        detail_html = "".join(f"<div><span class=\"pa-muted\">{k}：</span>{escape(str(v))}</div>" for k, v in detail if v)
        progress = "" if r["progress"] == "" else f'{r["progress"]:g}%'
        cells = [f'<td class="pa-kpi-name" data-label="指標"><details><summary>{escape(r["indicator"])}</summary>'
                 f'<div class="pa-kpi-detail">{detail_html}</div></details></td>',
                 f'<td data-label="地域">{escape(r["region"])}</td>']
        cells += [f'<td class="pa-num" data-label="{h}">{escape(r[key])}</td>' for h, key in KPI_VALUE_COLUMNS]
        cells.append(f'<td class="pa-num" data-label="進捗率">{progress}</td>')
        parts.append(f'<tr data-row="{i}">{"".join(cells)}</tr>')
    parts.append("</tbody></table></div>")
    return "".join(parts)
