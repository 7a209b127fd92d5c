"""The group a value's own clause leaves unnamed, carried from where the article set it (issues 11
and 12, ``carried-group``): the subject of the value's clause however far before it, and a phrase
that points back at the group of a sentence before. A value that two groups could fit stays without
an arm (W020). Sentences written for these tests, in the manner of trial news."""

from __future__ import annotations

import pytest

from trialnews.nlp import make_nlp
from trialnews.engines.local import extract_text

from .helpers import article, xfail

LUMAVIR_OR_PLACEBO = "Adults with a chest infection were randomly assigned to lumavir or placebo."


def _arm_of(record: dict, value: float) -> list[tuple]:
    return [(r["arm"], r["evidence"]["links"].get("arm")) for r in record["results"] if r["value"] == value]


def _left_groupless(record: dict, text: str) -> bool:
    """Whether the value written ``text`` was read and left out for want of a group (W020)."""
    return any(w.startswith("W020") and repr(text) in w for w in record["warnings"])


@pytest.mark.parametrize(("sentence", "value", "arm"), [
    pytest.param("The 412 patients treated with the antiviral pill lumavir, a drug first made for influenza, and "
                 "given vitamin C developed an infection 4.2 percent of the time.", 4.2, "lumavir",
                 id="subject-far-before-the-value"),
    pytest.param("Patients in the lumavir group had 30% fewer coughing fits than at the outset, while those in the "
                 "placebo group reported a slight rise in coughing at two weeks and a 12% drop in coughing at eight "
                 "weeks.", 12.0, "placebo", id="subject-after-while"),
    pytest.param("At the end of eight weeks, the lumavir group, which had been treated at home, developed an "
                 "infection 6 percent of the time.", 6.0, "lumavir", id="group-named-first-after-an-opening-phrase"),
    pytest.param("The adults given the dummy pill, which looked and tasted the same, developed an infection 8 "
                 "percent of the time.", 8.0, "placebo", id="subject-described-as-the-control"),
    pytest.param("Those who took the real drug, a pill swallowed twice a day with food, developed an infection 3 "
                 "percent of the time.", 3.0, "lumavir", id="subject-described-as-the-tested-group"),
])
def test_a_value_takes_the_group_that_is_its_clause_subject(run, sentence: str, value: float, arm: str) -> None:
    record = run(article(LUMAVIR_OR_PLACEBO, sentence))
    assert _arm_of(record, value) == [(arm, "carried-group")]


@pytest.mark.parametrize(("sentence", "value"), [
    pytest.param("The 412 patients treated with lumavir, a drug first made for influenza, coughed less than those "
                 "given placebo, and developed pneumonia 4.2 percent of the time.", 4.2, id="contrast-between"),
    pytest.param("The 412 patients treated with lumavir, a drug first made for influenza, coughed less, and 14 "
                 "percent of women developed a rash.", 14.0, id="value-counts-people-of-its-own"),
    pytest.param("The 412 patients treated with lumavir and the 398 given placebo developed an infection 4.2 "
                 "percent of the time.", 4.2, id="two-groups-in-the-subject",
                 marks=xfail("group-next-to-value takes the nearer of two groups joined as one subject")),
    pytest.param("Doctors who prescribed lumavir to patients with severe disease, a practice now common, saw "
                 "pneumonia 4.2 percent of the time.", 4.2, id="subject-is-no-group-of-patients"),
])
def test_no_group_is_carried_when_another_could_fit(run, sentence: str, value: float) -> None:
    record = run(article(LUMAVIR_OR_PLACEBO, sentence))
    assert _arm_of(record, value) == []
    assert _left_groupless(record, f"{value:g} percent")


def test_this_group_points_back_at_the_group_named_before(run) -> None:
    record = run(article(LUMAVIR_OR_PLACEBO, "After three weeks, 37 percent of patients in the lumavir group had "
                         "pneumonia. After eight weeks, 58 percent of the patients in this group had pneumonia."))
    assert _arm_of(record, 58.0) == [("lumavir", "carried-group")]


