"""The word lists in ``patterns/``: every list the code or a rule file names exists and loads
non-empty, and no list is a copy (or a drifted copy) of another."""

from __future__ import annotations

import ast
import itertools
import json
import re
from pathlib import Path

import pytest

from trialnews.errors import TrialnewsError
from trialnews.resources import INCLUDE, load_lexicon, load_mapping, load_table, load_uses

ROOT = Path(__file__).resolve().parents[1]
PATTERNS = ROOT / "patterns"
CODE = ROOT / "pipeline" / "trialnews"
#: A string constant in the code that names a word list, or the entries of a lexicon with uses
#: (``comparatives.tsv:worded``) that have one use.
_LEXICON_NAME = re.compile(r"^[a-z][a-z0-9_]*\.(?:txt|tsv:[a-z-]+)$")
#: Two lists sharing this share of their entries (intersection over union) are one list kept twice.
#: The closest two distinct lists share about a quarter.
MAX_OVERLAP = 0.8
#: Files in ``patterns/`` that are not word lists.
NOT_LEXICONS = {"WORDNET_LICENSE.txt"}


def _code_references() -> set[str]:
    names = set()
    for path in CODE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _LEXICON_NAME.match(node.value):
                names.add(node.value)
    return names


def _rule_references() -> set[str]:
    names = set()
    for path in PATTERNS.glob("*.jsonl"):
        text = path.read_text(encoding="utf-8")
        names |= set(re.findall(r"\{LEX:([\w.:-]+)\}", text))  # FILE.tsv:USE too
        for line in text.splitlines():
            if line.strip() and not line.lstrip().startswith("//"):
                pattern = json.loads(line)["pattern"]
                if isinstance(pattern, dict) and "lexicon" in pattern:
                    names.add(pattern["lexicon"])
    return names


def _include_references() -> set[str]:
    """The lexicons a word list includes (``@include other_studies.tsv:background``)."""
    return {line.removeprefix(INCLUDE).strip() for path in PATTERNS.glob("*.txt")
            for line in path.read_text(encoding="utf-8").splitlines() if line.startswith(INCLUDE)}


REFERENCED = sorted(_code_references() | _rule_references() | _include_references())
LEXICONS = sorted(p.name for p in PATTERNS.glob("*.txt") if p.name not in NOT_LEXICONS)
#: The lexicons whose entries carry their uses, and each use they hold.
USES = sorted(f"{p.name}:{use}" for p in PATTERNS.glob("*.tsv") for use in frozenset().union(*load_uses(p.name).values()))


def test_references_found() -> None:
    # the scan itself works: lists named in code, in a regex rule and in a phrase rule
    assert {"trial_words.txt", "months.txt", "journals.txt"} <= set(REFERENCED)


@pytest.mark.parametrize("name", REFERENCED)
def test_referenced_lexicon_exists_and_loads(name: str) -> None:
    assert (PATTERNS / name.partition(":")[0]).is_file(), f"{name} is named in the code or a rule file but not in patterns/"
    assert load_lexicon(name), f"{name} has no entries"


@pytest.mark.parametrize("name", LEXICONS)
def test_every_lexicon_is_used(name: str) -> None:
    assert name in REFERENCED, f"patterns/{name} is read by no code and no rule"


@pytest.mark.parametrize("name", USES)
def test_every_use_is_read(name: str) -> None:
    assert name in REFERENCED, f"the use {name} is read by no code"


@pytest.mark.parametrize("name", LEXICONS + sorted(p.name for p in PATTERNS.glob("*.tsv")))
def test_lexicon_says_what_it_is_for(name: str) -> None:
    first = (PATTERNS / name).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("#"), f"{name} starts without a header comment"


def _entries(name: str) -> frozenset[str]:
    return frozenset(entry.lower() for entry in load_lexicon(name))


def _copies(lists: dict[str, frozenset[str]]) -> list[tuple[str, str]]:
    written = sorted(name for name in lists if lists[name])  # a list made only of @include lines writes nothing
    return [(a, b) for a, b in itertools.combinations(written, 2)
            if len(lists[a] & lists[b]) / len(lists[a] | lists[b]) >= MAX_OVERLAP]


def _written_entries(name: str) -> frozenset[str]:
    """The entries written in the file itself: an ``@include`` line shares another list's entries
    rather than copying them."""
    if not name.endswith(".txt"):
        return _entries(name)
    lines = (line.split("#", 1)[0].strip() for line in (PATTERNS / name).read_text(encoding="utf-8").splitlines())
    return frozenset(line.lower() for line in lines if line and not line.startswith("@include"))


