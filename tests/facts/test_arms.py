"""Arms: the groups of the trial, their treatment, dose, role and size.

Moved from the one ``test_facts.py``: each case runs the whole pipeline on a small article."""

from __future__ import annotations

from typing import Any

import pytest

from .helpers import DAPAGLIFLOZIN, IXAZOMIB, IXAZOMIB_DOSE, NIVOLUMAB_SIZES, SEMAGLUTIDE, article


# (sentence, arm label, the arm's fields a curator would write)
ARM_FIELDS = [
    pytest.param(IXAZOMIB_DOSE, "ixazomib", {"dose": "3 mg", "role": "experimental", "n": 21}, id="dose-and-n-drug"),
    pytest.param(IXAZOMIB_DOSE, "placebo", {"dose": None, "role": "control", "n": 22}, id="dose-and-n-placebo"),
    pytest.param(IXAZOMIB, "ixazomib", {"dose": None, "role": "experimental", "n": 21}, id="n-drug"),
    pytest.param(IXAZOMIB, "placebo", {"dose": None, "role": "control", "n": 22}, id="n-placebo"),
    pytest.param(NIVOLUMAB_SIZES, "nivolumab", {"n": 272}, id="n-with-spaces-first-arm"),
    pytest.param(NIVOLUMAB_SIZES, "docetaxel", {"n": 135}, id="n-with-spaces-second-arm"),
    pytest.param(SEMAGLUTIDE, "semaglutide", {"dose": "2 mg", "role": "experimental", "n": None}, id="dose-drug"),
    pytest.param(SEMAGLUTIDE, "placebo", {"dose": None, "role": "control", "n": None}, id="dose-not-given-to-placebo"),
    pytest.param(DAPAGLIFLOZIN, "placebo", {"role": "control"}, id="matching-placebo-is-control"),
]


@pytest.mark.parametrize(("sentence", "label", "fields"), ARM_FIELDS)
def test_arm_fields(run, sentence: str, label: str, fields: dict[str, Any]) -> None:
    arms = {arm["label"]: arm for arm in run(article(sentence))["arms"]}
    assert label in arms
    assert {key: arms[label][key] for key in fields} == fields


# (sentence, the labels of every arm of the trial)
ARM_LABELS = [
    pytest.param(IXAZOMIB, {"ixazomib", "placebo"}, id="drug-or-placebo-with-sizes"),
    pytest.param(NIVOLUMAB_SIZES, {"nivolumab", "docetaxel"}, id="two-drugs-with-sizes"),
    pytest.param(SEMAGLUTIDE, {"semaglutide", "placebo"}, id="drug-dose-or-placebo"),
    pytest.param(DAPAGLIFLOZIN, {"dapagliflozin", "placebo"}, id="received-either-or"),
    pytest.param(IXAZOMIB_DOSE, {"ixazomib", "placebo"}, id="dose-before-bracketed-size"),
    pytest.param("The trial compared olaparib with placebo in 300 women with ovarian cancer.", {"olaparib", "placebo"},
                 id="compared-with-placebo"),
    pytest.param("A total of 300 adults were randomly assigned to semaglutide 2.4 mg once weekly or placebo.",
                 {"semaglutide", "placebo"}, id="decimal-dose-and-schedule"),
    pytest.param("Obese adults were randomly assigned to 15 milligrams a day of the diet drug lorcaserin or placebo.",
                 {"lorcaserin", "placebo"}, id="diet-drug-is-not-a-diet-arm"),
    pytest.param("In the randomized trial, 160 patients received AE37 + GM-CSF and 151 received GM-CSF alone.",
                 {"AE37", "gm-csf alone"}, id="treatment-alone-is-the-comparator"),
    pytest.param("Patients were randomized to SAMe or placebo.", {"SAMe", "placebo"}, id="an-acronym-is-not-a-common-word"),
    pytest.param("Patients were assigned to the broad group or the placebo group.", {"placebo"},
                 id="an-adjective-group-is-not-an-arm"),
    pytest.param("Patients were randomized to the combination group or the placebo group.", {"placebo"},
                 id="a-bare-generic-word-is-not-an-arm"),
    pytest.param("Of 610 patients randomly assigned to chlorhexidine-alcohol or iodine-alcohol, 31 later had a "
                 "wound infection.",
                 {"chlorhexidine-alcohol", "iodine-alcohol"}, id="intervention-after-a-new-clause-is-not-assigned"),
    pytest.param("Women with breast cancer were randomized to receive chemotherapy (docetaxel with cyclophosphamide) "
                 "or placebo.", {"chemotherapy", "placebo"}, id="a-regimens-components-in-brackets-are-not-arms"),
    pytest.param("Women with breast cancer were randomized to receive docetaxel with cyclophosphamide or placebo.",
                 {"docetaxel", "cyclophosphamide", "placebo"}, id="components-without-brackets-are-arms"),
    pytest.param("Patients [aged 40 to 60] were randomly assigned to gemcitabine or to placebo (a sugar pill).",
                 {"gemcitabine", "placebo"}, id="brackets-elsewhere-in-the-sentence"),
]


