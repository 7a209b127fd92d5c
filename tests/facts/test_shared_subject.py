"""Values whose group or outcome is written once for two of them (issue 11, results on unseen
news): a second predicate of the same subject group, and the two levels of a ``from ... to``
change. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import article

LITHIUM_OR_PLACEBO = "Patients were randomized to lithium or placebo."


def _results(record) -> list[tuple]:
    return sorted((r["endpoint"], r["arm"], r["value"], r["unit"]) for r in record["results"])


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Patients in the lithium group had 35% fewer mood episodes than at the start and 20% fewer hospital "
                 "admissions.",
                 [("hospital admissions", "lithium", 20.0, "%"), ("mood episodes", "lithium", 35.0, "%")],
                 id="two-changes-one-subject"),
    pytest.param("Patients in the lithium group also had a 30 percent improvement in sleep quality, and their "
                 "anxiety scores fell by 12 percent.",
                 [("anxiety scores", "lithium", 12.0, "%"), ("sleep quality", "lithium", 30.0, "%")],
                 id="possessive-second-clause"),
])
def test_a_second_predicate_shares_its_subject_group(run, sentence: str, expected: list[tuple]) -> None:
    record = run(article(LITHIUM_OR_PLACEBO, sentence))
    assert _results(record) == expected
    assert {r["evidence"]["links"]["arm"] for r in record["results"]} == {"group-next-to-value", "subject-shares-group"}


@pytest.mark.parametrize("sentence", [
    pytest.param("Patients in the lithium group had 35% fewer mood episodes than at the start, while 20% of "
                 "those on placebo were admitted to hospital.", id="other-people-after-while"),
    pytest.param("Patients in the lithium group had 35% fewer mood episodes than at the start, but 20% had a "
                 "hospital admission.", id="but-starts-another-subject"),
    pytest.param("Patients in the lithium group had 35% fewer mood episodes than at the start and 20% of them had "
                 "a hospital admission.", id="counts-people-of-its-own"),
])
def test_a_value_after_another_subject_does_not_share_the_group(run, sentence: str) -> None:
    record = run(article(LITHIUM_OR_PLACEBO, sentence))
    assert not any(r["evidence"]["links"].get("arm") == "subject-shares-group" for r in record["results"])
    assert ("mood episodes", "lithium", 35.0, "%") in _results(record)
    assert not any(r["value"] == 20 and r["arm"] == "lithium" for r in record["results"])


def test_both_levels_of_a_change_take_the_group_named_after_it(run) -> None:
    record = run(article(LITHIUM_OR_PLACEBO, "Blood sodium rose from 136 mmol/L to 141 mmol/L in the lithium group."))
    assert _results(record) == [("blood sodium", "lithium", 136.0, "mmol/L"), ("blood sodium", "lithium", 141.0, "mmol/L")]


def test_the_other_group_change_takes_the_outcome_in_turn(run) -> None:
    """``from A to B in X, versus from C to D in Y``: the second pair has the first pair's outcome."""
    record = run(article(LITHIUM_OR_PLACEBO, "Meanwhile, blood sodium rose from 136 mg/dl of blood to 141 mg/dl in "
                                             "the lithium group, versus a small change from 137 mg/dl to 138 mg/dl in "
                                             "the placebo group."))
    assert _results(record) == [("blood sodium", "lithium", 136.0, "mg/dL"), ("blood sodium", "lithium", 141.0, "mg/dL"),
                                ("blood sodium", "placebo", 137.0, "mg/dL"), ("blood sodium", "placebo", 138.0, "mg/dL")]


LOST_WEIGHT = "Those in the lithium group lost an average of 3 kilograms."


@pytest.mark.parametrize("following", [
    pytest.param("Their systolic blood pressure dropped by 6 mmHg.", id="their"),
    pytest.param("Their waists shrank. Their systolic blood pressure dropped by 6 mmHg.", id="past-a-pronoun-sentence"),
    pytest.param("After six months, their systolic blood pressure had dropped by 6 mmHg.", id="after-an-opening-phrase"),
])
def test_a_sentence_opened_by_their_takes_the_subject_group_before(run, following: str) -> None:
    record = run(article(LITHIUM_OR_PLACEBO, f"{LOST_WEIGHT} {following}"))
    bp = [(r["endpoint"], r["arm"], r["value"], r["unit"], r["evidence"]["links"]["arm"])
          for r in record["results"] if r["unit"] == "mmHg"]
    assert bp == [("systolic blood pressure", "lithium", 6.0, "mmHg", "pronoun-group")]


def test_while_their_keeps_the_same_people(run) -> None:
    record = run(article(LITHIUM_OR_PLACEBO, f"{LOST_WEIGHT} Their systolic blood pressure dropped by 6 mmHg, while "
                                             "their diastolic blood pressure dropped by 4 mmHg."))
    assert [(r["endpoint"], r["arm"], r["value"]) for r in record["results"] if r["unit"] == "mmHg"] == [
        ("systolic blood pressure", "lithium", 6.0), ("diastolic blood pressure", "lithium", 4.0)]