def test_no_list_is_kept_twice() -> None:
    assert _copies({name: _written_entries(name) for name in LEXICONS}) == []


def test_rounding_words_share_the_approximate_words() -> None:
    # the words both lists need are written once, in approximate_words.txt, which both include
    shared = _entries("approximate_words.txt")
    assert shared <= _entries("rounding_words.txt") and shared <= _entries("approximators.txt")
    assert not shared & (_written_entries("rounding_words.txt") | _written_entries("approximators.txt"))


def test_hedge_words_include_the_judgement_words() -> None:
    # the judgements of a trial's worth are hedges too: written once, in the smaller list, and included
    judged = _entries("conclusion_judgement_words.txt")
    assert judged <= _entries("conclusion_hedge_words.txt")
    assert not judged & _written_entries("conclusion_hedge_words.txt")


def test_copy_guard_catches_a_drifted_copy() -> None:
    words = _entries("endpoint_qualifiers.txt")
    drifted = (words - {min(words)}) | {"lasting"}  # one word dropped, one added
    assert _copies({"a": words, "b": drifted, "c": _entries("months.txt")}) == [("a", "b")]


@pytest.mark.parametrize(("name", "key", "values"), [
    ("phase_stages.txt", "late", ("3",)),
    ("phase_stages.txt", "mid", ("2",)),
    ("not_design_after.txt", "crossover", ("rate", "rates", "patients", "group", "groups")),
])
def test_table_gathers_values_per_key(name: str, key: str, values: tuple[str, ...]) -> None:
    assert load_table(name)[key] == values


def test_a_mapping_is_the_first_value_per_key_and_read_only() -> None:
    """Shared by every caller, so none can change it for the others."""
    mapping = load_mapping("not_design_after.txt")
    assert mapping["crossover"] == "rate"
    with pytest.raises(TypeError):
        mapping["crossover"] = "rates"  # type: ignore[index]


FAKE_LISTS = {"a.txt": ("at the end", "at the end of"), "b.txt": ("at the end", "later on")}


@pytest.mark.parametrize(("lexicons", "text", "found"), [
    pytest.param(("a.txt",), "seen at the end of the trial", "at the end of", id="longer-entry-first"),
    pytest.param(("a.txt",), "at  the\nend", "at  the\nend", id="any-white-space-between-words"),
    pytest.param(("a.txt", "b.txt"), "we met later on", "later on", id="several-lists"),
    pytest.param(("a.txt",), "a.t the end", None, id="entries-are-literal"),
])
def test_phrase_regex(monkeypatch: pytest.MonkeyPatch, lexicons: tuple[str, ...], text: str, found: str | None) -> None:
    from trialnews import resources

    monkeypatch.setattr(resources, "load_lexicon", FAKE_LISTS.__getitem__)
    match = re.search(resources.phrase_regex(*lexicons), text)
    assert (match.group() if match else None) == found


@pytest.mark.parametrize(("text", "name", "entries"), [
    pytest.param("# uses: up down pair\nhigher\tup pair\nlower\tdown pair\n", "x.tsv:pair", ("higher", "lower"), id="all-with-the-use"),
    pytest.param("# uses: up down pair\nhigher\tup pair  # a comment\nlower\tdown\n", "x.tsv:up", ("higher",), id="only-with-the-use"),
    pytest.param("# uses: up pair\nmore\tup\nmore\tpair\n", "x.tsv:pair", ("more",), id="a-word-on-two-lines-gathers-uses"),
])
def test_lexicon_with_uses(monkeypatch: pytest.MonkeyPatch, text: str, name: str, entries: tuple[str, ...]) -> None:
    from trialnews import resources

    monkeypatch.setattr(resources, "read_text", lambda _name: text)
    resources.load_uses.cache_clear()
    resources.load_lexicon.cache_clear()
    try:
        assert load_lexicon(name) == entries
    finally:
        resources.load_uses.cache_clear()
        resources.load_lexicon.cache_clear()


