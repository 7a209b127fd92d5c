"""A p-value written alone (no ratio or change of its own) tests the values or the comparison it follows:
it takes their outcome and groups, and it is left out when what it tests cannot be told."""

from __future__ import annotations

import pytest

from .helpers import ASPIRIN_OR_PLACEBO, article

TRIAL = "Patients were randomized to ginger or placebo."


def _lone_p(record: dict) -> list[tuple]:
    return [(c["endpoint"], c["arms"], c["p_relation"], c["p_value"], c["evidence"]["links"].get("endpoint"))
            for c in record["comparisons"] if c["measure"] is None and c["estimate"] is None]


@pytest.mark.parametrize(("paragraph", "expected"), [
    pytest.param("Nausea occurred in 12% of the ginger group versus 31% of the placebo group (P = .03).",
                 [("nausea", ["ginger", "placebo"], "=", 0.03, "values-before")], id="after-between-arm-pair"),
    pytest.param("Nausea was less common in the ginger group than in the placebo group (P = .03).",
                 [("nausea", ["ginger", "placebo"], "=", 0.03, "named-comparison-before")],
                 id="after-comparison-with-than"),
    pytest.param("There was no difference in nausea between the two groups (p=0.41).",
                 [("nausea", ["ginger", "placebo"], "=", 0.41, "named-comparison-before")],
                 id="after-between-the-groups"),
    pytest.param("Nausea was less frequent with ginger (P < .01).",
                 [("nausea", ["ginger", "placebo"], "<", 0.01, "named-comparison-before")],
                 id="after-comparative-and-one-group"),
])
def test_a_lone_p_value_takes_what_it_follows(run, paragraph: str, expected: list[tuple]) -> None:
    assert _lone_p(run(article(f"{TRIAL} {paragraph}"))) == expected


@pytest.mark.parametrize("paragraph", [
    pytest.param("Nausea scores improved significantly in the ginger group (P = .02).", id="within-group-change"),
    pytest.param("Nausea improved in both groups after treatment (p < 0.05).", id="both-groups-improved"),
    pytest.param("Nausea scores did not differ between the groups at baseline (P = .40).", id="baseline-comparison"),
    pytest.param("Nausea was linked to anxiety (p=0.01).", id="no-groups-no-comparison"),
    pytest.param("The ginger group reported less fatigue (P = .04), and nausea fell (P = .02).",
                 id="second-p-after-a-group-change"),
])
def test_a_lone_p_value_whose_test_cannot_be_told_is_left_out(run, paragraph: str) -> None:
    record = run(article(f"{TRIAL} {paragraph}"))
    assert [c for c in _lone_p(record) if c[0] == "nausea"] == []


def test_a_pointing_back_sentence_gives_its_p_value_to_the_effect_before(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Aspirin cut the risk of stroke by 28% compared with placebo. "
                   "The difference was statistically significant (p = 0.01).")
    comparisons = run(text)["comparisons"]
    assert [(c["endpoint"], c["estimate"], c["p_value"], c["evidence"]["links"].get("p_value"))
            for c in comparisons] == [("stroke", 28.0, 0.01, "difference-just-stated")]


def test_a_pointing_back_sentence_tests_the_pair_before(run) -> None:
    text = article(f"{TRIAL} Nausea occurred in 12% of the ginger group and 31% of the placebo group. "
                   "The difference was significant (p < 0.01).")
    assert _lone_p(run(text)) == [("nausea", ["ginger", "placebo"], "<", 0.01, "difference-just-stated")]


def test_an_outcome_listed_after_a_between_arm_test_is_tested_between_the_same_arms(run) -> None:
    text = article(f"{TRIAL} There was no difference between the two groups in nausea (P = .52) "
                   "or vomiting (P = .71).")
    assert _lone_p(run(text)) == [("nausea", ["ginger", "placebo"], "=", 0.52, "named-comparison-before"),
                                  ("vomiting", ["ginger", "placebo"], "=", 0.71, "named-comparison-before")]


def test_a_pointing_back_sentence_after_three_groups_values_is_left_out(run) -> None:
    text = article("Patients were randomized to ginger, ginseng or placebo. Vomiting occurred in 9% of the ginger group, "
                   "and nausea in 20% of the ginseng group and 31% of the placebo group. "
                   "The difference was significant only for ginger (p < 0.01).")
    assert [c for c in _lone_p(run(text)) if c[3] == 0.01] == []


def test_an_outcome_inside_a_closed_bracket_does_not_name_what_the_p_value_tests(run) -> None:
    text = article(f"{TRIAL} The response rate (counting each complete response) was higher in the ginger group "
                   "than in the placebo group (P = .01).")
    assert [c[0] for c in _lone_p(run(text))] == ["response rate"]
