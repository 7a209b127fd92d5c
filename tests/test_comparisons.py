"""Between-arm differences and ratios written in words, and p-values that follow the values they
test (issue 11 class 4). Every sentence is written for this file; each record is checked for
grounding (every number of an item is written in its evidence).
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.nlp import make_nlp
from trialnews.record import Record, grounding_problems


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


def comparisons_of(nlp: Language, *paragraphs: str) -> list[dict[str, Any]]:
    text = "\n\n".join(("Trial Update", *paragraphs)) + "\n"
    record = extract_text(text, nlp=nlp)
    assert grounding_problems(record, text) == []
    Record.model_validate(record, context={"text": text})
    return record["comparisons"]


NIVO = "Patients were randomized to nivolumab or placebo."
PROBIOTIC = "Patients were randomized to probiotics or placebo."

DIFFERENCES = [
    pytest.param(NIVO, "Patients on nivolumab survived 40 days longer than those on placebo.",
                 ("difference", 40.0, ["nivolumab", "placebo"]), id="days-longer"),
    pytest.param(NIVO, "Patients on placebo survived 40 days less than those on nivolumab.",
                 ("difference", -40.0, ["placebo", "nivolumab"]), id="signed-first-minus-second"),
    pytest.param(NIVO, "Patients on nivolumab had 2.4 fewer migraine days per month than those on placebo.",
                 ("difference", -2.4, ["nivolumab", "placebo"]), id="fewer-per-month"),
    pytest.param(NIVO, "Compared with placebo, nivolumab extended survival by an average of 3.9 months.",
                 ("difference", 3.9, ["nivolumab", "placebo"]), id="extended-by-duration"),
    pytest.param(NIVO, "Nivolumab was associated with a 1.4-year increase in median survival compared with placebo.",
                 ("difference", 1.4, ["nivolumab", "placebo"]), id="year-increase-noun"),
    pytest.param(PROBIOTIC, "Patients on probiotics were three times as likely to respond as those on placebo.",
                 ("RR", 3.0, ["probiotics", "placebo"]), id="times-as-likely"),
    pytest.param(PROBIOTIC, "Twice as many patients on probiotics responded compared with placebo.",
                 ("RR", 2.0, ["probiotics", "placebo"]), id="twice-as-many"),
    pytest.param(PROBIOTIC, "Half as many patients on probiotics had a relapse as those on placebo.",
                 ("RR", 0.5, ["probiotics", "placebo"]), id="half-as-many"),
    pytest.param(PROBIOTIC, "Patients on probiotics had a 2.5-fold higher risk of infection than those on placebo.",
                 ("RR", 2.5, ["probiotics", "placebo"]), id="fold-higher"),
]


@pytest.mark.parametrize(("randomized", "sentence", "expected"), DIFFERENCES)
def test_difference_or_ratio(nlp: Language, randomized: str, sentence: str,
                             expected: tuple[str, float, list[str]]) -> None:
    found = [(c["measure"], c["estimate"], c["arms"]) for c in comparisons_of(nlp, randomized, sentence)]
    assert found == [expected]


NOT_COMPARISONS = [
    pytest.param(NIVO, "Patients on nivolumab lost less than half as much blood as those on placebo.", id="bound"),
    pytest.param(NIVO, "Response was defined as a 100-point reduction in the activity score.", id="threshold"),
    pytest.param(NIVO, "Patients on nivolumab had a 9 mmHg reduction in systolic blood pressure.",
                 id="change-within-a-group"),
    pytest.param(NIVO, "Blood pressure fell by 8/4 mmHg with nivolumab.", id="no-number-from-a-pair"),
    pytest.param(NIVO, "Response was defined as at least a 20 percent reduction in the number of swollen joints.",
                 id="relative-threshold"),
]


@pytest.mark.parametrize(("randomized", "sentence"), NOT_COMPARISONS)
def test_no_difference(nlp: Language, randomized: str, sentence: str) -> None:
    assert [c for c in comparisons_of(nlp, randomized, sentence) if c["measure"] is not None] == []


def test_p_value_after_values_takes_their_outcome_and_groups(nlp: Language) -> None:
    """The p-value closes the bracket of the values it tests, after another outcome was named."""
    [comparison] = comparisons_of(nlp, "Patients were randomized to nivolumab or docetaxel.",
                                  "Progression-free survival was longer with nivolumab. The response rate was 77% with "
                                  "nivolumab vs 81% with docetaxel (p=0.08).")
    assert (comparison["endpoint"], comparison["arms"], comparison["p_value"]) == (
        "response rate", ["nivolumab", "docetaxel"], 0.08)
    assert comparison["evidence"]["links"] == {"endpoint": "values-before", "arms": "values-before"}


def test_comparison_records_its_linkers(nlp: Language) -> None:
    [comparison] = comparisons_of(nlp, NIVO, "Nivolumab cut the risk of death by 30 percent compared with placebo.")
    assert comparison["evidence"]["links"] == {"endpoint": "object-of-change", "arms": "arms-of-sentence"}


OUTCOMES = [
    pytest.param("Compared with placebo, nivolumab gave a 27% reduced risk of coronary heart disease.",
                 "coronary heart disease", "risk-of-after", id="reduced-risk-of"),
    pytest.param("Patients on nivolumab had an 18% lower risk of dying from any cause than those on placebo.",
                 "dying from any cause", "risk-of-after", id="risk-of-dying"),
    pytest.param("Patients on nivolumab were 40% less likely to develop culture-confirmed influenza than those on "
                 "placebo.", "culture-confirmed influenza", "risk-of-after", id="less-likely-to-develop"),
    pytest.param("Patients on placebo were three times as likely to develop shingles as those on nivolumab.",
                 "shingles", "risk-of-after", id="ratio-likely-to-develop"),
    pytest.param("Compared with placebo, disability progression was reduced by 36 percent with nivolumab.",
                 "disability progression", "subject-of-passive", id="passive-subject"),
]


@pytest.mark.parametrize(("sentence", "endpoint", "link"), OUTCOMES)
def test_change_names_its_outcome(nlp: Language, sentence: str, endpoint: str, link: str) -> None:
    [comparison] = comparisons_of(nlp, NIVO, sentence)
    assert (comparison["endpoint"], comparison["evidence"]["links"]["endpoint"]) == (endpoint, link)


def test_ratio_restating_its_values_is_no_comparison(nlp: Language) -> None:
    comparisons = comparisons_of(nlp, PROBIOTIC, "Twice as many patients on probiotics responded compared with "
                                                 "those on placebo: 64% of patients on probiotics versus 32% of "
                                                 "patients on placebo.")
    assert [c for c in comparisons if c["measure"] == "RR"] == []


@pytest.mark.parametrize("sentence", [
    pytest.param("The mean length of first and later hospitalizations for any cause was shorter with nivolumab "
                 "than with placebo (p=0.03; 20 hours vs. 41 hours).", id="length-of"),
    pytest.param("Nivolumab cut the time in the clinic due to relapse or infection compared with placebo "
                 "(p<0.001).", id="time-in-due-to"),
    pytest.param("The cost associated with the first visit and any later infection was lower with nivolumab "
                 "(p=0.002).", id="cost-associated-with"),
])
def test_a_p_value_of_another_measure_takes_no_outcome_word(nlp: Language, sentence: str) -> None:
    """``the mean length of ... hospitalizations (p=0.03)`` tests a length, not hospitalizations:
    the outcome word in the complement of such a noun names no outcome of the p-value, and a
    p-value whose outcome cannot be told is left out rather than given a wrong one."""
    comparisons = comparisons_of(nlp, NIVO, sentence)
    assert [c for c in comparisons if c["p_value"] is not None] == [], comparisons


def test_a_p_value_after_its_outcome_keeps_it(nlp: Language) -> None:
    [comparison] = comparisons_of(nlp, NIVO, "Infection was less frequent with nivolumab than with placebo (p=0.002).")
    assert (comparison["endpoint"].lower(), comparison["p_value"]) == ("infection", 0.002)


# Multiples written with a comparative and no measure (``12 times greater``, ``3.25-fold lower``):
# kept only where a comparator names a group, the outcome read from the sentence's subject, never
# guessed from the nearest outcome word; no measure is named for them.
GEL = "Patients were randomized to Clearaderm gel or a rival gel."
MULTIPLES = [
    pytest.param(GEL, "At one week, the reduction in blemish count with Clearaderm was 12 times greater than "
                      "it was for those using the rival gel.", ("blemish count", 12.0), id="times-greater-than-people"),
    pytest.param(GEL, "The share of patients with less itching was four times greater for those using "
                      "Clearaderm, compared to those using the rival gel.", ("itching", 4.0),
                 id="times-greater-compared-to-people"),
    pytest.param(NIVO, "Tumour blood flow in the nivolumab group was 3.25-fold lower than in the placebo group.",
                 ("tumour blood flow", 3.25), id="fold-lower-than-group"),
]


@pytest.mark.parametrize(("randomized", "sentence", "expected"), MULTIPLES)
def test_multiple_with_a_comparative(nlp: Language, randomized: str, sentence: str,
                                     expected: tuple[str, float]) -> None:
    found = [(c["endpoint"], c["estimate"], c["measure"]) for c in comparisons_of(nlp, randomized, sentence)]
    assert found == [(*expected, None)]


NOT_MULTIPLES = [
    pytest.param(GEL, "The jet applies 100 times more pressure than a car tyre holds.", id="no-group-after-than"),
    pytest.param(GEL, "The rash is 35 times less common than eczema.", id="disease-against-disease"),
    pytest.param(GEL, "Scores with Clearaderm were 12 times higher at the end than at the start of the trial.",
                 id="against-the-start"),
    pytest.param(GEL, "Patients on Clearaderm improved 5 times faster than those on the rival gel.",
                 id="no-outcome-named"),
]


@pytest.mark.parametrize(("randomized", "sentence"), NOT_MULTIPLES)
def test_multiple_not_kept(nlp: Language, randomized: str, sentence: str) -> None:
    assert [c for c in comparisons_of(nlp, randomized, sentence) if c["estimate"] is not None] == []


# An amount named by a noun of difference (``a 17-point gap``, ``an advantage of 4 points``): between
# groups only where a group's name follows ``between``/``over`` or a comparator; its outcome is what
# the amount lies in (``in``/``on`` after it), never the noun itself nor the nearest outcome word.
GAPS = [
    pytest.param("There was a 17-point gap between the nivolumab group and the placebo group on the memory test.",
                 ("memory test", 17.0), id="gap-between-groups-on"),
    pytest.param("The nivolumab group gained an advantage of 4 points in quality of life scores over the placebo group.",
                 ("quality of life scores", 4.0), id="advantage-of-in-over"),
    pytest.param("Nivolumab had a 3-point edge over placebo in depression scores.",
                 ("depression scores", 3.0), id="edge-over-placebo-in"),
]


@pytest.mark.parametrize(("sentence", "expected"), GAPS)
def test_amount_named_by_a_noun_of_difference(nlp: Language, sentence: str, expected: tuple[str, float]) -> None:
    found = [(c["endpoint"], c["estimate"], c["measure"], c["arms"]) for c in comparisons_of(nlp, NIVO, sentence)]
    assert found == [(*expected, "difference", ["nivolumab", "placebo"])]


NOT_GAPS = [
    pytest.param("Pain scores showed an improvement of 3 points over 12 weeks in the nivolumab group.",
                 id="over-a-time-in-one-group"),
    pytest.param("The wage gap of 20 percentage points between men and women persists.", id="no-trial-group"),
    pytest.param("There was a 5-point difference between the nivolumab group and the placebo group.",
                 id="gap-of-nothing-named"),
]


@pytest.mark.parametrize("sentence", NOT_GAPS)
def test_amount_named_by_a_noun_not_kept(nlp: Language, sentence: str) -> None:
    assert [c for c in comparisons_of(nlp, NIVO, sentence) if c["estimate"] is not None] == []


def test_amount_between_the_groups_by_their_noun(nlp: Language) -> None:
    """``between groups`` names the trial's groups; ``between those who ... and those who ...`` does not."""
    kept = comparisons_of(nlp, NIVO, "A 4.6-point difference in fatigue score was observed between groups at 12 weeks.")
    assert [(c["endpoint"], c["estimate"]) for c in kept] == [("fatigue score", 4.6)]
    other = comparisons_of(nlp, NIVO, "A 3-point difference in pain scores between those who exercised and those who "
                                      "did not was seen.")
    assert [c for c in other if c["estimate"] is not None] == []
