"""Arms: drugs from the maintained dictionary, one arm for all the names of a drug, and arms
that are not drugs, on small hand-written articles run through the whole pipeline."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

from trialnews.facts import arms as arms_module
from trialnews.nlp import make_nlp
from trialnews.vocab import drugs
from facts import helpers  # tests/facts/helpers.py: the small article every fact test builds

TITLE = "Trial Update"


article = partial(helpers.article, title=TITLE)


def arms_by_label(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {arm["label"]: arm for arm in record["arms"]}


# --- the dictionary -------------------------------------------------------------------------

DICTIONARY_NAMES = [
    pytest.param("Keytruda", "pembrolizumab", id="brand"),
    pytest.param("pembrolizumab", "pembrolizumab", id="generic"),
    pytest.param("5-FU", "fluorouracil", id="short-form"),
    pytest.param("Ozempic", "semaglutide", id="brand-of-new-drug"),
]


@pytest.mark.parametrize(("name", "generic"), DICTIONARY_NAMES)
def test_dictionary_resolves_names_to_generic(name: str, generic: str) -> None:
    text = f"Patients took {name} every day."
    found = drugs.find(text)
    assert [(text[d.start:d.end], d.generic) for d in found] == [(name, generic)]


NOT_DRUGS = [
    pytest.param("He sits at 10 in the morning with caps on.", id="english-words-of-the-dictionary"),
    pytest.param("The drug lowered LDL cholesterol and raised serotonin levels.", id="body-substances"),
    pytest.param("Patients on antidepressants were excluded.", id="drug-class-known-only-to-mesh"),
]


@pytest.mark.parametrize("text", NOT_DRUGS)
def test_dictionary_leaves_out_words_that_are_not_drugs(text: str) -> None:
    assert drugs.find(text) == []


def test_short_dictionary_name_needs_its_capitals(run) -> None:
    """``DHEA`` is a drug; ``dhea`` in lower case is not trusted (too short to be sure)."""
    taken = run(article("Women were randomized to DHEA or placebo."))
    lowered = run(article("Women were randomized to dhea or placebo."))
    assert "DHEA" in arms_by_label(taken)
    assert "dhea" not in {label.lower() for label in arms_by_label(lowered)}


def test_drug_known_only_to_the_dictionary_is_an_arm(run, monkeypatch: pytest.MonkeyPatch) -> None:
    """``Ozempic`` has no INN stem and no code: only the dictionary knows it is a drug."""
    text = article("Adults with obesity were randomized to Ozempic or placebo for 68 weeks.")
    assert set(arms_by_label(run(text))) == {"Ozempic", "placebo"}
    monkeypatch.setattr(arms_module, "DRUG_SOURCES", frozenset({"stems"}))
    assert "Ozempic" not in arms_by_label(run(text))


# --- one arm, all its names -----------------------------------------------------------------

ONE_ARM = [
    pytest.param(
        ("Patients were randomly assigned to Keytruda (pembrolizumab) or chemotherapy. Keytruda, "
         "also tested as MK-3475, is given by infusion. Keytruda works by releasing a brake on the "
         "immune system."),
        "Keytruda", {"pembrolizumab"}, id="brand-used-most"),
    pytest.param(
        ("In the study, 600 patients were randomized to pembrolizumab (MK-3475) or chemotherapy. "
         "Pembrolizumab is sold as Keytruda. Pembrolizumab was well tolerated."),
        "pembrolizumab", {"MK-3475", "Keytruda"}, id="generic-with-code-and-brand"),
    pytest.param(
        ("Adults were randomized to semaglutide or placebo. Semaglutide, sold as Wegovy, was given "
         "weekly; semaglutide users reported nausea. Wegovy is made by Novo Nordisk."),
        "semaglutide", {"Wegovy"}, id="brand-named-apart-from-generic"),
]


@pytest.mark.parametrize(("text", "label", "aliases"), ONE_ARM)
def test_brand_generic_and_code_are_one_arm(run, text: str, label: str, aliases: set[str]) -> None:
    found = arms_by_label(run(article(text)))
    assert label in found
    assert set(found[label]["aliases"]) == aliases
    assert not aliases & set(found)  # no arm of its own for another name of the drug


def test_result_written_with_an_alias_goes_to_the_arm(run) -> None:
    text = article("Patients were randomly assigned to Keytruda (pembrolizumab) or chemotherapy. "
                   "Keytruda was given every three weeks.",
                   "The response rate was 45% among those given pembrolizumab.")
    record = run(text)
    assert [(r["arm"], r["value"]) for r in record["results"] if r["value"] == 45] == [("Keytruda", 45)]


def test_aliases_default_empty(run) -> None:
    found = arms_by_label(run(article("Patients were randomized to aspirin or placebo.")))
    assert found["aspirin"]["aliases"] == [] and found["placebo"]["aliases"] == []


# --- combinations -----------------------------------------------------------------------------

COMBINATIONS = [
    pytest.param("In the trial, 160 patients received AE37 + GM-CSF and 151 received GM-CSF alone.",
                 {"AE37", "gm-csf alone"}, id="plus-sign"),
    pytest.param("Women were randomized to trastuzumab plus chemotherapy or chemotherapy alone.",
                 {"trastuzumab", "chemotherapy alone"}, id="plus-word"),
    pytest.param("Men with prostate cancer were randomized to abiraterone plus the steroid dexamethasone, or to "
                 "placebo plus dexamethasone.", {"abiraterone", "placebo"}, id="plus-a-described-drug"),
]


@pytest.mark.parametrize(("text", "labels"), COMBINATIONS)
def test_added_treatment_is_no_arm_of_its_own(run, text: str, labels: set[str]) -> None:
    assert set(arms_by_label(run(article(text)))) == labels


COMBINATION_ARMS = [
    pytest.param("Patients were randomly assigned to chemotherapy alone, chemotherapy plus zanotinib, or "
                 "zanotinib alone.", {"chemotherapy alone", "chemotherapy plus zanotinib", "zanotinib alone"},
                 id="three-arms-backbone-first"),
    pytest.param("A total of 300 patients were randomized to paclitaxel plus zanotinib versus paclitaxel alone.",
                 {"paclitaxel plus zanotinib", "paclitaxel alone"}, id="abstract-backbone-first"),
    pytest.param("Relutumab combined with chemotherapy extended survival compared to chemotherapy alone, "
                 "the company said.", {"relutumab", "chemotherapy alone"}, id="news-set-against-backbone-alone"),
    pytest.param("Patients were randomized to receive velozomib plus placebo or velozomib plus zanotinib.",
                 {"velozomib plus placebo", "velozomib plus zanotinib"}, id="two-combinations-on-one-backbone"),
    pytest.param("Patients were randomized to zanotinib plus placebo or placebo alone.",
                 {"zanotinib", "placebo"}, id="plus-placebo-stays-the-drug"),
    pytest.param("Patients were randomized to relutumab or placebo. All patients also received metformin plus "
                 "diet advice.", {"relutumab", "placebo"}, id="background-drug-no-arm"),
]


@pytest.mark.parametrize(("text", "labels"), COMBINATION_ARMS)
def test_combination_is_one_arm_beside_its_backbone_alone(run, text: str, labels: set[str]) -> None:
    assert set(arms_by_label(run(article(text)))) == labels


COMBINATION_VALUES = [
    pytest.param("Patients were randomly assigned to chemotherapy alone, chemotherapy plus zanotinib, or "
                 "zanotinib alone. Survival was 40% in the chemotherapy plus zanotinib arm and 22% in the "
                 "chemotherapy alone arm.", {40.0: "chemotherapy plus zanotinib", 22.0: "chemotherapy alone"},
                 id="named-combination-arm"),
    pytest.param("Relutumab combined with chemotherapy extended survival compared to chemotherapy alone. "
                 "At one year, 69% of patients in the combination group were alive.",
                 {69.0: "relutumab"}, id="the-combination-group"),
    pytest.param("Of 400 patients randomized to relutumab plus standard care or standard care alone, "
                 "18% of those who received both died.",
                 {18.0: "relutumab"}, id="those-who-got-both"),
]


@pytest.mark.parametrize(("text", "values"), COMBINATION_VALUES)
def test_values_of_a_combination_go_to_its_arm(run, text: str, values: dict[float, str]) -> None:
    record = run(article(text))
    found = {result["value"]: result["arm"] for result in record["results"] if result["value"] in values}
    assert found == values


def test_combination_reference_is_an_arm_mention(nlp: Language) -> None:
    doc = nlp.make_doc(article("Relutumab combined with chemotherapy extended survival compared to chemotherapy "
                               "alone. Those who got both lived longer."))
    for name, component in nlp.pipeline:  # through the arms, before the later steps free the spans
        doc = component(doc)
        if name == "trialnews_arms":
            break
    mentions = {m.text: m.label_ for m in doc.spans["ARM_MENTION"]}
    assert mentions.get("got both") == "relutumab"
    assert "chemotherapy" not in mentions  # the added treatment names the combination's arm


# --- arms that are not drugs ----------------------------------------------------------------

NON_DRUG_ARMS = [
    pytest.param("Women were randomly assigned to either robotic surgery or open surgery.",
                 {"robotic surgery", "open surgery"}, id="procedures"),
    pytest.param("Smokers were randomly assigned to telephone counseling or usual care.",
                 {"telephone counseling", "usual care"}, id="behavioural-programme-vs-usual-care"),
    pytest.param("Adults with knee pain were randomized to a home exercise program or a waiting list.",
                 {"home exercise program", "waiting list"}, id="exercise-vs-waiting-list"),
    pytest.param("Children were randomized to a gluten-free diet or their regular diet.",
                 {"gluten-free diet", "regular diet"}, id="diets"),
    pytest.param("Runners were randomized to beetroot juice or a placebo drink.",
                 {"beetroot juice", "placebo"}, id="food-vs-placebo"),
    pytest.param("Patients were randomly assigned to an adjustable compression device or sham stimulation.",
                 {"adjustable compression device", "sham stimulation"}, id="device-vs-sham"),
    pytest.param("Women were randomized to the decision aid or no intervention.",
                 {"decision aid", "no intervention"}, id="decision-aid-vs-no-intervention"),
    pytest.param("Patients were randomized to radiotherapy or no further treatment.",
                 {"radiotherapy", "no further treatment"}, id="no-further-treatment"),
]


@pytest.mark.parametrize(("text", "labels"), NON_DRUG_ARMS)
def test_non_drug_arms(run, text: str, labels: set[str]) -> None:
    assert set(arms_by_label(run(article(text)))) == labels


def test_a_treatment_noun_alone_is_no_arm(run) -> None:
    """``the new therapy``: a kind of treatment without a name says nothing of the arm."""
    found = arms_by_label(run(article("Patients were randomized to the new therapy or placebo.")))
    assert "new therapy" not in found and "therapy" not in found


def test_sessions_of_a_treatment_are_its_arm(run) -> None:
    text = article("Patients were randomized to acupuncture or usual care. Those given acupuncture sessions "
                   "reported less pain.")
    assert set(arms_by_label(run(text))) == {"acupuncture", "usual care"}


def test_generic_group_takes_its_definition(run) -> None:
    text = article("Patients were randomized to an intervention group or a control group. The control group "
                   "received written information only, and the intervention group received telephone counselling.")
    found = arms_by_label(run(text))
    assert found["control"]["intervention"] == "written information only" and found["control"]["role"] == "control"
    assert found["intervention group"]["intervention"] == "telephone counselling"


# --- names no dictionary knows ----------------------------------------------------------------

UNKNOWN_NAMES = [
    pytest.param("In the trial, 200 adults were randomized to Velocor or placebo.", "Velocor", id="randomized-to-name"),
    pytest.param("Symptoms improved in the Quenzar group more than in the placebo group.", "Quenzar",
                 id="the-name-group"),
    pytest.param("Adults with heart failure were randomly assigned to receive zorbatinol or placebo.", "zorbatinol",
                 id="lowercase-name-assigned-against-placebo"),
    pytest.param("In all, 300 adults were randomized to velocorin or a matching placebo for a year.", "velocorin",
                 id="lowercase-name-randomized-against-placebo"),
]


@pytest.mark.parametrize(("text", "label"), UNKNOWN_NAMES)
def test_name_no_dictionary_knows_found_by_assignment(run, text: str, label: str) -> None:
    assert drugs.find(text) == [] or all(text[d.start:d.end] != label for d in drugs.find(text))
    assert label.lower() in {found.lower() for found in arms_by_label(run(article(text)))}


SAME_ARM = [
    pytest.param("Pain of the sacroiliac joint (SIJ) is common. Patients were randomized to SIJ fusion or "
                 "physical therapy. Patients in the sacroiliac joint fusion group walked further.",
                 {"sij fusion", "physical therapy"}, id="short-form-written-out"),
    pytest.param("Patients were randomized to iniparib plus chemo or chemo alone. Survival was longer "
                 "than in the chemo-alone group.", {"iniparib", "chemo alone"}, id="hyphenated-spelling"),
]


@pytest.mark.parametrize(("text", "labels"), SAME_ARM)
def test_one_arm_for_spellings_of_one_treatment(run, text: str, labels: set[str]) -> None:
    assert {label.lower() for label in arms_by_label(run(article(text)))} == labels


# --- the treatments a trial's title names -------------------------------------------------

TITLES = [
    pytest.param("Effect of yoga exercise on fatigue in women with breast cancer: a randomized trial",
                 "Women were randomly assigned to the intervention or a control group.", {"yoga exercise"},
                 id="effect-of-x-on"),
    pytest.param("Quilting suture versus conventional closure for the prevention of seroma",
                 "In this randomised trial, patients were allocated to one of two groups.",
                 {"quilting suture", "conventional closure"}, id="x-versus-y"),
    pytest.param("Comparison of scalp cooling and usual hair care during chemotherapy",
                 "Women were randomized to one of the two groups.", {"scalp cooling", "usual hair care"},
                 id="comparison-of-x-and-y"),
]


@pytest.mark.parametrize(("title", "body", "labels"), TITLES)
def test_title_names_the_treatments_of_a_randomized_trial(run, title: str, body: str, labels: set[str]) -> None:
    found = {label.lower() for label in arms_by_label(run(f"{title}\n\n{body}\n"))}
    assert labels <= found


def test_title_of_a_study_that_is_not_randomized_names_no_arm(run) -> None:
    text = "Effect of coffee drinking on sleep in older adults\n\nPeople who drank coffee slept less, a survey found.\n"
    assert "coffee drinking" not in {label.lower() for label in arms_by_label(run(text))}


def test_title_treatment_is_an_arm_when_the_text_names_too_few(run) -> None:
    text = ("Problem-solving therapy for depressed cancer survivors\n\nIn this randomized trial, 120 survivors "
            "were assigned to the intervention or a control group.\n")
    assert "problem-solving therapy" in {label.lower() for label in arms_by_label(run(text))}


def test_title_treatment_in_a_setting_is_no_arm(run) -> None:
    """``in women receiving chemotherapy``: the patients' treatment, not the one tested."""
    text = ("Ginger for nausea in women receiving chemotherapy\n\nIn this randomized trial, women were assigned "
            "to ginger or placebo.\n")
    assert {label.lower() for label in arms_by_label(run(text))} == {"ginger", "placebo"}


