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
    ("pregnancies", "Over the year, 13 pregnancies occurred among women on placebo.",
     ("pregnancies", "placebo", 13.0)),
]


@pytest.mark.parametrize(("sentence", "expected"), [(s, e) for _, s, e in EVENT_NOUNS],
                         ids=[name for name, _, _ in EVENT_NOUNS])
def test_a_number_counts_the_events_after_it(nlp: Language, sentence: str, expected: tuple) -> None:
    assert expected in results(record_of(nlp, sentence))


def test_a_threshold_of_events_is_no_count(nlp: Language) -> None:
    record = record_of(nlp, "Adults who had two or more attacks in the year before were eligible.")
    assert 2.0 not in {r["value"] for r in record["results"]}


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
