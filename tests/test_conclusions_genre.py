"""Conclusions as unseen trial news writes them (issue 11): statements of how a treatment works,
said by the trial's people in narration, and a paper's title quoted after "an article detailing
these findings", are no conclusions.

Every sentence here is written for the test (none is copied from a data set).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.nlp import make_nlp

TITLE = "Trial Update"
#: A lede long enough to be one, with no finding, so the tests see only their own sentences.
NEUTRAL_LEDE = ("The trial was conducted at 40 hospitals in Europe between 2015 and 2019 and included adults "
                "over 70 years of age.")
ASPIRIN_OR_PLACEBO = "Patients were randomized to aspirin or placebo."
METHODS = "Each patient was seen every three months by a nurse at the clinic."


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


@pytest.fixture
def conclusions(nlp: Language):
    def run(*paragraphs: str) -> list[str]:
        text = "\n\n".join((TITLE, NEUTRAL_LEDE, ASPIRIN_OR_PLACEBO, *paragraphs)) + "\n"
        return [c["text"] for c in extract_text(text, nlp=nlp)["conclusions"]]
    return run


@pytest.mark.parametrize("sentence", [
    pytest.param("These drugs work by thinning the blood, thereby reducing the risk of strokes, the researchers said.",
                 id="these-drugs-work-by"),
    pytest.param("The pills act on the lining of the vessels and so lower the risk of clots, the investigators noted.",
                 id="the-pills-act-on"),
    pytest.param("The pill is the first medicine that works by directly blocking the clotting signal, the researchers said.",
                 id="works-by-an-adverb-and-a-gerund"),

])
def test_how_a_treatment_works_told_by_the_researchers_is_background(conclusions, sentence: str) -> None:
    assert conclusions(METHODS, sentence) == []


def test_a_mechanism_with_a_quoted_gerund_said_by_the_lead_author_is_background(conclusions) -> None:
    found = conclusions('"Aspirin prevented strokes in our patients," said Dr. Ann Park, the study\u2019s lead author.',
                        "Park said she believes the pill works by \u201cresetting\u201d the clotting signal in older adults.")
    assert found == ["Aspirin prevented strokes in our patients"]


def test_a_finding_beside_how_the_treatment_works_is_kept(conclusions) -> None:
    sentence = "Our study shows that aspirin works by thinning the blood and reduced strokes, the researchers said."
    assert conclusions(METHODS, sentence) == [sentence.rstrip(".")]


def test_a_title_quoted_after_an_article_detailing_the_findings_is_no_conclusion(conclusions) -> None:
    found = conclusions('"Our research demonstrates that aspirin lowers strokes," said Dr. Ann Park, who led the study.',
                        'An article detailing these findings, "Aspirin Lowers Stroke Risk in Older Adults: mediation '
                        'by platelet patterns," has been published in the Journal of Rural Dentistry.')
    assert not any(text.startswith("Aspirin Lowers Stroke Risk") for text in found)


def test_the_work_by_its_authors_is_no_mechanism(conclusions) -> None:
    quote = "The work by Park and her colleagues strongly supports giving aspirin to older adults"
    found = conclusions(METHODS, f'"{quote}," said Dr. Ann Park, the study\u2019s lead author.')
    assert quote in found
