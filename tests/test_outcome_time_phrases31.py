"""A value's outcome read past words that say when or who, on sentences written for these tests:
the subject of a value's verb is written before a time phrase of several words (``at the end of
three years``, ``after one year of follow-up``, ``12 months after randomization``, ``two years
later``), which says when it was measured, not what; and a duration or a dose among the words that
say who a value's people are (``of those taking X for three years got ...``, ``taking 20 mg of X``)
is no other value standing between the value and what its people had."""

from __future__ import annotations

import pytest

TWO_ARMS = "Trial Update\n\nIn the trial, 300 adults were randomly assigned to take valsartin or a placebo. "


def outcomes(run, sentence: str) -> dict[float, tuple[str | None, str | None]]:
    """Each result's value, the name of its outcome and the linker that found it."""
    return {result["value"]: (result["endpoint"] and result["endpoint"].casefold(),
                              result["evidence"]["links"].get("endpoint"))
            for result in run(TWO_ARMS + sentence)["results"]}


@pytest.mark.parametrize(("sentence", "outcome"), [
    pytest.param("The rate of kidney failure at the end of the study was 12% in the valsartin group compared with "
                 "20% in the placebo group.", "kidney failure", id="edge-of-the-study"),
    pytest.param("The rate of kidney failure after three years of treatment was 12% in the valsartin group compared "
                 "with 20% in the placebo group.", "kidney failure", id="duration-of-a-course"),
    pytest.param("The rate of kidney failure two years later was 12% in the valsartin group compared with 20% in "
                 "the placebo group.", "kidney failure", id="duration-then-later"),
    pytest.param("The incidence of gout 18 months after randomization was 12% in the valsartin group compared "
                 "with 20% in the placebo group.", "incidence of gout", id="duration-after-an-event"),
    pytest.param("The prevalence of anemia among the children at the end of three years was 12% in the valsartin "
                 "group compared with 20% in the placebo group.", "prevalence of anemia", id="edge-of-a-duration"),
    pytest.param("The rate of kidney failure at two years was 12% in the valsartin group compared with 20% in the "
                 "placebo group.", "kidney failure", id="duration-after-a-preposition"),
])
def test_the_subject_is_read_past_its_time_phrase(run, sentence: str, outcome: str) -> None:
    found = outcomes(run, sentence)
    assert found.get(12.0) == (outcome, "subject-of-change")
    assert found.get(20.0, (None,))[0] == outcome


def test_a_phrase_of_place_is_no_time_phrase(run) -> None:
    # "at the end of the street" is no edge of the study: the subject is not read past it
    found = outcomes(run, "The rate of falls at the end of the corridor was 12% in the valsartin group compared "
                          "with 20% in the placebo group.")
    assert 12.0 in found  # (the value is read)
    assert found[12.0][1] != "subject-of-change"


@pytest.mark.parametrize(("sentence", "outcome"), [
    pytest.param("Nine percent of the women taking valsartin for three years got breast cancer versus 4 percent "
                 "in the placebo group.", "breast cancer", id="duration-of-what-they-took"),
    pytest.param("Nine percent of the women taking the extra three years of valsartin got breast cancer versus "
                 "4 percent in the placebo group.", "breast cancer", id="duration-before-the-drug"),
    pytest.param("About 9 percent of those taking 20 mg of valsartin got a rash, compared with 4 percent of the "
                 "placebo group.", "rash", id="dose-of-what-they-took"),
])
def test_a_duration_or_dose_of_the_people_is_no_other_value(run, sentence: str, outcome: str) -> None:
    found = outcomes(run, sentence)
    assert found.get(9.0) == (outcome, "event-after-value")
    assert found.get(4.0, (None,))[0] == outcome


def test_another_value_between_still_stops_the_reading(run) -> None:
    # "9 percent ... and 12 percent ... got a rash": the verb is read for the value next to it
    found = outcomes(run, "In the valsartin group, 9 percent of the men and 12 percent of the women got a rash.")
    assert 9.0 in found  # (the value is read)
    assert found[9.0][1] != "event-after-value"


@pytest.mark.parametrize(("sentence", "outcome"), [
    pytest.param("The percentage of patients alive at two years was 41% in the valsartin group compared with 28% "
                 "in the placebo group.", "survival", id="share-alive-at-a-time"),
    pytest.param("The percentage of patients alive 12 months after randomization was 41% in the valsartin group "
                 "compared with 28% in the placebo group.", "survival", id="share-alive-after-an-event"),
    pytest.param("The proportion of those who were still alive after three years was 41% with valsartin and 28% "
                 "with placebo.", "survival", id="share-who-were-still-alive"),
    pytest.param("The number of women pregnant at 12 weeks was 41% in the valsartin group compared with 28% in "
                 "the placebo group.", "pregnancy", id="share-pregnant"),
])
def test_a_share_of_people_in_a_state_names_the_state(run, sentence: str, outcome: str) -> None:
    found = outcomes(run, sentence)
    assert found.get(41.0) == (outcome, "subject-of-change")
    assert found.get(28.0, (None,))[0] == outcome


