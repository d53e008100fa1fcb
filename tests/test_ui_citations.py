"""Checking a citation against the original, in a real headless Chromium: a PDF added on the 文書 tab,
a question answered from it, the citation clicked — the page image with the quote boxed, the printed
page in the label, the original file served at that page — and the document's metadata edited.
Screenshots go to a temporary folder (the README's are regenerated on purpose only).
"""
from __future__ import annotations

import base64
import io
import urllib.error
import urllib.request

import numpy as np
import pytest
from PIL import Image

import ui
from assistant.live import LiveIndex
from assistant.settings import Settings
from assistant.testbed.browser import chromium, free_port
from assistant.testbed.made_documents import BODY_FACT, TITLE, make_plan_pdf

OTHER_FACT = "市内の空き家バンク登録件数は令和5年度に32件でした。"


@pytest.fixture(scope="module")
def server(tmp_path_factory, embedder, tokenizer):
    work = tmp_path_factory.mktemp("ui-citations")
    corpus = work / "corpus"
    corpus.mkdir()
    (corpus / "memo.txt").write_text("■ 防災\n地域防災マスターを16名認定しました。\n", encoding="utf-8")
    make_plan_pdf(corpus / "keikaku.pdf", fact=OTHER_FACT)
    settings = Settings(corpus_dir=corpus, index_dir=work / "index", port=free_port(), max_upload_bytes=2_000_000)
    live = LiveIndex(settings, embedder, tokenizer)
    live.open()
    app = ui.serve(live, settings, block=False)
    yield {"url": app.local_url, "corpus": corpus, "work": work}
    app.close()


@pytest.fixture()
def page(server):
    with chromium() as browser:
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="ja-JP")
        page = context.new_page()
        page.goto(server["url"])
        page.wait_for_selector("#pa-question textarea")
        yield page
        context.close()


def _ask(page, question: str, turn: int):
    page.fill("#pa-question textarea", question)
    page.click("#pa-send")
    page.wait_for_selector(f".pa-turn[data-turn='{turn}'] .pa-answer", timeout=30_000)
    return page.locator(f".pa-turn[data-turn='{turn}']")


def _highlight_pixels(data_uri: str) -> int:
    png = base64.b64decode(data_uri.split(",", 1)[1])
    rgb = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
    return int(((rgb[..., 0] > 220) & (rgb[..., 1] > 200) & (rgb[..., 2] < 180)).sum())


def test_pdf_citation_shows_the_page_image_with_the_quote_boxed(page, server):
    pdf = make_plan_pdf(server["work"] / "senryaku.pdf")
    page.get_by_role("tab", name="文書").click()
    page.set_input_files("#pa-upload input[type=file]", str(pdf))
    page.wait_for_selector("#pa-upload >> text=senryaku", timeout=30_000)
    page.click("#pa-add")
    page.wait_for_function("document.querySelector('#pa-report textarea').value.includes('追加しました: senryaku.pdf')", timeout=120_000)
    page.get_by_role("tab", name="質問").click()

    turn = _ask(page, "創業支援件数は令和5年度に年間何件でしたか？", 0)
    assert "48件" in turn.locator(".pa-answer").inner_text()
    label = turn.locator(".pa-open").first.inner_text()
    assert label.endswith(f"{TITLE}（令和7年3月）p.2"), label   # printed 「- 2 -」 on file page 3
    turn.locator(".pa-open").first.click()
    image = page.locator("#pa-context img.pa-page-image")
    image.wait_for(timeout=30_000)
    assert image.is_visible()
    assert _highlight_pixels(image.get_attribute("src")) > 1000
    assert "p.2（PDF の 3 ページ目）" in page.locator("#pa-context .pa-location").inner_text()
    assert BODY_FACT[:8] in page.locator("#pa-context mark").inner_text()
    page.screenshot(path=str(server["work"] / "citation-pdf.png"))
    small = image.bounding_box()["width"]
    image.click()   # enlarges the page to the panel's width
    page.wait_for_selector("#pa-context .pa-page-large")
    assert image.bounding_box()["width"] > 1.5 * small

    link = page.locator("#pa-context .pa-original a")
    href = link.get_attribute("href")
    assert href.endswith("#page=3")
    url = server["url"].rstrip("/") + "/" + href.split("#")[0]
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.read() == pdf.read_bytes()
        # shown in the browser at that page, not downloaded
        assert response.headers["Content-Type"] == "application/pdf"
        assert response.headers["Content-Disposition"].startswith("inline")
    for outside in ("original/..%2Fpyproject.toml", "original/%2Fetc%2Fpasswd", "original/nothing.pdf"):
        try:
            urllib.request.urlopen(server["url"].rstrip("/") + "/" + outside, timeout=10)
            raise AssertionError(f"{outside} was served")
        except urllib.error.HTTPError as exc:
            assert exc.code == 404


def test_metadata_editor_saves_a_sidecar_and_the_label_follows(page, server):
    page.get_by_role("tab", name="文書").click()
    page.locator("#pa-meta").get_by_text("文書の情報を直す").click()
    page.locator("#pa-meta-doc input").click()
    page.get_by_role("option", name="keikaku.pdf").click()
    title = page.locator("#pa-meta-title textarea")
    page.wait_for_function("document.querySelector('#pa-meta-title textarea').value.length > 0")
    assert title.input_value() == TITLE
    title.fill("富士市創生総合戦略（第2期）")
    page.locator("#pa-meta-issuer textarea").fill("富士市企画課")
    page.click("#pa-meta-save")
    page.wait_for_function("document.querySelector('#pa-meta-result textarea').value.includes('保存し')", timeout=120_000)
    assert (server["corpus"] / ".meta" / "keikaku.pdf.json").is_file()
    assert "変更: keikaku.pdf" in page.locator("#pa-meta-result textarea").input_value()
    page.get_by_role("tab", name="質問").click()
    turn = _ask(page, "空き家バンク登録件数は令和5年度に何件でしたか？", 0)
    assert "32件" in turn.locator(".pa-answer").inner_text()
    assert "富士市創生総合戦略（第2期）（富士市企画課、令和7年3月）p.2" in turn.locator(".pa-open").first.inner_text()
