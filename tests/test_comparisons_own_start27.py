"""A difference set against the group's own earlier state is no comparison, and a points difference
read on an instrument names it as its outcome. Every sentence is written for this file; each record is
checked for grounding (every number of an item is written in its evidence)."""

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


SLEEP = "In the trial, 300 adults with insomnia were randomly assigned to take zolferant or a placebo pill for 12 weeks."
MOOD = "In the trial, 300 adults with depression were randomly assigned to take zolferant or a placebo pill."


def comparisons_of(nlp: Language, *paragraphs: str) -> list[dict[str, Any]]:
    text = "\n\n".join(("Trial Update", *paragraphs)) + "\n"
    record = extract_text(text, nlp=nlp)
    assert grounding_problems(record, text) == []
    Record.model_validate(record, context={"text": text})
    return record["comparisons"]


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
