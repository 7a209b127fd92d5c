"""Rates: a number per length of time written without the counted noun (``rate-per-period``:
``0.8 per month``) and a number per a round number of people or of their time (``rate-per-people``:
``9.1 events per 1,000 person-years``). The unit is every word after the number; a rate
per people that names no group is left out (a population's figure, not a group's result).

Every sentence below is written for these tests (none is copied from a data set).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.nlp import make_nlp
from trialnews.record import Record, grounding_problems

#: A news story's opening that names two groups.
OPENING = "Adults with migraine were randomly assigned to lozavir or a placebo pill. "
#: A news story's opening of a trial of one arm, whose values of no group are all its patients'.
ONE_ARM = "In a small trial, adults with migraine took lozavir for a year. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


def results(nlp: Language, text: str) -> dict[float, tuple[str | None, str | None, str]]:
    found = extract_text(text, nlp=nlp)
    Record.model_validate(found, context={"text": text})
    assert not grounding_problems(found, text)
    return {r["value"]: (r["unit"], r["arm"], r["evidence"]["rule"]) for r in found["results"]}


@pytest.mark.parametrize(("sentence", "value", "unit", "arm", "rule"), [
    pytest.param("Migraine attacks fell to 2.2 per month in the lozavir group, against 3.9 per month in the "
                 "placebo group.", 2.2, "per month", "lozavir", "rate-per-period", id="per-month-no-noun"),
    pytest.param("Migraine attacks fell to 2.2 per month in the lozavir group, against 3.9 per month in the "
                 "placebo group.", 3.9, "per month", "placebo", "rate-per-period", id="per-month-partner"),
    pytest.param("Strokes occurred at a rate of 9.1 events per 1,000 person-years in the lozavir group.", 9.1,
                 "events per 1,000 person-years", "lozavir", "rate-per-people", id="per-person-years"),
    pytest.param("In the placebo group there were 4 strokes per 1,000 women per year.", 4,
                 "strokes per 1,000 women per year", "placebo", "rate-per-people", id="per-people-per-year"),
])
def test_a_groups_rate_is_read_with_its_unit(nlp: Language, sentence: str, value: float, unit: str, arm: str,
                                             rule: str) -> None:
    unit_found, arm_found, rule_found = results(nlp, OPENING + sentence)[value]
    assert (unit_found, arm_found, rule_found) == (unit, arm, rule)


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("In the placebo group there were 4 strokes per 1,000 women per year.", 4, "strokes",
                 id="events-per-people"),
    pytest.param("Patients on lozavir had 1.5 seizures per month.", 1.5, "seizures", id="events-per-period"),
])
def test_a_rate_counts_its_own_events(nlp: Language, sentence: str, value: float, outcome: str) -> None:
    found = extract_text(OPENING + sentence, nlp=nlp)
    result = next(r for r in found["results"] if r["value"] == value)
    assert (result["endpoint"], result["evidence"]["links"]["endpoint"]) == (outcome, "counted-in-value")


@pytest.mark.parametrize("sentence", [
    pytest.param("Patients on lozavir had 3 physiotherapy sessions per week.", id="a-schedule"),
    pytest.param("Patients on lozavir had 2 events per 1,000 women.", id="a-generic-word"),
])
def test_what_a_schedule_or_a_generic_word_counts_is_no_outcome(nlp: Language, sentence: str) -> None:
    found = extract_text(OPENING + sentence, nlp=nlp)
    assert not [r for r in found["results"] if r["evidence"].get("links", {}).get("endpoint") == "counted-in-value"]


@pytest.mark.parametrize("sentence", [
    pytest.param("Across the region, strokes occurred at a rate of 7 per 100,000 people last year.",
                 id="population-figure"),
])
def test_a_rate_of_no_group_is_left_out(nlp: Language, sentence: str) -> None:
    assert not {value for value, (unit, _, _) in results(nlp, ONE_ARM + sentence).items()
                if unit and "per" in unit}


@pytest.mark.parametrize("sentence", [
    pytest.param("Patients on lozavir were paid $5 per day for the diary.", id="a-price"),
    pytest.param("Patients on lozavir had 3 per years of follow-up.", id="plural-period"),
])
def test_no_rate_is_read(nlp: Language, sentence: str) -> None:
    assert not any(rule.startswith("rate-") for _, _, rule in results(nlp, OPENING + sentence).values())
