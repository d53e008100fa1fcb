"""The web page in a real headless Chromium (Debian's chromium, driven by Playwright), served by the
real app over a copy of the bundled corpus and its index.

Screenshots go to a temporary folder; the README's (docs/screenshots/) are regenerated only on purpose:
`python bench/screenshots.py` runs these tests with PLAN_ASSISTANT_SCREENSHOTS=docs/screenshots.
"""
from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

import ui
from assistant.live import LiveIndex
from assistant.settings import Settings
from ingest.text.normalize import comparable
from assistant.testbed.browser import chromium, free_port
from tests.conftest import CORPUS, ROOT

LOCAL_HOSTS = ("127.0.0.1", "localhost")


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    """Where screenshots go: a temporary folder unless PLAN_ASSISTANT_SCREENSHOTS names one."""
    chosen = os.environ.get("PLAN_ASSISTANT_SCREENSHOTS")
    return Path(chosen) if chosen else tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="module")
def server(tmp_path_factory, corpus_index, embedder, tokenizer):
    """The app on a free port, over copies of the corpus and index (uploads must not touch the real ones)."""
    work = tmp_path_factory.mktemp("ui")
    corpus = work / "corpus"
    shutil.copytree(CORPUS, corpus)
    index = work / "index"
    shutil.copytree(corpus_index, index)
    settings = Settings(corpus_dir=corpus, index_dir=index, port=free_port())   # the page's own limits (50 MB)
    live = LiveIndex(settings, embedder, tokenizer)
    live.open()
    app = ui.serve(live, settings, block=False)
    yield {"url": app.local_url, "corpus": corpus, "live": live, "work": work}
    app.close()


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


@pytest.fixture()
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="ja-JP",
                                  permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    dialogs, outside = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: None if urllib.parse.urlsplit(r.url).hostname in LOCAL_HOSTS
            or r.url.startswith(("data:", "blob:")) else outside.append(r.url))
    page.goto(server["url"])
    page.wait_for_selector("#pa-question textarea")
    page.locator(".pa-example").first.wait_for(state="visible")   # filled once the page has loaded
    page.dialogs = dialogs
    yield page
    context.close()
    assert outside == [], f"the page asked servers elsewhere: {outside[:5]}"


def ask(page, question: str, turn: int):
    page.fill("#pa-question textarea", question)
    page.click("#pa-send")
    page.wait_for_selector(f".pa-turn[data-turn='{turn}'] .pa-answer", timeout=30_000)
    return page.locator(f".pa-turn[data-turn='{turn}']")


def test_two_dev_questions_are_answered_with_citations(page, shots):
    first = ask(page, "観光入込客数（釧路）の目標値はいくつですか？", 0)
    assert "904.6万人" in first.locator(".pa-answer").inner_text()
    assert "プロジェクト推進管理表" in first.locator(".pa-open").first.inner_text()
    second = ask(page, "じもと×しごと発見フェアには何社が出展しましたか？", 1)
    assert "25社" in second.locator(".pa-answer").inner_text()
    assert "出展25社" in comparable(second.locator(".pa-quote").first.inner_text())
    assert page.locator(".pa-example").count() == 0 or not page.locator(".pa-example").first.is_visible()
    page.screenshot(path=str(shots / "chat.png"))


def test_clicking_a_citation_shows_its_passage_with_the_quote_highlighted(page, server, shots):
    turn = ask(page, "北海道地域防災マスター認定研修会で何名が認定されましたか？", 0)
    quote = turn.locator(".pa-quote").first.inner_text().strip("「」")
    turn.locator(".pa-ref").first.click()
    mark = page.locator("#pa-context mark")
    mark.wait_for()
    assert comparable(mark.inner_text()) == comparable(quote)
    body = page.locator("#pa-context .pa-context-body").inner_text()
    assert len(body) > len(mark.inner_text()) + 40, "the passage around the quote is shown"
    label = turn.locator(".pa-open").first.inner_text().split("] ", 1)[1]
    assert label in page.locator("#pa-context .pa-context-head").inner_text()
    assert page.locator("#pa-context mark").is_visible()
    page.screenshot(path=str(shots / "citation.png"))


