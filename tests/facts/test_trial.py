"""The trial: name, registry ids, phase, design tags and condition.

Moved from the one ``test_facts.py``: each case runs the whole pipeline on a small article."""

from __future__ import annotations

from typing import Any

import pytest

from trialnews.facts import trial

from .helpers import article, hand_built


TRIALS = [
    pytest.param("The KEYNOTE-189 trial enrolled 616 patients with lung cancer.", "name", "KEYNOTE-189",
                 id="name-before-trial"),
    pytest.param("Results of the CHECKMATE-067 study were presented in Chicago on Monday.", "name", "CHECKMATE-067",
                 id="name-before-study"),
    pytest.param("The study is registered at ClinicalTrials.gov (NCT02578680).", "registry_ids", ["NCT02578680"],
                 id="nct-registry-id"),
    pytest.param("The phase III trial enrolled 616 patients.", "phase", "3", id="phase-roman-III"),
    pytest.param("In the phase II study, 40 patients received the drug.", "phase", "2", id="phase-roman-II"),
    pytest.param("The phase 2/3 study tested the vaccine in 30,000 adults.", "phase", "2/3", id="phase-2/3"),
    pytest.param("The phase three study enrolled 500 children.", "phase", "3", id="phase-in-words"),
    pytest.param("This was an open-label Phase 1 trial in 24 healthy volunteers.", "phase", "1", id="phase-1"),
    pytest.param("This was a randomized, double-blind, placebo-controlled, multicenter study.", "design",
                 {"randomized", "double-blind", "placebo-controlled", "multicenter"}, id="design-four-tags"),
    pytest.param("The open-label, single-arm trial enrolled 60 patients.", "design", {"open-label", "single-arm"},
                 id="design-open-label-single-arm"),
    pytest.param("The randomised, multicentre trial was run in 12 hospitals.", "design", {"randomized", "multicenter"},
                 id="design-british-spelling"),
    pytest.param("The randomized trial included 1,840 patients at more than 90 hospitals.", "design",
                 {"randomized", "multicenter"}, id="design-sites-approximate-count"),
    pytest.param("The randomized trial was run at one hospital in Ohio.", "design", {"randomized"},
                 id="design-one-hospital-is-not-multicenter"),
    pytest.param("The trial randomized 4,100 obese or overweight adults to orlistat or a dummy pill.", "condition",
                 "obese or overweight", id="condition-coordinated-modifiers"),
    pytest.param("The trial randomized 600 patients with moderate to severe ulcerative colitis to tofacitinib or "
                 "placebo.", "condition", "moderate to severe ulcerative colitis", id="condition-severity-range"),
]


@pytest.mark.parametrize(("sentence", "key", "expected"), TRIALS)
def test_trial(run, sentence: str, key: str, expected: Any) -> None:
    value = run(article(sentence))["trial"][key]
    assert (set(value) if key == "design" else value) == expected


def test_trial_all_facts_of_one_sentence(run) -> None:
    text = article("The HARBOR-12 trial (NCT01234567) was a double-blind, randomized, multicenter, placebo-controlled "
                   "phase III study of lorutinib.")
    trial = run(text)["trial"]
    assert trial["name"] == "HARBOR-12"
    assert trial["registry_ids"] == ["NCT01234567"]
    assert trial["phase"] == "3"
    assert set(trial["design"]) == {"randomized", "double-blind", "placebo-controlled", "multicenter"}


def test_design_of_a_trial_still_to_come(run) -> None:
    """Design words of a planned trial are not this study's design."""
    text = article("The pilot study followed 40 women who had the procedure.",
                   "The team plans to start a randomized, multicenter trial next year.")
    assert run(text)["trial"]["design"] == []


SUFFIXED_CONDITIONS = [
    pytest.param("The trial randomized 120 boys with muscular dystrophy to the drug or placebo.",
                 "muscular dystrophy", id="dystrophy"),
    pytest.param("The study enrolled 90 adults with cystic fibrosis at clinics in Oklahoma.", "cystic fibrosis",
                 id="fibrosis-not-a-place"),
    pytest.param("Patients with chronic pain were enrolled soon after diagnosis in Oklahoma.", "chronic pain",
                 id="diagnosis-is-no-disease"),
]


