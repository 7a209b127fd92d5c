"""Arms as trial news writes them: research in general named beside no trial, a story's subject
tested against a stated placebo, procedures given to groups, one arm under two names and names
read from treatment nouns. Small hand-written articles run through the whole pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from trialnews.facts import arms as arms_module

from facts.helpers import labels

TITLE = "Health News"


def article(*paragraphs: str) -> str:
    return "\n\n".join((TITLE, *paragraphs)) + "\n"


NO_TRIAL_GROUPS = [
    pytest.param("Data from randomized controlled trials suggest that fish oil during pregnancy could lower the "
                 "risk of preterm birth, the reviewers wrote.", id="plural-trials-of-a-supplement"),
    pytest.param("To find out, I searched for randomized control trials on walking and running at the library.",
                 id="randomized-control-trials"),
    pytest.param("The authors say there is a good case for randomized trials of aspirin in people with severe "
                 "burns.", id="trials-still-to-come"),
    pytest.param("It did not include a comparison group, which would give the strongest evidence. Patients seen in the "
                 "new clinics had fewer strokes than expected.", id="no-comparison-group"),
    pytest.param("A blood test may help men decide whether to try enzalutamide or abiraterone. Doctors said the "
                 "test needs further validation.", id="options-only"),
]


@pytest.mark.parametrize("text", NO_TRIAL_GROUPS)
def test_research_in_general_names_no_arm(run, text: str) -> None:
    assert labels(run(article(text))) == set()


def test_a_trial_singular_still_assigns_its_treatments(run) -> None:
    text = article("In this randomized trial, 300 patients were treated with either nivolumab or everolimus.")
    assert labels(run(text)) == {"nivolumab", "everolimus"}


def test_story_subject_is_the_tested_arm_beside_a_stated_placebo(run) -> None:
    text = article("A late-stage trial of erenumab found that it halved headache days in 40 percent of patients.",
                   "The 12-point difference between the drug and placebo groups was striking, the researchers said.",
                   "Erenumab is under review by regulators. Doctors said erenumab could fill a gap in care.")
    record = run(text)
    assert labels(record) == {"erenumab", "placebo"}
    tested = next(arm for arm in record["arms"] if arm["label"].lower() == "erenumab")
    assert tested["evidence"]["links"]["assigned"] == "most-named"


def test_a_drug_named_once_is_no_subject(run) -> None:
    text = article("The difference between the drug and placebo groups was small.",
                   "A similar drug, erenumab, is made by another company.")
    assert "erenumab" not in labels(run(text))


def test_men_who_used_a_placebo_are_its_group(run) -> None:
    text = article("In two studies, 240 men applied a numbing cream before sex, and doctors measured how "
                   "long they lasted. The rest of the men used a placebo cream.")
    assert "placebo" in labels(run(text))


def test_a_procedure_received_by_people_with_a_result_is_an_arm(run) -> None:
    text = article("Half the women received standard therapy alone, while the others had surgery followed by "
                   "standard therapy.",
                   "Nearly 42 percent of the women who received surgery lived five years, compared with 25 percent "
                   "of the women who received standard therapy alone.")
    assert labels(run(text)) == {"surgery", "standard therapy alone"}


def test_a_treatment_people_take_in_general_is_no_arm(run) -> None:
    text = article("Patients were randomly assigned to duloxetine or placebo.",
                   "About 11 percent of Americans take antidepressants, the authors noted.")
    assert labels(run(text)) == {"duloxetine", "placebo"}


def test_a_form_of_a_named_drug_is_not_its_own_arm(run) -> None:
    text = article("Of the patients who received weekly injections of dupilumab, 40 percent improved, compared "
                   "with 12 percent of those who received placebo injections.")
    assert labels(run(text)) == {"dupilumab", "placebo"}


SAME_ARM = [
    pytest.param({"vitamin d": "vitamin D", "placebo": "placebo", "vitamin": "vitamin"}, {"vitamin": "vitamin d"},
                 id="kind-and-its-letter"),
    pytest.param({"sinus balloon procedure": "sinus balloon procedure", "balloon procedure": "balloon procedure"},
                 {"balloon procedure": "sinus balloon procedure"}, id="name-without-its-first-word"),
    pytest.param({"tam 30": "TAM 30", "tam": "TAM"}, {}, id="a-dose-is-no-kind-letter"),
    pytest.param({"receive chemotherapy alone": "receive chemotherapy alone", "chemotherapy alone": "chemotherapy alone"},
                 {}, id="a-verb-is-no-first-word-of-a-name"),
    pytest.param({"surgery plus standard therapy": "surgery plus standard therapy", "standard therapy": "standard therapy"},
                 {}, id="a-combination-is-its-own-arm"),
    pytest.param({"garlic": "garlic", "garlic-fed": "garlic-fed", "placebo": "placebo"}, {"garlic-fed": "garlic"},
                 id="people-named-by-a-participle-of-the-treatment"),
    pytest.param({"garlic": "garlic", "garlic-flavored": "garlic-flavored"}, {},
                 id="an-adjective-of-another-product-is-no-participle-of-giving"),
    pytest.param({"vitamin k": "vitamin K", "vitamin k2": "vitamin K2"}, {"vitamin k2": "vitamin k"},
                 id="kind-letter-with-its-number"),
    pytest.param({"tam": "TAM", "tam30": "TAM30"}, {}, id="a-number-after-a-one-word-name-is-no-kind"),
    pytest.param({"heparin": "heparin", "heparin sodium flush": "heparin sodium flush"},
                 {"heparin": "heparin sodium flush"}, id="one-word-name-said-in-full"),
    pytest.param({"exercise": "exercise", "exercise plus diet": "exercise plus diet"}, {},
                 id="a-combination-is-no-full-name"),
    pytest.param({"heparin": "heparin", "heparin only": "heparin only"}, {}, id="a-treatment-alone-is-no-full-name"),
]


def test_a_full_name_of_another_role_is_another_arm() -> None:
    found = {"saline": {"label": "saline", "role": "control"},
             "saline rinse": {"label": "saline rinse", "role": "experimental"}}
    assert arms_module._same_arms(found) == {}


def test_a_dosed_arm_is_no_full_name() -> None:
    found = {"heparin": {"label": "heparin", "role": "experimental", "dose": None},
             "heparin flush": {"label": "heparin flush", "role": "experimental", "dose": "10 units"}}
    assert arms_module._same_arms(found) == {}


@pytest.mark.parametrize(("arms", "same"), SAME_ARM)
def test_one_arm_under_two_names(arms: dict[str, str], same: dict[str, str]) -> None:
    found = {key: {"label": label, "role": "control" if key == "placebo" else "experimental"} for key, label in arms.items()}
    assert arms_module._same_arms(found) == same


TREATMENT_NOUNS = [
    pytest.param("They had a 60-hour infusion of the drug.", [], id="a-duration-names-no-treatment"),
    pytest.param("Patients got a year-long intervention at home.", ["year-long intervention"], id="compound-kept-whole"),
    pytest.param("A 10-week CBSM intervention helped.", ["CBSM intervention"], id="a-course-is-no-part-of-the-name"),
    pytest.param("They joined a wearable technology-based intervention.", ["wearable technology-based intervention"],
                 id="words-before-a-compound"),
    pytest.param("They drank one-third apple juice.", ["one-third apple juice"], id="fraction-compound"),
    pytest.param("Deaths fell within a year of starting treatment.", [], id="a-course-verb-names-no-treatment"),
    pytest.param("Most went home before completing therapy.", [], id="a-course-verb-ending-names-no-treatment"),
]


@pytest.mark.parametrize(("text", "names"), TREATMENT_NOUNS)
def test_names_read_before_a_treatment_noun(nlp: Language, text: str, names: list[str]) -> None:
    with nlp.select_pipes(disable=["trialnews_record"]):
        doc = nlp(text)
    assert [span.text for span in arms_module._head_noun_phrases(doc)] == names


def test_a_short_form_of_a_longer_treatment_name_is_its_arm(run) -> None:
    text = article("The goal of this study is to test cognitive-behavioral fatigue coping training (FACT) "
                   "for lung cancer patients.",
                   "Altogether, 180 women were then randomly assigned to receive either FACT or standard medical care.")
    assert "fact" in labels(run(text))


GROUPS_LISTED = [
    pytest.param("The study was made up of three arms: placebo, XR-4417 10 mg and XR-4417 20 mg.",
                 {"placebo", "xr-4417"}, id="arms-after-a-colon"),
    pytest.param("In the study, 90 volunteers received either the measles vaccine patch, a standard measles shot or a "
                 "placebo given by patch.", {"measles vaccine patch", "placebo"}, id="last-option-of-an-either-list"),
]


@pytest.mark.parametrize(("text", "expected"), GROUPS_LISTED)
def test_groups_listed_as_options(run, text: str, expected: set[str]) -> None:
    assert labels(run(article(text))) == expected


def test_an_either_list_needs_a_verb_of_assigning(run) -> None:
    text = article("Patients who were either 60 years old, in good health or a placebo responder were eligible.")
    assert labels(run(text)) == set()


def test_surgery_the_patients_were_scheduled_for_is_no_arm(run) -> None:
    text = article("This randomised trial recruited 28 patients who were scheduled to have surgery. Two weeks before, "
                   "they received a single injection of adalimumab or placebo.")
    assert labels(run(text)) == {"adalimumab", "placebo"}


def test_a_company_group_is_no_arm(run) -> None:
    text = article("Patients were randomized to ZORVEXA or 7+3 chemotherapy.",
                   "Investors: Jane Roe, The Harbor Group, 555-0100")
    assert "harbor" not in labels(run(text))


def test_title_of_a_story_about_trials_in_general_names_no_arm(run) -> None:
    text = ("Study finds statins reduce pneumonia death rates\n\n"
            "People already taking the pills died less often. The authors call for randomized trials of the drugs "
            "in people with serious infections.\n")
    assert labels(run(text)) == set()


def test_a_brand_with_its_trademark_sign_and_code_is_one_arm(run) -> None:
    text = article("Acme Pharma announced results of KEYTRUDA\u2122 (pembrolizumab) in patients with melanoma. "
                   "Patients were randomized to KEYTRUDA or chemotherapy. Survival was 9.1 months with pembrolizumab.")
    record = run(text)
    brand = next(arm for arm in record["arms"] if arm["label"] == "KEYTRUDA")
    assert brand["aliases"] == ["pembrolizumab"]
    assert "pembrolizumab" not in labels(record)


def test_a_one_word_name_said_in_full_elsewhere_is_that_arm(run) -> None:
    text = article("Adults were randomly assigned to a soy protein shake or a placebo shake.",
                   "Weight fell by 3 pounds in the soy group and by 1 pound in the placebo group.")
    assert labels(run(text)) == {"soy protein", "placebo"}
