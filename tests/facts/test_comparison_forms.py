"""Between-arm effects in the forms trial news writes them (issue 11, class 4): each test is a
sentence written for it, with the measure, estimate, endpoint and groups a curator would record."""

from __future__ import annotations

import pytest

from .helpers import ASPIRIN_OR_PLACEBO, article


def _effects(record: dict) -> list[tuple]:
    return [(c["endpoint"], c["arms"], c["measure"], c["estimate"]) for c in record["comparisons"]]


def test_a_change_after_a_value_pair_is_of_their_outcome(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} By the third year, 30 percent of those on aspirin had developed "
                   "gastric ulcers, versus 20 percent of those on placebo, which works out to a 50 percent "
                   "higher risk for the aspirin users.")
    assert _effects(run(text)) == [("gastric ulcers", ["aspirin", "placebo"], "relative_increase", 50)]


def test_two_effects_of_one_size_on_two_outcomes_are_both_kept(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Aspirin users had a 25 percent lower risk of stroke than those "
                   "on placebo.",
                   "Aspirin also cut the risk of heart attack by 25 percent compared with placebo.")
    assert sorted(_effects(run(text))) == [("heart attack", ["aspirin", "placebo"], "relative_reduction", 25),
                                           ("stroke", ["aspirin", "placebo"], "relative_reduction", 25)]


def test_a_difference_taken_off_names_what_it_was_taken_off(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Compared with placebo, aspirin shaved three days off the usual "
                   "10-day stay in the hospital.")
    assert _effects(run(text)) == [("stay in the hospital", ["aspirin", "placebo"], "difference", -3)]


def test_a_difference_cut_from_names_what_it_was_cut_from(run) -> None:
    record = run(article(f"{ASPIRIN_OR_PLACEBO} Compared with placebo, aspirin cut two days from the usual hospital stay."))
    assert _effects(record) == [("hospital stay", ["aspirin", "placebo"], "difference", -2)]
    assert record["comparisons"][0]["evidence"]["links"]["endpoint"] == "object-after-difference"


@pytest.mark.parametrize("pointing", ["the", "that", "their"])
def test_the_risk_alone_is_the_risk_of_the_effect_just_reported(run, pointing: str) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Aspirin cut the risk of stroke by 20 percent compared with placebo. "
                   f"Among patients who took every dose, {pointing} risk fell by 35 percent.")
    record = run(text)
    assert _effects(record) == [("stroke", ["aspirin", "placebo"], "relative_reduction", 20),
                                ("stroke", ["aspirin", "placebo"], "relative_reduction", 35)]
    assert record["comparisons"][1]["evidence"]["links"]["endpoint"] == "risk-referred-back"


def test_a_change_after_the_level_one_group_reached_is_that_groups_own(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Among those on placebo, headaches dropped to six a month after "
                   "twelve weeks, a 25 percent decrease or two fewer headaches a month.")
    assert run(text)["comparisons"] == []


def test_a_change_after_levels_of_two_groups_compared_is_between_them(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Headaches dropped to six a month with aspirin, compared with eight "
                   "a month with placebo, a 25 percent reduction.")
    assert _effects(run(text)) == [("headaches", ["aspirin", "placebo"], "relative_reduction", 25)]


