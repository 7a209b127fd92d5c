"""The extent of what a value's people had (``event-after-value``), on sentences written for these
tests: the whole noun phrase with the words that name its state or degree, its ``to`` complement,
the list it closes, a threshold its change reached; and no outcome where the verb after ``had`` is a
verb of its own (a wrong outcome on a right number misleads more than a missing one)."""

from __future__ import annotations

import pytest

TWO_ARMS = "Trial Update\n\nIn the trial, 300 adults were randomly assigned to take valsartin or a placebo. "


def outcomes(run, sentence: str) -> dict[float, str | None]:
    """Each result's value and the name of its outcome (``run`` from conftest.py checks grounding)."""
    return {result["value"]: result["endpoint"] and result["endpoint"].casefold()
            for result in run(TWO_ARMS + sentence)["results"]}


def linkers(run, sentence: str) -> dict[float, str | None]:
    return {result["value"]: result["evidence"]["links"].get("endpoint")
            for result in run(TWO_ARMS + sentence)["results"]}


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("Of those on valsartin, 17 percent had moderate to severe night sweats.", 17.0,
                 "moderate to severe night sweats", id="range-of-degree"),
    pytest.param("In the valsartin group, 9 percent reported mild to moderate vasomotor symptoms.", 9.0,
                 "mild to moderate vasomotor symptoms", id="range-before-an-adjective"),
    pytest.param("Of those on valsartin, 12 percent had high levels of anxiety.", 12.0,
                 "high levels of anxiety", id="high-names-the-state"),
    pytest.param("Of those on valsartin, 30 percent had low blood pressure.", 30.0, "low blood pressure",
                 id="low-names-the-state"),
    pytest.param("Of those on valsartin, 35 percent had delayed healing.", 35.0, "delayed healing",
                 id="state-participle"),
    pytest.param("Of those on valsartin, 18 percent had broken bones.", 18.0, "broken bones",
                 id="irregular-state-participle"),
    pytest.param("Of those on valsartin, 22 percent showed improved appearance of the skin.", 22.0,
                 "improved appearance of the skin", id="participle-with-of-phrase"),
    pytest.param("Of those on valsartin, 40 percent experienced some lasting reversal of symptoms.", 40.0,
                 "lasting reversal of symptoms", id="participle-in-ing"),
])
def test_the_words_of_the_state_stay_in_the_name(run, sentence: str, value: float, outcome: str) -> None:
    # what people had is named with the words that say which state or how severe
    assert outcomes(run, sentence).get(value) == outcome


def test_an_event_verb_in_the_pluperfect_is_read_past(run) -> None:
    assert outcomes(run, "Of those on valsartin, 25 percent had experienced exacerbations.").get(25.0) == "exacerbations"


def test_a_range_that_judges_the_size_is_left_out(run) -> None:
    found = outcomes(run, "Of those on valsartin, 70 percent reported moderate to significant improvement in their pain.")
    assert found.get(70.0) == "improvement in pain"


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("Of those on valsartin, 83 percent had developed antibodies to the virus.", 83.0,
                 "antibodies to the virus", id="to-complement"),
    pytest.param("Of those on valsartin, 5 percent had an allergic reaction to peanuts.", 5.0,
                 "allergic reaction to peanuts", id="reaction-to"),
])
def test_a_to_complement_is_part_of_the_name(run, sentence: str, value: float, outcome: str) -> None:
    assert outcomes(run, sentence).get(value) == outcome


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("Of those on valsartin, 9 percent had a response to the drug.", 9.0, "response", id="the-drug"),
    pytest.param("Of those on valsartin, 8 percent had a good response to the infusion treatments.", 8.0,
                 "good response", id="treatments"),
    pytest.param("Of those on valsartin, 20 percent required additional medication to control their pain.", 20.0,
                 "additional medication", id="infinitive"),
])
def test_a_to_phrase_naming_the_treatment_or_a_purpose_is_not(run, sentence: str, value: float, outcome: str) -> None:
    # the treatment that caused the event, or what the medication was for, is no part of its name
    assert outcomes(run, sentence).get(value) == outcome


def test_a_to_after_a_comparing_verb_is_not_a_complement(run) -> None:
    found = outcomes(run, "The researchers compared blood tests of 107 women on valsartin who developed diabetes "
                          "to blood tests of 214 women who did not.")
    assert not any(name and "blood tests" in name for name in found.values())


def test_a_list_closed_by_or_other_is_one_outcome(run) -> None:
    found = outcomes(run, "After one year, 5 percent of those on valsartin had suffered a heart attack, stroke or "
                          "other cardiovascular problem.")
    assert found.get(5.0) == "heart attack, stroke or other cardiovascular problem"


def test_a_verb_that_names_an_outcome_before_or_joins_the_event(run) -> None:
    # "died or had X": either event counts, as "had X or died" does
    found = outcomes(run, "In the valsartin group, 3.6% died or had serious health crises.")
    assert found.get(3.6) == "death or serious health crises"


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("Of those on valsartin, 83 percent had a drop in systolic blood pressure of at least 10 mmHg.",
                 83.0, "drop in systolic blood pressure of at least 10 mmhg", id="of-a-bound"),
    pytest.param("Of those on valsartin, 44 percent experienced a 50 percent reduction in pain or greater.", 44.0,
                 "50 percent reduction in pain or greater", id="or-greater-after"),
])
def test_a_threshold_after_the_change_stays_in_the_name(run, sentence: str, value: float, outcome: str) -> None:
    # the share of people who reached a change of at least a size: the change with its threshold
    assert outcomes(run, sentence).get(value) == outcome


@pytest.mark.parametrize("sentence", [
    pytest.param("Of those on valsartin, 14 percent had received chemotherapy before the study.", id="received"),
    pytest.param("Of those on valsartin, 11 percent had increased their dose.", id="participle-with-object"),
    pytest.param("Of those on valsartin, 10 percent had chosen to have surgery.", id="irregular-participle"),
])
def test_a_verb_of_its_own_after_had_names_no_event(run, sentence: str) -> None:
    # "had received chemotherapy": what they did, not an event; neither the verb's object nor a
    # mention nearby is the value's outcome
    assert "event-after-value" not in linkers(run, sentence).values()
    assert "chemotherapy" not in outcomes(run, sentence).values()


def test_an_object_with_a_clause_of_its_own_is_not_the_event(run) -> None:
    found = linkers(run, "Of those on valsartin, 40 percent reported their back pain dramatically reduced.")
    assert found.get(40.0) != "event-after-value"


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("In the valsartin group, the six month progression free survival rate was 58.7 percent.", 58.7,
                 "six month progression free survival rate", id="count-word"),
    pytest.param("In the valsartin group, the 5 year survival rate was 70 percent.", 70.0, "5 year survival rate",
                 id="digits"),
])
def test_a_count_and_a_unit_of_time_before_a_name_are_its_words(run, sentence: str, value: float, outcome: str) -> None:
    # "six month survival" as "six-month survival": the time a survival is read at is part of its name
    assert outcomes(run, sentence).get(value) == outcome
