"""Whether a change is between groups (a comparison) or one group's own (a result), decided from
the sentence's structure: a comparator phrase that names a group, before or after the change; a
risk or likelihood word; the start of the trial as the reference. Each test is a sentence written
for it, with what a curator would record."""

from __future__ import annotations

import pytest

from .helpers import ASPIRIN_OR_PLACEBO, article


def _effects(record: dict) -> list[tuple]:
    return [(c["endpoint"], c["arms"], c["measure"], c["estimate"]) for c in record["comparisons"]]


def _values(record: dict) -> list[tuple]:
    return [(r["endpoint"], r["arm"], r["value"]) for r in record["results"]]


def test_a_comparator_opening_the_sentence_makes_a_change_had_by_a_group_between_groups(run) -> None:
    record = run(article(f"{ASPIRIN_OR_PLACEBO} Compared with patients given placebo, patients who took aspirin "
                         "had a 27 percent reduction in migraines."))
    assert _effects(record) == [("migraines", ["aspirin", "placebo"], "relative_reduction", 27)]
    assert _values(record) == []


def test_a_comparator_opening_the_sentence_with_the_start_of_the_trial_keeps_the_change_in_its_group(run) -> None:
    record = run(article(f"{ASPIRIN_OR_PLACEBO} Compared with baseline, patients who took aspirin had a 27 percent "
                         "reduction in migraines."))
    assert _effects(record) == []
    assert _values(record) == [("migraines", "aspirin", 27)]


def test_a_comparator_right_before_the_other_groups_own_change_keeps_both_in_their_groups(run) -> None:
    record = run(article(f"{ASPIRIN_OR_PLACEBO} Patients who took aspirin had a 27 percent reduction in migraines, "
                         "compared with a 10 percent reduction in those on placebo."))
    assert _effects(record) == []
    assert sorted(_values(record)) == [("migraines", "aspirin", 27), ("migraines", "placebo", 10)]


def test_a_percentage_in_a_later_clause_is_not_the_other_groups_own(run) -> None:
    record = run(article(f"{ASPIRIN_OR_PLACEBO} Patients assigned to aspirin were 20 percent less likely after "
                         "two years to have died of heart disease than those who had been in the placebo group, "
                         "and their risk of stroke was 35 percent lower."))
    assert [(e[0], e[3]) for e in _effects(record)] == [("heart disease", 20), ("stroke", 35)]  # the risk of X names X
    assert _values(record) == []


def test_a_change_of_a_risk_named_with_its_modifier_is_between_groups(run) -> None:
    record = run(article(f"{ASPIRIN_OR_PLACEBO} One large subgroup of aspirin users had a 27 percent reduction "
                         "in stroke risk."))
    assert [(e[2], e[3]) for e in _effects(record)] == [("relative_reduction", 27)]
    assert _values(record) == []


def test_a_change_from_baseline_written_before_its_by_is_the_groups_own(run) -> None:
    record = run(article(f"{ASPIRIN_OR_PLACEBO} Aspirin increased bone density from baseline at the spine by "
                         "9.2%, compared with placebo."))
    assert _effects(record) == []


def test_a_count_compared_with_a_group_is_a_signed_difference_of_what_it_counts(run) -> None:
    record = run(article(f"{ASPIRIN_OR_PLACEBO} Treating 1,000 patients with aspirin instead of placebo would "
                         "prevent heart trouble: there would be 11 fewer deaths and six fewer cases of stroke."))
    assert sorted(_effects(record)) == [("deaths", ["aspirin", "placebo"], "difference", -11),
                                        ("stroke", ["aspirin", "placebo"], "difference", -6)]
    assert [c["evidence"]["links"]["endpoint"] for c in record["comparisons"]] == ["noun-after-value", "noun-counted"]


def test_days_counted_with_what_filled_them_name_the_outcome(run) -> None:
    record = run(article(f"{ASPIRIN_OR_PLACEBO} Patients on aspirin had 2.4 fewer migraine days per month than "
                         "those on placebo."))
    assert _effects(record) == [("migraine days", ["aspirin", "placebo"], "difference", -2.4)]


def test_a_unit_after_the_comparative_is_a_difference_of_the_verbs_outcome(run) -> None:
    record = run(article(f"{ASPIRIN_OR_PLACEBO} Patients on aspirin lost 5 more pounds than those on placebo."))
    assert _effects(record) == [("weight loss", ["aspirin", "placebo"], "difference", 5)]


def test_a_count_with_no_group_set_against_it_is_no_difference(run) -> None:
    record = run(article(f"{ASPIRIN_OR_PLACEBO} Patients on aspirin lost 5 more pounds by the end of the trial, "
                         "and there were 11 fewer deaths in the second year than in the first."))
    assert _effects(record) == []


