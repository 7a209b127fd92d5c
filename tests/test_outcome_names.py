"""The name a result's outcome gets, on sentences written for these tests: the outcome an
improvement is measured in, a vague word with the "of" phrase that says what it is, a verb
under the noun a curator writes, and a characteristic of the people that is no outcome."""

from __future__ import annotations

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.nlp import make_nlp

TWO_ARMS = "In the trial, 200 adults were randomly assigned to take gabapentin or a placebo. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


def outcomes(nlp: Language, sentence: str) -> dict[float, str]:
    record = extract_text("Trial Update\n\n" + TWO_ARMS + sentence, nlp=nlp)
    return {result["value"]: result["endpoint"].casefold() for result in record["results"]}


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    ("After a year, 48 percent of those taking gabapentin reported a marked improvement in nighttime leg "
     "cramps, compared with 21 percent of those on placebo.", 48.0, "nighttime leg cramps"),
    ("After a year, 48 percent of those taking gabapentin reported a marked improvement in nighttime leg "
     "cramps, compared with 21 percent of those on placebo.", 21.0, "nighttime leg cramps"),
    ("Gabapentin eased symptoms of the disorder in 61 percent of patients taking it.", 61.0,
     "symptoms of the disorder"),
    ("By the end of the trial, 8 percent of patients taking gabapentin died, compared with 12 percent of those "
     "on placebo.", 8.0, "death"),
    ("Of the patients taking gabapentin, 44 percent responded, against 20 percent on placebo.", 44.0, "response"),
])
def test_outcome_name(nlp: Language, sentence: str, value: float, outcome: str) -> None:
    assert outcomes(nlp, sentence).get(value) == outcome


def test_age_is_no_outcome(nlp: Language) -> None:
    found = outcomes(nlp, "Their average age was 61 years, and the trial lasted a year.")
    assert 61.0 not in found
