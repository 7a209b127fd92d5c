"""Arms of stories the rules were not written on (issue 13, round 16): what is never a group (an
adverse event counted with its patients, a count, a bare word for a drug), a one-drug early trial,
and groups told apart by a strength word. Small hand-written articles run through the whole
pipeline."""

from __future__ import annotations

from typing import Any

import pytest

TITLE = "Health News"


def article(*paragraphs: str, title: str = TITLE) -> str:
    return "\n\n".join((title, *paragraphs)) + "\n"


def labels_of(record: dict[str, Any]) -> set[str]:
    return {arm["label"].lower() for arm in record["arms"]}


NOT_GROUPS = [
    pytest.param(TITLE, "In the trial, 900 women were randomly assigned to Ventrolex or placebo. Serious side effects included deep vein "
                 "thrombosis (5 women); pelvic inflammatory disease (3 women); and chest pain (2 women).",
                 {"deep vein thrombosis", "pelvic inflammatory disease", "chest pain"}, id="events-counted-in-brackets"),
    pytest.param(TITLE, "Patients were randomly assigned to Ventrolex or placebo. There was no clear difference between "
                 "the four groups in pain.", {"four"}, id="count-before-groups"),
    pytest.param("Trial examines safety, effectiveness of drug to treat gout", "Patients were randomly assigned to "
                 "Ventrolex or placebo. Flares fell more with Ventrolex.", {"drug"}, id="bare-drug-word-in-title"),
    pytest.param(TITLE, "Patients were randomly assigned to Ventrolex or docetaxel. After a year 40 percent on Ventrolex "
                 "were alive compared with 20 percent for the comparator arm.", {"comparator"}, id="comparator-arm"),
]


@pytest.mark.parametrize(("title", "text", "not_arms"), NOT_GROUPS)
def test_what_names_no_group_is_no_arm(run, title: str, text: str, not_arms: set[str]) -> None:
    labels = labels_of(run(article(text, title=title)))
    assert labels and not labels & not_arms, labels


ONE_GROUP = [
    pytest.param("Zelrotinib shrank tumors in 31 of the 40 children in the phase 1 trial of zelrotinib. Zelrotinib was "
                 "well tolerated, and none of the children stopped the drug because of side effects.",
                 "zelrotinib", id="phase-1-drug-named-most"),
    pytest.param("The single-arm study enrolled 60 women with advanced breast cancer. All were treated with the "
                 "investigational agent vorafenib. Vorafenib slowed the cancer in 27 percent, and vorafenib will now "
                 "be tested in a larger trial.", "vorafenib", id="single-arm-study"),
]


@pytest.mark.parametrize(("text", "arm"), ONE_GROUP)
def test_a_one_group_trial_has_its_one_treatment_as_arm(run, text: str, arm: str) -> None:
    record = run(article(text))
    assert labels_of(record) == {arm}