@pytest.mark.parametrize(("sentence", "labels"), ARM_LABELS)
def test_arm_labels(run, sentence: str, labels: set[str]) -> None:
    assert {arm["label"] for arm in run(article(sentence))["arms"]} == labels


def test_doses_listed_together_stay_one_arm(run) -> None:
    record = run(article("Patients were randomized to lorutinib 5 mg or 10 mg daily or to placebo. Remission was seen "
                         "in 30 percent of patients on lorutinib and 12 percent on placebo."))
    assert sorted(arm["label"].lower() for arm in record["arms"]) == ["lorutinib", "placebo"]


def test_drug_given_in_doses_is_an_arm_beside_its_doses(run) -> None:
    record = run(article("In the trial, 43 percent of patients who got the 6 mg/kg dose of Stelara had a clinical "
                         "response. Those who got 1 mg/kg had a 31.2 percent clinical response rate. After 30 "
                         "weeks, 64.8 percent of the Stelara patients kept a clinical response."))
    assert {arm["label"].lower() for arm in record["arms"]} == {"stelara", "stelara 6 mg/kg", "stelara 1 mg/kg"}
    arms_by_value = {r["value"]: (r["arm"] or "").lower() for r in record["results"]}
    assert arms_by_value == {43: "stelara 6 mg/kg", 31.2: "stelara 1 mg/kg", 64.8: "stelara"}


def test_lettered_groups_take_what_they_were_given(run) -> None:
    record = run(article("Patients were randomly allocated into two arms: Group B (betamethasone; 41 pts) and Group C "
                         "(control; 39 pts). Nausea occurred in 20% in Group B and 40% in Group C."))
    assert {(a["label"], a["intervention"], a["role"]) for a in record["arms"]} == {
        ("Group B", "betamethasone", "experimental"), ("Group C", "control", "control")}


# A control given in an amount, named beside a drug and again by that amount alone
DOSED_CONTROL = ("Adults were randomly assigned to 75 milligrams of korvanib, 150 milligrams of korvanib or a placebo "
                 "(250 milligrams of lactose). Headaches fell by 41 percent with the 75-milligram dose, by 52 percent "
                 "with the 150-milligram dose and by 12 percent with the 250-milligram dose.")


# (text, the arms of a trial whose doses are reported separately): the drug itself is an arm only
# when a value is reported for its doses together (the pooled case is the Stelara test above)
DOSE_ARMS = [
    pytest.param("Adults were randomly assigned to 75 milligrams of korvanib, 150 milligrams of korvanib or a "
                 "placebo. Headaches fell by 41 percent with the 75-milligram dose and by 52 percent with the "
                 "150-milligram dose, against 12 percent on placebo.",
                 {"korvanib 75 mg", "korvanib 150 mg", "placebo"}, id="doses-without-pooled-value"),
    pytest.param("Half the volunteers were randomly assigned to receive a 0.5 milligram dose of saralumab and the "
                 "others a dummy pill (300 milligrams of lactose). Anxiety scores dropped by 40 percent with "
                 "saralumab and by 10 percent with the dummy pill.",
                 {"saralumab", "placebo"}, id="control-dose-is-no-dose-arm"),
    pytest.param(DOSED_CONTROL, {"korvanib 75 mg", "korvanib 150 mg", "placebo"}, id="control-dose-beside-a-drug"),
]