@pytest.mark.parametrize(("sentence", "expected"), SUFFIXED_CONDITIONS)
def test_condition_by_its_ending(run, sentence: str, expected: str) -> None:
    """A disease no list knows is found by its ending ("-osis", "-trophy"); places and procedures
    with such an ending are not diseases."""
    assert run(article(sentence))["trial"]["condition"] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("In the trial, 80 patients rated pain daily for a month.", "pain", id="verb-before-a-symptom"),
    pytest.param("The trial enrolled 300 adults with advanced ovarian cancer.", "advanced ovarian cancer",
                 id="listed-participle-kept"),
])
def test_condition_without_the_sentence_verb(run, sentence: str, expected: str) -> None:
    """A participle first before a disease is the sentence's verb ("rated pain"), unless it is one
    that qualifies diseases ("advanced")."""
    assert run(article(sentence))["trial"]["condition"] == expected


ORGANISATIONS = [
    pytest.param("The UCLA study enrolled 46 adults. Dr. Lee, a psychiatrist at UCLA, led the work.",
                 id="after-at"),
    pytest.param("Results of the MGH trial were published today. She directs the MGH Immunology Laboratory.",
                 id="before-organisation-noun"),
    pytest.param("The BRAVO trial enrolled 80 smokers, said Anna Ruiz, BRAVO's director.", id="possessive-role"),
    pytest.param("Results of the LumaGen study were mixed, LumaGen Chief Executive Tom Hale said.", id="before-a-role"),
    pytest.param("\u201cThe results are clear,\u201d said Andrea Z. DelaCroix, the study's lead author.", id="surname"),
    pytest.param("A study by Lakeside General Hospital (LGH) tested the drug. The LGH trial enrolled 90 people.",
                 id="short-form-of-organisation"),
]


@pytest.mark.parametrize("text", ORGANISATIONS)
def test_organisation_is_no_trial_name(run, text: str) -> None:
    """A name the article also uses for an institution is not the trial's name: "a UCLA study"."""
    assert run(article(text))["trial"]["name"] is None


@pytest.mark.parametrize("text", [
    pytest.param("The BRAVO trial enrolled 80 smokers. The BRAVO Study Group wrote the report.", id="study-group"),
    pytest.param("The BRAVO trial enrolled 80 smokers at 12 sites; BRAVO's results were clear.", id="possessive-result"),
])
def test_trial_name_kept_beside_organisation_words(run, text: str) -> None:
    assert run(article(text))["trial"]["name"] == "BRAVO"


def test_trial_without_phase_or_registry(run) -> None:
    trial = run(article("The study compared two diets in 300 adults with obesity."))["trial"]
    assert trial["phase"] is None
    assert trial["registry_ids"] == []


# The trial fact's settings (``trialnews_trial``'s config), each changed on a hand-built doc.


def _name(text: str, candidate: str, settings: trial.Settings) -> str | None:
    return trial.name(hand_built(text, {"TRIAL_NAME": [(candidate, "trial-name")]}), set(), settings)


@pytest.mark.parametrize(("text", "settings", "expected"), [
    pytest.param("Results of the CREST study were good.", trial.DEFAULTS, "CREST", id="default"),
    pytest.param("Results of the CREST study were good.", trial.Settings(name_window=0), None,
                 id="trial-word-outside-the-window"),
    pytest.param("Results of the CREST study were good.", trial.Settings(trial_words="months.txt"), None,
                 id="study-is-no-trial-word"),
    pytest.param("Results of the CREST study were good.", trial.Settings(min_name_chars=6), None,
                 id="name-shorter-than-the-minimum"),
    pytest.param("RESULTS OF THE CREST STUDY ARE IN.", trial.DEFAULTS, None, id="shouted-line"),
    pytest.param("RESULTS OF THE CREST STUDY ARE IN.", trial.Settings(shouted_min_letters=100), "CREST",
                 id="line-too-short-to-be-shouted"),
])
def test_name_settings(text: str, settings: trial.Settings, expected: str | None) -> None:
    assert _name(text, "CREST", settings) == expected


