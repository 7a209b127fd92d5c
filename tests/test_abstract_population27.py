"""What every patient of an abstract's trial had is no arm: ``in men with prostate cancer receiving
leuprolide``, ``patients undergoing mastectomy`` name the population, not a group.

Every abstract below is written for these tests (none is copied from a data set); each expected
arm is read from the sentences by hand. The texts are abstract-shaped (a title, one paragraph of
500 characters or more with a p value), since the rule runs on abstracts only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from trialnews.facts.arms import _population_treatment_at

PAD = ("Adults treated at three centres between 2015 and 2019 were eligible, and all gave written informed consent. "
       "Every analysis kept people in the group they were allotted, and each site's review board approved the plan. "
       "Outcomes were assessed every three months by investigators who did not know the assigned treatment. ")


def record(run: Callable[[str], dict[str, Any]], title: str, body: str) -> dict[str, Any]:
    found = run(f"{title}\n\n{body}")
    assert found["source"]["kind"] == "abstract"
    return found


def labels(found: dict[str, Any]) -> set[str]:
    return {arm["label"].lower() for arm in found["arms"]}


def test_the_drug_every_patient_received_is_no_arm(run) -> None:
    """The title's ``in men with prostate cancer receiving leuprolide``: every man took it."""
    found = record(run, "Efficacy of zelastin versus placebo: a randomized, double-blind trial in men with prostate "
                        "cancer receiving leuprolide",
                   PAD + "Hot flushes trouble many men who take hormone therapy. Men were randomly assigned "
                   "to zelastin (n = 60) or placebo (n = 58) for eight weeks. Hot flushes fell by half in 42% of the "
                   "zelastin group and in 21% of the placebo group (p = 0.02).")
    assert labels(found) == {"zelastin", "placebo"}


def test_the_treatment_every_patient_underwent_is_no_arm(run) -> None:
    """``yoga ... in men with prostate cancer undergoing radiotherapy``: the radiotherapy is everyone's."""
    found = record(run, "Gentle yoga for tiredness in men with prostate cancer undergoing radiotherapy: a randomized trial",
                   PAD + "Fatigue is common during treatment. Men were randomly assigned to yoga (n = 45) or a "
                   "waiting list (n = 44) for the six weeks of treatment. Fatigue was moderate or severe in 31% of "
                   "the yoga group and 52% of the waiting-list group (p = 0.03).")
    assert labels(found) == {"yoga", "waiting list"}


def test_a_group_set_against_another_keeps_its_treatment(run) -> None:
    """``compared with those patients receiving X``: a group of the trial, not its population."""
    found = record(run, "Garlotide in advanced gastric cancer: a randomized phase II trial",
                   PAD + "Patients were randomly assigned to garlotide or best supportive care. Patients receiving "
                   "garlotide lived longer, and 35% of patients receiving garlotide were alive at one year, "
                   "compared with 18% of those receiving best supportive care (p = 0.04).")
    assert "garlotide" in labels(found)


@pytest.mark.parametrize(("before", "population"), [
    ("in patients undergoing ", True),
    ("in women with early breast cancer receiving ", True),
    ("Patients scheduled to receive ", True),
    ("a randomized trial in patients undergoing conservative surgery and ", True),
    ("35% of patients receiving ", False),  # a group's share
    ("12 patients receiving ", False),  # a group's count
    ("compared with those patients receiving ", False),  # a group set against another
    ("than patients receiving ", False),
    ("those receiving ", False),
    ("patients were randomized to receive ", False),  # the groups' own treatment
])
def test_the_population_and_its_treatment(before: str, population: bool) -> None:
    assert _population_treatment_at(before) is population
