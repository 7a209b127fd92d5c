"""An outcome's full extent (issue 11, class 2), on sentences written for these tests: the words
before a head that name a kind of event, and the phrases after it that belong to the measure."""

from __future__ import annotations

import pytest

TWO_ARMS = "Trial Update\n\nIn the trial, 300 adults were randomly assigned to take valsartin or a placebo. "


def outcomes(run, sentence: str) -> dict[float, str | None]:
    """Each result's value and the name of its outcome (``run`` from conftest.py checks grounding)."""
    return {result["value"]: result["endpoint"] and result["endpoint"].casefold()
            for result in run(TWO_ARMS + sentence)["results"]}


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("Side effects included dizziness (7%) and increased sweating (5%) in the valsartin group.",
                 5.0, "increased sweating", id="bracket-head"),
    pytest.param("About 14 percent of those in the valsartin group needed additional pain medication.",
                 14.0, "additional pain medication", id="event-after-value"),
    pytest.param("Decreased appetite occurred in 6 percent of the valsartin group.", 6.0,
                 "decreased appetite", id="occurred-in"),
    pytest.param("The side effects that most often led patients to stop were increased sweating (4%) and dizziness "
                 "(3%) in the valsartin group.", 4.0, "increased sweating", id="participle-after-a-copula"),
])
def test_a_kind_of_event_keeps_its_word(run, sentence: str, value: float, outcome: str) -> None:
    # what people had: "increased sweating" is the event's name, not a judgement of sweating
    assert outcomes(run, sentence).get(value) == outcome


def test_a_judged_change_still_loses_its_word(run) -> None:
    # the same word judging the treatment's effect on a measure is no part of the measure's name
    found = outcomes(run, "In the valsartin group, improved exercise capacity was seen, as walking "
                          "distance rose by 12 percent.")
    assert "improved" not in " ".join(v for v in found.values() if v)


def endpoints(run, sentence: str) -> set[str]:
    return {entry["name"].casefold() for entry in run(TWO_ARMS + sentence)["endpoints"]}


def test_or_other_joins_the_list_before_an_of_phrase(run) -> None:
    # "X or other Y of Z": one outcome, the list read past "other" after the "of" phrase is attached
    names = endpoints(run, "The number of migraines or other bouts of head pain fell by 40 percent with "
                           "valsartin, compared with 15 percent with the placebo.")
    assert "migraines or other bouts of head pain" in names
    assert "bouts of head pain" not in names


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("Of the 150 patients given valsartin, 21 experienced at least one adverse event.", 21.0,
                 "adverse event", id="at-least-one"),
    pytest.param("Of the 150 patients given valsartin, 9 had one or more adverse events.", 9.0, "adverse events",
                 id="one-or-more"),
    pytest.param("A third of those on valsartin reported at least one running-related injury.", 33.3,
                 "running-related injury", id="hyphenated-modifier"),
])
def test_a_count_of_any_event_is_read_past(run, sentence: str, value: float, outcome: str) -> None:
    # "at least one", "one or more": any event at all; the events are the outcome
    assert outcomes(run, sentence).get(value) == outcome


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("Of those on valsartin, 40 percent needed three or more injections.", 40.0,
                 "three or more injections", id="threshold"),
    pytest.param("Six patients on valsartin required a second surgical procedure.", 6.0,
                 "second surgical procedure", id="ordinal"),
])
def test_a_higher_count_stays_in_the_name(run, sentence: str, value: float, outcome: str) -> None:
    # a count above one is a threshold, an ordinal says which event: both are part of the name
    assert outcomes(run, sentence).get(value) == outcome


def test_a_bare_event_names_no_outcome(run) -> None:
    # "had at least one event" points back to events named before: "event" alone is no name
    found = outcomes(run, "Of the 150 patients given valsartin, 21 had at least one event.")
    assert found.get(21.0) != "event"


