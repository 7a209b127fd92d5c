"""Design tags as trial news writes them: the words of research in general and of the company or
university behind a press release are not the trial's design; an international trial is run at
several centres; random allocation, dummy pills and blinding told in plain words.

Every sentence here is written for the test (none is copied from a data set); each expected tag set
is what a curator reading the article would write (RECORD.md, ANNOTATION.md).
"""

from __future__ import annotations

import pytest

from facts.helpers import article
from trialnews.facts import trial

#: A first paragraph that sets up a trial without any design word.
LEDE = "The pill helped adults with gout, researchers said on Monday."


def design(run, *sentences: str) -> set[str]:
    return set(run(article(LEDE, *sentences))["trial"]["design"])


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Randomized trials give the strongest evidence about a treatment.", set(),
                 id="randomized-trials-in-general"),
    pytest.param("Placebo pills are often used in studies of gout.", set(),
                 id="placebo-pill-in-general"),
    pytest.param("Acme Pharma sells its medicines in more than 90 countries.", set(),
                 id="a-company-in-90-countries"),
    pytest.param("The university has 30,000 students from over 120 countries.", set(),
                 id="students-from-120-countries"),
    pytest.param("The study is a randomized, double-blind, multicenter trial of 400 adults.",
                 {"randomized", "double-blind", "multicenter"}, id="the-study-is-a-randomized-trial"),
    pytest.param("The randomized trial adds to the evidence for the pill.", {"randomized"},
                 id="the-randomized-trial-in-the-present"),
    pytest.param("In an ongoing trial at 12 hospitals, doctors are giving the pill to adults with gout.",
                 {"multicenter"}, id="a-trial-at-12-hospitals-in-the-present"),
    pytest.param("The results come from work with 900 patients at 60 clinics in 9 countries.", {"multicenter"},
                 id="patients-at-60-clinics-in-the-present"),
    pytest.param("There is new hope from the study of 900 men with gout at 60 clinics.", {"multicenter"},
                 id="the-study-of-men-at-60-clinics-in-the-present"),
    pytest.param("The study is observational, so it leaves open whether the pill helps.", {"observational"},
                 id="the-study-is-observational"),
    pytest.param("Observational studies cannot prove that a pill works.", set(),
                 id="observational-studies-in-general"),
    pytest.param("The data come from the multi-site Gout Outcomes in Practice (GOP) study.", {"multicenter"},
                 id="multi-site-before-a-name"),
])
def test_general_statements_give_no_design(run, sentence: str, expected: set[str]) -> None:
    assert design(run, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Founded in 1990, the foundation has funded 500 research programs at nearly 90 cancer centers.",
                 set(), id="funding-to-programs-at-centers"),
    pytest.param("The trial enrolled 420 adults at 31 sites in the United States.", {"multicenter"},
                 id="enrolled-at-31-sites"),
    pytest.param("Researchers at 14 medical centers gave the pill to 300 adults.", {"multicenter"},
                 id="researchers-at-14-centers"),
    pytest.param("The team recruited 900 women from 40 GP practices in England.", {"multicenter"},
                 id="from-40-gp-practices"),
    pytest.param("Some 300 adults in three urban emergency departments took part.", {"multicenter"},
                 id="three-emergency-departments"),
])
def test_a_count_of_places_is_the_trials_when_its_sentence_names_the_trial(run, sentence: str, expected: set[str]) -> None:
    assert design(run, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("The major international trial gave the pill to 800 adults.", {"multicenter"},
                 id="major-international-trial"),
    pytest.param("An international, open-label phase 3 study enrolled 800 adults.", {"multicenter", "open-label"},
                 id="international-open-label-study"),
    pytest.param("An international team of scientists gave the pill to 80 adults.", set(),
                 id="international-team"),
    pytest.param("Each capsule held 2,000 international units of vitamin D.", set(), id="international-units"),
    pytest.param("Pain was rated on the International Gout Study Group Scale in 80 adults.", set(),
                 id="international-in-a-name"),
])
def test_international_trial(run, sentence: str, expected: set[str]) -> None:
    assert design(run, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Each of the 90 adults was assigned randomly to the pill or to diet advice.", {"randomized"},
                 id="assigned-randomly"),
    pytest.param("Nurses enrolled 40 volunteers and put each one at random in one of two arms.", {"randomized"},
                 id="put-at-random"),
    pytest.param("The two creams were given in random order to each of the 30 adults.", {"randomized"},
                 id="given-in-random-order"),
    pytest.param("Investigators randomly split 200 adults between the pill and diet advice.", {"randomized"},
                 id="randomly-split"),
    pytest.param("The 300 adults were selected at random from a city list of bus riders.", set(),
                 id="a-sample-drawn-at-random"),
    pytest.param("A better trial would randomly assign adults to the pill or to diet advice.", set(),
                 id="a-study-that-would-assign"),
    pytest.param("The 30 adults were assigned to the clinic nearest their home.", set(),
                 id="assigned-not-at-random"),
])
def test_random_allocation_in_either_order(run, sentence: str, expected: set[str]) -> None:
    assert design(run, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Half of the 80 adults took the pill and half took a dummy pill.", {"placebo-controlled"},
                 id="dummy-pill"),
    pytest.param("Half of the 80 adults got the shot and half got dummy injections.", {"placebo-controlled"},
                 id="dummy-injections"),
    pytest.param("Half of the 80 adults took the pill and half took a sugar pill.", {"placebo-controlled"},
                 id="sugar-pill"),
    pytest.param("The 80 adults cut back on sugar and on pills for pain.", set(), id="sugar-and-pills"),
])
def test_a_dummy_treatment_is_a_placebo(run, sentence: str, expected: set[str]) -> None:
    assert design(run, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Neither the volunteers nor the nurses knew which pill each volunteer took.", {"double-blind"},
                 id="neither-nor-knew-which"),
    pytest.param("Neither the nurses nor the volunteers were told which syrup held the medicine.", {"double-blind"},
                 id="neither-nor-were-told-who"),
    pytest.param("None of the doctors, parents or children knew which syrup a child was given.", {"double-blind"},
                 id="none-of-knew-which"),
    pytest.param("Neither the doctors nor the patients liked the taste of the pill.", set(),
                 id="neither-nor-without-knowing"),
    pytest.param("Neither the radiologists nor the surgeons knew whether a scan showed gout.", set(),
                 id="only-the-assessors-did-not-know"),
])
def test_blinding_told_in_words(run, sentence: str, expected: set[str]) -> None:
    assert design(run, sentence) == expected


