"""Shared fixtures: the real tokenizer, the real bundled embedder, and the real corpus indexed once."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from assistant.service import Assistant
from assistant.settings import Settings
from index.embedders import Embedder, make_embedder
from index.tokenizer import JapaneseTokenizer
from index.update import update_index

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
DEV_QUESTIONS = ROOT / "tests" / "data" / "dev_questions.txt"   # the questions of ../shared/eval/dev.jsonl, copied


# Property tests (tests/test_fuzz.py): the same examples on every run and no example database, so a run
# never fails on what an earlier run found (`ci`, the default). Exploring with fresh random examples, kept
# in .hypothesis/ (git-ignored) to replay what fails: HYPOTHESIS_PROFILE=explore python -m pytest tests/test_fuzz.py
hypothesis_settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
hypothesis_settings.register_profile("explore", derandomize=False, max_examples=2000, print_blob=True)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def dev_questions() -> list[str]:
    return [line for line in DEV_QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def tokenizer() -> JapaneseTokenizer:
    return JapaneseTokenizer()


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The default embedder, as the CLI and the page make it."""
    return make_embedder(Settings().embedder)


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory, embedder, tokenizer) -> Path:
    """The bundled corpus indexed once per test session (embedding it takes ~30 s on 2 cores)."""
    index_dir = tmp_path_factory.mktemp("index")
    report = update_index(CORPUS, index_dir, embedder, tokenizer)
    assert report.documents == len([p for p in CORPUS.glob("*.txt")]) and not report.problems
    return index_dir


@pytest.fixture(scope="session")
def assistant(corpus_index, embedder, tokenizer) -> Assistant:
    return Assistant.open(corpus_index, embedder, tokenizer)


@pytest.fixture()
def small_corpus(tmp_path) -> Path:
    """Three short documents, copied fresh for each test that changes them."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("■ 観光の振興\n釧路地域の観光入込客数は増加しています。\n", encoding="utf-8")
    (corpus / "b.txt").write_text("■ 防災\n地域防災マスターを16名認定しました。\n", encoding="utf-8")
    (corpus / "c.txt").write_text("■ 漁業\n近年はイワシの漁獲量が増えています。\n", encoding="utf-8")
    yield corpus
    shutil.rmtree(corpus, ignore_errors=True)
