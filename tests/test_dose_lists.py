"""Doses of one treatment as the trial's groups: a list announced as doses (``at one of three
doses: 10, 20 or 40 milligrams``, ``20- or 40-milligram doses of X``) gives one arm per dose; a
dose reached by titration or given after another (``then 20 mg``), an amount set as a threshold
(``at least one gram``), a range (``between 400 and 1,000 mg``) and doses every
participant took in turn give none. Small hand-written articles run through the whole pipeline."""

from __future__ import annotations

import re
from typing import Any

import pytest

from facts.helpers import article  # tests/facts/helpers.py: the small article every fact test builds


def arms(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {arm["label"].lower(): arm for arm in record["arms"]}


LISTED = [
    pytest.param("Researchers randomly assigned 300 adults to take a placebo pill or a capsule of lisinopril at one "
                 "of three doses: 10 milligrams, 20 milligrams or 40 milligrams.",
                 {"lisinopril 10 mg", "lisinopril 20 mg", "lisinopril 40 mg"}, id="one-of-three-doses-colon"),
    pytest.param("The team randomly assigned 90 adults to take one of three different doses of metformin daily -- "
                 "250, 500, or 1,000 milligrams -- or a placebo pill.",
                 {"metformin 250 mg", "metformin 500 mg", "metformin 1000 mg"}, id="numbers-sharing-a-unit"),
    pytest.param("The study randomly assigned 60 adults to be given 20- or 40-milligram doses of lisinopril or a "
                 "placebo daily for three weeks.", {"lisinopril 20 mg", "lisinopril 40 mg"}, id="suspended-hyphen"),
]


@pytest.mark.parametrize(("text", "expected"), LISTED)
def test_doses_listed_as_doses_are_arms(run, text: str, expected: set[str]) -> None:
    found = arms(run(article(text)))
    assert expected <= set(found)
    assert all(found[label]["evidence"]["links"] == {"assigned": "dose-list"} for label in expected)
    assert all(found[label]["intervention"].lower() == label.split()[0] for label in expected)


NO_DOSE_ARMS = [
    pytest.param("Patients randomized to rivaroxaban were told to take rivaroxaban 15 mg twice daily for 21 days, "
                 "then rivaroxaban 20 mg once daily until the study ended. In all, 12 percent of them had a stroke, "
                 "compared with 20 percent on warfarin.", id="then-a-second-dose"),
    pytest.param("Patients were randomly assigned to lisinopril or a placebo. In the lisinopril group, 40 patients "
                 "started on 10 mg of lisinopril daily and 22 patients were titrated to 20 mg; 35 percent of them "
                 "reached their target.", id="titrated-to"),
    pytest.param("Children were randomly assigned to a peanut patch or a placebo patch. A year later, 40 percent of "
                 "those wearing the 250 microgram patch could eat at least one gram of peanut protein, against 12 "
                 "percent of those on a 100 microgram patch.", id="at-least-an-amount"),
    pytest.param("The volunteers were randomly assigned to metformin or a placebo. Those given metformin took doses "
                 "of between 400 and 1,000 milligrams daily, and 30 percent of them lost weight.", id="a-range"),
    pytest.param("The volunteers were randomly assigned to metformin or a placebo. In the metformin group, each "
                 "participant received doses of 250 mg, 500 mg, or 750 mg of metformin in a shuffled order, "
                 "and 30 percent of them lost weight.", id="each-participant-in-turn"),
]


@pytest.mark.parametrize("text", NO_DOSE_ARMS)
def test_doses_that_are_no_groups(run, text: str) -> None:
    found = arms(run(article(text)))
    # the threshold's amount (one gram) names no arm; the two patch doses may
    assert not any(re.search(r"\b(?:1|10|15|20|100|300|400|1000) (?:mg|g)\b", label) for label in found), sorted(found)

