"""A number a noun of difference names (``(difference, 2.3 points; P=.02)``, ``the mean difference in
pain score was -2.1``) is the amount by which the groups differ, not one group's result; a number
after the noun that a group or a partner value follows is still that group's (``facts/results.py:
_named_difference``)."""

import pytest

from trialnews.engines.local import left_out_values
from trialnews.normalize import parse_number

HEAD = ("Pill eases sore knees\n\nIn a randomized trial, 240 adults with sore knees were assigned to "
        "take fenravel or a placebo pill for 12 weeks. ")


@pytest.mark.parametrize("sentence, number", [
    ("Stiffness eased more with fenravel than with placebo (difference, 2.3 points; P=.02).", 2.3),
    ("Fenravel users had less stiffness (absolute difference, 11%; P=.03).", 11.0),
    ("The mean difference in stiffness score was -1.7 (95% CI -2.6 to -0.8) in favour of fenravel.", -1.7),
    ("The difference in proportion of responders: 18.5%, P=0.004.", 18.5),
], ids=["bracket-comma", "absolute-comma", "mean-difference-was", "difference-colon"])
def test_a_number_a_difference_names_is_no_result(run, nlp, sentence, number):
    record = run(HEAD + sentence)
    assert all(abs(result["value"]) != abs(number) for result in record["results"])
    # read and left out (as ``show --left-out`` lists it), not missed: the check above has a number to miss
    left_out = left_out_values(nlp(HEAD + sentence))
    assert any(parse_number(item["text"].split()[0].rstrip("%")) == number for item in left_out), left_out


def test_a_group_value_after_a_difference_noun_stays_a_result(run):
    record = run(HEAD + "Most of the gap came from the difference in fractures of 11.2 percent in the placebo "
                        "group, compared with 2.9 percent in the fenravel group.")
    values = {(result["arm"], result["value"]) for result in record["results"]}
    assert ("placebo", 11.2) in values and ("fenravel", 2.9) in values


def test_group_values_beside_a_bracketed_difference_stay_results(run):
    record = run(HEAD + "Falls occurred in 14% of the fenravel group and 4% of the placebo group "
                        "(absolute difference, 10%; P=.02).")
    values = {(result["arm"], result["value"]) for result in record["results"]}
    assert values >= {("fenravel", 14.0), ("placebo", 4.0)}
    assert all(result["value"] != 10.0 for result in record["results"])


def test_a_group_value_with_its_count_after_a_difference_noun_stays_a_result(run):
    record = run(HEAD + "There was no significant difference: 0.8% (n = 2) in the placebo group and "
                        "0.9% (n = 2) in the fenravel group.")
    values = {(result["arm"], result["value"]) for result in record["results"]}
    assert ("placebo", 0.8) in values


def test_a_difference_in_favour_of_a_group_is_no_result_of_it(run):
    text = ("Drug eases knee pain in trial\n\nIn a randomized trial, 240 adults with knee arthritis were assigned to "
            "take zelmarin or a placebo pill for 12 weeks. The mean difference in pain score was -2.1 "
            "(95% CI -3.0 to -1.2) in favour of zelmarin.")
    record = run(text)
    assert all(result["value"] != -2.1 for result in record["results"])


@pytest.mark.parametrize("sentence, endpoint, estimate, p_value, interval", [
    ("Pain scores fell more with fenravel than with placebo (difference, 2.3 points; P=.02).",
     "pain scores", 2.3, 0.02, (None, None)),
    ("Falls occurred in 14% of the fenravel group and 4% of the placebo group (absolute difference, 10%; P=.02).",
     "falls", 10.0, 0.02, (None, None)),
    ("Pain scores were lower with fenravel than with placebo (mean difference -1.7, 95% CI -2.6 to -0.8; P<0.001).",
     "pain scores", -1.7, 0.001, (-2.6, -0.8)),
], ids=["difference-comma", "absolute-difference", "mean-difference-interval"])
def test_a_bracket_headed_by_a_difference_gives_its_p_value_an_estimate(run, sentence, endpoint, estimate, p_value,
                                                                          interval):
    record = run(HEAD + sentence)
    found = [c for c in record["comparisons"] if c["p_value"] == p_value]
    assert len(found) == 1
    item = found[0]
    assert item["endpoint"].lower() == endpoint
    assert (item["measure"], item["estimate"]) == ("difference", estimate)
    assert (item["ci_low"], item["ci_high"]) == interval
    assert item["arms"] == ["fenravel", "placebo"]
    assert item["evidence"]["links"]["estimate"] == "difference-bracketed"  # which reader set the estimate


def test_a_bracket_not_headed_by_a_difference_gives_no_estimate(run):
    record = run(HEAD + "Pain scores fell more with fenravel than with placebo (2.3 vs 1.1 points; P=.02).")
    found = [c for c in record["comparisons"] if c["p_value"] == 0.02]
    assert [c["estimate"] for c in found] == [None]
    assert "estimate" not in found[0]["evidence"]["links"]


def test_a_difference_outside_the_p_values_bracket_gives_it_no_estimate(run):
    record = run(HEAD + "The difference, 2.3 points, was seen in pain scores, which fell more with fenravel "
                        "than with placebo (P=.02).")
    found = [c for c in record["comparisons"] if c["p_value"] == 0.02]
    assert len(found) == 1 and found[0]["estimate"] != 2.3  # the p-value's comparison, with no estimate of 2.3
