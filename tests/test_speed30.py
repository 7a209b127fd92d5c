"""Start-up changes that must give the same patterns as the code they replace (issue 13): a word
list's trie and a cue pattern's case-free form kept in the cache, flat alternations of a word set
written in one order whatever the process, the HTML libraries imported only for web pages, and the
dictionaries' spellings grouped by their second word in one pass. Words written for these tests."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from trialnews import scanning
from trialnews.resources import longest_words_first
from trialnews.scanning import alternation, case_free_form
from trialnews.vocab.dictionary import TermIndex

WORDS = ["oat", "oats", "oatmeal", "barley", "bran", "rye", "rice", "r", "ryegrass"]


def test_alternation_is_the_same_for_any_order_of_its_entries() -> None:
    assert alternation(WORDS) == alternation(reversed(WORDS)) == alternation(set(WORDS)) == alternation(sorted(WORDS))


@pytest.mark.parametrize("text", ["oatmeal and ryegrass", "rye bread", "a bran muffin, rice", "r oats"])
def test_alternation_matches_as_the_flat_list_longest_first(text: str) -> None:
    flat = re.compile("(?:" + "|".join(map(re.escape, sorted(WORDS, key=len, reverse=True))) + ")")
    assert [m.span() for m in re.finditer(alternation(WORDS), text)] == [m.span() for m in flat.finditer(text)]


def test_alternation_of_entries_differing_by_case_stays_flat_in_their_order() -> None:
    assert alternation(["Kiwi", "kiwi", "fig"]) == "(?:Kiwi|kiwi|fig)"


def test_the_trie_is_read_from_the_kept_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    alternation(["plum", "plums", "pear"])  # kept now, if it was not before

    def refuse(node: dict) -> str:
        raise AssertionError("the trie was built again")

    monkeypatch.setattr(scanning, "_trie_regex", refuse)
    assert alternation(["pear", "plums", "plum"]) == "(?:p(?:ear|lum(?:s)?))"


def test_longest_words_first_orders_one_length_alphabetically() -> None:
    assert longest_words_first({"men", "kids", "women", "boys", "ox"}) == ["women", "boys", "kids", "men", "ox"]


@pytest.mark.parametrize("source, free", [
    (r"(?i)\bfruit\s+bowl", r"\bfruit\s+bowl"),
    (r"(?im)^plums?\b", r"(?m)^plums?\b"),
    (r"(?i)\bPear\b", None),  # a capital: no case-free form
    (r"\bfig\b", None),  # case-sensitive already
])
def test_case_free_form_as_before(source: str, free: str | None) -> None:
    pattern = re.compile(source)
    found = case_free_form(pattern)
    assert (found.pattern if found is not None else None) == free
    if found is not None:
        assert found.flags == pattern.flags & ~re.IGNORECASE


def test_the_html_libraries_are_not_imported_with_the_reader() -> None:
    code = ("import sys, trialnews.reading.reader, trialnews.engines.progress; "
            "print(sorted(name for name in ('trafilatura', 'lxml') if name in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_spellings_grouped_by_their_second_word() -> None:
    index = TermIndex(single={"plum": "fruit"}, multi={
        "red": (("red plum jam", "a"), ("red-x", "b"), ("red pear", "c"), ("red plum", "d"))})
    assert index.spellings("red", "plum") == (("red plum jam", "a"), ("red-x", "b"), ("red plum", "d"))
    assert index.spellings("red", "pear") == (("red-x", "b"), ("red pear", "c"))
    assert index.spellings("red", "fig") == (("red-x", "b"),)
    assert index.next_words("red") is None  # "red-x" is one word: it can start whatever follows
