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
    ("two modifiers", "Two serious adverse events were judged to be related to lomitrant.",
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
    ("a rate", "Those on placebo had 30 severe attacks per 1,000 patient-years.", 30.0),
    ("a scale word", "Asthma causes one million hospital admissions a year; the Lomira trial counted 12 "
                     "million emergency hospitalizations.", 1.0),
    ("an age", "The trial enrolled adults over 50 with recurrent asthma attacks.", 50.0),
    ("a yearly figure", "Before the trial, those on placebo had 40 severe attacks a year.", 40.0),
    ("a model's excess", "Without lomitrant, the placebo group would have had 90 excess deaths, the authors estimate.", 90.0),
    ("an entry threshold", "Patients on lomitrant had had at least two severe attacks before the trial.", 2.0),
]


@pytest.mark.parametrize(("sentence", "value"), [(s, v) for _, s, v in NOT_COUNTS], ids=[n for n, _, _ in NOT_COUNTS])
def test_numbers_that_count_no_events(nlp: Language, sentence: str, value: float) -> None:
    assert value not in {r["value"] for r in record_of(nlp, sentence)["results"]}


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