def test_copy_button_puts_quote_and_label_on_the_clipboard(page):
    turn = ask(page, "釧路・根室連携地域政策展開方針の推進期間はいつからですか？", 0)
    label = turn.locator(".pa-open").first.inner_text().split("] ", 1)[1]
    quote = turn.locator(".pa-quote").first.inner_text()
    turn.locator(".pa-copy").first.click()
    page.wait_for_function("document.querySelector('.pa-copy').textContent === 'コピーしました'")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == f"{quote}（出典：{label}）"
    assert "（北海道、令和7年3月）p." in copied


def test_follow_up_question_keeps_the_indicator(page):
    ask(page, "観光入込客数（釧路）の目標値は？", 0)
    second = ask(page, "実績値は？", 1)
    assert "観光入込客数(釧路)の実績値" in second.locator(".pa-searched").inner_text()
    assert "689.5万人" in second.locator(".pa-answer").inner_text()
    assert second.locator(".pa-open").count() >= 1


def test_example_question_can_be_clicked(page):
    first = page.locator(".pa-example").first
    assert "目標値" in first.inner_text()   # made from the loaded corpus's first KPI, not a fixed string
    first.click()
    turn = page.locator(".pa-turn[data-turn='0']")
    turn.wait_for(timeout=30_000)
    assert "目標値は" in turn.locator(".pa-answer").inner_text()


def test_script_in_a_question_is_shown_as_text(page):
    turn = ask(page, "<script>alert(1)</script><img src=x onerror=alert(2)>観光の目標値は？", 0)
    assert "<script>alert(1)</script>" in turn.locator(".pa-question").inner_text()
    assert page.locator("#pa-chat img").count() == 0
    assert page.dialogs == []


# The note once its update is done: it starts with the count (while the view refreshes, Gradio's timer 「0.3s」
# stands before it).
_NOTE_SETTLED = "/^\\s*[0-9]+ 件の指標/.test(document.querySelector('#pa-kpi-note')?.innerText || '')"


def kpi_note_count(page) -> int:
    """The count the KPI note states, read once the note has settled; a later event's progress text (「processing |
    0.2s」) may stand before it again while another part of the view refreshes, so the count is found, not sliced."""
    page.wait_for_function(_NOTE_SETTLED)
    return int(re.search(r"([0-9]+) 件の指標", page.locator("#pa-kpi-note").inner_text()).group(1))


def open_kpi_view(page):
    page.get_by_role("tab", name="KPI").click()
    page.wait_for_function(_NOTE_SETTLED)
    page.locator("#pa-kpi-table tbody tr").first.wait_for()


def test_kpi_view_filters_by_area_and_progress_and_downloads_csv_and_xlsx(page, shots):
    open_kpi_view(page)
    table = page.locator("#pa-kpi-table")
    total = kpi_note_count(page)
    page.locator("#pa-kpi-area input").click()
    page.get_by_role("option", name="釧路", exact=True).click()
    page.fill("#pa-kpi-high input", "80")
    page.press("#pa-kpi-high input", "Enter")
    page.wait_for_function("document.querySelector('#pa-kpi-note').innerText.includes('地域: 釧路、進捗率 80% 未満') && "
                           + _NOTE_SETTLED)
    shown = kpi_note_count(page)
    assert 0 < shown < total
    text = table.inner_text()
    assert "観光入込客数" in text and "76.2%" in text
    assert page.locator("#pa-kpi-table tbody tr").count() == shown
    assert page.locator("#pa-kpi-chart .pa-target").count() == 1
    assert page.locator("#pa-kpi-chart .pa-bar").count() == shown
    with page.expect_download() as download:
        page.click("#pa-kpi-csv")
    data = Path(download.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert list(rows[0])[:11] == ["指標", "地域", "場所", "基準値", "基準年度", "実績値", "実績年度", "目標値", "目標年度",
                                  "進捗率", "単位"]
    assert len(rows) == shown and all("釧路" in r["地域"] and float(r["進捗率"]) < 80 for r in rows)
    tourism = next(r for r in rows if r["指標"] == "観光入込客数")
    assert (tourism["目標値"], tourism["目標年度"], tourism["単位"]) == ("904.6", "2025", "万人")
    with page.expect_download() as download:
        page.click("#pa-kpi-xlsx")
    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(Path(download.value.path()).read_bytes())).active
    header = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0] == "観光入込客数")
    assert row[header.index("目標値")] == 904.6 and row[header.index("実績値")] == 689.5
    assert row[header.index("単位")] == "万人" and row[header.index("進捗率")] == 76.2
    page.screenshot(path=str(shots / "kpi.png"), full_page=True)