@pytest.mark.parametrize(("text", "phase", "settings", "expected"), [
    pytest.param("The phase 2/3 study ended.", "phase 2/3", trial.DEFAULTS, "2/3", id="two-parts"),
    pytest.param("The phase 2/3 study ended.", "phase 2/3", trial.Settings(max_phase_parts=1), "2", id="one-part"),
    pytest.param("The company plans to start a phase 3 trial.", "phase 3", trial.DEFAULTS, None, id="future"),
    pytest.param("The company plans to start a phase 3 trial.", "phase 3", trial.Settings(future_cues="months.txt"),
                 "3", id="plans-is-no-future-cue"),
])
def test_phase_settings(text: str, phase: str, settings: trial.Settings, expected: str | None) -> None:
    assert trial.phase(hand_built(text, {"PHASE": [(phase, "phase")]}), settings) == expected


BREAST = "Trial news. The trial enrolled 300 patients with advanced breast cancer."
#: A disease of the people enrolled, named once, and an outcome named three times.
POPULATION_AND_OUTCOME = ("Trial news. The trial enrolled adults with diabetes. It measured the risk of stroke. "
                          "The risk of stroke fell. The risk of stroke rose.")


@pytest.mark.parametrize(("text", "settings", "expected"), [
    pytest.param(BREAST, trial.DEFAULTS, "advanced breast cancer", id="modifiers"),
    pytest.param(BREAST, trial.Settings(max_modifiers=1, disease_dictionary=""), "breast cancer",
                 id="one-modifier-at-most"),
    pytest.param(BREAST, trial.Settings(max_modifiers=0), "breast cancer", id="the-dictionary-spelling-is-the-head"),
    pytest.param(POPULATION_AND_OUTCOME, trial.DEFAULTS, "diabetes", id="population-outweighs-outcomes"),
    pytest.param(POPULATION_AND_OUTCOME, trial.Settings(outcome_weight=2), "stroke", id="outcomes-weigh-more"),
    pytest.param(POPULATION_AND_OUTCOME, trial.Settings(cue_window=0), "stroke", id="no-cue-read"),
])
def test_condition_settings(text: str, settings: trial.Settings, expected: str) -> None:
    assert trial.condition(hand_built(text, {}), settings) == expected


@pytest.mark.parametrize(("settings", "key"), [
    pytest.param(trial.DEFAULTS, "breast cancer", id="two-words"),
    pytest.param(trial.Settings(disease_key_words=1), "cancer", id="one-word"),
    pytest.param(trial.Settings(disease_key_words=3), "breast cancer", id="grade-word-left-out"),
    pytest.param(trial.Settings(disease_key_words=3, condition_grade_words="months.txt"), "advanced breast cancer",
                 id="no-grade-words"),
])
def test_disease_key_settings(settings: trial.Settings, key: str) -> None:
    assert trial._group("advanced breast cancers", settings) == key


# Names written with a hyphen or a second capitalised part, and names the article defines.
NAMED_TRIALS = [
    pytest.param("The trial, called STOP-AF, enrolled 240 adults with atrial fibrillation.", "STOP-AF",
                 id="called-hyphenated"),
    pytest.param("Results of the LANTERN RX study were presented on Monday. LANTERN RX enrolled 400 adults.",
                 "LANTERN RX", id="two-capitalised-words-before-study"),
    pytest.param("Doctors at 30 hospitals took part in the GX310-204 study of the pill.", "GX310-204",
                 id="letters-digits-hyphen-digits"),
    pytest.param("The trial, known as Fennel, for the Finnish Elderly Nutrition Study, enrolled 500 adults.",
                 "Fennel", id="known-as-beyond-the-window"),
    pytest.param("The older ZX 410 vaccine failed in 2009, and the ZX trial was stopped. In the study of the new "
                 "vaccine, called the HARBOR trial, 300 adults took part. The ZX 410 shot is no longer made.",
                 "HARBOR", id="defined-name-before-a-more-frequent-one"),
    pytest.param("THIS STUDY enrolled 60 adults with mild memory loss.", None, id="shouted-function-word"),
    pytest.param("The advice rests on a study called the Statin Outcomes in Older People (SOLO) trial.", "SOLO",
                 id="called-before-a-spelled-out-name"),
    pytest.param("Results of the BRISK trial beat those of the 2012 DELTA study.", "BRISK", id="earlier-study-by-year"),
    pytest.param("Ninety adults took part in the KORA-MX clinical trial, paid for by KORA-MX Corporation.", None,
                 id="hyphenated-company"),
    pytest.param("PITFALLS The study of the LUMEN trial was small.", "LUMEN", id="run-in-heading"),
    pytest.param("READ THIS STUDY in the May issue of the journal.\n\nThe LUMEN trial enrolled 50 adults.", "LUMEN",
                 id="run-in-heading-in-capitals"),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_TRIALS)
