"""Speed changes that must give the same answers as the plain code they replace (issue 12): lines
closed by a link word tried only at the lines that hold its first word, the one-letter names'
pattern opening with its capital, and the bracket pairs found from the doc's ORTH array. Texts
written for these tests."""

from __future__ import annotations

import re

import numpy
import pytest

from trialnews.components.abbreviations import CLOSE, OPEN, bracketed
from trialnews.components.segmenter import _NAME_LETTER
from trialnews.reading.kind import _closed_by_link, _closed_by_link_matches

LINK_TEXTS = [
    "Daily walks ease knee pain, trial shows Read more\nThe trial enrolled 80 adults.",
    "Read More",
    "read more  \n\nREAD MORE\t\nAlready spread: readers read on.\nBread more often.",
    "A headline that ends read\nmore on the next line\nand another that ends in read more",
    "Nothing here links anywhere.",
    "The \u212aelvin scale: read more\nSo read more",  # a case exception: read by the pattern itself
    "\u0130stanbul trial, read more\n",
    "",
]


@pytest.mark.parametrize("text", LINK_TEXTS)
def test_closed_link_lines_are_those_of_the_plain_pattern(text: str) -> None:
    expected = [match.span() for match in _closed_by_link().finditer(text)]
    assert [match.span() for match in _closed_by_link_matches(text)] == expected


def test_closed_link_lines_are_found() -> None:
    text = "Intro line.\nCaffeine eases headache, study finds Read more\nBread more often."
    assert [match.group() for match in _closed_by_link_matches(text)] == [
        "Caffeine eases headache, study finds Read more"]


NAME_LETTER_TEXTS = [
    "Patients in group B. The others in group C.\nVitamin D. Then",
    "U.S. and U.K. sites; J. Smith and A. B. Jones wrote it. X.",
    "B. starts the text, xB. is inside a word, .B. follows a stop, 9B. a digit, _B.\tan underscore",
    "Ärzte A. und É. B.",
]


@pytest.mark.parametrize("text", NAME_LETTER_TEXTS)
def test_name_letters_are_those_of_the_look_behind_first_pattern(text: str) -> None:
    plain = re.compile(r"(?<![\w.])[A-Z]\.(?=\s)")
    assert [m.span() for m in _NAME_LETTER.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_name_letter_pattern_finds_the_letters() -> None:
    assert [m.group() for m in _NAME_LETTER.finditer("group B. Then x.Y. and AB. and C.")] == ["B."]


@pytest.mark.parametrize("orths", [
    [1, OPEN, 2, CLOSE, 3],
    [OPEN, OPEN, 2, CLOSE, 4, CLOSE],
    [OPEN, CLOSE, OPEN, 1, 2, 3, 4, 5, 6, 7, 8, 9, CLOSE, OPEN, 1, CLOSE],
    [CLOSE, 1, OPEN],
    [1, 2, 3],
    [],
], ids=str)
def test_brackets_from_the_orth_array_are_those_of_the_token_walk(orths: list[int]) -> None:
    array = numpy.array(orths, dtype="uint64")
    assert bracketed(orths, array) == bracketed(orths)


def test_bracket_insides() -> None:
    assert bracketed([1, OPEN, 2, 3, CLOSE]) == [(OPEN, 2, 4)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("After a year, 20% of the untreated women and 40% of the treated women had lost weight.",
     [("untreated women", "control"), ("treated women", "tested")]),
    ("Weight fell in 20% of the comparison group.", [("comparison group", "control")]),
    ("Weight fell in 20% of the adults.", []),
])
def test_described_groups_read_at_their_opening_words(nlp, sentence: str, expected: list) -> None:
    from trialnews.linking.groups import described_groups

    doc = nlp(sentence)  # the suite's one pipeline, not one built per case
    (only,) = doc.sents
    assert [(doc[start:end].text, side) for start, end, side in described_groups(only)] == expected