def _box_inside(page, selector: str, width: int) -> None:
    box = page.locator(selector).bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width, (selector, box)


def test_kpi_values_are_on_screen_at_1400_px_and_the_source_opens_under_the_indicator(page):
    open_kpi_view(page)
    first = "#pa-kpi-table tbody tr:first-child"
    headers = page.locator("#pa-kpi-table thead th").all_inner_texts()
    for name in ("指標", "基準値", "実績値", "目標値", "進捗率"):
        n = headers.index(name) + 1
        _box_inside(page, f"#pa-kpi-table thead th:nth-child({n})", 1400)
        _box_inside(page, f"{first} td:nth-child({n})", 1400)
    row = page.locator("#pa-kpi-table tbody tr", has_text="観光入込客数").first
    assert "904.6万人" in row.inner_text() and "816.5万人" in row.inner_text() and "689.5万人" in row.inner_text()
    assert not row.locator(".pa-kpi-detail").is_visible()
    row.locator("summary").click()
    detail = row.locator(".pa-kpi-detail")
    assert detail.is_visible()
    assert "プロジェクト推進管理表" in detail.inner_text() and "交流・関係人口" in detail.inner_text()


def test_kpi_rows_become_cards_that_show_every_value_at_390_px(browser, server, shots):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="ja-JP", is_mobile=True)
    page = context.new_page()
    try:
        page.goto(server["url"])
        page.wait_for_selector("#pa-question textarea")
        open_kpi_view(page)
        row = page.locator("#pa-kpi-table tbody tr", has_text="観光入込客数").first
        row.scroll_into_view_if_needed()
        for label, value in (("基準値", "816.5万人"), ("実績値", "689.5万人"), ("目標値", "904.6万人"), ("進捗率", "76.2%")):
            cell = row.locator(f"td[data-label='{label}']")
            assert value in cell.inner_text() and label in cell.evaluate("e => getComputedStyle(e, '::before').content")
            box = cell.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 390, (label, box)
        label = page.locator("#pa-kpi-chart svg text").first   # the chart scrolls sideways, never shrinks its text
        assert label.bounding_box()["height"] >= 11, label.bounding_box()
        page.screenshot(path=str(shots / "kpi-390.png"))
    finally:
        context.close()


def test_projects_view_lists_projects_with_their_kpis(page):
    page.get_by_role("tab", name="プロジェクト").click()
    page.locator("#pa-project-region input").click()
    page.get_by_role("option", name="釧路・根室", exact=True).click()
    page.wait_for_function("document.querySelector('#pa-projects')?.innerText.includes('交流・関係人口')")
    page.locator("#pa-projects summary", has_text="交流・関係人口").click()
    assert "観光入込客数" in page.locator("#pa-projects").inner_text()


def upload(page, *paths: Path) -> None:
    page.get_by_role("tab", name="文書").click()
    page.set_input_files("#pa-upload input[type=file]", [str(p) for p in paths])
    page.wait_for_selector(f"#pa-upload >> text={paths[-1].stem[:4]}", timeout=30_000)


def report_after(page, action: str, timeout: int = 120_000) -> str:
    """Click and wait for the report of what happened (the report box is emptied first)."""
    page.evaluate("document.querySelector('#pa-report textarea').value = ''")
    page.click(action)
    page.wait_for_function("document.querySelector('#pa-report textarea').value.length > 0", timeout=timeout)
    return page.locator("#pa-report textarea").input_value()


def test_uploaded_document_is_indexed_and_found_by_search(page, server, tmp_path, shots):
    new = tmp_path / "十勝 新規 計画メモ.txt"
    new.write_bytes("■ 十勝の新しい取組\nとかちスマート農業実証コンソーシアムは令和8年度に実証圃場を12か所に広げる。\n".encode("cp932"))
    upload(page, new)
    report = report_after(page, "#pa-add")
    assert report.splitlines()[0] == "追加しました: 十勝 新規 計画メモ.txt" and "受け付けました" not in report
    assert (server["corpus"] / "十勝 新規 計画メモ.txt").is_file()
    row = page.locator("#pa-documents [role=row]", has_text="十勝 新規 計画メモ.txt")
    assert "索引済み" in row.inner_text()
    page.screenshot(path=str(shots / "documents.png"), full_page=True)
    page.get_by_role("tab", name="質問").click()
    turn = ask(page, "スマート農業の実証圃場は何か所に広げますか？", 0)
    assert "12か所" in turn.locator(".pa-answer").inner_text()
    assert "十勝 新規 計画メモ" in turn.locator(".pa-open").first.inner_text() or \
        "十勝の新しい取組" in turn.locator(".pa-open").first.inner_text()