@pytest.mark.parametrize(("text", "labels"), DOSE_ARMS)
def test_dose_arms_without_their_pooled_drug(run, text: str, labels: set[str]) -> None:
    assert {arm["label"] for arm in run(article(text))["arms"]} == labels


# (text, the arms, {value: arm}): doses written per day (``mg/d``, ``mg/day``) are the doses, and
# amounts listed bare before a dose are doses of that unit where the list names groups
PER_DAY_DOSES = [
    pytest.param("Adults with migraine were randomized to korvanib or placebo. Korvanib was administered in dosages "
                 "of 25, 50 or 100 mg/day. Attacks stopped in 18 percent of the 25 mg/d treatment group, in 34 percent "
                 "of the 50-mg/d treatment group and in 39 percent of the 100 mg/d treatment group.",
                 {"korvanib 25 mg", "korvanib 50 mg", "korvanib 100 mg", "placebo"},
                 {18: "korvanib 25 mg", 34: "korvanib 50 mg", 39: "korvanib 100 mg"}, id="mg-per-day-groups"),
    pytest.param("Older adults were randomly assigned to take 100, 200 or 300 micrograms of melatonin daily or a "
                 "placebo pill. In the groups taking 100 and 200 micrograms of melatonin, 21 percent and 35 percent, "
                 "respectively, reported better sleep, against 12 percent of the placebo group.",
                 {"melatonin 100 mcg", "melatonin 200 mcg", "melatonin 300 mcg", "placebo"},
                 {21: "melatonin 100 mcg", 35: "melatonin 200 mcg", 12: "placebo"}, id="bare-doses-of-groups"),
]


@pytest.mark.parametrize(("text", "labels", "arm_of"), PER_DAY_DOSES)
def test_doses_per_day_and_listed_bare(run, text: str, labels: set[str], arm_of: dict[float, str]) -> None:
    record = run(article(text))
    assert {arm["label"] for arm in record["arms"]} == labels
    assert {r["value"]: r["arm"] for r in record["results"] if r["value"] in arm_of} == arm_of


@pytest.mark.parametrize("text", [
    "Patients were randomized to take 2,000 IU of vitamin D daily or a placebo. Blood levels stayed below 20 mg/dL.",
    "The dose was between 200 and 600 mg/day in every patient given sorafenib, and 30 percent had a rash.",
])
def test_concentrations_and_ranges_are_no_dose_arms(run, text: str) -> None:
    assert not any(any(c.isdigit() for c in arm["label"]) for arm in run(article(text))["arms"])


def test_an_amount_names_no_treatment(run) -> None:
    record = run(article("Patients were randomized to melatonin 40 mg/d or placebo. Sleep improved in 44 percent of "
                         "the 40 mg/d treatment group and 20 percent of the placebo group."))
    assert not any(arm["label"].lower().startswith("d ") for arm in record["arms"])


def test_the_control_dose_named_again_is_the_control(run) -> None:
    assert {(result["value"], result["arm"]) for result in run(article(DOSED_CONTROL))["results"]
            if result["value"] == 12} == {(12, "placebo")}


# (text, the arms): an inert control is the trial's comparator when the text sets the tested
# treatment against it (patterns/against_cues.txt)
CONTROL_NAMED = [
    pytest.param("In a six-week trial, 180 adults took saralumab. Saralumab was superior to placebo in reducing "
                 "hallucinations.",
                 {"saralumab", "placebo"}, id="superior-to"),
    pytest.param("In the trial, 300 adults took korvanib. The effect of korvanib on memory was similar to a placebo.",
                 {"korvanib", "placebo"}, id="similar-to"),
    pytest.param("In the trial, 90 adults took korvanib. Korvanib improved recall by 30 percent. The placebo effect "
                 "may explain part of it.", {"korvanib"}, id="placebo-effect-no-arm"),
    pytest.param("In the trial, 120 adults took korvanib. Korvanib showed a clear benefit over placebo in memory "
                 "tests.", {"korvanib", "placebo"}, id="benefit-over"),
    pytest.param("In the trial, 120 adults took korvanib for a year. Many patients prefer a real drug over a placebo "
                 "pill, the authors noted.", {"korvanib"}, id="preference-over-no-arm"),
]


