"""Conclusions in news: how a quote is delimited and how its speaker is told to be of the trial.

Every sentence here is written for the test (none is copied from a data set). A conclusion is a
statement of the trial's authors, investigators or the article about what the trial showed
(ANNOTATION.md); outside experts, methods, background and plans stay out.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from trialnews.extract import extract_text
from trialnews.nlp import make_nlp

TITLE = "Trial Update"
#: A lede long enough to be one, with no finding, so the tests see only their own sentences.
NEUTRAL_LEDE = ("The trial was conducted at 40 hospitals in Europe between 2015 and 2019 and included adults "
                "over 70 years of age.")
ASPIRIN_OR_PLACEBO = "Patients were randomized to aspirin or placebo."


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


@pytest.fixture
def conclusions(nlp: Language):
    def run(*paragraphs: str) -> list[str]:
        text = "\n\n".join((TITLE, NEUTRAL_LEDE, ASPIRIN_OR_PLACEBO, *paragraphs)) + "\n"
        return [c["text"] for c in extract_text(text, nlp=nlp)["conclusions"]]
    return run


def test_a_stray_quote_mark_does_not_turn_narration_into_a_quote(conclusions) -> None:
    found = conclusions(
        'The nurses called the pill "a small miracle.',
        '"We saw fewer strokes in the aspirin group," said Dr. Ann Berg, lead author of the study.',
        "A larger study would take five years to finish, and the drug is still far from the market.",
        "Other doctors said the research is still at an early stage.",
        '"I would wait for more data," said Dr. Tom Klein, a cardiologist who was not involved.')
    assert "We saw fewer strokes in the aspirin group" in found
    assert not any("early stage" in text or "five years" in text or text.startswith("said") for text in found)


def test_a_quote_that_runs_on_to_the_next_paragraph_is_read(conclusions) -> None:
    found = conclusions('"Aspirin cut the number of strokes in older adults by a third in our trial.',
                        '"We think it could help many older people," said Dr. Ann Berg, lead author of the study.')
    assert "Aspirin cut the number of strokes in older adults by a third in our trial" in found


@pytest.mark.parametrize("paragraphs", [
    pytest.param(("Researchers at the clinic have found that aspirin lowered the risk of falls.",
                  '"This trial shows aspirin is safe in older adults," said Dr. Paul Reed, president of a '
                  "heart society."), id="role-of-the-next-sentence-is-not-the-speakers"),
    pytest.param(('"Aspirin is safe for older adults, as the researchers showed," said Dr. Paul Reed, president '
                  "of a heart society.",), id="words-inside-the-quote-are-not-the-speakers-role"),
])
def test_speaker_role_is_read_where_the_speaker_is_described(conclusions, paragraphs: tuple[str, ...]) -> None:
    assert not any("Aspirin is safe" in text or "aspirin is safe" in text for text in conclusions(*paragraphs))


def test_investigator_described_in_another_sentence_keeps_the_role(conclusions) -> None:
    found = conclusions("Dr. Ann Berg, who led the trial, presented it in Rome.",
                        '"Aspirin is safe for older adults and it prevented strokes," Berg said.')
    assert "Aspirin is safe for older adults and it prevented strokes" in found