def test_replacing_asks_first_then_the_new_version_answers_and_removing_takes_it_away(page, server, tmp_path):
    old = tmp_path / "v1" / "根室 海業メモ.txt"
    old.parent.mkdir()
    old.write_text("■ 根室の海業\n根室市の海業体験ツアーは令和6年度に参加者が340名でした。\n", encoding="utf-8")
    upload(page, old)
    assert report_after(page, "#pa-add").startswith("追加しました: 根室 海業メモ.txt")
    page.get_by_role("tab", name="質問").click()
    assert "340名" in ask(page, "海業体験ツアーの参加者は何名でしたか？", 0).locator(".pa-answer").inner_text()

    new = tmp_path / "v2" / "根室 海業メモ.txt"
    new.parent.mkdir()
    new.write_text("■ 根室の海業\n根室市の海業体験ツアーは令和7年度に参加者が512名となり、"
                   "新たに花咲港で水揚げ見学を始めました。\n", encoding="utf-8")
    upload(page, new)
    page.click("#pa-add")
    confirm = page.locator("#pa-overwrite-question")
    confirm.wait_for(state="visible", timeout=30_000)
    assert "根室 海業メモ.txt" in confirm.inner_text() and "上書きしますか" in confirm.inner_text()
    assert old.read_text(encoding="utf-8") == (server["corpus"] / "根室 海業メモ.txt").read_text(encoding="utf-8"), \
        "nothing is written before the answer"
    report = report_after(page, "#pa-overwrite-yes")
    assert report.startswith("置き換えました") and report.count("根室 海業メモ.txt") == 1
    assert not confirm.is_visible()
    page.get_by_role("tab", name="質問").click()
    page.click("text=新しい会話")
    turn = ask(page, "花咲港で始めた見学は何ですか？", 0)
    assert "水揚げ見学" in turn.locator(".pa-answer").inner_text()
    assert "512名" in ask(page, "海業体験ツアーの参加者は何名でしたか？", 1).locator(".pa-answer").inner_text()

    page.get_by_role("tab", name="文書").click()
    page.locator("#pa-documents [role=row]", has_text="根室 海業メモ.txt").get_by_text("根室 海業メモ.txt").click()
    page.wait_for_function("document.querySelector('#pa-doc-choice input').value === '根室 海業メモ.txt'")
    page.click("#pa-remove")
    removal = page.locator("#pa-remove-question")
    removal.wait_for(state="visible")
    assert "根室 海業メモ.txt" in removal.inner_text() and (server["corpus"] / "根室 海業メモ.txt").exists()
    assert report_after(page, "#pa-remove-yes").startswith("削除しました: 根室 海業メモ.txt")
    assert not (server["corpus"] / "根室 海業メモ.txt").exists()
    assert "根室 海業メモ.txt" not in page.locator("#pa-documents").inner_text()
    page.get_by_role("tab", name="質問").click()
    page.click("text=新しい会話")
    turn = ask(page, "花咲港で始めた見学は何ですか？", 0)
    assert "水揚げ見学" not in turn.locator(".pa-answer").inner_text()


def test_refused_uploads_are_said_once_in_japanese_and_nothing_enters_the_corpus(page, server, tmp_path):
    program = tmp_path / "setup.exe"
    program.write_bytes(b"MZ\x90\x00" * 100)
    broken = tmp_path / "壊れた計画.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 200)
    big = tmp_path / "大きい資料.txt"
    big.write_bytes("釧路の計画\n".encode("utf-8") * 3_200_000)   # 51.2 MB, over the page's 50 MB
    upload(page, program, broken, big)
    report = report_after(page, "#pa-add")
    lines = report.splitlines()
    assert lines[0].startswith("追加できません: setup.exe — この形式（.exe）は追加できません")
    assert lines[1].startswith("追加できません: 壊れた計画.pdf — ")
    assert lines[2].startswith("追加できません: 大きい資料.txt — ファイルが大きすぎます") and "上限 50 MB" in lines[2]
    assert len(lines) == 3 and "受け付けました" not in report
    for name in ("setup.exe", "壊れた計画.pdf", "大きい資料.txt"):
        assert not (server["corpus"] / name).exists()
    assert not [p for p in server["corpus"].rglob("*") if p.name.startswith(".")]
    assert page.locator(".toast-body").count() == 0 and page.dialogs == []
    assert "50 MB まで" in page.locator("#pa-upload").inner_text()