def test_trial_name_forms(run, text: str, expected: str | None) -> None:
    assert run(article(text))["trial"]["name"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Dr. Kay, a surgeon at Lakeside Hospital, one of the trial's nine sites, enrolled patients.",
                 {"multicenter"}, id="one-of-the-trials-sites"),
    pytest.param("Dr. Kay, a surgeon at Lakeside Hospital, one of nine hospitals in the city, enrolled patients.",
                 set(), id="hospitals-of-a-city"),
])
def test_multicenter_from_sites(run, text: str, expected: set[str]) -> None:
    assert set(run(article(text))["trial"]["design"]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Dr. Kay, a surgeon at Lakeside Hospital, one of 14 clinical sites, enrolled patients.",
                 {"multicenter"}, id="one-of-the-sites"),
    pytest.param("The institute, one of 27 Institutes and Centers at the agency, paid for the work.", set(),
                 id="institutes-and-centers-of-an-agency"),
])
def test_multicenter_from_one_of_the_sites(run, text: str, expected: set[str]) -> None:
    assert set(run(article(text))["trial"]["design"]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The study was not done as a randomized trial; 40 women took the pill.", set(), id="not-done-as"),
    pytest.param("The pilot study wasn't randomized, and 40 women took the pill.", set(), id="wasnt"),
    pytest.param("Adults who did not smoke were randomly assigned to the pill or placebo.", {"randomized"},
                 id="denial-of-another-verb"),
    pytest.param("The study was not only randomized but also blinded; 40 women took the pill.", {"randomized"},
                 id="not-only"),
    pytest.param("Her team ran a trial that was not just randomized; 40 women took the pill.", {"randomized"},
                 id="not-just"),
    pytest.param("Not one randomized trial has tested the pill; 40 women took it here.", set(),
                 id="not-one-still-denies"),
])
def test_denied_design(run, text: str, expected: set[str]) -> None:
    assert set(run(article(text))["trial"]["design"]) - {"placebo-controlled"} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("The trial enrolled 76 adults with essential tremor that drugs had not helped.", "essential tremor",
                 id="tremor"),
    pytest.param("Adults with diabetic macular edema were randomized to one of three injections.",
                 "diabetic macular edema", id="edema"),
    pytest.param("The study enrolled 120 older men with nocturia at three clinics.", "nocturia", id="nocturia"),
])
def test_condition_heads_of_the_genre(run, sentence: str, expected: str) -> None:
    assert run(article(sentence))["trial"]["condition"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Sixty adults took the capsule or a matching placebo for a month.", True, id="or-a-matching-placebo"),
    pytest.param("Pain fell by half in the placebo group as well.", True, id="placebo-group"),
    pytest.param("Sixty adults took the capsule; the gains may be a placebo effect.", False, id="placebo-effect"),
    pytest.param("The team said the gains were larger than a placebo effect would give.", False,
                 id="than-a-placebo-effect"),
    pytest.param("Sixty adults took the capsule; there was no placebo group.", False, id="no-placebo-group"),
])
def test_placebo_controlled_in_words(run, text: str, expected: bool) -> None:
    assert ("placebo-controlled" in run(article(text))["trial"]["design"]) == expected


