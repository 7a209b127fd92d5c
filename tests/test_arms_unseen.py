"""Arms of stories no rule was tuned on (issue 13): lists of drugs that are not one drug's names,
groups named by their role with their treatment in a bracket, drug classes, and groups told apart
by dose. Small hand-written articles run through the whole pipeline."""

from __future__ import annotations

import pytest

from facts.helpers import arms_of

TITLE = "Health News"


def article(*paragraphs: str) -> str:
    return "\n\n".join((TITLE, *paragraphs)) + "\n"


DRUG_LISTS = [
    pytest.param("Researchers compared patients taking Eliquis, dabigatran, or warfarin in a randomized trial. "
                 "Fewer strokes were seen with dabigatran than with warfarin.", {"warfarin", "dabigatran"},
                 id="comma-or-list"),
    pytest.param("In the randomized trial, 400 patients were assigned to heparin, or enoxaparin. Bleeding was "
                 "rare with enoxaparin and with heparin.", {"heparin", "enoxaparin"}, id="comma-or-pair"),
]


@pytest.mark.parametrize(("text", "separate"), DRUG_LISTS)
def test_drugs_listed_with_or_are_not_one_drugs_names(run, text: str, separate: set[str]) -> None:
    arms = arms_of(run(article(text)))
    for name in separate:
        assert name in arms, arms.keys()
        others = separate - {name}
        assert not others & {alias.lower() for alias in arms[name]["aliases"]}


def test_a_brand_and_its_generic_with_or_stay_one_arm(run) -> None:
    text = article("In the randomized trial, 500 patients received Xarelto, or rivaroxaban, or a placebo. "
                   "Strokes were rarer with Xarelto than with placebo.")
    arms = arms_of(run(text))
    assert "xarelto" in arms and "rivaroxaban" not in arms


SHORT_FORMS = [
    pytest.param("Researchers randomly assigned 150 nurses to mindfulness-based stress reduction (MBSR) or usual care. "
                 "Burnout fell more in the MBSR group than in the usual care group.", "mbsr", {"mindfulness"},
                 id="lexicon-word-inside-long-form"),
    pytest.param("In the study, 90 stroke patients were randomized to transcranial direct current stimulation (tDCS) "
                 "or a sham procedure. Grip strength improved more in patients who received tDCS.", "tdcs", set(),
                 id="long-form-ending-in-treatment-noun"),
    pytest.param("The 60 patients were randomly assigned to deep brain stimulation (DBS) or medical therapy. Tremor "
                 "eased more with DBS.", "dbs", set(), id="three-word-long-form"),
]


@pytest.mark.parametrize(("text", "arm", "not_arms"), SHORT_FORMS)
def test_a_treatment_named_by_its_short_form_is_one_arm(run, text: str, arm: str, not_arms: set[str]) -> None:
    arms = arms_of(run(article(text)))
    assert arm in arms, arms.keys()
    assert not not_arms & arms.keys()


def test_a_capitalised_long_form_is_a_name_not_a_treatment(run) -> None:
    text = article("The Heart Rhythm Treatment (HRT) centre randomly assigned 80 patients to ablation or drugs. "
                   "Fewer patients in the ablation group had a relapse.")
    assert "hrt" not in arms_of(run(text))


def test_options_listed_after_one_of_three_with_a_combination(run) -> None:
    text = article("In the trial, 120 adults with neck pain got one of three therapies: massage alone; massage with "
                   "acupuncture; or acupuncture alone. Pain eased in 55 percent of those who had massage alone.")
    arms = arms_of(run(text))
    assert {"massage", "massage plus acupuncture", "acupuncture alone"} <= arms.keys(), arms.keys()


def test_compared_x_with_y_is_no_combination(run) -> None:
    text = article("The randomized trial compared acupuncture with painkillers in 90 patients. Painkillers alone "
                   "eased pain in 40 percent.")
    assert "acupuncture plus painkillers" not in arms_of(run(text))


NON_DRUG_ARMS = [
    pytest.param("In the trial, 400 smokers were randomly assigned to receive text messages or usual care. Quit rates "
                 "were 10 percent among those who received text messages.", "text messages", id="messages"),
    pytest.param("Researchers randomly assigned 300 patients with sprains to steroids or a placebo. Pain eased faster "
                 "with steroids.", "steroids", id="drug-class"),
]


@pytest.mark.parametrize(("text", "arm"), NON_DRUG_ARMS)
def test_treatments_named_by_a_class_or_a_device(run, text: str, arm: str) -> None:
    assert arm in arms_of(run(article(text)))


def test_a_class_named_in_background_is_no_arm(run) -> None:
    text = article("Many people with back pain take painkillers every day. In the randomized trial, 200 patients were "
                   "assigned to yoga or usual care.")
    assert "painkillers" not in arms_of(run(text))


DOSE_GROUPS = [
    pytest.param("The randomized trial enrolled 180 adults. One group was given 25 mg of sertraline every morning, "
                 "another group took 75 mg of sertraline every morning, and one was given a sugar pill.",
                 id="one-group-another"),
    pytest.param("The 180 adults were randomly assigned to 25 mg of sertraline, 75 mg of sertraline or a placebo.",
                 id="dose-of-drug-assigned"),
]


@pytest.mark.parametrize("text", DOSE_GROUPS)
def test_doses_given_to_groups_are_dose_arms(run, text: str) -> None:
    arms = arms_of(run(article(text)))
    assert {"sertraline 25 mg", "sertraline 75 mg", "placebo"} <= arms.keys(), arms.keys()


def test_a_dose_of_a_drug_people_take_is_no_dose_arm(run) -> None:
    text = article("In the randomized trial, 300 adults were assigned to lamotrigine or a placebo. Many patients "
                   "already took 100 mg of aspirin daily, and some took 300 mg of aspirin.")
    assert not any(label.startswith("aspirin ") for label in arms_of(run(text)))


UNKNOWN_NAMES = [
    pytest.param("In the randomized study of 240 volunteers, half were given dalmorex, whereas the rest received a "
                 "placebo. Blood sugar fell by 30 percent with dalmorex.", "dalmorex", id="half-whereas-the-rest"),
    pytest.param("In the study of 1,600 patients, half received zelvorin and the other half got a placebo. "
                 "Patients on zelvorin had fewer attacks.", "zelvorin", id="half-and-the-other-half"),
    pytest.param("Patients were randomised to receive zelvorin plus standard therapy or placebo plus standard therapy. "
                 "Fewer patients taking zelvorin had a heart attack.", "zelvorin", id="both-plus-a-background"),
]


@pytest.mark.parametrize(("text", "name"), UNKNOWN_NAMES)
def test_a_name_no_dictionary_knows_given_to_half_against_placebo(run, text: str, name: str) -> None:
    arms = arms_of(run(article(text)))
    assert {name, "placebo"} <= arms.keys(), arms.keys()


def test_an_unknown_name_people_took_before_is_no_arm(run) -> None:
    text = article("Many patients said they took zelvorin for years. In the study, half received a placebo.")
    assert "zelvorin" not in arms_of(run(text))


def test_doses_of_two_drugs_in_one_combination_are_no_dose_arms(run) -> None:
    text = article("The 98 women were randomly assigned to 5 mg of risedronate and 0.5 mcg of calcitriol or placebo. "
                   "Bone density rose by 2 percent with the combination.")
    assert not any(label.startswith("risedronate ") for label in arms_of(run(text)))
