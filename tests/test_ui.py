"""The web page in a real headless Chromium (Debian's chromium, driven by Playwright), served by the
real app over a copy of the bundled corpus and its index. Screenshots go to docs/screenshots/.
"""
from __future__ import annotations

import csv
import io
import shutil
import urllib.error
import urllib.request
from pathlib import Path

import pytest

import ui
from assistant.live import LiveIndex
from assistant.settings import Settings
from ingest.textnorm import comparable
from tests.browser import chromium, free_port
from tests.conftest import CORPUS, ROOT

SHOTS = ROOT / "docs" / "screenshots"


@pytest.fixture(scope="module")
def server(tmp_path_factory, corpus_index, embedder, tokenizer):
    """The app on a free port, over copies of the corpus and index (uploads must not touch the real ones)."""
    work = tmp_path_factory.mktemp("ui")
    corpus = work / "corpus"
    shutil.copytree(CORPUS, corpus)
    index = work / "index"
    shutil.copytree(corpus_index, index)
    settings = Settings(corpus_dir=corpus, index_dir=index, port=free_port(), max_upload_bytes=2_000_000)
    live = LiveIndex(settings, embedder, tokenizer)
    live.open()
    app = ui.serve(live, settings, block=False)
    yield {"url": app.local_url, "corpus": corpus, "live": live}
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
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server["url"])
    page.wait_for_selector("#pa-question textarea")
    page.dialogs = dialogs
    yield page
    context.close()


def ask(page, question: str, turn: int):
    page.fill("#pa-question textarea", question)
    page.click("#pa-send")
    page.wait_for_selector(f".pa-turn[data-turn='{turn}'] .pa-answer", timeout=30_000)
    return page.locator(f".pa-turn[data-turn='{turn}']")


def test_two_dev_questions_are_answered_with_citations(page):
    first = ask(page, "観光入込客数（釧路）の目標値はいくつですか？", 0)
    assert "904.6万人" in first.locator(".pa-answer").inner_text()
    assert "プロジェクト推進管理表" in first.locator(".pa-open").first.inner_text()
    second = ask(page, "じもと×しごと発見フェアには何社が出展しましたか？", 1)
    assert "25社" in second.locator(".pa-answer").inner_text()
    assert "出展25社" in comparable(second.locator(".pa-quote").first.inner_text())
    assert page.locator(".pa-example").count() == 0 or not page.locator(".pa-example").first.is_visible()
    page.screenshot(path=str(SHOTS / "chat.png"))


def test_clicking_a_citation_shows_its_passage_with_the_quote_highlighted(page, server):
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
    page.screenshot(path=str(SHOTS / "citation.png"))


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


def test_kpi_view_filters_by_area_and_progress_and_downloads_csv(page):
    page.get_by_role("tab", name="KPI").click()
    table = page.locator("#pa-kpi-table")
    page.wait_for_function("document.querySelector('#pa-kpi-note')?.innerText.includes('件の指標')")
    total = int(page.locator("#pa-kpi-note").inner_text().split(" 件")[0])
    page.locator("#pa-kpi-area input").click()
    page.get_by_role("option", name="釧路", exact=True).click()
    page.fill("#pa-kpi-high input", "80")
    page.press("#pa-kpi-high input", "Enter")
    page.wait_for_function("document.querySelector('#pa-kpi-note').innerText.includes('地域: 釧路、進捗率 80% 未満')")
    shown = int(page.locator("#pa-kpi-note").inner_text().split(" 件")[0])
    assert 0 < shown < total
    text = table.inner_text()
    assert "観光入込客数" in text and "76.2" in text
    assert page.locator("#pa-kpi-chart .pa-target").count() == 1
    assert page.locator("#pa-kpi-chart .pa-bar").count() == shown
    with page.expect_download() as download:
        page.click("#pa-kpi-csv")
    data = Path(download.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == shown and all("釧路" in r["region"] and float(r["progress"]) < 80 for r in rows)
    page.screenshot(path=str(SHOTS / "kpi.png"), full_page=True)


def test_projects_view_lists_projects_with_their_kpis(page):
    page.get_by_role("tab", name="プロジェクト").click()
    page.locator("#pa-project-region input").click()
    page.get_by_role("option", name="釧路・根室", exact=True).click()
    page.wait_for_function("document.querySelector('#pa-projects')?.innerText.includes('交流・関係人口')")
    page.locator("#pa-projects summary", has_text="交流・関係人口").click()
    assert "観光入込客数" in page.locator("#pa-projects").inner_text()


def test_uploaded_document_is_indexed_and_found_by_search(page, server, tmp_path):
    new = tmp_path / "十勝 新規 計画メモ.txt"
    new.write_bytes("■ 十勝の新しい取組\nとかちスマート農業実証コンソーシアムは令和8年度に実証圃場を12か所に広げる。\n".encode("cp932"))
    page.get_by_role("tab", name="文書").click()
    page.set_input_files("#pa-upload input[type=file]", str(new))
    page.wait_for_selector("#pa-upload >> text=計画メモ", timeout=30_000)
    page.click("#pa-add")
    page.wait_for_function("document.querySelector('#pa-report textarea').value.includes('追加:')", timeout=120_000)
    report = page.locator("#pa-report textarea").input_value()
    assert "十勝 新規 計画メモ.txt" in report
    assert (server["corpus"] / "十勝 新規 計画メモ.txt").is_file()
    assert "十勝 新規 計画メモ.txt" in page.locator("#pa-documents").inner_text()
    page.screenshot(path=str(SHOTS / "documents.png"), full_page=True)
    page.get_by_role("tab", name="質問").click()
    turn = ask(page, "スマート農業の実証圃場は何か所に広げますか？", 0)
    assert "12か所" in turn.locator(".pa-answer").inner_text()
    assert "十勝 新規 計画メモ" in turn.locator(".pa-open").first.inner_text() or \
        "十勝の新しい取組" in turn.locator(".pa-open").first.inner_text()


def test_upload_of_a_disallowed_name_is_refused_and_nothing_leaves_the_corpus(page, server, tmp_path):
    bad = tmp_path / "script.sh"
    bad.write_text("echo hi\n", encoding="utf-8")
    page.get_by_role("tab", name="文書").click()
    page.set_input_files("#pa-upload input[type=file]", str(bad))
    page.click("#pa-add")
    page.wait_for_function("document.querySelector('#pa-report textarea').value.length > 0", timeout=60_000)
    assert not (server["corpus"] / "script.sh").exists()


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
    assert ui._read_auth(users) == [("staff", "pass:word"), ("guest", "x")]
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
