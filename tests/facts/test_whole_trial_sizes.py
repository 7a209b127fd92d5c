"""The whole trial's count of people as news writes it: a count whose own phrase says whose people they
are, whatever verb follows it (a total after a definite determiner, ``The 24 patients in the study had
used ...``; the complement of a trial noun, ``a trial of nearly 700 adults found ...``), and a
rounded count beside an exact one that it cannot stand for (``About 140 infants were enrolled ... The
remaining 134 infants ...``); with their near misses (an event's own count, a part of a total, a rounded count
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
    ("in the study, then a verb", "The 24 patients in the study had used three earlier inhalers on average."),
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


OWN_PHRASES = [
    ("trial of, then the trial's verb", "Findings of a clinical trial of 24 patients suggest that the drug eased pain."),
    ("trial among a rounded count", "A clinical trial among more than 24 patients has found that velatinib eases pain."),
    ("study with a total of", "A study with a total of 24 adults showed that the drug was safe."),
]


@pytest.mark.parametrize("sentence", [s for _, s in OWN_PHRASES], ids=[i for i, _ in OWN_PHRASES])
def test_a_count_whose_phrase_names_its_trial_or_its_people_is_a_size(run, sentence):
    assert (24, None) in sizes_of(run, sentence)


def test_a_count_after_a_trial_noun_and_a_comma_still_counts_an_event(run):
    assert (24, None) not in sizes_of(run, "In the trial, 24 patients had a rash.")


def test_another_trials_count_of_people_is_no_size(run):
    assert (24, None) not in sizes_of(run, "Another phase 2 trial with 24 patients showed that the drug was safe.")


def test_a_trials_own_count_takes_no_group_named_after_its_verb(run):
    record = run("\n\n".join((TITLE, "Velatinib is a pill for heart disease, tested against a placebo pill.",
                               "A four-year study of 2,400 patients showed taking velatinib did not cut heart attacks.")) + "\n")
    assert {(s["n"], s["arm"]) for s in record["sample_sizes"] if s["n"] == 2400} == {(2400, None)}
