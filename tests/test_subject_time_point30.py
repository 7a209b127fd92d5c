"""A subject whose time point is written between it and its verb (``The rates of hearing loss at
one year were 12% ...``): the outcome is the subject before the time point, which says when it
was measured. Every sentence is written for this file."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

TWO_ARMS = "In the trial, 240 children with ear infections were randomly assigned to amoxicillin or a placebo. "

Run = Callable[[str], dict[str, Any]]


def results(run: Run, sentence: str) -> dict[float, tuple[str | None, str | None, str | None]]:
    """Each result's value with (outcome, arm, endpoint linker)."""
    record = run("Trial Update\n\n" + TWO_ARMS + sentence)
    return {r["value"]: (r["endpoint"] and r["endpoint"].casefold(), r["arm"], r["evidence"]["links"].get("endpoint"))
            for r in record["results"]}


@pytest.mark.parametrize(("sentence", "value", "outcome", "arm"), [
    pytest.param("The rates of hearing loss at one year were 12% for amoxicillin vs 15% for placebo.",
                 12.0, "hearing loss", "amoxicillin", id="at-a-year"),
    pytest.param("The rates of hearing loss at one year were 12% for amoxicillin vs 15% for placebo.",
                 15.0, "hearing loss", "placebo", id="at-a-year-partner"),
    pytest.param("The rate of ear discharge after 3 months was 21 percent with amoxicillin and 30 percent with "
                 "placebo.", 21.0, "ear discharge", "amoxicillin", id="after-months"),
    pytest.param("Rates of ear pain at 48 hours were 14% with amoxicillin and 19% with placebo.",
                 19.0, "ear pain", "placebo", id="at-hours-partner"),
])
def test_subject_before_its_time_point(run, sentence: str, value: float, outcome: str, arm: str) -> None:
    found = results(run, sentence)
    assert found[value][:2] == (outcome, arm)


def test_time_point_itself_is_never_the_outcome(run) -> None:
    """Without the skip, the words before the verb are the time point: no outcome is named from them."""
    found = results(run, "The rates of hearing loss at one year were 12% for amoxicillin vs 15% for placebo.")
    assert all(name is None or "year" not in name for name, _, _ in found.values())


def test_subject_without_time_point_unchanged(run) -> None:
    found = results(run, "The rate of hearing loss was 12% in the amoxicillin group and 15% in the placebo group.")
    assert found[12.0] == ("hearing loss", "amoxicillin", "subject-of-change")


def test_a_place_after_the_subject_is_not_skipped(run) -> None:
    """Only a duration after a circumstance preposition is skipped, not any phrase (``at school``)."""
    found = results(run, "The rate of absence at school was 12% for amoxicillin vs 15% for placebo.")
    assert all(name != "absence" for name, _, _ in found.values())