@pytest.mark.parametrize(("sentence", "outcome"), [
    pytest.param("Valsartin reduced the risk of kidney failure, blindness or death by 20 percent compared with placebo.",
                 "kidney failure, blindness or death", id="list-closed-by-or"),
    pytest.param("Valsartin cut the risk of kidney failure, stroke, or death from heart disease by 18 percent "
                 "compared with placebo.", "kidney failure, stroke, or death from heart disease", id="oxford-comma"),
])
def test_a_composite_is_the_object_of_a_change(run, sentence: str, outcome: str) -> None:
    # the commas of a composite outcome do not stop the change its verb states
    comparisons = run(TWO_ARMS + sentence)["comparisons"]
    assert [(c["estimate"], c["endpoint"]) for c in comparisons] == [(20.0 if "20" in sentence else 18.0, outcome)]


def test_a_list_closed_by_and_is_no_composite(run) -> None:
    # "X, Y and Z by a%, b% and c%, respectively" lists three changes, not one change of a composite
    comparisons = run(TWO_ARMS + "Valsartin lowered total cholesterol, triglycerides and LDL by 13%, 20% and "
                                 "10%, respectively, compared with placebo.")["comparisons"]
    assert all("," not in (c["endpoint"] or "") for c in comparisons)


def test_or_closing_a_list_of_and_is_no_composite(run) -> None:
    # "nausea and headache or stroke": a list, not a composite of its last two items
    found = outcomes(run, "Nausea and headache or stroke occurred in 12 percent of the valsartin group.")
    assert found.get(12.0) != "headache or stroke"


def test_the_hyphenated_spelling_of_side_effects_is_an_outcome(run) -> None:
    # British news writes "side-effects": the same lexicon outcome as "side effects", with its modifier
    found = outcomes(run, "Fewer patients had serious side-effects with valsartin than with the placebo - 9 per "
                          "cent compared with 16 per cent.")
    assert found.get(9.0) == "serious side-effects" and found.get(16.0) == "serious side-effects"


@pytest.mark.parametrize(("sentence", "outcome"), [
    pytest.param("Valsartin patients had a 20 percent lower risk of kidney failure, stroke or death than placebo "
                 "patients.", "kidney failure, stroke or death", id="risk-of-after"),
    pytest.param("Valsartin patients had a 20 percent lower risk of stroke or death than placebo patients.",
                 "stroke or death", id="risk-of-after-two-items"),
    pytest.param("Valsartin produced a 20 percent reduction in the risk of kidney failure, stroke or death compared "
                 "with placebo.", "kidney failure, stroke or death", id="noun-after-value"),
])
def test_a_composite_after_a_risk_is_named_whole(run, sentence: str, outcome: str) -> None:
    # the events of a composite after "risk of" are its name, all of them, without the risk word
    assert [c["endpoint"] for c in run(TWO_ARMS + sentence)["comparisons"]] == [outcome]


def test_a_serial_comma_closes_a_composite_subject(run) -> None:
    # "X, Y, or Z" (a serial comma) is the same composite as "X, Y or Z"
    found = outcomes(run, "The rate of kidney failure, stroke, or death was 8.1 percent with valsartin and 9.9 "
                          "percent with placebo.")
    assert found.get(8.1) == "kidney failure, stroke, or death"


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("Valsartin patients had a 7 percent chance of developing gout, compared with 12 percent of placebo "
                 "patients.", 7.0, "gout", id="past-a-gerund-of-risk"),
    pytest.param("The risk of having a stroke was 4 percent with valsartin and 6 percent with placebo.", 4.0,
                 "stroke", id="past-a-gerund-and-article"),
])
def test_the_risk_of_an_event_names_the_event(run, sentence: str, value: float, outcome: str) -> None:
    # "the risk of X", "a chance of developing X": the outcome is X (news-dev gold names it so)
    assert outcomes(run, sentence).get(value) == outcome


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("Overall, 41 percent of the valsartin group had a 30-percent or greater reduction in their "
                 "headache severity.", 41.0, "30-percent or greater reduction in headache severity", id="or-greater"),
    pytest.param("Of those on valsartin, 52 percent reported at least a 50% improvement in sleep quality.", 52.0,
                 "at least a 50% improvement in sleep quality", id="at-least"),
])
def test_a_threshold_change_people_reached_is_named_whole(run, sentence: str, value: float, outcome: str) -> None:
    # the share of people reaching a change of at least an amount: the outcome is that change, as written
    assert outcomes(run, sentence).get(value) == outcome


