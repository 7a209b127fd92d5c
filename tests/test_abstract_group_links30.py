"""Per-arm percentages in trial abstracts (session 30): a combination arm named with its treatments
in the other order, a list of values each with its own interval that shares the group named after
it, and a value that names a group of its own which the record does not know.

Every sentence below is written for these tests (none is copied from a data set); each row says
the value and the group a curator reads from it (None: no group can be told, the value is left out).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def abstract(methods: str, results: str) -> str:
    return (f"A randomised trial in early breast cancer\n\nBACKGROUND: Few options exist for this condition. "
            f"METHODS: {methods} RESULTS: {results} CONCLUSIONS: Further trials are warranted.\n")


def arms_of(run: Callable[[str], dict[str, Any]], text: str) -> dict[float, str | None]:
    """The % results of ``text``: value -> arm (lower-cased)."""
    return {r["value"]: (r["arm"] or "").lower() or None for r in run(text)["results"] if r["unit"] == "%"}


@pytest.mark.parametrize(("methods", "results", "expected"), [
    pytest.param("Women were randomly assigned to ovarian suppression plus letrozole (n = 210) or letrozole alone "
                 "(n = 205).",
                 "Grade 3 hot flushes were reported in 4.1% of the letrozole group and 11.8% of the group given "
                 "letrozole plus suppression (P = 0.01).",
                 {4.1: "letrozole alone", 11.8: "ovarian suppression plus letrozole"}, id="treatments-swapped"),
    pytest.param("Women were randomly assigned to radiotherapy plus capecitabine (n = 150) or capecitabine alone "
                 "(n = 148).",
                 "Local recurrence at three years was 9.0% in the capecitabine alone group and 3.5% in the group "
                 "given capecitabine plus radiotherapy (P = 0.02).",
                 {3.5: "radiotherapy plus capecitabine", 9.0: "capecitabine alone"}, id="one-arm-not-two"),
])
def test_a_combination_named_in_the_other_order(run, methods: str, results: str, expected: dict) -> None:
    found = arms_of(run, abstract(methods, results))
    for value, arm in expected.items():
        assert found.get(value) == arm


def test_the_two_groups_of_a_combination_and_its_part_stay_two(run) -> None:
    """``the letrozole and suppression groups`` names two groups, not the combination."""
    found = arms_of(run, abstract(
        "Women were randomly assigned to ovarian suppression plus letrozole (n = 210) or letrozole alone (n = 205).",
        "Arthralgia was reported in 21% of the letrozole group and 24% of the combination group."))
    assert found.get(21.0) == "letrozole alone"


@pytest.mark.parametrize(("results", "expected"), [
    pytest.param("Pain scores fell at weeks 6 and 12 by 18% (95% CI 10 to 26) and 14% (6 to 22) in the placebo "
                 "group; 37% (28 to 46) and 35% (25 to 45) in the acupuncture group.",
                 {18.0: "placebo", 14.0: "placebo", 37.0: "acupuncture", 35.0: "acupuncture"},
                 id="each-value-with-its-interval"),
    pytest.param("Pain scores fell at weeks 6 and 12 by 37% [28 to 46] and 35% [25 to 45] among women in the "
                 "acupuncture arm.",
                 {37.0: "acupuncture", 35.0: "acupuncture"}, id="square-brackets"),
])
def test_a_list_with_intervals_shares_the_group_named_after_it(run, results: str, expected: dict) -> None:
    found = arms_of(run, abstract("Women were randomly assigned to acupuncture (n = 80) or placebo (n = 78).", results))
    for value, arm in expected.items():
        assert found.get(value) == arm


def test_a_value_followed_by_a_group_unknown_to_the_record_shares_no_later_group(run) -> None:
    """``52% (...) with PP and 61% (...) with X``: the first value names its own group (PP, an
    abbreviation the record does not hold), so it never takes X's."""
    found = arms_of(run, abstract(
        "Women were randomly assigned to pertuzumab plus paclitaxel (PP; n = 88) or eribulin (n = 90).",
        "The objective response rate was 52.3% (95% CI, 41.4% to 63.0%) with PP and 61.1% (95% CI, 50.2% to "
        "71.2%) with eribulin."))
    assert found.get(61.1) == "eribulin"
    assert found.get(52.3) != "eribulin"


