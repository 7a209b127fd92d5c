"""Between-arm changes that news lists after one verb (``reduced X by 61%, Y by 30%``) or states
by a fraction in words (``cut the risk by a third``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import article

SORAFENIB_OR_PLACEBO = "Patients were randomized to sorafenib or placebo."


def _comparisons(run, sentence: str) -> list[tuple]:
    record = run(article(f"{SORAFENIB_OR_PLACEBO} {sentence}"))
    return [(c["endpoint"], c["measure"], c["estimate"], tuple(c["arms"]), c["evidence"]["links"].get("endpoint"))
            for c in record["comparisons"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Sorafenib reduced hip fractures by 61%, wrist fractures by 30%, and spine fractures by 52% "
                 "compared with placebo.",
                 [("hip fractures", "relative_reduction", 61, ("sorafenib", "placebo"), "object-of-change"),
                  ("wrist fractures", "relative_reduction", 30, ("sorafenib", "placebo"), "gapped-change"),
                  ("spine fractures", "relative_reduction", 52, ("sorafenib", "placebo"), "gapped-change")],
                 id="comma-list"),
    pytest.param("Sorafenib reduced the number of flares by 40 percent and the time in hospital by 25 percent "
                 "compared with placebo.",
                 [("flares", "relative_reduction", 40, ("sorafenib", "placebo"), "object-of-change"),
                  ("time in hospital", "relative_reduction", 25, ("sorafenib", "placebo"), "gapped-change")],
                 id="and-list"),
    pytest.param("Sorafenib lowered the risk of stroke by 27 percent and their risk of fatal stroke by 44 percent, "
                 "compared with placebo.",
                 [("stroke", "relative_reduction", 27, ("sorafenib", "placebo"), "object-of-change"),
                  ("fatal stroke", "relative_reduction", 44, ("sorafenib", "placebo"), "gapped-change")],
                 id="risk-of-in-the-list"),
    pytest.param("Sorafenib reduced knee pain by 18% and hand pain by 18% compared with placebo.",
                 [("knee pain", "relative_reduction", 18, ("sorafenib", "placebo"), "object-of-change"),
                  ("hand pain", "relative_reduction", 18, ("sorafenib", "placebo"), "gapped-change")],
                 id="same-number-twice"),
])
def test_changes_listed_after_one_verb_are_comparisons(run, sentence: str, expected: list[tuple]) -> None:
    """Each listed change is a comparison of its own outcome, like the first, and no result."""
    assert _comparisons(run, sentence) == expected
    assert run(article(f"{SORAFENIB_OR_PLACEBO} {sentence}"))["results"] == []


def test_a_listed_item_with_its_own_verb_is_no_gapped_change(run) -> None:
    found = _comparisons(run, "Compared with placebo, sorafenib reduced the risk of flares by 40 percent and the "
                              "severity of flares decreased by 25 percent.")
    assert all(link != "gapped-change" for *_, link in found)


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Compared with placebo, sorafenib cut the risk of relapse by a third.",
                 [("relapse", "relative_reduction", 33.3, ("sorafenib", "placebo"), "object-of-change")],
                 id="a-third"),  # the group named after "compared with" is the reference, second
    pytest.param("Those given sorafenib saw their risk of death or stroke fall by half, against placebo.",
                 [("death or stroke", "relative_reduction", 50, ("sorafenib", "placebo"), "object-of-perception")],
                 id="saw-it-fall-by-half"),
    pytest.param("Sorafenib reduced hospital admissions by two-thirds compared with placebo.",
                 [("hospital admissions", "relative_reduction", 66.7, ("sorafenib", "placebo"), "object-of-change")],
                 id="two-thirds"),
])
def test_a_change_by_a_fraction_in_words(run, sentence: str, expected: list[tuple]) -> None:
    assert _comparisons(run, sentence) == expected


@pytest.mark.parametrize("sentence", [
    pytest.param("In half of the patients on sorafenib, pain was reduced at least by half.", id="at-least: a threshold"),
    pytest.param("Sorafenib reduced flares by half or more in 35 of 60 patients.", id="or-more: a threshold"),
    pytest.param("The new pill could cut symptoms by three quarters.", id="no-outcome-named"),
    pytest.param("The results were checked by a third party.", id="a-third-party"),
    pytest.param("Taking sorafenib for five years reduces deaths from the disease by about one-third.",
                 id="present-tense: a general claim"),
    pytest.param("Sorafenib can reduce the risk of relapse by a third, compared with placebo.",
                 id="can-reduce: a claim, not a finding"),
    pytest.param("Sorafenib would lower the risk of relapse by half, compared with placebo.", id="would-lower"),
    pytest.param("Sorafenib cut the risk of relapse by more than half, compared with placebo.",
                 id="more-than-half: a bound, not a value"),
])
def test_fractions_that_state_no_between_arm_change(run, sentence: str) -> None:
    assert [c for c in _comparisons(run, sentence) if c[1] == "relative_reduction"] == []


@pytest.mark.parametrize("lede", [
    pytest.param("Sorafenib can reduce the progression to kidney failure by two-thirds.", id="two-thirds-for-66"),
    pytest.param("Sorafenib cut progression to kidney failure by almost two-thirds.", id="almost-two-thirds-for-66"),
])
def test_a_fraction_restating_a_percentage_is_left_out(run, lede: str) -> None:
    """``by two-thirds`` rounds the ``66% reduction`` stated beside it: one effect, the exact one kept."""
    found = _comparisons(run, f"{lede} Kidney failure occurred in 14% of those on sorafenib, compared with 40% on "
                              "placebo, a 61% reduction in risk.")
    assert [(c[1], c[2]) for c in found] == [("relative_reduction", 61)]


def test_a_fraction_beside_a_percentage_of_another_outcome_is_kept(run) -> None:
    found = _comparisons(run, "Sorafenib cut the risk of relapse by a third, compared with placebo. Sorafenib cut "
                              "hospital stays by 30 percent, compared with placebo.")
    assert sorted((c[0], c[2]) for c in found) == [("hospital stays", 30.0), ("relapse", 33.3)]



AMOXICILLIN_COURSES = ("The children were randomly chosen to get either a standard 12-day course of amoxicillin "
                       "or a shortened six-day course of amoxicillin followed by six days of placebo.")


def test_a_value_of_a_group_no_arm_names_takes_no_other_group(run) -> None:
    """``12 percent in the 12-day group`` names its own group: when no arm is that group, the value is
    left out rather than given the group named before it (``in the six-day group``)."""
    record = run(article(f"{AMOXICILLIN_COURSES} The risk of relapse was 31 percent in the six-day group and 12 "
                         "percent in the 12-day group."))
    assert [(r["arm"], r["value"]) for r in record["results"] if r["value"] == 12] == []


@pytest.mark.parametrize("sentence", [
    pytest.param("Sorafenib improved overall survival, from 6.2 months on placebo to 9.4 months with sorafenib.",
                 id="from-on-placebo-to-with-x"),
    pytest.param("Overall survival rose from 6.2 months with placebo to 9.4 months with sorafenib.", id="rose-from"),
])
def test_a_change_from_one_group_to_the_other(run, sentence: str) -> None:
    """``from X months on placebo to Y months with Z``: a value of each group, neither a time point."""
    results = run(article(f"{SORAFENIB_OR_PLACEBO} {sentence}"))["results"]
    assert sorted((r["arm"], r["value"], r["unit"], r["timepoint"]) for r in results) == [
        ("placebo", 6.2, "months", None), ("sorafenib", 9.4, "months", None)]


def test_from_a_time_without_a_group_is_still_a_time(run) -> None:
    results = run(article(f"{SORAFENIB_OR_PLACEBO} From 6 months to 12 months, 14% of those on sorafenib had "
                          "a relapse."))["results"]
    assert [r["value"] for r in results if r["unit"] == "months"] == []


def test_a_partners_own_change_is_its_result(run) -> None:
    """``compared to a 14 percent improvement when taking placebo``: placebo's own change, no comparison."""
    record = run(article(f"{SORAFENIB_OR_PLACEBO} Pain fell 38 percent among patients taking sorafenib, compared to "
                         "a 14 percent improvement when taking placebo."))
    assert sorted((r["arm"], r["value"]) for r in record["results"]) == [("placebo", 14), ("sorafenib", 38)]
    assert [c["estimate"] for c in record["comparisons"]] == []


