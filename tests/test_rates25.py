"""Rates: a number per length of time written without the counted noun (``rate-per-period``:
``0.8 per month``) and a number per a round number of people or of their time (``rate-per-people``:
``9.1 events per 1,000 person-years``). The unit is every word after the number; a rate
per people that names no group is left out (a population's figure, not a group's result).

Every sentence below is written for these tests (none is copied from a data set).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text, left_out_values
from trialnews.nlp import make_nlp, run_through
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


@pytest.mark.parametrize(("sentence", "value"), [
    pytest.param("Patients on lozavir had 3 physiotherapy sessions per week.", 3, id="a-schedule"),
    pytest.param("Patients on lozavir had 2 events per 1,000 women.", 2, id="a-generic-word"),
    pytest.param("In the lozavir group there were 1.5 million seizures per month.", 1.5, id="a-number-of-two-words"),
])
def test_what_a_schedule_or_a_generic_word_counts_is_no_outcome(nlp: Language, sentence: str, value: float) -> None:
    doc = nlp(OPENING + sentence)
    read = [item["reason"] for item in left_out_values(doc)
            if item["value"] == value and item["rule"] in ("count-per-period", "rate-per-people")]
    assert read == ["no-outcome"]  # read, in its group, and left out


@pytest.mark.parametrize("sentence", [
    pytest.param("Across the region, strokes occurred at a rate of 7 per 100,000 people last year.",
                 id="population-figure"),
])
def test_a_rate_of_no_group_is_left_out(nlp: Language, sentence: str) -> None:
    doc = nlp(ONE_ARM + sentence)
    assert [item["reason"] for item in left_out_values(doc) if item["value"] == 7] == ["groupless"]


@pytest.mark.parametrize(("sentence", "value"), [
    pytest.param("Patients on lozavir were paid $5 per day for the diary.", 5, id="a-price"),
    pytest.param("Patients on lozavir were paid $2,500 per month.", 2500, id="a-price-in-groups"),
    pytest.param("Patients on lozavir were paid $ 40 per week.", 40, id="a-price-after-a-space"),
])
def test_a_price_is_no_rate(nlp: Language, sentence: str, value: float) -> None:
    doc = nlp(OPENING + sentence)
    assert [item["reason"] for item in left_out_values(doc) if item["value"] == value] \
        == ["filtered-by-value-spans:price"]


@pytest.mark.parametrize("sentence", [
    pytest.param("Patients on lozavir had 3 per years of follow-up.", id="plural-period"),
    pytest.param("Deaths in the lozavir group were 46 fewer per 1,000 people.", id="a-comparative"),
])
def test_no_rate_is_read(nlp: Language, sentence: str) -> None:
    doc = run_through(nlp, OPENING + sentence, "trialnews_ruler")
    assert not [span for group in doc.spans.values() for span in group if span.id_.startswith("rate-")]


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    pytest.param("Attacks fell to 900 per year with lozavir against 1 000 per year with placebo.", 1000,
                 "per year", id="a-number-in-groups"),
    pytest.param("In the lozavir group there were 9.1 infections per 1,000 person years.", 9.1,
                 "infections per 1,000 person years", id="person-years-unhyphenated"),
    pytest.param("In the lozavir group there were 4 strokes per 10 000 person-years.", 4,
                 "strokes per 10 000 person-years", id="a-round-number-in-groups"),
])
def test_a_rates_number_and_unit_are_read_whole(nlp: Language, sentence: str, value: float, unit: str) -> None:
    assert results(nlp, OPENING + sentence)[value][0] == unit
