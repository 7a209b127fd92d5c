"""Doses of one drug listed right beside it in a sentence that assigns (task arms31): each dose a
group, labelled with the drug and the dose, as trials name such arms (``X 20 mg``, ``X 40 mg``).

- amounts listed right after the drug, in a bracket or not (``X 20 mg or 40 mg``, ``X (120 mg or
  240 mg)``, ``X (25, 50, or 100 mg)``, ``X at a dose of 5 mg or 10 mg``), or right before it
  (``0.5 mg/kg or 1 mg/kg of X``, ``2 or 4 milligrams of X``), where the story names a dose again
  (``with 240 mg``): listed once and never again, the doses are one arm (ANNOTATION.md);
- one amount with two schedules (``X 250 mg every four weeks or 250 mg every eight weeks``) splits
  by schedule;
- a dose each patient's doctor set (``flexibly dosed X (56 mg or 84 mg)``) splits nothing;
- a bare dose given to the next group (``One group took 5 mg of X, a second took 10 mg``);
- the count of people before such a list (``120 patients were assigned to X 40 mg or placebo``) is
  every group's, not the first one's; an amount of the list is no count of people;
- the backbone given alone after a combination joined by words (``X in combination with Y or Y
  alone``, ``X added to Y or Y alone``) is an arm, as after ``X plus Y``;
- what one combination adds to a backbone two combinations share (``letrozole plus palbociclib`` and
  ``letrozole plus placebo``) names that combination's group (``the palbociclib group``).

Small hand-written articles run through the whole pipeline; every sentence is written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest

from facts.helpers import article, labels


def sizes(record: dict[str, Any]) -> set[tuple[int, str | None]]:
    return {(row["n"], row["arm"]) for row in record["sample_sizes"]}


@pytest.mark.parametrize(("sentence", "report", "expected"), [
    ("In the randomized trial, 120 adults with gout were assigned to febuxostat 20 mg or 40 mg or placebo once "
     "daily for three months.", "Flares fell by 38 percent with 40 mg.",
     {"febuxostat 20 mg", "febuxostat 40 mg", "placebo"}),
    ("Patients were randomly assigned to galcanezumab (120 mg or 240 mg) or placebo given monthly for six "
     "months.", "Migraine days fell by 4.7 days with 120 mg and by 4.6 days with 240 mg.",
     {"galcanezumab 120 mg", "galcanezumab 240 mg", "placebo"}),
    ("Adults with chronic migraine were randomized to receive fremanezumab (25, 50, or 100 mg) or placebo once "
     "weekly for eight weeks.", "Headache days fell most in the 100-mg group.",
     {"fremanezumab 25 mg", "fremanezumab 50 mg", "fremanezumab 100 mg", "placebo"}),
    ("The trial randomly assigned 410 patients to take lemborexant at a dose of 5 mg or 10 mg, or a placebo, at "
     "bedtime.", "Sleep came 20 minutes sooner with 10 mg.", {"lemborexant 5 mg", "lemborexant 10 mg", "placebo"}),
    ("In the study, 240 children were randomly assigned to receive 0.5 mg/kg or 1 mg/kg of dexamethasone or "
     "placebo.", "Hospital stays were shortest with 1 mg/kg.",
     {"dexamethasone 0.5 mg/kg", "dexamethasone 1 mg/kg", "placebo"}),
    ("The 200 patients were randomly assigned to get 2 or 4 milligrams of baricitinib daily or a placebo.",
     "Half of those on 4 milligrams improved.", {"baricitinib 2 mg", "baricitinib 4 mg", "placebo"}),
])
def test_doses_listed_beside_the_drug_and_reported_apart_are_arms(run, sentence: str, report: str,
                                                                  expected: set[str]) -> None:
    assert labels(run(article(sentence, report))) == expected


def test_doses_listed_beside_the_drug_and_never_again_stay_one_arm(run) -> None:
    record = run(article("Researchers randomized 90 women to receive a daily dose of 5 mg or 10 mg of ospemifene or a "
                         "dummy pill."))
    assert labels(record) == {"ospemifene", "placebo"}


def test_one_amount_at_two_schedules_splits_by_schedule(run) -> None:
    record = run(article("Patients were randomized to mirikizumab 250 mg every four weeks or 250 mg every eight "
                         "weeks or placebo.", "Remission came to 24 percent of those dosed every four weeks."))
    assert labels(record) >= {"mirikizumab every 4 weeks", "mirikizumab every 8 weeks", "placebo"}


def test_a_flexible_dose_is_one_arm(run) -> None:
    record = run(article("Patients were randomly assigned to flexibly dosed esketamine nasal spray (56 mg or 84 mg) "
                         "or placebo spray."))
    assert labels(record) == {"esketamine", "placebo"}


def test_a_bare_dose_given_to_the_next_group(run) -> None:
    record = run(article("The researchers randomly assigned 120 patients to one of three groups. One group took 5 mg "
                         "of tirzepatide weekly, a second took 10 mg and a third took a placebo."))
    assert labels(record) == {"tirzepatide 5 mg", "tirzepatide 10 mg", "placebo"}


@pytest.mark.parametrize("sentence", [
    "In the randomized trial, 120 adults with gout were assigned to febuxostat 40 mg or placebo once daily for "
    "three months.",
    "In the randomized trial, 120 adults with gout were assigned to febuxostat 20 mg, febuxostat 40 mg or placebo "
    "once daily for three months.",
    "In the randomized trial, 120 adults with gout received 20 mg febuxostat or 40 mg febuxostat or a placebo "
    "each day.",
    "In the randomized trial, 120 adults with gout were assigned to febuxostat 20 mg or 40 mg or placebo once daily "
    "for three months.",
])
def test_the_count_before_a_dosed_group_and_another_is_every_groups(run, sentence: str) -> None:
    assert sizes(run(article(sentence))) == {(120, None)}


def test_an_amount_of_a_dose_list_is_no_count_of_people(run) -> None:
    record = run(article("Adults with chronic migraine were randomized to receive fremanezumab (25, 50, or 100 mg) "
                         "or placebo once weekly for eight weeks."))
    assert not {n for n, _ in sizes(record)} & {25, 50}


def test_a_bare_amount_of_another_substance_is_no_dose_of_the_drug(run) -> None:
    record = run(article("In the randomized trial, one group was given 75 milligrams of oseltamivir twice a day; a "
                         "second group received 200 milliliters of a herbal broth four times a day; and a third "
                         "group received no treatment."))
    assert not any(label.startswith("oseltamivir 200") for label in labels(record))


@pytest.mark.parametrize("joined", ["plus", "in combination with", "combined with"])
def test_the_backbone_alone_after_a_combination_is_an_arm(run, joined: str) -> None:
    record = run(article(f"Patients were randomly assigned to receive pembrolizumab {joined} chemotherapy or "
                         "chemotherapy alone. Survival at one year was 69 percent with the combination and 49 percent "
                         "with chemotherapy alone."))
    assert "chemotherapy alone" in labels(record)
    assert {(row["arm"], row["value"]) for row in record["results"]} >= {("chemotherapy alone", 49.0)}


def test_the_backbone_alone_after_added_to(run) -> None:
    record = run(article("Patients were randomized to nivolumab added to ipilimumab or ipilimumab alone."))
    assert "ipilimumab alone" in labels(record)


def test_what_a_combination_adds_names_its_group(run) -> None:
    record = run(article("Researchers randomly assigned 400 women to letrozole plus palbociclib or letrozole plus "
                         "placebo. The cancer progressed in 30 percent of the palbociclib group and 45 percent of the "
                         "placebo group."))
    assert labels(record) == {"letrozole plus palbociclib", "letrozole plus placebo"}
    assert {(row["arm"], row["value"]) for row in record["results"]} == {
        ("letrozole plus palbociclib", 30.0), ("letrozole plus placebo", 45.0)}


def test_an_added_treatment_also_given_alone_keeps_its_own_arm(run) -> None:
    record = run(article("Researchers randomly assigned 400 women to letrozole plus palbociclib, letrozole plus "
                         "placebo, or palbociclib alone."))
    assert labels(record) == {"letrozole plus palbociclib", "letrozole plus placebo", "palbociclib alone"}