@pytest.mark.parametrize("sentence", [
    pytest.param("There was a 3.0% and 7.5% absolute improvement in disease-free survival at 2 and 3 years, "
                 "respectively, for sorafenib vs placebo.", id="a-list"),
    pytest.param("Sorafenib gave a 6% absolute gain in response over placebo.", id="one"),
])
def test_an_absolute_difference_is_no_groups_rate(run, sentence: str) -> None:
    assert run(article(f"{SORAFENIB_OR_PLACEBO} {sentence}"))["results"] == []



def test_two_durations_side_by_side_are_each_groups(run) -> None:
    """``1,420 days compared to 870 days`` in a sentence that names a group: a value of each, no time point."""
    results = run(article(f"{SORAFENIB_OR_PLACEBO} The sorafenib group went longer before a first relapse, 1,420 "
                          "days compared to 870 days."))["results"]
    assert sorted((r["arm"], r["value"], r["unit"], r["timepoint"]) for r in results) == [
        ("placebo", 870, "days", None), ("sorafenib", 1420, "days", None)]


def test_a_count_fewer_daily_is_a_difference(run) -> None:
    found = _comparisons(run, "Participants taking sorafenib smoked 3.1 fewer cigarettes daily than those on placebo.")
    assert [(c[1], c[2], c[3]) for c in found] == [("difference", -3.1, ("sorafenib", "placebo"))]



def test_a_pair_of_durations_needs_a_named_outcome(run) -> None:
    """Two durations side by side with no statistic or group beside them are kept only for an outcome
    the article names as an endpoint, not for the word before a bracket (``the recovery ward``)."""
    results = run(article(f"{SORAFENIB_OR_PLACEBO} The sorafenib group waited longer in the recovery ward "
                          "(four hours, ten minutes against three hours, five minutes)."))["results"]
    assert [r for r in results if r["unit"] == "minutes"] == []