@pytest.mark.parametrize(("text", "name", "code"), [
    pytest.param("# uses: up\nhigher up\n", "x.tsv:up", "E215", id="no-tab"),
    pytest.param("# uses: up\nhigher\t\n", "x.tsv:up", "E215", id="no-use"),
    pytest.param("# uses: up\nhigher\tup\n", "x.tsv:upp", "E216", id="unknown-use"),
    pytest.param("# uses: up\nhigher\tup\n\tup\n", "x.tsv:up", "E215", id="uses-without-an-entry"),
    pytest.param("# uses: up down\nhigher\tup\nlower\tdwon\n", "x.tsv:down", "E215", id="misspelt-use"),
    pytest.param("higher\tup\n", "x.tsv:up", "E215", id="no-uses-header"),
])
def test_lexicon_with_uses_bad(monkeypatch: pytest.MonkeyPatch, text: str, name: str, code: str) -> None:
    from trialnews import resources

    monkeypatch.setattr(resources, "read_text", lambda _name: text)
    resources.load_uses.cache_clear()
    resources.load_lexicon.cache_clear()
    try:
        with pytest.raises(TrialnewsError) as raised:
            load_lexicon(name)
        assert raised.value.code == code
    finally:
        resources.load_uses.cache_clear()
        resources.load_lexicon.cache_clear()


def test_include_stands_for_the_entries_of_another_lexicon(monkeypatch: pytest.MonkeyPatch) -> None:
    from trialnews import resources

    texts = {"a.txt": "# cues\nfirst\n@include b.tsv:up\nlast\n", "b.tsv": "# uses: up down\nhigher\tup\nlower\tdown\nmore\tup\n"}
    monkeypatch.setattr(resources, "read_text", texts.__getitem__)
    resources.load_uses.cache_clear()
    resources.load_lexicon.cache_clear()
    try:
        assert load_lexicon("a.txt") == ("first", "higher", "more", "last")
    finally:
        resources.load_uses.cache_clear()
        resources.load_lexicon.cache_clear()


@pytest.mark.parametrize(("texts", "code", "says"), [
    pytest.param({"a.txt": "one\n@include b.txt\n", "b.txt": "two\n@include a.txt\n"}, "E217", "a.txt -> b.txt -> a.txt",
                 id="two-files-including-each-other"),
    pytest.param({"a.txt": "one\n@include a.txt\n"}, "E217", "a.txt -> a.txt", id="a-file-including-itself"),
    pytest.param({"a.txt": "one\n@include\n"}, "E215", "line 2", id="include-naming-no-file"),
    pytest.param({"a.txt": "one\n@includes b.txt\n", "b.txt": "two\n"}, "E215", "line 2", id="a-misspelt-directive"),
    pytest.param({"a.txt": "one\n@include\tb.txt\n", "b.txt": "@inclde c.txt\n"}, "E215", "line 1",
                 id="a-tab-after-include-and-a-misspelt-directive-in-the-included-file"),
])
def test_include_bad(monkeypatch: pytest.MonkeyPatch, texts: dict[str, str], code: str, says: str) -> None:
    from trialnews import resources

    monkeypatch.setattr(resources, "read_text", texts.__getitem__)
    resources.load_lexicon.cache_clear()
    try:
        with pytest.raises(TrialnewsError) as raised:
            load_lexicon("a.txt")
        assert raised.value.code == code and says in str(raised.value)
    finally:
        resources.load_lexicon.cache_clear()


def test_background_cues_take_the_other_study_phrases() -> None:
    # one copy of "previous studies": other_studies.tsv, which background_cues.txt includes
    assert {"previous studies", "an earlier * study"} <= set(load_lexicon("background_cues.txt"))
    assert "previous studies" not in (PATTERNS / "background_cues.txt").read_text(encoding="utf-8")


def test_two_threads_reading_lists_that_include_one_another_find_no_cycle(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each thread has its own chain of lists being read: one thread reading ``a.txt`` (which
    includes ``b.txt``) while another reads ``b.txt`` is no cycle."""
    import threading

    from trialnews import resources

    inside_b = threading.Event()
    release = threading.Event()

    def read_text(name: str) -> str:
        if name == "b.txt" and threading.current_thread().name == "reader-a":
            inside_b.set()  # thread a is inside a.txt -> b.txt: thread b now reads b.txt
            release.wait(5)
        return {"a.txt": "one\n@include b.txt\n", "b.txt": "two\n"}[name]

    monkeypatch.setattr(resources, "read_text", read_text)
    monkeypatch.setattr(resources, "load_lexicon", resources.load_lexicon.__wrapped__)  # no cache shared by threads
    found: dict[str, object] = {}

    def read(name: str) -> None:
        try:
            found[name] = resources.load_lexicon(name)
        except TrialnewsError as error:
            found[name] = error.code

    reader_a = threading.Thread(target=read, args=("a.txt",), name="reader-a")
    reader_a.start()
    assert inside_b.wait(5)
    read("b.txt")
    release.set()
    reader_a.join(5)
    assert found == {"a.txt": ("one", "two"), "b.txt": ("two",)}