def test_reread_reads_an_unchanged_file_again(page, server):
    page.get_by_role("tab", name="文書").click()
    name = sorted(p.name for p in server["corpus"].glob("*.txt"))[0]
    page.locator("#pa-doc-choice input").click()
    page.get_by_role("option", name=name, exact=True).click()
    report = report_after(page, "#pa-reread")
    assert report.startswith(f"読み直しました: {name}")
    assert "索引済み" in page.locator("#pa-documents [role=row]", has_text=name).inner_text()


@pytest.mark.parametrize("path", ["../pyproject.toml", "%2e%2e/%2e%2e/pyproject.toml", "/etc/passwd",
                                  str(CORPUS / "000_R6_kushiro_nemuro_suishin_kanrihyo.txt"), "corpus/README.md",
                                  "..%2f..%2fetc%2fpasswd"])
def test_files_outside_what_the_app_serves_are_refused(server, path):
    try:
        with urllib.request.urlopen(f"{server['url']}gradio_api/file={path}", timeout=10) as response:
            status, body = response.status, response.read()
    except urllib.error.HTTPError as exc:
        status, body = exc.code, b""
    assert status >= 400 and b"root:" not in body and b"[project]" not in body


def test_optional_login_keeps_the_page_closed_without_the_password(browser, server, tmp_path):
    live = server["live"]
    settings = Settings(corpus_dir=live.settings.corpus_dir, index_dir=live.index_dir, port=free_port())
    app = ui.serve(live, settings, auth=[("staff", "kushiro-2026")], block=False)
    try:
        with urllib.request.urlopen(f"{app.local_url}config", timeout=10) as response:
            assert "pa-question" not in response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        assert exc.code in (401, 403)
    context = browser.new_context(locale="ja-JP")
    page = context.new_page()
    try:
        page.goto(app.local_url)
        page.fill("input[type=text]", "staff")
        page.fill("input[type=password]", "wrong")
        page.keyboard.press("Enter")
        page.wait_for_timeout(1500)
        assert page.locator("#pa-question").count() == 0
        page.fill("input[type=text]", "staff")
        page.fill("input[type=password]", "kushiro-2026")
        page.keyboard.press("Enter")
        page.wait_for_selector("#pa-question textarea", timeout=30_000)
    finally:
        context.close()
        app.close()


def test_read_auth_file_takes_user_password_lines(tmp_path):
    users = tmp_path / "users"
    users.write_text("# 共有サーバー用\nstaff:pass:word\n\nguest:x\n", encoding="utf-8")
    assert ui.read_auth(users) == [("staff", "pass:word"), ("guest", "x")]
    assert ui.launch_kwargs(Settings(), None)["share"] is False
    assert ui.launch_kwargs(Settings(), None)["allowed_paths"] == []