@pytest.mark.parametrize("text", [
    pytest.param("Those in the lithium group lost an average of 3 kilograms compared with those on placebo. Their "
                 "systolic blood pressure dropped by 6 mmHg.", id="sentence-before-compares-two-groups"),
    pytest.param("The trial compared lithium with placebo. They found that systolic blood pressure dropped by 6 mmHg.",
                 id="they-found-is-the-team"),
    pytest.param(f"{LOST_WEIGHT} Their doctors saw systolic blood pressure drop by 6 mmHg.", id="their-other-people"),
    pytest.param(f"{LOST_WEIGHT} Their systolic blood pressure dropped by 6 mmHg in the placebo group.",
                 id="names-its-own-group"),
])
def test_a_pronoun_without_one_subject_group_gives_none(run, text: str) -> None:
    record = run(article(LITHIUM_OR_PLACEBO, text))
    assert not any(r["evidence"]["links"].get("arm") == "pronoun-group" for r in record["results"])
    assert not any(r["unit"] == "mmHg" and r["arm"] == "lithium" for r in record["results"])


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Lithium halted tumor growth in 81 percent of patients, researchers said.",
                 ("halted tumor growth", "lithium", 81.0, "%"), id="halted"),
    pytest.param("Lithium reduced tumor burden in 31.6 percent of patients with late-stage cancer.",
                 ("reduced tumor burden", "lithium", 31.6, "%"), id="change-verb"),
    pytest.param("Lithium shrank bone lesions from kidney cancer in 76 percent of the men.",
                 ("shrank bone lesions", "lithium", 76.0, "%"), id="without-its-origin"),
    pytest.param("Lithium halted their tumor growth in 62 percent of patients.",
                 ("halted their tumor growth", "lithium", 62.0, "%"), id="determiner-before-the-object"),
])
def test_an_effect_named_by_its_verb_and_object_in_a_share_of_people(run, sentence: str, expected: tuple) -> None:
    record = run(article(LITHIUM_OR_PLACEBO, sentence))
    assert _results(record) == [expected]
    assert record["results"][0]["evidence"]["links"]["endpoint"] == "effect-in-people"


@pytest.mark.parametrize("sentence", [
    pytest.param("Lithium relieved symptoms in 61 percent of patients.", id="bare-generic-object"),
    pytest.param("Lithium was effective in 93 percent of patients.", id="no-verb-of-effect"),
])
def test_no_effect_outcome_without_a_verb_and_a_named_object(run, sentence: str) -> None:
    record = run(article(LITHIUM_OR_PLACEBO, sentence))
    assert not any(r["evidence"]["links"].get("endpoint") == "effect-in-people" for r in record["results"])


def test_a_share_of_things_is_no_effect_in_people(run) -> None:
    record = run(article(LITHIUM_OR_PLACEBO, "Lithium controlled cancer in half of the tumors."))
    assert not any(r["evidence"]["links"].get("endpoint") == "effect-in-people" for r in record["results"])


@pytest.mark.parametrize("sentence", [
    pytest.param("Relapse rates were lower in the lithium group (23%) and in earlier valproate trials (31%).",
                 id="bracketed-value-is-its-word's"),
    pytest.param("In the lithium group, relapse rates at one and two years were 23% and 31%, respectively.",
                 id="respectively-list"),
    pytest.param("The relapse rate with lithium was 23% and Valproate 31%.", id="a-name-right-before-the-value"),
])
def test_ordered_or_named_values_do_not_share_a_subject(run, sentence: str) -> None:
    record = run(article(LITHIUM_OR_PLACEBO, sentence))
    assert not any(r["evidence"]["links"].get("arm") == "subject-shares-group" for r in record["results"])


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Patients in the lithium group stayed in the hospital a median of four days, compared with six "
                 "days in the placebo group.",
                 [("length of hospital stay", "lithium", 4.0, "days"), ("length of hospital stay", "placebo", 6.0, "days")],
                 id="stayed-place-before"),
    pytest.param("Lithium patients spent an average of three days in the hospital, compared with five days for "
                 "those on placebo.",
                 [("length of hospital stay", "lithium", 3.0, "days"), ("length of hospital stay", "placebo", 5.0, "days")],
                 id="spent-place-after"),
    pytest.param("Lithium patients had fewer infections, but spent a longer time in the operating room (three hours, "
                 "ten minutes compared with two hours, five minutes).",
                 [("time in the operating room", "lithium", 190.0, "minutes"),
                  ("time in the operating room", "placebo", 125.0, "minutes")],
                 id="bracketed-pair-of-compound-durations"),
])
def test_a_duration_after_a_verb_of_staying_measures_the_stay(run, sentence: str, expected: list[tuple]) -> None:
    record = run(article(LITHIUM_OR_PLACEBO, sentence))
    assert sorted(r for r in _results(record) if r[3] in ("days", "minutes")) == sorted(expected)


@pytest.mark.parametrize("sentence", [
    pytest.param("Lithium patients stayed in remission for 12 months.", id="remission-is-no-place"),
    pytest.param("Lithium patients stayed on treatment for a median of 14 months.", id="on-treatment"),
])
def test_no_stay_without_a_place(run, sentence: str) -> None:
    record = run(article(LITHIUM_OR_PLACEBO, sentence))
    assert not any(r["evidence"]["links"].get("endpoint") == "stay-length" for r in record["results"])


def test_a_verb_of_change_after_its_subject_is_no_part_of_the_outcome(run) -> None:
    """``Lithium cut pain scores by 30 percent``: the pain scores, not ``cut pain scores``."""
    record = run(article(LITHIUM_OR_PLACEBO, "Lithium cut pain scores by 30 percent, compared with 10 percent in the "
                                             "placebo group."))
    assert _results(record) == [("pain scores", "lithium", 30.0, "%"), ("pain scores", "placebo", 10.0, "%")]
