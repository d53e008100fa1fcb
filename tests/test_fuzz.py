"""Property tests (hypothesis) of the readers and the normaliser on arbitrary input: nothing escapes but
IngestError, normalisation is idempotent, offsets map back to the source, passages stay in their text.
"""
from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from assistant.quotes import quote_units

from ingest.errors import IngestError
from ingest.pipeline import ingest_file
from ingest.readers.registry import READERS, read_file
from ingest.text.normalize import comparable, normalize

# Japanese plan-document characters, the markup and markers the normaliser treats specially, and noise.
JAPANESE = st.sampled_from(list("釧路根室の地域観光客数目標値は、。「」（）()【】■▶○※・ー－1234567890.,%万人年度令和Ｒ１２"
                                "ｶﾀｶﾅＡＢＣ　 \t\n<>/&;#ab") + ["<br>", "&amp;", "&#12354;", "\u200b", "\ufeff", "\x00", "\r\n",
                                                               "プロジェクト", "→", "(R1)", "基準値\t実績値\t目標値\t進捗率"])
# Lone surrogates cannot stand in a file on disk (UTF-8), so they are left out.
DOCUMENT_TEXT = st.lists(st.one_of(JAPANESE, st.characters(exclude_categories=("Cs",))), max_size=300).map("".join)
FUZZ = settings(max_examples=max(200, settings.default.max_examples), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _cluster_at(source: str, start: int) -> str:
    """The source character at `start` with the combining marks that follow it (what NFKC may compose)."""
    end = start + 1
    while end < len(source) and (unicodedata.combining(source[end]) or source[end] in "\uff9e\uff9f\u3099\u309a"):
        end += 1
    return source[start:end]


@FUZZ
@given(DOCUMENT_TEXT)
@example("釧⳯")   # a mark that does not combine with the kanji before it was mapped back onto the kanji
@example("ｶﾞ")    # half-width kana and its sound mark compose into one character (ガ)
def test_normalisation_is_idempotent_and_offsets_map_back(source):
    mapped = normalize(source)
    assert len(mapped.origin) == len(mapped.text)
    assert list(mapped.origin) == sorted(mapped.origin)
    assert all(0 <= o < len(source) for o in mapped.origin)
    for i, ch in enumerate(mapped.text):
        if ch != "\n":  # each character comes from its source character (NFKC may expand one into several,
            # and compose a character with the marks after it into one)
            origin = mapped.origin[i]
            own = unicodedata.normalize("NFKC", source[origin])
            assert ch in own or (ch not in "".join(unicodedata.normalize("NFKC", c) for c in _cluster_at(source, origin))
                                 and ch in unicodedata.normalize("NFKC", _cluster_at(source, origin))) \
                or source[origin] == "&"
    again = normalize(mapped.text)
    assert again.text == mapped.text


@FUZZ
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(sorted(READERS)))
def test_readers_raise_nothing_but_ingest_error(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"f{suffix}"
    path.write_bytes(data)
    try:
        raw = read_file(path)
    except IngestError as exc:
        assert exc.path == path.name and exc.reason
        return
    assert raw.text.strip()


@FUZZ
@given(DOCUMENT_TEXT)
@example("<br>\x1f")   # a line that strips to nothing once markup and control characters are gone (crashed headings)
def test_quotes_of_any_text_stand_in_the_document(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("fuzz") / "doc.txt"
    path.write_text(text, encoding="utf-8")
    try:
        ingested = ingest_file(path, path.parent)
    except IngestError:
        return
    document = ingested.document
    whole = comparable(document.text)
    for passage in ingested.passages:
        assert 0 <= passage.start < passage.end <= len(document.text)
        for unit in quote_units(document, passage):  # what citations quote: verbatim, whitespace aside
            assert passage.start <= unit.start < unit.end <= passage.end
            assert comparable(unit.quote) == comparable(document.text[unit.start:unit.end])
            assert comparable(unit.quote) in whole