def test_a_burst_beyond_the_queue_gets_busy_at_once_not_a_hang(server):
    """30 questions at once against a queue of 2: the overflow is refused immediately with 503."""
    import json
    import threading
    import time

    live = server["live"]
    settings = Settings(corpus_dir=live.settings.corpus_dir, index_dir=live.index_dir, port=free_port(), queue_size=2)
    app = ui.serve(live, settings, block=False)
    ask_index = next(i for i, fn in app.fns.items() if fn.name == "ask")
    statuses: list[tuple[int, bytes]] = []

    def join(n: int) -> None:
        body = json.dumps({"data": ["ブルーカーボンの取組は？", None], "fn_index": ask_index, "session_hash": f"burst{n}",
                           "event_data": None, "trigger_id": None}).encode()
        request = urllib.request.Request(f"{app.local_url}gradio_api/queue/join", body, {"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                statuses.append((response.status, response.read()))
        except urllib.error.HTTPError as exc:
            statuses.append((exc.code, exc.read()))

    try:
        started = time.perf_counter()
        threads = [threading.Thread(target=join, args=(n,)) for n in range(30)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert time.perf_counter() - started < 10 and len(statuses) == 30
        busy = [body for code, body in statuses if code == 503]
        assert busy and all(b"Queue is full" in body for body in busy)
        assert any(code == 200 for code, _ in statuses)
    finally:
        app.close()


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.10.5", "::"])
def test_page_refuses_to_listen_beyond_this_computer_without_a_login(host, tmp_path):
    result = subprocess.run([sys.executable, "ui.py", "--host", host, "--corpus", str(CORPUS),
                             "--index", str(tmp_path / "index")], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 2
    assert "起動しません" in result.stderr and "--no-auth" in result.stderr and "--auth-file" in result.stderr
    assert not (tmp_path / "index").exists(), "refused before reading anything"


def test_before_login_the_page_tells_nothing_of_the_corpus(browser, server):
    """With --auth-file, what anyone gets from GET / names no document, title, KPI area, region or example
    question (they were written into the page as dropdown choices); after login the choices are there,
    each area on its own (根室 alone, not 「十勝、オホーツク、釧路、根室」)."""
    from assistant.examples import example_questions
    from assistant.tables import kpi_areas, project_regions

    live = server["live"]
    settings = Settings(corpus_dir=live.settings.corpus_dir, index_dir=live.index_dir, port=free_port())
    app = ui.serve(live, settings, auth=[("staff", "kushiro-2026")], block=False)
    plans = live.assistant.plans
    secrets = ([*live.assistant.documents, *(d.title for d in live.assistant.documents.values())]
               + kpi_areas(plans.kpis) + project_regions(list(plans.projects.values())) + example_questions(plans))
    context = browser.new_context(locale="ja-JP")
    page = context.new_page()
    try:
        with urllib.request.urlopen(app.local_url, timeout=10) as response:
            body = response.read().decode("utf-8")
        told = [s for s in secrets if s and s in body]
        assert told == [], told
        page.goto(app.local_url)
        page.fill("input[type=text]", "staff")
        page.fill("input[type=password]", "kushiro-2026")
        page.keyboard.press("Enter")
        page.wait_for_selector("#pa-question textarea", timeout=30_000)
        page.locator(".pa-example").first.wait_for(state="visible", timeout=30_000)
        page.get_by_role("tab", name="KPI").click()
        page.locator("#pa-kpi-area input").click()
        options = page.get_by_role("option").all_inner_texts()
        assert "根室" in options and "十勝" in options and not any("、" in o for o in options), options
    finally:
        context.close()
        app.close()


def test_kpi_filter_words_are_shown_as_text(page):
    open_kpi_view(page)
    page.fill("#pa-kpi-text textarea", "<img src=x onerror=alert(1)>観光")
    page.press("#pa-kpi-text textarea", "Enter")
    page.wait_for_function("document.querySelector('#pa-kpi-note').innerText.includes('<img src=x')")
    assert page.locator("#pa-kpi-note img").count() == 0 and page.dialogs == []


def test_kpi_and_project_views_follow_an_added_and_removed_document(page, server, tmp_path):
    from assistant.testbed.made_documents import make_kpi_xlsx

    open_kpi_view(page)
    assert "市民農園の区画数" not in page.locator("#pa-kpi-table").inner_text()
    book = make_kpi_xlsx(tmp_path / "市民農園KPI.xlsx", "市民農園の指標")
    page.get_by_role("tab", name="文書").click()
    upload(page, book)
    assert report_after(page, "#pa-add").startswith("追加しました: 市民農園KPI.xlsx")
    page.get_by_role("tab", name="KPI").click()
    page.wait_for_function("document.querySelector('#pa-kpi-table').innerText.includes('市民農園の区画数')",
                           timeout=30_000)

    page.get_by_role("tab", name="文書").click()
    page.locator("#pa-doc-choice input").click()
    page.get_by_role("option", name="市民農園KPI.xlsx", exact=True).click()
    page.click("#pa-remove")
    page.locator("#pa-remove-question").wait_for(state="visible")
    assert report_after(page, "#pa-remove-yes").startswith("削除しました: 市民農園KPI.xlsx")
    page.get_by_role("tab", name="KPI").click()
    page.wait_for_function("!document.querySelector('#pa-kpi-table').innerText.includes('市民農園の区画数')",
                           timeout=30_000)
