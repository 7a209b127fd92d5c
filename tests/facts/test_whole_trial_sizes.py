"""The whole trial's count of people as news writes it: a total after a definite determiner, whatever
is said of its people next (``The 24 patients in the study had tried ...``), and a rounded count
beside an exact one that it cannot stand for (``About 140 infants were enrolled ... The remaining 113
infants ...``); with their near misses (an event's own count, a part of a total, a rounded count
written twice).

Every sentence is written for this file.
"""

from __future__ import annotations

import pytest

TITLE = "Trial Update"
OPENING = "A small study of the drug velatinib was published this week in a medical journal."


def sizes_of(run, *sentences: str) -> set[tuple[int, str | None]]:
    record = run("\n\n".join((TITLE, OPENING, " ".join(sentences))) + "\n")
    return {(size["n"], size["arm"]) for size in record["sample_sizes"]}


DEFINITE_TOTALS = [
    ("in the study, then a verb", "The 24 patients in the study had tried an average of five other drugs."),
    ("participle, then a verb", "The 24 women treated had relapsed after two earlier regimens."),
    ("these, then a verb", "All were enrolled in the study. These 24 volunteers saw no change in weight."),
]


@pytest.mark.parametrize("sentence", [s for _, s in DEFINITE_TOTALS], ids=[i for i, _ in DEFINITE_TOTALS])
def test_a_definite_total_is_the_trials_people_whatever_follows(run, sentence):
    assert (24, None) in sizes_of(run, sentence)


EVENT_COUNTS = [
    ("an event's own count", "In the study, 24 patients had a rash."),
    ("a part of a definite total", "In the study, 24 of the 90 patients had a rash."),
    ("an earlier word before the count", "In the study, the other 24 patients had a rash."),
]


@pytest.mark.parametrize("sentence", [s for _, s in EVENT_COUNTS], ids=[i for i, _ in EVENT_COUNTS])
def test_an_events_count_stays_no_size(run, sentence):
    assert (24, None) not in sizes_of(run, sentence)


def test_a_rounded_count_that_the_exact_one_does_not_round_to_is_a_population_of_its_own(run):
    found = sizes_of(run, "About 140 infants were enrolled in the study.", "Six infants left early.",
                     "The remaining 134 infants were followed for a year.")
    assert {(140, None), (134, None)} <= found


def test_a_rounded_count_written_beside_its_exact_one_is_one_population(run):
    found = sizes_of(run, "The study enrolled 2,497 men.", "Nearly 2,500 men in the study took the pill daily.")
    assert (2497, None) in found and (2500, None) not in found