@pytest.mark.parametrize(("text", "labels"), CONTROL_NAMED)
def test_control_named_against_the_treatment(run, text: str, labels: set[str]) -> None:
    assert {arm["label"] for arm in run(article(text))["arms"]} == labels


def test_a_name_capitalised_after_a_bracket_counts_for_the_subject(run) -> None:
    """``(Korvalant is sold ...`` and ``“[Korvalant] is ...`` open a sentence or a quote: they name the
    story's treatment as its lower-case mentions do, so it is the tested arm beside the placebo."""
    record = run(article("A new pill, called korvalant, was approved on Monday. In two large trials, women who took "
                         "the drug had fewer headaches than those taking a placebo. (Korvalant is sold in two "
                         "strengths.) Doctors said “[Korvalant] is not for everyone,” and the new drug korvalant "
                         "is costly."))
    assert {(arm["label"], arm["role"]) for arm in record["arms"]} == {("korvalant", "experimental"),
                                                                       ("placebo", "control")}


def test_the_short_name_of_an_organisation_or_a_study_is_no_arm(run) -> None:
    """``the Northfield Children's Hospital (NCH)`` ... ``a member of the NCH group``: a research team,
    and ``the Study of Cholesterol and Simvastatin Effects (SCASE)`` a study, though it holds a drug."""
    record = run(article("In the trial, 400 adults were randomly assigned to simvastatin or placebo. The trial was run "
                         "by the Study of Cholesterol and Simvastatin Effects (SCASE), with doctors of the Northfield "
                         "Children's Hospital (NCH). Dr. Ray, a member of the NCH group, said that after SCASE was "
                         "assigned to simvastatin, heart attacks fell by 20 percent."))
    assert {arm["label"] for arm in record["arms"]} == {"simvastatin", "placebo"}


def test_a_group_described_by_an_adjective_is_no_arm(run) -> None:
    """``these patients are a fragile group``: an adjective after ``a`` says what the people are like."""
    record = run(article("In the trial, 270 patients were randomly assigned to nivolumab or placebo. Nivolumab is well "
                         "tolerated, which matters because these patients are a fragile group after chemotherapy. "
                         "Tumours shrank in 20 percent of the nivolumab group and 3 percent of the placebo group."))
    assert {arm["label"] for arm in record["arms"]} == {"nivolumab", "placebo"}


def test_a_level_of_intake_is_no_arm(run) -> None:
    """``the medium group``, ``the lowest group``: thirds of an exposure, not groups given a treatment."""
    record = run(article("Researchers followed 3,600 adults for eight years. Heart deaths numbered 50 in the lowest "
                         "group (2.5 grams of sodium a day), 24 in the medium group (3.9 grams a day) and 10 in the "
                         "highest group (6 grams a day)."))
    assert record["arms"] == []


# (text, arms): one name followed by different words that only say its kind is one arm; a word
# that says which treatment keeps two
KINDS_OF_ONE_NAME = [
    pytest.param("Adults with back pain were randomly assigned to SIJ fusion or to usual care. Pain fell in 81 percent "
                 "of those assigned to the SIJ implant procedure and in 26 percent with usual care.",
                 {"SIJ fusion", "usual care"}, id="fusion-and-implant-procedure"),
    pytest.param("Women were randomly assigned to supervised aerobic exercise, supervised resistance exercise or "
                 "usual care. Fatigue fell in 40 percent of the supervised aerobic exercise group and 35 percent of "
                 "the supervised resistance exercise group.",
                 {"supervised aerobic exercise", "supervised resistance exercise", "usual care"}, id="which-exercise"),
    pytest.param("Adults were randomly assigned to a mindfulness program, a mindfulness app or usual care. Anxiety "
                 "fell by 30 percent with the mindfulness program and by 22 percent with the mindfulness app.",
                 {"mindfulness program", "mindfulness app", "usual care"}, id="forms-set-side-by-side"),
]


@pytest.mark.parametrize(("text", "labels"), KINDS_OF_ONE_NAME)
def test_kinds_of_one_name_are_one_arm(run, text: str, labels: set[str]) -> None:
    record = run(article(text))
    assert {arm["label"] for arm in record["arms"]} == labels
