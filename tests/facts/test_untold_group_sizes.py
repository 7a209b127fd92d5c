"""A count assigned to a group (``300 patients received X``) is that arm's size only where the arm's
name tells the group: not when the name is said of the people outside the group, names one dose
among several of the arm, or is written the same way after another count of the sentence (left out); not when the
people took the treatment with another, took it or not, are every group's by their own bracketed
counts, or are the whole trial's people a finding is told of (kept with no arm, the reason in the
evidence). With near misses that keep the arm.

Every sentence is written for this file.
"""

from __future__ import annotations

import pytest

from .helpers import article


def sizes_of(run, *paragraphs: str) -> set[tuple[int, str | None]]:
    return {(size["n"], size["arm"]) for size in run(article(*paragraphs))["sample_sizes"]}


def size_evidence(run, text: str, n: int) -> dict:
    return next(size["evidence"] for size in run(article(text))["sample_sizes"] if size["n"] == n)


def test_people_who_did_not_take_the_arm_are_no_size_of_it(run) -> None:
    sizes = sizes_of(run, "In the randomized trial, 300 patients received atorvastatin and 310 received a placebo. "
                          "The study also tracked 1,450 patients who never received atorvastatin.")
    assert (300, "atorvastatin") in sizes and (310, "placebo") in sizes
    assert all(n != 1450 for n, _ in sizes)


def test_the_arm_keeps_its_own_size_when_other_people_did_not_take_it(run) -> None:
    record = run(article("In the randomized trial, 300 patients received atorvastatin and 310 received a placebo. "
                         "The study also tracked 1,450 patients who never received atorvastatin."))
    assert {(arm["label"], arm["n"]) for arm in record["arms"]} >= {("atorvastatin", 300)}


def test_one_dose_of_the_arm_is_no_size_of_it(run) -> None:
    sizes = sizes_of(run, "In the randomized trial, 40 volunteers received the smallest dose of metformin, "
                          "while 38 volunteers received a placebo pill.")
    assert not any(arm == "metformin" for _, arm in sizes)


def test_a_dose_that_says_how_the_arm_was_given_keeps_the_arm(run) -> None:
    sizes = sizes_of(run, "In the randomized trial, 240 volunteers received a single dose of the vaccine and 236 "
                          "received a placebo shot.")
    assert {(240, "vaccine"), (236, "placebo")} <= sizes


def test_an_arm_named_by_its_dose_keeps_the_counts_of_its_doses(run) -> None:
    sizes = sizes_of(run, "In the new randomized trial of 240 residents, 118 received high doses of aspirin every "
                          "week and 122 received lower doses of aspirin.")
    assert {(118, "high-dose aspirin"), (122, "low-dose aspirin")} <= sizes


def test_the_same_name_after_two_counts_tells_neither_group(run) -> None:
    sizes = sizes_of(run, "Of the 90 women in the randomized trial, 31 received aspirin in the morning, 29 "
                          "received aspirin at night and 30 received a placebo.")
    assert (30, "placebo") in sizes
    assert not any(arm == "aspirin" for _, arm in sizes)


def test_a_name_said_again_of_people_outside_the_group_tells_it(run) -> None:
    """The second ``aspirin`` is negated: its people are not the group's, so the first count keeps its arm."""
    sizes = sizes_of(run, "In the randomized trial, 75 adults were treated with aspirin, and 70 adults who were "
                          "not treated with aspirin got a placebo.")
    assert (75, "aspirin") in sizes


def test_a_name_said_again_after_a_closed_bracket_is_no_other_group(run) -> None:
    sizes = sizes_of(run, "Sixty patients in the randomized trial (32 women who were given aspirin and 28 women "
                          "given a placebo) were studied for the effect of aspirin on clotting.")
    assert {(32, "aspirin"), (28, "placebo")} <= sizes


def test_people_who_took_the_arm_with_another_keep_no_arm(run) -> None:
    text = ("In one small trial, 50 patients were treated with both aspirin and a blood thinner called clopidogrel, "
            "and most of them had no second stroke.")
    assert sizes_of(run, text) == {(50, None)}
    assert size_evidence(run, text, 50)["links"] == {"no-arm": "both-treatments"}


def test_assigned_to_the_arm_or_not_is_every_group(run) -> None:
    text = "For the trial, 640 patients were randomly assigned to receive atorvastatin before the operation or not."
    assert sizes_of(run, text) == {(640, None)}
    assert size_evidence(run, text, 640)["links"] == {"no-arm": "or-none"}


def test_a_trial_of_all_its_people_found_something_of_one_group(run) -> None:
    text = ("A trial among 9,000 adults with severe burns found those who were treated with heparin were "
            "discharged sooner than patients on a placebo.")
    assert sizes_of(run, text) == {(9000, None)}
    assert size_evidence(run, text, 9000)["links"] == {"no-arm": "trial-complement"}


def test_groups_counted_in_brackets_make_the_count_before_them_the_total(run) -> None:
    text = ("A total of 212 patients were randomly assigned to receive letrozole 2.5 mg daily (n = 105) or "
            "anastrozole 1 mg daily (n = 107).")
    assert sizes_of(run, text) == {(212, None), (105, "letrozole"), (107, "anastrozole")}
    assert size_evidence(run, text, 212)["links"] == {"no-arm": "group-counted-after"}
    text = ("A total of 150 patients were randomly assigned to receive letrozole 2.5 mg daily and celecoxib "
            "200 mg twice daily (n = 76) or letrozole alone (n = 74).")
    assert (150, None) in sizes_of(run, text)  # the first group's bracket after both its treatments


@pytest.mark.parametrize("text", [
    "In the study, 300 women received the vaccine and 296 got a placebo (n = 296).",
    "In the study, 300 women received the vaccine, and the other 296 women took a dummy pill (n = 296).",
    "In the study, 300 women received the vaccine while 296 took a placebo shot (n = 296).",
], ids=["and", "comma", "other-arm-between"])
def test_a_bracket_past_another_group_is_not_this_groups_count(run, text: str) -> None:
    assert (300, "vaccine") in sizes_of(run, text)


@pytest.mark.parametrize("text", [
    "In the randomized trial, 300 patients received atorvastatin and 310 received a placebo.",
    "For the trial, 640 patients were randomly assigned to receive atorvastatin before the operation.",
    "A total of 105 patients were randomly assigned to receive letrozole 2.5 mg daily (n = 105).",
], ids=["two-groups", "no-or-not", "same-count-in-bracket"])
def test_a_group_told_by_its_name_keeps_its_arm(run, text: str) -> None:
    assert any(arm in ("atorvastatin", "letrozole") for _, arm in sizes_of(run, text))
