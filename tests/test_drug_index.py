"""The drug dictionary's lookup index: cached once, the same from the cache as from the table,
and ``patterns/drug_exclusions.txt`` applied on every load (a curator's edit needs no rebuild)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trialnews.vocab import drugs


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(drugs.CACHE_ENV, str(tmp_path))
    drugs.index.cache_clear()
    yield tmp_path
    drugs.index.cache_clear()


def test_index_is_written_once_and_read_back_the_same(fresh_cache) -> None:
    built = drugs.index()
    assert drugs.index_file().is_file() and drugs.index_file().parent == fresh_cache
    drugs.index.cache_clear()
    read = drugs.index()
    assert read.single == built.single and read.multi == built.multi
    assert list(read.single) == list(built.single)  # the same order too


def test_index_from_cache_is_the_index_of_the_table(fresh_cache) -> None:
    drugs.index()  # writes the cache
    drugs.index.cache_clear()
    from_cache = drugs.index()
    from_table = drugs._build_index(drugs._read_table())
    excluded = {entry.lower() for entry in drugs.load_lexicon("drug_exclusions.txt")}
    assert from_cache.single == {k: v for k, v in from_table.single.items() if k not in excluded}
    expected_multi = {first: tuple(pair for pair in pairs if pair[0] not in excluded)
                      for first, pairs in from_table.multi.items()}
    assert from_cache.multi == {first: pairs for first, pairs in expected_multi.items() if pairs}


@pytest.mark.parametrize("excluded,text,kept", [
    ("keytruda", "Patients took Keytruda or pembrolizumab.", ["pembrolizumab"]),
    ("vitamin d", "Adults took vitamin D daily.", []),
])
def test_exclusions_apply_to_a_cached_index(fresh_cache, monkeypatch: pytest.MonkeyPatch, excluded: str, text: str,
                                            kept: list[str]) -> None:
    drugs.index()  # the cache holds the whole table
    drugs.index.cache_clear()
    real = drugs.load_lexicon
    monkeypatch.setattr(drugs, "load_lexicon", lambda name: [*real(name), excluded])
    assert [text[d.start:d.end].lower() for d in drugs.find(text)] == kept


def test_an_unreadable_index_is_built_again(fresh_cache) -> None:
    drugs.index_file().parent.mkdir(parents=True, exist_ok=True)
    drugs.index_file().write_bytes(b"not marshal")
    assert drugs.find("Patients took Keytruda.")[0].generic == "pembrolizumab"


FIND_CASES = {
    "hyphen joins a longer word": ("An aspirin-based gel, not anti-aspirin.", []),
    "apostrophe joins a longer word": ("Aspirin's effect was small.", []),
    "after a joiner": ("x--aspirin and 'aspirin", []),
    "brackets and case": ("Aspirin (81 mg) or aspirin.", ["Aspirin", "aspirin"]),
    "several words, longest first": ("They took vitamin D and vitamin C.", ["vitamin D", "vitamin C"]),
    "short form with a hyphen": ("5-FU was given.", ["5-FU"]),
}


@pytest.mark.parametrize("text,names", FIND_CASES.values(), ids=FIND_CASES.keys())
def test_find_reads_whole_words(text: str, names: list[str]) -> None:
    assert [text[d.start:d.end] for d in drugs.find(text)] == names


def _find_word_by_word(text: str) -> list[tuple[int, int, str]]:
    """What ``drugs.find`` gives, read the plain way: every word of the text in turn."""
    lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    index = drugs.index()
    found, taken_until = [], 0
    for word in drugs._WORD.finditer(lowered):
        key, start = word.group(), word.start()
        if start < taken_until or (start > 0 and lowered[start - 1] in "-'"):
            continue
        match = next(((start, start + len(spelling), generic) for spelling, generic in index.multi.get(key, ())
                      if lowered.startswith(spelling, start) and drugs._boundary(lowered, start + len(spelling))), None)
        if match is None and key in index.single:
            match = (start, word.end(), index.single[key])
        if match is not None:
            found.append(match)
            taken_until = match[1]
    return found


SPELLING_CASES = {
    "a name of several words after its first word": "Patients got 5 fluorouracil daily.",
    "the first word before another word": "Patients got 5 mg of it and 5 fu medac.",
    "a first word at the end": "The dose was 5",
    "a one-word spelling with more characters": "They took 5-FU+ and vitamin D3 or vitamin D.",
    "joined words": "x--aspirin, 'aspirin, aspirin-based, 5-FU and 5 - FU.",
}


@pytest.mark.parametrize("text", SPELLING_CASES.values(), ids=SPELLING_CASES.keys())
def test_find_is_the_word_by_word_reading(text: str) -> None:
    assert [(d.start, d.end, d.generic) for d in drugs.find(text)] == _find_word_by_word(text)


def test_spellings_after_a_word_keep_their_order() -> None:
    """The spellings tried after ``5`` followed by ``fu`` are those of ``5 fu ...`` (and of one word
    with more characters), longest first as in the index; after ``mg`` none of ``5 fu ...``."""
    index = drugs.index()
    after_fu = index.spellings("5", "fu")
    assert after_fu and all(s.startswith("5 fu") or len(drugs._WORD.findall(s)) == 1 for s, _ in after_fu)
    assert list(after_fu) == [pair for pair in index.multi["5"] if pair in after_fu]
    assert not any(s.startswith("5 fu") for s, _ in index.spellings("5", "mg"))

_FRAGMENTS = ["5", " ", "fu", "-", "'", "+", "medac", "vitamin", "d", "aspirin", "keytruda", "x", "\u0130", "\u00e9", "A", "(", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=14).map("".join))
def test_find_is_the_word_by_word_reading_on_any_text(text: str) -> None:
    assert [(d.start, d.end, d.generic) for d in drugs.find(text)] == _find_word_by_word(text)


def test_table_is_built_without_importing_the_library(tmp_path) -> None:
    """Importing ``drug_named_entity_recognition`` builds its own fuzzy index (the peak memory of
    a first run): the table is read from its pickled dictionary file alone."""
    import subprocess
    import sys

    code = ("import sys; from trialnews.vocab import drugs; rows = drugs.build_table(); "
            "print(len(rows) > 1000, drugs.DICTIONARY_PACKAGE in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**__import__("os").environ, drugs.CACHE_ENV: str(tmp_path)})
    assert done.stdout.split() == ["True", "False"]
