"""The era names have one home: ingest.vocab.eras. A module that reads or writes an era year composes its
patterns (ERA_WORDS, CURRENT_ERA_WORDS …) or asks `read_years`, so a new era is added in one place.

Units, counters and header words have one home too: ingest/vocab (units, header_words, attributes, value_questions,
frame_words, section_words, title_words, synonyms). A module that reads a document or a question with them imports
the named constants; only the modules that write what a person reads (column titles, help texts, example questions,
messages) or generate test documents spell them, and they are listed by name with the reason."""
from __future__ import annotations

from assistant.testbed.vocab_spellings import KINDS, misplaced, modules, spellings


def test_no_module_outside_the_vocabulary_spells_an_era():
    assert misplaced("era") == []


def test_no_module_that_reads_spells_a_unit_or_a_counter():
    assert misplaced("unit") == []


def test_no_module_that_reads_spells_a_header_word():
    assert misplaced("header") == []


def test_the_checks_find_what_they_look_for():
    """Each pattern finds the spellings it is meant for (a check that finds nothing would pass on anything)."""
    for text in ("令和", "平成", "昭和", "大正", "明治", "元年", "[RH]", "R|H"):
        assert KINDS["era"].search(text), text
    for text in ("円", "千円", "(?:名|人)", "何人", "何(?:人|名)", r"[0-9,]+\s*件", "人|件", "何か所"):
        assert KINDS["unit"].search(text), text
    for text in ("目標値", "決算額", "進捗率が", "実績", "予算|決算|当初", "(目標|実績|現状|基準)値?"):
        assert KINDS["header"].search(text), text
    for text in ("円滑", "人口", "事業者", "目標を立てる"):
        assert not KINDS["unit"].search(text) and not KINDS["header"].search(text), text
    # and the modules spell them somewhere (the page, the test bed), so the walk sees literals at all
    for kind in KINDS:
        assert any(spellings(path, {kind: KINDS[kind]}) for path in modules()), kind
