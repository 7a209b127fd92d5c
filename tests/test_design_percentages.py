"""Percentages of a trial's design are no group's result: a confidence level written against its
``CI`` (``95%CI``) or before a one-sided bound (``the 95% one-sided upper confidence limit``), and
the power or significance level of a sample-size calculation (``power of 90%``, ``80% power``)
(``patterns/statistics.jsonl``: ``ci-level``, ``study-power``). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _percents(record: dict) -> dict[float, str | None]:
    return {r["value"]: r["arm"] for r in record["results"] if r["unit"] == "%"}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Methods: Women were randomized to lidocaine or saline. Results: Chronic pain at 6 months was "
                 "reported by 12% with lidocaine and 25% with saline. The adjusted odds ratio (95%CI) for pain was "
                 "lower with lidocaine.", {12.0: "lidocaine", 25.0: "saline"}, id="level-written-against-ci"),
    pytest.param("Methods: Women were randomized to a deodorant or a placebo spray. Noninferiority was claimed if "
                 "the 95% one-sided upper confidence limit of the difference in itching with the deodorant was "
                 "below 10 points. Results: Itching occurred in 23% with the deodorant and 30% with the placebo "
                 "spray.", {23.0: "deodorant", 30.0: "placebo"}, id="one-sided-upper-confidence-limit"),
    pytest.param("Methods: Women were randomized to a cooling cap or no cap. With a significance level of 5% and "
                 "power of 90% with the cooling cap, 60 patients were needed. Results: Hair loss occurred in 40% of "
                 "the cooling cap group and 70% of the control group.",
                 {40.0: "cooling cap", 70.0: "control"}, id="power-and-significance-level"),
])
def test_a_design_percentage_is_no_result(run, text: str, expected: dict) -> None:
    assert _percents(run(text)) == expected



@pytest.mark.parametrize(("sentence", "label", "text"), [
    pytest.param("Noninferiority needed the 95% one-sided upper confidence limit to stay below 10 points.", "CI_LEVEL",
                 "95% one-sided upper confidence", id="one-sided-upper-bound"),
    pytest.param("The adjusted odds ratio (95%CI) was lower with the drug.", "CI_LEVEL", "95%CI", id="no-space"),
    pytest.param("With 80% power, 60 patients per group were needed.", "STUDY_POWER", "80% power", id="power-after"),
    pytest.param("The alpha level of 5% was two-sided.", "STUDY_POWER", "alpha level of 5%", id="alpha-level"),
])
def test_the_design_statistic_holds_its_percentage(nlp, sentence: str, label: str, text: str) -> None:
    with nlp.select_pipes(disable=["trialnews_record"]):  # the record clears the rules' spans
        doc = nlp(sentence)
    assert text in [span.text for span in doc.spans[label]]
