"""The one-token paths of the word readers give what the general reading gave."""

from __future__ import annotations

import pytest
import spacy

from trialnews.facts import arms
from trialnews.linking import phrases
from trialnews.linking.phrases import ADJ, NOUN


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.mark.parametrize("text", [
    "The third mild relapse came 12 weeks after the low-fat meals - or so the nurses' notes said.",
    "Fewer sore throats / coughs were logged; 4.5% of them in the second year (n=30).",
    "A follow-up visit at 6-month intervals found nothing 's worth noting.",
])
def test_word_classes_of_every_one_token_word_as_before(blank, text: str) -> None:
    doc = blank(text)
    for i in range(len(doc)):
        assert phrases.word_classes(doc, i, i + 1) == phrases.classes_of_parts(doc[i:i + 1]), doc[i].text


def test_word_classes_of_a_compound_still_read_whole(blank) -> None:
    doc = blank("a 30-day course and a drop-out")
    assert phrases.word_classes(doc, 1, 4) == frozenset({ADJ})  # "30-day": a number first
    assert phrases.word_classes(doc, 7, 10) == frozenset({NOUN})  # "drop-out": a verb and its particle


@pytest.mark.parametrize(("text", "first", "end", "drug", "expected"), [
    ("took a traditional vaccine", 2, 3, False, True),  # a lower-case adjective names its kind
    ("took a Traditional vaccine", 2, 3, False, False),  # a capital: no label word
    ("took a refined grain diet", 2, 3, False, True),  # a participle after an article
    ("they received vaccine", 1, 2, False, False),  # a verb, no article before it
    ("took the safer vaccine", 2, 3, False, False),  # a comparative grades it
    ("took 12 vaccine", 1, 2, False, False),  # a number
    ("an egg-based diet", 1, 4, False, True),  # a compound of lower-case words
    ("an egg-based drugx", 1, 4, True, False),  # no compound before a drug's name
])
def test_label_word_by_hand(blank, text: str, first: int, end: int, drug: bool, expected: bool) -> None:
    doc = blank(text)
    assert arms._label_word(doc, first, end, 0, drug) is expected


@pytest.mark.parametrize(("text", "first", "end", "expected"), [
    ("a first relapse", 1, 2, True),  # an ordinal: part of the name
    ("significant relapse", 0, 1, False),  # a word that judges
    ("the 12 relapses", 1, 2, False),  # a number
    ("the Beck relapse", 1, 2, None),  # a capital inside the sentence: part of a name
    ("E. coli infection", 0, 2, None),  # an abbreviated name over two tokens
    ("heart-muscle damage", 0, 3, True),  # a hyphened compound read whole
])
def test_premodifier_by_hand(blank, text: str, first: int, end: int, expected: bool | None) -> None:
    doc = blank(text)
    assert phrases._premodifier(doc, first, end, 0, frozenset()) is expected