def test_title_names_no_extra_arm_when_the_text_names_two(run) -> None:
    text = ("Exercise training and yoga classes in older adults\n\nIn this randomized trial, adults were "
            "randomly assigned to aerobic exercise or usual care.\n")
    assert {label.lower() for label in arms_by_label(run(text))} == {"aerobic exercise", "usual care"}


def test_dictionary_table_is_built_once_into_the_cache(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The compact table is written under the cache folder on first use and read from it after."""
    monkeypatch.setenv(drugs.CACHE_ENV, str(tmp_path))
    rows = drugs._read_table()
    assert drugs.cache_file().is_file() and drugs.cache_file().parent == tmp_path
    assert ("pembrolizumab", "pembrolizumab", "") in rows and ("keytruda", "pembrolizumab", "") in rows
    assert drugs._read_table() == [tuple(row) for row in rows]


def test_the_placebo_effect_is_no_arm(run) -> None:
    text = ("Where Lactose Trouble Ends And The Placebo Effect Starts\n\nIn a randomized trial, adults drank "
            "milk for a week. The placebo effect may explain part of it.\n")
    assert "placebo" not in arms_by_label(run(text))


# --- evidence that a treatment is a group of this trial --------------------------------------

NOT_GROUPS_OF_THE_TRIAL = [
    pytest.param("The researchers randomly selected 900 women who were taking daily aspirin to receive either "
                 "Velocor or a placebo.", "aspirin", id="already-taking-in-the-assignment-sentence"),
    pytest.param("In the randomized trial, 48 nurses, all of whom were receiving physical therapy "
                 "(PT), were given Velocor or placebo.", "PT", id="background-therapy-and-its-short-form"),
    pytest.param("In this randomized study, people whose cancer progressed on hormone therapies were "
                 "given either nivolumab or everolimus.", "hormone therapies", id="prior-treatment"),
    pytest.param("Patients were randomly assigned to Velocor or placebo. The drug has no effect on cortisol "
                 "release when stress is low.", "cortisol", id="effect-on-a-substance"),
    pytest.param("Patients were randomly assigned to Velocor or placebo. A doctor who treats patients with "
                 "Provenge was not involved. A large trial on Provenge was stopped early.", "Provenge",
                 id="drug-of-another-study-said-taken-once"),
    pytest.param("The trial enrolled 80 adults, with 52 receiving a bone marrow transplant (BMT) first, and "
                 "randomized them to Velocor or placebo.", "BMT", id="some-of-the-patients-receiving-x"),
    pytest.param("Sixty adults with advanced lung cancer were randomly assigned to Velocor or placebo. All of them had "
                 "already received chemotherapy.", "chemotherapy", id="had-already-received"),
]


def test_what_every_patient_had_already_received_is_no_arm_of_a_one_drug_story(run) -> None:
    text = ("In a phase 2 trial, researchers gave an experimental pill to 40 patients with advanced lung cancer. "
            "All 40 patients had already received chemotherapy. Tumours shrank in 12 of the 40 patients.")
    assert "chemotherapy" not in {label.lower() for label in arms_by_label(run(article(text)))}


@pytest.mark.parametrize(("text", "not_arm"), NOT_GROUPS_OF_THE_TRIAL)
def test_treatment_that_is_no_group_of_the_trial_is_no_arm(run, text: str, not_arm: str) -> None:
    labels = {label.lower() for label in arms_by_label(run(article(text)))}
    assert not_arm.lower() not in labels
    assert len(labels) == 2


def test_drug_said_taken_is_an_arm_when_the_text_states_no_other_groups(run) -> None:
    """The weak evidence (``taking X``) still makes an arm when no two groups are stated otherwise."""
    found = arms_by_label(run(article("Patients taking Velocor had fewer migraines, the company said.")))
    assert {label.lower() for label in found} == {"velocor"}
    assert next(iter(found.values()))["evidence"]["links"] == {"assigned": "taken"}


GROUPS_SAID_TO_TAKE = [
    pytest.param("Half of them were given a daily dose of Velocor. There were 29 colds in the group taking Velocor, "
                 "compared to 51 in the control group taking placebo.", {"Velocor", "placebo"},
                 id="the-group-taking-x"),
    pytest.param("In the trial, forty-nine patients received usual care and 53 received telephone "
                 "counselling. Patients taking warfarin had been excluded.", {"usual care", "telephone counselling"},
                 id="count-received-x"),
    pytest.param("Intervention dyads (n = 69) completed a checklist. Control dyads (n = 63) received usual care.",
                 {"intervention dyads", "control dyads", "usual care"}, id="sized-group-received-x"),
]


@pytest.mark.parametrize(("text", "labels"), GROUPS_SAID_TO_TAKE)
def test_a_group_said_to_take_a_treatment_makes_it_an_arm(run, text: str, labels: set[str]) -> None:
    assert {label.lower() for label in arms_by_label(run(article(text)))} == {label.lower() for label in labels}


def test_participle_after_the_name_is_the_same_arm(run) -> None:
    text = article("Soldiers were randomized to NAC or placebo. Soldiers in the NAC-treated group had a 39% "
                   "drop in cravings.")
    assert set(arms_by_label(run(text))) == {"NAC", "placebo"}


def test_arm_evidence_says_how_it_was_assigned(run) -> None:
    found = arms_by_label(run(article("Patients were randomized to Velocor or placebo.")))
    assert found["placebo"]["evidence"]["links"] == {"assigned": "assigned-to"}


MORE_NOT_GROUPS = [
    pytest.param("Women were randomized to a standard chemotherapy regimen (gemcitabine and cisplatin) or to "
                 "chemotherapy plus Velocor.", "gemcitabine", id="components-of-a-regimen-in-brackets"),
    pytest.param("The Stenting versus Endarterectomy Trial reported last year. Here, patients were randomly "
                 "assigned to Velocor or placebo.", "endarterectomy", id="treatment-in-a-trial-name"),
    pytest.param("Patients were randomly assigned to Velocor or placebo. The authors compared the results with "
                 "historic studies of warfarin versus aspirin.", "warfarin", id="sentence-about-other-studies"),
]


@pytest.mark.parametrize(("text", "not_arm"), MORE_NOT_GROUPS)
def test_treatment_named_for_something_else_is_no_arm(run, text: str, not_arm: str) -> None:
    assert not_arm not in {label.lower() for label in arms_by_label(run(article(text)))}


def test_a_bracketed_group_with_its_short_form_is_no_component(run) -> None:
    """``(control group, TAU, n = 79)`` names the group again with its size: not a regimen's parts."""
    text = article("Patients were randomized to yoga (n = 66) or treatment as usual (control arm, TAU, "
                   "n = 71).")
    assert arms_by_label(run(text))["treatment as usual"]["n"] == 71


CLIPPED = [
    pytest.param("Hot flashes fell in the hypnotherapy group more than in the control group, and the hypnosis "
                 "group slept better.", {"hypnotherapy", "control"}, id="x-therapy-and-x"),
    pytest.param("Patients were randomized to pembrolizumab plus chemo or to chemotherapy alone.",
                 {"pembrolizumab", "chemotherapy alone"}, id="clipped-word-and-alone"),
    pytest.param("Patients were randomized to radiotherapy or surgery. Patients in the radiation group had more "
                 "fatigue.", {"radiotherapy", "surgery"}, id="radiotherapy-and-radiation"),
]


@pytest.mark.parametrize(("text", "labels"), CLIPPED)
def test_clipped_and_therapy_forms_are_one_arm(run, text: str, labels: set[str]) -> None:
    assert {label.lower() for label in arms_by_label(run(article(text)))} == labels


def test_psychoeducation_and_psychotherapy_stay_two_arms() -> None:
    assert not arms_module._clipped("psychoeducation", "psychotherapy")
    assert arms_module._clipped("chemo", "chemotherapy")


def test_generic_group_given_a_short_form_takes_its_long_form(run) -> None:
    text = article("This study tested topical zinc oxide paste (ZOP) against radiation burns. Adults were randomized "
                   "into the intervention (n = 44) and control (n = 44) groups. The intervention group received ZOP "
                   "paste twice a day.")
    assert arms_by_label(run(text))["intervention"]["intervention"] == "zinc oxide paste"


def test_a_group_activity_is_no_group_of_the_trial(run) -> None:
    text = article("Patients were randomized to Velocor or usual care. Exercise was taught as a supervised group "
                   "exercise twice a week.")
    assert "supervised" not in {found.lower() for found in arms_by_label(run(text))}


def test_comparison_group_is_a_control(run) -> None:
    found = arms_by_label(run(article("Women were randomized to an intervention group or a comparison group.")))
    assert found["comparison"]["role"] == "control"


def test_a_name_introduced_as_a_treatment_is_found_where_it_is_assigned(run) -> None:
    text = article("The study tested whether an old therapy, called irrigation, could prevent infections. In all, 12% "
                   "of those randomly assigned to irrigation had an infection, compared with 20% of those randomly "
                   "assigned to a sham procedure.")
    assert {label.lower() for label in arms_by_label(run(text))} == {"irrigation", "sham procedure"}


MORE_NOT_ARMS = [
    pytest.param("Patients were randomized to Velocor 30 U, Velocor 60 U or placebo.", "u", id="a-dose-unit-letter"),
    pytest.param("Patients were randomized to Velocor or placebo. \"The results are weak,\" said the head of the "
                 "consumer group Patients First.", "consumer", id="an-organisation-called-a-group"),
]


@pytest.mark.parametrize(("text", "not_arm"), MORE_NOT_ARMS)
def test_words_that_only_look_like_a_group_are_no_arm(run, text: str, not_arm: str) -> None:
    assert not_arm not in {label.lower() for label in arms_by_label(run(article(text)))}


def test_doses_of_one_drug_listed_in_the_assignment_are_arms(run) -> None:
    text = article("Adults were randomized into three groups receiving either ketamine 30 U, ketamine 50 U or placebo.")
    labels = {label.lower() for label in arms_by_label(run(text))}
    assert {"ketamine 30 u", "ketamine 50 u", "placebo"} <= labels


def test_doses_of_a_component_are_no_dose_arms(run) -> None:
    text = article("Patients were randomly allocated to aprepitant (aprepitant 80 mg, dexamethasone 8 mg and "
                   "palonosetron) or placebo (placebo, dexamethasone 4 mg and palonosetron).")
    labels = {label.lower() for label in arms_by_label(run(text))}
    assert not any(label.startswith("dexamethasone") for label in labels)


def test_options_joined_by_or_in_news_are_no_arms_beside_stated_groups(run) -> None:
    """``the only options are a heart transplant or an assist device``: said of treatments in general."""
    text = article("If the disease worsens, the only options are a heart transplant or an assist device.",
                   "In the trial, 60 patients were randomized to Velocor or placebo. Those in the Velocor group "
                   "walked further.")
    labels = {label.lower() for label in arms_by_label(run(text))}
    assert labels == {"velocor", "placebo"}


def test_x_or_placebo_stays_strong_evidence(run) -> None:
    found = arms_by_label(run(article("Patients got either 12 weeks of pembrolizumab or a placebo. Fatigue was "
                                      "common among those on the drug, and surgery or radiation was rarely needed.")))
    assert {label.lower() for label in found} >= {"pembrolizumab", "placebo"}


# -- One drug split into arms by its schedule or course (like doses) ------------------------------

@pytest.mark.parametrize(("text", "split"), [
    pytest.param("Patients were randomly assigned to secukinumab every two weeks, secukinumab every four weeks or "
                 "placebo. At week 24, 58 percent of patients on secukinumab every two weeks and 51 percent of those "
                 "on secukinumab every four weeks responded, against 22 percent on placebo.",
                 {"secukinumab every 2 weeks", "secukinumab every 4 weeks"}, id="frequencies"),
    pytest.param("Patients received boceprevir for 24 weeks or boceprevir for 48 weeks. The cure rate was 71 percent "
                 "with 24 weeks of boceprevir and 74 percent with 48 weeks of boceprevir.",
                 {"boceprevir 24 weeks", "boceprevir 48 weeks"}, id="courses"),
])
def test_schedules_of_one_drug_are_arms(run, text: str, split: set[str]) -> None:
    assert split <= set(arms_by_label(run(article(text))))


def test_a_frequency_and_a_course_are_one_regimen(run) -> None:
    """``twice daily for three weeks`` says how one group took the drug, not two groups."""
    text = ("About half the children were given lactobacillus twice daily for three weeks; the others were given a "
            "placebo. Diarrhea lasted 2 days less with lactobacillus, and 30 percent of children on lactobacillus "
            "were well by day 3.")
    assert not any(" " in label and label.startswith("lactobacillus ") for label in arms_by_label(run(article(text))))


def test_a_treatment_taken_by_people_with_a_result_is_an_arm(run) -> None:
    """``74 percent of the children taking a placebo``: people given it whose result is reported
    are one of the trial's groups, even where two other treatments are set against each other."""
    text = ("Doctors compared amoxicillin with watchful waiting in 300 children with ear infections. After a week, "
            "80 percent of the children on amoxicillin felt better, and so did 74 percent of the children taking "
            "a placebo.")
    assert "placebo" in arms_by_label(run(article(text)))


def test_a_drug_taken_without_a_result_is_no_arm_of_a_trial_with_stated_groups(run) -> None:
    text = ("Patients were randomly assigned to letrozole or a placebo. Many of the women were also taking "
            "estrogen before the trial began.")
    assert set(arms_by_label(run(article(text)))) == {"letrozole", "placebo"}


# --- a tested treatment and its comparator ----------------------------------------------------

TESTED_AND_COMPARATOR = [
    pytest.param("Patients on Velocor had fewer headaches than those in the sham group. Other options are Prozac "
                 "or Effexor, the authors said.", {"velocor", "sham"}, id="options-in-general-beside-a-control"),
    pytest.param("Patients taking Velocor had fewer headaches than those in the placebo group. Many were also "
                 "taking metformin or aspirin.", {"velocor", "placebo"}, id="background-drugs-as-options"),
    pytest.param("Patients were randomized to semaglutide. Those taking placebo had more pain. Most were also "
                 "taking metformin.", {"semaglutide", "placebo"}, id="background-drug-beside-tested-and-placebo"),
    pytest.param("Patients were randomly assigned to semaglutide or liraglutide. Those taking a placebo lost less "
                 "weight.", {"semaglutide", "liraglutide", "placebo"}, id="placebo-taken-beside-two-stated"),
]


@pytest.mark.parametrize(("text", "labels"), TESTED_AND_COMPARATOR)
def test_arms_are_a_tested_treatment_and_its_comparator(run, text: str, labels: set[str]) -> None:
    """A control is the comparator whether stated or only said to be taken; a treatment said to be
    taken is the tested one beside a stated control; drugs named as options or taken in the
    background are no arms."""
    assert {label.lower() for label in arms_by_label(run(article(text)))} == labels


GROUPS_WRITTEN_IN_NEWS = [
    pytest.param("One group was treated with chemotherapy alone, while the other got an immune drug called Velocor "
                 "plus chemotherapy.", {"velocor", "chemotherapy alone"}, id="the-other-got-x"),
    pytest.param("In this trial, 94 adults took either the pill -- famotidine (Pepcid) -- or a dummy placebo.",
                 {"famotidine", "placebo"}, id="dashes-around-a-name"),
]


@pytest.mark.parametrize(("text", "labels"), GROUPS_WRITTEN_IN_NEWS)
def test_groups_as_news_writes_them(run, text: str, labels: set[str]) -> None:
    assert {label.lower() for label in arms_by_label(run(article(text)))} == labels


NOT_A_TREATMENT_SLOT = [
    pytest.param("Women were randomly allocated to experimental or placebo group.", "experimental",
                 id="a-generic-side-is-no-name"),
    pytest.param("The task force, a government-backed group of doctors, agreed. Patients were randomized to "
                 "Velocor or placebo.", "government-backed", id="a-group-of-people"),
]


@pytest.mark.parametrize(("text", "not_arm"), NOT_A_TREATMENT_SLOT)
def test_a_word_in_a_treatment_slot_that_names_no_treatment(run, text: str, not_arm: str) -> None:
    assert not_arm not in {label.lower() for label in arms_by_label(run(article(text)))}


COMPARATOR_AS_NEWS_WRITES_IT = [
    pytest.param("More than half of people who took Lyrica reported less pain. The drug worked better than a "
                 "placebo.", {"lyrica", "placebo"}, id="better-than-placebo"),
    pytest.param("Flare-ups fell by 62 percent in those getting the drug, omalizumab, compared with those getting a "
                 "placebo.", {"omalizumab", "placebo"}, id="those-getting-x"),
    pytest.param("Roughly half also received anacetrapib, while half got a placebo. Most were also taking "
                 "metformin.", {"anacetrapib", "placebo"}, id="half-also-received-x"),
    pytest.param("Relapses dropped 19 percent versus those getting the sham treatment, and patients on "
                 "laquinimod fared well against placebo.", {"laquinimod", "placebo"},
                 id="placebo-and-sham-are-one-arm"),
]


@pytest.mark.parametrize(("text", "labels"), COMPARATOR_AS_NEWS_WRITES_IT)
def test_comparator_as_news_writes_it(run, text: str, labels: set[str]) -> None:
    assert {label.lower() for label in arms_by_label(run(article(text)))} == labels


def test_not_getting_enough_of_a_nutrient_is_no_arm(run) -> None:
    text = article("Most pregnant women are not getting enough omega-3 fatty acids, the randomized study found.")
    assert arms_by_label(run(text)) == {}


def test_a_control_alone_set_against_is_not_enough(run) -> None:
    """``better than chemotherapy alone`` may name the backbone; only an inert control set against
    the treatment is the trial's comparator on that evidence."""
    text = article("Patients taking Velocor lived longer than those on chemotherapy alone, and longer than with "
                   "radiotherapy alone, doctors said.")
    assert "radiotherapy alone" not in {label.lower() for label in arms_by_label(run(text))}


LONG_DEFINITIONS = [
    pytest.param("Patients were randomly allocated to Group A or Group B. Group A received a 3 days regimen of famotidine "
                 "in the first course of the chemotherapy plan and a 6 days regimen in the second course.", "Group A",
                 "famotidine", id="treatment-inside-a-long-clause"),
    pytest.param("Patients were randomly allocated to Group A or Group B. Group A underwent the usual steps of care "
                 "while Group B received famotidine in the morning before the operation began.", "Group A", "Group A",
                 id="another-group-named-first"),
]


@pytest.mark.parametrize(("text", "group", "intervention"), LONG_DEFINITIONS)
def test_lettered_group_given_a_treatment_in_a_long_clause(run, text: str, group: str, intervention: str) -> None:
    assert arms_by_label(run(article(text)))[group]["intervention"] == intervention


def test_usual_care_beside_a_placebo_is_its_own_arm() -> None:
    """Usual care is a comparator of its own: beside a placebo it is not merged into it."""
    text = ("Diabetes drug trial\n\nIn the trial, 300 adults were randomly assigned to metformin, a placebo, "
            "or usual care. Diabetes developed in 12% of the usual care group.")
    record = make_nlp()(text)._.record
    assert sorted(a["label"] for a in record["arms"]) == ["metformin", "placebo", "usual care"]
    assert [(r["arm"], r["value"]) for r in record["results"]] == [("usual care", 12.0)]


@pytest.mark.parametrize(("text", "label"), [
    pytest.param("Caregivers were randomly assigned to a web-based tailored psychoeducational program or standard care.",
                 "web-based tailored psychoeducational program", id="compound-past-the-word-cap"),
    pytest.param("Women were randomly assigned to a home-based physical activity program or usual care.",
                 "home-based physical activity program", id="compound-at-the-word-cap"),
])
def test_a_named_treatment_is_not_cut_inside_a_compound(text: str, label: str) -> None:
    """A treatment's name keeps a hyphenated modifier whole (``web-based``, not ``based``)."""
    record = make_nlp()("Psychoeducation trial\n\n" + text)._.record
    assert label in [a["label"] for a in record["arms"]]


def test_combination_arm_names_the_treatment_it_tests(run) -> None:
    found = arms_by_label(run(article("Patients were randomized to paclitaxel plus zanotinib versus paclitaxel alone.")))
    assert found["paclitaxel plus zanotinib"]["intervention"] == "zanotinib"  # the part not also given alone