def test_counts_of_two_groups_own_changes_are_no_difference_between_them(run) -> None:
    record = run(article(f"{ASPIRIN_OR_PLACEBO} Women taking aspirin had six fewer headaches, compared with "
                         "two fewer among women given a placebo."))
    assert _effects(record) == []


def test_a_margin_up_to_a_count_is_no_difference(run) -> None:
    record = run(article(f"{ASPIRIN_OR_PLACEBO} Patients on aspirin could score up to four fewer points on a "
                         "memory test than those on placebo and still count as no worse."))
    assert _effects(record) == []


def test_a_change_against_the_groups_state_before_treatment_is_its_own(run) -> None:
    record = run(article(f"{ASPIRIN_OR_PLACEBO} Those on aspirin had a 40 percent improvement in knee function "
                         "compared with pre-treatment scores."))
    assert _effects(record) == []


def test_an_article_that_names_no_groups_of_a_trial_reports_no_effect_between_them(run) -> None:
    record = run(article("In a survey of older adults tracked for six years, those who often ate "
                         "walnuts were 33 percent less likely to have a fall than those who never ate them."))
    assert record["arms"] == [] and _effects(record) == []
    assert any("names no groups of a trial" in w for w in record["warnings"])


def test_a_likelihood_ratio_whose_verb_phrase_is_not_read_gets_no_outcome_named_elsewhere(run) -> None:
    """A phrase after ``likely to`` that is a clause of its own (``say they felt better``) names no outcome
    a curator can use, and the outcome named nearest does not stand in for it."""
    record = run(article(f"{ASPIRIN_OR_PLACEBO} Migraines were the main outcome. Those on aspirin were three "
                         "times as likely to say they felt better at one year as those on placebo."))
    assert _effects(record) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Those on aspirin were three times as likely to be off painkillers at one year as those on placebo.",
                 ("off painkillers", ["aspirin", "placebo"], "RR", 3.0), id="times-as-likely-to-be"),
    pytest.param("Smokers given aspirin were twice as likely to quit smoking as those given placebo.",
                 ("quit smoking", ["aspirin", "placebo"], "RR", 2.0), id="twice-as-likely-to-verb-object"),
    pytest.param("Patients on aspirin were 2.5 times more likely to remain abstinent than those on placebo.",
                 ("remain abstinent", ["aspirin", "placebo"], "RR", 2.5), id="times-more-likely"),
    pytest.param("Patients on aspirin were 30 percent more likely to be symptom-free 12 weeks later than those on "
                 "placebo.", ("symptom-free", ["aspirin", "placebo"], "relative_increase", 30.0),
                 id="percent-more-likely-cut-at-a-number"),
    pytest.param("Patients on aspirin were twice as likely as those on placebo to be free of wheezing.",
                 ("free of wheezing", ["aspirin", "placebo"], "RR", 2.0), id="other-group-before-to"),
    pytest.param("Patients on aspirin were twice as likely to grow smaller-than-normal polyps as those on placebo.",
                 ("grow smaller-than-normal polyps", ["aspirin", "placebo"], "RR", 2.0), id="a-hyphenated-stop-word"),
])
def test_a_likelihood_names_the_verb_phrase_after_likely_to(run, sentence: str, expected: tuple) -> None:
    """``twice as likely to quit smoking as those on placebo``: where no verb of the lexicons names the
    outcome, the phrase after ``likely to`` does, up to the other group, a time or a number."""
    record = run(article(f"{ASPIRIN_OR_PLACEBO} {sentence}"))
    assert _effects(record) == [expected]
    assert record["comparisons"][0]["evidence"]["links"]["endpoint"] == "likely-to-phrase"


@pytest.mark.parametrize("sentence", [
    pytest.param("People with gout are three times more likely to be labelled as obese than people without it.",
                 id="present-tense-population-fact"),
    pytest.param("In earlier trials, smokers using such gums were up to four times more likely to quit for good.",
                 id="earlier-trials-bound"),
    pytest.param("Patients on aspirin were twice as likely to say they slept better as those on placebo.",
                 id="a-clause-of-its-own"),
])
def test_a_likelihood_phrase_outside_the_trials_comparison_is_no_effect(run, sentence: str) -> None:
    record = run(article(f"{ASPIRIN_OR_PLACEBO} {sentence}"))
    assert _effects(record) == []


def test_what_is_less_common_is_the_subject(run) -> None:
    record = run(article(f"{ASPIRIN_OR_PLACEBO} Migraines were 30% less common among patients taking aspirin "
                         "than among those on placebo."))
    assert _effects(record) == [("migraines", ["aspirin", "placebo"], "relative_reduction", 30)]