@pytest.mark.parametrize(("phrase", "same_as"), [
    pytest.param("monitor Alzheimer's disease", "Alzheimer's disease", id="a-free-word-before-an-eponym"),
    pytest.param("severe periodontal disease", "periodontal disease", id="a-grade-before-a-generic-head"),
    pytest.param("tuberculosis infection", "tuberculosis", id="a-generic-head-after-a-disease"),
])
def test_a_disease_with_a_generic_head_is_keyed_by_the_spelling_that_ends_it(phrase: str, same_as: str) -> None:
    # "disease" is a generic head: the phrase is first looked up by its endings in the disease
    # dictionary ("Alzheimer's disease"), and only then keyed by the word before the head
    assert trial._key(phrase) == trial._key(same_as)
    assert trial._key(phrase).startswith("mesh:")


def test_a_verb_before_and_does_not_qualify_a_disease(nlp) -> None:
    from trialnews.nlp import run_through
    doc = run_through(nlp, article("Doctors can now investigate and monitor lupus in 40 adults, researchers said."),
                      "trialnews_trial")
    heads = [start for start, _ in trial._condition_mentions(doc.text)]
    head = doc.char_span(heads[0], heads[0] + len("lupus"))
    assert doc[trial._modifiers_start(doc, head):head.end].text == "monitor lupus"
