"""Forms in which news states the trial's finding as its team's or its study's, found by the
conclusions fact (session 30). Texts written for these tests."""

from __future__ import annotations

import pytest

from trialnews.engines.local import extract_text
from trialnews.facts.conclusions import _VERDICT
from trialnews.nlp import make_nlp


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


def _texts(record: dict) -> list[str]:
    return [c["text"] for c in record["conclusions"]]


@pytest.mark.parametrize("sentence", [
    "The study, of 312 adults, found that those taking the tablets slept longer.",  # an aside between commas
    "The new trial, run at nine hospitals, showed that the cream healed ulcers faster.",
    "Researchers from Northfield University Hospital report that the spray eased wheezing.",  # the team's institution
    "Scientists at the Lakeside Institute of Medicine found that the vaccine protected older adults.",
    "Researchers reported Tuesday that the implant lowered eye pressure.",  # a word of when
    "Investigators last month reported that the diet kept weight off.",
    "Doctors' researchers, working with nurses at 12 clinics, found that the checklist cut infections.",
])
def test_a_verdict_with_words_between_its_subject_and_verb(sentence: str) -> None:
    assert _VERDICT.search(sentence)


@pytest.mark.parametrize("sentence", [
    "Researchers, in an earlier study, found that the tablets helped.",  # another study in the aside
    "The findings, released on Friday, come weeks after another trial showed the gel works.",  # no verdict verb after the aside
    "Researchers in many countries are now testing the spray.",
    "The report from Northfield University Hospital was sent to doctors.",
])
def test_no_verdict_without_the_subject_and_its_verb(sentence: str) -> None:
    assert not _VERDICT.search(sentence)


def test_a_finding_reported_by_the_team_named_with_its_institution(nlp) -> None:
    article = ("Spray Eases Wheezing in Children\n\n"
               "A nasal spray may help children with asthma.\n\n"
               "Researchers from Northfield University Hospital report that children who used the spray "
               "for a month had fewer nights of wheezing than those given a dummy spray.\n\n"
               "The trial enrolled 140 children aged 6 to 12.\n")
    texts = _texts(extract_text(article, nlp=nlp))
    assert any(text.startswith("Researchers from Northfield University Hospital report that") for text in texts)
