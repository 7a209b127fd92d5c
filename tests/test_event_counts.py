"""Counts of events written as a bare number or a number word beside the event (issue 11, class 1:
numbers never read as values): the count, its group and its outcome, and the numbers that are no
count of events (a time frame, a threshold of who may enrol).

Every sentence is written for this file.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.nlp import make_nlp
from trialnews.record import Record, grounding_problems

TWO_ARMS = "In the Lomira trial, 300 adults with asthma were randomly assigned to lomitrant or placebo."


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


def record_of(nlp: Language, *paragraphs: str, opening: str = TWO_ARMS) -> dict[str, Any]:
    text = "\n\n".join(("Trial Update", opening, *paragraphs)) + "\n"
    record = extract_text(text, nlp=nlp)
    assert grounding_problems(record, text) == []
    Record.model_validate(record, context={"text": text})
    return record


def results(record: dict[str, Any]) -> set[tuple[str, str | None, float]]:
    return {(r["endpoint"], r["arm"], r["value"]) for r in record["results"]}


# -- A number before the events it counts, with the words that say which events ----------------

EVENT_NOUNS = [
    ("two modifiers", "Two serious adverse events were thought to be caused by lomitrant.",
     ("serious adverse events", "lomitrant", 2.0)),
    ("a pointing word", "Among those on lomitrant there were 14 such hospitalizations.",
     ("hospitalizations", "lomitrant", 14.0)),
    ("attacks", "Three severe asthma attacks were recorded in the lomitrant group.",
     ("severe asthma attacks", "lomitrant", 3.0)),
    ("instances of", "Over the year, there were six instances of severe hypoglycemia among those on placebo.",
     ("severe hypoglycemia", "placebo", 6.0)),
]


@pytest.mark.parametrize(("sentence", "expected"), [(s, e) for _, s, e in EVENT_NOUNS],
                         ids=[name for name, _, _ in EVENT_NOUNS])
def test_a_number_counts_the_events_after_it(nlp: Language, sentence: str, expected: tuple) -> None:
    name, arm, value = expected  # the counting noun may stay in the name ("instances of severe hypoglycemia")
    assert any(found[0].endswith(name) and found[1:] == (arm, value) for found in results(record_of(nlp, sentence)))


NOT_COUNTS = [
    ("a threshold", "Adults who had two or more attacks in the year before were eligible.", 2.0),
    ("a year", "Patients on lomitrant had been admitted between 2004 and 2016 with severe asthma attacks.", 2016.0),
    ("a scale word", "Asthma causes one million hospital admissions a year; the Lomira trial counted 12 "
                     "million emergency hospitalizations.", 1.0),
    ("an age", "The trial enrolled adults over 50 with recurrent asthma attacks.", 50.0),
    ("a yearly figure", "Before the trial, those on placebo had 40 severe attacks a year.", 40.0),
    ("an entry threshold", "Patients on lomitrant had had at least two severe attacks before the trial.", 2.0),
]


@pytest.mark.parametrize(("sentence", "value"), [(s, v) for _, s, v in NOT_COUNTS], ids=[n for n, _, _ in NOT_COUNTS])
def test_numbers_that_count_no_events(nlp: Language, sentence: str, value: float) -> None:
    assert value not in {r["value"] for r in record_of(nlp, sentence)["results"]}


def test_a_rate_in_time_is_a_rate_not_a_count(nlp: Language) -> None:
    found = record_of(nlp, "Those on placebo had 30 severe attacks per 1,000 person-years.")["results"]
    assert [(r["value"], r["unit"]) for r in found] == [(30.0, "severe attacks per 1,000 person-years")]


def test_a_time_frame_of_a_count_makes_no_arm(nlp: Language) -> None:
    record = record_of(nlp, "Pregnancy was counted for a year. Four pregnancies occurred within 7 days after "
                            "lomitrant was stopped, and two within 12 months after lomitrant was stopped.")
    assert sorted(a["label"] for a in record["arms"]) == ["lomitrant", "placebo"]


# -- The other group's count after "and", its unit left to the count before it ------------------

def test_the_other_groups_count_after_and(nlp: Language) -> None:
    found = results(record_of(nlp, "There were 14 hospitalizations for asthma in the lomitrant group and 9 in the "
                                   "placebo group. Five deaths occurred among those on lomitrant and two among "
                                   "those on placebo."))
    assert {("hospitalizations for asthma", "placebo", 9.0), ("deaths", "placebo", 2.0)} <= found


def test_a_number_after_and_with_no_count_before_it_is_no_count(nlp: Language) -> None:
    record = record_of(nlp, "The trial ran at hospitals in Ohio and 12 in the rest of the country.")
    assert 12.0 not in {r["value"] for r in record["results"]}


# -- "No" before events said to be reported: a count of none ----------------------------------

NONE_COUNTED = [
    ("were reported", "No serious adverse events were reported in the lomitrant group.",
     ("serious adverse events", "lomitrant", 0.0)),
    ("opening scope", "Among the 150 people who received lomitrant, no asthma deaths were recorded.",
     ("asthma deaths", "lomitrant", 0.0)),
    ("reports of", "Those on placebo had no reports of severe attacks.", ("severe attacks", "placebo", 0.0)),
]


@pytest.mark.parametrize(("sentence", "expected"), [(s, e) for _, s, e in NONE_COUNTED],
                         ids=[name for name, _, _ in NONE_COUNTED])
def test_no_events_reported_counts_none(nlp: Language, sentence: str, expected: tuple) -> None:
    name, arm, value = expected
    assert any(found[0].endswith(name) and found[1:] == (arm, value) for found in results(record_of(nlp, sentence)))


NOT_NONE = [
    ("no effect", "Lomitrant had no significant effect on deaths from asthma."),
    ("no difference", "There was no difference in hospitalizations between the lomitrant and placebo groups."),
    ("not reported", "The company gave no figures; deaths were not reported by group."),
]


@pytest.mark.parametrize("sentence", [s for _, s in NOT_NONE], ids=[name for name, _ in NOT_NONE])
def test_no_before_other_words_counts_nothing(nlp: Language, sentence: str) -> None:
    assert 0.0 not in {r["value"] for r in record_of(nlp, sentence)["results"]}


# -- An outcome named by its verb, without the words of how well -----------------------------

SINGLE_ARM = "In the single-arm trial, 60 men with advanced prostate cancer received velatinib."


def test_responded_very_well_is_a_response(nlp: Language) -> None:
    record = record_of(nlp, "Of the men with repair mutations, 85% responded very well to velatinib.",
                       opening=SINGLE_ARM)
    assert ("response", "velatinib", 85.0) in results(record)


def test_a_bare_count_before_responded_is_no_result(nlp: Language) -> None:
    record = record_of(nlp, "For every 2.4 men treated, one responded favorably, and one doctor responded to "
                            "the survey.", opening=SINGLE_ARM)
    assert 1.0 not in {r["value"] for r in record["results"]}


# -- The level a score reached, a bare number after the score and its verb, in points ---------

BACK_PAIN = "In the trial, 148 adults with back pain were randomly assigned to surgery or physical therapy."


def test_the_level_a_score_fell_to_and_its_partner_are_points(nlp: Language) -> None:
    record = record_of(nlp, "The average pain score fell to 31 in the surgery group versus 68 in the physical "
                            "therapy group.", opening=BACK_PAIN)
    found = {(r["arm"], r["value"], r["unit"]) for r in record["results"]}
    assert {("surgery", 31.0, "points"), ("physical therapy", 68.0, "points")} <= found


def test_an_average_score_of_a_group(nlp: Language) -> None:
    record = record_of(nlp, "Those on physical therapy had an average fatigue score of 24.", opening=BACK_PAIN)
    assert ("fatigue score", "physical therapy", 24.0) in results(record)


SCORE_NOT_LEVELS = [
    ("a threshold", "Patients needed a score of 10 or higher on the pain questionnaire to enter.", 10.0),
    ("a scale's range", "Scores on the questionnaire range from 0 to 63, and higher scores mean worse pain.", 63.0),
    ("an entry score", "All had an average pain score of 7 out of 10 when they enrolled.", 7.0),
]


@pytest.mark.parametrize(("sentence", "value"), [(s, v) for _, s, v in SCORE_NOT_LEVELS],
                         ids=[n for n, _, _ in SCORE_NOT_LEVELS])
def test_numbers_of_a_score_that_are_no_level(nlp: Language, sentence: str, value: float) -> None:
    assert value not in {r["value"] for r in record_of(nlp, sentence, opening=BACK_PAIN)["results"]}


def test_a_measure_after_a_comparator_takes_the_unit_before_it(nlp: Language) -> None:
    record = record_of(nlp, "Patients lived an average of 14.5 months with surgery, compared with 11.2 in the "
                            "physical therapy group.", opening=BACK_PAIN)
    assert ("physical therapy", 11.2, "months") in {(r["arm"], r["value"], r["unit"]) for r in record["results"]}