def test_an_outcome_with_its_short_form_opens_the_sentence(run) -> None:
    """``Tumour shrinkage (TS) was seen in 48% and 31% of the X and Y patients, respectively``:
    the outcome named before its short form in brackets is the subject of the sentence."""
    found = run(abstract(
        "Women were randomly assigned to exemestane (n = 140) or megestrol (n = 138).",
        "After a median of 9 months, tumour shrinkage (TS) was seen in 48% and 31% of exemestane and "
        "megestrol patients, respectively (P = 0.01)."))
    got = {r["value"]: ((r["arm"] or "").lower(), (r["endpoint"] or "").lower()) for r in found["results"] if r["unit"] == "%"}
    assert got.get(48.0) == ("exemestane", "tumour shrinkage")
    assert got.get(31.0) == ("megestrol", "tumour shrinkage")


@pytest.mark.parametrize("sign", ["> or =", "\u2265", ">"])
def test_a_threshold_is_no_value_of_a_respectively_list(run, sign: str) -> None:
    """``the share of women given >= 90% of the planned dose was 94% and 81% in the X and Y arms,
    respectively``: the threshold defines the outcome; the list is the two values after it."""
    found = arms_of(run, abstract(
        "Women were randomly assigned to paclitaxel (n = 120) or docetaxel (n = 118).",
        f"The share of women given {sign}90% of the planned dose was 94% and 81% in the paclitaxel and "
        "docetaxel arms, respectively."))
    assert found.get(94.0) == "paclitaxel"
    assert found.get(81.0) == "docetaxel"
    assert 90.0 not in found

def test_the_treatment_of_an_alone_arm_written_in_a_combination_names_the_combination(run) -> None:
    """``4.0% with letrozole plus ovarian ablation and 9.2% with letrozole alone``: letrozole first in
    a combination is no mention of the letrozole-alone group; the one combination arm holding it is."""
    found = arms_of(run, abstract(
        "Women were randomly assigned to ovarian suppression plus letrozole (n = 210) or letrozole alone (n = 205).",
        "Arthralgia was reported in 21% of the letrozole group. Among younger women, recurrence at five years was "
        "4.0% with letrozole plus ovarian ablation and 9.2% with letrozole alone (P = 0.03)."))
    assert found.get(4.0) == "ovarian suppression plus letrozole"
    assert found.get(9.2) == "letrozole alone"
    assert found.get(21.0) == "letrozole alone"


@pytest.mark.parametrize(("results", "expected"), [
    pytest.param("Recurrence at three years was 6.1% in the surgery group and 2.4% in the ablation group "
                 "(P = 0.01), with corresponding overall survival rates of 88% and 93% (P = 0.04).",
                 {6.1: "surgery", 2.4: "ablation", 88.0: "surgery", 93.0: "ablation"}, id="same-sentence"),
    pytest.param("Complete healing was seen in 64% and 41% of the ablation and surgery groups, respectively. The "
                 "corresponding rates of complete healing at one year were 71% and 52%.",
                 {71.0: "ablation", 52.0: "surgery"}, id="after-a-respectively-sentence"),
])
def test_values_after_corresponding_take_the_groups_in_the_order_named(run, results: str, expected: dict) -> None:
    found = arms_of(run, abstract("Patients were randomly assigned to ablation (n = 90) or surgery (n = 92).", results))
    for value, arm in expected.items():
        assert found.get(value) == arm


def test_corresponding_values_of_a_group_named_after_them_are_not_read_in_order(run) -> None:
    """``the corresponding rates in the surgery group were 71% and 52%``: two values of one group
    (its own times), not one per group."""
    found = arms_of(run, abstract(
        "Patients were randomly assigned to ablation (n = 90) or surgery (n = 92).",
        "Complete healing at six and 12 months was seen in 64% and 73% of the ablation group, respectively; the "
        "corresponding rates in the surgery group were 41% and 52%."))
    assert found.get(41.0) in ("surgery", None)
    assert found.get(52.0) in ("surgery", None)
