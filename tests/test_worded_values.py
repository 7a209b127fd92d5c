"""Values written in words (issue 11, class 1): a proportion, a count per period or a difference
in words goes through the scanners, normalisers, linkers and guards of its digit twin, and a
background proportion in words stays out as its digit twin does.

Every sentence is written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from trialnews.normalize import fraction_percent, number_in_text, word_numbers

OPENING = ("In the trial, 240 adults with chronic migraine were randomly assigned to take rimegepant "
           "or a placebo pill every day for 12 weeks.")


def record_of(run: Callable[[str], dict[str, Any]], *paragraphs: str) -> dict[str, Any]:
    """The grounded, validated record of the migraine trial with ``paragraphs`` (conftest's ``run``)."""
    return run("\n\n".join(("Migraine Trial", OPENING, *paragraphs)) + "\n")


def results(record: dict[str, Any]) -> set[tuple[float, str, str | None, str | None]]:
    return {(r["value"], r["unit"], r["arm"], r["endpoint"]) for r in record["results"]}


# -- The normalisers ------------------------------------------------------------------------------

def test_none_is_a_proportion_of_zero() -> None:
    assert fraction_percent("none") == 0.0
    assert number_in_text(0, "none")


@pytest.mark.parametrize(("text", "expected"), [
    ("three fewer migraine days", [3.0]),
    ("twenty five percent fewer", [25.0]),  # a compound without its hyphen is one number
    ("an average of nine days", [9.0]),  # a lone article is no number
    ("the headache", []),
])
def test_word_numbers_in_order(text: str, expected: list[float]) -> None:
    assert word_numbers(text) == expected


# -- Proportions in words: value, unit, arm and endpoint -----------------------------------------

def test_none_of_a_group_is_zero_percent_of_it(run) -> None:
    record = record_of(run, "Forty-two percent of the patients on rimegepant had nausea, compared with none "
                            "of those on placebo.")
    assert (42.0, "%", "rimegepant", "nausea") in results(record)
    assert (0.0, "%", "placebo", "nausea") in results(record)


def test_none_of_a_group_and_its_digit_twin_agree(run) -> None:
    worded = record_of(run, "Forty-two percent of the patients on rimegepant had nausea, compared with none "
                            "of those on placebo.")
    digits = record_of(run, "Forty-two percent of the patients on rimegepant had nausea, compared with 0 "
                            "percent of those on placebo.")
    assert results(worded) == results(digits)


@pytest.mark.parametrize("sentence", [
    "None of these older treatments has been approved for children.",
    "None of the earlier studies of the drug measured nausea.",
    "None of the deaths were linked to the trial pill.",
    "Doctors cannot predict whether a patient will have all or none of those side effects.",
])
def test_none_of_things_is_no_value(run, sentence: str) -> None:
    record = record_of(run, sentence, "Nausea occurred in 12% of the patients on rimegepant and 4% of those on placebo.")
    assert {r["value"] for r in record["results"]} == {12.0, 4.0}


def test_a_fraction_before_reported_that_is_no_share(run) -> None:
    record = record_of(run, "Two earlier studies found no benefit, and a third reported that the drug "
                            "caused dizziness.", "Nausea occurred in 12% of the patients on rimegepant and 4% "
                            "of those on placebo.")
    assert {r["value"] for r in record["results"]} == {12.0, 4.0}


def test_fraction_before_a_verb_of_what_happened(run) -> None:
    record = record_of(run, "Among those on rimegepant, almost half responded to treatment.")
    # "to treatment" is what they responded to (patterns/outcome_verb_complements.txt): the response
    assert (50.0, "%", "rimegepant", "response") in results(record)


def test_fraction_before_a_verb_with_its_contrast(run) -> None:
    record = record_of(run, "About a third of the patients taking rimegepant developed dizziness, compared with "
                            "one in ten patients on placebo.")
    assert (33.3, "%", "rimegepant", "dizziness") in results(record)
    assert (10.0, "%", "placebo", "dizziness") in results(record)


def test_fraction_in_a_title_case_headline_is_no_sentence(run) -> None:
    record = record_of(run, "Half Reported Fewer Headaches\nOne in four patients on rimegepant had nausea, "
                            "compared with one in 20 on placebo.")
    assert 50.0 not in {r["value"] for r in record["results"]}
    assert (25.0, "%", "rimegepant", "nausea") in results(record)


@pytest.mark.parametrize("sentence", [
    "About half of all adults with migraine never see a doctor for it.",
    "One in three adults has high blood pressure, and about half of them do not know it.",
    "Nearly a quarter of women reported migraine in a national survey.",
])
def test_background_proportions_in_words_stay_out(run, sentence: str) -> None:
    record = record_of(run, sentence, "Nausea occurred in 12% of the patients on rimegepant and 4% of those on placebo.")
    assert {r["value"] for r in record["results"]} == {12.0, 4.0}


# -- Counts per period and differences in words ----------------------------------------------------

@pytest.mark.parametrize("amount", ["three", "3"])
def test_difference_per_period_in_words_as_in_digits(run, amount: str) -> None:
    record = record_of(run, f"Patients taking rimegepant had {amount} fewer migraine days a month than those "
                            "on placebo.")
    found = [(c["estimate"], c["measure"]) for c in record["comparisons"]]
    assert found == [(-3.0, "difference")]
    assert record["comparisons"][0]["endpoint"] is not None
    assert "migraine" in record["comparisons"][0]["endpoint"]


def test_relative_change_in_spaced_number_words(run) -> None:
    record = record_of(run, "Patients taking rimegepant had twenty five percent fewer migraine days than those "
                            "on placebo.")
    assert [c["estimate"] for c in record["comparisons"]] == [25.0]


@pytest.mark.parametrize(("first", "second"), [("five", "three"), ("5", "3")])
def test_two_groups_own_changes_per_period_are_no_difference(run, first: str, second: str) -> None:
    record = record_of(run, f"Patients taking rimegepant had {first} fewer migraine days a month, compared with "
                            f"{second} fewer among those taking the placebo.")
    assert record["comparisons"] == []


@pytest.mark.parametrize(("tail", "differences"), [
    pytest.param(", compared with two more among those taking the placebo.", 0, id="own-change-set-against"),
    pytest.param(" than those taking the placebo.", 1, id="difference-between-groups"),
])
def test_more_of_a_count_per_period_is_own_change_only_when_set_against_one(run, tail: str,
                                                                             differences: int) -> None:
    record = record_of(run, f"Patients taking rimegepant had four more headache-free days a month{tail}")
    assert len(record["comparisons"]) == differences


@pytest.mark.parametrize("partner", ["no one", "0 patients"])
def test_no_one_after_a_comparator_is_a_count_of_zero(run, partner: str) -> None:
    record = record_of(run, f"Five patients taking rimegepant developed liver problems, compared with {partner} on "
                            "the placebo.")
    counts = {(r["value"], r["arm"]) for r in record["results"] if r["unit"] == "patients"}
    assert counts == {(5.0, "rimegepant"), (0.0, "placebo")}


def test_no_one_outside_a_contrast_is_no_value(run) -> None:
    record = record_of(run, "No one knows why migraine attacks begin, and nobody on the team expected the result.",
                       "Nausea occurred in 12% of the patients on rimegepant and 4% of those on placebo.")
    assert {r["value"] for r in record["results"]} == {12.0, 4.0}