def test_a_state_without_a_share_of_people_is_not_read_so(run) -> None:
    # "the cells alive" are no share of the trial's people: no survival read from the subject
    found = outcomes(run, "The count of cells alive at two years was 41% in the valsartin group, and the rate of "
                          "stroke was 28% in the placebo group.")
    assert 41.0 in found  # (the value is read)
    assert found[41.0][0] != "survival"


@pytest.mark.parametrize(("sentence", "values", "outcome"), [
    pytest.param("People in the valsartin group lost an average of 7 percent of their body weight, compared to "
                 "less than 4 percent for those who received the placebo.", (7.0, 4.0), "weight loss",
                 id="average-share-of-body-weight"),
    pytest.param("In the valsartin group, patients lost an average of 9 percent of their weight, versus 3 percent "
                 "in the placebo group.", (9.0, 3.0), "weight loss", id="share-of-weight"),
    pytest.param("Those who took valsartin lost 12% of their excess weight on average in the year after treatment.",
                 (12.0,), "excess weight loss", id="share-of-excess-weight"),
])
def test_a_share_of_body_weight_lost_is_weight_loss(run, sentence: str, values: tuple, outcome: str) -> None:
    found = outcomes(run, sentence)
    assert found.get(values[0]) == (outcome, "verb-names-outcome")
    for value in values[1:]:
        assert found.get(value, (None,))[0] == outcome


@pytest.mark.parametrize(("sentence", "value"), [
    pytest.param("In the valsartin group, 40 percent lost more than 10 percent of their weight, compared with 25 "
                 "percent in the placebo group.", 40.0,
                 id="more-than"),
    pytest.param("In the valsartin group, 30 percent of the patients who lost 5 percent of their weight had lower "
                 "blood pressure.", 30.0, id="people-described-by-their-loss"),
])
def test_a_threshold_of_weight_lost_is_no_weight_loss(run, sentence: str, value: float) -> None:
    found = outcomes(run, sentence)
    assert value in found  # (the sentence is read: the share of people who lost it)
    assert all(linker != "verb-names-outcome" for number, (_, linker) in found.items() if number in (10.0, 5.0))


def test_a_bare_rate_refers_past_a_sentence_that_names_no_outcome(run) -> None:
    # the sentence between explains the outcome and names none of the lexicon's: the rate is the one before
    found = outcomes(run, "Among the valsartin takers, 58 percent had a complete response. Doctors count that as the "
                          "main goal. The rate was 33 percent in the placebo group.")
    assert found.get(33.0) == ("complete response", "carried-from-sentence-before")


def test_a_bare_rate_refers_to_no_outcome_of_another_paragraph(run) -> None:
    # (the same words in one paragraph carry the outcome: the test above; across a paragraph, none)
    found = outcomes(run, "Among the valsartin takers, 58 percent had a complete response. Doctors count that as the "
                          "main goal.\n\nElsewhere, the rate was 33 percent in the placebo group.")
    assert 58.0 in found  # (the paragraph before is read)
    assert found.get(33.0, (None, None))[1] != "carried-from-sentence-before"


def test_a_measure_named_before_its_bracket_is_not_carried_back(run) -> None:
    # "the objective response (CR + PR) rate": the rate has its own name, before the bracket; not the
    # outcome of a sentence before
    found = outcomes(run, "Of those on valsartin, 12 percent had a stroke. The arms were balanced. The overall "
                          "response (complete + partial) rate was 41% in the valsartin group.")
    assert 41.0 in found  # (the value is read)
    assert found[41.0][0] != "stroke"


@pytest.mark.parametrize(("sentence", "outcome"), [
    pytest.param("In the valsartin group, 11 percent were diagnosed with kidney disease, compared with 7 percent "
                 "of the placebo group.", "kidney disease", id="were-diagnosed-with"),
    pytest.param("About 11 percent of those on valsartin were later diagnosed with diabetes, versus 7 percent of "
                 "those on placebo.", "diabetes", id="were-later-diagnosed-with"),
    pytest.param("By the end of the trial, 11 percent of the valsartin group had been diagnosed with gout, compared "
                 "with 7 percent of the placebo group.", "gout", id="had-been-diagnosed-with"),
])
def test_a_diagnosis_the_people_were_given_is_their_outcome(run, sentence: str, outcome: str) -> None:
    found = outcomes(run, sentence)
    assert found.get(11.0) == (outcome, "event-after-value")
    assert found.get(7.0, (None,))[0] == outcome


@pytest.mark.parametrize("sentence", [
    pytest.param("In the valsartin group, 11 percent were previously diagnosed with kidney disease and 14 percent "
                 "had a stroke, compared with 7 percent of the placebo group.",
                 id="previously-diagnosed"),
    pytest.param("Of those on valsartin, 11 percent of the women who were diagnosed with anemia had a stroke.",
                 id="who-were-diagnosed"),
    pytest.param("Of those on valsartin, 11 percent of the women who had been diagnosed with anemia had a stroke.",
                 id="who-had-been-diagnosed"),
])
def test_a_diagnosis_that_says_who_the_people_were_is_no_outcome(run, sentence: str) -> None:
    found = outcomes(run, sentence)
    assert 11.0 in found  # (the value is read)
    assert found[11.0][0] not in ("kidney disease", "anemia", "been diagnosed with anemia")