def test_design_of_another_study(run) -> None:
    text = article("The pilot study followed 40 women who used the cream for a month.",
                   "In another study, women were randomly assigned to the cream or a placebo.")
    assert run(text)["trial"]["design"] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Unlike earlier studies, the new randomized trial gave 90 teens the spray or a placebo.",
                 {"randomized", "placebo-controlled"}, id="unlike-earlier-studies"),
    pytest.param("In contrast to past trials, this randomized study gave 90 teens the spray or a placebo.",
                 {"randomized", "placebo-controlled"}, id="in-contrast-to-past-trials"),
    pytest.param("In an earlier study, teens were randomly assigned to the spray or a placebo.", set(),
                 id="no-contrast-whole-sentence"),
])
def test_other_study_set_against_this_trial_covers_its_own_clause(run, sentence: str, expected: set[str]) -> None:
    assert set(run(article("The pilot study followed 40 teens who used a nasal spray.", sentence))["trial"]["design"]) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("The trial enrolled 420 adults with metastatic melanoma.", "metastatic melanoma", id="stage-word"),
    pytest.param("The study randomized 300 people with stage IV colorectal cancer to the drug or placebo.",
                 "stage IV colorectal cancer", id="stage-number"),
    pytest.param("The trial enrolled 500 adults with moderate to severe plaque psoriasis.",
                 "moderate to severe plaque psoriasis", id="severity-range"),
    pytest.param("The trial enrolled 640 adults with type 2 diabetes at 40 clinics.", "type 2 diabetes",
                 id="type-number"),
    pytest.param("The trial enrolled 212 women with HER2-positive early breast cancer.",
                 "HER2-positive early breast cancer", id="hyphenated-marker-and-stage"),
    pytest.param("The study enrolled 180 adults with treatment-resistant depression.",
                 "treatment-resistant depression", id="hyphenated-resistant"),
    pytest.param("The trial enrolled 90 patients with relapsed multiple myeloma.", "relapsed multiple myeloma",
                 id="course-participle"),
    pytest.param("The trial enrolled 350 patients with non-small cell lung cancer.", "non-small cell lung cancer",
                 id="histology-and-site"),
])
def test_condition_with_its_modifiers(run, sentence: str, expected: str) -> None:
    """The condition is written with the words that say which patients: stage, grade, severity,
    type with its number, a marker, a course, a site."""
    assert run(article(sentence))["trial"]["condition"] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("The drug is meant to provide newly diagnosed myeloma patients a second option; 60 patients with "
                 "myeloma took it.", "newly diagnosed myeloma", id="verb-only-word"),
    pytest.param("In the trial of 200 adults, those given the drug had fewer migraine headaches than those given "
                 "placebo.", "migraine headaches", id="comparative"),
    pytest.param("In 150 patients with knee pain, the average pain score fell by half.", "knee pain",
                 id="statistic-word"),
    pytest.param("The nerve block gave adequate pain relief to 80 children with pain after surgery.", "pain",
                 id="measure-adjective"),
    pytest.param("The trial enrolled 300 women with breast cancer.", "breast cancer", id="people-word"),
])
def test_condition_modifiers_stop(run, sentence: str, expected: str) -> None:
    """The walk over a condition's modifiers stops at a word that can only be a verb, a closed-class
    word, a word of a measure, and (as before) a people word."""
    assert run(article(sentence))["trial"]["condition"] == expected


def test_condition_written_in_full_not_its_back_reference(run) -> None:
    """A bare head that refers back ("the infection") does not stand for a disease the article
    writes in full ("S. aureus infection"), however often it recurs."""
    text = ("The trial randomized 900 surgical patients who carried S. aureus infection in the nose. "
            "The infection was cleared in most of them. An infection can delay healing. "
            "Each infection costs hospitals money.")
    assert run(article(text))["trial"]["condition"] == "S. aureus infection"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The trial of 400 adults counted catheter-associated infections. The infection cleared in most. "
                 "An infection can return. Each infection was counted.", "catheter-associated infections",
                 id="hyphenated-known-ending"),
    pytest.param("The trial of 400 adults counted self-reported infections. The infection cleared in most. "
                 "An infection can return. Each infection was counted.", "infection", id="hyphenated-free-word"),
    pytest.param("The trial enrolled 400 adults with smoking-induced lung tumors. The tumors shrank in most. "
                 "The tumors grew in a few.", "smoking-induced lung tumors", id="participle-inside-a-hyphenated-word"),
])
def test_condition_full_phrase_needs_known_modifiers(run, text: str, expected: str) -> None:
    """The full phrase wins over the bare head only when its words before the head are known
    qualifiers (a hyphenated word by its last part, ``condition_hyphen_endings.txt``)."""
    assert run(article(text))["trial"]["condition"] == expected