def test_any_unit_before_a_comparative_against_a_group_is_a_difference(run) -> None:
    record = run(article(f"{ASPIRIN_OR_PLACEBO} Response rates were 12 percentage points higher with aspirin than "
                         "with placebo, and patients on aspirin lost an average of 5.6 kilograms more than those in "
                         "the placebo group."))
    assert sorted(_effects(record)) == [("response rate", ["aspirin", "placebo"], "difference", 12),
                                        ("weight loss", ["aspirin", "placebo"], "difference", 5.6)]
    assert _values(record) == []


def test_a_hyphenated_unit_difference_names_what_improved(run) -> None:
    record = run(article(f"{ASPIRIN_OR_PLACEBO} Aspirin produced a 3.2-point greater improvement in depression "
                         "scores than placebo."))
    assert _effects(record) == [("depression scores", ["aspirin", "placebo"], "difference", 3.2)]


def test_a_unit_difference_against_the_start_of_the_trial_is_no_difference_between_groups(run) -> None:
    record = run(article(f"{ASPIRIN_OR_PLACEBO} Pain scores were 2 points lower at 12 weeks than at the start of "
                         "the trial."))
    assert _effects(record) == []


def test_a_reference_named_by_a_negated_group_puts_the_named_group_first(run) -> None:
    record = run(article(f"{ASPIRIN_OR_PLACEBO} Those who took aspirin had a 23% lower risk of stroke, compared "
                         "to people who did not take aspirin."))
    assert _effects(record) == [("stroke", ["aspirin", "placebo"], "relative_reduction", 23)]


def test_a_comparator_inside_the_sentence_before_the_other_groups_change_opens_nothing(run) -> None:
    record = run(article(f"{ASPIRIN_OR_PLACEBO} Patients on aspirin had a 33 percent reduction in headaches, as "
                         "compared to those in the placebo arm, who saw a 14 percent reduction in headaches."))
    assert _effects(record) == []
    assert sorted(_values(record)) == [("headaches", "aspirin", 33), ("headaches", "placebo", 14)]


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Aspirin cut the risk of a heart attack by 30 percent compared with placebo.",
                 ("heart attack", ["aspirin", "placebo"], "relative_reduction", 30.0), id="risk-of-an-article"),
    pytest.param("Aspirin cut the odds of an asthma attack by a quarter compared with placebo.",
                 ("asthma attack", ["aspirin", "placebo"], "relative_reduction", 25.0), id="odds-of-an-article-fraction"),
    pytest.param("Aspirin reduced migraines by a fifth compared with placebo.",
                 ("migraines", ["aspirin", "placebo"], "relative_reduction", 20.0), id="a-fifth"),
    pytest.param("Compared with placebo, aspirin cut the number of migraines in half.",
                 ("migraines", ["aspirin", "placebo"], "relative_reduction", 50.0), id="cut-in-half"),
    pytest.param("Aspirin cut migraines roughly in half compared with placebo.",
                 ("migraines", ["aspirin", "placebo"], "relative_reduction", 50.0), id="roughly-in-half"),
    pytest.param("Aspirin cut migraines approximately in half compared with placebo.",  # approximate_words.txt
                 ("migraines", ["aspirin", "placebo"], "relative_reduction", 50.0), id="approximately-in-half"),
    pytest.param("Aspirin ended up lowering the risk of a stroke by 20 percent compared with placebo.",
                 ("stroke", ["aspirin", "placebo"], "relative_reduction", 20.0), id="gerund-verb-of-change"),
])
def test_a_change_by_a_verb_reads_articles_fractions_and_in_half(run, sentence: str, expected: tuple) -> None:
    """``cut the risk of a heart attack by 30 percent``, ``by a fifth``, ``cut X in half``: the object
    past an article, fifths as thirds and quarters are, ``in half`` as ``by half``."""
    record = run(article(f"{ASPIRIN_OR_PLACEBO} {sentence}"))
    assert _effects(record) == [expected]


@pytest.mark.parametrize("sentence", [
    pytest.param("The doctors cut the dose in half for older patients.", id="a-dose-cut-in-half"),
    pytest.param("Aspirin reduced migraines by more than a quarter compared with placebo.", id="a-bound-not-a-value"),
    pytest.param("The study found that a new inhaler can cut asthma attacks in half.", id="a-claim-naming-no-group"),
])
def test_in_half_not_set_against_a_group_or_a_bound_is_no_effect(run, sentence: str) -> None:
    record = run(article(f"{ASPIRIN_OR_PLACEBO} {sentence}"))
    assert _effects(record) == []


def test_the_risk_of_a_thing_names_no_outcome(run) -> None:
    """``cut the risk of a common bacterium``: a risk of what the bacterium causes; the thing itself is
    no outcome a curator records."""
    record = run(article(f"{ASPIRIN_OR_PLACEBO} Aspirin cut the risk of a common microbe by 45 percent "
                         "compared with placebo."))
    assert all(endpoint != "common microbe" for endpoint, *_ in _effects(record))