def test_of_them_counts_the_people_of_the_sentence_before(run) -> None:
    record = run(article(LUMAVIR_OR_PLACEBO, "Patients in the placebo group were followed for a year. Nearly 40 "
                         "percent of them had a heart attack."))
    assert _arm_of(record, 40.0) == [("placebo", "carried-group")]


@pytest.mark.parametrize("text", [
    pytest.param("Patients on lumavir and those on placebo were followed for a year. After six months, 20 percent "
                 "of this group had a relapse.", id="two-groups-before"),
    pytest.param("After three weeks, 37 percent of patients in the lumavir group had pneumonia. After eight "
                 "weeks, 58 percent developed an infection.", id="no-phrase-points-back"),
    pytest.param("Patients in the placebo group were followed for a year.\n\nNearly 40 percent of them had a "
                 "heart attack.", id="another-paragraph"),
    pytest.param("Patients in the placebo group were followed for a year. Their doctors saw them monthly. Nearly 40 "
                 "percent of them had a heart attack.", id="them-reads-the-sentence-right-before-only"),
])
def test_no_group_is_carried_without_one_group_pointed_at(run, text: str) -> None:
    record = run(article(LUMAVIR_OR_PLACEBO, text))
    value = 20.0 if "20 percent" in text else 58.0 if "58 percent" in text else 40.0
    assert _arm_of(record, value) == []
    assert _left_groupless(record, f"{value:g} percent")


def test_a_trial_of_one_arm_keeps_its_values_for_all_patients(run) -> None:
    """In news of one arm a value whose sentence names no group reports all patients (arm null):
    the carried group is read only where two or more groups could be meant."""
    record = run(article("Adults with a chest infection were all given lumavir in a small open trial.",
                         "Patients in the lumavir study were followed for a year. Nearly 40 percent of them had a "
                         "heart attack."))
    assert not any(link == "carried-group" for _, link in _arm_of(record, 40.0))


def test_a_bound_is_no_contrast_between_two_values_of_one_subject(run) -> None:
    record = run(article(LUMAVIR_OR_PLACEBO, "HbA1c levels of those receiving lumavir had dropped by more than 4 "
                         "percent at two years and by more than 7 percent at four years."))
    assert _arm_of(record, 7.0) == [("lumavir", "subject-shares-group")]


@pytest.mark.parametrize(("carry", "expected"), [
    pytest.param(2, [("lumavir", "carried-group")], id="default-reaches-two-sentences-back"),
    pytest.param(1, [], id="one-sentence-back-finds-no-group"),
])
def test_how_far_back_a_group_is_carried_is_the_components_config(carry: int, expected: list) -> None:
    nlp = make_nlp()
    nlp.replace_pipe("trialnews_results", "trialnews_results", config={"carry_sentences": carry})
    record = extract_text(article(LUMAVIR_OR_PLACEBO, "Patients in the lumavir group were treated at home. Nurses "
                                  "visited twice a week. After eight weeks, 58 percent of the patients in this group "
                                  "had pneumonia."), nlp=nlp)
    assert _arm_of(record, 58.0) == expected


SOY_OR_PLACEBO = "Women were randomly assigned to soy pills or placebo."
THEIR_SCORES = "Their symptom score fell by 22 percent and the number of night sweats by 37 percent."


def test_a_sentence_opened_by_while_about_one_group_is_the_subject_their_points_at(run) -> None:
    """``While X, ...`` opening the sentence before sets no other people beside its one group."""
    record = run(article(SOY_OR_PLACEBO, "While a like trend showed up in the placebo group, it was weaker. "
                         f"{THEIR_SCORES}"))
    assert sorted((r["arm"], r["value"], r["evidence"]["links"]["arm"]) for r in record["results"]) == [
        ("placebo", 22.0, "pronoun-group"), ("placebo", 37.0, "pronoun-group")]


def test_while_before_other_people_leaves_their_untold(run) -> None:
    record = run(article(SOY_OR_PLACEBO, f"While the soy group lost 3 kilograms, the others gained weight. {THEIR_SCORES}"))
    assert not any(r["value"] in (22.0, 37.0) for r in record["results"])
    assert _left_groupless(record, "22 percent")