def test_a_change_placed_in_one_group_is_that_groups_own(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Migraine days fell by 40 percent in the aspirin group.")
    assert run(text)["comparisons"] == []


def test_a_change_of_one_group_set_against_the_other_is_between_them(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Aspirin cut migraine days by 40 percent compared with placebo in "
                   "patients with aura.")
    assert _effects(run(text)) == [("migraine days", ["aspirin", "placebo"], "relative_reduction", 40)]


def test_likely_to_regain_names_what_is_regained(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Patients on aspirin were three times as likely to regain full grip "
                   "strength as those on placebo.")
    assert _effects(run(text)) == [("full grip strength", ["aspirin", "placebo"], "RR", 3)]


def test_likely_with_a_time_phrase_before_its_to(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Those taking aspirin were 21 percent less likely after ten years to "
                   "develop bowel cancer than those on placebo.")
    assert _effects(run(text)) == [("bowel cancer", ["aspirin", "placebo"], "relative_reduction", 21)]


def test_likely_to_die_or_have_events_is_their_composite(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Aspirin users were 18% less likely to die, or have a kidney "
                   "failure or stroke, than those on placebo.")
    assert _effects(run(text)) == [("death, kidney failure or stroke", ["aspirin", "placebo"], "relative_reduction", 18)]


def test_a_difference_said_not_significant_in_the_next_sentence(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Aspirin cut the risk of gout flares by 20 percent compared with "
                   "placebo. But the difference was not statistically significant.")
    assert [(c["endpoint"], c["estimate"], c["significant"]) for c in run(text)["comparisons"]] == \
        [("gout flares", 20, False)]


def test_wasnt_statistically_significant_is_not_significant(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Aspirin cut the risk of gout flares by 20 percent compared with "
                   "placebo, but the difference wasn't statistically significant.")
    assert [c["significant"] for c in run(text)["comparisons"]] == [False]


def test_changes_of_both_groups_set_side_by_side_are_their_own(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Patients on aspirin improved their walking distance by an average of "
                   "40 meters, while those on placebo improved theirs by an average of nearly 12 meters.",
                   "Patients on aspirin improved their walking time by an average of 40 seconds, while those "
                   "on placebo improved theirs by an average of nearly 12 seconds.")
    assert run(text)["comparisons"] == []


def test_an_effect_of_another_named_drug_is_no_comparison_of_the_trial(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Aspirin cut the risk of stroke by 20 percent compared with placebo.",
                   "By comparison, Coravix, an older blood thinner, has been shown to reduce strokes by 45% in "
                   "earlier work.")
    assert _effects(run(text)) == [("stroke", ["aspirin", "placebo"], "relative_reduction", 20)]


def test_a_change_reached_by_a_count_of_people_is_a_responder_threshold(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} After a year, aspirin brought a 50 percent reduction in migraine days "
                   "for 14 participants, about a third of the group.")
    assert run(text)["comparisons"] == []


def test_a_change_or_greater_is_a_threshold(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Almost half of those on aspirin had a 50 percent or greater reduction "
                   "in migraine days.")
    assert run(text)["comparisons"] == []


def test_a_count_of_patients_before_the_comparator_keeps_the_effect(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Aspirin cut the risk of stroke by 30 percent in 2,000 patients "
                   "compared with placebo.")
    assert _effects(run(text)) == [("stroke", ["aspirin", "placebo"], "relative_reduction", 30)]


def test_a_fraction_of_the_odds_of_having_an_event_names_the_event(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Aspirin lowered the odds of having a stroke by half compared with "
                   "placebo.")
    assert _effects(run(text)) == [("stroke", ["aspirin", "placebo"], "relative_reduction", 50)]


def test_the_risk_of_developing_a_disease_names_the_disease(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Aspirin cut the risk of developing gout by 40 percent compared with "
                   "placebo.")
    assert _effects(run(text)) == [("gout", ["aspirin", "placebo"], "relative_reduction", 40)]


def test_slept_longer_is_a_difference_in_sleep_duration(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Patients on aspirin slept 25 minutes longer than those on placebo.")
    assert _effects(run(text)) == [("sleep duration", ["aspirin", "placebo"], "difference", 25)]


def test_every_n_percent_drop_is_a_unit_of_a_relation_not_an_effect(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Every 10 percent drop in blood sugar, research shows, goes with fewer "
                   "eye problems.")
    assert run(text)["comparisons"] == []


def test_a_ratio_after_one_groups_value_is_of_that_values_outcome(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Stomach ulcers occurred in 6 percent of the aspirin group, three "
                   "times as many as in the placebo group.")
    assert _effects(run(text)) == [("stomach ulcers", ["aspirin", "placebo"], "RR", 3)]
