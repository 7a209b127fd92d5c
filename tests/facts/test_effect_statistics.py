"""The statistics written with a between-arm effect (issue 11, class 4): a ratio in the bracket after a
relative change is the same effect (its outcome and groups are the change's, its p-value tests both),
an interval after a change or a difference that holds its estimate is its interval, and a restatement
that adds a p-value is kept in place of the bare one. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from .helpers import ASPIRIN_OR_PLACEBO, article


def _effects(record: dict) -> list[tuple]:
    return [(c["endpoint"], c["arms"], c["measure"], c["estimate"], c["ci_low"], c["ci_high"], c["p_value"])
            for c in record["comparisons"]]


def test_a_ratio_bracketed_after_a_change_takes_its_outcome(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Aspirin was associated with a 35 percent reduction in stroke or "
                   "transient ischemic attack (HR=0.65; 95% CI=0.50-0.84) and a 22 percent reduction in "
                   "ischemic stroke alone (HR=0.78; 95% CI=0.62-0.98) compared to placebo.")
    record = run(text)
    assert _effects(record) == [
        ("stroke or transient ischemic attack", ["aspirin", "placebo"], "relative_reduction", 35, None, None, None),
        ("stroke or transient ischemic attack", ["aspirin", "placebo"], "HR", 0.65, 0.5, 0.84, None),
        ("ischemic stroke", ["aspirin", "placebo"], "relative_reduction", 22, None, None, None),
        ("ischemic stroke", ["aspirin", "placebo"], "HR", 0.78, 0.62, 0.98, None)]
    assert record["comparisons"][1]["evidence"]["links"]["endpoint"] == "effect-before-bracket"


def test_the_p_value_in_the_bracket_tests_the_change_too(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Aspirin lowered the risk of heart attack by 24 percent compared with "
                   "placebo (hazard ratio 0.76; 95% CI 0.64-0.90; P=.003).")
    assert _effects(run(text)) == [
        ("heart attack", ["aspirin", "placebo"], "relative_reduction", 24, None, None, 0.003),
        ("heart attack", ["aspirin", "placebo"], "HR", 0.76, 0.64, 0.9, 0.003)]


def test_a_bracket_after_another_clause_is_not_the_changes(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Aspirin lowered the risk of heart attack by 24 percent compared with "
                   "placebo; bleeding was more common with aspirin (hazard ratio 1.40; 95% CI 1.10-1.78).")
    effects = _effects(run(text))
    assert ("heart attack", ["aspirin", "placebo"], "relative_reduction", 24, None, None, None) in effects
    assert not any(effect[2] == "HR" and effect[0] == "heart attack" for effect in effects)


def test_an_interval_in_percent_after_a_change_is_its_interval(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Aspirin cut the risk of stroke by 26 percent (95 percent confidence "
                   "interval, 12 to 38 percent) compared with placebo.")
    assert _effects(run(text)) == [("stroke", ["aspirin", "placebo"], "relative_reduction", 26, 12, 38, None)]


def test_an_interval_after_a_difference_is_its_interval(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Patients on aspirin lived 4.2 months longer than those on placebo "
                   "(95% CI 1.5 to 6.9).")
    assert _effects(run(text)) == [("survival", ["aspirin", "placebo"], "difference", 4.2, 1.5, 6.9, None)]


def test_an_interval_that_does_not_hold_the_change_is_not_its_interval(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Aspirin cut the risk of stroke by 26% compared with placebo "
                   "(95% CI, 0.62-0.88).")
    assert _effects(run(text)) == [("stroke", ["aspirin", "placebo"], "relative_reduction", 26, None, None, None)]


def test_a_restatement_with_its_p_value_replaces_the_bare_statement(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Aspirin cut the risk of stroke by 26 percent compared with placebo.",
                   "Patients on aspirin had a 26 percent lower risk of stroke than those on placebo (p=0.02).")
    assert _effects(run(text)) == [("stroke", ["aspirin", "placebo"], "relative_reduction", 26, None, None, 0.02)]


def test_two_effects_of_one_size_with_their_own_p_values_stay_two(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Aspirin cut the risk of stroke by 20 percent compared with placebo "
                   "(p=0.03). Aspirin also cut the risk of heart attack by 20 percent compared with placebo (p=0.04).")
    assert _effects(run(text)) == [("stroke", ["aspirin", "placebo"], "relative_reduction", 20, None, None, 0.03),
                                   ("heart attack", ["aspirin", "placebo"], "relative_reduction", 20, None, None, 0.04)]


@pytest.mark.parametrize("sentence, outcome", [
    ("Aspirin cut strokes 22 percent compared with placebo.", "strokes"),
    ("Compared with placebo, aspirin lowered the rate of stroke 22 percent.", "stroke"),
    ("Aspirin reduced the risk of heart attack nearly 22% compared with placebo.", "heart attack"),
], ids=["object", "rate-of", "risk-of-rounded"])
def test_a_change_by_a_verb_without_by_is_between_groups_against_a_group(run, sentence: str, outcome: str) -> None:
    assert _effects(run(article(f"{ASPIRIN_OR_PLACEBO} {sentence}"))) == [
        (outcome, ["aspirin", "placebo"], "relative_reduction", 22, None, None, None)]


@pytest.mark.parametrize("sentence", [
    "Shares of the drug maker fell 30 percent after the announcement.",
    "Aspirin sales rose 20 percent over the decade.",
    "Those receiving lower doses of aspirin experienced 15 percent more nausea.",
    "Aspirin reduced pain 30% to 50% compared with placebo.",
], ids=["no-group", "no-comparator", "adjective-lower", "range"])
def test_a_change_without_by_set_against_nothing_is_no_comparison(run, sentence: str) -> None:
    effects = _effects(run(article(f"{ASPIRIN_OR_PLACEBO} {sentence}")))
    assert not any(effect[2] == "relative_reduction" or effect[3] in (30, 20) for effect in effects)


def test_a_change_without_by_in_one_group_stays_that_groups_result(run) -> None:
    record = run(article(f"{ASPIRIN_OR_PLACEBO} Blood pressure fell 10% in the aspirin group."))
    assert record["comparisons"] == []
    assert [(r["endpoint"], r["arm"], r["value"]) for r in record["results"]] == [("blood pressure", "aspirin", 10)]


@pytest.mark.parametrize("written, p_value, relation", [
    (" (P = <0.001)", 0.001, "<"),
    (" (p-value less than 0.001)", 0.001, "<"),
    (", with a p value under 0.05", 0.05, "<"),
    (" (p-value: 0.003)", 0.003, "="),
    (" (P-value 0.02)", 0.02, "="),
], ids=["equals-less", "words-without-verb", "under", "colon", "no-sign"])
def test_a_p_value_in_prose_is_read_with_its_relation(run, written: str, p_value: float, relation: str) -> None:
    record = run(article(f"{ASPIRIN_OR_PLACEBO} Stroke was less common with aspirin than with placebo{written}."))
    assert [(c["endpoint"], c["p_value"], c["p_relation"]) for c in record["comparisons"]] == [
        ("stroke", p_value, relation)]


def test_a_change_without_by_of_the_risk_alone_takes_no_outcome_named_nearby(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Stroke was the main outcome. In older patients, aspirin increased "
                   "the risk 40 percent compared with placebo.")
    assert not any(c["estimate"] == 40 for c in run(text)["comparisons"])


def test_a_ratio_placed_by_the_nearest_outcome_takes_the_composite_it_is_written_in(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Aspirin lowered the rate of death, heart attack or stroke compared "
                   "with placebo (HR 0.80; 95% CI 0.70-0.91).")
    record = run(text)
    assert _effects(record) == [("death, heart attack or stroke", ["aspirin", "placebo"], "HR", 0.8, 0.7, 0.91, None)]
    # known outcomes joined by "or" are one lexicon mention now (phrases.composite_extent): the nearest
    # endpoint is the composite itself, so no step widens it
    assert record["comparisons"][0]["evidence"]["links"]["endpoint"] == "nearest-endpoint"


def test_a_ratio_of_one_outcome_keeps_it(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Rates of major bleeding were similar for aspirin versus placebo "
                   "(HR=0.72; 95% CI=0.49-1.06).")
    assert _effects(run(text)) == [("major bleeding", ["aspirin", "placebo"], "HR", 0.72, 0.49, 1.06, None)]
