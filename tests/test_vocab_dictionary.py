"""The whole-word scan shared by the drug and disease dictionaries (``trialnews.vocab.dictionary``),
on a small hand-made dictionary and hand-written sentences (none copied from a data set)."""

from __future__ import annotations

import re

import pytest

from trialnews.vocab import dictionary
from trialnews.vocab.dictionary import TermIndex, build_index, find_terms

#: (spelling, value, first word): a made-up dictionary with the cases the scan must keep apart.
ROWS = [
    ("heart failure", "heart failure", "heart"),
    ("heart failure with preserved ejection", "hfpef", "heart"),
    ("heart", "organ", ""),
    ("cancer", "neoplasms", ""),
    ("breast cancer", "breast neoplasms", "breast"),
    ("crohn's disease", "crohn disease", "crohn's"),
    ("5-fu", "fluorouracil", ""),
    ("5-fu+", "fluorouracil plus", "5-fu"),
    ("non-small cell lung cancer", "nsclc", "non-small"),
    ("lung cancer", "lung neoplasms", "lung"),
    ("type 2 diabetes", "diabetes type 2", "type"),
    ("type 2 diabetes", "a second value", "type"),  # listed twice: the first is kept
    ("émile syndrome", "emile", "émile"),
]


def index() -> TermIndex:
    return build_index(ROWS)


def scan(terms: TermIndex, text: str) -> list[tuple[str, str]]:
    return [(text[start:end], value) for start, end, value in find_terms(terms, text)]


@pytest.mark.parametrize(("text", "found"), [
    ("Heart failure patients joined.", [("Heart failure", "heart failure")]),
    ("People with heart failure with preserved ejection fraction.",
     [("heart failure with preserved ejection", "hfpef")]),
    ("heart failure-related deaths", [("heart", "organ")]),  # the longer spelling ends inside a word
    ("an anti-cancer drug and cancer's course", []),  # after a hyphen; a longer word
    ("cancer-- and cancer' and cancer-'", [("cancer", "neoplasms")] * 3),  # hyphens after a word
    ("non-small cell lung cancer and lung cancer", [("non-small cell lung cancer", "nsclc"),
                                                    ("lung cancer", "lung neoplasms")]),
    ("Crohn's disease and Crohn's", [("Crohn's disease", "crohn disease")]),
    # the longer spelling not ending a word ("5-FU+x"): the word alone
    ("5-FU+ then 5-FU+x then 5-FU", [("5-FU+", "fluorouracil plus"), ("5-FU", "fluorouracil"),
                                    ("5-FU", "fluorouracil")]),
    ("type 2 diabetes", [("type 2 diabetes", "diabetes type 2")]),
    ("sweetheart and cancerous and breast cancers", []),  # inside a longer word
    # a letter outside the words' letters (Greek) ends a word; "İ" (kept: its lower case is longer) does not
    ("Émile syndrome, İcancer, xcancer, \u03b1cancer", [("Émile syndrome", "emile"), ("cancer", "neoplasms")]),
    ("", []),
])
def test_whole_words_longest_first(text: str, found: list[tuple[str, str]]) -> None:
    assert scan(index(), text) == found


class CountingSplit:
    """:data:`dictionary.WORD_GROUP` that counts the texts it cuts."""

    def __init__(self) -> None:
        self.cut = 0

    def split(self, text: str) -> list[str]:
        self.cut += 1
        return re.compile(f"({dictionary.WORD.pattern})").split(text)


def test_a_text_is_cut_into_words_once_for_every_dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = CountingSplit()
    monkeypatch.setattr(dictionary, "WORD_GROUP", counting)
    monkeypatch.setattr(dictionary, "_WORDS", dictionary._TextWords())
    drugs_like, diseases_like = build_index([("insulin", "insulin", "")]), index()
    text = "Insulin for type 2 diabetes and heart failure."
    assert scan(drugs_like, text) == [("Insulin", "insulin")]
    assert scan(diseases_like, text) == [("type 2 diabetes", "diabetes type 2"), ("heart failure", "heart failure")]
    assert scan(diseases_like, "".join(text)) == scan(diseases_like, text)  # an equal text, not the same object
    assert counting.cut == 1
    assert scan(diseases_like, "Breast cancer.") == [("Breast cancer", "breast neoplasms")]  # another text: cut anew
    assert scan(diseases_like, text)[0] == ("type 2 diabetes", "diabetes type 2")
    assert counting.cut == 2  # the last two texts are kept (KEPT_TEXT_WORDS): the first is not cut again
    assert scan(diseases_like, "Lung cancer.")[0][0] == "Lung cancer"  # the two asked last: this and the article
    assert scan(diseases_like, text)[0] == ("type 2 diabetes", "diabetes type 2")  # kept: asked just before
    assert counting.cut == 3
    assert scan(diseases_like, "Breast cancer.") == [("Breast cancer", "breast neoplasms")]  # the one asked least recently: cut anew
    assert counting.cut == 4


def test_excluded_spellings_are_not_found() -> None:
    terms = index().without({"cancer", "lung cancer"})
    assert scan(terms, "lung cancer and breast cancer") == [("breast cancer", "breast neoplasms")]
    assert scan(build_index([]), "cancer") == []


@pytest.mark.parametrize(("first", "needed"), [
    ("breast", frozenset({"cancer"})),  # only "breast cancer" starts with it: visited only before "cancer"
    ("type", frozenset({"2"})),
    ("heart", None),  # a spelling itself: visited wherever it stands
    ("5-fu", None),
])
def test_a_first_word_is_visited_only_before_a_word_that_can_follow_it(first: str, needed: frozenset | None) -> None:
    assert index().next_words(first) == needed
