"""Sample sizes in the forms news writes them, and the people-counts of news that are no sizes of the
trial. Sentences written for these tests, in the manner of trial news and press releases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.facts.sizes import _DOSE_UNIT_AFTER

TITLE = "Trial news\n\n"


def sizes(nlp: Language, text: str) -> set[tuple[int, str | None, str]]:
    record = extract_text(TITLE + text, nlp=nlp)
    return {(s["n"], s["arm"], s["population"]) for s in record["sample_sizes"]}


def test_a_count_of_people_who_got_a_treatment_is_its_group_size(nlp: Language) -> None:
    found = sizes(nlp, "Hot flashes fell 74% with hypnosis. For the 64 women who got the hypnosis sessions, "
                       "each week brought new instructions.")
    assert {(n, arm) for n, arm, _ in found} == {(64, "hypnosis sessions")}


def test_the_total_of_a_part_is_the_group_size_though_the_part_had_an_event(nlp: Language) -> None:
    found = sizes(nlp, "The study randomly assigned 52 people to melatonin or placebo. Just three of the 26 "
                       "people in the placebo group reported better sleep.")
    assert {(n, arm) for n, arm, _ in found} == {(52, None), (26, "placebo")}


def test_a_count_with_an_event_and_no_part_before_it_is_still_no_size(nlp: Language) -> None:
    found = sizes(nlp, "The study randomly assigned 52 people to melatonin or placebo. Nine people in the "
                       "placebo group reported better sleep.")
    assert {(n, arm) for n, arm, _ in found} == {(52, None)}


def test_a_count_hyphened_to_a_trial_is_its_size(nlp: Language) -> None:
    found = sizes(nlp, "Dr. Ames led the 318-patient study of tezepelumab, which cut asthma attacks by 71%.")
    assert {(n, arm) for n, arm, _ in found} == {(318, None)}
    found = sizes(nlp, "The 1,250-person phase 3 trial of the pill found fewer strokes with it.")
    assert {n for n, _, _ in found} == {1250}


def test_people_an_event_was_reported_by_are_no_size(nlp: Language) -> None:
    found = sizes(nlp, "The trial enrolled 48 adults with gout. Mild rashes were reported by 11 patients in the study.")
    assert {n for n, _, _ in found} == {48}


def test_an_age_bound_after_people_is_no_count(nlp: Language) -> None:
    found = sizes(nlp, "The trial of statins followed 4,120 adults. In the study, men over 65 and women over 70 "
                       "had the largest benefit.")
    assert {n for n, _, _ in found} == {4120}


@pytest.mark.parametrize("given", ["12 acupuncture sessions", "eight yoga sessions"])
def test_a_count_of_sessions_a_group_was_given_is_no_count_of_people(nlp: Language, given: str) -> None:
    found = sizes(nlp, f"In the trial, 180 patients were randomly assigned to {given} or usual care.")
    assert {(n, arm) for n, arm, _ in found} == {(180, None)}


def test_a_dose_written_with_a_slash_is_no_share_of_people(nlp: Language) -> None:
    found = sizes(nlp, "The trial of 620 patients tested sacubitril-valsartan. The target dose of "
                       "sacubitril-valsartan in the study was 97/103 mg twice daily.")
    assert {(n, arm) for n, arm, _ in found} == {(620, None)}


@pytest.mark.parametrize(("after", "dose"), [
    pytest.param(" mg twice daily", True, id="mg"),
    pytest.param(" IU a day", True, id="international-units"),
    pytest.param(" units at bedtime", True, id="units"),
    pytest.param(" \u00b5g daily", True, id="micrograms-sign"),
    pytest.param(" patients responded", False, id="people"),
    pytest.param(" months later", False, id="m-word-no-unit"),
    pytest.param(" grams", False, id="whole-words-only"),
])
def test_a_dose_unit_after_a_slash_pair_is_read_from_the_word_list(after: str, dose: bool) -> None:
    assert bool(_DOSE_UNIT_AFTER.match(after)) is dose


def test_counts_in_a_closing_section_about_an_institution_are_no_sizes(nlp: Language) -> None:
    text = ("The trial enrolled 212 patients with gout.\n\nAbout Carver Medical Center\n\nCarver Medical Center, a leader in "
            "clinical studies, trains more than 2,500 students and has nearly 9,000 employees.\n")
    assert {n for n, _, _ in sizes(nlp, text)} == {212}


def test_the_total_of_a_part_in_a_group_not_named_gives_no_size(nlp: Language) -> None:
    found = sizes(nlp, "The study randomly assigned 52 people to melatonin or placebo. Just three of the 26 "
                       "people in the second group reported better sleep.")
    assert {(n, arm) for n, arm, _ in found} == {(52, None)}


def test_people_assigned_to_one_of_several_groups_are_no_one_groups(nlp: Language) -> None:
    found = sizes(nlp, "In the study, 196 women were randomly placed in one of two yoga programs. Women in the "
                       "yoga programs had 25 percent less pain than those given usual care.")
    assert {(n, arm) for n, arm, _ in found} == {(196, None)}


@pytest.mark.parametrize("heading", ["About the Phase 3 Trial", "About BRIGHT-2", "About Lumexa"])
def test_a_closing_section_about_the_trial_or_its_drug_keeps_its_sizes(nlp: Language, heading: str) -> None:
    text = (f"The new pill lowered gout flares.\n\n{heading}\n\nThe BRIGHT-2 trial of Lumexa enrolled 212 patients "
            "at 31 sites.\n")
    assert {n for n, _, _ in sizes(nlp, text)} == {212}


def test_people_who_take_a_treatment_each_year_are_the_public_not_a_group(nlp: Language) -> None:
    found = sizes(nlp, "In the trial, 400 patients were randomly assigned to stenting or surgery. Costs for the "
                       "600,000 patients who receive stenting each year in the U.S. are high.")
    assert {(n, arm) for n, arm, _ in found} == {(400, None)}


def test_a_trial_still_to_be_launched_gives_no_size(nlp: Language) -> None:
    found = sizes(nlp, "The company announced plans Tuesday to launch a 12,000-patient global study of the pill.")
    assert found == set()


def test_people_serving_as_a_group_are_counted(nlp: Language) -> None:
    found = sizes(nlp, "In the study, 120 adults with asthma and 40 healthy volunteers serving as a comparison "
                       "group took part.")
    assert {n for n, _, _ in found} == {120, 40}


def test_a_count_after_a_statistic_word_is_a_mean_not_a_population(nlp: Language) -> None:
    found = sizes(nlp, "The trial enrolled 4,210 people in 96 villages, each holding an average of 44 people.")
    assert {n for n, _, _ in found} == {4210}


def test_a_count_of_organisations_a_trial_involved_is_no_count_of_people(nlp: Language) -> None:
    found = sizes(nlp, "The phase 3 trial involved 31 research organisations and enrolled 612 patients.")
    assert {n for n, _, _ in found} == {612}


def test_people_counted_in_brackets_after_each_harm_are_results(nlp: Language) -> None:
    text = ("The trial enrolled 840 women. Serious adverse reactions seen in more than one subject included: "
            "pneumonia (7 subjects); deep vein thrombosis (5 subjects); and rash (4 subjects).")
    assert {n for n, _, _ in sizes(nlp, text)} == {840}


def test_a_bracketed_count_after_a_group_outside_a_sentence_of_harms_stays_a_size(nlp: Language) -> None:
    text = "The trial randomly assigned women to valtorin (212 women) or placebo (208 women)."
    assert {208, 212} <= {n for n, _, _ in sizes(nlp, text)}


def test_a_slash_total_after_a_share_in_news_is_the_group_size(nlp: Language) -> None:
    found = sizes(nlp, "In the trial of 40 patients, 69% (11/16) of patients given ixazomib responded, against "
                       "19% (3/16) given placebo.")
    assert {(n, arm) for n, arm, _ in found} == {(40, None), (16, "ixazomib"), (16, "placebo")}


def test_a_slash_measure_that_counts_no_people_gives_no_size(nlp: Language) -> None:
    text = ("In the trial of 40 patients, those given ixazomib rather than placebo who began with 20/60 or "
            "worse vision gained more.")
    assert {n for n, _, _ in sizes(nlp, text)} == {40}


def test_the_condition_of_a_groups_people_does_not_part_it_from_its_group(nlp: Language) -> None:
    text = ("Of the 318 patients in the trial, 212 patients with recurrent throat cancer were "
            "allocated to nivolumab and 106 to chemotherapy.")
    found = {(n, arm) for n, arm, _ in sizes(nlp, text)}
    assert {(318, None), (212, "nivolumab"), (106, "chemotherapy")} <= found


def test_a_condition_named_by_an_event_verb_after_with_is_no_event(nlp: Language) -> None:
    found = sizes(nlp, "In the trial, 86 patients with relapsed lymphoma were given ibrutinib.")
    assert 86 in {n for n, _, _ in found}


def test_people_who_relapsed_are_still_an_event_count(nlp: Language) -> None:
    found = sizes(nlp, "The trial enrolled 300 patients. By a year, 24 patients relapsed.")
    assert {n for n, _, _ in found} == {300}


def test_a_count_with_a_condition_assigned_to_either_group_is_neither_groups(nlp: Language) -> None:
    found = sizes(nlp, "In the trial, 240 women with breast cancer or lymphoma were randomly assigned to receive "
                       "exemestane or placebo.")
    assert {(n, arm) for n, arm, _ in found} == {(240, None)}


@pytest.mark.parametrize("sentence, total", [
    ("Among the 42 patients with melanoma, nine had a partial response.", 42),
    ("Of the 64 women, 30 received the patch and 34 a placebo.", 64),
], ids=["among-then-event", "of-then-split"])
def test_a_total_opening_its_sentence_before_its_part_is_a_population(nlp: Language, sentence: str,
                                                                       total: int) -> None:
    found = sizes(nlp, "The phase 1 trial enrolled 230 patients. " + sentence)
    assert (total, None) in {(n, arm) for n, arm, _ in found}


@pytest.mark.parametrize("sentence", [
    "Among the 42 patients with melanoma the response was poor.",
    "Doctors said that among the 42 patients with melanoma, nine had a partial response.",
], ids=["no-part-counted", "not-opening-its-sentence"])
def test_a_count_after_among_with_no_part_or_not_opening_needs_a_trial_cue(nlp: Language, sentence: str) -> None:
    found = sizes(nlp, "The phase 1 trial enrolled 230 patients. " + sentence)
    assert {n for n, _, _ in found} == {230}


def test_a_total_told_by_what_its_people_were_given_needs_a_named_group(nlp: Language) -> None:
    found = sizes(nlp, "The trial enrolled 1,600 patients taking warfarin. Of the 790 patients who were dosed the "
                       "usual way, 116 had a bleed.")
    assert {n for n, _, _ in found} == {1600}


def test_a_total_told_by_whose_treatment_needs_a_named_group(nlp: Language) -> None:
    found = sizes(nlp, "The trial enrolled 1,600 patients taking warfarin. Of the 810 patients whose dosing was "
                       "guided by a gene test, 87 had a bleed.")
    assert {n for n, _, _ in found} == {1600}


def test_people_with_a_condition_who_then_improved_are_an_event_count(nlp: Language) -> None:
    found = sizes(nlp, "The trial enrolled 300 patients. In all, 57 patients with pain improved on the drug.")
    assert {n for n, _, _ in found} == {300}



# A count of people a treatment was given to or tried in (patterns/treatment_given_verbs.txt): the
# trial's people though the sentence names no trial; arm null where no group is placed.
GIVEN_TO = [
    pytest.param("The new pill was given to 212 adults with severe migraine over six months.", {(212, None)},
                 id="given-to"),
    pytest.param("At the second stage, the antibody was administered to 64 patients with bladder cancer.",
                 {(64, None)}, id="administered-to"),
    pytest.param("Doctors at the clinic gave the nasal spray to 45 veterans and tracked their sleep.", {(45, None)},
                 id="gave-the-object-to"),
    pytest.param("The company tested the cream on 38 volunteers with eczema.", {(38, None)}, id="tested-object-on"),
    pytest.param("The patch was tested in about 150 smokers who wanted to quit.", {(150, None)},
                 id="tested-in-about"),
    # no trial's people
    pytest.param("The vaccine, given to 4,000 children each year in the country, is cheap.", set(),
                 id="given-every-year-is-background"),
    pytest.param("Giving the gel to 14 women would prevent one preterm birth, the authors estimate.", set(),
                 id="giving-to-is-a-number-needed-to-treat"),
    pytest.param("The pill was given to 30 rats and then tested in 12 dogs.", set(), id="animals-are-no-people"),
    pytest.param("In an earlier study from Japan, the drug was given to 300 patients with gout.", set(),
                 id="given-in-an-earlier-study"),
]


@pytest.mark.parametrize(("text", "expected"), GIVEN_TO)
def test_a_count_a_treatment_was_given_to_is_a_population(nlp: Language, text: str,
                                                            expected: set[tuple[int, str | None]]) -> None:
    assert {(n, arm) for n, arm, _ in sizes(nlp, text)} == expected


# The total of a part written as a share (``30 percent of the 16 patients treated with X``): the event
# is the share's, so the total is the named group's size, as it is after a count (``two of the eight``).
SHARE_OF_TOTAL = [
    pytest.param("The trial compared lenalidomide with a placebo. About 40 percent of the 85 patients treated with "
                 "lenalidomide had a response.", {(85, "lenalidomide")}, id="percent-of-the-total-treated-with"),
    pytest.param("The trial compared lenalidomide with a placebo. Two-thirds of the 90 patients given "
                 "lenalidomide improved.", {(90, "lenalidomide")}, id="fraction-of-the-total-given"),
    # no arm named with the total: no size from this rule (a right number on no group is left to others)
    pytest.param("The trial compared lenalidomide with a placebo. About 40% of the 85 patients with anemia "
                 "died within a year.", set(), id="share-of-a-total-of-no-group"),
]


@pytest.mark.parametrize(("text", "expected"), SHARE_OF_TOTAL)
def test_the_total_of_a_share_is_the_group_size(nlp: Language, text: str,
                                                expected: set[tuple[int, str | None]]) -> None:
    assert {(n, arm) for n, arm, _ in sizes(nlp, text)} == expected
