"""A treatment's name that no dictionary knows, introduced once by the way a story writes it
(``the weight loss with X was``, ``a drug called X``), is a mention wherever the story writes it
(``those taking X and those taking a placebo``): issue 13, arms named by assignment syntax.
Hand-written articles run through the whole pipeline."""

from __future__ import annotations

from functools import partial

import pytest

from trialnews.facts import arms
from facts import helpers  # tests/facts/helpers.py: the small article every fact test builds

from facts.helpers import labels

TITLE = "Health News"


article = partial(helpers.article, title=TITLE)


INTRODUCED = [
    pytest.param("In the new trial, adults with Morvastin were less likely to wake at night. After a month, the gap in "
                 "sleep time between volunteers taking Morvastin and volunteers taking a placebo was 40 minutes.",
                 "morvastin", id="with-name-were"),
    pytest.param("Doctors tested a pill called Dormexin in 300 adults with insomnia. In the study, the people "
                 "taking Dormexin slept longer than those taking a dummy pill.", "dormexin", id="called-name"),
]


@pytest.mark.parametrize(("text", "arm"), INTRODUCED)
def test_an_introduced_name_is_an_arm_where_the_groups_are_set_apart(run, text: str, arm: str) -> None:
    found = labels(run(article(text)))
    assert arm in found and "placebo" in found, found


SPREAD = [
    pytest.param("A magazine named UVMC Health the best hospital. Doctors at UVMC led the trial.", [],
                 id="acronym-not-spread"),
    pytest.param("The trial tested a drug called Dormexin. Patients on Dormexin slept longer.", ["Dormexin"],
                 id="name-spread"),
    pytest.param("A new company called Vexora will make the pill. Vexora hopes to sell it next year.", [],
                 id="company-called-not-spread"),
    pytest.param("The device, called Vexora, was tested in 80 adults. Patients given Vexora slept longer.", ["Vexora"],
                 id="device-called-spread"),
]


@pytest.mark.parametrize(("text", "spread"), SPREAD)
def test_an_acronym_is_not_spread_to_its_other_places(nlp, text: str, spread: list[str]) -> None:
    """``named MUSC Health the best hospital``: an institution's acronym, not a treatment."""
    with nlp.select_pipes(disable=["trialnews_record"]):
        doc = nlp(text)
    found = [span.text for span in arms._introduced_elsewhere(doc, arms._ruled(doc))]
    assert sorted(set(found)) == spread


AGAINST_PEOPLE = [
    pytest.param("In the new study, tremor eased in patients who underwent focused ultrasound, versus those "
                 "who had a sham procedure.", "sham procedure", id="versus-those-who-had"),
    pytest.param("In the new study, children who underwent laser therapy healed sooner than children who had "
                 "sham treatment.", "sham treatment", id="than-children-who-had"),
]


@pytest.mark.parametrize(("text", "control"), AGAINST_PEOPLE)
def test_an_inert_control_the_other_group_had_is_an_arm(run, text: str, control: str) -> None:
    found = labels(run(article(text)))
    assert control in found, found


SIDE_WORDS = [
    pytest.param("In the trial, 300 men were randomly assigned to melatonin or a placebo. Night-time waking fell "
                 "with melatonin compared with the untreated group.", {"melatonin", "placebo"}, id="untreated-group"),
    pytest.param("In the trial, 120 adults were randomly assigned to melatonin or a placebo. Sleep improved more in "
                 "the melatonin group than in the comparison group.", {"melatonin", "placebo"}, id="comparison-group"),
]


@pytest.mark.parametrize(("text", "expected"), SIDE_WORDS)
def test_a_group_named_by_its_side_is_the_named_arm_of_that_side(run, text: str, expected: set[str]) -> None:
    assert labels(run(article(text))) == expected



def test_an_age_before_who_underwent_is_no_group(run) -> None:
    """``children aged 5 to 12 years who underwent X``: the years are an age, not a group given X."""
    text = article("The study included 120 children aged 6 to 14 years who underwent minor knee surgery. After the "
                   "operation, they were given either celecoxib or a placebo for pain at home.")
    assert labels(run(text)) == {"celecoxib", "placebo"}