def test_a_change_without_a_threshold_is_named_without_its_size(run) -> None:
    # "had a 78 percent reduction in X": no threshold, so the size is no part of the name; the share
    # counts people who had the reduction, and the outcome is that change
    found = outcomes(run, "A small group of valsartin users (11.9 percent) had a 78 percent reduction in hot "
                          "flashes.")
    assert found.get(11.9) == "reduction in hot flashes"


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("In the valsartin group 23 percent had a decrease in tumour size, against 7 percent in "
                 "the placebo group.", 23.0, "decrease in tumour size", id="had-a-decrease"),
    pytest.param("In the valsartin group 23 percent had a decrease in tumour size, against 7 percent in "
                 "the placebo group.", 7.0, "decrease in tumour size", id="its-partner"),
    pytest.param("A good many patients (81 percent on the valsartin arm) had a drop in their platelet count.",
                 81.0, "drop in platelet count", id="owner-left-out"),
    pytest.param("Just 22 percent of the placebo patients saw a similar reduction in pain intensity.",
                 22.0, "reduction in pain intensity", id="pointing-word-left-out"),
    pytest.param("By week twelve, 44 percent of the valsartin patients reported a 50 percent reduction "
                 "in pain intensity.", 44.0, "reduction in pain intensity", id="size-left-out"),
    # the change itself as the value: named by what changed, as before
    pytest.param("The valsartin group showed a 28 percent reduction in joint pain.", 28.0, "joint pain",
                 id="the-change-is-the-value"),
])
def test_a_change_people_had_is_the_outcome(run, sentence: str, value: float, outcome: str) -> None:
    assert outcomes(run, sentence).get(value) == outcome


def test_a_change_in_an_outcome_the_record_measures_is_that_outcome(run) -> None:
    # the share reaching a change in pain intensity is one more result of pain intensity when another
    # value measures pain intensity itself
    found = outcomes(run, "By week twelve, 44 percent of the valsartin patients reported a 50 percent "
                          "reduction in pain intensity. Pain intensity fell by 30 percent in the valsartin group.")
    assert found.get(44.0) == found.get(30.0) == "pain intensity"


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("In the valsartin group, 0.9% discontinued due to pregnancy, compared with 2 percent on placebo.",
                 0.9, "discontinued due to pregnancy", id="discontinued-due-to"),
    pytest.param("In the valsartin group, 6 percent died from a heart attack, compared with 9 percent on placebo.",
                 6.0, "died from a heart attack", id="died-from"),
    pytest.param("In the valsartin group, 6 percent were hospitalized for a heart attack, compared with 9 percent "
                 "on placebo.", 9.0, "hospitalized for a heart attack", id="its-partner"),
    # no cause: the known outcome the verb's object names
    pytest.param("In the valsartin group, 6 percent had a heart attack, compared with 9 percent on placebo.",
                 6.0, "heart attack", id="had-no-cause"),
])
def test_a_known_outcome_as_the_cause_of_a_verb_is_no_outcome_alone(run, sentence: str, value: float,
                                                                    outcome: str) -> None:
    # the verb names what happened (died, discontinued); the lexicon's outcome after "from"/"due to"
    # is its cause, and the outcome is the whole predicate
    assert outcomes(run, sentence).get(value) == outcome
