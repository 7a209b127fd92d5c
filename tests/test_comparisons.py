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
    pytest.param(NIVO, "Compared with placebo, nivolumab extended survival by an average of 4.7 months.",
                 ("difference", 4.7, ["nivolumab", "placebo"]), id="extended-by-duration"),
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
    pytest.param(NIVO, "Patients on nivolumab gained less than half as much weight as those on placebo.", id="bound"),
    pytest.param(NIVO, "Response was defined as a 100-point reduction in the activity score.", id="threshold"),
    pytest.param(NIVO, "Patients on nivolumab had a 9 mmHg reduction in systolic blood pressure.",
                 id="change-within-a-group"),
    pytest.param(NIVO, "Blood pressure fell by 8/4 mmHg with nivolumab.", id="no-number-from-a-pair"),
    pytest.param(NIVO, "A response was defined as at least a 35 percent reduction in the count of tender joints.",
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
    pytest.param("Compared with placebo, nivolumab gave a 22% reduced risk of kidney failure.",
                 "kidney failure", "risk-of-after", id="reduced-risk-of"),
    pytest.param("Patients on nivolumab had an 18% lower risk of dying from any cause than those on placebo.",
                 "dying from any cause", "risk-of-after", id="risk-of-dying"),
    pytest.param("Patients on nivolumab were 35% less likely to develop lab-confirmed pneumonia than those on "
                 "placebo.", "lab-confirmed pneumonia", "risk-of-after", id="less-likely-to-develop"),
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
    kept = comparisons_of(nlp, NIVO, "A 5.2-point difference in fatigue score was seen between groups at 16 weeks.")
    assert [(c["endpoint"], c["estimate"]) for c in kept] == [("fatigue score", 5.2)]
    other = comparisons_of(nlp, NIVO, "A 3-point difference in pain scores between those who exercised and those who "
                                      "did not was seen.")
    assert [c for c in other if c["estimate"] is not None] == []


# --- A difference against the group's own earlier state is no comparison; a points difference on an
# instrument names it as its outcome ------------------------------------------------------------

SLEEP = "In the trial, 300 adults with insomnia were randomly assigned to take zolferant or a placebo pill for 12 weeks."
MOOD = "In the trial, 300 adults with depression were randomly assigned to take zolferant or a placebo pill."


OWN_START = [
    pytest.param("Patients on zolferant slept 40 minutes longer than they had before the trial.", id="they-had-before"),
    pytest.param("Patients on zolferant slept 40 minutes longer than before treatment.", id="than-before"),
    pytest.param("Patients on zolferant slept 40 minutes longer each night than they did before, the researchers said.",
                 id="they-did-before"),
]


@pytest.mark.parametrize("sentence", OWN_START)
def test_a_change_from_the_groups_own_start_is_no_comparison(nlp: Language, sentence: str) -> None:
    assert [c for c in comparisons_of(nlp, SLEEP, sentence) if c["estimate"] is not None] == []


BETWEEN_GROUPS = [
    pytest.param("Patients on zolferant slept 40 minutes longer than those on placebo before the trial ended.",
                 ("difference", 40.0, ["zolferant", "placebo"]), id="other-group-then-before"),
    pytest.param("Those who got zolferant reported sleeping about 20 minutes more per night than the placebo group.",
                 ("difference", 20.0, ["zolferant", "placebo"]), id="sleeping-names-sleep"),
]


@pytest.mark.parametrize(("sentence", "expected"), BETWEEN_GROUPS)
def test_a_difference_set_against_the_other_group_stays(nlp: Language, sentence: str,
                                                         expected: tuple[str, float, list[str]]) -> None:
    found = [(c["measure"], c["estimate"], c["arms"]) for c in comparisons_of(nlp, SLEEP, sentence)]
    assert found == [expected]


INSTRUMENTS = [
    pytest.param("Patients on zolferant scored 3 points higher on the memory test than placebo patients.",
                 3.0, "memory test", id="scored-on-test"),
    pytest.param("Patients on the drug showed a 2.3-point greater improvement on the depression scale "
                 "compared with those on placebo.", 2.3, "depression scale", id="improvement-on-scale"),
    pytest.param("Patients on the drug had a 2.3-point greater improvement in depression scores than those on placebo.",
                 2.3, "depression scores", id="improvement-in-scores"),
]


@pytest.mark.parametrize(("sentence", "estimate", "endpoint"), INSTRUMENTS)
def test_a_points_difference_names_the_instrument_it_is_read_on(nlp: Language, sentence: str, estimate: float,
                                                               endpoint: str) -> None:
    found = [(c["measure"], c["estimate"], c["endpoint"], c["evidence"]["links"].get("endpoint"))
             for c in comparisons_of(nlp, MOOD, sentence)]
    assert [f[:3] for f in found] == [("difference", estimate, endpoint)]


def test_instrument_read_only_where_nothing_else_names_the_outcome(nlp: Language) -> None:
    found = comparisons_of(nlp, MOOD, "Patients on zolferant scored 3 points higher on the memory test than placebo patients.")
    assert found[0]["evidence"]["links"]["endpoint"] == "instrument-after-difference"


TESTED = "In the trial, 300 older adults were randomly assigned to a monthly memory test or usual care."
GROUP_AFTER_IN = [
    pytest.param("Compared with usual care, patients scored 3 points higher in the memory test group.", id="compared-first"),
    pytest.param("Those who had usual care scored 3 points lower in the memory test group.", id="other-group-first"),
]


@pytest.mark.parametrize("sentence", GROUP_AFTER_IN)
def test_a_group_after_in_is_no_instrument(nlp: Language, sentence: str) -> None:
    """The words after ``in`` end in an instrument noun (``test``) but name a group: no instrument is
    read, and the difference, which nothing else names an outcome for, is left out (read as the
    instrument, it would be a 'memory test' difference)."""
    assert comparisons_of(nlp, TESTED, sentence) == []


WEIGHT = "In the trial, 300 obese adults were randomly assigned to take zolferant or a placebo pill for a year."
RESTATED = [
    pytest.param(WEIGHT, "Those taking zolferant lost an average of 12 pounds, or 8 pounds more than the placebo group.",
                 (8.0, "weight loss"), id="comma-or"),
    pytest.param(WEIGHT, "Those taking zolferant lost an average of 12 pounds \u2014 8 pounds more than those on placebo.",
                 (8.0, "weight loss"), id="dash"),
    pytest.param(SLEEP, "Patients on zolferant lived a median of 14 months, 4 months longer than those on placebo.",
                 (4.0, "survival"), id="duration"),
]


@pytest.mark.parametrize(("setting", "sentence", "expected"), RESTATED)
def test_a_difference_restating_a_groups_value_takes_its_outcome(nlp: Language, setting: str, sentence: str,
                                                                 expected: tuple[float, str]) -> None:
    found = [(c["estimate"], c["endpoint"]) for c in comparisons_of(nlp, setting, sentence)
             if c["measure"] == "difference"]
    assert found == [expected]


@pytest.mark.parametrize("sentence", [
    pytest.param("Those taking zolferant lost an average of 12 pounds, or 2 inches more around the waist than the "
                 "placebo group.", id="inches-after-pounds"),
    pytest.param("Those taking zolferant lost an average of 12 pounds, or 20 minutes more than the placebo group.",
                 id="minutes-after-pounds"),
])
def test_a_value_in_another_unit_is_not_restated(nlp: Language, sentence: str) -> None:
    """A difference in another unit than the group's value before it restates no value: it does not
    take the value's outcome (it would be a 'weight loss' difference), and nothing else names one."""
    assert comparisons_of(nlp, WEIGHT, sentence) == []


THREE = "In the trial, 300 adults were randomly assigned to an exercise program, a diet program or usual care."


def test_an_instrument_outcome_needs_the_group_the_difference_is_of(nlp: Language) -> None:
    """Both groups of the sentence named after a comparator: the group the difference is of cannot be
    told, and no outcome is read for it (the first sentence names its group first)."""
    found = [(c["estimate"], c["arms"], c["endpoint"]) for c in comparisons_of(
        nlp, THREE, "Those in the diet program scored 3 points lower on the memory test than those in usual care.",
        "They scored 12 points higher on the memory test than those in usual care but 5 points lower than those "
        "in the exercise program.")]
    assert found == [(-3.0, ["diet program", "usual care"], "memory test")]


HEART = "In the trial, 3,000 patients with heart disease were randomly assigned to take zolferant or a placebo pill."


def test_a_counted_outcome_reads_an_editors_bracketed_words(nlp: Language) -> None:
    found = [(c["estimate"], c["endpoint"]) for c in comparisons_of(
        nlp, HEART, '"Using zolferant instead of placebo in 1,000 patients would lead to 11 fewer deaths and six '
        'fewer cases of stent [clotting]," the authors wrote.')]
    assert found == [(-11.0, "deaths"), (-6.0, "stent [clotting]")]


def test_a_bracket_of_numbers_is_no_inserted_word(nlp: Language) -> None:
    found = [c["endpoint"] for c in comparisons_of(
        nlp, HEART, "Patients on zolferant had six fewer cases of stent clotting [12 vs 18] than those on placebo.")]
    assert all("[" not in (endpoint or "") for endpoint in found)
