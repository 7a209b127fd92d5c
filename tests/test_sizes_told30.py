"""Sample sizes news writes without naming a trial in the sentence: what the study's researchers did
with a count of people (``Researchers in Ohio ran tests with 48 older adults``), and a count of
people right before a past verb of taking one of the trial's treatments (``Sixty-two men took X or
a placebo``) (``facts/sizes.py``: ``_researchers_did``, ``_took_arm``; ``patterns/researcher_*.txt``,
``patterns/took_arm_verbs.txt``). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text

TITLE = "Trial news\n\n"


def sizes(nlp: Language, text: str) -> set[tuple[int, str | None]]:
    record = extract_text(TITLE + text, nlp=nlp)
    return {(s["n"], s["arm"]) for s in record["sample_sizes"]}


@pytest.mark.parametrize("sentence", [
    "Researchers in Norway conducted tests with 48 older adults.",
    "Scientists at the University of Leeds divided a group of 36 healthy volunteers into two groups.",
    "The team reviewed the medical charts of 212 heart failure patients.",
    "Dr. Lind and her colleagues tracked 1,450 pregnant women for two years.",
    "The researchers did a series of sleep experiments with 26 young men.",
])
def test_a_count_the_researchers_verb_acts_on_is_the_trials_people(nlp: Language, sentence: str) -> None:
    found = sizes(nlp, sentence + " Those who drank the tea slept longer than those who drank water.")
    n = next(int(w.replace(",", "")) for w in sentence.split() if w.replace(",", "").isdigit())
    assert (n, None) in found


@pytest.mark.parametrize("sentence", [
    "The team said 300 patients in the region die of the disease each month.",
    "Afterwards, the researchers noted that 45 patients would need the drug to prevent one stroke.",
    "The researchers tested the new scanner with 640 patient samples from two hospitals.",
])
def test_what_researchers_say_of_people_or_take_from_them_is_no_size(nlp: Language, sentence: str) -> None:
    assert sizes(nlp, sentence + " Those who drank the tea slept longer than those who drank water.") == set()


def test_a_giving_verb_reads_the_trials_people_only_in_a_trial_of_one_group(nlp: Language) -> None:
    one = "Doctors tested a bacterial spray against skin cancer. The researchers injected the tumors of 31 patients with the spray."
    assert (31, None) in sizes(nlp, one)
    two = ("Fish oil may protect muscle during chemotherapy, a trial found. The authors offered 18 cancer patients a "
           "daily dose of fish oil; 22 patients who got no supplement were the comparison group. Fish oil patients "
           "kept more muscle than the comparison group.")
    assert (18, None) not in sizes(nlp, two)


def test_a_count_before_a_verb_of_taking_both_treatments_is_the_trials_people(nlp: Language) -> None:
    found = sizes(nlp, "A male pill called XR-9 lowered sperm counts, a new study found. Seventy-four men took "
                       "two doses of XR-9 or a placebo for six weeks. Men on XR-9 had lower counts than men on placebo.")
    assert (74, None) in found


def test_a_count_before_a_verb_of_taking_one_treatment_is_that_groups_size(nlp: Language) -> None:
    found = sizes(nlp, "Doctors compared melatonin with a placebo. Over a year, 36 women took melatonin, "
                       "and the rest took a placebo.")
    assert (36, "melatonin") in found


def test_a_count_before_a_verb_of_taking_no_treatment_of_the_trial_is_no_size(nlp: Language) -> None:
    found = sizes(nlp, "Doctors compared melatonin with a placebo. Thirty patients took their usual sleeping pills as well.")
    assert found == set()


def test_a_long_given_to_phrase_still_reads_its_people(nlp: Language) -> None:
    found = sizes(nlp, "The team administered a once-daily dose for six weeks to 52 older men. "
                       "The drug improved memory compared with placebo.")
    assert (52, None) in found


def test_either_option_written_with_a_brand_in_brackets_is_still_both_groups(nlp: Language) -> None:
    found = sizes(nlp, "A pill eased bloating, doctors said. Overall, 140 adults took either the pill -- tenapanor "
                       "(Ibsrela) -- or a dummy placebo for 12 weeks. Bloating eased more with tenapanor than with placebo.")
    assert (140, None) in found
    assert (140, "tenapanor") not in found


@pytest.mark.parametrize(("sentence", "n"), [
    ("The study enrolled 412 older, overweight adults.", 412),
    ("In the trial, 96 healthy, non-smoking women were followed for a year.", 96),
    ("The study recruited 1,240 sedentary, middle-aged men.", 1240),
])
def test_a_count_of_people_with_listed_adjectives_is_read(nlp: Language, sentence: str, n: int) -> None:
    assert (n, None) in sizes(nlp, sentence + " Those who took the supplement slept longer.")


@pytest.mark.parametrize("sentence", [
    "After the trial's 12 weeks, all the patients in the study got the supplement.",
    "The study ran for 3 years, found that men in the study slept longer.",
])
def test_a_count_of_time_before_a_comma_is_no_count_of_people(nlp: Language, sentence: str) -> None:
    assert sizes(nlp, sentence) == set()


@pytest.mark.parametrize("sentence", [
    "In the trial, 84 adults received either a monthly vitamin D pill of 50,000 units or a placebo.",
    "In the trial, 84 adults received either the skin patch, a standard shot or a placebo.",
])
def test_either_before_the_groups_makes_the_count_the_trials(nlp: Language, sentence: str) -> None:
    found = sizes(nlp, "A patch may replace the shot, doctors said. " + sentence + " The patch worked as well as the shot.")
    assert all(arm is None for n, arm in found if n == 84)


def test_people_who_took_part_in_a_trial_of_one_drug_are_not_that_drugs_group(nlp: Language) -> None:
    found = sizes(nlp, "More than 700 melanoma patients took part in the nivolumab trial at 90 centres. Nivolumab "
                       "was compared with a vaccine alone.")
    assert (700, "nivolumab") not in found


def test_a_part_of_the_count_that_took_one_treatment_leaves_the_count_the_trials(nlp: Language) -> None:
    found = sizes(nlp, "Half of the 240 volunteers got the nasal vaccine; the other half got a placebo spray.")
    assert (240, None) in found
    assert not any(n == 240 and arm is not None for n, arm in found)


@pytest.mark.parametrize(("sentence", "n"), [
    ("A total of 360 adults were split into two groups: one did tai chi and one did stretching.", 360),
    ("The researchers signed up 84 children with asthma; half got the inhaler and half got a dummy inhaler.", 84),
])
def test_people_split_into_groups_or_signed_up_are_the_trials(nlp: Language, sentence: str, n: int) -> None:
    assert (n, None) in sizes(nlp, sentence)


def test_a_count_that_got_an_event_in_a_group_is_no_size(nlp: Language) -> None:
    found = sizes(nlp, "The trial compared a walking program with usual care. In all, 30 patients got sick in the walking group.")
    assert not any(n == 30 for n, _ in found)


def test_a_count_that_got_the_control_treatment_is_the_control_groups_size(nlp: Language) -> None:
    found = sizes(nlp, "The trial compared denosumab with placebo. Denosumab was given to 310 women, and 305 women got a placebo.")
    assert (305, "placebo") in found


def test_a_count_said_to_be_in_a_group_is_its_size(nlp: Language) -> None:
    found = sizes(nlp, "The trial compared a swimming program with usual care. Seventy-two people were in the swimming "
                       "group and 70 were in the usual care group.")
    assert (72, "swimming") in found


def test_a_decimal_before_the_group_taken_is_no_clause_break(nlp: Language) -> None:
    found = sizes(nlp, "The trial compared AndroGel with placebo. In all, 44 men received a topical 1.62 "
                       "percent AndroGel; and 41 men received a placebo.")
    assert any(n == 44 and arm is not None and arm.lower() == "androgel" for n, arm in found)
