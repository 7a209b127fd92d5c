"""Outcomes of values that name no group of their own: a value of all the patients of a trial of one
tested arm (arm null) is read by the linkers that read a group's own outcome (``results.WHOLE_TRIAL``),
and a value set against another across a threshold that is no result takes the outcome of the value
before the threshold (``58% had at least a 50% drop in X, against 37%``). Sentences written for
the test in the manner of trial news."""

from __future__ import annotations

ONE_ARM = """Experimental drug keeps lung cancer in check, early study finds

By Staff Writer

An experimental immune drug helped patients with advanced lung cancer live longer, researchers said Saturday.

In the early-stage trial, 129 patients with advanced lung cancer received the drug, called Lumarex, every two weeks.

{sentence}

"We did not expect so many patients to do this well," said the study's leader, Dr. Paul Jones.
"""

TWO_ARMS = """Drug eases restless legs, review finds

By Staff Writer

A drug used for Parkinson's disease also eases restless legs, researchers reported.

The team randomly assigned 300 patients to Somnaril or a placebo pill for twelve weeks.

{sentence}

"The benefit was clear," said the study's leader, Dr. Mary Lee.
"""


def _results(run, article: str, sentence: str) -> dict[float, dict]:
    record = run(article.format(sentence=sentence))
    return {result["value"]: result for result in record["results"] if result["unit"] == "%"}


def test_a_value_of_all_patients_of_a_one_arm_trial_takes_its_verbs_outcome(run) -> None:
    results = _results(run, ONE_ARM, "By the last visit, 28.6 percent remained on treatment, and 51.2 percent "
                                     "of patients survived for a year or more.")
    assert results[51.2]["endpoint"] == "survived for a year" and results[51.2]["arm"] is None
    assert results[28.6]["endpoint"] == "remained on treatment" and results[28.6]["arm"] is None
    # the links say why a value of no group was read: it is one of all the trial's patients
    assert results[28.6]["evidence"]["links"] == {"arm": "whole-trial", "endpoint": "verb-after-value"}


def test_a_trial_whose_only_arm_read_is_a_control_reads_no_verb_of_all_patients(run) -> None:
    article = ONE_ARM.replace("received the drug, called Lumarex,", "received a placebo")
    results = _results(run, article, "By the last visit, 51.2 percent of patients survived for a year or "
                                     "more.")
    assert 51.2 not in results


def test_the_partner_across_a_threshold_shares_the_outcome(run) -> None:
    results = _results(run, TWO_ARMS, "Some 61 percent of those taking Somnaril had at least a 50 percent "
                                      "fall in night-time cramps, compared with 34 percent of those on the "
                                      "placebo.")
    assert results[34]["arm"] == "placebo"
    assert results[34]["endpoint"] == results[61]["endpoint"]
    assert results[34]["evidence"]["links"]["endpoint"] == "threshold-partner"
    assert 50 not in results
